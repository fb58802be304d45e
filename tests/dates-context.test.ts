// The words and numbers read around a date match (extractors/dates/context.ts) by hand, checked against the regex
// each one reads as.
import { describe, expect, it } from 'vitest';
import { numberPairBefore } from '../extractors/dates/context.js';

/** What numberPairBefore reads, as a regex over the sixteen characters before the offset, cut out of the text. */
const NUMBER_PAIR_BEFORE = /(?<![\p{L}\p{N}.,/])(\d{1,3})[ \t]?[-–:][ \t]?(\d{1,3})[ \t]*$/u;

function pairByRegex(text: string, offset: number): readonly [number, number] | null {
  const found = NUMBER_PAIR_BEFORE.exec(text.slice(Math.max(0, offset - 16), offset));
  return found ? [Number(found[1]), Number(found[2])] : null;
}

describe('dates: numberPairBefore', () => {
  it('reads scores and ranges of counts before a unit', () => {
    expect(numberPairBefore('thắng 3-1 năm ngoái', 10)).toEqual([3, 1]);
    expect(numberPairBefore('cần thêm 2 – 3 năm tới', 15)).toEqual([2, 3]);
    expect(numberPairBefore('suốt 25 năm qua', 8)).toBeNull();
    expect(numberPairBefore('Covid-19 năm qua', 9)).toBeNull();
  });

  it('reads as the regex does, offset by offset, over generated texts', () => {
    const pieces = ['1', '2', '12', '123', '1234', ' ', '\t', '-', '–', '—', ':', 'a', 'ă', '.', ',', '/', '²', '𝐀', '\ud835',
      '\udc00', 'năm', '  '];
    let state = 12_345;
    let pairs = 0;
    for (let count = 0; count < 20_000; count += 1) {
      let text = '';
      for (let piece = 0; piece <= count % 12; piece += 1) {
        state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
        text += pieces[state % pieces.length] ?? '';
      }
      for (let offset = 0; offset <= text.length; offset += 1) {
        const expected = pairByRegex(text, offset);
        if (expected !== null) pairs += 1;
        expect(numberPairBefore(text, offset)).toEqual(expected);
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });
});
