// The worker's code loaded with a V8 code cache. Every worker of every run used to parse its ~1 MB bundle and then,
// over its first articles, compile each function the first time it ran (V8 compiles lazily): ~150 ms of the worker's
// own time before it runs at speed. `npm run build` bundles the worker as one CommonJS file and then runs it once
// over the samples shipped in the repo, writing the bytecode V8 made of it (`script.createCachedData()`, which holds
// every function compiled so far) beside the bundle. A worker compiles the bundle with that cache and starts with
// those functions already compiled.
//
// V8 checks a cache before it takes it: made from another source text, by another V8 or under other V8 flags, it is
// refused, and the bundle is compiled as if there were none (the same code, only slower to start). The cache holds
// bytecode only, nothing of the articles it was made with.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** The bundled worker (package.json's build script writes it with rolldown). */
export const WORKER_BUNDLE = 'worker.bundle.cjs';
/** The code cache's file for the bundle at `file`. */
function cacheFileOf(file: string): string {
  return `${file}.v8cache`;
}

/** The code cache beside the bundle (make-worker-code-cache.ts writes it). */
export const WORKER_CODE_CACHE = cacheFileOf(WORKER_BUNDLE);

/** What the wrapped bundle evaluates to: a CommonJS module's function. */
type ModuleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/** The bundle as a CommonJS module's function: the same text at build and at run time, or V8 refuses the cache. */
function wrapped(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

export interface LoadedBundle {
  readonly script: vm.Script;
  /** The bundle's exports. */
  readonly exports: Record<string, unknown>;
  /** Whether V8 refused the cache; null when none was given. */
  readonly cacheRejected: boolean | null;
}

/** Compiles and runs the bundle at `file`, with its code cache when `withCache` and one is there. */
export function loadWorkerBundle(file: string, withCache = true): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheFileOf(file);
  const cachedData = withCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(wrapped(source), { filename: file, cachedData });
  const module = { exports: {} };
  const run = script.runInThisContext() as ModuleFunction;
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return { script, exports: module.exports as Record<string, unknown>, cacheRejected: cachedData ? script.cachedDataRejected === true : null };
}

/** Writes the bundle's code cache after `exercise` has run its code; returns the cache's size in bytes. */
export function writeWorkerCodeCache(file: string, exercise: (bundleExports: Record<string, unknown>) => void): number {
  const loaded = loadWorkerBundle(file, false);
  exercise(loaded.exports);
  const cache = loaded.script.createCachedData();
  writeFileSync(cacheFileOf(file), cache);
  return cache.length;
}
