// Dates built on `tháng`: `tháng 6/2024`, `tháng 6 năm 2024`, `tháng Sáu`, `tháng 6 năm ngoái`, `ngày 15 tháng 8
// năm 2022`, `mồng ba tháng Ba`, and the order some sites print, `Tháng Hai 14, 2021` / `14 Tháng Hai, 2021`.
// `3 tháng` is a duration (a figure), never a month: the number must follow `tháng`, or a day word open the date.
import { NUMBER_WORDS, NUMBER_WORD_SOURCE, parseVietnameseNumber } from '../shared/numbers.js';
import {
  DAY_PREFIX_SOURCE,
  DAY_PREFIX_PATHS,
  candidate,
  digitsStart,
  hasCleanEdges,
  isCapitalized,
  isPlausibleYear,
  isValidDay,
  periodOf,
  numberedPattern,
  openings,
  smallNumberStarts,
  type DatePoint,
  type DateRule,
  lowerKey,
} from './candidate.js';
import { directionAfter, followedByQuantityNoun, markedAsPast, precededByCount, withDirectionWords } from './context.js';
import { LUNAR_MONTH_WORDS, MONTH_WORDS, MONTH_WORD_SOURCE, RELATIVE_SHIFTS } from './lexicon.js';

const MONTH = `(?<m>\\d{1,2}|${MONTH_WORD_SOURCE})`;
/** A year after the month: `/2024`, `-2024`, `năm 2024`, `, 2024`; or a relative one, `năm nay`, `năm ngoái`. */
const YEAR_AFTER_MONTH =
  '(?:(?:[ \\t]?[/.-][ \\t]?|,?[ \\t]năm[ \\t]|,[ \\t])(?<y>\\d{4})|[ \\t]năm[ \\t](?<rel>nay|ngoái|trước|qua|tới|sau))?';
const DAY_WORDS = `(?:${NUMBER_WORD_SOURCE})(?:[ \\t]${NUMBER_WORD_SOURCE}){0,2}`;
/** How a month follows `tháng` (RuleStarts): ` 6`, ` Sáu`. */
const MONTH_AFTER: readonly string[] = [' #', ...[...MONTH_WORDS.keys()].map((word) => ` ${word}`)];

interface MonthReading {
  readonly month: number;
  readonly lunar: boolean;
  readonly named: boolean;
}

function readMonth(written: string | undefined): MonthReading | null {
  if (written === undefined) return null;
  if (/^\d+$/u.test(written)) {
    const month = Number(written);
    return month >= 1 && month <= 12 ? { month, lunar: false, named: false } : null;
  }
  const key = lowerKey(written);
  const month = MONTH_WORDS.get(key);
  return month === undefined ? null : { month, lunar: LUNAR_MONTH_WORDS.has(key), named: true };
}

/** The year part of a match, from its groups `y` and `rel`: a stated year, a year shift (`năm ngoái` −1), or nothing. */
function yearPart(digits: string | undefined, relative: string | undefined): Pick<DatePoint, 'year' | 'shift'> | null {
  if (digits !== undefined) {
    const year = Number(digits);
    return isPlausibleYear(year) ? { year } : null;
  }
  if (relative !== undefined) return { shift: { unit: 'year', amount: RELATIVE_SHIFTS.get(lowerKey(relative)) ?? 0 } };
  return {};
}

/** Which year a month with none lies in, from the words after it (`tháng 3 vừa qua`) or `hồi` before it. */
function directionOf(text: string, start: number, end: number): DatePoint['direction'] {
  return directionAfter(text, end) ?? (markedAsPast(text, start) ? 'past' : undefined);
}

const MONTH_PATTERN = numberedPattern(`tháng[ \\t]${MONTH}${YEAR_AFTER_MONTH}`, ['m', 'y', 'rel']);

/** `tháng 6`, `tháng 6/2024`, `tháng Sáu năm 2024`, `tháng Giêng`. */
const month: DateRule = {
  name: 'months.month',
  starts: { digits: [], words: openings(['tháng'], MONTH_AFTER) },
  source: MONTH_PATTERN.source,
  extract(match, text) {
    const { group } = MONTH_PATTERN;
    const reading = readMonth(match[group.m]);
    const year = yearPart(match[group.y], match[group.rel]);
    const end = match.index + match[0].length;
    if (!reading || !year || !hasCleanEdges(text, match.index, end)) return null;
    if (precededByCount(text, match.index)) return null;
    const hasYear = year.year !== undefined || year.shift !== undefined;
    if (reading.named && !hasYear && !reading.lunar && !isCapitalized(match[group.m] ?? '')) return null;
    if (hasYear && followedByQuantityNoun(text, end)) return null;
    const point: DatePoint = { month: reading.month, ...year };
    const direction = hasYear ? undefined : directionOf(text, match.index, end);
    if (direction) point.direction = direction;
    const found = candidate(match, this.name, point, { lunar: reading.lunar });
    return hasYear ? found : withDirectionWords(found, text);
  },
};

const MONTH_DAY_YEAR = numberedPattern(`tháng[ \\t]${MONTH}[ \\t](?<d>\\d{1,2}),[ \\t]?(?<y>\\d{4})`, ['m', 'd', 'y']);

/** `Tháng Hai 14, 2021`, `Tháng 2 14, 2021`: month, day, comma, year. */
const monthDayYear: DateRule = {
  name: 'months.month-day-year',
  starts: { digits: [], words: openings(['tháng'], openings(MONTH_AFTER, openings([' #', ' ##'], [',']))) },
  source: MONTH_DAY_YEAR.source,
  extract(match, text) {
    const { group } = MONTH_DAY_YEAR;
    const reading = readMonth(match[group.m]);
    const day = Number(match[group.d]);
    const year = Number(match[group.y]);
    if (!reading || reading.lunar || !isValidDay(day, reading.month, year) || !isPlausibleYear(year)) return null;
    if (!hasCleanEdges(text, match.index, match.index + match[0].length)) return null;
    return candidate(match, this.name, { year, month: reading.month, day });
  },
};

/** How a day in digits, then `tháng` and the month, opens (RuleStarts): `15 tháng 8`, `ngày 15 tháng Tám`. */
const DAY_IN_DIGITS_STARTS = smallNumberStarts(DAY_PREFIX_PATHS, openings([' tháng'], MONTH_AFTER));
/** A day in words follows a day word (RuleStarts): `mồng ba`. */
const DAY_IN_WORDS = NUMBER_WORDS.map((word) => ` ${word}`);

const DAY_OF_MONTH = numberedPattern(
  `${DAY_PREFIX_SOURCE}(?<d>\\d{1,2}|${DAY_WORDS})[ \\t]tháng[ \\t]${MONTH}${YEAR_AFTER_MONTH}`,
  ['period', 'dayWord', 'd', 'm', 'y', 'rel'],
);

/** `ngày 15 tháng 8 năm 2022`, `mồng ba tháng Ba`, `14 Tháng Hai, 2021`, `ngày 2 tháng 9 năm ngoái`. */
const dayOfMonth: DateRule = {
  name: 'months.day-of-month',
  // A day in words (`mồng ba tháng Ba`) counts only after a day word: the rule never starts on a number word.
  starts: { ...DAY_IN_DIGITS_STARTS, words: openings(DAY_PREFIX_PATHS, DAY_IN_WORDS) },
  source: DAY_OF_MONTH.source,
  extract(match, text) {
    const { group } = DAY_OF_MONTH;
    const reading = readMonth(match[group.m]);
    const year = yearPart(match[group.y], match[group.rel]);
    const written = match[group.d] ?? '';
    const day = /^\d+$/u.test(written) ? Number(written) : parseVietnameseNumber(written);
    const dayAt = digitsStart(match);
    const end = match.index + match[0].length;
    if (!reading || !year || day === null || !isValidDay(day, reading.month, year.year)) return null;
    if (!hasCleanEdges(text, dayAt, end)) return null;
    const introduced = match[group.dayWord] !== undefined || match[group.period] !== undefined;
    const hasYear = year.year !== undefined || year.shift !== undefined;
    if (!introduced && (!hasYear || !/^\d+$/u.test(written) || precededByCount(text, dayAt))) return null;
    if (!introduced && year.year !== undefined && !/năm|,/u.test(match[0])) return null;
    const point: DatePoint = { month: reading.month, day, ...year };
    const direction = hasYear ? undefined : directionOf(text, match.index, end);
    if (direction) point.direction = direction;
    const found = candidate(match, this.name, point, { lunar: reading.lunar, dayPeriod: periodOf(match[group.period]) });
    return hasYear ? found : withDirectionWords(found, text);
  },
};

export const MONTH_RULES: readonly DateRule[] = [month, monthDayYear, dayOfMonth];
