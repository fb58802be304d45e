// HTML end to end through the CLI: saved pages (.html) and HTML bodies in a JSONL dump (`--html`) become records
// like their plain-text versions, and `--format html` writes the report.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, jsonLines, ROOT, runCli, scratchDir } from './batch-cli.js';
import type { ExtractionRecord } from '../output/schema.js';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'html');

describe('HTML through the CLI', () => {
  it('reads HTML bodies of a JSONL dump with --html, and writes report.html', () => {
    ensureBuilt();
    const root = scratchDir('html-cli');
    const dump = path.join(root, 'pages.jsonl');
    const page = readFileSync(path.join(FIXTURES, 'json-ld.html'), 'utf8');
    writeFileSync(dump, `${JSON.stringify({ id: 'duong-sat', content: page })}\n${JSON.stringify({ id: 'rong', content: '<html><body><nav>Trang chủ</nav></body></html>' })}\n`);
    const out = path.join(root, 'out');
    const result = runCli(['extract', dump, '--out', out, '--html', '--format', 'html', '--quiet', '--workers', '1']);
    expect(result.status, result.stderr).toBe(1); // the empty page is an error, the run goes on
    const [record] = jsonLines<ExtractionRecord>(path.join(out, 'extractions.jsonl'));
    expect(record?.id).toBe('duong-sat');
    expect(record?.meta).toMatchObject({ author: 'Thanh Lam', publishedAt: '2023-06-05T08:30:00+07:00' });
    expect(record?.text.split('\n')[0]).toBe('Hà Nội khởi công tuyến đường sắt đô thị số 3');
    expect(record?.text).not.toContain('Quảng cáo');
    const [error] = jsonLines<{ id: string; reason: string }>(path.join(out, 'errors.jsonl'));
    expect(error).toMatchObject({ id: 'rong', reason: 'no article text found in the HTML body' });
    expect(existsSync(path.join(out, 'report.html'))).toBe(true);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('class="article-data"');
  });

  it('reads saved .html pages from a folder beside text files', () => {
    ensureBuilt();
    const out = path.join(scratchDir('html-folder'), 'out');
    const result = runCli(['extract', FIXTURES, '--out', out, '--quiet', '--workers', '1']);
    expect(result.status, result.stderr).toBe(0);
    const records = jsonLines<ExtractionRecord>(path.join(out, 'extractions.jsonl'));
    expect(records.map((record) => record.id)).toEqual([
      'bold-questions.html', 'bold-questions.txt', 'figcaptions.html', 'figcaptions.txt', 'json-ld.html', 'json-ld.txt',
    ]);
  });
});
