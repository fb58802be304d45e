// An acronym in brackets between the head of the name before and the words that end it: `Ban Quản lý dự án đường
// sắt (Ban QLDA đường sắt)`, `Sở Giao thông vận tải TP.HCM (Sở GTVT TP.HCM)`, `Bộ Khoa học và Công nghệ (Bộ
// KH&CN)`. The bracket repeats the name with its middle abbreviated, so the acronym stands for the middle alone
// (`QLDA` ← `Quản lý dự án`, `GTVT` ← `Giao thông vận tải`): its initials must spell the words between the same
// head and the same tail. Else the acronym may stand for the words right after the head, the name going on in plain
// words (`Ban Quản lý dự án đầu tư xây dựng công trình giao thông (Ban QLDA)`: `QLDA` ← `Quản lý dự án`), which hold
// the bracket's tail, if any, further on (`... công trình giao thông thành phố (Ban QLDA Giao thông)`).
// `Ông Tuấn (ĐH Huế)`, `Bộ Y tế (Bộ GTVT)` are none.
import type { Token } from '../../input/tokens.js';
import { acronymLetters, joinsNameParts, matchInitialsBackward, matchInitialsForward } from './initials.js';

/** Most words of a head before the acronym (`Ban`, `Tổng cục`, `Ủy ban nhân dân`) and of a tail after it. */
const MAX_HEAD_WORDS = 3;
const MAX_TAIL_WORDS = 4;
/** Most words of a name before the bracket in which the head is looked for, when the acronym ends before the name does. */
const MAX_NAME_WORDS = 24;

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
  let tailEndsName = true;
  for (let offset = 0; offset < tailWords; offset += 1) {
    const tailWord = inside[inside.length - 1 - offset];
    if (!tailWord?.isWord) return null;
    if (tokens[last - offset]?.key !== tailWord.key) tailEndsName = false;
  }
  const letters = acronymLetters(acronym.text);
  if (!letters) return null;
  if (tailEndsName) {
    const middleLast = last - tailWords;
    const first = matchInitialsBackward(tokens, middleLast, letters);
    if (first >= headWords && headAt(tokens, first - headWords, inside, headWords)) return { acronym, first, last: middleLast };
    // `Công ty TNHH MTV Khai thác công trình thủy lợi X (Công ty KTCTTL X)`: the company's legal form, in acronyms
    // between the head and the middle, is left out of the bracket too.
    const formWords = legalFormWordsBefore(tokens, first);
    if (formWords > 0 && first - formWords >= headWords && headAt(tokens, first - formWords - headWords, inside, headWords)) {
      return { acronym, first, last: middleLast };
    }
  }
  // `Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh (Ban QLDA tỉnh)`, `... công trình giao thông
  // thành phố (Ban QLDA Giao thông)`: the acronym spells the words right after the head, and the tail keeps words the
  // name holds further on, the rest left out.
  const after = acronymAfterHead(tokens, last, inside, headWords, acronym, letters);
  return after !== null && tailHeldBetween(tokens, after.last + 1, last, inside.slice(headWords + 1)) ? after : null;
}

/** Marks inside a name that are no words: a dash joining its fields, a dot of an abbreviated place (`TP.HCM`). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['-', '–', '.']);

/** Most acronyms of a company's legal form between its head and its name (`TNHH MTV`, `CP`). */
const MAX_LEGAL_FORM_WORDS = 2;

/**
 * The number of acronyms (a legal form: `TNHH MTV`, `CP`) right before token `first`, on its line, up to two; 0 where
 * none, or where `first` is -1.
 */
function legalFormWordsBefore(tokens: readonly Token[], first: number): number {
  if (first < 1) return 0;
  let count = 0;
  while (count < MAX_LEGAL_FORM_WORDS && tokens[first - count - 1]?.acronymLike === true && !tokens[first - count]?.breakBefore) count += 1;
  return count;
}

/** The words of `tail` stand together, in order, among the tokens from `from` to `last`; an empty tail always does. */
function tailHeldBetween(tokens: readonly Token[], from: number, last: number, tail: readonly Token[]): boolean {
  if (tail.length === 0) return true;
  for (let start = from; start + tail.length - 1 <= last; start += 1) {
    let held = true;
    for (let word = 0; word < tail.length && held; word += 1) held = tokens[start + word]?.key === tail[word]?.key;
    if (held) return true;
  }
  return false;
}

/** The tokens from `at` are the head's words, the first `headWords` of `inside`. */
function headAt(tokens: readonly Token[], at: number, inside: readonly Token[], headWords: number): boolean {
  if (at < 0) return false;
  for (let offset = 0; offset < headWords; offset += 1) {
    if (tokens[at + offset]?.key !== inside[offset]?.key) return false;
  }
  return true;
}

/**
 * The head found going back from `last` over the words of one line, and the acronym's letters spelled by the words
 * right after it, ending at or before `last`; null when not so.
 */
function acronymAfterHead(
  tokens: readonly Token[],
  last: number,
  inside: readonly Token[],
  headWords: number,
  acronym: Token,
  letters: readonly string[],
): AcronymBetweenHeadAndTail | null {
  for (let at = last - headWords; at >= 0 && last - at < MAX_NAME_WORDS; at -= 1) {
    const token = tokens[at];
    // `Lao động - Thương binh`: a dash joining a name's fields; `TP.HCM`: a place's dot; `Văn hóa, Thể thao`: a comma
    // before a field's capital, as the initials pass over it (asked only of a token that is no word).
    if (!token?.isWord && !(token !== undefined && (NAME_JOINERS.has(token.text) || joinsNameParts(tokens, at)))) return null;
    if (headAt(tokens, at, inside, headWords)) {
      const end = matchInitialsForward(tokens, at + headWords, letters);
      return end > at + headWords && end - 1 <= last ? { acronym, first: at + headWords, last: end - 1 } : null;
    }
    if (tokens[at + 1]?.breakBefore) return null;
  }
  return null;
}
