import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { decodeTextBytes, firstInvalidUtf8Offset } from '../input/decode.js';
import { splitLines, type SplitLine } from '../input/line-splitter.js';
import { globToRegExp, kindOfName } from '../input/discover.js';
import { articleFromJsonLine, fieldNamesFrom } from '../input/articles.js';
import { normalizePublishedAt } from '../input/published-at.js';
import { fnv1a32, inShard, parseShard, shardOf } from '../pipeline/batch/shard.js';

const TEXT = 'Hòa bình, khỏe mạnh: ông Thúy nói.';

describe('decodeTextBytes', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE and BE with BOM, to the same text', () => {
    const utf16le = Buffer.from(TEXT, 'utf16le');
    const forms = [
      Buffer.from(TEXT),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()]),
    ];
    for (const bytes of forms) expect(decodeTextBytes(bytes)).toEqual({ ok: true, text: TEXT });
  });

  it('refuses an empty file, a blank one, NUL bytes and invalid UTF-8, saying why', () => {
    expect(decodeTextBytes(Buffer.alloc(0))).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeTextBytes(Buffer.from(' \n\t\n'))).toEqual({ ok: false, reason: 'empty text' });
    expect(decodeTextBytes(Buffer.from([0x41, 0x00, 0x42]))).toMatchObject({ ok: false, reason: expect.stringMatching(/NUL/u) });
    expect(decodeTextBytes(Buffer.from([0x41, 0x42, 0xc3, 0x28]))).toEqual({ ok: false, reason: 'not valid UTF-8 (first bad byte at offset 2)' });
    expect(decodeTextBytes(Buffer.from([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false, reason: expect.stringMatching(/odd number/u) });
  });

  it('finds the first bad byte after multi-byte characters', () => {
    expect(firstInvalidUtf8Offset(Buffer.concat([Buffer.from('Việt'), Buffer.from([0xe1, 0x80])]))).toBe(Buffer.byteLength('Việt'));
  });
});

async function collect(chunks: string[], max: number): Promise<SplitLine[]> {
  const lines: SplitLine[] = [];
  for await (const line of splitLines(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), max)) lines.push(line);
  return lines;
}

describe('splitLines', () => {
  it('joins lines across chunks, drops CR, keeps a last line without newline', async () => {
    const lines = await collect(['ab', 'c\r\nde', 'f\n', 'gh'], 100);
    expect(lines.map((line) => (line.kind === 'line' ? line.bytes.toString() : line.kind))).toEqual(['abc', 'def', 'gh']);
    expect(lines.map((line) => line.line)).toEqual([1, 2, 3]);
  });

  it('skips a line over the limit while streaming and goes on with the next', async () => {
    const lines = await collect(['ok\n', 'x'.repeat(30), 'x'.repeat(30), 'x\nfine\n'], 40);
    expect(lines).toEqual([
      { kind: 'line', line: 1, bytes: Buffer.from('ok') },
      { kind: 'too-long', line: 2, byteLength: 61 },
      { kind: 'line', line: 3, bytes: Buffer.from('fine') },
    ]);
  });
});

describe('inputs', () => {
  it('knows file kinds by name', () => {
    expect(['a.txt', 'b.jsonl', 'c.ndjson', 'd.jsonl.gz', 'e.gold.json', 'f.md'].map(kindOfName)).toEqual(['text', 'jsonl', 'jsonl', 'jsonl-gz', null, null]);
  });

  it('compiles globs with *, **, ? and braces', () => {
    const glob = globToRegExp('dumps/**/*.{jsonl,gz}');
    expect(['dumps/a.jsonl', 'dumps/x/y/b.gz', 'dumps/a.txt', 'other/a.jsonl'].map((path) => glob.test(path))).toEqual([true, true, false, false]);
    expect(globToRegExp('a/file-?.txt').test('a/file-1.txt')).toBe(true);
    expect(globToRegExp('a/*.txt').test('a/b/c.txt')).toBe(false);
  });

  it('reads own fields only: __proto__ and constructor keys give nothing', () => {
    const proto = articleFromJsonLine('d.jsonl', 'd.jsonl', 3, Buffer.from('{"__proto__":{"content":"x"},"id":"p"}'));
    expect(proto).toEqual({ ok: false, id: 'p', reason: 'no body (looked for content, body, text)' });
    const good = articleFromJsonLine('d.jsonl', 'd.jsonl', 4, Buffer.from('{"constructor":"y","content":"Hoà  bình\\r\\nxong","date":"2023-01-02 08:05"}'));
    expect(good.ok && good.article).toMatchObject({ id: 'd.jsonl:4', text: 'Hòa  bình\nxong', hints: { publishedAt: '2023-01-02T08:05:00+07:00' }, source: { file: 'd.jsonl', line: 4 } });
  });

  it('maps fields with --field and refuses unknown ones', () => {
    const fields = fieldNamesFrom(['body=noi_dung', 'id=ma']);
    const outcome = articleFromJsonLine('d', 'd', 1, Buffer.from('{"ma":7,"noi_dung":"Bài viết.","content":"không đọc"}'), fields);
    expect(outcome.ok && [outcome.article.id, outcome.article.text]).toEqual(['7', 'Bài viết.']);
    expect(() => fieldNamesFrom(['summary=x'])).toThrow(/FIELD=NAME/u);
    expect(() => fieldNamesFrom(['body='])).toThrow(/FIELD=NAME/u);
  });

  it('normalizes dates of a dump to ISO 8601 with an offset, or null', () => {
    expect(normalizePublishedAt('2023-03-14T09:15:00Z')).toBe('2023-03-14T09:15:00Z');
    expect(normalizePublishedAt('2023-03-14 09:15')).toBe('2023-03-14T09:15:00+07:00');
    expect(normalizePublishedAt('2023-03-14T09:15:00+0100')).toBe('2023-03-14T09:15:00+01:00');
    expect(normalizePublishedAt('14/03/2023 9h15')).toBe('2023-03-14T09:15:00+07:00');
    expect(normalizePublishedAt('31/02/2023')).toBeNull();
    expect(normalizePublishedAt('hôm qua')).toBeNull();
  });
});

describe('shards', () => {
  it('hashes ids with FNV-1a and splits them about evenly', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    const sizes = [0, 0, 0];
    for (let index = 0; index < 3000; index += 1) {
      const shard = shardOf(`article-${index}`, 3);
      sizes[shard] = (sizes[shard] ?? 0) + 1;
    }
    expect(sizes.every((size) => size > 900 && size < 1100)).toBe(true);
    expect(inShard('x', parseShard('0/1'))).toBe(true);
    expect(() => parseShard('2/2')).toThrow();
    expect(() => parseShard('1')).toThrow();
  });
});
