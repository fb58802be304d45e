// The figures of a text, left to right: at each token, an ordinal (`lần thứ 5`), a range opened by `từ`, or a number
// read with what follows it (ratio, range, unit) and what precedes it (qualifier, prefix currency). Codes, names and
// date parts are skipped whole. A figure whose numbers overlap a date the dates stage found is dropped as it is found.
import type { FigureSpan, TextSpan } from '../../pipeline/document.js';
import type { FigureQualifier } from '../../output/schema.js';
import {
  followsCode,
  followsAgeWord,
  followsComparedName,
  followsDayOrMonthWord,
  followsDeviceKind,
  followsAreaLabel,
  followsDwellingLabel,
  followsTextLabel,
  followsProjectLabel,
  followsCapacityLabel,
  followsGroupLabel,
  endsHamletName,
  followsHyphenedCode,
  followsPlaceName,
  isAcronym,
  isModelNumberPair,
  isNameOrDateNumber,
  isThousandsGrouped,
  isNamedByWordBefore,
  followsTechniqueCode,
  isUngroupedCode,
  isEmergencyNumber,
  namesEmergencyNumber,
  isYearNumber,
  precedesCode,
  degreesAndMinutesEnd,
} from './codes.js';
import { COUNTED_BY_MOT, COUNTED_NOUN_PHRASES, COUNTING_BEFORE_MOT, COUNTING_BEFORE_MOT_PHRASES, CURRENCIES, IDEA_AFTER_MOT_DONG, MEASURE_UNITS, NOT_COUNTED_AFTER_MOT, NUMBER_WORD_SET, PREFIX_CURRENCIES } from './lexicon.js';
import { parseDigitNumber } from '../shared/numbers.js';
import { NumberReading, readNumberAt, type FigureNumber } from './numbers-at.js';
import { readOrdinalAt } from './ordinals.js';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';
import { readChangeStart, readRangeUpper } from './ranges.js';
import { readPartAfterWhole, readRatio } from './ratios.js';
import { productNounBeforeName } from './product-names.js';
import { breaksDownCount, followsOnlyAndVerb, isListedWithCount } from './listed-mot.js';
import { isInSetAt, isWordPairAt, phraseAt, wordSet, type WordSet } from './phrases.js';
import {
  DIGITS,
  isCapitalizedAt,
  isGlued,
  isLowerWordAt,
  isWordAt,
  kindAt,
  LINE_BREAK,
  opensSentence,
  possibleOpeningFrom,
  PUNCT,
  WORD,
  type FigureContext,
  type FigureToken,
  tokensText,
} from './tokens.js';
import { DATE_PART, isLengthInHoursAndMinutes, readUnit, UnitReading, type FigureUnit } from './units.js';
import { lowerCased } from './characters.js';
import { FIGURE_OPENING_WORDS } from './opening-words.js';

/** A date as the figures read it: where it lies, and its values where the dates stage gave them. */
export interface DateBound extends TextSpan {
  readonly value?: string | null;
  readonly endValue?: string | null;
}

const NO_DATES: readonly DateBound[] = [];

/**
 * The figures found so far, in order of their numbers, and the dates to keep them off: a figure whose numbers overlap
 * a date is dropped (a date may share a unit's word, not its numbers: `2 năm` in `trong 2 năm 2022 - 2023` stays,
 * `năm 2020` is a date's). Figures come in order of where their numbers start, so the dates are walked once.
 *
 * One is kept for every text (see `found`), and its list of figures from text to text: a list grown figure by figure
 * reallocates a few times, ~2.5 KB an article, where the copy handed out is one allocation of the exact size.
 */
class FoundFigures {
  /** The figures of the text being read: the first `count` of the list. */
  private readonly figures: FigureSpan[] = [];
  private count = 0;
  /** The dates of the text being read, in order of start. */
  private dates: readonly DateBound[] = NO_DATES;
  private dateIndex = 0;
  /** The furthest end of the dates passed so far (those starting before the last figure's numbers end). */
  private furthestEnd = -1;
  /** The dates walked for the candidates (see insideDate): the next one not passed, and the furthest end of those passed. */
  private candidateDateIndex = 0;
  private candidateFurthestEnd = -1;
  /** The token where the numbers of the figure added last start (-1 before any). */
  private lastCoreFrom = -1;

  /** Starts on a new text, whose dates are `dates` (in order of start). */
  reset(dates: readonly DateBound[]): void {
    this.count = 0;
    this.dates = dates;
    this.dateIndex = 0;
    this.furthestEnd = -1;
    this.candidateDateIndex = 0;
    this.candidateFurthestEnd = -1;
    this.lastCoreFrom = -1;
  }

  /**
   * The text's figures, in a list of their own. The kept list goes on holding them until the next text's take their
   * places, unless it is a hostile text's long list, which is let go.
   */
  taken(): FigureSpan[] {
    const figures = this.figures.slice(0, this.count);
    if (this.figures.length > KEPT_FIGURES_UP_TO) this.figures.length = 0;
    this.dates = NO_DATES;
    return figures;
  }

  /** Adds `figure`, whose numbers are tokens `[coreFrom, coreTo)`, unless a date overlaps them. */
  add(context: FigureContext, figure: FigureSpan, coreFrom: number, coreTo: number): void {
    const coreStart = (context.tokens[coreFrom] as FigureToken).start;
    const coreEnd = (context.tokens[coreTo - 1] as FigureToken).end;
    const { dates } = this;
    while (this.dateIndex < dates.length && (dates[this.dateIndex] as TextSpan).start < coreEnd) {
      this.furthestEnd = Math.max(this.furthestEnd, (dates[this.dateIndex] as TextSpan).end);
      this.dateIndex += 1;
    }
    if (this.furthestEnd <= coreStart) {
      this.figures[this.count] = figure;
      this.count += 1;
      this.lastCoreFrom = coreFrom;
    }
  }

  /** The figure added last, or null before any (see lastCoreFrom). */
  lastAdded(): FigureSpan | null {
    return this.count > 0 ? (this.figures[this.count - 1] as FigureSpan) : null;
  }

  /** The token where the numbers of the figure added last start. */
  lastAddedCoreFrom(): number {
    return this.lastCoreFrom;
  }

  /** The date that starts at `offset`, or null (a binary search: asked once in a while, at any offset). */
  dateStartingAt(offset: number): DateBound | null {
    const { dates } = this;
    let low = 0;
    let high = dates.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((dates[middle] as DateBound).start < offset) low = middle + 1;
      else high = middle;
    }
    const date = dates[low];
    return date !== undefined && date.start === offset ? date : null;
  }

  /**
   * Whether `offset`, where a candidate token starts (asked in increasing order), lies inside a date: every figure
   * read from that token would hold it among its numbers and be dropped, so the rules need not read one.
   */
  insideDate(offset: number): boolean {
    const { dates } = this;
    while (this.candidateDateIndex < dates.length && (dates[this.candidateDateIndex] as TextSpan).start <= offset) {
      this.candidateFurthestEnd = Math.max(this.candidateFurthestEnd, (dates[this.candidateDateIndex] as TextSpan).end);
      this.candidateDateIndex += 1;
    }
    return offset < this.candidateFurthestEnd;
  }
}

/** The most figures the list of FoundFigures keeps from one text to the next. */
const KEPT_FIGURES_UP_TO = 10_000;

/** The figures of the text being read (see FoundFigures). */
const found = new FoundFigures();

/** What a rule returns when nothing starts at its token (the scan goes on from the next one). */
const NOTHING = -1;

/**
 * Units of the measures that go below zero (with percentages): temperatures, and lengths, which give a level below a
 * datum (`hạ cao độ luồng xuống -3,5 m`, `mực nước -0,5 m`; a minus is read only standing apart, see minusBefore).
 */
const SIGNED_UNITS: ReadonlySet<string> = new Set(['độ', 'độ c', '°c', '°', 'độ f', '°f', 'm', 'mét', 'cm', 'mm']);

/** Whether `unit` measures what goes below zero: a percentage, a temperature, a level (SIGNED_UNITS). */
function isSignedUnit(unit: FigureUnit | null): boolean {
  return unit !== null && (unit.kind === 'percent' || SIGNED_UNITS.has(lowerCased(unit.unit)));
}

/**
 * The token of a minus before the number at `index`, or null: a hyphen or minus sign glued to the digits and apart
 * from what precedes it (`-2 độ C`, `(-1,5%)`; not `Covid-19`, nor the dash of a range after a number, `2 -3 m`), or
 * the word `âm` (`âm 5 độ C`).
 */
function minusBefore(context: FigureContext, index: number): number | null {
  const before = context.tokens[index - 1];
  if (!before || !context.tokens[index]) return null;
  if (kindAt(context, index - 1) === WORD) return before.key === 'âm' && !isGlued(context, index) ? index - 1 : null;
  if (before.text !== '-' && before.text !== '−') return null;
  if (kindAt(context, index) !== DIGITS || !isGlued(context, index)) return null;
  if (kindAt(context, index - 2) === DIGITS) return null;
  return !isGlued(context, index - 1) || kindAt(context, index - 2) === PUNCT ? index - 1 : null;
}

/**
 * Single number words that count only a noun the lexicon knows: `một` (a), `năm` (year), `ba` (father), `tư`. (`bảy`
 * is free: its weekday `thứ bảy` is never a count, see numberFigureAt.)
 */
const WEAK_NUMBER_WORDS = new Set(['một', 'năm', 'ba', 'tư']);

/**
 * Words that make `chín` "ripe" or "mature" before them (`lúa chín rộ`, `thời cơ chín muồi`, `suy nghĩ chín chắn`),
 * none a noun nine of which are counted (`chín vàng`, nine gold medals, and `chín cây` stay counts).
 */
const RIPE_AFTER: ReadonlySet<string> = new Set([
  'muồi', 'chắn', 'rộ', 'mọng', 'nẫu', 'ép', 'rục', 'đỏ',
  // how soon or how evenly fruit ripens: `vải chín sớm`, `giống chín muộn`, `quả chín đều`
  'sớm', 'muộn', 'đều', 'kỹ',
]);

/**
 * Fruit nouns after which `chín` is "ripe" (`hái quả chín`, `trái chín cây`): a count puts its number before the noun
 * (`chín quả`), so the word right after one describes it.
 */
const RIPE_BEFORE: ReadonlySet<string> = new Set(['quả', 'trái']);

/**
 * Words after which `năm` is the noun "year", never five: quantifiers that take a noun and no number (`mỗi năm`,
 * `hằng năm`, `các năm`, `những năm`, `nhiều năm`, `vài năm`), and the parts of a year.
 */
const YEAR_AFTER: ReadonlySet<string> = new Set([
  'mỗi', 'hằng', 'hàng', 'các', 'những', 'nhiều', 'vài', 'mấy', 'từng', 'suốt',
  // the start or end of a year (`cuối năm lớp 12`, `đầu năm ngân sách`: a grade's, a budget's year); not `giữa`,
  // which is also "among" (`giữa năm nước`)
  'đầu', 'cuối',
]);
/**
 * Words after which `năm` is "year" too (`cả năm`, `trong năm`), unless a unit of time follows, which it counts then
 * (`trong năm ngày`): these also take a number (`cả hai`, `trong hai tháng`).
 */
const YEAR_UNLESS_TIME_AFTER: ReadonlySet<string> = new Set(['cả', 'trong']);

/** Words after `năm` that call a year pivotal or decisive (`năm bản lề`, `năm then chốt`): the year, no five. */
const YEAR_EPITHETS: ReadonlySet<string> = new Set(['bản lề', 'then chốt', 'bứt phá', 'về đích', 'tăng tốc', 'khởi động']);

/** The words a figure may start with, by the bits of their lexicon. */
const FIGURE_OPENING_WORD_SET: WordSet = wordSet(FIGURE_OPENING_WORDS);

/**
 * The figures of a text whose numbers overlap none of `dates` (in order of start), in order of their numbers.
 */
export function findFigures(context: FigureContext, dates: readonly DateBound[] = []): FigureSpan[] {
  found.reset(dates);
  // Only digits, number words and the words that open an ordinal or a range can start a figure. A token inside a date
  // starts none that would be kept (40% of the candidates of a figure-rich article: `năm 2020`, `Ngày 28/11`), unless
  // it is the `từ` of a range, whose numbers come after it.
  for (let index = possibleOpeningFrom(context, 0); index < context.count; index = possibleOpeningFrom(context, index)) {
    const isWord = kindAt(context, index) === WORD;
    if (isWord && !isInSetAt(context, index, FIGURE_OPENING_WORD_SET)) {
      index += 1;
      continue;
    }
    const token = context.tokens[index] as FigureToken;
    if (found.insideDate(token.start) && !(isWord && token.key === 'từ')) {
      index += 1;
      continue;
    }
    index = Math.max(figureAt(context, index, found), index + 1);
  }
  return found.taken();
}

/** A year at the start of a date's value (`2021`, `2021-Q3`), or null. */
function yearOf(value: string | null | undefined): number | null {
  if (!value || value.length < 4) return null;
  const year = Number(value.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}

/**
 * After a label (`giai đoạn`, `đợt`, `vòng`), a date opens with the unit's word: the number is the label's, unless
 * the date spans as many years as it says (`giai đoạn 5 năm 2021-2025`, the five-year period).
 */
function labelsBeforeDate(context: FigureContext, number: FigureNumber, found: FoundFigures): boolean {
  const unitToken = context.tokens[number.next];
  const date = unitToken ? found.dateStartingAt(unitToken.start) : null;
  if (!date) return false;
  const first = yearOf(date.value);
  const last = yearOf(date.endValue);
  return first === null || last === null || last - first + 1 !== number.value;
}

/** Reads the figure at token `index` into `found`; returns the token to go on from, or NOTHING. */
function figureAt(context: FigureContext, index: number, found: FoundFigures): number {
  const token = context.tokens[index];
  const kind = kindAt(context, index);
  if (!token || (kind !== WORD && kind !== DIGITS)) return NOTHING;
  const ordinal = readOrdinalAt(context, index);
  if (ordinal) {
    const figure = figureSpan(context, ordinal.first, ordinal.next, 'ordinal', ordinal.value, null, null, null, null, null, ordinal.rule);
    found.add(context, figure, ordinal.first, ordinal.next);
    return ordinal.next;
  }
  if (token.key === 'từ') {
    const numbered = readNumberedNounRange(context, index);
    if (numbered) {
      const figure = figureSpan(context, index, numbered.next, 'range', null, numbered.min, numbered.max, null, numbered.unit, null, 'range-numbered-noun');
      found.add(context, figure, index, numbered.next);
      return numbered.next;
    }
    // `từ -18 đến -25 độ C`, `từ âm 18 đến âm 25 độ C`: a range below zero opens with its `từ` too.
    const signedFrom = minusBefore(context, index + 2) === index + 1 && !isGlued(context, index + 1);
    return numberFigureAt(context, signedFrom ? index + 2 : index + 1, index, found);
  }
  return numberFigureAt(context, index, null, found);
}

/** The two numbers of a numbered noun's range (see readNumberedNounRange). */
const numberedLower = new NumberReading();
const numberedUpper = new NumberReading();

/**
 * `từ tuần thứ 27 đến tuần 36` (of a pregnancy), `từ lớp thứ 3 đến lớp thứ 5`: a noun numbered by an ordinal in digits
 * after `từ`, then `đến` or `tới` and the same noun with a higher number, a range of that noun. Read only at `từ`, and
 * only when `thứ` follows its noun.
 */
function readNumberedNounRange(context: FigureContext, index: number): { min: number; max: number; unit: string; next: number } | null {
  const { tokens } = context;
  const noun = tokens[index + 1];
  if (noun === undefined || tokens[index + 2]?.key !== 'thứ' || !isLowerWordAt(context, index + 1) || !isLowerWordAt(context, index + 2)) return null;
  if (kindAt(context, index + 3) !== DIGITS) return null;
  const lower = readNumberAt(context, index + 3, numberedLower);
  if (!lower || lower.scale !== 1 || !Number.isInteger(lower.value)) return null;
  const link = tokens[lower.next];
  if (link === undefined || (link.key !== 'đến' && link.key !== 'tới') || !isLowerWordAt(context, lower.next)) return null;
  if (tokens[lower.next + 1]?.key !== noun.key || !isLowerWordAt(context, lower.next + 1)) return null;
  let at = lower.next + 2;
  if (tokens[at]?.key === 'thứ' && isLowerWordAt(context, at)) at += 1;
  if (kindAt(context, at) !== DIGITS) return null;
  const lowerValue = lower.value;
  const upper = readNumberAt(context, at, numberedUpper);
  if (!upper || upper.scale !== 1 || !Number.isInteger(upper.value) || upper.value <= lowerValue) return null;
  return { min: lowerValue, max: upper.value, unit: noun.key, next: upper.next };
}

/** The number a figure is read from (see NumberReading), and the units after it (see UnitReading). */
const figureNumber = new NumberReading();
const unitAfterNumber = new UnitReading();
const unitAfterUpperBound = new UnitReading();
const unitAfterRatio = new UnitReading();
const unitAfterPart = new UnitReading();

/**
 * Reads the figure of the number at token `index` into `found`, and returns the token to go on from (past a number
 * that is no figure too), or NOTHING. `fromToken` is the `từ` that opened a range, if any: then only a range is
 * wanted, and anything else is NOTHING.
 */
function numberFigureAt(context: FigureContext, index: number, fromToken: number | null, found: FoundFigures): number {
  const { tokens } = context;
  const number = readNumberAt(context, index, figureNumber);
  if (!number) return NOTHING;
  /** Past the number, with no figure: to go on from there, unless only a range was wanted. */
  const skipped = fromToken === null ? number.next : NOTHING;
  // `tư` alone is "private" or "investment" (`tư nhân`, `đầu tư`), never four: passed over before any look-around.
  if (number.singleWord === 'tư') return skipped;
  if (followsCode(context, number) || followsDayOrMonthWord(context, number)) return skipped;
  // After `thứ` a number is an ordinal or a weekday (ordinals.ts read it or refused it), never a count: `thứ hai hàng
  // tuần`, `ngày thứ 5 kể từ`.
  if (tokens[index - 1]?.key === 'thứ' && !isGlued(context, index)) return skipped;
  // `vắc xin 5 trong 1`, `máy in 3 trong 1`: a product's name, no figure (past its `1`, no count `1 phòng` either).
  if (number.scale === 1 && productNounBeforeName(context, index, number.next, number.value) >= 0) {
    return fromToken === null ? number.next + 2 : NOTHING;
  }
  const wordsOnly = !number.hasDigits;
  if (wordsOnly && isCapitalizedAt(context, index) && !opensSentence(context, index)) return skipped;
  if (wordsOnly && followsQuotedTitleWord(context, index)) return skipped;
  // `xếp hạng 37 thế giới`, `đứng hạng 5`: a place in a ranking, an ordinal (`hạng 3` alone is a class's name).
  if (fromToken === null && isRankAfterHang(context, number)) {
    found.add(context, figureSpan(context, index - 1, number.next, 'ordinal', number.value, null, null, null, null, null, 'ordinal-hang'), index, number.next);
    return number.next;
  }
  // `tưới nước đợt 3`, `tiêm bù đợt 2`, `kiểm tra đợt hai`, `tại tầng hai`: the third, the second round, the second
  // floor, an ordinal (`đợt 5 ngày` is a spell of days).
  if (fromToken === null && isRoundNumber(context, number)) {
    const rule = context.tokens[index - 1]?.text === 'tầng' ? 'ordinal-tang' : 'ordinal-dot';
    found.add(context, figureSpan(context, index - 1, number.next, 'ordinal', number.value, null, null, null, null, null, rule), index, number.next);
    return number.next;
  }

  // `mười mấy người`, `hai mươi mấy tuổi`: ten-odd, a value nobody can give.
  if (tokens[number.next]?.key === 'mấy' && !isGlued(context, number.next)) return fromToken === null ? number.next + 1 : NOTHING;

  const prefix = tokens[index - 1];
  const prefixCurrency = prefix && isGlued(context, index) && kindAt(context, index - 1) === PUNCT && PREFIX_CURRENCIES.has(prefix.text);
  const minus = fromToken === null || fromToken === index - 2 ? minusBefore(context, index) : null;
  const openingToken = fromToken ?? (prefixCurrency ? index - 1 : minus ?? index);
  const before = qualifierBefore(context, openingToken);
  const start = before?.first ?? openingToken;
  const qualifier = before?.qualifier ?? null;
  /** Where the figure starts when the minus before it is no sign (it counts no temperature or percentage). */
  const unsignedStart = minus !== null && start === minus ? index : start;

  // `tọa độ 8°52'N`: a coordinate's degrees and minutes, no figure.
  const coordinateEnd = fromToken === null ? degreesAndMinutesEnd(context, number) : null;
  if (coordinateEnd !== null) return coordinateEnd;

  // `mỗi năm trong 5 năm`: `năm` after a quantifier is the year (isYearNoun), no numerator of a ratio.
  const ratio = fromToken === null && !isYearAfterQuantifier(context, number) ? readRatio(context, number) : null;
  if (ratio) {
    let at = ratio.next;
    const hasSo = tokens[at]?.key === 'số' && !isGlued(context, at);
    if (hasSo) at += 1;
    const unit = readUnit(context, at, unitAfterRatio);
    const counted = unit !== null && unit !== DATE_PART && unit.kind === 'count' ? unit : null;
    // `trực 24/24 giờ`, `phục vụ 24/7`: round the clock, no share of anything unless a noun counted follows (`24/24 tỉnh`).
    if (!counted && !hasSo && isRoundTheClock(ratio.value, ratio.of)) return ratio.next;
    // `trong đó khoảng 1/3 phải nhập viện`, `đóng góp gần 1/4.`: a day is never told approximately by its slash pair
    // (`khoảng ngày 1/3`), so one after `khoảng`, `gần`, `chừng` is a share with no noun after it.
    if (!ratio.needsNoun || counted || hasSo || qualifier === 'approx' || isShareVerbBefore(context, start)) {
      const next = counted?.next ?? ratio.next;
      const figure = figureSpan(context, unsignedStart, next, 'ratio', ratio.value, null, null, ratio.of, counted?.unit ?? null, qualifier, ratio.rule);
      found.add(context, figure, index, ratio.next);
      return next;
    }
    return ratio.next;
  }

  const readUnitAfterLower = prefixCurrency ? prefixUnit(prefix.text, number.next, unitAfterNumber) : readUnit(context, number.next, unitAfterNumber);
  const unitAfterLower = readUnitAfterLower === DATE_PART ? DATE_PART
    : opensNextSentenceAfterLabel(context, index, readUnitAfterLower) ? null : unitBeforeProductName(context, number.next, readUnitAfterLower);
  if (unitAfterLower === DATE_PART) return skipped;
  const rangeConnector = unitAfterLower?.next ?? number.next;
  let range = readRangeUpper(context, number, rangeConnector, minus !== null ? 'lower-negative' : 'lower-positive');
  let unitAfterUpper = range ? readUnit(context, range.upper.next, unitAfterUpperBound) : null;
  // A minus counts only before a measure that goes below zero (`từ -18 đến -25 độ C`); before any other the range is
  // read as it was without it, its lower bound's minus no sign (see minusBefore), its upper bound's no number.
  if (range?.signed && !isSignedUnit(unitAfterUpper === DATE_PART ? null : unitAfterUpper ?? unitAfterLower)) {
    range = readRangeUpper(context, number, rangeConnector);
    unitAfterUpper = range ? readUnit(context, range.upper.next, unitAfterUpperBound) : null;
  }
  if (range && !precedesCode(context, range.upper)) {
    const unit = unitAfterUpper === DATE_PART ? null : unitAfterUpper ?? unitAfterLower;
    const sameKind = !unitAfterLower || !unit || unitAfterLower.kind === unit.kind;
    // `ATR 72-600`, `Boeing 737-800`: a model's number after its name, no range.
    if (!unit && fromToken === null && isModelNumberPair(context, number, range.upper)) return range.upper.next;
    if (unitAfterUpper !== DATE_PART && sameKind && (unit || !wordsOnly)) {
      const after = qualifierAfter(context, unit?.next ?? range.upper.next);
      const next = after?.next ?? unit?.next ?? range.upper.next;
      // With no unit, `độ tuổi` before the range makes it one of ages (`ở độ tuổi từ 30 đến 55`).
      const labelBefore = unit ? null : rangeLabelBefore(context, openingToken);
      const unitName = unit?.unit ?? labelBefore ?? (followsAgeWord(context, openingToken) ? 'tuổi' : null);
      // `tuần 16 - 18`: the word is the range's unit, and its first word (`lớp từ 1 đến 5` starts at its `từ`).
      const rangeStart = range.signed ? start : labelBefore !== null && fromToken === null && unsignedStart === index ? index - 1 : unsignedStart;
      const figure = figureSpan(
        context, rangeStart, next, 'range', null, range.min, range.max, null, unitName, after?.qualifier ?? qualifier, range.rule,
      );
      found.add(context, figure, index, range.upper.next);
      return next;
    }
  }
  if (fromToken !== null) return NOTHING;
  if (precedesCode(context, number)) return number.next;

  // `cứ 10 học sinh thì có 7 em`: a share whose whole is written first, the part after `thì có`, with its noun.
  const partAfter = unitAfterLower?.kind === 'count' ? readPartAfterWhole(context, number, unitAfterLower.next) : null;
  const partUnit = partAfter ? readUnit(context, partAfter.next, unitAfterPart) : null;
  // A measure is the whole of a share only with its part in the same unit (`trong 20 mẫu thì có 3 mẫu`): `cứ 2km có
  // một điểm tiếp nước` is a distance, and a count.
  const measuredApart = unitAfterLower !== null && isMeasureUnit(unitAfterLower.unit)
    && !(partUnit !== null && partUnit !== DATE_PART && lowerCased(partUnit.unit) === lowerCased(unitAfterLower.unit));
  if (unitAfterLower && partAfter && !measuredApart) {
    const next = partUnit !== null && partUnit !== DATE_PART && partUnit.kind === 'count' ? partUnit.next : partAfter.next;
    const figure = figureSpan(context, index, next, 'ratio', partAfter.value, null, null, number.value, unitAfterLower.unit, null, 'ratio-part-after-whole');
    found.add(context, figure, index, partAfter.next);
    return next;
  }
  if (unitAfterLower) {
    if (wordsOnly && !countsWithWords(context, number, unitAfterLower)) return number.next;
    if (namesRaceEvent(context, unitAfterLower)) return number.next;
    if (namesHotelClass(context, index, number.next)) return number.next;
    // `thôn An Ninh 3 giờ đã nộp`: the number ends a hamlet's name, and the word after it is no unit of it
    if (unitAfterLower.kind === 'duration' && endsHamletName(context, number)) return number.next;
    // A year-like number before a noun no lexicon knows: `Diễn đàn Năng suất 2024 thu hút`.
    if (!unitAfterLower.known && isYearNumber(context, number)) return number.next;
    // `nhà máy số 2 nghỉ`, `APEC 2017 tổ chức`: a name's number before a word, no count (a percent, a sum or a
    // measure stays: `xuất cấp 5.000 tấn`, `màn hình 6,2 inch`).
    // `giai đoạn 2 năm 2025`, `vòng 2 năm nay`, `Đợt 1 năm học 2024-2025`: a label's number before a date that opens
    // with the unit's word, no length of time.
    if (unitAfterLower.kind === 'duration' && isNamedByWordBefore(context, number) && labelsBeforeDate(context, number, found)) return number.next;
    const namedBefore = isNamedByWordBefore(context, number) || (!unitAfterLower.known && followsHyphenedCode(context, number));
    if (unitAfterLower.kind === 'count' && namedBefore && !isMeasureUnit(unitAfterLower.unit)) {
      // A place names nothing by a number (`hơn Việt Nam 26 bậc` counts; a year stays a name's: `Hà Nội 2024`), and
      // a top list or a group has as many things as it says (`Top 10 doanh nghiệp`, `nhóm 3 người`).
      // A label takes digits for its name (`sân 2`); a number in words before a noun the lexicon counts counts it
      // (`tung vào sân hai cầu thủ trẻ`).
      const counts = followsPlaceName(context, number) || followsComparedName(context, number) || followsGroupLabel(context, number) || followsDeviceKind(context, number)
        || followsTechniqueCode(context, number, unitAfterLower.known)
        || followsCapacityLabel(context, number)
        || followsDwellingLabel(context, number, unitAfterLower.unit) || followsTextLabel(context, number, unitAfterLower.unit)
        || followsProjectLabel(context, number, unitAfterLower.known)
        || followsAreaLabel(context, number, unitAfterLower.unit) || (wordsOnly && unitAfterLower.known)
        || followsLevelWord(context, number, unitAfterLower) || isStarRating(context, number, unitAfterLower)
        || countsTimes(context, unitAfterLower)
        // `ấp 1.412 tổ trứng`, `giao cho trường 1.200 chỉ tiêu`: digits grouped by thousands are no label's name, and
        // count the noun the lexicon knows after them.
        || (unitAfterLower.known && isThousandsGrouped(context, number));
      if (isYearNumber(context, number) || !counts) return number.next;
    }
    // A half after the unit: `hai năm rưỡi`, `một tiếng rưỡi`.
    const half = tokens[unitAfterLower.next]?.key === 'rưỡi' && unitAfterLower.kind !== 'percent' && number.scale === 1;
    // `kéo dài 2 giờ 18 phút`: hours and minutes are one length, in minutes.
    const minutes = !half && unitAfterLower.unit === 'giờ' && isLengthInHoursAndMinutes(context, unitAfterLower.next)
      ? Number(tokens[unitAfterLower.next]?.text ?? '') : null;
    // `29 phút 58 giây 47`, `6 m 42`: a race's time or a jump's length, one result.
    const result = half || minutes !== null ? null : readSportsResult(context, number, unitAfterLower);
    const unitEnd = half ? unitAfterLower.next + 1 : minutes !== null ? unitAfterLower.next + 2 : result?.next ?? unitAfterLower.next;
    const after = qualifierAfter(context, unitEnd);
    const next = after?.next ?? unitEnd;
    const magnitude = half ? number.value + 0.5 : minutes !== null ? number.value * 60 + minutes : result?.value ?? number.value;
    // Only temperatures, levels and percentages go below zero in news: `-2 độ C`, `âm 5 độ`, `cao độ -3,5 m`,
    // `tăng trưởng -1,5%`.
    const signed = minus !== null && (unitAfterLower.kind === 'percent' || SIGNED_UNITS.has(lowerCased(unitAfterLower.unit)));
    const value = signed ? -magnitude : magnitude;
    const figure = figureSpan(
      context,
      signed ? start : unsignedStart,
      next,
      unitAfterLower.kind,
      value,
      null,
      null,
      null,
      minutes !== null ? 'phút' : result?.unit ?? unitAfterLower.unit,
      after?.qualifier ?? qualifier,
      unitAfterLower.known ? unitAfterLower.kind : PLAIN_NOUN_RULES[unitAfterLower.kind],
    );
    found.add(context, figure, index, number.next);
    return next;
  }
  // `từ 24 lên 30 đôi tàu`: the number a change starts from takes the unit of the number it changes to.
  const change = readChangeStart(context, number, openingToken);
  if (change && (!wordsOnly || countsWithWords(context, number, change.unit))) {
    const signed = minus !== null && (change.unit.kind === 'percent' || SIGNED_UNITS.has(lowerCased(change.unit.unit)));
    const figure = figureSpan(
      context,
      signed ? start : unsignedStart,
      number.next,
      change.unit.kind,
      signed ? -change.value : change.value,
      null,
      null,
      null,
      change.unit.unit,
      qualifier,
      'change-from',
    );
    found.add(context, figure, index, number.next);
    return number.next;
  }
  // `giảm từ 11 phòng xuống còn 7`: the number a change goes to takes the unit of the number it changes from.
  const changedFrom = fromToken === null && !wordsOnly ? changedFromFigure(context, number, openingToken, found) : null;
  if (changedFrom !== null) {
    const figure = figureSpan(context, unsignedStart, number.next, changedFrom.kind, number.value, null, null, null, changedFrom.unit, qualifier, 'change-to');
    found.add(context, figure, index, number.next);
    return number.next;
  }
  // `số ca đã lên tới 17.850`, `nâng tổng số giường lên 600`: the number `số` and its noun come to, a count of them.
  const countedBefore = fromToken === null && number.hasDigits ? nounOfSoBefore(context, start) : null;
  if (countedBefore !== null) {
    found.add(context, figureSpan(context, unsignedStart, number.next, 'count', number.value, null, null, null, countedBefore, qualifier, 'count-of-so'), index, number.next);
    return number.next;
  }
  // `bước sang tuổi 30`, `ở tuổi 45`: an age written after its word, with no unit of its own.
  if (isAgeAfterTuoi(context, number, openingToken)) {
    found.add(context, figureSpan(context, openingToken - 1, number.next, 'duration', number.value, null, null, null, 'tuổi', null, 'age-after-tuoi'), index, number.next);
    return number.next;
  }
  // `68% ở độ tuổi dưới 30`: the same age with its qualifier between the word and the number.
  if (before && isAgeAfterTuoi(context, number, openingToken, before.first)) {
    found.add(context, figureSpan(context, start, number.next, 'duration', number.value, null, null, null, 'tuổi', qualifier, 'age-after-tuoi'), index, number.next);
    return number.next;
  }
  if (wordsOnly && number.scale === 1) return number.next;
  if (isNameOrDateNumber(context, number)) return number.next;
  if (opensQuotedSlogan(context, number) || endsNameOfAcronym(context, number) || endsBracketedName(context, number) || endsDottedName(context, number)) return number.next;
  // `tàu Kiểm ngư 4033`: four digits or more with no thousands dot and no unit, a registration's code.
  if (isUngroupedCode(context, number)) return number.next;
  // `mạng lưới 115` in a text that names `Cấp cứu 115`: the service's number again.
  const digits = tokens[index];
  if (digits && number.next === index + 1 && isEmergencyNumber(digits.text) && namesEmergencyNumber(context.text, digits.text)) return number.next;
  found.add(context, figureSpan(context, unsignedStart, number.next, 'number', number.value, null, null, null, null, qualifier, 'number'), index, number.next);
  return number.next;
}

/**
 * `Lượt xem: 3.210 Tỉnh Bắc Ninh vừa ...`: a noun in title case after a label's value (the number right after a colon)
 * opens the sentence or the name a collapsed line ran into, no unit of the value (`Hải Phòng: 28 suất` keeps its own).
 */
function opensNextSentenceAfterLabel(context: FigureContext, index: number, unit: FigureUnit | null): boolean {
  if (unit === null || unit.kind !== 'count' || context.tokens[index - 1]?.text !== ':' || kindAt(context, index) !== DIGITS) return false;
  const word = context.tokens[index + 1];
  if (!word || !isCapitalizedAt(context, index + 1) || isGlued(context, index + 1)) return false;
  return word.text.slice(1) === word.text.slice(1).toLowerCase();
}

/**
 * A counted noun that runs into a product's name (`4 triệu liều vắc xin 5 trong 1`) stops before the product's noun
 * (`liều`): the product is named by all its words, no unit's. `first` is the unit's first token.
 */
function unitBeforeProductName(context: FigureContext, first: number, unit: FigureUnit | null): FigureUnit | null {
  if (unit === null || unit.kind !== 'count' || unit !== unitAfterNumber) return unit;
  const product = context.tokens[unit.next];
  if (!product || kindAt(context, unit.next) !== DIGITS) return unit;
  const value = Number(product.text);
  const noun = productNounBeforeName(context, unit.next, unit.next + 1, value);
  if (noun < 0) return unit;
  if (noun <= first) return unit;
  return unitAfterNumber.filled(unit.kind, tokensText(context, first, noun), noun, unit.known);
}

/**
 * Words that number what a range of numbers after them spans, its unit then: grades (`các lớp từ 1 đến 5`, `khối 6 -
 * 9`), floors (`tầng 2 - 5`) and weeks of a pregnancy or a course (`ở tuần 16 - 18`; a single week number is a name or
 * an ISO week, no range).
 */
const RANGE_LABELS: ReadonlySet<string> = new Set(['lớp', 'khối', 'tầng', 'tuần']);

/** The label word (RANGE_LABELS) right before a range opened at token `opening`, as written in lower case, or null. */
function rangeLabelBefore(context: FigureContext, opening: number): string | null {
  const before = context.tokens[opening - 1];
  if (!before || !isWordAt(context, opening - 1) || isGlued(context, opening) || !RANGE_LABELS.has(before.key)) return null;
  return isCapitalizedAt(context, opening - 1) && !opensSentence(context, opening - 1) ? null : before.key;
}

/** Words before `hạng` that make it a place in a ranking: `xếp hạng`, `đứng hạng`, `thứ hạng`. */
const RANK_BEFORE_HANG: ReadonlySet<string> = new Set(['xếp', 'đứng', 'thứ']);

/** A whole number in digits after `xếp hạng`, `đứng hạng`, `thứ hạng` (`xếp hạng 37`): a rank. */
function isRankAfterHang(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  const at = number.first - 1;
  if (!number.hasDigits || number.scale !== 1 || !Number.isInteger(number.value) || isGlued(context, number.first)) return false;
  if (tokens[at]?.key !== 'hạng' || !isWordAt(context, at) || !isWordAt(context, at - 1)) return false;
  return RANK_BEFORE_HANG.has(tokens[at - 1]?.key ?? '') && !isGlued(context, at);
}

/** The most rounds numbered after `đợt` (a larger number is a name or a count). */
const LAST_ROUND = 30;
const unitAfterRound = new UnitReading();

/**
 * Number words that give no place in order after `đợt` or `tầng`: `năm` is mostly the year (`đợt năm nay`), `tư` the
 * word "private" (skipped before).
 */
const NOT_ORDINAL_WORDS: ReadonlySet<string> = new Set(['năm', 'tư']);

/**
 * A small whole number after a lower-case `đợt` with no unit after it (`tưới nước đợt 3`, `đợt 2 năm nay`, `kiểm tra
 * đợt hai`), or in words after a lower-case `tầng` (`tại tầng hai`): the round's or the floor's place in order. Not
 * `đợt 5 ngày`, `đợt 3 tuần` (a spell's length), nor a capitalized `Đợt 2` (a title's name); `tầng 2` in digits is a
 * floor's name.
 */
function isRoundNumber(context: FigureContext, number: FigureNumber): boolean {
  const at = number.first - 1;
  if (number.scale !== 1 || !Number.isInteger(number.value) || number.value < 1 || number.value > LAST_ROUND) return false;
  // (Lower case only: `Đợt 2 của chương trình` opening a sentence names the round as a title does.)
  const label = context.tokens[at]?.text;
  if (!isWordAt(context, at) || isGlued(context, number.first)) return false;
  if (number.hasDigits ? label !== 'đợt' : (label !== 'đợt' && label !== 'tầng') || NOT_ORDINAL_WORDS.has(number.singleWord ?? '')) return false;
  const unit = readUnit(context, number.next, unitAfterRound);
  return unit === null || unit === DATE_PART;
}

/** The oldest age a number after `tuổi` is read as. */
const OLDEST_AGE = 120;

/**
 * A whole number in digits right after `tuổi` with no unit (`sang tuổi 30`, `ở độ tuổi 45`): an age. `opening` is the
 * number's first token as written; `wordAfter` the token right after where `tuổi` must stand: the opening itself, or
 * the qualifier's first word that stands between them (`ở độ tuổi dưới 30`, `lứa tuổi trên 60`).
 */
function isAgeAfterTuoi(context: FigureContext, number: FigureNumber, opening: number, wordAfter: number = opening): boolean {
  if (opening !== number.first || !number.hasDigits || number.scale !== 1 || !Number.isInteger(number.value)) return false;
  return number.value > 0 && number.value <= OLDEST_AGE && followsAgeWord(context, wordAfter);
}

/** `24/24`, `24/7`: hours of the day or days of the week, all of them, as news writes "round the clock". */
function isRoundTheClock(value: number, of: number): boolean {
  return value === 24 && (of === 24 || of === 7);
}

/** The rule of a figure whose unit is a noun no lexicon knows, by the unit's kind. */
const PLAIN_NOUN_RULES: Readonly<Record<FigureUnit['kind'], string>> = {
  count: 'count-plain-noun',
  percent: 'percent-plain-noun',
  money: 'money-plain-noun',
  duration: 'duration-plain-noun',
};

/** Whether a unit is one of measure, per-unit tail aside (`tấn`, `kg/người`, `Inch`). */
function isMeasureUnit(unit: string): boolean {
  const slash = unit.indexOf('/');
  const head = slash < 0 ? unit : unit.slice(0, slash);
  return MEASURE_UNITS.has(lowerCased(head));
}

/** `$200`, `€5`: the currency stands before the number. */
function prefixUnit(symbol: string, next: number, into: UnitReading): FigureUnit {
  return into.filled('money', symbol === '$' ? 'USD' : symbol === '€' ? 'euro' : symbol, next, true);
}

/** Words before `một lần` that make it once, counted: `đúng một lần` (exactly once), `chỉ một lần` (only once). */
const ONCE_BEFORE: ReadonlySet<string> = new Set(['đúng', 'chỉ']);

/** Whether a number in words counts this unit: `hai tổ chức` does; `một số`, `năm nay`, `ba tôi` do not. */
function countsWithWords(context: FigureContext, number: FigureNumber, unit: FigureUnit): boolean {
  const word = number.singleWord;
  if (word === null) return true;
  // `rổ sáu đồng tiền chủ chốt`: a number in words before `đồng tiền` counts currencies or coins (a sum is written in
  // digits: `20.000 đồng tiền xăng`)
  if (unit.kind === 'money' && unit.unit === 'đồng' && unit instanceof UnitReading && context.tokens[unit.next]?.key === 'tiền' &&
    isLowerWordAt(context, unit.next) && !isGlued(context, unit.next)) {
    unit.filled('count', tokensText(context, unit.next - 1, unit.next + 1), unit.next + 1, true);
    return true;
  }
  if (word === 'năm' && isYearNoun(context, number, unit)) return false;
  // `hàng trăm năm tuổi`, `vài chục năm nay`: after a magnitude word `năm` is the unit it counts, years, no five.
  if (word === 'năm' && followsMagnitudeWord(context, number)) return false;
  // `chín muồi`, `chín rộ`, `chín chắn`: `chín` is "ripe", "mature" before these, no nine.
  if (word === 'chín' && RIPE_AFTER.has(context.tokens[number.next]?.key ?? '')) return false;
  // `hái quả chín tốn công`: `chín` after a fruit noun describes it, "ripe".
  if (word === 'chín' && isWordAt(context, number.first - 1) && RIPE_BEFORE.has(context.tokens[number.first - 1]?.key ?? '')) return false;
  // `năm đầu` is "the first year" (`doanh thu năm đầu`), never five heads (`năm đầu việc` counts).
  if (word === 'năm' && unit.kind === 'count' && lowerCased(unit.unit) === 'đầu') return false;
  // `năm bản lề`, `năm then chốt`: a year called pivotal, never five hinges.
  if (word === 'năm' && unit.kind === 'count' && YEAR_EPITHETS.has(lowerCased(unit.unit))) return false;
  // `so với năm cơ sở 2019`, `năm tài chính 2024`: a year's digits right after the noun make `năm` the year it
  // names, never five of the noun.
  if (word === 'năm' && unit.kind === 'count' && isYearDigitsAt(context, unit.next)) return false;
  // `là năm HTX có nhiều đơn hàng nhất`: a count of things named by an acronym is written in digits (`5 HTX`), so
  // `năm` before one is the year the clause after it is about.
  if (word === 'năm' && unit.kind === 'count' && isAcronym(unit.unit)) return false;
  // `năm 2025 được xem là năm bệnh viện có nhiều ca nhất`: `năm` after `là` in a clause whose subject is a year is the
  // year the clause calls it, never five (`số người chết là năm người` stays five).
  if (word === 'năm' && unit.kind === 'count' && isYearCalledAfterLa(context, number)) return false;
  // `kim ngạch thương mại hai chiều`, `đường hai chiều`: two-way, said of a flow or a road, no two afternoons
  if (word === 'hai' && unit.kind === 'count' && lowerCased(unit.unit) === 'chiều' && followsTwoWayNoun(context, number.first)) return false;
  // `hai bờ sông`, `hai đầu cầu`: both banks, both ends of a crossing or a way, the two sides of a place, no count
  if (word === 'hai' && unit.kind === 'count' && namesBothSides(context, number.next)) return false;
  if (word === 'một') {
    const before = isWordAt(context, number.first - 1) ? context.tokens[number.first - 1]?.key ?? '' : '';
    const after = context.tokens[number.next]?.key ?? '';
    // `đúng một lần`, `chỉ một lần`, `mỗi tuần một lần`: once, counted; else `một lần` is "once upon a time", `một lần
    // nữa` "again"
    if (NOT_COUNTED_AFTER_MOT.has(after) && !(after === 'lần' && (ONCE_BEFORE.has(before) || followsEachPeriod(context, number.first)))) return false;
    // `được xem là một năm khó`: "a year" that the clause describes, no length of time
    if (unit.kind === 'duration' && before === 'là') return false;
    // `4 triệu đồng một tháng`, `bớt 1 m3 một tháng`: a sum's or a measure's rate, "a month", no length of time
    if (unit.kind === 'duration' && (CURRENCIES.has(before) || (kindAt(context, number.first - 2) === DIGITS && isMeasureUnit(before)))) return false;
    // `sau một năm 2024 đầy khó khăn`: "a year 2024", the year named, no duration
    if (unit.kind === 'duration' && isYearNumberAt(context, unit.next)) return false;
    // `một` is mostly the article "a" (`một nông dân`, `là một tổ chức`): a count after `chỉ`, `thêm`, `mỗi`, before
    // `duy nhất`, or with a unit of time, money or measure (`một năm`).
    // In a list of counted things `một` counts too: `2 lò sấy và một dây chuyền` (listed-mot.ts).
    if (unit.kind === 'count' && !isCountingMot(context, number, unit) && !isListedWithCount(context, number, unit.next, found.lastAdded())) return false;
    // `một đồng lãi`, `một đồng vốn`: a single dong as a saying about money, no sum.
    if (unit.kind === 'money' && unit.unit === 'đồng' && isWordAt(context, unit.next) && IDEA_AFTER_MOT_DONG.has(context.tokens[unit.next]?.key ?? '')) return false;
  }
  if (WEAK_NUMBER_WORDS.has(word) && !unit.known && word === 'một' && unit.kind === 'count' && unit instanceof UnitReading &&
    breaksDownCount(context, number, found.lastAdded())) {
    // `hai tổ công tác: một tổ trực tại xã`: a part of a count said before names its noun, known or not, one word
    // (listed-mot.ts)
    unit.filled('count', context.tokens[number.next]?.text ?? unit.unit, number.next + 1, false);
    return true;
  }
  if (WEAK_NUMBER_WORDS.has(word)) return unit.known;
  return true;
}


/**
 * Nouns of a flow between two sides or of a road, which `hai chiều` after them calls two-way (`thương mại hai chiều`,
 * `kim ngạch hai chiều`, `giao tiếp hai chiều`, `đường hai chiều`); after any other word it may count directions or
 * afternoons (`cả hai chiều`, `theo hai chiều`).
 */
const TWO_WAY_NOUNS: ReadonlySet<string> = new Set([
  'thương mại', 'kim ngạch', 'giao thương', 'buôn bán', 'trao đổi', 'giao tiếp', 'tương tác', 'đối thoại', 'kết nối',
  'liên lạc', 'giao thông', 'lưu thông', 'đường', 'tuyến', 'cầu', 'luồng', 'dòng',
]);

/** The one or two lower-case words right before the number at `first` are a noun of TWO_WAY_NOUNS. */
function followsTwoWayNoun(context: FigureContext, first: number): boolean {
  const { tokens } = context;
  if (!isLowerWordAt(context, first - 1) || isGlued(context, first)) return false;
  const last = tokens[first - 1]?.key ?? '';
  if (TWO_WAY_NOUNS.has(last)) return true;
  return isLowerWordAt(context, first - 2) && !isGlued(context, first - 1) && TWO_WAY_NOUNS.has(`${tokens[first - 2]?.key ?? ''} ${last}`);
}

/** The ways and crossings whose two ends `hai đầu` names (`hai đầu cầu`, `hai đầu tuyến`), no two heads counted. */
const ENDED_WAYS: ReadonlySet<string> = new Set(['cầu', 'tuyến', 'đường', 'hầm', 'sông', 'kênh', 'đê', 'dốc', 'đèo', 'bến', 'phà', 'cống']);

/**
 * `hai` before the word at `next` names the two sides of a place: `bờ` (both banks, `người dân hai bờ`), or `đầu`
 * before a way or crossing (ENDED_WAYS) or ending the phrase (`phân luồng ở hai đầu cầu`, `khâu trung chuyển ở hai
 * đầu:`); `hai đầu máy` (locomotives) still counts.
 */
function namesBothSides(context: FigureContext, next: number): boolean {
  if (!isLowerWordAt(context, next)) return false;
  const side = context.tokens[next]?.key;
  if (side === 'bờ') return true;
  if (side !== 'đầu') return false;
  if (!isWordAt(context, next + 1)) return true;
  return ENDED_WAYS.has(context.tokens[next + 1]?.key ?? '') && !isGlued(context, next + 1);
}

/** Magnitude words that count a unit after them: `hàng trăm năm`, `mấy chục năm`, `hàng nghìn năm`. */
const MAGNITUDE_WORDS: ReadonlySet<string> = new Set(['chục', 'trăm', 'nghìn', 'ngàn', 'vạn']);

/** The number word follows a magnitude word, one space between (`hàng trăm năm tuổi`): it is the unit counted. */
function followsMagnitudeWord(context: FigureContext, number: FigureNumber): boolean {
  const before = context.tokens[number.first - 1];
  return before !== undefined && isWordAt(context, number.first - 1) && !isGlued(context, number.first) && MAGNITUDE_WORDS.has(before.key);
}

/** Units of the distance that names a race in athletics or swimming: `400m rào`, `100 m tự do`. */
const RACE_DISTANCE_UNITS: ReadonlySet<string> = new Set(['m', 'mét']);

/** The words after a distance that name a race (hurdles, relays, steeplechase, swimming strokes), as token keys. */
const RACE_EVENT_WORDS: ReadonlyArray<readonly string[]> = [
  ['rào'], ['vượt', 'rào'], ['vượt', 'chướng'], ['tiếp', 'sức'], ['tự', 'do'], ['bơi'], ['ếch'], ['bướm'], ['ngửa'], ['hỗn', 'hợp'],
];

/**
 * A distance in metres followed by the kind of race it names (`nội dung 400m rào nữ`, `4x100m tiếp sức`, `200 m bơi
 * ếch`): the event's name, no measure of anything (a distance run or swum alone, `chạy 400 m`, stays).
 */
function namesRaceEvent(context: FigureContext, unit: FigureUnit): boolean {
  if (unit.kind !== 'count' || !RACE_DISTANCE_UNITS.has(lowerCased(unit.unit))) return false;
  const { tokens } = context;
  return RACE_EVENT_WORDS.some((words) => words.every((key, at) => {
    const index = unit.next + at;
    return tokens[index]?.key === key && isLowerWordAt(context, index) && !isGlued(context, index);
  }));
}

/** Whether token `index` is a year in digits, glued to nothing: `năm 2024`. */
function isYearNumberAt(context: FigureContext, index: number): boolean {
  const token = context.tokens[index];
  if (!token || kindAt(context, index) !== DIGITS || token.text.length !== 4 || isGlued(context, index + 1)) return false;
  const year = Number(token.text);
  return year >= 1900 && year <= 2100;
}

/**
 * `ở mức 17 điểm`, `cùng mức 40 giờ`: a level given as an amount of a noun the lexicon counts is that amount; `mức 3`
 * alone (or before a noun no lexicon knows) is the level's name.
 */
function followsLevelWord(context: FigureContext, number: FigureNumber, unit: FigureUnit): boolean {
  const before = context.tokens[number.first - 1];
  return unit.known && before !== undefined && before.key === 'mức' && isLowerWordAt(context, number.first - 1);
}

/** `lần/` opening a rate of times (`lần/ngày`, `lần/tuần`). */
const TIMES_PER = 'lần/';

/** Words after `lần` that make it one occasion named, not a count of times: `iPhone 16 lần này`, `lần đầu`, `lần thứ`. */
const ONE_OCCASION_AFTER_LAN: ReadonlySet<string> = new Set(['đầu', 'thứ', 'này', 'cuối', 'trước', 'sau', 'đó', 'ấy', 'tới', 'kế', 'gần', 'nọ', 'kia', 'chót']);

/**
 * `tham dự SEA Games 12 lần`, `vô địch AFF Cup 3 lần`: a number before `lần` after a name counts the times the name's
 * event or thing was met (a name's number would go on `lần đầu`, `lần này`); so does one before a rate of times
 * (`tiếng Jrai 4 lần/ngày`).
 */
function countsTimes(context: FigureContext, unit: FigureUnit): boolean {
  const times = lowerCased(unit.unit);
  // `phát bản tin tiếng Jrai 4 lần/ngày`: times in a span of time, a rate of them, count as well.
  if (times !== 'lần' && !times.startsWith(TIMES_PER)) return false;
  const after = context.tokens[unit.next];
  return after === undefined || !isWordAt(context, unit.next) || !ONE_OCCASION_AFTER_LAN.has(after.key);
}

/**
 * `khách sạn 5 sao` right after the noun: a kind of hotel (a five-star one), no count of stars; a hotel named before
 * its stars (`khách sạn Mường Thanh 5 sao`) is rated (isStarRating).
 */
function namesHotelClass(context: FigureContext, index: number, next: number): boolean {
  const { tokens } = context;
  return tokens[index - 1]?.key === 'sạn' && tokens[index - 2]?.key === 'khách' && tokens[next]?.key === 'sao';
}

/** Words after `sao` that make it "why", no star: `Model 3 sao lại đắt`. */
const NOT_STARS_AFTER_SAO: ReadonlySet<string> = new Set(['lại', 'vậy', 'chứ', 'không', 'nữa', 'đâu']);

/**
 * `đạt chuẩn OCOP 4 sao`, `khách sạn Mường Thanh 5 sao`: one to five stars rate what the name before names, a count
 * of stars (the number is the rating's, not the name's).
 */
function isStarRating(context: FigureContext, number: FigureNumber, unit: FigureUnit): boolean {
  if (lowerCased(unit.unit) !== 'sao' || !number.hasDigits || number.scale !== 1) return false;
  if (!Number.isInteger(number.value) || number.value < 1 || number.value > 5) return false;
  return !NOT_STARS_AFTER_SAO.has(context.tokens[unit.next]?.key ?? '');
}

/** What a sports result reads to: its value in the unit, and the token after it. */
interface SportsResult {
  readonly value: number;
  readonly unit: string;
  readonly next: number;
}

/** The unit read after the hundredths of a result (there must be none), kept from one result to the next. */
const unitAfterHundredths = new UnitReading();

/** Two digits standing alone at `index`, no unit after them: the hundredths of a result (`58 giây 47`, `6 m 42`). */
function hundredthsAt(context: FigureContext, index: number): number | null {
  const token = context.tokens[index];
  if (!token || kindAt(context, index) !== DIGITS || token.text.length !== 2 || isGlued(context, index)) return null;
  const after = index + 1;
  if (isGlued(context, after) && kindAt(context, after) !== PUNCT) return null;
  if (context.tokens[after]?.text === '/' || context.tokens[after]?.text === '-') return null;
  if (readUnit(context, after, unitAfterHundredths) !== null) return null;
  return Number(token.text);
}

/**
 * A race's time, `N phút M giây` with or without the hundredths (`29 phút 58 giây 47`: one length, in seconds), or a
 * jump's or a throw's length, `N m CC` (`6 m 42`: metres and centimetres, in metres). Whole numbers only; `5 m 20 cm`
 * and `6 m 42 người` are two figures.
 */
function readSportsResult(context: FigureContext, number: FigureNumber, unit: FigureUnit): SportsResult | null {
  const { tokens } = context;
  if (!number.hasDigits || number.scale !== 1 || !Number.isInteger(number.value)) return null;
  if (unit.kind === 'duration' && unit.unit === 'phút') {
    const seconds = tokens[unit.next];
    if (!seconds || kindAt(context, unit.next) !== DIGITS || isGlued(context, unit.next) || !/^\d{1,2}$/.test(seconds.text)) return null;
    if (tokens[unit.next + 1]?.key !== 'giây' || Number(seconds.text) >= 60) return null;
    const whole = number.value * 60 + Number(seconds.text);
    const hundredths = hundredthsAt(context, unit.next + 2);
    if (hundredths === null) return { value: whole, unit: 'giây', next: unit.next + 2 };
    return { value: Math.round((whole + hundredths / 100) * 100) / 100, unit: 'giây', next: unit.next + 3 };
  }
  if (unit.kind === 'count' && unit.unit === 'm' && !isGlued(context, number.next)) {
    const centimetres = hundredthsAt(context, unit.next);
    if (centimetres === null) return null;
    return { value: Math.round((number.value + centimetres / 100) * 100) / 100, unit: 'm', next: unit.next + 1 };
  }
  return null;
}

/** The marks that open a quote. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', '‘', "'"]);
/** The marks that close a quote. */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', '’', "'"]);

/** The most words after the number before the quote of a short title closes (`"Lý mười thương"`: one). */
const TITLE_WORDS_AFTER = 3;

/**
 * A number in words right after the capitalized word that opens a short quote (`tiết mục "Lý mười thương"`, `bài
 * "Chèo ba đò"`), closed within TITLE_WORDS_AFTER words: words of a title, no figure (a number opening the quote is
 * read by opensQuotedSlogan). A quoted sentence runs on (`“Chậm một năm là mất thêm một phần ký ức”` keeps its year).
 */
function followsQuotedTitleWord(context: FigureContext, index: number): boolean {
  const { tokens } = context;
  const quote = tokens[index - 2];
  if (quote === undefined || isGlued(context, index) || !isGlued(context, index - 1) || !isCapitalizedAt(context, index - 1)) return false;
  if (kindAt(context, index - 2) !== PUNCT || !OPENING_QUOTES.has(quote.text)) return false;
  for (let at = index + 1; at <= index + 1 + TITLE_WORDS_AFTER; at += 1) {
    if (kindAt(context, at) !== WORD) return kindAt(context, at) === PUNCT && isGlued(context, at) && CLOSING_QUOTES.has(tokens[at]?.text ?? '');
  }
  return false;
}

/**
 * A bare number glued after an opening quote with words after it, in a slogan or motto's name (`phương châm "4 tại
 * chỗ"`, `khẩu hiệu "3 không"`): part of the name, no figure (a unit would make it one: `"5 triệu đồng"` counts).
 */
function opensQuotedSlogan(context: FigureContext, number: FigureNumber): boolean {
  const quote = context.tokens[number.first - 1];
  if (!quote || kindAt(context, number.first - 1) !== PUNCT || !OPENING_QUOTES.has(quote.text) || !isGlued(context, number.first)) return false;
  return isWordAt(context, number.next) && !isGlued(context, number.next);
}

/** The longest acronym in brackets looked at after a name's number (`(Cienco4)`), in characters. */
const LONGEST_ACRONYM = 16;

/**
 * A bare number right before a bracketed acronym that ends with the same digits (`Tổng công ty Xây dựng công trình
 * giao thông 4 (Cienco4)`, `Sư đoàn 3 (F3)`): the last word of a name. Not `giảm 4 (bốn) lần` nor `4 (Cienco5)`.
 */
function endsNameOfAcronym(context: FigureContext, number: FigureNumber): boolean {
  const { tokens, text } = context;
  const digits = tokens[number.first];
  const open = tokens[number.next];
  if (number.next !== number.first + 1 || !digits || kindAt(context, number.first) !== DIGITS || open?.text !== '(') return false;
  const inside = tokens[number.next + 1];
  if (!inside || !isGlued(context, number.next + 1)) return false;
  const close = text.indexOf(')', inside.start);
  if (close < 0 || close - inside.start > LONGEST_ACRONYM) return false;
  const acronym = text.slice(inside.start, close);
  return acronym.length > digits.text.length && acronym.endsWith(digits.text) && !isAsciiDigitCode(acronym.charCodeAt(acronym.length - digits.text.length - 1));
}

/**
 * A bare number closing brackets opened by one capitalized word (`Trung tâm ... Chất lượng 1 (Quatest 1)`, `Sư đoàn 3
 * (F 3)`): a short name or acronym given for what was just named, whose number is part of it, no figure. Digits grouped
 * by thousands are an amount the name has (`(Elo 2.538)`), as isNameOrDateNumber reads them.
 */
function endsBracketedName(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  const word = number.first - 1;
  if (number.next !== number.first + 1 || kindAt(context, number.first) !== DIGITS || isGlued(context, number.first)) return false;
  if (tokens[number.next]?.text !== ')' || !isGlued(context, number.next) || tokens[word - 1]?.text !== '(' || !isGlued(context, word)) return false;
  return isWordAt(context, word) && isCapitalizedAt(context, word) && !isThousandsGrouped(context, number);
}

/**
 * A bare number right after a name written as capitals, a dot and a capitalized word glued (`V.League 1`, `K.League
 * 2`, `J.League 1`): the league's or the series' number, part of its name, no figure.
 */
function endsDottedName(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  const word = number.first - 1;
  if (number.next !== number.first + 1 || kindAt(context, number.first) !== DIGITS || isGlued(context, number.first)) return false;
  if (!isWordAt(context, word) || !isCapitalizedAt(context, word) || !isGlued(context, word)) return false;
  const initials = tokens[word - 2];
  if (tokens[word - 1]?.text !== '.' || !isGlued(context, word - 1) || !initials || !isWordAt(context, word - 2)) return false;
  return initials.text.length <= 2 && initials.text === initials.text.toUpperCase() && initials.text !== initials.key;
}

function isAsciiDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The most tokens looked back from `là` for the year that is the clause's subject (`năm 2025 được xem là năm`). */
const YEAR_SUBJECT_WITHIN = 8;
/** Words after `năm` that make it this, last or next year: `năm nay`, `năm ngoái`. */
const YEAR_DEICTICS: ReadonlySet<string> = new Set(['nay', 'ngoái', 'qua', 'tới', 'sau', 'trước']);

/**
 * `năm` right after `là` (is) whose clause, up to YEAR_SUBJECT_WITHIN tokens back and no comma between, names a
 * year (`năm 2025 được xem là năm ...`, `Năm nay là năm ...`): the noun "year" the clause says the year is.
 */
function isYearCalledAfterLa(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  const la = number.first - 1;
  if (tokens[la]?.key !== 'là' || !isWordAt(context, la) || isGlued(context, number.first)) return false;
  for (let at = la - 1; at >= 0 && at >= la - YEAR_SUBJECT_WITHIN; at -= 1) {
    const token = tokens[at];
    if (!token || kindAt(context, at) === LINE_BREAK || (kindAt(context, at) === PUNCT && CLAUSE_ENDS.has(token.text))) return false;
    if (token.key !== 'năm' || !isWordAt(context, at)) continue;
    if (isYearDigitsAt(context, at + 1)) return true;
    if (isWordAt(context, at + 1) && YEAR_DEICTICS.has(tokens[at + 1]?.key ?? '')) return true;
  }
  return false;
}

/** Marks that end a sentence or a clause: the year before one is no subject of the clause after it. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', ',']);

/** `năm` right after a quantifier that takes no number (YEAR_AFTER: `mỗi năm`, `hằng năm`): the year. */
function isYearAfterQuantifier(context: FigureContext, number: FigureNumber): boolean {
  if (number.singleWord !== 'năm' || isGlued(context, number.first) || !isWordAt(context, number.first - 1)) return false;
  return YEAR_AFTER.has(context.tokens[number.first - 1]?.key ?? '');
}

/** The token at `index` is a year's four digits, apart from the word before it (`2019` in `năm cơ sở 2019`). */
function isYearDigitsAt(context: FigureContext, index: number): boolean {
  const token = context.tokens[index];
  if (!token || kindAt(context, index) !== DIGITS || isGlued(context, index) || token.text.length !== 4) return false;
  const year = Number(token.text);
  return year >= 1900 && year <= 2100;
}

/**
 * `năm` is the noun "year" after a quantifier (YEAR_AFTER, YEAR_UNLESS_TIME_AFTER) or after a number that the unit
 * after `năm` did not join (`là một năm người trồng có lãi`: "a year (in which) growers ...", `hai năm người dân`),
 * since two numbers never stand side by side; `năm người bị thương` alone stays five people.
 */
function isYearNoun(context: FigureContext, number: FigureNumber, unit: FigureUnit): boolean {
  const before = context.tokens[number.first - 1];
  if (!before || isGlued(context, number.first)) return false;
  if (kindAt(context, number.first - 1) === DIGITS) return true;
  if (!isWordAt(context, number.first - 1)) return false;
  // (`không năm người` is no number before it: `không` is mostly "not".)
  if (before.key !== 'không' && isInSetAt(context, number.first - 1, NUMBER_WORD_SET) && isLowerWordAt(context, number.first - 1)) return true;
  // `một trong năm dự án` ("one of five projects"): after `một trong` a noun the lexicon counts is counted, five of it
  if (before.key === 'trong' && unit.known && unit.kind === 'count' && context.tokens[number.first - 2]?.key === 'một' &&
    isLowerWordAt(context, number.first - 2)) return false;
  return YEAR_AFTER.has(before.key) || (YEAR_UNLESS_TIME_AFTER.has(before.key) && unit.kind !== 'duration');
}

/** Periods that `mỗi`, `hằng` or `hàng` make a rate's (`mỗi tuần một lần`, `hằng năm một lần`). */
const RATE_PERIODS: ReadonlySet<string> = new Set(['ngày', 'tuần', 'tháng', 'quý', 'năm', 'kỳ', 'vụ', 'mùa']);
/**
 * Nouns of times and sessions a rate counts in its period (`mỗi tuần một lần`, `mỗi tháng một buổi`); any other noun
 * after `mỗi tháng một` is "a" (`mỗi tháng một người ... đóng 200.000 đồng`: each month a person pays).
 */
const TIMES_IN_PERIOD: ReadonlySet<string> = new Set(['lần', 'lượt', 'buổi', 'đợt', 'chuyến']);
/** Words saying "each" or "every" before a period: `mỗi tuần`, `hằng tháng`, `hàng năm`. */
const EACH_BEFORE_PERIOD: ReadonlySet<string> = new Set(['mỗi', 'hằng', 'hàng']);

/**
 * `mỗi tuần một lần`, `hằng năm một đợt`: an each-word and a period right before the number at `first`, the rate's
 * period, so the number is how many times in it, a count.
 */
function followsEachPeriod(context: FigureContext, first: number): boolean {
  const { tokens } = context;
  if (!isLowerWordAt(context, first - 1) || !isWordAt(context, first - 2) || isGlued(context, first)) return false;
  return RATE_PERIODS.has(tokens[first - 1]?.key ?? '') && EACH_BEFORE_PERIOD.has(tokens[first - 2]?.key ?? '');
}

function isCountingMot(context: FigureContext, number: FigureNumber, unit: FigureUnit): boolean {
  const { tokens } = context;
  if (TIMES_IN_PERIOD.has(lowerCased(unit.unit)) && followsEachPeriod(context, number.first)) return true;
  const before = isWordAt(context, number.first - 1) ? tokens[number.first - 1] : undefined;
  const twoBefore = isWordAt(context, number.first - 2) ? tokens[number.first - 2] : undefined;
  if (before && COUNTING_BEFORE_MOT.has(before.key)) return true;
  if (COUNTED_BY_MOT.has(lowerCased(unit.unit))) return true;
  if (before && twoBefore && isWordPairAt(context, number.first - 2, COUNTING_BEFORE_MOT_PHRASES)) return true;
  if (tokens[unit.next]?.key === 'duy' && tokens[unit.next + 1]?.key === 'nhất') return true;
  // `trong đó có một xe truyền hình` ("among which there is one"): one picked out of the whole just told of (`trong đó
  // một bị hại mất …`, with no `có`, tells of "a victim")
  if (before?.key === 'có' && tokens[number.first - 2]?.key === 'đó' && tokens[number.first - 3]?.key === 'trong' &&
    isLowerWordAt(context, number.first - 2) && isLowerWordAt(context, number.first - 3)) return true;
  // `chỉ ghi tên một người`: only one, the verb between (listed-mot.ts)
  return before !== undefined && followsOnlyAndVerb(context, number.first);
}

/** The figure over tokens `[from, to)`: its place in the text and what it says. */
function figureSpan(
  context: FigureContext,
  from: number,
  to: number,
  kind: FigureSpan['kind'],
  value: number | null,
  min: number | null,
  max: number | null,
  of: number | null,
  unit: string | null,
  qualifier: FigureQualifier | null,
  rule: string,
): FigureSpan {
  const start = (context.tokens[from] as FigureToken).start;
  const end = (context.tokens[to - 1] as FigureToken).end;
  return { start, end, kind, value, min, max, of, unit, qualifier, rule };
}

/**
 * `chiếm` ("makes up") right before the figure (or its qualifier): `nông sản chiếm khoảng 1/5`. What it governs is a
 * share, so a `1/5` after it is a ratio even with no noun counted after it, never the first of May. So is a fraction
 * after `trong đó` (`120 hộ, trong đó 1/3 là hộ nghèo`).
 */
function isShareVerbBefore(context: FigureContext, start: number): boolean {
  const verb = context.tokens[start - 1]?.key;
  if (!isLowerWordAt(context, start - 1)) return false;
  if (verb === 'chiếm') return true;
  // `trong đó 1/3 thuộc diện hộ nghèo` ("of which a third"): a part of what was just counted
  if (verb === 'đó' && context.tokens[start - 2]?.key === 'trong' && isLowerWordAt(context, start - 2)) return true;
  return verb !== undefined && RATE_VERBS.has(verb) && rateSubjectBefore(context, start - 1);
}

/** Verbs that give a rate its value (`tỷ lệ ... đạt 1/3`, `tỷ lệ nữ là 1/4`, `tỉ lệ ... bằng 2/5`). */
const RATE_VERBS: ReadonlySet<string> = new Set(['đạt', 'là', 'bằng']);
/** How far back (in tokens) the rate a verb of RATE_VERBS gives the value of may be named. */
const RATE_SUBJECT_REACH = 12;

/**
 * `tỷ lệ dự án tồn tại sau 3 năm đạt 1/3`: `tỷ lệ` (`tỉ lệ`, "the rate") named before the verb at `verb` in the same
 * sentence (no stop, colon or semicolon between, RATE_SUBJECT_REACH tokens at most) makes the verb's figure a share,
 * never a day (`đạt 1/3` after no rate stays unread).
 */
function rateSubjectBefore(context: FigureContext, verb: number): boolean {
  const { tokens } = context;
  for (let at = verb - 1; at >= 1 && verb - at <= RATE_SUBJECT_REACH; at -= 1) {
    const token = tokens[at];
    if (!token || kindAt(context, at) === LINE_BREAK) return false;
    if (token.text === '.' || token.text === ';' || token.text === ':' || token.text === '!' || token.text === '?') return false;
    if (token.key === 'lệ' && isWordAt(context, at)) {
      const before = tokens[at - 1]?.key;
      if (before === 'tỷ' || before === 'tỉ') return true;
    }
  }
  return false;
}

/** Kinds of figure whose unit a number changed to may take from the number changed from (see changedFromFigure). */
const CHANGE_CARRIED_KINDS: ReadonlySet<FigureSpan['kind']> = new Set(['count', 'duration']);

/**
 * The figure a change starts from, when the number at `number` (opening at `opening`, with no unit of its own) is
 * what it changes to: `giảm đầu mối từ 11 phòng xuống còn 7`, `nâng từ 2 làn lên 4`. The unit is said once, after
 * the first number; the second, rising after `lên` and falling after `xuống`, counts the same thing (the mirror of
 * `từ 24 lên 30 đôi tàu`, where the first number takes the second's unit). Only a count or a length of time whose
 * numbers are a plain number read the same way (no `triệu` to carry over), right before the link.
 */
function changedFromFigure(context: FigureContext, number: FigureNumber, opening: number, found: FoundFigures): FigureSpan | null {
  const { tokens } = context;
  if (number.scale !== 1) return null;
  let link = opening - 1;
  if (tokens[link]?.key === 'còn' && isLowerWordAt(context, link)) link -= 1;
  const linkKey = tokens[link]?.key;
  if ((linkKey !== 'xuống' && linkKey !== 'lên') || !isLowerWordAt(context, link) || isGlued(context, link)) return null;
  const from = found.lastAdded();
  const coreFrom = found.lastAddedCoreFrom();
  if (from === null || from.value === null || from.unit === null || !CHANGE_CARRIED_KINDS.has(from.kind)) return null;
  if (from.qualifier !== null || from.end !== tokens[link - 1]?.end) return null;
  if (tokens[coreFrom - 1]?.key !== 'từ' || !isLowerWordAt(context, coreFrom - 1)) return null;
  // Only the number's own digits before the unit: `từ 1,5 triệu lượt lên 2` carries no scale to the second number.
  const fromDigits = tokens[coreFrom];
  if (!fromDigits || kindAt(context, coreFrom) !== DIGITS || parseDigitNumber(fromDigits.text) !== from.value) return null;
  const rises = linkKey === 'lên';
  if (rises ? number.value <= from.value : number.value >= from.value) return null;
  return from;
}

/**
 * Words between `số` + a noun and the number it comes to: `số ca đã lên tới 17.850`, `nâng tổng số giường lên 600`,
 * `số hộ đạt 1.200`, `số ca đã vượt 61.000`, and the number a change starts from: `Số hộ tăng từ 80 lên 120`.
 */
const COMES_TO_WORDS: WordSet = wordSet(new Set(['lên', 'tới', 'đến', 'đạt', 'vượt', 'đã', 'sẽ', 'chỉ', 'còn', 'là', 'tăng', 'giảm', 'từ']));
/** The most words COMES_TO_WORDS may take between the noun and the number (`đã lên tới`). */
const MOST_COMES_TO_WORDS = 3;
/** The most words of the noun after `số`. */
const MOST_SO_NOUN_WORDS = 3;

/**
 * The noun that `số` ("the number of") names just before the number, across words that say what it comes to
 * (COMES_TO_WORDS), when the number has no unit of its own: `số ca đã lên tới 17.850` counts 17,850 `ca`. The noun
 * must be one the counted-noun lexicon knows, whole, or an acronym (`Số DNNVV tăng từ 340`), right after `số` (or
 * `tổng số`); else null.
 */
function nounOfSoBefore(context: FigureContext, start: number): string | null {
  const { tokens } = context;
  let nounEnd = start;
  while (start - nounEnd < MOST_COMES_TO_WORDS && isLowerWordAt(context, nounEnd - 1) && isInSetAt(context, nounEnd - 1, COMES_TO_WORDS)) nounEnd -= 1;
  if (nounEnd === start) return null;
  const acronym = tokens[nounEnd - 1];
  if (acronym !== undefined && isWordAt(context, nounEnd - 1) && isAcronym(acronym.text) && tokens[nounEnd - 2]?.key === 'số' &&
    isWordAt(context, nounEnd - 2)) {
    return acronym.text;
  }
  for (let words = 1; words <= MOST_SO_NOUN_WORDS; words += 1) {
    const nounStart = nounEnd - words;
    if (nounStart < 1 || !isLowerWordAt(context, nounStart)) return null;
    if (tokens[nounStart - 1]?.key !== 'số' || !isLowerWordAt(context, nounStart - 1)) continue;
    const noun = phraseAt(context, nounStart, COUNTED_NOUN_PHRASES, words);
    return noun !== null && noun.length === words ? tokensText(context, nounStart, nounEnd) : null;
  }
  return null;
}
