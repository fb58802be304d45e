// Character classes of the figures tokenizer (tokens.ts), computed once per UTF-16 unit on first sight and kept in a
// table: letters and combining marks, ASCII digits, a line break, white space, anything else; and whether
// lower-casing changes the character.

// The class, in the low three bits. A token's kind is the class of its first character (tokens.ts).
export const UNKNOWN = 0;
export const LETTER = 1;
export const DIGIT = 2;
export const BREAK = 3;
export const SPACE = 4;
export const OTHER = 5;
export const CLASS_BITS = 7;
/** The character is a surrogate pair (two UTF-16 units). */
export const PAIR = 8;
/** Lower-casing changes the character (`Đ`, `A`, `Ⓐ`): a word holding one needs `toLowerCase` for its key. */
export const CASED = 16;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const WHITE_SPACE = /^\s$/u;

/** The class and flags of every UTF-16 unit met so far (surrogate pairs are classed each time, see classAt). */
const CLASS_OF_UNIT = new Uint8Array(0x10000);

function classOfCodePoint(character: string): number {
  if (character === '\n') return BREAK;
  if (character.length === 1) {
    const code = character.charCodeAt(0);
    if (code >= 48 && code <= 57) return DIGIT;
  }
  const cased = character.toLowerCase() === character ? 0 : CASED;
  if (LETTER_OR_MARK.test(character)) return LETTER | cased;
  return WHITE_SPACE.test(character) ? SPACE : OTHER | cased;
}

/** The class and flags of the UTF-16 unit `code` alone (a surrogate is OTHER: see classAt for pairs). */
export function classOfUnit(code: number): number {
  let charClass = CLASS_OF_UNIT[code] ?? UNKNOWN;
  if (charClass === UNKNOWN) {
    charClass = classOfCodePoint(String.fromCharCode(code));
    CLASS_OF_UNIT[code] = charClass;
  }
  return charClass;
}

/** The class and flags of the character at `offset` (PAIR for a code point above U+FFFF). */
export function classAt(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(offset + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOfCodePoint(text.slice(offset, offset + 2)) | PAIR;
  }
  return classOfUnit(code);
}

export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * `text` in lower case: `text` itself when lower-casing changes none of its characters (`toLowerCase` would copy it,
 * and most keys and units are in lower case already).
 */
export function lowerCased(text: string): string {
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (isSurrogate(code) || (classOfUnit(code) & CASED) !== 0) return text.toLowerCase();
  }
  return text;
}
