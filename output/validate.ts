// Checks a file of extraction records (JSONL, or a JSON array) against the record schema and the span invariant:
// every `start ≤ end ≤ length` in code points, and every mention's `text` equal to its code-point slice of `text`.
// JSONL is read line by line, so a file larger than memory can be checked.
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { extractionRecordSchema, passesRecordSchema, type ExtractionRecord } from './schema.js';
import { CodePointText } from './eval/code-points.js';

/** One item of a record file: the parsed value, or why the line could not be parsed. */
export type RecordEntry =
  | { readonly location: string; readonly value: unknown }
  | { readonly location: string; readonly error: string };

export interface Violation {
  /** Where in the record, as `dates[3].text`; empty for the record as a whole. */
  readonly path: string;
  readonly reason: string;
}

export interface RecordViolation extends Violation {
  /** `line 12` (JSONL) or `item 12` (JSON array). */
  readonly location: string;
  readonly id: string | null;
}

async function startsWithArray(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/u, '').trimStart();
    return head.startsWith('[');
  } finally {
    await handle.close();
  }
}

/** The records of a JSONL file (streamed, blank lines skipped) or of a JSON array (read whole). */
export async function* readRecordFile(path: string): AsyncGenerator<RecordEntry> {
  if (await startsWithArray(path)) {
    let items: unknown;
    try {
      items = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/u, ''));
    } catch (error) {
      yield { location: 'file', error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
      return;
    }
    if (!Array.isArray(items)) {
      yield { location: 'file', error: 'not a JSON array of records' };
      return;
    }
    for (const [index, value] of items.entries()) yield { location: `item ${index + 1}`, value: value as unknown };
    return;
  }
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    const json = number === 1 ? line.replace(/^\uFEFF/u, '') : line;
    if (json.trim() === '') continue;
    try {
      yield { location: `line ${number}`, value: JSON.parse(json) as unknown };
    } catch (error) {
      yield { location: `line ${number}`, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  let result = '';
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`;
    else result += result === '' ? String(key) : `.${String(key)}`;
  }
  return result;
}

/** A zod message made plain: a key that is not there is "missing". */
function reasonOf(message: string, code: string): string {
  const missing = /expected (\w+), received undefined/u.exec(message);
  if (code === 'invalid_type' && missing) return `missing (expected ${missing[1]})`;
  return message.replace(/^Invalid input: /u, '');
}

interface Located {
  readonly start: number;
  readonly end: number;
}

/** The span invariant of a schema-valid record. */
export function checkSpans(record: ExtractionRecord): Violation[] {
  const violations: Violation[] = [];
  const text = new CodePointText(record.text);
  const range = (path: string, span: Located): boolean => {
    if (span.start > span.end) {
      violations.push({ path, reason: `start ${span.start} is after end ${span.end}` });
      return false;
    }
    if (span.end > text.length) {
      violations.push({ path, reason: `end ${span.end} is beyond the text's ${text.length} code points` });
      return false;
    }
    return true;
  };
  const mention = (path: string, span: Located & { text: string }): void => {
    if (!range(path, span)) return;
    const slice = text.slice(span.start, span.end);
    if (slice !== span.text) {
      violations.push({
        path: `${path}.text`,
        reason: `${JSON.stringify(span.text)} is not the text at ${span.start}-${span.end}, which is ${JSON.stringify(slice)}`,
      });
    }
  };
  const qaRef = (path: string, qa: number | null | undefined): void => {
    if (qa !== null && qa !== undefined && qa >= record.qa.length) {
      violations.push({ path: `${path}.qa`, reason: `points at pair ${qa}, but there are ${record.qa.length} pairs` });
    }
  };
  const sorted = (path: string, spans: readonly Located[]): void => {
    for (let index = 1; index < spans.length; index += 1) {
      const before = spans[index - 1]!;
      const here = spans[index]!;
      if (here.start < before.start || (here.start === before.start && here.end < before.end)) {
        violations.push({ path: `${path}[${index}]`, reason: 'not sorted by start, then end' });
        return;
      }
    }
  };

  record.paragraphs.forEach((paragraph, index) => {
    if (paragraph.index !== index) violations.push({ path: `paragraphs[${index}].index`, reason: `is ${paragraph.index}, expected ${index}` });
    range(`paragraphs[${index}]`, paragraph);
  });
  sorted('paragraphs', record.paragraphs);
  record.qa.forEach((pair, index) => {
    const path = `qa[${index}]`;
    if (pair.index !== index) violations.push({ path: `${path}.index`, reason: `is ${pair.index}, expected ${index}` });
    mention(`${path}.question`, pair.question);
    let segmentsInRange = true;
    pair.answer.segments.forEach((segment, part) => {
      segmentsInRange = range(`${path}.answer.segments[${part}]`, segment) && segmentsInRange;
    });
    pair.answer.paragraphs.forEach((paragraph, part) => {
      if (paragraph >= record.paragraphs.length) {
        violations.push({ path: `${path}.answer.paragraphs[${part}]`, reason: `no paragraph ${paragraph}` });
      }
    });
    if (segmentsInRange) {
      const joined = pair.answer.segments.map((segment) => text.slice(segment.start, segment.end)).join('\n');
      if (joined !== pair.answer.text) {
        violations.push({ path: `${path}.answer.text`, reason: 'is not its segments joined with "\\n"' });
      }
    }
  });
  for (const field of ['dates', 'figures', 'roles', 'acronyms'] as const) {
    const items: readonly (Located & { text: string; qa?: number | null })[] = record[field];
    items.forEach((item, index) => {
      mention(`${field}[${index}]`, item);
      qaRef(`${field}[${index}]`, item.qa);
    });
    sorted(field, items);
  }
  const ids = new Set<string>();
  for (const field of ['organizations', 'people'] as const) {
    record[field].forEach((entity, index) => {
      ids.add(entity.id);
      entity.mentions.forEach((item, part) => {
        mention(`${field}[${index}].mentions[${part}]`, item);
        qaRef(`${field}[${index}].mentions[${part}]`, item.qa);
      });
      sorted(`${field}[${index}].mentions`, entity.mentions);
    });
  }
  record.roles.forEach((role, index) => {
    if (role.holder.ref !== null && !ids.has(role.holder.ref)) {
      violations.push({ path: `roles[${index}].holder.ref`, reason: `no organization or person has id ${JSON.stringify(role.holder.ref)}` });
    }
    if (role.organization.ref !== null && !ids.has(role.organization.ref)) {
      violations.push({ path: `roles[${index}].organization.ref`, reason: `no organization has id ${JSON.stringify(role.organization.ref)}` });
    }
  });
  return violations;
}

/** Checks one parsed value: the schema first, then (for a record the schema accepts) its spans. */
export function checkRecord(value: unknown): { id: string | null; record: ExtractionRecord | null; violations: Violation[] } {
  const id = typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
    ? (value as { id: string }).id
    : null;
  // The compiled check first: a valid record (nearly all of a big file) is then checked without a copy of it. Its
  // unknown keys stay on it, where safeParse's copy dropped them: the span checks read none of them.
  if (passesRecordSchema(value)) return { id, record: value, violations: checkSpans(value) };
  const parsed = extractionRecordSchema.safeParse(value);
  if (!parsed.success) {
    return {
      id,
      record: null,
      violations: parsed.error.issues.map((issue) => ({ path: pathOf(issue.path), reason: reasonOf(issue.message, issue.code) })),
    };
  }
  return { id, record: parsed.data, violations: checkSpans(parsed.data) };
}

export interface ValidationSummary {
  readonly records: number;
  readonly invalidRecords: number;
  readonly violations: number;
  /** Ids given to more than one record. */
  readonly duplicateIds: readonly string[];
}

/** Checks every record of a file, handing each violation to `report` as it is found. */
export async function validateRecordFile(
  path: string,
  report: (violation: RecordViolation) => void,
): Promise<ValidationSummary> {
  let records = 0;
  let invalidRecords = 0;
  let violations = 0;
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for await (const entry of readRecordFile(path)) {
    records += 1;
    if ('error' in entry) {
      invalidRecords += 1;
      violations += 1;
      report({ location: entry.location, id: null, path: '', reason: entry.error });
      continue;
    }
    const checked = checkRecord(entry.value);
    if (checked.id !== null) {
      if (seen.has(checked.id)) duplicates.add(checked.id);
      seen.add(checked.id);
    }
    if (checked.violations.length === 0) continue;
    invalidRecords += 1;
    violations += checked.violations.length;
    for (const violation of checked.violations) report({ ...violation, location: entry.location, id: checked.id });
  }
  return { records, invalidRecords, violations, duplicateIds: [...duplicates] };
}

/** `line 3, record "abc": dates[0].text: ...` */
export function formatViolation(violation: RecordViolation): string {
  const record = violation.id === null ? 'record without an id' : `record ${JSON.stringify(violation.id)}`;
  return `${violation.location}, ${record}: ${violation.path === '' ? '' : `${violation.path}: `}${violation.reason}`;
}
