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
  /** Keys of the words before the run on its line, nearest last (`wordKeysBefore`): a street, a place, a work? */
  readonly keysBefore: readonly string[];
}

/** Words before a run read for `NameRun.keysBefore`: a kind of place or a street is one word or two. */
const WORDS_BEFORE_RUN = 2;

/**
 * Gathers name syllables, given left to right (people/word-scan.ts), into the maximal runs of capitalized syllables
 * one space or tab apart.
 */
export class NameRunBuilder {
  readonly runs: NameRun[] = [];
  private words: RunWord[] = [];
  private keysBefore: readonly string[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  /** Adds the next name syllable; `lastTokenBefore` is the last token that starts before it. */
  add(word: RunWord, lastTokenBefore: number): void {
    const { text, words } = this;
    const last = words[words.length - 1];
    if (last !== undefined && word.start === last.end + 1 && isSpaceOrTab(text.charCodeAt(last.end))) {
      words.push(word);
      return;
    }
    if (last !== undefined) this.runs.push({ start: words[0]?.start ?? last.start, end: last.end, words, keysBefore: this.keysBefore });
    this.words = [word];
    this.keysBefore = keysBeforeFrom(text, this.tokens, lastTokenBefore, word.start, WORDS_BEFORE_RUN);
  }

  /** The runs, the last one closed. */
  finish(): NameRun[] {
    const { words } = this;
    const last = words[words.length - 1];
    if (last !== undefined) this.runs.push({ start: words[0]?.start ?? last.start, end: last.end, words, keysBefore: this.keysBefore });
    this.words = [];
    return this.runs;
  }
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** A whitespace-separated word is read at most this long (the rest of a longer one is a word before it). */
const MAX_WORD_LENGTH = 30;

/**
 * The lower-case keys of up to `count` whitespace-separated words right before `index` on the same line, nearest
 * last: `đường`, `số 8`, `(ông`. A word is the tokens that touch one another; spaces and tabs stand between words.
 */
export function wordKeysBefore(text: string, tokens: readonly Token[], index: number, count = 2): string[] {
  return keysBeforeFrom(text, tokens, firstStartingAtOrAfter(tokens, index) - 1, index, count);
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
  const nearest = run.keysBefore[run.keysBefore.length - 1];
  return before !== 0x0a && nearest !== undefined ? [nearest, first.key] : [first.key];
}

/**
 * `wordKeysBefore`, given the last token that starts before `index`. Made once per run: the keys are gathered
 * nearest first in variables, and the array is made at its size (most runs have one word or two before them).
 */
function keysBeforeFrom(text: string, tokens: readonly Token[], lastTokenBefore: number, index: number, count: number): string[] {
  let found = 0;
  let nearest = '';
  let second = '';
  let further: string[] | null = null;
  let position = index;
  let tokenIndex = lastTokenBefore;
  while (found < count) {
    while (position > 0 && isSpaceOrTab(text.charCodeAt(position - 1))) position -= 1;
    const end = position;
    while (tokenIndex >= 0 && (tokens[tokenIndex]?.start ?? 0) >= end) tokenIndex -= 1;
    const token = tokenIndex >= 0 ? tokens[tokenIndex] : undefined;
    // Other whitespace (a line break) or the text's start: no more words on this line.
    if (token === undefined || token.end < end) break;
    let first = tokenIndex;
    while (first > 0 && tokens[first - 1]?.end === tokens[first]?.start) first -= 1;
    const start = Math.max(tokens[first]?.start ?? token.start, end - MAX_WORD_LENGTH);
    const key = end === token.end && start === tokens[first]?.start ? keyOfTokens(tokens, first, tokenIndex) : text.slice(start, end).toLowerCase();
    if (found === 0) nearest = key;
    else if (found === 1) second = key;
    else (further ??= [nearest, second]).push(key);
    found += 1;
    position = start;
  }
  if (further !== null) return further.reverse();
  return found === 0 ? [] : found === 1 ? [nearest] : [second, nearest];
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
