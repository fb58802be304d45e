// Builds the extraction record from an annotated document: offsets converted from UTF-16 code units to code
// points, every mention given its `text` and the index of the question/answer pair it stands in, arrays sorted.
import { annotation, type AnnotatedDocument, type TextSpan } from './document.js';
import type { ExtractionRecord, Mention } from '../output/schema.js';

/** Converts UTF-16 offsets of `text` to code-point offsets; the identity when `text` has no astral characters. */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/u.test(text) && !/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const map = new Uint32Array(text.length + 1);
  let codePoints = 0;
  for (let index = 0; index < text.length; index += 1) {
    map[index] = codePoints;
    const code = text.charCodeAt(index);
    const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
    const next = text.charCodeAt(index + 1);
    if (isHighSurrogate && next >= 0xdc00 && next <= 0xdfff) {
      map[index + 1] = codePoints; // an offset inside a pair rounds down to the pair's start
      index += 1;
    }
    codePoints += 1;
  }
  map[text.length] = codePoints;
  return (offset) => map[offset] ?? codePoints;
}

interface QaRegion extends TextSpan {
  readonly pair: number;
}

/** Index of the first paragraph (sorted, not overlapping) that ends after `offset`. */
function firstParagraphEndingAfter(paragraphs: readonly TextSpan[], offset: number): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (paragraphs[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function byPosition<T extends { start: number; end: number }>(a: T, b: T): number {
  return a.start - b.start || a.end - b.end;
}

export function buildRecord(document: AnnotatedDocument, warnings: readonly string[]): ExtractionRecord {
  const { text } = document;
  const toCodePoint = codePointOffsets(text);
  const interview = annotation(document, 'interview');
  const regions: QaRegion[] = [];
  interview.pairs.forEach((pair, index) => {
    regions.push({ start: pair.question.start, end: pair.question.end, pair: index });
    for (const segment of pair.answerSegments) regions.push({ start: segment.start, end: segment.end, pair: index });
  });
  regions.sort(byPosition);

  /** The pair whose question or answer holds the span's start (regions do not overlap): a binary search. */
  const qaAt = (span: TextSpan): number | null => {
    let low = 0;
    let high = regions.length - 1;
    let found: QaRegion | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const region = regions[middle]!;
      if (region.start <= span.start) {
        found = region;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found !== undefined && span.start < found.end ? found.pair : null;
  };
  const mention = (span: TextSpan): Mention => ({
    start: toCodePoint(span.start),
    end: toCodePoint(span.end),
    text: text.slice(span.start, span.end),
  });
  const located = (span: TextSpan) => ({
    start: toCodePoint(span.start),
    end: toCodePoint(span.end),
    text: text.slice(span.start, span.end),
    qa: qaAt(span),
  });

  const paragraphs = annotation(document, 'paragraphs');
  const metadata = annotation(document, 'metadata');
  const organizations = annotation(document, 'organizations');
  const people = annotation(document, 'people');

  return {
    schemaVersion: 1,
    id: document.id,
    source: document.source,
    text,
    meta: metadata.meta,
    paragraphs: paragraphs.map((paragraph) => ({
      index: paragraph.index,
      start: toCodePoint(paragraph.start),
      end: toCodePoint(paragraph.end),
      kind: interview.paragraphKinds[paragraph.index] ?? 'body',
    })),
    qa: interview.pairs.map((pair, index) => {
      const answerParagraphs = new Set<number>();
      for (const segment of pair.answerSegments) {
        for (let index = firstParagraphEndingAfter(paragraphs, segment.start); index < paragraphs.length; index += 1) {
          const paragraph = paragraphs[index]!;
          if (paragraph.start >= segment.end) break;
          answerParagraphs.add(paragraph.index);
        }
      }
      return {
        index,
        question: mention(pair.question),
        answer: {
          paragraphs: [...answerParagraphs].sort((a, b) => a - b),
          segments: pair.answerSegments.map((segment) => ({ start: toCodePoint(segment.start), end: toCodePoint(segment.end) })),
          text: pair.answerSegments.map((segment) => text.slice(segment.start, segment.end)).join('\n'),
        },
      };
    }),
    dates: [...annotation(document, 'dates')].sort(byPosition).map((date) => ({
      start: toCodePoint(date.start),
      end: toCodePoint(date.end),
      text: text.slice(date.start, date.end),
      qa: qaAt(date),
      value: date.value,
      endValue: date.endValue,
      mod: date.mod,
      relative: date.relative,
    })),
    figures: [...annotation(document, 'figures')].sort(byPosition).map((figure) => ({
      start: toCodePoint(figure.start),
      end: toCodePoint(figure.end),
      text: text.slice(figure.start, figure.end),
      qa: qaAt(figure),
      kind: figure.kind,
      value: figure.value,
      min: figure.min,
      max: figure.max,
      of: figure.of,
      unit: figure.unit,
      qualifier: figure.qualifier,
    })),
    organizations: organizations.map((organization) => ({
      id: organization.id,
      name: organization.name,
      acronym: organization.acronym,
      mentions: [...organization.mentions].sort(byPosition).map(located),
    })),
    people: people.map((person) => ({
      id: person.id,
      name: person.name,
      mentions: [...person.mentions].sort(byPosition).map(located),
    })),
    roles: [...annotation(document, 'roles')].sort(byPosition).map((role) => ({
      start: toCodePoint(role.start),
      end: toCodePoint(role.end),
      text: text.slice(role.start, role.end),
      qa: qaAt(role),
      title: role.title,
      holder: { ...role.holder },
      organization: { ...role.organization },
    })),
    acronyms: [...annotation(document, 'acronyms')].sort(byPosition).map((acronym) => ({
      start: toCodePoint(acronym.start),
      end: toCodePoint(acronym.end),
      text: text.slice(acronym.start, acronym.end),
      short: acronym.short,
      long: acronym.long,
    })),
    warnings: [...warnings],
  };
}
