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

export function encodeOutcomes(outcomes: readonly ItemOutcome[]): EncodedBatch {
  const kinds = new Uint8Array(outcomes.length);
  const ends = new Uint32Array(outcomes.length);
  let offset = 0;
  outcomes.forEach((outcome, index) => {
    if (outcome.kind !== 'skipped') offset += Buffer.byteLength(outcome.json, 'utf8');
    kinds[index] = outcome.kind === 'record' ? OUTCOME_RECORD : outcome.kind === 'error' ? OUTCOME_ERROR : OUTCOME_SKIPPED;
    ends[index] = offset;
  });
  // Each line is encoded straight into its place: counting its UTF-8 bytes first costs less than encoding it into a
  // buffer of its own and copying that (0.25-0.33 against 0.31-0.38 ms for a 55 K-character record, and half the
  // memory outside the heap). The buffer is unpooled, so it can be transferred, and left unfilled, since every byte
  // of it is written below.
  const bytes = Buffer.allocUnsafeSlow(offset);
  let position = 0;
  for (const outcome of outcomes) {
    if (outcome.kind !== 'skipped') position += bytes.write(outcome.json, position, 'utf8');
  }
  if (position !== offset) throw new Error(`encoded ${position} bytes of the batch's ${offset}`);
  return { kinds, ends, bytes };
}
