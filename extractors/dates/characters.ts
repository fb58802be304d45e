// The Unicode classes the date rules test one character at a time (`\p{L}`, `\p{M}`, `\p{N}`), read from a table
// filled per UTF-16 code unit on first sight, so that checking the edges of a match or the words around it costs
// no regex and no one-character string. A lone surrogate is in no class, as the patterns' `u` flag reads it.

const KNOWN = 1;
const LETTER = 2; // \p{L}
const MARK = 4; // \p{M}
const NUMBER = 8; // \p{N}
const HAS_LOWER_CASE = 16; // toLowerCase gives another character
const classes = new Uint8Array(0x10000);

function classesOf(char: string): number {
  return KNOWN | (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{M}/u.test(char) ? MARK : 0) | (/\p{N}/u.test(char) ? NUMBER : 0) |
    (char.toLowerCase() !== char ? HAS_LOWER_CASE : 0);
}

/** The class bits of a code point: BMP ones from the table, the others (outside it, rare) tested directly. */
function classOf(code: number): number {
  if (code > 0xffff) return classesOf(String.fromCodePoint(code));
  if (Number.isNaN(code)) return 0;
  const known = classes[code] ?? 0;
  if (known !== 0) return known;
  const found = code >= 0xd800 && code <= 0xdfff ? KNOWN : classesOf(String.fromCharCode(code));
  classes[code] = found;
  return found;
}

/** `\p{L}` or `\p{M}`: a character of a word written in letters. */
export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (classOf(code) & (LETTER | MARK)) !== 0;
}

/** `[\p{L}\p{M}\p{N}]`: a character of a word, letters or digits. */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (classOf(code) & (LETTER | MARK | NUMBER)) !== 0;
}

/** `[\p{L}\p{N}]`: a letter or a digit, without the marks. */
export function isLetterOrNumberCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (classOf(code) & (LETTER | NUMBER)) !== 0;
}

/** A capital: a character whose lower case is another (`T`, `Đ`; for a lone surrogate, none). */
export function hasLowerCase(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return (classOf(code) & HAS_LOWER_CASE) !== 0;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A space or a tab, the only spaces the rules put between words. */
export function isBlankCode(code: number): boolean {
  return code === 32 || code === 9;
}

/** The code point that ends just before `offset` (a surrogate pair read whole, as the `u` flag does), or NaN. */
export function codePointBefore(text: string, offset: number): number {
  if (offset <= 0) return Number.NaN;
  const last = text.charCodeAt(offset - 1);
  if (last >= 0xdc00 && last <= 0xdfff && offset >= 2) {
    const first = text.charCodeAt(offset - 2);
    if (first >= 0xd800 && first <= 0xdbff) return (first - 0xd800) * 0x400 + (last - 0xdc00) + 0x10000;
  }
  return last;
}

/** Where the code point ending just before `offset` starts. */
export function codePointStart(text: string, offset: number): number {
  return codePointBefore(text, offset) > 0xffff ? offset - 2 : offset - 1;
}
