// Pairs from pieces: questions one right after the other make one question (a context paragraph, then the
// question), each question opens a pair, the answer and text pieces after it are its segments until the
// next question; captions, closings, author and attribution pieces are never part of an answer, and nothing after
// the closing is. An article is an interview when it yields two pairs or more, or one pair whose question and
// answer are both labelled: a report that quotes one question yields none.
import type { QaPairSpan, TextSpan } from '../../pipeline/document.js';
import { isQuestionPiece, type Piece } from './pieces.js';

export interface PairedPieces {
  readonly question: Piece;
  readonly segments: readonly Piece[];
}

/** Question pieces one right after the other are one turn of the interviewer's: one piece from the first to the last. */
function joinAdjacentQuestions(pieces: readonly Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (const current of pieces) {
    const previous = joined[joined.length - 1];
    if (previous?.role === 'question' && current.role === 'question') {
      joined[joined.length - 1] = { start: previous.start, end: current.end, paragraph: previous.paragraph, role: previous.role, labelled: previous.labelled || current.labelled };
    } else {
      joined.push(current);
    }
  }
  return joined;
}

export function pairPieces(allPieces: readonly Piece[]): PairedPieces[] {
  const pieces = joinAdjacentQuestions(allPieces);
  const lastQuestion = pieces.findLastIndex(isQuestionPiece);
  const pairs: { question: Piece; segments: Piece[] }[] = [];
  let current: { question: Piece; segments: Piece[] } | null = null;
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index] as Piece;
    const role = piece.role === 'closing' && index < lastQuestion ? 'answer' : piece.role;
    if (role === 'question') {
      current = { question: piece, segments: [] };
      pairs.push(current);
    } else if (role === 'answer' || role === 'text') {
      current?.segments.push(piece);
    } else if (role === 'closing') {
      current = null;
    }
  }
  const answered = pairs.filter(isAnswered);
  if (answered.length >= 2) return answered;
  const only = answered[0];
  if (answered.length === 1 && only !== undefined && only.question.labelled && only.segments.some(isLabelled)) {
    return answered;
  }
  return [];
}

// The callbacks below are module-level, not arrows made per article: V8 keeps a closure's optimized code only weakly.
function isAnswered(pair: PairedPieces): boolean {
  return pair.segments.length > 0;
}

function isLabelled(piece: Piece): boolean {
  return piece.labelled;
}

function toTextSpan(piece: Piece): TextSpan {
  return { start: piece.start, end: piece.end };
}

function toPairSpan(pair: PairedPieces): QaPairSpan {
  return { question: toTextSpan(pair.question), answerSegments: pair.segments.map(toTextSpan) };
}

export function toPairSpans(pairs: readonly PairedPieces[]): QaPairSpan[] {
  return pairs.map(toPairSpan);
}
