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
  const lines: Buffer[] = [];
  let offset = 0;
  outcomes.forEach((outcome, index) => {
    if (outcome.kind !== 'skipped') {
      const line = Buffer.from(outcome.json, 'utf8');
      lines.push(line);
      offset += line.length;
    }
    kinds[index] = outcome.kind === 'record' ? OUTCOME_RECORD : outcome.kind === 'error' ? OUTCOME_ERROR : OUTCOME_SKIPPED;
    ends[index] = offset;
  });
  // A fresh (unpooled) buffer of its own, so it can be transferred.
  const bytes = new Uint8Array(offset);
  let position = 0;
  for (const line of lines) {
    bytes.set(line, position);
    position += line.length;
  }
  return { kinds, ends, bytes };
}
