// Ranges: `5 – 7 người`, `5-7%`, `năm, bảy lao động`, `từ 20 đến 25 chuyên gia`, `từ 5% đến 15%`, `2 – 3 triệu đồng` (the scale of the
// upper bound applies to the lower one). `2021–2025` is a date range, `10-11/12/2020` a date: never figures.
// And changes, `từ 24 lên 30 đôi tàu`: two figures, the first with the unit and scale of the second.
import { isYearNumber } from './codes.js';
import { NumberReading, readNumberAt, type FigureNumber } from './numbers-at.js';
import { qualifierBefore } from './qualifiers.js';
import { DIGITS, isGlued, isLowerWordAt, isWordAt, kindAt, LINE_BREAK, PUNCT, type FigureContext } from './tokens.js';
import { DATE_PART, readUnit, UnitReading, type FigureUnit } from './units.js';

const DASHES = new Set(['-', '–', '—', '~']);
const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '−']);
const CODE_AFTER = new Set(['/', '-', '–', ':', '.', '_', '+']);
/** Words between `đến` and a range's upper bound that leave the bound itself out: `từ 1 đến dưới 6 tháng`. */
const UPPER_BOUND_EXCLUDED: ReadonlySet<string> = new Set(['dưới']);

export interface RangeBound {
  readonly upper: FigureNumber;
  /** The lower end's value, signed, the first bound scaled like the upper one where it was written without a scale. */
  readonly min: number;
  /** The higher end's value, signed (the upper bound's, unless a range below zero was written downwards). */
  readonly max: number;
  /** Whether either bound has a minus (`từ -18 đến -25 độ C`): only a unit that goes below zero may take it. */
  readonly signed: boolean;
  readonly rule: string;
}

/**
 * Words before a game's score (`tỷ số 2-1`, `thắng 21-17`, `thua 18-21`, `chung cuộc 3-0`, `bị dẫn 11-13`): the digits either side of
 * the dash are two sides' points, never a range.
 */
const SCORE_WORDS: ReadonlySet<string> = new Set(['số', 'thắng', 'thua', 'hòa', 'hoà', 'cuộc', 'đậm', 'ngược', 'nút', 'dẫn']);
/** Tokens of earlier scores in a list (`21-17, 18-21`) passed over to reach the score word before them. */
const SCORE_LIST_TOKENS: ReadonlySet<string> = new Set(['-', '–', ',', 'và']);
/**
 * At most this many tokens are passed over back to the score word or bracket (a match's list of set scores, no more:
 * seven sets of table tennis, four tokens each).
 */
const SCORE_LIST_REACH = 28;

/**
 * The number at token `first` opens a score: after a score word (SCORE_WORDS; `tỷ số` by its `số`, not `số 3-5`), or
 * in a list of scores after one (`tỷ số 21-17, 18-21`).
 */
function isScore(context: FigureContext, first: number, inBracket = false): boolean {
  const { tokens } = context;
  let at = first - 1;
  while (at >= 0 && first - at <= SCORE_LIST_REACH) {
    const token = tokens[at];
    if (!token) return false;
    if (kindAt(context, at) === DIGITS || SCORE_LIST_TOKENS.has(token.key)) { at -= 1; continue; }
    // (Once only: the score before a bracket is looked for without going on through another bracket.)
    if (token.text === '(') return !inBracket && isMatchScoreBefore(context, at);
    if (!isLowerWordAt(context, at) || !SCORE_WORDS.has(token.key)) return false;
    if (token.key !== 'số') return true;
    const before = tokens[at - 1]?.key;
    return before === 'tỷ' || before === 'tỉ';
  }
  return false;
}

/** The most games or sets a side wins in a match (`4-1` in table tennis, `3-0` in volleyball, `2-1` in football). */
const MOST_GAMES_WON = 9;

/**
 * The bracket at token `open` follows a match's score, so the pairs in it are its sets' or halves' scores
 * (`tỷ số 4-2 (11-7, 8-11)`, `thắng 4-1 (11-5, 7-11)`, `hòa 1-1 (0-1)`): a pair of digits right before the bracket that is
 * a score by its word (isScore) or that falls (`4-1`: the winner's games first, never a range read upwards) between
 * small counts of games. Not `tăng 5-7 (3-4)`, `giai đoạn 20-30 (10-15)` (rising pairs with no score word).
 */
function isMatchScoreBefore(context: FigureContext, open: number): boolean {
  const { tokens } = context;
  const upper = open - 1;
  const dash = open - 2;
  const lower = open - 3;
  if (lower < 0 || kindAt(context, upper) !== DIGITS || kindAt(context, lower) !== DIGITS) return false;
  if (kindAt(context, dash) !== PUNCT || !DASHES.has(tokens[dash]?.text ?? '')) return false;
  const lowerText = tokens[lower]?.text ?? '';
  const upperText = tokens[upper]?.text ?? '';
  // (Games won are a digit or two, no thousands dot: `1.000-500` is no score.)
  if (lowerText.length > 2 || upperText.length > 2) return false;
  if (Number(lowerText) > Number(upperText) && Number(lowerText) <= MOST_GAMES_WON) return true;
  return isScore(context, lower, true);
}

/** A range's upper bound, the number a change goes to and its unit (see NumberReading, UnitReading). */
const upperBound = new NumberReading();
const changedToNumber = new NumberReading();
const changedToUnit = new UnitReading();
const scoreUnit = new UnitReading();

/**
 * The minus before the upper bound at token `at`, after a word link (`đến -25 độ C`, `tới âm 25 độ C`): a minus sign
 * glued to the digits and apart from the link, or the word `âm`. 1 when there is one (the token it takes), else 0.
 * (After a dash, `18 - -25`, none is read: `18-25` stays a range of positive numbers.)
 */
function minusAfterLink(context: FigureContext, at: number): number {
  const { tokens } = context;
  const sign = tokens[at];
  if (!sign || kindAt(context, at + 1) !== DIGITS || isGlued(context, at)) return 0;
  if (isLowerWordAt(context, at)) return sign.key === 'âm' && !isGlued(context, at + 1) ? 1 : 0;
  return MINUS_SIGNS.has(sign.text) && isGlued(context, at + 1) ? 1 : 0;
}

/**
 * The largest number a rough range of two digit numbers with a comma opens with (`3, 4 nơi`, `22, 23 tuổi`, `40, 42
 * con`): one or two digits; `2020, 2021` is a list of years.
 */
const DIGIT_COMMA_PAIR_MOST = 99;
/**
 * Words before a number that make `3, 4` a list of labels, never a rough range: `lớp 3, 4 học sinh`, `thứ 3, 4 hằng
 * tuần`, `ngày 3, 4 tháng 5`, `khoản 3, 4 Điều 5`.
 */
const LABEL_BEFORE_DIGIT_PAIR: ReadonlySet<string> = new Set([
  'lớp', 'khối', 'thứ', 'ngày', 'tháng', 'tổ', 'số', 'điều', 'khoản', 'mục', 'chương', 'câu', 'bài', 'tầng', 'phòng',
  'khu', 'đội', 'hình', 'bảng', 'phụ', 'lục', 'cấp', 'tuyến', 'hạng', 'loại', 'vòng', 'quý', 'tuần', 'giai', 'đoạn', 'đợt',
  // numbered intakes, plots, issues, roads and match minutes: `khóa 31, 32`, `lô 14, 15`, `tập 20, 21`, `quốc lộ 13, 14`
  'khóa', 'lô', 'thửa', 'tập', 'kỳ', 'lộ', 'phút', 'trang', 'ấp', 'ô',
]);

/**
 * A comma after `lower` at token `at` may join it to the next digit number in a rough range (`khám ở 3, 4 nơi`, `chờ
 * 2, 3 ngày`, `mới 22, 23 tuổi`), as two neighbouring number words are (`năm, bảy người`): one digit token, the
 * comma glued to it and a space after, and neither a list before it (`1, 2, 3`) nor a label's word (LABEL_BEFORE_DIGIT_PAIR). The upper bound is
 * checked by isDigitCommaUpper.
 */
function isDigitCommaPair(context: FigureContext, lower: FigureNumber, at: number): boolean {
  if (!lower.hasDigits || lower.scale !== 1 || lower.next !== lower.first + 1 || lower.next !== at) return false;
  if (!Number.isInteger(lower.value) || lower.value < 1 || lower.value > DIGIT_COMMA_PAIR_MOST) return false;
  if (!isGlued(context, at) || isGlued(context, at + 1)) return false;
  const before = context.tokens[lower.first - 1];
  if (!before) return true;
  if (before.text === ',' || kindAt(context, lower.first - 1) === DIGITS) return false;
  return !LABEL_BEFORE_DIGIT_PAIR.has(before.key);
}

/**
 * The upper bound of a rough range in digits (isDigitCommaPair): one digit token, one or two more than the lower, no
 * list going on after it (`3, 4, 5`), and a unit after it (`3, 4 nơi`; `điểm 3, 4` alone is a list).
 */
function isDigitCommaUpper(context: FigureContext, lower: FigureNumber, upper: FigureNumber): boolean {
  if (!upper.hasDigits || upper.scale !== 1 || upper.next !== upper.first + 1 || !Number.isInteger(upper.value)) return false;
  const step = upper.value - lower.value;
  if (step < 1 || step > 2) return false;
  const after = context.tokens[upper.next];
  if (after?.text === ',' || after?.key === 'và' || after?.key === 'hoặc') return false;
  const unit = readUnit(context, upper.next, digitPairUnit);
  return unit !== null && unit !== DATE_PART && unit.kind !== 'money';
}
const digitPairUnit = new UnitReading();

/** How readRangeUpper takes minus signs: none (every bound a magnitude), or with the lower bound's sign or not. */
export type RangeSigns = 'none' | 'lower-positive' | 'lower-negative';

/**
 * The upper bound after `lower`, from the connector at token `at` (a dash, `đến`, `tới`). With `signs` other than
 * `none`, the lower bound has a minus before it or not (`từ -18 đến -25 độ C`), the upper bound may have one after a
 * word link, and a range with a minus runs from the lower signed value to the higher, whatever order they come in.
 */
export function readRangeUpper(context: FigureContext, lower: FigureNumber, at: number, signs: RangeSigns = 'none'): RangeBound | null {
  const { tokens } = context;
  const connector = tokens[at];
  if (!connector) return null;
  const isDash = kindAt(context, at) === PUNCT && DASHES.has(connector.text);
  const isWordLink = isLowerWordAt(context, at) && (connector.key === 'đến' || connector.key === 'tới');
  // `năm, bảy lao động`, `hai, ba ngày`: two neighbouring number words with a comma are a rough range.
  const isWordCommaPair = connector.text === ',' && lower.singleWord !== null;
  // `3, 4 nơi`, `2, 3 ngày`: two small numbers in digits the same (see isDigitCommaPair).
  const isDigitPair = connector.text === ',' && !isWordCommaPair && isDigitCommaPair(context, lower, at);
  const isCommaPair = isWordCommaPair || isDigitPair;
  if (!isDash && !isWordLink && !isCommaPair) return null;
  // `từ 1 tháng đến dưới 6 tháng`: an upper bound left out of the range is still its bound (terms of deposit, ages).
  const below = isWordLink && isLowerWordAt(context, at + 1) && UPPER_BOUND_EXCLUDED.has(tokens[at + 1]?.key ?? '') ? 1 : 0;
  const lowerNegative = signs === 'lower-negative';
  const upperMinus = isWordLink && below === 0 && signs !== 'none' ? minusAfterLink(context, at + 1) : 0;
  const upper = readNumberAt(context, at + 1 + below + upperMinus, upperBound);
  if (!upper) return null;
  if ((lowerNegative || upperMinus > 0) && !upper.hasDigits) return null;
  if (isWordCommaPair && (upper.singleWord === null || upper.value - lower.value > 3 || upper.value <= lower.value)) return null;
  if (isDigitPair && !isDigitCommaUpper(context, lower, upper)) return null;
  // A dash glued on one side only is no range connector (`5 -7`); glued on both or spaced on both is.
  if (isDash && isGlued(context, at) !== isGlued(context, at + 1)) return null;
  // (`thắng 5-7 trận`: a unit after it makes it a range of games again.)
  if (isDash && isScore(context, lower.first) && readUnit(context, upper.next, scoreUnit) === null) return null;
  const afterUpper = tokens[upper.next];
  if (afterUpper && isGlued(context, upper.next) && kindAt(context, upper.next) === PUNCT && CODE_AFTER.has(afterUpper.text)) {
    // (A full stop then a line break ends the paragraph: `ở tuần 16 - 18.` and the next line.)
    if (isGlued(context, upper.next + 1) && kindAt(context, upper.next + 1) !== LINE_BREAK) return null;
  }
  if (isYearNumber(context, lower) && isYearNumber(context, upper)) return null;
  const scaledLower = scaledLike(lower, upper);
  const rule = isDash ? 'range-dash' : isCommaPair ? 'range-word-pair' : connector.key === 'đến' ? 'range-đến' : 'range-tới';
  if (lowerNegative || upperMinus > 0) {
    // Below zero a range is written either way (`từ -18 đến -25 độ C`, colder the further): its ends, in order.
    const first = lowerNegative ? -scaledLower : scaledLower;
    const second = upperMinus > 0 ? -upper.value : upper.value;
    if (first === second) return null;
    const min = Number(Math.min(first, second).toPrecision(15));
    return { upper, min, max: Math.max(first, second), signed: true, rule };
  }
  if (!(upper.value > scaledLower)) return null;
  return { upper, min: Number(scaledLower.toPrecision(15)), max: upper.value, signed: false, rule };
}

/**
 * The value of `first`, a number written without a scale before `second`, which has one: scaled like it where that
 * keeps it within ten times `second` (`2 – 3 triệu`: 2 triệu; `từ 1,5 lên 2 tỷ`: 1,5 tỷ; `500 – 2 nghìn` stays 500).
 * Not tidied (see tidyNumber).
 */
export function scaledLike(first: FigureNumber, second: FigureNumber): number {
  if (first.scale === 1 && second.scale > 1 && first.value * second.scale <= second.value * 10) return first.value * second.scale;
  return first.value;
}

/** What a number that a change starts from takes from the number it changes to. */
export interface ChangeStart {
  /** The unit of the number changed to. */
  readonly unit: FigureUnit;
  /** The number's value, scaled like the one changed to. */
  readonly value: number;
}

/** Words that carry a change from one number to another after `từ`: `từ 24 lên 30`, `từ 8 xuống 6%`. */
const CHANGE_LINKS: ReadonlySet<string> = new Set(['lên', 'xuống']);

/**
 * `từ 24 lên 30 đôi tàu`, `giảm từ 8 xuống 6%`, `từ 1,5 lên 2 tỷ đồng`: a number after `từ` that changes to another
 * number with a unit (a change, not a range: each end is a figure of its own) is counted in that unit. `opening` is
 * the number's first token as written, its sign's (`từ -2 xuống -5 độ C`). Null when `number` opens no change, or the
 * number it changes to has no unit.
 */
export function readChangeStart(context: FigureContext, number: FigureNumber, opening: number): ChangeStart | null {
  const { tokens } = context;
  if (tokens[opening - 1]?.key !== 'từ' || !isWordAt(context, opening - 1) || isGlued(context, opening)) return null;
  const link = tokens[number.next];
  if (!link || !isLowerWordAt(context, number.next) || !CHANGE_LINKS.has(link.key) || isGlued(context, number.next)) return null;
  // `giảm từ 6 xuống còn 3 lần tiêm`: `còn` ("left") after the link.
  const linked = tokens[number.next + 1]?.key === 'còn' && isLowerWordAt(context, number.next + 1) ? number.next + 2 : number.next + 1;
  // `tăng từ 12.400 lên khoảng 15 nghìn sinh viên`: a one-word qualifier of the number changed to (its own figure's)
  const to = isLowerWordAt(context, linked) && qualifierBefore(context, linked + 1)?.first === linked ? linked + 1 : linked;
  if (isGlued(context, to)) return null;
  // The number changed to, after its sign if it has one (`xuống -5 độ C`).
  const signed = MINUS_SIGNS.has(tokens[to]?.text ?? '') && isGlued(context, to + 1);
  const changedTo = readNumberAt(context, signed ? to + 1 : to, changedToNumber);
  if (!changedTo) return null;
  const unit = readUnit(context, changedTo.next, changedToUnit);
  if (unit === null || unit === DATE_PART) return null;
  const value = Number(scaledLike(number, changedTo).toPrecision(15));
  // A lone number word that does not rise after `lên` (fall after `xuống`) is no number: `từ năm lên 3 tuổi` is the
  // year one turned three.
  if (number.singleWord !== null && (link.key === 'lên' ? value >= changedTo.value : value <= changedTo.value)) return null;
  return { unit, value };
}
