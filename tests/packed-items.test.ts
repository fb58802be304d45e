import { describe, expect, it } from 'vitest';
import type { RawItem } from '../input/raw-items.js';
import { packItems } from '../pipeline/batch/packed-items.js';
import { SharedSlots } from '../pipeline/batch/shared-slots.js';

/** Lines as the reader makes them: views of one large read chunk. */
function linesOfOneChunk(texts: readonly string[]): { chunk: Buffer; items: RawItem[] } {
  const chunk = Buffer.alloc(1 << 20, 0x78);
  const items: RawItem[] = [];
  let offset = 0;
  texts.forEach((text, index) => {
    const length = chunk.write(text, offset, 'utf8');
    items.push({ kind: 'jsonl', file: 'dump.jsonl', name: 'dump', line: index + 1, bytes: chunk.subarray(offset, offset + length) });
    offset += length + 1;
  });
  return { chunk, items };
}

describe('packItems', () => {
  it('copies the items\' bytes one after another into one shared slot, in order', () => {
    const { items } = linesOfOneChunk(['{"content":"Hà Nội"}', '{"content":"Đà Nẵng"}', '{}']);
    const slots = new SharedSlots(4096);
    const packed = packItems(items, slots);
    expect(slots.lentCount).toBe(1);
    expect(packed.items.map((item) => (item.kind === 'failed' ? null : Buffer.from(item.bytes).toString('utf8'))))
      .toEqual(['{"content":"Hà Nội"}', '{"content":"Đà Nẵng"}', '{}']);
    const buffers = new Set(packed.items.map((item) => (item.kind === 'failed' ? null : item.bytes.buffer)));
    expect(buffers.size).toBe(1);
    expect([...buffers][0]).toBeInstanceOf(SharedArrayBuffer);
    // One after another, each at its source's offset modulo 8 (the word-by-word copy), at most 7 bytes apart.
    const spans = packed.items.map((item) => (item.kind === 'failed' ? null : { start: item.bytes.byteOffset, end: item.bytes.byteOffset + item.bytes.length }));
    spans.forEach((span, index) => {
      const source = items[index]!;
      if (span === null || source.kind === 'failed') throw new Error('no failed items here');
      expect(span.start % 8).toBe(source.bytes.byteOffset % 8);
      const previousEnd = index === 0 ? 0 : spans[index - 1]!.end;
      expect(span.start - previousEnd).toBeGreaterThanOrEqual(0);
      expect(span.start - previousEnd).toBeLessThan(8);
    });
    slots.giveBack(packed.slot);
    expect(slots.lentCount).toBe(0);
  });

  it('keeps failed items and the other fields as they were', () => {
    const { items } = linesOfOneChunk(['{"content":"một"}']);
    const failed: RawItem = { kind: 'failed', file: 'dump.jsonl', name: 'dump', line: 2, reason: 'line of 3000000 bytes passes --max-article-bytes 2097152' };
    const packed = packItems([items[0]!, failed], new SharedSlots(4096));
    expect(packed.items[1]).toBe(failed);
    expect(packed.items[0]).toMatchObject({ kind: 'jsonl', file: 'dump.jsonl', name: 'dump', line: 1 });
  });

  it('is shared when posted, where posting the views would copy their whole chunk', () => {
    const { items } = linesOfOneChunk(['{"content":"ba"}', '{"content":"bốn"}']);
    const viaViews = structuredClone(items);
    const packed = packItems(items, new SharedSlots(4096));
    const viaPacked = structuredClone(packed.items);
    const first = (received: readonly RawItem[]): Uint8Array => (received[0]!.kind === 'failed' ? new Uint8Array(0) : received[0]!.bytes);
    expect(first(viaViews).buffer.byteLength).toBe(1 << 20);
    // The same memory on both sides: what the main thread writes, the worker reads, with no copy made.
    first(packed.items)[2] = 0x21;
    expect(first(viaPacked)[2]).toBe(0x21);
  });
});
