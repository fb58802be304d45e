// The words a figure may start with, and a quick test of a word's shape against them: the scan for figures
// (find-figures.ts) starts only at digits and at these words, and the tokenizer (tokens.ts), which reads every word's
// letters anyway, marks the words of their shape so that the scan looks at no other word.
import { NUMBER_WORD_KEYS } from '../shared/numbers.js';
import { plainLowerCase } from './characters.js';

/** Words a figure may start with: number words, `thứ` and `lần` (ordinals), `từ` (a range). */
export const FIGURE_OPENING_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORD_KEYS, 'thứ', 'lần', 'từ']);

/** The shapes of the opening words (first letter, last letter and length, folded into ten bits). */
const OPENING_SHAPES = new Uint8Array(1024);
for (const word of FIGURE_OPENING_WORDS) OPENING_SHAPES[shapeOfKey(word)] = 1;

function shapeOf(first: number, last: number, length: number): number {
  return (first * 31 + last * 7 + length) & 1023;
}

function shapeOfKey(key: string): number {
  return shapeOf(key.charCodeAt(0), key.charCodeAt(key.length - 1), key.length);
}

/** Whether a key (lower case) has the shape of an opening word: all of them have, and most other words not. */
export function hasOpeningShape(key: string): boolean {
  return OPENING_SHAPES[shapeOfKey(key)] === 1;
}

/**
 * Whether a word of `length` letters, `first` and `last` as written, has the shape of an opening word once in lower
 * case: from the letters the tokenizer has at hand, and from the word's `key` only when the first or last letter has a
 * case of its own beyond ASCII (`Đ`, `Ộ`). Lower-casing keeps the length of every letter an opening word has.
 */
export function hasOpeningShapeOfLetters(first: number, last: number, length: number, key: string): boolean {
  const lowerFirst = plainLowerCase(first);
  const lowerLast = plainLowerCase(last);
  if (lowerFirst === 0 || lowerLast === 0) return hasOpeningShape(key);
  return OPENING_SHAPES[shapeOf(lowerFirst, lowerLast, length)] === 1;
}
