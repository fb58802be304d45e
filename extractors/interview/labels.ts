// Turn labels inside a paragraph: the interviewer's (`PV:`, `P.V:`, `Phóng viên:`, `Hỏi:`), the interviewee's
// with no name (`Đáp:`), and speaker labels, a name or title with a colon (`Ông Nguyễn Xuân Sang:`,
// `- TS Nguyễn Minh Phong:`, `Hiệp:` when the lead introduced Hà Minh Hiệp). `PV:` may stand anywhere (a caption
// may have run into it); the others must open a sentence.
import { foldKey, initialsOf } from '../shared/vietnamese.js';
import type { SentenceSpan, TextSpan } from '../../pipeline/document.js';
import { matchAllAtStart } from '../shared/match-at-word-start.js';
import { ANSWER_LABELS, QUESTION_LABELS, SPEAKER_TITLES } from './lexicon.js';
import { firstSentenceEndingAfter, type ParagraphSentences } from './pieces.js';
import { isCapitalized, isLetterOrMarkBefore, isUpperCaseLetterAt } from './words.js';

export type LabelKind = 'question' | 'answer';

export interface TurnLabel extends TextSpan {
  readonly kind: LabelKind;
  /** Where the turn's words start, after the colon and spaces. */
  readonly contentStart: number;
  /** A known speaker's label in mid-sentence (`... lấy ở đâu Ông Phúc: ...`): the sentence's start ran into it. */
  readonly inSentence?: boolean;
}

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
const alternatives = (values: readonly string[]): string => [...values].sort((a, b) => b.length - a.length).map(escape).join('|');

/** An interviewer label anywhere, then a colon; NOT_IN_WORD checks that it does not start inside a word. */
const QUESTION_LABEL = new RegExp(`(?:[-–—]\\s*)?(?:${alternatives(QUESTION_LABELS.filter((label) => label.startsWith('P')))})\\s*:\\s*`, 'gu');
/** Zero-width and sticky: no letter, mark, digit or dot right before the position. */
const NOT_IN_WORD = /(?<![\p{L}\p{M}\p{N}.])/uy;
/** Labels that must open a sentence. */
const SENTENCE_QUESTION_LABEL = new RegExp(`^(?:[-–—]\\s*)?(?:${alternatives(QUESTION_LABELS)})\\s*:\\s*`, 'u');
const ANSWER_LABEL = new RegExp(`^(?:[-–—]\\s*)?(?:${alternatives(ANSWER_LABELS)})\\s*:\\s*`, 'u');
/**
 * A candidate speaker label: up to 60 characters with no sentence punctuation, perhaps a bracket that says who the
 * speaker is (`Ông Phạm Văn A (chủ tàu QNg-90123-TS, thành viên Chi hội nghề cá xã X):`), then a colon and a space.
 */
const SPEAKER_CANDIDATE = /^(?:[-–—]\s*)?([^:,;!?“”"()\d\n\-–—][^:,;!?“”"()\d\n]{0,59}?)\s*(?:\([^():\n]{1,100}\)\s*)?:\s+/u;
const MAX_SPEAKER_WORDS = 9;

/** Capital letters each followed by a dot, the last dot optional: `N.T.H.Y`, `P.Q.B.`. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,5}\p{Lu}?\.?$/u;

/** Names the lead introduced (`Ông Hà Minh Hiệp`): full names and given names, folded. */
export type KnownSpeakers = ReadonlySet<string>;

/** True when `label` (the words before a colon) names a speaker. */
export function isSpeakerLabel(label: string, known: KnownSpeakers): boolean {
  const words = label.split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_SPEAKER_WORDS) return false;
  if (known.has(foldKey(label))) return true;
  // A known speaker's initials written with dots (`N.T.H.Y` for Nông Thị Hải Yến, known as `NTHY`).
  if (words.length === 1 && DOTTED_INITIALS.test(label) && known.has(foldKey(label.replaceAll('.', '')))) return true;
  // A title or honorific, possibly of two or three words, then a name.
  for (let titleLength = Math.min(3, words.length - 1); titleLength >= 1; titleLength -= 1) {
    if (!SPEAKER_TITLES.has(foldKey(words.slice(0, titleLength).join(' ')))) continue;
    const rest = words.slice(titleLength);
    const capitalized = rest.filter(isCapitalized).length;
    if (isCapitalized(rest[rest.length - 1] ?? '') && capitalized / rest.length >= 0.6) return true;
  }
  // A full name: two to five capitalized syllables.
  return words.length >= 2 && words.length <= 5 && words.every((word) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(word));
}

/**
 * The colons of a text, as findTurnLabels asks for them: the first colon at or after a position. Paragraphs ask in
 * order, and one search answers every position up to the colon it found: an article with few colons is not searched
 * to its end once per paragraph.
 */
export class Colons {
  private searchedFrom = -1;
  private found = -1;

  constructor(private readonly text: string) {}

  /** The first colon at or after `from`; -1 when there is none. */
  next(from: number): number {
    if (this.searchedFrom < 0 || from < this.searchedFrom || (this.found >= 0 && from > this.found)) {
      this.searchedFrom = from;
      this.found = this.text.indexOf(':', from);
    }
    return this.found;
  }
}

/** What most paragraphs hold. */
const NO_LABELS: readonly TurnLabel[] = [];

/** How far into a sentence its label's colon may stand: a name, and a bracket saying who the speaker is. */
const MAX_LABEL_OPENING = 180;

/** The labels inside `span`, a part of paragraph `paragraph`, in order. */
export function findTurnLabels(
  text: string,
  span: TextSpan,
  sentences: ParagraphSentences,
  paragraph: number,
  known: KnownSpeakers,
  colons: Colons,
): readonly TurnLabel[] {
  // Every label ends with its colon, within the opening of a sentence that starts inside the span.
  let colon = colons.next(span.start);
  if (colon < 0 || colon >= span.end + MAX_LABEL_OPENING) return NO_LABELS;
  const labels: TurnLabel[] = [];
  if (colon < span.end) {
    for (const match of matchAllAtStart(QUESTION_LABEL, NOT_IN_WORD, text.slice(span.start, span.end))) {
      const start = span.start + match.index;
      labels.push({ start, end: start + match[0].length, kind: 'question', contentStart: start + match[0].length });
    }
  }
  // Interviewer labels are in order; one cursor walks them beside the sentences (linear on a long dump).
  const interviewer = [...labels];
  let cursor = 0;
  const sentencesEnd = sentences.end(paragraph);
  for (let index = firstSentenceEndingAfter(sentences, paragraph, span.start); index < sentencesEnd; index += 1) {
    const sentence = sentences.all[index] as SentenceSpan;
    if (sentence.start >= span.end) break;
    if (sentence.start < span.start) continue;
    while (cursor < interviewer.length && (interviewer[cursor] as TurnLabel).end <= sentence.start) cursor += 1;
    const nextInterviewer = interviewer[cursor];
    if (nextInterviewer !== undefined && nextInterviewer.start <= sentence.start) continue; // inside a PV: label
    const openingEnd = Math.min(sentence.end, sentence.start + MAX_LABEL_OPENING);
    if (colon < sentence.start) colon = colons.next(sentence.start);
    if (colon < 0) break;
    if (colon >= openingEnd) continue; // every label ends with its colon
    const opening = text.slice(sentence.start, openingEnd);
    const asked = SENTENCE_QUESTION_LABEL.exec(opening);
    if (asked) {
      labels.push({ start: sentence.start, end: sentence.start + asked[0].length, kind: 'question', contentStart: sentence.start + asked[0].length });
      continue;
    }
    const answered = ANSWER_LABEL.exec(opening) ?? null;
    const speaker = answered ?? SPEAKER_CANDIDATE.exec(opening);
    if (speaker === null) continue;
    if (answered === null && !isSpeakerLabel(speaker[1] ?? '', known)) continue;
    // A question label later in the same candidate (`Ông A - Cục trưởng PV:`) is the interviewer's, not a speaker.
    const end = sentence.start + speaker[0].length;
    if (nextInterviewer !== undefined && nextInterviewer.start > sentence.start && nextInterviewer.start < end) continue;
    labels.push({ start: sentence.start, end, kind: 'answer', contentStart: end });
  }
  // A line cut at labels already (a collapsed text) may hold a known speaker's label in mid-sentence too.
  if (labels.length > 0 && known.size > 0) addLabelsInSentence(text, span, known, colons, labels);
  return labels.sort((a, b) => a.start - b.start);
}

/** Most words of a known name before a colon (`Nguyễn Hoàng Phúc`). */
const MAX_NAME_WORDS = 4;

/**
 * A known speaker's label standing in mid-sentence inside `span`: a capitalized title (`Ông`), a name the lead
 * taught (`Phúc`, `Nguyễn Hoàng Phúc`), a colon, then a capitalized word, right after a word with no sentence mark
 * between (`... vậy nguồn nước lấy ở đâu Ông Phúc: Giải pháp ...`): the question's mark was left out where a
 * collapsed text joined the turns. Walks the span's colons only.
 */
function addLabelsInSentence(text: string, span: TextSpan, known: KnownSpeakers, colons: Colons, labels: TurnLabel[]): void {
  const found: TurnLabel[] = [];
  for (let colon = colons.next(span.start); colon >= 0 && colon < span.end; colon = colons.next(colon + 1)) {
    const label = labelInSentenceAt(text, span.start, colon, span.end, known);
    if (label === null) continue;
    let taken = false;
    for (const other of labels) if (other.start <= label.start && label.start < other.end) taken = true;
    if (!taken) found.push(label);
  }
  for (const label of found) labels.push(label);
}

function labelInSentenceAt(text: string, from: number, colon: number, to: number, known: KnownSpeakers): TurnLabel | null {
  let contentStart = colon + 1;
  if (contentStart >= to || text.charCodeAt(contentStart) !== 0x20) return null;
  while (contentStart < to && text.charCodeAt(contentStart) === 0x20) contentStart += 1;
  if (contentStart >= to || !isUpperCaseLetterAt(text, contentStart, to)) return null;
  let nameStart = colon;
  for (let words = 0; words < MAX_NAME_WORDS; words += 1) {
    let start = nameStart;
    while (start > from && isLetterOrMarkBefore(text, start, from)) start -= 1;
    if (start === nameStart || !isUpperCaseLetterAt(text, start, colon)) return null;
    nameStart = start;
    // A known given name may end a known full name (`Khải` of `Vũ Đình Khải`): with no title before it, read on.
    if (known.has(foldKey(text.slice(nameStart, colon)))) {
      const label = titledLabelAt(text, from, nameStart, colon, contentStart);
      if (label !== null) return label;
    }
    if (nameStart - 1 <= from || text.charCodeAt(nameStart - 1) !== 0x20) return null;
    nameStart -= 1;
  }
  return null;
}

/** The label whose known name starts at `nameStart` when a capitalized title stands before it, in mid-sentence. */
function titledLabelAt(text: string, from: number, nameStart: number, colon: number, contentStart: number): TurnLabel | null {
  const titleEnd = nameStart - 1;
  if (titleEnd <= from || text.charCodeAt(titleEnd) !== 0x20) return null;
  let titleStart = titleEnd;
  while (titleStart > from && isLetterOrMarkBefore(text, titleStart, from)) titleStart -= 1;
  if (titleStart === titleEnd) return null;
  if (!SPEAKER_TITLES.has(foldKey(text.slice(titleStart, titleEnd)))) {
    // A title of two words (`Luật sư Hà:`, `Bác sĩ Quân:`), the first capitalized.
    let twoStart = titleStart - 1;
    if (twoStart <= from || text.charCodeAt(twoStart) !== 0x20) return null;
    while (twoStart > from && isLetterOrMarkBefore(text, twoStart, from)) twoStart -= 1;
    if (twoStart === titleStart - 1 || !SPEAKER_TITLES.has(foldKey(text.slice(twoStart, titleEnd)))) return null;
    titleStart = twoStart;
  }
  if (!isUpperCaseLetterAt(text, titleStart, titleEnd)) return null;
  // Mid-sentence: a word, then a space, right before the title (a sentence's opening is findTurnLabels' own).
  if (titleStart - 1 <= from || text.charCodeAt(titleStart - 1) !== 0x20 || !isLetterOrMarkBefore(text, titleStart - 1, from)) return null;
  if (colon < nameStart) return null;
  return { start: titleStart, end: contentStart, kind: 'answer', contentStart, inSentence: true };
}

/** Titles and pronouns that introduce a speaker in the lead, as regex sources; each opens with a plain letter. */
const INTRODUCING_TITLES = [
  'ông', 'bà', 'anh', 'chị', 'TS\\.?', 'PGS\\.?\\s?TS\\.?', 'GS\\.?', 'ThS\\.?', 'nhà văn', 'nhà thơ', 'nhà báo', 'Ông', 'Bà', 'Anh', 'Chị',
  // an architect, `KTS. Trần Đức Minh`, whose labels may give the initials with dots (`KTS. T.Đ.M:`)
  'KTS\\.?',
  // a doctor, perhaps with the grade of a specialist: `BS Lê Văn An`, `BS.CKII Trần Minh Khoa`
  'BS(?:\\.?\\s?CKI{1,2})?\\.?',
];
/**
 * A title or pronoun, then a name. Sticky: tried only where one of the titles' first letters stands with no letter
 * or mark before it (words.ts `isLetterOrMarkBefore`), the positions a search with that lookbehind would accept.
 */
const INTRODUCED_AT = new RegExp(
  `(?:${INTRODUCING_TITLES.join('|')})\\s+` + `(\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){1,4})`,
  'uy',
);
/** The titles' first letters, by UTF-16 code unit. */
const OPENS_TITLE = new Uint8Array(0x10000);
for (const title of INTRODUCING_TITLES) OPENS_TITLE[title.charCodeAt(0)] = 1;
const SPACES = /\s+/u;

/** Speakers the lead introduces, so that a label with the given name alone (`Hiệp:`) is known. */
export function learnSpeakers(text: string, spans: readonly TextSpan[]): Set<string> {
  const known = new Set<string>();
  for (const span of spans) {
    // A slice, so that a name ends where the span does.
    const content = text.slice(span.start, span.end);
    for (let index = 0; index < content.length; index += 1) {
      const code = content.charCodeAt(index);
      if (OPENS_TITLE[code] !== 1) continue;
      if (isLetterOrMarkBefore(content, index, 0)) continue;
      INTRODUCED_AT.lastIndex = index;
      const match = INTRODUCED_AT.exec(content);
      if (match === null) continue;
      const name = match[1] ?? '';
      known.add(foldKey(name));
      const words = name.split(SPACES);
      const given = words[words.length - 1];
      if (given) known.add(foldKey(given));
      // The initials of a full name label its turns too (`PQB:` for Phạm Quốc Bảo).
      if (words.length >= 3) known.add(foldKey(initialsOf(words)));
      index += match[0].length - 1; // matches do not overlap
    }
  }
  return known;
}
