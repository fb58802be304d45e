// The dataset as CSV: one file per sheet of ../tables.ts (`articles.csv`, `qa.csv`, `dates.csv`, `figures.csv`,
// `organizations.csv`, `people.csv`, `roles.csv`, `acronyms.csv`, `errors.csv`) and `readme.csv` explaining every
// column and the run. Rows are streamed to the files as records arrive; nothing is held in memory.
//
// Format: UTF-8 with a byte-order mark (so that Excel shows Vietnamese correctly), RFC 4180: fields separated by
// commas, records ended by CRLF, a field holding a comma, a double quote, CR or LF enclosed in double quotes with
// its double quotes doubled. Line breaks inside a text stay as they are in the article (LF). No cell is cut.
//
// CSV injection (OWASP's guidance): a spreadsheet opening a CSV runs a cell that starts with `=`, `+`, `-` or `@`
// as a formula, and a leading tab or carriage return can hide such a start. So a TEXT cell that starts with one
// of `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe (`'=HYPERLINK(...)`, `'-2`): a spreadsheet shows it
// as text and a reader of the CSV sees the apostrophe. Numeric columns (value, min, max, start...) hold numbers
// written by the tool, never article text, so `-2` there is a negative number and is left alone.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { ExtractionError, ExtractionRecord } from '../schema.js';
import {
  appendErrorRows,
  appendRecordRows,
  DATA_SHEETS,
  README_COLUMNS,
  readmeRows,
  type CellValue,
  type ColumnKind,
  type SheetDefinition,
} from '../tables.js';
import type { RecordSink, RunSummary, SinkFactory } from './sink.js';

const BYTE_ORDER_MARK = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/** A text cell made safe to open in a spreadsheet: a leading `'` before a formula start (see the rule above). */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180) for a value of a column of this kind. */
export function csvField(value: CellValue, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const isToolWritten = (kind === 'number' || kind === 'integer') && /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/u.test(value);
  const text = isToolWritten ? value : neutralizeFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(row: readonly CellValue[], kinds: readonly ColumnKind[]): string {
  return `${row.map((value, index) => csvField(value, kinds[index] ?? 'text')).join(',')}\r\n`;
}

/** The file a sheet is written to: its name in lower case (`Figures` → `figures.csv`). */
export function csvFileName(sheetName: string): string {
  return `${sheetName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}.csv`;
}

class CsvFile {
  rows = 0;
  private readonly stream: WriteStream;

  constructor(path: string, header: readonly string[], readonly kinds: readonly ColumnKind[]) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.write(BYTE_ORDER_MARK + csvLine(header, header.map(() => 'text')));
  }

  async append(row: readonly CellValue[], countRow = true): Promise<void> {
    if (countRow) this.rows += 1;
    if (!this.stream.write(csvLine(row, this.kinds))) await once(this.stream, 'drain');
  }

  async finish(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'close');
  }
}

export const README_CSV = 'readme.csv';

export const csvSinkFactory: SinkFactory = async (outDir: string): Promise<RecordSink> => {
  const files = new Map<string, CsvFile>(
    DATA_SHEETS.map((sheet) => [
      sheet.name,
      new CsvFile(join(outDir, csvFileName(sheet.name)), sheet.columns.map((column) => column.header), sheet.columns.map((column) => column.kind)),
    ]),
  );
  const fileOf = (sheet: SheetDefinition<never>): CsvFile => {
    const file = files.get(sheet.name);
    if (!file) throw new Error(`no CSV file for sheet ${sheet.name}`);
    return file;
  };
  return {
    files: [...DATA_SHEETS.map((sheet) => csvFileName(sheet.name)), README_CSV],
    write: (record: ExtractionRecord) => appendRecordRows(record, fileOf),
    writeError: (error: ExtractionError) => appendErrorRows(error, fileOf),
    async close(summary: RunSummary): Promise<void> {
      for (const file of files.values()) await file.finish();
      const written = DATA_SHEETS.map((sheet) => ({ sheet: sheet.name, part: csvFileName(sheet.name), rows: files.get(sheet.name)?.rows ?? 0 }));
      const readme = new CsvFile(join(outDir, README_CSV), README_COLUMNS, README_COLUMNS.map(() => 'text'));
      const notes = [
        'one CSV file per sheet, UTF-8 with a byte-order mark, RFC 4180 (comma, double quotes, CRLF between rows); no cell is cut',
        "a text cell that starts with =, +, -, @, a tab or a carriage return is written with a leading apostrophe (') so that a spreadsheet shows it as text, never runs it as a formula (OWASP CSV injection); remove that apostrophe to get the article's text, or read extractions.jsonl",
      ];
      for (const row of readmeRows(summary, written, notes)) await readme.append(row, false);
      await readme.finish();
    },
  };
};
