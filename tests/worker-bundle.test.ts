// The workers run the one-file bundle of the worker (package.json's build script): it must be what workerScript()
// picks, and it must extract exactly what the modules it was made from do.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FIELD_NAMES } from '../input/articles.js';
import type { RawItem } from '../input/raw-items.js';
import type { EncodedBatch } from '../pipeline/batch/encoded-batch.js';
import { createInlineExecutor } from '../pipeline/batch/executor.js';
import { createWorkerExecutor, workerScript, WORKER_BUNDLE } from '../pipeline/batch/worker-pool.js';
import { ensureBuilt, ROOT } from './batch-cli.js';

const SETTINGS = { fields: DEFAULT_FIELD_NAMES, shard: null, floor: false, html: false };

/** The samples shipped in the repo as JSONL lines, plus a line that is not JSON (an error outcome). */
function sampleItems(): RawItem[] {
  const folder = path.join(ROOT, 'samples');
  const lines = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => JSON.stringify({ id: name, content: readFileSync(path.join(folder, name), 'utf8') }));
  lines.push('{"id": "broken", "content": ');
  return lines.map((line, index) => ({ kind: 'jsonl', file: 'samples.jsonl', name: 'samples', line: index + 1, bytes: Buffer.from(line) }));
}

function linesOf(batch: EncodedBatch): string[] {
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  return [...batch.kinds].map((kind, index) => `${kind} ${bytes.toString('utf8', index === 0 ? 0 : batch.ends[index - 1], batch.ends[index])}`);
}

describe('the worker bundle', () => {
  beforeAll(ensureBuilt);

  it('is the script the pool starts', () => {
    const script = workerScript();
    expect(path.basename(script)).toBe(WORKER_BUNDLE);
    expect(existsSync(script)).toBe(true);
    expect(script.startsWith(path.join(ROOT, 'dist'))).toBe(true);
  });

  it('gives the same outcomes, byte for byte, as the modules run in this thread', async () => {
    const items = sampleItems();
    const inline = linesOf(await createInlineExecutor(SETTINGS).run(items));
    const pool = await createWorkerExecutor(1, SETTINGS);
    try {
      const batch = await pool.run(items);
      expect(linesOf(batch)).toEqual(inline);
      pool.release(batch);
    } finally {
      await pool.close();
    }
    expect(inline).toHaveLength(items.length);
    expect(inline.filter((line) => line.includes('"schemaVersion":1'))).toHaveLength(items.length - 1);
  });
});
