// Messages between the main thread and the workers, and the one way they are posted.
import type { RawItem } from '../../input/raw-items.js';
import type { StageTimings } from '../run-article.js';
import type { EncodedBatch } from './encoded-batch.js';

export type WorkerRequest =
  | { readonly type: 'batch'; readonly id: number; readonly items: readonly RawItem[] }
  | { readonly type: 'timings'; readonly id: number }
  /** The main thread has written a batch's outcomes: the worker may lend their slot again (no answer). */
  | { readonly type: 'release'; readonly slot: number };

export type WorkerResponse =
  | { readonly type: 'batch'; readonly id: number; readonly outcomes: EncodedBatch }
  | { readonly type: 'timings'; readonly id: number; readonly timings: StageTimings };

/** A worker, or the port a worker answers on. */
export interface MessageTarget {
  postMessage(message: unknown): void;
}

/**
 * Posts a message by copying it, never with a transfer list. Transferring an ArrayBuffer detaches it, and the first
 * detached ArrayBuffer in a thread invalidates V8's "array buffer detaching" protector for that thread for good:
 * every optimized function that reads or writes a typed array is thrown away and compiled again with a detach check
 * at each access. Workers transferring their output made the serializer's byte loop 2.7 times slower and the whole
 * extraction ~9% slower (82 functions deoptimized by "code dependencies" after the first batch, against 4 without).
 * Batches' bytes travel in shared slots (shared-slots.ts), which postMessage shares rather than copies.
 */
export function postCopied(target: MessageTarget, message: WorkerRequest | WorkerResponse): void {
  target.postMessage(message);
}
