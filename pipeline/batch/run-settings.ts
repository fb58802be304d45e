// What a run was asked to do, written to DIR/run.json before its first output line, so `--resume` can refuse to
// continue a run over other inputs or with other settings (it would otherwise skip or double articles silently).
// The number of workers and the progress display may change between the runs: neither changes the output.
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { FieldNames } from '../../input/articles.js';
import type { InputSource } from '../../input/discover.js';
import type { Shard } from './shard.js';

export const RUN_SETTINGS_FILE = 'run.json';

export interface RunSettings {
  readonly tool: string;
  /** Every file read, in order, with its size: a dump that grew or shrank is not the same input. */
  readonly sources: readonly { readonly file: string; readonly size: number | null }[];
  readonly fields: FieldNames;
  readonly shard: Shard | null;
  readonly maxArticleBytes: number;
  readonly html: boolean;
  readonly floor: boolean;
  readonly formats: readonly string[];
}

/** The run cannot be resumed as asked; the message says why. The CLI exits 2 with it. */
export class ResumeRefusedError extends Error {
  override readonly name = 'ResumeRefusedError';
}

export function runSettingsOf(options: {
  readonly sources: readonly InputSource[];
  readonly fields: FieldNames;
  readonly shard: Shard | null;
  readonly maxArticleBytes: number;
  readonly html?: boolean;
  readonly floor?: boolean;
  readonly formats: readonly string[];
}): RunSettings {
  return {
    tool: 'vnextract',
    sources: options.sources.map((source) => ({ file: source.file, size: source.size })),
    fields: options.fields,
    shard: options.shard,
    maxArticleBytes: options.maxArticleBytes,
    html: options.html ?? false,
    floor: options.floor ?? false,
    formats: [...options.formats].filter((format) => format !== 'jsonl').sort(),
  };
}

/** Written through a temporary file and a rename, so a crash never leaves half a run.json. */
export async function writeRunSettings(outDir: string, settings: RunSettings): Promise<void> {
  const file = path.join(outDir, RUN_SETTINGS_FILE);
  await writeFile(`${file}.tmp`, `${JSON.stringify(settings, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}

/**
 * The shape checked when reading run.json back; the values are compared as JSON, so they need no closer check. Made
 * when a run is resumed: zod is loaded then, not by every run's main thread before it starts the workers.
 */
function savedSettingsSchema(zod: typeof z) {
  return zod.object({
    tool: zod.literal('vnextract'),
    sources: zod.array(zod.object({ file: zod.string(), size: zod.number().nullable() })),
    fields: zod.record(zod.string(), zod.array(zod.string())),
    shard: zod.object({ index: zod.number(), count: zod.number() }).nullable(),
    maxArticleBytes: zod.number(),
    html: zod.boolean(),
    floor: zod.boolean(),
    formats: zod.array(zod.string()),
  });
}

type SavedRunSettings = z.infer<ReturnType<typeof savedSettingsSchema>>;

function describe(value: unknown): string {
  return JSON.stringify(value) ?? 'nothing';
}

/** What differs between the earlier run's settings and this run's, one phrase each. */
export function settingsDifferences(earlier: SavedRunSettings, now: RunSettings): string[] {
  const differences: string[] = [];
  const earlierFiles = earlier.sources.map((source) => source.file);
  const nowFiles = now.sources.map((source) => source.file);
  if (describe(earlierFiles) !== describe(nowFiles)) {
    differences.push(`the inputs were ${describe(earlierFiles)}, now ${describe(nowFiles)}`);
  } else {
    earlier.sources.forEach((source, index) => {
      const size = now.sources[index]?.size ?? null;
      if (source.size !== size) differences.push(`${source.file} was ${source.size ?? '?'} bytes, now ${size ?? '?'}`);
    });
  }
  const compared = ['fields', 'shard', 'maxArticleBytes', 'html', 'floor', 'formats'] as const;
  for (const key of compared) {
    if (describe(earlier[key]) !== describe(now[key])) differences.push(`${key} was ${describe(earlier[key])}, now ${describe(now[key])}`);
  }
  return differences;
}

/**
 * Checks that DIR's earlier run was this run. `hasOutput` says whether DIR already holds output lines: an empty or
 * missing output resumes as a fresh run, but output without a run.json cannot be checked and is refused.
 */
export async function checkResumable(outDir: string, now: RunSettings, hasOutput: boolean): Promise<void> {
  let text: string;
  try {
    text = await readFile(path.join(outDir, RUN_SETTINGS_FILE), 'utf8');
  } catch {
    if (!hasOutput) return;
    throw new ResumeRefusedError(`${outDir} holds output but no ${RUN_SETTINGS_FILE}: cannot check it came from the same inputs and settings; start a fresh run in an empty folder`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ResumeRefusedError(`${path.join(outDir, RUN_SETTINGS_FILE)} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const earlier = savedSettingsSchema((await import('zod')).z).safeParse(parsed);
  if (!earlier.success) throw new ResumeRefusedError(`${path.join(outDir, RUN_SETTINGS_FILE)} is not a run's settings`);
  const differences = settingsDifferences(earlier.data, now);
  if (differences.length > 0) {
    throw new ResumeRefusedError(`cannot resume the run in ${outDir}: ${differences.join('; ')}`);
  }
}
