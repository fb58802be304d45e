// Paragraphs: one per line; where a file separates paragraphs by blank lines and wraps its lines inside them,
// one per block. Markup (HTML) may give the blocks itself. Each paragraph is trimmed of surrounding spaces.
// One pass over the line breaks (indexOf), characters read by code, no object but the paragraphs themselves.
import { defineStage, type ParagraphSpan, type TextSpan } from '../pipeline/document.js';

const NEWLINE = 0x0a;
const SPACE = /\s/u;
/** `\s` for each UTF-16 code unit outside ASCII, filled as code units are met: 0 unknown, 1 a space, 2 not. */
const SPACE_UNITS = new Uint8Array(0x10000);

/** True when the character at `index` is one `\s` matches (what `trim` cuts). */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code <= 0x7f) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  let known = SPACE_UNITS[code] ?? 2;
  if (known === 0) {
    known = SPACE.test(String.fromCharCode(code)) ? 1 : 2;
    SPACE_UNITS[code] = known;
  }
  return known === 1;
}

/** Where the blank line whose first line break is at `index` ends (`\n[ \t]*\n`, after its second break), or -1. */
function blankLineEnd(text: string, index: number): number {
  let position = index + 1;
  while (text.charCodeAt(position) === 0x20 || text.charCodeAt(position) === 0x09) position += 1;
  return text.charCodeAt(position) === NEWLINE ? position + 1 : -1;
}

/** The next blank line at or after `from`: the index of its first line break, or -1 when none is left. */
function nextBlankLine(text: string, from: number): number {
  for (let newline = text.indexOf('\n', from); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
    if (blankLineEnd(text, newline) >= 0) return newline;
  }
  return -1;
}

/** True when the block from `start` to `end`, trimmed, still holds a line break: its lines are wrapped. */
function isWrapped(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(text, from)) from += 1;
  while (to > from && isSpaceAt(text, to - 1)) to -= 1;
  if (from === to) return false;
  const newline = text.indexOf('\n', from);
  return newline >= 0 && newline < to;
}

/** True when blank lines separate blocks and at least one block is wrapped over several lines. */
function isBlockWrapped(text: string): boolean {
  let blockStart = 0;
  let separator = nextBlankLine(text, 0);
  if (separator < 0) return false;
  for (; separator >= 0; separator = nextBlankLine(text, blockStart)) {
    if (isWrapped(text, blockStart, separator)) return true;
    blockStart = blankLineEnd(text, separator);
  }
  return isWrapped(text, blockStart, text.length);
}

/** Adds the paragraph from `start` to `end`, trimmed; nothing when it is blank. */
function addParagraph(paragraphs: ParagraphSpan[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(text, from)) from += 1;
  while (to > from && isSpaceAt(text, to - 1)) to -= 1;
  if (from < to) paragraphs.push({ index: paragraphs.length, start: from, end: to });
}

export function splitParagraphs(text: string, blocks?: readonly TextSpan[]): ParagraphSpan[] {
  const paragraphs: ParagraphSpan[] = [];
  if (blocks !== undefined) {
    for (const block of blocks) addParagraph(paragraphs, text, block.start, block.end);
    return paragraphs;
  }
  let start = 0;
  if (isBlockWrapped(text)) {
    for (let separator = nextBlankLine(text, 0); separator >= 0; separator = nextBlankLine(text, start)) {
      addParagraph(paragraphs, text, start, separator);
      start = blankLineEnd(text, separator);
    }
  } else {
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
      addParagraph(paragraphs, text, start, newline);
      start = newline + 1;
    }
  }
  addParagraph(paragraphs, text, start, text.length);
  return paragraphs;
}

export const paragraphsStage = defineStage({
  name: 'paragraphs',
  requires: [],
  run: (document) => splitParagraphs(document.text, document.markup.blocks),
});
