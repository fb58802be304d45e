// The figures extractor reads the text as tokens: syllables, digit numbers (`1.233`, `12,5`), line breaks and single
// punctuation marks, each with whether it is glued to the one before (no space between). Rules look at tokens by
// index, so a rule's context is a few tokens either side and the whole scan stays linear.
//
// They are made from the article's `tokens` annotation (input/tokens.ts) rather than from the text again: a word of
// letters or a single mark there is the same token here, its text and key reused. Only a word holding digits or
// joiners (`Covid-19`, `5kg`, `VietQ.vn`, `m2`) and a number whose decimal comma the annotation splits (`12`, `,`,
// `5` there; `12,5` here) are read again character by character, and line breaks are looked for only where the
// annotation saw one.
import type { Token } from '../../pipeline/document.js';

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

// Character classes of the tokenizer, in the low three bits: letters and combining marks, ASCII digits, a line
// break, white space, anything else. Two flags ride above them.
const UNKNOWN = 0;
const LETTER = 1;
const DIGIT = 2;
const BREAK = 3;
const SPACE = 4;
const OTHER = 5;
const CLASS_BITS = 7;
/** The character is a surrogate pair (two UTF-16 units). */
const PAIR = 8;
/** Lower-casing changes the character (`Đ`, `A`): a word holding one needs `toLowerCase` for its key. */
const CASED = 16;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const WHITE_SPACE = /^\s$/u;
const NOT_LETTER_OR_DIGIT_AFTER = /^[^\p{L}\p{M}\p{N}]?$/u;

/** The class and flags of every UTF-16 unit met so far (surrogate pairs are classed each time, see classAt). */
const CLASS_OF_UNIT = new Uint8Array(0x10000);

function classOfCodePoint(character: string): number {
  if (character === '\n') return BREAK;
  if (character.length === 1) {
    const code = character.charCodeAt(0);
    if (code >= 48 && code <= 57) return DIGIT;
  }
  if (LETTER_OR_MARK.test(character)) return character.toLowerCase() === character ? LETTER : LETTER | CASED;
  return WHITE_SPACE.test(character) ? SPACE : OTHER;
}

/** The class and flags of the UTF-16 unit `code` alone (a surrogate is OTHER: see classAt for pairs). */
function classOfUnit(code: number): number {
  let charClass = CLASS_OF_UNIT[code] ?? UNKNOWN;
  if (charClass === UNKNOWN) {
    charClass = classOfCodePoint(String.fromCharCode(code));
    CLASS_OF_UNIT[code] = charClass;
  }
  return charClass;
}

/** The class and flags of the character at `offset` (PAIR for a code point above U+FFFF). */
function classAt(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(offset + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOfCodePoint(text.slice(offset, offset + 2)) | PAIR;
  }
  return classOfUnit(code);
}

/**
 * The figure tokens of a text, from its `tokens` annotation (`words`, input/tokens.ts): one pass over the words,
 * each taken as it is when it is letters only or a single mark, read again character by character otherwise.
 */
export function figureTokens(text: string, words: readonly Token[]): FigureToken[] {
  const tokens: FigureToken[] = [];
  /** Where the last figure token ends (a line break's included): the next one is glued when it starts there. */
  let previousEnd = -1;
  /** How far the text is read: a number read again may run over words of the annotation (`12`, `,`, `5`). */
  let covered = 0;
  let index = 0;
  while (index < words.length) {
    const word = words[index] as Token;
    index += 1;
    if (word.breakBefore) previousEnd = pushBreaks(text, covered, word.start, previousEnd, tokens);
    const kind = sameKind(text, word);
    if (kind !== null) {
      tokens.push({ start: word.start, end: word.end, text: word.text, key: kind === 'word' ? word.key : word.text, kind, glued: word.start === previousEnd });
      previousEnd = word.end;
      covered = word.end;
      continue;
    }
    // Read the word again, and on over the words a number swallows, to the end of the last word it reaches into.
    let at = word.start;
    let until = word.end;
    while (at < until) {
      at = pushTokenAt(text, at, previousEnd, tokens);
      previousEnd = at;
      while (index < words.length && (words[index] as Token).start < at) {
        until = Math.max(until, (words[index] as Token).end);
        index += 1;
      }
    }
    covered = at;
  }
  pushBreaks(text, covered, text.length, previousEnd, tokens);
  return tokens;
}

/**
 * The kind of an annotation word that is one figure token as it stands: `word` for letters and marks only, `punct`
 * for a single mark that is no letter, digit or space; null when it must be read again (digits, joiners, `m2`).
 */
function sameKind(text: string, word: Token): TokenKind | null {
  const { start, end } = word;
  if (end - start === 1) {
    const single = classOfUnit(text.charCodeAt(start)) & CLASS_BITS;
    return single === LETTER ? 'word' : single === OTHER && !isSurrogate(text.charCodeAt(start)) ? 'punct' : null;
  }
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (isSurrogate(code) || (classOfUnit(code) & CLASS_BITS) !== LETTER) return null;
  }
  return 'word';
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** A break token for each line break in `[from, to)` (white space between words); returns the last one's end. */
function pushBreaks(text: string, from: number, to: number, previousEnd: number, tokens: FigureToken[]): number {
  let end = previousEnd;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
    tokens.push({ start: at, end: at + 1, text: '\n', key: '\n', kind: 'break', glued: at === end });
    end = at + 1;
  }
  return end;
}

/**
 * Reads the one token at `at` (no space there), character by character: a word (a run of letters and marks; `m2`,
 * `km3` are one word, units of area and volume), digits (`1.233`, `12,5`), a line break, or any other single mark.
 * Pushes it and returns its end.
 */
function pushTokenAt(text: string, at: number, previousEnd: number, tokens: FigureToken[]): number {
  const flags = classAt(text, at);
  const charClass = flags & CLASS_BITS;
  const start = at;
  let end = at;
  let kind: TokenKind;
  let cased = false;
  if (charClass === LETTER) {
    kind = 'word';
    const areaOrVolume = areaOrVolumeUnitEnd(text, at);
    if (areaOrVolume > 0) end = areaOrVolume;
    else {
      // The run of letters and marks, noting whether any of them changes in lower case.
      for (let letter = flags; (letter & CLASS_BITS) === LETTER; letter = end < text.length ? classAt(text, end) : UNKNOWN) {
        if (letter & CASED) cased = true;
        end += letter & PAIR ? 2 : 1;
      }
    }
  } else if (charClass === DIGIT) {
    kind = 'digits';
    end = digitNumberEnd(text, at);
  } else {
    kind = charClass === BREAK ? 'break' : 'punct';
    end += flags & PAIR ? 2 : 1;
  }
  const written = text.slice(start, end);
  tokens.push({ start, end, text: written, key: cased ? written.toLowerCase() : written, kind, glued: start === previousEnd });
  return end;
}
/** `\d+(?:[.,]\d+)*`: digits, and more digits after each single dot or comma. */
function digitNumberEnd(text: string, from: number): number {
  let at = digitsEnd(text, from);
  for (;;) {
    const mark = text.charCodeAt(at);
    if ((mark !== 46 && mark !== 44) || !isAsciiDigit(text.charCodeAt(at + 1))) return at;
    at = digitsEnd(text, at + 1);
  }
}

function digitsEnd(text: string, from: number): number {
  let at = from;
  while (isAsciiDigit(text.charCodeAt(at))) at += 1;
  return at;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `m2`, `km3`, `cm2`, `dm3` at `from` with no letter or digit after: its end, else 0. */
function areaOrVolumeUnitEnd(text: string, from: number): number {
  const first = text.charCodeAt(from);
  const m = first === 109 ? from : first === 107 || first === 99 || first === 100 ? from + 1 : -1;
  if (m < 0 || text.charCodeAt(m) !== 109) return 0;
  const power = text.charCodeAt(m + 1);
  if (power !== 50 && power !== 51) return 0;
  const afterCode = text.codePointAt(m + 2);
  const after = afterCode === undefined ? '' : String.fromCodePoint(afterCode);
  return NOT_LETTER_OR_DIGIT_AFTER.test(after) ? m + 2 : 0;
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

/** A word list looked up by key: a Set of keys, or a Map from keys. */
export type PhraseLexicon = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/** Every prefix of every key of a lexicon, so that a phrase stops growing once no entry starts with it. */
const PREFIXES_OF = new WeakMap<PhraseLexicon, ReadonlySet<string>>();

function prefixesOf(lexicon: PhraseLexicon): ReadonlySet<string> {
  let prefixes = PREFIXES_OF.get(lexicon);
  if (!prefixes) {
    const all = new Set<string>();
    for (const key of lexicon.keys()) for (let length = 1; length <= key.length; length += 1) all.add(key.slice(0, length));
    prefixes = all;
    PREFIXES_OF.set(lexicon, prefixes);
  }
  return prefixes;
}

/**
 * The longest phrase of `lexicon` starting at token `index`, at most `maxWords` tokens, on one line. Tokens inside a
 * phrase are words, or a comma / hyphen / percent sign (`bộ, ngành`, `đô-la`, `%`). Returns the index after it.
 */
export function phraseAt(
  context: FigureContext,
  index: number,
  lexicon: PhraseLexicon,
  maxWords = 5,
): { readonly next: number; readonly key: string } | null {
  const { tokens } = context;
  const prefixes = prefixesOf(lexicon);
  let key = '';
  let found: { next: number; key: string } | null = null;
  for (let at = index; at < index + maxWords; at += 1) {
    const token = tokens[at];
    if (!token || token.kind === 'break' || token.kind === 'digits') break;
    if (token.kind === 'punct' && at > index && !PHRASE_MARKS.has(token.text)) break;
    key = at === index ? token.key : `${key}${token.glued ? '' : ' '}${token.key}`;
    if (!prefixes.has(key)) break;
    if (lexicon.has(key)) found = { next: at + 1, key };
  }
  return found;
}

/** Marks that may stand inside a phrase: `bộ, ngành`, `đô-la`, `%`. */
const PHRASE_MARKS: ReadonlySet<string> = new Set([',', '-', '%']);

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
