import { describe, expect, it } from 'vitest';
import {
  NUMBER_WORDS_SOURCE,
  parseDigitNumber,
  parseNumberTokens,
  type NumberToken,
  parseVietnameseNumber,
  readNumberWordsAt,
  readVietnameseNumberAt,
} from '../extractors/shared/numbers.js';

describe('parseDigitNumber', () => {
  it.each([
    ['1233', 1233],
    ['1.233', 1233],
    ['2.000.000', 2_000_000],
    ['1,5', 1.5],
    ['12,5', 12.5],
    ['97,339', 97.339],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['2,000,000', 2_000_000],
    ['4.0', 4],
    ['1.5', 1.5],
    ['007', 7],
  ])('%s → %d', (text, value) => {
    expect(parseDigitNumber(text)).toBe(value);
  });

  it.each(['1.2.3', '12.34.567', '', '1,,5', 'abc', '1.234.5,6,7'])('%s is no number', (text) => {
    expect(parseDigitNumber(text)).toBeNull();
  });
});

describe('parseVietnameseNumber', () => {
  it.each([
    ['một', 1],
    ['hai', 2],
    ['bốn', 4],
    ['bẩy', 7],
    ['mười', 10],
    ['mười một', 11],
    ['mười lăm', 15],
    ['mười nhăm', 15],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['ba mươi tư', 34],
    ['bốn mươi lăm', 45],
    ['năm mươi', 50],
    ['hai chục', 20],
    ['một trăm', 100],
    ['một trăm linh năm', 105],
    ['một trăm lẻ tám', 108],
    ['hai trăm ba mươi', 230],
    ['một trăm hai', 120],
    ['trăm rưỡi', null],
    ['một trăm rưỡi', 150],
    ['ba nghìn', 3000],
    ['ba ngàn', 3000],
    ['ba nghìn hai', 3200],
    ['một nghìn không trăm linh năm', 1005],
    ['hai triệu', 2_000_000],
    ['hai triệu rưỡi', 2_500_000],
    ['hai triệu mốt', 2_100_000],
    ['hai triệu ba trăm nghìn', 2_300_000],
    ['một trăm hai mươi ba nghìn bốn trăm năm mươi sáu', 123_456],
    ['một nghìn tỷ', 1e12],
    ['năm tỉ', 5e9],
    ['hai vạn', 20_000],
    ['hai phẩy năm', 2.5],
    ['không phẩy năm', 0.5],
    ['1,5 triệu', 1_500_000],
    ['2.350 tỷ', 2_350_000_000_000],
    ['1 tỷ 200 triệu', 1_200_000_000],
    ['3 triệu 500 nghìn', 3_500_000],
    ['20 nghìn tỷ', 2e13],
    ['12,5', 12.5],
    ['Sáu', 6],
    ['Mười Hai', 12],
  ])('%s → %s', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each(['không', 'trăm', 'mốt', 'lăm', 'mười năm', 'hai mươi năm', 'mười nghìn năm', 'hai triệu ba triệu', 'ba người', ''])(
    '%s is not one number',
    (text) => {
      expect(parseVietnameseNumber(text)).toBeNull();
    },
  );
});

describe('readVietnameseNumberAt', () => {
  it('reads a number inside a sentence and says where it ends', () => {
    const text = 'Có hai mươi mốt người tham gia.';
    const reading = readVietnameseNumberAt(text, 3);
    expect(reading).toMatchObject({ value: 21, start: 3, end: 'Có hai mươi mốt'.length, hasDigits: false, hasWords: true });
  });

  it('reads digits with a scale word', () => {
    const text = 'vốn 1,5 triệu đồng';
    expect(readVietnameseNumberAt(text, 4)).toMatchObject({ value: 1_500_000, end: 'vốn 1,5 triệu'.length, scale: 1e6 });
  });

  it('does not start inside a word or a code', () => {
    expect(readVietnameseNumberAt('WG1', 2)).toBeNull();
    expect(readVietnameseNumberAt('5S', 0)).toBeNull();
    expect(readVietnameseNumberAt('Covid-19', 6)).not.toBeNull(); // after a hyphen the caller judges
  });

  it('stops before a year after a count (`mười năm` is ten years)', () => {
    expect(readVietnameseNumberAt('mười năm qua', 0)).toMatchObject({ value: 10, end: 4 });
  });
});

describe('readNumberWordsAt', () => {
  it('reads the day of `mồng ba` and the month of `tháng Sáu`', () => {
    expect(readNumberWordsAt('ngày mồng ba tháng Ba', 10)).toEqual({ value: 3, end: 12 });
    expect(readNumberWordsAt('tháng Sáu năm 2024', 6)).toEqual({ value: 6, end: 9 });
    expect(readNumberWordsAt('tháng Mười Hai', 6)).toEqual({ value: 12, end: 14 });
  });

  it('reads no digits', () => {
    expect(readNumberWordsAt('tháng 6', 6)).toBeNull();
  });
});

describe('NUMBER_WORDS_SOURCE', () => {
  it('matches runs of number words with Unicode boundaries', () => {
    const pattern = new RegExp(NUMBER_WORDS_SOURCE, 'giu');
    expect('có Hai Mươi Mốt người, không ai vắng'.match(pattern)).toEqual(['Hai Mươi Mốt', 'không']);
    expect('báo'.match(pattern)).toBeNull();
  });
});

describe('parseNumberTokens', () => {
  /** A token source over words already split by the caller, as the figures extractor hands its own tokens. */
  function source(words: readonly string[]): { at(index: number): NumberToken | undefined } {
    const tokens = words.map((word) => ({ key: word, kind: /^\d/u.test(word) ? 'digits' : 'word' }));
    return { at: (index) => tokens[index] };
  }

  it.each([
    [['hai', 'mươi', 'mốt', 'người'], 21, 3],
    [['1,5', 'triệu', 'đồng'], 1_500_000, 2],
    [['ba', 'nghìn', 'hai'], 3200, 3],
    [['mười', 'năm'], 10, 1],
  ] as const)('%j → %d over %d tokens', (words, value, count) => {
    expect(parseNumberTokens(source(words))).toMatchObject({ value, count });
  });

  it('reads nothing from a word that is no number', () => {
    expect(parseNumberTokens(source(['người', 'hai']))).toBeNull();
  });
});
