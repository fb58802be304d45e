// Calendar periods named by their number: ISO weeks (`tuần thứ 22 năm 2023`, `tuần 22/2023`, `tuần thứ 22 của năm
// nay`) and centuries (`thế kỷ 20`, `thế kỷ XXI`, `thế kỷ thứ 19`). A week needs its year, or `của năm`/`trong năm`
// after it: `tuần thứ 3 liên tiếp` counts weeks (an ordinal), `tuần thứ 3 trong năm học` is no ISO week. A century
// runs from its hundred to the year before the next (`thế kỷ 20` is 1900 … 1999, as TIMEX3's `19`).
import { candidate, hasCleanEdges, isPlausibleYear, lowerKey, numberedPattern, type DateRule } from './candidate.js';
import { RELATIVE_SHIFTS } from './lexicon.js';

const OF_YEAR = '(?:[ \\t](?:của|trong))?[ \\t]năm[ \\t]';

const ISO_WEEK = numberedPattern(
  `tuần[ \\t](?:thứ[ \\t])?(?<w>\\d{1,2})(?:${OF_YEAR}(?<y>\\d{4})|[ \\t]?/[ \\t]?(?<slash>\\d{4})|` +
    `${OF_YEAR}(?<rel>nay|ngoái|trước|tới|sau)|[ \\t](?:của|trong)[ \\t]năm(?![ \\t](?:học|tài|âm|\\d)))`,
  ['w', 'y', 'slash', 'rel'],
);

const isoWeek: DateRule = {
  name: 'periods.week',
  starts: { digits: [], words: ['tuần #', 'tuần thứ #'] },
  source: ISO_WEEK.source,
  extract(match, text) {
    const { group } = ISO_WEEK;
    const week = Number(match[group.w]);
    const written = match[group.y] ?? match[group.slash];
    const year = written === undefined ? undefined : Number(written);
    if (week < 1 || week > 53 || (year !== undefined && !isPlausibleYear(year))) return null;
    if (!hasCleanEdges(text, match.index, match.index + match[0].length)) return null;
    const relative = match[group.rel];
    if (relative !== undefined) {
      const amount = RELATIVE_SHIFTS.get(lowerKey(relative)) ?? 0;
      return candidate(match, this.name, { week, shift: { unit: 'year', amount } });
    }
    return candidate(match, this.name, year === undefined ? { week } : { year, week });
  },
};

const ROMAN_VALUES: ReadonlyMap<string, number> = new Map([['I', 1], ['V', 5], ['X', 10]]);

/** `XXI` → 21; null for what is no Roman numeral up to 30 (`IIII`, `VX`). */
function readRoman(written: string): number | null {
  if (!/^X{0,2}(?:IX|IV|V?I{0,3})$/u.test(written)) return null;
  let total = 0;
  for (let index = 0; index < written.length; index += 1) {
    const value = ROMAN_VALUES.get(written[index] ?? '') ?? 0;
    const next = ROMAN_VALUES.get(written[index + 1] ?? '') ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : null;
}

const CENTURY = numberedPattern('thế[ \\t]k[ỷỉ](?:[ \\t]thứ)?[ \\t](?:(?<n>\\d{1,2})|(?<roman>[IVX]{1,6}))', ['n', 'roman']);

const century: DateRule = {
  name: 'periods.century',
  starts: { digits: [], words: ['thế kỷ', 'thế kỉ'] },
  source: CENTURY.source,
  extract(match, text) {
    const { group } = CENTURY;
    const digits = match[group.n];
    const number = digits !== undefined ? Number(digits) : readRoman(match[group.roman] ?? '');
    if (number === null || number < 1 || number > 22) return null;
    if (!hasCleanEdges(text, match.index, match.index + match[0].length)) return null;
    const first = (number - 1) * 100;
    return candidate(match, this.name, { year: first }, { finish: { year: first + 99 } });
  },
};

export const PERIOD_RULES: readonly DateRule[] = [isoWeek, century];
