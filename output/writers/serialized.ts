// Sinks that can take records already serialized to JSON (the workers serialize them), so the main thread does
// not parse and serialize every record again. Other sinks get parsed records.
import type { RecordSink } from './sink.js';

export interface SerializedRecordSink extends RecordSink {
  writeSerializedRecord(json: string): Promise<void>;
  writeSerializedError(json: string): Promise<void>;
}

export function takesSerialized(sink: RecordSink): sink is SerializedRecordSink {
  const candidate = sink as Partial<SerializedRecordSink>;
  return typeof candidate.writeSerializedRecord === 'function' && typeof candidate.writeSerializedError === 'function';
}
