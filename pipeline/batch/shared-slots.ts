// Shared memory lent between the main thread and a worker, so that a batch's bytes cross threads without a copy and
// without a new buffer for every batch. A batch posted with plain buffers made each side allocate a buffer the size
// of the batch (~256 KB of input, ~1.4 MB of output for 32 seed-size articles), which V8 frees only when its collector
// next runs: the main thread, which allocates little else, held 35-75 MB of dead batch buffers, a quarter of the run's
// peak memory. A SharedArrayBuffer is never copied by postMessage (both threads see the same memory) and cannot be
// detached (see postCopied in worker-protocol.ts), so one side lends a slot, the other reads it, and the slot comes
// back by its number once read: a worker's slots are as many as its batches in flight.

/**
 * V8 copies to and from shared memory (`TypedArray#set`, `Buffer#copy`) with relaxed atomic moves, a word at a time
 * where source and target lie at the same offset modulo 8 and a byte at a time where they do not: 7.5 KB took 2.3 µs
 * byte by byte, 0.33 µs word by word, 0.11 µs between unshared buffers. Copying every output line out of a slot at
 * the offset it happened to have took the main thread 13 µs an article, a quarter of its time: the copies into and
 * out of slots keep to the word path (`wordAlignedGap`, `SlotCopier`). Offsets are counted from the start of each
 * buffer, whose memory V8 and Node align to at least 8 bytes.
 */
export const WORD_BYTES = 8;

/** The bytes to leave before `offset` so that a copy of `source` starting there is at its offset modulo 8. */
export function wordAlignedGap(offset: number, source: Uint8Array): number {
  return (source.byteOffset - offset) & (WORD_BYTES - 1);
}

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

/**
 * Copies of slots' bytes into one unshared buffer, reused from batch to batch (grown for a larger batch, let go once
 * past the size a slot is kept at). The runner copies a batch's outcomes out at once, word by word, and gives the
 * slot back before writing them: the sinks then copy lines out of plain memory.
 */
export class SlotCopier {
  private buffer: Buffer | null = null;

  /** `bytes` in unshared memory, valid until the next call: a copy when they are a slot's, else themselves. */
  unshared(bytes: Uint8Array): Buffer {
    if (!(bytes.buffer instanceof SharedArrayBuffer)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const gap = wordAlignedGap(0, bytes);
    const needed = gap + bytes.byteLength;
    let buffer = this.buffer;
    if (buffer === null || buffer.length < needed) buffer = Buffer.allocUnsafeSlow(Math.max(needed, buffer?.length ?? 0));
    this.buffer = buffer.length <= KEPT_SLOT ? buffer : null;
    buffer.set(bytes, gap);
    return buffer.subarray(gap, needed);
  }
}
