// The words around a match that decide whether it is a date: the words before it (`từ 1/7`, `Nghị định 15/2018`,
// `những năm qua`, `hồi tháng 3`) and after it (`2020 người`, `15/3 vừa qua`). Read character by character from the
// text (characters.ts), with no regex and no array but the words a rule asks for.
import { isBlankCode, isDigitCode, isLetterCode, isWordCode } from './characters.js';
import { DOCUMENT_WORDS, PLURAL_WORDS, QUANTITY_NOUNS } from './lexicon.js';

const COLON = 58;

/** A word as written, and where it starts. */
export interface WrittenWord {
  readonly word: string;
  readonly start: number;
}

/**
 * Up to `count` words just before `offset` (spaces or tabs between them; one colon skipped after the last when
 * `skipColon`), each handed to `take` nearest first; stops at punctuation or a line start.
 */
function eachWordBefore(
  text: string,
  offset: number,
  count: number,
  skipColon: boolean,
  take: (start: number, end: number) => void,
): void {
  let index = offset;
  for (let found = 0; found < count; found += 1) {
    let end = index;
    while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end -= 1;
    if (skipColon && found === 0 && text.charCodeAt(end - 1) === COLON) {
      end -= 1;
      while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end -= 1;
    }
    if (found > 0 && end === index) return;
    let start = end;
    while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start -= 1;
    if (start === end) return;
    take(start, end);
    index = start;
    if (!isBlankCode(text.charCodeAt(index - 1))) return;
  }
}

/** Up to `count` words just before `offset` as written, nearest last; stops at punctuation or a line start. */
export function writtenWordsBefore(text: string, offset: number, count: number, skipColon = false): WrittenWord[] {
  const words: WrittenWord[] = [];
  eachWordBefore(text, offset, count, skipColon, (start, end) => words.push({ word: text.slice(start, end), start }));
  return words.reverse();
}

/** Up to `count` words just before `offset`, lower case, nearest last. */
export function wordListBefore(text: string, offset: number, count: number, skipColon = false): string[] {
  const words: string[] = [];
  eachWordBefore(text, offset, count, skipColon, (start, end) => words.push(text.slice(start, end).toLowerCase()));
  return words.reverse();
}

/** The last word before `offset` (lower case), or ''. */
export function wordBefore(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end -= 1;
  let start = end;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start -= 1;
  return text.slice(start, end).toLowerCase();
}

/** True when the last word of `words`, or the last two or three one space apart, are in `set`. */
export function endsWithAny(words: readonly string[], set: ReadonlySet<string>): boolean {
  let phrase = '';
  for (let index = words.length - 1; index >= 0; index -= 1) {
    phrase = phrase === '' ? words[index] ?? '' : `${words[index] ?? ''} ${phrase}`;
    if (set.has(phrase)) return true;
  }
  return false;
}

/** True when the last one, two or three words before `offset` are in `set`. */
export function precededByAny(text: string, offset: number, set: ReadonlySet<string>): boolean {
  return endsWithAny(wordListBefore(text, offset, 3), set);
}

/** A word may run this long after a match; a longer run is cut there. */
const LONGEST_WORD_AFTER = 30;

/** Where the first word after `offset` (letters, digits or `%`, after spaces or tabs) ends; its start is `start`. */
function firstWordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < LONGEST_WORD_AFTER) {
    const code = text.charCodeAt(end);
    if (!isWordCode(code) && code !== 37) break;
    end += 1;
  }
  return end;
}

function skipBlanks(text: string, offset: number): number {
  let index = offset;
  while (isBlankCode(text.charCodeAt(index))) index += 1;
  return index;
}

/** The first word just after `offset` (lower case; digits or `%` too), or ''. */
export function firstWordAfter(text: string, offset: number): string {
  const start = skipBlanks(text, offset);
  return text.slice(start, firstWordEnd(text, start)).toLowerCase();
}

/** One or two words just after `offset` (lower case), e.g. `doanh nghiệp`; the first may be digits or `%`. */
export function wordsAfter(text: string, offset: number): string {
  const start = skipBlanks(text, offset);
  const end = firstWordEnd(text, start);
  if (end === start) return '';
  const first = text.slice(start, end).toLowerCase();
  if (!isBlankCode(text.charCodeAt(end))) return first;
  const secondStart = end + 1;
  let secondEnd = secondStart;
  while (secondEnd < text.length && secondEnd - secondStart < LONGEST_WORD_AFTER && isLetterCode(text.charCodeAt(secondEnd))) {
    secondEnd += 1;
  }
  return secondEnd === secondStart ? first : `${first} ${text.slice(secondStart, secondEnd).toLowerCase()}`;
}

const YEAR_OF_A_DATE = new Set(['năm nay', 'năm ngoái', 'năm trước', 'năm tới', 'năm sau', 'năm qua', 'năm đó']);

/** True when `words` (wordsAfter) begin with a counted noun or unit (`2020 người`, `8/10 điểm`). */
export function isQuantityNoun(words: string): boolean {
  if (words.startsWith('%')) return true;
  if (YEAR_OF_A_DATE.has(words)) return false; // `30/4 năm nay`: the year of the date, no counted noun
  const space = words.indexOf(' ');
  return QUANTITY_NOUNS.has(space < 0 ? words : words.slice(0, space)) || QUANTITY_NOUNS.has(words);
}

/** True when the words after `offset` begin with a counted noun or unit (`2020 người`, `8/10 điểm`). */
export function followedByQuantityNoun(text: string, offset: number): boolean {
  return isQuantityNoun(wordsAfter(text, offset));
}

/** True when a document word or a code word stands just before `offset` (`Nghị định 15/2018`, `số 12/2023`). */
export function precededByDocumentWord(text: string, offset: number): boolean {
  return endsWithAny(wordListBefore(text, offset, 2, true), DOCUMENT_WORDS);
}

/** True when a counting word or a number stands just before `offset` (`những năm qua`, `10 năm qua`). */
export function precededByCount(text: string, offset: number): boolean {
  let index = offset;
  while (index > 0 && isBlankCode(text.charCodeAt(index - 1))) index -= 1;
  if (isDigitCode(text.charCodeAt(index - 1))) return true;
  return PLURAL_WORDS.has(wordBefore(text, offset));
}

const NUMBER_PAIR_BEFORE = /(?<![\p{L}\p{N}.,/])(\d{1,3})[ \t]?[-–:][ \t]?(\d{1,3})[ \t]*$/u;

/**
 * The two numbers of a pair written just before `offset` (`3-1`, `2 – 3`, `1:0`), or null: a score or a range of
 * counts. Looks at a bounded window only.
 */
export function numberPairBefore(text: string, offset: number): readonly [number, number] | null {
  const found = NUMBER_PAIR_BEFORE.exec(text.slice(Math.max(0, offset - 16), offset));
  return found ? [Number(found[1]), Number(found[2])] : null;
}

/** Words just before a date that place it in the past: `hồi tháng 3`, `hồi đầu tháng 3`, `từ hồi 2/9`. */
const PAST_MARKERS: ReadonlySet<string> = new Set(['hồi']);
const MOD_BETWEEN: ReadonlySet<string> = new Set(['đầu', 'giữa', 'cuối', 'ngày', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm']);

/** True when `hồi` ("back in") stands before `offset`, perhaps with a modifier or a day word between. */
export function markedAsPast(text: string, offset: number): boolean {
  const words = wordListBefore(text, offset, 2);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (PAST_MARKERS.has(last)) return true;
  return words.length === 2 && MOD_BETWEEN.has(last) && PAST_MARKERS.has(words[0] ?? '');
}

/** What may end the text before a sentence: a line break, a full stop, a colon, a quote, a dash. */
const SENTENCE_OPENERS: ReadonlySet<number> = new Set([...'\n.!?:;"“”\'(–-'].map((char) => char.charCodeAt(0)));

/** True when a sentence starts at `offset`: only spaces after a line start, a full stop, a colon or a quote. */
export function startsSentence(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0 && isBlankCode(text.charCodeAt(index))) index -= 1;
  return index < 0 || SENTENCE_OPENERS.has(text.charCodeAt(index));
}
