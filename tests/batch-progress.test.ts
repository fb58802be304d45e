import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { ProgressDisplay } from '../pipeline/batch/progress.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk: Buffer, _encoding, callback) { chunks.push(chunk.toString()); callback(); } }) as unknown as NodeJS.WriteStream & { written: string };
  Object.defineProperty(stream, 'isTTY', { value: isTTY });
  Object.defineProperty(stream, 'written', { get: () => chunks.join('') });
  return stream;
}

describe('progress display', () => {
  it('shows articles/s, MB/s, errors and time left from the bytes read', () => {
    const line = ProgressDisplay.render({ read: 500, extracted: 490, failed: 10 }, 25e6, 100e6, 10);
    expect(line).toBe('[######..................]  25% 500 articles, 50/s, 2.5 MB/s, 10 errors, left 00:30');
  });

  it('shows elapsed time when the total is unknown (standard input)', () => {
    expect(ProgressDisplay.render({ read: 3, extracted: 3, failed: 0 }, 1e6, null, 65)).toMatch(/elapsed 01:05$/u);
  });

  it('draws nothing when the stream is not a TTY or when --quiet', () => {
    const pipe = fakeStream(false);
    new ProgressDisplay(true, 100, pipe).update({ read: 1, extracted: 1, failed: 0 }, 10);
    const quiet = fakeStream(true);
    new ProgressDisplay(false, 100, quiet).update({ read: 1, extracted: 1, failed: 0 }, 10);
    expect(pipe.written + quiet.written).toBe('');
    const tty = fakeStream(true);
    const display = new ProgressDisplay(true, 100, tty);
    display.update({ read: 1, extracted: 1, failed: 0 }, 10);
    display.finish();
    expect(tty.written).toMatch(/^\r\x1b\[K\[##.*1 articles.*\r\x1b\[K$/u);
  });
});
