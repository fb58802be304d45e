// A pool of plain worker threads (node:worker_threads). Each batch goes to the worker with the fewest batches
// pending; the runner awaits batches in order, so the output order does not depend on which worker was faster.
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

export async function createWorkerExecutor(count: number, settings: ItemSettings): Promise<BatchExecutor> {
  const script = workerScript();
  let nextId = 0;
  const workers: PoolWorker[] = [];
  for (let index = 0; index < count; index += 1) {
    const worker = new Worker(script, { workerData: settings });
    const pending = new Map<number, Pending>();
    worker.on('message', (response: WorkerResponse) => {
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      waiting?.resolve(response);
    });
    const failAll = (error: Error): void => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => { if (pending.size > 0) failAll(new Error(`worker exited with code ${code}`)); });
    workers.push({ worker, pending });
  }
  const ask = (target: PoolWorker, request: WorkerRequest): Promise<WorkerResponse> =>
    new Promise((resolve, reject) => {
      target.pending.set(request.id, { resolve, reject });
      target.worker.postMessage(request);
    });
  return {
    run: async (items: readonly RawItem[]): Promise<ItemOutcome[]> => {
      let target = workers[0] as PoolWorker;
      for (const candidate of workers) if (candidate.pending.size < target.pending.size) target = candidate;
      const response = await ask(target, { type: 'batch', id: nextId++, items });
      return response.type === 'batch' ? response.outcomes : [];
    },
    timings: async () => {
      const total: StageTimings = {};
      for (const target of workers) {
        const response = await ask(target, { type: 'timings', id: nextId++ });
        if (response.type !== 'timings') continue;
        for (const [stage, ms] of Object.entries(response.timings)) total[stage] = (total[stage] ?? 0) + ms;
      }
      return total;
    },
    close: async () => {
      await Promise.all(workers.map((target) => target.worker.terminate()));
    },
  };
}
