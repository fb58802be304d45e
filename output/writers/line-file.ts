// An append-only file of whole lines. Lines are gathered and written in one `write` call per flush, each flush
// ending on a newline, so a crash or a kill never leaves half a line behind (and `--resume` cuts one anyway).
import { open, type FileHandle } from 'node:fs/promises';

const FLUSH_BYTES = 256 * 1024;

export class LineFile {
  private pending: string[] = [];
  private pendingBytes = 0;
  private constructor(private readonly handle: FileHandle) {}

  static async open(file: string, append: boolean): Promise<LineFile> {
    return new LineFile(await open(file, append ? 'a' : 'w'));
  }

  /** Adds one line (without its newline); writes when enough has gathered. */
  async writeLine(line: string): Promise<void> {
    this.pending.push(line);
    this.pendingBytes += line.length + 1;
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  /** Writes what has gathered, all at once. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const buffer = Buffer.from(`${this.pending.join('\n')}\n`, 'utf8');
    this.pending = [];
    this.pendingBytes = 0;
    let written = 0;
    while (written < buffer.length) {
      const { bytesWritten } = await this.handle.write(buffer, written, buffer.length - written);
      written += bytesWritten;
    }
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}
