// What makes a sentence or a paragraph the interviewer's question: a closing question mark (`..., thưa ông?`), or a
// request (`Xin ông cho biết ...`, `Ông có thể chia sẻ ...`), addressed to the interviewee (`ông`, `bà`, `anh`,
// `chị`), not spoken in the first person, not a question quoted inside a report (`... hỏi: “Bao giờ ...?”`).
import type { TextSpan } from '../../pipeline/document.js';
import { foldKey } from '../shared/vietnamese.js';
import { ADDRESS_WORDS, FIRST_PERSON_WORDS, INTERVIEW_CUES, REQUEST_VERBS } from './lexicon.js';
import { mentionsAny, wordsOf } from './words.js';

const TRAILING_CLOSERS = /[\s”"’'»)\]]+$/u;
const ADDRESS_SOURCE = 'ông|bà|anh|chị|cô|chú|bác|thầy|ngài|bạn|quý vị|em';
const REQUEST = new RegExp(
  `^(?:(?:vậy|thế|còn|thưa (?:${ADDRESS_SOURCE})),?\\s+)?(?:xin|đề nghị|mời)\\s+(?:${ADDRESS_SOURCE})\\s+` +
    `|^(?:(?:vậy|thế|còn),?\\s+)?(?:${ADDRESS_SOURCE})\\s+(?:có thể|hãy|vui lòng|thử)\\s+(?:${REQUEST_VERBS.join('|')})`,
  'u',
);
const MAX_UNADDRESSED_QUESTION_WORDS = 60;

export function endsWithQuestionMark(text: string, span: TextSpan): boolean {
  const content = text.slice(span.start, span.end).replace(TRAILING_CLOSERS, '');
  return /\?[!?.]*$/u.test(content);
}

/** A request that asks like a question: `Xin ông cho biết thêm về kế hoạch này.` */
export function isRequest(text: string, span: TextSpan): boolean {
  const content = foldKey(text.slice(span.start, span.end)).replace(/^[-–—•\s]+/u, '');
  return REQUEST.test(content);
}

export function isQuestionSentence(text: string, span: TextSpan): boolean {
  return endsWithQuestionMark(text, span) || isRequest(text, span);
}

export function addressesInterviewee(text: string, span: TextSpan): boolean {
  return mentionsAny(wordsOf(text, span), ADDRESS_WORDS);
}

export function speaksInFirstPerson(text: string, span: TextSpan): boolean {
  return mentionsAny(wordsOf(text, span), FIRST_PERSON_WORDS);
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
  return INTERVIEW_CUE.test(foldKey(text.slice(lead.start, lead.end)));
}
