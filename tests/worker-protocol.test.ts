import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { encodeOutcomes } from '../pipeline/batch/encoded-batch.js';
import { packItems } from '../pipeline/batch/packed-items.js';
import { SharedSlots } from '../pipeline/batch/shared-slots.js';
import { postCopied, type WorkerRequest, type WorkerResponse } from '../pipeline/batch/worker-protocol.js';

function received(port: MessagePort): Promise<unknown> {
  return new Promise((resolve) => port.once('message', resolve));
}

describe('postCopied', () => {
  it('sends a batch of outcomes whole and leaves the sender\'s buffers attached (no transfer, no detached buffer)', async () => {
    const { port1, port2 } = new MessageChannel();
    const outcomes = encodeOutcomes([
      { kind: 'record', bytes: Buffer.from('{"id":"một"}') },
      { kind: 'error', bytes: Buffer.from('{"reason":"hai"}') },
    ]);
    const response: WorkerResponse = { type: 'batch', id: 7, outcomes };
    const arriving = received(port2);
    postCopied(port1, response);
    const got = (await arriving) as WorkerResponse;
    port1.close();
    expect(got.type === 'batch' && Buffer.from(got.outcomes.bytes).toString('utf8')).toBe('{"id":"một"}{"reason":"hai"}');
    expect(got.type === 'batch' && [...got.outcomes.ends]).toEqual([...outcomes.ends]);
    // A transferred buffer would read 0 bytes here: detached.
    expect(outcomes.bytes.buffer.byteLength).toBe(Buffer.byteLength('{"id":"một"}{"reason":"hai"}'));
    expect(outcomes.kinds.buffer.byteLength).toBe(2);
  });

  it('sends packed items whole and leaves them readable on the sending side', async () => {
    const { port1, port2 } = new MessageChannel();
    const line = Buffer.from('{"content":"Hà Nội"}');
    const packed = packItems([{ kind: 'jsonl', file: 'dump.jsonl', name: 'dump', line: 1, bytes: line }], new SharedSlots(4096));
    const request: WorkerRequest = { type: 'batch', id: 1, items: packed.items };
    const arriving = received(port2);
    postCopied(port1, request);
    const got = (await arriving) as WorkerRequest;
    port1.close();
    const item = got.type === 'batch' ? got.items[0] : undefined;
    expect(item && item.kind !== 'failed' && Buffer.from(item.bytes).toString('utf8')).toBe('{"content":"Hà Nội"}');
    const sent = packed.items[0];
    expect(sent && sent.kind !== 'failed' && Buffer.from(sent.bytes).toString('utf8')).toBe('{"content":"Hà Nội"}');
  });
});
