// The workers run the one-file bundle of the worker (package.json's build script) with its V8 code cache: the loader
// must be what workerScript() picks, V8 must take the cache in a worker, and the bundle must extract exactly what the
// modules it was made from do.
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FIELD_NAMES } from '../input/articles.js';
import type { RawItem } from '../input/raw-items.js';
import type { EncodedBatch } from '../pipeline/batch/encoded-batch.js';
import { createInlineExecutor } from '../pipeline/batch/executor.js';
import { createWorkerExecutor, workerScript } from '../pipeline/batch/worker-pool.js';
import { WORKER_BUNDLE, WORKER_CODE_CACHE } from '../pipeline/batch/worker-code-cache.js';
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

/**
 * Loads a bundle in a worker thread with the pool's limits, as worker-loader.js does (the bundle's code then listens
 * to that worker's port, not to this thread's): whether V8 refused its cache, and whether its code runs.
 */
async function loadInWorker(folder: string, bundle: string): Promise<{ cacheRejected: boolean | null; runs: boolean }> {
  const loader = pathToFileURL(path.join(folder, 'worker-code-cache.js')).href;
  const code = `
    const { parentPort } = require('node:worker_threads');
    import(${JSON.stringify(loader)}).then(({ loadWorkerBundle }) => {
      const loaded = loadWorkerBundle(${JSON.stringify(bundle)});
      parentPort.postMessage({ cacheRejected: loaded.cacheRejected, runs: typeof loaded.exports.processRawItem === 'function' });
    });`;
  const worker = new Worker(code, { eval: true, workerData: SETTINGS, resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 32 } });
  try {
    const [answer] = (await once(worker, 'message')) as [{ cacheRejected: boolean | null; runs: boolean }];
    return answer;
  } finally {
    await worker.terminate();
  }
}

describe('the worker bundle', () => {
  beforeAll(ensureBuilt);

  it('is what the script the pool starts loads, with its code cache beside it', () => {
    const script = workerScript();
    expect(path.basename(script)).toBe('worker-loader.js');
    expect(script.startsWith(path.join(ROOT, 'dist'))).toBe(true);
    for (const file of [script, WORKER_BUNDLE, WORKER_CODE_CACHE]) expect(existsSync(path.resolve(path.dirname(script), file))).toBe(true);
  });

  it('takes its code cache in a worker thread with the pool\'s limits, and refuses a cache made of other code', async () => {
    const folder = path.dirname(workerScript());
    const bundle = path.join(folder, WORKER_BUNDLE);
    expect(await loadInWorker(folder, bundle)).toEqual({ cacheRejected: false, runs: true });
    // The same cache beside another bundle (a copy with one more line): V8 refuses it, and the code still runs.
    const other = mkdtempSync(path.join(tmpdir(), 'vnextract-cache-'));
    try {
      const copy = path.join(other, WORKER_BUNDLE);
      writeFileSync(copy, `${readFileSync(bundle, 'utf8')}\n// another bundle\n`);
      copyFileSync(path.join(folder, WORKER_CODE_CACHE), path.join(other, WORKER_CODE_CACHE));
      expect(await loadInWorker(folder, copy)).toEqual({ cacheRejected: true, runs: true });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
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
