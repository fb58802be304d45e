// Messages between the main thread and the workers.
import type { RawItem } from '../../input/raw-items.js';
import type { StageTimings } from '../run-article.js';
import type { EncodedBatch } from './encoded-batch.js';

export type WorkerRequest =
  | { readonly type: 'batch'; readonly id: number; readonly items: readonly RawItem[] }
  | { readonly type: 'timings'; readonly id: number };

export type WorkerResponse =
  | { readonly type: 'batch'; readonly id: number; readonly outcomes: EncodedBatch }
  | { readonly type: 'timings'; readonly id: number; readonly timings: StageTimings };
