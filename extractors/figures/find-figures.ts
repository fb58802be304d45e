// The figures of a text, left to right: at each token, an ordinal (`lần thứ 5`), a range opened by `từ`, or a number
// read with what follows it (ratio, range, unit) and what precedes it (qualifier, prefix currency). Codes, names and
// date parts are skipped whole. Dates found by the dates stage are removed afterwards (index.ts).
import type { FigureSpan, TextSpan } from '../../pipeline/document.js';
import type { FigureQualifier } from '../../output/schema.js';
import { followsCode, followsDayOrMonthWord, followsGroupLabel, followsPlaceName, isNameOrDateNumber, isNamedByWordBefore, precedesCode } from './codes.js';
import { COUNTING_BEFORE_MOT, COUNTING_BEFORE_MOT_PHRASES, MEASURE_UNITS, NOT_COUNTED_AFTER_MOT, PREFIX_CURRENCIES } from './lexicon.js';
import { NUMBER_WORD_KEYS } from '../shared/numbers.js';
import { readNumberAt, type FigureNumber } from './numbers-at.js';
import { readOrdinalAt } from './ordinals.js';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';
import { readRangeUpper } from './ranges.js';
import { readRatio } from './ratios.js';
import { isWordPair } from './phrases.js';
import { DIGITS, isCapitalizedAt, isGlued, isWordAt, kindAt, opensSentence, PUNCT, WORD, type FigureContext, type FigureToken } from './tokens.js';
import { DATE_PART, readUnit, type FigureUnit } from './units.js';

/** A figure and the stretch of its numbers (`60` in `60 năm`): a date may share its unit's words, not its numbers. */
export interface FigureDraft {
  readonly figure: FigureSpan;
  readonly core: TextSpan;
}

/** What a rule found at a token: a figure, or a stretch to skip (a code, a date part). */
interface Found {
  readonly span: FigureDraft | null;
  /** Token to go on from. */
  readonly next: number;
}

/** Units of temperature, the measures that go below zero (with percentages). */
const TEMPERATURE_UNITS: ReadonlySet<string> = new Set(['độ', 'độ c', '°c', '°', 'độ f', '°f']);

/** Digits that may be a year: `1890`, `2024`. */
const YEAR = /^(?:1[89]|20)\d\d$/u;

/**
 * The token of a minus before the number at `index`, or null: a hyphen or minus sign glued to the digits and apart
 * from what precedes it (`-2 độ C`, `(-1,5%)`; not `Covid-19`), or the word `âm` (`âm 5 độ C`).
 */
function minusBefore(context: FigureContext, index: number): number | null {
  const before = context.tokens[index - 1];
  if (!before || !context.tokens[index]) return null;
  if (kindAt(context, index - 1) === WORD) return before.key === 'âm' && !isGlued(context, index) ? index - 1 : null;
  if (before.text !== '-' && before.text !== '−') return null;
  if (kindAt(context, index) !== DIGITS || !isGlued(context, index)) return null;
  return !isGlued(context, index - 1) || kindAt(context, index - 2) === PUNCT ? index - 1 : null;
}

/**
 * Single number words that count only a noun the lexicon knows: `một` (a), `năm` (year), `ba` (father), `tư`. (`bảy`
 * is free: its weekday `thứ bảy` is never a count, see numberFigureAt.)
 */
const WEAK_NUMBER_WORDS = new Set(['một', 'năm', 'ba', 'tư']);

/** Words a figure may start with: number words, `thứ` and `lần` (ordinals), `từ` (a range). */
const FIGURE_OPENING_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORD_KEYS, 'thứ', 'lần', 'từ']);

/**
 * The shapes of the opening words (first letter, last letter and length, folded into ten bits): most words have
 * another shape, so their keys, fresh strings each article, need not be hashed for the Set.
 */
const OPENING_SHAPES = new Uint8Array(1024);
for (const word of FIGURE_OPENING_WORDS) OPENING_SHAPES[shapeOf(word)] = 1;

function shapeOf(key: string): number {
  return (key.charCodeAt(0) * 31 + key.charCodeAt(key.length - 1) * 7 + key.length) & 1023;
}

/** Whether a word's key is one of FIGURE_OPENING_WORDS. */
function isOpeningWord(key: string): boolean {
  return OPENING_SHAPES[shapeOf(key)] === 1 && FIGURE_OPENING_WORDS.has(key);
}

export function findFigures(context: FigureContext): FigureDraft[] {
  const figures: FigureDraft[] = [];
  const { tokens } = context;
  let index = 0;
  while (index < tokens.length) {
    // Only digits, number words and the words that open an ordinal or a range can start a figure.
    const kind = kindAt(context, index);
    if (kind !== DIGITS && (kind !== WORD || !isOpeningWord((tokens[index] as FigureToken).key))) {
      index += 1;
      continue;
    }
    const found = figureAt(context, index);
    if (found?.span) figures.push(found.span);
    index = found ? Math.max(found.next, index + 1) : index + 1;
  }
  return figures;
}

function figureAt(context: FigureContext, index: number): Found | null {
  const token = context.tokens[index];
  const kind = kindAt(context, index);
  if (!token || (kind !== WORD && kind !== DIGITS)) return null;
  const ordinal = readOrdinalAt(context, index);
  if (ordinal) {
    return {
      span: makeSpan(context, ordinal.first, ordinal.next, { kind: 'ordinal', value: ordinal.value }, ordinal.rule, [ordinal.first, ordinal.next]),
      next: ordinal.next,
    };
  }
  if (token.key === 'từ') {
    const found = numberFigureAt(context, index + 1, index);
    return found?.span?.figure.kind === 'range' ? found : null;
  }
  return numberFigureAt(context, index, null);
}

/**
 * The figure of the number at token `index`. `fromToken` is the `từ` that opened a range, if any: then only a range
 * is wanted.
 */
function numberFigureAt(context: FigureContext, index: number, fromToken: number | null): Found | null {
  const { tokens } = context;
  const number = readNumberAt(context, index);
  if (!number) return null;
  if (followsCode(context, number) || followsDayOrMonthWord(context, number)) return { span: null, next: number.next };
  // After `thứ` a number is an ordinal or a weekday (ordinals.ts read it or refused it), never a count: `thứ hai hàng
  // tuần`, `ngày thứ 5 kể từ`.
  if (tokens[index - 1]?.key === 'thứ' && !isGlued(context, index)) return { span: null, next: number.next };
  const wordsOnly = !number.hasDigits;
  if (wordsOnly && isCapitalizedAt(context, index) && !opensSentence(context, index)) return { span: null, next: number.next };
  if (number.singleWord === 'tư') return { span: null, next: number.next };

  // `mười mấy người`, `hai mươi mấy tuổi`: ten-odd, a value nobody can give.
  if (tokens[number.next]?.key === 'mấy' && !isGlued(context, number.next)) return { span: null, next: number.next + 1 };

  const prefix = tokens[index - 1];
  const prefixCurrency = prefix && isGlued(context, index) && kindAt(context, index - 1) === PUNCT && PREFIX_CURRENCIES.has(prefix.text);
  const minus = fromToken === null ? minusBefore(context, index) : null;
  const openingToken = fromToken ?? (prefixCurrency ? index - 1 : minus ?? index);
  const before = qualifierBefore(context, openingToken);
  const start = before?.first ?? openingToken;
  const qualifier = before?.qualifier ?? null;
  /** Where the figure starts when the minus before it is no sign (it counts no temperature or percentage). */
  const unsignedStart = minus !== null && start === minus ? index : start;

  const ratio = fromToken === null ? readRatio(context, number) : null;
  if (ratio) {
    let at = ratio.next;
    const hasSo = tokens[at]?.key === 'số' && !isGlued(context, at);
    if (hasSo) at += 1;
    const unit = readUnit(context, at);
    const counted = unit !== null && unit !== DATE_PART && unit.kind === 'count' ? unit : null;
    if (!ratio.needsNoun || counted || hasSo) {
      const next = counted?.next ?? ratio.next;
      return {
        span: makeSpan(context, unsignedStart, next, { kind: 'ratio', value: ratio.value, of: ratio.of, unit: counted?.unit ?? null, qualifier }, ratio.rule, [index, ratio.next]),
        next,
      };
    }
    return { span: null, next: ratio.next };
  }

  const unitAfterLower = prefixCurrency ? prefixUnit(prefix.text, number.next) : readUnit(context, number.next);
  if (unitAfterLower === DATE_PART) return { span: null, next: number.next };
  const range = readRangeUpper(context, number, unitAfterLower?.next ?? number.next);
  if (range && !precedesCode(context, range.upper)) {
    const unitAfterUpper = readUnit(context, range.upper.next);
    const unit = unitAfterUpper === DATE_PART ? null : unitAfterUpper ?? unitAfterLower;
    const sameKind = !unitAfterLower || !unit || unitAfterLower.kind === unit.kind;
    if (unitAfterUpper !== DATE_PART && sameKind && (unit || !wordsOnly)) {
      const after = qualifierAfter(context, unit?.next ?? range.upper.next);
      const next = after?.next ?? unit?.next ?? range.upper.next;
      return {
        span: makeSpan(
          context,
          unsignedStart,
          next,
          { kind: 'range', min: range.min, max: range.upper.value, unit: unit?.unit ?? null, qualifier: after?.qualifier ?? qualifier },
          range.rule,
          [index, range.upper.next],
        ),
        next,
      };
    }
  }
  if (fromToken !== null) return null;
  if (precedesCode(context, number)) return { span: null, next: number.next };

  if (unitAfterLower) {
    if (wordsOnly && !countsWithWords(context, number, unitAfterLower)) return { span: null, next: number.next };
    // A year-like number before a noun no lexicon knows: `Diễn đàn Năng suất 2024 thu hút`.
    if (!unitAfterLower.known && isYearLike(context, number)) return { span: null, next: number.next };
    // `nhà máy số 2 nghỉ`, `APEC 2017 tổ chức`: a name's number before a word, no count (a percent, a sum or a
    // measure stays: `xuất cấp 5.000 tấn`, `màn hình 6,2 inch`).
    const isMeasure = MEASURE_UNITS.has(unitAfterLower.unit.toLowerCase().split('/')[0] ?? '');
    if (unitAfterLower.kind === 'count' && !isMeasure && isNamedByWordBefore(context, number)) {
      // A place names nothing by a number (`hơn Việt Nam 26 bậc` counts; a year stays a name's: `Hà Nội 2024`), and
      // a top list or a group has as many things as it says (`Top 10 doanh nghiệp`, `nhóm 3 người`).
      const counts = followsPlaceName(context, number) || followsGroupLabel(context, number);
      if (isYearLike(context, number) || !counts) return { span: null, next: number.next };
    }
    // A half after the unit: `hai năm rưỡi`, `một tiếng rưỡi`.
    const half = tokens[unitAfterLower.next]?.key === 'rưỡi' && unitAfterLower.kind !== 'percent' && number.scale === 1;
    const unitEnd = half ? unitAfterLower.next + 1 : unitAfterLower.next;
    const after = qualifierAfter(context, unitEnd);
    const next = after?.next ?? unitEnd;
    const magnitude = half ? number.value + 0.5 : number.value;
    // Only temperatures and percentages go below zero in news: `-2 độ C`, `âm 5 độ`, `tăng trưởng -1,5%`.
    const signed = minus !== null && (unitAfterLower.kind === 'percent' || TEMPERATURE_UNITS.has(unitAfterLower.unit.toLowerCase()));
    const value = signed ? -magnitude : magnitude;
    return {
      span: makeSpan(
        context,
        signed ? start : unsignedStart,
        next,
        { kind: unitAfterLower.kind, value, unit: unitAfterLower.unit, qualifier: after?.qualifier ?? qualifier },
        `${unitAfterLower.kind}${unitAfterLower.known ? '' : '-plain-noun'}`,
        [index, number.next],
      ),
      next,
    };
  }
  if (wordsOnly && number.scale === 1) return { span: null, next: number.next };
  if (isNameOrDateNumber(context, number)) return { span: null, next: number.next };
  return {
    span: makeSpan(context, unsignedStart, number.next, { kind: 'number', value: number.value, qualifier }, 'number', [index, number.next]),
    next: number.next,
  };
}

/** `$200`, `€5`: the currency stands before the number. */
function prefixUnit(symbol: string, next: number): FigureUnit {
  return { kind: 'money', unit: symbol === '$' ? 'USD' : symbol === '€' ? 'euro' : symbol, next, known: true };
}

/** Whether a number in words counts this unit: `hai tổ chức` does; `một số`, `năm nay`, `ba tôi` do not. */
function countsWithWords(context: FigureContext, number: FigureNumber, unit: FigureUnit): boolean {
  const word = number.singleWord;
  if (word === null) return true;
  if (word === 'một') {
    if (NOT_COUNTED_AFTER_MOT.has(context.tokens[number.next]?.key ?? '')) return false;
    // `một` is mostly the article "a" (`một nông dân`, `là một tổ chức`): a count after `chỉ`, `thêm`, `mỗi`, before
    // `duy nhất`, or with a unit of time, money or measure (`một năm`).
    if (unit.kind === 'count' && !isCountingMot(context, number, unit)) return false;
  }
  if (WEAK_NUMBER_WORDS.has(word)) return unit.known;
  return true;
}

function isYearLike(context: FigureContext, number: FigureNumber): boolean {
  const token = context.tokens[number.first];
  return number.next === number.first + 1 && token !== undefined && kindAt(context, number.first) === DIGITS && YEAR.test(token.text);
}

function isCountingMot(context: FigureContext, number: FigureNumber, unit: FigureUnit): boolean {
  const { tokens } = context;
  const before = isWordAt(context, number.first - 1) ? tokens[number.first - 1] : undefined;
  const twoBefore = isWordAt(context, number.first - 2) ? tokens[number.first - 2] : undefined;
  if (before && COUNTING_BEFORE_MOT.has(before.key)) return true;
  if (before && twoBefore && isWordPair(COUNTING_BEFORE_MOT_PHRASES, twoBefore.key, before.key)) return true;
  return tokens[unit.next]?.key === 'duy' && tokens[unit.next + 1]?.key === 'nhất';
}

interface FigureValues {
  readonly kind: FigureSpan['kind'];
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly of?: number;
  readonly unit?: string | null;
  readonly qualifier?: FigureQualifier | null;
}

function makeSpan(
  context: FigureContext,
  from: number,
  to: number,
  values: FigureValues,
  rule: string,
  [coreFrom, coreTo]: readonly [number, number],
): FigureDraft | null {
  const first = context.tokens[from];
  const last = context.tokens[to - 1];
  const coreFirst = context.tokens[coreFrom];
  const coreLast = context.tokens[coreTo - 1];
  if (!first || !last || !coreFirst || !coreLast) return null;
  return {
    figure: {
      start: first.start,
      end: last.end,
      kind: values.kind,
      value: values.value ?? null,
      min: values.min ?? null,
      max: values.max ?? null,
      of: values.of ?? null,
      unit: values.unit ?? null,
      qualifier: values.qualifier ?? null,
      rule,
    },
    core: { start: coreFirst.start, end: coreLast.end },
  };
}
