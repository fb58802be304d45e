// Weekdays: `Thứ Ba`, `Chủ Nhật`, `sáng thứ Hai`, `thứ Sáu tuần trước`, `thứ 7 tới`. `thứ hai` in lower case is
// mostly an ordinal (`lần thứ hai`, `Thứ hai, ...` "secondly", `ngày thứ ba của bệnh` the third day): such a
// weekday is weak, kept only when a date follows it (`Thứ hai, 14/03/2023`, `ngày thứ năm, 15/6`).
import {
  candidate,
  isCapitalized,
  periodOf,
  numberedPattern,
  type DatePoint,
  type DateRule,
  lowerKey,
} from './candidate.js';
import { followedByAny, markedAsPast, precededByWord } from './context.js';
import { PhraseSet } from './phrases.js';
import { DAY_PERIOD_SOURCE, DAY_PERIODS, RELATIVE_SHIFTS, WEEKDAY_WORDS, WEEKDAY_WORD_SOURCE } from './lexicon.js';

/** The word a weekday in words or digits opens with (`thứ Ba`, `thứ 2`). */
const THU = new PhraseSet(['thứ']);
const ORDINAL_BEFORE = new PhraseSet(['lần', 'người', 'vị', 'hạng', 'giải', 'lớp', 'đợt', 'phần', 'điều', 'khóa', 'kỳ', 'số']);

/**
 * Words before a weekday that make it every such day, no date: `làm việc cả thứ Bảy`, `các ngày thứ Hai`, `mỗi sáng
 * Chủ nhật`, `hằng thứ Sáu`. With a week after it the day is one (`cả thứ Bảy tuần này`).
 */
const HABITUAL_BEFORE = new PhraseSet(['cả', 'các', 'mỗi', 'mọi', 'những', 'hàng', 'hằng', 'từng']);
/**
 * A habitual word before this weekday across a day period (`mỗi sáng thứ Hai`) or a list of weekdays before it
 * (`cả thứ Bảy, Chủ nhật`, `các ngày thứ Bảy và Chủ nhật`), joined by commas, `và` or `hoặc`. Read on a bounded window.
 */
const HABITUAL_LIST_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:cả|các|mỗi|mọi|những|hàng|hằng|từng)[ \\t](?:(?:${DAY_PERIOD_SOURCE}|ngày)[ \\t])?` +
    `(?:(?:thứ[ \\t](?:${WEEKDAY_WORD_SOURCE})|chủ[ \\t]nhật)(?:[ \\t]?,[ \\t]?|[ \\t](?:và|hoặc)[ \\t])){0,6}$`,
  'iu',
);
const LIST_WINDOW = 90;
/**
 * Words after a weekday that make it every such day, or that day of some other week, no date: `sáng thứ Bảy hằng
 * tuần`, `Chủ nhật hàng tuần`, `học bù vào Chủ nhật tuần khác`.
 */
const HABITUAL_AFTER = new PhraseSet(['hằng tuần', 'hàng tuần', 'mỗi tuần', 'tuần khác']);

/** Opening quotation marks. */
const OPENING_QUOTES = new Set(['“', '"', '‘', '«']);
/** Words on after a weekday up to a closing quote, within a short name: ` số”`, ` xanh”`, ` tình nguyện”`. */
const NAME_GOES_ON_TO_QUOTE = /[ \t]\p{L}[\p{L}\p{M} \t]{0,30}["”’»]/uy;

/**
 * Whether the weekday at `start` to `end` opens a quoted name (`ra quân “Chủ nhật số”`, `phong trào "Chủ nhật
 * xanh"`, `“Thứ Bảy tình nguyện”`): an opening quote just before it, words after it up to the closing quote. A
 * campaign's name, no date.
 */
function opensQuotedName(text: string, start: number, end: number): boolean {
  if (!OPENING_QUOTES.has(text.charAt(start - 1))) return false;
  NAME_GOES_ON_TO_QUOTE.lastIndex = end;
  return NAME_GOES_ON_TO_QUOTE.test(text);
}

function habitualWeekday(text: string, start: number): boolean {
  if (precededByWord(text, start, HABITUAL_BEFORE)) return true;
  return HABITUAL_LIST_BEFORE.test(text.slice(Math.max(0, start - LIST_WINDOW), start));
}

const WEEKDAY = numberedPattern(
  `(?:(?<period>${DAY_PERIOD_SOURCE})[ \\t]|(?<hom>hôm|ngày|vào)[ \\t])?(?:thứ[ \\t](?<w>${WEEKDAY_WORD_SOURCE})|(?<sunday>chủ[ \\t]nhật))` +
    '(?:[ \\t]tuần[ \\t](?<week>này|tới|sau|trước|qua|vừa[ \\t]qua|sắp[ \\t]tới)|[ \\t](?<near>này|tới|vừa[ \\t]qua|vừa[ \\t]rồi|sắp[ \\t]tới))?',
  ['period', 'hom', 'w', 'sunday', 'week', 'near'],
);

const weekday: DateRule = {
  name: 'weekdays.weekday',
  starts: {
    digits: [],
    words: [
      ...[...WEEKDAY_WORDS.keys()].map((day) => `thứ ${day}`),
      'chủ nhật',
      ...[...DAY_PERIODS, 'hôm', 'ngày', 'vào'].flatMap((before) => [`${before} thứ`, `${before} chủ`]),
    ],
  },
  source: WEEKDAY.source,
  // `lần thứ 2`: a match opening on `thứ` names its day in words or digits, which an ordinal word before refuses
  rejectsAt: (text, start) =>
    start + 3 < text.length && THU.has(text, start, start + 3) && precededByWord(text, start, ORDINAL_BEFORE),
  extract(match, text) {
    const { group } = WEEKDAY;
    const written = match[group.w];
    const day = written === undefined ? 7 : WEEKDAY_WORDS.get(lowerKey(written));
    if (day === undefined) return null;
    if (written !== undefined && precededByWord(text, match.index, ORDINAL_BEFORE)) return null;
    if (opensQuotedName(text, match.index, match.index + match[0].length)) return null;
    const point: DatePoint = { weekday: day };
    const week = match[group.week];
    const near = match[group.near];
    // `làm việc cả thứ Bảy, Chủ nhật`: every such day, no date.
    if (week === undefined && near === undefined && habitualWeekday(text, match.index)) return null;
    // `mở cửa vào sáng thứ Bảy hằng tuần`: every such day, no date.
    if (week === undefined && near === undefined && followedByAny(text, match.index + match[0].length, HABITUAL_AFTER)) return null;
    if (week !== undefined) point.shift = { unit: 'week', amount: RELATIVE_SHIFTS.get(lowerKey(week)) ?? 0 };
    else if (near !== undefined) {
      const amount = RELATIVE_SHIFTS.get(lowerKey(near)) ?? 0;
      if (amount < 0) point.direction = 'past';
      else if (amount > 0) point.direction = 'future';
    } else if (markedAsPast(text, match.index)) point.direction = 'past'; // `hồi thứ Ba`
    // `ngày thứ ba của đợt điều trị` counts days: after `ngày`, only a capitalized weekday (`ngày Thứ Ba`) is strong.
    const hom = match[group.hom];
    const homWord = hom === undefined ? '' : lowerKey(hom);
    const capitalized = written !== undefined && !/\d/u.test(written) && isCapitalized(written);
    const introduced = match[group.period] !== undefined || homWord === 'hôm';
    const strong = match[group.sunday] !== undefined || introduced || week !== undefined || near !== undefined || capitalized;
    const span = candidate(match, this.name, point, { weak: !strong, dayPeriod: periodOf(match[group.period]) });
    if (hom !== undefined && homWord === 'vào') span.start = match.index + hom.length + 1; // `vào` opens, it is no date
    return span;
  },
};

export const WEEKDAY_RULES: readonly DateRule[] = [weekday];
