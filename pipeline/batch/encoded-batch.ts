// A processed batch as the workers send it back: every outcome's JSON line in one UTF-8 buffer (transferred, not
// copied), with its kind and end offset. The main thread writes the bytes as they are, so record strings never
// pile up in its heap.
import type { ItemOutcome } from './process-item.js';

export const OUTCOME_SKIPPED = 0;
export const OUTCOME_RECORD = 1;
export const OUTCOME_ERROR = 2;

export interface EncodedBatch {
  readonly kinds: Uint8Array;
  /** End offset in `bytes` of each outcome's line (a skipped one ends where the one before it does). */
  readonly ends: Uint32Array;
  readonly bytes: Uint8Array;
}

/** A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair is 4 bytes for 2 units, a lone one 3). */
const MOST_UTF8_BYTES_PER_UNIT = 3;
/** Past this many code units a line's exact UTF-8 length is counted rather than reserved at 3 bytes a unit. */
const COUNTED_ABOVE_UNITS = 1 << 20;
const FIRST_CAPACITY = 256 * 1024;

/**
 * A batch's outcomes encoded one by one, as they are made: each line goes into the batch's buffer at once, so its
 * JSON string (~90 KB for a 7 KB article) dies young. Encoding the batch at its end kept 32 such strings alive
 * across scavenges, which promoted them to the old generation and brought major collections sooner.
 */
export class OutcomeEncoder {
  private readonly kinds: number[] = [];
  private readonly ends: number[] = [];
  private buffer: Buffer = Buffer.allocUnsafeSlow(FIRST_CAPACITY);
  private position = 0;

  add(outcome: ItemOutcome): void {
    if (outcome.kind !== 'skipped') {
      const json = outcome.json;
      const most = json.length > COUNTED_ABOVE_UNITS ? Buffer.byteLength(json, 'utf8') : json.length * MOST_UTF8_BYTES_PER_UNIT;
      if (this.position + most > this.buffer.length) this.grow(this.position + most);
      this.position += this.buffer.write(json, this.position, 'utf8');
    }
    this.kinds.push(outcome.kind === 'record' ? OUTCOME_RECORD : outcome.kind === 'error' ? OUTCOME_ERROR : OUTCOME_SKIPPED);
    this.ends.push(this.position);
  }

  /**
   * The batch: its bytes copied into a buffer of their exact size, unpooled and the whole of its ArrayBuffer, so it
   * can be transferred to the main thread (a copy of ~2 MB per batch, against a second pass over every string to
   * count its bytes first).
   */
  finish(): EncodedBatch {
    const bytes = Buffer.allocUnsafeSlow(this.position);
    this.buffer.copy(bytes, 0, 0, this.position);
    return { kinds: Uint8Array.from(this.kinds), ends: Uint32Array.from(this.ends), bytes };
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
