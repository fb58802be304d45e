import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkRecord, formatViolation, validateRecordFile, type RecordViolation } from '../output/validate.js';
import { runValidateCommand } from '../pipeline/commands/validate.js';
import { extractText } from '../pipeline/run-article.js';
import { ARTICLE, perfectRecord } from './eval-fixture.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'vnextract-validate-'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function validateLines(name: string, lines: readonly unknown[]): Promise<{ messages: string[]; violations: RecordViolation[] }> {
  const path = join(folder, name);
  await writeFile(path, `${lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')}\n`);
  const violations: RecordViolation[] = [];
  await validateRecordFile(path, (violation) => violations.push(violation));
  return { violations, messages: violations.map(formatViolation) };
}

describe('validate', () => {
  it('accepts a good record', () => {
    expect(checkRecord(perfectRecord()).violations).toEqual([]);
  });

  it('rejects a record missing a field, naming the line, the record and the field', async () => {
    const { figures: _figures, ...withoutFigures } = perfectRecord();
    const { messages } = await validateLines('missing.jsonl', [perfectRecord(), withoutFigures]);
    expect(messages).toEqual(['line 2, record "input/vinasme.txt": figures: missing (expected array)']);
  });

  it('rejects a span whose text is not its slice of text', async () => {
    const record = perfectRecord();
    record.dates[1] = { ...record.dates[1]!, start: record.dates[1]!.start + 1, end: record.dates[1]!.end + 1 };
    const { start, end } = record.dates[1]!;
    const { messages } = await validateLines('shifted.jsonl', [record]);
    expect(messages).toEqual([
      `line 1, record "input/vinasme.txt": dates[1].text: "Năm 2021" is not the text at ${start}-${end}, which is "ăm 2021,"`,
    ]);
  });

  it('rejects offsets beyond the text and a start after the end', () => {
    const record = perfectRecord();
    record.figures[0] = { ...record.figures[0]!, end: ARTICLE.length + 5 };
    record.qa[0]!.answer.segments[0] = { start: 10, end: 5 };
    const reasons = checkRecord(record).violations.map((violation) => `${violation.path}: ${violation.reason}`);
    expect(reasons).toContain(`figures[0]: end ${ARTICLE.length + 5} is beyond the text's ${ARTICLE.length} code points`);
    expect(reasons).toContain('qa[0].answer.segments[0]: start 10 is after end 5');
  });

  it('reads offsets as code points, not UTF-16 units', () => {
    const text = 'Tin 😀 ngày 5/6/2023 tại Hà Nội';
    const start = Array.from(text).indexOf('5');
    const record = { ...perfectRecord(), text, paragraphs: [], qa: [], figures: [], organizations: [], people: [], roles: [], acronyms: [] };
    record.dates = [{ start, end: start + 8, text: '5/6/2023', value: '2023-06-05', endValue: null, mod: null, relative: false, qa: null }];
    expect(checkRecord(record).violations).toEqual([]);
    record.dates[0] = { ...record.dates[0]!, start: text.indexOf('5'), end: text.indexOf('5') + 8 };
    expect(checkRecord(record).violations[0]?.reason).toContain('is not the text at');
  });

  it('names a line that is not JSON and a value of the wrong type', async () => {
    const record = { ...perfectRecord(), meta: { ...perfectRecord().meta, views: -3 } };
    const { messages } = await validateLines('broken.jsonl', ['{"id": ', record]);
    expect(messages[0]).toMatch(/^line 1, record without an id: not JSON/u);
    expect(messages[1]).toMatch(/^line 2, record "input\/vinasme.txt": meta\.views: /u);
  });

  it('reads a JSON array as well', async () => {
    const path = join(folder, 'records.json');
    const { text: _text, ...withoutText } = perfectRecord();
    await writeFile(path, JSON.stringify([perfectRecord(), withoutText], null, 2));
    const violations: RecordViolation[] = [];
    const summary = await validateRecordFile(path, (violation) => violations.push(violation));
    expect(summary).toMatchObject({ records: 2, invalidRecords: 1 });
    expect(violations.map(formatViolation)).toEqual(['item 2, record "input/vinasme.txt": text: missing (expected string)']);
  });

  it("accepts the pipeline's own output, and the command exits 0 for it and 1 for a broken file", async () => {
    const good = join(folder, 'own.jsonl');
    const records = [
      extractText('Tiêu đề\n15/08/2022 - 07:45\nNăm 2021, hơn 300 doanh nghiệp tham gia.\nXin cảm ơn ông!', { id: 'a' }),
      extractText('Một tin 😀 khác\nNgày 10-11/12/2020, hội nghị diễn ra tại Hà Nội.', { id: 'b' }),
    ];
    await writeFile(good, records.map((record) => JSON.stringify(record)).join('\n'));
    const output: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { output.push(String(chunk)); return true; });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { output.push(String(chunk)); return true; });
    expect(await runValidateCommand([good])).toBe(0);
    expect(output.join('')).toContain('2 record(s), all valid');
    const bad = join(folder, 'bad.jsonl');
    await writeFile(bad, JSON.stringify({ ...records[0], schemaVersion: 2 }));
    expect(await runValidateCommand([bad])).toBe(1);
    expect(output.join('')).toContain('line 1, record "a": schemaVersion: ');
    expect(await runValidateCommand([])).toBe(2);
  });

  it('streams a large JSONL file', async () => {
    const line = JSON.stringify(perfectRecord());
    const path = join(folder, 'large.jsonl');
    await writeFile(path, `${Array.from({ length: 3000 }, () => line).join('\n')}\n`);
    const summary = await validateRecordFile(path, () => undefined);
    expect(summary).toMatchObject({ records: 3000, violations: 0, duplicateIds: ['input/vinasme.txt'] });
  });
});
