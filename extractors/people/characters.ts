// The character classes the name rules read, cached per UTF-16 code unit on first sight (a code point outside the
// BMP is classified each time: rare in news text), and the joiners by which input/tokens.ts keeps `Hà-Nội`,
// `VietQ.vn` and `KH&CN` as one token.
import type { Token } from '../../pipeline/document.js';
import { isJoinerCode } from '../../input/tokens.js';

const KNOWN = 1;
const WORD = 2; // \p{L}, \p{M} or \p{N}
const UPPER = 4; // \p{Lu}: a name syllable's first letter
const LOWER_OR_MARK = 8; // \p{Ll} or \p{M}: the rest of a name syllable
const LETTER_OR_MARK = 16; // \p{L} or \p{M}
const CASED = 32; // a letter with case, either case: what `\p{Lu}` matches in a case-insensitive regex
const classes = new Uint8Array(0x10000);

function classOfCodePoint(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  let bits = KNOWN;
  if (/[\p{L}\p{M}\p{N}]/u.test(char)) bits |= WORD;
  if (/\p{Lu}/u.test(char)) bits |= UPPER;
  if (/[\p{Ll}\p{M}]/u.test(char)) bits |= LOWER_OR_MARK;
  if (/[\p{L}\p{M}]/u.test(char)) bits |= LETTER_OR_MARK;
  if (/\p{Lu}/iu.test(char)) bits |= CASED;
  return bits;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** The classes of one UTF-16 code unit read alone (a surrogate half is none of them, as in a regex on `text[i]`). */
function classOfUnit(code: number): number {
  const known = classes[code] ?? 0;
  if (known !== 0) return known;
  const bits = isSurrogate(code) ? KNOWN : classOfCodePoint(code);
  classes[code] = bits;
  return bits;
}

/** The classes of the code point at `index` (a whole surrogate pair when one starts there). */
function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return isSurrogate(code) ? classOfCodePoint(text.codePointAt(index) ?? code) : classOfUnit(code);
}

/** Length in code units of the code point at `index`. */
export function codePointLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
}

/** True for a letter with case at `index`, upper or lower: `N`, `n`, `đ` (not a digit, not `ª`). */
export function isCasedLetterAt(text: string, index: number): boolean {
  return index < text.length && (classAt(text, index) & CASED) !== 0;
}

export function isLetterOrMarkAt(text: string, index: number): boolean {
  return index < text.length && (classAt(text, index) & LETTER_OR_MARK) !== 0;
}

/** A letter or a mark, the code unit read alone: what `/[\p{L}\p{M}]/u.test(text[index])` says. */
export function isLetterOrMarkUnit(code: number): boolean {
  return (classOfUnit(code) & LETTER_OR_MARK) !== 0;
}

/** A letter, mark or digit at `index`, or `&`: a character of a title's word (extractors/roles/lexicon.ts). */
export function isTitleWordCharAt(text: string, index: number): boolean {
  return index < text.length && (text.charCodeAt(index) === 0x26 || (classAt(text, index) & WORD) !== 0);
}

/** An apostrophe, straight or curly. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/**
 * A capital alone, an apostrophe and a capital at `index` (the apostrophe's): how the names of the peoples of the
 * Central Highlands start a syllable (`H'Hen Niê`, `K'Ting`, `Y'Moan`). The syllable is one word of the name.
 */
function isHighlandNamePrefixAt(text: string, index: number): boolean {
  if (!isApostrophe(text.charCodeAt(index)) || index < 1) return false;
  if ((classAt(text, index - 1) & UPPER) === 0 || (classAt(text, index + 1) & UPPER) === 0) return false;
  return index < 2 || (classBefore(text, index - 1) & WORD) === 0;
}

/**
 * True when `text[start, end)` is written the way a name syllable is: a capital, then lower case (`Hiệp`, `A`), after
 * a Central Highlands prefix too (`H'Hen`).
 */
export function isNameSyllable(text: string, start: number, end: number): boolean {
  if (start >= end || (classAt(text, start) & UPPER) === 0) return false;
  if (end - start > 3 && isHighlandNamePrefixAt(text, start + 1)) start += 2;
  for (let position = start + codePointLength(text, start); position < end; position += codePointLength(text, position)) {
    if ((classAt(text, position) & LOWER_OR_MARK) === 0) return false;
  }
  return true;
}

/**
 * True when `text` from `start` to `end` is lower-case syllables joined by `-`, the first one right after a `-` at
 * `start - 1`: the rest of a romanized Korean or Chinese given name (`-sik` of `Sang-sik`, `-un` of `Jong-un`).
 */
export function isLowerSyllablesAfterHyphen(text: string, start: number, end: number): boolean {
  if (start >= end || text.charCodeAt(start - 1) !== HYPHEN) return false;
  let syllableStart = start;
  for (let position = start; position < end; position += codePointLength(text, position)) {
    if (text.charCodeAt(position) === HYPHEN && position > syllableStart) {
      syllableStart = position + 1;
      continue;
    }
    if ((classAt(text, position) & LOWER_OR_MARK) === 0) return false;
  }
  return syllableStart < end;
}
const HYPHEN = 0x2d;

/**
 * Where a token joins two syllables (`KH&CN`, `VietQ.vn`, `O'Brien`, `Hà-Nội`): a `&`, `.`, `'`, `’` or `-` with a
 * letter, mark or digit on each side, which is how input/tokens.ts keeps such a word whole. In text order. Read
 * inside the tokens the tokens annotation marks as joined, not from the text again.
 */
export function joinerPositions(text: string, tokens: readonly Token[]): number[] {
  const positions: number[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (!token.joined) continue;
    for (let position = token.start + 1; position < token.end - 1; position += 1) {
      if (isJoinerCode(text.charCodeAt(position)) && !isHighlandNamePrefixAt(text, position)) positions.push(position);
    }
  }
  return positions;
}

/** The classes of the code point ending at `index` (exclusive). */
function classBefore(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return classAt(text, index - 2);
  }
  return classAt(text, index - 1);
}
