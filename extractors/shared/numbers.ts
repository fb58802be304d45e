// Vietnamese numbers, shared by the dates and figures extractors: digits written the Vietnamese way (`1.233` is
// 1233, `1,5` is 1.5, `2.000.000`), number words (`hai mươi mốt`, `một trăm linh năm`, `ba nghìn`, `hai triệu
// rưỡi`) and the two mixed (`1,5 triệu`, `2.350 tỷ`, `1 tỷ 200 triệu`).
//
// The reader works on tokens (a run of digits and separators, or one syllable) from a given offset, so callers scan
// with their own anchored patterns and ask here what the number is worth and where it ends. Deciding whether a
// number word really is a number (`năm` is also "year", `một số` is "some", `tư` is also "private") is the caller's
// business: the reader reports which words it read.

/** Regex source: a number in digits, Vietnamese or English grouping (`1.233`, `12,5`, `2.000.000`). Linear. */
export const DIGIT_NUMBER_SOURCE = '\\d+(?:[.,]\\d+)*';

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

/**
 * Parses a number written in digits. Vietnamese grouping: dots group thousands and a comma marks decimals
 * (`1.233` → 1233, `1.234,5` → 1234.5, `12,5` → 12.5); English grouping when it is unambiguous (`1,234.5`,
 * `2,000,000`); a single dot before a group that is not three digits is a decimal point (`1.5`, `4.0`).
 * Returns null for what is no number (`1.2.3`, an empty string).
 */
export function parseDigitNumber(text: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/u.test(text)) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalMark = lastDot > lastComma ? '.' : ',';
    const groupMark = decimalMark === '.' ? ',' : '.';
    const decimalAt = text.lastIndexOf(decimalMark);
    const integerPart = text.slice(0, decimalAt);
    if (integerPart.includes(decimalMark) || !isGrouped(integerPart, groupMark)) return null;
    return Number(`${integerPart.split(groupMark).join('')}.${text.slice(decimalAt + 1)}`);
  }
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return Number(text);
  const groups = text.split(mark);
  if (groups.length === 2) {
    // One separator: a dot before three digits groups thousands (`1.233`), a comma is Vietnamese decimals (`1,5`).
    if (mark === '.' && isGrouped(text, '.')) return Number(groups.join(''));
    return Number(`${groups[0]}.${groups[1]}`);
  }
  return isGrouped(text, mark) ? Number(groups.join('')) : null;
}

/** True when `text` is digits grouped by threes with `mark`: `1.233`, `12.000.000`. */
function isGrouped(text: string, mark: string): boolean {
  const groups = text.split(mark);
  const head = groups[0] ?? '';
  if (groups.length === 1) return /^\d+$/u.test(head);
  return /^\d{1,3}$/u.test(head) && groups.slice(1).every((group) => /^\d{3}$/u.test(group));
}

/** One token of a number: a digit number, or a syllable (lower case). */
interface NumberToken {
  readonly start: number;
  readonly end: number;
  /** Lower-cased syllable, or the digits as written. */
  readonly text: string;
  readonly isDigits: boolean;
}

const DIGITS_AT = /\d+(?:[.,]\d+)*(?![\p{L}\p{M}\p{N}])/uy;
const SYLLABLE_AT = /[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}])/uy;
const SPACES_AT = /[ \t]+/uy;
const ANY_SYLLABLE_WORD = new Set(NUMBER_WORDS);

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** Reads the token at exactly `offset` (no leading space), or null. */
function tokenAt(text: string, offset: number): NumberToken | null {
  if (offset > 0 && LETTER_OR_DIGIT.test(text[offset - 1] ?? '')) return null;
  DIGITS_AT.lastIndex = offset;
  const digits = DIGITS_AT.exec(text);
  if (digits) return { start: offset, end: offset + digits[0].length, text: digits[0], isDigits: true };
  SYLLABLE_AT.lastIndex = offset;
  const syllable = SYLLABLE_AT.exec(text);
  if (!syllable) return null;
  const word = syllable[0].toLowerCase();
  if (!ANY_SYLLABLE_WORD.has(word)) return null;
  return { start: offset, end: offset + syllable[0].length, text: word, isDigits: false };
}

/** The tokens of a possible number, read on demand: digits and number words separated by spaces or tabs. */
interface NumberTokens {
  at(index: number): NumberToken | undefined;
}

/** At most this many tokens make one number (`một trăm hai mươi ba nghìn bốn trăm năm mươi sáu` is 11). */
const MAX_NUMBER_TOKENS = 24;

function numberTokensAt(text: string, offset: number, allowDigits: boolean): NumberTokens {
  const read: NumberToken[] = [];
  let position = offset;
  let finished = false;
  return {
    at(index: number): NumberToken | undefined {
      while (!finished && read.length <= index && read.length < MAX_NUMBER_TOKENS) {
        const token = tokenAt(text, position);
        if (!token || (token.isDigits && !allowDigits)) {
          finished = true;
          break;
        }
        read.push(token);
        SPACES_AT.lastIndex = token.end;
        const spaces = SPACES_AT.exec(text);
        if (!spaces) finished = true;
        else position = token.end + spaces[0].length;
      }
      return read[index];
    },
  };
}

/** What `readVietnameseNumberAt` found. */
export interface NumberReading {
  readonly value: number;
  readonly start: number;
  /** Exclusive end of the last token read. */
  readonly end: number;
  /** The tokens read, syllables lower-cased, digits as written. */
  readonly words: readonly string[];
  /** True when some token was digits. */
  readonly hasDigits: boolean;
  /** True when some token was a number word (scales included). */
  readonly hasWords: boolean;
  /** The largest scale word used (1 when none): `1,5 triệu` → 1e6. */
  readonly scale: number;
}

export interface NumberReadingOptions {
  /** Accept digits (default true). `readNumberWordsAt` sets it false. */
  readonly digits?: boolean;
}

/** Reads a number from exactly `offset` (digits, words, or both); null when no number starts there. */
export function readVietnameseNumberAt(
  text: string,
  offset: number,
  options: NumberReadingOptions = {},
): NumberReading | null {
  const tokens = numberTokensAt(text, offset, options.digits ?? true);
  const parsed = parseTokens(tokens);
  if (!parsed) return null;
  const read: NumberToken[] = [];
  for (let index = 0; index < parsed.count; index += 1) {
    const token = tokens.at(index);
    if (token) read.push(token);
  }
  const last = read[read.length - 1];
  if (!last) return null;
  return {
    value: tidy(parsed.value),
    start: offset,
    end: last.end,
    words: read.map((token) => token.text),
    hasDigits: read.some((token) => token.isDigits),
    hasWords: read.some((token) => !token.isDigits),
    scale: parsed.scale,
  };
}

/** Reads number words only (no digits) from `offset`: `mồng ba` at `ba`, `tháng Sáu` at `Sáu`. */
export function readNumberWordsAt(text: string, offset: number): { value: number; end: number } | null {
  const reading = readVietnameseNumberAt(text, offset, { digits: false });
  return reading ? { value: reading.value, end: reading.end } : null;
}

/**
 * The value of a whole string that is one number: `1.233`, `12,5`, `hai mươi mốt`, `1,5 triệu`, `hai triệu rưỡi`.
 * Null when the string is not exactly one number.
 */
export function parseVietnameseNumber(text: string): number | null {
  const trimmed = text.normalize('NFC').trim();
  const reading = readVietnameseNumberAt(trimmed, 0);
  return reading && reading.end === trimmed.length ? reading.value : null;
}

/** Removes binary noise from decimal arithmetic (1.1 × 1e6). */
function tidy(value: number): number {
  return Number(value.toPrecision(15));
}

interface Parsed {
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

function parseTokens(tokens: NumberTokens): Parsed | null {
  let total = 0;
  let index = 0;
  // The scale of the last group read (`triệu` in `hai triệu ba trăm nghìn`), 0 before any.
  let lastScale = 0;
  let largestScale = 1;
  while (tokens.at(index) !== undefined) {
    if (lastScale >= 1000) {
      // Colloquial tenth after a scale: `ba nghìn hai` 3200, `hai triệu mốt` 2,1 triệu (never `năm`: a year).
      const tenth = DIGIT_WORDS_AFTER_TEN.get(tokens.at(index)?.text ?? '');
      const afterTenth = tokens.at(index + 1);
      if (tenth !== undefined && !tokens.at(index)?.isDigits && (afterTenth === undefined || afterTenth.isDigits)) {
        total += (tenth * lastScale) / 10;
        index += 1;
        break;
      }
    }
    const segment = readSegment(tokens, index, lastScale > 0);
    if (!segment) break;
    const scaleToken = tokens.at(segment.next);
    const scale = scaleToken && !scaleToken.isDigits ? SCALE_WORDS.get(scaleToken.text) : undefined;
    if (scale === undefined) {
      // A last group with no scale: after a scale only a group in words that is more than one digit
      // (`một nghìn hai trăm`), never bare digits (`1 triệu 2020`) or a lone word (`mười nghìn năm`: years).
      if (lastScale > 0 && (first(tokens, index).isDigits || segment.lone)) break;
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
      const bigger = following && !following.isDigits ? SCALE_WORDS.get(following.text) : undefined;
      if (bigger === undefined || bigger <= scaleHere) break;
      scaled *= bigger;
      scaleHere *= bigger;
      index += 1;
    }
    total += scaled;
    largestScale = Math.max(largestScale, scaleHere);
    lastScale = scaleHere;
    if (tokens.at(index)?.text === 'rưỡi') {
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
  if (first.isDigits) {
    const value = parseDigitNumber(first.text);
    return value === null ? null : { value, next: index + 1, lone: false };
  }
  // `không trăm linh năm` inside a larger number; `không phẩy năm` (0.5). A lone `không` is "no".
  if (first.text === 'không') {
    const after = tokens.at(index + 1)?.text;
    if (after === 'trăm' && afterScale) return readHundreds(tokens, index, 0);
    if (after === 'phẩy') return readDecimal(tokens, index + 2, 0);
    return null;
  }
  const digit = DIGIT_WORDS.get(first.text);
  if (digit !== undefined && tokens.at(index + 1)?.text === 'trăm') return readHundreds(tokens, index, digit);
  const belowHundred = readBelowHundred(tokens, index);
  if (!belowHundred) return null;
  if (tokens.at(belowHundred.next)?.text === 'phẩy') {
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
  const after = tokens.at(next)?.text;
  if (after === 'linh' || after === 'lẻ') {
    const unit = DIGIT_WORDS.get(tokens.at(next + 1)?.text ?? '');
    if (unit !== undefined && tokens.at(next + 1)?.text !== 'tư') return { value: value + unit, next: next + 2, lone: false };
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
  return token !== undefined && !token.isDigits && SCALE_WORDS.has(token.text);
}

/** 1 … 99 in words: `mười`, `mười lăm`, `hai mươi`, `hai mươi mốt`, `ba mươi tư`, `hai chục`. */
function readBelowHundred(tokens: NumberTokens, index: number): Segment | null {
  const first = tokens.at(index);
  if (!first || first.isDigits) return null;
  if (first.text === 'mười') {
    const unit = DIGIT_WORDS_AFTER_MUOI_TEN.get(tokens.at(index + 1)?.text ?? '');
    if (unit !== undefined) return { value: 10 + unit, next: index + 2, lone: false };
    return { value: 10, next: index + 1, lone: false };
  }
  const digit = DIGIT_WORDS.get(first.text);
  if (digit === undefined) return null;
  const second = tokens.at(index + 1)?.text;
  if (second === 'mươi') {
    const unit = DIGIT_WORDS_AFTER_TEN.get(tokens.at(index + 2)?.text ?? '');
    if (unit !== undefined) return { value: digit * 10 + unit, next: index + 3, lone: false };
    return { value: digit * 10, next: index + 2, lone: false };
  }
  if (second === 'chục') return { value: digit * 10, next: index + 2, lone: false };
  return { value: digit, next: index + 1, lone: !isScale(tokens.at(index + 1)) };
}
