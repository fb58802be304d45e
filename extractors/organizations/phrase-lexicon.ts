// A set of phrases of one to a few words (heads, titles, field words), matched against name tokens at a position:
// the longest phrase wins. Keys are folded; a phrase's first word is looked up first, so most positions are
// refused in one Set lookup.
import { foldKey } from '../shared/vietnamese.js';
import type { NameToken } from './name-tokens.js';

export class PhraseLexicon {
  private readonly phrases: ReadonlySet<string>;
  private readonly firstWords: ReadonlySet<string>;
  readonly maxWords: number;

  constructor(phrases: readonly string[]) {
    const keys = phrases.map(foldKey);
    this.phrases = new Set(keys);
    this.firstWords = new Set(keys.map((key) => key.split(' ')[0] ?? key));
    this.maxWords = Math.max(1, ...keys.map((key) => key.split(' ').length));
  }

  has(key: string): boolean {
    return this.phrases.has(key);
  }

  /**
   * Length in tokens of the longest phrase starting at token `index`, or 0. Words only, on one line; with
   * `lowerOnly`, every word in lower case (`nhân dân` after a head, not a capitalized name).
   */
  matchLength(tokens: readonly NameToken[], index: number, lowerOnly = false): number {
    const first = tokens[index];
    if (!first || !first.isWord || !this.firstWords.has(first.key) || (lowerOnly && !first.lower)) return 0;
    let key = first.key;
    let longest = this.phrases.has(key) ? 1 : 0;
    for (let count = 2; count <= this.maxWords; count += 1) {
      const token = tokens[index + count - 1];
      if (!token || !token.isWord || token.breakBefore || (lowerOnly && !token.lower)) break;
      key = `${key} ${token.key}`;
      if (this.phrases.has(key)) longest = count;
    }
    return longest;
  }
}
