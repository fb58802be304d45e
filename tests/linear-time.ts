// How the suites check that a reader runs in linear time on hostile text: the time it takes on about a megabyte
// against the time it takes on a quarter of that, both measured in the same test, one after the other. Linear work
// takes about four times as long on four times the text; quadratic work sixteen times. A ratio read on the same
// machine at the same moment does not fail because a CI machine is loaded, where a fixed wall-clock bar did (a
// 1-second bar failed at 1.6 s under a load of 14, for a reader that is linear). A ceiling far above any linear run
// still catches a reader that is slow on both sizes.
import { expect } from 'vitest';
import { normalizeText } from '../input/normalize.js';
import { annotateArticle, type StageTimings } from '../pipeline/run-article.js';

/** The text sizes compared: a megabyte (the house's hostile-text size) and a quarter of it. */
export const LARGE_SIZE = 1_000_000;
export const SMALL_SIZE = 250_000;

/**
 * The largest ratio of large to small time accepted: linear is about 4, quadratic about 16. LINEAR_SLACK_MS covers
 * what does not scale with the text, chiefly a major garbage collection landing in the large run (a 7 ms quarter
 * was seen beside a 157 ms megabyte): work that is really quadratic on a megabyte takes seconds, far above it.
 */
const LINEAR_RATIO = 10;
const LINEAR_SLACK_MS = 500;
/** No reader may take this long on a megabyte, however loaded the machine: a sign of work far above linear. */
const CEILING_MS = 20_000;

/**
 * CPU milliseconds the process spent in one call (user and system, garbage-collector threads included): unlike wall
 * time, it does not grow while the call waits for a core another process holds.
 */
export function millisecondsOf(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Per name, the smaller of two measurements: a busy machine only ever makes a run slower. */
function fastest(first: Readonly<Record<string, number>>, second: Readonly<Record<string, number>>): Record<string, number> {
  const best: Record<string, number> = {};
  for (const name of Object.keys(first)) best[name] = Math.min(first[name] ?? Number.POSITIVE_INFINITY, second[name] ?? Number.POSITIVE_INFINITY);
  return best;
}

/**
 * Asserts that each of `names` in `measure(size)` (milliseconds of one part of the work, such as a stage, on a text
 * of about `size` characters) grows linearly. The small size is measured twice (best of), the large once, and up to
 * twice again only if a run missed a bar, so a passing test costs about one and a half megabytes of work.
 */
export function expectLinearTimes(measure: (size: number) => Readonly<Record<string, number>>, names: readonly string[]): void {
  const small = fastest(measure(SMALL_SIZE), measure(SMALL_SIZE));
  const barOf = (name: string): number => LINEAR_RATIO * (small[name] ?? 0) * (LARGE_SIZE / SMALL_SIZE / 4) + LINEAR_SLACK_MS;
  let large = measure(LARGE_SIZE);
  for (let retry = 0; retry < 2 && names.some((name) => (large[name] ?? 0) >= barOf(name)); retry += 1) {
    large = fastest(large, measure(LARGE_SIZE));
  }
  for (const name of names) {
    const took = large[name] ?? Number.POSITIVE_INFINITY;
    const message = `${name}: ${took.toFixed(0)} ms on ${LARGE_SIZE} characters, ${(small[name] ?? 0).toFixed(0)} ms on ${SMALL_SIZE}`;
    expect(took, message).toBeLessThan(barOf(name));
    expect(took, message).toBeLessThan(CEILING_MS);
  }
}

/** expectLinearTimes for one measurement: `measure(size)` is the milliseconds of the work on about `size` characters. */
export function expectLinearTime(measure: (size: number) => number, label = 'time'): void {
  expectLinearTimes((size) => ({ [label]: measure(size) }), [label]);
}

/** `unit` repeated to `size` characters (cut at `size`). */
export function repeatedTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Milliseconds `stage` took when the whole pipeline annotated `text` (normalized) as an article. */
export function pipelineStageTime(stage: string, text: string): number {
  const timings: StageTimings = {};
  const article = { id: 'hostile', source: { file: null, line: null, url: null }, text: normalizeText(text), hints: {}, markup: {} };
  annotateArticle(article, undefined, timings);
  return timings[stage] ?? Number.POSITIVE_INFINITY;
}
