// The words a figure may start with, and a quick test of a word's shape against them: the scan for figures
// (find-figures.ts) starts only at digits and at these words, and the tokenizer (tokens.ts), which reads every word's
// letters anyway, marks the words of their shape so that the scan looks at no other word.
import { NUMBER_WORD_KEYS } from '../shared/numbers.js';

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
