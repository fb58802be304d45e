// Questions set in bold by markdown stars inside a collapsed line (`**Lead.** **Thưa ông, ... ra sao?** Answer ...
// **Question two?** Answer ...`): a plain-text dump keeps the stars a page's <strong> had, and a starred run that ends
// with a question mark is the interviewer's question as a bold line of an HTML page is (markup.boldQuestions). The
// stars stay out of the question; a starred run that asks nothing (the bold lead) stays text.
import type { TextSpan } from '../../pipeline/document.js';
import { carve, isWhiteSpaceAt, type Piece } from './pieces.js';

const STAR = 0x2a;
const QUESTION_MARK = 0x3f;
/** Closing quotes and brackets a question mark may stand before, inside the stars: `...?”**`, `...?)**`. */
const CLOSERS: ReadonlySet<number> = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x29]);
/** Fewest starred questions that make the runs an interview's: one bold question may be a report's subheading. */
const MIN_STARRED_QUESTIONS = 2;

/** True when `**` stands at `index` and no third star touches it. */
function isDoubleStarAt(text: string, index: number): boolean {
  return text.charCodeAt(index) === STAR && text.charCodeAt(index + 1) === STAR && text.charCodeAt(index - 1) !== STAR && text.charCodeAt(index + 2) !== STAR;
}

/** True when the run from `from` to `to` (its text, inside the stars) ends with a question mark, closers aside. */
function asksAtEnd(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && CLOSERS.has(text.charCodeAt(end - 1))) end -= 1;
  return end > from && text.charCodeAt(end - 1) === QUESTION_MARK;
}

/**
 * The starred runs of the text pieces that end with a question mark, inside the stars, where they are part of a
 * longer line (a whole line in stars is a paragraphed interview's question, found by its question mark). Runs open
 * after a space or at the piece's start and close before a space or at its end; stars are read in pairs, in order.
 */
function starredQuestions(text: string, pieces: readonly Piece[]): TextSpan[] {
  const found: TextSpan[] = [];
  for (const piece of pieces) {
    if (piece.role !== 'text') continue;
    let open = -1;
    let at = text.indexOf('**', piece.start);
    while (at >= 0 && at + 2 <= piece.end) {
      if (!isDoubleStarAt(text, at)) {
        at = text.indexOf('**', at + 1);
        continue;
      }
      if (open < 0) {
        if (at === piece.start || isWhiteSpaceAt(text, at - 1)) open = at;
      } else {
        const closes = at + 2 === piece.end || isWhiteSpaceAt(text, at + 2);
        if (closes && asksAtEnd(text, open + 2, at) && (open > piece.start || at + 2 < piece.end)) found.push({ start: open + 2, end: at });
        open = closes ? -1 : open;
      }
      at = text.indexOf('**', at + 2);
    }
  }
  return found;
}

/** The pieces with their starred questions carved out as labelled questions, when there are two or more. */
export function withStarredQuestions(text: string, pieces: Piece[]): Piece[] {
  const questions = starredQuestions(text, pieces);
  if (questions.length < MIN_STARRED_QUESTIONS) return pieces;
  let carved = pieces;
  // Carved with their stars, so that no neighbour keeps one; the question itself without them.
  for (const question of questions) carved = carve(text, carved, { start: question.start - 2, end: question.end + 2 }, 'question', true);
  for (let index = 0; index < carved.length; index += 1) {
    const piece = carved[index] as Piece;
    if (piece.role === 'question' && piece.labelled && isDoubleStarAt(text, piece.start) && isDoubleStarAt(text, piece.end - 2)) {
      carved[index] = { start: piece.start + 2, end: piece.end - 2, paragraph: piece.paragraph, role: 'question', labelled: true };
    }
  }
  return carved;
}
