// A number at a token: digits, number words or both, through the shared parser (extractors/shared/numbers.ts), plus
// digits glued to a scale or unit (`5tr`, `200.000đ`, `10km`), which the shared parser leaves alone.
import { parseDigitNumber, readVietnameseNumberAt } from '../shared/numbers.js';
import { GLUED_UNITS } from './lexicon.js';
import type { FigureContext } from './tokens.js';

export interface FigureNumber {
  readonly value: number;
  /** The largest scale word read (1 when none): `1,5 tỷ` → 1e9. */
  readonly scale: number;
  /** First token of the number. */
  readonly first: number;
  /** Token after the number. */
  readonly next: number;
  readonly hasDigits: boolean;
  /** Lower-cased syllables read (empty for digits). */
  readonly words: readonly string[];
}

const GLUED_SCALES: ReadonlyMap<string, number> = new Map([
  ['tr', 1e6], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9], ['k', 1e3],
]);

export function readNumberAt(context: FigureContext, index: number): FigureNumber | null {
  const { tokens, text } = context;
  const token = tokens[index];
  if (!token || (token.kind !== 'digits' && token.kind !== 'word')) return null;
  const after = tokens[index + 1];
  if (token.kind === 'digits' && after?.glued && after.kind === 'word') {
    // Letters glued to digits: a scale (`5tr`), a unit (`10km`, `200.000đ`) or a code (`5S`, `WG1`, `8h30`).
    const value = parseDigitNumber(token.text);
    if (value === null) return null;
    const scale = GLUED_SCALES.get(after.key);
    if (scale !== undefined) {
      return { value: tidy(value * scale), scale, first: index, next: index + 2, hasDigits: true, words: [] };
    }
    // One-letter units are lower case (`5g`, `3m`); `5G`, `3D` are names.
    if (!GLUED_UNITS.has(after.key) || (after.text.length === 1 && after.text !== after.key)) return null;
    const beyond = tokens[index + 2];
    if (beyond?.glued && (beyond.kind === 'word' || beyond.kind === 'digits')) return null;
    return { value, scale: 1, first: index, next: index + 1, hasDigits: true, words: [] };
  }
  const spaced = readSpaceGroupedNumber(context, index);
  if (spaced) return spaced;
  const reading = readVietnameseNumberAt(text, token.start);
  if (!reading) return null;
  let next = index;
  while (next < tokens.length && (tokens[next]?.end ?? Infinity) <= reading.end) next += 1;
  return {
    value: reading.value,
    scale: reading.scale,
    first: index,
    next,
    hasDigits: reading.hasDigits,
    words: reading.hasDigits ? [] : reading.words,
  };
}

/**
 * Thousands grouped by spaces: `2 000 000`, `15 500`. Every group after the first is three digits and no digits
 * follow the last, so phone numbers (`091 234 5678`, `1900 1234`) are not read as one number.
 */
function readSpaceGroupedNumber(context: FigureContext, index: number): FigureNumber | null {
  const { tokens } = context;
  const first = tokens[index];
  if (first?.kind !== 'digits' || !/^[1-9]\d{0,2}$/u.test(first.text) || tokens[index - 1]?.kind === 'digits') return null;
  let next = index + 1;
  let digits = first.text;
  for (let group = tokens[next]; group?.kind === 'digits' && !group.glued && /^\d{3}$/u.test(group.text); group = tokens[next]) {
    digits += group.text;
    next += 1;
  }
  const after = tokens[next];
  if (next === index + 1 || after?.kind === 'digits' || (after?.glued && after.kind !== 'punct')) return null;
  if (after?.glued && /^[.,/:\-]$/u.test(after.text) && tokens[next + 1]?.glued) return null;
  return { value: Number(digits), scale: 1, first: index, next, hasDigits: true, words: [] };
}

function tidy(value: number): number {
  return Number(value.toPrecision(15));
}
