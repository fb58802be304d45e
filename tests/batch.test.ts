import { beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { syntheticLines } from './bench/batch-dump.js';
import { ensureBuilt, jsonLines, runCli, scratchDir, startCli, type ErrorLine } from './batch-cli.js';

interface RecordLine {
  readonly id: string;
  readonly source: { readonly file: string; readonly line: number | null; readonly url: string | null };
  readonly text: string;
}

function writeDump(file: string, count: number, seed: number, maxBytes = 3000): string[] {
  const lines = [...syntheticLines(count, seed, 800, maxBytes)];
  writeFileSync(file, `${lines.join('\n')}\n`);
  return lines;
}

interface ReportFields {
  counts: { read: number; extracted: number; failed: number };
  status: string;
  seconds: number;
  cpuSeconds: number;
}

function readReport(out: string): ReportFields {
  return JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as ReportFields;
}

describe('batch runs on JSONL dumps', () => {
  beforeAll(ensureBuilt);

  it('loses no good article of a hostile dump and names every bad line', () => {
    const root = scratchDir('hostile');
    const good = [...syntheticLines(6, 11, 800, 1500)];
    const lines: (string | Buffer)[] = [
      good[0] as string, //                                                       1 good
      '{"id": "broken", "content": "Một dòng bị cắt', //                        2 not JSON
      good[1] as string, //                                                       3 good
      `{"id":"huge","content":"${'a'.repeat(50 * 1024 * 1024)}"}`, //            4 a 50 MB line
      Buffer.concat([Buffer.from('{"id":"latin","content":"Ph'), Buffer.from([0xf3, 0x6e, 0x67]), Buffer.from('"}')]), // 5 invalid UTF-8
      Buffer.concat([Buffer.from('{"id":"nul","content":"a'), Buffer.from([0x00, 0x00]), Buffer.from('b"}')]), // 6 raw NUL bytes
      '{"id":"proto","__proto__":{"content":"Nội dung giả qua prototype"}}', //   7 no own body
      JSON.stringify({ id: 'ctor', constructor: 'x', toString: 1, content: 'Ông Tư nói: Giá lúa tăng.' }), // 8 good
      '{"id":"empty","content":""}', //                                          9 empty body
      '{"id":"blank","content":"   \\n  "}', //                                  10 empty body
      '{"id":"escnul","content":"chữ\\u0000chữ"}', //                            11 NUL inside the body
      '[1, 2, 3]', //                                                             12 not an object
      '{"id":"numbody","content":42}', //                                         13 body not a string
      good[2] as string, //                                                       14 good
      '', //                                                                      (blank line, skipped)
      good[3] as string, //                                                       16 good
    ];
    const dump = path.join(root, 'hostile.jsonl');
    writeFileSync(dump, Buffer.concat(lines.map((line) => Buffer.concat([typeof line === 'string' ? Buffer.from(line) : line, Buffer.from('\n')]))));
    // A gzip cut in the middle: the articles before the break are kept, the rest is one error.
    const gzLines = [...syntheticLines(40, 12, 800, 1500)];
    const gz = gzipSync(`${gzLines.join('\n')}\n`);
    const truncated = path.join(root, 'cut.jsonl.gz');
    writeFileSync(truncated, gz.subarray(0, Math.floor(gz.length / 2)));
    const out = path.join(root, 'out');
    const result = runCli(['extract', dump, truncated, '--out', out, '--quiet', '--workers', '2']);
    expect(result.status).toBe(1);
    const records = jsonLines<RecordLine>(path.join(out, 'extractions.jsonl'));
    const errors = jsonLines<ErrorLine>(path.join(out, 'errors.jsonl'));
    const fromDump = records.filter((record) => record.source.file === dump);
    expect(fromDump.map((record) => [record.id, record.source.line])).toEqual([
      ['synthetic-0', 1], ['synthetic-1', 3], ['ctor', 8], ['synthetic-2', 14], ['synthetic-3', 16],
    ]);
    const dumpErrors = errors.filter((error) => error.source.file === dump);
    expect(dumpErrors.map((error) => error.source.line)).toEqual([2, 4, 5, 6, 7, 9, 10, 11, 12, 13]);
    const reasonOf = (line: number): string => dumpErrors.find((error) => error.source.line === line)?.reason ?? '';
    expect(reasonOf(2)).toMatch(/^not JSON/u);
    expect(reasonOf(4)).toMatch(/passes --max-article-bytes/u);
    expect(reasonOf(5)).toMatch(/not valid UTF-8/u);
    expect(reasonOf(6)).toMatch(/not JSON/u);
    expect(reasonOf(7)).toMatch(/no body/u);
    expect(reasonOf(9)).toBe('empty body');
    expect(reasonOf(10)).toBe('empty body');
    expect(reasonOf(11)).toMatch(/NUL/u);
    expect(reasonOf(12)).toBe('not a JSON object');
    expect(reasonOf(13)).toMatch(/not a string/u);
    expect(dumpErrors.find((error) => error.source.line === 7)?.id).toBe('proto');

    const fromGz = records.filter((record) => record.source.file === truncated);
    const gzErrors = errors.filter((error) => error.source.file === truncated);
    expect(fromGz.length).toBeGreaterThan(5);
    expect(fromGz.length).toBeLessThan(40);
    expect(fromGz.map((record) => record.id)).toEqual(gzLines.slice(0, fromGz.length).map((line) => (JSON.parse(line) as { id: string }).id));
    expect(gzErrors).toHaveLength(1);
    expect(gzErrors[0]?.source.line).toBe(fromGz.length + 1);
    expect(gzErrors[0]?.reason).toMatch(/gzip.*rest of this file is lost/u);

    const report = readReport(out);
    expect(report.counts.read).toBe(report.counts.extracted + report.counts.failed);
    expect(report.counts).toEqual({ read: 15 + fromGz.length + 1, extracted: 5 + fromGz.length, failed: 11 });
  });

  it('gives byte-identical output with 1 and 2 workers, in input order', () => {
    const root = scratchDir('workers');
    const dump = path.join(root, 'dump.jsonl');
    const lines = writeDump(dump, 150, 21);
    const one = path.join(root, 'one');
    const two = path.join(root, 'two');
    expect(runCli(['extract', dump, '--out', one, '--workers', '1', '--quiet']).status).toBe(0);
    expect(runCli(['extract', dump, '--out', two, '--workers', '2', '--quiet']).status).toBe(0);
    const bytes = readFileSync(path.join(one, 'extractions.jsonl'));
    expect(readFileSync(path.join(two, 'extractions.jsonl')).equals(bytes)).toBe(true);
    expect(jsonLines<RecordLine>(path.join(two, 'extractions.jsonl')).map((record) => record.id))
      .toEqual(lines.map((line) => (JSON.parse(line) as { id: string }).id));
    // The report gives the run's CPU time, every thread's.
    for (const out of [one, two]) {
      const { cpuSeconds } = readReport(out);
      expect(Number.isFinite(cpuSeconds)).toBe(true);
      expect(cpuSeconds).toBeGreaterThan(0);
    }
  });

  it('resumes a run killed half-way (SIGKILL) to the same output as an uninterrupted run', async () => {
    const root = scratchDir('resume');
    const dump = path.join(root, 'dump.jsonl');
    const lines = writeDump(dump, 700, 31, 2000);
    // A few bad lines, so errors.jsonl is resumed too.
    appendFileSync(dump, 'not json\n{"id":"x","content":""}\n');
    appendFileSync(dump, `${[...syntheticLines(60, 32, 800, 2000)].join('\n')}\n`);
    const whole = path.join(root, 'whole');
    expect(runCli(['extract', dump, '--out', whole, '--workers', '2', '--quiet']).status).toBe(1);

    const killed = path.join(root, 'killed');
    const child = startCli(['extract', dump, '--out', killed, '--workers', '2', '--quiet']);
    const extractions = path.join(killed, 'extractions.jsonl');
    const wholeSize = statSync(path.join(whole, 'extractions.jsonl')).size;
    let childErrors = '';
    child.stderr?.on('data', (chunk: Buffer) => { childErrors += chunk.toString(); });
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (existsSync(extractions) && statSync(extractions).size > wholeSize / 3) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.on('exit', () => { clearInterval(timer); reject(new Error(`the run ended before it could be killed: ${childErrors}`)); });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const partial = statSync(extractions).size;
    expect(partial).toBeLessThan(wholeSize);
    // A torn line, as a crash of the machine could leave: --resume cuts it.
    appendFileSync(extractions, '{"schemaVersion":1,"id":"torn');

    const resumed = runCli(['extract', dump, '--out', killed, '--workers', '2', '--quiet', '--resume']);
    expect(resumed.status).toBe(1);
    expect(readFileSync(extractions).equals(readFileSync(path.join(whole, 'extractions.jsonl')))).toBe(true);
    expect(readFileSync(path.join(killed, 'errors.jsonl')).equals(readFileSync(path.join(whole, 'errors.jsonl')))).toBe(true);
    const report = readReport(killed);
    expect(report.counts).toEqual({ read: lines.length + 62, extracted: lines.length + 60, failed: 2 });
  }, 180_000);

  it('refuses to resume over other inputs or settings, and says what differs', () => {
    const root = scratchDir('resume-refused');
    const dump = path.join(root, 'dump.jsonl');
    writeDump(dump, 12, 51);
    const other = path.join(root, 'other.jsonl');
    writeDump(other, 12, 52);
    const out = path.join(root, 'out');
    expect(runCli(['extract', dump, '--out', out, '--workers', '1', '--quiet']).status).toBe(0);
    const before = readFileSync(path.join(out, 'extractions.jsonl'));
    const settings = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8')) as { sources: { file: string; size: number }[] };
    expect(settings.sources).toEqual([{ file: dump, size: statSync(dump).size }]);

    const otherInput = runCli(['extract', other, '--out', out, '--quiet', '--resume']);
    expect(otherInput.status).toBe(2);
    expect(otherInput.stderr).toContain('the inputs were');
    expect(otherInput.stderr).toContain('other.jsonl');
    const otherField = runCli(['extract', dump, '--out', out, '--quiet', '--resume', '--field', 'body=text']);
    expect(otherField.status).toBe(2);
    expect(otherField.stderr).toContain('fields was');
    const otherShard = runCli(['extract', dump, '--out', out, '--quiet', '--resume', '--shard', '0/2']);
    expect(otherShard.status).toBe(2);
    expect(otherShard.stderr).toContain('shard was null');
    // Nothing was written by the refused runs.
    expect(readFileSync(path.join(out, 'extractions.jsonl')).equals(before)).toBe(true);
    // Another number of workers is the same run (the output does not depend on it): resuming a whole run adds nothing.
    expect(runCli(['extract', dump, '--out', out, '--workers', '2', '--quiet', '--resume']).status).toBe(0);
    expect(readFileSync(path.join(out, 'extractions.jsonl')).equals(before)).toBe(true);

    // The dump changed since: refused, naming the file and both sizes.
    appendFileSync(dump, `${[...syntheticLines(2, 53)].join('\n')}\n`);
    const grown = runCli(['extract', dump, '--out', out, '--quiet', '--resume']);
    expect(grown.status).toBe(2);
    expect(grown.stderr).toMatch(/dump\.jsonl was \d+ bytes, now \d+/u);

    // Output without run.json cannot be checked.
    const bare = path.join(root, 'bare');
    mkdirSync(bare);
    writeFileSync(path.join(bare, 'extractions.jsonl'), before);
    const unchecked = runCli(['extract', dump, '--out', bare, '--quiet', '--resume']);
    expect(unchecked.status).toBe(2);
    expect(unchecked.stderr).toContain('no run.json');
  }, 60_000);

  it('stops a resumed run whose output names an input line the inputs do not hold', () => {
    const root = scratchDir('resume-foreign');
    const dump = path.join(root, 'dump.jsonl');
    writeDump(dump, 6, 61);
    const out = path.join(root, 'out');
    expect(runCli(['extract', dump, '--out', out, '--quiet']).status).toBe(0);
    const extractions = path.join(out, 'extractions.jsonl');
    const records = readFileSync(extractions, 'utf8').split('\n').filter(Boolean);
    const last = JSON.parse(records.at(-1) ?? '{}') as { source: { line: number } };
    last.source.line = 999;
    writeFileSync(extractions, `${[...records.slice(0, -1), JSON.stringify(last)].join('\n')}\n`);
    const resumed = runCli(['extract', dump, '--out', out, '--quiet', '--resume']);
    expect(resumed.status).toBe(2);
    expect(resumed.stderr).toContain('names an input item these inputs do not hold');
    expect(readReport(out).status).toBe('failed');
  }, 60_000);

  it('splits a dump into shards 0/3, 1/3, 2/3 whose merge equals the unsharded run', () => {
    const root = scratchDir('shards');
    const dump = path.join(root, 'dump.jsonl');
    writeDump(dump, 120, 41);
    appendFileSync(dump, '{"id":"bad"}\n');
    const text = path.join(root, 'story.txt');
    writeFileSync(text, 'Tiêu đề một bài\nNội dung ngắn của bài viết.');
    const whole = path.join(root, 'whole');
    runCli(['extract', dump, text, '--out', whole, '--quiet', '--format', 'json,csv']);
    const shards = [0, 1, 2].map((index) => {
      const out = path.join(root, `shard-${index}`);
      const result = runCli(['extract', dump, text, '--out', out, '--quiet', '--shard', `${index}/3`]);
      expect(result.stderr).toMatch(/failed in/u);
      return out;
    });
    const counts = shards.map((out) => readReport(out).counts.read);
    expect(counts.every((count) => count > 20 && count < 70)).toBe(true);
    const merged = path.join(root, 'merged');
    const result = runCli(['merge', shards[2] as string, shards[0] as string, shards[1] as string, '--out', merged, '--format', 'json,csv']);
    expect(result.stderr).toMatch(/complete/u);
    expect(result.status).toBe(0);
    // The merged report adds up the shards' CPU time.
    const shardCpu = shards.reduce((sum, out) => sum + readReport(out).cpuSeconds, 0);
    expect(readReport(merged).cpuSeconds).toBeCloseTo(shardCpu, 1);
    // The other formats of the merged dataset are those of the unsharded run.
    for (const file of ['extractions.jsonl', 'errors.jsonl', 'extractions.json', 'articles.csv', 'people.csv', 'errors.csv']) {
      expect(readFileSync(path.join(merged, file)).equals(readFileSync(path.join(whole, file)))).toBe(true);
    }
    // A missing shard, and a shard given twice, are named.
    const missing = runCli(['merge', shards[0] as string, shards[1] as string, '--out', path.join(root, 'm2')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/shard 2\/3 is missing/u);
    expect(missing.stderr).toMatch(/article\(s\) missing/u);
    expect(readReport(path.join(root, 'm2')).status).toBe('failed');
    const doubled = runCli(['merge', shards[0] as string, shards[1] as string, shards[2] as string, shards[1] as string, '--out', path.join(root, 'm3')]);
    expect(doubled.status).toBe(1);
    expect(doubled.stderr).toMatch(/given twice/u);
    expect(doubled.stderr).toMatch(/is doubled/u);
  }, 120_000);

  it('reads standard input and gzip, globs, and maps fields with --field', () => {
    const root = scratchDir('inputs');
    const line = JSON.stringify({ key: 'k-1', noi_dung: 'Bài viết thử nghiệm.\nĐoạn hai.', tieu_de: 'Thử', ngay: '2023-05-06 07:30' });
    const gz = gzipSync(`${line}\n`);
    writeFileSync(path.join(root, 'a.jsonl.gz'), gz);
    writeFileSync(path.join(root, 'b.ndjson'), `${line}\n`);
    const out = path.join(root, 'out');
    const args = ['--field', 'body=noi_dung', '--field', 'id=key', '--field', 'title=tieu_de', '--field', 'publishedAt=ngay', '--quiet'];
    const fromStdin = runCli(['extract', '-', '--out', out, ...args], { input: gz });
    expect(fromStdin.status).toBe(0);
    const [record] = jsonLines<RecordLine>(path.join(out, 'extractions.jsonl'));
    expect(record?.id).toBe('k-1');
    expect(record?.source).toEqual({ file: '-', line: 1, url: null });
    expect(record?.text).toBe('Bài viết thử nghiệm.\nĐoạn hai.');
    const globbed = path.join(root, 'globbed');
    expect(runCli(['extract', `${root}/*.{gz,ndjson}`, '--out', globbed, ...args]).status).toBe(0);
    expect(jsonLines<RecordLine>(path.join(globbed, 'extractions.jsonl')).map((item) => item.source.file))
      .toEqual([path.join(root, 'a.jsonl.gz'), path.join(root, 'b.ndjson')]);
  });
});
