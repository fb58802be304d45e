// The date rules stay linear on hostile text. The case the house rules name, a 1 MB line of digits, dots, slashes
// and spaces, must be read well under a second. Denser shapes that tempt a backtracking regex (dates packed edge to
// edge, date words with nothing between them) must scale linearly: four times the text, about four times the time.
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../extractors/dates/index.js';
import { tokenize } from '../input/tokens.js';

const MEGABYTE = 1 << 20;

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

function repeated(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * The best of `runs` timings, so that a busy machine does not make a linear reader look slow. The tokens come from
 * the stage before (input/tokens.ts, which has its own bounds), so they are made outside the timing.
 */
function bestTime(text: string, runs: number): number {
  const tokens = tokenize(text);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const startedAt = performance.now();
    findDateMentions(text, tokens);
    best = Math.min(best, performance.now() - startedAt);
  }
  return best;
}

describe('dates: linear time on hostile text', () => {
  it('a 1 MB line of digits, dots, slashes and spaces in well under a second', () => {
    const text = hostileLine('0123456789./ ', MEGABYTE, 7);
    expect(bestTime(text, 2)).toBeLessThan(1000);
  });

  it('a 1 MB line of digits, dashes, colons and spaces in well under a second', () => {
    const text = hostileLine('0123456789-:/ ', MEGABYTE, 11);
    expect(bestTime(text, 2)).toBeLessThan(1000);
  });

  const denseShapes: ReadonlyArray<readonly [string, (length: number) => string]> = [
    ['dates edge to edge', (length) => repeated('12/12/2012', length)],
    ['dates and bare years', (length) => repeated('1/1 2020 ', length)],
    ['spaces then one digit', (length) => `${' '.repeat(length - 1)}1`],
    ['digits only', (length) => repeated('2020', length)],
    ['dotted digits', (length) => repeated('1.', length)],
    ['date words', (length) => repeated('ngày tháng năm thứ quý ', length)],
    ['day lists', (length) => repeated('ngày 1, 2 và 3, 4 ', length)],
    ['weeks and centuries', (length) => repeated('tuần thứ 2 của năm thế kỷ XX ', length)],
  ];
  for (const [name, make] of denseShapes) {
    it(`${name}: 1 MB takes about four times as long as 256 KB`, () => {
      const quarter = bestTime(make(MEGABYTE / 4), 3);
      const whole = bestTime(make(MEGABYTE), 2);
      expect(whole).toBeLessThan(10 * quarter + 50);
      expect(whole).toBeLessThan(5000);
    });
  }
});
