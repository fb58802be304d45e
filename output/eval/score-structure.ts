// The article's structure: metadata, question/answer pairs, and the paragraphs gold names as captions or closings.
import { foldKey } from '../../extractors/shared/vietnamese.js';
import type { ArticleMeta, ExtractionRecord, ParagraphKind } from '../schema.js';
import type { CodePointText } from './code-points.js';
import { maximumMatching, type Counts, type FieldScore, type Finding } from './counts.js';
import type { GoldSpan, ResolvedGold, ResolvedMeta } from './resolve-gold.js';

interface Span {
  readonly start: number;
  readonly end: number;
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/u;

/** `2021-02-14T07:28+07:00` and `2021-02-14T07:28:00+07:00` are one time; `Z` is `+00:00`. */
export function canonicalTimestamp(value: string): string {
  const match = ISO_WITH_OFFSET.exec(value.trim());
  if (!match) return value.trim();
  const [, day, minute, second, offset] = match;
  return `${day}T${minute}:${second ?? '00'}${offset === 'Z' ? '+00:00' : offset}`;
}

const META_FIELDS = ['title', 'author', 'publishedAt', 'views', 'attribution'] as const;

function metaValueAgrees(field: (typeof META_FIELDS)[number], predicted: string | number, gold: string | number): boolean {
  if (typeof predicted === 'number' || typeof gold === 'number') return predicted === gold;
  if (field === 'publishedAt') return canonicalTimestamp(predicted) === canonicalTimestamp(gold);
  return foldKey(predicted) === foldKey(gold);
}

/**
 * Precision and recall over the fields that are not null: a right value is a true positive; a value where the
 * gold has null, or a wrong value, counts against precision; a missing or wrong value against recall.
 */
export function scoreMeta(predicted: ArticleMeta, gold: ResolvedMeta): FieldScore {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const findings: Finding[] = [];
  let present = 0;
  for (const field of META_FIELDS) {
    const p = predicted[field];
    const g = gold[field];
    if (p !== null) present += 1;
    if (p !== null && g !== null && metaValueAgrees(field, p, g)) {
      counts.tp += 1;
    } else if (p !== null && g !== null) {
      counts.fp += 1;
      counts.fn += 1;
      findings.push({ kind: 'wrong', detail: `${field}: gold ${JSON.stringify(g)}, predicted ${JSON.stringify(p)}` });
    } else if (g !== null) {
      counts.fn += 1;
      findings.push({ kind: 'miss', detail: `${field}: ${JSON.stringify(g)}` });
    } else if (p !== null) {
      counts.fp += 1;
      findings.push({ kind: 'extra', detail: `${field}: ${JSON.stringify(p)} (gold has null)` });
    }
  }
  return { counts, predicted: present, findings };
}

/**
 * A bare speaker label (`Ông Nguyễn Văn A:`), no part of an answer. A line opened by a turn's dash is the answer's own
 * words, though short and ending in a colon (`- Chúng tôi có ba kiến nghị chính:`, before a list).
 */
const SPEAKER_LABEL_ONLY = /^[^\n.?!:\-–—][^\n.?!:]{0,59}:$/u;

/** What opens an item of a list: a dash, a bullet or a plus, or a number or a letter closed by `.` or `)`, then a space. */
const LIST_ITEM_OPENING = /^(?:[-–—+•*]|\d{1,2}[.)]|\p{Ll}\))\s/u;

/** The spans of a predicted answer: its segments, or without segments its paragraphs; a bare speaker label dropped. */
function answerParts(pair: ExtractionRecord['qa'][number], record: ExtractionRecord, text: CodePointText): Span[] {
  const parts: Span[] = pair.answer.segments.length > 0
    ? pair.answer.segments
    : pair.answer.paragraphs.flatMap((index) => record.paragraphs.filter((paragraph) => paragraph.index === index));
  return parts.filter((part, index) => {
    const next = parts[index + 1];
    return !isBareSpeakerLabel(text.slice(part.start, part.end), next === undefined ? undefined : text.slice(next.start, next.end));
  });
}

/**
 * True when an answer part's words are a bare speaker label (`Ông Nguyễn Văn A:`), no words of the answer. A short line
 * ending in a colon right before an item of a list (`next`, the part after it: `- đi thuyền ...`) is the list's lead-in,
 * the answer's own words (`Khách đến với làng có thể chọn:`).
 */
export function isBareSpeakerLabel(words: string, next?: string): boolean {
  return SPEAKER_LABEL_ONLY.test(words.trim()) && !(next !== undefined && LIST_ITEM_OPENING.test(next.trimStart()));
}

function excerpt(text: CodePointText, span: Span): string {
  const words = text.slice(span.start, Math.min(span.end, span.start + 60));
  return span.end - span.start > 60 ? `${words}...` : words;
}

/**
 * A gold pair is right when a predicted question contains the gold question's words and the predicted answer has
 * exactly as many parts as the gold, each containing the gold words given for it, in order. One predicted pair
 * answers at most one gold pair.
 */
export function scoreQa(record: ExtractionRecord, gold: ResolvedGold): FieldScore {
  const text = gold.text;
  const predictedParts = record.qa.map((pair) => answerParts(pair, record, text));
  const match = maximumMatching(gold.qa.length, record.qa.length, (g, p) => {
    const goldPair = gold.qa[g]!;
    const parts = predictedParts[p]!;
    return contains(record.qa[p]!.question, goldPair.question)
      && parts.length === goldPair.answer.length
      && goldPair.answer.every((words, index) => contains(parts[index]!, words));
  });
  const findings: Finding[] = [];
  const used = new Uint8Array(record.qa.length);
  let tp = 0;
  gold.qa.forEach((pair, g) => {
    const p = match[g] ?? -1;
    if (p >= 0) {
      tp += 1;
      used[p] = 1;
      return;
    }
    const asked = record.qa.findIndex((candidate) => contains(candidate.question, pair.question));
    const detail = asked >= 0
      ? `"${pair.question.words}": question found, answer has ${predictedParts[asked]!.length} part(s), gold ${pair.answer.length}: ${pair.answer.map((part) => `"${part.words}"`).join(', ')}`
      : `"${pair.question.words}": no predicted question contains it`;
    findings.push({ kind: asked >= 0 ? 'wrong' : 'miss', detail });
  });
  record.qa.forEach((pair, p) => {
    if (used[p] !== 1) findings.push({ kind: 'extra', detail: `question "${excerpt(text, pair.question)}"` });
  });
  return { counts: { tp, fp: record.qa.length - tp, fn: gold.qa.length - tp }, predicted: record.qa.length, findings };
}

/**
 * Each paragraph gold names under `captions` or `closing` must carry that kind; a predicted caption or closing
 * paragraph the gold does not name counts against precision.
 */
export function scoreParagraphs(record: ExtractionRecord, gold: ResolvedGold): FieldScore {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const findings: Finding[] = [];
  const named: { kind: ParagraphKind; span: GoldSpan }[] = [
    ...gold.captions.map((span) => ({ kind: 'caption' as const, span })),
    ...gold.closing.map((span) => ({ kind: 'closing' as const, span })),
  ];
  const justified = new Set<number>();
  for (const { kind, span } of named) {
    const paragraph = record.paragraphs.find((candidate) => candidate.start <= span.start && span.start < candidate.end);
    if (paragraph?.kind === kind) {
      counts.tp += 1;
      justified.add(paragraph.index);
    } else {
      counts.fn += 1;
      findings.push({ kind: 'miss', detail: `${kind} "${span.words}" is ${paragraph ? `in a paragraph of kind ${paragraph.kind}` : 'in no paragraph'}` });
    }
  }
  let predicted = 0;
  for (const paragraph of record.paragraphs) {
    if (paragraph.kind !== 'caption' && paragraph.kind !== 'closing') continue;
    predicted += 1;
    if (justified.has(paragraph.index)) continue;
    counts.fp += 1;
    findings.push({ kind: 'extra', detail: `${paragraph.kind} "${excerpt(gold.text, paragraph)}"` });
  }
  return { counts, predicted, findings };
}
