// Helpers for the batch tests: run the built CLI (dist/, made by `npm run build`, which `npm test` runs first).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = path.join(ROOT, 'bin', 'vnextract.js');

export function ensureBuilt(): void {
  if (!existsSync(path.join(ROOT, 'dist', 'pipeline', 'batch', 'worker.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it) before these tests');
  }
}

export function scratchDir(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `vnextract-${name}-`));
}

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; input?: Buffer } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function startCli(args: readonly string[], cwd = ROOT): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function jsonLines<T = Record<string, unknown>>(file: string): T[] {
  const text = readFileSync(file, 'utf8');
  return text.split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as T);
}

export interface ErrorLine {
  readonly id: string | null;
  readonly source: { readonly file: string | null; readonly line: number | null };
  readonly reason: string;
}
