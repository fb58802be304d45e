// The date rules stay linear on hostile text: the case the house rules name (a 1 MB line of digits, dots, slashes
// and spaces, read in about 0.1 s on a quiet machine) and denser shapes that tempt a backtracking regex (dates packed
// edge to edge, date words with nothing between them) take about four times as long on a megabyte as on a quarter of
// it (tests/linear-time.ts: a ratio, so a loaded machine does not fail it).
import { describe, it } from 'vitest';
import { findDateMentions, resolveDateMentions } from '../extractors/dates/index.js';
import { tokenize } from '../input/tokens.js';
import { expectLinearTime, millisecondsOf, repeatedTo } from './linear-time.js';

/** A deterministic pseudo-random line over `alphabet` (a linear congruential generator, no Math.random). */
function hostileLine(alphabet: string, length: number, seed: number): string {
  let state = seed;
  const characters: string[] = [];
  for (let index = 0; index < length; index += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    characters.push(alphabet[state % alphabet.length] ?? ' ');
  }
  return characters.join('');
}

/** Milliseconds of the date rules over `text`; the tokens come from the stage before (input/tokens.ts, which has its own bounds), made outside the timing. */
function datesTime(text: string): number {
  const tokens = tokenize(text);
  return millisecondsOf(() => findDateMentions(text, tokens));
}

describe('dates: linear time on hostile text', () => {
  const shapes: ReadonlyArray<readonly [string, (length: number) => string]> = [
    ['digits, dots, slashes and spaces', (length) => hostileLine('0123456789./ ', length, 7)],
    ['digits, dashes, colons and spaces', (length) => hostileLine('0123456789-:/ ', length, 11)],
    ['dates edge to edge', (length) => repeatedTo('12/12/2012', length)],
    ['dates and bare years', (length) => repeatedTo('1/1 2020 ', length)],
    ['spaces then one digit', (length) => `${' '.repeat(length - 1)}1`],
    ['digits only', (length) => repeatedTo('2020', length)],
    ['dotted digits', (length) => repeatedTo('1.', length)],
    ['date words', (length) => repeatedTo('ngày tháng năm thứ quý ', length)],
    ['day lists', (length) => repeatedTo('ngày 1, 2 và 3, 4 ', length)],
    ['weeks and centuries', (length) => repeatedTo('tuần thứ 2 của năm thế kỷ XX ', length)],
    ['hours after duration and bounding words', (length) => repeatedTo('kéo dài lên tới gần tới 3 giờ ', length)],
  ];
  for (const [name, make] of shapes) {
    it(`${name}: 1 MB takes about four times as long as 256 KB`, () => {
      expectLinearTime((size) => datesTime(make(size)), 'dates');
    });
  }

  it('resolving periods counted from a named one (`năm 2020 … năm trước`): 1 MB about four times 256 KB', () => {
    const make = (length: number) => repeatedTo('Năm 2020 tăng so với năm trước, tháng 3/2020 so với tháng sau. ', length);
    expectLinearTime((size) => {
      const text = make(size);
      const mentions = findDateMentions(text);
      return millisecondsOf(() => resolveDateMentions(text, mentions, '2023-06-15T08:00:00+07:00', { warn: () => undefined }));
    }, 'dates resolution');
  });
});
