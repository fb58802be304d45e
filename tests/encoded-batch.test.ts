import { describe, expect, it } from 'vitest';
import { encodeOutcomes, OUTCOME_ERROR, OUTCOME_RECORD, OUTCOME_SKIPPED } from '../pipeline/batch/encoded-batch.js';

describe('encodeOutcomes', () => {
  it('puts every line in one UTF-8 buffer of its own, with kinds and end offsets', () => {
    const lines = ['{"text":"Đà Nẵng 😀"}', '{"reason":"lỗi"}', '{"text":"a"}'];
    const batch = encodeOutcomes([
      { kind: 'record', json: lines[0]! },
      { kind: 'skipped' },
      { kind: 'error', json: lines[1]! },
      { kind: 'record', json: lines[2]! },
    ]);
    expect([...batch.kinds]).toEqual([OUTCOME_RECORD, OUTCOME_SKIPPED, OUTCOME_ERROR, OUTCOME_RECORD]);
    const ends = lines.map((_, index) => Buffer.byteLength(lines.slice(0, index + 1).join('')));
    expect([...batch.ends]).toEqual([ends[0], ends[0], ends[1], ends[2]]);
    expect(Buffer.from(batch.bytes).toString('utf8')).toBe(lines.join(''));
    // Transferable: the bytes are the whole of their ArrayBuffer, not a slice of Node's shared pool.
    expect(batch.bytes.byteOffset).toBe(0);
    expect(batch.bytes.buffer.byteLength).toBe(batch.bytes.byteLength);
  });

  it('encodes a batch of nothing but skipped items as no bytes', () => {
    const batch = encodeOutcomes([{ kind: 'skipped' }, { kind: 'skipped' }]);
    expect([...batch.ends]).toEqual([0, 0]);
    expect(batch.bytes.byteLength).toBe(0);
  });
});
