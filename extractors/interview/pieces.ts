// Pieces: the parts of the article's paragraphs the interview splitter reasons about. A paragraphed article gives
// one piece per paragraph; a collapsed dump gives several per line, cut at turn labels, at questions and at the
// captions, closings and author names run into it.
import type { ParagraphSpan, SentenceSpan, TextSpan } from '../../pipeline/document.js';
import type { ParagraphKind } from '../../output/schema.js';

/** `aside`: a paragraph set among the interview's that is no turn of it (a link to a related article): body text. */
export type PieceRole = 'question' | 'answer' | 'text' | 'aside' | Extract<ParagraphKind, 'caption' | 'closing' | 'byline' | 'attribution'>;

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

/** True when `code` is a dash that opens a turn or a list line: `-`, `–`, `—`. */
export function isDashCode(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014;
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

/** True when nothing but spaces (as `trimmedSpan` cuts them) stands between `start` and `end`. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (!isSpaceAt(text, index)) return false;
  return true;
}

// Tests on pieces for array methods (`pieces.some(isQuestionPiece)`): module-level, not arrows made per article, as V8
// keeps a closure's optimized code only weakly and would recompile it after every mark-compact.
export function isQuestionPiece(piece: Piece): boolean {
  return piece.role === 'question';
}
export function isTextPiece(piece: Piece): boolean {
  return piece.role === 'text';
}

/** True when `piece` is the whole of its paragraph. */
export function isWholeParagraph(piece: Piece, paragraphs: readonly ParagraphSpan[]): boolean {
  const paragraph = paragraphs[piece.paragraph];
  return paragraph !== undefined && paragraph.start === piece.start && paragraph.end === piece.end;
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

/** Adds to `pieces` the part of `base` from `start` to `end`, trimmed of spaces, with `role`; nothing when it is blank. */
export function addPiece(pieces: Piece[], text: string, base: Piece, start: number, end: number, role: PieceRole, labelled = base.labelled): void {
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(text, from)) from += 1;
  while (to > from && isSpaceAt(text, to - 1)) to -= 1;
  if (from < to) pieces.push({ start: from, end: to, paragraph: base.paragraph, role, labelled });
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
    addPiece(carved, text, current, current.start, from, 'text');
    addPiece(carved, text, current, from, to, role, labelled);
    addPiece(carved, text, current, to, current.end, 'text');
  }
  return carved;
}

/**
 * The sentences of each paragraph, as ranges of the sentences stage's array (which lists them paragraph by
 * paragraph, in order): no array per paragraph.
 */
export class ParagraphSentences {
  /**
   * Paragraph `p`'s sentences are `all[firsts[p]]` up to `all[firsts[p + 1]]`, excluded. A plain array: a typed array
   * of more than 64 bytes gets a buffer outside the heap, several times slower to make and to collect.
   */
  private readonly firsts: number[];

  constructor(
    readonly all: readonly SentenceSpan[],
    paragraphCount: number,
  ) {
    this.firsts = new Array<number>(paragraphCount + 1).fill(0);
    const counts = this.firsts;
    for (const sentence of all) if (sentence.paragraph < paragraphCount) counts[sentence.paragraph + 1] = (counts[sentence.paragraph + 1] ?? 0) + 1;
    for (let paragraph = 0; paragraph < paragraphCount; paragraph += 1) counts[paragraph + 1] = (counts[paragraph + 1] ?? 0) + (counts[paragraph] ?? 0);
  }

  /** Index in `all` of the paragraph's first sentence. */
  first(paragraph: number): number {
    return this.firsts[paragraph] ?? 0;
  }

  /** Index in `all` just after the paragraph's last sentence. */
  end(paragraph: number): number {
    return this.firsts[paragraph + 1] ?? 0;
  }

  count(paragraph: number): number {
    return this.end(paragraph) - this.first(paragraph);
  }

  last(paragraph: number): SentenceSpan | undefined {
    return this.count(paragraph) > 0 ? this.all[this.end(paragraph) - 1] : undefined;
  }
}

/**
 * Index of the first of `paragraph`'s sentences that ends after `offset`; the paragraph's end index when none does.
 * Sentences are sorted and disjoint: a binary search.
 */
export function firstSentenceEndingAfter(sentences: ParagraphSentences, paragraph: number, offset: number): number {
  let low = sentences.first(paragraph);
  let high = sentences.end(paragraph);
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences.all[middle] as SentenceSpan).end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The sentences of a paragraph clipped to `span`: a label that opens a turn mid-sentence cuts the sentence. */
export function sentencesWithin(text: string, sentences: ParagraphSentences, paragraph: number, span: TextSpan): TextSpan[] {
  const clipped: TextSpan[] = [];
  const end = sentences.end(paragraph);
  for (let index = firstSentenceEndingAfter(sentences, paragraph, span.start); index < end; index += 1) {
    const sentence = sentences.all[index] as SentenceSpan;
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
