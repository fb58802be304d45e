// A number at a token: digits, number words or both, through the shared grammar (extractors/shared/number-words.ts)
// read over the figures' own tokens, plus digits glued to a scale or unit (`5tr`, `200.000đ`, `10km`), which the
// shared grammar leaves alone.
import {
  isLetterOrDigitAt,
  MAX_NUMBER_TOKENS,
  NUMBER_WORD_KEYS,
  parseDigitNumber,
  parseNumberTokens,
  tidyNumber,
  type NumberTokens,
} from '../shared/numbers.js';
import { GLUED_UNITS } from './lexicon.js';
import type { FigureContext, FigureToken } from './tokens.js';

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
  const { tokens } = context;
  const token = tokens[index];
  if (!token || (token.kind !== 'digits' && token.kind !== 'word')) return null;
  const after = tokens[index + 1];
  if (token.kind === 'digits' && after?.glued && after.kind === 'word') {
    // Letters glued to digits: a scale (`5tr`), a unit (`10km`, `200.000đ`) or a code (`5S`, `WG1`, `8h30`).
    const value = parseDigitNumber(token.text);
    if (value === null) return null;
    const scale = GLUED_SCALES.get(after.key);
    if (scale !== undefined) {
      return { value: tidyNumber(value * scale), scale, first: index, next: index + 2, hasDigits: true, words: [] };
    }
    // One-letter units are lower case (`5g`, `3m`); `5G`, `3D` are names.
    if (!GLUED_UNITS.has(after.key) || (after.text.length === 1 && after.text !== after.key)) return null;
    const beyond = tokens[index + 2];
    if (beyond?.glued && (beyond.kind === 'word' || beyond.kind === 'digits')) return null;
    return { value, scale: 1, first: index, next: index + 1, hasDigits: true, words: [] };
  }
  const spaced = readSpaceGroupedNumber(context, index);
  if (spaced) return spaced;
  if (token.kind === 'word' && !NUMBER_WORD_KEYS.has(token.key)) return null;
  const numberTokens = numberTokensFrom(context, index);
  const parsed = parseNumberTokens(numberTokens);
  if (!parsed) return null;
  const next = index + parsed.count;
  let hasDigits = false;
  const words: string[] = [];
  for (let at = index; at < next; at += 1) {
    const read = tokens[at];
    if (read?.kind === 'digits') hasDigits = true;
    else if (read) words.push(read.key);
  }
  return {
    value: tidyNumber(parsed.value),
    scale: parsed.scale,
    first: index,
    next,
    hasDigits,
    words: hasDigits ? [] : words,
  };
}

/**
 * The figure tokens from `first` that may make one number, as the shared grammar wants them: digits or number words,
 * apart from letters and digits on either side, with only spaces or tabs between them (`hai mươi`, not `hai\nmươi`).
 */
function numberTokensFrom(context: FigureContext, first: number): NumberTokens {
  const { tokens, text } = context;
  const firstToken = tokens[first];
  if (!firstToken || firstToken.start > 0 && isLetterOrDigitAt(text, firstToken.start - 1)) return { at: () => undefined };
  let known = 0;
  let finished = false;
  return {
    at(index: number): FigureToken | undefined {
      while (!finished && known <= index && known < MAX_NUMBER_TOKENS) {
        const token = tokens[first + known];
        if (!token || !isNumberToken(context, token) || (known > 0 && !spacedOnly(text, tokens[first + known - 1], token))) {
          finished = true;
          break;
        }
        known += 1;
      }
      return index < known ? tokens[first + index] : undefined;
    },
  };
}

/** Digits or a number word, with no letter or digit glued after it (`5S`, `hai2`, `1.5²` are no number tokens). */
function isNumberToken(context: FigureContext, token: FigureToken): boolean {
  if (token.kind === 'word') {
    if (!NUMBER_WORD_KEYS.has(token.key)) return false;
  } else if (token.kind !== 'digits') return false;
  return !isLetterOrDigitAt(context.text, token.end);
}

/** Only spaces and tabs (at least one) between two tokens. */
function spacedOnly(text: string, before: FigureToken | undefined, token: FigureToken): boolean {
  if (!before || before.end >= token.start) return false;
  for (let at = before.end; at < token.start; at += 1) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
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
