// Word lists looked up over tokens. A lexicon's entries (`nước thành viên`, `đô-la`, `°c`, `bộ, ngành`) are split
// into figure tokens once, at load, into a tree keyed by token keys, so that a phrase in the text is found by
// walking its tokens down the tree: no key is built from the text's words, and the walk stops at the first token
// no entry continues with.
import { tokenize } from '../../input/tokens.js';
import { figureTokens, isGlued, kindAt, DIGITS, LINE_BREAK, PUNCT, type FigureContext } from './tokens.js';

/** A word list looked up by key: a Set of keys, or a Map from keys. */
export type PhraseLexicon = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/**
 * One step into a lexicon's tree: the tokens read so far, and what may follow them (null when nothing does: most
 * nodes end an entry, and an empty Map still costs memory the lookups then walk through).
 */
export interface PhraseNode {
  /** The lexicon's key when the tokens read so far make one of its entries. */
  entry: string | null;
  /** The next token's key, when a space stands before it (and the first token's, at the root). */
  spaced: Map<string, PhraseNode> | null;
  /** The next token's key, when it is glued to the one before (`đô-la`, `°c`). */
  glued: Map<string, PhraseNode> | null;
}

/** A lexicon's tree; its root's `spaced` holds the entries' first tokens. */
export type PhraseTree = PhraseNode;

function emptyNode(): PhraseNode {
  return { entry: null, spaced: null, glued: null };
}

/**
 * The tree of a lexicon's keys, each split into figure tokens. An entry whose tokens, joined back (a space where
 * the entry has one), are not the entry itself could never match a phrase of the text, and is left out.
 */
export function phraseTree(lexicon: PhraseLexicon): PhraseTree {
  const root = emptyNode();
  for (const entry of lexicon.keys()) {
    const split = figureTokens(entry, tokenize(entry));
    let node = root;
    let joined = '';
    split.tokens.forEach((token, index) => {
      const glued = isGlued(split, index);
      joined = index === 0 ? token.key : `${joined}${glued ? '' : ' '}${token.key}`;
      let edges = glued ? node.glued : node.spaced;
      if (!edges) {
        edges = new Map();
        if (glued) node.glued = edges;
        else node.spaced = edges;
      }
      let next = edges.get(token.key);
      if (!next) {
        next = emptyNode();
        edges.set(token.key, next);
      }
      node = next;
    });
    if (joined === entry && split.tokens.length > 0) node.entry = entry;
  }
  return root;
}

/** Marks that may stand inside a phrase: `bộ, ngành`, `đô-la`, `%`. */
const PHRASE_MARKS: ReadonlySet<string> = new Set([',', '-', '%']);

/** What phraseAt found: the token after the phrase, and the lexicon's key for it. */
export interface PhraseMatch {
  readonly next: number;
  readonly key: string;
}

/**
 * The longest phrase of a lexicon (its tree) starting at token `index`, at most `maxWords` tokens, on one line.
 * Tokens inside a phrase are words, or a comma / hyphen / percent sign (`bộ, ngành`, `đô-la`, `%`); a phrase may
 * open with any mark (`%`, `°c`), never with digits.
 */
export function phraseAt(context: FigureContext, index: number, tree: PhraseTree, maxWords = 5): PhraseMatch | null {
  const { tokens } = context;
  let node: PhraseNode = tree;
  let foundKey: string | null = null;
  let foundNext = 0;
  for (let at = index; at < index + maxWords; at += 1) {
    const token = tokens[at];
    const kind = kindAt(context, at);
    if (!token || kind === LINE_BREAK || kind === DIGITS) break;
    if (kind === PUNCT && at > index && !PHRASE_MARKS.has(token.text)) break;
    const next = (at > index && isGlued(context, at) ? node.glued : node.spaced)?.get(token.key);
    if (!next) break;
    node = next;
    if (node.entry !== null) {
      foundKey = node.entry;
      foundNext = at + 1;
    }
  }
  return foundKey === null ? null : { next: foundNext, key: foundKey };
}

/**
 * The entry of a lexicon (its tree) that tokens `[from, to)` make, read as words with a space between each (the
 * caller has checked they are), or null.
 */
export function wordsEntry(context: FigureContext, from: number, to: number, tree: PhraseTree): string | null {
  let node: PhraseNode | undefined = tree;
  for (let at = from; at < to && node; at += 1) node = node.spaced?.get(context.tokens[at]?.key ?? '');
  return node?.entry ?? null;
}

/** Whether `first second` (two words with a space) is an entry of a lexicon (its tree). */
export function isWordPair(tree: PhraseTree, first: string, second: string): boolean {
  return (tree.spaced?.get(first)?.spaced?.get(second)?.entry ?? null) !== null;
}

/** Whether one word's key is an entry of a lexicon (its tree). */
export function isWordEntry(tree: PhraseTree, key: string): boolean {
  return (tree.spaced?.get(key)?.entry ?? null) !== null;
}
