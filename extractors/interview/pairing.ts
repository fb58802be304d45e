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

/** Question pieces one right after the other are one turn of the interviewer's: one piece from the first to the last. */
function joinedQuestion(previous: Piece, current: Piece): Piece {
  return { start: previous.start, end: current.end, paragraph: previous.paragraph, role: previous.role, labelled: previous.labelled || current.labelled };
}

/**
 * The answer segments of the pair being read: the first `openSegmentCount` of an array kept from article to article,
 * copied out at their exact number when the pair closes. An array grown from empty by `push` reserves 17 slots for
 * the usual one or two segments (and `length = 0` would drop the kept slots).
 */
const openSegments: Piece[] = [];
let openSegmentCount = 0;

function addSegment(piece: Piece): void {
  openSegments[openSegmentCount] = piece;
  openSegmentCount += 1;
}

/** Adds the pair of `question` and the open segments to `pairs` when it has an answer (an unanswered one is no pair). */
function closePair(pairs: PairedPieces[], question: Piece | null): void {
  if (question !== null && openSegmentCount > 0) pairs.push({ question, answerSegments: openSegments.slice(0, openSegmentCount) });
  openSegmentCount = 0;
}

export function pairPieces(pieces: readonly Piece[]): PairedPieces[] {
  // Joining adjacent questions keeps the pieces' order, so "a question comes later" reads the same on the pieces.
  const lastQuestion = pieces.findLastIndex(isQuestionPiece);
  const pairs: PairedPieces[] = [];
  let question: Piece | null = null;
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index] as Piece;
    const role = piece.role === 'closing' && index < lastQuestion ? 'answer' : piece.role;
    if (role === 'question') {
      if (question !== null && pieces[index - 1]?.role === 'question') {
        question = joinedQuestion(question, piece);
        continue;
      }
      closePair(pairs, question);
      question = piece;
    } else if (role === 'answer' || role === 'text') {
      if (question !== null) addSegment(piece);
    } else if (role === 'closing') {
      closePair(pairs, question);
      question = null;
    }
  }
  closePair(pairs, question);
  if (pairs.length >= 2) return pairs;
  const only = pairs[0];
  if (only !== undefined && only.question.labelled && only.answerSegments.some(isLabelled)) return pairs;
  return [];
}

// The callbacks below are module-level, not arrows made per article: V8 keeps a closure's optimized code only weakly.
function isLabelled(piece: Piece): boolean {
  return piece.labelled;
}
