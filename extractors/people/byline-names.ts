// Reporters' names: in the byline (`Người viết: Nguyen Nam - Ngày viết: ...`, often without diacritics), as the
// metadata stage read it, or alone on the article's last line (`Minh Anh`, `Hương Giang - Thu Trang`).
import { firstStartingAtOrAfter, type MetadataResult, type ParagraphSpan, type TextSpan } from '../../pipeline/document.js';
import { BYLINE_LABEL, isCreditLabel, isNeverNameWord, opensSentenceWord } from './lexicon.js';
import { candidateOf, nameWords, startsMultiWordPlace, type NameCandidate, type NameContext } from './name-candidate.js';
import type { NameRun, RunWord } from './name-runs.js';

const MAX_NAME_WORDS = 4;
/** Paragraphs from the top where a byline may stand. */
const BYLINE_PARAGRAPHS = 4;
/** A last line longer than this is a sentence, not a signature. */
const MAX_SIGNATURE_LENGTH = 80;

const BYLINE_LABEL_AT_START = new RegExp(`^${BYLINE_LABEL}[ \\t]*:[ \\t]*`, 'u');
/** What may separate two names in a signature, and what may close it. */
const SIGNATURE_SEPARATOR = /^(?:[ \t]*[–—\-,&/][ \t]*|[ \t]+và[ \t]+)$/u;
const SIGNATURE_TAIL = /^[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*[.]?[ \t]*$/u;
const ATTRIBUTION_LINE = /^(?:Theo|Nguồn|Source)[ \t:]/u;

// The runs within a span are read from the first one starting in it (`firstStartingAtOrAfter`), in order, with no
// array made of them: runs never overlap, so only the last one starting in the span may end past it.

/** How many of `words` end by `end`. */
function wordsEndingBy(words: readonly RunWord[], end: number): number {
  let count = 0;
  while (count < words.length && (words[count] as RunWord).end <= end) count += 1;
  return count;
}

/**
 * The first name of at least two words that a run within `span` holds. A run that goes on past the span's end is
 * read up to it: a byline run together (`06:35 Quang Vinh Lượt xem: 5.062`, `HOSE Thu Trang Thứ Sáu, 05/12/2025`)
 * goes on in capitals after the author's name the metadata stage read.
 */
function firstNameIn(runs: readonly NameRun[], span: TextSpan, context: NameContext, rule: string): NameCandidate | null {
  for (let index = firstStartingAtOrAfter(runs, span.start); index < runs.length; index += 1) {
    const run = runs[index];
    if (run === undefined || run.start >= span.end) break;
    const inside = run.end > span.end ? wordsEndingBy(run.words, span.end) : run.words.length;
    if (inside < 2) continue;
    const words = nameWords(inside < run.words.length ? run.words.slice(0, inside) : run.words, 0, context, MAX_NAME_WORDS);
    // `Đức Anh` is a name though `Đức` alone is a country; `Hà Nội` on its own is a dateline.
    if (words.length < 2 || startsMultiWordPlace(context, run.start)) continue;
    const candidate = candidateOf(context.text, words, rule);
    if (candidate && !context.overlapsOrganization(candidate.start, candidate.end)) return candidate;
  }
  return null;
}

/**
 * The names after the author's first one (`first`) in the author's line, each of two words or more and one
 * separator after the last (`Y Khoa - Đình Thi`, `Minh Anh, Thu Hà và Quốc Bảo`), into `found`; stops at anything
 * else (`Y Khoa (TTXVN)`).
 */
function coAuthorsAfter(runs: readonly NameRun[], span: TextSpan, first: NameCandidate, context: NameContext, found: NameCandidate[]): void {
  const { text } = context;
  let end = first.end;
  for (let index = firstStartingAtOrAfter(runs, end); index < runs.length; index += 1) {
    const run = runs[index];
    if (run === undefined || run.end > span.end) break;
    if (!SIGNATURE_SEPARATOR.test(text.slice(end, run.start))) break;
    const words = nameWords(run.words, 0, context, MAX_NAME_WORDS);
    if (words.length < 2 || words.length !== run.words.length || startsMultiWordPlace(context, run.start)) break;
    const candidate = candidateOf(text, words, 'metadata-author');
    if (!candidate || context.overlapsOrganization(candidate.start, candidate.end)) break;
    found.push(candidate);
    end = candidate.end;
  }
}

/** A word in capitals (`KHÔI`, `TRẦN`), marks allowed. */
const ALL_CAPS_WORD = /^\p{Lu}(?:\p{Lu}|\p{M})*$/u;
/** A syllable's vowel, its marks taken off: an acronym (`PV`, `TTXVN`) has none. */
const BASE_VOWEL = /[AEIOUY]/u;
/** Longest author's line read for a name in capitals. */
const MAX_AUTHOR_LENGTH = 40;

/**
 * `MINH KHÔI` alone as the author: a name in capitals has no run of capitalized syllables, but the metadata stage
 * read it as the author, so it is one person, as written: two to four words of capitals, each with a vowel (no
 * acronym), one space apart.
 */
function allCapsAuthor(span: TextSpan, context: NameContext): NameCandidate | null {
  if (span.end - span.start > MAX_AUTHOR_LENGTH) return null;
  const words: RunWord[] = [];
  let start = span.start;
  for (const word of context.text.slice(span.start, span.end).split(' ')) {
    if (!ALL_CAPS_WORD.test(word) || !BASE_VOWEL.test(word.normalize('NFD'))) return null;
    words.push({ start, end: start + word.length, text: word, key: word.toLowerCase() });
    start += word.length + 1;
  }
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return null;
  const candidate = candidateOf(context.text, words, 'metadata-author');
  return candidate && !context.overlapsOrganization(candidate.start, candidate.end) ? candidate : null;
}

export function findBylineNames(
  runs: readonly NameRun[],
  paragraphs: readonly ParagraphSpan[],
  metadata: MetadataResult,
  context: NameContext,
): NameCandidate[] {
  const { text } = context;
  const found: NameCandidate[] = [];
  const authorSpan = metadata.evidence.author;
  if (authorSpan) {
    const candidate = firstNameIn(runs, authorSpan, context, 'metadata-author') ?? allCapsAuthor(authorSpan, context);
    if (candidate) {
      found.push(candidate);
      coAuthorsAfter(runs, authorSpan, candidate, context, found);
    }
  }
  if (found.length === 0) {
    for (let index = 0; index < Math.min(BYLINE_PARAGRAPHS, paragraphs.length); index += 1) {
      const paragraph = paragraphs[index];
      if (paragraph === undefined) break;
      const label = BYLINE_LABEL_AT_START.exec(text.slice(paragraph.start, paragraph.end));
      if (!label) continue;
      const candidate = firstNameIn(runs, { start: paragraph.start + label[0].length, end: paragraph.end }, context, 'byline');
      if (candidate && candidate.start === paragraph.start + label[0].length) found.push(candidate);
      break;
    }
  }
  return found.concat(signatureNames(runs, paragraphs, metadata, context));
}

/** Names alone on the last line before any attribution (`Theo VietQ`). */
function signatureNames(
  runs: readonly NameRun[],
  paragraphs: readonly ParagraphSpan[],
  metadata: MetadataResult,
  context: NameContext,
): NameCandidate[] {
  const { text } = context;
  let last = paragraphs.length - 1;
  while (last > 0) {
    const paragraph = paragraphs[last];
    if (paragraph === undefined) break;
    const isAttribution = metadata.paragraphKinds.get(paragraph.index) === 'attribution'
      || ATTRIBUTION_LINE.test(text.slice(paragraph.start, paragraph.end));
    if (!isAttribution) break;
    last -= 1;
  }
  const signature = paragraphs[last];
  if (signature === undefined || last < 2 || signature.end - signature.start > MAX_SIGNATURE_LENGTH) return [];
  const names: NameCandidate[] = [];
  let position = signature.start;
  for (let index = firstStartingAtOrAfter(runs, signature.start); index < runs.length; index += 1) {
    const run = runs[index];
    if (run === undefined || run.start >= signature.end) break;
    if (run.end > signature.end) continue;
    const between = text.slice(position, run.start);
    if (position !== signature.start && !SIGNATURE_SEPARATOR.test(between)) return [];
    if (position === signature.start && between !== '') return [];
    const words = nameWords(run.words, 0, context, MAX_NAME_WORDS);
    if (words.length < 2 || words.length !== run.words.length || startsMultiWordPlace(context, run.start)) return [];
    const candidate = candidateOf(text, words, 'signature');
    if (candidate === null || context.overlapsOrganization(candidate.start, candidate.end)) return [];
    names.push(candidate);
    position = run.end;
  }
  if (names.length === 0 || !SIGNATURE_TAIL.test(text.slice(position, signature.end))) return [];
  return names;
}

/**
 * What closes a credit's name: the agency in brackets or after a slash (`Thanh Hà (TTXVN)`, `Minh Quân/VNA`), or the
 * credit's end: the line's, a period's, a dash's, a bracket's (`Ảnh: Hoài Thu`, `Ảnh: Hoài Thu. Bà ...`, `(Ảnh: Hoài
 * Thu)`), or the reporter's label opening the next question of an interview collapsed into one line (`Ảnh: Hoài Thu
 * PV: Xin ông cho biết ...`).
 */
const AGENCY_AFTER_CREDIT_NAME = /^(?:(?:[ \t]*\(|\/)[ \t]*[A-ZĐ]|[ \t]*(?:[.\-–—)]|\r?\n|$)|[ \t]P\.?[ \t]?V[ \t]?:)/u;
/** Characters of the agency's opening read after the name. */
const AGENCY_LOOKAHEAD = 8;

/**
 * Photographers named in a credit with their agency, without a family name the lexicon knows too (`Ảnh: Thanh Hà
 * (TTXVN)`, `Ảnh: Minh Quân/VNA`): the whole run of capitalized words after the label, two to four of them, then the
 * agency. Not a place (`Ảnh: Hà Nội (ảnh minh họa)`) nor an organization.
 */
export function findCreditNames(runs: readonly NameRun[], context: NameContext): NameCandidate[] {
  const { text } = context;
  const found: NameCandidate[] = [];
  for (const run of runs) {
    if (run.words.length < 2) continue;
    if (!isCreditLabel(run.keyBefore)) {
      const bracketed = bracketedCreditName(run, context);
      if (bracketed) found.push(bracketed);
      continue;
    }
    let words = nameWords(run.words, 0, context, MAX_NAME_WORDS);
    // `Ảnh: Văn Dũng Tại Quảng Trị, ...`: a credit run into the next sentence, where the lines were joined, ends
    // before a word that never is a name's and opens that sentence, or before the name-like first syllable of a
    // word opening it (`Ảnh: Minh Châu Trình bày tờ trình, ...`).
    const next = run.words[words.length];
    let runsOn = next !== undefined && words.length >= 2 && isNeverNameWord(next.key);
    if (!runsOn && words.length > 2 && words.length === run.words.length && opensSentenceAfter(text, run.end, words[words.length - 1]?.key ?? '')) {
      words = words.slice(0, -1);
      runsOn = true;
    }
    if (!runsOn && !AGENCY_AFTER_CREDIT_NAME.test(text.slice(run.end, run.end + AGENCY_LOOKAHEAD))) continue;
    if ((!runsOn && words.length !== run.words.length) || startsMultiWordPlace(context, run.start)) continue;
    const candidate = candidateOf(text, words, 'credit');
    if (candidate && !context.overlapsOrganization(candidate.start, candidate.end)) found.push(candidate);
  }
  return found;
}

/** Sticky: the lower-case word one blank after a run of capitals. */
const LOWER_WORD_AFTER = /[ \t]([\p{Ll}\p{M}]+)/uy;

/** True when the run's last word (its key) and the lower-case word right after `end` make a word opening a sentence. */
function opensSentenceAfter(text: string, end: number, lastKey: string): boolean {
  LOWER_WORD_AFTER.lastIndex = end;
  const after = LOWER_WORD_AFTER.exec(text);
  return after !== null && opensSentenceWord(lastKey, after[1] ?? '');
}

/** How far back a caption opening with `Ảnh:` is looked for before a name in brackets. */
const CAPTION_REACH = 300;
const CAPTION_LABEL = 'Ảnh:';
/** What stands just before a caption's label: a line's start or a sentence's end. */
const CAPTION_OPENS_AFTER = /(?:^|\n|[.!?][ \t])$/u;
/** A sentence's end inside a caption: another sentence follows. */
const SENTENCE_END_INSIDE = /[.!?][ \t]+\p{Lu}/u;

/**
 * `Ảnh: Các nghệ nhân múa rối trên sân đình. (Thu Hà)`: the photographer of a caption that opens with its label, in
 * brackets alone after the caption's last sentence. The brackets hold the whole run, two to four name words, and the
 * caption (from its label to the period before the brackets) holds no other sentence's end.
 */
function bracketedCreditName(run: NameRun, context: NameContext): NameCandidate | null {
  const { text } = context;
  if (text.charCodeAt(run.start - 1) !== OPEN_BRACKET || text.charCodeAt(run.end) !== CLOSE_BRACKET) return null;
  let period = run.start - 2;
  while (period >= 0 && (text.charCodeAt(period) === SPACE || text.charCodeAt(period) === TAB)) period -= 1;
  if (period < 0 || text.charCodeAt(period) !== PERIOD) return null;
  const reach = Math.max(0, period - CAPTION_REACH);
  const within = text.slice(reach, period).lastIndexOf(CAPTION_LABEL);
  if (within < 0) return null;
  const label = reach + within;
  // The label opens the caption (a line's start or a sentence's), and no sentence ends between it and the period.
  const before = text.slice(Math.max(0, label - 2), label);
  if (label > 0 && !CAPTION_OPENS_AFTER.test(before)) return null;
  const caption = text.slice(label, period);
  if (caption.includes('\n') || SENTENCE_END_INSIDE.test(caption)) return null;
  const words = nameWords(run.words, 0, context, MAX_NAME_WORDS);
  if (words.length !== run.words.length || startsMultiWordPlace(context, run.start)) return null;
  const candidate = candidateOf(text, words, 'credit');
  return candidate && !context.overlapsOrganization(candidate.start, candidate.end) ? candidate : null;
}

const OPEN_BRACKET = 0x28;
const CLOSE_BRACKET = 0x29;
const PERIOD = 0x2e;
const SPACE = 0x20;
const TAB = 0x09;
