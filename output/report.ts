// `report.json`: what a run read, extracted and failed, the time spent per stage and the files it wrote.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunSummary } from './writers/sink.js';

export const REPORT_FILE = 'report.json';

export interface RunReport extends RunSummary {
  readonly finishedAt: string;
  readonly seconds: number;
  /** `complete`; `interrupted` when Ctrl-C stopped the run (resume it with --resume); `failed` when a fatal error did. */
  readonly status: 'complete' | 'interrupted' | 'failed';
  readonly workers: number;
  readonly shard: { readonly index: number; readonly count: number } | null;
  /** Input items seen in all shards (equal to `counts.read` without --shard); merge checks the shards add up to it. */
  readonly itemsInInput: number;
  /** The files read, in input order (`merge` orders shard outputs by them). */
  readonly sourceFiles: readonly string[];
  /** Records and errors a resumed run found already written. */
  readonly resumed: { readonly extracted: number; readonly failed: number } | null;
  readonly bytesRead: number;
  /** Peak resident memory of the process (workers included), in MB. */
  readonly peakRssMegabytes: number;
  /**
   * CPU time of the process, user and system, in seconds: every thread's (the workers', V8's compiler and collector
   * threads', the main thread's), so what a run costs in CPU beside what it took in time. Merged shards add theirs.
   */
  readonly cpuSeconds: number;
  /** Milliseconds per stage, added up over articles (and over workers: CPU time, not wall time). */
  readonly stageMilliseconds: Readonly<Record<string, number>>;
  readonly files: readonly string[];
}

/** The process's CPU time so far, user and system, all threads, in seconds (two decimals). */
export function processCpuSeconds(): number {
  const usage = process.resourceUsage();
  return Math.round((usage.userCPUTime + usage.systemCPUTime) / 1e4) / 100;
}

export async function writeReport(outDir: string, report: RunReport): Promise<void> {
  const rounded = Object.fromEntries(
    Object.entries(report.stageMilliseconds).map(([stage, ms]) => [stage, Math.round(ms * 10) / 10]),
  );
  await writeFile(path.join(outDir, REPORT_FILE), `${JSON.stringify({ ...report, stageMilliseconds: rounded }, null, 2)}\n`);
}
