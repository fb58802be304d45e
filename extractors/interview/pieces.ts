// Pieces: the parts of the article's paragraphs the interview splitter reasons about. A paragraphed article gives
// one piece per paragraph; a collapsed dump gives several per line, cut at turn labels, at questions and at the
// captions, closings and author names run into it.
import type { SentenceSpan, TextSpan } from '../../pipeline/document.js';
import type { ParagraphKind } from '../../output/schema.js';

export type PieceRole = 'question' | 'answer' | 'text' | Extract<ParagraphKind, 'caption' | 'closing' | 'byline' | 'attribution'>;

export interface Piece extends TextSpan {
  readonly paragraph: number;
  readonly role: PieceRole;
  /** True when a label (`PV:`, `Ông Hiệp:`) or markup marked the turn. */
  readonly labelled: boolean;
}

const SPACE = /\s/u;
/** `\s` for each UTF-16 code unit, filled as code units are met: 0 unknown, 1 a space, 2 not. */
const SPACE_UNITS = new Uint8Array(0x10000);

function isWhiteSpaceCode(code: number): boolean {
  let known = SPACE_UNITS[code] ?? 2;
  if (known === 0) {
    known = SPACE.test(String.fromCharCode(code)) ? 1 : 2;
    SPACE_UNITS[code] = known;
  }
  return known === 1;
}

/** True when the character at `index` is one `\s` matches (what `trim` cuts); false past the end. */
export function isWhiteSpaceAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isWhiteSpaceCode(text.charCodeAt(index));
}

/** True when the character at `index` is a space, a tab or a line break, or a space outside ASCII. */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 32 || code === 10 || code === 9 || code === 13) return true;
  return code > 127 && isWhiteSpaceCode(code);
}

/** The piece with another role (object spreads are slow where pieces are made by the thousand). */
export function withRole(current: Piece, role: PieceRole, labelled = current.labelled): Piece {
  return { start: current.start, end: current.end, paragraph: current.paragraph, role, labelled };
}

/** `span` trimmed of spaces; null when nothing is left. */
export function trimmedSpan(text: string, start: number, end: number): TextSpan | null {
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(text, from)) from += 1;
  while (to > from && isSpaceAt(text, to - 1)) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

export function piece(text: string, base: Piece, start: number, end: number, role: PieceRole, labelled = base.labelled): Piece[] {
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(text, from)) from += 1;
  while (to > from && isSpaceAt(text, to - 1)) to -= 1;
  return from < to ? [{ start: from, end: to, paragraph: base.paragraph, role, labelled }] : [];
}

/** Cuts `span` out of every piece it overlaps, as a piece of its own with `role`. */
export function carve(text: string, pieces: readonly Piece[], span: TextSpan, role: PieceRole, labelled: boolean): Piece[] {
  const carved: Piece[] = [];
  for (const current of pieces) {
    if (span.end <= current.start || span.start >= current.end || current.role !== 'text') {
      carved.push(current);
      continue;
    }
    const from = Math.max(span.start, current.start);
    const to = Math.min(span.end, current.end);
    carved.push(
      ...piece(text, current, current.start, from, 'text'),
      ...piece(text, current, from, to, role, labelled),
      ...piece(text, current, to, current.end, 'text'),
    );
  }
  return carved;
}

/** The sentences of a paragraph clipped to `span`: a label that opens a turn mid-sentence cuts the sentence. */
export function sentencesWithin(text: string, sentences: readonly SentenceSpan[], span: TextSpan): TextSpan[] {
  const clipped: TextSpan[] = [];
  // Sentences are sorted and disjoint: find the first that ends after span.start by binary search.
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as SentenceSpan).end <= span.start) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < sentences.length; index += 1) {
    const sentence = sentences[index] as SentenceSpan;
    if (sentence.start >= span.end) break;
    // A sentence inside the span is its own part: the splitter trimmed it already.
    if (sentence.start >= span.start && sentence.end <= span.end) {
      clipped.push(sentence);
      continue;
    }
    const part = trimmedSpan(text, Math.max(sentence.start, span.start), Math.min(sentence.end, span.end));
    if (part) clipped.push(part);
  }
  return clipped;
}
