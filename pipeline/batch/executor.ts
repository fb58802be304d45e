// Where items are processed: in this thread (`--workers 1`) or in a pool of worker threads. Both return a batch's
// outcomes in the batch's order; the runner keeps batches in order.
import type { RawItem } from '../../input/raw-items.js';
import type { StageTimings } from '../run-article.js';
import { processRawItem, type ItemSettings } from './process-item.js';
import { OutcomeEncoder, type EncodedBatch } from './encoded-batch.js';

export interface BatchExecutor {
  run(items: readonly RawItem[]): Promise<EncodedBatch>;
  /** The batch's outcomes are written and no longer referenced: the memory holding them may be reused. */
  release(batch: EncodedBatch): void;
  /** Stage timings added up over every item processed. */
  timings(): Promise<StageTimings>;
  close(): Promise<void>;
}

export function createInlineExecutor(settings: ItemSettings): BatchExecutor {
  const timings: StageTimings = {};
  return {
    run: async (items) => {
      const encoder = new OutcomeEncoder();
      for (const item of items) encoder.add(processRawItem(item, settings, timings));
      return encoder.finish();
    },
    release: () => {},
    timings: async () => ({ ...timings }),
    close: async () => {},
  };
}
