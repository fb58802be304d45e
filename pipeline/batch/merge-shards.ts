// Merging shard outputs: a k-way merge of every shard's extractions and errors by input position (the index of the
// source file in the run's file list, then the line), streamed, so memory does not grow with the dataset.
import { createReadStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { REPORT_FILE, writeReport, type RunReport } from '../../output/report.js';
import { createJsonlSink, ERRORS_FILE, EXTRACTIONS_FILE } from '../../output/writers/jsonl.js';
import { SINK_FACTORIES } from '../../output/writers/index.js';
import { takesSerialized } from '../../output/writers/serialized.js';
import type { RecordSink } from '../../output/writers/sink.js';
import type { ExtractionError, ExtractionRecord } from '../../output/schema.js';
import { VERSION } from '../version.js';
import { inShard } from './shard.js';

export interface MergeResult {
  readonly counts: { read: number; extracted: number; failed: number };
  /** Each missing, doubled or misplaced article, or a shard that does not fit. Empty when the merge is complete. */
  readonly problems: string[];
}

interface Head {
  readonly kind: 'record' | 'error';
  readonly shard: number;
  readonly json: string;
  readonly fileIndex: number;
  readonly line: number;
  readonly label: string;
  readonly id: string | null;
}

async function readReport(folder: string): Promise<RunReport> {
  try {
    return JSON.parse(await readFile(path.join(folder, REPORT_FILE), 'utf8')) as RunReport;
  } catch (error) {
    throw new Error(`${folder}: no readable ${REPORT_FILE} (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Merges the shard folders into `outDir`: JSONL always, and the other `formats` (json, xlsx, csv, html) beside it. */
export async function runMerge(folders: readonly string[], outDir: string, formats: readonly string[] = []): Promise<MergeResult> {
  const problems: string[] = [];
  const reports = await Promise.all(folders.map(readReport));
  const first = reports[0] as RunReport;
  const count = first.shard?.count ?? 1;
  const seenShards = new Map<number, string>();
  reports.forEach((report, index) => {
    const folder = folders[index] ?? '';
    if (report.status !== 'complete') problems.push(`${folder}: the run did not complete (${report.status}); resume it first`);
    if ((report.shard?.count ?? 1) !== count) problems.push(`${folder}: shard count ${report.shard?.count ?? 1}, others ${count}`);
    if (JSON.stringify(report.sourceFiles) !== JSON.stringify(first.sourceFiles)) problems.push(`${folder}: read other input files than ${folders[0]}`);
    if (report.itemsInInput !== first.itemsInInput) problems.push(`${folder}: saw ${report.itemsInInput} input items, ${folders[0]} saw ${first.itemsInInput}`);
    const shardIndex = report.shard?.index ?? 0;
    const earlier = seenShards.get(shardIndex);
    if (earlier !== undefined) problems.push(`shard ${shardIndex}/${count} given twice: ${earlier} and ${folder}`);
    seenShards.set(shardIndex, folder);
  });
  for (let index = 0; index < count; index += 1) {
    if (!seenShards.has(index)) problems.push(`shard ${index}/${count} is missing`);
  }
  const fileIndex = new Map<string, number>();
  (first.sourceFiles ?? []).forEach((file, index) => { if (!fileIndex.has(file)) fileIndex.set(file, index); });

  const streams: { iterator: AsyncIterator<string>; kind: 'record' | 'error'; shard: number; folder: string; file: string }[] = [];
  reports.forEach((report, index) => {
    const folder = folders[index] ?? '';
    for (const [kind, file] of [['record', EXTRACTIONS_FILE], ['error', ERRORS_FILE]] as const) {
      const lines = createInterface({ input: createReadStream(path.join(folder, file)), crlfDelay: Infinity });
      streams.push({ iterator: lines[Symbol.asyncIterator](), kind, shard: report.shard?.index ?? 0, folder, file });
    }
  });
  const nextHead = async (stream: (typeof streams)[number]): Promise<Head | null> => {
    for (;;) {
      const next = await stream.iterator.next();
      if (next.done) return null;
      if (next.value.length === 0) continue;
      const parsed = JSON.parse(next.value) as { id?: unknown; source?: { file?: unknown; line?: unknown } };
      const file = typeof parsed.source?.file === 'string' ? parsed.source.file : '';
      const line = typeof parsed.source?.line === 'number' ? parsed.source.line : 0;
      const index = fileIndex.get(file);
      if (index === undefined) problems.push(`${stream.folder}/${stream.file}: ${file} is not among the run's input files`);
      return {
        kind: stream.kind,
        shard: stream.shard,
        json: next.value,
        fileIndex: index ?? Number.MAX_SAFE_INTEGER,
        line,
        label: line > 0 ? `${file}:${line}` : file,
        id: typeof parsed.id === 'string' ? parsed.id : null,
      };
    }
  };

  await mkdir(outDir, { recursive: true });
  const sink = await createJsonlSink(outDir);
  const others: RecordSink[] = [];
  for (const format of new Set(formats)) {
    if (format === 'jsonl') continue;
    const factory = SINK_FACTORIES[format];
    if (!factory) throw new Error(`unknown format ${format}`);
    others.push(await factory(outDir));
  }
  const counts = { read: 0, extracted: 0, failed: 0 };
  const heads = await Promise.all(streams.map(nextHead));
  let previous: Head | null = null;
  for (;;) {
    let best = -1;
    heads.forEach((head, index) => {
      if (head === null) return;
      const current = best < 0 ? null : heads[best];
      if (!current || head.fileIndex < current.fileIndex || (head.fileIndex === current.fileIndex && head.line < current.line)) best = index;
    });
    if (best < 0) break;
    const head = heads[best] as Head;
    const stream = streams[best];
    if (previous && previous.fileIndex === head.fileIndex && previous.line === head.line) {
      problems.push(`${head.label} is doubled (shards ${previous.shard} and ${head.shard})`);
    } else {
      if (head.id !== null && count > 1 && !inShard(head.id, { index: head.shard, count })) {
        problems.push(`${head.label} (id ${head.id}) is in shard ${head.shard} but its id hashes to another shard`);
      }
      counts.read += 1;
      if (head.kind === 'record') {
        counts.extracted += 1;
        await sink.writeSerializedRecord(head.json);
        let parsed: ExtractionRecord | null = null;
        for (const other of others) {
          if (takesSerialized(other)) await other.writeSerializedRecord(head.json);
          else await other.write((parsed ??= JSON.parse(head.json) as ExtractionRecord));
        }
      } else {
        counts.failed += 1;
        await sink.writeSerializedError(head.json);
        if (others.length > 0) {
          const parsed = JSON.parse(head.json) as ExtractionError;
          for (const other of others) await other.writeError(parsed);
        }
      }
    }
    previous = head;
    heads[best] = stream ? await nextHead(stream) : null;
  }
  if (counts.read !== first.itemsInInput) {
    problems.push(`${first.itemsInInput - counts.read} article(s) missing: the input holds ${first.itemsInInput} items, the shards ${counts.read}`);
  }
  const summary = { tool: { name: 'vnextract' as const, version: VERSION }, startedAt: new Date().toISOString(), inputs: first.inputs, counts };
  await sink.close(summary);
  for (const other of others) await other.close(summary);
  const stageMilliseconds: Record<string, number> = {};
  for (const report of reports) {
    for (const [stage, ms] of Object.entries(report.stageMilliseconds ?? {})) stageMilliseconds[stage] = (stageMilliseconds[stage] ?? 0) + ms;
  }
  await writeReport(outDir, {
    ...summary,
    finishedAt: new Date().toISOString(),
    seconds: reports.reduce((sum, report) => sum + report.seconds, 0),
    status: problems.length === 0 ? 'complete' : 'failed',
    workers: reports.reduce((sum, report) => sum + report.workers, 0),
    shard: null,
    itemsInInput: first.itemsInInput,
    sourceFiles: first.sourceFiles,
    resumed: null,
    bytesRead: first.bytesRead,
    peakRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
    // Shards' reports written before the field was added have none.
    cpuSeconds: Math.round(reports.reduce((sum, report) => sum + ((report as Partial<RunReport>).cpuSeconds ?? 0), 0) * 100) / 100,
    stageMilliseconds,
    files: [...sink.files, ...others.flatMap((other) => other.files), REPORT_FILE],
  });
  return { counts, problems };
}
