// Runs of capitalized syllables (`Hà Minh Hiệp`, `Nguyen Nam`): where a Vietnamese name can stand, since a name
// capitalizes every syllable while ordinary words and organization names capitalize only the first of a word.
// Also the context a run stands in: the words just before it and whether a sentence starts there.
import { WORD_END, WORD_START } from '../shared/vietnamese.js';

/** One syllable of a name: a capital and lower-case letters (`Hiệp`, `A`); all-capital words are not names. */
const NAME_SYLLABLE = '\\p{Lu}[\\p{Ll}\\p{M}]*';
const NAME_RUN = new RegExp(`${WORD_START}${NAME_SYLLABLE}(?:[ \\t]${NAME_SYLLABLE})*${WORD_END}`, 'gu');
const SYLLABLE_IN_RUN = new RegExp(NAME_SYLLABLE, 'gu');

export interface RunWord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface NameRun {
  readonly start: number;
  readonly end: number;
  readonly words: readonly RunWord[];
}

/** Every maximal run of capitalized syllables in `text[from, to)`, left to right. */
export function findNameRuns(text: string, from = 0, to = text.length): NameRun[] {
  const runs: NameRun[] = [];
  const part = text.slice(from, to);
  for (const match of part.matchAll(NAME_RUN)) {
    const start = from + match.index;
    const words: RunWord[] = [];
    for (const syllable of match[0].matchAll(SYLLABLE_IN_RUN)) {
      words.push({ start: start + syllable.index, end: start + syllable.index + syllable[0].length, text: syllable[0] });
    }
    runs.push({ start, end: start + match[0].length, words });
  }
  return runs;
}

const MAX_WORD_LENGTH = 30;

/** Up to `count` whitespace-separated words right before `index` on the same line, nearest last. */
export function wordsBefore(text: string, index: number, count = 2): string[] {
  const words: string[] = [];
  let position = index;
  while (words.length < count) {
    while (position > 0 && (text[position - 1] === ' ' || text[position - 1] === '\t')) position -= 1;
    const end = position;
    const limit = Math.max(0, end - MAX_WORD_LENGTH);
    while (position > limit && !/\s/u.test(text[position - 1] ?? ' ')) position -= 1;
    if (position === end) break;
    words.unshift(text.slice(position, end));
  }
  return words;
}

/** Opening quotes, brackets and dashes that may stand between a sentence start and its first word. */
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«', '–', '—', '-', '*', '•']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', ':', ';', '”']);

/**
 * True when a sentence (or a line) starts at `index`: only spaces and openers stand between it and the line start
 * or the end of the sentence before. `sentenceStarts` holds the starts the sentence splitter found.
 */
export function startsSentence(text: string, index: number, sentenceStarts: ReadonlySet<number>): boolean {
  let position = index;
  while (position > 0) {
    if (sentenceStarts.has(position)) return true;
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
