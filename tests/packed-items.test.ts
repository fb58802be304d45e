import { describe, expect, it } from 'vitest';
import type { RawItem } from '../input/raw-items.js';
import { packItems } from '../pipeline/batch/packed-items.js';

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
  it('copies the items\' bytes into one buffer of exactly their size, in order', () => {
    const { items } = linesOfOneChunk(['{"content":"Hà Nội"}', '{"content":"Đà Nẵng"}', '{}']);
    const packed = packItems(items);
    const total = items.reduce((sum, item) => sum + (item.kind === 'failed' ? 0 : item.bytes.length), 0);
    expect(packed.buffer.byteLength).toBe(total);
    expect(packed.items.map((item) => (item.kind === 'failed' ? null : Buffer.from(item.bytes).toString('utf8'))))
      .toEqual(['{"content":"Hà Nội"}', '{"content":"Đà Nẵng"}', '{}']);
    for (const item of packed.items) if (item.kind !== 'failed') expect(item.bytes.buffer).toBe(packed.buffer);
  });

  it('keeps failed items and the other fields as they were', () => {
    const { items } = linesOfOneChunk(['{"content":"một"}']);
    const failed: RawItem = { kind: 'failed', file: 'dump.jsonl', name: 'dump', line: 2, reason: 'line of 3000000 bytes passes --max-article-bytes 2097152' };
    const packed = packItems([items[0]!, failed]);
    expect(packed.items[1]).toBe(failed);
    expect(packed.items[0]).toMatchObject({ kind: 'jsonl', file: 'dump.jsonl', name: 'dump', line: 1 });
  });

  it('sends only the batch\'s bytes, where posting the views would copy their whole chunk', () => {
    const { items } = linesOfOneChunk(['{"content":"ba"}', '{"content":"bốn"}']);
    const viaViews = structuredClone(items);
    const viaPacked = structuredClone(packItems(items).items);
    const first = (received: readonly RawItem[]): ArrayBufferLike => (received[0]!.kind === 'failed' ? new ArrayBuffer(0) : received[0]!.bytes.buffer);
    expect(first(viaViews).byteLength).toBe(1 << 20);
    expect(first(viaPacked).byteLength).toBeLessThan(64);
  });
});
