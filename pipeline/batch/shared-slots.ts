// Shared memory lent between the main thread and a worker, so that a batch's bytes cross threads without a copy and
// without a new buffer for every batch. A batch posted with plain buffers made each side allocate a buffer the size
// of the batch (~256 KB of input, ~1.4 MB of output for 32 seed-size articles), which V8 frees only when its collector
// next runs: the main thread, which allocates little else, held 35-75 MB of dead batch buffers, a quarter of the run's
// peak memory. A SharedArrayBuffer is never copied by postMessage (both threads see the same memory) and cannot be
// detached (see postCopied in worker-protocol.ts), so one side lends a slot, the other reads it, and the slot comes
// back by its number once read: a worker's slots are as many as its batches in flight.

/** A slot's bytes: a view of the first `size` bytes of a shared buffer, lent until given back by `slot`. */
export interface LentBytes {
  readonly slot: number;
  readonly bytes: Uint8Array;
}

/** A slot grown past this for a batch of huge articles is let go when given back, not kept for the rest of the run. */
const KEPT_SLOT = 8 * 1024 * 1024;
/** Free slots kept at most; more would only be memory held after a burst. */
const KEPT_FREE_SLOTS = 8;

export class SharedSlots {
  private readonly free: { readonly slot: number; readonly buffer: SharedArrayBuffer }[] = [];
  private readonly lent = new Map<number, SharedArrayBuffer>();
  private nextSlot = 0;

  /** `smallestSlot`: a new slot's least size (a batch's input is ~256 KB, its output ~1.4 MB for seed-size articles). */
  constructor(private readonly smallestSlot: number) {}

  /** `size` bytes of a free slot large enough, or of a new one. */
  lend(size: number): LentBytes {
    const index = this.free.findIndex((entry) => entry.buffer.byteLength >= size);
    const entry = index >= 0 ? this.free.splice(index, 1)[0]! : { slot: this.nextSlot++, buffer: new SharedArrayBuffer(Math.max(size, this.smallestSlot)) };
    this.lent.set(entry.slot, entry.buffer);
    return { slot: entry.slot, bytes: new Uint8Array(entry.buffer, 0, size) };
  }

  /** The slot's bytes are read and no longer referenced: it may be lent again. Unknown slots are ignored. */
  giveBack(slot: number): void {
    const buffer = this.lent.get(slot);
    if (buffer === undefined) return;
    this.lent.delete(slot);
    if (buffer.byteLength <= KEPT_SLOT && this.free.length < KEPT_FREE_SLOTS) this.free.push({ slot, buffer });
  }

  /** Slots lent and not given back. */
  get lentCount(): number {
    return this.lent.size;
  }

  /** Bytes of the free slots kept. */
  get freeBytes(): number {
    return this.free.reduce((sum, entry) => sum + entry.buffer.byteLength, 0);
  }
}
