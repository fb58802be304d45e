// Lunar dates and Tết: `Tết Nguyên đán`, `mùng 1 Tết`, `Tết Giáp Thìn`, `rằm tháng Giêng`, `Tết Trung thu`. They are
// recognized (the figures stage must not count them) but have no Gregorian value: the `dates` stage warns. A date
// followed by `âm lịch` (`15/8 âm lịch`) is made lunar in combine.ts. `Tết Dương lịch 2024` is 1 January.
import { NUMBER_WORDS, NUMBER_WORD_SOURCE } from '../shared/numbers.js';
import { candidate, isPlausibleYear, lowerKey, numberedPattern, openings, type DateRule } from './candidate.js';
import { isBlankCode, isLetterCode } from './characters.js';
import { MONTH_WORD_SOURCE } from './lexicon.js';

const COMMA = 44;

/**
 * True when `lễ` (a holiday) stands right before `offset`, a comma between them or not: `lễ tết`, `lễ, tết` are the
 * holidays in general (gifts, visits made at them), no one Tết.
 */
function afterHolidayWord(text: string, offset: number): boolean {
  let end = offset;
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end -= 1;
  if (text.charCodeAt(end - 1) === COMMA) end -= 1;
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end -= 1;
  const start = end - 2;
  return start >= 0 && text.slice(start, end).toLowerCase() === 'lễ' && !isLetterCode(text.charCodeAt(start - 1));
}

const STEMS = '(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)';
const BRANCHES = '(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)';
const TET_NAMES =
  `(?:Nguyên[ \\t]Đán|âm[ \\t]lịch|cổ[ \\t]truyền|Trung[ \\t]thu|Đoan[ \\t]Ngọ|Hàn[ \\t]thực|Thanh[ \\t]minh|` +
  `Dương[ \\t]lịch|Tây|${STEMS}[ \\t]${BRANCHES})`;

const TET = numberedPattern(
  `(?:(?:mùng|mồng)[ \\t](?:\\d{1,2}|${NUMBER_WORD_SOURCE})[ \\t])?Tết(?:[ \\t](?<name>${TET_NAMES}))?(?:[ \\t](?<y>\\d{4}))?`,
  ['name', 'y'],
);

const tet: DateRule = {
  name: 'lunar.tet',
  starts: {
    digits: [],
    words: ['tết', ...openings(['mùng', 'mồng'], openings([' #', ' ##', ...NUMBER_WORDS.map((word) => ` ${word}`)], [' tết']))],
  },
  source: TET.source,
  extract(match, text) {
    const { group } = TET;
    const name = lowerKey(match[group.name] ?? '');
    const writtenYear = match[group.y];
    const year = writtenYear === undefined ? undefined : Number(writtenYear);
    if (year !== undefined && !isPlausibleYear(year)) return null;
    // a bare lower-case `tết` after `lễ` names the holidays in general (`quà lễ tết`): no date
    if (match[0] === 'tết' && afterHolidayWord(text, match.index)) return null;
    if (name === 'dương lịch' || name === 'tây') {
      return candidate(match, this.name, year === undefined ? { month: 1, day: 1 } : { year, month: 1, day: 1 });
    }
    return candidate(match, this.name, year === undefined ? {} : { year }, { lunar: true });
  },
};

const fullMoon: DateRule = {
  name: 'lunar.ram',
  starts: { digits: [], words: ['rằm tháng'] },
  source: `rằm[ \\t]tháng[ \\t](?:\\d{1,2}|${MONTH_WORD_SOURCE})`,
  extract(match) {
    return candidate(match, this.name, {}, { lunar: true });
  },
};

export const LUNAR_RULES: readonly DateRule[] = [tet, fullMoon];
