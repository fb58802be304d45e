// `--workers N` runs N extracting threads: N-1 worker threads (node:worker_threads) and the main thread, which also
// reads and writes. A batch goes to a worker while it has fewer than 2 batches pending, else the main thread runs it
// at once; the runner awaits batches in order, so the output order does not depend on which thread was faster.
// The main thread taking a share (instead of idling beside N workers) saves one V8 heap (~100 MB at peak) and a
// core's worth of contention on a 2-core machine.
// Why not piscina or tinypool: see the batch report in the README (measured; a batch per message makes the pool's
// own overhead negligible, and this is ~80 lines with no dependency).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RawItem } from '../../input/raw-items.js';
import type { StageTimings } from '../run-article.js';
import type { BatchExecutor } from './executor.js';
import type { ItemOutcome, ItemSettings } from './process-item.js';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.js';

interface Pending {
  resolve(response: WorkerResponse): void;
  reject(error: Error): void;
}

interface PoolWorker {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

/** The compiled worker: beside this module in dist/, or dist/ when this module runs from source (tests, tsx). */
export function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const beside = path.join(path.dirname(here), 'worker.js');
  if (here.endsWith('.js') && existsSync(beside)) return beside;
  const root = path.resolve(path.dirname(here), '..', '..');
  return path.join(root, 'dist', 'pipeline', 'batch', 'worker.js');
}

/** Batches a worker may hold before the main thread takes the next one itself. */
export const PENDING_PER_WORKER = 2;
const WORKER_OLD_GENERATION_MB = 128;

export async function createWorkerExecutor(count: number, settings: ItemSettings): Promise<BatchExecutor> {
  const script = workerScript();
  const inline = (await import('./executor.js')).createInlineExecutor(settings);
  let nextId = 0;
  const workers: PoolWorker[] = [];
  for (let index = 0; index < count - 1; index += 1) {
    // A capped old generation makes V8 collect sooner: peak memory per worker stays near 100 MB instead of
    // growing to what the machine would allow. A worker that dies (out of memory on a huge article) leaves the
    // pool; its batches are run again on the main thread, whose heap is not capped.
    const worker = new Worker(script, { workerData: settings, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } });
    const pending = new Map<number, Pending>();
    const member: PoolWorker = { worker, pending };
    worker.on('message', (response: WorkerResponse) => {
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      waiting?.resolve(response);
    });
    const leave = (error: Error): void => {
      const position = workers.indexOf(member);
      if (position >= 0) workers.splice(position, 1);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    worker.on('error', leave);
    worker.on('exit', (code) => { leave(new Error(`worker exited with code ${code}`)); });
    workers.push(member);
  }
  const ask = (target: PoolWorker, request: WorkerRequest): Promise<WorkerResponse> =>
    new Promise((resolve, reject) => {
      target.pending.set(request.id, { resolve, reject });
      target.worker.postMessage(request);
    });
  return {
    run: async (items: readonly RawItem[]): Promise<ItemOutcome[]> => {
      let target: PoolWorker | null = null;
      for (const candidate of workers) {
        if (candidate.pending.size < PENDING_PER_WORKER && (!target || candidate.pending.size < target.pending.size)) target = candidate;
      }
      if (!target) return inline.run(items);
      try {
        const response = await ask(target, { type: 'batch', id: nextId++, items });
        if (response.type === 'batch') return response.outcomes;
      } catch {
        // The worker died: fall through to the main thread.
      }
      return inline.run(items);
    },
    timings: async () => {
      const total: StageTimings = { ...(await inline.timings()) };
      for (const target of [...workers]) {
        const response = await ask(target, { type: 'timings', id: nextId++ }).catch(() => null);
        if (response === null) continue;
        if (response.type !== 'timings') continue;
        for (const [stage, ms] of Object.entries(response.timings)) total[stage] = (total[stage] ?? 0) + ms;
      }
      return total;
    },
    close: async () => {
      const closing = [...workers];
      workers.length = 0;
      await Promise.all(closing.map((target) => target.worker.terminate()));
    },
  };
}
