// Paragraphs: one per line; where a file separates paragraphs by blank lines and wraps its lines inside them,
// one per block. Markup (HTML) may give the blocks itself. Each paragraph is trimmed of surrounding spaces.
// One pass over the line breaks (indexOf), characters read by code.
import { defineStage, type ParagraphSpan, type TextSpan } from '../pipeline/document.js';

const NEWLINE = 0x0a;
const SPACE = /\s/u;

/** True when the character at `index` is one `\s` matches (what `trim` cuts). */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code > 0x7f && SPACE.test(text[index] ?? '');
}

/** Where the blank line whose first line break is at `index` ends (`\n[ \t]*\n`, after its second break), or -1. */
function blankLineEnd(text: string, index: number): number {
  let position = index + 1;
  while (text.charCodeAt(position) === 0x20 || text.charCodeAt(position) === 0x09) position += 1;
  return text.charCodeAt(position) === NEWLINE ? position + 1 : -1;
}

/** The next separator at or after `from`: a blank line when `blocks`, else a line break; null when none is left. */
function nextSeparator(text: string, from: number, blocks: boolean): TextSpan | null {
  for (let newline = text.indexOf('\n', from); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
    if (!blocks) return { start: newline, end: newline + 1 };
    const end = blankLineEnd(text, newline);
    if (end >= 0) return { start: newline, end };
  }
  return null;
}

function trimmed(text: string, start: number, end: number): TextSpan | null {
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(text, from)) from += 1;
  while (to > from && isSpaceAt(text, to - 1)) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

/** True when the block, trimmed, still holds a line break: its lines are wrapped. */
function isWrapped(text: string, start: number, end: number): boolean {
  const block = trimmed(text, start, end);
  if (block === null) return false;
  const newline = text.indexOf('\n', block.start);
  return newline >= 0 && newline < block.end;
}

/** True when blank lines separate blocks and at least one block is wrapped over several lines. */
function isBlockWrapped(text: string): boolean {
  let blockStart = 0;
  let separator = nextSeparator(text, 0, true);
  if (separator === null) return false;
  for (; separator !== null; separator = nextSeparator(text, blockStart, true)) {
    if (isWrapped(text, blockStart, separator.start)) return true;
    blockStart = separator.end;
  }
  return isWrapped(text, blockStart, text.length);
}

export function splitParagraphs(text: string, blocks?: readonly TextSpan[]): ParagraphSpan[] {
  const paragraphs: ParagraphSpan[] = [];
  const add = (start: number, end: number): void => {
    const span = trimmed(text, start, end);
    if (span) paragraphs.push({ index: paragraphs.length, start: span.start, end: span.end });
  };
  if (blocks !== undefined) {
    for (const block of blocks) add(block.start, block.end);
    return paragraphs;
  }
  const byBlock = isBlockWrapped(text);
  let start = 0;
  for (let separator = nextSeparator(text, 0, byBlock); separator !== null; separator = nextSeparator(text, start, byBlock)) {
    add(start, separator.start);
    start = separator.end;
  }
  add(start, text.length);
  return paragraphs;
}

export const paragraphsStage = defineStage({
  name: 'paragraphs',
  requires: [],
  run: (document) => splitParagraphs(document.text, document.markup.blocks),
});
