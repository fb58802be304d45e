// The figures extractor reads the text as tokens: syllables, digit numbers (`1.233`, `12,5`), line breaks and single
// punctuation marks, each with whether it is glued to the one before (no space between). Rules look at tokens by
// index, so a rule's context is a few tokens either side and the whole scan stays linear.

export type TokenKind = 'word' | 'digits' | 'punct' | 'break';

export interface FigureToken {
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly text: string;
  /** Lower case (the text is NFC with modern tone placement already), what lexicon keys are compared with. */
  readonly key: string;
  readonly kind: TokenKind;
  /** No space between this token and the one before. */
  readonly glued: boolean;
}

/** What the rules see: the text, its tokens and where its sentences start. */
export interface FigureContext {
  readonly text: string;
  readonly tokens: readonly FigureToken[];
  /** Offsets where sentences start (from the `sentences` stage). */
  readonly sentenceStarts: ReadonlySet<number>;
}

// Groups: a word (`m2`, `km3` are one word: units of area and volume), digits, a line break, any other mark.
const TOKEN = /((?:[kcd]?m)[23](?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}]+)|(\d+(?:[.,]\d+)*)|(\n)|[^\s]/gu;

export function tokenize(text: string): FigureToken[] {
  const tokens: FigureToken[] = [];
  let previousEnd = -1;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const word = match[0];
    const start = match.index;
    const kind: TokenKind =
      match[1] !== undefined ? 'word' : match[2] !== undefined ? 'digits' : match[3] !== undefined ? 'break' : 'punct';
    const key = kind === 'word' ? word.toLowerCase() : word;
    tokens.push({ start, end: start + word.length, text: word, key, kind, glued: start === previousEnd });
    previousEnd = start + word.length;
  }
  return tokens;
}

export function isWord(token: FigureToken | undefined): token is FigureToken {
  return token !== undefined && token.kind === 'word';
}

export function isLowerWord(token: FigureToken | undefined): token is FigureToken {
  return isWord(token) && token.text === token.key;
}

/** A word written with a capital first letter (`Hai`, `ISO`). */
export function isCapitalized(token: FigureToken | undefined): boolean {
  if (!isWord(token)) return false;
  const first = token.text[0] ?? '';
  return first !== first.toLowerCase();
}

/** True when the token opens a sentence or a line (capital letters there say nothing about names). */
export function opensSentence(context: FigureContext, index: number): boolean {
  const token = context.tokens[index];
  if (!token) return false;
  if (context.sentenceStarts.has(token.start)) return true;
  const before = context.tokens[index - 1];
  return before === undefined || before.kind === 'break' || /^[.!?:;…"“”'‘’(\-–—|•*]$/u.test(before.text);
}

/**
 * The longest phrase of `lexicon` starting at token `index`, at most `maxWords` tokens, on one line. Tokens inside a
 * phrase are words, or a comma / hyphen / percent sign (`bộ, ngành`, `đô-la`, `%`). Returns the index after it.
 */
export function phraseAt(
  context: FigureContext,
  index: number,
  lexicon: { has(key: string): boolean },
  maxWords = 5,
): { readonly next: number; readonly key: string } | null {
  const { tokens } = context;
  let key = '';
  let found: { next: number; key: string } | null = null;
  for (let at = index; at < index + maxWords; at += 1) {
    const token = tokens[at];
    if (!token || token.kind === 'break' || token.kind === 'digits') break;
    if (token.kind === 'punct' && at > index && !/^[,\-%]$/u.test(token.text)) break;
    key = at === index ? token.key : `${key}${token.glued ? '' : ' '}${token.key}`;
    if (lexicon.has(key)) found = { next: at + 1, key };
  }
  return found;
}

/** The lookup key of tokens `[from, to)`: their lower-case text, one space where the text has any. */
export function keyOfTokens(context: FigureContext, from: number, to: number): string {
  let key = '';
  for (let at = from; at < to; at += 1) {
    const token = context.tokens[at];
    if (!token) break;
    key = at === from ? token.key : `${key}${token.glued ? '' : ' '}${token.key}`;
  }
  return key;
}

/** The text of tokens `[from, to)` as written. */
export function tokensText(context: FigureContext, from: number, to: number): string {
  const first = context.tokens[from];
  const last = context.tokens[to - 1];
  if (!first || !last) return '';
  return context.text.slice(first.start, last.end);
}
