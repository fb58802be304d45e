// Ratios: `8 trên 10 nước thành viên`, `3 trong số 10 người`, `3 trong tổng số 10 người`, `2/3 số doanh nghiệp`, `một phần ba`, `ba phần tư`,
// `một nửa`. The counted noun after the ratio (with an optional `số`) is read by the caller.
import { parseDigitNumber } from '../shared/numbers.js';
import { NumberReading, readNumberAt, type FigureNumber } from './numbers-at.js';
import { DURATION_PHRASES } from './lexicon.js';
import { phraseAt } from './phrases.js';
import { DIGITS, isGlued, isLowerWordAt, isWordAt, kindAt, LINE_BREAK, PUNCT, WORD, type FigureContext } from './tokens.js';

export interface RatioReading {
  readonly value: number;
  readonly of: number;
  /** Token after the denominator. */
  readonly next: number;
  /** `1/7` may be a day and month: only a ratio when a counted noun or `số` follows. */
  readonly needsNoun: boolean;
  readonly rule: string;
}

const CODE_AFTER = new Set(['/', '-', '–', ':', '.', '_']);

/** A ratio's denominator (see NumberReading). */
const denominatorNumber = new NumberReading();

/** A ratio whose numerator is `numerator`, read from the tokens after it. */
export function readRatio(context: FigureContext, numerator: FigureNumber): RatioReading | null {
  const { tokens } = context;
  const link = tokens[numerator.next];
  if (!link || numerator.scale !== 1 || !Number.isInteger(numerator.value)) return null;
  const linkIsLowerWord = isLowerWordAt(context, numerator.next);
  if (linkIsLowerWord && (link.key === 'trên' || link.key === 'trong')) {
    // `một trong 10 trường` is "one of ten schools": the ten is a count of its own, `một` none.
    if (link.key === 'trong' && numerator.singleWord === 'một') return null;
    let at = numerator.next + 1;
    // `23 trong tổng số 71 cơ sở`, `21.300 trên tổng số 34.000 hộ`: the whole the share is taken of.
    if (tokens[at]?.key === 'tổng' && tokens[at + 1]?.key === 'số' && isLowerWordAt(context, at)) at += 2;
    else if (link.key === 'trong' && tokens[at]?.key === 'số') at += 1;
    const denominator = readNumberAt(context, at, denominatorNumber);
    // `1 trên 1 triệu liều` ("one in a million doses"): a whole of millions after `trên`, its scale word read
    if (!denominator || (denominator.scale !== 1 && link.key !== 'trên') || !Number.isInteger(denominator.value)) return null;
    if (denominator.value < numerator.value || denominator.value < 2) return null;
    if (endsInCode(context, denominator.next)) return null;
    // `chín trên 85%`, `đạt trên 90 phần trăm`: `trên` is "over" a percentage, and the word before it no numerator
    // (`chín` is "ripe" there); a share of a percentage is never written so.
    if (isPercentAt(context, denominator.next)) return null;
    // `cửa xả số 3 trong 30 ngày`: a labelled thing's number (`số 3`) and a time within which (`trong 30 ngày`)
    if (link.key === 'trong' && (isLabelBefore(context, numerator.first) || isWithinTimeUnitAt(context, denominator.next))) return null;
    const rule = link.key === 'trên' ? 'ratio-trên' : 'ratio-trong';
    return { value: numerator.value, of: denominator.value, next: denominator.next, needsNoun: false, rule };
  }
  if (link.text === '/' && isGlued(context, numerator.next) && numerator.hasDigits && numerator.next === numerator.first + 1) {
    if (isRoundBefore(context, numerator.first)) return null;
    const denominatorToken = tokens[numerator.next + 1];
    if (!denominatorToken || !isGlued(context, numerator.next + 1) || kindAt(context, numerator.next + 1) !== DIGITS) return null;
    if (endsInCode(context, numerator.next + 2)) return null;
    const of = parseDigitNumber(denominatorToken.text);
    if (of === null || !Number.isInteger(of) || of < 2 || of < numerator.value || of >= 1000) return null;
    if (isMapScale(context, numerator.first, numerator.value, of)) return null;
    return {
      value: numerator.value,
      of,
      next: numerator.next + 2,
      needsNoun: of <= 12 && numerator.value <= 31,
      rule: 'ratio-slash',
    };
  }
  if (linkIsLowerWord && link.key === 'phần') {
    const denominator = readNumberAt(context, numerator.next + 1, denominatorNumber);
    if (!denominator || denominator.scale !== 1 || denominator.value <= numerator.value) return null;
    return { value: numerator.value, of: denominator.value, next: denominator.next, needsNoun: false, rule: 'ratio-phan' };
  }
  if (linkIsLowerWord && link.key === 'nửa' && numerator.value === 1 && numerator.singleWord !== null) {
    return { value: 1, of: 2, next: numerator.next + 1, needsNoun: false, rule: 'ratio-nua' };
  }
  return null;
}

/**
 * Time units after `trong M` that make it a span of time (`trong 30 ngày`, "within 30 days"), no denominator. Not
 * `năm` or `mùa`, which are counted as shares of them (`3 trong 5 năm qua`, `2 trong 3 mùa giải`).
 */
const WITHIN_TIME_UNITS: ReadonlySet<string> = new Set(['ngày', 'ngày đêm', 'tuần', 'tháng', 'giờ', 'tiếng', 'phút', 'giây']);

/** True when a time unit of WITHIN_TIME_UNITS (read from the duration lexicon) starts at token `index`. */
function isWithinTimeUnitAt(context: FigureContext, index: number): boolean {
  const unit = phraseAt(context, index, DURATION_PHRASES, 2);
  return unit !== null && WITHIN_TIME_UNITS.has(unit.entry);
}

/** `số` right before the number at `first` (`cửa xả số 3`, `tổ số 2`): a label naming one thing, no count of them. */
function isLabelBefore(context: FigureContext, first: number): boolean {
  return context.tokens[first - 1]?.key === 'số' && isLowerWordAt(context, first - 1) && !isGlued(context, first);
}

/**
 * `vòng 1/8`, `vòng 1/16`: a knockout round named by the share of the field left in it (the last 16, the last 32),
 * no ratio of anything nor a day (`1/8 số đội` after no `vòng` is still a ratio).
 */
function isRoundBefore(context: FigureContext, first: number): boolean {
  return context.tokens[first - 1]?.key === 'vòng' && isLowerWordAt(context, first - 1) && !isGlued(context, first);
}

/** A percent sign glued to the number before it, or the words `phần trăm`. */
function isPercentAt(context: FigureContext, index: number): boolean {
  const token = context.tokens[index];
  if (!token) return false;
  if (token.text === '%') return true;
  return token.key === 'phần' && isLowerWordAt(context, index) && context.tokens[index + 1]?.key === 'trăm';
}

/**
 * A glued `/`, `-`, `:` after the denominator: a date or a code (`10/12/2020`, `15/2018/NĐ-CP`). A full stop that
 * ends the line (`chiếm khoảng 1/5.` and a line break) goes on with no code.
 */
function endsInCode(context: FigureContext, index: number): boolean {
  const token = context.tokens[index];
  if (!token || !isGlued(context, index)) return false;
  if (kindAt(context, index) !== PUNCT) return true;
  return CODE_AFTER.has(token.text) && isGlued(context, index + 1) && kindAt(context, index + 1) !== LINE_BREAK;
}

/**
 * `quy hoạch chi tiết tỷ lệ 1/500`, `bản đồ tỷ lệ 1/200`: one to a round hundred after `tỷ lệ` is a drawing's scale,
 * no share of anything (a scale of a thousand and more is no ratio anyway).
 */
function isMapScale(context: FigureContext, first: number, value: number, of: number): boolean {
  const { tokens } = context;
  return value === 1 && of >= 100 && of % 100 === 0 && tokens[first - 1]?.key === 'lệ' && (tokens[first - 2]?.key === 'tỷ' || tokens[first - 2]?.key === 'tỉ') &&
    isLowerWordAt(context, first - 1) && !isGlued(context, first);
}

/** A share's part, read after the whole (see NumberReading). */
const partNumber = new NumberReading();

/** A share's part after its whole (see readPartAfterWhole): its value and the token after its number. */
export interface PartAfterWhole {
  readonly value: number;
  readonly next: number;
}

/** The most words between a share's whole and its `thì` (`cứ 10 quả bán ở Praha thì có 7 quả`). */
const WORDS_QUALIFYING_WHOLE = 8;

/**
 * The part of a share written after its whole: `cứ 10 học sinh thì có 7 em`, `trong 5 hộ thì có 2 hộ` ("of every ten
 * pupils, seven"). `number` is the whole, after `cứ` (every) or `trong` (among), and `unitNext` the token after its
 * counted noun; `thì có` (or `có` after `cứ`) and a part no larger than the whole follow, after `cứ` maybe past a few
 * words that qualify the whole (`cứ 10 gia đình được hỏi thì có 8 gia đình`, `cứ 10 quả bán ở Praha thì có 7 quả`), and
 * maybe `chỉ` before `có` (`cứ 10 thợ thì chỉ có 1 người`). The caller reads it after a count of things only: a measure
 * is no whole of a share (`cứ 2km có một điểm tiếp nước`, a distance and a count). Null otherwise (`cứ 100 cổ phiếu được đổi lấy 82 cổ phiếu`, a swap, is two counts).
 */
export function readPartAfterWhole(context: FigureContext, whole: FigureNumber, unitNext: number): PartAfterWhole | null {
  const { tokens } = context;
  const opener = tokens[whole.first - 1]?.key;
  if ((opener !== 'cứ' && opener !== 'trong') || kindAt(context, whole.first - 1) !== WORD) return null;
  if (whole.scale !== 1 || !Number.isInteger(whole.value) || whole.value < 2) return null;
  let at = unitNext;
  // `cứ 10 gia đình được hỏi thì có 8`, `cứ 10 quả bán ở Praha thì có 7`: after `cứ` a few words, a place's name among
  // them, may qualify the whole before `thì`.
  if (opener === 'cứ') {
    let words = 0;
    while (words < WORDS_QUALIFYING_WHOLE && isWordAt(context, at + words) && !isGlued(context, at + words) && tokens[at + words]?.key !== 'thì') words += 1;
    if (words > 0 && tokens[at + words]?.key === 'thì' && isLowerWordAt(context, at + words)) at += words;
  }
  if (tokens[at]?.text === ',') at += 1;
  const then = tokens[at]?.key === 'thì' && isLowerWordAt(context, at);
  if (then) at += 1;
  else if (opener !== 'cứ') return null;
  // `cứ 10 thợ thì chỉ có 1 người`, `thì mới có 3 người`: `chỉ`, `mới` (only, as few as) before `có` keep the share.
  if ((tokens[at]?.key === 'chỉ' || tokens[at]?.key === 'mới') && isLowerWordAt(context, at)) at += 1;
  if (tokens[at]?.key !== 'có' || !isLowerWordAt(context, at)) return null;
  const part = readNumberAt(context, at + 1, partNumber);
  if (!part || part.scale !== 1 || !Number.isInteger(part.value) || part.value > whole.value || part.value < 1) return null;
  return { value: part.value, next: part.next };
}

