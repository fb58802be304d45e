import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createXlsxSinkFactory, EXCEL_MAX_CELL_CHARACTERS, spreadsheetText } from '../output/writers/xlsx.js';
import { DATA_SHEETS } from '../output/tables.js';
import type { RunSummary } from '../output/writers/sink.js';
import { HOSTILE_CELLS, LONG_LINE_LENGTH, hostileError, hostileRecord, interviewRecord, smallRecord } from './tables-fixtures.js';
import { readZipEntries, workbookSheets } from './xlsx-zip.js';

const SUMMARY: RunSummary = {
  tool: { name: 'vnextract', version: '0.0.0-test' },
  startedAt: '2024-05-06T07:08:09.000Z',
  inputs: ['mau.jsonl'],
  counts: { read: 3, extracted: 2, failed: 1 },
};

const directories: string[] = [];
async function freshDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'vnextract-xlsx-test-'));
  directories.push(directory);
  return directory;
}
afterAll(async () => { for (const directory of directories) await rm(directory, { recursive: true, force: true }); });

type Row = Map<string, ExcelJS.Cell>;
/** The data rows of a sheet read back with exceljs, each as header → cell. */
function rowsOf(worksheet: ExcelJS.Worksheet | undefined): Row[] {
  if (!worksheet) throw new Error('no such sheet');
  const headers: string[] = [];
  worksheet.getRow(1).eachCell((cell, column) => { headers[column] = cell.text; });
  const rows: Row[] = [];
  worksheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: Row = new Map();
    headers.forEach((header, column) => { if (header) cells.set(header, row.getCell(column)); });
    rows.push(cells);
  });
  return rows;
}

describe('XLSX sink', () => {
  let outDir = '';
  let entries = new Map<string, string>();
  let workbook = new ExcelJS.Workbook();

  beforeAll(async () => {
    outDir = await freshDirectory();
    // What a run killed hard leaves behind: a spool folder with half-written rows.
    await mkdir(join(outDir, '.xlsx-spool-killed'));
    await writeFile(join(outDir, '.xlsx-spool-killed', '0.jsonl'), '["half a row');
    const sink = await createXlsxSinkFactory()(outDir);
    expect(sink.files).toEqual(['extractions.xlsx']);
    await sink.write(interviewRecord());
    await sink.write(hostileRecord());
    await sink.writeError(hostileError());
    await sink.close(SUMMARY);
    entries = readZipEntries(join(outDir, 'extractions.xlsx'));
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(outDir, 'extractions.xlsx'));
  });

  it('writes every sheet, then Errors and README, and removes its spool and one a killed run left', async () => {
    expect(workbookSheets(entries).map((sheet) => sheet.name)).toEqual([...DATA_SHEETS.map((sheet) => sheet.name), 'README']);
    expect(await readdir(outDir)).toEqual(['extractions.xlsx']);
  });

  it('never writes a formula: no <f> in any sheet, article text in inline strings', () => {
    const sheets = workbookSheets(entries);
    expect(sheets.length).toBe(10);
    for (const sheet of sheets) {
      const xml = entries.get(sheet.entry);
      expect(xml, sheet.name).toBeDefined();
      expect(xml, sheet.name).not.toMatch(/<f[\s>/]/u);
      // t="str" (a formula's string result) only for hyperlink cells, whose text is a checked http(s) URL
      for (const cell of xml?.matchAll(/<c [^>]*t="str"[^>]*><v>([^<]*)<\/v>/gu) ?? []) expect(cell[1]).toMatch(/^https?:\/\//u);
    }
    const articles = entries.get(sheets[0]?.entry ?? '') ?? '';
    expect(articles).toContain('t="inlineStr"><is><r><t>=HYPERLINK(&quot;http://x&quot;)</t></r></is>');
  });

  it('keeps hostile text as text, exactly', () => {
    const organizations = rowsOf(workbook.getWorksheet('Organizations'));
    expect(organizations[1]?.get('name')?.value).toEqual({ richText: [{ text: '=HYPERLINK("http://x")' }] });
    expect(organizations[1]?.get('name')?.formula).toBeUndefined();
    const people = rowsOf(workbook.getWorksheet('People'));
    expect(people[1]?.get('name')?.text).toBe('-2');
    expect(people[1]?.get('name')?.type).toBe(ExcelJS.ValueType.RichText);
    const roles = rowsOf(workbook.getWorksheet('Roles'));
    expect(roles[1]?.get('title')?.text).toBe('=1+1');
    expect(roles[1]?.get('holder')?.text).toBe('@SUM(A1)');
    const qa = rowsOf(workbook.getWorksheet('QA'));
    expect(qa[2]?.get('question')?.text).toBe('=HYPERLINK("http://x")');
    expect(qa[2]?.get('answer')?.text).toBe('@SUM(A1)\nbell␇ escape␛ nul␀ delete␡ literal _x0041_ end');
    const errors = rowsOf(workbook.getWorksheet('Errors'));
    expect(errors[0]?.get('reason')?.text).toBe('=HYPERLINK("http://x") could not be read');
    const ids = rowsOf(workbook.getWorksheet('Articles')).map((row) => row.get('id')?.text);
    expect(ids).toEqual(['phong-van-1', '=HYPERLINK("http://x")']);
  });

  it('escapes what a workbook cannot hold as it is', () => {
    expect(spreadsheetText('a\u0000b\u0007c\u001bd\u007fe')).toBe('a␀b␇c␛d␡e');
    expect(spreadsheetText('tab\tand\nline')).toBe('tab\tand\nline');
    expect(spreadsheetText('\rCR')).toBe('_x000D_CR');
    expect(spreadsheetText('literal _x0041_ and _X00e9_')).toBe('literal _x005F_x0041_ and _X00e9_');
    expect(spreadsheetText('lone \uD800 surrogate 😀')).toBe('lone \uFFFD surrogate 😀');
    for (const hostile of HOSTILE_CELLS.filter((cell) => !cell.includes('\r'))) expect(spreadsheetText(hostile)).toBe(hostile);
  });

  it('cuts a cell past 32,767 characters with a visible marker', () => {
    const [, hostile] = rowsOf(workbook.getWorksheet('Articles'));
    const title = hostile?.get('title')?.text ?? '';
    expect(title.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARACTERS);
    expect(title.length).toBeGreaterThan(32_000);
    expect(title.startsWith('ƯƯƯ')).toBe(true);
    expect(title).toMatch(new RegExp(`…\\[CUT: ${LONG_LINE_LENGTH} characters in all, the full text is in extractions\\.jsonl\\]$`, 'u'));
    const warnings = hostile?.get('warnings')?.text ?? '';
    expect(warnings.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARACTERS);
    expect(warnings).toContain('[CUT: ');
  });

  it('stores numbers as numbers, full days as date cells, booleans as booleans', () => {
    const figures = rowsOf(workbook.getWorksheet('Figures'));
    expect(figures[2]?.get('min')?.value).toBe(1_500_000_000);
    expect(figures[2]?.get('value')?.value).toBeNull();
    expect(figures[3]?.get('value')?.value).toBe(-2);
    expect(figures[0]?.get('start')?.type).toBe(ExcelJS.ValueType.Number);
    const dates = rowsOf(workbook.getWorksheet('Dates'));
    expect(dates[1]?.get('value')?.text).toBe('2023-03-15');
    const day = dates[1]?.get('value day');
    expect(day?.type).toBe(ExcelJS.ValueType.Date);
    expect((day?.value as Date).toISOString()).toBe('2023-03-15T00:00:00.000Z');
    expect(day?.numFmt).toBe('yyyy-mm-dd');
    expect(dates[0]?.get('value day')?.value).toBeNull();
    expect(dates[2]?.get('relative')?.value).toBe(true);
    const [article] = rowsOf(workbook.getWorksheet('Articles'));
    expect(article?.get('views')?.value).toBe(1233);
    expect((article?.get('published day')?.value as Date).toISOString()).toBe('2023-06-02T00:00:00.000Z');
  });

  it('links only known http(s) URLs', () => {
    const [article, hostile] = rowsOf(workbook.getWorksheet('Articles'));
    expect(article?.get('url')?.value).toEqual({
      text: 'https://bao.example.vn/chuyen-doi-so-hop-tac-xa.html',
      hyperlink: 'https://bao.example.vn/chuyen-doi-so-hop-tac-xa.html',
    });
    expect(hostile?.get('url')?.type).toBe(ExcelJS.ValueType.RichText);
    expect(hostile?.get('url')?.text).toBe('javascript:alert(1)');
    const relations = [...entries.entries()].filter(([name]) => name.includes('worksheets/_rels/')).map(([, xml]) => xml).join('');
    expect(relations).not.toContain('javascript:');
  });

  it('freezes the header, filters it, sizes and wraps columns', () => {
    for (const sheet of workbookSheets(entries)) {
      const xml = entries.get(sheet.entry) ?? '';
      expect(xml, sheet.name).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/u);
      expect(xml, sheet.name).toMatch(/<autoFilter ref="A1:[A-Z]+1"\/>/u);
      expect(xml, sheet.name).toMatch(/<col [^>]*width="\d+(\.\d+)?" customWidth="1"/u);
    }
    const qa = workbook.getWorksheet('QA');
    expect(qa?.getColumn(3).width).toBeGreaterThan(40);
    expect(qa?.getColumn(2).width).toBeLessThan(15);
    expect(qa?.getRow(2).getCell(4).alignment?.wrapText).toBe(true);
    expect(qa?.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('keeps Vietnamese and astral characters exact', () => {
    const [pair] = rowsOf(workbook.getWorksheet('QA'));
    const record = interviewRecord();
    expect(pair?.get('answer')?.text).toBe(record.qa[0]?.answer.text);
    expect(pair?.get('answer')?.text).toContain('😀');
  });

  it('explains every column and the run in the README sheet', () => {
    const readme = rowsOf(workbook.getWorksheet('README')).map((row) => [...row.values()].map((cell) => cell.text).join(' | '));
    expect(readme).toContain('run | tool | vnextract 0.0.0-test');
    expect(readme).toContain('run | articles failed | 1');
    expect(readme).toContain('rows | Figures | 4');
    for (const sheet of DATA_SHEETS) {
      for (const column of sheet.columns) expect(readme).toContain(`${sheet.name} | ${column.header} | ${column.description}`);
    }
  });
});

describe('XLSX continuation sheets', () => {
  it('continues a sheet past the row limit in "Figures (2)", with its header, and says so in README', async () => {
    const outDir = await freshDirectory();
    const sink = await createXlsxSinkFactory({ maxRowsPerSheet: 3 })(outDir);
    for (let index = 0; index < 5; index += 1) await sink.write(smallRecord(index));
    await sink.close({ ...SUMMARY, counts: { read: 5, extracted: 5, failed: 0 } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(outDir, 'extractions.xlsx'));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      'Articles', 'Articles (2)', 'Articles (3)', 'QA', 'Dates', 'Figures', 'Figures (2)', 'Figures (3)',
      'Organizations', 'People', 'Roles', 'Acronyms', 'Errors', 'README',
    ]);
    const figureValues = ['Figures', 'Figures (2)', 'Figures (3)'].flatMap((name) => {
      const sheet = workbook.getWorksheet(name);
      expect(sheet?.getRow(1).getCell(1).text).toBe('article id');
      expect(sheet?.rowCount).toBeLessThanOrEqual(3);
      return rowsOf(sheet).map((row) => row.get('value')?.value);
    });
    expect(figureValues).toEqual([3, 4, 5, 6, 7]);
    const readme = rowsOf(workbook.getWorksheet('README')).map((row) => [...row.values()].map((cell) => cell.text).join(' | '));
    expect(readme).toContain('rows | Figures (3) | 1');
    expect(readme.some((line) => line.startsWith('note | Figures | ') && line.includes('continues in Figures (2), Figures (3)'))).toBe(true);
    expect(readme.some((line) => line.includes('at most 2 rows under its header'))).toBe(true);
  });
});
