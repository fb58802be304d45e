// Clock times: `7:28`, `09:15`, `lúc 8h30`, `8h`, `14g30`, `14 giờ 30`, `3 giờ chiều`. A time alone takes its day
// from the date next to it (combine.ts) or from the last date before it (the `dates` stage). `3 giờ` with no word
// that makes it a clock time is a duration (a figure): such a time is weak, kept only when it joins a date.
import { candidate, digitsStart, hasCleanEdges, lowerKey, rulePattern, smallNumberStarts, type DateRule } from './candidate.js';
import { precededByAny } from './context.js';
import { PhraseSet } from './phrases.js';
import { DAY_PERIOD_SOURCE, DAY_PERIOD_WORDS, toTwentyFourHour } from './lexicon.js';

const AT = '(?:(?<at>(?:vào[ \\t])?lúc)[ \\t])?';
/** The words AT may write before the hour. */
const AT_PATHS = ['vào lúc', 'lúc'];
/** A part of the day after the time, unless it opens a date of its own (`9h sáng 21/11`, `8h sáng nay`). */
const PERIOD_AFTER =
  `(?:[ \\t](?<period>${DAY_PERIOD_SOURCE})(?![ \\t]?(?:\\d|nay|qua|mai|hôm|ngày|thứ|chủ)))?`;
const TIME_CONTEXT = new PhraseSet(['vào', 'từ', 'đến', 'tới', 'đúng', 'hồi', 'bắt đầu', 'kết thúc', 'lúc', 'khai mạc']);
/** Words before a number of hours that make it a duration: `mất 14 giờ 30 phút`, `kéo dài 3 giờ`. */
const DURATION_CONTEXT = new PhraseSet(['mất', 'trong', 'kéo dài', 'dài', 'suốt', 'tốn', 'hết', 'sau', 'gần', 'hơn', 'chừng', 'tầm']);

function timeCandidate(rule: string, match: RegExpExecArray, text: string, strongWithoutContext: boolean) {
  const hour = Number(match.groups?.h);
  const minute = match.groups?.min === undefined ? 0 : Number(match.groups.min);
  const digitsAt = digitsStart(match);
  const end = match.index + match[0].length;
  if (hour > 24 || minute > 59) return null;
  if (!hasCleanEdges(text, digitsAt, end)) return null;
  const periodWord = match.groups?.period;
  const period = periodWord === undefined ? null : DAY_PERIOD_WORDS.get(lowerKey(periodWord)) ?? null;
  const hour24 = toTwentyFourHour(hour === 24 ? 0 : hour, period);
  const duration = match.groups?.at === undefined && precededByAny(text, digitsAt, DURATION_CONTEXT);
  const strong = !duration && (strongWithoutContext || match.groups?.at !== undefined || period !== null ||
    precededByAny(text, digitsAt, TIME_CONTEXT));
  return candidate(match, rule, { hour: hour24, minute }, { weak: !strong });
}

/** `7:28`, `09:15:30`, `lúc 16:45 chiều`. */
const colonTime: DateRule = {
  name: 'times.colon',
  starts: smallNumberStarts(AT_PATHS, [':##']),
  pattern: rulePattern(`${AT}(?<h>\\d{1,2}):(?<min>\\d{2})(?::\\d{2})?${PERIOD_AFTER}`),
  extract(match, text) {
    return timeCandidate(this.name, match, text, true);
  },
};

/** `8h30`, `8h`, `14g30`, `8h30'`: strong with minutes, weak without (`8h mỗi ngày` is a duration). */
const hourLetterTime: DateRule = {
  name: 'times.h',
  starts: smallNumberStarts(AT_PATHS, ['h', 'g##']),
  pattern: rulePattern(`${AT}(?<h>\\d{1,2})(?:h|g(?=\\d{2}))(?<min>\\d{2})?'?${PERIOD_AFTER}`),
  extract(match, text) {
    if (/\d{1,2}H/u.test(match[0])) return null; // `4H` is no time
    return timeCandidate(this.name, match, text, match.groups?.min !== undefined);
  },
};

/** `14 giờ 30`, `14 giờ 30 phút`, `lúc 9 giờ`, `3 giờ chiều`. */
const wordTime: DateRule = {
  name: 'times.gio',
  starts: smallNumberStarts(AT_PATHS, [' giờ']),
  pattern: rulePattern(`${AT}(?<h>\\d{1,2})[ \\t]giờ(?:[ \\t](?<min>\\d{1,2})(?:[ \\t]phút)?)?${PERIOD_AFTER}`),
  extract(match, text) {
    const withMinutesAfterNoon = match.groups?.min !== undefined && Number(match.groups?.h) >= 13;
    return timeCandidate(this.name, match, text, withMinutesAfterNoon);
  },
};

export const TIME_RULES: readonly DateRule[] = [colonTime, hourLetterTime, wordTime];
