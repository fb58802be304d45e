// One raw item into one output line: the record's JSON, or the error's JSON, or nothing when the item belongs to
// another shard. Pure apart from the timings it adds up; the workers and the single-thread path both call it.
import { articleFromHtmlFile, articleFromJsonLine, articleFromTextFile, type ArticleOutcome, type FieldNames } from '../../input/articles.js';
import type { RawItem } from '../../input/raw-items.js';
import type { ExtractionError, ExtractionRecord } from '../../output/schema.js';
import { extractArticle, type StageTimings } from '../run-article.js';
import { inShard, type Shard } from './shard.js';
import { RecordJsonWriter } from './record-json.js';

export interface ItemSettings {
  readonly fields: FieldNames;
  readonly shard: Shard | null;
  /** The bench's floor: read, decode, normalize and write the article, with no extraction. */
  readonly floor?: boolean;
  /** `--html`: a JSONL record's body is an HTML page (read by input/html.ts). */
  readonly html?: boolean;
}

/**
 * A record line or an error line as the UTF-8 bytes of its JSON (what JSON.stringify and a UTF-8 encoding give), or
 * nothing. The bytes are a view of one buffer that the next processRawItem call writes over: copy them first, as
 * OutcomeEncoder.add does.
 */
export type ItemOutcome =
  | { readonly kind: 'record'; readonly bytes: Uint8Array }
  | { readonly kind: 'error'; readonly bytes: Uint8Array }
  | { readonly kind: 'skipped' };

/**
 * Where each outcome's JSON is written, straight as UTF-8: a record's JSON string (a two-byte string of ~90 KB for a
 * seed-size article) would only be encoded into the batch's buffer and dropped.
 */
const lineWriter = new RecordJsonWriter();

function lineBytes(value: object): Uint8Array {
  lineWriter.reset();
  lineWriter.write(value);
  return lineWriter.written();
}

/** A record's line, written by its shapes (record-json.ts): the bytes lineBytes would give, for less. */
function recordBytes(record: ExtractionRecord): Uint8Array {
  lineWriter.reset();
  lineWriter.writeRecord(record);
  return lineWriter.written();
}

function errorLine(id: string | null, file: string, line: number | null, reason: string): ItemOutcome {
  const error: ExtractionError = { id, source: { file, line, url: null }, reason };
  return { kind: 'error', bytes: lineBytes(error) };
}

function added(timings: StageTimings, stage: string, startedAt: number): void {
  timings[stage] = (timings[stage] ?? 0) + performance.now() - startedAt;
}

export function processRawItem(item: RawItem, settings: ItemSettings, timings: StageTimings): ItemOutcome {
  if (item.kind === 'failed') {
    const id = item.line === null ? item.name : `${item.name}:${item.line}`;
    if (settings.shard && !inShard(id, settings.shard)) return { kind: 'skipped' };
    return errorLine(id, item.file, item.line, item.reason);
  }
  const startedAt = performance.now();
  let outcome: ArticleOutcome;
  if (item.kind === 'jsonl') outcome = articleFromJsonLine(item.file, item.name, item.line, item.bytes, settings.fields, settings.html ?? false);
  else if (item.kind === 'html') outcome = articleFromHtmlFile(item.file, item.name, item.bytes);
  else outcome = articleFromTextFile(item.file, item.name, item.bytes);
  added(timings, 'normalize', startedAt);
  const line = item.kind === 'jsonl' ? item.line : null;
  const id = outcome.ok ? outcome.article.id : outcome.id;
  if (settings.shard && !inShard(id, settings.shard)) return { kind: 'skipped' };
  if (!outcome.ok) return errorLine(id, item.file, line, outcome.reason);
  if (settings.floor) {
    const serializedAt = performance.now();
    const { id: articleId, source, text, hints } = outcome.article;
    const bytes = lineBytes({ id: articleId, source, text, hints });
    added(timings, 'serialize', serializedAt);
    return { kind: 'record', bytes };
  }
  try {
    const record = extractArticle(outcome.article, timings);
    const serializedAt = performance.now();
    const bytes = recordBytes(record);
    added(timings, 'serialize', serializedAt);
    return { kind: 'record', bytes };
  } catch (error) {
    return errorLine(id, item.file, line, `extraction failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
