import { describe, expect, it } from 'vitest';
import { SharedSlots, SlotCopier, wordAlignedGap } from '../pipeline/batch/shared-slots.js';

describe('SharedSlots', () => {
  it('lends views of shared memory of the asked size, at least the smallest slot behind them', () => {
    const slots = new SharedSlots(1024);
    const lent = slots.lend(100);
    expect(lent.bytes.byteLength).toBe(100);
    expect(lent.bytes.byteOffset).toBe(0);
    expect(lent.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(lent.bytes.buffer.byteLength).toBe(1024);
    expect(slots.lend(5000).bytes.buffer.byteLength).toBe(5000);
    expect(slots.lentCount).toBe(2);
  });

  it('never lends a slot twice before it is given back, and lends it again after', () => {
    const slots = new SharedSlots(1024);
    const first = slots.lend(10);
    const second = slots.lend(10);
    expect(second.slot).not.toBe(first.slot);
    expect(second.bytes.buffer).not.toBe(first.bytes.buffer);
    slots.giveBack(first.slot);
    const third = slots.lend(10);
    expect(third.slot).toBe(first.slot);
    expect(third.bytes.buffer).toBe(first.bytes.buffer);
  });

  it('lends a free slot only if it is large enough', () => {
    const slots = new SharedSlots(1024);
    const small = slots.lend(10);
    slots.giveBack(small.slot);
    const large = slots.lend(4096);
    expect(large.slot).not.toBe(small.slot);
    expect(slots.lend(512).slot).toBe(small.slot);
  });

  it('lets a slot grown for a huge batch go when given back, and ignores slots it never lent or already has back', () => {
    const slots = new SharedSlots(1024);
    const huge = slots.lend(9 * 1024 * 1024);
    slots.giveBack(huge.slot);
    expect(slots.freeBytes).toBe(0);
    const ordinary = slots.lend(10);
    slots.giveBack(ordinary.slot);
    slots.giveBack(ordinary.slot);
    slots.giveBack(12345);
    expect(slots.lentCount).toBe(0);
    expect(slots.freeBytes).toBe(1024);
  });
});

describe('wordAlignedGap', () => {
  it('is the bytes to skip so that the target offset agrees with the source offset modulo 8', () => {
    const chunk = Buffer.alloc(64);
    expect(wordAlignedGap(0, chunk.subarray(0, 4))).toBe(0);
    expect(wordAlignedGap(0, chunk.subarray(3, 9))).toBe(3);
    expect(wordAlignedGap(5, chunk.subarray(3, 9))).toBe(6);
    expect(wordAlignedGap(16, chunk.subarray(8, 9))).toBe(0);
    for (let offset = 0; offset < 16; offset += 1) {
      for (let start = 0; start < 16; start += 1) {
        const gap = wordAlignedGap(offset, chunk.subarray(start));
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThan(8);
        expect((offset + gap) % 8).toBe(start % 8);
      }
    }
  });
});

describe('SlotCopier', () => {
  it('copies a slot\'s bytes, at any offset, into unshared memory that outlives the slot\'s reuse', () => {
    const slots = new SharedSlots(1024);
    const copier = new SlotCopier();
    const lent = slots.lend(300);
    const text = Buffer.from('Ủy ban nhân dân tỉnh Quảng Ngãi công bố 1.250 tỷ đồng.', 'utf8');
    for (const start of [0, 1, 5, 7, 8, 13]) {
      lent.bytes.fill(0);
      lent.bytes.set(text, start);
      const copy = copier.unshared(lent.bytes.subarray(start, start + text.length));
      expect(copy.buffer).not.toBeInstanceOf(SharedArrayBuffer);
      lent.bytes.fill(0x78);
      expect(copy.toString('utf8')).toBe(text.toString('utf8'));
    }
  });

  it('reuses its buffer for a batch that fits, and grows it for a larger one', () => {
    const copier = new SlotCopier();
    const shared = new Uint8Array(new SharedArrayBuffer(4096)).fill(0x61);
    const first = copier.unshared(shared.subarray(0, 100));
    const second = copier.unshared(shared.subarray(0, 50));
    expect(second.buffer).toBe(first.buffer);
    const larger = copier.unshared(shared);
    expect(larger.length).toBe(4096);
    expect(larger.buffer).not.toBe(first.buffer);
  });

  it('gives unshared bytes back as they are, with no copy', () => {
    const plain = Buffer.from('Bộ Y tế', 'utf8');
    const view = new SlotCopier().unshared(plain);
    expect(view.buffer).toBe(plain.buffer);
    expect(view.byteOffset).toBe(plain.byteOffset);
    expect(view.toString('utf8')).toBe('Bộ Y tế');
  });
});
