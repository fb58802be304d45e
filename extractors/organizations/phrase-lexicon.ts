// A set of phrases of one to a few words (heads, titles, field words), matched against name tokens at a position:
// the longest phrase wins. Keys are folded; the phrases are a trie by word, so a position is refused in one Map
// lookup and a match reads each word once, building no strings.
import { foldKey } from '../shared/vietnamese.js';
import type { Token } from '../../input/tokens.js';

interface PhraseNode {
  /** The phrase that ends with this word (its folded key), or null. */
  phrase: PhraseMatch | null;
  readonly next: Map<string, PhraseNode>;
}

/** A phrase found at a position: its folded key (its words' keys joined by spaces) and its length in words. */
export interface PhraseMatch {
  readonly key: string;
  readonly words: number;
}

export class PhraseLexicon {
  private readonly phrases: ReadonlySet<string>;
  private readonly root: PhraseNode = { phrase: null, next: new Map() };
  readonly maxWords: number;

  constructor(phrases: readonly string[]) {
    const keys = phrases.map(foldKey);
    this.phrases = new Set(keys);
    this.maxWords = Math.max(1, ...keys.map((key) => key.split(' ').length));
    for (const key of keys) {
      let node = this.root;
      const words = key.split(' ');
      for (const word of words) {
        let child = node.next.get(word);
        if (!child) {
          child = { phrase: null, next: new Map() };
          node.next.set(word, child);
        }
        node = child;
      }
      node.phrase = { key, words: words.length };
    }
  }

  has(key: string): boolean {
    return this.phrases.has(key);
  }

  /** The first words of the phrases (folded). */
  firstWords(): Iterable<string> {
    return this.root.next.keys();
  }

  /**
   * The `count` words from token `index`, on one line, are a phrase of the set: what `has` says of their keys
   * joined by spaces, without joining them.
   */
  isPhraseAt(tokens: readonly Token[], index: number, count: number): boolean {
    let node: PhraseNode | undefined = this.root;
    for (let offset = 0; offset < count; offset += 1) {
      const token = tokens[index + offset];
      if (!token || !token.isWord || (offset > 0 && token.breakBefore)) return false;
      node = node.next.get(token.key);
      if (!node) return false;
    }
    return node.phrase !== null;
  }

  /**
   * Length in tokens of the longest phrase starting at token `index`, or 0. Words only, on one line; with
   * `lowerOnly`, every word in lower case (`nhân dân` after a head, not a capitalized name).
   */
  matchLength(tokens: readonly Token[], index: number, lowerOnly = false): number {
    return this.longestAt(tokens, index, lowerOnly)?.words ?? 0;
  }

  /**
   * The longest phrase starting at token `index`, as `matchLength` finds it, or null. Builds nothing. With
   * `restLowerOnly`, the words after the first in lower case whatever the first (`Công nghệ thông tin`).
   */
  longestAt(tokens: readonly Token[], index: number, lowerOnly = false, restLowerOnly = lowerOnly): PhraseMatch | null {
    const first = tokens[index];
    if (!first || !first.isWord || (lowerOnly && !first.lower)) return null;
    let node = this.root.next.get(first.key);
    if (!node) return null;
    let longest = node.phrase;
    for (let count = 2; count <= this.maxWords; count += 1) {
      const token = tokens[index + count - 1];
      if (!token || !token.isWord || token.breakBefore || (restLowerOnly && !token.lower)) break;
      node = node.next.get(token.key);
      if (!node) break;
      if (node.phrase) longest = node.phrase;
    }
    return longest;
  }
}
