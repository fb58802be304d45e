// Vietnamese numbers, shared by the dates and figures extractors: digits written the Vietnamese way (`1.233` is
// 1233, `1,5` is 1.5, `2.000.000`: digit-numbers.ts), number words (`hai mươi mốt`, `một trăm linh năm`, `ba nghìn`,
// `hai triệu rưỡi`: number-words.ts) and the two mixed (`1,5 triệu`, `2.350 tỷ`, `1 tỷ 200 triệu`).
//
// This file reads them straight from a text: from a given offset, so callers scan with their own anchored patterns
// and ask here what the number is worth and where it ends. Deciding whether a number word really is a number (`năm`
// is also "year", `một số` is "some", `tư` is also "private") is the caller's business: the reader reports which
// words it read.
import {
  MAX_NUMBER_TOKENS,
  NUMBER_WORD_KEYS,
  parseNumberTokens,
  type NumberToken,
} from './number-words.js';

export { DIGIT_NUMBER_SOURCE, parseDigitNumber } from './digit-numbers.js';
export {
  MAX_NUMBER_TOKENS,
  NUMBER_WORDS,
  NUMBER_WORD_KEYS,
  NUMBER_WORD_SOURCE,
  NUMBER_WORDS_SOURCE,
  SCALE_WORDS,
  parseNumberTokens,
  type NumberToken,
  type NumberTokens,
  type ParsedNumber,
} from './number-words.js';

/** A token read from the text: where it is, besides its key and kind. */
interface TextNumberToken extends NumberToken {
  readonly start: number;
  readonly end: number;
  readonly kind: 'digits' | 'word';
}

const DIGITS_AT = /\d+(?:[.,]\d+)*(?![\p{L}\p{M}\p{N}])/uy;
const SYLLABLE_AT = /[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}])/uy;
const SPACES_AT = /[ \t]+/uy;

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** True when the character at `offset` is a letter, a mark or a digit (ASCII answered without a regex). */
export function isLetterOrDigitAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(text[offset] ?? '');
}

/** Reads the token at exactly `offset` (no leading space), or null. */
function tokenAt(text: string, offset: number): TextNumberToken | null {
  if (offset > 0 && isLetterOrDigitAt(text, offset - 1)) return null;
  const code = text.charCodeAt(offset);
  if (code >= 48 && code <= 57) {
    DIGITS_AT.lastIndex = offset;
    const digits = DIGITS_AT.exec(text);
    return digits ? { start: offset, end: offset + digits[0].length, key: digits[0], kind: 'digits' } : null;
  }
  SYLLABLE_AT.lastIndex = offset;
  const syllable = SYLLABLE_AT.exec(text);
  if (!syllable) return null;
  const word = syllable[0].toLowerCase();
  if (!NUMBER_WORD_KEYS.has(word)) return null;
  return { start: offset, end: offset + syllable[0].length, key: word, kind: 'word' };
}

/** The tokens of a possible number in `text` from `offset`, read on demand, separated by spaces or tabs. */
function numberTokensAt(text: string, offset: number, allowDigits: boolean): { at(index: number): TextNumberToken | undefined } {
  const read: TextNumberToken[] = [];
  let position = offset;
  let finished = false;
  return {
    at(index: number): TextNumberToken | undefined {
      while (!finished && read.length <= index && read.length < MAX_NUMBER_TOKENS) {
        const token = tokenAt(text, position);
        if (!token || (token.kind === 'digits' && !allowDigits)) {
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
  const parsed = parseNumberTokens(tokens);
  if (!parsed) return null;
  const read: TextNumberToken[] = [];
  for (let index = 0; index < parsed.count; index += 1) {
    const token = tokens.at(index);
    if (token) read.push(token);
  }
  const last = read[read.length - 1];
  if (!last) return null;
  return {
    value: tidyNumber(parsed.value),
    start: offset,
    end: last.end,
    words: read.map((token) => token.key),
    hasDigits: read.some((token) => token.kind === 'digits'),
    hasWords: read.some((token) => token.kind !== 'digits'),
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

/** Removes binary noise from decimal arithmetic (1.1 × 1e6); integers below 1e15 are exact already. */
export function tidyNumber(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  return Number(value.toPrecision(15));
}
