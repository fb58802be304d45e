// Quarters and halves: `quý IV/2022`, `quý 4 năm 2022`, `quý III` (the year comes from the article), `quý I năm
// nay`; `6 tháng đầu năm` (H1), `sáu tháng cuối năm 2022` (H2), `nửa đầu năm nay`.
import {
  candidate,
  hasCleanEdges,
  isPlausibleYear,
  numberedPattern,
  openings,
  type DatePoint,
  type DateRule,
  lowerKey,
} from './candidate.js';
import { directionAfter } from './context.js';
import { QUARTER_NUMERALS, RELATIVE_SHIFTS } from './lexicon.js';

const YEAR_AFTER =
  '(?:(?:[ \\t]?[/.-][ \\t]?|,?[ \\t]năm[ \\t])(?<y>\\d{4})|[ \\t]năm[ \\t](?<rel>nay|ngoái|trước|qua|tới|sau))?';

/** The year part of a match, from its groups `y` and `rel`: a stated year, a year shift (`năm nay` 0), or nothing. */
function yearOf(digits: string | undefined, relative: string | undefined): Pick<DatePoint, 'year' | 'shift'> | null {
  if (digits !== undefined) return isPlausibleYear(Number(digits)) ? { year: Number(digits) } : null;
  if (relative !== undefined) return { shift: { unit: 'year', amount: RELATIVE_SHIFTS.get(lowerKey(relative)) ?? 0 } };
  return {};
}

/** Which half a `6 tháng` or `nửa` names (RuleStarts). */
const HALF_PARTS = [' đầu', ' cuối', ' sau'];

const QUARTER = numberedPattern(`quý[ \\t](?<q>IV|III|II|I|[1-4])${YEAR_AFTER}`, ['q', 'y', 'rel']);

const quarter: DateRule = {
  name: 'quarters.quarter',
  starts: { digits: [], words: ['quý i', 'quý #'] },
  pattern: QUARTER.pattern,
  extract(match, text) {
    const { group } = QUARTER;
    const numeral = match[group.q] ?? '';
    if (/[a-z]/u.test(numeral)) return null; // Roman numerals are written in capitals: `quý i` is no quarter
    const value = QUARTER_NUMERALS.get(numeral.toLowerCase());
    const year = yearOf(match[group.y], match[group.rel]);
    const end = match.index + match[0].length;
    if (value === undefined || !year || !hasCleanEdges(text, match.index, end)) return null;
    const point: DatePoint = { quarter: value, ...year };
    const direction = year.year === undefined && year.shift === undefined ? directionAfter(text, end) : undefined;
    if (direction) point.direction = direction;
    return candidate(match, this.name, point);
  },
};

const HALF = numberedPattern(
  '(?:(?:6|sáu)[ \\t]tháng|nửa)[ \\t](?<part>đầu|cuối|sau)[ \\t]năm' +
    '(?:[ \\t/](?<y>\\d{4})|[ \\t](?<rel>nay|ngoái|trước|qua|tới|sau))?',
  ['part', 'y', 'rel'],
);

const half: DateRule = {
  name: 'quarters.half',
  starts: { digits: [1], afterDigits: openings([' tháng'], HALF_PARTS), words: openings(['sáu tháng', 'nửa'], HALF_PARTS) },
  pattern: HALF.pattern,
  extract(match, text) {
    const { group } = HALF;
    const year = yearOf(match[group.y], match[group.rel]);
    if (!year || !hasCleanEdges(text, match.index, match.index + match[0].length)) return null;
    const value = lowerKey(match[group.part] ?? '') === 'đầu' ? 1 : 2;
    return candidate(match, this.name, { half: value, ...year });
  },
};

export const QUARTER_RULES: readonly DateRule[] = [quarter, half];
