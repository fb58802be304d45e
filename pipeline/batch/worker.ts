// A worker thread of the pool: processes the batches the main thread posts and answers with their outcomes.
import { parentPort, workerData } from 'node:worker_threads';
import type { RawItem } from '../../input/raw-items.js';
import type { StageTimings } from '../run-article.js';
import { processRawItem, type ItemSettings } from './process-item.js';
import { postCopied, type WorkerRequest, type WorkerResponse } from './worker-protocol.js';
import { OutcomeEncoder, type EncodedBatch } from './encoded-batch.js';
import { SharedSlots } from './shared-slots.js';

const settings = workerData as ItemSettings;
const timings: StageTimings = {};
/** The slots this worker's outcomes go back in; the main thread releases each once written. */
const outcomeSlots = new SharedSlots(2 * 1024 * 1024);

function restoreBuffer(item: RawItem): RawItem {
  // Structured cloning turns Buffers into Uint8Arrays; give them Buffer's methods back without copying.
  return item.kind === 'failed' ? item : { ...item, bytes: Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.byteLength) };
}

/**
 * A batch's items processed and encoded one by one (each record's JSON goes into the batch's buffer as soon as it is
 * made). A plain loop, not callbacks made per batch: V8 keeps a closure's optimized code only weakly.
 */
function processBatch(items: readonly RawItem[]): EncodedBatch {
  const encoder = new OutcomeEncoder();
  for (const item of items) encoder.add(processRawItem(restoreBuffer(item), settings, timings));
  return encoder.finish(outcomeSlots);
}

// What the build runs over the samples to write the bundle's code cache (make-worker-code-cache.ts).
export { processRawItem };

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'release') outcomeSlots.giveBack(request.slot);
    else if (request.type === 'batch') postCopied(port, { type: 'batch', id: request.id, outcomes: processBatch(request.items) });
    else postCopied(port, { type: 'timings', id: request.id, timings });
  });
}
