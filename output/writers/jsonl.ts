// `extractions.jsonl` (one record a line) and `errors.jsonl` (one line per input that failed), both always written.
import path from 'node:path';
import type { ExtractionError, ExtractionRecord } from '../schema.js';
import { LineFile } from './line-file.js';
import type { SerializedRecordSink } from './serialized.js';
import type { RecordSink, RunSummary } from './sink.js';

export const EXTRACTIONS_FILE = 'extractions.jsonl';
export const ERRORS_FILE = 'errors.jsonl';

/** `append` continues files a resumed run already holds. */
export async function createJsonlSink(outDir: string, options: { append?: boolean } = {}): Promise<SerializedRecordSink> {
  const append = options.append ?? false;
  const records = await LineFile.open(path.join(outDir, EXTRACTIONS_FILE), append);
  const errors = await LineFile.open(path.join(outDir, ERRORS_FILE), append);
  return {
    files: [EXTRACTIONS_FILE, ERRORS_FILE],
    write: (record: ExtractionRecord) => records.writeLine(JSON.stringify(record)),
    writeError: (error: ExtractionError) => errors.writeLine(JSON.stringify(error)),
    writeSerializedRecord: (json: string) => records.writeLine(json),
    writeSerializedError: (json: string) => errors.writeLine(json),
    close: async (_summary: RunSummary) => {
      await records.close();
      await errors.close();
    },
  };
}

export const jsonlSinkFactory = (outDir: string): Promise<RecordSink> => createJsonlSink(outDir);
