// `npm run bench` (batch part): a synthetic dump (default 100,000 articles of 1 to 20 KB, about 1 GB; tests/bench/
// batch-dump.ts), extracted with 1 and 2 workers, beside the floor (read, normalize and write the same articles,
// no extraction). Prints articles/s, MB/s, peak RSS and the time per stage; checks 1 and 2 workers agree. Then a
// dump of seed-size articles only (the seed's 7.5 KB ± 0.5, default 20,000), with 1 and 2 workers, in rounds, for the
// target per worker, beside its two halves run at once by two processes (what the machine gives two cores).
//   node dist/tests/bench/batch.js [--articles N] [--seed-size-articles N] [--seed-rounds N] [--dir FOLDER] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticLines } from './batch-dump.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// dist/tests/bench/batch.js or tests/bench/batch.ts: the project root holds bin/.
const ROOT = [path.resolve(here, '..', '..', '..'), path.resolve(here, '..', '..')].find((candidate) => existsSync(path.join(candidate, 'bin', 'vnextract.js'))) ?? process.cwd();
const CLI = path.join(ROOT, 'bin', 'vnextract.js');

/** The seed interview's size in bytes (../shared/corpus/seed: 7,456 bytes, 5,615 characters), the unit of the speed target. */
const SEED_BYTES = 7_456;
/** Bumped whenever batch-dump.ts writes different dumps (2: article sizes centered on their target). */
const DUMP_GENERATOR_VERSION = 2;
/** Seed-size articles run a second time alone, to tell the steady rate from start-up and warm-up. */
const SEED_HEAD_ARTICLES = 2_000;

interface Report {
  counts: { read: number; extracted: number; failed: number };
  peakRssMegabytes: number;
  cpuSeconds: number;
  stageMilliseconds: Record<string, number>;
}

async function writeDump(file: string, articles: number, minBytes?: number, maxBytes?: number): Promise<void> {
  const out = createWriteStream(file);
  for (const line of syntheticLines(articles, 2024, minBytes, maxBytes)) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Lines `from` to `to` (0-based, `to` left out) of a dump, as a dump of their own. */
async function writeLines(dump: string, file: string, from: number, to: number): Promise<void> {
  const out = createWriteStream(file);
  let index = 0;
  for await (const line of createInterface({ input: createReadStream(dump), crlfDelay: Infinity })) {
    if (index === to) break;
    if (index >= from && !out.write(`${line}\n`)) await once(out, 'drain');
    index += 1;
  }
  out.end();
  await once(out, 'finish');
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

interface Measured {
  readonly name: string;
  readonly seconds: number;
  readonly report: Report;
  readonly out: string;
}

function run(name: string, dump: string, out: string, workers: number, floor: boolean): Measured {
  rmSync(out, { recursive: true, force: true });
  const args = [CLI, 'extract', dump, '--out', out, '--workers', String(workers), '--quiet', ...(floor ? ['--floor'] : [])];
  const startedAt = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  const seconds = (performance.now() - startedAt) / 1000;
  if (result.status !== 0) throw new Error(`${name} failed (${result.status}): ${result.stderr}`);
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
  return { name, seconds, report, out };
}

/** Processes run at the same time: the wall seconds from the first start to the last exit, and their CPU seconds added. */
interface ConcurrentRuns {
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/** The CLI's extraction with 1 worker, once for each dump, all at the same time in processes of their own. */
async function runTogether(name: string, dumps: readonly string[], outs: readonly string[]): Promise<ConcurrentRuns> {
  const startedAt = performance.now();
  await Promise.all(dumps.map(async (dump, index) => {
    const out = outs[index] as string;
    rmSync(out, { recursive: true, force: true });
    const child = spawn(process.execPath, [CLI, 'extract', dump, '--out', out, '--workers', '1', '--quiet'], { stdio: ['ignore', 'inherit', 'inherit'] });
    const [code] = (await once(child, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`${name} failed (${code}) on ${dump}`);
  }));
  const seconds = (performance.now() - startedAt) / 1000;
  const cpuSeconds = outs.reduce((sum, out) => sum + (JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report).cpuSeconds, 0);
  for (const out of outs) rmSync(out, { recursive: true, force: true });
  return { seconds, cpuSeconds };
}

/** One round of the seed-size runs: five runs close together in time, and what they give. */
interface SeedRound {
  readonly oneWorker: number;
  readonly twoWorkers: number;
  readonly ratio: number;
  readonly steadyOne: number;
  readonly steadyTwo: number;
  readonly steadyRatio: number;
  readonly warmUpOne: number;
  readonly warmUpTwo: number;
  /** The worker's stage time per article (1 worker), read and write left out. */
  readonly workerMs: number;
  readonly rssOne: number;
  readonly rssTwo: number;
  /** CPU time per article of the whole process, all threads, in ms (1 worker, 2 workers, the two halves' processes). */
  readonly cpuOne: number;
  readonly cpuTwo: number;
  readonly cpuHalves: number;
  /** Cores the process kept busy on average: its CPU seconds, all threads, over its wall seconds (1 worker, 2 workers). */
  readonly coresOne: number;
  readonly coresTwo: number;
  /**
   * What the machine allows: the 1-worker run's seconds over those of two processes of 1 worker each, one on each half
   * of the dump, run at the same time (nothing shared between them but the machine).
   */
  readonly machineRatio: number;
}

function seedRound(
  articles: number,
  head: number,
  runs: { headOne: Measured; seedOne: Measured; headTwo: Measured; seedTwo: Measured; halves: ConcurrentRuns },
): SeedRound {
  const { headOne, seedOne, headTwo, seedTwo, halves } = runs;
  const steadyOne = (articles - head) / (seedOne.seconds - headOne.seconds);
  const steadyTwo = (articles - head) / (seedTwo.seconds - headTwo.seconds);
  const stageMs = Object.entries(seedOne.report.stageMilliseconds).filter(([stage]) => stage !== 'read' && stage !== 'write').reduce((sum, [, ms]) => sum + ms, 0);
  return {
    oneWorker: articles / seedOne.seconds,
    twoWorkers: articles / seedTwo.seconds,
    ratio: seedOne.seconds / seedTwo.seconds,
    steadyOne,
    steadyTwo,
    steadyRatio: steadyTwo / steadyOne,
    warmUpOne: seedOne.seconds - articles / steadyOne,
    warmUpTwo: seedTwo.seconds - articles / steadyTwo,
    workerMs: stageMs / articles,
    rssOne: seedOne.report.peakRssMegabytes,
    rssTwo: seedTwo.report.peakRssMegabytes,
    cpuOne: (seedOne.report.cpuSeconds * 1000) / articles,
    cpuTwo: (seedTwo.report.cpuSeconds * 1000) / articles,
    cpuHalves: (halves.cpuSeconds * 1000) / articles,
    coresOne: seedOne.report.cpuSeconds / seedOne.seconds,
    coresTwo: seedTwo.report.cpuSeconds / seedTwo.seconds,
    machineRatio: seedOne.seconds / halves.seconds,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Each figure's median over the rounds (so the median row's figures may come from different rounds). */
function medianRound(rounds: readonly SeedRound[]): SeedRound {
  const figures = Object.keys(rounds[0] as SeedRound) as (keyof SeedRound)[];
  // Every figure of a round is a number: the object made is a SeedRound.
  return Object.fromEntries(figures.map((figure) => [figure, median(rounds.map((round) => round[figure]))])) as unknown as SeedRound;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      articles: { type: 'string' },
      'seed-size-articles': { type: 'string' },
      'seed-rounds': { type: 'string' },
      dir: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  const seedRoundCount = Math.max(1, Number(values['seed-rounds'] ?? 3));
  const articles = Number(values.articles ?? process.env.BENCH_ARTICLES ?? 100_000);
  // Dumps are kept for the next run, under the generator's version: a dump from an older generator is not reused.
  const dir = values.dir ?? path.join(tmpdir(), `vnextract-bench-v${DUMP_GENERATOR_VERSION}`);
  await mkdir(dir, { recursive: true });
  const dump = path.join(dir, `dump-${articles}.jsonl`);
  if (!existsSync(dump)) {
    process.stderr.write(`bench: writing ${articles} synthetic articles to ${dump}\n`);
    await writeDump(dump, articles);
  }
  const megabytes = statSync(dump).size / 1e6;
  process.stderr.write(`bench: ${articles} articles, ${megabytes.toFixed(0)} MB (${((megabytes * 1000) / articles).toFixed(1)} KB each on average)\n`);

  const runs = [
    run('floor, 1 worker', dump, path.join(dir, 'floor-1'), 1, true),
    run('floor, 2 workers', dump, path.join(dir, 'floor-2'), 2, true),
    run('extract, 1 worker', dump, path.join(dir, 'extract-1'), 1, false),
    run('extract, 2 workers', dump, path.join(dir, 'extract-2'), 2, false),
  ];
  const lines = ['', `Batch bench: ${articles} articles, ${megabytes.toFixed(0)} MB`, ''];
  lines.push('| run | seconds | articles/s | MB/s | CPU s, all threads | peak RSS MB |', '|---|---:|---:|---:|---:|---:|');
  for (const measured of runs) {
    lines.push(`| ${measured.name} | ${measured.seconds.toFixed(1)} | ${(articles / measured.seconds).toFixed(0)} | ${(megabytes / measured.seconds).toFixed(1)} | ${measured.report.cpuSeconds.toFixed(1)} | ${measured.report.peakRssMegabytes} |`);
  }
  const [floorOne, , extractOne, extractTwo] = runs as [Measured, Measured, Measured, Measured];
  lines.push('');
  lines.push(`2 workers / 1 worker: ${(extractOne.seconds / extractTwo.seconds).toFixed(2)}x; extraction is ${(extractOne.seconds / floorOne.seconds).toFixed(1)}x the floor (1 worker)`);
  const same = (await sha256(path.join(extractOne.out, 'extractions.jsonl'))) === (await sha256(path.join(extractTwo.out, 'extractions.jsonl')));
  lines.push(`extractions.jsonl with 1 and 2 workers byte-identical: ${same ? 'yes' : 'NO'}`);
  lines.push('', 'Time per stage (1 worker, ms per article):');
  const stages = extractOne.report.stageMilliseconds;
  const total = Object.values(stages).reduce((sum, ms) => sum + ms, 0);
  for (const [stage, ms] of Object.entries(stages).sort((a, b) => b[1] - a[1])) {
    lines.push(`  ${stage.padEnd(16)} ${(ms / articles).toFixed(3).padStart(8)}  ${((ms / total) * 100).toFixed(1).padStart(5)}%`);
  }

  // The target is set in seed-size articles (the seed interview is 7.5 KB): a dump of articles that size
  // only, so the figure per worker reads against it directly.
  const seedSized = Number(values['seed-size-articles'] ?? Math.min(articles, 20_000));
  const seedDump = path.join(dir, `seed-size-${seedSized}.jsonl`);
  if (!existsSync(seedDump)) await writeDump(seedDump, seedSized, SEED_BYTES - 500, SEED_BYTES + 500);
  // The same with the first articles only: the difference between the two runs is what the rest cost once the
  // process has started and its workers have warmed up (V8 compiles the hot code during the first ~1,000 articles),
  // which is the rate a dump of millions of articles runs at.
  const seedHead = Math.min(SEED_HEAD_ARTICLES, Math.floor(seedSized / 4));
  const seedHeadDump = path.join(dir, `seed-size-${seedSized}-head-${seedHead}.jsonl`);
  if (!existsSync(seedHeadDump)) await writeLines(seedDump, seedHeadDump, 0, seedHead);
  // And its two halves, run at the same time by two processes of 1 worker each: how far two cores go past one on
  // this machine when nothing at all is shared, the ceiling 2 workers are measured against.
  const half = Math.ceil(seedSized / 2);
  const halfDumps = [path.join(dir, `seed-size-${seedSized}-half-1.jsonl`), path.join(dir, `seed-size-${seedSized}-half-2.jsonl`)];
  if (!existsSync(halfDumps[0] as string)) await writeLines(seedDump, halfDumps[0] as string, 0, half);
  if (!existsSync(halfDumps[1] as string)) await writeLines(seedDump, halfDumps[1] as string, half, seedSized);
  // Each whole run right after its head run: this host's speed drifts from minute to minute, and the difference of
  // two runs far apart in time would measure the drift. For the same reason the five runs are made in rounds
  // (`--seed-rounds`, default 3), each round's figures from runs minutes apart at most, and the median round quoted.
  const rounds: SeedRound[] = [];
  const seedRuns: Measured[] = [];
  for (let round = 1; round <= seedRoundCount; round += 1) {
    const headOne = run(`seed-size head, 1 worker, round ${round}`, seedHeadDump, path.join(dir, 'seed-head-1'), 1, false);
    const seedOne = run(`seed-size, 1 worker, round ${round}`, seedDump, path.join(dir, 'seed-1'), 1, false);
    const headTwo = run(`seed-size head, 2 workers, round ${round}`, seedHeadDump, path.join(dir, 'seed-head-2'), 2, false);
    const seedTwo = run(`seed-size, 2 workers, round ${round}`, seedDump, path.join(dir, 'seed-2'), 2, false);
    const halves = await runTogether(`seed-size halves, round ${round}`, halfDumps, [path.join(dir, 'seed-half-1'), path.join(dir, 'seed-half-2')]);
    seedRuns.push(headOne, seedOne, headTwo, seedTwo);
    rounds.push(seedRound(seedSized, seedHead, { headOne, seedOne, headTwo, seedTwo, halves }));
  }
  lines.push('', `Seed-size articles (${((SEED_BYTES - 500) / 1000).toFixed(1)}-${((SEED_BYTES + 500) / 1000).toFixed(1)} KB, ${seedSized} of them; target 1,000/s per worker, 2 workers 1.7x one).`);
  lines.push(`End to end, and after the first ${seedHead} (start-up and warm-up left out: the ${seedSized} run's seconds less the ${seedHead} run's):`, '');
  lines.push('| round | 1 worker /s | 2 workers /s | 2w / 1w | 2 processes / 1w | after warm-up, 1 worker /s | 2 workers /s | 2w / 1w | start-up + warm-up s (1w, 2w) | worker ms/article (1w) | CPU ms/article, all threads (1w, 2w, 2 processes) | cores busy (1w, 2w) | peak RSS MB (1w, 2w) |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const row = (label: string, figures: SeedRound): string =>
    `| ${label} | ${figures.oneWorker.toFixed(0)} | ${figures.twoWorkers.toFixed(0)} | ${figures.ratio.toFixed(2)} | ${figures.machineRatio.toFixed(2)} | ${figures.steadyOne.toFixed(0)} | ${figures.steadyTwo.toFixed(0)} | ${figures.steadyRatio.toFixed(2)} | ${figures.warmUpOne.toFixed(1)}, ${figures.warmUpTwo.toFixed(1)} | ${figures.workerMs.toFixed(3)} | ${figures.cpuOne.toFixed(3)}, ${figures.cpuTwo.toFixed(3)}, ${figures.cpuHalves.toFixed(3)} | ${figures.coresOne.toFixed(2)}, ${figures.coresTwo.toFixed(2)} | ${figures.rssOne}, ${figures.rssTwo} |`;
  rounds.forEach((figures, index) => lines.push(row(String(index + 1), figures)));
  if (rounds.length > 1) lines.push(row('median', medianRound(rounds)));
  lines.push('', '2 processes / 1w: the dump\'s two halves run at the same time by two processes of 1 worker each, nothing shared but the',
    'machine, against the 1-worker run: the most two cores give over one here, for this work, in that minute.',
    'Cores busy is the process\'s CPU time (all threads) over its wall time. With 2 workers near 2.00 the run is bound by CPU,',
    'and 2w / 1w is then what the CPU per article allows: 2 x (1 worker\'s seconds) / (2 workers\' CPU seconds). The 1-worker run',
    'has the second core for the main thread, the collector and the compiler threads; 2 workers share both cores with them.');
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!values.keep) for (const measured of [...runs, ...seedRuns]) rmSync(measured.out, { recursive: true, force: true });
  if (!same) process.exitCode = 1;
}

await main();
