// The workbook opens in LibreOffice: headless soffice converts every sheet to CSV, and every row of every record
// of a small JSONL is found in it, text byte-equal after NFC. LibreOffice must be installed (Debian's
// libreoffice-calc, installed by .ci/run): without soffice this test fails, it never skips.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../pipeline/run-article.js';
import type { ExtractionError, ExtractionRecord } from '../output/schema.js';
import { DATA_SHEETS, ERRORS_SHEET, RECORD_SHEETS, type CellValue, type ColumnKind } from '../output/tables.js';
import { createXlsxSinkFactory, spreadsheetText } from '../output/writers/xlsx.js';
import { hostileError, hostileRecord, interviewRecord } from './tables-fixtures.js';
import { parseCsv } from './csv-parse.js';
import { readZipEntries, workbookSheets } from './xlsx-zip.js';

// Written for these tests: a short interview and a news item in Vietnamese.
const ARTICLES = [
  [
    'Nông dân Đồng Tháp chuyển sang trồng lúa hữu cơ',
    'Người viết: Hải Yến - Ngày viết: Thứ Ba, Tháng Chín 12, 2023 | 8:05 - Lượt xem: 2.417',
    'Ông Lê Văn Thành, Chủ nhiệm Hợp tác xã Tân Bình, cho biết như vậy.',
    'PV: Thưa ông, vì sao hợp tác xã chọn lúa hữu cơ?',
    'Ông Lê Văn Thành: Năm 2022, giá phân bón tăng hơn 30%. Chúng tôi thử trên 15 ha và năng suất vẫn giữ được.',
    'PV: Kế hoạch năm tới thế nào?',
    'Ông Lê Văn Thành: Đầu năm 2024 sẽ mở rộng lên khoảng 120 ha, với 85 hộ tham gia.',
  ].join('\n'),
  [
    'Hà Nội khai trương tuyến xe buýt điện thứ ba',
    'Sáng 5/11/2023, Sở Giao thông vận tải Hà Nội đưa vào vận hành tuyến xe buýt điện dài 28 km.',
    'Mỗi ngày tuyến chạy 150 lượt, giá vé 9.000 đồng; khoảng 70% hành khách là học sinh, sinh viên.',
  ].join('\n'),
];

const LIBREOFFICE_CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** What a spreadsheet shows for a text cell the writer made: the OOXML `_xHHHH_` escapes decoded. */
function shownText(value: string): string {
  return spreadsheetText(value).replace(/_x([0-9A-Fa-f]{4})_/gu, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

// LibreOffice's own limit: in a cell of several lines, a line is split every 16,367 characters (its EditEngine's
// MAXCHARSINPARA); a one-line cell is kept whole up to Excel's 32,767. Only the hostile article has such lines.
const LIBREOFFICE_MAX_PARAGRAPH = 16_367;

function asLibreOfficeShowsIt(text: string): string {
  if (!text.includes('\n')) return text;
  return text.split('\n').map((line) => {
    const pieces: string[] = [];
    for (let start = 0; start < line.length || pieces.length === 0; start += LIBREOFFICE_MAX_PARAGRAPH) {
      pieces.push(line.slice(start, start + LIBREOFFICE_MAX_PARAGRAPH));
    }
    return pieces.join('\n');
  }).join('\n');
}

function expectedField(value: CellValue, kind: ColumnKind): string | number {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return value;
  if (kind === 'number' || kind === 'integer') return Number(value);
  return asLibreOfficeShowsIt(shownText(value)).normalize('NFC');
}

/** Where the row of the same id differs from the expected one, for a readable failure. */
function differences(expected: readonly (string | number)[], rows: readonly string[][], columns: readonly { header: string }[]): string {
  const closest = rows.find((fields) => fields[0] === expected[0]) ?? [];
  return expected.flatMap((value, column) => {
    const wanted = String(value);
    const got = closest[column] ?? '';
    if (wanted === got) return [];
    let at = 0;
    while (at < wanted.length && wanted[at] === got[at]) at += 1;
    return [`${columns[column]?.header} differs at ${at}: ${JSON.stringify(wanted.slice(at, at + 30))} vs ${JSON.stringify(got.slice(at, at + 30))}`];
  }).join('; ');
}

describe('XLSX in LibreOffice', () => {
  let workDir = '';
  let records: ExtractionRecord[] = [];
  let errors: ExtractionError[] = [];
  let convertedSheets: string[] = [];

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'vnextract-libreoffice-test-'));
    const written = [
      interviewRecord(),
      ...ARTICLES.map((text, index) => extractText(text, { id: `bai-${index + 1}`, file: `bai-${index + 1}.txt` })),
      hostileRecord(),
    ];
    const jsonl = join(workDir, 'mau.jsonl');
    await writeFile(jsonl, written.map((record) => `${JSON.stringify(record)}\n`).join(''));
    records = (await readFile(jsonl, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as ExtractionRecord);
    errors = [hostileError()];
    const sink = await createXlsxSinkFactory()(workDir);
    for (const record of records) await sink.write(record);
    for (const error of errors) await sink.writeError(error);
    await sink.close({
      tool: { name: 'vnextract', version: '0.0.0-test' },
      startedAt: '2024-05-06T07:08:09.000Z',
      inputs: [jsonl],
      counts: { read: records.length + errors.length, extracted: records.length, failed: errors.length },
    });
    convertedSheets = workbookSheets(readZipEntries(join(workDir, 'extractions.xlsx'))).map((sheet) => sheet.name);
  }, 60_000);
  afterAll(async () => { await rm(workDir, { recursive: true, force: true }); });

  it('has real records to find', () => {
    const figures = records.reduce((total, record) => total + record.figures.length, 0);
    expect(records.length).toBe(4);
    expect(figures).toBeGreaterThan(4);
  });

  it('converts every sheet to CSV with headless soffice and finds every row, Vietnamese text byte-equal after NFC', async () => {
    const converted = spawnSync('soffice', [
      `-env:UserInstallation=file://${join(workDir, 'profile')}`,
      '--headless', '--norestore', '--convert-to', LIBREOFFICE_CSV_FILTER, '--outdir', join(workDir, 'csv'),
      join(workDir, 'extractions.xlsx'),
    ], { encoding: 'utf8', timeout: 150_000 });
    expect(converted.error, 'soffice (LibreOffice) must be installed: apt-get install libreoffice-calc').toBeUndefined();
    expect(converted.status, converted.stderr).toBe(0);
    expect(convertedSheets).toEqual([...DATA_SHEETS.map((sheet) => sheet.name), 'README']);

    const sheets = [
      ...RECORD_SHEETS.map((sheet) => ({ sheet, rows: records.flatMap((record) => [...sheet.rows(record)]) })),
      { sheet: ERRORS_SHEET, rows: errors.flatMap((error) => [...ERRORS_SHEET.rows(error)]) },
    ];
    let compared = 0;
    for (const { sheet, rows } of sheets) {
      const file = join(workDir, 'csv', `extractions-${sheet.name}.csv`);
      expect(existsSync(file), file).toBe(true);
      const parsed = parseCsv(await readFile(file, 'utf8'));
      expect(parsed[0], sheet.name).toEqual(sheet.columns.map((column) => column.header));
      const remaining = parsed.slice(1).map((fields) => fields.map((field) => field.normalize('NFC')));
      expect(remaining.length, sheet.name).toBe(rows.length);
      for (const row of rows) {
        const expected = row.map((value, column) => expectedField(value, sheet.columns[column]?.kind ?? 'text'));
        const found = remaining.findIndex((fields) => expected.every((value, column) => (
          typeof value === 'number' ? fields[column] !== '' && Number(fields[column]) === value : fields[column] === value
        )));
        if (found === -1) expect.fail(`${sheet.name}: no row for ${JSON.stringify(expected[0])}; ${differences(expected, remaining, sheet.columns)}`);
        remaining.splice(found, 1);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(20);
    const readme = parseCsv(await readFile(join(workDir, 'csv', 'extractions-README.csv'), 'utf8')).map((fields) => fields.join(' | '));
    expect(readme).toContain('run | tool | vnextract 0.0.0-test');
    for (const sheet of DATA_SHEETS) {
      for (const column of sheet.columns) expect(readme).toContain(`${sheet.name} | ${column.header} | ${column.description}`);
    }
  }, 180_000);
});
