// What makes a sentence or a paragraph the interviewer's question: a closing question mark (`..., thưa ông?`), or a
// request (`Xin ông cho biết ...`, `Ông có thể chia sẻ ...`), addressed to the interviewee (`ông`, `bà`, `anh`,
// `chị`), not spoken in the first person, not a question quoted inside a report (`... hỏi: “Bao giờ ...?”`).
import type { TextSpan } from '../../pipeline/document.js';
import { execAtStart } from '../shared/match-at-word-start.js';
import { isClosing } from './closings.js';
import { ADDRESS_WORDS, FIRST_PERSON_WORDS, INTERVIEW_CUES, REQUEST_VERBS, VOCATIVE_HEADS } from './lexicon.js';
import { isWhiteSpaceAt } from './pieces.js';
import { isInLexicon, WordLexicon } from './word-lexicon.js';
import { countWords, letterOrMarkLength, SpanWords } from './words.js';
import { WholeWords } from './whole-words.js';

/** What may close a sentence after its question mark: spaces, closing quotes and brackets. */
const CLOSERS: ReadonlySet<number> = new Set([...' \t\n”"’\'»)]'].map((char) => char.charCodeAt(0)));
const QUESTION_MARK = 0x3f;
const EXCLAMATION_MARK = 0x21;
const DOT = 0x2e;
const ADDRESS_SOURCE = 'ông|bà|anh|chị|cô|chú|bác|thầy|ngài|bạn|quý vị|em';
const REQUEST = new RegExp(
  `^(?:(?:vậy|thế|còn|thưa (?:${ADDRESS_SOURCE})),?\\s+)?(?:xin|đề nghị|mời)\\s+(?:${ADDRESS_SOURCE})\\s+` +
    `|^(?:(?:vậy|thế|còn),?\\s+)?(?:${ADDRESS_SOURCE})\\s+(?:có thể|hãy|vui lòng|thử)\\s+(?:${REQUEST_VERBS.join('|')})`,
  'u',
);
/** The words REQUEST may open with: a sentence opening on another word is no request. */
const REQUEST_OPENERS = new WordLexicon([
  'vậy', 'thế', 'còn', 'thưa', 'xin', 'đề', 'mời', ...ADDRESS_SOURCE.split('|').map((address) => address.split(' ')[0] ?? ''),
]);
/** The longest word REQUEST may open with: a longer first word opens no request. */
const LONGEST_OPENER = Math.max(...[...REQUEST_OPENERS.entries].map((word) => word.length));
/** True when the character at `index` may stand before a request's first word: a dash, a bullet, a space. */
function isRequestLeadAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2022 || isWhiteSpaceAt(text, index); // - – — •
}
const MAX_UNADDRESSED_QUESTION_WORDS = 60;
const REQUEST_WINDOW = 120;
/** How much of the lead may announce the interview. */
const LEAD_WINDOW = 1000;
const ADDRESS = new WholeWords(ADDRESS_WORDS);
const FIRST_PERSON = new WholeWords(FIRST_PERSON_WORDS.entries);

/** The last character of `span` that is no space, closing quote or bracket, and what stands before it. */
export function endsWithQuestionMark(text: string, span: TextSpan): boolean {
  let end = span.end;
  while (end > span.start && CLOSERS.has(text.charCodeAt(end - 1))) end -= 1;
  while (end > span.start && (text.charCodeAt(end - 1) === EXCLAMATION_MARK || text.charCodeAt(end - 1) === DOT)) end -= 1;
  return end > span.start && text.charCodeAt(end - 1) === QUESTION_MARK;
}

/** A request that asks like a question: `Xin ông cho biết thêm về kế hoạch này.` */
export function isRequest(text: string, span: TextSpan): boolean {
  // The document's text is NFC with modern tone placement already: lower case is enough, and a request opens
  // its sentence, so its first words suffice.
  const windowEnd = Math.min(span.end, span.start + REQUEST_WINDOW);
  let wordStart = span.start;
  while (wordStart < windowEnd && isRequestLeadAt(text, wordStart)) wordStart += 1;
  let wordEnd = wordStart;
  for (let length = letterOrMarkLength(text, wordEnd, windowEnd); length > 0 && wordEnd < windowEnd; ) {
    wordEnd += length;
    if (wordEnd - wordStart > LONGEST_OPENER) return false;
    length = letterOrMarkLength(text, wordEnd, windowEnd);
  }
  if (wordEnd === wordStart || !isInLexicon(REQUEST_OPENERS, text, wordStart, wordEnd)) return false;
  const opening = text.slice(span.start, windowEnd).toLowerCase();
  return REQUEST.test(opening.replace(/^[-–—•\s]+/u, ''));
}

export function isQuestionSentence(text: string, span: TextSpan): boolean {
  return endsWithQuestionMark(text, span) || isRequest(text, span);
}

/** `thưa ông`, `thưa bà`: the interviewer speaking to the interviewee, whatever the answer's words. */
const THUA_ADDRESS = new RegExp(`(?<![\\p{L}\\p{M}])thưa\\s+(?:${ADDRESS_SOURCE})(?![\\p{L}\\p{M}])`, 'iu');

/** True when `span` calls the interviewee `thưa ông` (`Đâu là khó khăn lớn nhất, thưa ông?`). */
export function callsByThua(text: string, span: TextSpan): boolean {
  return THUA_ADDRESS.test(text.slice(span.start, span.end));
}

/** Sticky: `Thưa`, one to four words, a comma, at a sentence's start (after a dash or a bullet). */
const THUA_VOCATIVE = /[-–—•\s]*Thưa\s((?:[\p{L}\p{M}]+\s){0,3}[\p{L}\p{M}]+),/uy;
const VOCATIVE_WINDOW = 60;

/**
 * True when `span` opens by calling one interviewee `Thưa <title>,` (`Thưa đại biểu, kỳ họp này ...`,
 * `Thưa Bộ trưởng, ...`): the interviewer's words, the setting of the question that follows. Not `Thưa các đồng chí,`
 * (an audience), not `Thưa chuyện với mẹ xong, ...` (the verb `thưa`, to tell one's elders).
 */
export function opensByVocative(text: string, span: TextSpan): boolean {
  THUA_VOCATIVE.lastIndex = 0;
  const match = THUA_VOCATIVE.exec(text.slice(span.start, Math.min(span.end, span.start + VOCATIVE_WINDOW)));
  if (match === null) return false;
  const called = (match[1] ?? '').toLowerCase();
  return VOCATIVE_HEADS.some((head) => called === head || called.startsWith(`${head} `));
}

export function addressesInterviewee(text: string, span: TextSpan): boolean {
  return ADDRESS.occursIn(text, span.start, span.end);
}

export function speaksInFirstPerson(text: string, span: TextSpan): boolean {
  return FIRST_PERSON.occursIn(text, span.start, span.end);
}

/** The first-person words but `mình`, which is also the reflexive `oneself` (`phát hiện mình bị lừa`). */
const FIRST_PERSON_BUT_SELF = new WholeWords([...FIRST_PERSON_WORDS.entries].filter((word) => word !== 'mình'));
const SELF = new WordLexicon(['mình']);
/** Words that open a clause, after which `mình` is its subject, the speaker: `nên mình chọn`, `thì mình nghĩ`. */
const CLAUSE_OPENERS = new WordLexicon(['thì', 'là', 'nên', 'nhưng', 'vì', 'nếu', 'mà', 'còn', 'và', 'rồi', 'song']);
const MAX_SELF_WORDS = 80;

/**
 * True when `span` speaks in the first person, `mình` counted only where it opens a clause (`Mình nghĩ ...`, `...,
 * mình chọn ...`, `nên mình ...`). After a verb or `của`, `mình` is the reflexive `oneself` of the clause's subject,
 * as in a question about others: `Khi phát hiện mình bị lừa, người dân cần làm gì?`.
 */
export function speaksInFirstPersonBesidesSelf(text: string, span: TextSpan): boolean {
  if (FIRST_PERSON_BUT_SELF.occursIn(text, span.start, span.end)) return true;
  const words = WORDS.read(text, span, MAX_SELF_WORDS);
  for (let index = 0; index < Math.min(words.count, MAX_SELF_WORDS); index += 1) {
    if (!words.isIn(index, SELF)) continue;
    if (index === 0 || words.isIn(index - 1, CLAUSE_OPENERS)) return true;
    // Punctuation between the word before and `mình` ends a clause there.
    for (let at = words.end(index - 1); at < words.start(index); at += 1) if (!isWhiteSpaceAt(text, at)) return true;
  }
  return words.count > MAX_SELF_WORDS && speaksInFirstPerson(text, span);
}

/** A question that stands inside quotation marks (`... hỏi: “Bao giờ ...?”`): a report quoting someone's question. */
export function isQuotedQuestion(text: string, span: TextSpan): boolean {
  // `?`, spaces, then a closing quote ends the text (what `/\?\s*[”"»]$/` asks), read from the end.
  let end = span.end;
  while (end > span.start && isWhiteSpaceAt(text, end - 1)) end -= 1;
  const closing = text[end - 1];
  if (end <= span.start || (closing !== '”' && closing !== '"' && closing !== '»')) return false;
  let mark = end - 2;
  while (mark >= span.start && isWhiteSpaceAt(text, mark)) mark -= 1;
  if (mark < span.start || text[mark] !== '?') return false;
  const content = text.slice(span.start, end);
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
  if (countWords(text, paragraph, MAX_UNADDRESSED_QUESTION_WORDS) > MAX_UNADDRESSED_QUESTION_WORDS) return false;
  return !speaksInFirstPersonBesidesSelf(text, paragraph);
}

const INTERVIEW_CUE = new RegExp(`(?:${INTERVIEW_CUES.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
/** Zero-width and sticky: no letter or mark right before the position. */
const AFTER_NO_LETTER = /(?<![\p{L}\p{M}])/uy;

/** A lead that announces an interview: `... đã có cuộc trao đổi với ...`, `... trả lời phỏng vấn ...`. */
export function announcesInterview(text: string, lead: TextSpan): boolean {
  const opening = text.slice(lead.start, Math.min(lead.end, lead.start + LEAD_WINDOW)).toLowerCase();
  return execAtStart(INTERVIEW_CUE, AFTER_NO_LETTER, opening) !== null;
}

/** The pronouns an interviewer calls the interviewee by, as `you`: `ông`, `bà`, `anh`, `chị`. */
const YOU_PRONOUNS = new WordLexicon(['ông', 'bà', 'anh', 'chị']);
/** Words after such a pronoun that make it a noun or a third person: `ông ấy`, `bà con`, `anh em`, `ông bà`. */
const NOT_YOU_AFTER = new WordLexicon([
  'ấy', 'ta', 'con', 'ông', 'bà', 'anh', 'chị', 'em', 'cha', 'nội', 'ngoại', 'già', 'chủ', 'xã', 'trời', 'lão', 'cụ',
  'bầu', 'tổ', 'cố', 'bác', 'cả', 'hai', 'họ', 'kia', 'đó', 'này', 'nọ',
]);
/** Words before it that do the same: `ông bà`, `tiếng Anh`, `các anh` (a group spoken of). */
const NOT_YOU_BEFORE = new WordLexicon(['ông', 'bà', 'anh', 'chị', 'tiếng', 'các', 'những', 'mấy', 'người', 'cụ']);
/** `thưa ông`: a pronoun after it speaks to the interviewee. */
const THUA = new WordLexicon(['thưa']);
/** `anh` capitalized after another word is England (`tiếng Anh`, `nước Anh`). */
const ANH = new WordLexicon(['anh']);
/** The words of the paragraph speaksToInterviewee reads. */
const WORDS = new SpanWords();
/** Those pronouns, whole words in any case. */
const YOU_PRONOUN = new WholeWords(YOU_PRONOUNS.entries);

/** A quick refusal for addressesAsYou: no pronoun of address stands in `span` (most paragraphs hold none). */
function mayAddressAsYou(text: string, span: TextSpan): boolean {
  return YOU_PRONOUN.occursIn(text, span.start, span.end);
}

/**
 * True when `span` speaks to the interviewee as `you` (`Năm ngoái, ông vừa nhận nhiệm vụ mới.`): a pronoun of
 * address not followed by a name (`ông Nguyễn Văn An`) and not part of a noun (`bà con`, `anh em`, `ông ấy`).
 */
export function speaksToInterviewee(text: string, span: TextSpan): boolean {
  return mayAddressAsYou(text, span) && addressesAsYou(WORDS.read(text, span));
}

function addressesAsYou(words: SpanWords): boolean {
  for (let index = 0; index < words.count; index += 1) {
    if (!words.isIn(index, YOU_PRONOUNS)) continue;
    if (words.isIn(index - 1, THUA)) return true; // `thưa ông`
    if (index > 0 && words.isCapitalized(index) && words.isIn(index, ANH)) continue; // `tiếng Anh`, `nước Anh`
    const next = index + 1;
    if (next >= words.count || words.isCapitalized(next) || words.isIn(next, NOT_YOU_AFTER)) continue;
    if (words.isIn(index - 1, NOT_YOU_BEFORE)) continue;
    return true;
  }
  return false;
}

const MAX_CONTEXT_WORDS = 80;
const MAX_FOLLOWING_QUESTION_WORDS = 40;
const MAX_CONTEXT_LENGTH = 600;
const MAX_FOLLOWING_QUESTION_LENGTH = 300;

/**
 * A paragraph that opens the interviewer's turn before a short question paragraph (`Năm ngoái, ông vừa nhận nhiệm
 * vụ mới.` then `Áp lực lớn nhất với ông là gì?`): it asks nothing itself, speaks to the interviewee as `you`, not in
 * the first person, and is short. An answer's paragraph seldom calls its listener `ông`.
 */
export function isQuestionContext(text: string, paragraph: TextSpan, question: TextSpan): boolean {
  if (paragraph.end - paragraph.start > MAX_CONTEXT_LENGTH || question.end - question.start > MAX_FOLLOWING_QUESTION_LENGTH) return false;
  if (endsWithQuestionMark(text, paragraph) || isQuotedQuestion(text, paragraph) || !mayAddressAsYou(text, paragraph)) return false;
  const words = WORDS.read(text, paragraph, MAX_CONTEXT_WORDS);
  if (words.count > MAX_CONTEXT_WORDS) return false;
  if (countWords(text, question, MAX_FOLLOWING_QUESTION_WORDS) > MAX_FOLLOWING_QUESTION_WORDS) return false;
  return !speaksInFirstPerson(text, paragraph) && addressesAsYou(words);
}

/**
 * Index in `parts` (a span's sentences, in order) of the first of the question sentences that close it: asked (`?` or
 * a request), not quoted, no closing formula. `parts.length` when the last sentence is no such question.
 */
export function firstClosingQuestion(text: string, parts: readonly TextSpan[]): number {
  let first = parts.length;
  while (first > 0) {
    const part = parts[first - 1] as TextSpan;
    if (!isQuestionSentence(text, part) || isQuotedQuestion(text, part) || isClosing(text, part)) break;
    first -= 1;
  }
  return first;
}
