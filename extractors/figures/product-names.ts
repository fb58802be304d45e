// A product named by its parts: `vắc xin 5 trong 1`, `thuốc 3 trong 1`, `máy in 4 trong 1`, `dầu gội 2 trong 1`.
// The `N trong 1` after a product's noun is its name ("N in one"), no figure: neither N nor the one it is in.
import { DIGITS, isGlued, isLowerWordAt, kindAt, type FigureContext } from './tokens.js';

/**
 * Nouns of products (the last syllable, lower case) whose name may be `N trong 1`: `vắc xin`, `thuốc`, `loại`, `máy`
 * (`máy in`, `máy giặt`: the word after `máy` is taken too), `sản phẩm`, `gói`, `dòng`, `mẫu`, `bộ`.
 */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'vaccine', 'thuốc', 'loại', 'máy', 'gói', 'dòng', 'mẫu', 'bộ', 'combo', 'kem', 'sữa', 'bột', 'cáp',
]);
/** Two-word product nouns, by their last syllable: `vắc xin`, `sản phẩm`, `dầu gội`, `cà phê`, `thiết bị`. */
const PRODUCT_NOUN_PAIRS: ReadonlyMap<string, string> = new Map([
  ['xin', 'vắc'], ['phẩm', 'sản'], ['gội', 'dầu'], ['phê', 'cà'], ['bị', 'thiết'],
]);

/**
 * Whether the number at `first` (ending before `next`, a single number from 2 to 9) opens a product's name `N trong 1`
 * after a product's noun. Returns the first token of that noun, or -1.
 */
export function productNounBeforeName(context: FigureContext, first: number, next: number, value: number): number {
  if (next !== first + 1 || !Number.isInteger(value) || value < 2 || value > 9) return -1;
  const { tokens } = context;
  if (tokens[next]?.key !== 'trong' || !isLowerWordAt(context, next)) return -1;
  const one = tokens[next + 1];
  if (!one || (one.key !== 'một' && !(one.text === '1' && kindAt(context, next + 1) === DIGITS))) return -1;
  // `5 trong 1/3`, `3 trong 1.000`: a number goes on, no name.
  if (isGlued(context, next + 2) && kindAt(context, next + 2) === DIGITS) return -1;
  return productNounEndingAt(context, first - 1);
}

/** The first token of the product's noun ending at token `last` (`vắc xin`, `máy`, `máy in`), or -1. */
function productNounEndingAt(context: FigureContext, last: number): number {
  const { tokens } = context;
  const word = tokens[last];
  if (!word || !isLowerWordAt(context, last)) return -1;
  if (PRODUCT_NOUNS.has(word.key)) return last;
  const pairFirst = PRODUCT_NOUN_PAIRS.get(word.key);
  if (pairFirst !== undefined && tokens[last - 1]?.key === pairFirst) return last - 1;
  // `vắc-xin 6 trong 1`: the pair written with a hyphen.
  if (pairFirst !== undefined && tokens[last - 1]?.text === '-' && tokens[last - 2]?.key === pairFirst) return last - 2;
  // `máy in 4 trong 1`, `máy lọc 3 trong 1`: the kind of machine after `máy`.
  if (tokens[last - 1]?.key === 'máy' && isLowerWordAt(context, last - 1)) return last - 1;
  return -1;
}
