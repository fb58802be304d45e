// Paragraphs: one per line; where a file separates paragraphs by blank lines and wraps its lines inside them,
// one per block. Markup (HTML) may give the blocks itself. Each paragraph is trimmed of surrounding spaces.
import { defineStage, type ParagraphSpan, type TextSpan } from '../pipeline/document.js';

const BLANK_LINE = /\n[ \t]*\n/u;

/** True when blank lines separate blocks and at least one block is wrapped over several lines. */
function isBlockWrapped(text: string): boolean {
  if (!BLANK_LINE.test(text)) return false;
  const blocks = text.split(/\n[ \t]*\n/u);
  return blocks.some((block) => block.trim().includes('\n'));
}

function trimmed(text: string, start: number, end: number): TextSpan | null {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

export function splitParagraphs(text: string, blocks?: readonly TextSpan[]): ParagraphSpan[] {
  const spans: TextSpan[] = [];
  if (blocks !== undefined) {
    for (const block of blocks) {
      const span = trimmed(text, block.start, block.end);
      if (span) spans.push(span);
    }
  } else {
    const separator = isBlockWrapped(text) ? /\n[ \t]*\n/gu : /\n/gu;
    let start = 0;
    for (const match of text.matchAll(separator)) {
      const span = trimmed(text, start, match.index);
      if (span) spans.push(span);
      start = match.index + match[0].length;
    }
    const last = trimmed(text, start, text.length);
    if (last) spans.push(last);
  }
  return spans.map((span, index) => ({ index, start: span.start, end: span.end }));
}

export const paragraphsStage = defineStage({
  name: 'paragraphs',
  requires: [],
  run: (document) => splitParagraphs(document.text, document.markup.blocks),
});
