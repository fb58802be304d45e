// The dates extractor, two stages. `dateMentions` finds every temporal expression as written and gives the value
// the text alone decides (`14/03/2023`, `năm 2020`, a byline's `Chủ Nhật, Tháng Hai 14, 2021 | 7:28`); the rest
// (`năm qua`, `21/11`, `quý III`, `lúc 8h30`) carry `pending`. `dates`, after metadata, resolves them against the
// article's publishedAt (flagging `relative`), `năm trước` against a year named before it in its sentence
// (anchors.ts), or, for a time alone, the last date before it.
import {
  annotation,
  defineStage,
  type AnnotatedDocument,
  type DateSpan,
  type PendingDate,
  type PendingDatePoint,
  type SentenceSpan,
  type StageContext,
  type Token,
} from '../../pipeline/document.js';
import { splitParagraphs } from '../../input/paragraphs.js';
import { tokenize } from '../../input/tokens.js';
import { splitSentences } from '../sentences/index.js';
import { anchoredUnitOf, endsEventName, endsWithSequenceWord, ParagraphTopicYear, SentencePeriods, takesParagraphYear, type NamedPeriod } from './anchors.js';
import type { DateCandidate, DateRule } from './candidate.js';
import { combineCandidates } from './combine.js';
import { findCandidates } from './triggers.js';
import { DIGIT_RULES } from './digits.js';
import { LIST_RULES } from './lists.js';
import { LUNAR_RULES } from './lunar.js';
import { MONTH_RULES } from './months.js';
import { PERIOD_RULES } from './periods.js';
import { QUARTER_RULES } from './quarters.js';
import { RANGE_RULES } from './ranges.js';
import { ANAPHORIC_UNIT_RULE, RELATIVE_RULES } from './relative.js';
import {
  formatPoint,
  isStated,
  pastPart,
  referenceDayOf,
  resolveAgainst,
  SCHOOL_YEAR_FIRST_MONTH,
  timeOnDay,
  yearNearStatedDay,
  toPendingPoint,
  type ReferenceDay,
} from './resolve.js';
import { followedByAny, futureInClause, plannedInClause, precededByAny } from './context.js';
import { PhraseSet } from './phrases.js';
import { TIME_RULES } from './times.js';
import { WEEKDAY_RULES } from './weekdays.js';
import { YEAR_RULES } from './years.js';

/** Every rule, in one visible list. Overlaps are settled by rank and length, not by order. */
export const DATE_RULES: readonly DateRule[] = [
  ...DIGIT_RULES, //    14/03/2023, 2023-03-14, ngày 1/7, 6/2024
  ...RANGE_RULES, //    Ngày 10-11/12/2020, từ ngày 1 đến ngày 5/6, giai đoạn 2021 - 2025, tháng 6-8/2024
  ...LIST_RULES, //     hai ngày 9 và 10/9, các ngày 5 và 12/6
  ...MONTH_RULES, //    tháng 6/2024, tháng Sáu, ngày 15 tháng 8 năm 2022, Tháng Hai 14, 2021
  ...QUARTER_RULES, //  quý IV/2022, quý III, 6 tháng đầu năm
  ...YEAR_RULES, //     năm 1961, những năm 1990, 2020 là năm ...
  ...PERIOD_RULES, //   tuần thứ 22 năm 2023, thế kỷ 20, thế kỷ XXI
  ...RELATIVE_RULES, // năm qua, tháng trước, hôm qua, cuối năm
  ...WEEKDAY_RULES, //  Thứ Ba, Chủ Nhật, thứ Sáu tuần trước
  ...TIME_RULES, //     7:28, lúc 8h30, 14 giờ 30
  ...LUNAR_RULES, //    Tết Nguyên đán, rằm tháng Giêng
];

/**
 * A range's ends, each resolved alone, in order: the start may not fall after the end. Within one year (`từ tháng 1
 * đến tháng 9` written in October) the start takes the end's year: January to September of this year, not next
 * January (the nearest) to this September; across a new year (`từ tháng 11 đến tháng 2`) the end takes the year after
 * the start's.
 */
function inOrder(begin: string, finish: string): readonly [string, string] {
  if (begin.length !== finish.length || begin <= finish || !/^\d{4}-\d{2}/u.test(begin)) return [begin, finish];
  const same = `${finish.slice(0, 4)}${begin.slice(4)}`;
  if (same <= finish) return [same, finish];
  return [begin, `${String(Number(begin.slice(0, 4)) + 1).padStart(4, '0')}${finish.slice(4)}`];
}

function toDateSpan(mention: DateCandidate): DateSpan {
  const beginStated = !mention.lunar && isStated(mention.begin);
  const finishStated = mention.finish === null || (!mention.lunar && isStated(mention.finish));
  const value = beginStated && mention.begin.year !== undefined ? formatPoint(mention.begin, mention.begin.year) : null;
  const finish = mention.finish;
  const endValue = finish && !mention.lunar && finish.year !== undefined && isStated(finish)
    ? formatPoint(finish, finish.year)
    : null;
  let pending: PendingDate | null = null;
  if (mention.lunar) pending = { value: null, endValue: null, lunar: true };
  else if (!beginStated || !finishStated) {
    pending = {
      value: beginStated ? null : toPendingPoint(mention.begin),
      endValue: finish && !finishStated ? toPendingPoint(finish) : null,
      lunar: false,
    };
  }
  return { start: mention.start, end: mention.end, value, endValue, mod: mention.mod, relative: false, pending, rule: mention.rule };
}

/** The date mentions of a text, values filled where the text alone decides them. */
export function findDateMentions(text: string, tokens: readonly Token[] = tokenize(text)): DateSpan[] {
  return combineCandidates(text, findCandidates(text, tokens, DATE_RULES)).map(toDateSpan);
}

export const dateMentionsStage = defineStage({
  name: 'dateMentions',
  requires: ['tokens'],
  run: (document) => findDateMentions(document.text, annotation(document, 'tokens')),
});

/** The length of a day's value, `2020-12-10`: a value this long or longer names a day. */
const DAY_VALUE_LENGTH = 10;

/**
 * The value of a pending point, or null when it needs publishedAt and there is none. `lastDayValue` is the last value
 * before it that names a day (`2020-12-10`, `2020-12-10T07:28`), or null.
 */
function resolvePoint(
  point: PendingDatePoint,
  mod: DateSpan['mod'],
  reference: ReferenceDay | null,
  lastDayValue: string | null,
  namedPeriod: NamedPeriod | null,
): string | null {
  if (point.anchor === 'previousDate') {
    if (lastDayValue !== null) return timeOnDay(point, lastDayValue.slice(0, DAY_VALUE_LENGTH));
    if (reference === null) return null;
    return timeOnDay(point, formatPoint(reference, reference.year));
  }
  if (namedPeriod !== null) return resolveAgainst(point, namedPeriod.reference);
  if (reference === null) return null;
  return resolveAgainst(pastPart(point, mod, reference), reference);
}

/** True when the value resolvePoint gives a point owes to publishedAt. */
function owesToPublishedAt(point: PendingDatePoint, lastDayValue: string | null, namedPeriod: NamedPeriod | null): boolean {
  if (point.anchor === 'previousDate') return lastDayValue === null;
  return namedPeriod === null || namedPeriod.relative;
}

/** The period named before in the sentence that `năm trước`, `tháng sau` counts from (anchors.ts), or null. */
function namedPeriodFor(text: string, mention: DateSpan, point: PendingDatePoint | null, periods: SentencePeriods): NamedPeriod | null {
  const unit = point === null ? null : anchoredUnitOf(point);
  if (unit === null || !endsWithSequenceWord(text, mention.start, mention.end)) return null;
  // `Năm 2024, bảo tàng đón 41.000 lượt khách; chúng tôi đặt mục tiêu vượt 60.000 lượt vào năm sau`: a year counted
  // forward in a clause of its own past a semicolon, one that sets a plan or a goal, counts from now
  if (unit === 'year' && (point?.shift?.amount ?? 0) > 0 && periods.yearInClauseBefore && plannedInClause(text, mention.start)) return null;
  const period = periods.anchorFor(unit);
  // `học bổng năm nay … so với năm học trước`: a school year counts from the one that begins in the year named (in its
  // autumn), not from that year's January
  if (period === null || point?.schoolYear !== true) return period;
  return { reference: { year: period.reference.year, month: SCHOOL_YEAR_FIRST_MONTH, day: 1 }, relative: period.relative };
}

/**
 * Words that count a part of the year from now (`từ nay đến cuối năm`, "from now to the end of the year"): the year
 * is the one we are in, whatever year the paragraph has set (`Năm 2026, … Muốn vậy, từ nay đến cuối năm phải …`).
 */
const FROM_NOW_UNTIL = new PhraseSet([
  'từ nay đến', 'từ nay tới', 'từ nay cho đến', 'từ giờ đến', 'từ giờ tới', 'từ bây giờ đến', 'từ bây giờ tới',
]);

/**
 * Words after a part of the year that run it to now (`Từ đầu năm đến nay`, "from the start of the year until now"):
 * this year's part, whatever year the paragraph has set (`năm 2022, giá từng đạt … Từ đầu năm đến nay đã có 9 cơ sở`).
 */
const UNTIL_NOW = new PhraseSet(['đến nay', 'tới nay', 'đến giờ', 'tới giờ']);

/**
 * Words before a date that make it a deadline (`thi công xong trước ngày 30/4/2026`, `chậm nhất là tháng 6/2026`): the
 * date bounds a task, it is no period the sentence tells of, and `năm sau` after it counts from publication.
 */
const DEADLINE_WORDS = new PhraseSet(['trước', 'chậm nhất', 'chậm nhất là', 'muộn nhất', 'muộn nhất là']);

/**
 * Words before a day that make it background to the story: the start of a state lasting since (`giao dịch trên UPCoM
 * từ ngày 15/3/2021`, `kể từ ngày 1/7`), or the day a document was issued (`Quyết định … do HOSE ban hành ngày 28/11`,
 * `văn bản ký ngày 3/5`).
 */
const BACKGROUND_DAY_WORDS = new PhraseSet(['từ', 'kể từ', 'bắt đầu từ', 'ban hành', 'ký', 'ký ban hành']);

/** Whether the date at `start` is background to the story (`từ ngày 15/3/2021`, `ban hành ngày 28/11`). */
function isBackgroundDay(text: string, start: number): boolean {
  return precededByAny(text, start, BACKGROUND_DAY_WORDS, 3);
}

/** Words that make what follows them a base of comparison: `so với tháng 12/2024`, `so với cùng kỳ năm 2024`. */
const COMPARISON_WORDS = new PhraseSet(['so với', 'so với cùng kỳ', 'so cùng kỳ']);

/**
 * Whether the mention at `start` is what something is compared with (`tăng 2,06% so với tháng 12/2024`): the base of
 * a comparison, not the period the sentence tells of, so `năm trước` after it counts from the period told of.
 */
function isComparisonBase(text: string, start: number): boolean {
  return precededByAny(text, start, COMPARISON_WORDS, 4);
}

/** The sentences of a text read alone (no sentences stage): each line split as a paragraph. */
function sentencesOf(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  for (const paragraph of splitParagraphs(text)) splitSentences(text, paragraph, sentences);
  return sentences;
}

/**
 * Whether a point takes the year a period named before it in its sentence states (when yearAhead keeps it), rather
 * than the one nearest publication: a month or a day of it written without its year and with no word saying which way it lies (`Vụ muối
 * năm 2025 bắt đầu từ cuối tháng 1`: January 2025 even in an article of October 2025; `khai ấn đêm 2/3/2026 và phát
 * ấn từ sáng 3/3`: 3 March 2026).
 */
function takesSentenceYear(point: PendingDatePoint): boolean {
  return point.anchor === 'publishedAt' && point.year === undefined && point.month !== undefined &&
    point.shift === undefined && point.weekday === undefined && point.direction === undefined &&
    point.quarter === undefined && point.half === undefined && point.week === undefined;
}

/**
 * A year the sentence named, when it is the publication's year or the next (`Vụ muối năm 2025` in 2025, `khai ấn đêm
 * 2/3/2026` in November 2025); else null. A year gone by (`khởi công tháng 3/2024, đến cuối tháng 10 đã hoàn thành`,
 * `SN 1982, … từ đầu tháng 8`) leaves a later month to the reading nearest publication: the story has come on to now.
 */
function yearAhead(year: number | null, reference: ReferenceDay | null): number | null {
  if (year === null || reference === null) return null;
  return year === reference.year || year === reference.year + 1 ? year : null;
}

/**
 * A month or a day of it written without its year nor a word of direction (`đầu tháng 3`, `ngày 5/3`), in a clause
 * that says `sẽ` (will) before it: one to come (`sẽ được công bố vào đầu tháng 3`, written in November: next March).
 * Any other point as it is.
 */
function withFutureTense(text: string, start: number, point: PendingDatePoint): PendingDatePoint {
  if (!takesSentenceYear(point) || !futureInClause(text, start)) return point;
  return { ...point, direction: 'future' };
}

/** What joins two periods of one kind that share the year word written after the second: `và`, `hoặc`, a comma. */
const COORDINATION = /^(?:[ \t]+(?:và|hoặc)[ \t]+|[ \t]*,[ \t]*(?:(?:và|hoặc)[ \t]+)?)$/u;
/** The longest stretch between two coordinated periods COORDINATION may read (`, hoặc `). */
const COORDINATION_REACH = 12;

/**
 * No modifier, or one naming a part of the period (`giữa tháng 3 và cuối tháng 5/2026`: the start, middle or end of a
 * month is in the month's year); an approximate period shares no year word.
 */
function isPartOfPeriod(mod: DateSpan['mod']): boolean {
  return mod === null || mod === 'START' || mod === 'MID' || mod === 'END';
}

/** The kind of period a point is: a quarter, a half, a month without a day, or none of these. */
function periodKindOf(point: PendingDatePoint): 'quarter' | 'half' | 'month' | null {
  if (point.quarter !== undefined) return 'quarter';
  if (point.half !== undefined) return 'half';
  if (point.month !== undefined && point.day === undefined && point.week === undefined && point.hour === undefined) return 'month';
  return null;
}

/** The place of a point in its year by its kind: its quarter, half or month. */
function orderInYear(point: PendingDatePoint, kind: 'quarter' | 'half' | 'month'): number {
  return (kind === 'quarter' ? point.quarter : kind === 'half' ? point.half : point.month) ?? 0;
}

/** A value the text alone decided (`2026-Q2`, `2026-H1`, `2026-08`): its year and kind of period, or null. */
const STATED_PERIOD = /^(\d{4})-(?:(Q)[1-4]|(H)[12]|\d{2})$/u;

/** What a period coordinated after another says of its year: written (`quý II/2026`) or counted (`quý II năm sau`). */
type ListYear = { readonly year: number } | { readonly shift: NonNullable<PendingDatePoint['shift']> };

/**
 * The year a later period of the kind `kind` states, or null when it states none, is of another kind, or comes earlier
 * in its year than `order` (`quý IV và quý I/2026`, `tháng 12 và tháng 1/2026`: the list runs into the next year, and
 * its year word is the last item's alone).
 */
function yearOfLater(later: DateSpan, kind: 'quarter' | 'half' | 'month', order: number): ListYear | null {
  if (!isPartOfPeriod(later.mod) || later.endValue !== null && later.pending === null) return null;
  const point = later.pending?.value;
  if (later.pending === null) {
    const stated = later.value === null ? null : STATED_PERIOD.exec(later.value);
    if (stated === null) return null;
    const statedKind = stated[2] !== undefined ? 'quarter' : stated[3] !== undefined ? 'half' : 'month';
    const statedOrder = Number(later.value?.slice(statedKind === 'month' ? 5 : 6));
    return statedKind === kind && statedOrder > order ? { year: Number(stated[1]) } : null;
  }
  if (point == null || later.pending.endValue !== null || periodKindOf(point) !== kind || orderInYear(point, kind) <= order) return null;
  if (point.year !== undefined) return { year: point.year };
  return point.shift?.unit === 'year' ? { shift: point.shift } : null;
}

/**
 * The year of a period written without one, taken from the period of its kind coordinated with it just after that
 * states one (`trong quý I và quý II năm sau`: both next year's; `tháng 7, tháng 8/2026`): the year word closes the
 * list, so it is every item's. Null when `earlier` states its own year or a direction, or is not so coordinated.
 */
function coordinatedYear(text: string, earlier: DateSpan, later: DateSpan | undefined): ListYear | null {
  const first = earlier.pending?.value;
  if (later === undefined || first == null || earlier.pending?.endValue != null || !isPartOfPeriod(earlier.mod)) return null;
  if (first.anchor !== 'publishedAt' || first.year !== undefined || first.shift !== undefined || first.direction !== undefined) return null;
  const kind = periodKindOf(first);
  if (kind === null || later.start - earlier.end > COORDINATION_REACH) return null;
  if (!COORDINATION.test(text.slice(earlier.end, later.start))) return null;
  return yearOfLater(later, kind, orderInYear(first, kind));
}

/** A value and an end on two different days: `2025-09-24` to `2025-09-28`. */
function spansDays(value: string, endValue: string | null): boolean {
  if (endValue === null || endValue.length < DAY_VALUE_LENGTH) return false;
  for (let at = 0; at < DAY_VALUE_LENGTH; at += 1) if (value.charCodeAt(at) !== endValue.charCodeAt(at)) return true;
  return false;
}

/**
 * Resolves pending mentions in text order: against publishedAt, `năm trước` and the like against a period named
 * before them in their sentence, and a time alone on the last day-precise date before it.
 */
export function resolveDateMentions(
  text: string,
  mentions: readonly DateSpan[],
  publishedAt: string | null,
  context: StageContext,
  sentences: readonly SentenceSpan[] = sentencesOf(text),
): DateSpan[] {
  const reference = referenceDayOf(publishedAt);
  const periods = new SentencePeriods(sentences, text);
  const topics = new ParagraphTopicYear(text, sentences);
  let lastDayValue: string | null = null;
  /** The last day the text wrote with its year, when that is the publication's or the next (yearNearStatedDay). */
  let statedDay: ReferenceDay | null = null;
  /** Whether the mention before opened a list whose year word the current one closes (its listYear was not null). */
  let previousOpensList = false;
  const resolved: DateSpan[] = [];
  for (let index = 0; index < mentions.length; index += 1) {
    const mention = mentions[index] as DateSpan;
    periods.enter(mention.start);
    let current = mention;
    // `quý I và quý II năm sau`: the first takes the year word the list closes on, and the second counts it from
    // publication, not from the first (one year word for both)
    const listYear = coordinatedYear(text, mention, mentions[index + 1]);
    const pending = listYear === null || !('shift' in listYear) ? mention.pending
      : { ...(mention.pending as PendingDate), value: { ...(mention.pending?.value as PendingDatePoint), shift: listYear.shift } };
    const writtenListYear = listYear !== null && 'year' in listYear ? listYear.year : null;
    const closesList = previousOpensList;
    previousOpensList = listYear !== null;
    // Most articles set no paragraph year: asked only once one is set.
    const takesTopic = topics.active && listYear === null && pending !== null && !pending.lunar && pending.endValue === null && pending.value !== null &&
      takesParagraphYear(pending.value, mention.rule) && !precededByAny(text, mention.start, FROM_NOW_UNTIL, 4) &&
      !followedByAny(text, mention.end, UNTIL_NOW);
    const topic = takesTopic ? topics.at(mention.start) : null;
    if (pending?.lunar) {
      const words = text.slice(mention.start, mention.end);
      context.warn(`dates: "${words}" (at ${mention.start}) is a lunar date; no Gregorian value given`);
    } else if (topic !== null && pending?.value) {
      // `Năm 2024, … Từ quý II, …`: the year the paragraph set (anchors.ts).
      current = {
        start: mention.start,
        end: mention.end,
        value: formatPoint(pending.value, topic.year),
        endValue: mention.endValue,
        mod: mention.mod,
        relative: topic.relative,
        pending: null,
        rule: mention.rule,
      };
    } else if (pending) {
      const namedPeriod = closesList ? null : namedPeriodFor(text, mention, pending.value, periods);
      // `năm trước đó` with no period named before it in its sentence refers back past it: no date
      if (namedPeriod === null && mention.rule === ANAPHORIC_UNIT_RULE) continue;
      const statedYearAhead = yearAhead(periods.statedYear(), reference);
      const sentenceYear = writtenListYear ?? (pending.value !== null && takesSentenceYear(pending.value)
        ? statedYearAhead ?? (statedDay === null || reference === null ? null : yearNearStatedDay(pending.value, statedDay, reference))
        : null);
      let begin = pending.value
        ? sentenceYear !== null
          ? formatPoint(pending.value, sentenceYear)
          : resolvePoint(withFutureTense(text, mention.start, pending.value), mention.mod, reference, lastDayValue, namedPeriod)
        : null;
      const finishYear = pending.endValue !== null && takesSentenceYear(pending.endValue)
        ? statedYearAhead ?? (statedDay === null || reference === null ? null : yearNearStatedDay(pending.endValue, statedDay, reference))
        : null;
      let finish = pending.endValue
        ? finishYear !== null
          ? formatPoint(pending.endValue, finishYear)
          : resolvePoint(pending.endValue, null, reference, lastDayValue, pending.endValue.schoolYear === true ? namedPeriod : null)
        : null;
      if (begin !== null && finish !== null) [begin, finish] = inOrder(begin, finish);
      const unresolved = (pending.value !== null && begin === null) || (pending.endValue !== null && finish === null);
      if (unresolved) {
        const words = text.slice(mention.start, mention.end);
        context.warn(`dates: "${words}" (at ${mention.start}) needs the article's publication date, which is unknown`);
      }
      // written out in DateSpan's order, not spread from the mention: a spread is a call into the runtime
      current = {
        start: mention.start,
        end: mention.end,
        value: begin ?? mention.value,
        endValue: finish ?? mention.endValue,
        mod: mention.mod,
        relative: (begin !== null && pending.value !== null && sentenceYear === null &&
            owesToPublishedAt(pending.value, lastDayValue, namedPeriod)) ||
          (finish !== null && pending.endValue !== null && finishYear === null &&
            owesToPublishedAt(pending.endValue, lastDayValue, pending.endValue.schoolYear === true ? namedPeriod : null)),
        pending: unresolved ? pending : null,
        rule: mention.rule,
      };
    }
    // kept whole: its day is cut out only for a time alone after it, which few articles write. A span of days
    // (`từ ngày 24 đến 28/9`) names no one day a later time falls on: a day named before it stays (with none, the
    // span's first day is taken: `Hội chợ mở từ 12 đến 18/6. Lễ khai mạc lúc 9h30`).
    // So does a deadline (`khởi công trước ngày 15/12. … Phát biểu kết luận lúc 11h45`: the day told of before), and a
    // background day before it: one a state began on or a document was issued (`Quyết định … ban hành ngày 28/11 …
    // đã giao dịch từ ngày 15/3/2021. Lễ … lúc 8h30 cùng ngày`: the listing day told before; `cấm biển từ 12 giờ ngày
    // mai (10/11) … trước 18 giờ cùng ngày` moves on to the day after).
    const deadline = precededByAny(text, current.start, DEADLINE_WORDS, 3);
    const boundAfterDay = lastDayValue !== null && current.value !== null &&
      (spansDays(current.value, current.endValue) || deadline ||
        (current.endValue === null && current.value.slice(0, DAY_VALUE_LENGTH) < lastDayValue.slice(0, DAY_VALUE_LENGTH) &&
          isBackgroundDay(text, current.start)));
    // a deadline (`trước ngày 15/10/2024`) bounds a task: no day the story has come to
    if (mention.pending === null && current.value !== null && current.endValue === null && current.value.length >= DAY_VALUE_LENGTH &&
      reference !== null && !deadline) {
      const year = Number(current.value.slice(0, 4));
      if (yearAhead(year, reference) !== null) {
        statedDay = { year, month: Number(current.value.slice(5, 7)), day: Number(current.value.slice(8, 10)) };
      }
    }
    if (current.value !== null && current.value.length >= DAY_VALUE_LENGTH && !boundAfterDay) {
      lastDayValue = current.value;
    }
    // A year that labels an event (`Giải … năm 2026`) is no period the sentence tells of (anchors.ts), nor is a base
    // of comparison (`CPI tháng 10/2025 tăng 2,06% so với tháng 12/2024 và 3,18% so với cùng kỳ năm trước`: 2024), nor
    // a deadline (`xong trước ngày 30/4/2026, trước mùa mưa năm sau`: 2026 from publication in 2025).
    if ((current.value === null || current.value.length !== 4 || !endsEventName(text, current.start)) && !isComparisonBase(text, current.start) &&
      !deadline) {
      periods.note(current.value, current.endValue, current.relative);
    }
    topics.note(current.start, current.end, current.value, current.endValue, current.relative);
    resolved.push(current);
  }
  return resolved;
}

function publishedAtOf(document: AnnotatedDocument): string | null {
  return annotation(document, 'metadata').meta.publishedAt ?? document.hints.publishedAt ?? null;
}

export const datesStage = defineStage({
  name: 'dates',
  requires: ['dateMentions', 'metadata', 'sentences'],
  run: (document, context) => resolveDateMentions(
    document.text,
    annotation(document, 'dateMentions'),
    publishedAtOf(document),
    context,
    annotation(document, 'sentences'),
  ),
});
