// How the places gazetteer (places.ts) reads words: letters, marks and digits by character code (classes cached per
// UTF-16 code unit, as the regex `[\p{L}\p{M}\p{N}]` reads them), the separators between the words of a name, and
// the joiners that make one token of several words (`Nam-Hàn`, `TP.HCM`).

import { isJoinerCode } from '../../input/tokens.js';

/** The characters that join words into one token (`Nam-Hàn`, `TP.HCM`): the tokens' own (input/tokens.ts). */
export { isJoinerCode };

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Whether each UTF-16 code unit is a letter, mark or digit, filled as code units are met: 0 unknown, 1 yes, 2 no. */
const WORD_CODE_UNITS = new Uint8Array(0x10000);

/** True when the code unit is a letter, mark or digit (a lone surrogate is not). */
export function isWordCodeUnit(code: number): boolean {
  let known = WORD_CODE_UNITS[code] ?? 2;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CODE_UNITS[code] = known;
  }
  return known === 1;
}

/** Length of the letter, mark or digit at `index`: 2 for one outside the BMP, 0 when there is none. */
export function wordCharLength(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1);
    return low >= 0xdc00 && low <= 0xdfff && WORD_CHAR.test(text.slice(index, index + 2)) ? 2 : 0;
  }
  return isWordCodeUnit(code) ? 1 : 0;
}

/** Where the place word at `index` ends: letters, marks and digits, with inner dots (`TP.HCM`); `index` when none. */
export function placeWordEnd(text: string, index: number): number {
  let position = index;
  let length = wordCharLength(text, position);
  while (length > 0) {
    position += length;
    length = wordCharLength(text, position);
    if (length === 0 && codeUnitAt(text, position) === 0x2e && wordCharLength(text, position + 1) > 0) {
      position += 1;
      length = wordCharLength(text, position);
    }
  }
  return position;
}

/**
 * The code unit at `index`, or -1 past the end: where charCodeAt would give NaN, which matches no test either but
 * makes V8 deoptimize the optimized function that reads it the first time (and NaN is no small integer for the
 * callee's comparisons).
 */
export function codeUnitAt(text: string, index: number): number {
  return index < text.length ? text.charCodeAt(index) : -1;
}

export const isSpaceOrTab = (code: number): boolean => code === 0x20 || code === 0x09;

/** `\s` of a JavaScript regex: ASCII and Unicode spaces, line and paragraph separators, the byte order mark. */
export function isRegexSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
export const isDash = (code: number): boolean => code === 0x2d || code === 0x2013 || code === 0x2014; // - – —

/** The key up to its first joiner: the first word of `nam-hàn`, `tp.hcm`. */
export function firstWordOfKey(key: string): string {
  for (let index = 0; index < key.length; index += 1) if (isJoinerCode(key.charCodeAt(index))) return key.slice(0, index);
  return key;
}
