// Ranges: `5 – 7 người`, `5-7%`, `năm, bảy lao động`, `từ 20 đến 25 chuyên gia`, `từ 5% đến 15%`, `2 – 3 triệu đồng` (the scale of the
// upper bound applies to the lower one). `2021–2025` is a date range, `10-11/12/2020` a date: never figures.
import { isYearNumber } from './codes.js';
import { readNumberAt, type FigureNumber } from './numbers-at.js';
import { isGlued, isLowerWordAt, kindAt, PUNCT, type FigureContext } from './tokens.js';

const DASHES = new Set(['-', '–', '—', '~']);
const CODE_AFTER = new Set(['/', '-', '–', ':', '.', '_', '+']);

export interface RangeBound {
  readonly upper: FigureNumber;
  /** The lower bound's value, scaled like the upper one where it was written without a scale. */
  readonly min: number;
  readonly rule: string;
}

/** The upper bound after `lower`, from the connector at token `at` (a dash, `đến`, `tới`). */
export function readRangeUpper(context: FigureContext, lower: FigureNumber, at: number): RangeBound | null {
  const { tokens } = context;
  const connector = tokens[at];
  if (!connector) return null;
  const isDash = kindAt(context, at) === PUNCT && DASHES.has(connector.text);
  const isWordLink = isLowerWordAt(context, at) && (connector.key === 'đến' || connector.key === 'tới');
  // `năm, bảy lao động`, `hai, ba ngày`: two neighbouring number words with a comma are a rough range.
  const isCommaPair = connector.text === ',' && lower.singleWord !== null;
  if (!isDash && !isWordLink && !isCommaPair) return null;
  const upper = readNumberAt(context, at + 1);
  if (!upper) return null;
  if (isCommaPair && (upper.singleWord === null || upper.value - lower.value > 3 || upper.value <= lower.value)) return null;
  // A dash glued on one side only is no range connector (`5 -7`); glued on both or spaced on both is.
  if (isDash && isGlued(context, at) !== isGlued(context, at + 1)) return null;
  const afterUpper = tokens[upper.next];
  if (afterUpper && isGlued(context, upper.next) && kindAt(context, upper.next) === PUNCT && CODE_AFTER.has(afterUpper.text)) {
    if (isGlued(context, upper.next + 1)) return null;
  }
  if (isYearNumber(context, lower) && isYearNumber(context, upper)) return null;
  let min = lower.value;
  if (lower.scale === 1 && upper.scale > 1 && lower.value * upper.scale <= upper.value * 10) min = lower.value * upper.scale;
  if (!(upper.value > min)) return null;
  return { upper, min: Number(min.toPrecision(15)), rule: isDash ? 'range-dash' : isCommaPair ? 'range-word-pair' : `range-${connector.key}` };
}
