// Lexicons the interview rules look words up in, as trees of lower-case characters: a word of the text walks the
// tree straight from its characters, with no string made for it, and most words leave the tree at their first or
// second character. Entries are lower-case words, or phrases of words joined by one space. A word with a unit that
// lowerUnit cannot lower alone is lower-cased as a string instead.
import { IRREGULAR_LOWER, lowerUnit } from '../shared/lower-units.js';

/** A character of the lexicon's tree: the entries it goes on to, by their next character. */
export interface LexiconNode {
  /** True when the characters up to this one are a whole entry. */
  entry: boolean;
  readonly next: Map<number, LexiconNode>;
}

/** What joins the words of a phrase. */
export const SPACE = 0x20;

/**
 * Lower-case words and phrases (words joined by one space), kept as a tree of their characters, so that a word of
 * the text is looked up from its characters: most words leave the tree at their first or second character.
 */
export class WordLexicon {
  readonly entries: ReadonlySet<string>;
  readonly root: LexiconNode = { entry: false, next: new Map() };

  constructor(entries: Iterable<string>) {
    this.entries = new Set(entries);
    for (const entry of this.entries) {
      let node = this.root;
      for (let index = 0; index < entry.length; index += 1) {
        const code = entry.charCodeAt(index);
        let next = node.next.get(code);
        if (next === undefined) {
          next = { entry: false, next: new Map() };
          node.next.set(code, next);
        }
        node = next;
      }
      node.entry = true;
    }
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }
}

/** Where `key`'s characters lead from `node`; undefined when they leave the tree. */
function walkString(node: LexiconNode, key: string): LexiconNode | undefined {
  let at: LexiconNode | undefined = node;
  for (let index = 0; index < key.length && at !== undefined; index += 1) at = at.next.get(key.charCodeAt(index));
  return at;
}

/**
 * Where the lower case of `text` from `start` to `end` leads from `node`; undefined when it leaves the tree.
 * `lowers` false says the stretch has no character that lower case changes.
 */
export function walkLowerCase(node: LexiconNode, text: string, start: number, end: number, lowers: boolean): LexiconNode | undefined {
  let at: LexiconNode | undefined = node;
  for (let position = start; position < end; position += 1) {
    const code = text.charCodeAt(position);
    const lower = lowers ? lowerUnit(code) : code;
    if (lower === IRREGULAR_LOWER) return walkString(node, text.slice(start, end).toLowerCase());
    at = at.next.get(lower);
    if (at === undefined) return undefined;
  }
  return at;
}

/** True when the lower case of `text` from `start` to `end` is an entry of `lexicon`. */
export function isInLexicon(lexicon: WordLexicon, text: string, start: number, end: number): boolean {
  return walkLowerCase(lexicon.root, text, start, end, true)?.entry === true;
}
