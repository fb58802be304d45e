// Clock times: `7:28`, `09:15`, `lúc 8h30`, `8h`, `14g30`, `14 giờ 30`, `3 giờ chiều`. A time alone takes its day
// from the date next to it (combine.ts) or from the last date before it (the `dates` stage). `3 giờ` with no word
// that makes it a clock time is a duration (a figure): such a time is weak, kept only when it joins a date.
import {
  candidate,
  digitsStart,
  hasCleanEdges,
  lowerKey,
  numberedPattern,
  smallNumberStarts,
  type DateRule,
  type NumberedPattern,
} from './candidate.js';
import { followedByAny, lastWordStart, precededAcross, precededByAny, precededByWord, startBeforeSkipped } from './context.js';
import { PhraseSet } from './phrases.js';
import { DAY_PERIOD_SOURCE, DAY_PERIOD_WORDS, toTwentyFourHour } from './lexicon.js';

const AT = '(?:(?<at>(?:vào[ \\t])?lúc)[ \\t])?';
/** The words AT may write before the hour. */
const AT_PATHS = ['vào lúc', 'lúc'];
/** A part of the day after the time, unless it opens a date of its own (`9h sáng 21/11`, `8h sáng nay`). */
const PERIOD_AFTER =
  `(?:[ \\t](?<period>${DAY_PERIOD_SOURCE})(?![ \\t]?(?:\\d|nay|qua|mai|hôm|ngày|thứ|chủ)))?`;
const TIME_CONTEXT = new PhraseSet(['vào', 'từ', 'đến', 'tới', 'đúng', 'hồi', 'bắt đầu', 'kết thúc', 'lúc', 'khai mạc']);
/**
 * Words after the hour that name the day it falls on, the one told before: `trước 18 giờ cùng ngày`, `9 giờ hôm đó`
 * (a clock time of that day, never a length: `mất 3 giờ` is one).
 */
const SAME_DAY_AFTER = new PhraseSet(['cùng ngày', 'hôm đó', 'hôm ấy']);
/**
 * Words before a number of hours that make it a duration: `mất 14 giờ 30 phút`, `kéo dài 3 giờ`, `chưa đến 4 giờ`
 * (less than four hours: an hour on the clock is reached, never "not yet" reached), `có thể tới 24 giờ` (may reach
 * twenty-four hours: a length that may be reached, as a clock's hour is not).
 */
const DURATION_CONTEXT = new PhraseSet([
  'mất', 'trong', 'kéo dài', 'dài', 'suốt', 'tốn', 'hết', 'sau', 'gần', 'hơn', 'chừng', 'tầm', 'chưa', 'chưa đầy',
  'có thể',
]);
/**
 * Words that may stand between a duration word and the number, bounding or rounding the length: `kéo dài tới 3 giờ`
 * (up to three hours), `mất đến 2 giờ`, `trong vòng 3 giờ`, `mất khoảng gần 2 giờ`, `kéo dài lên tới 5 giờ`. `từ`
 * is not among them: `kéo dài từ 8 giờ đến 17 giờ` names the clock times it lasted between.
 */
const LENGTH_BOUNDS = new PhraseSet([
  'tới', 'đến', 'lên', 'vòng', 'khoảng', 'chừng', 'gần', 'hơn', 'trên', 'dưới', 'tầm', 'ít', 'nhất', 'tối', 'đa',
  'chỉ', 'cả', 'thêm', 'xấp', 'xỉ', 'ước',
]);
/**
 * After a number of hours, the length a change starts from: `giảm từ 2 giờ xuống còn 45 phút`, `tăng từ 8 giờ lên 10
 * giờ`. `lên` only before a number (`từ 5 giờ lên xe` is a time); a clock time is left with `đến`, `tới`: `từ 8 giờ
 * đến 17 giờ`. Sticky, at the end of the hours.
 */
const CHANGE_AFTER = /[ \t]+(?:xuống|lên[ \t]+\d)/uy;

function startsChange(text: string, end: number): boolean {
  CHANGE_AFTER.lastIndex = end;
  return CHANGE_AFTER.test(text);
}

/** How many bounding words may stand between the duration word and the number: `kéo dài lên tới gần 3 giờ`. */
const MOST_LENGTH_BOUNDS = 3;

/**
 * Words of nearness that open a length as well (`gần 3 giờ` is nearly three hours), yet read an hour on the clock
 * after `tới`, `đến` ("until"): `có hôm tới gần 23 giờ mới xong`, `làm đến hơn 22 giờ`.
 */
const NEARNESS = new PhraseSet(['gần', 'hơn', 'chừng', 'tầm', 'khoảng']);
const UNTIL = new PhraseSet(['tới', 'đến']);

/**
 * True when `tới`/`đến` and nearness words stand before the hour and no duration word before them (`kéo dài tới gần
 * 3 giờ` stays a length): the hour is one the clock reaches.
 */
function reachesClockTime(text: string, digitsAt: number): boolean {
  const nearStart = startBeforeSkipped(text, digitsAt, NEARNESS, 2);
  if (nearStart === digitsAt || !precededByWord(text, nearStart, UNTIL)) return false;
  const untilStart = lastWordStart(text, nearStart);
  return untilStart >= 0 && !precededAcross(text, untilStart, DURATION_CONTEXT, LENGTH_BOUNDS, MOST_LENGTH_BOUNDS);
}

/**
 * A clock time, a comma and then the hour (`đưa các cụ đến lúc 7 giờ sáng, 17 giờ đón về`): the second hour of a pair
 * of clock times, read on the clock like the first. Anchored at the end of a bounded slice before the comma.
 */
const CLOCK_TIME_BEFORE_COMMA = new RegExp(`(?:\\d{1,2}[ \\t]giờ(?:[ \\t]\\d{1,2})?|\\d{1,2}h\\d{0,2}|\\d{1,2}:\\d{2})(?:[ \\t]${DAY_PERIOD_SOURCE})?[ \\t]*,[ \\t]*$`, 'u');
/** How far before the hour a clock time and its comma are looked for. */
const CLOCK_PAIR_REACH = 24;
/** Words after the hour that make it a length counted from the first time: `lúc 7 giờ, 3 giờ sau`. */
const LENGTH_AFTER = new PhraseSet(['sau', 'trước', 'liền', 'đồng hồ', 'mỗi']);

function pairsWithClockTimeBefore(text: string, digitsAt: number, end: number): boolean {
  const from = Math.max(0, digitsAt - CLOCK_PAIR_REACH);
  if (text.lastIndexOf(',', digitsAt) < from) return false;
  return CLOCK_TIME_BEFORE_COMMA.test(text.slice(from, digitsAt)) && !followedByAny(text, end, LENGTH_AFTER);
}

/**
 * A range of hours whose lower end is a bare number, the hour its upper end: `từ 3 đến 6 giờ`. Anchored at the end of
 * a bounded slice before the hour; group 1 is the slice's part before `từ`.
 */
const HOURS_RANGE_BEFORE = /^(.*?)(?:^|[ \t])từ[ \t]+\d{1,2}(?:,\d)?[ \t]*(?:[-–]|đến|tới)[ \t]*$/isu;
/** How far before the hour a range's `từ N đến` is looked for. */
const HOURS_RANGE_REACH = 20;
/**
 * Words before `từ N đến M giờ` that make the range one of lengths: a comparison (`sớm hơn từ 3 đến 6 giờ`), a cost
 * (`mất từ 2 đến 3 giờ`), a limit (`chỉ từ 4 đến 6 giờ`, only four to six hours). Not `kéo dài`, which takes clock
 * times as well (`kéo dài từ 8 đến 17 giờ`).
 */
const LENGTH_RANGE_BEFORE = new PhraseSet(['hơn', 'mất', 'tốn', 'thêm', 'sau', 'trong vòng', 'khoảng', 'chỉ']);

/**
 * Words after `từ N đến M giờ` (or right before `từ`) that count the hours in each day or night: `thắp đèn từ 4 đến 5
 * giờ mỗi đêm`, `làm từ 10 đến 12 giờ một ngày`, `mỗi ngày từ 4 đến 6 giờ`. A clock time names its part of the day instead (`từ 5 đến 7 giờ sáng mỗi ngày`, read before).
 */
const PER_PERIOD_AFTER = new PhraseSet([
  'mỗi ngày', 'một ngày', 'mỗi đêm', 'một đêm', 'mỗi tuần', 'một tuần', 'mỗi ca', 'một ca', 'mỗi buổi', 'một buổi',
]);
/** The most hours a day a range of lengths counted per period reaches; past it the hour is on the clock (`17 giờ`). */
const MOST_HOURS_PER_PERIOD = 12;

/**
 * The hour `hour` closes a range of lengths (`sớm hơn từ 3 đến 6 giờ so với hiện nay`, `từ 4 đến 5 giờ mỗi đêm`), no
 * clock time. `end` is the end of `giờ`.
 */
function closesLengthRange(text: string, digitsAt: number, end: number, hour: number): boolean {
  const from = Math.max(0, digitsAt - HOURS_RANGE_REACH);
  const range = HOURS_RANGE_BEFORE.exec(text.slice(from, digitsAt));
  if (range === null) return false;
  const before = from + (range[1]?.length ?? 0);
  if (precededByAny(text, before, LENGTH_RANGE_BEFORE, 2)) return true;
  // The period may stand before the range as well: `chạy máy mỗi ngày từ 4 đến 6 giờ` (four to six hours a day).
  return hour <= MOST_HOURS_PER_PERIOD && (followedByAny(text, end, PER_PERIOD_AFTER) || precededByAny(text, before, PER_PERIOD_AFTER, 2));
}

/** The groups of every time pattern: `lúc`, the hour, the minutes, the part of the day after. */
const TIME_GROUPS = ['at', 'h', 'min', 'period'] as const;
type TimeGroups = NumberedPattern<(typeof TIME_GROUPS)[number]>['group'];

function timeCandidate(
  rule: string,
  match: RegExpExecArray,
  group: TimeGroups,
  text: string,
  strongWithoutContext: boolean,
) {
  const hour = Number(match[group.h]);
  const writtenMinute = match[group.min];
  const minute = writtenMinute === undefined ? 0 : Number(writtenMinute);
  const digitsAt = digitsStart(match);
  const end = match.index + match[0].length;
  if (hour > 24 || minute > 59) return null;
  if (!hasCleanEdges(text, digitsAt, end)) return null;
  const periodWord = match[group.period];
  const period = periodWord === undefined ? null : DAY_PERIOD_WORDS.get(lowerKey(periodWord)) ?? null;
  const hour24 = toTwentyFourHour(hour === 24 ? 0 : hour, period);
  const at = match[group.at];
  // A part of the day after the hour reads it on the clock whatever stands before (`kéo dài đến 10 giờ đêm`).
  const reached = at === undefined && period === null && reachesClockTime(text, digitsAt);
  const duration = at === undefined && period === null && !reached &&
    (precededAcross(text, digitsAt, DURATION_CONTEXT, LENGTH_BOUNDS, MOST_LENGTH_BOUNDS) || startsChange(text, end) ||
      closesLengthRange(text, digitsAt, end, hour));
  const strong = !duration && (strongWithoutContext || at !== undefined || period !== null || reached ||
    precededByAny(text, digitsAt, TIME_CONTEXT) || followedByAny(text, end, SAME_DAY_AFTER) ||
    pairsWithClockTimeBefore(text, digitsAt, end));
  return candidate(match, rule, { hour: hour24, minute }, { weak: !strong });
}

const COLON_TIME = numberedPattern(`${AT}(?<h>\\d{1,2}):(?<min>\\d{2})(?::\\d{2})?${PERIOD_AFTER}`, TIME_GROUPS);

/** `7:28`, `09:15:30`, `lúc 16:45 chiều`. */
const colonTime: DateRule = {
  name: 'times.colon',
  starts: smallNumberStarts(AT_PATHS, [':##']),
  source: COLON_TIME.source,
  extract(match, text) {
    return timeCandidate(this.name, match, COLON_TIME.group, text, true);
  },
};

const HOUR_LETTER_TIME = numberedPattern(`${AT}(?<h>\\d{1,2})(?:h|g(?=\\d{2}))(?<min>\\d{2})?'?${PERIOD_AFTER}`, TIME_GROUPS);

/** `8h30`, `8h`, `14g30`, `8h30'`: strong with minutes, weak without (`8h mỗi ngày` is a duration). */
const hourLetterTime: DateRule = {
  name: 'times.h',
  starts: smallNumberStarts(AT_PATHS, ['h', 'g##']),
  source: HOUR_LETTER_TIME.source,
  extract(match, text) {
    const { group } = HOUR_LETTER_TIME;
    if (/\d{1,2}H/u.test(match[0])) return null; // `4H` is no time
    return timeCandidate(this.name, match, group, text, match[group.min] !== undefined);
  },
};

const WORD_TIME = numberedPattern(
  `${AT}(?<h>\\d{1,2})[ \\t]giờ(?:[ \\t](?<min>\\d{1,2})(?:[ \\t]phút)?)?${PERIOD_AFTER}`,
  TIME_GROUPS,
);

/** `14 giờ 30`, `14 giờ 30 phút`, `lúc 9 giờ`, `3 giờ chiều`. */
const wordTime: DateRule = {
  name: 'times.gio',
  starts: smallNumberStarts(AT_PATHS, [' giờ']),
  source: WORD_TIME.source,
  extract(match, text) {
    const { group } = WORD_TIME;
    const withMinutesAfterNoon = match[group.min] !== undefined && Number(match[group.h]) >= 13;
    return timeCandidate(this.name, match, group, text, withMinutesAfterNoon);
  },
};

export const TIME_RULES: readonly DateRule[] = [colonTime, hourLetterTime, wordTime];
