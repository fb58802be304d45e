// Run by `npm run build` after rolldown has bundled the worker: writes the bundle's code cache
// (worker-code-cache.ts), made after the bundle has extracted the samples shipped in the repo, so that the cache
// holds the functions an extraction runs and not only those run at load.
//   node dist/pipeline/batch/make-worker-code-cache.js
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FIELD_NAMES } from '../../input/articles.js';
import type { RawItem } from '../../input/raw-items.js';
import type { StageTimings } from '../run-article.js';
import type { ItemOutcome, ItemSettings } from './process-item.js';
import { WORKER_BUNDLE, writeWorkerCodeCache } from './worker-code-cache.js';

type ProcessRawItem = (item: RawItem, settings: ItemSettings, timings: StageTimings) => ItemOutcome;

const here = path.dirname(fileURLToPath(import.meta.url));
// dist/pipeline/batch: the project's root is three folders up.
const samples = path.resolve(here, '..', '..', '..', 'samples');

/** Each sample as a dump's JSONL line and as a text file, the two ways articles come in. */
function sampleItems(): RawItem[] {
  const items: RawItem[] = [];
  const names = readdirSync(samples).filter((name) => name.endsWith('.txt')).sort();
  for (const [index, name] of names.entries()) {
    const bytes = readFileSync(path.join(samples, name));
    const line = JSON.stringify({ id: name, title: null, publishedAt: '2024-01-15T08:00:00+07:00', content: bytes.toString('utf8') });
    items.push({ kind: 'jsonl', file: 'samples.jsonl', name: 'samples', line: index + 1, bytes: Buffer.from(line) });
    items.push({ kind: 'text', file: path.join(samples, name), name, bytes });
  }
  return items;
}

// Without the samples there is nothing to run the bundle over: no cache, and workers compile as they go.
if (!existsSync(samples)) {
  process.stderr.write(`worker code cache: not written (no ${samples})\n`);
  process.exit(0);
}
const size = writeWorkerCodeCache(path.join(here, WORKER_BUNDLE), (bundle) => {
  const processRawItem = bundle.processRawItem as ProcessRawItem | undefined;
  if (typeof processRawItem !== 'function') throw new Error(`${WORKER_BUNDLE} does not export processRawItem`);
  const settings: ItemSettings = { fields: DEFAULT_FIELD_NAMES, shard: null };
  for (const item of sampleItems()) {
    const outcome = processRawItem(item, settings, {});
    if (outcome.kind !== 'record') throw new Error(`the sample ${item.name} gave no record`);
  }
});
process.stderr.write(`worker code cache: ${(size / 1024).toFixed(0)} KB\n`);
