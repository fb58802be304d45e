// Runs of capitalized syllables (`Hà Minh Hiệp`, `Nguyen Nam`): where a Vietnamese name can stand, since a name
// capitalizes every syllable while ordinary words and organization names capitalize only the first of a word.
// Also the context a run stands in: the words just before it and whether a sentence starts there. The syllables come
// from the `tokens` annotation (word-scan.ts): a token is one syllable, or several joined by `-`, `.`, `&`, `'`
// (`Hà-Nội`, `VietQ.vn`), which are split there because a name syllable is a whole run of letters.
import { firstStartingAtOrAfter, type Token } from '../../pipeline/document.js';
import type { NameContext } from './name-candidate.js';

export interface RunWord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case: the lexicons' key (the text is NFC with tones placed, so lower case is its folded key). */
  readonly key: string;
}

export interface NameRun {
  readonly start: number;
  readonly end: number;
  readonly words: readonly RunWord[];
  /**
   * The key of the whitespace-separated word right before the run on its line (`đường`, `(ông`, `nay.`), undefined
   * at the line's start: a street, a place, a work?
   */
  readonly keyBefore: string | undefined;
  /** The key of the word before that one (`thị` of `thị xã`), undefined when none. */
  readonly secondKeyBefore: string | undefined;
}

/**
 * Gathers name syllables, given left to right (people/word-scan.ts), into the maximal runs of capitalized syllables
 * one space or tab apart. A run's words are gathered in one array kept for the article and copied out at their
 * number when the run closes: most runs have one word, and an array grown word by word makes room for seventeen.
 */
export class NameRunBuilder {
  readonly runs: NameRun[] = [];
  /** The open run's words are the first `wordCount` (the array is never shortened: V8 would drop its room). */
  private readonly words: RunWord[] = [];
  private wordCount = 0;
  private readonly wordsBefore: WordsBefore;
  private keyBefore: string | undefined = undefined;
  private secondKeyBefore: string | undefined = undefined;

  constructor(private readonly text: string, tokens: readonly Token[]) {
    this.wordsBefore = new WordsBefore(text, tokens);
  }

  /** Adds the next name syllable; `lastTokenBefore` is the last token that starts before it. */
  add(word: RunWord, lastTokenBefore: number): void {
    const { text, words } = this;
    const last = this.wordCount > 0 ? words[this.wordCount - 1] : undefined;
    if (last !== undefined && word.start === last.end + 1 && isSpaceOrTab(text.charCodeAt(last.end))) {
      words[this.wordCount] = word;
      this.wordCount += 1;
      return;
    }
    this.close();
    words[0] = word;
    this.wordCount = 1;
    const before = this.wordsBefore;
    before.from(lastTokenBefore, word.start);
    this.keyBefore = before.next() ? before.key : undefined;
    this.secondKeyBefore = this.keyBefore !== undefined && before.next() ? before.key : undefined;
  }

  /** The runs, the last one closed. */
  finish(): NameRun[] {
    this.close();
    return this.runs;
  }

  private close(): void {
    const { words, wordCount } = this;
    const first = words[0];
    const last = words[wordCount - 1];
    if (wordCount === 0 || first === undefined || last === undefined) return;
    const runWords = wordCount === 1 ? [first] : words.slice(0, wordCount);
    const { keyBefore, secondKeyBefore } = this;
    this.runs.push({ start: first.start, end: last.end, words: runWords, keyBefore, secondKeyBefore });
    this.wordCount = 0;
  }
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** A whitespace-separated word is read at most this long (the rest of a longer one is a word before it). */
const MAX_WORD_LENGTH = 30;

/**
 * The whitespace-separated words before a position on its line, read nearest first, one `next()` at a time: `đường`,
 * `số 8`, `(ông`. A word is the tokens that touch one another; spaces and tabs stand between words. One reader serves
 * an article's runs, so that reading a run's two words before it makes no array.
 */
class WordsBefore {
  /** The key of the word `next()` read last: lower case, as the lexicons' keys. */
  key = '';
  private position = 0;
  private tokenIndex = -1;

  constructor(private readonly text: string, private readonly tokens: readonly Token[]) {}

  /** Starts before `index`, given the last token that starts before it. */
  from(lastTokenBefore: number, index: number): void {
    this.position = index;
    this.tokenIndex = lastTokenBefore;
  }

  /** Reads the next word back into `key`; false at a line break or the text's start (no more words on the line). */
  next(): boolean {
    const { text, tokens } = this;
    let position = this.position;
    let tokenIndex = this.tokenIndex;
    while (position > 0 && isSpaceOrTab(text.charCodeAt(position - 1))) position -= 1;
    const end = position;
    while (tokenIndex >= 0 && (tokens[tokenIndex]?.start ?? 0) >= end) tokenIndex -= 1;
    this.tokenIndex = tokenIndex;
    const token = tokenIndex >= 0 ? tokens[tokenIndex] : undefined;
    // Other whitespace (a line break) or the text's start: no more words on this line.
    if (token === undefined || token.end < end) return false;
    let first = tokenIndex;
    while (first > 0 && tokens[first - 1]?.end === tokens[first]?.start) first -= 1;
    const start = Math.max(tokens[first]?.start ?? token.start, end - MAX_WORD_LENGTH);
    this.key = end === token.end && start === tokens[first]?.start ? keyOfTokens(tokens, first, tokenIndex) : text.slice(start, end).toLowerCase();
    this.position = start;
    return true;
  }
}

/**
 * The lower-case keys of up to `count` whitespace-separated words right before `index` on the same line, nearest
 * last: `đường`, `số 8`, `(ông`.
 */
export function wordKeysBefore(text: string, tokens: readonly Token[], index: number, count = 2): string[] {
  const before = new WordsBefore(text, tokens);
  before.from(firstStartingAtOrAfter(tokens, index) - 1, index);
  const keys: string[] = [];
  while (keys.length < count && before.next()) keys.push(before.key);
  return keys.reverse();
}

/**
 * `wordKeysBefore` at a run's second word: its first word, and the word before the run when spaces part them (read
 * off the text when the first word touches another token).
 */
export function keysBeforeSecondWord(text: string, tokens: readonly Token[], run: NameRun): readonly string[] {
  const [first, second] = run.words;
  if (first === undefined || second === undefined) return [];
  const before = first.start === 0 ? 0x0a : text.charCodeAt(first.start - 1);
  if ((before !== 0x0a && !isSpaceOrTab(before)) || first.end - first.start > MAX_WORD_LENGTH) {
    return wordKeysBefore(text, tokens, second.start);
  }
  return before !== 0x0a && run.keyBefore !== undefined ? [run.keyBefore, first.key] : [first.key];
}

/**
 * The key of tokens `first` to `last` (touching one another): their keys one after the other, which is the lower
 * case of their text (`nay.`, `(ông`) without lower-casing it again.
 */
function keyOfTokens(tokens: readonly Token[], first: number, last: number): string {
  let key = tokens[first]?.key ?? '';
  for (let index = first + 1; index <= last; index += 1) key += tokens[index]?.key ?? '';
  return key;
}

/** Opening quotes, brackets and dashes that may stand between a sentence start and its first word. */
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«', '–', '—', '-', '*', '•']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', ':', ';', '”']);

/**
 * True when a sentence (or a line) starts at `index`: only spaces and openers stand between it and the line start
 * or the end of the sentence before. `context.isSentenceStart` tells the starts the sentence splitter found.
 */
export function startsSentence(context: Pick<NameContext, 'text' | 'isSentenceStart'>, index: number): boolean {
  const { text } = context;
  let position = index;
  while (position > 0) {
    if (context.isSentenceStart(position)) return true;
    const before = text[position - 1] ?? '';
    if (before === '\n') return true;
    if (before === ' ' || before === '\t' || OPENERS.has(before)) {
      position -= 1;
      continue;
    }
    return SENTENCE_ENDS.has(before);
  }
  return true;
}
