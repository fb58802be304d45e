// The metadata stage: title, author, publishedAt, views and attribution, and the kinds of the lines that hold them
// (title, byline, attribution; an author's name alone on a line is a byline). Hints from the container (JSONL
// fields, HTML meta tags) win over what the text suggests; otherwise the title is the first line, the byline
// lines follow it, and author and attribution lines close the article.
import { foldKey } from '../shared/vietnamese.js';
import {
  annotation,
  defineStage,
  type AnnotatedDocument,
  type MetadataResult,
  type ParagraphSpan,
  type SentenceSpan,
  type TextSpan,
  type Token,
} from '../../pipeline/document.js';
import type { ArticleMeta, ParagraphKind } from '../../output/schema.js';
import { hasDigitBetween } from '../shared/digit-numbers.js';
import { parseDigitNumber } from '../shared/numbers.js';
import { isPlace } from '../shared/places.js';
import { readAttribution, readAuthorThenAttribution, readClosingAgency, readLeadAgency } from './attribution.js';
import { readAuthorLine } from './author-line.js';
import { fieldOf, readBylineLine, type BylineFieldSpan } from './byline.js';
import { runOnOpeningLine, splitTitleLine } from './title-line.js';
import { normalizeIsoDateTime, publishedAtFromByline, VIETNAM_OFFSET } from './published-at.js';

/** How many lines after the title may still be byline lines, and how many at the end may be author/attribution. */
const MAX_TOP_BYLINES = 4;
const MAX_CLOSING_LINES = 3;
const VIEWS_NUMBER = /\d{1,3}(?:[.,]\d{3})+|\d+/u;
const GROUPED_COUNT = /^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?:,\d{3})+$/u;
const VIEWS_AFTER_NUMBER = /(\d{1,3}(?:[.,]\d{3})+|\d+)\s*lượt\s*(?:xem|đọc)/iu;

type Evidence = { -readonly [Key in keyof MetadataResult['evidence']]: MetadataResult['evidence'][Key] };

function slice(text: string, span: TextSpan): string {
  return text.slice(span.start, span.end);
}

function firstAuthor(fields: readonly BylineFieldSpan[]): BylineFieldSpan | undefined {
  for (const field of fields) if (field.field === 'author') return field;
  return undefined;
}

function sameTitle(line: string, hint: string): boolean {
  const a = foldKey(line);
  const b = foldKey(hint);
  return a === b || (b.length > 10 && (a.startsWith(b) || b.startsWith(a)));
}

/** A view count is whole: `1.233` and `1,233` both group thousands (parseDigitNumber reads `1,233` as a decimal). */
function viewCount(written: string): number | null {
  if (GROUPED_COUNT.test(written)) return Number(written.replace(/[.,]/gu, ''));
  return parseDigitNumber(written);
}

function readViews(text: string, fields: readonly BylineFieldSpan[], bylines: readonly TextSpan[]): { value: number; span: TextSpan } | null {
  for (const field of fields) {
    if (field.field !== 'views') continue;
    const number = VIEWS_NUMBER.exec(slice(text, field));
    const value = number ? viewCount(number[0]) : null;
    if (number && value !== null && Number.isInteger(value)) {
      const start = field.start + number.index;
      return { value, span: { start, end: start + number[0].length } };
    }
  }
  for (const line of bylines) {
    const match = VIEWS_AFTER_NUMBER.exec(slice(text, line));
    const value = match?.[1] ? viewCount(match[1]) : null;
    if (match && value !== null && Number.isInteger(value)) {
      const start = line.start + match.index;
      return { value, span: { start, end: start + (match[1]?.length ?? 0) } };
    }
  }
  return null;
}

const MAX_CLOSING_BYLINE = 120;

/** The span from `start` to `end` without the blanks around it; null when nothing else is left. */
function trimmedSpan(text: string, start: number, end: number): TextSpan | null {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

/**
 * The fields of a byline line at the end of an article that gives a view count (`Lượt xem: 2.954`, `Văn Nhật |
 * 2.954 lượt xem`) or a labelled author (`Bài: Quang Huy`, `Bài và ảnh: Hoàng Long`); null for any other line. A date line there may date an update, not the publication.
 */
function readClosingByline(text: string, tokens: readonly Token[], line: TextSpan): BylineFieldSpan[] | null {
  // A view count has digits, a labelled author a colon: most last lines that get here are long sentences, or hold
  // neither.
  if (line.end - line.start > MAX_CLOSING_BYLINE) return null;
  if (!text.slice(line.start, line.end).includes(':') && !hasDigitBetween(text, line.start, line.end)) return null;
  const fields = readBylineLine(text, tokens, line);
  if (fields === null) return null;
  // With no date, the line was read for its view count or its labelled author (`Bài: Quang Huy`).
  for (const field of fields) if (field.field === 'date') return null;
  return fields;
}

/** Index of the first sentence of `paragraph`: sentences are in paragraph order, so a binary search finds it. */
function firstSentenceOf(sentences: readonly SentenceSpan[], paragraph: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as SentenceSpan).paragraph < paragraph) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Author and attribution at the end of the article: whole lines, or the last sentences of a collapsed last line.
 * Sets the kinds of the lines it reads, and adds author lines to `bylineLines`.
 */
function readClosingLines(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly ParagraphSpan[],
  sentences: readonly SentenceSpan[],
  firstFree: number,
  firstAfterTitle: number,
  kinds: Map<number, ParagraphKind>,
  bylineLines: TextSpan[],
  bylineFields: BylineFieldSpan[],
): { author: TextSpan | null; attribution: TextSpan | null } {
  let author: TextSpan | null = null;
  let attribution: TextSpan | null = null;
  let last = paragraphs.length - 1;
  for (; last >= firstFree && last >= paragraphs.length - MAX_CLOSING_LINES; last -= 1) {
    const paragraph = paragraphs[last];
    if (paragraph === undefined) break;
    const attributed = readAttribution(text, paragraph);
    if (attributed) {
      attribution ??= attributed.source;
      kinds.set(last, 'attribution');
      continue;
    }
    const authorLine = readAuthorLine(text, paragraph);
    // `Quang Minh - Theo Năng lượng Mới`, `Minh Châu (Theo VietQ)`: the author and the source on one line.
    const both = readAuthorThenAttribution(text, paragraph, readAuthorLine);
    if (authorLine || both) {
      author ??= both?.author ?? authorLine;
      attribution ??= both?.attribution ?? readClosingAgency(text, paragraph);
      kinds.set(last, 'byline');
      bylineLines.push(paragraph);
      continue;
    }
    // Some sites print the view count (and the author beside it) under the article: `Lượt xem: 2.954`.
    const fields = readClosingByline(text, tokens, paragraph);
    if (fields) {
      for (const field of fields) bylineFields.push(field);
      author ??= firstAuthor(fields) ?? null;
      kinds.set(last, 'byline');
      bylineLines.push(paragraph);
      continue;
    }
    break;
  }
  // A dump that runs the last paragraphs together: the author or the source may close the last line.
  const lastLine = paragraphs[last];
  // The title's line itself where the lead runs on after its byline (firstAfterTitle is then 0).
  const lastKind = kinds.get(last);
  const open = lastKind === undefined || (lastKind === 'title' && firstAfterTitle === 0);
  if (lastLine !== undefined && last >= firstAfterTitle && open && (author === null || attribution === null)) {
    const first = firstSentenceOf(sentences, lastLine.index);
    let end = first;
    while (end < sentences.length && (sentences[end] as SentenceSpan).paragraph === lastLine.index) end += 1;
    // The last two sentences, never the first.
    for (let index = end - 1; index >= first + 1 && index >= end - 2; index -= 1) {
      const sentence = sentences[index] as SentenceSpan;
      const attributed = attribution === null ? readAttribution(text, sentence) : null;
      if (attributed) {
        attribution = attributed.source;
        continue;
      }
      const authorLine = author === null ? readAuthorLine(text, sentence) : null;
      if (authorLine) {
        author = authorLine;
        continue;
      }
      // Both run together where the dump lost the line break between them: `Hoàng Vũ Theo Báo Xây dựng`.
      const both = author === null && attribution === null ? readAuthorThenAttribution(text, sentence, readAuthorLine) : null;
      if (both) {
        author = both.author;
        attribution = both.attribution;
        continue;
      }
      break;
    }
  }
  return { author, attribution };
}

const MAX_TITLE_UNDER_BYLINES = 250;
const MIN_TITLE_UNDER_BYLINES_WORDS = 3;
/** Marks a title does not end with: a sentence's period, a list's comma or colon, a bold lead's stars. */
const NOT_TITLE_ENDS: ReadonlySet<string> = new Set(['.', ',', ':', ';', '*']);

/**
 * The paragraph at `index` when it may be a title printed under the byline lines that open the article: one line
 * of MAX_TITLE_UNDER_BYLINES characters at most and three words at least, not ending as a sentence, a list's
 * opener or a bold lead does, and with the article going on after it.
 */
function titleUnderBylines(text: string, paragraphs: readonly ParagraphSpan[], index: number): TextSpan | null {
  const line = paragraphs[index];
  if (line === undefined || index + 1 >= paragraphs.length || line.end - line.start > MAX_TITLE_UNDER_BYLINES) return null;
  const written = slice(text, line);
  if (written.includes('\n') || NOT_TITLE_ENDS.has(written[written.length - 1] ?? '.')) return null;
  let words = 0;
  for (let at = 0; at < written.length && words < MIN_TITLE_UNDER_BYLINES_WORDS; at += 1) {
    if (written[at] === ' ' && at > 0 && written[at - 1] !== ' ') words += 1;
  }
  return words + 1 >= MIN_TITLE_UNDER_BYLINES_WORDS ? line : null;
}

export function extractMetadata(document: AnnotatedDocument): MetadataResult {
  const { text, hints } = document;
  const paragraphs = annotation(document, 'paragraphs');
  const sentences = annotation(document, 'sentences');
  const mentions = annotation(document, 'dateMentions');
  const tokens = annotation(document, 'tokens');
  const kinds = new Map<number, ParagraphKind>();
  const evidence: Evidence = {};

  // Title: the container's, or the first line.
  const titleHint = hints.title?.trim() ? hints.title.trim() : null;
  let next = 0;
  let title: string | null = titleHint;
  const first = paragraphs[0];
  const bylineFields: BylineFieldSpan[] = [];
  const bylineLines: TextSpan[] = [];
  let afterTitle: TextSpan | null = null;
  if (first !== undefined) {
    const firstText = slice(text, first);
    if (titleHint !== null ? sameTitle(firstText, titleHint) : readBylineLine(text, tokens, first) === null) {
      // The byline may share the title's paragraph: on the next line, or run onto the title's line.
      const inside = splitTitleLine(text, tokens, first);
      const titleSpan = inside?.title ?? first;
      kinds.set(0, 'title');
      evidence.title = { start: titleSpan.start, end: titleSpan.end };
      title ??= slice(text, titleSpan);
      for (const field of inside?.fields ?? []) bylineFields.push(field);
      for (const line of inside?.bylines ?? []) bylineLines.push(line);
      // A dump that lost its line breaks runs the lead on after the byline: the whole article is the first line.
      const lastInside = inside?.bylines[inside.bylines.length - 1];
      if (lastInside !== undefined) afterTitle = trimmedSpan(text, lastInside.end, first.end);
      next = 1;
    }
  }

  // Byline lines right after the title.
  let openingByline: ReturnType<typeof runOnOpeningLine> = null;
  const insideBylines = bylineLines.length;
  for (let index = next; index < paragraphs.length && index < next + MAX_TOP_BYLINES; index += 1) {
    const paragraph = paragraphs[index];
    if (paragraph === undefined) break;
    let fields = readBylineLine(text, tokens, paragraph);
    if (fields === null) {
      // An author's name alone on a line beside a date line; a city there is a dateline's, no author.
      const names = readAuthorLine(text, paragraph);
      const neighbour = paragraphs[index + 1] ?? null;
      const besideDate = bylineLines.length > insideBylines || (neighbour !== null && readBylineLine(text, tokens, neighbour) !== null);
      if (names === null && index === next && afterTitle === null && bylineLines.length === insideBylines) {
        // A dump that ran the lead onto the byline line below the title: `14/11/2025 | 08:15 Còn hơn ...`. The
        // line stays the lead's; only its byline is read.
        openingByline = runOnOpeningLine(text, tokens, paragraph);
        for (const field of openingByline?.fields ?? []) bylineFields.push(field);
      }
      if (names === null || !besideDate) break;
      fields = isPlace(slice(text, names)) ? [] : [fieldOf(names, 'author')];
    }
    kinds.set(index, 'byline');
    for (const field of fields) bylineFields.push(field);
    bylineLines.push(paragraph);
  }
  const topBylines = bylineLines.length - insideBylines;
  // A site that prints its byline above the title (`Lan Phương | 05/12/2025 - 16:20`, then the title): the line
  // right under the bylines that opening line began is the title when it has a title's shape.
  const titleBelow = title === null && next === 0 && topBylines > 0 ? titleUnderBylines(text, paragraphs, topBylines) : null;
  if (titleBelow !== null) {
    kinds.set(topBylines, 'title');
    evidence.title = { start: titleBelow.start, end: titleBelow.end };
    title = slice(text, titleBelow);
  }
  const titleShift = titleBelow === null ? 0 : 1;
  const firstFree = next + topBylines + titleShift + 1;

  const firstAfterTitle = afterTitle !== null ? 0 : next + topBylines + titleShift;
  if (openingByline !== null) bylineLines.push(openingByline.span);
  const closing = readClosingLines(text, tokens, paragraphs, sentences, firstFree, firstAfterTitle, kinds, bylineLines, bylineFields);
  // Author: the container's, the byline's, or the closing author line.
  const bylineAuthor = firstAuthor(bylineFields) ?? closing.author;
  let author: string | null = hints.author?.trim() ? hints.author.trim() : null;
  if (bylineAuthor) {
    author ??= slice(text, bylineAuthor);
    evidence.author = { start: bylineAuthor.start, end: bylineAuthor.end };
  }

  // publishedAt: the container's, or the byline's date.
  let publishedAt: string | null = null;
  if (hints.publishedAt) publishedAt = normalizeIsoDateTime(hints.publishedAt, VIETNAM_OFFSET);
  const fromByline = publishedAtFromByline(text, mentions, bylineLines);
  if (fromByline) {
    publishedAt ??= fromByline.value;
    evidence.publishedAt = fromByline.evidence;
  }

  const views = readViews(text, bylineFields, bylineLines);
  if (views) evidence.views = views.span;
  // No source line at the end: a news agency's tag may open the lead (`(TTXVN) - `, `Hà Nội, 3/9 (TTXVN) - `).
  const lead = afterTitle ?? openingByline?.rest ?? paragraphs[firstAfterTitle];
  const attribution = closing.attribution ?? (lead === undefined ? null : readLeadAgency(text, lead));
  if (attribution) evidence.attribution = attribution;

  const meta: ArticleMeta = {
    title,
    author,
    publishedAt,
    views: views?.value ?? null,
    attribution: attribution ? slice(text, attribution) : null,
  };
  return afterTitle === null ? { meta, paragraphKinds: kinds, evidence } : { meta, paragraphKinds: kinds, evidence, afterTitle };
}

export const metadataStage = defineStage({
  name: 'metadata',
  requires: ['paragraphs', 'tokens', 'sentences', 'dateMentions'],
  run: (document) => extractMetadata(document),
});
