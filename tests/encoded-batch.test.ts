import { describe, expect, it } from 'vitest';
import { encodeOutcomes, NO_SLOT, OutcomeEncoder, OUTCOME_ERROR, OUTCOME_RECORD, OUTCOME_SKIPPED } from '../pipeline/batch/encoded-batch.js';
import { SharedSlots } from '../pipeline/batch/shared-slots.js';

describe('encodeOutcomes', () => {
  it('puts every line in one UTF-8 buffer of its own, with kinds and end offsets', () => {
    const lines = ['{"text":"Đà Nẵng 😀"}', '{"reason":"lỗi"}', '{"text":"a"}'];
    const batch = encodeOutcomes([
      { kind: 'record', bytes: Buffer.from(lines[0]!) },
      { kind: 'skipped' },
      { kind: 'error', bytes: Buffer.from(lines[1]!) },
      { kind: 'record', bytes: Buffer.from(lines[2]!) },
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

  it('encodes lines added one by one past its first capacity, each in place, the buffer exactly their size', () => {
    const encoder = new OutcomeEncoder();
    const lines: string[] = [];
    for (let index = 0; index < 40; index += 1) {
      // 20,000 units of two-byte, three-byte and four-byte characters: 1.6 MB in all, past the 256 KB it starts with.
      const line = JSON.stringify({ index, text: 'Đà Nẵng ồ 😀 '.repeat(1_500) });
      lines.push(line);
      encoder.add(index % 7 === 3 ? { kind: 'error', bytes: Buffer.from(line) } : { kind: 'record', bytes: Buffer.from(line) });
    }
    encoder.add({ kind: 'skipped' });
    const batch = encoder.finish();
    const text = Buffer.from(batch.bytes).toString('utf8');
    expect(text).toBe(lines.join(''));
    expect(batch.bytes.byteLength).toBe(Buffer.byteLength(text));
    expect(batch.bytes.buffer.byteLength).toBe(batch.bytes.byteLength);
    expect(batch.ends[39]).toBe(batch.bytes.byteLength);
    expect(batch.ends[40]).toBe(batch.bytes.byteLength);
    expect(batch.kinds[3]).toBe(OUTCOME_ERROR);
    expect(batch.kinds[40]).toBe(OUTCOME_SKIPPED);
  });

  it('gives each batch its own bytes when encoders follow one another or overlap (the working buffer is reused)', () => {
    const record = (text: string): { kind: 'record'; bytes: Uint8Array } => ({ kind: 'record', bytes: Buffer.from(text) });
    const first = new OutcomeEncoder();
    first.add(record('{"a":"Hà Nội"}'));
    const firstBatch = first.finish();
    const second = new OutcomeEncoder();
    const overlapping = new OutcomeEncoder();
    second.add(record('{"b":1}'));
    overlapping.add(record('{"c":"Đà Nẵng"}'));
    second.add(record('{"d":2}'));
    const secondBatch = second.finish();
    const overlappingBatch = overlapping.finish();
    expect(Buffer.from(firstBatch.bytes).toString('utf8')).toBe('{"a":"Hà Nội"}');
    expect(Buffer.from(secondBatch.bytes).toString('utf8')).toBe('{"b":1}{"d":2}');
    expect(Buffer.from(overlappingBatch.bytes).toString('utf8')).toBe('{"c":"Đà Nẵng"}');
    expect([...secondBatch.ends]).toEqual([7, 14]);
  });

  it('puts a worker\'s batch in a slot it lends, the next batch in another until the first is given back', () => {
    const slots = new SharedSlots(1024);
    const encode = (text: string) => {
      const encoder = new OutcomeEncoder();
      encoder.add({ kind: 'record', bytes: Buffer.from(text) });
      return encoder.finish(slots);
    };
    const first = encode('{"a":"Hà Nội"}');
    const second = encode('{"b":"Huế"}');
    expect(first.slot).not.toBe(NO_SLOT);
    expect(second.slot).not.toBe(first.slot);
    expect(first.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(first.bytes).toString('utf8')).toBe('{"a":"Hà Nội"}');
    expect(Buffer.from(second.bytes).toString('utf8')).toBe('{"b":"Huế"}');
    slots.giveBack(first.slot);
    expect(encode('{"c":1}').slot).toBe(first.slot);
    expect(encodeOutcomes([{ kind: 'skipped' }]).slot).toBe(NO_SLOT);
  });
});
