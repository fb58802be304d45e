// An acronym in brackets between the head of the name before and the words that end it: `Ban Quản lý dự án đường
// sắt (Ban QLDA đường sắt)`, `Sở Giao thông vận tải TP.HCM (Sở GTVT TP.HCM)`, `Bộ Khoa học và Công nghệ (Bộ
// KH&CN)`. The bracket repeats the name with its middle abbreviated, so the acronym stands for the middle alone
// (`QLDA` ← `Quản lý dự án`, `GTVT` ← `Giao thông vận tải`): its initials must spell the words between the same
// head and the same tail. `Ông Tuấn (ĐH Huế)`, `Bộ Y tế (Bộ GTVT)` are none.
import type { Token } from '../../input/tokens.js';
import { acronymLetters, matchInitialsBackward } from './initials.js';

/** Most words of a head before the acronym (`Ban`, `Tổng cục`, `Ủy ban nhân dân`) and of a tail after it. */
const MAX_HEAD_WORDS = 3;
const MAX_TAIL_WORDS = 4;

export interface AcronymBetweenHeadAndTail {
  /** The acronym's token, inside the bracket. */
  readonly acronym: Token;
  /** The first and last tokens of the words it stands for, before the bracket. */
  readonly first: number;
  readonly last: number;
}

/**
 * The acronym of a bracket `inside` made of a head, an acronym and a tail, with the words it abbreviates in the
 * name that ends at token `last`; null when the bracket is not one or the name does not have the same head and tail.
 */
export function acronymBetweenHeadAndTail(tokens: readonly Token[], last: number, inside: readonly Token[]): AcronymBetweenHeadAndTail | null {
  let headWords = 0;
  while (headWords < inside.length && headWords <= MAX_HEAD_WORDS && !inside[headWords]?.acronymLike) {
    const word = inside[headWords];
    if (!word?.isWord || (headWords === 0 && !word.capitalized)) return null;
    headWords += 1;
  }
  const acronym = inside[headWords];
  const tailWords = inside.length - headWords - 1;
  if (headWords === 0 || !acronym?.acronymLike || tailWords > MAX_TAIL_WORDS) return null;
  for (let offset = 0; offset < tailWords; offset += 1) {
    const tailWord = inside[inside.length - 1 - offset];
    if (!tailWord?.isWord || tokens[last - offset]?.key !== tailWord.key) return null;
  }
  const letters = acronymLetters(acronym.text);
  if (!letters) return null;
  const middleLast = last - tailWords;
  const first = matchInitialsBackward(tokens, middleLast, letters);
  if (first < headWords) return null;
  for (let offset = 0; offset < headWords; offset += 1) {
    if (tokens[first - headWords + offset]?.key !== inside[offset]?.key) return null;
  }
  return { acronym, first, last: middleLast };
}
