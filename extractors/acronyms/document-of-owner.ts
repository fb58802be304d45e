// An acronym after a document, a programme or an initiative named for the body that owns it: `Quy định chống phá
// rừng của Liên minh châu Âu (EUDR)`, `Chương trình mục tiêu quốc gia của Chính phủ (CTMTQG)`. The acronym is the
// document's, not the owner's, when
// - its Vietnamese initials spell the words before `của` (`CTMTQG` ← `Chương trình mục tiêu quốc gia`, `BCTC` ←
//   `Báo cáo tài chính`): the long form is those words; or
// - it is English and holds the initial of the English word for the document's kind: the Vietnamese puts the kind
//   first (`Quy định`) where the English puts it last (`EU Deforestation Regulation`), so `EUDR` holds `R`; the long
//   form is the whole name, owner and all.
// An acronym without either is the owner's (`Báo cáo của Quỹ Toàn cầu (GF)`), and so is one the owner's initials or a
// known long form spell (checked before this rule: `... của Liên minh châu Âu (EU)`).
import type { Token } from '../../input/tokens.js';
import { NAME_STOP_WORD_KEYS } from '../organizations/lexicon.js';
import { matchInitialsBackward } from './initials.js';
import { DOCUMENT_HEAD_PHRASES, englishInitialsOfDocumentHead } from './lexicon.js';

/** Most words of a document's own name, between its head and `của`: `Quy định | chống phá rừng | của`. */
const MAX_DOCUMENT_NAME_WORDS = 6;

/** Fewest letters of Vietnamese initials spelled before `của`: two letters fit too many phrases by chance. */
const MIN_SPELLED_LETTERS = 3;

export interface DocumentOfOwner {
  /** The first and last tokens of the long form. */
  readonly first: number;
  readonly last: number;
}

/**
 * The long form of a document named for its owner, whose name starts at token `ownerFirst` and ends at token
 * `ownerLast`, for the acronym spelled `letters`; null when the words before the owner are no such document.
 */
export function documentOfOwnerBefore(tokens: readonly Token[], ownerFirst: number, ownerLast: number, letters: readonly string[]): DocumentOfOwner | null {
  const of = tokens[ownerFirst - 1];
  if (!of || of.key !== 'của' || of.breakBefore || tokens[ownerFirst]?.breakBefore) return null;
  if (letters.length >= MIN_SPELLED_LETTERS) {
    const spelled = matchInitialsBackward(tokens, ownerFirst - 2, letters);
    if (spelled >= 0) return { first: spelled, last: ownerFirst - 2 };
  }
  const limit = ownerFirst - 1 - MAX_DOCUMENT_NAME_WORDS - DOCUMENT_HEAD_PHRASES.maxWords;
  for (let index = ownerFirst - 2; index >= 0 && index >= limit; index -= 1) {
    const token = tokens[index];
    if (!token || !token.isWord) return null;
    const head = token.capitalized ? DOCUMENT_HEAD_PHRASES.longestAt(tokens, index, false, true) : null;
    if (head) {
      // The document has a name of its own after its head: `Chương trình của Quỹ ...` is the fund's programme.
      const nameWords = ownerFirst - 1 - (index + head.words);
      const initials = englishInitialsOfDocumentHead(head.key);
      const named = nameWords > 0 && nameWords <= MAX_DOCUMENT_NAME_WORDS;
      return named && letters.some((letter) => initials.includes(letter)) ? { first: index, last: ownerLast } : null;
    }
    if (token.breakBefore || NAME_STOP_WORD_KEYS.has(token.key)) return null;
  }
  return null;
}

/** Sentence-ending marks: a document head right after one opens a sentence and may be a verb or a plain noun. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';']);

/**
 * `Thỏa thuận chi trả giảm phát thải vùng Bắc Trung Bộ (ERPA)`: a document, a programme or an agreement named by its
 * capitalized head (DOCUMENT_HEAD_PHRASES) and lower-case words, ending with a place (`Bắc Trung Bộ`, from
 * `placeFirst` to `last`), before an English acronym that holds the initial of the English word for the head (`A`
 * for `Agreement`): the long form is the whole name, head and place. The head must stand inside a sentence (a
 * capitalized head there is a name's), and the words between hold no word that ends a name. Null otherwise.
 */
export function namedDocumentBeforePlace(tokens: readonly Token[], placeFirst: number, last: number, letters: readonly string[]): DocumentOfOwner | null {
  if (tokens[placeFirst]?.breakBefore) return null;
  const maxNameWords = Math.max(MAX_DOCUMENT_NAME_WORDS, letters.length * 2);
  const limit = placeFirst - 1 - maxNameWords - DOCUMENT_HEAD_PHRASES.maxWords;
  for (let index = placeFirst - 1; index >= 0 && index >= limit; index -= 1) {
    const token = tokens[index];
    if (!token || !token.isWord) return null;
    if (token.capitalized) {
      const head = DOCUMENT_HEAD_PHRASES.longestAt(tokens, index, false, true);
      const before = tokens[index - 1];
      if (!head || token.breakBefore || !before || SENTENCE_ENDS.has(before.text)) return null;
      const nameWords = placeFirst - (index + head.words);
      const initials = englishInitialsOfDocumentHead(head.key);
      const named = nameWords > 0 && nameWords <= maxNameWords;
      return named && letters.some((letter) => initials.includes(letter)) ? { first: index, last } : null;
    }
    if (!token.lower || token.breakBefore || NAME_STOP_WORD_KEYS.has(token.key)) return null;
  }
  return null;
}

/** Small words a document's lower-case name runs on through: `Công ước về buôn bán ... các loài ...`. */
const DOCUMENT_NAME_CONNECTOR_KEYS: ReadonlySet<string> = new Set(['về', 'các', 'những', 'và']);

/**
 * `Công ước về buôn bán quốc tế các loài động, thực vật hoang dã nguy cấp (CITES)`: an English acronym after a
 * document's capitalized head (DOCUMENT_HEAD_PHRASES) and its name in lower case, the English word of the head giving
 * the acronym's first letter (`Công ước` → Convention). The name may run through `về`, `các` and one comma between
 * lower-case words (a pair sharing its last word: `động, thực vật`), at most three words a letter, on one line, not
 * opening a sentence (there a head may be a verb: `Quy định ...`). A name opening with a capitalized word after its
 * head (`Dự án Xây dựng cầu dân sinh và quản lý tài sản đường địa phương (LRAMP)`) may instead end with the head's
 * English word, as an English name puts it last (`... Project`). The head's first token, or -1.
 */
export function documentPhraseBefore(tokens: readonly Token[], last: number, letters: readonly string[]): number {
  const firstLetter = letters[0];
  if (firstLetter === undefined || letters.length < 3) return -1;
  const limit = last - letters.length * 3 - DOCUMENT_HEAD_PHRASES.maxWords;
  let commas = 0;
  let words = 0;
  let capitalizedName = false;
  for (let index = last; index >= 0 && index >= limit; index -= 1) {
    const token = tokens[index];
    if (!token) return -1;
    if (token.text === ',') {
      commas += 1;
      if (commas > 1 || index === last || token.breakBefore || !tokens[index - 1]?.lower || !tokens[index + 1]?.lower) return -1;
      continue;
    }
    if (!token.isWord) return -1;
    if (token.capitalized) {
      const head = DOCUMENT_HEAD_PHRASES.longestAt(tokens, index, false, true);
      // `Dự án Xây dựng cầu dân sinh ...`: the name's own first word capitalized after its head.
      if (!head && !token.breakBefore && index < last && endsDocumentHead(tokens, index - 1)) {
        capitalizedName = true;
        words += 1;
        continue;
      }
      if (!head || index + head.words > last || words - (head.words - 1) < letters.length - 1) return -1;
      const before = tokens[index - 1];
      if (token.breakBefore || !before || SENTENCE_ENDS.has(before.text)) return -1;
      // The English word of the head opens the acronym (`Convention on ...`: CITES), or closes it after a name written
      // as one, its first word capitalized (`Dự án Xây dựng ...`: `... Project`).
      const initials = englishInitialsOfDocumentHead(head.key);
      const closes = capitalizedName && initials.endsWith(letters[letters.length - 1] ?? '');
      return initials.startsWith(firstLetter) || closes ? index : -1;
    }
    if (!token.lower || token.breakBefore) return -1;
    if (NAME_STOP_WORD_KEYS.has(token.key) && !DOCUMENT_NAME_CONNECTOR_KEYS.has(token.key)) return -1;
    words += 1;
  }
  return -1;
}

/** A document head (DOCUMENT_HEAD_PHRASES), capitalized, ends at token `end`: `Dự án` before `Xây dựng ...`. */
function endsDocumentHead(tokens: readonly Token[], end: number): boolean {
  return documentHeadEndingAt(tokens, end) >= 0;
}

/** Most lower-case words of a document's name after the word it is named for: `về kiểm tra nhà nước cảng biển`. */
const MAX_NAMED_DOCUMENT_TAIL_WORDS = 10;

/**
 * `Bản ghi nhớ Tokyo về kiểm tra nhà nước cảng biển (Tokyo MOU)`: a bracket of a capitalized word and an English
 * acronym after a document's capitalized head (DOCUMENT_HEAD_PHRASES) that the same word follows, then the document's
 * name in lower case up to the bracket (through `về`, `các`, `và`, on one line): the bracket is the document's short
 * name, the word it is named for and the English initials of its kind, the acronym opening with the head's English
 * initial (`Bản ghi nhớ` → Memorandum of Understanding). The head's first token, or -1.
 */
export function documentNamedForWordBefore(tokens: readonly Token[], last: number, word: Token, letters: readonly string[]): number {
  const firstLetter = letters[0];
  if (firstLetter === undefined) return -1;
  for (let index = last; index >= 0 && last - index <= MAX_NAMED_DOCUMENT_TAIL_WORDS; index -= 1) {
    const token = tokens[index];
    if (!token || !token.isWord || token.breakBefore) return -1;
    if (token.capitalized) {
      if (token.key !== word.key) return -1;
      const head = documentHeadEndingAt(tokens, index - 1);
      return head >= 0 && englishInitialsOfDocumentHead(DOCUMENT_HEAD_PHRASES.longestAt(tokens, head, false, true)?.key ?? '').startsWith(firstLetter) ? head : -1;
    }
    if (!token.lower || (NAME_STOP_WORD_KEYS.has(token.key) && !DOCUMENT_NAME_CONNECTOR_KEYS.has(token.key))) return -1;
  }
  return -1;
}

/** The first token of a document head (DOCUMENT_HEAD_PHRASES), capitalized, that ends at token `end`, or -1. */
function documentHeadEndingAt(tokens: readonly Token[], end: number): number {
  for (let words = DOCUMENT_HEAD_PHRASES.maxWords; words >= 1; words -= 1) {
    const first = end - words + 1;
    if (first < 0 || !tokens[first]?.capitalized) continue;
    if (DOCUMENT_HEAD_PHRASES.longestAt(tokens, first, false, true)?.words === words) return first;
  }
  return -1;
}
