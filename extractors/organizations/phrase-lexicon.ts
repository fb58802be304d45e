// A set of phrases of one to a few words (heads, titles, field words), matched against name tokens at a position:
// the longest phrase wins. Keys are folded; the phrases are a trie by word, so a position is refused in one Map
// lookup and a match reads each word once, building no strings.
import { foldKey } from '../shared/vietnamese.js';
import type { Token } from '../../input/tokens.js';

interface PhraseNode {
  /** A phrase ends with this word. */
  complete: boolean;
  readonly next: Map<string, PhraseNode>;
}

export class PhraseLexicon {
  private readonly phrases: ReadonlySet<string>;
  private readonly root: PhraseNode = { complete: false, next: new Map() };
  readonly maxWords: number;

  constructor(phrases: readonly string[]) {
    const keys = phrases.map(foldKey);
    this.phrases = new Set(keys);
    this.maxWords = Math.max(1, ...keys.map((key) => key.split(' ').length));
    for (const key of keys) {
      let node = this.root;
      for (const word of key.split(' ')) {
        let child = node.next.get(word);
        if (!child) {
          child = { complete: false, next: new Map() };
          node.next.set(word, child);
        }
        node = child;
      }
      node.complete = true;
    }
  }

  has(key: string): boolean {
    return this.phrases.has(key);
  }

  /**
   * Length in tokens of the longest phrase starting at token `index`, or 0. Words only, on one line; with
   * `lowerOnly`, every word in lower case (`nhân dân` after a head, not a capitalized name).
   */
  matchLength(tokens: readonly Token[], index: number, lowerOnly = false): number {
    const first = tokens[index];
    if (!first || !first.isWord || (lowerOnly && !first.lower)) return 0;
    let node = this.root.next.get(first.key);
    if (!node) return 0;
    let longest = node.complete ? 1 : 0;
    for (let count = 2; count <= this.maxWords; count += 1) {
      const token = tokens[index + count - 1];
      if (!token || !token.isWord || token.breakBefore || (lowerOnly && !token.lower)) break;
      node = node.next.get(token.key);
      if (!node) break;
      if (node.complete) longest = count;
    }
    return longest;
  }
}
