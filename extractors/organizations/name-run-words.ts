// The word-level tests a name run makes as it goes: heads, field words, places, titles, proper words that may go
// on a name, a list inside a name after a comma, lower-case words a proper word closes, a person's name starting.
// Used by name-runs.ts, one token position at a time.
import { mayStartPlaceAtWordKey, placeAt } from '../shared/places.js';
import {
  FAMILY_NAME_KEYS,
  NAME_BREAKING_PHRASES,
  NAME_CONNECTOR_KEYS,
  NAME_STOP_WORD_KEYS,
  NAME_TAIL_PHRASES,
  NAME_VERBAL_TAIL_PHRASES,
  NON_ORGANIZATION_HEAD_PHRASES,
  ORGANIZATION_HEAD_PHRASES,
  TITLE_PHRASES,
} from './lexicon.js';
import type { PhraseLexicon } from './phrase-lexicon.js';
import type { Token } from '../../input/tokens.js';

export type NameRunKind = 'organization' | 'other';

export interface HeadMatch {
  readonly next: number;
  readonly kind: NameRunKind;
  readonly key: string;
}

/** Most lower-case words a name runs through before a proper word closes it (`Kiểm soát bệnh tật Hà Nội`). */
const MAX_LOWER_WORDS_BEFORE_CLOSE = 3;

/** First words of every head, of organizations or not: most capitalized words are refused in one lookup. */
const HEAD_FIRST_WORD_KEYS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_HEAD_PHRASES.firstWords(),
  ...NON_ORGANIZATION_HEAD_PHRASES.firstWords(),
]);

export function matchHead(tokens: readonly Token[], index: number): HeadMatch | null {
  const first = tokens[index];
  if (!first || !(first.capitalized || first.acronymLike) || !HEAD_FIRST_WORD_KEYS.has(first.key)) return null;
  const organization = ORGANIZATION_HEAD_PHRASES.longestAt(tokens, index);
  const other = NON_ORGANIZATION_HEAD_PHRASES.longestAt(tokens, index);
  if (organization === null && other === null) return null;
  // The longer head wins, an organization's on a tie; its key is the words' keys joined, as the lexicon has it.
  const head = organization !== null && (other === null || organization.words >= other.words) ? organization : other;
  if (head === null) return null;
  return { next: index + head.words, kind: head === organization ? 'organization' : 'other', key: head.key };
}

/** Length in tokens of a lexicon phrase in lower-case words starting at `index`, or 0. */
export function lexiconMatchLength(tokens: readonly Token[], index: number, phrases: PhraseLexicon): number {
  return phrases.matchLength(tokens, index, true);
}

/**
 * Length in tokens of field words starting at `index` (`trí tuệ`, `công nghệ quốc gia`), 0 when none: a verbal
 * one (`đổi mới`) counts only when a plain field word follows it.
 */
export function fieldWordsLength(tokens: readonly Token[], index: number): number {
  let position = index;
  let accepted = index;
  while (position < tokens.length) {
    const noun = lexiconMatchLength(tokens, position, NAME_TAIL_PHRASES);
    if (noun > 0) {
      position += noun;
      accepted = position;
      continue;
    }
    const verbal = lexiconMatchLength(tokens, position, NAME_VERBAL_TAIL_PHRASES);
    if (verbal === 0) break;
    position += verbal;
  }
  return accepted - index;
}

/** One past the last token a place starting at `index` covers, or -1. */
export function placeEndToken(text: string, tokens: readonly Token[], index: number): number {
  let ends = placeEndsByTokens.get(tokens);
  if (!ends) {
    ends = new Int32Array(tokens.length).fill(UNKNOWN_PLACE_END);
    placeEndsByTokens.set(tokens, ends);
  }
  const known = ends[index];
  if (known !== undefined && known !== UNKNOWN_PLACE_END) return known;
  const end = findPlaceEndToken(text, tokens, index);
  if (index < ends.length) ends[index] = end;
  return end;
}

/** Place ends already found, per token list (one text each) and token; name runs ask about one token many times. */
const placeEndsByTokens = new WeakMap<readonly Token[], Int32Array>();
const UNKNOWN_PLACE_END = -2;

function findPlaceEndToken(text: string, tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (!token || !token.isWord || !mayStartPlaceAtWordKey(token.key)) return -1;
  const place = placeAt(text, token.start);
  if (!place) return -1;
  // A lower-case prefix alone (`tỉnh` before a lower-case word) is no place; the name part must be proper.
  let end = index;
  while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= place.end) end += 1;
  return end > index && tokens[end - 1]?.end === place.end ? end : -1;
}

/** A title or honorific starts at `index` (`Thứ trưởng`, `Ông`, `TS.`): a name never runs into one. */
export function isTitleStart(tokens: readonly Token[], index: number): boolean {
  return TITLE_PHRASES.matchLength(tokens, index) > 0;
}

/**
 * Can the name go on with the token at `index` (a proper word, an acronym, a place)? A second organization
 * starts a new name (coordination), except inside an event or agreement, which runs through its parties; after
 * plain words (`ban hành Thông tư`) no head at all may follow.
 */
export function isProperStart(text: string, tokens: readonly Token[], index: number, kind: NameRunKind, afterConnector = true): boolean {
  const token = tokens[index];
  if (!token || token.breakBefore) return false;
  if (placeEndToken(text, tokens, index) > index) return true;
  if (!(token.capitalized || token.acronymLike) || isTitleStart(tokens, index)) return false;
  const head = matchHead(tokens, index);
  if (head === null) return true;
  if (!afterConnector) return false;
  return kind === 'other' || head.kind === 'other';
}

/**
 * After a comma, the middle of a listed name: `Bộ Văn hóa, Thể thao và Du lịch`. True when capitalized words (each
 * with its lower-case rest) run to `và` and a proper word follows it, with no head and no place among them.
 */
export function isListedNamePart(text: string, tokens: readonly Token[], comma: number): boolean {
  let index = comma + 1;
  let words = 0;
  while (index < tokens.length && words < 5) {
    const token = tokens[index];
    if (!token || token.breakBefore) return false;
    if (token.key === 'và') return words > 0 && isProperStart(text, tokens, index + 1, 'organization');
    if (token.capitalized && !matchHead(tokens, index) && placeEndToken(text, tokens, index) < 0) {
      index += 1;
      if (tokens[index]?.lower && !NAME_STOP_WORD_KEYS.has(tokens[index]?.key ?? '')) index += 1;
      words += 1;
      continue;
    }
    return false;
  }
  return false;
}

/** A person's name starts at `index`: a family name and a capitalized word after it (`Nguyễn Văn`). */
export function startsPersonName(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return FAMILY_NAME_KEYS.has(tokens[index]?.key ?? '') && next !== undefined && !next.breakBefore && next.capitalized;
}

/**
 * The name goes on in lower case where a proper word closes it within a few words: `Trung tâm Kiểm soát bệnh tật
 * Hà Nội`, `Trung tâm Đào tạo bóng đá trẻ VFF`, `Tổng công ty Công nghiệp công nghệ cao Viettel`. The number of
 * lower-case words, 0 where no place, acronym or proper word (not a head, a title or a person) closes them, or
 * where one of them is a verb or a small word (`Bộ Y tế khuyến cáo người dân Hà Nội`).
 */
export function lowerWordsClosedByProper(text: string, tokens: readonly Token[], index: number, kind: NameRunKind): number {
  for (let count = 0; count <= MAX_LOWER_WORDS_BEFORE_CLOSE; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    // A place closes the words, a lower-case one too (`khu vực phía Bắc`, `chi nhánh tỉnh Nghệ An`).
    if (count > 0 && placeEndToken(text, tokens, position) > position) return count;
    if (!token.lower) {
      if (count === 0 || !isProperStart(text, tokens, position, kind, false) || startsPersonName(tokens, position)) return 0;
      // An acronym or a name of capitalized syllables (`Viettel cho biết`, `Sao Mai`) closes them; a capitalized
      // field word with its lower-case rest (`ngành Kinh tế`) is the object of a verb, not the end of the name.
      const next = tokens[position + 1];
      const nameEndsAfter = !next || next.breakBefore || !next.lower || NAME_STOP_WORD_KEYS.has(next.key)
        || NAME_CONNECTOR_KEYS.has(next.key) || NAME_BREAKING_PHRASES.matchLength(tokens, position + 1, true) > 0
        || NAME_VERBAL_TAIL_PHRASES.matchLength(tokens, position + 1, true) > 0;
      return token.acronymLike || nameEndsAfter ? count : 0;
    }
    if (NAME_STOP_WORD_KEYS.has(token.key) || NAME_CONNECTOR_KEYS.has(token.key)) return 0;
    // Verbs, and field words that are verbs too (`hỗ trợ`, `đầu tư`): `Bộ Y tế hỗ trợ tỉnh Nghệ An`.
    if (NAME_BREAKING_PHRASES.matchLength(tokens, position, true) > 0) return 0;
    if (NAME_VERBAL_TAIL_PHRASES.matchLength(tokens, position, true) > 0) return 0;
  }
  return 0;
}

/** `Ủy ban nhân dân (UBND) huyện Yên Thành`: an acronym in brackets right after the head, a place after it. */
export function bracketedAcronymBeforePlace(text: string, tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.text === '(' && tokens[index + 1]?.acronymLike === true && tokens[index + 2]?.text === ')'
    && placeEndToken(text, tokens, index + 3) > index + 3;
}
