// Quarters and halves: `quý IV/2022`, `quý 4 năm 2022`, `quý III` (the year comes from the article), `quý I năm
// nay`; `6 tháng đầu năm` (H1), `sáu tháng cuối năm 2022` (H2), `nửa đầu năm nay`; the first months of a year,
// `10 tháng đầu năm 2025` (`2025-01` … `2025-10`).
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
import { isDigitCode } from './characters.js';
import { directionAfter, followedByAny, withDirectionWords } from './context.js';
import { NOT_A_PART_AFTER } from './relative.js';
import { QUARTER_NUMERALS, RELATIVE_SHIFTS } from './lexicon.js';

const YEAR_AFTER =
  '(?:(?:[ \\t]?[/.-][ \\t]?|,?[ \\t]năm[ \\t])(?<y>\\d{4})|[ \\t]năm[ \\t](?<rel>nay|ngoái|trước|qua|tới|sau))?';

/** The year a relative word after `năm` names, as a shift: `năm nay` 0, `năm ngoái` −1. */
function yearShift(relative: string): NonNullable<DatePoint['shift']> {
  return { unit: 'year', amount: RELATIVE_SHIFTS.get(lowerKey(relative)) ?? 0 };
}

/** The year written in group `y`, undefined when none is, NaN when it is no plausible year. */
function writtenYear(digits: string | undefined): number | undefined {
  if (digits === undefined) return undefined;
  const year = Number(digits);
  return isPlausibleYear(year) ? year : Number.NaN;
}

/** The code of `6`, the one number of months a half is written with. */
const SIX = 0x36;

/** Which half a `6 tháng` or `nửa` names (RuleStarts). */
const HALF_PARTS = [' đầu', ' cuối', ' sau'];

const QUARTER = numberedPattern(`quý[ \\t](?<q>IV|III|II|I|[1-4])${YEAR_AFTER}`, ['q', 'y', 'rel']);

const quarter: DateRule = {
  name: 'quarters.quarter',
  starts: { digits: [], words: ['quý i', 'quý #'] },
  source: QUARTER.source,
  extract(match, text) {
    const { group } = QUARTER;
    const value = QUARTER_NUMERALS.get(match[group.q] ?? '');
    const year = writtenYear(match[group.y]);
    const relative = match[group.rel];
    const end = match.index + match[0].length;
    if (value === undefined || Number.isNaN(year) || !hasCleanEdges(text, match.index, end)) return null;
    // each point made whole, not spread from a year part: the spread is a call into the runtime
    if (year !== undefined) return candidate(match, this.name, { quarter: value, year });
    if (relative !== undefined) return candidate(match, this.name, { quarter: value, shift: yearShift(relative) });
    const point: DatePoint = { quarter: value };
    const direction = directionAfter(text, end);
    if (direction) point.direction = direction;
    return withDirectionWords(candidate(match, this.name, point), text);
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
  source: HALF.source,
  // the openings take any one digit before ` tháng đầu`, the pattern only `6`: `5 tháng đầu năm` counts months
  rejectsAt: (text, start) => {
    const first = text.charCodeAt(start);
    return isDigitCode(first) && first !== SIX;
  },
  extract(match, text) {
    const { group } = HALF;
    const year = writtenYear(match[group.y]);
    const relative = match[group.rel];
    if (Number.isNaN(year) || !hasCleanEdges(text, match.index, match.index + match[0].length)) return null;
    const value = lowerKey(match[group.part] ?? '') === 'đầu' ? 1 : 2;
    if (year !== undefined) return candidate(match, this.name, { half: value, year });
    if (relative !== undefined) return candidate(match, this.name, { half: value, shift: yearShift(relative) });
    return candidate(match, this.name, { half: value });
  },
};

/** The months a year's first months are counted in, in words: `Bảy tháng đầu năm 2025`, `mười một tháng đầu năm`. */
const MONTH_COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10], ['mười một', 11],
]);

/** The fewest and the most first months counted as a range: one month is that month, twelve the year. */
const FEWEST_FIRST_MONTHS = 2;
const MOST_FIRST_MONTHS = 11;

const FIRST_MONTHS = numberedPattern(
  `(?<n>\\d{1,2}|mười[ \\t]một|hai|ba|bốn|năm|bảy|tám|chín|mười)[ \\t]tháng[ \\t]đầu[ \\t]năm` +
    '(?:[ \\t/](?<y>\\d{4})|[ \\t](?<rel>nay|ngoái|trước|qua|tới|sau))?',
  ['n', 'y', 'rel'],
);

/**
 * `10 tháng đầu năm 2025`, `Bảy tháng đầu năm 2025`: the first N months of a year (N from 2 to 11), the range from
 * January to the N-th month, `2025-01` … `2025-10`. Six is the half year (`6 tháng đầu năm` is H1, the rule above).
 * Without a written year the year is the article's (`10 tháng đầu năm`), as `6 tháng đầu năm` is this year's half;
 * `Chín tháng đầu năm nay`, `9 tháng đầu năm ngoái` are the months of the year the relative word names, as
 * `6 tháng đầu năm nay` is its half, and `9 tháng đầu năm học` (a school or fiscal year) is none. `9 tháng năm
 * 2025`, without `đầu`, stays the year it names.
 */
const firstMonths: DateRule = {
  name: 'quarters.first-months',
  starts: {
    digits: [1, 2],
    afterDigits: [' tháng đầu năm'],
    words: [...MONTH_COUNT_WORDS.keys()].map((word) => `${word} tháng đầu năm`),
  },
  source: FIRST_MONTHS.source,
  // `6 tháng đầu năm` is the half year's
  rejectsAt: (text, start) => text.charCodeAt(start) === SIX && !isDigitCode(text.charCodeAt(start + 1)),
  extract(match, text) {
    const { group } = FIRST_MONTHS;
    const written = match[group.n] ?? '';
    const count = isDigitCode(written.charCodeAt(0))
      ? Number(written)
      : MONTH_COUNT_WORDS.get(lowerKey(written).replace(/[ \t]+/gu, ' '));
    if (count === undefined || count < FEWEST_FIRST_MONTHS || count > MOST_FIRST_MONTHS || count === 6) return null;
    const year = writtenYear(match[group.y]);
    const end = match.index + match[0].length;
    if (Number.isNaN(year) || !hasCleanEdges(text, match.index, end)) return null;
    if (year !== undefined) return candidate(match, this.name, { year, month: 1 }, { finish: { year, month: count } });
    if (followedByAny(text, end, NOT_A_PART_AFTER)) return null;
    // `9 tháng đầu năm nay`, `9 tháng đầu năm ngoái`: the months of the year the relative word names
    const relative = match[group.rel];
    const shift = relative === undefined ? ({ unit: 'year', amount: 0 } as const) : yearShift(relative);
    return candidate(match, this.name, { month: 1, shift }, { finish: { month: count, shift } });
  },
};

export const QUARTER_RULES: readonly DateRule[] = [quarter, half, firstMonths];
