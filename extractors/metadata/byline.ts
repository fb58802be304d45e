// Byline lines near the top of an article: labelled fields (`Người viết: Nguyen Nam - Ngày viết: Chủ Nhật, Tháng
// Hai 14, 2021 | 7:28 - Lượt xem: 1233`, `Cập nhật: 08:30 ngày 05/06/2023`) and bare date lines (`Thứ Ba,
// 14/03/2023 09:15 (GMT+7)`, `15/08/2022 - 07:45`), with the author's name possibly beside the date
// (`Minh Châu | 15/08/2022 - 07:45`).
import { foldKey } from '../shared/vietnamese.js';
import type { TextSpan } from '../../pipeline/document.js';
import { AT_WORD_START, matchAllAtStart } from '../shared/match-at-word-start.js';
import { BYLINE_LABEL_SOURCE, BYLINE_LABELS, DATE_LINE_WORDS, type BylineField } from './lexicon.js';
import { readAuthorLine } from './author-line.js';

export interface BylineFieldSpan extends TextSpan {
  readonly field: BylineField;
}

/** A label and its colon; AT_WORD_START checks that it starts a word (execAtStart). */
const LABEL = new RegExp(`(${BYLINE_LABEL_SOURCE})\\s*:\\s*`, 'giu');
const SPACE = /\s/u;
/** Separators trimmed off the end of a value: spaces, dashes, bars, commas, semicolons. */
const isTrailingSeparator = (char: string): boolean =>
  char === '-' || char === '–' || char === '—' || char === '|' || char === ',' || char === ';' || SPACE.test(char);
const DATE_LINE_SPLIT = /[\s,|()\-–—/:.]+/u;
const NUMERIC_DATE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}\s*[:h]\s*\d{2}|\d{4}/u;
const PART_SEPARATOR = /\s+[|\-–—]\s+|\s*\|\s*/gu;
const MAX_BYLINE_LENGTH = 240;
const VIEWS_PART = /^(?:\d{1,3}(?:[.,]\d{3})+|\d+)\s*lượt\s*(?:xem|đọc)$/iu;

/** True when a piece of text says only a date and time: weekdays, month words, numbers, `GMT+7`. */
export function isDateLine(line: string): boolean {
  if (!NUMERIC_DATE.test(line) || line.length > 80) return false;
  const tokens = line.split(DATE_LINE_SPLIT).filter((token) => token !== '');
  return tokens.every((token) => /^\+?\d+h?\d*$/u.test(token) || /^gmt\+?\d*$/iu.test(token) || DATE_LINE_WORDS.has(foldKey(token)));
}

function trimSpan(text: string, start: number, end: number): TextSpan {
  let from = start;
  let to = end;
  while (from < to && SPACE.test(text[from] ?? '')) from += 1;
  while (to > from && isTrailingSeparator(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}

/** A span of a byline line as the value of `field`. */
export function fieldOf(span: TextSpan, field: BylineField): BylineFieldSpan {
  return { start: span.start, end: span.end, field };
}

/** Labelled fields of a line: each value runs from its label to the next label (separators trimmed). */
function labelledFields(text: string, line: TextSpan): { fields: BylineFieldSpan[]; firstLabelAt: number } {
  const colon = text.indexOf(':', line.start);
  if (colon < 0 || colon >= line.end) return { fields: [], firstLabelAt: line.end }; // every label ends with its colon
  const labels = [...matchAllAtStart(LABEL, AT_WORD_START, text.slice(line.start, line.end))];
  const fields: BylineFieldSpan[] = [];
  const firstLabelAt = labels[0] ? line.start + labels[0].index : line.end;
  for (let index = 0; index < labels.length; index += 1) {
    const label = labels[index] as RegExpExecArray;
    // The text is NFC with modern tone placement (input/normalize.ts): lower case is the label's folded key.
    const field = BYLINE_LABELS.get((label[1] ?? '').toLowerCase());
    if (field === undefined) continue;
    const valueStart = line.start + label.index + label[0].length;
    const next = labels[index + 1];
    const valueEnd = next ? line.start + next.index : line.end;
    const value = trimSpan(text, valueStart, valueEnd);
    if (value.end > value.start) fields.push(fieldOf(value, field));
  }
  return { fields, firstLabelAt };
}

/**
 * The fields of a byline line, or null when the line is no byline. A line is a byline when it opens with a
 * label, or when every part between `|`/` - ` separators is a date or a name with at least one date.
 */
export function readBylineLine(text: string, line: TextSpan): BylineFieldSpan[] | null {
  if (line.end - line.start > MAX_BYLINE_LENGTH) return null;
  const content = text.slice(line.start, line.end);
  const { fields, firstLabelAt } = labelledFields(text, line);
  if (fields.length > 0) {
    // The first label opens the line, or only an author's name stands before it (`Minh Châu - Cập nhật: ...`);
    // a sentence that merely says `ngày: ...` is no byline.
    const before = trimSpan(text, line.start, firstLabelAt);
    if (before.end <= before.start) return fields;
    const leading = readAuthorLine(text, before);
    return leading ? [fieldOf(leading, 'author'), ...fields] : null;
  }
  if (isDateLine(content)) return [fieldOf(trimSpan(text, line.start, line.end), 'date')];
  // `Minh Châu | 15/08/2022 - 07:45`: names and dates between separators.
  const parts: BylineFieldSpan[] = [];
  let partStart = line.start;
  const separators = [...content.matchAll(PART_SEPARATOR)].map((match) => ({ start: line.start + match.index, end: line.start + match.index + match[0].length }));
  separators.push({ start: line.end, end: line.end });
  let sawDate = false;
  let pendingDate: TextSpan | null = null;
  for (const separator of separators) {
    const part = trimSpan(text, partStart, separator.start);
    partStart = separator.end;
    if (part.end <= part.start) continue;
    const partText = text.slice(part.start, part.end);
    if (isDateLine(partText)) {
      sawDate = true;
      pendingDate = pendingDate ? { start: pendingDate.start, end: part.end } : part;
      continue;
    }
    if (pendingDate) parts.push(fieldOf(pendingDate, 'date'));
    pendingDate = null;
    if (VIEWS_PART.test(partText)) {
      parts.push(fieldOf(part, 'views'));
      continue;
    }
    const author = readAuthorLine(text, part);
    if (!author) return null;
    parts.push(fieldOf(author, 'author'));
  }
  if (pendingDate) parts.push(fieldOf(pendingDate, 'date'));
  return sawDate ? parts : null;
}
