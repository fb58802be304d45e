// Lists of days sharing one month: `hai ngày 9 và 10/9`, `các ngày 8, 9 và 10/9/2023`, `ngày 5 và 12/6`. Days that
// follow one another make one range (`ngày 9 và 10/9` → 9 … 10 September); other lists give one date per day, each
// with the month (and year) written after the last. A day word must open the list: `5 và 6/2023` is no date.
import {
  DAY_PREFIX_SOURCE,
  DAY_PREFIX_PATHS,
  candidate,
  digitsStart,
  hasCleanEdges,
  isPlausibleYear,
  isValidDay,
  periodOf,
  numberedPattern,
  smallNumberStarts,
  type DateCandidate,
  type DatePoint,
  type DateRule,
} from './candidate.js';
import { isDigitCode } from './characters.js';

const LIST_SEPARATOR = '(?:[ \\t]?,[ \\t]?|[ \\t](?:và|hoặc)[ \\t]|,[ \\t](?:và|hoặc)[ \\t])';
/** A day of the list, with its own day word when the list repeats it (`ngày 9 và ngày 10/7`). */
const DAY_NUMBER = /(?:ngày[ \t])?(\d{1,2})/gu;
const REPEATED_DAY_WORD = 'ngày[ \\t]';

function dayPoint(day: number, month: number, year: number | undefined): DatePoint {
  return year === undefined ? { month, day } : { year, month, day };
}

const DAY_LIST = numberedPattern(
  `${DAY_PREFIX_SOURCE}(?<days>\\d{1,2}(?:${LIST_SEPARATOR}(?:${REPEATED_DAY_WORD})?\\d{1,2}){1,6})(?<sep>[/.])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}))?`,
  ['period', 'dayWord', 'days', 'sep', 'm', 'y'],
);

const dayList: DateRule = {
  name: 'lists.days',
  starts: smallNumberStarts(DAY_PREFIX_PATHS, [',#', ', #', ' ,#', ' , #', ' và #', ' hoặc #', ', và #', ', hoặc #', ', ngày #', ' và ngày #', ' hoặc ngày #', ', và ngày #']),
  source: DAY_LIST.source,
  several: true,
  // most openings on a number are decimals (`1,5 tỷ`), and a list opening on its first day has no day word
  rejectsAt: (text, start) => isDigitCode(text.charCodeAt(start)),
  extract(match, text) {
    const { group } = DAY_LIST;
    if (match[group.dayWord] === undefined && match[group.period] === undefined) return null;
    const month = Number(match[group.m]);
    const writtenYear = match[group.y];
    const year = writtenYear === undefined ? undefined : Number(writtenYear);
    const end = match.index + match[0].length;
    if (year !== undefined && !isPlausibleYear(year)) return null;
    if (!hasCleanEdges(text, digitsStart(match), end)) return null;
    const written = match[group.days] ?? '';
    const daysAt = digitsStart(match);
    const days: { day: number; start: number; end: number }[] = [];
    let repeated = false;
    for (const found of written.matchAll(DAY_NUMBER)) {
      const start = daysAt + found.index;
      const digits = found[1] ?? found[0];
      if (digits !== found[0]) repeated = true;
      days.push({ day: Number(digits), start, end: start + found[0].length });
    }
    for (let index = 0; index < days.length; index += 1) {
      const current = days[index];
      const previous = days[index - 1];
      if (current === undefined || !isValidDay(current.day, month, year)) return null;
      if (previous !== undefined && current.day <= previous.day) return null;
    }
    const first = days[0];
    const last = days[days.length - 1];
    if (first === undefined || last === undefined) return null;
    const period = periodOf(match[group.period]);
    // Each day with its own day word is a date of its own, even the next day: `ngày 9 và ngày 10/7`.
    if (!repeated && last.day - first.day === days.length - 1) {
      return candidate(match, this.name, dayPoint(first.day, month, year), {
        finish: dayPoint(last.day, month, year),
        dayPeriod: period,
      });
    }
    return days.map((item, index): DateCandidate => {
      const found = candidate(match, this.name, dayPoint(item.day, month, year), { dayPeriod: period });
      found.start = index === 0 ? match.index : item.start;
      found.end = index === days.length - 1 ? end : item.end;
      return found;
    });
  },
};

export const LIST_RULES: readonly DateRule[] = [dayList];
