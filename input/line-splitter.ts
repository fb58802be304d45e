// Splits a byte stream into lines without ever holding more than `maxLineBytes` of one line: a longer line is
// skipped while streaming and reported by its length, so a 50 MB line costs no 50 MB of memory.

export type SplitLine =
  | { readonly kind: 'line'; readonly line: number; readonly bytes: Buffer }
  | { readonly kind: 'too-long'; readonly line: number; readonly byteLength: number };

/** What came after the last newline when the stream ended or broke: the number of that unfinished line. */
export interface LineSplitState {
  line: number;
  pendingBytes: number;
}

/**
 * Yields every line of `chunks` (LF separated, a trailing CR dropped). `state` tells, after an error thrown by
 * the source, which line was being read when it broke. A final line without a newline is yielded only when the
 * source ends cleanly.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  maxLineBytes: number,
  state: LineSplitState = { line: 0, pendingBytes: 0 },
): AsyncGenerator<SplitLine> {
  let pieces: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  const finish = (end: Buffer | null): SplitLine => {
    state.line += 1;
    const total = pendingBytes + (end?.length ?? 0);
    if (skipping || total > maxLineBytes) {
      return { kind: 'too-long', line: state.line, byteLength: total };
    }
    let bytes = pieces.length === 0 ? (end ?? Buffer.alloc(0)) : Buffer.concat(end ? [...pieces, end] : pieces);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    return { kind: 'line', line: state.line, bytes };
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, from);
      if (newline < 0) break;
      const out = finish(chunk.subarray(from, newline));
      pieces = [];
      pendingBytes = 0;
      skipping = false;
      state.pendingBytes = 0;
      yield out;
      from = newline + 1;
    }
    if (from < chunk.length) {
      const rest = chunk.subarray(from);
      pendingBytes += rest.length;
      if (pendingBytes > maxLineBytes) {
        skipping = true;
        pieces = [];
      } else {
        // Copy: the source may reuse its buffer.
        pieces.push(Buffer.from(rest));
      }
      state.pendingBytes = pendingBytes;
    }
  }
  if (pendingBytes > 0 || skipping) {
    const out = finish(null);
    state.pendingBytes = 0;
    yield out;
  }
}

/** True when a split line is blank (only spaces), which a dump may hold between records. */
export function isBlankLine(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}
