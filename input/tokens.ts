// Words and punctuation of a text, classified the way proper names need them: a capitalized syllable (`Tiêu`), a
// lower-case one (`chuẩn`), an acronym (`ASEAN`, `KH&CN`, `TCĐLCL`, `VietQ.vn`, `WG1`), punctuation. Made once per
// article by the `tokens` stage, right after paragraphs, and read by every stage that looks words up (a Map lookup
// at a token's key instead of a regex alternation scanning the whole text). One pass over the text with character classes cached per UTF-16 code unit.
import { defineStage, firstStartingAtOrAfter, type Token } from '../pipeline/document.js';

export type { Token } from '../pipeline/document.js';

// Character classes, computed once per code unit on first sight: bit 1 known, then the classes below.
const KNOWN = 1;
const WORD = 2; // \p{L}, \p{M} or \p{N}
const LETTER = 4; // \p{L}
const SPACE = 8; // \s
const UPPER = 16; // \p{Lu}
const HAS_LOWER_FORM = 32; // differs from its lower case
const classes = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER_CHAR = /\p{L}/u;
const UPPER_CHAR = /\p{Lu}/u;
const SPACE_CHAR = /\s/u;

function classOf(code: number): number {
  const known = classes[code] ?? 0;
  if (known !== 0) return known;
  const char = String.fromCharCode(code);
  const isSurrogate = code >= 0xd800 && code <= 0xdfff;
  let bits = KNOWN;
  if (!isSurrogate) {
    if (WORD_CHAR.test(char)) bits |= WORD;
    if (LETTER_CHAR.test(char)) bits |= LETTER;
    if (UPPER_CHAR.test(char)) bits |= UPPER;
    if (SPACE_CHAR.test(char)) bits |= SPACE;
    if (char !== char.toLowerCase()) bits |= HAS_LOWER_FORM;
  }
  classes[code] = bits;
  return bits;
}

const isJoiner = (code: number): boolean => code === 0x26 || code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2d; // & . ' ’ -

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[&.'’-][\p{L}\p{M}\p{N}]+)*|&|\S/gu;
const UPPER_GLOBAL = /\p{Lu}/gu;

/** The reference reading (also used for text outside the BMP); the fast path must agree with it. */
export function tokenizeByRegex(text: string): Token[] {
  const tokens: Token[] = [];
  let nextNewline = text.indexOf('\n');
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    let breakBefore = false;
    if (nextNewline >= 0 && nextNewline < start) {
      breakBefore = true;
      nextNewline = text.indexOf('\n', start);
    }
    const first = word[0] ?? '';
    const isWord = word.length > 1 || WORD_CHAR.test(first);
    const firstUpper = isWord && first !== first.toLowerCase();
    const acronymLike = firstUpper && (word.match(UPPER_GLOBAL)?.length ?? 0) >= 2;
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key: word.toLowerCase(),
      isWord: isWord || word === '&',
      capitalized: firstUpper && !acronymLike,
      acronymLike,
      lower: (isWord && !firstUpper && LETTER_CHAR.test(first)) || word === '&',
      breakBefore,
    });
  }
  return tokens;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let position = 0;
  let breakBefore = false;
  while (position < length) {
    const code = text.charCodeAt(position);
    // A character outside the BMP (a surrogate pair): the regex reads such text code point by code point.
    if (code >= 0xd800 && code <= 0xdfff) return tokenizeByRegex(text);
    const bits = classOf(code);
    if (bits & SPACE) {
      if (code === 0x0a) breakBefore = true;
      position += 1;
      continue;
    }
    const start = position;
    let uppers = 0;
    let changesOnLower = false;
    if (bits & WORD) {
      // A run of word characters, and more runs after a joiner (`KH&CN`, `VietQ.vn`, `Covid-19`).
      for (;;) {
        while (position < length) {
          const inner = classOf(text.charCodeAt(position));
          if (!(inner & WORD)) break;
          if (inner & UPPER) uppers += 1;
          if (inner & HAS_LOWER_FORM) changesOnLower = true;
          position += 1;
        }
        if (position + 1 < length && isJoiner(text.charCodeAt(position)) && classOf(text.charCodeAt(position + 1)) & WORD) {
          position += 1;
          continue;
        }
        break;
      }
    } else {
      if (bits & HAS_LOWER_FORM) changesOnLower = true;
      position += 1;
    }
    const word = text.slice(start, position);
    const isWord = position - start > 1 || (bits & WORD) !== 0;
    const firstUpper = isWord && (bits & HAS_LOWER_FORM) !== 0;
    const acronymLike = firstUpper && uppers >= 2;
    const ampersand = code === 0x26 && position - start === 1;
    tokens.push({
      start,
      end: position,
      text: word,
      key: changesOnLower ? word.toLowerCase() : word,
      isWord: isWord || ampersand,
      capitalized: firstUpper && !acronymLike,
      acronymLike,
      lower: (isWord && !firstUpper && (bits & LETTER) !== 0) || ampersand,
      breakBefore,
    });
    breakBefore = false;
  }
  return tokens;
}

/** Index of the first token starting at or after `offset` (tokens are in order). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstStartingAtOrAfter(tokens, offset);
}

export const tokensStage = defineStage({
  name: 'tokens',
  requires: [],
  run: (document) => tokenize(document.text),
});
