// From rule matches to date mentions: choose among overlapping candidates, add the modifier written before a date
// (`đầu năm 2020`), join the pieces that make one date (`Chủ Nhật, Tháng Hai 14, 2021 | 7:28`, `08:30 ngày
// 05/06/2023`, `14:05 | 10/10/2023`), join ranges (`từ năm 2021 đến năm 2025`, `từ năm 2021 đến nay`), take in what trails a date
// (`(GMT+7)`, `âm lịch`), and drop weak candidates that joined nothing.
import type { DateMod } from '../../output/schema.js';
import type { DateCandidate, DatePoint } from './candidate.js';
import { codePointBefore, isBlankCode, isLetterCode } from './characters.js';
import { countedUnitBefore, precededByAny } from './context.js';
import { NIGHT_RANGE_RULE } from './ranges.js';
import { MOD_WORDS, PLURAL_UNITS_BEFORE_MOD, UNITS_BEFORE_MOD, toTwentyFourHour } from './lexicon.js';

/** True when `item` shares a character with one of `chosen` from `from` to `to`. */
function overlapsChosen(chosen: readonly DateCandidate[], from: number, to: number, item: DateCandidate): boolean {
  for (let at = from; at < to; at += 1) {
    const other = chosen[at];
    if (other !== undefined && other.start < item.end && item.start < other.end) return true;
  }
  return false;
}

// Callbacks at module level, not arrows made per article: V8 keeps a closure's optimized code only weakly.
function byStart(a: DateCandidate, b: DateCandidate): number {
  return a.start - b.start;
}

/** Higher rank first, then longer, then earlier. */
const byPreference = (a: DateCandidate, b: DateCandidate): number =>
  b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start;

/** Past this many candidates, sortRange leaves the work to `Array.prototype.sort`, on a copy. */
const MAX_INSERTION_SORT = 24;

/**
 * Sorts `items` from `from` to `to` in place, stably, as `Array.prototype.sort` would: a run of overlapping
 * candidates holds two or three, and the built-in sort makes its own state on every call (about a kilobyte).
 */
function sortRange(items: DateCandidate[], from: number, to: number, compare: (a: DateCandidate, b: DateCandidate) => number): void {
  if (to - from > MAX_INSERTION_SORT) {
    const sorted = items.slice(from, to).sort(compare);
    for (let at = 0; at < sorted.length; at += 1) items[from + at] = sorted[at] as DateCandidate;
    return;
  }
  for (let index = from + 1; index < to; index += 1) {
    const item = items[index] as DateCandidate;
    let position = index;
    while (position > from && compare(items[position - 1] as DateCandidate, item) > 0) {
      items[position] = items[position - 1] as DateCandidate;
      position -= 1;
    }
    items[position] = item;
  }
}

/**
 * Keeps the best of overlapping candidates (given in text order, those that start together in rule order): higher
 * rank, then longer, then earlier, then the first rule. Read in text order, the candidates fall into runs that
 * overlap one another (most runs hold one candidate) and no candidate of one run overlaps one of another, so each run
 * is settled alone: the same choice as ranking all of them at once. A candidate is never empty (the scan drops empty
 * matches). Settled in place, with no other array: `candidates` is cut down to those chosen, and returned.
 */
export function chooseCandidates(candidates: DateCandidate[]): DateCandidate[] {
  /** Candidates before this position are settled: each run is moved down to it over those dropped before. */
  let chosen = 0;
  for (let first = 0; first < candidates.length; ) {
    const head = candidates[first];
    if (head === undefined) break;
    let end = head.end;
    let last = first + 1;
    for (let next = candidates[last]; next !== undefined && next.start < end; next = candidates[(last += 1)]) {
      end = Math.max(end, next.end);
    }
    const runStart = chosen;
    for (let at = first; at < last; at += 1) candidates[chosen + at - first] = candidates[at] as DateCandidate;
    chosen += last - first;
    if (chosen - runStart > 1) {
      // ranked, each kept unless it overlaps one kept before it, the ones kept put back in text order
      sortRange(candidates, runStart, chosen, byPreference);
      let kept = runStart;
      for (let at = runStart; at < chosen; at += 1) {
        const item = candidates[at] as DateCandidate;
        if (!overlapsChosen(candidates, runStart, kept, item)) {
          candidates[kept] = item;
          kept += 1;
        }
      }
      sortRange(candidates, runStart, kept, byStart);
      chosen = kept;
    }
    first = last;
  }
  candidates.length = chosen;
  return candidates;
}

function isTimeOnly(point: DatePoint): boolean {
  return point.hour !== undefined && point.year === undefined && point.month === undefined &&
    point.day === undefined && point.shift === undefined && point.weekday === undefined;
}

function isWeekdayOnly(point: DatePoint): boolean {
  return point.weekday !== undefined && point.day === undefined && point.month === undefined;
}

function isDayLevel(point: DatePoint): boolean {
  return (point.day !== undefined && point.month !== undefined) || point.shift?.unit === 'day' || point.weekday !== undefined;
}

/** How far before a date its modifier may start (`vào khoảng  năm 2000`). */
const MODIFIER_REACH = 20;

/** Where the run of letters ending at `end` starts, reading no further back than `from`. */
function lettersStart(text: string, from: number, end: number): number {
  let start = end;
  while (start > from && isLetterCode(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

/** True when no letter stands just before `start` (or `start` is `from`, where the reading begins). */
function opensLetters(text: string, from: number, start: number): boolean {
  return start === from || !isLetterCode(codePointBefore(text, start));
}

/**
 * The modifier written just before `start` (a word or two of MOD_WORDS, then spaces or tabs: `đầu năm 2020`, `vào
 * khoảng năm 2000`), read no further back than `from`, and where it starts; the longer of two readings wins.
 */
function modifierBefore(text: string, from: number, start: number): { readonly mod: DateMod; readonly start: number } | null {
  let end = start;
  while (end > from && isBlankCode(text.charCodeAt(end - 1))) end -= 1;
  if (end === start) return null;
  const lastStart = lettersStart(text, from, end);
  if (lastStart === end || !opensLetters(text, from, lastStart)) return null;
  if (lastStart - 1 > from && text.charCodeAt(lastStart - 1) === 32) {
    const firstStart = lettersStart(text, from, lastStart - 1);
    const mod = firstStart < lastStart - 1 && opensLetters(text, from, firstStart)
      ? MOD_WORDS.get(text, firstStart, end)
      : undefined;
    if (mod !== undefined) return { mod, start: firstStart };
  }
  const mod = MOD_WORDS.get(text, lastStart, end);
  return mod === undefined ? null : { mod, start: lastStart };
}

/** `đầu năm 2020` START, `giữa tháng 6` MID, `cuối năm nay` END, `khoảng năm 2000` APPROX. */
export function addModifiers(text: string, mentions: DateCandidate[]): void {
  let previousEnd = 0;
  for (const mention of mentions) {
    if (mention.mod === null) {
      const found = modifierBefore(text, Math.max(previousEnd, mention.start - MODIFIER_REACH), mention.start);
      if (found !== null && (found.mod === 'APPROX' || !isTimeOnly(mention.begin)) &&
        (!countedUnitBefore(text, found.start, UNITS_BEFORE_MOD) ||
          precededByAny(text, found.start, PLURAL_UNITS_BEFORE_MOD, 2))) {
        mention.mod = found.mod;
        mention.start = found.start;
      }
    }
    previousEnd = mention.end;
  }
}

const WEEKDAY_TO_DATE = /^[ \t]*(?:[,|–-][ \t]*)?(?:ngày[ \t]+)?$/iu;
const DATE_TO_TIME = /^[ \t]*(?:[,|–-][ \t]*)?(?:(?:vào[ \t]+)?lúc[ \t]+)?$/iu;
const TIME_TO_DATE = /^[ \t]*(?:[,|–-][ \t]*)?(?:ngày[ \t]+)?$/iu;
const RANGE_DASH = /^[ \t]*[–—-][ \t]*$/u;
const RANGE_WORD = /^[ \t]+(?:cho[ \t]+)?(?:đến|tới)(?:[ \t]+hết)?[ \t]+$/iu;
/**
 * `từ`, `kể từ` at the end of the words before a date, no letter or mark before them: `(?<![\p{L}\p{M}])`, written as
 * such, costs V8 a few milliseconds a worker to compile case-insensitively, so it is read in code (fromBefore).
 */
const FROM_BEFORE = /(?:kể[ \t]+|bắt[ \t]+đầu[ \t]+)?từ[ \t]+$/iu;
/** FROM_BEFORE with its lookbehind, made on first need: a match that a letter or mark stands before. */
let fromBeforeWhole: RegExp | null = null;

/**
 * FROM_BEFORE's match in `words` as the pattern with `(?<![\p{L}\p{M}])` before it gives it: the leftmost match is
 * the same whenever no letter or mark stands before it (`[\p{L}\p{M}]` reads every code point alike with or without
 * the `i` flag, so isLetterCode answers it).
 */
function fromBefore(words: string): RegExpExecArray | null {
  const match = FROM_BEFORE.exec(words);
  if (match === null || !isLetterCode(codePointBefore(words, match.index))) return match;
  fromBeforeWhole ??= new RegExp(`(?<![\\p{L}\\p{M}])${FROM_BEFORE.source}`, 'iu');
  return fromBeforeWhole.exec(words);
}

/** The patterns of matchEndingWord, closed by their lookahead, by the pattern without it. */
const wholes = new Map<RegExp, RegExp>();

/**
 * The match of `open` (anchored at the start of `words`) when no letter or mark follows it, as `open` closed by
 * `(?![\p{L}\p{M}])` gives it: `wholes` keeps that pattern, made on first need, for a match a letter follows.
 */
function matchEndingWord(open: RegExp, words: string): RegExpExecArray | null {
  const match = open.exec(words);
  if (match === null || !isLetterCode(words.codePointAt(match[0].length) ?? Number.NaN)) return match;
  let whole = wholes.get(open);
  if (whole === undefined) {
    whole = new RegExp(`(?:${open.source})(?![\\p{L}\\p{M}])`, open.flags);
    wholes.set(open, whole);
  }
  return whole.exec(words);
}

/**
 * `{ ...point, hour, minute }`, the same keys in the same order, for less: in Node 20's V8 an object literal that
 * spreads an object and then adds keys the object lacks sends each added key through the runtime (~3-10 µs a
 * literal, against ~0.1 µs for Object.assign). A date's point has no hour before its time is joined.
 */
function withHourAndMinute(point: DatePoint, hour: number | undefined, minute: number | undefined): DatePoint {
  return Object.assign({}, point, { hour, minute });
}

function withTime(date: DatePoint, time: DatePoint, period: DateCandidate['dayPeriod']): DatePoint {
  const hour = time.hour === undefined ? undefined : toTwentyFourHour(time.hour, period);
  return withHourAndMinute(date, hour, time.minute);
}

function joined(first: DateCandidate, second: DateCandidate, changes: Partial<DateCandidate>): DateCandidate {
  return {
    ...first,
    end: second.end,
    rule: `${first.rule}+${second.rule}`,
    weak: first.weak && second.weak,
    lunar: first.lunar || second.lunar,
    dayPeriod: first.dayPeriod ?? second.dayPeriod,
    ...changes,
  };
}

/** The first month of a point's month, quarter or half (`quý II`: 4), or null when it names none of them. */
function firstMonthOf(point: DatePoint): number | null {
  if (point.month !== undefined) return point.month;
  if (point.quarter !== undefined) return (point.quarter - 1) * 3 + 1;
  return point.half === undefined ? null : (point.half - 1) * 6 + 1;
}

/** The last month of a point's month, quarter or half (`quý I`: 3), or null when it names none of them. */
function lastMonthOf(point: DatePoint): number | null {
  if (point.month !== undefined) return point.month;
  if (point.quarter !== undefined) return point.quarter * 3;
  return point.half === undefined ? null : point.half * 6;
}

/**
 * A start without a year takes the year of the end: `từ 1/7 đến 5/8/2023`; the year before when it would start after
 * the end is over (`từ tháng 11 đến tháng 2/2024`, `từ giữa tháng 12 đến hết quý I/2026`: December 2025).
 */
function fillYear(begin: DatePoint, finish: DatePoint): DatePoint {
  if (begin.year !== undefined || finish.year === undefined || begin.shift !== undefined) return begin;
  if (begin.month === undefined && begin.quarter === undefined && begin.half === undefined) return begin;
  const beginMonth = firstMonthOf(begin);
  const finishMonth = lastMonthOf(finish);
  const later = beginMonth !== null && finishMonth !== null &&
    (beginMonth > finishMonth ||
      (begin.month !== undefined && begin.month === finish.month && (begin.day ?? 0) > (finish.day ?? 0)));
  const { direction: _ignored, ...stated } = begin;
  return { ...stated, year: later ? finish.year - 1 : finish.year };
}

/** A crop season of two words (`Đông Xuân`, `Hè Thu`): the years after it are the season's (years.ts). */
const SEASON_NAME = '(?:đông[ \\t]+xuân|hè[ \\t]+thu|thu[ \\t]+đông|xuân[ \\t]+hè|chiêm[ \\t]+xuân)';
/**
 * Between two spans of years, the link of a range of them: `đến`, `tới`, then the season word again (`đến vụ`) or a
 * season's name (`đến Đông Xuân`).
 */
const SPAN_TO_SPAN = new RegExp(`^[ \\t]+(?:đến|tới)[ \\t]+(?:(?:niên[ \\t]+)?vụ[ \\t]+)?(?:${SEASON_NAME}[ \\t]+)?$`, 'iu');
/**
 * A season's word or name between `từ` and a span of years (`từ vụ 2025 – 2026`, `từ niên vụ`, `từ Hè Thu 2023`),
 * left out to find the `từ`.
 */
const SEASON_BEFORE_SPAN = new RegExp(`(?:(?:niên[ \\t]+)?vụ[ \\t]+(?:${SEASON_NAME}[ \\t]+)?|${SEASON_NAME}[ \\t]+)$`, 'iu');

/** A point that names a year and nothing finer: `2025`, one end of `2025 – 2026`. */
function isYearOnly(point: DatePoint): boolean {
  return point.year !== undefined && point.month === undefined && point.day === undefined && point.quarter === undefined &&
    point.half === undefined && point.week === undefined && point.shift === undefined;
}

/**
 * `từ vụ 2025 – 2026 đến vụ 2027 – 2028`, `từ năm học 2023-2024 đến năm học 2025-2026`: two spans of years (crop
 * seasons, school years) joined by `từ … đến` are one range, from the first's first year to the second's last. Only
 * with `từ` before the first (the season's word may stand between), and spans that follow each other. The first may
 * be one year (`từ Hè Thu 2023 đến Đông Xuân 2024-2025`: a summer season, then a winter one across two years).
 */
function joinedSpans(text: string, first: DateCandidate, second: DateCandidate, gap: string): DateCandidate | null {
  const a = first.finish ?? first.begin;
  const b = second.finish;
  if (b === null || !isYearOnly(first.begin) || !isYearOnly(a) || !isYearOnly(second.begin) || !isYearOnly(b)) return null;
  if ((second.begin.year ?? 0) < (a.year ?? 0) || !SPAN_TO_SPAN.test(gap)) return null;
  const before = text.slice(Math.max(0, first.start - 24), first.start);
  const season = SEASON_BEFORE_SPAN.exec(before);
  const from = fromBefore(season ? before.slice(0, season.index) : before);
  if (!from) return null;
  const start = first.start - (season?.[0].length ?? 0) - from[0].length;
  return joined(first, second, { start, begin: first.begin, finish: b, mod: null });
}

/**
 * A bare `đầu năm` (this year's start, a fallback of relative.bare-mod with its START): before `đến` and a day with
 * no year (`Từ đầu năm đến ngày 31/10`) each end stays a date of its own, the year's start (START) and the day, as
 * the start of `từ đầu tháng 7 đến nay` does (joinSinceUntilNow): neither states a year, and a record's mod cannot
 * qualify one end of a range. A day with its year (`đến ngày 10/8/2025`) closes one range.
 */
function isBareYearStart(mention: DateCandidate): boolean {
  return mention.mod === 'START' && mention.rank === 1 && mention.begin.shift?.unit === 'year' && mention.finish === null;
}

/** The most characters between two pieces of one date or range (`Chủ Nhật, Tháng Hai 14, 2021 | 7:28`). */
const LONGEST_GAP = 14;
/** The most characters between two spans of years joined (` đến Đông Xuân `, ` tới niên vụ `: see joinedSpans). */
const LONGEST_SPAN_GAP = 20;

function tryJoin(text: string, first: DateCandidate, second: DateCandidate): DateCandidate | null {
  const distance = second.start - first.end;
  if (distance > LONGEST_GAP && (distance > LONGEST_SPAN_GAP || second.finish === null)) return null;
  const gap = text.slice(first.end, second.start);
  if (gap.includes('\n')) return null;
  const a = first.begin;
  const b = second.begin;
  if (second.finish !== null && (first.finish !== null || isYearOnly(a))) {
    const spans = joinedSpans(text, first, second, gap);
    if (spans !== null || first.finish !== null || distance > LONGEST_GAP) return spans;
  }
  if (distance > LONGEST_GAP) return null;
  if (first.rule === NIGHT_RANGE_RULE && second.finish === null && b.day !== undefined && RANGE_WORD.test(gap)) {
    // `Từ đêm 14 rạng sáng 15/11 đến hết ngày 19/11`: from the night's first day to the end
    return joined(first, second, { begin: fillYear(a, b), finish: b, mod: null });
  }
  if (first.finish === null && isWeekdayOnly(a) && !isWeekdayOnly(b) && isDayLevel(b) && second.finish === null &&
    WEEKDAY_TO_DATE.test(gap)) {
    // `07:45, Thứ Năm, 27/11/2025`: a time joined to the weekday before stays the date's time
    return joined(first, second, { begin: a.hour === undefined ? b : withHourAndMinute(b, a.hour, a.minute), finish: null });
  }
  if ((a.shift?.unit === 'day' || isWeekdayOnly(a)) && first.finish === null && b.day !== undefined &&
    second.finish === null && /^[ \t]*\($/u.test(gap) && text[second.end] === ')') {
    // `sáng nay (15/6)`, `chiều thứ Bảy (6/1)`: the day named, then its date
    return joined(first, second, { begin: withHourAndMinute(b, a.hour, a.minute), end: second.end + 1 });
  }
  if (a.shift?.unit === 'week' && first.finish === null && b.day !== undefined && second.finish?.day !== undefined &&
    /^[ \t]*\($/u.test(gap) && text[second.end] === ')') {
    // `tuần trước (24–30/11)`: the week named, then its days
    return joined(first, second, { begin: b, finish: second.finish, end: second.end + 1 });
  }
  if (isDayLevel(a) && a.hour === undefined && first.finish === null && isTimeOnly(b) && DATE_TO_TIME.test(gap)) {
    const period = first.dayPeriod;
    const finish = second.finish ? withTime(a, second.finish, period) : null;
    return joined(first, second, { begin: withTime(a, b, period), finish });
  }
  if (isTimeOnly(a) && (first.finish === null || isTimeOnly(first.finish)) && isDayLevel(b) && b.hour === undefined &&
    second.finish === null && TIME_TO_DATE.test(gap)) {
    const finish = first.finish ? withTime(b, first.finish, second.dayPeriod) : null;
    return joined(first, second, { begin: withTime(b, a, second.dayPeriod), finish });
  }
  if (first.finish === null && second.finish === null && isTimeOnly(a) === isTimeOnly(b) && !isWeekdayOnly(a) &&
    !isWeekdayOnly(b) && !first.lunar && !second.lunar) {
    const dash = RANGE_DASH.test(gap);
    const word = RANGE_WORD.test(gap);
    if (!dash && !word) return null;
    if (word && isBareYearStart(first) && b.day !== undefined && b.year === undefined) return null;
    const from = fromBefore(text.slice(Math.max(0, first.start - 16), first.start));
    if (dash && a.year === undefined && b.year === undefined && !from) return null;
    const start = from ? first.start - from[0].length : first.start;
    // a range's ends are its values: a part of a month at either end (`từ cuối tháng 9 đến hết tháng 12`) is no mod
    // of the whole span
    return joined(first, second, { start, begin: fillYear(a, b), finish: b, mod: null });
  }
  return null;
}

/**
 * A range whose end is two pieces the left-to-right joining has not put together yet: `từ 19 giờ ngày 4/8 đến 1 giờ
 * sáng nay`, `từ 20 giờ ngày 3/6 đến 2 giờ sáng 4/6` (the start a day with its hour, the end an hour, then its day).
 * Only after `đến`, `tới` or a dash, and only when the end's two pieces join and the start and that end make a range.
 */
function rangeToJoinedEnd(
  text: string,
  first: DateCandidate,
  next: DateCandidate,
  after: DateCandidate | undefined,
): DateCandidate | null {
  if (after === undefined || first.finish !== null || next.start - first.end > LONGEST_GAP) return null;
  const gap = text.slice(first.end, next.start);
  if (!RANGE_WORD.test(gap) && !RANGE_DASH.test(gap)) return null;
  const end = tryJoin(text, next, after);
  if (end === null || end.finish !== null) return null;
  const range = tryJoin(text, first, end);
  return range !== null && range.finish === end.begin ? range : null;
}

/**
 * Joins neighbours that make one date or one range, left to right, and drops the weak ones that joined nothing: in
 * place, `mentions` cut down to the dates they make, and returned.
 */
export function joinNeighbours(text: string, mentions: DateCandidate[]): DateCandidate[] {
  let kept = 0;
  let current: DateCandidate | undefined = mentions[0];
  for (let index = 1; index <= mentions.length; index += 1) {
    if (current === undefined) break;
    const next = mentions[index];
    const merged = next ? tryJoin(text, current, next) : null;
    if (merged) {
      current = merged;
      continue;
    }
    const spanning = next ? rangeToJoinedEnd(text, current, next, mentions[index + 1]) : null;
    if (spanning) {
      current = spanning;
      index += 1;
      continue;
    }
    if (!current.weak) {
      mentions[kept] = current;
      kept += 1;
    }
    current = next;
  }
  mentions.length = kept;
  return mentions;
}

/** `đến nay`, `cho tới hiện tại` after a date; no letter or mark may follow (matchEndingWord). */
const SINCE_UNTIL_NOW = /^[ \t]+(?:cho[ \t]+)?(?:đến|tới)[ \t]+(?:nay|hiện[ \t]+nay|bây[ \t]+giờ|hiện[ \t]+tại)/iu;
/** How far after a date SINCE_UNTIL_NOW is read. */
const UNTIL_NOW_REACH = 30;
/**
 * What SINCE_UNTIL_NOW may open with after the spaces, in either case (`cho`, `đến`, `tới`): most dates are followed
 * by none, and then no copy of the text after them is made.
 */
const UNTIL_NOW_OPENERS: ReadonlySet<number> = new Set([...'cCđĐtT'].map((char) => char.charCodeAt(0)));

/** The first character after `offset` that is no space or tab, before `limit` (NaN when none). */
function firstAfterBlanks(text: string, offset: number, limit: number): number {
  let index = offset;
  while (index < limit && isBlankCode(text.charCodeAt(index))) index += 1;
  return index < limit ? text.charCodeAt(index) : Number.NaN;
}

/** The unit a point is precise to, for `từ năm 2021 đến nay` (the end is this year). */
function unitOf(point: DatePoint): NonNullable<DatePoint['shift']>['unit'] {
  if (point.shift) return point.shift.unit;
  if (point.day !== undefined || point.hour !== undefined) return 'day';
  if (point.month !== undefined) return 'month';
  if (point.quarter !== undefined) return 'quarter';
  return 'year';
}

/** A year stated by its number and nothing finer (`năm 2021`, `2021`): no month, quarter, half, day or shift. */
function isStatedYearOnly(point: DatePoint): boolean {
  return point.year !== undefined && point.month === undefined && point.quarter === undefined && point.day === undefined &&
    point.week === undefined && point.hour === undefined && point.shift === undefined && point.half === undefined;
}

/**
 * `từ tháng 7 đến nay`: a range whose end is the article's present, its start in the past (`từ tháng 7 đến nay`
 * written in June is last July). A start with a modifier (`từ đầu tháng 7 đến nay`) stays a date of its own with
 * that modifier, as the seed's gold reads `năm 1961 đến nay`: a record's `mod` cannot qualify one end of a range.
 * A start that is a stated year alone (`từ năm 2021 đến nay`) stays that year, as the later sets' gold reads it
 * (`năm 2021`, the whole optional).
 */
export function joinSinceUntilNow(text: string, mentions: DateCandidate[]): void {
  for (const mention of mentions) {
    if (mention.finish !== null || mention.lunar || isTimeOnly(mention.begin) || mention.begin.half !== undefined) continue;
    if (isStatedYearOnly(mention.begin)) continue;
    // both patterns need a space or tab at the date's edge: most dates have none there
    if (!isBlankCode(text.charCodeAt(mention.end)) || !isBlankCode(text.charCodeAt(mention.start - 1))) continue;
    if (!UNTIL_NOW_OPENERS.has(firstAfterBlanks(text, mention.end, Math.min(text.length, mention.end + UNTIL_NOW_REACH)))) continue;
    const until = matchEndingWord(SINCE_UNTIL_NOW, text.slice(mention.end, mention.end + UNTIL_NOW_REACH));
    const from = until && fromBefore(text.slice(Math.max(0, mention.start - 16), mention.start));
    if (!from || !until) continue;
    if (mention.begin.year === undefined && mention.begin.shift === undefined) mention.begin.direction = 'past';
    if (mention.mod !== null) continue;
    mention.start -= from[0].length;
    mention.end += until[0].length;
    mention.finish = { shift: { unit: unitOf(mention.begin), amount: 0 } };
    mention.rule += '+until-now';
  }
}

const TIME_ZONE_AFTER = /^[ \t]*\(?GMT[ \t]?[+-][ \t]?\d{1,2}(?::?\d{2})?\)?/u;
/** `âm lịch`, `(ÂL)` after a date; no letter or mark may follow (matchEndingWord). */
const LUNAR_AFTER = /^[ \t]*\(?(?:âm[ \t]lịch|ÂL)\)?/iu;

/** What TIME_ZONE_AFTER and LUNAR_AFTER may open with after the spaces: `(`, `G`, `â`, `Â`. */
const ZONE_OPENERS: ReadonlySet<number> = new Set([0x28, 0x47]);
const LUNAR_OPENERS: ReadonlySet<number> = new Set([0x28, 0xe2, 0xc2]);

/** How far after a date the words it takes in may reach. */
const TRAILING_REACH = 16;

/** Takes in `(GMT+7)` after a time and `âm lịch` after a date (which makes it lunar). */
export function takeTrailingWords(text: string, mentions: DateCandidate[]): void {
  for (let index = 0; index < mentions.length; index += 1) {
    const mention = mentions[index];
    if (mention === undefined) continue;
    const limit = mentions[index + 1]?.start ?? text.length;
    if (mention.begin.hour !== undefined) {
      const reach = Math.min(limit, mention.end + TRAILING_REACH);
      const zone = ZONE_OPENERS.has(firstAfterBlanks(text, mention.end, reach))
        ? TIME_ZONE_AFTER.exec(text.slice(mention.end, reach))
        : null;
      if (zone) mention.end += zone[0].length;
    }
    const reach = Math.min(limit, mention.end + TRAILING_REACH);
    const lunar = LUNAR_OPENERS.has(firstAfterBlanks(text, mention.end, reach))
      ? matchEndingWord(LUNAR_AFTER, text.slice(mention.end, reach))
      : null;
    if (lunar) {
      mention.end += lunar[0].length;
      mention.lunar = true;
    }
  }
}

/**
 * The date mentions of a text: candidates (in text order, as findCandidates gives them) chosen, modified, joined;
 * weak ones that joined nothing dropped.
 */
export function combineCandidates(text: string, candidates: DateCandidate[]): DateCandidate[] {
  const chosen = chooseCandidates(candidates);
  addModifiers(text, chosen);
  const joinedMentions = joinNeighbours(text, chosen);
  joinSinceUntilNow(text, joinedMentions);
  takeTrailingWords(text, joinedMentions);
  return joinedMentions;
}
