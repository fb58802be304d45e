// Word-level helpers over a span of text: folded words, lookups of one- and two-word keys in a lexicon.
import type { TextSpan } from '../../pipeline/document.js';

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.]*/gu;

export interface Word extends TextSpan {
  readonly text: string;
  readonly key: string;
}

export function wordsOf(text: string, span: TextSpan): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(span.start, span.end).matchAll(WORD)) {
    const raw = match[0].replace(/\.+$/u, '') || match[0];
    const start = span.start + match.index;
    // The document's text is already NFC with modern tone placement (input/normalize.ts): lower case is its key.
    words.push({ start, end: start + raw.length, text: raw, key: raw.toLowerCase() });
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
