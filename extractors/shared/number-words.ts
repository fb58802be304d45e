// Vietnamese number words and how they combine (`hai mươi mốt`, `một trăm linh năm`, `ba nghìn hai`, `hai triệu
// rưỡi`), with digits mixed in (`1,5 triệu`, `1 tỷ 200 triệu`). The grammar reads a token source, so that a caller
// with tokens of its own (the figures extractor) reads numbers without tokenizing the text again; numbers.ts reads
// them straight from a text. Part of the shared number reader (numbers.ts re-exports it).
import { parseDigitNumber } from './digit-numbers.js';

/** Every syllable that can be part of a number written in words. */
export const NUMBER_WORDS: readonly string[] = [
  'không', 'một', 'mốt', 'hai', 'ba', 'bốn', 'tư', 'năm', 'lăm', 'nhăm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín',
  'mười', 'mươi', 'chục', 'trăm', 'linh', 'lẻ', 'nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'tỉ', 'rưỡi', 'phẩy',
];

/** Regex source: one number word (use with the `iu` flags; add your own word boundaries). */
export const NUMBER_WORD_SOURCE = `(?:${[...NUMBER_WORDS].sort((a, b) => b.length - a.length).join('|')})`;

/** Regex source: a run of number words separated by spaces, with word boundaries. Linear: each repeat needs a space. */
export const NUMBER_WORDS_SOURCE =
  `(?<![\\p{L}\\p{M}\\p{N}])${NUMBER_WORD_SOURCE}(?:[ \\t]+${NUMBER_WORD_SOURCE})*(?![\\p{L}\\p{M}\\p{N}])`;

/** Scale words and what they multiply by. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['nghìn', 1e3], ['ngàn', 1e3], ['vạn', 1e4], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9],
]);

/** Digits in words. `mốt` (1) and `lăm`/`nhăm` (5) only follow a ten; `tư` (4) is the caller's to judge. */
const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7],
  ['tám', 8], ['chín', 9],
]);
const DIGIT_WORDS_AFTER_TEN: ReadonlyMap<string, number> = new Map([
  ['mốt', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['lăm', 5], ['nhăm', 5], ['sáu', 6], ['bảy', 7],
  ['bẩy', 7], ['tám', 8], ['chín', 9],
]);
const DIGIT_WORDS_AFTER_MUOI_TEN: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['lăm', 5], ['nhăm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7],
  ['tám', 8], ['chín', 9],
]);

/** One token of a number: a digit number or a syllable. */
export interface NumberToken {
  /** The lower-cased syllable, or the digits as written (a digit number is told by its first character). */
  readonly key: string;
}

/** The tokens of a possible number from its first one, or undefined past its last: digits and number words. */
export interface NumberTokens {
  at(index: number): NumberToken | undefined;
}

/** At most this many tokens make one number (`một trăm hai mươi ba nghìn bốn trăm năm mươi sáu` is 11). */
export const MAX_NUMBER_TOKENS = 24;

/** Every number syllable, for a quick look-up before reading. */
export const NUMBER_WORD_KEYS: ReadonlySet<string> = new Set(NUMBER_WORDS);

function isDigitsToken(token: NumberToken | undefined): boolean {
  if (token === undefined) return false;
  const first = token.key.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/** A number read from tokens: its value (not yet tidied), how many tokens it took and its largest scale. */
export interface ParsedNumber {
  readonly value: number;
  /** How many tokens were used. */
  readonly count: number;
  readonly scale: number;
}

/** A value below one thousand, in words or digits, and how many tokens it took. */
interface Segment {
  readonly value: number;
  readonly next: number;
  /** A single digit word with nothing after it (`ba` in `ba nghìn hai`): may read as a tenth of the scale before. */
  readonly lone: boolean;
}

/** Reads the number that the tokens open (digits, words or both); null when they open none. */
export function parseNumberTokens(tokens: NumberTokens): ParsedNumber | null {
  let total = 0;
  let index = 0;
  // The scale of the last group read (`triệu` in `hai triệu ba trăm nghìn`), 0 before any.
  let lastScale = 0;
  let largestScale = 1;
  while (tokens.at(index) !== undefined) {
    if (lastScale >= 1000) {
      // Colloquial tenth after a scale: `ba nghìn hai` 3200, `hai triệu mốt` 2,1 triệu (never `năm`: a year).
      const tenth = DIGIT_WORDS_AFTER_TEN.get(tokens.at(index)?.key ?? '');
      const afterTenth = tokens.at(index + 1);
      if (tenth !== undefined && !isDigitsToken(tokens.at(index)) && (afterTenth === undefined || isDigitsToken(afterTenth))) {
        total += (tenth * lastScale) / 10;
        index += 1;
        break;
      }
    }
    const segment = readSegment(tokens, index, lastScale > 0);
    if (!segment) break;
    const scaleToken = tokens.at(segment.next);
    const scale = scaleToken && !isDigitsToken(scaleToken) ? SCALE_WORDS.get(scaleToken.key) : undefined;
    if (scale === undefined) {
      // A last group with no scale: after a scale only a group in words that is more than one digit
      // (`một nghìn hai trăm`), never bare digits (`1 triệu 2020`) or a lone word (`mười nghìn năm`: years).
      if (lastScale > 0 && (isDigitsToken(first(tokens, index)) || segment.lone)) break;
      total += segment.value;
      index = segment.next;
      break;
    }
    if (lastScale > 0 && scale >= lastScale) break; // `2 triệu 3 triệu`: two numbers
    let scaled = segment.value * scale;
    let scaleHere = scale;
    index = segment.next + 1;
    // Compound scales multiply: `một nghìn tỷ`.
    for (;;) {
      const following = tokens.at(index);
      const bigger = following && !isDigitsToken(following) ? SCALE_WORDS.get(following.key) : undefined;
      if (bigger === undefined || bigger <= scaleHere) break;
      scaled *= bigger;
      scaleHere *= bigger;
      index += 1;
    }
    total += scaled;
    largestScale = Math.max(largestScale, scaleHere);
    lastScale = scaleHere;
    if (tokens.at(index)?.key === 'rưỡi') {
      total += scaleHere / 2;
      index += 1;
      break;
    }
  }
  if (index === 0) return null;
  return { value: total, count: index, scale: largestScale };
}

function first(tokens: NumberTokens, index: number): NumberToken {
  const token = tokens.at(index);
  if (!token) throw new Error('no token at ' + String(index));
  return token;
}

/** A number below a thousand (words) or any digit number, from `index`. */
function readSegment(tokens: NumberTokens, index: number, afterScale: boolean): Segment | null {
  const first = tokens.at(index);
  if (!first) return null;
  if (isDigitsToken(first)) {
    const value = parseDigitNumber(first.key);
    return value === null ? null : { value, next: index + 1, lone: false };
  }
  // `không trăm linh năm` inside a larger number; `không phẩy năm` (0.5). A lone `không` is "no".
  if (first.key === 'không') {
    const after = tokens.at(index + 1)?.key;
    if (after === 'trăm' && afterScale) return readHundreds(tokens, index, 0);
    if (after === 'phẩy') return readDecimal(tokens, index + 2, 0);
    return null;
  }
  const digit = DIGIT_WORDS.get(first.key);
  if (digit !== undefined && tokens.at(index + 1)?.key === 'trăm') return readHundreds(tokens, index, digit);
  const belowHundred = readBelowHundred(tokens, index);
  if (!belowHundred) return null;
  if (tokens.at(belowHundred.next)?.key === 'phẩy') {
    const decimal = readDecimal(tokens, belowHundred.next + 1, belowHundred.value);
    if (decimal) return decimal;
  }
  return belowHundred;
}

/** `hai phẩy năm` → 2.5; `ba phẩy mười bốn` → 3.14. */
function readDecimal(tokens: NumberTokens, index: number, integer: number): Segment | null {
  const fraction = readBelowHundred(tokens, index);
  if (!fraction) return null;
  const digits = String(fraction.value).length;
  return { value: integer + fraction.value / 10 ** digits, next: fraction.next, lone: false };
}

/** `một trăm`, `một trăm linh năm`, `hai trăm ba mươi`, `một trăm hai` (120), `trăm rưỡi` (150). */
function readHundreds(tokens: NumberTokens, index: number, digit: number): Segment {
  let value = digit * 100;
  let next = index + 2;
  const after = tokens.at(next)?.key;
  if (after === 'linh' || after === 'lẻ') {
    const unit = DIGIT_WORDS.get(tokens.at(next + 1)?.key ?? '');
    if (unit !== undefined && tokens.at(next + 1)?.key !== 'tư') return { value: value + unit, next: next + 2, lone: false };
    return { value, next, lone: false };
  }
  if (after === 'rưỡi') return { value: value + 50, next: next + 1, lone: false };
  const tens = readBelowHundred(tokens, next);
  if (tens && !tens.lone) return { value: value + tens.value, next: tens.next, lone: false };
  if (tens && tens.lone && after !== 'năm' && !isScale(tokens.at(tens.next))) {
    // Colloquial `một trăm hai` = 120.
    value += tens.value * 10;
    next = tens.next;
  }
  return { value, next, lone: false };
}

function isScale(token: NumberToken | undefined): boolean {
  return token !== undefined && !isDigitsToken(token) && SCALE_WORDS.has(token.key);
}

/** 1 … 99 in words: `mười`, `mười lăm`, `hai mươi`, `hai mươi mốt`, `ba mươi tư`, `hai chục`. */
function readBelowHundred(tokens: NumberTokens, index: number): Segment | null {
  const first = tokens.at(index);
  if (!first || isDigitsToken(first)) return null;
  if (first.key === 'mười') {
    const unit = DIGIT_WORDS_AFTER_MUOI_TEN.get(tokens.at(index + 1)?.key ?? '');
    if (unit !== undefined) return { value: 10 + unit, next: index + 2, lone: false };
    return { value: 10, next: index + 1, lone: false };
  }
  const digit = DIGIT_WORDS.get(first.key);
  if (digit === undefined) return null;
  const second = tokens.at(index + 1)?.key;
  if (second === 'mươi') {
    const unit = DIGIT_WORDS_AFTER_TEN.get(tokens.at(index + 2)?.key ?? '');
    if (unit !== undefined) return { value: digit * 10 + unit, next: index + 3, lone: false };
    return { value: digit * 10, next: index + 2, lone: false };
  }
  if (second === 'chục') return { value: digit * 10, next: index + 2, lone: false };
  return { value: digit, next: index + 1, lone: !isScale(tokens.at(index + 1)) };
}
