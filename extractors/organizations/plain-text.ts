// Text tests the name stages make many times per article, with character codes instead of regexes: the answers of
// `s.replace(/\s+/gu, ' ').trim()`, `/^\d/u.test(s)` and `foldKey(s)` for the document's text. A regex (or Unicode
// normalization) is a piece of code of its own, cold again by the time the next article comes; names with single
// spaces between words need none. Also the gates' whole-text searches (`text.includes(word)`, `/\d-\d/u.test(text)`),
// written the way V8 searches fastest.
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

/**
 * A word a gate searches the whole text for, with a part of it (`anchor`) that V8 finds faster: V8 looks for a pattern
 * of fewer than 7 characters by `memchr` on the rarer byte of its first character, so a search costs as many stops as
 * that byte occurs in the text (`u` of `uấn luyện viên`, `a` of `ay vợt`: ~3 µs over a seed-size article; `ấ` of
 * `ấn luyện`, 0.2 µs), and a longer pattern (`phát hành `) by a slower Boyer–Moore set-up. The word is in the text
 * only where its anchor is, so the word is searched for only there.
 */
export interface AnchoredWord {
  readonly word: string;
  /** A part of `word` (checked where the gates are made), rare in Vietnamese text from its first character on. */
  readonly anchor: string;
}

/** A gate's word with the part of it searched first; the anchor must be part of the word. */
export function anchoredWord(word: string, anchor: string): AnchoredWord {
  if (!word.includes(anchor)) throw new Error(`The anchor "${anchor}" is no part of "${word}"`);
  return { word, anchor };
}

/** `text.includes(word)` for any of the words, each searched by its anchor first. */
export function includesAnyWord(text: string, words: readonly AnchoredWord[]): boolean {
  for (let index = 0; index < words.length; index += 1) {
    const { word, anchor } = words[index] as AnchoredWord;
    if (text.includes(anchor) && (anchor === word || text.includes(word))) return true;
  }
  return false;
}

/**
 * An ASCII digit, a hyphen and an ASCII digit in the text (a score, `3-0`): `/\d-\d/u.test(text)`, by native searches
 * for the hyphen (rare in most articles) instead of a regex tried at each of the text's characters.
 */
export function includesDigitHyphenDigit(text: string): boolean {
  for (let hyphen = text.indexOf('-', 1); hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
    if (isAsciiDigit(text.charCodeAt(hyphen - 1)) && isAsciiDigit(text.charCodeAt(hyphen + 1))) return true;
  }
  return false;
}

function isAsciiDigit(code: number): boolean {
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
