// Pairs from pieces: questions one right after the other make one question (a context paragraph, then the
// question), each question opens a pair, the answer and text pieces after it are its segments until the
// next question; captions, closings, author and attribution pieces are never part of an answer, and nothing after
// the closing is. An article is an interview when it yields two pairs or more, or one pair whose question and
// answer are both labelled: a report that quotes one question yields none.
import type { QaPairSpan } from '../../pipeline/document.js';
import { isQuestionPiece, type Piece } from './pieces.js';

/** A pair as the stage returns it: its pieces are the spans (the record reads their `start` and `end`). */
export interface PairedPieces extends QaPairSpan {
  readonly question: Piece;
  readonly answerSegments: readonly Piece[];
}

interface OpenPair extends PairedPieces {
  question: Piece;
  readonly answerSegments: Piece[];
}

/** Question pieces one right after the other are one turn of the interviewer's: one piece from the first to the last. */
function joinedQuestion(previous: Piece, current: Piece): Piece {
  return { start: previous.start, end: current.end, paragraph: previous.paragraph, role: previous.role, labelled: previous.labelled || current.labelled };
}

export function pairPieces(pieces: readonly Piece[]): PairedPieces[] {
  // Joining adjacent questions keeps the pieces' order, so "a question comes later" reads the same on the pieces.
  const lastQuestion = pieces.findLastIndex(isQuestionPiece);
  const pairs: OpenPair[] = [];
  let current: OpenPair | null = null;
  let answered = 0;
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index] as Piece;
    const role = piece.role === 'closing' && index < lastQuestion ? 'answer' : piece.role;
    if (role === 'question') {
      if (current !== null && pieces[index - 1]?.role === 'question') {
        current.question = joinedQuestion(current.question, piece);
        continue;
      }
      current = { question: piece, answerSegments: [] };
      pairs.push(current);
    } else if (role === 'answer' || role === 'text') {
      if (current !== null && current.answerSegments.push(piece) === 1) answered += 1;
    } else if (role === 'closing') {
      current = null;
    }
  }
  const kept = answered === pairs.length ? pairs : pairs.filter(isAnswered);
  if (kept.length >= 2) return kept;
  const only = kept[0];
  if (kept.length === 1 && only !== undefined && only.question.labelled && only.answerSegments.some(isLabelled)) return kept;
  return [];
}

// The callbacks below are module-level, not arrows made per article: V8 keeps a closure's optimized code only weakly.
function isAnswered(pair: PairedPieces): boolean {
  return pair.answerSegments.length > 0;
}

function isLabelled(piece: Piece): boolean {
  return piece.labelled;
}
