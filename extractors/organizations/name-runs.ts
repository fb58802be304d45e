// Names headed by a noun from the lexicon, running on the way Vietnamese writes proper names: the first syllable of
// each word capitalized and the rest of the word not (`Tổng cục Tiêu chuẩn Đo lường Chất lượng`), acronyms
// (`Ngân hàng TMCP`, `Chất lượng ASEAN`), places (`Sở Y tế tỉnh Bắc Ninh`), through `và`, `về`, `của` and a dash
// where a proper word follows, stopping at verbs, particles, a second organization (`Bộ Tài chính và Bộ Công
// Thương`) and a person's name after it (`Tổng cục ... Hà Minh Hiệp`). Heads of events, agreements and documents
// (`Hội nghị`, `Hiệp định`) give runs of kind `other`: not organizations, but acronyms may name them.
import { placeAt } from '../shared/places.js';
import {
  COMPLETE_HEAD_KEYS,
  FAMILY_NAME_KEYS,
  HEAD_COMPLEMENT_PHRASES,
  NAME_CONNECTOR_KEYS,
  NAME_STOP_WORD_KEYS,
  NAME_TAIL_PHRASES,
  NAME_VERBAL_TAIL_PHRASES,
  NON_ORGANIZATION_HEAD_PHRASES,
  NOT_A_NAME_AFTER_HEAD_PHRASES,
  ORGANIZATION_HEAD_PHRASES,
  TITLE_PHRASES,
} from './lexicon.js';
import type { PhraseLexicon } from './phrase-lexicon.js';
import { tokenizeForNames, type NameToken } from './name-tokens.js';

export type NameRunKind = 'organization' | 'other';

export interface NameRun {
  readonly start: number;
  readonly end: number;
  readonly kind: NameRunKind;
  /** The head as written, folded: `tổng cục`, `ủy ban nhân dân`. */
  readonly headKey: string;
  /** Where the head ends in the text. */
  readonly headEnd: number;
  /** The head stands alone (`Tổng cục đã ...`): a short form that may refer back, or a whole name (`Chính phủ`). */
  readonly bare: boolean;
  /** A head that names an organization by itself (`Chính phủ`, `Quốc hội`). */
  readonly complete: boolean;
  /** Index of the first token of the run and one past its last, in the token list the runs were found in. */
  readonly firstToken: number;
  readonly endToken: number;
}

interface HeadMatch {
  readonly next: number;
  readonly kind: NameRunKind;
  readonly key: string;
}

/** No organization name runs longer than this many words (a run of capitalized words is a title, not a name). */
const MAX_NAME_TOKENS = 24;

type Accepted = 'capitalized' | 'acronym' | 'place' | 'completion' | 'lower' | 'connector' | 'complement';

/** Words joined by single spaces, the key of a multi-word lexicon entry; null across a line break or punctuation. */
function keyOf(tokens: readonly NameToken[], from: number, count: number): string | null {
  const words: string[] = [];
  for (let index = from; index < from + count; index += 1) {
    const token = tokens[index];
    if (!token || !token.isWord || (index > from && token.breakBefore)) return null;
    words.push(token.key);
  }
  return words.join(' ');
}

function matchHead(tokens: readonly NameToken[], index: number): HeadMatch | null {
  const first = tokens[index];
  if (!first || !(first.capitalized || first.acronymLike)) return null;
  const organization = ORGANIZATION_HEAD_PHRASES.matchLength(tokens, index);
  const other = NON_ORGANIZATION_HEAD_PHRASES.matchLength(tokens, index);
  if (organization === 0 && other === 0) return null;
  const count = Math.max(organization, other);
  const key = tokens.slice(index, index + count).map((token) => token.key).join(' ');
  return { next: index + count, kind: organization >= other ? 'organization' : 'other', key };
}

/** Length in tokens of a lexicon phrase in lower-case words starting at `index`, or 0. */
function lexiconMatchLength(tokens: readonly NameToken[], index: number, phrases: PhraseLexicon): number {
  return phrases.matchLength(tokens, index, true);
}

/**
 * Length in tokens of field words starting at `index` (`trí tuệ`, `công nghệ quốc gia`), 0 when none: a verbal
 * one (`đổi mới`) counts only when a plain field word follows it.
 */
function fieldWordsLength(tokens: readonly NameToken[], index: number): number {
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
function placeEndToken(text: string, tokens: readonly NameToken[], index: number): number {
  const token = tokens[index];
  if (!token) return -1;
  const place = placeAt(text, token.start);
  if (!place) return -1;
  // A lower-case prefix alone (`tỉnh` before a lower-case word) is no place; the name part must be proper.
  let end = index;
  while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= place.end) end += 1;
  return end > index && tokens[end - 1]?.end === place.end ? end : -1;
}

/** A title or honorific starts at `index` (`Thứ trưởng`, `Ông`, `TS.`): a name never runs into one. */
function isTitleStart(tokens: readonly NameToken[], index: number): boolean {
  return TITLE_PHRASES.matchLength(tokens, index) > 0;
}

/**
 * Can the name go on with the token at `index` (a proper word, an acronym, a place)? A second organization
 * starts a new name (coordination), except inside an event or agreement, which runs through its parties; after
 * plain words (`ban hành Thông tư`) no head at all may follow.
 */
function isProperStart(text: string, tokens: readonly NameToken[], index: number, kind: NameRunKind, afterConnector = true): boolean {
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
function isListedNamePart(text: string, tokens: readonly NameToken[], comma: number): boolean {
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

/** Cuts a person's name off the end of a run: `Tổng cục Tiêu chuẩn Đo lường Chất lượng Hà Minh Hiệp`. */
function endBeforePersonName(tokens: readonly NameToken[], accepted: readonly Accepted[], bodyStart: number, end: number): number {
  let runStart = end;
  while (runStart > bodyStart && accepted[runStart - 1 - bodyStart] === 'capitalized') runStart -= 1;
  for (let index = Math.max(runStart, bodyStart + 1); index <= end - 2; index += 1) {
    if (end - index <= 4 && FAMILY_NAME_KEYS.has(tokens[index]?.key ?? '')) return index;
  }
  return end;
}

/** The name run whose head starts at token `index`, or null when no head starts there. */
export function scanNameRun(text: string, tokens: readonly NameToken[], index: number): NameRun | null {
  const head = matchHead(tokens, index);
  if (!head) return null;
  const first = tokens[index];
  if (!first) return null;
  // `Đài Loan`, `Hội An`: a place that starts with a head word.
  const place = placeAt(text, first.start);
  const headLast = tokens[head.next - 1];
  if (place && headLast && place.end > headLast.end) return null;
  const afterHead = tokens[head.next];
  if (afterHead && afterHead.lower && !afterHead.breakBefore && lexiconMatchLength(tokens, head.next, NOT_A_NAME_AFTER_HEAD_PHRASES) > 0) {
    return null;
  }

  const accepted: Accepted[] = [];
  let position = head.next;
  let end = head.next;
  let hasProper = false;
  const complementLength = lexiconMatchLength(tokens, position, HEAD_COMPLEMENT_PHRASES);
  if (complementLength > 0 && tokens[position] && !tokens[position]?.breakBefore) {
    for (let step = 0; step < complementLength; step += 1) accepted.push('complement');
    position += complementLength;
    end = position;
  }

  while (position < tokens.length && position - index < MAX_NAME_TOKENS) {
    const token = tokens[position];
    if (!token || token.breakBefore) break;
    const placeEnd = placeEndToken(text, tokens, position);
    if (placeEnd > position) {
      for (let step = position; step < placeEnd; step += 1) accepted[step - head.next] = 'place';
      position = placeEnd;
      end = position;
      hasProper = true;
      continue;
    }
    if (token.acronymLike || token.capitalized) {
      if (isTitleStart(tokens, position)) break;
      if (head.kind === 'organization' && position > head.next && matchHead(tokens, position)?.kind === 'organization'
        && accepted[position - head.next - 1] === 'connector') break;
      accepted[position - head.next] = token.acronymLike ? 'acronym' : 'capitalized';
      position += 1;
      end = position;
      hasProper = true;
      continue;
    }
    if (token.lower) {
      if (!hasProper) break;
      const previous = accepted[position - head.next - 1];
      const beforePrevious = accepted[position - head.next - 2];
      const plainWord = !NAME_STOP_WORD_KEYS.has(token.key) && !NAME_CONNECTOR_KEYS.has(token.key);
      // The rest of a capitalized word (`Khoa học`, `Tiêu chuẩn`). After two capitalized syllables (`Bộ Công
      // Thương ban hành`) only a field word (`Xanh Quốc tế`) or where the name plainly ends.
      if (previous === 'capitalized' && plainWord) {
        const pairKey = keyOf(tokens, position - 1, 2);
        const following = tokens[position + 1];
        const endsHere = !following || following.breakBefore || !following.lower;
        if (beforePrevious !== 'capitalized' || (pairKey !== null && NAME_TAIL_PHRASES.has(pairKey)) || endsHere) {
          accepted[position - head.next] = 'completion';
          position += 1;
          end = position;
          continue;
        }
      }
      // Field words after the capitalized ones: `Cục Sở hữu trí tuệ`, `Doanh nghiệp nhỏ và vừa`.
      const tail = (previous === 'capitalized' && beforePrevious !== 'capitalized') || previous === 'completion' || previous === 'lower'
        ? fieldWordsLength(tokens, position)
        : 0;
      if (tail > 0) {
        for (let step = position; step < position + tail; step += 1) accepted[step - head.next] = 'lower';
        position += tail;
        end = position;
        continue;
      }
      // `và Công nghệ`, `về Tiêu chuẩn`: a connector where a proper word follows.
      if (NAME_CONNECTOR_KEYS.has(token.key) && isProperStart(text, tokens, position + 1, head.kind)) {
        // `ASEAN và APO`, `Việt Nam và Lào`: two names joined, not one name going on.
        const nextEnd = Math.max(placeEndToken(text, tokens, position + 1), tokens[position + 1]?.acronymLike ? position + 2 : -1);
        const afterNext = tokens[nextEnd];
        if (token.key === 'và' && nextEnd > position + 1 && (previous === 'acronym' || previous === 'place')
          && !(afterNext && !afterNext.breakBefore && (afterNext.capitalized || afterNext.acronymLike))) break;
        accepted[position - head.next] = 'connector';
        position += 1;
        continue;
      }
      break;
    }
    if ((token.text === '–' || token.text === '-' || token.text === '—') && isProperStart(text, tokens, position + 1, head.kind)) {
      accepted[position - head.next] = 'connector';
      position += 1;
      continue;
    }
    if (token.text === ',' && head.kind === 'organization' && hasProper && isListedNamePart(text, tokens, position)) {
      accepted[position - head.next] = 'connector';
      position += 1;
      continue;
    }
    break;
  }

  if (hasProper) end = endBeforePersonName(tokens, accepted, head.next, end);
  const bare = !hasProper || end === head.next;
  const last = tokens[bare ? head.next - 1 : end - 1];
  const headEnd = tokens[head.next - 1]?.end ?? first.end;
  return {
    start: first.start,
    end: bare ? headEnd : (last?.end ?? headEnd),
    kind: head.kind,
    headKey: head.key,
    headEnd,
    bare,
    complete: COMPLETE_HEAD_KEYS.has(head.key),
    firstToken: index,
    endToken: bare ? head.next : end,
  };
}

/**
 * Every name run in the text, left to right. An organization run hides the heads inside it (`Trường Đại học ...`
 * holds no second `Đại học ...`); a run of kind `other` does not (`Hội nghị Ban Chấp hành Trung ương`).
 */
export function findNameRuns(text: string, tokens: readonly NameToken[] = tokenizeForNames(text)): NameRun[] {
  const runs: NameRun[] = [];
  let index = 0;
  while (index < tokens.length) {
    const run = scanNameRun(text, tokens, index);
    if (!run) {
      index += 1;
      continue;
    }
    runs.push(run);
    index = run.kind === 'organization' && !run.bare ? run.endToken : index + 1;
  }
  return runs;
}
