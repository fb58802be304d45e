// An append-only file of whole lines. Lines are gathered and written in one `write` call per flush, each flush
// ending on a newline, so a crash or a kill never leaves half a line behind (and `--resume` cuts one anyway).
import { open, type FileHandle } from 'node:fs/promises';

const FLUSH_BYTES = 256 * 1024;
/** A gathering buffer's first size: a flush's worth and the longest line most articles make. */
const FIRST_BYTES = 512 * 1024;
/** A gathering buffer grown past this for a huge line is let go after its flush rather than kept. */
const KEPT_BYTES = 4 * 1024 * 1024;
/** The most UTF-8 bytes a UTF-16 code unit takes (a lone surrogate's replacement character, or any BMP character). */
const MOST_BYTES_PER_UNIT = 3;
const NEWLINE = 0x0a;

export class LineFile {
  /**
   * Lines are copied into this buffer as they come (a caller may reuse the memory it gave, as the batch runner does
   * with a worker's slot), and it is written as it is. Two buffers take turns: the one being written and the one
   * gathering, so the run allocates nothing per flush. A new buffer per flush made a long run allocate as many bytes
   * as it wrote, dead buffers V8 frees only when its collector next runs (the main thread held tens of MB of them).
   */
  private gathering: Buffer = Buffer.allocUnsafeSlow(FIRST_BYTES);
  private position = 0;
  /** The other buffer, back from its write; taken, not shared, so a flush started during another gets its own. */
  private spare: Buffer | null = null;
  private constructor(private readonly handle: FileHandle) {}

  static async open(file: string, append: boolean): Promise<LineFile> {
    return new LineFile(await open(file, append ? 'a' : 'w'));
  }

  /** Adds one line (without its newline); writes when enough has gathered. */
  async writeLine(line: string): Promise<void> {
    this.ensure(line.length * MOST_BYTES_PER_UNIT + 1);
    this.position += this.gathering.write(line, this.position, 'utf8');
    this.gathering[this.position++] = NEWLINE;
    if (this.position >= FLUSH_BYTES) await this.flush();
  }

  /** Adds one line given as UTF-8 bytes (without its newline), copied at once. */
  async writeLineBytes(line: Uint8Array): Promise<void> {
    this.ensure(line.length + 1);
    this.gathering.set(line, this.position);
    this.position += line.length;
    this.gathering[this.position++] = NEWLINE;
    if (this.position >= FLUSH_BYTES) await this.flush();
  }

  /** Writes what has gathered, all at once. */
  async flush(): Promise<void> {
    if (this.position === 0) return;
    const buffer = this.gathering;
    const length = this.position;
    this.gathering = this.spare ?? Buffer.allocUnsafeSlow(FIRST_BYTES);
    this.spare = null;
    this.position = 0;
    let written = 0;
    while (written < length) {
      const { bytesWritten } = await this.handle.write(buffer, written, length - written);
      written += bytesWritten;
    }
    if (buffer.length <= KEPT_BYTES) this.spare = buffer;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }

  /** Room for `more` bytes in the gathering buffer. */
  private ensure(more: number): void {
    const needed = this.position + more;
    if (needed <= this.gathering.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(needed, 2 * this.gathering.length));
    this.gathering.copy(grown, 0, 0, this.position);
    this.gathering = grown;
  }
}
