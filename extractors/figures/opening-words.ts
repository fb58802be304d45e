// The words a figure may start with, and a quick test of a word's shape against them: the scan for figures
// (find-figures.ts) starts only at digits and at these words, and the tokenizer (tokens.ts), which reads every word's
// letters anyway, marks the words of their shape so that the scan looks at no other word.
import { NUMBER_WORD_KEYS } from '../shared/numbers.js';

/**
 * Words a figure may start with: number words, `nửa` before a scale word (`nửa triệu`), `thứ`, `lần` and `hạng`
 * (ordinals), `từ` (a range).
 */
export const FIGURE_OPENING_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORD_KEYS, 'nửa', 'thứ', 'lần', 'hạng', 'từ']);

/** The length of the longest opening word (`không`, `nghìn`, `triệu`): a longer word has no shape to look at. */
export const LONGEST_OPENING_WORD = Math.max(...[...FIGURE_OPENING_WORDS].map((word) => word.length));

/**
 * The shapes of the opening words: first, second and last letter and length, folded into twelve bits. Few other words
 * share one (1.8% of the words of news, against 6.6% with the first and last letter alone: `qua`, `hội`, `chức`), and
 * every word that does is looked up in the lexicon by the scan.
 */
const OPENING_SHAPES = new Uint8Array(4096);
for (const word of FIGURE_OPENING_WORDS) OPENING_SHAPES[shapeOfKey(word)] = 1;

function shapeOfKey(key: string): number {
  const second = key.length > 1 ? key.charCodeAt(1) : 0;
  return (key.charCodeAt(0) * 31 + second * 17 + key.charCodeAt(key.length - 1) * 7 + key.length) & 4095;
}

/** Whether a key (lower case) has the shape of an opening word: all of them have, and most other words not. */
export function hasOpeningShape(key: string): boolean {
  return OPENING_SHAPES[shapeOfKey(key)] === 1;
}
