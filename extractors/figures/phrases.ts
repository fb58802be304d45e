// Word lists looked up over tokens. A lexicon's entries (`nước thành viên`, `đô-la`, `°c`, `bộ, ngành`) are split
// into figure tokens once, at load, into a tree keyed by token keys, so that a phrase in the text is found by
// walking its tokens down the tree: no key is built from the text's words, and the walk stops at the first token
// no entry continues with.
//
// The rules try many lexicons at one token (a unit after a number: percent, currency, duration, measure, counted
// noun, classifier...), and most of them open with none of its words. So every lexicon has a bit, and each word
// that opens an entry of some lexicon has the bits of those lexicons (LEXICONS_BY_WORD): a token's bits are looked
// up once, the first time a rule asks, and kept beside the tokens (`FigureTokens.lexicons`); a lexicon that the
// token does not open costs a bit test, not a Map lookup.
import { tokenize } from '../../input/tokens.js';
import {
  figureTokens,
  isGlued,
  kindAt,
  rememberWordLexicons,
  DIGITS,
  LINE_BREAK,
  PUNCT,
  type FigureContext,
  type FigureToken,
  type FigureTokens,
} from './tokens.js';

/** A word list looked up by key: a Set of keys, or a Map from keys. */
export type PhraseLexicon = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/**
 * One step into a lexicon's tree: the tokens read so far, and what may follow them (null when nothing does: most
 * nodes end an entry, and an empty Map still costs memory the lookups then walk through).
 */
export interface PhraseNode {
  /** The lexicon's key when the tokens read so far make one of its entries. */
  entry: string | null;
  /** How many tokens lead here from the root (the length of the phrase that ends here). */
  readonly length: number;
  /** The next token's key, when a space stands before it (and the first token's, at the root). */
  spaced: Map<string, PhraseNode> | null;
  /** The next token's key, when it is glued to the one before (`đô-la`, `°c`). */
  glued: Map<string, PhraseNode> | null;
}

/** A lexicon's tree; its root's `spaced` holds the entries' first tokens, and `bit` is the lexicon's. */
export interface PhraseTree extends PhraseNode {
  readonly bit: number;
}

/** A set of single words looked up by a token's key, with its lexicon bit. */
export interface WordSet {
  readonly words: ReadonlySet<string>;
  readonly bit: number;
}

/** For each word that opens an entry of some lexicon (a tree or a word set), the bits of those lexicons. */
const LEXICONS_BY_WORD = new Map<string, number>();
/** The bits given so far; bit 30 marks a token's bits as looked up (see lexiconsAt), so 29 lexicons at most. */
let lexiconCount = 0;
const LOOKED_UP = 1 << 30;
/**
 * Bit 29: the word is the second of a two-word entry in some tree (`thoại` of `điện thoại`). A pair is looked up
 * mostly to see whether the word before a number ends one, and most words end none.
 */
const SECOND_OF_PAIR = 1 << 29;

function newLexiconBit(): number {
  if (lexiconCount === 29) throw new Error('phrases: more than 29 lexicons have bits');
  const bit = 1 << lexiconCount;
  lexiconCount += 1;
  return bit;
}

function markWord(key: string, bit: number): void {
  LEXICONS_BY_WORD.set(key, (LEXICONS_BY_WORD.get(key) ?? 0) | bit);
}

/**
 * The bits of the lexicons that the key of token `index` opens an entry of (0 past either end). Looked up once per
 * token, and once per word while the figure tokens' word table holds it (rememberWordLexicons: its later tokens come
 * with their bits); every lexicon is made at load, before any text is read, so the bits are complete when first asked.
 */
export function lexiconsAt(context: FigureTokens, index: number): number {
  const known = context.lexicons[index];
  if (known === undefined) return 0;
  if (known !== 0) return known;
  const token = context.tokens[index];
  if (token === undefined) return 0;
  const bits = LEXICONS_BY_WORD.get(token.key) ?? 0;
  context.lexicons[index] = bits | LOOKED_UP;
  rememberWordLexicons(token, bits | LOOKED_UP);
  return bits;
}

/** A word set with its lexicon bit. */
export function wordSet(words: ReadonlySet<string>): WordSet {
  const bit = newLexiconBit();
  for (const word of words) markWord(word, bit);
  return { words, bit };
}

/** Whether the key of token `index` is one of a word set's. */
export function isInSetAt(context: FigureTokens, index: number, set: WordSet): boolean {
  return (lexiconsAt(context, index) & set.bit) !== 0;
}

function emptyNode(length: number): PhraseNode {
  return { entry: null, length, spaced: null, glued: null };
}

/**
 * The tree of a lexicon's keys, each split into figure tokens. An entry whose tokens, joined back (a space where
 * the entry has one), are not the entry itself could never match a phrase of the text, and is left out.
 */
export function phraseTree(lexicon: PhraseLexicon): PhraseTree {
  const root: PhraseTree = { entry: null, length: 0, spaced: null, glued: null, bit: newLexiconBit() };
  for (const entry of lexicon.keys()) {
    const split = figureTokens(entry, tokenize(entry));
    let node: PhraseNode = root;
    let joined = '';
    for (let index = 0; index < split.count; index += 1) {
      const token = split.tokens[index] as FigureToken;
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
        next = emptyNode(index + 1);
        edges.set(token.key, next);
      }
      node = next;
    }
    if (joined === entry && split.count > 0) node.entry = entry;
  }
  for (const [first, node] of root.spaced ?? []) {
    markWord(first, root.bit);
    for (const [second, pair] of node.spaced ?? []) if (pair.entry !== null) markWord(second, SECOND_OF_PAIR);
  }
  return root;
}

/** Marks that may stand inside a phrase: `bộ, ngành`, `đô-la`, `%`, the dot of titles joined (`PGS.TS`). */
const PHRASE_MARKS: ReadonlySet<string> = new Set([',', '-', '%', '.']);

/**
 * What phraseAt found: the lexicon's key for the phrase, and how many tokens it takes. It is the tree's node where the
 * phrase ends, so that a match costs no object of its own.
 */
export interface PhraseMatch {
  readonly entry: string;
  readonly length: number;
}

function endsEntry(node: PhraseNode): node is PhraseNode & PhraseMatch {
  return node.entry !== null;
}

/**
 * The longest phrase of a lexicon (its tree) starting at token `index`, at most `maxWords` tokens, on one line.
 * Tokens inside a phrase are words, or a comma / hyphen / percent sign / dot (`bộ, ngành`, `đô-la`, `%`, `PGS.TS`);
 * a phrase may open with any mark (`%`, `°c`), never with digits.
 */
export function phraseAt(context: FigureContext, index: number, tree: PhraseTree, maxWords = 5): PhraseMatch | null {
  if ((lexiconsAt(context, index) & tree.bit) === 0) return null;
  const { tokens } = context;
  let node: PhraseNode = tree;
  let found: PhraseMatch | null = null;
  for (let at = index; at < index + maxWords; at += 1) {
    const token = tokens[at];
    const kind = kindAt(context, at);
    if (!token || kind === LINE_BREAK || kind === DIGITS) break;
    if (kind === PUNCT && at > index && !PHRASE_MARKS.has(token.text)) break;
    const next = (at > index && isGlued(context, at) ? node.glued : node.spaced)?.get(token.key);
    if (!next) break;
    node = next;
    if (endsEntry(node)) found = node;
  }
  return found;
}

/**
 * The phrase `match` found at token `index`, as written: its entry itself when written so (most units are: `doanh
 * nghiệp`, `tấn`), which spares cutting a new string from the text for every figure.
 */
export function phraseText(context: FigureContext, index: number, match: PhraseMatch): string {
  const first = context.tokens[index] as FigureToken;
  const last = context.tokens[index + match.length - 1] as FigureToken;
  const { entry } = match;
  if (last.end - first.start !== entry.length || !context.text.startsWith(entry, first.start)) return context.text.slice(first.start, last.end);
  return entry;
}

/**
 * The entry of a lexicon (its tree) that tokens `[from, to)` make, read as words with a space between each (the
 * caller has checked they are), or null.
 */
export function wordsEntry(context: FigureContext, from: number, to: number, tree: PhraseTree): string | null {
  if (from < to && (lexiconsAt(context, from) & tree.bit) === 0) return null;
  let node: PhraseNode | undefined = tree;
  for (let at = from; at < to && node; at += 1) node = node.spaced?.get(context.tokens[at]?.key ?? '');
  return node?.entry ?? null;
}

/** Whether tokens `index` and `index + 1` make an entry of a lexicon (its tree) as two words with a space. */
export function isWordPairAt(context: FigureContext, index: number, tree: PhraseTree): boolean {
  if ((lexiconsAt(context, index + 1) & SECOND_OF_PAIR) === 0 || (lexiconsAt(context, index) & tree.bit) === 0) return false;
  const first = context.tokens[index];
  const second = context.tokens[index + 1];
  if (!first || !second) return false;
  return (tree.spaced?.get(first.key)?.spaced?.get(second.key)?.entry ?? null) !== null;
}

/** Whether the key of token `index` alone is an entry of a lexicon (its tree). */
export function isWordEntryAt(context: FigureContext, index: number, tree: PhraseTree): boolean {
  if ((lexiconsAt(context, index) & tree.bit) === 0) return false;
  const token = context.tokens[index];
  return token !== undefined && (tree.spaced?.get(token.key)?.entry ?? null) !== null;
}
