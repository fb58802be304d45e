// Ranges written as one expression: `Ngày 10-11/12/2020`, `21 - 22/11/2024`, `từ ngày 1 đến ngày 5/6`,
// `30/11-2/12/2023`, `tháng 6-8/2024`, `giai đoạn 2021 - 2025`, `2021–2025`, `năm học 2023-2024`. Ranges made of
// two dates each found on its own (`từ năm 2021 đến năm 2025`) are joined in combine.ts.
import {
  DAY_PREFIX_SOURCE,
  DAY_PREFIX_PATHS,
  candidate,
  digitsStart,
  hasCleanEdges,
  isPlausibleYear,
  isValidDay,
  lowerKey,
  periodOf,
  openings,
  numberedPattern,
  smallNumberStarts,
  type DateRule,
} from './candidate.js';
import { isDigitCode } from './characters.js';
import { followedByQuantityNoun, precededByAny, precededByDocumentWord, precededByWord } from './context.js';
import { PhraseSet } from './phrases.js';
import { DATE_CONTEXT_WORDS, RELATIVE_SHIFTS } from './lexicon.js';

const DASH = '[ \\t]?[-–—][ \\t]?';
/** DASH as RuleStarts write it. */
const DASHES = openings(['', ' '], openings(['-', '–', '—'], ['', ' ']));
/** What follows the first year of a range (RuleStarts): a dash and the second year. */
const SECOND_YEAR = openings(DASHES, ['####']);
/** Words before a range of years, as the pattern tries them. */
const YEAR_RANGE_LEAD_WORDS = ['giai đoạn', 'thời kỳ', 'thời kì', 'nhiệm kỳ', 'nhiệm kì', 'năm học', 'niên khóa', 'niên khoá',
  'niên độ', 'mùa giải', 'năm'];
const YEAR_RANGE_LEADS = `(?:${YEAR_RANGE_LEAD_WORDS.map((lead) => lead.replace(' ', '[ \\t]')).join('|')})`;

const YEAR_RANGE = numberedPattern(`(?:(?<lead>${YEAR_RANGE_LEADS})[ \\t])?(?<y1>\\d{4})${DASH}(?<y2>\\d{4})`, ['lead', 'y1', 'y2']);

const yearRange: DateRule = {
  name: 'ranges.years',
  starts: { digits: [4], afterDigits: SECOND_YEAR, leads: YEAR_RANGE_LEAD_WORDS, words: [] },
  source: YEAR_RANGE.source,
  extract(match, text) {
    const { group } = YEAR_RANGE;
    const first = Number(match[group.y1]);
    const last = Number(match[group.y2]);
    const digitsAt = digitsStart(match);
    const end = match.index + match[0].length;
    if (!isPlausibleYear(first) || !isPlausibleYear(last) || last <= first || last - first > 100) return null;
    if (!hasCleanEdges(text, digitsAt, end) || precededByDocumentWord(text, digitsAt)) return null;
    if (match[group.lead] === undefined && (first < 1900 || followedByQuantityNoun(text, end))) return null;
    return candidate(match, this.name, { year: first }, { finish: { year: last } });
  },
};

/** The groups of the ranges of days: `từ` (in `ranges.days-words` only), the day word, the two days, the month, the year. */
type DayRangeGroups = Readonly<Record<'period' | 'dayWord' | 'd1' | 'd2' | 'sep' | 'm' | 'y', number> & { from?: number }>;

const DAY_RANGE_DASH = numberedPattern(
  `${DAY_PREFIX_SOURCE}(?<d1>\\d{1,2})${DASH}(?<d2>\\d{1,2})(?<sep>[/.])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}))?`,
  ['period', 'dayWord', 'd1', 'd2', 'sep', 'm', 'y'],
);

/** `Ngày 10-11/12/2020`, `21 - 22/11/2024`, `ngày 5 - 6/6`. */
const dayRangeDash: DateRule = {
  name: 'ranges.days-dash',
  starts: smallNumberStarts(DAY_PREFIX_PATHS, openings(DASHES, ['#'])),
  source: DAY_RANGE_DASH.source,
  extract(match, text) {
    return dayRange(this.name, match, DAY_RANGE_DASH.group, text);
  },
};

const DAY_RANGE_WORDS = numberedPattern(
  `(?<from>từ[ \\t])?${DAY_PREFIX_SOURCE}(?<d1>\\d{1,2})[ \\t](?:(?:đến|tới)[ \\t](?:hết[ \\t])?|(?<dawn>rạng[ \\t]sáng)[ \\t])(?:ngày[ \\t])?` +
    '(?<d2>\\d{1,2})(?<sep>[/.])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}))?',
  ['from', 'period', 'dayWord', 'd1', 'dawn', 'd2', 'sep', 'm', 'y'],
);

/** The rule of a night from one day into the next (`đêm 14 rạng sáng 15/11`), which combine.ts may run on to an end. */
export const NIGHT_RANGE_RULE = 'ranges.night';

/**
 * `từ ngày 1 đến ngày 5/6`, `ngày 3 đến 5/7/2023`; a night written by its evening's day and the next day's dawn
 * (`đêm 14 rạng sáng 15/11`) is the range of both days.
 */
const dayRangeWords: DateRule = {
  name: 'ranges.days-words',
  starts: smallNumberStarts([...DAY_PREFIX_PATHS, 'từ', ...openings(['từ '], DAY_PREFIX_PATHS)], [' đến ', ' tới ', ' rạng sáng ']),
  source: DAY_RANGE_WORDS.source,
  // a range opening on its first day has neither `từ` nor a day word
  rejectsAt: (text, start) => isDigitCode(text.charCodeAt(start)),
  extract(match, text) {
    const { group } = DAY_RANGE_WORDS;
    if (match[group.dawn] !== undefined) {
      // the night's day and the next: `đêm 6 rạng sáng 7/11`, not `sáng 6 rạng sáng 7/11`
      if (periodOf(match[group.period]) !== 'night' || Number(match[group.d2]) !== Number(match[group.d1]) + 1) return null;
      return dayRange(NIGHT_RANGE_RULE, match, group, text);
    }
    if (match[group.from] === undefined && match[group.dayWord] === undefined) return null;
    return dayRange(this.name, match, group, text);
  },
};

/** A week told relative to publication, which its days may follow in brackets: `tuần trước (24–30/11)`. */
const RELATIVE_WEEKS = new PhraseSet(['tuần trước', 'tuần qua', 'tuần vừa qua', 'tuần rồi', 'tuần này', 'tuần sau', 'tuần tới']);
const OPEN_BRACKET = 40;
const CLOSE_BRACKET = 41;

/**
 * The days from `digitsAt` to `end` stand alone in brackets right after a relative week, as its dates: `tuần trước
 * (24–30/11)` (combine.ts joins the two into one date with the days' value).
 */
function datesRelativeWeek(text: string, digitsAt: number, end: number): boolean {
  if (text.charCodeAt(digitsAt - 1) !== OPEN_BRACKET || text.charCodeAt(end) !== CLOSE_BRACKET) return false;
  return precededByAny(text, digitsAt - 1, RELATIVE_WEEKS, 3);
}

function dayRange(rule: string, match: RegExpExecArray, group: DayRangeGroups, text: string) {
  const first = Number(match[group.d1]);
  const last = Number(match[group.d2]);
  const month = Number(match[group.m]);
  const writtenYear = match[group.y];
  const year = writtenYear === undefined ? undefined : Number(writtenYear);
  const end = match.index + match[0].length;
  if (year !== undefined && !isPlausibleYear(year)) return null;
  if (!isValidDay(first, month, year) || !isValidDay(last, month, year) || last <= first) return null;
  if (!hasCleanEdges(text, digitsStart(match), end)) return null;
  const introduced = match[group.dayWord] !== undefined || match[group.period] !== undefined;
  const from = group.from === undefined ? undefined : match[group.from];
  // No day word and no year: a date only after a word of time (`hai ngày cuối tuần 5-6/7`, `vào 12-13/8`).
  if (!introduced && year === undefined && from === undefined && !datesRelativeWeek(text, digitsStart(match), end)) {
    if (!precededByWord(text, digitsStart(match), DATE_CONTEXT_WORDS) || followedByQuantityNoun(text, end)) return null;
  }
  const begin = year === undefined ? { month, day: first } : { year, month, day: first };
  const finish = year === undefined ? { month, day: last } : { year, month, day: last };
  return candidate(match, rule, begin, { finish, dayPeriod: periodOf(match[group.period]) });
}

const DAY_MONTH_RANGE = numberedPattern(
  `${DAY_PREFIX_SOURCE}(?<d1>\\d{1,2})/(?<m1>\\d{1,2})${DASH}(?<d2>\\d{1,2})/(?<m2>\\d{1,2})(?:/(?<y>\\d{4}))?`,
  ['period', 'dayWord', 'd1', 'm1', 'd2', 'm2', 'y'],
);

/** `30/11-2/12/2023`, `ngày 28/2 - 3/3`. */
const dayMonthRange: DateRule = {
  name: 'ranges.day-months',
  starts: smallNumberStarts(DAY_PREFIX_PATHS, openings(['/#', '/##'], DASHES)),
  source: DAY_MONTH_RANGE.source,
  extract(match, text) {
    const { group } = DAY_MONTH_RANGE;
    const [d1, m1, d2, m2] = [match[group.d1], match[group.m1], match[group.d2], match[group.m2]].map(Number);
    const writtenYear = match[group.y];
    const year = writtenYear === undefined ? undefined : Number(writtenYear);
    if (d1 === undefined || m1 === undefined || d2 === undefined || m2 === undefined) return null;
    if (year !== undefined && !isPlausibleYear(year)) return null;
    const startYear = year === undefined ? undefined : m1 > m2 ? year - 1 : year;
    if (!isValidDay(d1, m1, startYear) || !isValidDay(d2, m2, year)) return null;
    if (m1 === m2 ? d2 <= d1 : m1 > m2 && m1 - m2 < 11) return null;
    if (!hasCleanEdges(text, digitsStart(match), match.index + match[0].length)) return null;
    const introduced = match[group.dayWord] !== undefined || match[group.period] !== undefined;
    const nextMonth = m2 === m1 || m2 === m1 + 1 || (m1 === 12 && m2 === 1);
    const looksLikeFractions = precededByDocumentWord(text, match.index) || followedByQuantityNoun(text, match.index + match[0].length);
    if (!introduced && year === undefined && (!nextMonth || looksLikeFractions)) return null;
    const begin = startYear === undefined ? { month: m1, day: d1 } : { year: startYear, month: m1, day: d1 };
    const finish = year === undefined ? { month: m2, day: d2 } : { year, month: m2, day: d2 };
    return candidate(match, this.name, begin, { finish, dayPeriod: periodOf(match[group.period]) });
  },
};

const MONTH_RANGE = numberedPattern(
  `(?:từ[ \\t])?tháng[ \\t](?<m1>\\d{1,2})(?:${DASH}|[ \\t](?:đến|tới)[ \\t])(?:tháng[ \\t])?(?<m2>\\d{1,2})` +
    '(?:(?:[ \\t]?[/.-][ \\t]?|,?[ \\t]năm[ \\t])(?<y>\\d{4})|[ \\t]năm[ \\t](?<rel>nay|ngoái|trước|qua|tới|sau))?',
  ['m1', 'm2', 'y', 'rel'],
);

/**
 * `tháng 6-8/2024`, `từ tháng 3 đến tháng 5 năm 2023`, `tháng 9 - 10`; a relative year closing the range is both
 * ends' year: `từ tháng 1 đến tháng 9 năm nay`, `tháng 3 - 5 năm ngoái`.
 */
const monthRange: DateRule = {
  name: 'ranges.months',
  starts: { digits: [], words: openings(['từ tháng', 'tháng'], openings([' #', ' ##'], [...DASHES, ' đến ', ' tới '])) },
  source: MONTH_RANGE.source,
  extract(match, text) {
    const { group } = MONTH_RANGE;
    const first = Number(match[group.m1]);
    const last = Number(match[group.m2]);
    const writtenYear = match[group.y];
    const year = writtenYear === undefined ? undefined : Number(writtenYear);
    if (first < 1 || last > 12 || last <= first || (year !== undefined && !isPlausibleYear(year))) return null;
    if (!hasCleanEdges(text, match.index, match.index + match[0].length)) return null;
    const written = match[group.rel];
    const shift = written === undefined ? undefined : { unit: 'year' as const, amount: RELATIVE_SHIFTS.get(lowerKey(written)) ?? 0 };
    const stated = year === undefined ? (shift === undefined ? {} : { shift }) : { year };
    return candidate(match, this.name, { ...stated, month: first }, { finish: { ...stated, month: last } });
  },
};

export const RANGE_RULES: readonly DateRule[] = [yearRange, dayRangeDash, dayRangeWords, dayMonthRange, monthRange];
