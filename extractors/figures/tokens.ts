// The figures extractor reads the text as tokens: syllables, digit numbers (`1.233`, `12,5`), line breaks and single
// punctuation marks, each with whether it is glued to the one before (no space between). Rules look at tokens by
// index, so a rule's context is a few tokens either side and the whole scan stays linear.
//
// They are made from the article's `tokens` annotation (input/tokens.ts) rather than from the text again: a word of
// letters or a single mark there is the same token here, the very object. Only a word holding digits or joiners
// (`Covid-19`, `5kg`, `VietQ.vn`, `m2`) and a number whose decimal comma the annotation splits (`12`, `,`, `5` there;
// `12,5` here) are read again character by character, and line breaks are looked for only where the annotation saw
// one. A word that is one digit number as it stands (`400`, `1.233`) is its annotation token too. Kinds and glue are
// kept beside the tokens, a byte per token, so that no token needs an object of its own; characters are classed by
// characters.ts.
import type { TextSpan, Token } from '../../pipeline/document.js';
import { BREAK, CASED, CLASS_BITS, classAt, classOfUnit, DIGIT, isAsciiDigit, isSurrogate, LETTER, OTHER, PAIR, UNKNOWN } from './characters.js';
import { hasOpeningShape, LONGEST_OPENING_WORD } from './opening-words.js';

/** A token as the rules read it (an annotation word satisfies it as it is). */
export interface FigureToken {
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly text: string;
  /** Lower case (the text is NFC with modern tone placement already), what lexicon keys are compared with. */
  readonly key: string;
}

/**
 * The figure tokens of a text, with the kind and glue of each (`flags[i]` for `tokens[i]`). The arrays may be longer
 * than `count` (they are kept from article to article, see figureTokens): past the last token, `tokens` holds
 * `undefined` and `flags` and `lexicons` 0.
 */
export interface FigureTokens {
  readonly tokens: readonly (FigureToken | undefined)[];
  readonly count: number;
  readonly flags: Uint8Array;
  /**
   * The lexicons each token's key opens an entry of (phrases.ts `lexiconsAt`): a word's as the word table knew them
   * when the token was read (see rememberWordLexicons), else filled in as the rules ask; 0 until then.
   */
  readonly lexicons: Int32Array;
}

/** What the rules see: the text, its tokens, and its sentences (from the `sentences` stage, in order). */
export interface FigureContext extends FigureTokens {
  readonly text: string;
  readonly sentences: readonly TextSpan[];
}

/** Token kinds. A run of letters and marks (`người`, `Covid`), or a unit of area or volume (`m2`, `km3`). */
export const WORD = LETTER;
/** Digits, with dots and commas between them: `1.233`, `12,5`. */
export const DIGITS = DIGIT;
/** A line break. */
export const LINE_BREAK = BREAK;
/** Any other single mark: `%`, `-`, `(`. */
export const PUNCT = OTHER;
/** A token's flags are its kind (CLASS_BITS) and this bit when no space separates it from the token before. */
const GLUED = 8;
/**
 * And this bit when it is a word of the shape of one that may open a figure (opening-words.ts): set here, where every
 * word is read anyway, so that the scan for figures looks at no other word.
 */
const OPENING_SHAPE = 16;

const NOT_LETTER_OR_DIGIT_AFTER = /^[^\p{L}\p{M}\p{N}]?$/u;

/**
 * The figure tokens of a text, from its `tokens` annotation (`words`, input/tokens.ts): one pass over the words,
 * each taken as it is when it is letters only or a single mark, read again character by character otherwise.
 */
export function figureTokens(text: string, words: readonly Token[]): FigureTokens {
  const { tokens, flags, lexicons } = buffersFor(text.length);
  const pool = tokens === keptTokens ? keptReadTokens : [];
  pooledCount = 0;
  let count = 0;
  /** Where the last figure token ends (a line break's included): the next one is glued when it starts there. */
  let previousEnd = -1;
  /** How far the text is read: a number read again may run over words of the annotation (`12`, `,`, `5`). */
  let covered = 0;
  let index = 0;
  while (index < words.length) {
    const word = words[index] as Token;
    index += 1;
    if (word.breakBefore) {
      // The line breaks in the white space before the word (read a character at a time: `indexOf` would run on to
      // the next line's end, past the word).
      for (let at = covered; at < word.start; at += 1) {
        if (text.charCodeAt(at) !== 10) continue;
        flags[count] = at === previousEnd ? LINE_BREAK | GLUED : LINE_BREAK;
        tokens[count] = pooledToken(pool).filled(at, at + 1, '\n', '\n', LINE_BREAK);
        lexicons[count] = 0;
        count += 1;
        previousEnd = at + 1;
      }
    }
    const reading = readingAsItStands(text, word, lexicons, count);
    if (reading !== 0) {
      flags[count] = word.start === previousEnd ? reading | GLUED : reading;
      // A mark's key is as written (the annotation lower-cases a few symbols, `Ⓐ`).
      tokens[count] = reading === PUNCT && word.key !== word.text ? pooledToken(pool).filled(word.start, word.end, word.text, word.text, PUNCT) : word;
      count += 1;
      previousEnd = word.end;
      covered = word.end;
      continue;
    }
    // Read the word again, and on over the words a number swallows, to the end of the last word it reaches into.
    let at = word.start;
    let until = word.end;
    while (at < until) {
      const token = tokenAt(text, at, pooledToken(pool));
      const shape = token.kind === WORD && hasOpeningShape(token.key) ? OPENING_SHAPE : 0;
      flags[count] = (at === previousEnd ? token.kind | GLUED : token.kind) | shape;
      tokens[count] = token;
      lexicons[count] = 0;
      count += 1;
      at = token.end;
      previousEnd = at;
      while (index < words.length && (words[index] as Token).start < at) {
        until = Math.max(until, (words[index] as Token).end);
        index += 1;
      }
    }
    covered = at;
  }
  for (let at = text.indexOf('\n', covered); at >= 0; at = text.indexOf('\n', at + 1)) {
    flags[count] = at === previousEnd ? LINE_BREAK | GLUED : LINE_BREAK;
    tokens[count] = pooledToken(pool).filled(at, at + 1, '\n', '\n', LINE_BREAK);
    lexicons[count] = 0;
    count += 1;
    previousEnd = at + 1;
  }
  if (tokens === keptTokens) {
    // Past the last token, what the article before left: cleared, so that reading past the end finds nothing.
    tokens.fill(undefined, count, keptCount);
    flags.fill(0, count, keptCount);
    lexicons.fill(0, count, keptCount);
    keptCount = count;
  }
  return { tokens, count, flags, lexicons };
}

// The arrays of figureTokens are kept from article to article and grown when an article needs more: new ones per
// article were ~20 KB an article for the collector. An article of more than KEPT_UP_TO characters (a hostile text)
// gets arrays of its own, which are not kept. The stage reads one article's tokens at a time, so one set does.
const KEPT_UP_TO = 100_000;
let keptTokens: (FigureToken | undefined)[] = [];
let keptFlags = new Uint8Array(0);
let keptLexicons = new Int32Array(0);
/** How many entries of the kept arrays the last article filled. */
let keptCount = 0;
/**
 * The tokens that are no annotation token as they stand (line breaks, words read again), kept too and filled again for
 * every article (~120 an article, 9 KB for the collector when new): like the arrays, they hold one article's tokens at
 * a time. A hostile text's get a pool of their own (`[]`, left to the collector).
 */
const keptReadTokens: ReadToken[] = [];
/** How many of the pool the article being read has used. */
let pooledCount = 0;

function pooledToken(pool: ReadToken[]): ReadToken {
  let token = pool[pooledCount];
  if (token === undefined) {
    token = new ReadToken();
    pool.push(token);
  }
  pooledCount += 1;
  return token;
}

/**
 * Arrays for the tokens of a text of `length` characters: no token is empty, so their number is at most `length`.
 * figureTokens writes every entry up to its count, and clears the rest of what the article before filled.
 */
function buffersFor(length: number): { tokens: (FigureToken | undefined)[]; flags: Uint8Array; lexicons: Int32Array } {
  if (length > KEPT_UP_TO) return { tokens: [], flags: new Uint8Array(length + 1), lexicons: new Int32Array(length + 1) };
  if (keptFlags.length <= length) {
    const size = Math.min(Math.max(length + 1, keptFlags.length * 2), KEPT_UP_TO + 1);
    keptFlags = new Uint8Array(size);
    keptLexicons = new Int32Array(size);
  }
  return { tokens: keptTokens, flags: keptFlags, lexicons: keptLexicons };
}

/**
 * The kind of an annotation word that is one figure token as it stands, with OPENING_SHAPE for a word of that shape:
 * WORD for letters and marks only, DIGITS for one digit number that ends with the word (`400`, `1.233`; not `12` of
 * `12,5`), PUNCT for a single mark that is no letter, digit or space; 0 when it must be read again (joiners, `m2`,
 * `5kg`, surrogates).
 *
 * A digit number's kind depends on what follows it; any other word's on its characters alone, and an article's words
 * are mostly those of the articles before (`của`, `và`, `doanh`): their kinds are kept in a small table (`knownWords`),
 * so that most words cost one comparison, of their text with the one in their slot (the annotation shares one string
 * per word, so that is mostly a comparison of references), instead of a look at each letter. The table also keeps the
 * lexicon bits of its words, once asked (rememberWordLexicons): they are written to `lexicons[index]`, the word's
 * entry there, so that the rules find them without a lookup; 0 when the table has none.
 */
function readingAsItStands(text: string, word: Token, lexicons: Int32Array, index: number): number {
  const written = word.text;
  const first = written.charCodeAt(0);
  if (isAsciiDigit(first)) {
    lexicons[index] = 0;
    return digitNumberEnd(text, word.start) === word.end ? DIGITS : 0;
  }
  const length = written.length;
  if (length > KNOWN_WORD_MAX_LENGTH) {
    lexicons[index] = 0;
    return readingOfLetters(text, word);
  }
  // slotOfWord written out: figureTokens, into which this is inlined, is past V8's inlining budget, and a call here
  // cost more than the rest of the lookup (rememberWordLexicons, which calls it, checks the word in the slot anyway)
  const second = length > 1 ? written.charCodeAt(1) : 0;
  const slot = (first * 31 + second * 17 + written.charCodeAt(length - 1) * 7 + length) & (KNOWN_WORD_SLOTS - 1);
  if (knownWords[slot] === written) {
    lexicons[index] = knownLexicons[slot] as number;
    return knownReadings[slot] as number;
  }
  const reading = readingOfLetters(text, word);
  knownWords[slot] = written;
  knownReadings[slot] = reading;
  knownLexicons[slot] = 0;
  lexicons[index] = 0;
  return reading;
}

/** The slot of the word table for a word of 1 to KNOWN_WORD_MAX_LENGTH characters (readingAsItStands). */
function slotOfWord(written: string): number {
  const length = written.length;
  const second = length > 1 ? written.charCodeAt(1) : 0;
  return (written.charCodeAt(0) * 31 + second * 17 + written.charCodeAt(length - 1) * 7 + length) & (KNOWN_WORD_SLOTS - 1);
}

/**
 * Keeps the lexicon bits `bits` (phrases.ts lexiconsAt) of a token's key in the word table, when the table holds the
 * token's text read as a word of letters: every token of that text has the same key then (its lower case), so every
 * later token of it is given them as it is read. Marks and words read again (`Ⓐ`, keyed as written; `m2`) are left
 * to the lookup.
 */
export function rememberWordLexicons(token: FigureToken, bits: number): void {
  const written = token.text;
  const length = written.length;
  if (length === 0 || length > KNOWN_WORD_MAX_LENGTH) return;
  const slot = slotOfWord(written);
  if (knownWords[slot] === written && ((knownReadings[slot] as number) & CLASS_BITS) === WORD) knownLexicons[slot] = bits;
}

// The table of readingAsItStands: direct-mapped, a new word taking the place of the one in its slot. Only short words
// are kept: V8 makes a slice of 13 characters or more a view of the whole text, which the table would keep alive.
const KNOWN_WORD_SLOTS = 4096;
const KNOWN_WORD_MAX_LENGTH = 12;
const knownWords: string[] = new Array<string>(KNOWN_WORD_SLOTS).fill('');
const knownReadings = new Uint8Array(KNOWN_WORD_SLOTS);
/** The lexicon bits of each slot's word (rememberWordLexicons), 0 until the rules first ask for them. */
const knownLexicons = new Int32Array(KNOWN_WORD_SLOTS);

/** readingAsItStands of a word that opens with no digit, from its letters. */
function readingOfLetters(text: string, word: Token): number {
  const { start, end } = word;
  const first = text.charCodeAt(start);
  if (end - start === 1) {
    const single = classOfUnit(first) & CLASS_BITS;
    if (single === LETTER) return hasOpeningShape(word.key) ? WORD | OPENING_SHAPE : WORD;
    return single === OTHER && !isSurrogate(first) ? PUNCT : 0;
  }
  for (let at = start; at < end; at += 1) if (!isLetterInWord(text.charCodeAt(at))) return 0;
  // Lower-casing keeps the length of every letter an opening word has, so a longer word is none.
  return end - start <= LONGEST_OPENING_WORD && hasOpeningShape(word.key) ? WORD | OPENING_SHAPE : WORD;
}

/**
 * Whether a character of an annotation word is a letter or a mark. Such a word holds only letters, marks, digits and
 * the joiners `&.'’-`, so Vietnamese is answered by ranges: an ASCII character from `A` up is a letter and one below
 * it a digit or a joiner, and one in U+00C0-036F or U+1E00-1EFF (Latin letters, combining marks; no digit, no
 * joiner there) a letter or a mark. Anything else (`’`, `²`, a surrogate) asks the table.
 */
function isLetterInWord(code: number): boolean {
  if (code < 0x80) return code >= 0x41;
  if ((code >= 0xc0 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff)) return true;
  return (classOfUnit(code) & CLASS_BITS) === LETTER;
}

/**
 * A figure token that is no annotation token as it stands: a line break, a mark keyed as written, or a token read
 * character by character; with its kind. One class, so that the rules reading tokens see two shapes, this and the
 * annotation's.
 */
class ReadToken implements FigureToken {
  start = 0;
  end = 0;
  text = '';
  key = '';
  kind = 0;

  filled(start: number, end: number, text: string, key: string, kind: number): ReadToken {
    this.start = start;
    this.end = end;
    this.text = text;
    this.key = key;
    this.kind = kind;
    return this;
  }
}

/**
 * Reads the one token at `at` (no space there), character by character: a word (a run of letters and marks; `m2`,
 * `km3` are one word, units of area and volume), digits (`1.233`, `12,5`), a line break, or any other single mark.
 */
function tokenAt(text: string, at: number, into: ReadToken): ReadToken {
  const charFlags = classAt(text, at);
  const charClass = charFlags & CLASS_BITS;
  let end = at;
  let cased = false;
  if (charClass === LETTER) {
    const areaOrVolume = areaOrVolumeUnitEnd(text, at);
    if (areaOrVolume > 0) end = areaOrVolume;
    else {
      // The run of letters and marks, noting whether any of them changes in lower case.
      for (let letter = charFlags; (letter & CLASS_BITS) === LETTER; letter = end < text.length ? classAt(text, end) : UNKNOWN) {
        if (letter & CASED) cased = true;
        end += letter & PAIR ? 2 : 1;
      }
    }
  } else if (charClass === DIGIT) {
    end = digitNumberEnd(text, at);
  } else {
    end += charFlags & PAIR ? 2 : 1;
  }
  const written = text.slice(at, end);
  const kind = charClass === LETTER || charClass === DIGIT || charClass === BREAK ? charClass : PUNCT;
  return into.filled(at, end, written, cased ? written.toLowerCase() : written, kind);
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

/**
 * `m2`, `km3`, `cm2`, `dm3`, `Nm3` (a normal cubic metre, of a gas measured at 0 °C: `mg/Nm3`) at `from` with no
 * letter or digit after: its end, else 0.
 */
function areaOrVolumeUnitEnd(text: string, from: number): number {
  const first = text.charCodeAt(from);
  const m = first === 109 ? from : first === 107 || first === 99 || first === 100 || first === 78 ? from + 1 : -1;
  if (m < 0 || text.charCodeAt(m) !== 109) return 0;
  const power = text.charCodeAt(m + 1);
  if (power !== 50 && power !== 51) return 0;
  const afterCode = text.codePointAt(m + 2);
  const after = afterCode === undefined ? '' : String.fromCodePoint(afterCode);
  return NOT_LETTER_OR_DIGIT_AFTER.test(after) ? m + 2 : 0;
}

/** The kind of token `index` (WORD, DIGITS, PUNCT, LINE_BREAK); 0 past either end. */
export function kindAt(context: FigureTokens, index: number): number {
  return (context.flags[index] ?? 0) & CLASS_BITS;
}

/** No space between token `index` and the one before (false past either end). */
export function isGlued(context: FigureTokens, index: number): boolean {
  return ((context.flags[index] ?? 0) & GLUED) !== 0;
}

/**
 * The first token from `from` that may open a figure, `count` when none: digits, or a word of the shape of one that
 * may (one of FIGURE_OPENING_WORDS, or another word). Read from the flags alone, in one tight loop.
 */
export function possibleOpeningFrom(context: FigureTokens, from: number): number {
  const { flags, count } = context;
  let index = from;
  while (index < count) {
    const flag = flags[index] ?? 0;
    if ((flag & CLASS_BITS) === DIGITS || (flag & OPENING_SHAPE) !== 0) return index;
    index += 1;
  }
  return count;
}

export function isWordAt(context: FigureTokens, index: number): boolean {
  return kindAt(context, index) === WORD;
}

/** A word written in lower case (`người`, not `Hai`). */
export function isLowerWordAt(context: FigureTokens, index: number): boolean {
  const token = context.tokens[index];
  return token !== undefined && isWordAt(context, index) && token.text === token.key;
}

/** A word written with a capital first letter (`Hai`, `ISO`): its first letter is not its key's. */
export function isCapitalizedAt(context: FigureTokens, index: number): boolean {
  const token = context.tokens[index];
  return token !== undefined && isWordAt(context, index) && token.text.charCodeAt(0) !== token.key.charCodeAt(0);
}

/** Marks after which a capital letter opens a sentence or a quote: `.`, `:`, `“`, `(`, `-`, `•`... */
const SENTENCE_OPENING_MARKS: ReadonlySet<string> = new Set([
  '.', '!', '?', ':', ';', '…', '"', '“', '”', "'", '‘', '’', '(', '-', '–', '—', '|', '•', '*',
]);

/** True when the token opens a sentence or a line (capital letters there say nothing about names). */
export function opensSentence(context: FigureContext, index: number): boolean {
  const token = context.tokens[index];
  if (!token) return false;
  if (startsSentence(context.sentences, token.start)) return true;
  const before = context.tokens[index - 1];
  return before === undefined || kindAt(context, index - 1) === LINE_BREAK || SENTENCE_OPENING_MARKS.has(before.text);
}

/** Whether one of `sentences` (in order) starts at `offset`: a binary search. */
function startsSentence(sentences: readonly TextSpan[], offset: number): boolean {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = (sentences[middle] as TextSpan).start;
    if (start === offset) return true;
    if (start < offset) low = middle + 1;
    else high = middle;
  }
  return false;
}

/** The text of tokens `[from, to)` as written. */
export function tokensText(context: FigureContext, from: number, to: number): string {
  const first = context.tokens[from];
  const last = context.tokens[to - 1];
  if (!first || !last) return '';
  return context.text.slice(first.start, last.end);
}
