// A processed batch as the workers send it back: every outcome's JSON line in one UTF-8 buffer (a worker's shared slot,
// see shared-slots.ts, or a buffer of exactly their size on the main thread), with its kind and end offset. The main thread writes the bytes as they are, so record strings never
// pile up in its heap.
import type { ItemOutcome } from './process-item.js';
import type { SharedSlots } from './shared-slots.js';

export const OUTCOME_SKIPPED = 0;
export const OUTCOME_RECORD = 1;
export const OUTCOME_ERROR = 2;
/** The slot of a batch whose bytes are a buffer of their own, lent by nobody. */
export const NO_SLOT = -1;

export interface EncodedBatch {
  readonly kinds: Uint8Array;
  /** End offset in `bytes` of each outcome's line (a skipped one ends where the one before it does). */
  readonly ends: Uint32Array;
  readonly bytes: Uint8Array;
  /** The worker's shared slot holding `bytes`, to give back once they are written; NO_SLOT for a buffer of their own. */
  readonly slot: number;
}

const FIRST_CAPACITY = 256 * 1024;
/** A working buffer grown past this (a batch of huge articles) is dropped at the batch's end rather than kept. */
const KEPT_CAPACITY = 8 * 1024 * 1024;

/**
 * A batch's outcomes added one by one, as they are made: each line's bytes are copied into the batch's buffer at
 * once (they are a view of processRawItem's buffer, which the next item writes over).
 */
export class OutcomeEncoder {
  /**
   * The working buffer the last finished batch left, taken by the next encoder: a batch grows its buffer to ~2 MB
   * (256 KB doubled three times), which would otherwise be allocated again for every batch. Taken, not shared, so an
   * encoder made while another is still open gets a buffer of its own.
   */
  private static spare: Buffer | null = null;

  private readonly kinds: number[] = [];
  private readonly ends: number[] = [];
  private buffer: Buffer = OutcomeEncoder.takeSpare();
  private position = 0;

  private static takeSpare(): Buffer {
    const spare = OutcomeEncoder.spare;
    OutcomeEncoder.spare = null;
    return spare ?? Buffer.allocUnsafeSlow(FIRST_CAPACITY);
  }

  add(outcome: ItemOutcome): void {
    if (outcome.kind !== 'skipped') {
      const bytes = outcome.bytes;
      if (this.position + bytes.length > this.buffer.length) this.grow(this.position + bytes.length);
      this.buffer.set(bytes, this.position);
      this.position += bytes.length;
    }
    this.kinds.push(outcome.kind === 'record' ? OUTCOME_RECORD : outcome.kind === 'error' ? OUTCOME_ERROR : OUTCOME_SKIPPED);
    this.ends.push(this.position);
  }

  /**
   * The batch: its bytes copied into a slot lent by `slots` (a worker's batches), else into a buffer of their exact
   * size, unpooled and the whole of its ArrayBuffer.
   */
  finish(slots?: SharedSlots): EncodedBatch {
    let bytes: Uint8Array;
    let slot = NO_SLOT;
    if (slots) {
      const lent = slots.lend(this.position);
      bytes = lent.bytes;
      slot = lent.slot;
    } else {
      bytes = Buffer.allocUnsafeSlow(this.position);
    }
    this.buffer.copy(bytes, 0, 0, this.position);
    if (this.buffer.length <= KEPT_CAPACITY) OutcomeEncoder.spare = this.buffer;
    return { kinds: Uint8Array.from(this.kinds), ends: Uint32Array.from(this.ends), bytes, slot };
  }

  private grow(needed: number): void {
    const grown = Buffer.allocUnsafeSlow(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(grown, 0, 0, this.position);
    this.buffer = grown;
  }
}

/** The outcomes of a batch already made, encoded (tests; the workers and the inline executor encode as they go). */
export function encodeOutcomes(outcomes: readonly ItemOutcome[]): EncodedBatch {
  const encoder = new OutcomeEncoder();
  for (const outcome of outcomes) encoder.add(outcome);
  return encoder.finish();
}
