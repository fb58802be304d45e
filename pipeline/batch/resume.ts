// `--resume`: what an interrupted run already wrote. Each output file is a prefix of what a whole run writes into
// it (outputs are written in input order), so the last whole line of each file says where that file stops. A torn
// last line (a crash mid-write) is cut off. Memory stays bounded: the files are streamed, not held.
import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';

export interface ResumedFile {
  /** Whole lines already in the file. */
  readonly lines: number;
  /** The key (file and line) of the last whole line, or null when the file is empty. */
  readonly lastKey: string | null;
}

/** The key of an output line: where its input came from, which is unique per input item. */
export function sourceKey(file: string, line: number | null): string {
  return `${file}\u0000${line ?? ''}`;
}

function keyOfJsonLine(json: string, file: string): string {
  const parsed = JSON.parse(json) as { source?: { file?: unknown; line?: unknown } };
  const source = parsed.source;
  if (typeof source?.file !== 'string') throw new Error(`${file}: last line has no source.file; cannot resume`);
  return sourceKey(source.file, typeof source.line === 'number' ? source.line : null);
}

/** Reads an output file left by an earlier run, cutting a torn last line. A missing file counts as empty. */
export async function inspectForResume(file: string): Promise<ResumedFile> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    return { lines: 0, lastKey: null };
  }
  let lines = 0;
  let offset = 0;
  let lastLineStart = 0;
  let wholeEnd = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, from);
      if (newline < 0) break;
      lines += 1;
      lastLineStart = wholeEnd;
      wholeEnd = offset + newline + 1;
      from = newline + 1;
    }
    offset += chunk.length;
  }
  if (wholeEnd < size) await truncate(file, wholeEnd);
  if (lines === 0) return { lines: 0, lastKey: null };
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(wholeEnd - lastLineStart - 1);
    await handle.read(buffer, 0, buffer.length, lastLineStart);
    return { lines, lastKey: keyOfJsonLine(buffer.toString('utf8'), file) };
  } finally {
    await handle.close();
  }
}
