// An append-only file of whole lines. Lines are gathered and written in one `write` call per flush, each flush
// ending on a newline, so a crash or a kill never leaves half a line behind (and `--resume` cuts one anyway).
import { open, type FileHandle } from 'node:fs/promises';

const FLUSH_BYTES = 256 * 1024;

export class LineFile {
  private pending: (string | Uint8Array)[] = [];
  private pendingBytes = 0;
  private constructor(private readonly handle: FileHandle) {}

  static async open(file: string, append: boolean): Promise<LineFile> {
    return new LineFile(await open(file, append ? 'a' : 'w'));
  }

  /** Adds one line (without its newline); writes when enough has gathered. */
  async writeLine(line: string): Promise<void> {
    this.pending.push(line);
    this.pendingBytes += Buffer.byteLength(line, 'utf8') + 1;
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  /** Adds one line given as UTF-8 bytes (without its newline). */
  async writeLineBytes(line: Uint8Array): Promise<void> {
    this.pending.push(line);
    this.pendingBytes += line.length + 1;
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  /** Writes what has gathered, all at once. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const buffer = Buffer.allocUnsafe(this.pendingBytes);
    let position = 0;
    for (const line of this.pending) {
      if (typeof line === 'string') position += buffer.write(line, position, 'utf8');
      else {
        buffer.set(line, position);
        position += line.length;
      }
      buffer[position] = 0x0a;
      position += 1;
    }
    this.pending = [];
    this.pendingBytes = 0;
    let written = 0;
    while (written < position) {
      const { bytesWritten } = await this.handle.write(buffer, written, position - written);
      written += bytesWritten;
    }
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}
