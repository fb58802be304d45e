// A batch run: sources read in order, items processed (in this thread or in workers), outcomes written in input
// order to every sink, a report at the end. Memory stays bounded: items are read only as fast as the slowest of
// processing and writing allows (a bounded window of batches in flight), and nothing is kept per article.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { InputSource } from '../../input/discover.js';
import { readRawItems, type RawItem } from '../../input/raw-items.js';
import type { FieldNames } from '../../input/articles.js';
import { processCpuSeconds, writeReport, REPORT_FILE, type RunReport } from '../../output/report.js';
import { SINK_FACTORIES } from '../../output/writers/index.js';
import { createJsonlSink, ERRORS_FILE, EXTRACTIONS_FILE } from '../../output/writers/jsonl.js';
import { takesSerialized } from '../../output/writers/serialized.js';
import type { RecordSink, RunSummary } from '../../output/writers/sink.js';
import type { ExtractionError, ExtractionRecord } from '../../output/schema.js';
import { VERSION } from '../version.js';
import type { StageTimings } from '../run-article.js';
import type { BatchExecutor } from './executor.js';
import { OUTCOME_RECORD, OUTCOME_SKIPPED, type EncodedBatch } from './encoded-batch.js';
import { inShard, type Shard } from './shard.js';
import { inspectForResume, sourceKey } from './resume.js';
import { createWorkerExecutor } from './worker-pool.js';
import { checkResumable, ResumeRefusedError, RUN_SETTINGS_FILE, runSettingsOf, writeRunSettings } from './run-settings.js';
import { ProgressDisplay } from './progress.js';
import { SlotCopier } from './shared-slots.js';

export interface BatchOptions {
  readonly sources: readonly InputSource[];
  readonly inputs: readonly string[];
  readonly outDir: string;
  /** Formats besides jsonl (always written). */
  readonly formats: readonly string[];
  readonly workers: number;
  readonly maxArticleBytes: number;
  readonly fields: FieldNames;
  readonly shard: Shard | null;
  readonly resume: boolean;
  /** Show the progress bar (only ever on a TTY). */
  readonly progress: boolean;
  readonly stdin?: Readable;
  readonly signal?: AbortSignal;
  /** Bench only: skip extraction (see ItemSettings.floor). */
  readonly floor?: boolean;
  /** `--html`: JSONL bodies are HTML pages. */
  readonly html?: boolean;
}

export interface BatchResult {
  readonly report: RunReport;
}

// Small batches keep memory low (a record's JSON is several times its text); the pool's cost per batch is tiny.
const BATCH_ITEMS = 32;
const BATCH_BYTES = 256 * 1024;

function itemKey(item: RawItem): string {
  return sourceKey(item.file, item.kind === 'jsonl' || item.kind === 'failed' ? item.line : null);
}

function itemId(item: RawItem): string | null {
  if (item.kind === 'text' || item.kind === 'html') return item.name;
  if (item.kind === 'failed') return item.line === null ? item.name : `${item.name}:${item.line}`;
  return null;
}

async function* replayLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line.length > 0) yield line;
}

/** What an earlier run left in the output folder, and the sinks this run writes to. */
interface PreparedOutput {
  readonly resumedRecords: { readonly lines: number; readonly lastKey: string | null };
  readonly resumedErrors: { readonly lines: number; readonly lastKey: string | null };
  readonly jsonl: Awaited<ReturnType<typeof createJsonlSink>>;
  readonly others: RecordSink[];
}

/** Checks a resumed run is the same run, writes run.json and opens the sinks (replaying to new formats what a resumed run already wrote). */
async function prepareOutput(options: BatchOptions): Promise<PreparedOutput> {
  await mkdir(options.outDir, { recursive: true });

  // What an interrupted run already wrote.
  const resumedRecords = options.resume ? await inspectForResume(path.join(options.outDir, EXTRACTIONS_FILE)) : { lines: 0, lastKey: null };
  const resumedErrors = options.resume ? await inspectForResume(path.join(options.outDir, ERRORS_FILE)) : { lines: 0, lastKey: null };
  // A resumed run must be the same run: same inputs (files and sizes), fields, shard, limits and formats.
  const runSettings = runSettingsOf(options);
  if (options.resume) await checkResumable(options.outDir, runSettings, resumedRecords.lastKey !== null || resumedErrors.lastKey !== null);
  await writeRunSettings(options.outDir, runSettings);

  const jsonl = await createJsonlSink(options.outDir, { append: options.resume });
  const others: RecordSink[] = [];
  for (const format of options.formats) {
    if (format === 'jsonl') continue;
    const factory = SINK_FACTORIES[format];
    if (!factory) throw new Error(`unknown format ${format}`);
    others.push(await factory(options.outDir));
  }
  // A resumed run gives the other formats what is already written, then goes on.
  if (options.resume && others.length > 0) {
    for await (const line of replayLines(path.join(options.outDir, EXTRACTIONS_FILE))) {
      const record = JSON.parse(line) as ExtractionRecord;
      for (const sink of others) {
        if (takesSerialized(sink)) await sink.writeSerializedRecord(line);
        else await sink.write(record);
      }
    }
    for await (const line of replayLines(path.join(options.outDir, ERRORS_FILE))) {
      const error = JSON.parse(line) as ExtractionError;
      for (const sink of others) await sink.writeError(error);
    }
  }
  return { resumedRecords, resumedErrors, jsonl, others };
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const startedAt = new Date();
  const started = performance.now();
  // Extraction runs in worker threads (also for --workers 1): the main thread reads, orders and writes. The workers
  // start first, so they load their code while this thread prepares the output.
  const settings = { fields: options.fields, shard: options.shard, floor: options.floor ?? false, html: options.html ?? false };
  const executor: BatchExecutor = await createWorkerExecutor(options.workers, settings);
  let prepared: PreparedOutput;
  try {
    prepared = await prepareOutput(options);
  } catch (error) {
    await executor.close();
    throw error;
  }
  const { resumedRecords, resumedErrors, jsonl, others } = prepared;
  let recordsBehind = resumedRecords.lastKey !== null;
  let errorsBehind = resumedErrors.lastKey !== null;
  const mainTimings: StageTimings = {};
  const counts = { read: resumedRecords.lines + resumedErrors.lines, extracted: resumedRecords.lines, failed: resumedErrors.lines };
  let itemsInInput = 0;
  let bytesRead = 0;
  const totalBytes = options.sources.every((source) => source.size !== null)
    ? options.sources.reduce((sum, source) => sum + (source.size ?? 0), 0)
    : null;
  const progress = new ProgressDisplay(options.progress, totalBytes);

  const decoder = new TextDecoder();
  const writeOutcome = async (kind: number, line: Uint8Array, key: string): Promise<void> => {
    if (kind === OUTCOME_SKIPPED) return;
    const startedAt = performance.now();
    if (kind === OUTCOME_RECORD) {
      if (recordsBehind) {
        if (key === resumedRecords.lastKey) recordsBehind = false;
      } else {
        counts.read += 1;
        counts.extracted += 1;
        await jsonl.writeRecordBytes(line);
        if (others.length > 0) {
          const json = decoder.decode(line);
          let parsed: ExtractionRecord | null = null;
          for (const sink of others) {
            if (takesSerialized(sink)) await sink.writeSerializedRecord(json);
            else await sink.write((parsed ??= JSON.parse(json) as ExtractionRecord));
          }
        }
      }
    } else if (errorsBehind) {
      if (key === resumedErrors.lastKey) errorsBehind = false;
    } else {
      counts.read += 1;
      counts.failed += 1;
      await jsonl.writeErrorBytes(line);
      if (others.length > 0) {
        const parsed = JSON.parse(decoder.decode(line)) as ExtractionError;
        for (const sink of others) await sink.writeError(parsed);
      }
    }
    mainTimings.write = (mainTimings.write ?? 0) + performance.now() - startedAt;
  };

  // Batches in flight, oldest first: awaiting them in this order keeps the output in input order.
  const inFlight: { keys: string[]; outcomes: Promise<EncodedBatch> }[] = [];
  const maxInFlight = 2 * options.workers;
  const slotCopier = new SlotCopier();
  const drainOne = async (): Promise<void> => {
    const batch = inFlight.shift();
    if (!batch) return;
    const outcomes = await batch.outcomes;
    const { kinds, ends } = outcomes;
    // Out of the worker's slot in one copy (shared-slots.ts): the worker may reuse the slot at once.
    const buffer = slotCopier.unshared(outcomes.bytes);
    executor.release(outcomes);
    for (let index = 0; index < kinds.length; index += 1) {
      const start = index === 0 ? 0 : (ends[index - 1] ?? 0);
      await writeOutcome(kinds[index] ?? OUTCOME_SKIPPED, buffer.subarray(start, ends[index] ?? start), batch.keys[index] ?? '');
    }
    progress.update(counts, bytesRead);
  };
  let batchItems: RawItem[] = [];
  let batchKeys: string[] = [];
  let batchBytes = 0;
  const submit = async (): Promise<void> => {
    if (batchItems.length === 0) return;
    inFlight.push({ keys: batchKeys, outcomes: executor.run(batchItems) });
    batchItems = [];
    batchKeys = [];
    batchBytes = 0;
    while (inFlight.length >= maxInFlight) await drainOne();
  };

  let interrupted = false;
  let failed = false;
  let report: RunReport | null = null;
  try {
    let readStartedAt = performance.now();
    for await (const item of readRawItems(options.sources, { maxArticleBytes: options.maxArticleBytes, stdin: options.stdin, onBytes: (bytes) => { bytesRead += bytes; } })) {
      mainTimings.read = (mainTimings.read ?? 0) + performance.now() - readStartedAt;
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      itemsInInput += 1;
      const key = itemKey(item);
      // Before the last line of both resumed files, every item is already written: skip it unprocessed.
      if (recordsBehind && errorsBehind) {
        if (key === resumedRecords.lastKey) recordsBehind = false;
        if (key === resumedErrors.lastKey) errorsBehind = false;
        readStartedAt = performance.now();
        continue;
      }
      // Items whose id is known before parsing are sharded here; JSONL lines are sharded by the workers.
      const knownId = itemId(item);
      if (options.shard && knownId !== null && !inShard(knownId, options.shard)) {
        readStartedAt = performance.now();
        continue;
      }
      batchItems.push(item);
      batchKeys.push(key);
      batchBytes += item.kind === 'failed' ? 0 : item.bytes.length;
      if (batchItems.length >= BATCH_ITEMS || batchBytes >= BATCH_BYTES) await submit();
      readStartedAt = performance.now();
    }
    await submit();
    while (inFlight.length > 0) await drainOne();
    // Every input read and the last line an earlier run wrote never came by: that output is not from these inputs.
    if (!interrupted && (recordsBehind || errorsBehind)) {
      failed = true;
      const file = recordsBehind ? EXTRACTIONS_FILE : ERRORS_FILE;
      throw new ResumeRefusedError(`--resume: the last line of ${path.join(options.outDir, file)} names an input item these inputs do not hold; the folder holds another run's output`);
    }
  } finally {
    progress.finish();
    const timings = { ...(await executor.timings().catch(() => ({}))) } as StageTimings;
    await executor.close();
    for (const [stage, ms] of Object.entries(mainTimings)) timings[stage] = (timings[stage] ?? 0) + ms;
    const summary: RunSummary = {
      tool: { name: 'vnextract', version: VERSION },
      startedAt: startedAt.toISOString(),
      inputs: [...options.inputs],
      counts: { ...counts },
    };
    await jsonl.close(summary);
    for (const sink of others) await sink.close(summary);
    report = {
      ...summary,
      finishedAt: new Date().toISOString(),
      seconds: Math.round((performance.now() - started) / 10) / 100,
      status: failed ? 'failed' : interrupted ? 'interrupted' : 'complete',
      workers: options.workers,
      shard: options.shard,
      itemsInInput,
      sourceFiles: options.sources.map((source) => source.file),
      resumed: options.resume ? { extracted: resumedRecords.lines, failed: resumedErrors.lines } : null,
      bytesRead,
      peakRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
      cpuSeconds: processCpuSeconds(),
      stageMilliseconds: timings,
      files: [...jsonl.files, ...others.flatMap((sink) => sink.files), REPORT_FILE, RUN_SETTINGS_FILE],
    };
    await writeReport(options.outDir, report);
  }
  return { report };
}
