// Two acronyms joined by a slash in brackets after one long form: `Hiệp định Đối tác tự nguyện về thực thi luật lâm
// nghiệp, quản trị rừng và thương mại lâm sản (VPA/FLEGT)`. The pair is one short form (the agreement `VPA` under
// the `FLEGT` plan), English in both parts, so no initials spell it: its long form is the document named before the
// bracket, from its head (`Hiệp định`, `Chương trình`, `Kế hoạch`) over the words that run on in lower case.
import type { Token } from '../../input/tokens.js';
import { DOCUMENT_HEAD_PHRASES, LONG_FORM_BOUNDARY_KEYS } from './lexicon.js';

/** Most words of the document's name, head and all. */
const MAX_NAME_WORDS = 24;
/** Small words a document's name runs on with (`về thực thi ... và thương mại`), though they end other phrases. */
const NAME_CONNECTOR_KEYS: ReadonlySet<string> = new Set(['về', 'và', 'của', 'cho', 'trong', 'các']);

export interface SlashJoined {
  /** The short form as written: `VPA/FLEGT`. */
  readonly short: string;
  /** The first token of the long form (its last is the one before the bracket). */
  readonly first: number;
}

/**
 * The pair of acronyms a bracket `inside` holds (`A/B`, the three tokens glued), and the document's name that ends
 * at token `last` before it; null when the bracket holds no such pair or no document's head opens the words before.
 */
export function slashJoinedBefore(tokens: readonly Token[], last: number, inside: readonly Token[]): SlashJoined | null {
  if (!isSlashJoinedPair(inside)) return null;
  const [left, , right] = inside as [Token, Token, Token];
  for (let index = last; index >= 0 && last - index < MAX_NAME_WORDS; index -= 1) {
    const token = tokens[index];
    if (!token) return null;
    if (token.isWord && token.capitalized) {
      const head = DOCUMENT_HEAD_PHRASES.longestAt(tokens, index, false, true);
      if (head && index < last) return { short: `${left.text}/${right.text}`, first: index };
    }
    if (token.breakBefore) return null;
    if (!token.isWord) {
      if (token.text !== ',' || index === last) return null;
      continue;
    }
    if (token.lower && LONG_FORM_BOUNDARY_KEYS.has(token.key) && !NAME_CONNECTOR_KEYS.has(token.key)) return null;
  }
  return null;
}

/**
 * The bracket holds two acronyms glued by a slash (`VPA/FLEGT`, `USD/VND`): one short form or a pair of units, never
 * the second acronym alone.
 */
export function isSlashJoinedPair(inside: readonly Token[]): boolean {
  if (inside.length !== 3) return false;
  const [left, slash, right] = inside as [Token, Token, Token];
  return left.acronymLike && right.acronymLike && slash.text === '/' && slash.start === left.end && right.start === slash.end;
}
