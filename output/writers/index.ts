// Output formats by name, for `--format`. `jsonl` is always written (extractions.jsonl, errors.jsonl); the others
// add their files beside it. Adding a format is one line here.
import type { SinkFactory } from './sink.js';
import { jsonlSinkFactory } from './jsonl.js';
import { createJsonSink } from './json.js';
import { htmlReportSinkFactory } from './html-report.js';
import { xlsxSinkFactory } from './xlsx.js';
import { csvSinkFactory } from './csv.js';

export const SINK_FACTORIES: Readonly<Record<string, SinkFactory>> = {
  jsonl: jsonlSinkFactory,
  json: createJsonSink,
  xlsx: xlsxSinkFactory,
  csv: csvSinkFactory,
  html: htmlReportSinkFactory(),
};

export function formatNames(): string[] {
  return Object.keys(SINK_FACTORIES);
}
