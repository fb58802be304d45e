// What a date rule returns before the candidates are chosen and combined: a span, the parts the text states for
// its start (and end, for a range), and how sure the rule is. Helpers shared by the rule files: the patterns' word
// boundaries, clean token edges, valid days; the words around a match are in context.ts.
import type { DateMod } from '../../output/schema.js';
import { codePointBefore, hasLowerCase, isDigitCode, isLetterOrNumberCode, isWordCode } from './characters.js';
import type { RuleStarts } from './triggers.js';
import {
  DAY_PERIOD_SOURCE,
  DAY_PERIODS,
  DAY_PERIOD_WORDS,
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
  /** The day told of before (`chiều cùng ngày`, the afternoon of that day): resolved like a time alone. */
  sameDay?: true;
  /** A year of a school year counted from publication (`năm học này`): the school year begins in August (resolve.ts). */
  schoolYear?: true;
  /** The year gone by (`năm qua`, `năm vừa qua`): the year before publication, but in December the one now ending. */
  yearGoneBy?: true;
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
  /** Chosen before lower ranks where candidates overlap: USUAL_RANK for most rules, 1 for fallbacks (`cuối năm`). */
  rank: number;
  /** A part of the day written with the date (`sáng 21/11`), which turns a clock hour joined to it. */
  dayPeriod: DayPeriod | null;
}

/** The rank of most candidates, and the highest. */
export const USUAL_RANK = 2;

export interface DateRule {
  readonly name: string;
  /**
   * The rule's regex source, read with the `iu` flags between word bounds (rulePattern). A source, not a RegExp: the
   * scan compiles its own sticky pattern from it (sticky.ts), and a RegExp made here as well would cost every worker
   * its parse of the bounds' `\p{..}` classes for nothing.
   */
  readonly source: string;
  /** What a match may open with: the rule runs only where such a word starts (triggers.ts). */
  readonly starts: RuleStarts;
  /** One candidate, several (a list of days: `ngày 5 và 12/6`), or null to reject the match. */
  extract(match: RegExpExecArray, text: string): DateCandidate | readonly DateCandidate[] | null;
  /**
   * True when extract would reject any match opening at `start`, read from the text around it before the pattern
   * runs (a match costs an array and a string per group): `25 năm qua` counts years, `lần thứ 2` is an ordinal. A
   * shortcut only: extract still decides every match.
   */
  rejectsAt?(text: string, start: number): boolean;
  /** Set when extract may give several candidates (a list of days), which may end before the match does. */
  readonly several?: boolean;
}

/** What a rule may say of a candidate besides its span and start; each left out takes its usual value. */
export type CandidateExtras = Partial<Omit<DateCandidate, 'start' | 'end' | 'rule' | 'begin'>>;

export function candidate(match: RegExpExecArray, rule: string, begin: DatePoint, extra?: CandidateExtras): DateCandidate {
  // no `= {}` default: most candidates have no extras, and the default was an object made for each of them
  return {
    start: match.index,
    end: match.index + match[0].length,
    rule,
    begin,
    finish: extra?.finish ?? null,
    mod: extra?.mod ?? null,
    lunar: extra?.lunar ?? false,
    weak: extra?.weak ?? false,
    rank: extra?.rank ?? USUAL_RANK,
    dayPeriod: extra?.dayPeriod ?? null,
  };
}

/**
 * A table of the code units of `chars`, 1 for each (0 below the highest otherwise, undefined above it): a Set's
 * lookup hashes the number, a few times slower, and the edges of every candidate and start are asked.
 */
function codeUnitTable(chars: string): Uint8Array {
  let highest = 0;
  for (let index = 0; index < chars.length; index += 1) highest = Math.max(highest, chars.charCodeAt(index));
  const table = new Uint8Array(highest + 1);
  for (let index = 0; index < chars.length; index += 1) table[chars.charCodeAt(index)] = 1;
  return table;
}

/** Characters that glue a number to what follows or precedes it into one code: `Covid-19`, `ISO 9001:2015`, `5%`. */
const EDGE_JOINERS = codeUnitTable('/.:,-+–—_%&@');
const PERCENT = 37;

/**
 * True when [start, end) is a token of its own: not glued to letters or digits, and not one piece of a longer code
 * (`Covid-19`, `24/2013/TT-BKHCN`, `ISO 9001:2015`, `1.1.2.3`).
 */
export function hasCleanEdges(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (isWordCode(before)) return false;
  if (EDGE_JOINERS[before] === 1 && isWordCode(text.charCodeAt(start - 2))) return false;
  const after = text.charCodeAt(end);
  if (isWordCode(after) || after === PERCENT) return false;
  return !(EDGE_JOINERS[after] === 1 && isWordCode(text.charCodeAt(end + 1)));
}

/**
 * A lookup key for words the text already holds normalized (NFC, modern tone placement): lower case. Cheaper than
 * foldKey, which the rules would otherwise call on every match.
 */
export function lowerKey(words: string): string {
  // most words matched are lower case already: the same string, without toLowerCase's copy (and its trip to ICU
  // for a word beyond Latin-1, as most Vietnamese words are)
  for (let index = 0; index < words.length; index += 1) {
    const code = words.charCodeAt(index);
    if (hasLowerCase(code) || (code >= 0xd800 && code <= 0xdfff)) return words.toLowerCase();
  }
  return words;
}

/** True when the word's first letter is a capital (it has a lower case of its own). */
export function isCapitalized(word: string): boolean {
  return hasLowerCase(word.charCodeAt(0));
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

/** Regex source: a word ends here, nothing word-like or `%` after it and no piece of a longer code after it. */
export const ENDS_WORD_SOURCE = '(?![\\p{L}\\p{M}\\p{N}%])(?![/.:,+_&@–—-][\\p{L}\\p{N}])';

/** The characters OPENS_WORD_SOURCE refuses between a letter or digit and the word: `/.:,+_&@–—-`. */
const CODE_JOINERS = codeUnitTable('/.:,+_&@–—-');

/** OPENS_WORD_SOURCE read in code, for a sticky pattern run without it (triggers.ts). */
export function opensWord(text: string, offset: number): boolean {
  if (isWordCode(codePointBefore(text, offset))) return false;
  return CODE_JOINERS[text.charCodeAt(offset - 1)] !== 1 || !isLetterOrNumberCode(codePointBefore(text, offset - 1));
}

/**
 * A regex source with Vietnamese word boundaries on both sides, that also refuses a piece of a longer code
 * (`Covid-19`, `24/2013/TT-BKHCN`) the way hasCleanEdges does, so hostile text creates no match objects at all.
 */
export function bounded(source: string): string {
  return `${OPENS_WORD_SOURCE}(?:${source})${ENDS_WORD_SOURCE}`;
}

/** A rule's pattern as a global search runs it: between word bounds, global, Unicode, case-insensitive. */
export function rulePattern(rule: DateRule): RegExp {
  return new RegExp(bounded(rule.source), 'giu');
}

const GROUP_NAME = /\(\?<([A-Za-z_$][\w$]*)>/uy;

/**
 * The named groups of a regex source and their numbers (every capturing group counts, as a match numbers them).
 * Reads escapes and character classes as the `u` flag does.
 */
export function namedGroupNumbers(source: string): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  let count = 0;
  for (let index = 0, inClass = false; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(' && source[index + 1] !== '?') count += 1;
    else if (char === '(') {
      GROUP_NAME.lastIndex = index;
      const name = GROUP_NAME.exec(source)?.[1];
      if (name !== undefined) numbers.set(name, (count += 1));
    }
  }
  return numbers;
}

/** A rule's regex source and the number of each of its named groups. */
export interface NumberedPattern<Name extends string> {
  readonly source: string;
  readonly group: Readonly<Record<Name, number>>;
}

/**
 * A rule's source (rulePattern) with the number of each of its named groups, `names` listing them all: the trigger
 * scan runs the patterns without their group names (sticky.ts), so a rule reads its match by number,
 * `match[group.d]`.
 */
export function numberedPattern<const Name extends string>(source: string, names: readonly Name[]): NumberedPattern<Name> {
  const numbers = namedGroupNumbers(source);
  if (numbers.size !== names.length) throw new Error(`dates: ${names.join(', ')} are not all the groups of ${source}`);
  const group = {} as Record<Name, number>;
  for (const name of names) {
    const number = numbers.get(name);
    if (number === undefined) throw new Error(`dates: no group ${name} in ${source}`);
    group[name] = number;
  }
  return { source, group };
}

/**
 * Where the digits of a match start. Rules put only words before their first number (`ngày`, `sáng`, `lúc`,
 * `giai đoạn`), so this is where the first named number group starts, without the cost of the `d` flag.
 */
export function digitsStart(match: RegExpExecArray): number {
  const written = match[0];
  let index = 0;
  while (index < written.length && !isDigitCode(written.charCodeAt(index))) index += 1;
  return match.index + (index < written.length ? index : 0);
}

/**
 * Regex source: the words that may open a day (`sáng ngày 21/11`, `hôm 5/6`, `mồng 3`): a part of the day in group
 * `period`, a day word in group `dayWord`.
 */
export const DAY_PREFIX_SOURCE =
  `(?:(?<period>${DAY_PERIOD_SOURCE})[ \\t](?:(?:hôm|ngày)[ \\t])?|(?<dayWord>ngày|hôm|mồng|mùng)[ \\t](?:(?:mồng|mùng)[ \\t])?)?`;

/** The words DAY_PREFIX_SOURCE may write before the day: `sáng`, `sáng ngày`, `ngày`, `ngày mồng`. */
export const DAY_PREFIX_PATHS: readonly string[] = [
  ...DAY_PERIODS.flatMap((period) => [period, `${period} hôm`, `${period} ngày`]),
  ...['ngày', 'hôm', 'mồng', 'mùng'].flatMap((day) => [day, `${day} mồng`, `${day} mùng`]),
];

/** Each of `firsts` followed by each of `rests`, for RuleStarts: `['ngày', 'hôm'] × [' #']`. */
export function openings(firsts: readonly string[], rests: readonly string[]): string[] {
  return firsts.flatMap((first) => rests.map((rest) => first + rest));
}

/**
 * How a rule opens whose match holds a number of one or two digits (a day, an hour), perhaps after the words of
 * one of `leads`, the number followed by one of `after` (RuleStarts).
 */
export function smallNumberStarts(leads: readonly string[], after: readonly string[]): RuleStarts {
  return { digits: [1, 2], afterDigits: after, leads, words: [] };
}

/** The part of the day a rule captured (`sáng` in `sáng 21/11`), or null. */
export function periodOf(word: string | undefined): DayPeriod | null {
  return word ? DAY_PERIOD_WORDS.get(lowerKey(word)) ?? null : null;
}
