import { describe, expect, it } from 'vitest';
import {
  ARTICLES_SHEET,
  DATA_SHEETS,
  DATES_SHEET,
  ERRORS_SHEET,
  FIGURES_SHEET,
  ORGANIZATIONS_SHEET,
  QA_SHEET,
  RECORD_SHEETS,
  readmeRows,
  sentenceAround,
} from '../output/tables.js';
import type { RunSummary } from '../output/writers/sink.js';
import { hostileError, interviewRecord, mentionOf } from './tables-fixtures.js';

const SUMMARY: RunSummary = {
  tool: { name: 'vnextract', version: '9.9.9' },
  startedAt: '2024-01-02T03:04:05.000Z',
  inputs: ['a.jsonl', 'b.txt'],
  counts: { read: 3, extracted: 2, failed: 1 },
};

describe('sheet definitions', () => {
  it('gives every sheet a unique name, unique headers and a description for every column', () => {
    const names = DATA_SHEETS.map((sheet) => sheet.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['Articles', 'QA', 'Dates', 'Figures', 'Organizations', 'People', 'Roles', 'Acronyms', 'Errors']);
    for (const sheet of DATA_SHEETS) {
      const headers = sheet.columns.map((column) => column.header);
      expect(new Set(headers).size, sheet.name).toBe(headers.length);
      for (const column of sheet.columns) expect(column.description.length, `${sheet.name}.${column.header}`).toBeGreaterThan(5);
    }
  });

  it('makes rows as long as the header, one per item', () => {
    const record = interviewRecord();
    const expected = { Articles: 1, QA: 2, Dates: 3, Figures: 3, Organizations: 1, People: 1, Roles: 1, Acronyms: 1 };
    for (const sheet of RECORD_SHEETS) {
      const rows = [...sheet.rows(record)];
      expect(rows.length, sheet.name).toBe(expected[sheet.name as keyof typeof expected]);
      for (const row of rows) expect(row.length, sheet.name).toBe(sheet.columns.length);
    }
    expect([...ERRORS_SHEET.rows(hostileError())]).toEqual([['-1+1', '@file', 2, null, '=HYPERLINK("http://x") could not be read']]);
  });

  it('keeps numbers as numbers and absent facts empty', () => {
    const record = interviewRecord();
    const figures = [...FIGURES_SHEET.rows(record)];
    const header = FIGURES_SHEET.columns.map((column) => column.header);
    const range = figures[2] ?? [];
    expect(range[header.indexOf('kind')]).toBe('range');
    expect(range[header.indexOf('value')]).toBeNull();
    expect(range[header.indexOf('min')]).toBe(1_500_000_000);
    expect(range[header.indexOf('max')]).toBe(2_000_000_000);
    expect(range[header.indexOf('qa index')]).toBe(1);
    const [article] = [...ARTICLES_SHEET.rows(record)];
    const articleHeader = ARTICLES_SHEET.columns.map((column) => column.header);
    expect(article?.[articleHeader.indexOf('views')]).toBe(1233);
    expect(article?.[articleHeader.indexOf('published day')]).toBe('2023-06-02');
    expect(article?.[articleHeader.indexOf('characters')]).toBe(Array.from(record.text).length);
    expect(article?.[articleHeader.indexOf('attribution')]).toBeNull();
  });

  it('gives a date cell only for a full day', () => {
    const rows = [...DATES_SHEET.rows(interviewRecord())];
    const header = DATES_SHEET.columns.map((column) => column.header);
    expect(rows.map((row) => [row[header.indexOf('value')], row[header.indexOf('value day')]])).toEqual([
      ['2023', null], ['2023-03-15', '2023-03-15'], ['2023-Q2', null],
    ]);
    expect(DATES_SHEET.columns[header.indexOf('value day')]?.kind).toBe('day');
  });

  it('shows the sentence around a mention, across an emoji that shifts code points from UTF-16', () => {
    const record = interviewRecord();
    const figures = [...FIGURES_SHEET.rows(record)];
    const sentence = FIGURES_SHEET.columns.findIndex((column) => column.header === 'sentence');
    expect(figures[0]?.[sentence]).toBe('Ngày 15/3/2023, chúng tôi ký kết với 12 hợp tác xã.');
    expect(figures[1]?.[sentence]).toBe('Khoảng 40% thành viên đã dùng điện thoại thông minh để bán hàng 😀.');
    expect(figures[2]?.[sentence]).toBe('Trong quý II, tổng vốn hỗ trợ dự kiến từ 1,5 đến 2 tỷ đồng.');
    const organizations = [...ORGANIZATIONS_SHEET.rows(record)];
    expect(organizations[0]?.at(-1)).toBe('Bà Trần Thị Hòa, Giám đốc Liên minh Hợp tác xã tỉnh Quảng Trị (LMHTX), trao đổi với phóng viên.');
    const [pair] = [...QA_SHEET.rows(record)];
    expect(pair?.slice(0, 2)).toEqual(['phong-van-1', 0]);
  });

  it('does not end a sentence at an abbreviated title, and bounds the context on a huge line', () => {
    const text = 'Theo PGS.TS. Lê Văn Bình, có 30 người tham gia. Câu khác.';
    const { start, end } = mentionOf(text, '30 người');
    expect(sentenceAround(text, start, end)).toBe('Theo PGS.TS. Lê Văn Bình, có 30 người tham gia.');
    const huge = `${'a'.repeat(200_000)} 5 người ${'b'.repeat(200_000)}`;
    const mention = mentionOf(huge, '5 người');
    const began = performance.now();
    const context = sentenceAround(huge, mention.start, mention.end);
    expect(performance.now() - began).toBeLessThan(500); // bounded reach: reads ~1,000 characters around the mention, not 400,000
    expect(context.length).toBeLessThan(1000);
    expect(context.startsWith('…') && context.endsWith('…')).toBe(true);
    expect(context).toContain('5 người');
  });

  it('writes a README table with the run, the rows written, continuations and every column explained', () => {
    const rows = readmeRows(SUMMARY, [
      { sheet: 'Figures', part: 'Figures', rows: 10 },
      { sheet: 'Figures', part: 'Figures (2)', rows: 4 },
    ], ['a note for this format']);
    const text = rows.map((row) => row.join(' | '));
    expect(text).toContain('run | tool | vnextract 9.9.9');
    expect(text).toContain('run | inputs | a.jsonl\nb.txt');
    expect(text).toContain('run | articles failed | 1');
    expect(text).toContain('rows | Figures (2) | 4');
    expect(text.some((line) => line.startsWith('note | Figures |') && line.includes('continues in Figures (2)'))).toBe(true);
    expect(text).toContain('note | format | a note for this format');
    for (const sheet of DATA_SHEETS) {
      for (const column of sheet.columns) expect(text).toContain(`${sheet.name} | ${column.header} | ${column.description}`);
    }
  });
});
