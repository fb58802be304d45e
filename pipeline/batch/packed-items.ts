// A batch's items as the worker receives them: every item's bytes copied into one slot of shared memory (see
// shared-slots.ts), which postMessage shares instead of copying. The reader's lines are views of its 1 MB read
// chunks, and postMessage copies a view's whole ArrayBuffer: a batch of 32 lines (~256 KB) sent that way made the
// worker receive, allocate and later collect a 1-2 MB copy of chunks for every batch. The items given are left
// untouched (a batch whose worker dies runs again on the main thread with them). Each item starts at its source's
// offset modulo 8, so that the copy goes a word at a time (shared-slots.ts).
import type { RawItem } from '../../input/raw-items.js';
import { WORD_BYTES, wordAlignedGap, type SharedSlots } from './shared-slots.js';

export interface PackedItems {
  readonly items: readonly RawItem[];
  /** The slot the items' bytes are views of, to give back once the worker has answered. */
  readonly slot: number;
}

export function packItems(items: readonly RawItem[], slots: SharedSlots): PackedItems {
  let total = 0;
  for (const item of items) if (item.kind !== 'failed') total += item.bytes.length + WORD_BYTES - 1;
  const { slot, bytes: lent } = slots.lend(total);
  const packed: RawItem[] = new Array<RawItem>(items.length);
  let offset = 0;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if (item.kind === 'failed') {
      packed[index] = item;
      continue;
    }
    offset += wordAlignedGap(lent.byteOffset + offset, item.bytes);
    const bytes = Buffer.from(lent.buffer, lent.byteOffset + offset, item.bytes.length);
    bytes.set(item.bytes);
    offset += item.bytes.length;
    packed[index] = { ...item, bytes };
  }
  return { items: packed, slot };
}
