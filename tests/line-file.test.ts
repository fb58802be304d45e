import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineFile } from '../output/writers/line-file.js';

function tempFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'vnextract-line-file-')), 'lines.jsonl');
}

describe('LineFile', () => {
  it('writes every line whole and in order across many flushes of one reused buffer, a huge line among them', async () => {
    const file = tempFile();
    const lines = await LineFile.open(file, false);
    const expected: string[] = [];
    for (let index = 0; index < 3000; index += 1) {
      // ~1.4 KB lines, some long ones and one of 5 MB (past the kept buffer's size): flushes of varied sizes.
      const line = index === 1500 ? 'đ'.repeat(2_600_000) : `{"line":${index},"text":"${'Hà Nội '.repeat(index % 7 === 0 ? 4000 : 150)}"}`;
      expected.push(line);
      if (index % 2 === 0) await lines.writeLine(line);
      else await lines.writeLineBytes(Buffer.from(line, 'utf8'));
    }
    await lines.close();
    expect(readFileSync(file, 'utf8')).toBe(expected.join('\n') + '\n');
  });

  it('keeps two flushes started together apart (the second gets a buffer of its own)', async () => {
    const file = tempFile();
    const lines = await LineFile.open(file, false);
    const first = 'một '.repeat(80_000);
    const second = 'hai '.repeat(80_000);
    await lines.writeLine('khởi đầu');
    await lines.flush();
    const writingFirst = lines.writeLine(first);
    const writingSecond = lines.writeLine(second);
    await Promise.all([writingFirst, writingSecond]);
    await lines.close();
    const written = readFileSync(file, 'utf8').split('\n');
    expect(written.slice(0, 3)).toEqual(['khởi đầu', first, second]);
  });
});

describe('LineFile copies', () => {
  it('copies a line\'s bytes when given, so the caller may reuse its memory before the flush', async () => {
    const file = tempFile();
    const lines = await LineFile.open(file, false);
    const reused = Buffer.from('{"text":"Hà Nội"}');
    await lines.writeLineBytes(reused);
    reused.fill(0x78);
    await lines.writeLineBytes(reused);
    await lines.close();
    expect(readFileSync(file, 'utf8')).toBe(`{"text":"Hà Nội"}\n${'x'.repeat(reused.length)}\n`);
  });
});
