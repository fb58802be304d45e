// The dataset as one XLSX workbook (`extractions.xlsx`): a sheet per table of ../tables.ts, then Errors and README.
//
// Memory stays bounded whatever the number of rows. exceljs' streaming WorkbookWriter writes the sheets one after
// another into the zip, so rows arriving for all sheets at once are spooled first, one JSON line per row in a
// temporary file per sheet (beside the output), and the workbook is assembled at close, sheet by sheet, waiting
// whenever the zip's compressor falls behind. Column widths are measured while spooling.
//
// Safety: a cell made from article text is always a string cell (an inline string: no formula, no shared-string
// table held in memory); characters XML cannot carry (C0 controls but tab and line breaks, DEL, lone surrogates)
// are shown as visible stand-ins (U+2400…, U+FFFD), a literal `_x0041_` is escaped so that Excel does not decode
// it, a CR is written as Excel's `_x000D_` (XML would read it as LF), and a cell past Excel's 32,767 characters is cut with a visible marker (the full text stays in the JSONL).
// A sheet that would pass Excel's 1,048,576 rows continues in `Figures (2)`, `Figures (3)`... with the same header.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
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
  type WrittenSheet,
} from '../tables.js';
import type { RecordSink, RunSummary, SinkFactory } from './sink.js';

/** Excel's limits: rows per sheet (the header included), characters per cell, hyperlinks per sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_CELL_CHARACTERS = 32_767;
export const EXCEL_MAX_HYPERLINKS = 65_530;

export interface XlsxSinkOptions {
  /** The workbook's file name in the output folder. */
  readonly fileName?: string;
  /** Rows a sheet may hold, its header included (Excel's 1,048,576 unless a test wants a small one). */
  readonly maxRowsPerSheet?: number;
}

const CUT_MARKER = (full: number): string => ` …[CUT: ${full} characters in all, the full text is in extractions.jsonl]`;
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const EXCEL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/gu;

function visibleStandIn(character: string): string {
  const code = character.charCodeAt(0);
  if (code <= 0x1f) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\uFFFD';
}

/** Text as an XLSX string cell holds it: XML-safe, Excel's `_xHHHH_` escape kept literal, cut at the cell limit. */
export function spreadsheetText(text: string): string {
  let safe = text.replace(INVALID_XML, visibleStandIn);
  if (safe.length > EXCEL_MAX_CELL_CHARACTERS) {
    const marker = CUT_MARKER(safe.length);
    let cut = EXCEL_MAX_CELL_CHARACTERS - marker.length;
    const last = safe.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut -= 1; // never split a surrogate pair
    safe = safe.slice(0, cut) + marker;
  }
  // XML readers turn a raw CR into LF: Excel's own escape keeps it (after escaping, so it is not escaped again).
  return safe.replace(EXCEL_ESCAPE, '_x005F_$1').replaceAll('\r', '_x000D_');
}

// The parts of exceljs' streaming writer used here (its typings describe the in-memory workbook). A sheet's stream
// is piped into archiver's PassThrough (readable-stream 2, which has `_writableState` but no `writableLength`).
interface BufferingStream {
  readonly writableLength?: number;
  readonly _writableState?: { readonly length: number };
  once(event: 'drain', listener: () => void): unknown;
  removeListener(event: 'drain', listener: () => void): unknown;
}
const ZIP_BACKLOG_BYTES = 4 * 1024 * 1024;
interface StreamingRow { commit(): void }
interface StreamingWorksheet {
  columns: { width: number }[];
  addRow(values: unknown[]): StreamingRow & { eachCell(callback: (cell: { style: object }, column: number) => void): void };
  commit(): void;
  readonly stream: { pipes?: BufferingStream[] };
}
interface StreamingWorkbook {
  addWorksheet(name: string, options: object): StreamingWorksheet;
  commit(): Promise<unknown>;
}

const HEADER_STYLE = { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } }, alignment: { vertical: 'top' } };
const WRAP_STYLE = { alignment: { wrapText: true, vertical: 'top' } };
const TOP_STYLE = { alignment: { vertical: 'top' } };
const DAY_STYLE = { numFmt: 'yyyy-mm-dd', alignment: { vertical: 'top' } };
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

const WIDTH_CAP: Record<ColumnKind, number> = { text: 40, longText: 80, number: 18, integer: 14, boolean: 10, day: 12, url: 50 };

/** How a value measures for column widths (characters shown on one line). */
function displayLength(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value !== 'string') return String(value).length;
  const newline = value.indexOf('\n');
  return newline === -1 ? value.length : newline;
}

/** A sheet's rows on disk until the workbook is assembled. */
class SheetSpool {
  rows = 0;
  readonly widths: number[];
  private readonly stream: WriteStream;

  constructor(readonly sheet: SheetDefinition<never>, readonly path: string) {
    this.widths = sheet.columns.map((column) => Math.min(column.header.length + 4, WIDTH_CAP[column.kind]));
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async append(row: CellValue[]): Promise<void> {
    this.rows += 1;
    row.forEach((value, index) => {
      const width = this.widths[index] ?? 0;
      const cap = WIDTH_CAP[this.sheet.columns[index]?.kind ?? 'text'];
      if (width < cap) this.widths[index] = Math.min(cap, Math.max(width, displayLength(value) + 2));
    });
    if (!this.stream.write(`${JSON.stringify(row)}\n`)) await once(this.stream, 'drain');
  }

  async finish(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'close');
  }

  async *read(): AsyncGenerator<CellValue[]> {
    const lines = createInterface({ input: createReadStream(this.path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) yield JSON.parse(line) as CellValue[];
  }
}

/**
 * Waits while the zip's compressor holds more than a few megabytes of this sheet: exceljs does not heed
 * backpressure, so without this the whole sheet's XML would pile up in memory before it is compressed.
 */
async function keepPaceWithZip(worksheet: StreamingWorksheet): Promise<void> {
  const pipes = worksheet.stream.pipes;
  if (!Array.isArray(pipes)) return;
  const buffered = (pipe: BufferingStream): number => pipe.writableLength ?? pipe._writableState?.length ?? 0;
  for (;;) {
    const backedUp = pipes.find((pipe) => buffered(pipe) > ZIP_BACKLOG_BYTES);
    if (backedUp === undefined) return;
    // 'drain' comes when the backlog is written out; the timer only guards against a stream that never says so.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(finish, 50);
      function finish(): void { clearTimeout(timer); backedUp?.removeListener('drain', finish); resolve(); }
      backedUp.once('drain', finish);
    });
  }
}

function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

class SheetAssembler {
  private hyperlinks = 0;

  constructor(private readonly workbook: StreamingWorkbook) {}

  /** Writes a sheet's rows, continuing in `Name (2)`... past `maxRows`; returns the parts written. */
  async write(
    maxRows: number,
    name: string,
    columns: readonly { header: string; kind: ColumnKind }[],
    widths: readonly number[],
    rows: AsyncIterable<CellValue[]> | Iterable<CellValue[]>,
  ): Promise<WrittenSheet[]> {
    const parts: WrittenSheet[] = [];
    let worksheet: StreamingWorksheet | null = null;
    let rowsInPart = 0;
    const closePart = async (): Promise<void> => {
      if (worksheet === null) return;
      worksheet.commit();
      parts.push({ sheet: name, part: parts.length === 0 ? name : `${name} (${parts.length + 1})`, rows: rowsInPart });
      worksheet = null;
    };
    const openPart = (): StreamingWorksheet => {
      const partName = parts.length === 0 ? name : `${name} (${parts.length + 1})`;
      const opened = this.workbook.addWorksheet(partName, {
        views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
        autoFilter: `A1:${columnLetters(columns.length)}1`,
      });
      opened.columns = widths.map((width) => ({ width }));
      const header = opened.addRow(columns.map((column) => ({ richText: [{ text: spreadsheetText(column.header) }] })));
      header.eachCell((cell) => { cell.style = HEADER_STYLE; });
      header.commit();
      this.hyperlinks = 0;
      rowsInPart = 0;
      return opened;
    };
    worksheet = openPart();
    for await (const row of rows) {
      if (rowsInPart + 1 >= maxRows) {
        await closePart();
        worksheet = openPart();
      }
      const current: StreamingWorksheet = worksheet;
      const written = current.addRow(row.map((value, index) => this.cellValue(value, columns[index]?.kind ?? 'text')));
      written.eachCell((cell, column) => { cell.style = styleFor(columns[column - 1]?.kind ?? 'text'); });
      written.commit();
      rowsInPart += 1;
      if (rowsInPart % 500 === 0) await keepPaceWithZip(current);
    }
    await closePart();
    return parts;
  }

  private cellValue(value: CellValue, kind: ColumnKind): unknown {
    if (value === null) return null;
    if (typeof value !== 'string') return value;
    if (kind === 'day') {
      const day = DAY.exec(value);
      if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    }
    const text = spreadsheetText(value);
    if (kind === 'url' && /^https?:\/\/\S+$/iu.test(value) && value.length < 2000 && this.hyperlinks < EXCEL_MAX_HYPERLINKS) {
      this.hyperlinks += 1;
      return { text, hyperlink: value };
    }
    // A one-run rich text is written as an inline string (t="inlineStr"), never as a formula or its result.
    return { richText: [{ text }] };
  }
}

function styleFor(kind: ColumnKind): object {
  if (kind === 'longText') return WRAP_STYLE;
  if (kind === 'day') return DAY_STYLE;
  return TOP_STYLE;
}

const README_WIDTHS = [16, 26, 100];
const README_KINDS: readonly ColumnKind[] = ['text', 'text', 'longText'];

/** The spool folder's name starts with this, inside the output folder. */
const SPOOL_PREFIX = '.xlsx-spool-';

export function createXlsxSinkFactory(options: XlsxSinkOptions = {}): SinkFactory {
  const fileName = options.fileName ?? 'extractions.xlsx';
  const maxRows = options.maxRowsPerSheet ?? EXCEL_MAX_ROWS;
  if (maxRows < 2) throw new Error('an XLSX sheet must hold its header and at least one row');
  return async (outDir: string): Promise<RecordSink> => {
    // A run killed hard (SIGKILL, a machine lost) cannot remove its spool: the next run in the folder does.
    for (const entry of await readdir(outDir)) {
      if (entry.startsWith(SPOOL_PREFIX)) await rm(join(outDir, entry), { recursive: true, force: true });
    }
    const spoolDir = await mkdtemp(join(outDir, SPOOL_PREFIX));
    const spools = new Map<string, SheetSpool>(
      DATA_SHEETS.map((sheet, index) => [sheet.name, new SheetSpool(sheet, join(spoolDir, `${index}.jsonl`))]),
    );
    const spoolOf = (sheet: SheetDefinition<never>): SheetSpool => {
      const spool = spools.get(sheet.name);
      if (!spool) throw new Error(`no spool for sheet ${sheet.name}`);
      return spool;
    };
    return {
      files: [fileName],
      write: (record: ExtractionRecord) => appendRecordRows(record, spoolOf),
      writeError: (error: ExtractionError) => appendErrorRows(error, spoolOf),
      async close(summary: RunSummary): Promise<void> {
        try {
          for (const spool of spools.values()) await spool.finish();
          // Loaded only here, when the workbook is assembled: exceljs adds ~25 MB to a process's memory, which a
          // run that never writes XLSX (and every run until its end) should not carry.
          const { default: ExcelJS } = await import('exceljs');
          const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
            filename: join(outDir, fileName),
            useStyles: true,
            useSharedStrings: false,
          }) as unknown as StreamingWorkbook;
          const assembler = new SheetAssembler(workbook);
          const written: WrittenSheet[] = [];
          for (const spool of spools.values()) {
            const { columns } = spool.sheet;
            written.push(...await assembler.write(maxRows, spool.sheet.name, columns, spool.widths, spool.read()));
          }
          const readme = readmeRows(summary, written, [
            `cells of article text are text, never formulas; a cell over Excel's ${EXCEL_MAX_CELL_CHARACTERS.toLocaleString('en')} characters is cut and ends with "…[CUT: N characters in all…]"; the full text is in extractions.jsonl`,
            'control characters that a workbook cannot hold are shown as their Unicode pictures (␁, ␛…)',
            `a sheet holds at most ${(maxRows - 1).toLocaleString('en')} rows under its header; more continue in a sheet named "Name (2)"`,
            'dates are ISO text (value) and, where the value is one full day, also a date cell (value day)',
          ]);
          const readmeColumns = README_COLUMNS.map((header, index) => ({ header, kind: README_KINDS[index] ?? 'text' }));
          await assembler.write(EXCEL_MAX_ROWS, 'README', readmeColumns, README_WIDTHS, readme);
          await workbook.commit();
        } finally {
          await rm(spoolDir, { recursive: true, force: true });
        }
      },
    };
  };
}

/** The XLSX sink with Excel's own limits. */
export const xlsxSinkFactory: SinkFactory = createXlsxSinkFactory();
