// Reads the sources of a run, in order, into raw items: the undecoded bytes of one article (a text file, a JSONL
// line) or an input that failed before it could be an article (too big, unreadable, a gzip broken mid-way).
// Decoding and parsing happen later, in the workers (input/articles.ts).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { InputSource } from './discover.js';
import { isBlankLine, splitLines, type LineSplitState } from './line-splitter.js';

export type RawItem =
  | { readonly kind: 'text' | 'html'; readonly file: string; readonly name: string; readonly bytes: Buffer }
  | { readonly kind: 'jsonl'; readonly file: string; readonly name: string; readonly line: number; readonly bytes: Buffer }
  | {
      readonly kind: 'failed';
      readonly file: string;
      readonly name: string;
      readonly line: number | null;
      readonly reason: string;
    };

export interface ReadOptions {
  readonly maxArticleBytes: number;
  /** Standard input, for `-` (tests pass their own stream). */
  readonly stdin?: Readable;
  /** Called with the count of source bytes (compressed bytes for .gz) read so far, for the progress bar. */
  readonly onBytes?: (bytes: number) => void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readTextFile(source: InputSource, options: ReadOptions): Promise<RawItem> {
  let handle;
  try {
    handle = await open(source.file, 'r');
    const { size } = await handle.stat();
    if (size > options.maxArticleBytes) {
      return { kind: 'failed', file: source.file, name: source.name, line: null, reason: `file of ${size} bytes passes --max-article-bytes ${options.maxArticleBytes}` };
    }
    const bytes = await handle.readFile();
    options.onBytes?.(bytes.length);
    return { kind: source.kind === 'html' ? 'html' : 'text', file: source.file, name: source.name, bytes };
  } catch (error) {
    return { kind: 'failed', file: source.file, name: source.name, line: null, reason: `cannot read file: ${describe(error)}` };
  } finally {
    await handle?.close();
  }
}

/** Counts the bytes a stream passes on, for progress. */
async function* counted(stream: AsyncIterable<Buffer>, onBytes?: (bytes: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}

async function* sniffGzip(stream: AsyncIterable<Buffer>, forceGzip: boolean): AsyncGenerator<Buffer> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const isGzip = forceGzip || (first.value.length >= 2 && first.value[0] === 0x1f && first.value[1] === 0x8b);
  async function* rest(): AsyncGenerator<Buffer> {
    yield first.value as Buffer;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  if (!isGzip) {
    yield* rest();
    return;
  }
  const gunzip = createGunzip();
  const feeding = (async () => {
    try {
      for await (const chunk of rest()) {
        if (!gunzip.write(chunk)) await new Promise<void>((resolve) => gunzip.once('drain', resolve));
      }
      gunzip.end();
    } catch (error) {
      gunzip.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } finally {
    await feeding;
  }
}

async function* readJsonlSource(source: InputSource, options: ReadOptions): AsyncGenerator<RawItem> {
  let stream: Readable;
  if (source.file === '-') {
    stream = options.stdin ?? process.stdin;
  } else {
    stream = createReadStream(source.file, { highWaterMark: 1 << 20 });
  }
  const state: LineSplitState = { line: 0, pendingBytes: 0 };
  const bytes = sniffGzip(counted(stream as AsyncIterable<Buffer>, options.onBytes), source.kind === 'jsonl-gz');
  try {
    for await (const split of splitLines(bytes, options.maxArticleBytes, state)) {
      if (split.kind === 'too-long') {
        yield { kind: 'failed', file: source.file, name: source.name, line: split.line, reason: `line of ${split.byteLength} bytes passes --max-article-bytes ${options.maxArticleBytes}` };
      } else if (!isBlankLine(split.bytes)) {
        yield { kind: 'jsonl', file: source.file, name: source.name, line: split.line, bytes: split.bytes };
      }
    }
  } catch (error) {
    const line = state.line + 1;
    const reason = source.kind === 'jsonl-gz' || /gzip|zlib|unexpected end|incorrect header/iu.test(describe(error))
      ? `gzip stream broken at line ${line} (${describe(error)}): the rest of this file is lost`
      : `read failed at line ${line} (${describe(error)}): the rest of this file is lost`;
    yield { kind: 'failed', file: source.file, name: source.name, line, reason };
  } finally {
    if (source.file !== '-') stream.destroy();
  }
}

/** Every raw item of the sources, in order. */
export async function* readRawItems(sources: readonly InputSource[], options: ReadOptions): AsyncGenerator<RawItem> {
  for (const source of sources) {
    if (source.kind === 'text' || source.kind === 'html') yield await readTextFile(source, options);
    else yield* readJsonlSource(source, options);
  }
}
