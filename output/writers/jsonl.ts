// `extractions.jsonl` (one record a line) and `errors.jsonl` (one line per input that failed), both always written.
import path from 'node:path';
import type { ExtractionError, ExtractionRecord } from '../schema.js';
import { LineFile } from './line-file.js';
import type { SerializedRecordSink } from './serialized.js';
import type { RecordSink, RunSummary } from './sink.js';

export const EXTRACTIONS_FILE = 'extractions.jsonl';
export const ERRORS_FILE = 'errors.jsonl';

/** `append` continues files a resumed run already holds. */
export interface JsonlSink extends SerializedRecordSink {
  /** A record's or an error's JSON line as UTF-8 bytes, written as they are (the batch runner's fast path). */
  writeRecordBytes(line: Uint8Array): Promise<void>;
  writeErrorBytes(line: Uint8Array): Promise<void>;
}

export async function createJsonlSink(outDir: string, options: { append?: boolean } = {}): Promise<JsonlSink> {
  const append = options.append ?? false;
  const records = await LineFile.open(path.join(outDir, EXTRACTIONS_FILE), append);
  const errors = await LineFile.open(path.join(outDir, ERRORS_FILE), append);
  return {
    files: [EXTRACTIONS_FILE, ERRORS_FILE],
    write: (record: ExtractionRecord) => records.writeLine(JSON.stringify(record)),
    writeError: (error: ExtractionError) => errors.writeLine(JSON.stringify(error)),
    writeSerializedRecord: (json: string) => records.writeLine(json),
    writeSerializedError: (json: string) => errors.writeLine(json),
    writeRecordBytes: (line: Uint8Array) => records.writeLineBytes(line),
    writeErrorBytes: (line: Uint8Array) => errors.writeLineBytes(line),
    close: async (_summary: RunSummary) => {
      await records.close();
      await errors.close();
    },
  };
}

export const jsonlSinkFactory = (outDir: string): Promise<RecordSink> => createJsonlSink(outDir);
