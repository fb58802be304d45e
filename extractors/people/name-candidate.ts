// What the name rules report and what they may consult: a candidate name with its span, and the places,
// organizations and titles around it that a name must not be.
import type { TextSpan, Token } from '../../pipeline/document.js';
import { isLetterOrMarkUnit } from './characters.js';
import { isGivenNameAmongNeverNameWords, isNeverNameWord } from './lexicon.js';
import type { RunWord } from './name-runs.js';

export interface NameCandidate extends TextSpan {
  /** The name as written: the span's text. */
  readonly name: string;
  /** The rule that found it. */
  readonly rule: string;
  /** A given name alone (`ông Hiệp`): joined to a full name that ends with it when there is one. */
  readonly short: boolean;
  /** Counts only when the same name is found elsewhere too (an everyday word starting a sentence). */
  readonly needsConfirmation: boolean;
}

/** What the rules need to know about the document around a name. */
export interface NameContext {
  readonly text: string;
  /** The document's words and punctuation (the `tokens` annotation). */
  readonly tokens: readonly Token[];
  /** Where a token joins two syllables (`Hà-Nội`), in order: characters.ts `joinerPositions`. */
  readonly joiners: readonly number[];
  /** True when the sentence splitter found a sentence starting at `index`. */
  isSentenceStart(index: number): boolean;
  /** True when `[start, end)` overlaps an organization mention. */
  overlapsOrganization(start: number, end: number): boolean;
  /**
   * True when `[start, end)` overlaps an organization mention that runs on from a title's organization into the
   * name after it (`Bộ trưởng Bộ Tài chính Hồ Đức Phớc`): the name is a person's and the mention went too far.
   */
  isNameAfterTitledOrganization(start: number, end: number): boolean;
  /** Where the place name starting at `index` ends, or null when none starts there. */
  placeEndAt(index: number): number | null;
  /**
   * True when the place whose name starts at `index` is one the gazetteer does not list, read only from its kind
   * before it (`tỉnh Nguyễn Đức` in `Chủ tịch UBND tỉnh Nguyễn Đức Trung`).
   */
  isUnlistedPlaceAt(index: number): boolean;
  /** Where the place name ending at `index` starts, or null when none ends there. */
  placeStartBefore(index: number): number | null;
  /** Where the organization mention ending at `index` starts, or null when none ends there. */
  organizationStartBefore(index: number): number | null;
  /** True when a post title (`Chủ tịch`, `Phó Tổng cục trưởng`) starts at `index`. */
  startsTitle(index: number): boolean;
  /** True when a post title ends right before `index`, spaces between (`Bộ trưởng ` before a name). */
  titleEndsBefore(index: number): boolean;
  /** Folded (ASCII) names the article introduces as places (`huyện Yên Thành`): never a person there. */
  readonly placeNames: ReadonlySet<string>;
}

/** True when a place of more than one word (`Hà Nội`, `Hòa Bình`) starts at `index`. */
export function startsMultiWordPlace(context: NameContext, index: number): boolean {
  const end = context.placeEndAt(index);
  return end !== null && /\s/u.test(context.text.slice(index, end));
}

/** A name has its family name and two given names before a place name can end it (`Hòa Bình` is a given name). */
const WORDS_BEFORE_PLACE_ENDS_NAME = 3;

/**
 * True when a place of three words or more (`Bắc Trung Bộ`, a region; `Điện Biên Đông`) starts at `index`: no given
 * names of a person, which are one or two syllables a place may share (`Hòa Bình`), so it ends a name right after its
 * family name too (`Trường Đại học Nông Lâm Bắc Trung Bộ` names no `Nông Lâm Bắc Trung Bộ` nor `Lâm Bắc Trung Bộ`).
 */
function startsPlaceOfThreeWords(context: NameContext, index: number): boolean {
  const end = context.placeEndAt(index);
  if (end === null) return false;
  const space = context.text.indexOf(' ', index);
  if (space < 0 || space >= end) return false;
  const second = context.text.indexOf(' ', space + 1);
  return second >= 0 && second < end;
}

/**
 * The words of a run that can be a name, from `from`: stops before a title or a word that is never part of a
 * name, before a place of several words once the name has three, and after `max` words. One-word places stay
 * (`Anh`, `Đức`, `Nhật` are given names too).
 */
export function nameWords(words: readonly RunWord[], from: number, context: NameContext, max: number): RunWord[] {
  const taken: RunWord[] = [];
  for (let index = from; index < words.length && taken.length < max; index += 1) {
    const word = words[index];
    if (word === undefined) break;
    if (isNeverNameWord(word.key) && !endsNameAsGivenName(words, index, taken.length)) break;
    if (taken.length > 0 && context.startsTitle(word.start)) break;
    if (taken.length >= WORDS_BEFORE_PLACE_ENDS_NAME ? startsMultiWordPlace(context, word.start) : taken.length > 0 && startsPlaceOfThreeWords(context, word.start)) break;
    taken.push(word);
  }
  return taken;
}

/** Words of a name before a never-name word can be its given name: a family name and a middle name. */
const WORDS_BEFORE_NEVER_WORD_GIVEN_NAME = 2;

/**
 * True when the never-name word at `index` is the given name that ends the name (`Lâm Văn Được`): a word that is a
 * given name too, the run's last, after at least a family name and a middle name.
 */
function endsNameAsGivenName(words: readonly RunWord[], index: number, takenCount: number): boolean {
  const word = words[index];
  return word !== undefined && index === words.length - 1 && takenCount >= WORDS_BEFORE_NEVER_WORD_GIVEN_NAME && isGivenNameAmongNeverNameWords(word.key);
}

/**
 * True when `word` is one capital letter of A to Z or `Đ` with a period right after it, no letter after the period:
 * an abbreviated given name (`Nguyễn Văn H.`, as crime and court news write a suspect), whose period belongs to the
 * name even where it also ends the sentence. A single letter is no Vietnamese syllable of a name but for vowels with
 * tone marks (`Ý`, `Ô`), which are not initials here.
 */
function isInitialWithPeriod(text: string, word: TextSpan): boolean {
  if (text.charCodeAt(word.end) !== PERIOD) return false;
  const length = word.end - word.start;
  if (length === 2) {
    // A two-letter initial consonant, no vowel: `Nguyễn Thị Thu Tr.`, `Lê Văn Th.` (never a syllable of a name).
    if (!TWO_LETTER_INITIALS.has(text.slice(word.start, word.end))) return false;
  } else {
    if (length !== 1) return false;
    const letter = text.charCodeAt(word.start);
    if (!((letter >= 0x41 && letter <= 0x5a) || letter === CAPITAL_D_WITH_STROKE)) return false;
  }
  return word.end + 1 >= text.length || !isLetterOrMarkUnit(text.charCodeAt(word.end + 1));
}

/** Initials after the first one a name may have: `Lý A. S.`, `Nguyễn T. H.`. */
const MAX_MORE_INITIALS = 2;

/**
 * Where a name ending in an initial and its period (`Lý A.`) ends with the initials after it, one space before each
 * (`Lý A. S.`, as crime news writes a suspect's given names): `end` when none follows.
 */
function endAfterInitials(text: string, end: number): number {
  let position = end;
  for (let count = 0; count < MAX_MORE_INITIALS; count += 1) {
    if (text.charCodeAt(position) !== SPACE) break;
    const start = position + 1;
    let wordEnd = start;
    while (wordEnd < text.length && wordEnd - start < 2 && isLetterOrMarkUnit(text.charCodeAt(wordEnd))) wordEnd += 1;
    if (wordEnd === start || !isInitialWithPeriod(text, { start, end: wordEnd })) break;
    position = wordEnd + 1;
  }
  return position;
}
/** Initial consonants of two letters, as an abbreviated given name is written. */
const TWO_LETTER_INITIALS: ReadonlySet<string> = new Set(['Tr', 'Th', 'Ch', 'Ph', 'Kh', 'Nh', 'Ng', 'Gh']);
const PERIOD = 0x2e;
const SPACE = 0x20;
const CAPITAL_D_WITH_STROKE = 0x110;

export function candidateOf(
  text: string,
  words: readonly RunWord[],
  rule: string,
  options: { short?: boolean; needsConfirmation?: boolean } = {},
): NameCandidate | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return null;
  const end = words.length >= 2 && isInitialWithPeriod(text, last) ? endAfterInitials(text, last.end + 1) : last.end;
  return {
    start: first.start,
    end,
    name: text.slice(first.start, end),
    rule,
    short: options.short ?? false,
    needsConfirmation: options.needsConfirmation ?? false,
  };
}
