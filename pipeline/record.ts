// Builds the extraction record from an annotated document: offsets converted from UTF-16 code units to code
// points, every mention given its `text` and the index of the question/answer pair it stands in, arrays sorted.
// It also checks what the stages' types cannot promise about their spans (see `spanChecker`), so that the span
// invariant `vnextract validate` checks (output/validate.ts, `checkSpans`) holds by construction.
import { annotation, type AnnotatedDocument, type AnnotationName, type ParagraphSpan, type TextSpan } from './document.js';
import type { ExtractionRecord, Mention } from '../output/schema.js';

/** Converts UTF-16 offsets of `text` to code-point offsets; the identity when `text` has no surrogates. */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
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

/** True when `offset` falls between the two halves of a surrogate pair of `text`. */
function splitsPair(text: string, offset: number): boolean {
  const after = text.charCodeAt(offset);
  if (!(after >= 0xdc00 && after <= 0xdfff)) return false;
  const before = text.charCodeAt(offset - 1);
  return before >= 0xd800 && before <= 0xdbff;
}

/**
 * A check of one span a stage gives: whole offsets, `0 ≤ start ≤ end ≤ text.length`, no end between the halves of a
 * surrogate pair. The types say only "number", and a span that fails this would be written with offsets outside
 * the text (a slice clamps them) or a `text` that is not its code-point slice. Throws, naming the annotation.
 */
function spanChecker(text: string): (span: TextSpan, name: AnnotationName) => void {
  return (span, name) => {
    const { start, end } = span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      throw new Error(`${name}: span ${start}-${end} is not within the text (${text.length} UTF-16 code units)`);
    }
    if (splitsPair(text, start) || splitsPair(text, end)) {
      throw new Error(`${name}: span ${start}-${end} cuts a surrogate pair`);
    }
  };
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

/** The spans by start, then end: the annotation itself when it is in that order already (as stages give them), else a sorted copy. */
function inPositionOrder<T extends TextSpan>(spans: readonly T[]): readonly T[] {
  for (let index = 1; index < spans.length; index += 1) {
    if (byPosition(spans[index - 1]!, spans[index]!) > 0) return [...spans].sort(byPosition);
  }
  return spans;
}

/** The paragraphs (by index, ascending, once each) that an answer's segments overlap. */
function answerParagraphs(paragraphs: readonly ParagraphSpan[], segments: readonly TextSpan[]): number[] {
  // Segments come in text order, so the indexes come ascending, and a repeat is the last one: no Set needed. Should
  // they not, the Set and the sort give the same list the slow way.
  const indexes: number[] = [];
  let ascending = true;
  for (const segment of segments) {
    for (let index = firstParagraphEndingAfter(paragraphs, segment.start); index < paragraphs.length; index += 1) {
      if (paragraphs[index]!.start >= segment.end) break;
      const last = indexes[indexes.length - 1];
      const paragraph = paragraphs[index]!.index;
      if (last === undefined || paragraph > last) indexes.push(paragraph);
      else if (paragraph < last) {
        ascending = false;
        indexes.push(paragraph);
      }
    }
  }
  return ascending ? indexes : [...new Set(indexes)].sort((a, b) => a - b);
}

export function buildRecord(document: AnnotatedDocument, warnings: readonly string[]): ExtractionRecord {
  const { text } = document;
  const toCodePoint = codePointOffsets(text);
  const checkSpan = spanChecker(text);
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
  const mention = (span: TextSpan, name: AnnotationName): Mention => {
    checkSpan(span, name);
    return { start: toCodePoint(span.start), end: toCodePoint(span.end), text: text.slice(span.start, span.end) };
  };
  const located = (span: TextSpan, name: AnnotationName) => {
    checkSpan(span, name);
    return { start: toCodePoint(span.start), end: toCodePoint(span.end), text: text.slice(span.start, span.end), qa: qaAt(span) };
  };
  const organizationMention = (span: TextSpan) => located(span, 'organizations');
  const personMention = (span: TextSpan) => located(span, 'people');

  // Paragraph `index` is the paragraph's place in the list, and the list is in text order: validate checks both,
  // and the answer paragraphs below are found by binary search over it.
  const paragraphs = annotation(document, 'paragraphs');
  paragraphs.forEach((paragraph, index) => {
    checkSpan(paragraph, 'paragraphs');
    if (paragraph.index !== index) throw new Error(`paragraphs: paragraph ${index} has index ${paragraph.index}`);
    if (index > 0 && byPosition(paragraphs[index - 1]!, paragraph) > 0) throw new Error(`paragraphs: paragraph ${index} is out of order`);
  });
  const metadata = annotation(document, 'metadata');
  const organizations = annotation(document, 'organizations');
  const people = annotation(document, 'people');
  // A role points at an organization or person of this record: validate looks each `ref` up among their ids.
  const checkRef = (ref: string | null): void => {
    if (ref !== null && !organizations.some((entity) => entity.id === ref) && !people.some((entity) => entity.id === ref)) {
      throw new Error(`roles: no organization or person has id ${JSON.stringify(ref)}`);
    }
  };

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
    qa: interview.pairs.map((pair, index) => ({
      index,
      question: mention(pair.question, 'interview'),
      answer: {
        paragraphs: answerParagraphs(paragraphs, pair.answerSegments),
        segments: pair.answerSegments.map((segment) => {
          checkSpan(segment, 'interview');
          return { start: toCodePoint(segment.start), end: toCodePoint(segment.end) };
        }),
        // One segment is the usual answer: its slice, without an array to join.
        text: pair.answerSegments.length === 1
          ? text.slice(pair.answerSegments[0]!.start, pair.answerSegments[0]!.end)
          : pair.answerSegments.map((segment) => text.slice(segment.start, segment.end)).join('\n'),
      },
    })),
    dates: inPositionOrder(annotation(document, 'dates')).map((date) => {
      checkSpan(date, 'dates');
      return {
        start: toCodePoint(date.start),
        end: toCodePoint(date.end),
        text: text.slice(date.start, date.end),
        qa: qaAt(date),
        value: date.value,
        endValue: date.endValue,
        mod: date.mod,
        relative: date.relative,
      };
    }),
    figures: inPositionOrder(annotation(document, 'figures')).map((figure) => {
      checkSpan(figure, 'figures');
      return {
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
      };
    }),
    organizations: organizations.map((organization) => ({
      id: organization.id,
      name: organization.name,
      acronym: organization.acronym,
      mentions: inPositionOrder(organization.mentions).map(organizationMention),
    })),
    people: people.map((person) => ({
      id: person.id,
      name: person.name,
      mentions: inPositionOrder(person.mentions).map(personMention),
    })),
    roles: inPositionOrder(annotation(document, 'roles')).map((role) => {
      checkRef(role.holder.ref);
      checkRef(role.organization.ref);
      checkSpan(role, 'roles');
      return {
        start: toCodePoint(role.start),
        end: toCodePoint(role.end),
        text: text.slice(role.start, role.end),
        qa: qaAt(role),
        title: role.title,
        holder: { ...role.holder },
        organization: { ...role.organization },
      };
    }),
    acronyms: inPositionOrder(annotation(document, 'acronyms')).map((acronym) => {
      checkSpan(acronym, 'acronyms');
      return {
        start: toCodePoint(acronym.start),
        end: toCodePoint(acronym.end),
        text: text.slice(acronym.start, acronym.end),
        short: acronym.short,
        long: acronym.long,
      };
    }),
    warnings: [...warnings],
  };
}
