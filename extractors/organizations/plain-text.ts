// Text tests the name stages make many times per article, with character codes instead of regexes: the answers of
// `s.replace(/\s+/gu, ' ').trim()` and `/^\d/u.test(s)`. A regex is a piece of compiled code of its own, cold again
// by the time the next article comes; names with single spaces between words need none.

/** `\s` of a JavaScript regex: ASCII and Unicode spaces, line and paragraph separators, the byte order mark. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `words` with each run of whitespace made one space and the ends trimmed: `words.replace(/\s+/gu, ' ').trim()`. */
export function collapseWhitespace(words: string): string {
  const last = words.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const code = words.charCodeAt(index);
    const single = code === 0x20 && index > 0 && index < last && words.charCodeAt(index - 1) !== 0x20
      && !isWhitespace(words.charCodeAt(index + 1));
    if (!single && isWhitespace(code)) return words.replace(/\s+/gu, ' ').trim();
  }
  return words;
}

/** The text starts with an ASCII digit: `/^\d/u.test(text)`. */
export function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}
