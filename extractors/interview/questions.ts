// What makes a sentence or a paragraph the interviewer's question: a closing question mark (`..., thưa ông?`), or a
// request (`Xin ông cho biết ...`, `Ông có thể chia sẻ ...`), addressed to the interviewee (`ông`, `bà`, `anh`,
// `chị`), not spoken in the first person, not a question quoted inside a report (`... hỏi: “Bao giờ ...?”`).
import type { TextSpan } from '../../pipeline/document.js';
import { ADDRESS_WORDS, FIRST_PERSON_WORDS, INTERVIEW_CUES, REQUEST_VERBS } from './lexicon.js';
import { wordsOf } from './words.js';

const CLOSERS = new Set([' ', '\t', '\n', '”', '"', '’', "'", '»', ')', ']']);
const ADDRESS_SOURCE = 'ông|bà|anh|chị|cô|chú|bác|thầy|ngài|bạn|quý vị|em';
const REQUEST = new RegExp(
  `^(?:(?:vậy|thế|còn|thưa (?:${ADDRESS_SOURCE})),?\\s+)?(?:xin|đề nghị|mời)\\s+(?:${ADDRESS_SOURCE})\\s+` +
    `|^(?:(?:vậy|thế|còn),?\\s+)?(?:${ADDRESS_SOURCE})\\s+(?:có thể|hãy|vui lòng|thử)\\s+(?:${REQUEST_VERBS.join('|')})`,
  'u',
);
const MAX_UNADDRESSED_QUESTION_WORDS = 60;
const REQUEST_WINDOW = 120;
/** How much of the lead may announce the interview. */
const LEAD_WINDOW = 1000;
const wordsPattern = (words: ReadonlySet<string>): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${[...words].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
const ADDRESS = wordsPattern(ADDRESS_WORDS);
const FIRST_PERSON = wordsPattern(FIRST_PERSON_WORDS);

/** The last character of `span` that is no space, closing quote or bracket, and what stands before it. */
export function endsWithQuestionMark(text: string, span: TextSpan): boolean {
  let end = span.end;
  while (end > span.start && CLOSERS.has(text[end - 1] ?? '')) end -= 1;
  while (end > span.start && (text[end - 1] === '!' || text[end - 1] === '.')) end -= 1;
  return end > span.start && text[end - 1] === '?';
}

/** A request that asks like a question: `Xin ông cho biết thêm về kế hoạch này.` */
export function isRequest(text: string, span: TextSpan): boolean {
  // The document's text is NFC with modern tone placement already: lower case is enough, and a request opens
  // its sentence, so its first words suffice.
  const opening = text.slice(span.start, Math.min(span.end, span.start + REQUEST_WINDOW)).toLowerCase();
  return REQUEST.test(opening.replace(/^[-–—•\s]+/u, ''));
}

export function isQuestionSentence(text: string, span: TextSpan): boolean {
  return endsWithQuestionMark(text, span) || isRequest(text, span);
}

export function addressesInterviewee(text: string, span: TextSpan): boolean {
  return ADDRESS.test(text.slice(span.start, span.end));
}

export function speaksInFirstPerson(text: string, span: TextSpan): boolean {
  return FIRST_PERSON.test(text.slice(span.start, span.end));
}

/** A question that stands inside quotation marks (`... hỏi: “Bao giờ ...?”`): a report quoting someone's question. */
export function isQuotedQuestion(text: string, span: TextSpan): boolean {
  const content = text.slice(span.start, span.end).trimEnd();
  if (!/\?\s*[”"»]$/u.test(content)) return false;
  const opening = Math.max(content.lastIndexOf('“'), content.lastIndexOf('"', content.length - 2), content.lastIndexOf('«'));
  return opening >= 0;
}

/**
 * A whole paragraph that is the interviewer's question: its last sentence asks (or requests), it is no quoted
 * question, and it addresses the interviewee or, short, does not speak in the first person.
 */
export function isQuestionParagraph(text: string, paragraph: TextSpan, lastSentence: TextSpan): boolean {
  if (!isQuestionSentence(text, lastSentence) || isQuotedQuestion(text, paragraph)) return false;
  if (addressesInterviewee(text, paragraph)) return true;
  const words = wordsOf(text, paragraph).length;
  return words <= MAX_UNADDRESSED_QUESTION_WORDS && !speaksInFirstPerson(text, paragraph);
}

const INTERVIEW_CUE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${INTERVIEW_CUES.join('|')})(?![\\p{L}\\p{M}])`, 'u');

/** A lead that announces an interview: `... đã có cuộc trao đổi với ...`, `... trả lời phỏng vấn ...`. */
export function announcesInterview(text: string, lead: TextSpan): boolean {
  return INTERVIEW_CUE.test(text.slice(lead.start, Math.min(lead.end, lead.start + LEAD_WINDOW)).toLowerCase());
}
