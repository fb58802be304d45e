// An English acronym after lower-case items joined by dashes, one letter an item: `vắc xin sởi – rubella (MR)`
// (measles–rubella), `bạch hầu – ho gà – uốn ván (DPT)`, `sởi-rubella (MR)`. The Vietnamese translates each item, so
// the initials do not show, but the count does. The first item has no dash before it to end it: it takes as many
// words as the shortest of the others (`sởi`, not `vắc xin sởi`). Never a range of numbers (`5 – 7`), names
// (`Hà Nội – Hải Phòng`), a code (`covid-19`) nor items fewer or more than the letters.
import type { Token } from '../../input/tokens.js';
import { LONG_FORM_BOUNDARY_KEYS } from './lexicon.js';

/** Most words of one item (`bạch hầu`, `viêm gan`, `tay chân miệng`). */
const MAX_ITEM_WORDS = 3;

/** Lower-case letters joined by hyphens inside one word: `sởi-rubella`. */
const HYPHENATED_LETTERS = /^\p{Ll}+(?:-\p{Ll}+)+$/u;

function isDash(token: Token | undefined): boolean {
  return token !== undefined && !token.breakBefore && (token.text === '–' || token.text === '-' || token.text === '—');
}

function isItemWord(token: Token | undefined): boolean {
  return token !== undefined && token.lower && !LONG_FORM_BOUNDARY_KEYS.has(token.key);
}

/** Items a word holds: `sởi-rubella` is two, `covid-19` one. */
function itemsInWord(token: Token | undefined): number {
  if (!token || !HYPHENATED_LETTERS.test(token.text)) return 1;
  return token.text.split('-').length;
}

/** Items one item's words hold: one, and one more for each hyphen between letters (`vắc xin sởi-rubella`). */
function itemsInWords(tokens: readonly Token[], first: number, last: number): number {
  let items = 1;
  for (let index = first; index <= last; index += 1) items += itemsInWord(tokens[index]) - 1;
  return items;
}

/** The first token of dash-joined items ending at token `last`, as many as `letterCount`, or -1. */
export function dashJoinedItemsBefore(tokens: readonly Token[], last: number, letterCount: number): number {
  let items = 0;
  let shortestItem = MAX_ITEM_WORDS;
  let closedItems = 0;
  let itemLast = last;
  for (;;) {
    // Up to an item's worth of words on one line, going left.
    let words = 0;
    while (words < MAX_ITEM_WORDS && isItemWord(tokens[itemLast - words]) && (words === 0 || !tokens[itemLast - words + 1]?.breakBefore)) words += 1;
    if (words === 0) return -1;
    const itemFirst = itemLast - words + 1;
    if (isDash(tokens[itemFirst - 1]) && !tokens[itemFirst]?.breakBefore) {
      // A dash ends this item on the left: another item comes before it.
      items += itemsInWords(tokens, itemFirst, itemLast);
      shortestItem = Math.min(shortestItem, words);
      closedItems += 1;
      // More items than letters already: no need to read further back.
      if (closedItems >= letterCount) return -1;
      itemLast = itemFirst - 2;
      continue;
    }
    if (closedItems === 0) {
      // No dash at all: one word with hyphens inside (`sởi-rubella`).
      const inWord = itemsInWord(tokens[last]);
      return inWord >= 2 && inWord === letterCount ? last : -1;
    }
    // The first item: no dash before it to say where it starts.
    const first = itemLast - Math.min(words, shortestItem) + 1;
    items += itemsInWords(tokens, first, itemLast);
    return items === letterCount ? first : -1;
  }
}
