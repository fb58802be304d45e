// The interview stage: paragraph kinds for every paragraph, the question/answer pairs, and the kinds of pieces
// of collapsed lines (a caption, a closing or an author run into a line). Paragraphed interviews (questions by
// `?`, by request, by label, dash style) and collapsed dumps (turn labels and questions inside one line) go
// through the same steps: cut the paragraphs into pieces, give each piece a role, pair them.
import {
  annotation,
  defineStage,
  type AnnotatedDocument,
  type InterviewResult,
  type ParagraphSpan,
  type TextSpan,
} from '../../pipeline/document.js';
import type { ParagraphKind } from '../../output/schema.js';
import { isCaption, isQuotedCaption, withInlineCaptions } from './captions.js';
import { isClosing, isEndNote } from './closings.js';
import { Colons, learnSpeakers } from './labels.js';
import { pairPieces, type PairedPieces } from './pairing.js';
import { carve, isDashCode, isQuestionPiece, isTextPiece, isWhiteSpaceAt, isWholeParagraph, ParagraphSentences, sentencesWithin, withRole, type Piece } from './pieces.js';
import {
  addressesInterviewee,
  announcesInterview,
  endsWithQuestionMark,
  isQuestionContext,
  isQuestionParagraph,
  isQuestionSentence,
  isQuotedQuestion,
  speaksInFirstPersonBesidesSelf,
} from './questions.js';
import { isInLexicon, WordLexicon } from './word-lexicon.js';
import { countWords, isLetterOrMarkBefore, SpanWords } from './words.js';
import { attributionWithCue } from '../metadata/attribution.js';
import { markCreditedCaptions, markSceneCaptions } from './scene-captions.js';
import { withDashTurns } from './dash-turns.js';
import { withStarredQuestions } from './starred-questions.js';
import { addTurns, addUnlabelledQuestions, splitTrailingClosing } from './turns.js';

const LEAD_PARAGRAPHS_FOR_SPEAKERS = 3;

/** True when `span` opens with a dash and a space (`- Tôi nghĩ vậy.`): `^[-–—]\s`. */
function opensWithDash(text: string, span: TextSpan): boolean {
  const code = text.charCodeAt(span.start);
  return span.end - span.start >= 2 && isDashCode(code) && isWhiteSpaceAt(text, span.start + 1);
}

/** True when `span` opens with a star and a space (`* Còn ... thì sao?`): a bullet, as a dash is. */
function opensWithStar(text: string, span: TextSpan): boolean {
  return span.end - span.start >= 2 && text.charCodeAt(span.start) === 0x2a && isWhiteSpaceAt(text, span.start + 1);
}

// The helpers and callbacks of this file are module-level, not closures made per article: V8 keeps a closure's
// optimized code only weakly, and recompiled it after every mark-compact.
function isAnswerOrTextPiece(piece: Piece): boolean {
  return piece.role === 'answer' || piece.role === 'text';
}

function isLabelledQuestion(piece: Piece): boolean {
  return piece.role === 'question' && piece.labelled;
}

function isClosingPiece(piece: Piece): boolean {
  return piece.role === 'closing';
}

/** True when one of the questions among `pieces` addresses the interviewee. */
function asksInterviewee(text: string, pieces: readonly Piece[]): boolean {
  for (const piece of pieces) if (piece.role === 'question' && addressesInterviewee(text, piece)) return true;
  return false;
}

/**
 * Whole-paragraph questions of a paragraphed interview; dash style alternates question and answer lines. A question
 * that addresses nobody counts only where another addresses the interviewee or the lead announces an interview:
 * an opinion piece may ask its readers a question or two.
 */
function markQuestionParagraphs(text: string, pieces: readonly Piece[], paragraphs: readonly ParagraphSpan[], sentences: ParagraphSentences): Piece[] {
  let previous: Piece | null = null;
  const marked: Piece[] = [];
  for (const current of pieces) {
    let next = current;
    if (current.role === 'text' && isWholeParagraph(current, paragraphs)) {
      const last = sentences.last(current.paragraph) ?? current;
      const answersDashQuestion = previous?.role === 'question' && opensWithDash(text, previous) && opensWithDash(text, current);
      if (!answersDashQuestion && isQuestionParagraph(text, current, last)) next = withRole(current, 'question');
    }
    if (next.role !== 'caption') previous = next;
    marked.push(next);
  }
  markQuestionContexts(text, marked, paragraphs);
  // Asked first: most interviews address the interviewee, and the lead need not be lower-cased and searched.
  if (asksInterviewee(text, marked)) return marked;
  const lead = pieces.find(isTextPiece);
  if (lead !== undefined && announcesInterview(text, lead)) return marked;
  for (let index = 0; index < marked.length; index += 1) if (marked[index]?.role === 'question') marked[index] = pieces[index] as Piece;
  return marked;
}

/**
 * A question over two paragraphs: a context paragraph that speaks to the interviewee (no question of its own) right
 * before a short question paragraph, after an answer (a text paragraph after the previous question, so that answer
 * keeps a paragraph of its own). Pairing joins the two into one question.
 */
function markQuestionContexts(text: string, marked: Piece[], paragraphs: readonly ParagraphSpan[]): void {
  let sinceQuestion = -1; // text paragraphs since the last question; -1 before the first
  for (let index = 0; index < marked.length; index += 1) {
    const current = marked[index] as Piece;
    if (current.role === 'question') {
      sinceQuestion = 0;
      continue;
    }
    if (current.role !== 'text' || sinceQuestion < 0) continue;
    sinceQuestion += 1;
    const next = marked[index + 1];
    if (sinceQuestion < 2 || next?.role !== 'question' || next.paragraph !== current.paragraph + 1) continue;
    if (!isWholeParagraph(current, paragraphs) || !isWholeParagraph(next, paragraphs)) continue;
    if (isQuestionContext(text, current, next)) marked[index] = withRole(current, 'question');
  }
}

/**
 * Text between a labelled question and a labelled answer is the interviewer's (`PV: Context.` then an unlabelled
 * `Ông nghĩ sao?` paragraph, then `Ông A: ...`): the speaker's label is where the answer starts. So are the sentences
 * after the question's mark in its own paragraph, read as an answer run on after it (`PV: Còn bệnh sởi thì sao? Tháng
 * trước, một ca bệnh ...`), when the next paragraph opens with the speaker's label.
 */
function joinTextBeforeSpeakerLabel(result: Piece[]): void {
  for (let index = 0; index < result.length; index += 1) {
    const question = result[index];
    if (question?.role !== 'question' || !question.labelled) continue;
    let last = index;
    while (result[last + 1]?.role === 'text' || isRunOnAfterQuestion(result[last + 1], question)) last += 1;
    const answer = result[last + 1];
    if (last === index || answer?.role !== 'answer' || !answer.labelled) continue;
    for (let between = index + 1; between <= last; between += 1) {
      result[between] = withRole(result[between] as Piece, 'question', true);
    }
    index = last;
  }
}

/** True when `piece` is the unlabelled rest of `question`'s paragraph, read as an answer run on after its mark. */
function isRunOnAfterQuestion(piece: Piece | undefined, question: Piece): boolean {
  return piece !== undefined && piece.role === 'answer' && !piece.labelled && piece.paragraph === question.paragraph && piece.start >= question.end;
}

/**
 * In an interview whose questions are labelled (`PV: ...`), a whole paragraph after an answer that asks the
 * interviewee (`Để đạt mục tiêu ..., thưa ông?`), right before a paragraph opened by the speaker's label (`Ông A:
 * ...`), or that ends with a question mark (a short question about a body, `Sở có kiến nghị gì?`): the interviewer's
 * question with its label left out, not more of the answer before it (a speaker does not ask himself and then answer
 * under his label). Where no question is labelled, the unlabelled questions are all found
 * later, together (markQuestionParagraphs, dash turns).
 */
function markQuestionsBeforeSpeakerLabel(text: string, result: Piece[], paragraphs: readonly ParagraphSpan[], sentences: ParagraphSentences): void {
  if (!result.some(isLabelledQuestion)) return;
  for (let index = 1; index + 1 < result.length; index += 1) {
    const current = result[index] as Piece;
    const answer = result[index + 1] as Piece;
    if (current.role !== 'text' || answer.role !== 'answer' || !answer.labelled || answer.paragraph !== current.paragraph + 1) continue;
    // (One that asks about a body without addressing anyone, short and not in the first person, is one too: `Về lâu
    // dài, Sở có kiến nghị gì với các bộ, ngành?`; see isQuestionParagraph.)
    if (!isWholeParagraph(current, paragraphs) || !(addressesInterviewee(text, current) || endsWithQuestionMark(text, current))) continue;
    if (isQuestionParagraph(text, current, sentences.last(current.paragraph) ?? current)) result[index] = withRole(current, 'question');
  }
}

const MAX_UNLABELLED_TURN_WORDS = 60;
/** A letter, a mark or a digit: a sentence that ends on one has lost its full stop or its question mark. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * True when `span` ends on a letter or a digit and its last sentence holds no colon: a question whose mark was left
 * out (`..., thưa anh`, `Ông nghĩ sao`), not a photo's credit (`Ảnh: Minh Anh`) nor a label.
 */
function endsUnpunctuated(text: string, span: TextSpan, last: TextSpan): boolean {
  let end = span.end;
  while (end > span.start && isWhiteSpaceAt(text, end - 1)) end -= 1;
  if (end <= span.start || !WORD_CHAR.test(text[end - 1] ?? '')) return false;
  for (let index = Math.max(span.start, last.start); index < end; index += 1) if (text.charCodeAt(index) === 0x3a) return false; // :
  return true;
}

/** True when one of the sentences of paragraph `paragraph` inside `span` asks (a question mark or a request). */
function holdsQuestion(text: string, span: TextSpan, paragraph: number, sentences: ParagraphSentences): boolean {
  for (const part of sentencesWithin(text, sentences, paragraph, span)) if (isQuestionSentence(text, part)) return true;
  return false;
}

/**
 * In an interview that has questions and answers opened by the speaker's label (`Ông A: ...`), a whole paragraph of
 * text right before such an answer that is not in the first person and asks in one of its sentences, not only its
 * last (`Còn chuyện ... thì sao, thưa bà? Nghe nói ...`, `Vì sao ...? Nhiều người nói ...`), or ends with no mark
 * at all (`Hiệu quả ... đến đâu, thưa anh`, `... được không. Hay vẫn phải chờ ...`): the interviewer's question,
 * however it is punctuated, since the speaker does not take two turns in a row. Short, or addressed to the
 * interviewee; a sentence with a colon at the end (a photo's credit) is none. Before a whole paragraph with no label
 * (the answer's label left out too), only one that ends with no mark and whose last sentence addresses the
 * interviewee (`... . Bác sĩ có lời khuyên gì cho các gia đình`) or that ends with the words that end a question
 * (`Vậy bà con sẽ đăng ký bằng cách nào`, `Nguồn vốn lấy ở đâu`) is.
 */
function markLooseQuestionsBeforeSpeakerLabel(text: string, pieces: Piece[], paragraphs: readonly ParagraphSpan[], sentences: ParagraphSentences): void {
  let labelled = false;
  for (const piece of pieces) if (piece.role === 'answer' && piece.labelled) {
    labelled = true;
    break;
  }
  if (!labelled || !pieces.some(isQuestionPiece)) return;
  for (let index = 0; index + 1 < pieces.length; index += 1) {
    const current = pieces[index] as Piece;
    const answer = pieces[index + 1] as Piece;
    if (current.role !== 'text' || answer.paragraph !== current.paragraph + 1) continue;
    // Before an answer with no label: only a paragraph that lost its mark and addresses the interviewee, or ends as a
    // question does (endsAsking).
    const bare = answer.role === 'text' && !answer.labelled;
    if (!bare && (answer.role !== 'answer' || !answer.labelled)) continue;
    const last = sentences.last(current.paragraph) ?? current;
    // The cheapest test first where most pieces stand: an answer's paragraph before the next one ends with its mark.
    if (bare && !endsUnpunctuated(text, current, last)) continue;
    if (!isWholeParagraph(current, paragraphs) || isQuotedQuestion(text, current)) continue;
    if (bare) {
      if (!(addressesInterviewee(text, last) || endsAsking(text, current)) || !isWholeParagraph(answer, paragraphs)) continue;
    } else if (!endsUnpunctuated(text, current, last) && !holdsQuestion(text, current, current.paragraph, sentences)) continue;
    if (!addressesInterviewee(text, current) && countWords(text, current, MAX_UNLABELLED_TURN_WORDS) > MAX_UNLABELLED_TURN_WORDS) continue;
    // In the first person only where the labelled answer opens by agreeing with it (`Ông A: Đúng vậy. ...`): the
    // interviewer put it to him, speaking for the readers or in the interviewee's words.
    if (!speaksInFirstPersonBesidesSelf(text, current) || (!bare && opensByAgreeing(text, answer))) pieces[index] = withRole(current, 'question');
  }
}

/**
 * The two words that end a question asking how, where, what or how much (`bằng cách nào`, `ra sao`, `ở đâu`, `là
 * gì`, `bao nhiêu`), or whether (`hay không`, `được không`): with its mark left out, still a question.
 */
const ASKING_ENDINGS = new WordLexicon([
  'thế nào', 'cách nào', 'khi nào', 'lúc nào', 'ra sao', 'thì sao', 'ở đâu', 'đến đâu', 'tới đâu', 'từ đâu', 'vào đâu',
  'là gì', 'làm gì', 'bao giờ', 'bao nhiêu', 'hay không', 'được không', 'hay chưa',
]);
const ASKING_ENDING_WORDS = 2;

/**
 * True when `span`'s last two words, at its very end, are a question's ending (ASKING_ENDINGS: `... sẽ tiếp cận kho
 * dữ liệu này bằng cách nào`). Read from the end: two words, no more.
 */
function endsAsking(text: string, span: TextSpan): boolean {
  let end = span.end;
  while (end > span.start && isWhiteSpaceAt(text, end - 1)) end -= 1;
  let start = end;
  for (let words = 0; words < ASKING_ENDING_WORDS; words += 1) {
    if (words > 0) {
      if (start - 1 <= span.start || text.charCodeAt(start - 1) !== 0x20) return false;
      start -= 1;
    }
    const wordEnd = start;
    while (start > span.start && isLetterOrMarkBefore(text, start, span.start)) start -= 1;
    if (start === wordEnd) return false;
  }
  return isInLexicon(ASKING_ENDINGS, text, start, end);
}

/** Words that open a reply by agreeing with what was put to the speaker: `Đúng vậy.`, `Vâng,`, `Chính xác.` */
const AGREEMENT_OPENERS = new WordLexicon(['đúng vậy', 'đúng thế', 'đúng như vậy', 'vâng', 'dạ', 'chính xác']);
const REPLY_WORDS = new SpanWords();

/** True when `answer` opens by agreeing (AGREEMENT_OPENERS), its words then ending in a mark (`Đúng vậy.`, `Vâng,`). */
function opensByAgreeing(text: string, answer: TextSpan): boolean {
  const words = REPLY_WORDS.read(text, answer, 4);
  const length = words.phraseAt(0, AGREEMENT_OPENERS, 3);
  if (length === 0) return false;
  const mark = text.charCodeAt(words.end(length - 1));
  return mark === 0x2e || mark === 0x2c || mark === 0x21; // . , !
}

/** Fewest questions opened by a dash that make a dash the article's mark of a question. */
const MIN_DASHED_QUESTIONS = 2;

/**
 * In an interview whose questions open with a dash (`- Thưa bà, ...?`, two or more) and whose answers do not, a whole
 * paragraph of text opened by a dash, after an answer (not right after a question: a dash line there is a dash
 * answer), addressed to the interviewee or with its mark left out, not in the first person, is a question too
 * (`- Câu lạc bộ của bà ra đời trong hoàn cảnh nào`): the article's own mark of its questions. In an interview whose
 * turns carry labels (`PV:`, `Ông A:`) and whose answers never open with a dash, one such dash line between answers
 * that asks in one of its sentences (`- Còn việc xử phạt? Tháng trước phường đã phạt bao nhiêu trường hợp`, `- Tỉnh
 * có những thị trường mới nào, thưa bà?`) is the interviewer's short follow-up, its dash the only label it has: a
 * list item of an answer opened by a dash does not ask. There the line may ask about anything, its mark kept (`- Khoa
 * đã làm gì để rút ngắn thời gian cấp cứu?`), and may open with a star instead (`* Còn các trạm cũ thì sao? Bà con
 * rất quan tâm.`): what tells it from a list item is that it asks and stands alone, no bullet line right before or
 * after it.
 */
function markDashedQuestions(text: string, pieces: Piece[], paragraphs: readonly ParagraphSpan[], sentences: ParagraphSentences): void {
  let dashed = 0;
  let candidates = 0;
  let labelled = false;
  let before: Piece | null = null;
  for (const piece of pieces) {
    const after = before;
    if (piece.role !== 'caption') before = piece;
    if (piece.labelled && (piece.role === 'question' || piece.role === 'answer')) labelled = true;
    if (!opensWithDash(text, piece)) {
      if (piece.role === 'text' && opensWithStar(text, piece)) candidates += 1;
      continue;
    }
    if (piece.role === 'question') dashed += 1;
    // An answer opened by a dash: dash dialogue, where the dash marks every turn.
    else if (piece.role === 'answer' || (piece.role === 'text' && after?.role === 'question')) return;
    else if (piece.role === 'text') candidates += 1;
  }
  // Fewer dashed questions than the mark needs: only a dash line that asks, in an interview labelled otherwise.
  const asking = dashed < MIN_DASHED_QUESTIONS;
  if (candidates === 0 || (asking && !labelled)) return;
  let previous: Piece | null = null;
  for (let index = 0; index < pieces.length; index += 1) {
    const current = pieces[index] as Piece;
    const after = previous;
    if (current.role !== 'caption') previous = current;
    if (current.role !== 'text' || after === null || after.role === 'question') continue;
    const dash = opensWithDash(text, current);
    if (!dash && !(asking && opensWithStar(text, current))) continue;
    if (!isWholeParagraph(current, paragraphs) || isQuotedQuestion(text, current)) continue;
    if (asking) {
      // A lone bullet line: none right before or after it (a list's items come in twos).
      const next = pieces[index + 1];
      if (opensWithBullet(text, after) || (next !== undefined && opensWithBullet(text, next))) continue;
      if (!holdsQuestion(text, current, current.paragraph, sentences)) continue;
    } else {
      const last = sentences.last(current.paragraph) ?? current;
      if (!addressesInterviewee(text, current) && !endsUnpunctuated(text, current, last)) continue;
    }
    if (!speaksInFirstPersonBesidesSelf(text, current)) pieces[index] = withRole(current, 'question');
  }
}

/** True when `span` opens with a dash or a star and a space: a bullet. */
function opensWithBullet(text: string, span: TextSpan): boolean {
  return opensWithDash(text, span) || opensWithStar(text, span);
}

/** The pieces with their unlabelled questions cut out, as in a dump known to be an interview (addUnlabelledQuestions). */
function withInterviewQuestions(text: string, pieces: readonly Piece[], paragraphs: readonly ParagraphSpan[], sentences: ParagraphSentences): Piece[] {
  const inline: Piece[] = [];
  let asked = false;
  for (const piece of pieces) {
    if (piece.role !== 'text') inline.push(piece);
    else if (addUnlabelledQuestions(inline, text, piece, sentences, asked, paragraphs[piece.paragraph]?.start === piece.start, true) > 0) asked = true;
  }
  return inline;
}

/**
 * A collapsed line labelled once: its turn labels gave one question only, unlabelled, asked right before the only
 * speaker's label (`... Thưa bà, ...? Bà Lê Thu Hằng: ...`), and that label's answer runs on to the line's end. The
 * rest of the interview is in that answer, its questions unlabelled (`... . Quy mô ... ra sao, thưa bà? Đoàn gồm
 * ...`): cut them out as in a dump known to be an interview (the label and the question before it say it is one).
 * The pieces unchanged when the labels gave anything else (a labelled question, two answers' labels, two questions).
 */
function withQuestionsInRunOnAnswer(text: string, pieces: readonly Piece[], paragraphs: readonly ParagraphSpan[], sentences: ParagraphSentences): Piece[] {
  let question = -1;
  let labelledAnswers = 0;
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index] as Piece;
    if (piece.role === 'question') {
      if (question >= 0 || piece.labelled) return pieces as Piece[];
      question = index;
    } else if (piece.role === 'answer' && piece.labelled) labelledAnswers += 1;
  }
  const answer = pieces[question + 1];
  if (question < 0 || labelledAnswers !== 1 || answer?.role !== 'answer' || !answer.labelled) return pieces as Piece[];
  if (answer.paragraph !== (pieces[question] as Piece).paragraph || answer.end !== paragraphs[answer.paragraph]?.end) return pieces as Piece[];
  const cut: Piece[] = [];
  if (addUnlabelledQuestions(cut, text, answer, sentences, true, false, true) === 0) return pieces as Piece[];
  // The answer keeps its first sentence: what asks right after the label is the speaker's.
  const first = cut[0] as Piece;
  if (first.role === 'question') return pieces as Piece[];
  cut[0] = withRole(first, 'answer');
  return [...pieces.slice(0, question + 1), ...cut, ...pieces.slice(question + 2)];
}

const MAX_ROLE_NOTE = 40;

/** The author's name with the note in brackets after it (`Hà Linh (thực hiện)`): the byline is both. */
function withRoleNote(text: string, author: TextSpan): TextSpan {
  let index = author.end;
  while (index < text.length && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09)) index += 1;
  if (text.charCodeAt(index) !== 0x28) return author; // (
  for (let end = index + 1; end < text.length && end <= index + MAX_ROLE_NOTE; end += 1) {
    const code = text.charCodeAt(end);
    if (code === 0x29) return { start: author.start, end: end + 1 }; // )
    if (code === 0x28 || code === 0x0a) break; // ( or a line break
  }
  return author;
}

/**
 * True when `piece` opens with `>>` or `»` (`>> Xem thêm: ...`): a link to a related article the page set among the
 * paragraphs, no part of an answer.
 */
function opensRelatedLink(text: string, piece: Piece): boolean {
  const code = text.charCodeAt(piece.start);
  return (code === 0x3e && text.charCodeAt(piece.start + 1) === 0x3e) || code === 0xbb; // >> »
}

/** A text piece that is a photo caption or the closing thanks, as such; any other piece as it is. */
function captionOrClosing(text: string, piece: Piece): Piece {
  if (piece.role !== 'text') return piece;
  if (opensRelatedLink(text, piece)) return withRole(piece, 'aside');
  if (isCaption(text, piece)) return withRole(piece, 'caption');
  if (isClosing(text, piece)) return withRole(piece, 'closing');
  return piece;
}

/** Whole paragraphs of text after the interviewer's thanks, at most: more is the article going on, no outro. */
const MAX_OUTRO_PARAGRAPHS = 2;

/**
 * The pieces with the interviewer's thanks cut off the end of the last answer (`... Xin cảm ơn ông!`): the last answer
 * or text piece after the last question, or the one before an outro of whole paragraphs of text (at most
 * MAX_OUTRO_PARAGRAPHS), which close the article after the interview (`Xin cảm ơn ông!` ending a dump's line, then
 * `Theo kế hoạch, lễ trao học bổng đợt 2 sẽ diễn ra ...` on a line of its own): the outro is the article's closing,
 * never more of the answer. Unchanged when no such piece ends with a closing.
 */
function withTrailingClosing(
  text: string,
  pieces: readonly Piece[],
  lastQuestion: number,
  paragraphs: readonly ParagraphSpan[],
  sentences: ParagraphSentences,
): Piece[] {
  let outro = 0;
  for (let index = pieces.length - 1; index > lastQuestion; index -= 1) {
    const host = pieces[index] as Piece;
    if (!isAnswerOrTextPiece(host)) continue;
    const split = splitTrailingClosing(text, host, sentences);
    if (split.length !== 1 || split[0] !== host) {
      const after: Piece[] = [];
      for (const piece of pieces.slice(index + 1)) after.push(piece.role === 'text' || piece.role === 'answer' ? withRole(piece, 'closing') : piece);
      return [...pieces.slice(0, index), ...split, ...after];
    }
    // Only whole paragraphs of text may stand between the thanks and the article's end.
    if (host.role !== 'text' || !isWholeParagraph(host, paragraphs) || (outro += 1) >= MAX_OUTRO_PARAGRAPHS) break;
  }
  return pieces as Piece[];
}

/** Most sign-offs and editor's notes that may close an article (isEndNote). */
const MAX_END_NOTES = 2;

/**
 * The pieces with the sign-offs and editor's notes that end the article as closings (`PV` alone, `* Bài viết thuộc
 * loạt bài ...`, `* Bài viết có sử dụng số liệu ...`): whole paragraphs of text or answer among the last pieces, with
 * nothing after them but bylines, sources, captions and closings. The pieces themselves when there is none.
 */
function withEndNotes(text: string, pieces: readonly Piece[], paragraphs: readonly ParagraphSpan[]): Piece[] {
  let marked: Piece[] | null = null;
  let notes = 0;
  for (let index = pieces.length - 1; index >= 0 && notes < MAX_END_NOTES; index -= 1) {
    const piece = pieces[index] as Piece;
    if (piece.role === 'byline' || piece.role === 'attribution' || piece.role === 'caption' || piece.role === 'closing') continue;
    if (piece.role === 'question' || !isWholeParagraph(piece, paragraphs) || !isEndNote(text, piece, pieces[index - 1])) break;
    marked ??= [...pieces];
    marked[index] = withRole(piece, 'closing');
    notes += 1;
  }
  return marked ?? (pieces as Piece[]);
}

export function splitInterview(document: AnnotatedDocument): InterviewResult {
  const { text, markup } = document;
  const paragraphs = annotation(document, 'paragraphs');
  const sentences = new ParagraphSentences(annotation(document, 'sentences'), paragraphs.length);
  const metadata = annotation(document, 'metadata');
  const metadataKinds = metadata.paragraphKinds;

  let pieces: Piece[] = [];
  const afterTitle = metadata.afterTitle;
  for (const paragraph of paragraphs) {
    if (metadataKinds.has(paragraph.index)) {
      // A dump run onto the title's line: what follows the byline there is the article's text.
      if (afterTitle !== undefined && afterTitle.start >= paragraph.start && afterTitle.end <= paragraph.end) {
        pieces.push({ start: afterTitle.start, end: afterTitle.end, paragraph: paragraph.index, role: 'text', labelled: false });
      }
      continue;
    }
    pieces.push({ start: paragraph.start, end: paragraph.end, paragraph: paragraph.index, role: 'text', labelled: false });
  }

  // What metadata read inside a line, and what markup marked.
  if (metadata.evidence.author) pieces = carve(text, pieces, withRoleNote(text, metadata.evidence.author), 'byline', false);
  if (metadata.evidence.attribution) pieces = carve(text, pieces, attributionWithCue(text, metadata.evidence.attribution), 'attribution', false);
  for (const caption of markup.captions ?? []) pieces = carve(text, pieces, caption, 'caption', true);
  for (const question of markup.boldQuestions ?? []) pieces = carve(text, pieces, question, 'question', true);
  pieces = withStarredQuestions(text, pieces);

  // Turn labels, then captions and closings among what is left.
  const known = learnSpeakers(text, pieces.slice(0, LEAD_PARAGRAPHS_FOR_SPEAKERS));
  const colons = new Colons(text);
  const turns: Piece[] = [];
  for (const piece of pieces) {
    if (piece.role !== 'text') {
      turns.push(piece);
      continue;
    }
    // A speaker's quote under their photo, its credit closing the line: a caption, though it opens as a label does.
    if (isQuotedCaption(text, piece)) {
      turns.push(withRole(piece, 'caption'));
      continue;
    }
    const first = turns.length;
    addTurns(turns, text, piece, sentences, known, colons);
    for (let index = first; index < turns.length; index += 1) turns[index] = captionOrClosing(text, turns[index] as Piece);
  }
  joinTextBeforeSpeakerLabel(turns);
  markQuestionsBeforeSpeakerLabel(text, turns, paragraphs, sentences);
  pieces = turns;

  // Unlabelled questions: whole paragraphs in a paragraphed interview, else questions inside collapsed lines.
  // Dash dialogue collapsed into lines, else whole-paragraph questions, else questions inside collapsed lines.
  const dashed = pieces.some(isQuestionPiece) ? null : withDashTurns(text, pieces, sentences);
  if (dashed !== null) pieces = dashed;
  else if (!pieces.some(isQuestionPiece)) {
    const byParagraph = markQuestionParagraphs(text, pieces, paragraphs, sentences);
    let paragraphQuestions = 0;
    for (const piece of byParagraph) if (piece.role === 'question') paragraphQuestions += 1;
    let inlineQuestions = 0;
    let inline: Piece[] = [];
    if (paragraphQuestions < 2) {
      for (const piece of pieces) {
        if (piece.role === 'text') inlineQuestions += addUnlabelledQuestions(inline, text, piece, sentences);
        else inline.push(piece);
      }
      // A dump known to be an interview: past its first question, more of what asks is a question.
      if (inlineQuestions >= 2) inline = withInterviewQuestions(text, pieces, paragraphs, sentences);
    }
    pieces = inlineQuestions >= 2 ? inline : byParagraph;
  } else pieces = withQuestionsInRunOnAnswer(text, pieces, paragraphs, sentences);
  markLooseQuestionsBeforeSpeakerLabel(text, pieces, paragraphs, sentences);
  markDashedQuestions(text, pieces, paragraphs, sentences);

  // Captions with no cue standing between the paragraphs of the answers (or right after the lead).
  const withSceneCaptions = markCreditedCaptions(
    text,
    markSceneCaptions(text, pieces, paragraphs, sentences, annotation(document, 'dateMentions')),
    paragraphs,
    sentences,
  );

  // Captions run into a collapsed line: cut out of answers (and off the end of questions).
  let final = withInlineCaptions(text, withSceneCaptions, sentences);

  // A closing run onto the end of the last answer, perhaps with an outro after it.
  const lastQuestion = final.findLastIndex(isQuestionPiece);
  if (lastQuestion >= 0 && !final.some(isClosingPiece)) final = withTrailingClosing(text, final, lastQuestion, paragraphs, sentences);
  // A reporter's sign-off or an editor's note closing the article.
  final = withEndNotes(text, final, paragraphs);

  const pairs = pairPieces(final);
  return {
    paragraphKinds: paragraphKinds(paragraphs, metadataKinds, final, pairs),
    pairs,
    inlineKinds: inlineKinds(final, paragraphs),
  };
}

/** Bits of what pairing made of a paragraph: part of a question, part of an answer. */
const IN_QUESTION = 1;
const IN_ANSWER = 2;

function paragraphKinds(
  paragraphs: readonly ParagraphSpan[],
  metadataKinds: ReadonlyMap<number, ParagraphKind>,
  pieces: readonly Piece[],
  pairs: readonly PairedPieces[],
): ParagraphKind[] {
  // What pairing made of each paragraph. A question may run over two paragraphs (a context paragraph, then the question).
  const paired = new Array<number>(paragraphs.length).fill(0); // a typed array this long would live outside the heap
  for (const pair of pairs) {
    for (let index = pair.question.paragraph; (paragraphs[index]?.start ?? Infinity) < pair.question.end; index += 1) {
      paired[index] = (paired[index] ?? 0) | IN_QUESTION;
    }
    for (const segment of pair.answerSegments) paired[segment.paragraph] = (paired[segment.paragraph] ?? 0) | IN_ANSWER;
  }
  const firstQuestion = pairs[0]?.question.paragraph ?? -1;
  // The role of a paragraph's only piece; null when it has several.
  const onlyRole = new Array<Piece['role'] | null | undefined>(paragraphs.length).fill(undefined);
  for (const piece of pieces) onlyRole[piece.paragraph] = onlyRole[piece.paragraph] === undefined ? piece.role : null;
  let leadGiven = false;
  const kinds: ParagraphKind[] = [];
  for (const paragraph of paragraphs) {
    const fromMetadata = metadataKinds.get(paragraph.index);
    const pairedAs = paired[paragraph.index] ?? 0;
    const only = onlyRole[paragraph.index];
    if (fromMetadata !== undefined) kinds.push(fromMetadata);
    else if (pairedAs & IN_QUESTION) kinds.push('question');
    else if (pairedAs & IN_ANSWER) kinds.push('answer');
    else if (only === 'caption' || only === 'closing' || only === 'byline' || only === 'attribution') kinds.push(only);
    else if (pairs.length > 0 ? paragraph.index < firstQuestion : !leadGiven) {
      leadGiven = true;
      kinds.push('lead');
    } else kinds.push('body');
  }
  return kinds;
}

function inlineKinds(pieces: readonly Piece[], paragraphs: readonly ParagraphSpan[]): InterviewResult['inlineKinds'] {
  const kinds: (TextSpan & { kind: ParagraphKind })[] = [];
  for (const piece of pieces) {
    if (piece.role !== 'caption' && piece.role !== 'closing' && piece.role !== 'byline' && piece.role !== 'attribution') continue;
    if (isWholeParagraph(piece, paragraphs)) continue;
    kinds.push({ start: piece.start, end: piece.end, kind: piece.role });
  }
  return kinds;
}

export const interviewStage = defineStage({
  name: 'interview',
  requires: ['paragraphs', 'sentences', 'dateMentions', 'metadata'],
  run: (document) => splitInterview(document),
});
