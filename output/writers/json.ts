// `extractions.json`: the records as one JSON array, streamed (one record a line inside the brackets).
import path from 'node:path';
import type { ExtractionRecord } from '../schema.js';
import { LineFile } from './line-file.js';
import type { SerializedRecordSink } from './serialized.js';
import type { RunSummary } from './sink.js';

export const JSON_FILE = 'extractions.json';

export async function createJsonSink(outDir: string): Promise<SerializedRecordSink> {
  const file = await LineFile.open(path.join(outDir, JSON_FILE), false);
  let count = 0;
  await file.writeLine('[');
  const writeSerializedRecord = async (json: string): Promise<void> => {
    // The comma goes before every record but the first, so the array closes cleanly whatever the count.
    await file.writeLine(count === 0 ? json : `,${json}`);
    count += 1;
  };
  return {
    files: [JSON_FILE],
    write: (record: ExtractionRecord) => writeSerializedRecord(JSON.stringify(record)),
    writeError: async () => {},
    writeSerializedRecord,
    writeSerializedError: async () => {},
    close: async (_summary: RunSummary) => {
      await file.writeLine(']');
      await file.close();
    },
  };
}
