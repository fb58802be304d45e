// Text tests the name stages make many times per article, with character codes instead of regexes: the answers of
// `s.replace(/\s+/gu, ' ').trim()`, `/^\d/u.test(s)` and `foldKey(s)` for the document's text. A regex (or Unicode
// normalization) is a piece of code of its own, cold again by the time the next article comes; names with single
// spaces between words need none.
import { isRegexSpace } from '../shared/place-words.js';
import { foldKey } from '../shared/vietnamese.js';

/** `words` with each run of whitespace made one space and the ends trimmed: `words.replace(/\s+/gu, ' ').trim()`. */
export function collapseWhitespace(words: string): string {
  const last = words.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const code = words.charCodeAt(index);
    const single = code === 0x20 && index > 0 && index < last && words.charCodeAt(index - 1) !== 0x20
      && !isRegexSpace(words.charCodeAt(index + 1));
    if (!single && isRegexSpace(code)) return words.replace(/\s+/gu, ' ').trim();
  }
  return words;
}

/** The text starts with an ASCII digit: `/^\d/u.test(text)`. */
export function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}

/** Upper-case A, E, Y with a tone mark: after a lower-case o or u, lower-casing makes an old-style syllable of them. */
function isUpperTonedAEY(code: number): boolean {
  switch (code) {
    case 0xc0: case 0xc1: case 0xc3: case 0xc8: case 0xc9: case 0xdd: // À Á Ã È É Ý
    case 0x1ea0: case 0x1ea2: case 0x1eb8: case 0x1eba: case 0x1ebc: // Ạ Ả Ẹ Ẻ Ẽ
    case 0x1ef2: case 0x1ef4: case 0x1ef6: case 0x1ef8: // Ỳ Ỵ Ỷ Ỹ
      return true;
    default:
      return false;
  }
}

/**
 * `foldKey(words)` for words from the document's text, which is NFC with the modern tone placement already
 * (input/normalize.ts): lower case and spacing are all folding changes there. Except where lower-casing itself
 * makes an old-style syllable (`hoÀ` → `hoà`, which normalization left alone): such text is folded in full.
 */
export function foldDocumentText(words: string): string {
  for (let index = 0; index < words.length; index += 1) {
    if (isUpperTonedAEY(words.charCodeAt(index))) return foldKey(words);
  }
  return collapseWhitespace(words.toLowerCase());
}
