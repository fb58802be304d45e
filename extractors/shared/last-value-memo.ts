// A memo of one entry: the value computed for the last key. Stages share what they derive from one article's
// annotations this way (the organization name runs of a token list, read by both acronyms and organizations).
//
// Not a WeakMap: measured, a WeakMap keyed by an article's token list kept that list (~100 KB of tokens an article)
// alive through the young generation's collections, V8 clearing such entries only in a full mark-compact. Every
// article's tokens were then promoted to the old generation and left there as garbage: 144 KB promoted per article,
// scavenges 1.1 s per 2,000 articles, and mark-compacts (on V8's helper threads, the second core) to reclaim it. With
// one entry, the last article's value is released when the next article's is set: 4 KB promoted per article.
/**
 * An object key is the same key only as the same object; a string key (an article's text) as the same characters,
 * which for the same article's text V8 answers at once by identity.
 */
export class LastValueMemo<Key extends object | string, Value> {
  private lastKey: Key | null = null;
  private lastValue: Value | undefined = undefined;

  /** The value set for `key`, if `key` was the last one set. */
  get(key: Key): Value | undefined {
    return this.lastKey === key ? this.lastValue : undefined;
  }

  set(key: Key, value: Value): void {
    this.lastKey = key;
    this.lastValue = value;
  }
}
