// What a date rule returns before the candidates are chosen and combined: a span, the parts the text states for
// its start (and end, for a range), and how sure the rule is. Helpers shared by the rule files: clean token
// boundaries, the word before or after a match.
import type { DateMod } from '../../output/schema.js';
import { codePointBefore, isLetterOrNumberCode, isWordCode } from './characters.js';
import type { RuleStarts } from './triggers.js';
import {
  DAY_PERIOD_SOURCE,
  DAY_PERIODS,
  DAY_PERIOD_WORDS,
  DOCUMENT_WORDS,
  PLURAL_WORDS,
  QUANTITY_NOUNS,
  type DayPeriod,
} from './lexicon.js';

/** One end of a date as the text states it. `shift` counts from publishedAt; `weekday` is ISO (Monday 1). */
export interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  /** An ISO week: `tuần thứ 22 năm 2023`. */
  week?: number;
  hour?: number;
  minute?: number;
  shift?: { unit: 'day' | 'week' | 'month' | 'quarter' | 'year'; amount: number };
  weekday?: number;
  direction?: 'past' | 'future';
}

export interface DateCandidate {
  start: number;
  end: number;
  rule: string;
  begin: DatePoint;
  /** The end of a range, or null. */
  finish: DatePoint | null;
  mod: DateMod | null;
  lunar: boolean;
  /** A weak candidate (`thứ hai`, `14 giờ`) is kept only when it joins a date next to it. */
  weak: boolean;
  /** Chosen before lower ranks where candidates overlap: 2 for most rules, 1 for fallbacks (`cuối năm`). */
  rank: number;
  /** A part of the day written with the date (`sáng 21/11`), which turns a clock hour joined to it. */
  dayPeriod: DayPeriod | null;
}

export interface DateRule {
  readonly name: string;
  /** Global, `u` flag, compiled once. */
  readonly pattern: RegExp;
  /** What a match may open with: the rule runs only where such a word starts (triggers.ts). */
  readonly starts: RuleStarts;
  /** One candidate, several (a list of days: `ngày 5 và 12/6`), or null to reject the match. */
  extract(match: RegExpExecArray, text: string): DateCandidate | readonly DateCandidate[] | null;
}

export function candidate(
  match: RegExpExecArray,
  rule: string,
  begin: DatePoint,
  extra: Partial<Omit<DateCandidate, 'start' | 'end' | 'rule' | 'begin'>> = {},
): DateCandidate {
  return {
    start: match.index,
    end: match.index + match[0].length,
    rule,
    begin,
    finish: extra.finish ?? null,
    mod: extra.mod ?? null,
    lunar: extra.lunar ?? false,
    weak: extra.weak ?? false,
    rank: extra.rank ?? 2,
    dayPeriod: extra.dayPeriod ?? null,
  };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const JOINER = new Set(['/', '.', ':', ',', '-', '+', '–', '—', '_', '%', '&', '@']);

/**
 * True when [start, end) is a token of its own: not glued to letters or digits, and not one piece of a longer code
 * (`Covid-19`, `24/2013/TT-BKHCN`, `ISO 9001:2015`, `1.1.2.3`).
 */
export function hasCleanEdges(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  if (before !== '' && WORD_CHAR.test(before)) return false;
  if (JOINER.has(before) && WORD_CHAR.test(text[start - 2] ?? '')) return false;
  const after = text[end] ?? '';
  if (after !== '' && WORD_CHAR.test(after)) return false;
  if (after === '%') return false;
  if (JOINER.has(after) && WORD_CHAR.test(text[end + 1] ?? '')) return false;
  return true;
}

const LETTER = /[\p{L}\p{M}]/u;
const WORD_OR_DIGIT = /[\p{L}\p{M}\p{N}%]/u;

function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(char);
}

function isWordOrDigit(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || code === 37 || isLetter(char);
  return WORD_OR_DIGIT.test(char);
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/**
 * A lookup key for words the text already holds normalized (NFC, modern tone placement): lower case. Cheaper than
 * foldKey, which the rules would otherwise call on every match.
 */
export function lowerKey(words: string): string {
  return words.toLowerCase();
}

/** A word as written, and where it starts. */
export interface WrittenWord {
  readonly word: string;
  readonly start: number;
}

/** Up to `count` words just before `offset` as written, nearest last; stops at punctuation or a line start. */
export function writtenWordsBefore(text: string, offset: number, count: number, skipColon = false): WrittenWord[] {
  const words: WrittenWord[] = [];
  let index = offset;
  while (words.length < count) {
    let end = index;
    while (end > 0 && isSpace(text[end - 1])) end -= 1;
    if (skipColon && words.length === 0 && text[end - 1] === ':') {
      end -= 1;
      while (end > 0 && isSpace(text[end - 1])) end -= 1;
    }
    if (words.length > 0 && end === index) break;
    let start = end;
    while (start > 0 && isLetter(text[start - 1])) start -= 1;
    if (start === end) break;
    words.unshift({ word: text.slice(start, end), start });
    index = start;
    if (!isSpace(text[index - 1])) break;
  }
  return words;
}

/** Up to `count` words just before `offset`, lower case, nearest last. */
export function wordListBefore(text: string, offset: number, count: number, skipColon = false): string[] {
  return writtenWordsBefore(text, offset, count, skipColon).map((written) => written.word.toLowerCase());
}

/** Up to three words just before `offset` (lower case, one space apart), or ''. */
export function wordsBefore(text: string, offset: number): string {
  return wordListBefore(text, offset, 3).join(' ');
}

/** The last word before `offset` (lower case), or ''. */
export function wordBefore(text: string, offset: number): string {
  return wordListBefore(text, offset, 1)[0] ?? '';
}

export function endsWithAny(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (let count = 1; count <= words.length; count += 1) {
    if (set.has(words.slice(words.length - count).join(' '))) return true;
  }
  return false;
}

/** True when the last one, two or three words before `offset` are in `set`. */
export function precededByAny(text: string, offset: number, set: ReadonlySet<string>): boolean {
  return endsWithAny(wordListBefore(text, offset, 3), set);
}

/** One or two words just after `offset` (lower case), e.g. `doanh nghiệp`; the first may be digits or `%`. */
export function wordsAfter(text: string, offset: number): string {
  let index = offset;
  while (isSpace(text[index])) index += 1;
  let end = index;
  while (end < text.length && end - index < 30 && isWordOrDigit(text[end])) end += 1;
  if (end === index) return '';
  const first = text.slice(index, end).toLowerCase();
  if (!isSpace(text[end])) return first;
  const secondStart = end + 1;
  let secondEnd = secondStart;
  while (secondEnd < text.length && secondEnd - secondStart < 30 && isLetter(text[secondEnd])) secondEnd += 1;
  return secondEnd === secondStart ? first : `${first} ${text.slice(secondStart, secondEnd).toLowerCase()}`;
}

const YEAR_OF_A_DATE = new Set(['năm nay', 'năm ngoái', 'năm trước', 'năm tới', 'năm sau', 'năm qua', 'năm đó']);

/** True when the words after `offset` begin with a counted noun or unit (`2020 người`, `8/10 điểm`). */
export function followedByQuantityNoun(text: string, offset: number): boolean {
  const words = wordsAfter(text, offset);
  if (words.startsWith('%')) return true;
  if (YEAR_OF_A_DATE.has(words)) return false; // `30/4 năm nay`: the year of the date, no counted noun
  const first = words.split(' ')[0] ?? '';
  return QUANTITY_NOUNS.has(first) || QUANTITY_NOUNS.has(words);
}

/** True when a document word or a code word stands just before `offset` (`Nghị định 15/2018`, `số 12/2023`). */
export function precededByDocumentWord(text: string, offset: number): boolean {
  return endsWithAny(wordListBefore(text, offset, 2, true), DOCUMENT_WORDS);
}

/** True when a counting word or a number stands just before `offset` (`những năm qua`, `10 năm qua`). */
export function precededByCount(text: string, offset: number): boolean {
  let index = offset;
  while (index > 0 && isSpace(text[index - 1])) index -= 1;
  const code = text.charCodeAt(index - 1);
  if (code >= 48 && code <= 57) return true;
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

/** True when a sentence starts at `offset`: only spaces after a line start, a full stop, a colon or a quote. */
export function startsSentence(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t')) index -= 1;
  if (index < 0) return true;
  return /[\n.!?:;"“”'(–-]/u.test(text[index] ?? '');
}

export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

export function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDay(day: number, month: number, year?: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

export function isPlausibleYear(year: number): boolean {
  return year >= 1000 && year <= 2200;
}

/** Regex source: a word opens here, nothing word-like before it and no piece of a longer code (`Covid-19`, `24/2013`). */
export const OPENS_WORD_SOURCE = '(?<![\\p{L}\\p{M}\\p{N}])(?<![\\p{L}\\p{N}][/.:,+_&@–—-])';

/** The characters OPENS_WORD_SOURCE refuses between a letter or digit and the word: `/.:,+_&@–—-`. */
const CODE_JOINERS: ReadonlySet<number> = new Set([...'/.:,+_&@–—-'].map((char) => char.charCodeAt(0)));

/** OPENS_WORD_SOURCE read in code, for a sticky pattern run without it (triggers.ts). */
export function opensWord(text: string, offset: number): boolean {
  if (isWordCode(codePointBefore(text, offset))) return false;
  return !CODE_JOINERS.has(text.charCodeAt(offset - 1)) || !isLetterOrNumberCode(codePointBefore(text, offset - 1));
}

/**
 * A regex source with Vietnamese word boundaries on both sides, that also refuses a piece of a longer code
 * (`Covid-19`, `24/2013/TT-BKHCN`) the way hasCleanEdges does, so hostile text creates no match objects at all.
 */
export function bounded(source: string): string {
  return `${OPENS_WORD_SOURCE}(?:${source})(?![\\p{L}\\p{M}\\p{N}%])(?![/.:,+_&@–—-][\\p{L}\\p{N}])`;
}

/** Compiles a rule pattern once: global, Unicode, case-insensitive. */
export function rulePattern(source: string): RegExp {
  return new RegExp(bounded(source), 'giu');
}

const FIRST_DIGIT = /\d/u;

/**
 * Where the digits of a match start. Rules put only words before their first number (`ngày`, `sáng`, `lúc`,
 * `giai đoạn`), so this is where the first named number group starts, without the cost of the `d` flag.
 */
export function digitsStart(match: RegExpExecArray): number {
  const found = FIRST_DIGIT.exec(match[0]);
  return match.index + (found ? found.index : 0);
}

/**
 * Regex source: the words that may open a day (`sáng ngày 21/11`, `hôm 5/6`, `mồng 3`): a part of the day in group
 * `period`, a day word in group `dayWord`.
 */
export const DAY_PREFIX_SOURCE =
  `(?:(?<period>${DAY_PERIOD_SOURCE})[ \\t](?:(?:hôm|ngày)[ \\t])?|(?<dayWord>ngày|hôm|mồng|mùng)[ \\t](?:(?:mồng|mùng)[ \\t])?)?`;

/** How DAY_PREFIX_SOURCE opens before a day in digits (RuleStarts): `sáng 21`, `sáng ngày`, `ngày 5`, `ngày mồng`. */
export const DAY_PREFIX_STARTS: readonly string[] = [
  ...DAY_PERIODS.flatMap((period) => [`${period} #`, `${period} hôm`, `${period} ngày`]),
  ...['ngày', 'hôm', 'mồng', 'mùng'].flatMap((day) => [`${day} #`, `${day} mồng`, `${day} mùng`]),
];

/** The words DAY_PREFIX_SOURCE opens with, for a day that may also be written in words (`mồng ba`). */
export const DAY_PREFIX_WORDS: readonly string[] = [...DAY_PERIODS, 'ngày', 'hôm', 'mồng', 'mùng'];

/** The part of the day a rule captured in group `period`. */
export function periodOf(match: RegExpExecArray): DayPeriod | null {
  const word = match.groups?.period;
  return word ? DAY_PERIOD_WORDS.get(lowerKey(word)) ?? null : null;
}

export function toNumber(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}
