// `--workers N` runs N worker threads (node:worker_threads) that decode, extract and serialize; the main thread only
// reads, orders and writes, and never loads the extractors. A batch goes to the worker with the fewest batches
// pending; the runner awaits batches in input order, so the output does not depend on which worker was faster.
// Each worker's V8 heap is capped: V8 then collects sooner, and peak memory stays near 100 MB a worker instead of
// growing to what the machine would allow (the live heap of an extraction is ~15 MB). A worker that dies (out of
// memory on a monstrous article) is replaced; its batches run again on the main thread, whose heap is not capped.
// Why plain worker_threads and not piscina or tinypool: measured (see the batch report); with a batch per message
// the three are within noise of each other, and this is ~100 lines with no dependency and full control of order.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RawItem } from '../../input/raw-items.js';
import type { StageTimings } from '../run-article.js';
import type { BatchExecutor } from './executor.js';
import type { ItemSettings } from './process-item.js';
import { NO_SLOT, type EncodedBatch } from './encoded-batch.js';
import { packItems } from './packed-items.js';
import { SharedSlots } from './shared-slots.js';
import { WORKER_BUNDLE } from './worker-code-cache.js';
import { postCopied, type WorkerRequest, type WorkerResponse } from './worker-protocol.js';

interface Pending {
  resolve(response: WorkerResponse): void;
  reject(error: Error): void;
}

interface PoolWorker {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

/**
 * The young generation is two semi-spaces of half its size: at 8 MB a worker scavenged every ~11 seed-size articles
 * (~370 KB allocated each), 6% of its time; at 32 MB every ~45, 2%, with fewer parallel-scavenge tasks competing for
 * the cores. It became affordable once batches stopped piling up dead buffers in the main thread (shared-slots.ts):
 * peak RSS with 2 workers, 20,000 articles of the bench's big dump, 220 MB at 8 MB, 256 MB at 32 MB.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 32 };
/** Replacements for workers that died, before the pool gives up and runs everything on the main thread. */
const MAX_RESPAWNS = 16;
/**
 * The worker's code: the one-file bundle `npm run build` makes of dist/pipeline/batch/worker.js and what it imports
 * (rolldown), started by worker-loader.js with its code cache (worker-code-cache.ts); else worker.js itself. Found
 * beside this module in dist/, or in dist/ when this module runs from source (tests, tsx). The bundle loads in about
 * half the time (one file to read and compile instead of ~230, and zod without its ~130 locale modules), and every
 * worker of every run pays that load before its first article.
 */
export function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const folder = here.endsWith('.js') ? path.dirname(here) : path.resolve(path.dirname(here), '..', '..', 'dist', 'pipeline', 'batch');
  const loader = path.join(folder, 'worker-loader.js');
  return existsSync(path.join(folder, WORKER_BUNDLE)) && existsSync(loader) ? loader : path.join(folder, 'worker.js');
}

export async function createWorkerExecutor(count: number, settings: ItemSettings): Promise<BatchExecutor> {
  const script = workerScript();
  let nextId = 0;
  let respawns = 0;
  let closing = false;
  const workers: PoolWorker[] = [];
  /** Slots the batches' input bytes go to the workers in, given back when the worker has answered. */
  const inputSlots = new SharedSlots(512 * 1024);
  /** The worker whose slot holds a batch's outcomes, until the runner releases the batch. */
  const lenders = new WeakMap<EncodedBatch, PoolWorker>();
  // Timings of workers that died, so the report still adds them up (lost only for the batch that killed one).
  const mainThread: { executor: BatchExecutor | null } = { executor: null };
  const runOnMainThread = async (items: readonly RawItem[]): Promise<EncodedBatch> => {
    mainThread.executor ??= (await import('./executor.js')).createInlineExecutor(settings);
    return mainThread.executor.run(items);
  };

  const spawn = (): void => {
    const worker = new Worker(script, { workerData: settings, resourceLimits: WORKER_LIMITS });
    const member: PoolWorker = { worker, pending: new Map() };
    worker.on('message', (response: WorkerResponse) => {
      const waiting = member.pending.get(response.id);
      member.pending.delete(response.id);
      waiting?.resolve(response);
    });
    const leave = (error: Error): void => {
      const position = workers.indexOf(member);
      if (position < 0) return;
      workers.splice(position, 1);
      for (const waiting of member.pending.values()) waiting.reject(error);
      member.pending.clear();
      if (!closing && respawns < MAX_RESPAWNS) {
        respawns += 1;
        spawn();
      }
    };
    worker.on('error', leave);
    worker.on('exit', (code) => { leave(new Error(`worker exited with code ${code}`)); });
    workers.push(member);
  };
  for (let index = 0; index < count; index += 1) spawn();

  const ask = (target: PoolWorker, request: Extract<WorkerRequest, { readonly id: number }>): Promise<WorkerResponse> =>
    new Promise((resolve, reject) => {
      target.pending.set(request.id, { resolve, reject });
      postCopied(target.worker, request);
    });
  return {
    run: async (items: readonly RawItem[]): Promise<EncodedBatch> => {
      let target: PoolWorker | null = null;
      for (const candidate of workers) if (!target || candidate.pending.size < target.pending.size) target = candidate;
      if (target) {
        const packed = packItems(items, inputSlots);
        try {
          const response = await ask(target, { type: 'batch', id: nextId++, items: packed.items });
          if (response.type === 'batch') {
            if (response.outcomes.slot !== NO_SLOT) lenders.set(response.outcomes, target);
            return response.outcomes;
          }
        } catch (error) {
          process.stderr.write(`vnextract: a worker died (${error instanceof Error ? error.message : String(error)}); its batch of ${items.length} runs again on the main thread\n`);
        } finally {
          inputSlots.giveBack(packed.slot);
        }
      }
      return runOnMainThread(items);
    },
    release: (batch: EncodedBatch): void => {
      const lender = lenders.get(batch);
      lenders.delete(batch);
      // A worker that died since took its slots with it; the bytes stay readable until the batch is dropped.
      if (lender && workers.includes(lender)) postCopied(lender.worker, { type: 'release', slot: batch.slot });
    },
    timings: async () => {
      const total: StageTimings = { ...(await mainThread.executor?.timings()) };
      for (const target of [...workers]) {
        const response = await ask(target, { type: 'timings', id: nextId++ }).catch(() => null);
        if (response?.type !== 'timings') continue;
        for (const [stage, ms] of Object.entries(response.timings)) total[stage] = (total[stage] ?? 0) + ms;
      }
      return total;
    },
    close: async () => {
      closing = true;
      const stopping = [...workers];
      workers.length = 0;
      await Promise.all(stopping.map((target) => target.worker.terminate()));
    },
  };
}
