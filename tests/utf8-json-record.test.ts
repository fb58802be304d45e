// RecordJsonWriter.writeRecord must give the bytes of JSON.stringify for every record the pipeline makes: it writes
// the objects buildRecord makes field by field, so a field added to, removed from or moved in buildRecord's literals
// without the same change in pipeline/batch/record-json.ts fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../input/html.js';
import type { ExtractionRecord } from '../output/schema.js';
import { RecordJsonWriter } from '../pipeline/batch/record-json.js';
import { extractArticle, extractText } from '../pipeline/run-article.js';
import { syntheticLines } from './bench/batch-dump.js';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['samples', ...readdirSync(join(ROOT, 'tests', 'fixtures'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join('tests', 'fixtures', entry.name))];

function recordBytes(writer: RecordJsonWriter, record: ExtractionRecord): Buffer {
  writer.reset();
  writer.writeRecord(record);
  return Buffer.from(writer.written());
}

/** Compared as Buffers, shown as text when they differ. */
function expectStringifyBytes(writer: RecordJsonWriter, record: ExtractionRecord): void {
  const actual = recordBytes(writer, record);
  const expected = Buffer.from(JSON.stringify(record), 'utf8');
  if (!actual.equals(expected)) expect(actual.toString('utf8')).toBe(expected.toString('utf8'));
  expect(actual.equals(expected)).toBe(true);
}

describe('RecordJsonWriter', () => {
  it('writes every fixture record as JSON.stringify does', () => {
    const writer = new RecordJsonWriter();
    let records = 0;
    for (const folder of FOLDERS) {
      for (const file of readdirSync(join(ROOT, folder)).sort()) {
        const path = join(ROOT, folder, file);
        const name = join(folder, file);
        let record: ExtractionRecord | null = null;
        if (file.endsWith('.txt')) record = extractText(readFileSync(path, 'utf8'), { id: name, file: name });
        if (file.endsWith('.html')) {
          record = extractArticle(readHtmlArticle(readFileSync(path, 'utf8'), { id: name, source: { file: name, line: null, url: null } }));
        }
        if (record === null) continue;
        expectStringifyBytes(writer, record);
        records += 1;
      }
    }
    expect(records).toBeGreaterThan(20);
  });

  it('writes synthetic records (figures, dates, questions and answers, roles) as JSON.stringify does', () => {
    const writer = new RecordJsonWriter();
    let index = 0;
    for (const line of syntheticLines(40, 11)) {
      const raw = JSON.parse(line) as { content: string };
      index += 1;
      expectStringifyBytes(writer, extractText(raw.content, { id: `synthetic-${index}`, file: 'dump' }));
    }
  });

  it('writes every part of a record, with escapes, surrogates, empty lists and a mention without qa, as JSON.stringify does', () => {
    const writer = new RecordJsonWriter();
    const text = 'Ông Nguyễn Văn A 😀, Giám đốc Sở Y tế (SYT), nói: "1.500 người" \\ \u0001\nHỏi?\nĐáp.';
    const record: ExtractionRecord = {
      schemaVersion: 1,
      id: 'hand-made "id"',
      source: { file: 'a\\b.txt', line: 3, url: null },
      text,
      meta: { title: 'Tiêu đề', author: null, publishedAt: '2021-02-14T07:28:00+07:00', views: 12, attribution: null },
      paragraphs: [{ index: 0, start: 0, end: 70, kind: 'body' }, { index: 1, start: 71, end: 75, kind: 'question' }],
      qa: [
        { index: 0, question: { start: 71, end: 75, text: 'Hỏi?' }, answer: { paragraphs: [2], segments: [{ start: 76, end: 80 }], text: 'Đáp.' } },
        { index: 1, question: { start: 0, end: 0, text: '' }, answer: { paragraphs: [], segments: [], text: 'a\nb' } },
      ],
      dates: [
        { start: 1, end: 5, text: 'ngày', qa: null, value: '2021-02-14', endValue: null, mod: 'APPROX', relative: true },
        { start: 6, end: 9, text: 'năm', value: null, endValue: '2022-H1', mod: null, relative: false },
      ],
      figures: [
        { start: 10, end: 15, text: '1.500', qa: 0, kind: 'count', value: 1500, min: null, max: null, of: null, unit: 'người', qualifier: 'approx' },
        { start: 16, end: 20, text: '7,5 tỷ', kind: 'money', value: 7_500_000_000, min: 0.25, max: -3, of: 1e21, unit: null, qualifier: null },
      ],
      organizations: [{ id: 'org-1', name: 'Sở Y tế', acronym: 'SYT', mentions: [{ start: 40, end: 47, text: 'Sở Y tế', qa: null }, { start: 49, end: 52, text: 'SYT' }] }],
      people: [{ id: 'person-1', name: 'Nguyễn Văn A', mentions: [{ start: 4, end: 16, text: 'Nguyễn Văn A', qa: 1 }] }, { id: 'person-2', name: 'B', mentions: [] }],
      roles: [{ start: 24, end: 32, text: 'Giám đốc', qa: null, title: 'Giám đốc', holder: { kind: 'person', ref: 'person-1', name: 'Nguyễn Văn A' }, organization: { ref: 'org-1', name: null } }],
      acronyms: [{ start: 49, end: 52, text: 'SYT', short: 'SYT', long: 'Sở Y tế' }],
      warnings: ['a "warning"', 'lone \ud800 half'],
    };
    expectStringifyBytes(writer, record);
    expectStringifyBytes(writer, { ...record, paragraphs: [], qa: [], dates: [], figures: [], organizations: [], people: [], roles: [], acronyms: [], warnings: [] });
  });

  it('still writes any value with the generic writer', () => {
    const writer = new RecordJsonWriter();
    writer.write({ id: null, source: { file: 'x', line: 1, url: null }, reason: 'bad' });
    expect(Buffer.from(writer.written()).toString('utf8')).toBe('{"id":null,"source":{"file":"x","line":1,"url":null},"reason":"bad"}');
  });
});
