import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractionRecordSchema } from '../output/schema.js';
import { ensureBuilt, jsonLines, runCli, scratchDir, type ErrorLine } from './batch-cli.js';

// Texts written for these tests.
const INTERVIEW = [
  'Nông dân Sóc Trăng chuyển sang trồng lúa thơm',
  'Thứ Hai, 06/03/2023 08:10 (GMT+7)',
  'Năm nay nhiều hợp tác xã ở Sóc Trăng chuyển sang giống lúa thơm. Phóng viên trò chuyện với ông Lâm Văn Tư.',
  'Thưa ông, vụ lúa vừa qua thu hoạch ra sao?',
  'Năng suất đạt khoảng 7 tấn mỗi héc-ta, cao hơn năm trước.',
  'Xin cảm ơn ông!',
].join('\n');

function makeInputs(root: string): string {
  const input = path.join(root, 'in');
  mkdirSync(path.join(input, 'nested'), { recursive: true });
  writeFileSync(path.join(input, 'a-utf8.txt'), INTERVIEW);
  writeFileSync(path.join(input, 'b-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(INTERVIEW.replace(/\n/gu, '\r\n'))]));
  writeFileSync(path.join(input, 'nested', 'c-utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(INTERVIEW, 'utf16le')]));
  const bigEndian = Buffer.from(INTERVIEW, 'utf16le').swap16();
  writeFileSync(path.join(input, 'nested', 'd-utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]));
  writeFileSync(path.join(input, 'nested', 'notes.md'), 'not an article: folders only read .txt, .jsonl, .jsonl.gz');
  return input;
}

function addBadFiles(input: string): void {
  writeFileSync(path.join(input, 'empty.txt'), '');
  writeFileSync(path.join(input, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(input, 'latin1.txt'), Buffer.from('Ph\xf3ng vi\xean h\xe1i', 'latin1'));
}

describe('vnextract extract on text files', () => {
  beforeAll(ensureBuilt);

  it('extracts every encoding of the same article to the same text, one record each, exit 0', () => {
    const root = scratchDir('extract-ok');
    const input = makeInputs(root);
    const out = path.join(root, 'out');
    const result = runCli(['extract', input, '--out', out, '--quiet']);
    expect(result.stderr).toMatch(/4 read, 4 extracted, 0 failed/u);
    expect(result.status).toBe(0);
    const records = jsonLines(path.join(out, 'extractions.jsonl')).map((line) => extractionRecordSchema.parse(line));
    expect(records.map((record) => record.id)).toEqual(['a-utf8.txt', 'b-bom.txt', 'nested/c-utf16le.txt', 'nested/d-utf16be.txt']);
    expect(new Set(records.map((record) => record.text))).toEqual(new Set([INTERVIEW]));
    expect(records[2]?.source.file).toBe(path.join(input, 'nested', 'c-utf16le.txt'));
    expect(readFileSync(path.join(out, 'errors.jsonl'), 'utf8')).toBe('');
  });

  it('names an empty, a binary and a non-UTF-8 file in errors.jsonl, extracts the good ones, exit 1', () => {
    const root = scratchDir('extract-bad');
    const input = makeInputs(root);
    addBadFiles(input);
    const out = path.join(root, 'out');
    const result = runCli(['extract', input, '--out', out, '--quiet']);
    expect(result.status).toBe(1);
    const errors = jsonLines<ErrorLine>(path.join(out, 'errors.jsonl'));
    expect(errors.map((error) => [error.id, error.reason.split(/[:(]/u)[0]?.trim()])).toEqual([
      ['binary.txt', 'binary file'],
      ['empty.txt', 'empty file'],
      ['latin1.txt', 'not valid UTF-8'],
    ]);
    expect(errors.every((error) => error.source.file?.startsWith(input))).toBe(true);
    expect(jsonLines(path.join(out, 'extractions.jsonl'))).toHaveLength(4);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
      counts: { read: number; extracted: number; failed: number };
      stageMilliseconds: Record<string, number>;
      files: string[];
    };
    expect(report.counts).toEqual({ read: 7, extracted: 4, failed: 3 });
    expect(Object.keys(report.stageMilliseconds)).toEqual(expect.arrayContaining(['read', 'normalize', 'paragraphs', 'record', 'write']));
    expect(report.files).toEqual(['extractions.jsonl', 'errors.jsonl', 'report.json', 'run.json']);
  });

  it('gives byte-identical extractions.jsonl on two runs, and --format json the same records as an array', () => {
    const root = scratchDir('extract-twice');
    const input = makeInputs(root);
    addBadFiles(input);
    const first = path.join(root, 'first');
    const second = path.join(root, 'second');
    runCli(['extract', input, '--out', first, '--quiet']);
    runCli(['extract', input, '--out', second, '--quiet', '--format', 'json', '--workers', '1']);
    const jsonl = readFileSync(path.join(first, 'extractions.jsonl'));
    expect(readFileSync(path.join(second, 'extractions.jsonl')).equals(jsonl)).toBe(true);
    const array = JSON.parse(readFileSync(path.join(second, 'extractions.json'), 'utf8')) as unknown[];
    expect(array).toEqual(jsonLines(path.join(first, 'extractions.jsonl')));
  });

  it('reads a saved page (.html) beside text files', () => {
    const root = scratchDir('extract-html');
    const input = path.join(root, 'in');
    mkdirSync(input);
    const paragraphs = INTERVIEW.split('\n').slice(2).map((line) => `<p>${line}</p>`).join('');
    writeFileSync(path.join(input, 'page.html'), `<html><head><title>Lúa thơm</title></head><body><nav>Trang chủ</nav><article><h1>Lúa thơm</h1>${paragraphs}</article></body></html>`);
    const out = path.join(root, 'out');
    expect(runCli(['extract', input, '--out', out, '--quiet']).status).toBe(0);
    const [record] = jsonLines(path.join(out, 'extractions.jsonl')).map((line) => extractionRecordSchema.parse(line));
    expect(record?.id).toBe('page.html');
    expect(record?.text).toContain('Thưa ông, vụ lúa vừa qua thu hoạch ra sao?');
    expect(record?.text).not.toContain('Trang chủ');
  });

  it('exits 2 on usage errors: no input, no --out, a missing path, a bad option value', () => {
    const out = path.join(scratchDir('extract-usage'), 'out');
    expect(runCli(['extract', '--out', out]).status).toBe(2);
    expect(runCli(['extract', 'samples']).status).toBe(2);
    expect(runCli(['extract', '/no/such/folder', '--out', out]).status).toBe(2);
    expect(runCli(['extract', 'tests', '--out', out, '--workers', 'zero']).status).toBe(2);
    expect(runCli(['extract', 'tests', '--out', out, '--shard', '3/3']).status).toBe(2);
    expect(runCli(['extract', 'tests', '--out', out, '--field', 'nobody=x']).status).toBe(2);
    expect(runCli(['extract', 'tests', '--out', out, '--format', 'pdf']).status).toBe(2);
  });
});
