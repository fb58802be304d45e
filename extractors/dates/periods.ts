// Calendar periods named by their number: ISO weeks (`tuần thứ 22 năm 2023`, `tuần 22/2023`, `tuần thứ 22 của năm
// nay`) and centuries (`thế kỷ 20`, `thế kỷ XXI`, `thế kỷ thứ 19`). A week needs its year, or `của năm`/`trong năm`
// after it: `tuần thứ 3 liên tiếp` counts weeks (an ordinal), `tuần thứ 3 trong năm học` is no ISO week; but a bare
// `tuần 41` (no `thứ`), the way epidemiological and market reports number weeks, is a week of the article's year
// when nothing after it counts (`tuần 16 - 18` of a pregnancy is a range, `mỗi tuần 3 buổi` a count). A century
// runs from its hundred to the year before the next (`thế kỷ 20` is 1900 … 1999, as TIMEX3's `19`).
import { candidate, hasCleanEdges, isPlausibleYear, lowerKey, numberedPattern, type DateRule } from './candidate.js';
import { isDigitCode } from './characters.js';
import { followedByWord, precededByWord } from './context.js';
import { RELATIVE_SHIFTS } from './lexicon.js';
import { PhraseSet } from './phrases.js';

const OF_YEAR = '(?:[ \\t](?:của|trong))?[ \\t]năm[ \\t]';

const ISO_WEEK = numberedPattern(
  `tuần[ \\t](?<th>thứ[ \\t])?(?<w>\\d{1,2})(?:${OF_YEAR}(?<y>\\d{4})|[ \\t]?/[ \\t]?(?<slash>\\d{4})|` +
    `${OF_YEAR}(?<rel>nay|ngoái|trước|tới|sau)|(?<ofYear>[ \\t](?:của|trong)[ \\t]năm)(?![ \\t](?:học|tài|âm|\\d)))?`,
  ['th', 'w', 'y', 'slash', 'rel', 'ofYear'],
);

/** Words before `tuần` that make it "a week" of a count or a rate: `mỗi tuần 3 buổi`, `hằng tuần 2 lần`, `các tuần`. */
const COUNTING_BEFORE_WEEK = new PhraseSet(['mỗi', 'hằng', 'hàng', 'các', 'những', 'từng', 'một']);

/** Words after a bare `tuần 41` that go on with the sentence, no unit it would count: `so với tuần 40 và tuần 39`. */
const AFTER_BARE_WEEK = new PhraseSet(['và', 'so', 'vừa', 'này', 'qua', 'với', 'là', 'có', 'ghi', 'tăng', 'giảm', 'đã', 'cho']);

/** Marks after a bare week's number that end it: `tuần 40.`, `Tuần 41 (từ ngày 6`, `tuần 40, số ca`. */
const WEEK_ENDERS = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x0a, 0x0d]);

/**
 * `tuần 41` with no year at `[start, end)`: an ISO week only when it ends the clause or an ordinary word follows
 * (not `tuần 16 - 18`, `tuần 5-6/7`, `tuần 3 ngày`, `tuần 2,5`) and no counting word stands before `tuần`.
 */
function isBareWeek(text: string, start: number, end: number): boolean {
  if (precededByWord(text, start, COUNTING_BEFORE_WEEK)) return false;
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  if (WEEK_ENDERS.has(after)) return after !== 0x2c || !isDigitCode(text.charCodeAt(end + 1));
  if (after !== 0x20 && after !== 0x09) return false;
  if (text.charCodeAt(end + 1) === 0x28) return true; // `Tuần 41 (từ ngày 6 đến 12/10)`
  return followedByWord(text, end, AFTER_BARE_WEEK);
}

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
    if (written === undefined && relative === undefined && match[group.ofYear] === undefined) {
      if (match[group.th] !== undefined || !isBareWeek(text, match.index, match.index + match[0].length)) return null;
    }
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
