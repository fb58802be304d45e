// What a date rule returns before the candidates are chosen and combined: a span, the parts the text states for
// its start (and end, for a range), and how sure the rule is. Helpers shared by the rule files: clean token
// boundaries, the word before or after a match.
import type { DateMod } from '../../output/schema.js';
import { foldKey } from '../shared/vietnamese.js';
import {
  DAY_PERIOD_SOURCE,
  DAY_PERIOD_WORDS,
  DOCUMENT_PREFIX_SOURCE,
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
  extract(match: RegExpExecArray, text: string): DateCandidate | null;
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

const WORDS_BEFORE = /((?:[\p{L}\p{M}]+[ \t]){0,2}[\p{L}\p{M}]+\.?)[ \t]*$/u;
const WORDS_AFTER = /^[ \t]*([\p{L}\p{M}\p{N}%]+(?:[ \t][\p{L}\p{M}]+)?)/u;
const DOCUMENT_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])${DOCUMENT_PREFIX_SOURCE}[ \\t:]*$`, 'iu');

/** Up to three words just before `offset` (folded), or '' when a punctuation mark or line start comes first. */
export function wordsBefore(text: string, offset: number): string {
  const slice = text.slice(Math.max(0, offset - 40), offset);
  const found = WORDS_BEFORE.exec(slice);
  return found?.[1] ? foldKey(found[1]) : '';
}

/** The last word before `offset` (folded), or ''. */
export function wordBefore(text: string, offset: number): string {
  const words = wordsBefore(text, offset).split(' ');
  return words[words.length - 1] ?? '';
}

/** True when one of the last words before `offset` (one, two or three of them) is in `set`. */
export function precededByAny(text: string, offset: number, set: ReadonlySet<string>): boolean {
  const words = wordsBefore(text, offset).split(' ').filter((word) => word !== '');
  for (let count = 1; count <= words.length; count += 1) {
    if (set.has(words.slice(words.length - count).join(' '))) return true;
  }
  return false;
}

/** One or two words just after `offset` (folded), e.g. `doanh nghiệp`. */
export function wordsAfter(text: string, offset: number): string {
  const found = WORDS_AFTER.exec(text.slice(offset, offset + 40));
  return found?.[1] ? foldKey(found[1]) : '';
}

/** True when the words after `offset` begin with a counted noun or unit (`2020 người`, `8/10 điểm`). */
export function followedByQuantityNoun(text: string, offset: number): boolean {
  if (/^[ \t]*%/u.test(text.slice(offset, offset + 3))) return true;
  const words = wordsAfter(text, offset).split(' ');
  const first = words[0] ?? '';
  return QUANTITY_NOUNS.has(first) || QUANTITY_NOUNS.has(words.slice(0, 2).join(' '));
}

/** True when a document word or a code word stands just before `offset` (`Nghị định 15/2018`, `số 12/2023`). */
export function precededByDocumentWord(text: string, offset: number): boolean {
  return DOCUMENT_BEFORE.test(text.slice(Math.max(0, offset - 24), offset));
}

/** True when a counting word or a number stands just before `offset` (`những năm qua`, `10 năm qua`). */
export function precededByCount(text: string, offset: number): boolean {
  const slice = text.slice(Math.max(0, offset - 12), offset);
  if (/\d[ \t]*$/u.test(slice)) return true;
  return PLURAL_WORDS.has(wordBefore(text, offset));
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

/** A regex source with Vietnamese word boundaries on both sides. */
export function bounded(source: string): string {
  return `(?<![\\p{L}\\p{M}\\p{N}])(?:${source})(?![\\p{L}\\p{M}\\p{N}])`;
}

/** Compiles a rule pattern once: global, Unicode, case-insensitive, with group indices. */
export function rulePattern(source: string): RegExp {
  return new RegExp(bounded(source), 'dgiu');
}

/** Where a named group of `match` starts (the match start when the group did not take part). */
export function groupStart(match: RegExpExecArray, name: string): number {
  return match.indices?.groups?.[name]?.[0] ?? match.index;
}

/**
 * Regex source: the words that may open a day (`sáng ngày 21/11`, `hôm 5/6`, `mồng 3`): a part of the day in group
 * `period`, a day word in group `dayWord`.
 */
export const DAY_PREFIX_SOURCE =
  `(?:(?<period>${DAY_PERIOD_SOURCE})[ \\t](?:(?:hôm|ngày)[ \\t])?|(?<dayWord>ngày|hôm|mồng|mùng)[ \\t](?:(?:mồng|mùng)[ \\t])?)?`;

/** The part of the day a rule captured in group `period`. */
export function periodOf(match: RegExpExecArray): DayPeriod | null {
  const word = match.groups?.period;
  return word ? DAY_PERIOD_WORDS.get(foldKey(word)) ?? null : null;
}

export function toNumber(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}
