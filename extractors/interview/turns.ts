// Turns inside pieces: a piece cut at its labels (`PV:`, `Ông Hiệp:`), the interviewer's turn split into its
// question and any answer run on after it, and unlabelled questions found inside a collapsed line (question
// sentences addressed to the interviewee, then an answer in the first person).
import type { SentenceSpan, TextSpan } from '../../pipeline/document.js';
import { foldKey } from '../shared/vietnamese.js';
import { isCaption } from './captions.js';
import { isClosing } from './closings.js';
import { findTurnLabels, type Colons, type KnownSpeakers, type TurnLabel } from './labels.js';
import { BARE_QUESTION_RHETORICAL_OPENERS, SELF_ANSWER_OPENERS } from './lexicon.js';
import { addPiece, firstSentenceEndingAfter, isDashCode, isWhiteSpaceAt, sentencesWithin, trimmedSpan, type ParagraphSentences, type Piece } from './pieces.js';
import {
  addressesInterviewee,
  callsByThua,
  endsWithQuestionMark,
  firstClosingQuestion,
  isQuestionSentence,
  isQuotedQuestion,
  isRequest,
  opensByVocative,
  speaksInFirstPerson,
  speaksToInterviewee,
} from './questions.js';
import { SPACE } from './word-lexicon.js';
import { isUpperCaseLetterAt, SpanWords } from './words.js';

/** How many sentences after a question run are looked at for the first-person answer. */
const ANSWER_LOOKAHEAD = 2;

/**
 * The interviewer's turn: a closing, or a question with any unlabelled answer after it. When a speaker's label
 * follows the turn (`PV: ... ra sao? Nhiều người lo ngại ... . Ông X: ...`), everything up to that label is the
 * interviewer's: sentences after the question mark are more of the question, not an answer.
 */
function addQuestionTurn(pieces: Piece[], text: string, base: Piece, turn: TextSpan, sentences: ParagraphSentences, answeredByLabel: boolean): void {
  if (isClosing(text, turn)) return addPiece(pieces, text, base, turn.start, turn.end, 'closing', true);
  if (answeredByLabel) return addPiece(pieces, text, base, turn.start, turn.end, 'question', true);
  const parts = sentencesWithin(text, sentences, base.paragraph, turn);
  let first = 0;
  while (first < parts.length && !isQuestionSentence(text, parts[first] as TextSpan)) first += 1;
  if (first === parts.length) return addPiece(pieces, text, base, turn.start, turn.end, 'question', true);
  let last = first;
  while (last + 1 < parts.length && isQuestionSentence(text, parts[last + 1] as TextSpan)) last += 1;
  const questionEnd = (parts[last] as TextSpan).end;
  addPiece(pieces, text, base, turn.start, questionEnd, 'question', true);
  addPiece(pieces, text, base, questionEnd, turn.end, 'answer', false);
}

/** The text before the first label: lead text, and a caption run into the label (`Ông A - Cục trưởng Cục X PV:`). */
function addPrefix(pieces: Piece[], text: string, base: Piece, prefix: TextSpan, sentences: ParagraphSentences): void {
  const parts = sentencesWithin(text, sentences, base.paragraph, prefix);
  const tail = parts[parts.length - 1];
  if (tail !== undefined && isCaption(text, tail)) {
    addPiece(pieces, text, base, prefix.start, tail.start, 'text');
    addPiece(pieces, text, base, tail.start, prefix.end, 'caption');
    return;
  }
  addPiece(pieces, text, base, prefix.start, prefix.end, 'text');
}

/** A named turn that asks the interviewee, not in the first person: the interviewer named by outlet (`Tuổi Trẻ:`). */
function asksLikeInterviewer(text: string, turn: TextSpan): boolean {
  return endsWithQuestionMark(text, turn) && addressesInterviewee(text, turn) && !speaksInFirstPerson(text, turn);
}

/** Adds to `pieces` a text piece cut at its turn labels; the piece itself when it has none. */
export function addTurns(pieces: Piece[], text: string, base: Piece, sentences: ParagraphSentences, known: KnownSpeakers, colons: Colons): void {
  const labels = findTurnLabels(text, base, sentences, base.paragraph, known, colons);
  const firstLabel = labels[0];
  if (firstLabel === undefined) {
    pieces.push(base);
    return;
  }
  // A collapsed line may hold the interviewer's questions unlabelled, each right before the speaker's label.
  const prefix = { start: base.start, end: firstLabel.start };
  const askedFirst = firstLabel.kind === 'answer' ? questionBeforeLabel(text, base, prefix, sentences, true) : -1;
  addPrefix(pieces, text, base, { start: prefix.start, end: askedFirst < 0 ? prefix.end : askedFirst }, sentences);
  if (askedFirst >= 0) addPiece(pieces, text, base, askedFirst, prefix.end, 'question', false);
  for (let index = 0; index < labels.length; index += 1) {
    const label = labels[index] as TurnLabel;
    const next = labels[index + 1];
    const end = next?.start ?? base.end;
    const turn = { start: label.contentStart, end };
    // The same speaker's label next: no one takes two turns in a row, so this turn answers, and what asks at its end
    // (`... Ông Tâm: Nguyên nhân ... . Vì sao vẫn chưa chấm dứt? Ông Tâm: ...`) is the interviewer's unlabelled question.
    const again = label.kind === 'answer' && next?.kind === 'answer' && speakerKey(text, label) === speakerKey(text, next);
    if (label.kind === 'question') addQuestionTurn(pieces, text, base, turn, sentences, next?.kind === 'answer');
    else if (!again && asksLikeInterviewer(text, turn)) addPiece(pieces, text, base, turn.start, turn.end, 'question', true);
    else {
      const asked =
        next?.inSentence === true
          ? questionBeforeLabelInSentence(text, base, turn, sentences, again)
          : next?.kind === 'answer'
            ? questionBeforeLabel(text, base, turn, sentences, again)
            : -1;
      addPiece(pieces, text, base, turn.start, asked < 0 ? turn.end : asked, 'answer', true);
      if (asked >= 0) addPiece(pieces, text, base, asked, turn.end, 'question', false);
    }
  }
}

/** The last word of a label, folded: `Ông Võ Minh Tâm:` and `Ông Tâm:` both say `tâm`. */
function speakerKey(text: string, label: TurnLabel): string {
  let end = label.end;
  while (end > label.start && !isLetterOrMarkAt(text, end - 1)) end -= 1;
  let start = end;
  while (start > label.start && isLetterOrMarkAt(text, start - 1)) start -= 1;
  return foldKey(text.slice(start, end));
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
function isLetterOrMarkAt(text: string, at: number): boolean {
  return LETTER_OR_MARK.test(text[at] ?? '');
}

/**
 * Where the interviewer's unlabelled question starts at the end of `span`, right before a speaker's label in a
 * collapsed line (`... thuê bao. Vì sao tình trạng này vẫn chưa chấm dứt, thưa ông? Ông Tâm: Nguyên nhân ...`):
 * the run of question sentences (`?`, or a request) that ends the span. The speaker does not take two turns in a
 * row, so what asks between two of his labels is asked of him (`sameSpeaker`); between an answer and another
 * speaker's label (a round table) the question must address the interviewee (`thưa ông`, `ông`, `bà`). An answer
 * keeps its first sentence. A statement opened by a dialogue's dash right before the run sets the question up
 * (dashedSettingStart) and is asked with it. -1 when no question ends the span.
 */
function questionBeforeLabel(text: string, base: Piece, span: TextSpan, sentences: ParagraphSentences, sameSpeaker: boolean): number {
  const parts = sentencesWithin(text, sentences, base.paragraph, span);
  let first = firstClosingQuestion(text, parts);
  if (first === parts.length) return -1;
  // The span's start is a label's content (an answer): it keeps a sentence of its own. A prefix (the lead) may not.
  if (first === 0 && span.start !== base.start) return -1;
  if (!sameSpeaker && !asksInterviewee(text, parts, first, parts.length)) return -1;
  const setting = first > 0 ? dashedSettingStart(text, parts[first - 1] as TextSpan) : -1;
  // The answer keeps its first sentence's opening words.
  if (setting > (parts[0] as TextSpan).start || (setting >= 0 && first > 1)) return setting;
  return (parts[first] as TextSpan).start;
}

const MAX_DASHED_SETTING_WORDS = 25;
const SETTING_WORDS = new SpanWords();

/**
 * Where a dash opens the interviewer's turn inside `sentence`, the one right before a question run in a collapsed
 * line (`... khu phố. - Người dân lo nhất là bị giải tỏa. Ông trả lời họ thế nào? KTS. Khang: ...`, or after a line
 * with no stop, `>> Xem thêm: Quy hoạch chung đô thị - Người dân lo nhất ...`): the dash of a dialogue's turn, the
 * statement after it the question's setting. At the sentence's start, or its last dash between spaces; the words
 * after it a short statement in lower case but its first word (a dash before a post or a name, `ông A - Giám đốc Sở
 * Y`, is no turn's), not in the first person. -1 when none.
 */
function dashedSettingStart(text: string, sentence: TextSpan): number {
  let dash = -1;
  if (isDashCode(text.charCodeAt(sentence.start)) && text.charCodeAt(sentence.start + 1) === SPACE) dash = sentence.start;
  else {
    for (let index = sentence.end - 2; index > sentence.start; index -= 1) {
      if (isDashCode(text.charCodeAt(index)) && text.charCodeAt(index - 1) === SPACE && text.charCodeAt(index + 1) === SPACE) {
        dash = index;
        break;
      }
    }
  }
  if (dash < 0) return -1;
  let start = dash + 1;
  while (start < sentence.end && isWhiteSpaceAt(text, start)) start += 1;
  if (!isUpperCaseLetterAt(text, start, sentence.end)) return -1;
  const setting = { start, end: sentence.end };
  const words = SETTING_WORDS.read(text, setting, MAX_DASHED_SETTING_WORDS);
  if (words.count < 2 || words.count > MAX_DASHED_SETTING_WORDS) return -1;
  for (let index = 1; index < words.count; index += 1) if (words.isCapitalized(index)) return -1;
  return speaksInFirstPerson(text, setting) ? -1 : dash;
}

/**
 * Where the interviewer's question starts before a speaker's label that stands in mid-sentence (`... . Về giá
 * phân bón, nhiều hộ còn lo Ông Tư: Giá đã giảm ...`): the sentence the label cut, up to the label, is asked of
 * him, with any question sentences right before it, since the same speaker does not take two turns in a row;
 * before another speaker's label it must address the interviewee. Not in the first person; an answer keeps its
 * first sentence. -1 when none.
 */
function questionBeforeLabelInSentence(text: string, base: Piece, span: TextSpan, sentences: ParagraphSentences, sameSpeaker: boolean): number {
  const parts = sentencesWithin(text, sentences, base.paragraph, span);
  const last = parts.length - 1;
  const tail = parts[last];
  if (tail === undefined || last < 1 || speaksInFirstPerson(text, tail) || isQuotedQuestion(text, tail)) return -1;
  if (!sameSpeaker && !addressesInterviewee(text, tail)) return -1;
  let first = last;
  while (first > 1 && isQuestionSentence(text, parts[first - 1] as TextSpan) && !isQuotedQuestion(text, parts[first - 1] as TextSpan)) first -= 1;
  return (parts[first] as TextSpan).start;
}

/** True when one of `parts` from `from` to `to` (excluded) addresses the interviewee and is no quoted question. */
function asksInterviewee(text: string, parts: readonly TextSpan[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const sentence = parts[index] as TextSpan;
    if (addressesInterviewee(text, sentence) && !isQuotedQuestion(text, sentence)) return true;
  }
  return false;
}

/** True when one of `parts` from `from` to `to` (excluded) calls the interviewee `thưa ông`, unquoted. */
function callsIntervieweeByThua(text: string, parts: readonly TextSpan[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const sentence = parts[index] as TextSpan;
    if (callsByThua(text, sentence) && !isQuotedQuestion(text, sentence)) return true;
  }
  return false;
}

/**
 * True when one of `parts` from `from` to `to` (excluded) is a request to the interviewee (`Xin ông cho biết ...?`,
 * `Bà có thể chia sẻ ...?`), unquoted: the interviewer's words, whatever the answer's.
 */
function requestsOfInterviewee(text: string, parts: readonly TextSpan[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const sentence = parts[index] as TextSpan;
    if (isRequest(text, sentence) && !isQuotedQuestion(text, sentence)) return true;
  }
  return false;
}

/** True when one of `parts` from `from` to `to` (excluded) speaks in the first person. */
function answersInFirstPerson(text: string, parts: readonly TextSpan[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (speaksInFirstPerson(text, parts[index] as TextSpan)) return true;
  return false;
}

/**
 * True when one of the sentences of `base` (as sentencesWithin clips them) is a question sentence: a quick refusal
 * that reads the sentences in place, where most pieces hold none.
 */
function holdsQuestionSentence(text: string, base: Piece, sentences: ParagraphSentences): boolean {
  const end = sentences.end(base.paragraph);
  for (let index = firstSentenceEndingAfter(sentences, base.paragraph, base.start); index < end; index += 1) {
    const sentence = sentences.all[index] as SentenceSpan;
    if (sentence.start >= base.end) break;
    const inside = sentence.start >= base.start && sentence.end <= base.end;
    const part = inside ? sentence : trimmedSpan(text, Math.max(sentence.start, base.start), Math.min(sentence.end, base.end));
    if (part !== null && isQuestionSentence(text, part)) return true;
  }
  return false;
}

/**
 * True when the run of question sentences from `from` to `to` (included) is the interviewer's in a dump already
 * known to be an interview (`asked`: a question came before): not in the first person, followed by its answer, and
 * speaking to the interviewee as `you` (`Ông có thể chia sẻ ...?`) or opening its line (`Trong bối cảnh ..., nhà
 * trường đã chuẩn bị những gì?`): a collapsed line breaks where an answer ends and the next question starts.
 */
function asksInInterview(text: string, parts: readonly TextSpan[], from: number, to: number, opensLine: boolean, known: boolean): boolean {
  if (to + 1 >= parts.length) return false;
  for (let index = from; index <= to; index += 1) if (speaksInFirstPerson(text, parts[index] as TextSpan)) return false;
  if (from === 0 && opensLine) return true;
  for (let index = from; index <= to; index += 1) {
    const sentence = parts[index] as TextSpan;
    if (!isQuotedQuestion(text, sentence) && (speaksToInterviewee(text, sentence) || callsByThua(text, sentence))) return true;
  }
  return known && asksBare(text, parts, from, to);
}

/** Fewest and most words of a bare question (asksBare): `Tại sao?`, `Rồi sao nữa?` are the speaker's own. */
const MIN_BARE_QUESTION_WORDS = 7;
const MAX_BARE_QUESTION_WORDS = 40;
/** The words of the sentences asksBare reads. */
const BARE_WORDS = new SpanWords();

/** True when the last character of `span` that is no space is a full stop or an exclamation mark: a sentence ended there. */
function endsStatement(text: string, span: TextSpan): boolean {
  let end = span.end;
  while (end > span.start && isWhiteSpaceAt(text, end - 1)) end -= 1;
  const code = text.charCodeAt(end - 1);
  return end > span.start && (code === 0x2e || code === 0x21); // . !
}

/** True when `span` holds a quotation mark or a colon: a question quoted or reported (`Ông hỏi: ...?`, `“... ?”`). */
function quotesOrReports(text: string, span: TextSpan): boolean {
  for (let index = span.start; index < span.end; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb || code === 0x3a) return true; // " “ ” « » :
  }
  return false;
}

/**
 * True when a lone question sentence is the interviewer's in a dump with two questions already found (`known`), though
 * it addresses nobody (`Những khó khăn lớn nhất hiện nay là gì? Khó khăn đầu tiên là ...`): it opens after a statement
 * ends, quotes and reports nothing, has words enough, does not open as the speaker musing (`Vậy ...?`, `Liệu ...?`,
 * `Phải chăng ...?`), and the sentence after it is no reason given to it (`... vì sao? Vì ...`, `Bởi ...`), which is
 * the speaker answering himself. Not in the first person: asksInInterview has refused that already.
 */
function asksBare(text: string, parts: readonly TextSpan[], from: number, to: number): boolean {
  const before = parts[from - 1];
  if (from !== to || before === undefined || !(endsStatement(text, before) || isCaption(text, before))) return false;
  const question = parts[from] as TextSpan;
  const answer = parts[to + 1] as TextSpan;
  if (!endsWithQuestionMark(text, question) || quotesOrReports(text, question)) return false;
  const words = BARE_WORDS.read(text, question, MAX_BARE_QUESTION_WORDS);
  if (words.count < MIN_BARE_QUESTION_WORDS || words.count > MAX_BARE_QUESTION_WORDS) return false;
  if (words.phraseAt(0, BARE_QUESTION_RHETORICAL_OPENERS, 2) > 0) return false;
  return BARE_WORDS.read(text, answer, 2).phraseAt(0, SELF_ANSWER_OPENERS, 2) === 0;
}

const CLOSING_PARENTHESIS = 0x29;

/**
 * Where a question sentence really starts when a photo's caption closed by its credit in brackets runs into it with no
 * full stop (`Ảnh: Nhóm kiểm đếm tại bãi bồi (Ảnh: CBCC) Kinh phí cho hoạt động này lấy từ đâu?`): right after the
 * last closing bracket followed by a space and a capital, when what stands before it is a caption (isCaption). -1 when
 * no caption runs into it.
 */
function startAfterCredit(text: string, sentence: TextSpan): number {
  for (let index = sentence.end - 1; index > sentence.start; index -= 1) {
    if (text.charCodeAt(index) !== CLOSING_PARENTHESIS || !isWhiteSpaceAt(text, index + 1)) continue;
    let next = index + 1;
    while (next < sentence.end && isWhiteSpaceAt(text, next)) next += 1;
    if (!isUpperCaseLetterAt(text, next, sentence.end)) continue;
    return isCaption(text, { start: sentence.start, end: index + 1 }) ? next : -1;
  }
  return -1;
}

/** `parts` with each question sentence that a caption runs into cut in two, the caption and the question (startAfterCredit). */
function withCreditsCut(text: string, parts: TextSpan[]): TextSpan[] {
  let cut: TextSpan[] | null = null;
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index] as TextSpan;
    const start = endsWithQuestionMark(text, part) ? startAfterCredit(text, part) : -1;
    if (start < 0) {
      cut?.push(part);
      continue;
    }
    cut ??= parts.slice(0, index);
    const caption = trimmedSpan(text, part.start, start);
    if (caption !== null) cut.push(caption);
    cut.push({ start, end: part.end });
  }
  return cut ?? parts;
}

/** How many sentences of setting may stand between `Thưa đại biểu, ...` and the question it leads to. */
const MAX_SETTING_SENTENCES = 2;

/**
 * Where a question run that starts at `from` really starts: at a sentence before it (after the previous run, which
 * ends at `previousTo`) that opens by calling the interviewee `Thưa <title>,` and sets the question up
 * (`Thưa đại biểu, kỳ họp này có khối lượng công việc rất lớn. Bà kỳ vọng gì?`), with no first person up to it.
 */
function withVocativeSetting(text: string, parts: readonly TextSpan[], from: number, previousTo: number): number {
  for (let index = from - 1; index > previousTo && index >= from - MAX_SETTING_SENTENCES; index -= 1) {
    const sentence = parts[index] as TextSpan;
    if (isQuestionSentence(text, sentence) || speaksInFirstPerson(text, sentence)) return from;
    if (opensByVocative(text, sentence)) return index;
  }
  return from;
}

/**
 * Where the first question run of a line really starts, in a dump known to be an interview (`asked`): at the line's
 * start when up to MAX_SETTING_SENTENCES statements open the line and set up a question to the interviewee
 * (`Thị trường Nhật đang siết quy định về dư lượng. Doanh nghiệp cần làm gì, thưa bà?`): a collapsed line breaks
 * where an answer ends and the next question starts, so what opens it is the interviewer's. Not when one of those
 * sentences speaks in the first person (the speaker's answer going on) or is a photo caption.
 */
function withLineSetting(text: string, parts: readonly TextSpan[], from: number, to: number): number {
  if (from === 0 || from > MAX_SETTING_SENTENCES || !asksInterviewee(text, parts, from, to + 1)) return from;
  for (let index = 0; index < from; index += 1) {
    const sentence = parts[index] as TextSpan;
    if (speaksInFirstPerson(text, sentence) || isCaption(text, sentence)) return from;
  }
  return 0;
}

/**
 * Adds to `pieces` a text piece with its unlabelled questions cut out: runs of question sentences of which one
 * addresses the interviewee, followed within two sentences by words in the first person. Text before the first
 * run stays text (the lead); text after a run is its answer. Returns how many questions it cut out. Where `asked`
 * (past the first question of a dump) or past a first run, asksInInterview says what else is a question; where `known`
 * (a dump with two such questions at least), a bare question too (asksBare).
 */
export function addUnlabelledQuestions(
  pieces: Piece[],
  text: string,
  base: Piece,
  sentences: ParagraphSentences,
  asked = false,
  opensLine = false,
  known = false,
): number {
  if (!holdsQuestionSentence(text, base, sentences)) {
    pieces.push(base);
    return 0;
  }
  const parts = withCreditsCut(text, sentencesWithin(text, sentences, base.paragraph, base));
  const runs: { from: number; to: number }[] = [];
  let index = 0;
  while (index < parts.length) {
    if (!isQuestionSentence(text, parts[index] as TextSpan)) {
      index += 1;
      continue;
    }
    let to = index;
    while (to + 1 < parts.length && isQuestionSentence(text, parts[to + 1] as TextSpan)) to += 1;
    // The answer speaks in the first person soon after; or the question says `thưa ông` or asks as a request
    // (`Xin ông cho biết ...`) and an answer follows.
    const answered = answersInFirstPerson(text, parts, to + 1, Math.min(parts.length, to + 1 + ANSWER_LOOKAHEAD))
      || (to + 1 < parts.length && (callsIntervieweeByThua(text, parts, index, to + 1) || requestsOfInterviewee(text, parts, index, to + 1)));
    if ((asksInterviewee(text, parts, index, to + 1) && answered) || ((asked || runs.length > 0) && asksInInterview(text, parts, index, to, opensLine, known))) {
      const from = withVocativeSetting(text, parts, index, runs[runs.length - 1]?.to ?? -1);
      runs.push({ from: asked && opensLine && runs.length === 0 ? withLineSetting(text, parts, from, to) : from, to });
    }
    index = to + 1;
  }
  if (runs.length === 0) {
    pieces.push(base);
    return 0;
  }
  let cursor = base.start;
  let role: Piece['role'] = 'text';
  let questions = 0;
  for (const run of runs) {
    const start = (parts[run.from] as TextSpan).start;
    const end = (parts[run.to] as TextSpan).end;
    addPiece(pieces, text, base, cursor, start, role);
    const before = pieces.length;
    addPiece(pieces, text, base, start, end, 'question', false);
    questions += pieces.length - before;
    cursor = end;
    role = 'answer';
  }
  addPiece(pieces, text, base, cursor, base.end, role);
  return questions;
}

/** The closing at the end of the last answer of a dump (`... Xin cảm ơn ông! Chúc ông sức khỏe.`), as a piece. */
export function splitTrailingClosing(text: string, base: Piece, sentences: ParagraphSentences): Piece[] {
  const parts = sentencesWithin(text, sentences, base.paragraph, base);
  const pieces: Piece[] = [];
  for (let index = Math.max(1, parts.length - 2); index < parts.length; index += 1) {
    const sentence = parts[index] as TextSpan;
    if (isClosing(text, { start: sentence.start, end: base.end })) {
      addPiece(pieces, text, base, base.start, sentence.start, base.role);
      addPiece(pieces, text, base, sentence.start, base.end, 'closing');
      return pieces;
    }
  }
  pieces.push(base);
  return pieces;
}
