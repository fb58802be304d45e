import { describe, expect, it } from 'vitest';
import { SharedSlots } from '../pipeline/batch/shared-slots.js';

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
