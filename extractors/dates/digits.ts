// Dates written in digits: `14/03/2023`, `05.03.2023`, `14-3-2023`, `2023-03-14`, `ngày 1/7`, `sáng 21/11`,
// `tháng`-less `6/2024`. Never a document number (`24/2013/TT-BKHCN`, `số 12/2023`) nor a fraction (`2/3 số
// doanh nghiệp`, `8/10`, `tại 7/10 huyện`): a day and month with no year needs a word that makes it a date, and a
// share's noun after it (`huyện`, `xã`, `tiêu chí`) undoes a context word before it (`tại`, `trong`).
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
  type DatePoint,
  type DateRule,
} from './candidate.js';
import {
  followedByAny,
  followedByQuantityNoun,
  followedByShareNoun,
  markedAsPast,
  precededByAny,
  precededByDocumentWord,
  precededByWord,
  withDirectionWords,
} from './context.js';
import { DATE_CONTEXT_WORDS, DOCUMENT_WORDS, RELATIVE_SHIFTS } from './lexicon.js';
import { PhraseSet } from './phrases.js';

/** Words after a day and month that say which year it is in: `15/3 vừa qua`, `1/7 tới`. */
const PAST_FOLLOWERS = new PhraseSet(['vừa qua', 'qua', 'vừa rồi', 'năm ngoái']);
const FUTURE_FOLLOWERS = new PhraseSet(['tới', 'sắp tới', 'tới đây', 'năm sau', 'năm tới']);
const DATE_FOLLOWERS = new PhraseSet(['này', 'năm nay', 'hàng năm', 'hằng năm', 'âm lịch', 'dương lịch', 'vừa qua', 'qua',
  'vừa rồi', 'năm ngoái', 'tới', 'sắp tới', 'tới đây', 'năm sau', 'năm tới']);

function dayDirectionAfter(text: string, offset: number): DatePoint['direction'] {
  if (followedByAny(text, offset, PAST_FOLLOWERS)) return 'past';
  if (followedByAny(text, offset, FUTURE_FOLLOWERS)) return 'future';
  return undefined;
}

/** Sticky: `qua` then a word, after a day and month (`24/7 qua đường dây nóng`): "through", no "past". */
const VIA_AFTER = /[ \t]qua[ \t]+\p{L}/uy;

/**
 * The day and month is followed by `qua` and a word: `qua` says "through" (`tiếp nhận sự cố 24/7 qua đường dây
 * nóng`, round the clock), not that the day is past (`15/3 qua,` ends its clause; `15/3 vừa qua` stays a date).
 */
function isViaAfter(text: string, end: number): boolean {
  VIA_AFTER.lastIndex = end;
  return VIA_AFTER.test(text);
}

/** Words before `(15/6)` that make it the date of the day just named: `sáng nay (15/6)`, `hôm qua (14/6)`. */
const DAY_BEFORE_PARENTHESIS = new PhraseSet(['nay', 'qua', 'mai', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hai', 'ba', 'tư',
  'năm', 'sáu', 'bảy', 'nhật']);

function isParenthesizedAfterDay(text: string, start: number, end: number): boolean {
  return text[start - 1] === '(' && text[end] === ')' && precededByWord(text, start - 1, DAY_BEFORE_PARENTHESIS);
}

/**
 * A day and month alone in brackets after what they date (`Ngày Sách Việt Nam lần thứ 4 (21/4)`, `Quốc khánh (2/9)`):
 * the date of the day or event just named. A share is never more than its whole, so a day above its month (`21/4`)
 * is no share; a day up to its month (`2/9`) is a date only after a capitalized name (`đạt 8 tiêu chí (8/10)` is a
 * share).
 */
function isBracketedAfterName(text: string, start: number, end: number, day: number, month: number): boolean {
  if (text[start - 1] !== '(' || text[end] !== ')') return false;
  if (day > month) return true;
  // one of the last two words before the bracket capitalized, inside a sentence: `Quốc khánh (2/9)`
  let wordEnd = start - 1;
  for (let words = 0; words < NAME_WORDS_BEFORE_BRACKET; words += 1) {
    while (wordEnd > 0 && isBlankCode(text.charCodeAt(wordEnd - 1))) wordEnd -= 1;
    let wordStart = wordEnd;
    while (wordStart > 0 && LETTER.test(text[wordStart - 1] ?? '')) wordStart -= 1;
    if (wordStart === wordEnd || wordStart < 2 || SENTENCE_END.test(text[wordStart - 2] ?? '')) return false;
    if (CAPITAL.test(text[wordStart] ?? '')) return true;
    wordEnd = wordStart;
  }
  return false;
}

/** How many words before a bracketed day and month are looked at for a name's capital. */
const NAME_WORDS_BEFORE_BRACKET = 2;
const LETTER = /[\p{L}\p{M}]/u;
const CAPITAL = /\p{Lu}/u;
const SENTENCE_END = /[.!?\n]/u;

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9;
}

/** A weekday's name, the words before `, 18/10` in `tối thứ Bảy, 18/10`. */
const WEEKDAY_NAMES = new PhraseSet(['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật']);

/**
 * A day and month right after a weekday's name and a comma is that weekday's date: `tối thứ Bảy, 18/10`, `Chủ nhật,
 * 5/1`. Not a rank's share: `xếp thứ ba, 3/9 trận thắng` (a counted noun follows).
 */
function isWeekdaysDate(text: string, start: number, end: number): boolean {
  return text[start - 1] === ' ' && text[start - 2] === ',' && precededByAny(text, start - 2, WEEKDAY_NAMES, 2) &&
    !followedByQuantityNoun(text, end);
}

/**
 * A day and month listed after another that a day word opens (`các kỳ điều hành ngày 9/10 và 23/10`, `sáng 3/5, 7/5
 * và 12/5`): the list's day word governs them all. Anchored at the end of a bounded slice before the day.
 */
const LISTED_AFTER_DATE =
  /(?:ngày|sáng|trưa|chiều|tối|đêm|hôm)[ \t]\d{1,2}\/\d{1,2}(?:\/\d{4})?(?:[ \t]?,[ \t]?\d{1,2}\/\d{1,2}(?:\/\d{4})?){0,4}(?:[ \t]?,[ \t]?|[ \t](?:và|hoặc)[ \t]|,[ \t](?:và|hoặc)[ \t])$/iu;
/** How far before a day its list's opening is looked for. */
const LIST_REACH = 72;

function isListedAfterDate(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before !== 32 && before !== 9 && before !== 44) return false; // a blank or a comma
  return LISTED_AFTER_DATE.test(text.slice(Math.max(0, start - LIST_REACH), start));
}

/** Sticky: a lead's tag after a dateline's day, `(TTXVN) - `, `(PV) – `: a capital in brackets, a dash between blanks. */
const LEAD_TAG_AFTER = /[ \t]?\(\p{Lu}[^()\n]{0,29}\)[ \t]?[-–—][ \t]/uy;

/**
 * A dateline: a place, a comma, the day and month, then the agency's tag opening the lead (`Hà Nội, 3/9 (TTXVN) -
 * ...`, `Viêng Chăn, 12/5 (TTXVN) – ...`). Not a score: `thắng 3/9 (33%) - ...`, `4/9 trận, 3/9 (Tỷ lệ 33%) - `.
 */
function isDateline(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== ' ' || text[start - 2] !== ',') return false;
  // The place's last word is capitalized (`Hà Nội,`): `4/9 trận, 3/9 (Tỷ lệ 33%) - ` counts.
  let wordStart = start - 2;
  while (wordStart > 0 && /[\p{L}\p{M}]/u.test(text[wordStart - 1] ?? '')) wordStart -= 1;
  if (wordStart === start - 2 || !/\p{Lu}/u.test(text[wordStart] ?? '')) return false;
  LEAD_TAG_AFTER.lastIndex = end;
  return LEAD_TAG_AFTER.test(text);
}

/**
 * Anchored at the end of a bounded slice: a named day, `Ngày` or `ngày` then a capitalized word and a few more, up to
 * the day and month after it (`Ngày Quốc tế Người khuyết tật 3/12`, `ngày Nhà giáo Việt Nam 20/11`, `Ngày Thương binh -
 * Liệt sĩ 27/7`).
 */
const NAMED_DAY_BEFORE = /(?:^|[^\p{L}\p{M}])[Nn]gày[ \t]\p{Lu}[\p{L}\p{M}]*(?:[ \t](?:[-–][ \t])?[\p{L}\p{M}]+){0,7}[ \t]$/u;
/** How far before a day and month its named day's `Ngày` is looked for. */
const NAMED_DAY_REACH = 80;

/**
 * Holidays named without `ngày` before their day and month (`dịp nghỉ lễ Quốc khánh 2/9`, `lễ Giải phóng miền Nam
 * 30/4`, `Quốc tế Lao động 1/5`): the day they fall on.
 */
const HOLIDAY_NAMES = new PhraseSet([
  'quốc khánh', 'giải phóng miền nam', 'thống nhất đất nước', 'quốc tế lao động', 'quốc tế phụ nữ', 'quốc tế thiếu nhi',
  'nhà giáo việt nam', 'thầy thuốc việt nam', 'phụ nữ việt nam', 'thương binh liệt sĩ', 'thương binh - liệt sĩ',
  'giáng sinh',
]);
/** The most words a holiday's name holds (`thương binh - liệt sĩ`). */
const HOLIDAY_NAME_WORDS = 5;

/**
 * The day and month follow the name of the day they date (`Nhân Ngày Quốc tế Người khuyết tật 3/12`, `chào mừng ngày
 * Nhà giáo Việt Nam 20/11`): `ngày` opens a capitalized name that runs on to the digits, in the same sentence. Not a
 * share after it (`đạt 3/5 tiêu chí`: see the caller).
 */
function isAfterNamedDay(text: string, start: number): boolean {
  return NAMED_DAY_BEFORE.test(text.slice(Math.max(0, start - NAMED_DAY_REACH), start)) ||
    precededByAny(text, start, HOLIDAY_NAMES, HOLIDAY_NAME_WORDS);
}

const DAY_MONTH_YEAR = numberedPattern(
  `${DAY_PREFIX_SOURCE}(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4})`,
  ['period', 'dayWord', 'd', 'sep', 'm', 'y'],
);

const dayMonthYear: DateRule = {
  name: 'digits.day-month-year',
  starts: smallNumberStarts(DAY_PREFIX_PATHS, ['/', '.', '-'].flatMap((sep) => [`${sep}#${sep}####`, `${sep}##${sep}####`])),
  source: DAY_MONTH_YEAR.source,
  extract(match, text) {
    const { group } = DAY_MONTH_YEAR;
    const day = Number(match[group.d]);
    const month = Number(match[group.m]);
    const year = Number(match[group.y]);
    const digitsAt = digitsStart(match);
    if (!isValidDay(day, month, year) || !isPlausibleYear(year)) return null;
    if (!hasCleanEdges(text, digitsAt, match.index + match[0].length)) return null;
    return candidate(match, this.name, { year, month, day }, { dayPeriod: periodOf(match[group.period]) });
  },
};

const ISO_DATE = numberedPattern(
  '(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:T(?<h>\\d{2}):(?<min>\\d{2})(?::\\d{2})?)?',
  ['y', 'm', 'd', 'h', 'min'],
);

const isoDate: DateRule = {
  name: 'digits.iso',
  starts: { digits: [4], afterDigits: ['-##-##'], words: [] },
  source: ISO_DATE.source,
  extract(match, text) {
    const { group } = ISO_DATE;
    const year = Number(match[group.y]);
    const month = Number(match[group.m]);
    const day = Number(match[group.d]);
    if (!isValidDay(day, month, year) || !isPlausibleYear(year)) return null;
    if (!hasCleanEdges(text, match.index, match.index + match[0].length)) return null;
    const point: DatePoint = { year, month, day };
    if (match[group.h] !== undefined) {
      point.hour = Number(match[group.h]);
      point.minute = Number(match[group.min]);
      if (point.hour > 23 || point.minute > 59) return null;
    }
    return candidate(match, this.name, point);
  },
};

/**
 * A day and month, then optionally its year: written (`5/3 năm 2024`) or counted from publication (`5/3 năm nay`,
 * `2/9 năm ngoái`, `1/7 năm sau`), whose words are the date's and pin its year (`năm nay` never moves it).
 */
/**
 * The year words that make a bare day and month a date (`2/9 năm nay`); `năm qua`, `năm trước` may close a share's
 * clause instead (`đạt 2/9 chỉ tiêu`, `2/9 năm qua`), so they date it only after a day word (`ngày 2/9 năm qua`).
 */
const BARE_DAY_YEAR_WORDS: ReadonlySet<string> = new Set(['nay', 'ngoái', 'tới', 'sau']);

/** The characters of ` năm ` between a day and month and the relative word that names its year. */
const YEAR_WORD_GAP = 5;

/**
 * Anchored at the end of a bounded slice: a day, with or without its month, and a range's dash or word (`30/4 - `,
 * `24 đến `), or a day without its month and a list's word (`9 và `, `5, `): `9/3 và 12/3 năm nay` is two dates.
 */
const RANGE_OR_LIST_OPENING =
  /(?:^|[^\p{L}\p{N}/])\d{1,2}(?:(?:\/\d{1,2})?(?:[ \t]*[-–—][ \t]*|[ \t](?:đến|tới)[ \t])|[ \t]*,[ \t]*|[ \t](?:và|hoặc)[ \t])$/u;
/** How far before a day its range's or list's first day is looked for. */
const RANGE_OR_LIST_REACH = 16;

/** Whether the day at `start` closes a range or a list that a day before it opens: `30/4 - 1/5`, `ngày 9 và 10/9`. */
function endsRangeOrListOpening(text: string, start: number): boolean {
  return RANGE_OR_LIST_OPENING.test(text.slice(Math.max(0, start - RANGE_OR_LIST_REACH), start));
}

const DAY_MONTH = numberedPattern(
  `${DAY_PREFIX_SOURCE}(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})(?:[ \\t]năm[ \\t](?:(?<y>\\d{4})|(?<rel>nay|ngoái|trước|qua|tới|sau)(?![\\p{L}\\p{M}])))?`,
  ['period', 'dayWord', 'd', 'sep', 'm', 'y', 'rel'],
);

const dayMonth: DateRule = {
  name: 'digits.day-month',
  starts: smallNumberStarts(DAY_PREFIX_PATHS, ['/#', '.#', '-#']),
  source: DAY_MONTH.source,
  extract(match, text) {
    const { group } = DAY_MONTH;
    const day = Number(match[group.d]);
    const month = Number(match[group.m]);
    const writtenYear = match[group.y];
    const year = writtenYear === undefined ? undefined : Number(writtenYear);
    const written = match[group.rel];
    const digitsAt = digitsStart(match);
    // After a day and a joining word (`30/4 - 1/5 năm nay`, `ngày 9 và 10/9 năm nay`) the year word is the whole
    // range's or list's, which their own rules read: here the day is read without it, as before.
    const relativeYear = written !== undefined && !endsRangeOrListOpening(text, digitsAt) ? written : undefined;
    const end = match.index + match[0].length - (written !== undefined && relativeYear === undefined ? written.length + YEAR_WORD_GAP : 0);
    if (!isValidDay(day, month, year) || (year !== undefined && !isPlausibleYear(year))) return null;
    if (!hasCleanEdges(text, digitsAt, end)) return null;
    const introduced = match[group.period] !== undefined || match[group.dayWord] !== undefined;
    if (!introduced && match[group.sep] !== '/') return null; // `5.6`, `5-6` are dates only after `ngày`, `sáng`...
    if (relativeYear !== undefined) {
      // `5/3 năm nay`: the year word makes it a date and names its year, counted from publication
      if (!introduced && (!BARE_DAY_YEAR_WORDS.has(relativeYear.toLowerCase()) || precededByAny(text, digitsAt, DOCUMENT_WORDS, 3, true))) {
        return null;
      }
      const shift = { unit: 'year' as const, amount: RELATIVE_SHIFTS.get(relativeYear.toLowerCase()) ?? 0 };
      return candidate(match, this.name, { month, day, shift }, { dayPeriod: periodOf(match[group.period]) });
    }
    if (!introduced && year === undefined && (isParenthesizedAfterDay(text, digitsAt, end) || isBracketedAfterName(text, digitsAt, end, day, month))) {
      return candidate(match, this.name, { month, day }, {});
    }
    if (!introduced && year === undefined && !isDateline(text, digitsAt, end) && !isWeekdaysDate(text, digitsAt, end) &&
      !(isListedAfterDate(text, digitsAt) && !followedByQuantityNoun(text, end))) {
      const byContext = (precededByAny(text, digitsAt, DATE_CONTEXT_WORDS, 3, true) || isAfterNamedDay(text, digitsAt)) &&
        !followedByQuantityNoun(text, end) && !(day <= month && followedByShareNoun(text, end));
      if (!byContext && (!followedByAny(text, end, DATE_FOLLOWERS) || isViaAfter(text, end))) return null;
      if (precededByAny(text, digitsAt, DOCUMENT_WORDS, 3, true)) return null;
    }
    const point: DatePoint = year === undefined ? { month, day } : { year, month, day };
    const direction = dayDirectionAfter(text, end) ?? (markedAsPast(text, match.index) ? 'past' : undefined);
    if (direction && year === undefined) point.direction = direction;
    const found = candidate(match, this.name, point, { dayPeriod: periodOf(match[group.period]) });
    found.end = end;
    return year === undefined ? withDirectionWords(found, text) : found;
  },
};

const MONTH_YEAR = numberedPattern('(?<m>\\d{1,2})(?<sep>[/.-])(?<y>\\d{4})', ['m', 'sep', 'y']);

const monthYear: DateRule = {
  name: 'digits.month-year',
  starts: { digits: [1, 2], afterDigits: ['/####', '.####', '-####'], words: [] },
  source: MONTH_YEAR.source,
  extract(match, text) {
    const { group } = MONTH_YEAR;
    const month = Number(match[group.m]);
    const year = Number(match[group.y]);
    const end = match.index + match[0].length;
    if (month < 1 || month > 12 || year < 1900 || year > 2100) return null;
    if (!hasCleanEdges(text, match.index, end) || precededByDocumentWord(text, match.index)) return null;
    if (followedByQuantityNoun(text, end)) return null;
    return candidate(match, this.name, { year, month });
  },
};

export const DIGIT_RULES: readonly DateRule[] = [dayMonthYear, isoDate, dayMonth, monthYear];
