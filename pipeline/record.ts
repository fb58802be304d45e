// Builds the extraction record from an annotated document: offsets converted from UTF-16 code units to code
// points, every mention given its `text` and the index of the question/answer pair it stands in, arrays sorted.
// It also checks what the stages' types cannot promise about their spans (see `checkSpan`), so that the span
// invariant `vnextract validate` checks (output/validate.ts, `checkSpans`) holds by construction.
import {
  annotation,
  type AcronymSpan,
  type AnnotatedDocument,
  type AnnotationName,
  type DateSpan,
  type FigureSpan,
  type InterviewResult,
  type OrganizationEntity,
  type ParagraphSpan,
  type PersonEntity,
  type QaPairSpan,
  type RoleSpan,
  type TextSpan,
} from './document.js';
import type { ExtractionRecord, Mention, ParagraphKind } from '../output/schema.js';

/** The code-point offset of each UTF-16 offset of `text`, up to `text.length`; null when `text` has no surrogates. */
function codePointMap(text: string): Uint32Array | null {
  if (!/[\uD800-\uDFFF]/.test(text)) return null;
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
  return map;
}

/** UTF-16 offsets of a text as code-point offsets: the identity when the text has no surrogates. */
export class CodePointOffsets {
  private readonly map: Uint32Array | null;
  /** The text's length in code points, for an offset past its end. */
  private readonly length: number;

  constructor(text: string) {
    this.map = codePointMap(text);
    this.length = this.map === null ? text.length : this.map[text.length]!;
  }

  at(offset: number): number {
    return this.map === null ? offset : this.map[offset] ?? this.length;
  }
}

/** True when `offset` falls between the two halves of a surrogate pair of `text`. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
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
function checkSpan(text: string, span: TextSpan, name: AnnotationName): void {
  const { start, end } = span;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
    throw new Error(`${name}: span ${start}-${end} is not within the text (${text.length} UTF-16 code units)`);
  }
  if (splitsPair(text, start) || splitsPair(text, end)) {
    throw new Error(`${name}: span ${start}-${end} cuts a surrogate pair`);
  }
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
  for (let segmentIndex = 0; segmentIndex < segments.length; segmentIndex += 1) {
    const segment = segments[segmentIndex]!;
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

/**
 * An array to be filled, index by index, with `length` items: made at its length, where one pushed to from `[]` is
 * grown to 17 slots at its first push and copied at each growth (~6 KB an article of spare slots and copies).
 */
function arrayOfLength<T>(length: number): T[] {
  return new Array<T>(length);
}

/** One element of an array field of the record: `RecordItem<'dates'>` is one date mention. */
type RecordItem<Field extends 'paragraphs' | 'qa' | 'dates' | 'figures' | 'organizations' | 'people' | 'roles' | 'acronyms'> =
  ExtractionRecord[Field][number];
/** An organization's or person's mention. */
type LocatedMention = RecordItem<'organizations'>['mentions'][number];

/** True when one of `entities` has the id `ref`. */
function hasEntity(entities: readonly { readonly id: string }[], ref: string): boolean {
  for (let index = 0; index < entities.length; index += 1) if (entities[index]!.id === ref) return true;
  return false;
}

/** A role points at an organization or person of this record: validate looks each `ref` up among their ids. */
function checkRef(ref: string | null, organizations: readonly OrganizationEntity[], people: readonly PersonEntity[]): void {
  if (ref !== null && !hasEntity(organizations, ref) && !hasEntity(people, ref)) {
    throw new Error(`roles: no organization or person has id ${JSON.stringify(ref)}`);
  }
}

/**
 * What one record's parts are built from: the text, its code-point offsets and the question/answer regions, with a
 * method per kind of part. A module-level class with methods and plain loops, not arrow functions made in
 * `buildRecord`: V8 keeps a closure's optimized code only weakly, so closures made per article are recompiled
 * again and again in a long run.
 */
class RecordBuilder {
  private readonly text: string;
  private readonly codePoints: CodePointOffsets;
  /** The questions and answer segments, sorted by position (they do not overlap), each with its pair's index. */
  private readonly regions: QaRegion[] = [];

  constructor(text: string, interview: InterviewResult) {
    this.text = text;
    this.codePoints = new CodePointOffsets(text);
    for (let index = 0; index < interview.pairs.length; index += 1) {
      const pair = interview.pairs[index]!;
      this.regions.push({ start: pair.question.start, end: pair.question.end, pair: index });
      const segments = pair.answerSegments;
      for (let segment = 0; segment < segments.length; segment += 1) {
        this.regions.push({ start: segments[segment]!.start, end: segments[segment]!.end, pair: index });
      }
    }
    this.regions.sort(byPosition);
  }

  check(span: TextSpan, name: AnnotationName): void {
    checkSpan(this.text, span, name);
  }

  private codePoint(offset: number): number {
    return this.codePoints.at(offset);
  }

  private slice(span: TextSpan): string {
    return this.text.slice(span.start, span.end);
  }

  /** The pair whose question or answer holds the span's start (regions do not overlap): a binary search. */
  private qaAt(span: TextSpan): number | null {
    const regions = this.regions;
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
  }

  private mention(span: TextSpan, name: AnnotationName): Mention {
    this.check(span, name);
    return { start: this.codePoint(span.start), end: this.codePoint(span.end), text: this.slice(span) };
  }

  /** A mention with the pair it stands in. */
  private located(span: TextSpan, name: AnnotationName): LocatedMention {
    this.check(span, name);
    return { start: this.codePoint(span.start), end: this.codePoint(span.end), text: this.slice(span), qa: this.qaAt(span) };
  }

  /** The mentions, in position order, with the pairs they stand in. */
  locatedAll(spans: readonly TextSpan[], name: AnnotationName): LocatedMention[] {
    const ordered = inPositionOrder(spans);
    const mentions = arrayOfLength<LocatedMention>(ordered.length);
    for (let index = 0; index < ordered.length; index += 1) mentions[index] = this.located(ordered[index]!, name);
    return mentions;
  }

  paragraph(paragraph: ParagraphSpan, kinds: readonly ParagraphKind[]): RecordItem<'paragraphs'> {
    return {
      index: paragraph.index,
      start: this.codePoint(paragraph.start),
      end: this.codePoint(paragraph.end),
      kind: kinds[paragraph.index] ?? 'body',
    };
  }

  qaPair(pair: QaPairSpan, index: number, paragraphs: readonly ParagraphSpan[]): RecordItem<'qa'> {
    const question = this.mention(pair.question, 'interview');
    const segments = arrayOfLength<RecordItem<'qa'>['answer']['segments'][number]>(pair.answerSegments.length);
    for (let index = 0; index < pair.answerSegments.length; index += 1) {
      const segment = pair.answerSegments[index]!;
      this.check(segment, 'interview');
      segments[index] = { start: this.codePoint(segment.start), end: this.codePoint(segment.end) };
    }
    return {
      index,
      question,
      answer: { paragraphs: answerParagraphs(paragraphs, pair.answerSegments), segments, text: this.answerText(pair.answerSegments) },
    };
  }

  /** The answer's segments joined by line breaks; one segment (the usual answer) is its slice, without an array to join. */
  private answerText(segments: readonly TextSpan[]): string {
    if (segments.length === 1) return this.slice(segments[0]!);
    const pieces: string[] = [];
    for (let index = 0; index < segments.length; index += 1) pieces.push(this.slice(segments[index]!));
    return pieces.join('\n');
  }

  date(date: DateSpan): RecordItem<'dates'> {
    this.check(date, 'dates');
    return {
      start: this.codePoint(date.start),
      end: this.codePoint(date.end),
      text: this.slice(date),
      qa: this.qaAt(date),
      value: date.value,
      endValue: date.endValue,
      mod: date.mod,
      relative: date.relative,
    };
  }

  figure(figure: FigureSpan): RecordItem<'figures'> {
    this.check(figure, 'figures');
    return {
      start: this.codePoint(figure.start),
      end: this.codePoint(figure.end),
      text: this.slice(figure),
      qa: this.qaAt(figure),
      kind: figure.kind,
      value: figure.value,
      min: figure.min,
      max: figure.max,
      of: figure.of,
      unit: figure.unit,
      qualifier: figure.qualifier,
    };
  }

  /** A role; `organizationRef` its organization's id (the role's own, or the body the roleBodies stage listed). */
  role(role: RoleSpan, organizationRef: string | null): RecordItem<'roles'> {
    this.check(role, 'roles');
    return {
      start: this.codePoint(role.start),
      end: this.codePoint(role.end),
      text: this.slice(role),
      qa: this.qaAt(role),
      title: role.title,
      holder: { ...role.holder },
      organization: { ref: organizationRef, name: role.organization.name },
    };
  }

  acronym(acronym: AcronymSpan): RecordItem<'acronyms'> {
    this.check(acronym, 'acronyms');
    return {
      start: this.codePoint(acronym.start),
      end: this.codePoint(acronym.end),
      text: this.slice(acronym),
      short: acronym.short,
      long: acronym.long,
    };
  }
}

/** The id of the body a role with no organization ref is held in, when the roleBodies stage listed it there. */
function bodyOfRole(role: RoleSpan, roleBodies: readonly OrganizationEntity[]): string | null {
  const at = role.unlistedBody;
  if (at === null) return null;
  for (const body of roleBodies) {
    for (const mention of body.mentions) if (mention.start === at.start && mention.end === at.end) return body.id;
  }
  return null;
}

export function buildRecord(document: AnnotatedDocument, warnings: readonly string[]): ExtractionRecord {
  const { text } = document;
  const interview = annotation(document, 'interview');
  const builder = new RecordBuilder(text, interview);

  // Paragraph `index` is the paragraph's place in the list, and the list is in text order: validate checks both,
  // and the answer paragraphs below are found by binary search over it.
  const paragraphs = annotation(document, 'paragraphs');
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index]!;
    builder.check(paragraph, 'paragraphs');
    if (paragraph.index !== index) throw new Error(`paragraphs: paragraph ${index} has index ${paragraph.index}`);
    if (index > 0 && byPosition(paragraphs[index - 1]!, paragraph) > 0) throw new Error(`paragraphs: paragraph ${index} is out of order`);
  }
  const metadata = annotation(document, 'metadata');
  const roleBodies = annotation(document, 'roleBodies');
  const organizations = roleBodies.length === 0 ? annotation(document, 'organizations') : annotation(document, 'organizations').concat(roleBodies);
  const people = annotation(document, 'people');

  const paragraphRecords = arrayOfLength<RecordItem<'paragraphs'>>(paragraphs.length);
  for (let index = 0; index < paragraphs.length; index += 1) paragraphRecords[index] = builder.paragraph(paragraphs[index]!, interview.paragraphKinds);
  const qa = arrayOfLength<RecordItem<'qa'>>(interview.pairs.length);
  for (let index = 0; index < interview.pairs.length; index += 1) qa[index] = builder.qaPair(interview.pairs[index]!, index, paragraphs);
  const dateSpans = inPositionOrder(annotation(document, 'dates'));
  const dates = arrayOfLength<RecordItem<'dates'>>(dateSpans.length);
  for (let index = 0; index < dateSpans.length; index += 1) dates[index] = builder.date(dateSpans[index]!);
  const figureSpans = inPositionOrder(annotation(document, 'figures'));
  const figures = arrayOfLength<RecordItem<'figures'>>(figureSpans.length);
  for (let index = 0; index < figureSpans.length; index += 1) figures[index] = builder.figure(figureSpans[index]!);
  const organizationRecords = arrayOfLength<RecordItem<'organizations'>>(organizations.length);
  for (let index = 0; index < organizations.length; index += 1) {
    const organization = organizations[index]!;
    organizationRecords[index] = {
      id: organization.id,
      name: organization.name,
      acronym: organization.acronym,
      mentions: builder.locatedAll(organization.mentions, 'organizations'),
    };
  }
  const personRecords = arrayOfLength<RecordItem<'people'>>(people.length);
  for (let index = 0; index < people.length; index += 1) {
    const person = people[index]!;
    personRecords[index] = { id: person.id, name: person.name, mentions: builder.locatedAll(person.mentions, 'people') };
  }
  const roleSpans = inPositionOrder(annotation(document, 'roles'));
  const roles = arrayOfLength<RecordItem<'roles'>>(roleSpans.length);
  for (let index = 0; index < roleSpans.length; index += 1) {
    const role = roleSpans[index]!;
    const organizationRef = role.organization.ref ?? bodyOfRole(role, roleBodies);
    checkRef(role.holder.ref, organizations, people);
    checkRef(organizationRef, organizations, people);
    roles[index] = builder.role(role, organizationRef);
  }
  const acronymSpans = inPositionOrder(annotation(document, 'acronyms'));
  const acronyms = arrayOfLength<RecordItem<'acronyms'>>(acronymSpans.length);
  for (let index = 0; index < acronymSpans.length; index += 1) acronyms[index] = builder.acronym(acronymSpans[index]!);

  return {
    schemaVersion: 1,
    id: document.id,
    source: document.source,
    text,
    meta: metadata.meta,
    paragraphs: paragraphRecords,
    qa,
    dates,
    figures,
    organizations: organizationRecords,
    people: personRecords,
    roles,
    acronyms,
    warnings: [...warnings],
  };
}
