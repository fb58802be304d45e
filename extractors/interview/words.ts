// Word-level helpers over a span of text: folded words, lookups of one- and two-word keys in a lexicon.
import type { TextSpan } from '../../pipeline/document.js';

export interface Word extends TextSpan {
  readonly text: string;
  readonly key: string;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
/** Whether each character of the Basic Multilingual Plane is a letter, mark or digit, filled as characters are met. */
const CLASSES = new Uint8Array(0x10000);

/** How many UTF-16 units the word character at `index` takes (1, or 2 for an astral one), or 0 for no word character. */
function wordCharLength(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(index, index + 2)) ? 2 : 0;
  }
  let known = CLASSES[code] ?? OTHER;
  if (known === UNKNOWN) {
    known = code >= 0xd800 && code <= 0xdfff ? OTHER : WORD_CHAR.test(String.fromCharCode(code)) ? WORD : OTHER;
    CLASSES[code] = known;
  }
  return known === WORD ? 1 : 0;
}

/**
 * The words of `span`: runs of letters, marks, digits and inner dots (`TS.`, `4.0`), trailing dots left out, each
 * with its lower-case key. One pass over the characters, no regex per word.
 */
export function wordsOf(text: string, span: TextSpan): Word[] {
  const words: Word[] = [];
  let index = span.start;
  while (index < span.end) {
    const first = wordCharLength(text, index, span.end);
    if (first === 0) {
      index += 1;
      continue;
    }
    const start = index;
    let end = index + first; // just after the last word character (trailing dots are left out)
    index = end;
    while (index < span.end) {
      if (text.charCodeAt(index) === 46) {
        index += 1;
        continue;
      }
      const length = wordCharLength(text, index, span.end);
      if (length === 0) break;
      index += length;
      end = index;
    }
    // The document's text is already NFC with modern tone placement (input/normalize.ts): lower case is its key.
    const raw = text.slice(start, end);
    words.push({ start, end, text: raw, key: raw.toLowerCase() });
  }
  return words;
}

/** True when a word or a pair of adjacent words of `words` is in `lexicon`. */
export function mentionsAny(words: readonly Word[], lexicon: ReadonlySet<string>): boolean {
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    if (word === undefined) continue;
    if (lexicon.has(word.key)) return true;
    const next = words[index + 1];
    if (next !== undefined && lexicon.has(`${word.key} ${next.key}`)) return true;
  }
  return false;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
