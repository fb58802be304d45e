// An English acronym after a head and lower-case qualifiers listed with commas and `và`, one qualifier a letter:
// `khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)` (illegal, unreported, unregulated
// fishing). The Vietnamese translates each qualifier, so the initials do not show, but the count does. The long form
// runs back over the head to a small word that ends a phrase (`chống`, `về`, `các`). Never fewer than three items,
// nor a list whose count is not the letters', nor one across a line.
import type { Token } from '../../input/tokens.js';
import { foldKey } from '../shared/vietnamese.js';
import { LONG_FORM_BOUNDARY_KEYS } from './lexicon.js';

/** Most words of one listed item (`không theo quy định`). */
const MAX_ITEM_WORDS = 4;
/** Most words of the head and the first item together (`khai thác hải sản bất hợp pháp`). */
const MAX_HEAD_WORDS = 8;
/** Words that open a negated item (`không báo cáo`) though they end a phrase elsewhere. */
const ITEM_OPENERS: ReadonlySet<string> = new Set(['không', 'chưa', 'thiếu'].map(foldKey));
/** Verbs before the thing the acronym names, which end its long form (`chống khai thác ...`). */
const VERBS_BEFORE_HEAD: ReadonlySet<string> = new Set(['chống', 'phòng chống', 'ngăn chặn', 'xóa bỏ'].map(foldKey));

/** A word of a listed item: lower case, on the line, no `và` (`theo` of `không theo quy định` is one). */
function isItemWord(token: Token | undefined): boolean {
  return token !== undefined && token.lower && !token.breakBefore && token.key !== 'và';
}

/** The first word of a listed item: no small word that ends a phrase, but for a negation (`không báo cáo`). */
function opensItem(token: Token | undefined): boolean {
  return token !== undefined && (!LONG_FORM_BOUNDARY_KEYS.has(token.key) || ITEM_OPENERS.has(token.key));
}

/**
 * Nouns of what a thing costs (`chi phí`, `kinh phí`), before the things listed: `chi phí | đo đạc, báo cáo và thẩm định
 * (MRV)` is the cost of the three, which the acronym names; the cost is no part of its long form. Keys of two words.
 */
const COST_NOUN_KEYS: ReadonlySet<string> = new Set(['chi phí', 'kinh phí', 'lệ phí', 'giá thành'].map(foldKey));

/** A cost noun ends at token `index`. */
function endsCostNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  return token !== undefined && previous !== undefined && COST_NOUN_KEYS.has(`${previous.key} ${token.key}`);
}

function isHeadWord(token: Token | undefined): boolean {
  return token !== undefined && token.lower && !LONG_FORM_BOUNDARY_KEYS.has(token.key) && !VERBS_BEFORE_HEAD.has(token.key);
}

/** The first token of a head and `letterCount` items listed with commas then `và`, ending at token `last`, or -1. */
export function commaListedItemsBefore(tokens: readonly Token[], last: number, letterCount: number): number {
  if (letterCount < 3) return -1;
  let index = last;
  let items = 0;
  let joinedByAnd = false;
  for (;;) {
    // One item, going left, up to a comma or `và`.
    let words = 0;
    while (words < MAX_ITEM_WORDS && isItemWord(tokens[index - words])) words += 1;
    if (words === 0) return -1;
    const joiner = tokens[index - words];
    if ((joiner?.key === 'và' || joiner?.text === ',') && !opensItem(tokens[index - words + 1])) return -1;
    const isAnd = joiner?.key === 'và' && !joiner.breakBefore;
    const isComma = joiner?.text === ',' && !joiner.breakBefore;
    if (!isAnd && !isComma) break;
    if (isAnd) {
      // `và` joins only the last item.
      if (items > 0) return -1;
      joinedByAnd = true;
    } else if (!joinedByAnd) return -1;
    items += 1;
    if (items >= letterCount) return -1;
    index -= words + 1;
  }
  // The first item and the head before it, back to a word that ends the phrase.
  let first = index;
  while (index - first < MAX_HEAD_WORDS && isHeadWord(tokens[first]) && !tokens[first]?.breakBefore && isHeadWord(tokens[first - 1]) && !endsCostNoun(tokens, first - 1)) first -= 1;
  if (!isHeadWord(tokens[first])) return -1;
  return items + 1 === letterCount && index - first >= 1 ? first : -1;
}
