import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField, csvFileName, csvSinkFactory, neutralizeFormula } from '../output/writers/csv.js';
import { DATA_SHEETS, RECORD_SHEETS, ERRORS_SHEET, type CellValue } from '../output/tables.js';
import type { RunSummary } from '../output/writers/sink.js';
import { hostileError, hostileRecord, interviewRecord, LONG_LINE_LENGTH } from './tables-fixtures.js';
import { parseCsv } from './csv-parse.js';

const SUMMARY: RunSummary = {
  tool: { name: 'vnextract', version: '0.0.0-test' },
  startedAt: '2024-05-06T07:08:09.000Z',
  inputs: ['mau.jsonl'],
  counts: { read: 3, extracted: 2, failed: 1 },
};

/** How the CSV writer shows a cell value, before neutralization. */
function plain(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

describe('CSV fields', () => {
  it('neutralizes a text cell starting with = + - @ tab or CR, and nothing else', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutralizeFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutralizeFormula('+1+1')).toBe(`'+1+1`);
    expect(neutralizeFormula('-2')).toBe(`'-2`);
    expect(neutralizeFormula('\t=1')).toBe(`'\t=1`);
    expect(neutralizeFormula('\r=1')).toBe(`'\r=1`);
    expect(neutralizeFormula('Hà Nội = thủ đô')).toBe('Hà Nội = thủ đô');
    expect(neutralizeFormula('2-3 người')).toBe('2-3 người');
  });

  it('quotes by RFC 4180 and leaves numbers written by the tool alone', () => {
    expect(csvField('a,b', 'text')).toBe('"a,b"');
    expect(csvField('nói "không"', 'text')).toBe('"nói ""không"""');
    expect(csvField('dòng 1\ndòng 2', 'longText')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('=A1,"x"', 'text')).toBe(`"'=A1,""x"""`);
    expect(csvField(-2, 'number')).toBe('-2');
    expect(csvField(1.5e9, 'number')).toBe('1500000000');
    expect(csvField(null, 'number')).toBe('');
    expect(csvField(true, 'boolean')).toBe('TRUE');
    expect(csvField('-2', 'text')).toBe(`'-2`);
  });

  it('names the files for the sheets', () => {
    expect(DATA_SHEETS.map((sheet) => csvFileName(sheet.name))).toEqual([
      'articles.csv', 'qa.csv', 'dates.csv', 'figures.csv', 'organizations.csv', 'people.csv', 'roles.csv', 'acronyms.csv', 'errors.csv',
    ]);
  });
});

describe('CSV sink', () => {
  let outDir = '';
  const records = [interviewRecord(), hostileRecord()];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'vnextract-csv-test-'));
    const sink = await csvSinkFactory(outDir);
    for (const record of records) await sink.write(record);
    await sink.writeError(hostileError());
    await sink.close(SUMMARY);
  });
  afterAll(async () => { await rm(outDir, { recursive: true, force: true }); });

  it('writes one file per sheet and a readme, UTF-8 with a BOM, CRLF between rows', async () => {
    expect((await readdir(outDir)).sort()).toEqual([...DATA_SHEETS.map((sheet) => csvFileName(sheet.name)), 'readme.csv'].sort());
    for (const name of await readdir(outDir)) {
      const bytes = await readFile(join(outDir, name));
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').endsWith('\r\n'), name).toBe(true);
    }
  });

  it('holds every row of every sheet, exact once the neutralizing apostrophe is taken off, and no live formula', async () => {
    const sheets = [...RECORD_SHEETS.map((sheet) => ({ sheet, rows: records.flatMap((record) => [...sheet.rows(record)]) })),
      { sheet: ERRORS_SHEET, rows: [...ERRORS_SHEET.rows(hostileError())] }];
    for (const { sheet, rows } of sheets) {
      const parsed = parseCsv(await readFile(join(outDir, csvFileName(sheet.name)), 'utf8'));
      expect(parsed[0], sheet.name).toEqual(sheet.columns.map((column) => column.header));
      expect(parsed.length - 1, sheet.name).toBe(rows.length);
      rows.forEach((row, rowIndex) => {
        const fields = parsed[rowIndex + 1] ?? [];
        expect(fields.length, sheet.name).toBe(sheet.columns.length);
        row.forEach((value, column) => {
          const field = fields[column] ?? '';
          const kind = sheet.columns[column]?.kind;
          if (kind === 'number' || kind === 'integer' || kind === 'boolean') {
            expect(field, `${sheet.name} ${sheet.columns[column]?.header}`).toBe(plain(value));
            return;
          }
          expect(field, `${sheet.name}: ${field.slice(0, 40)}`).not.toMatch(/^[=+\-@\t\r]/u);
          expect(field.replace(/^'(?=[=+\-@\t\r])/u, ''), sheet.name).toBe(plain(value));
        });
      });
    }
  });

  it('keeps the hostile cells neutralized and the 100,000-character line whole', async () => {
    const articles = parseCsv(await readFile(join(outDir, 'articles.csv'), 'utf8'));
    const header = articles[0] ?? [];
    const hostile = articles[2] ?? [];
    expect(hostile[header.indexOf('id')]).toBe(`'=HYPERLINK("http://x")`);
    expect(hostile[header.indexOf('author')]).toBe(`'@SUM(A1)`);
    expect(hostile[header.indexOf('attribution')]).toBe(`'+1+1`);
    expect(hostile[header.indexOf('title')]?.length).toBe(LONG_LINE_LENGTH);
    const figures = parseCsv(await readFile(join(outDir, 'figures.csv'), 'utf8'));
    const figureHeader = figures[0] ?? [];
    expect(figures.at(-1)?.[figureHeader.indexOf('text')]).toBe(`'-2`);
    expect(figures.at(-1)?.[figureHeader.indexOf('value')]).toBe('-2');
    const raw = await readFile(join(outDir, 'articles.csv'), 'utf8');
    expect(raw).toContain('Chuyển đổi số ở hợp tác xã: cần bắt đầu từ con người');
  });

  it('explains every column, the run and the neutralization rule in readme.csv', async () => {
    const readme = parseCsv(await readFile(join(outDir, 'readme.csv'), 'utf8')).map((row) => row.join(' | '));
    expect(readme[0]).toBe('section | item | meaning');
    expect(readme).toContain('run | tool | vnextract 0.0.0-test');
    expect(readme).toContain('rows | figures.csv | 4');
    expect(readme.some((line) => line.startsWith('note | format | a text cell that starts with =, +, -, @'))).toBe(true);
    for (const sheet of DATA_SHEETS) {
      for (const column of sheet.columns) expect(readme).toContain(`${sheet.name} | ${column.header} | ${column.description}`);
    }
  });
});
