// Names after a word of address or a title that is not part of the name: `ông Hà Minh Hiệp`, `bà Lan`,
// `PGS.TS Trần Văn B`, `nhà văn Nguyễn Nhật Ánh`, `Đại tá Lê Văn C`. The honorific tells that a person follows, so
// the family name need not be in the lexicon (`ông Joe Biden`); one capitalized word is a short reference
// (`ông Hiệp`) to be joined to a full name.
import { firstStartingAtOrAfter, type Token } from '../../pipeline/document.js';
import { wordShapeOf } from '../../input/tokens.js';
import { NUMBER_WORD_KEYS } from '../shared/number-words.js';
import { WORD_START } from '../shared/vietnamese.js';
import {
  ABBREVIATED_TITLES,
  ABBREVIATED_TITLES_BEFORE_FULL_NAMES,
  CAPITALIZED_HONORIFICS,
  HONORIFICS,
  type HonorificWord,
  honorificFirstWord,
  isHonorificCompound,
  isOrganizationHeadWord,
  opensCommonWord,
} from './lexicon.js';
import { candidateOf, nameWords, startsMultiWordPlace, type NameCandidate, type NameContext } from './name-candidate.js';
import { codePointLength, isCasedLetterAt, isLetterOrMarkAt } from './characters.js';
import { startsSentence, type NameRun, type RunWord } from './name-runs.js';

const MAX_NAME_WORDS = 5;

const CAPITALIZED_FORMS = new Set<string>(CAPITALIZED_HONORIFICS);
const LOWER_FORMS = new Set<string>(HONORIFICS);

const ABBREVIATED_TITLE = `(?:${ABBREVIATED_TITLES.map((title) => title.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|')})`;

/**
 * `TS.`, `PGS.TS`, `GS. TSKH`, `ThS.BS`, `NSND`: abbreviations joined by dots or spaces, then the name; or one
 * abbreviation in brackets after the title it shortens (`Đại kiện tướng (GM) Arjun Mehta`). Sticky: tried only where
 * a word starts with the first two characters of an abbreviation.
 */
const ABBREVIATED_TITLES_BEFORE_NAME = new RegExp(
  `${WORD_START}(?:(?<=\\()${ABBREVIATED_TITLE}\\)[ \\t]+|` +
    `${ABBREVIATED_TITLE}(?:[ \\t]*\\.[ \\t]*|[ \\t]+)(?:${ABBREVIATED_TITLE}(?:[ \\t]*\\.[ \\t]*|[ \\t]+))*)(?=\\p{Lu})`,
  'uy',
);
/** A bracket closing an abbreviation, and the spaces around: trimmed off before the abbreviation is looked up. */
const CLOSING_BRACKET_AND_SPACES = /\)?[ \t]*$/u;

/**
 * The first two characters of the abbreviations, hashed into a table: a quick refusal at most words, where trying
 * the regex costs more than the rest of the scan.
 */
const ABBREVIATION_OPENINGS = new Uint8Array(8192);
function openingOf(text: string, index: number): number {
  return (text.charCodeAt(index) * 31 + text.charCodeAt(index + 1)) & (ABBREVIATION_OPENINGS.length - 1);
}
for (const title of ABBREVIATED_TITLES) ABBREVIATION_OPENINGS[openingOf(title, 0)] = 1;

/**
 * The first characters of the abbreviations that are their own lower case (`đ/c`): a token in lower case
 * (`Token.lower`: its first letter has no other case form) can open only these. The others (`TS`, `Đ/c`) open no
 * such token, whatever its characters hash to.
 */
const LOWER_CASE_INITIALS = new Uint8Array(0x10000);
for (const title of ABBREVIATED_TITLES) {
  const initial = title[0] ?? '';
  if (initial === initial.toLowerCase()) LOWER_CASE_INITIALS[initial.charCodeAt(0)] = 1;
}

/**
 * Could an abbreviated title start at `start`, the start of token `token` (`PGS.TS`) or a syllable of it after a
 * joiner (`Bộ KH&CN Lê Văn A`)? A quick refusal for the scan over the tokens (word-scan.ts).
 */
export function mayOpenAbbreviation(text: string, token: Token, start: number): boolean {
  if (start === token.start && token.lower && LOWER_CASE_INITIALS[text.charCodeAt(start)] !== 1) return false;
  return ABBREVIATION_OPENINGS[openingOf(text, start)] === 1;
}

/**
 * Adds to `openings` the honorific that opens at token `index` (whose last joiner is `lastJoiner`, -1 when none),
 * when one does and a word follows it (`honorificEndingToken`): the token, where the honorific starts (-1 at the
 * token's start, else at its last syllable: `X-ông Nam`) and the token of its last word. The scan over the tokens
 * (word-scan.ts) asks at every token; findTitledNames then reads the few openings in turn.
 */
export function addHonorificOpening(text: string, tokens: readonly Token[], index: number, lastJoiner: number, openings: number[]): void {
  const token = tokens[index];
  if (token === undefined) return;
  const last = honorificEndingToken(text, tokens, index, token.key, token.shape);
  if (last >= 0) {
    openings.push(index, -1, last);
    return;
  }
  // In a joined token only the last syllable can be followed by the spaces an honorific needs.
  if (lastJoiner < 0 || !isCasedLetterAt(text, lastJoiner + 1)) return;
  const syllable = text.slice(lastJoiner + 1, token.end).toLowerCase();
  const syllableLast = honorificEndingToken(text, tokens, index, syllable, wordShapeOf(syllable));
  if (syllableLast >= 0) openings.push(index, lastJoiner + 1, syllableLast);
}

/**
 * What the scan over the tokens (word-scan.ts) found that may open a title before a name: the honorifics that open
 * at a token (`addHonorificOpening`), and the places an abbreviated title may start (a token's start or a syllable's
 * after a joiner). In text order.
 */
export interface TitleOpenings {
  /** In threes: the token, where the honorific starts (-1 at the token's start), the token of its last word. */
  readonly honorifics: readonly number[];
  readonly abbreviations: readonly number[];
}

/** `kiều` after a one-word name: `Việt kiều`, `Hoa kiều`. */
const OVERSEAS_COMPOUND = /^[ \t]+kiều(?![\p{L}\p{M}])/u;

/** The word after an honorific is read this far past the honorific's spaces when checking for a compound. */
const COMPOUND_WORD_REACH = 12;

interface WordInRun {
  readonly run: NameRun;
  readonly index: number;
}

/** The run word that starts exactly at `index`, found by binary search over runs and then words. */
function wordStartingAt(runs: readonly NameRun[], index: number): WordInRun | null {
  const run = runs[lastStartingAtOrBefore(runs, index)];
  if (run === undefined || index >= run.end) return null;
  const wordIndex = lastStartingAtOrBefore(run.words, index);
  return run.words[wordIndex]?.start === index ? { run, index: wordIndex } : null;
}

/** Index of the last of `spans` (sorted by start) starting at or before `index`, -1 when none does. */
function lastStartingAtOrBefore(spans: readonly { readonly start: number }[], index: number): number {
  return firstStartingAtOrAfter(spans, index + 1) - 1;
}

/** A bit per word of an honorific in a 32-bit number, this many at most (the lexicon's longest has four words). */
const MAX_HONORIFIC_WORDS = 30;

/**
 * The longest honorific whose first word (with key `firstKey`) is token `index`, or its last syllable when the token
 * is joined (`X-ông`), followed by spaces or tabs and a letter of either case: the token of its last word, or -1.
 * Its words are one space apart, as the lexicon writes them. A lower-case word after it ends the honorific there
 * too (it reads `Nhà giáo Nhân dân tại`, never `Nhà giáo` before a name `Nhân`); whether a name follows is the
 * caller's to check.
 */
function honorificEndingToken(text: string, tokens: readonly Token[], index: number, firstKey: string, firstShape: number): number {
  let word = honorificFirstWord(firstKey, firstShape);
  if (word === undefined) return -1;
  // The words of the text down the word tree, one lookup each; a bit per depth where an honorific ends. The
  // honorifics that fit are each the beginning of the next, so the deepest is the longest.
  let ends = word.endsHonorific ? 1 : 0;
  let depth = 0;
  for (let last = index; depth < MAX_HONORIFIC_WORDS; last += 1) {
    const before = tokens[last];
    const next = tokens[last + 1];
    if (before === undefined || next === undefined || next.start !== before.end + 1 || text.charCodeAt(before.end) !== 0x20) break;
    const child: HonorificWord | undefined = word.next.get(next.key);
    if (child === undefined) break;
    word = child;
    depth += 1;
    if (word.endsHonorific) ends |= 1 << depth;
  }
  for (; depth >= 0; depth -= 1) {
    if ((ends & (1 << depth)) === 0) continue;
    const lastWord = tokens[index + depth];
    const name = tokens[index + depth + 1];
    if (lastWord === undefined || name === undefined || name.start === lastWord.end || !isCasedLetterAt(text, name.start)) continue;
    if (onlySpacesBetween(text, lastWord.end, name.start)) return index + depth;
  }
  return -1;
}

function onlySpacesBetween(text: string, start: number, end: number): boolean {
  for (let position = start; position < end; position += 1) {
    const code = text.charCodeAt(position);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/** The key of the word after an honorific's first word as far as letters go, read no further than `limit`. */
function compoundWordKey(text: string, token: Token, limit: number): string {
  const stop = Math.min(token.end, limit);
  let end = token.start;
  while (end < stop && isLetterOrMarkAt(text, end)) end += codePointLength(text, end);
  return end === token.end ? token.key : text.slice(token.start, end).toLowerCase();
}

export function findTitledNames(runs: readonly NameRun[], openings: TitleOpenings, context: NameContext): NameCandidate[] {
  const { text, tokens } = context;

  // Two searches, each left to right and going on after its last match: honorifics (in any case) followed by spaces
  // and a word (`bà Anh Thư` gives `bà` before `Anh`, then `Anh` before `Thư`), and abbreviated titles, which start
  // a word (a token, or a syllable after a joiner: `Bộ KH&CN Lê Văn A`). Only the words that may open them are read.
  const afterHonorifics: NameCandidate[] = [];
  let honorificsFrom = 0;
  for (let opening = 0; opening + 2 < openings.honorifics.length; opening += 3) {
    const index = openings.honorifics[opening] ?? 0;
    const token = tokens[index];
    if (token === undefined || index < honorificsFrom) continue;
    const syllableStart = openings.honorifics[opening + 1] ?? -1;
    const last = openings.honorifics[opening + 2] ?? index;
    const start = syllableStart < 0 ? token.start : syllableStart;
    const firstKey = syllableStart < 0 ? token.key : text.slice(start, token.end).toLowerCase();
    const candidate = nameAfterHonorific(runs, context, start, firstKey, index, last);
    if (candidate) afterHonorifics.push(candidate);
    honorificsFrom = last + 1;
  }

  const afterAbbreviations: NameCandidate[] = [];
  let abbreviationsFrom = 0;
  for (const start of openings.abbreviations) {
    if (start < abbreviationsFrom) continue;
    ABBREVIATED_TITLES_BEFORE_NAME.lastIndex = start;
    const match = ABBREVIATED_TITLES_BEFORE_NAME.exec(text);
    if (match === null) continue;
    abbreviationsFrom = start + match[0].length;
    // `có 1 NSND và 7 NSƯT. Tuy nhiên, …`: a title counted by a number before it and closed by a period ends its
    // sentence; the capitalized word after it opens the next one and names no one.
    if (isCountedTitleBeforePeriod(text, tokens, start, match[0])) continue;
    const candidate = nameAfter(runs, context, abbreviationsFrom, 'academic-title');
    // `GM Korea`: after a chess title that is also a company's letters, a full name only.
    if (candidate && !(candidate.short && ABBREVIATED_TITLES_BEFORE_FULL_NAMES.has(match[0].trim().replace(CLOSING_BRACKET_AND_SPACES, '')))) afterAbbreviations.push(candidate);
  }
  return afterHonorifics.concat(afterAbbreviations);
}

/** Spaces, tabs and a period at the end of an abbreviated title's match: `NSƯT. `. */
const PERIOD_AFTER_TITLE = /\.[ \t]*$/u;
/** Digits alone: the token of a number (`7`, `12`). */
const DIGITS = /^\d+$/u;

/**
 * Whether the abbreviated title matched at `start` (as `matched`, its spaces after it) ends with a period and is
 * counted: a number in digits or words right before it (`7 NSƯT.`, `hai NSND.`). A count of people holding the title
 * names none of them, so the period closes the sentence.
 */
function isCountedTitleBeforePeriod(text: string, tokens: readonly Token[], start: number, matched: string): boolean {
  if (!PERIOD_AFTER_TITLE.test(matched)) return false;
  const before = tokens[firstStartingAtOrAfter(tokens, start) - 1];
  if (before === undefined || !onlySpacesBetween(text, before.end, start) || before.end === start) return false;
  return DIGITS.test(text.slice(before.start, before.end)) || NUMBER_WORD_KEYS.has(before.key);
}

// The two below are module-level, not closures per article: V8 keeps a closure's optimized code only weakly.

/** The name after the honorific from `start` (in token `first`) to the end of token `last`, the case checked. */
function nameAfterHonorific(
  runs: readonly NameRun[],
  context: NameContext,
  start: number,
  firstKey: string,
  first: number,
  last: number,
): NameCandidate | null {
  const { text, tokens } = context;
  const end = tokens[last]?.end ?? start;
  const nameStart = tokens[last + 1]?.start ?? end;
  // Most words after an honorific are not a name (`ông cho biết`): refused before anything else is looked at, but
  // for a nationality before the name (`cầu thủ người Brazil Diego Almeida`).
  if (wordStartingAt(runs, nameStart) === null) return tokens[last + 1]?.key === 'người' ? nameAfterNationality(runs, context, last + 1) : null;
  const honorific = text.slice(start, end);
  const isLower = LOWER_FORMS.has(honorific);
  const isCapitalizedTitle = CAPITALIZED_FORMS.has(honorific);
  if (!isLower && !isCapitalizedTitle && !startsSentence(context, start)) return null;
  if (!isLower && !isCapitalizedTitle && !LOWER_FORMS.has(honorific.toLowerCase())) return null;
  // `Bà Rịa – Vũng Tàu`, `Anh Quốc`: the honorific's word starts a place or a fixed compound.
  if (startsMultiWordPlace(context, start)) return null;
  const next = tokens[first + 1];
  if (next !== undefined && isHonorificCompound(firstKey, compoundWordKey(text, next, nameStart + COMPOUND_WORD_REACH))) return null;
  // A post (`Tổng thống`, `Quốc vương`) may name its country before the person: `Tổng thống Mỹ Joe Biden` is
  // left to the names after posts.
  const countryFirst = context.startsTitle(start) && context.placeEndAt(nameStart) !== null;
  return countryFirst ? null : nameAfter(runs, context, nameStart, 'honorific');
}

/**
 * `cầu thủ người Brazil Diego Almeida`, `tiền đạo người Senegal Moussa Diallo`: `người` and a country between the
 * honorific and the name (token `index` is `người`). The name of two words or more right after the country (one
 * word there may be the rest of a people's name), or null.
 */
function nameAfterNationality(runs: readonly NameRun[], context: NameContext, index: number): NameCandidate | null {
  const { text, tokens } = context;
  const word = tokens[index];
  const country = tokens[index + 1];
  if (word?.key !== 'người' || country === undefined || !onlySpacesBetween(text, word.end, country.start)) return null;
  const placeEnd = context.placeEndAt(country.start);
  if (placeEnd === null) return null;
  let next = index + 2;
  while (tokens[next] !== undefined && (tokens[next]?.start ?? 0) < placeEnd) next += 1;
  const name = tokens[next];
  if (name === undefined || !onlySpacesBetween(text, placeEnd, name.start)) return null;
  const candidate = nameAfter(runs, context, name.start, 'honorific');
  return candidate !== null && !candidate.short ? candidate : null;
}

/** The name starting at `index`, a word of one of `runs`, found by `rule`. */
function nameAfter(runs: readonly NameRun[], context: NameContext, index: number, rule: string): NameCandidate | null {
  const { text } = context;
  const located = wordStartingAt(runs, index);
  if (!located) return null;
  if (context.startsTitle(index) || startsMultiWordPlace(context, index)) return null;
  const words: RunWord[] = nameWords(located.run.words, located.index, context, MAX_NAME_WORDS);
  if (words.length === 0) return null;
  // `cầu thủ Việt kiều`, `doanh nhân Hoa kiều`: a people's name and `kiều` (living abroad), not a person.
  if (words.length === 1 && OVERSEAS_COMPOUND.test(text.slice(words[0]?.end ?? index, (words[0]?.end ?? index) + 8))) return null;
  // `chị N.T.H.`, `Chị H.`: initials alone hide a name (as crime news writes a victim), they give none.
  if (words.length === 1 && words[0] !== undefined && isBareInitial(text, words[0])) return null;
  // `kỹ sư Thiết kế vi mạch`, `cử nhân Quản trị kinh doanh`: one syllable that with the lower-case one after it makes
  // a common word opens a field, no name.
  if (words.length === 1 && words[0] !== undefined && opensCommonWordAt(context, words[0])) return null;
  // `nhà khoa học Viện Hàn lâm`: a body's head word, then a syllable that with the lower-case one after it makes a
  // common word, is a body's name the organizations left out, no person.
  const lastWord = words[words.length - 1];
  if (words.length >= 2 && lastWord !== undefined && isOrganizationHeadWord(words[0]?.key ?? '') && opensCommonWordAt(context, lastWord)) return null;
  const candidate = candidateOf(text, words, rule, { short: words.length === 1 });
  if (candidate === null || context.overlapsOrganization(candidate.start, candidate.end)) return null;
  return candidate;
}

/** True when the word and the lower-case word one space after it make a common word (`Thiết kế`, `Quản lý`). */
function opensCommonWordAt(context: NameContext, word: RunWord): boolean {
  const { text, tokens } = context;
  if (text.charCodeAt(word.end) !== 0x20) return false;
  const next = tokens[firstStartingAtOrAfter(tokens, word.end)];
  return next !== undefined && next.start === word.end + 1 && next.text === next.key && opensCommonWord(word.key, next.key);
}

/** One capital letter of A to Z or `Đ` with a period right after it: an initial (`H.`, the `N` of `N.T.H.`). */
function isBareInitial(text: string, word: RunWord): boolean {
  if (word.end - word.start !== 1 || text.charCodeAt(word.end) !== 0x2e) return false;
  const letter = text.charCodeAt(word.start);
  return (letter >= 0x41 && letter <= 0x5a) || letter === 0x110;
}
