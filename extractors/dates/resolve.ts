// TIMEX3-style values: a point the text fully states becomes `2020`, `2020-12`, `2020-12-10`, `2021-02-14T07:28`,
// `2021-Q2`, `2022-H1`; a point that needs publishedAt (`năm qua`, `21/11`, `quý III`, `Thứ Ba`) is resolved here
// against the article's publication date.
import type { PendingDatePoint } from '../../pipeline/document.js';
import type { DatePoint } from './candidate.js';

/** The calendar day the article was published, as written in its `publishedAt` (local time, no conversion). */
export interface ReferenceDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/u;

export function referenceDayOf(publishedAt: string | null | undefined): ReferenceDay | null {
  const found = publishedAt ? ISO_DAY.exec(publishedAt) : null;
  if (!found) return null;
  return { year: Number(found[1]), month: Number(found[2]), day: Number(found[3]) };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

// The parts of a value after its year, `-06`, `-06-20`, `T07:28`, kept once made: a value is then one or two
// concatenations instead of five, with no padded copies (a date-dense article writes sixty values).
const MONTH_PARTS = 13;
const DAYS_IN_KEY = 32;
const MINUTES_IN_HOUR = 60;
const TIME_PARTS = 24 * MINUTES_IN_HOUR;
/** `-06` by month. */
const monthParts = new Array<string | undefined>(MONTH_PARTS);
/** `-06-20` by month × 32 + day. */
const monthDayParts = new Array<string | undefined>(MONTH_PARTS * DAYS_IN_KEY);
/** `T07:28` by hour × 60 + minute. */
const timeParts = new Array<string | undefined>(TIME_PARTS);

function monthPart(month: number): string {
  const known = monthParts[month];
  if (known !== undefined) return known;
  const part = `-${pad(month)}`;
  if (Number.isInteger(month) && month >= 0 && month < MONTH_PARTS) monthParts[month] = part;
  return part;
}

function monthDayPart(month: number, day: number): string {
  const inTable = Number.isInteger(month) && Number.isInteger(day) && month >= 0 && month < MONTH_PARTS && day >= 0 &&
    day < DAYS_IN_KEY;
  const known = inTable ? monthDayParts[month * DAYS_IN_KEY + day] : undefined;
  if (known !== undefined) return known;
  const part = `-${pad(month)}-${pad(day)}`;
  if (inTable) monthDayParts[month * DAYS_IN_KEY + day] = part;
  return part;
}

function timePart(hour: number, minute: number): string {
  const inTable = Number.isInteger(hour) && Number.isInteger(minute) && hour >= 0 && minute >= 0 &&
    minute < MINUTES_IN_HOUR && hour * MINUTES_IN_HOUR + minute < TIME_PARTS;
  const known = inTable ? timeParts[hour * MINUTES_IN_HOUR + minute] : undefined;
  if (known !== undefined) return known;
  const part = `T${pad(hour)}:${pad(minute)}`;
  if (inTable) timeParts[hour * MINUTES_IN_HOUR + minute] = part;
  return part;
}

/** True when the text alone gives the point a value. */
export function isStated(point: DatePoint): boolean {
  return point.year !== undefined && point.shift === undefined && point.weekday === undefined;
}

/** The TIMEX3 value of a point in `year` (the point's own year, or the one resolution gives it). */
export function formatPoint(point: DatePoint, year: number): string {
  const written = pad(year, 4);
  if (point.half !== undefined) return `${written}-H${point.half}`;
  if (point.week !== undefined) return `${written}-W${pad(point.week)}`;
  if (point.quarter !== undefined) return `${written}-Q${point.quarter}`;
  if (point.month === undefined) return written;
  if (point.day === undefined) return written + monthPart(point.month);
  const day = written + monthDayPart(point.month, point.day);
  return point.hour === undefined ? day : day + timePart(point.hour, point.minute ?? 0);
}

export function toPendingPoint(point: DatePoint): PendingDatePoint {
  const timeOnly = (point.hour !== undefined || point.sameDay === true) && point.year === undefined &&
    point.month === undefined && point.day === undefined && point.shift === undefined && point.weekday === undefined;
  // the parts the point states, copied one by one: a spread is a call into the runtime, for each pending mention
  const pending: { -readonly [Part in keyof PendingDatePoint]: PendingDatePoint[Part] } = {
    anchor: timeOnly ? 'previousDate' : 'publishedAt',
  };
  if (point.year !== undefined) pending.year = point.year;
  if (point.month !== undefined) pending.month = point.month;
  if (point.day !== undefined) pending.day = point.day;
  if (point.quarter !== undefined) pending.quarter = point.quarter;
  if (point.half !== undefined) pending.half = point.half;
  if (point.week !== undefined) pending.week = point.week;
  if (point.hour !== undefined) pending.hour = point.hour;
  if (point.minute !== undefined) pending.minute = point.minute;
  if (point.shift !== undefined) pending.shift = point.shift;
  if (point.weekday !== undefined) pending.weekday = point.weekday;
  if (point.direction !== undefined) pending.direction = point.direction;
  if (point.schoolYear !== undefined) pending.schoolYear = point.schoolYear;
  if (point.yearGoneBy !== undefined) pending.yearGoneBy = point.yearGoneBy;
  return pending;
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

function fromDayNumber(days: number): ReferenceDay {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday, Monday 1 … Sunday 7. */
function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1; // 1970-01-01 (day 0) was a Thursday
}

function isoWeekOf(days: number): string {
  const thursday = days - isoWeekday(days) + 4;
  const year = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

function formatDay(days: number, point: PendingDatePoint): string {
  const day = fromDayNumber(days);
  return formatPoint({ month: day.month, day: day.day, hour: point.hour, minute: point.minute }, day.year);
}

/**
 * A quarter or half stated without a year: the article's year, unless told it is past (`quý IV vừa qua` written in
 * January: last year's) or future (`quý I tới` written in November: next year's).
 */
function yearForPeriod(point: PendingDatePoint, reference: ReferenceDay): number {
  const months = point.quarter !== undefined ? 3 : 6;
  const index = point.quarter ?? point.half ?? 1;
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = index * months;
  if (point.direction === 'past' && firstMonth > reference.month) return reference.year - 1;
  if (point.direction === 'future' && lastMonth < reference.month) return reference.year + 1;
  return reference.year;
}

/** The first day of a month, or of a day of it, in `year`, as a day number. */
function firstDayIn(point: PendingDatePoint, year: number): number {
  return dayNumber(year, point.month ?? 1, point.day ?? 1);
}

/** The last day of a month, or a day of it, in `year`, as a day number. */
function lastDayIn(point: PendingDatePoint, year: number): number {
  return point.day === undefined ? dayNumber(year, (point.month ?? 1) + 1, 0) : firstDayIn(point, year);
}

/** How many days lie between a month, or a day of it, in `year` and the day `days` (0 inside the month). */
function distanceIn(point: PendingDatePoint, year: number, days: number): number {
  const first = firstDayIn(point, year);
  const last = lastDayIn(point, year);
  return days < first ? first - days : days > last ? days - last : 0;
}

/** How far from the reference day a day or month of the year before or after may lie to be meant (a quarter). */
const NEIGHBOUR_YEAR_REACH_DAYS = 92;

/**
 * A year for a day or month stated without one: of the reference's year and the years either side, the nearest
 * (the reference's own on a tie, then the earlier; the years either side only within NEIGHBOUR_YEAR_REACH_DAYS), or
 * the past/future one when told.
 */
function yearFor(point: PendingDatePoint, reference: ReferenceDay): number {
  if (point.quarter !== undefined || point.half !== undefined) return yearForPeriod(point, reference);
  if (point.month === undefined) return reference.year;
  const referenceDays = dayNumber(reference.year, reference.month, reference.day);
  if (point.direction === 'past') {
    for (let year = reference.year + 1; year >= reference.year - 1; year -= 1) {
      if (firstDayIn(point, year) <= referenceDays) return year;
    }
    return reference.year;
  }
  if (point.direction === 'future') {
    for (let year = reference.year - 1; year <= reference.year + 1; year += 1) {
      if (lastDayIn(point, year) >= referenceDays) return year;
    }
    return reference.year;
  }
  let best = reference.year;
  let bestDistance = distanceIn(point, best, referenceDays);
  for (let year = reference.year - 1; year <= reference.year + 1; year += 1) {
    const distance = distanceIn(point, year, referenceDays);
    // A month of the year before or after is meant only when it lies close, across the turn of the year (`tháng 1`
    // written in December, `tháng 12` in January): news tells of its own year (`từ tháng 3` written in November).
    if (year !== reference.year && distance > NEIGHBOUR_YEAR_REACH_DAYS) continue;
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The year of a day written without one that follows a day the text wrote with its year (`khai mạc sáng 6/7/2024 …
 * Chiều 8/7`, `đến 17h ngày 15/5/2024. Từ ngày 20/5 đến ngày 25/5`, written in November 2023): the stated day's year
 * when the point lies within NEIGHBOUR_YEAR_REACH_DAYS of that day in it and nearer it than the reading nearest
 * publication lies to the publication day (`thông xe ngày 30/6/2024. Ngày 18/11`, written on 20 November: this
 * November); else null. A month alone keeps the reading nearest publication (`ngày 6/7/2024. Giữa tháng 9`).
 */
export function yearNearStatedDay(point: PendingDatePoint, stated: ReferenceDay, reference: ReferenceDay): number | null {
  if (point.day === undefined) return null;
  const nearest = yearFor(point, reference);
  if (nearest === stated.year) return null;
  const statedDays = dayNumber(stated.year, stated.month, stated.day);
  const fromStated = distanceIn(point, stated.year, statedDays);
  if (fromStated > NEIGHBOUR_YEAR_REACH_DAYS) return null;
  return fromStated < distanceIn(point, nearest, dayNumber(reference.year, reference.month, reference.day)) ? stated.year : null;
}

/** The month a school year begins in (classes open early in September, schools gather in August). */
export const SCHOOL_YEAR_FIRST_MONTH = 8;

/** The value of a pending point against the article's publication day. */
export function resolveAgainst(point: PendingDatePoint, reference: ReferenceDay): string {
  const referenceDays = dayNumber(reference.year, reference.month, reference.day);
  const shift = point.shift;
  if (shift?.unit === 'year') {
    // a school year counted from a day before August is the one that began the year before (`năm học này` in March 2025
    // is 2024-2025)
    const schoolYearBefore = point.schoolYear === true && reference.month < SCHOOL_YEAR_FIRST_MONTH ? 1 : 0;
    // `Năm qua, ngành đã …` written in December, the year-end reviews' month: the year now ending
    const yearEnding = point.yearGoneBy === true && reference.month === 12 ? 1 : 0;
    return formatPoint(point, reference.year + shift.amount - schoolYearBefore + yearEnding);
  }
  if (shift?.unit === 'quarter') {
    const index = reference.year * 4 + Math.floor((reference.month - 1) / 3) + shift.amount;
    return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
  }
  if (shift?.unit === 'month') {
    const index = reference.year * 12 + reference.month - 1 + shift.amount;
    return formatPoint({ month: (index % 12) + 1, day: point.day, hour: point.hour, minute: point.minute }, Math.floor(index / 12));
  }
  if (shift?.unit === 'day') return formatDay(referenceDays + shift.amount, point);
  if (point.weekday !== undefined) {
    const today = isoWeekday(referenceDays);
    if (shift === undefined && point.direction === 'past') {
      return formatDay(referenceDays - (((today - point.weekday + 6) % 7) + 1), point);
    }
    if (shift === undefined && point.direction === 'future') {
      return formatDay(referenceDays + (((point.weekday - today + 6) % 7) + 1), point);
    }
    const monday = referenceDays - today + 1 + 7 * (shift?.amount ?? 0);
    return formatDay(monday + point.weekday - 1, point);
  }
  if (shift?.unit === 'week') return isoWeekOf(referenceDays + 7 * shift.amount);
  return formatPoint(point, point.year ?? yearFor(point, reference));
}

/** The month of a year, and the day of a month, where its start, middle and end begin (`cuối năm` from October). */
const PART_BEGINS: Readonly<Record<'year' | 'month', Readonly<Record<'START' | 'MID' | 'END', number>>>> = {
  year: { START: 1, MID: 5, END: 10 },
  month: { START: 1, MID: 11, END: 21 },
};

/**
 * A part of the current year or month said to be past (`hồi cuối năm`, `hồi cuối tháng`): when that part has not
 * begun on the publication day, it is the part of the year or month before.
 */
export function pastPart(point: PendingDatePoint, mod: string | null, reference: ReferenceDay): PendingDatePoint {
  const shift = point.shift;
  if (point.direction !== 'past' || shift === undefined || shift.amount !== 0) return point;
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return point;
  if (shift.unit === 'year' && reference.month < PART_BEGINS.year[mod]) return { ...point, shift: { unit: 'year', amount: -1 } };
  if (shift.unit === 'month' && reference.day < PART_BEGINS.month[mod]) return { ...point, shift: { unit: 'month', amount: -1 } };
  return point;
}

/** The value of a time stated alone, on the day `day` (`2020-12-10`). */
export function timeOnDay(point: PendingDatePoint, day: string): string {
  // `chiều cùng ngày` states no hour: the day alone
  return point.hour === undefined ? day : day + timePart(point.hour, point.minute ?? 0);
}
