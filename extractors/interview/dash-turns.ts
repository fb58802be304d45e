// Dash dialogue collapsed into one line: `... lead. - Câu hỏi? - Câu trả lời. - Câu hỏi khác? - Trả lời.` Each turn
// opens with a dash after the end of a sentence (or at the line's start) and an upper-case letter; a turn that ends
// with a question mark asks, the turn after it answers (whatever its own end), and a turn that does not ask after an
// answer goes on with that answer, unless it is the interviewer's thanks (`- Xin cảm ơn ông!`), a closing. Text before
// a line's first turn stays text (the lead, or an answer going on).
// Some sites dash the answers only, the question set apart by its type (bold) which the dump lost: `... lead. Thưa
// ông, ... ra sao? - Answer. Answer. Question, thưa ông? - Answer.`. Where every turn opens inside a line right after
// a question mark, each turn is an answer, and the question is the run of question sentences that ends the text
// before its dash (an answer keeps its first sentence).
import type { TextSpan } from '../../pipeline/document.js';
import { isClosing } from './closings.js';
import { addPiece, isDashCode, isWhiteSpaceAt, sentencesWithin, type ParagraphSentences, type Piece } from './pieces.js';
import { firstClosingQuestion } from './questions.js';

/** Characters that end a sentence before a turn's dash: . ? ! … and closing quotes or brackets after them. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x3f || code === 0x21 || code === 0x2026 || code === 0x22 || code === 0x201d || code === 0x29;
}

function isUpperAt(text: string, index: number): boolean {
  const char = text[index];
  if (char === undefined) return false;
  if (char === '"' || char === '“') return true;
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Where the dash turns of `piece` start (the offsets of their dashes): a dash, spaces, an upper-case letter. */
function turnStarts(text: string, piece: Piece): number[] {
  const starts: number[] = [];
  for (let index = piece.start; index < piece.end - 2; index += 1) {
    if (!isDashCode(text.charCodeAt(index)) || !isWhiteSpaceAt(text, index + 1)) continue;
    let after = index + 1;
    while (after < piece.end && isWhiteSpaceAt(text, after)) after += 1;
    if (!isUpperAt(text, after)) continue;
    if (index > piece.start) {
      let before = index - 1;
      if (!isWhiteSpaceAt(text, before)) continue;
      while (before > piece.start && isWhiteSpaceAt(text, before)) before -= 1;
      if (!endsSentence(text.charCodeAt(before))) continue;
    }
    starts.push(index);
  }
  return starts;
}

/** True when the turn from `start` to `end` ends with a question mark (closing quotes and spaces aside). */
function asks(text: string, start: number, end: number): boolean {
  let index = end - 1;
  while (index > start && (isWhiteSpaceAt(text, index) || text.charCodeAt(index) === 0x22 || text.charCodeAt(index) === 0x201d)) index -= 1;
  return text.charCodeAt(index) === 0x3f;
}

/** True when the last character before `index` that is no space is a question mark (closing quotes aside). */
function followsQuestionMark(text: string, from: number, index: number): boolean {
  let before = index - 1;
  while (before > from && (isWhiteSpaceAt(text, before) || text.charCodeAt(before) === 0x22 || text.charCodeAt(before) === 0x201d)) before -= 1;
  return before >= from && text.charCodeAt(before) === 0x3f;
}

/** True when every turn opens inside its line right after a question mark: the dashes open the answers alone. */
function dashesOpenAnswers(text: string, pieces: readonly Piece[], starts: readonly (number[] | null)[]): boolean {
  let turns = 0;
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index] as Piece;
    for (const start of starts[index] ?? []) {
      if (start <= piece.start || !followsQuestionMark(text, piece.start, start)) return false;
      turns += 1;
    }
  }
  return turns >= 2;
}

/**
 * Where the question ends the text from `start` to `dash` (a dashed answer follows): the run of question sentences
 * closing it, not quoted, no closing. An answer (`isAnswer`) keeps its first sentence; -1 when no question ends it.
 */
function questionBeforeDash(text: string, piece: Piece, start: number, dash: number, sentences: ParagraphSentences, isAnswer: boolean): number {
  const parts = sentencesWithin(text, sentences, piece.paragraph, { start, end: dash });
  let first = firstClosingQuestion(text, parts);
  if (first === parts.length) return -1;
  if (first === 0 && isAnswer) first = parts.length > 1 ? parts.length - 1 : 0;
  return (parts[first] as TextSpan).start;
}

/** The pieces cut where only the answers open with a dash (dashesOpenAnswers): each dash opens an answer. */
function withDashedAnswers(text: string, pieces: readonly Piece[], starts: readonly (number[] | null)[], sentences: ParagraphSentences): Piece[] {
  const result: Piece[] = [];
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index] as Piece;
    const found = starts[index];
    if (found === null || found === undefined || found.length === 0) {
      result.push(piece);
      continue;
    }
    let from = piece.start;
    for (let turn = 0; turn < found.length; turn += 1) {
      const dash = found[turn] as number;
      const role = turn === 0 ? 'text' : 'answer';
      const asked = questionBeforeDash(text, piece, from, dash, sentences, turn > 0);
      if (asked < 0) addPiece(result, text, piece, from, dash, role, false);
      else {
        addPiece(result, text, piece, from, asked, role, false);
        addPiece(result, text, piece, asked, dash, 'question', false);
      }
      from = dash + 1;
    }
    addPiece(result, text, piece, from, piece.end, 'answer', false);
  }
  return result;
}

/**
 * The pieces with collapsed dash dialogue cut into questions and answers; null when the article has none: fewer
 * than two asking turns, or no turn inside a line (paragraphed dash style is read paragraph by paragraph).
 */
export function withDashTurns(text: string, pieces: readonly Piece[], sentences: ParagraphSentences): Piece[] | null {
  // A question turn run into its answer shows `? -` somewhere: one native search spares most articles the scan.
  if (!text.includes('? - ') && !text.includes('? – ') && !text.includes('? — ')) return null;
  const starts: (number[] | null)[] = [];
  let inline = 0;
  let asking = 0;
  for (const piece of pieces) {
    const found = piece.role === 'text' ? turnStarts(text, piece) : null;
    starts.push(found);
    if (found === null) continue;
    for (let index = 0; index < found.length; index += 1) {
      const start = found[index] as number;
      if (start > piece.start) inline += 1;
      if (asks(text, start, found[index + 1] ?? piece.end)) asking += 1;
    }
  }
  if (dashesOpenAnswers(text, pieces, starts)) return withDashedAnswers(text, pieces, starts, sentences);
  if (inline === 0 || asking < 2) return null;
  const result: Piece[] = [];
  let afterQuestion = false;
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index] as Piece;
    const found = starts[index];
    if (found === null || found === undefined || found.length === 0) {
      result.push(piece);
      if (piece.role === 'text' && afterQuestion) afterQuestion = false;
      continue;
    }
    addPiece(result, text, piece, piece.start, found[0] as number, 'text');
    for (let turn = 0; turn < found.length; turn += 1) {
      const start = (found[turn] as number) + 1;
      const end = found[turn + 1] ?? piece.end;
      if (!afterQuestion && asks(text, start, end)) {
        addPiece(result, text, piece, start, end, 'question', false);
        afterQuestion = true;
      } else if (!afterQuestion && isClosing(text, { start, end })) {
        // The interviewer's thanks after the last answer (`- Xin cảm ơn ông!`): a closing, not more of that answer.
        addPiece(result, text, piece, start, end, 'closing', false);
      } else {
        addPiece(result, text, piece, start, end, 'answer', false);
        afterQuestion = false;
      }
    }
  }
  return result;
}
