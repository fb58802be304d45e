// Dates counted from the article's publication: `năm qua`, `năm vừa qua`, `năm ngoái`, `năm nay`, `tháng trước`,
// `tuần tới`, `quý này`, `hôm qua`, `ngày mai`, `sáng nay`; and the bare `đầu năm`, `cuối tháng` (this year, this
// month). A count before the unit makes a period, not a date: `những năm qua`, `10 năm qua`, `trong 5 năm tới`.
import { candidate, hasCleanEdges, numberedPattern, periodOf, type DateRule, type DatePoint, lowerKey } from './candidate.js';
import { followedByAny, followedByWord, numberPairBefore, precededByAny, precededByCount, precededByGradeNumber, precededByGoodsWord, precededByWord, markedAsPast } from './context.js';
import { PhraseSet } from './phrases.js';
import { NUMBER_WORD_SOURCE, parseVietnameseNumber } from '../shared/numbers.js';
import { DAY_PERIOD_SOURCE, DAY_PERIODS, MOD_WORDS, RELATIVE_SHIFTS } from './lexicon.js';

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
const UNITS: ReadonlyMap<string, Unit> = new Map([['năm', 'year'], ['tháng', 'month'], ['tuần', 'week'], ['quý', 'quarter']]);
/** Relative words after a unit, as the pattern tries them. */
const UNIT_RELATIVES = ['vừa qua', 'vừa rồi', 'sắp tới', 'kế tiếp', 'tiếp theo', 'qua', 'ngoái', 'trước', 'nay', 'này', 'tới', 'sau', 'rồi'];

/**
 * Which relative words each unit takes: `năm ngoái` but not `tháng ngoái`; `tháng này` but not `năm này`; the
 * spoken `năm rồi` (last year, as `năm ngoái`) but not `tháng rồi`, `tuần rồi`.
 */
function fits(unit: Unit, relative: string): boolean {
  if (relative === 'ngoái' || relative === 'nay' || relative === 'rồi') return unit === 'year';
  if (relative === 'này') return unit !== 'year';
  return true;
}

/**
 * True when a number before the unit counts it (`10 năm qua`, `2-3 năm tới`), rather than ending a score written
 * before the date (`thắng 3-1 năm ngoái`): a pair that does not rise is no range of counts, and `năm ngoái` is one
 * year whatever pair stands before it.
 */
function countedUnit(text: string, offset: number, relative: string): boolean {
  if (!precededByCount(text, offset) || relative === 'ngoái' || precededByGradeNumber(text, offset)) return false;
  const pair = numberPairBefore(text, offset);
  if (pair === null) return true;
  return relative !== 'ngoái' && pair[0] < pair[1];
}

const LAST_YEAR = new PhraseSet(['năm ngoái']);

/**
 * Relative words that make `năm` the year gone by, the last twelve months (`năm qua`, `năm vừa qua`): in December the
 * year now ending (resolve.ts), where `năm ngoái`, `năm trước` stay the year before it.
 */
const YEAR_GONE_BY: ReadonlySet<string> = new Set(['qua', 'vừa qua', 'vừa rồi']);

/**
 * Words before `năm rồi` that make it the end of a time gone by (`rồi`: already), not last year: `cả năm rồi`, `gần
 * năm rồi`, `sang năm rồi tính`. A number before it counts it as any unit (`đã 3 năm rồi`, `hai năm rồi`).
 */
const SPAN_BEFORE_ALREADY = new PhraseSet(['cả', 'nửa', 'gần', 'hơn', 'ngót', 'trọn', 'suốt', 'sang', 'mất', 'được']);

/** Words after the expression that make it refer back into the story: `năm sau đó`, `năm trước nữa`. */
const ANAPHORIC_AFTER = new PhraseSet(['đó', 'nữa', 'khi', 'ấy', 'kia']);

/**
 * True when the unit at `offset` is the unit of a rate, after a slash that a percent sign or a word in lower case
 * stands before (`8%/năm sau thời gian ưu đãi`, `2 lần/tháng tới đây`): the word after it is a preposition or the
 * next clause, no date. An upper-case numeral before the slash (`quý IV/năm nay`) is no rate's count.
 */
function isRateUnit(text: string, offset: number): boolean {
  if (text.charCodeAt(offset - 1) !== 0x2f) return false;
  const before = text.charAt(offset - 2);
  return before === '%' || (before !== before.toUpperCase() && before === before.toLowerCase());
}

const UNIT_RELATIVE = numberedPattern(
  `(?<unit>${[...UNITS.keys()].join('|')})[ \\t](?<rel>${UNIT_RELATIVES.map((relative) => relative.replace(' ', '[ \\t]')).join('|')})`,
  ['unit', 'rel'],
);

const unitRelative: DateRule = {
  name: 'relative.unit',
  starts: { digits: [], words: [...UNITS.keys()].flatMap((unit) => UNIT_RELATIVES.map((relative) => `${unit} ${relative}`)) },
  source: UNIT_RELATIVE.source,
  // a count with no pair of numbers before it counts the unit whatever the relative word: `25 năm qua`, `những năm qua`
  // (`năm ngoái` is one year whatever number stands before it: `vòng hai năm ngoái` is last year's second round)
  // (a grade's number is no count: `sách lớp 9 năm nay` is this year)
  rejectsAt: (text, start) => precededByCount(text, start) && numberPairBefore(text, start) === null && !LAST_YEAR.has(text, start, start + 9) &&
    !precededByGradeNumber(text, start),
  extract(match, text) {
    const { group } = UNIT_RELATIVE;
    const unit = UNITS.get(lowerKey(match[group.unit] ?? ''));
    const relative = lowerKey(match[group.rel] ?? '');
    const amount = RELATIVE_SHIFTS.get(relative);
    const end = match.index + match[0].length;
    if (unit === undefined || amount === undefined || !fits(unit, relative)) return null;
    if (countedUnit(text, match.index, relative)) return null;
    if (relative === 'rồi' && precededByWord(text, match.index, SPAN_BEFORE_ALREADY)) return null;
    if (isRateUnit(text, match.index)) return null;
    if ((relative === 'trước' || relative === 'sau') && unit !== 'week' && followedByWord(text, end, THAT)) {
      // `so với năm trước đó`: the year before the one the sentence named; kept only where one is (index.ts)
      const thatStart = skipBlanksFrom(text, end);
      return { ...candidate(match, ANAPHORIC_UNIT_RULE, { shift: { unit, amount } }), end: thatStart + THAT_WORD.length };
    }
    if (followedByWord(text, end, ANAPHORIC_AFTER)) return null;
    if (unit === 'year' && YEAR_GONE_BY.has(relative)) return candidate(match, this.name, { shift: { unit, amount }, yearGoneBy: true });
    return candidate(match, this.name, { shift: { unit, amount } });
  },
};

/** Relative words after `năm học`, as the pattern tries them (`mới` left out: the new one may not have begun). */
const SCHOOL_YEAR_RELATIVES = ['vừa qua', 'vừa rồi', 'sắp tới', 'qua', 'trước', 'nay', 'này', 'tới', 'sau'];

const SCHOOL_YEAR_RELATIVE = numberedPattern(
  `năm[ \\t]học[ \\t](?<rel>${SCHOOL_YEAR_RELATIVES.map((relative) => relative.replace(' ', '[ \\t]')).join('|')})`,
  ['rel'],
);

/**
 * `năm học này`, `năm học vừa qua`, `năm học tới`: a school year counted from publication, its two calendar years
 * (`năm học này` in November 2025 is 2025-2026; in March 2026 also, resolve.ts). Not `năm học trước đó` (one named
 * before) nor a count of school years (`3 năm học qua`).
 */
const schoolYearRelative: DateRule = {
  name: 'relative.school-year',
  starts: { digits: [], words: SCHOOL_YEAR_RELATIVES.map((relative) => `năm học ${relative}`) },
  source: SCHOOL_YEAR_RELATIVE.source,
  rejectsAt: (text, start) => precededByCount(text, start),
  extract(match, text) {
    const amount = RELATIVE_SHIFTS.get(lowerKey(match[SCHOOL_YEAR_RELATIVE.group.rel] ?? ''));
    if (amount === undefined || precededByCount(text, match.index) || followedByWord(text, match.index + match[0].length, ANAPHORIC_AFTER)) return null;
    return candidate(match, this.name, { shift: { unit: 'year', amount }, schoolYear: true }, {
      finish: { shift: { unit: 'year', amount: amount + 1 }, schoolYear: true },
    });
  },
};

/** The word after `năm trước`, `tháng sau` that makes it count from a period named before: `năm trước đó`. */
const THAT_WORD = 'đó';
const THAT = new PhraseSet([THAT_WORD]);

/**
 * The rule name of `năm trước đó`, `tháng sau đó`: a unit counted from a period the sentence named before it
 * (`Năm 2024, … tăng 12% so với năm trước đó` is 2023). With none named it refers back past the sentence, and is
 * dropped where mentions are resolved (index.ts).
 */
export const ANAPHORIC_UNIT_RULE = 'relative.unit-that';

/** The first offset at or after `offset` that is no space or tab. */
function skipBlanksFrom(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at += 1;
  return at;
}

const DAY_SHIFTS: ReadonlyMap<string, number> = new Map([
  ['hôm qua', -1], ['hôm nay', 0], ['hôm kia', -2], ['ngày mai', 1], ['ngày kia', 2], ['qua', -1], ['nay', 0], ['mai', 1],
  // `tối hôm trước`, `chiều hôm trước`: a part of the day before (after a part of the day only: a bare `hôm trước` is
  // "the other day", no date)
  ['hôm trước', -1],
]);

const DAY_RELATIVE = numberedPattern(
  `(?:ngày[ \\t])?(?<day>hôm[ \\t](?:qua|nay|kia)|ngày[ \\t](?:mai|kia))|(?<period>${DAY_PERIOD_SOURCE})[ \\t](?<short>nay|qua|mai|hôm[ \\t](?:qua|nay|trước)|cùng[ \\t]ngày)`,
  ['day', 'period', 'short'],
);

/** The word opening what follows a part of the day to name the day told of before: `chiều cùng ngày` (that afternoon). */
const SAME_DAY_OPENING = 'cùng';

/**
 * A clock time just before the part of the day (`lúc 14h chiều cùng ngày`, `8 giờ 30 tối cùng ngày`): the part is
 * the time's, which takes the day told before itself (times.ts). Anchored at the end of a bounded slice.
 */
const CLOCK_TIME_BEFORE = /(?:\d|\dh|\dg|giờ|phút)[ \t]+$/u;
const CLOCK_TIME_REACH = 8;

/** `hôm qua`, `ngày hôm nay`, `ngày mai`, `sáng nay`, `tối qua`, `chiều mai`, `tối hôm trước`, `chiều cùng ngày`. */
const dayRelative: DateRule = {
  name: 'relative.day',
  starts: {
    digits: [],
    words: ['ngày hôm', 'ngày ngày', 'hôm qua', 'hôm nay', 'hôm kia', 'ngày mai', 'ngày kia',
      ...DAY_PERIODS.flatMap((period) => [`${period} nay`, `${period} qua`, `${period} mai`, `${period} hôm`, `${period} cùng`])],
  },
  source: DAY_RELATIVE.source,
  extract(match, text) {
    const { group } = DAY_RELATIVE;
    const written = lowerKey(match[group.day] ?? match[group.short] ?? '');
    if (written.startsWith(SAME_DAY_OPENING)) {
      if (CLOCK_TIME_BEFORE.test(text.slice(Math.max(0, match.index - CLOCK_TIME_REACH), match.index))) return null;
      return candidate(match, this.name, { sameDay: true }, { dayPeriod: periodOf(match[group.period]) });
    }
    const amount = DAY_SHIFTS.get(written);
    if (amount === undefined) return null;
    if (followedByWord(text, match.index + match[0].length, ANAPHORIC_AFTER)) return null;
    return candidate(match, this.name, { shift: { unit: 'day', amount } }, { dayPeriod: periodOf(match[group.period]) });
  },
};

/**
 * Words after `đầu năm`, `cuối tháng` that make another period of it or refer back: `đầu năm học`, `cuối năm đó`, a
 * school grade's year (`cuối năm lớp 12`) and a budget year (`đầu năm ngân sách`).
 */
export const NOT_A_PART_AFTER = new PhraseSet(['học', 'tài', 'đó', 'ấy', 'kia', 'nào', 'mới', 'lớp', 'ngân sách']);

/**
 * `đầu năm`, `giữa tháng`, `cuối năm`, `cuối quý` on their own: this year, month, quarter. A fallback (rank 1).
 * After `hồi` the part lies in the past: `hồi cuối năm` written in June is the end of last year (resolve.ts).
 */
const BARE_MODIFIED = numberedPattern('(?<mod>đầu|giữa|cuối)[ \\t](?<unit>năm|tháng|quý)', ['mod', 'unit']);

const bareModified: DateRule = {
  name: 'relative.bare-mod',
  starts: { digits: [], words: ['đầu', 'giữa', 'cuối'].flatMap((mod) => [`${mod} năm`, `${mod} tháng`, `${mod} quý`]) },
  source: BARE_MODIFIED.source,
  extract(match, text) {
    const { group } = BARE_MODIFIED;
    const unit = UNITS.get(lowerKey(match[group.unit] ?? ''));
    const written = match[group.mod] ?? '';
    const mod = MOD_WORDS.get(written, 0, written.length) ?? null;
    if (unit === undefined || (precededByCount(text, match.index) && !precededByGoodsWord(text, match.index))) return null;
    if (followedByAny(text, match.index + match[0].length, NOT_A_PART_AFTER)) return null;
    const point: DatePoint = { shift: { unit, amount: 0 } };
    if (markedAsPast(text, match.index)) point.direction = 'past'; // `hồi cuối năm`: an end already gone by
    return candidate(match, this.name, point, { mod, rank: 1 });
  },
};

/** Words before a bare `cuối tuần` that make it a time to last until: `kéo dài đến cuối tuần`, `từ nay tới cuối tuần`. */
const UNTIL_WORDS = new PhraseSet(['đến', 'tới']);
/**
 * Words before `đến` that make `cuối tuần` a span of the week in general: `từ thứ Sáu đến cuối tuần` (a weekday
 * before it), `thường kéo dài đến cuối tuần`.
 */
const HABITUAL_BEFORE_UNTIL = new PhraseSet([
  'thường', 'thường kéo dài', 'thường diễn ra', 'hay', 'hằng tuần', 'hàng tuần', 'mỗi tuần',
  ...['hai', 'ba', 'tư', 'năm', 'sáu', '2', '3', '4', '5', '6'].map((day) => `thứ ${day}`),
]);
/** Words after `cuối tuần` that make it another week or another period: `cuối tuần này` (relative.unit), `cuối tuần 12-13/8`. */
const NOT_THIS_WEEKEND_AFTER = new PhraseSet([
  'này', 'sau', 'tới', 'trước', 'qua', 'rồi', 'vừa', 'đó', 'ấy', 'nào', 'kia', 'nữa', 'thứ', 'ngày',
]);

/**
 * A bare `cuối tuần` after `đến`/`tới` (until the weekend): the end of the current week, as `đến cuối năm` is this
 * year's end. A fallback (rank 1). `vào cuối tuần`, `ngày cuối tuần`, `các dịp cuối tuần` are weekends in general:
 * no date.
 */
const UNTIL_WEEKEND = numberedPattern('(?<mod>cuối)[ \\t]tuần', ['mod']);

const untilWeekend: DateRule = {
  name: 'relative.until-weekend',
  starts: { digits: [], words: ['cuối tuần'] },
  source: UNTIL_WEEKEND.source,
  extract(match, text) {
    if (!precededByWord(text, match.index, UNTIL_WORDS)) return null;
    const end = match.index + match[0].length;
    if (followedByWord(text, end, NOT_THIS_WEEKEND_AFTER)) return null;
    const after = text.charCodeAt(end);
    if (after === 0x20 && /[0-9]/u.test(text.charAt(end + 1))) return null; // `cuối tuần 12-13/8`
    let until = match.index;
    while (until > 0 && (text.charCodeAt(until - 1) === 0x20 || text.charCodeAt(until - 1) === 0x09)) until -= 1;
    until -= 3; // `đến`/`tới`
    if (precededByAny(text, until, HABITUAL_BEFORE_UNTIL, 3)) return null;
    return candidate(match, this.name, { shift: { unit: 'week', amount: 0 } }, { mod: 'END', rank: 1 });
  },
};

/** Words before a bare `đầu tuần` that make it the start of any week: `các ngày đầu tuần`, `thường vào đầu tuần`. */
const HABITUAL_BEFORE_WEEK_START = new PhraseSet([
  'các', 'những', 'mỗi', 'mọi', 'hằng', 'hàng', 'thường', 'thường vào', 'hay', 'hay vào', 'ngày', 'các ngày', 'dịp',
]);
/** Words after `đầu tuần` that make it the start of a week in general: `đầu tuần nào`, `đầu tuần hằng tuần`. */
const HABITUAL_AFTER_WEEK_START = new PhraseSet(['hằng tuần', 'hàng tuần', 'mỗi tuần']);

const WEEK_START = numberedPattern('(?<mod>đầu)[ \\t]tuần', ['mod']);

/**
 * A bare `đầu tuần` (early this week: `gấp 3 lần mức xả đầu tuần`): the start of the current week, as a bare `đầu
 * tháng` is this month's. A fallback (rank 1). Another week's start is another rule's (`đầu tuần này`, `đầu tuần
 * sau`, `đầu tuần 12-13/8`), and the start of any week no date (`các ngày đầu tuần`, `thường vào đầu tuần`).
 */
const weekStart: DateRule = {
  name: 'relative.week-start',
  starts: { digits: [], words: ['đầu tuần'] },
  source: WEEK_START.source,
  extract(match, text) {
    const end = match.index + match[0].length;
    if (followedByWord(text, end, NOT_THIS_WEEKEND_AFTER) || followedByAny(text, end, HABITUAL_AFTER_WEEK_START)) return null;
    if (text.charCodeAt(end) === 0x20 && /[0-9]/u.test(text.charAt(end + 1))) return null; // `đầu tuần 12-13/8`
    if (precededByAny(text, match.index, HABITUAL_BEFORE_WEEK_START, 2)) return null;
    return candidate(match, this.name, { shift: { unit: 'week', amount: 0 } }, { mod: 'START', rank: 1 });
  },
};

/**
 * The rule name of `cách đây 5 năm`: a date that holds a length of time, which the figures keep (`5 năm`, a
 * duration) where they keep off every other date's numbers.
 */
export const AGO_RULE = 'relative.ago';

/** Units a time `cách đây` (ago) counts, as the shift of a date counts them. */
const AGO_UNITS: ReadonlyMap<string, Unit> = new Map([['năm', 'year'], ['tháng', 'month'], ['tuần', 'week'], ['ngày', 'day']]);

const AGO = numberedPattern(
  `cách[ \\t]đây[ \\t](?<n>\\d{1,3}|${NUMBER_WORD_SOURCE}(?:[ \\t]${NUMBER_WORD_SOURCE}){0,2})[ \\t](?<unit>${[...AGO_UNITS.keys()].join('|')})`,
  ['n', 'unit'],
);

/** Words after the unit that make the count no whole one, or a time ahead: `cách đây 5 năm rưỡi`, `cách đây 2 năm nữa`. */
const NOT_AGO_AFTER = new PhraseSet(['rưỡi', 'nữa', 'tuổi', 'lẻ']);

/**
 * `cách đây 5 năm`, `cách đây hai tháng`, `cách đây 3 ngày`: the year, month or day that many units before the
 * publication (relative). A count that is none (`cách đây vài năm`, `cách đây hơn 10 năm`) or a distance (`cách đây
 * 5 km`) is no date.
 */
const agoCount: DateRule = {
  name: AGO_RULE,
  starts: { digits: [], words: ['cách đây'] },
  source: AGO.source,
  extract(match, text) {
    const { group } = AGO;
    const unit = AGO_UNITS.get(lowerKey(match[group.unit] ?? ''));
    const written = match[group.n] ?? '';
    const count = /^\d+$/u.test(written) ? Number(written) : parseVietnameseNumber(lowerKey(written));
    if (unit === undefined || count === null || !Number.isInteger(count) || count < 1 || count > 200) return null;
    if (followedByWord(text, match.index + match[0].length, NOT_AGO_AFTER)) return null;
    return candidate(match, this.name, { shift: { unit, amount: -count } });
  },
};

const COUNT_BEFORE = numberedPattern(
  `(?<n>\\d{1,3})[ \\t](?<unit>${[...AGO_UNITS.keys()].join('|')})[ \\t]trước(?:[ \\t]đây)?`,
  ['n', 'unit'],
);

/**
 * Words before the count that make it no whole one or a stretch of time (`hơn 5 năm trước`, `trong 3 năm trước`,
 * `những năm trước`): no date.
 */
const NOT_A_COUNT_BEFORE = new PhraseSet([
  'hơn', 'gần', 'khoảng', 'chừng', 'tầm', 'độ', 'ngót', 'trên', 'dưới', 'trong', 'suốt', 'những', 'các', 'mấy', 'vài',
  'mỗi', 'cả', 'thứ',
]);

/** What may close `5 năm trước` as a time ago: punctuation or a line end; a word after it makes `trước` "before" it. */
const CLOSING_AFTER = /[ \t]*(?:[,.;:!?)”"\n]|$)/uy;

/**
 * `5 năm trước`, `3 tháng trước đây`: as `cách đây 5 năm`, the year, month or day that many units before the
 * publication, where the words close the clause (`gấp đôi so với 5 năm trước.`). A word after them makes `trước` a
 * preposition (`5 năm trước khi nghỉ hưu`, `3 ngày trước Tết`), and a rounded count (`hơn 5 năm trước`) no date.
 */
const countBefore: DateRule = {
  name: AGO_RULE,
  starts: { digits: [1, 2, 3], afterDigits: [...AGO_UNITS.keys()].map((unit) => ` ${unit} trước`), words: [] },
  source: COUNT_BEFORE.source,
  extract(match, text) {
    const { group } = COUNT_BEFORE;
    if (precededByAny(text, match.index, NOT_A_COUNT_BEFORE, 1)) return null;
    const unit = AGO_UNITS.get(lowerKey(match[group.unit] ?? ''));
    const written = match[group.n] ?? '';
    const count = Number(written);
    if (unit === undefined || count < 1 || count > 200) return null;
    if (!hasCleanEdges(text, match.index, match.index + written.length)) return null; // `1,5 năm trước`
    const end = match.index + match[0].length;
    CLOSING_AFTER.lastIndex = end;
    if (!CLOSING_AFTER.test(text)) return null;
    return candidate(match, this.name, { shift: { unit, amount: -count } });
  },
};

export const RELATIVE_RULES: readonly DateRule[] = [
  unitRelative, schoolYearRelative, dayRelative, bareModified, untilWeekend, weekStart, agoCount, countBefore,
];
