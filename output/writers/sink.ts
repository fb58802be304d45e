// What every output format implements. The extract command opens one sink per format asked for (`--format
// jsonl,json,xlsx,csv,html`) and gives each record and each error to all of them, in input order.
import type { ExtractionError, ExtractionRecord } from '../schema.js';

/** What a run tells its sinks at the end (the XLSX README sheet and report.json show it). */
export interface RunSummary {
  readonly tool: { readonly name: 'vnextract'; readonly version: string };
  /** ISO 8601 time the run started. */
  readonly startedAt: string;
  readonly inputs: readonly string[];
  readonly counts: { readonly read: number; readonly extracted: number; readonly failed: number };
}

export interface RecordSink {
  /** Files this sink writes, relative to the output folder, for the run's report. */
  readonly files: readonly string[];
  write(record: ExtractionRecord): Promise<void>;
  writeError(error: ExtractionError): Promise<void>;
  close(summary: RunSummary): Promise<void>;
}

/** Creates a sink writing into `outDir`. */
export type SinkFactory = (outDir: string) => Promise<RecordSink>;
