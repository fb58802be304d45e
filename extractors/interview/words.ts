// Word-level helpers over a span of text: folded words, lookups of one- and two-word keys in a lexicon.
import type { TextSpan } from '../../pipeline/document.js';

export interface Word extends TextSpan {
  readonly text: string;
  readonly key: string;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UNKNOWN = 0;
/** A letter, mark or digit that lower case leaves as it is. */
const LOWER = 1;
/** A letter that lower case changes (`T`, `Đ`): its word's key is lower-cased. */
const UPPER = 2;
const OTHER = 3;
/** The class of each character of the Basic Multilingual Plane, filled as characters are met. */
const CLASSES = new Uint8Array(0x10000);

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return OTHER; // a lone surrogate; pairs are read apart
  const char = String.fromCharCode(code);
  if (!WORD_CHAR.test(char)) return OTHER;
  return char.toLowerCase() === char ? LOWER : UPPER;
}

/**
 * The class of the character at `index` (LOWER, UPPER or OTHER) and its length in UTF-16 units, as `class * 4 +
 * length`; an astral word character counts as UPPER, so its word is lower-cased.
 */
function readChar(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) {
    if (code >= 97 && code <= 122) return LOWER * 4 + 1;
    if ((code >= 48 && code <= 57)) return LOWER * 4 + 1;
    return code >= 65 && code <= 90 ? UPPER * 4 + 1 : OTHER * 4 + 1;
  }
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(index, index + 2)) ? UPPER * 4 + 2 : OTHER * 4 + 2;
  }
  let known = CLASSES[code] ?? OTHER;
  if (known === UNKNOWN) {
    known = classify(code);
    CLASSES[code] = known;
  }
  return known * 4 + 1;
}

/**
 * The words of `span`: runs of letters, marks, digits and inner dots (`TS.`, `4.0`), trailing dots left out, each
 * with its lower-case key. One pass over the characters, no regex per word, no lower-casing of a lower-case word.
 */
export function wordsOf(text: string, span: TextSpan): Word[] {
  const words: Word[] = [];
  let index = span.start;
  while (index < span.end) {
    const first = readChar(text, index, span.end);
    if (first >> 2 === OTHER) {
      index += first & 3;
      continue;
    }
    const start = index;
    let upper = first >> 2 === UPPER;
    let end = index + (first & 3); // just after the last word character (trailing dots are left out)
    index = end;
    while (index < span.end) {
      if (text.charCodeAt(index) === 46) {
        index += 1;
        continue;
      }
      const next = readChar(text, index, span.end);
      if (next >> 2 === OTHER) break;
      if (next >> 2 === UPPER) upper = true;
      index += next & 3;
      end = index;
    }
    // The document's text is already NFC with modern tone placement (input/normalize.ts): lower case is its key.
    const raw = text.slice(start, end);
    words.push({ start, end, text: raw, key: upper ? raw.toLowerCase() : raw });
  }
  return words;
}

/** How many words `wordsOf` reads in `span`; once past `limit` it stops counting and returns `limit + 1`. */
export function countWords(text: string, span: TextSpan, limit = Infinity): number {
  let count = 0;
  let index = span.start;
  while (index < span.end) {
    const first = readChar(text, index, span.end);
    index += first & 3;
    if (first >> 2 === OTHER) continue;
    count += 1;
    if (count > limit) return count;
    while (index < span.end) {
      if (text.charCodeAt(index) === 46) {
        index += 1;
        continue;
      }
      const next = readChar(text, index, span.end);
      if (next >> 2 === OTHER) break;
      index += next & 3;
    }
  }
  return count;
}

/** For each lexicon, the first words of its two-word entries: a pair is looked up only after such a word. */
const PAIR_OPENERS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

function pairOpeners(lexicon: ReadonlySet<string>): ReadonlySet<string> {
  let openers = PAIR_OPENERS.get(lexicon);
  if (openers === undefined) {
    openers = new Set([...lexicon].filter((entry) => entry.split(' ').length === 2).map((entry) => entry.split(' ')[0] ?? ''));
    PAIR_OPENERS.set(lexicon, openers);
  }
  return openers;
}

/** True when a word or a pair of adjacent words of `words` is in `lexicon`. */
export function mentionsAny(words: readonly Word[], lexicon: ReadonlySet<string>): boolean {
  const openers = pairOpeners(lexicon);
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    if (word === undefined) continue;
    if (lexicon.has(word.key)) return true;
    const next = words[index + 1];
    if (next !== undefined && openers.has(word.key) && lexicon.has(`${word.key} ${next.key}`)) return true;
  }
  return false;
}

/** How many words from `index` (longest first, up to `longest`) make an entry of `lexicon`; 0 when none does. */
export function phraseAt(words: readonly Word[], index: number, lexicon: ReadonlySet<string>, longest: number): number {
  for (let length = Math.min(longest, words.length - index); length >= 1; length -= 1) {
    const key = words.slice(index, index + length).map((word) => word.key).join(' ');
    if (lexicon.has(key)) return length;
  }
  return 0;
}

/** True when some run of up to `longest` adjacent words of `words` is in `lexicon`. */
export function mentionsPhrase(words: readonly Word[], lexicon: ReadonlySet<string>, longest: number): boolean {
  for (let index = 0; index < words.length; index += 1) if (phraseAt(words, index, lexicon, longest) > 0) return true;
  return false;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
