// foldKey skips its tone and spacing passes when they would change nothing: it must give the key the full passes
// give, checked on words, old-style tones in every case, odd spaces and letters whose lower case is special.
import { describe, expect, it } from 'vitest';
import { foldKey, placeTonesModern } from '../extractors/shared/vietnamese.js';

/** foldKey with every pass run on every key. */
function foldKeyInFull(text: string): string {
  return placeTonesModern(text.normalize('NFC').toLowerCase()).replace(/\s+/gu, ' ').trim();
}

describe('foldKey', () => {
  it('gives the key of the full passes when it skips them', () => {
    const pieces = ['o', 'O', 'u', 'U', 'a', 'à', 'À', 'ỳ', 'Ỳ', 'y', 'ẻ', 'Ẻ', ' ', ' ', '\t', '\n', '\u00a0', 'q', 'Q',
      'Hoà', 'HOÀ', 'hoÀ', 'thuý', 'quý', 'o\u0300', 'a\u0300', 'ǅ', 'İ', 'ſ', 'đ', 'Phó Tổng cục trưởng', 'TS.'];
    let state = 11;
    const next = (limit: number): number => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % limit;
    };
    for (let round = 0; round < 20_000; round += 1) {
      let text = '';
      for (let piece = next(7); piece > 0; piece -= 1) text += pieces[next(pieces.length)] ?? '';
      expect(foldKey(text), JSON.stringify(text)).toBe(foldKeyInFull(text));
    }
  });
});

describe('placeTonesModern', () => {
  const examples: ReadonlyArray<readonly [string, string]> = [
    ['hoà bình', 'hòa bình'], ['Khoẻ', 'Khỏe'], ['thuý', 'thúy'], ['Uý ban', 'Úy ban'], ['HOÀ', 'HÒA'],
    // qu + y keeps its tone on y, in every case; a closed syllable keeps its own.
    ['quý', 'quý'], ['Quý khách', 'Quý khách'], ['QUÝ', 'QUÝ'], ['quỳnh', 'quỳnh'], ['hoàn thành', 'hoàn thành'],
  ];
  for (const [text, expected] of examples) {
    it(`${text} → ${expected}`, () => expect(placeTonesModern(text)).toBe(expected));
  }

  it('leaves a text where nothing moves as it is, quý included', () => {
    const text = 'Quý khách đến thăm quý cơ quan. '.repeat(100);
    expect(placeTonesModern(text)).toBe(text);
  });
});
