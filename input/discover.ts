// Turns the command line's inputs (files, folders, globs, `-`) into the ordered list of sources a run reads.
// Order is deterministic: inputs as given; inside a folder or glob, paths sorted by code unit.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export type SourceKind = 'text' | 'html' | 'jsonl' | 'jsonl-gz';

export interface InputSource {
  /** The path as given or joined from a folder given (`-` for standard input). Used as `source.file`. */
  readonly file: string;
  /** The path relative to the input root it came from: a text file's record id, the FILE of `FILE:LINE`. */
  readonly name: string;
  readonly kind: SourceKind;
  /** Bytes on disk (null for standard input), for the progress bar. */
  readonly size: number | null;
}

const GLOB_CHARS = /[*?[{]/u;

/** The kind of file a name says it is, or null for a name a folder walk skips. */
export function kindOfName(name: string): SourceKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.txt')) return 'text';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.jsonl.gz') || lower.endsWith('.ndjson.gz')) return 'jsonl-gz';
  return null;
}

/** Kind of a file named explicitly: `.gz` is a gzipped dump, an unknown extension is read as text. */
function kindOfGivenFile(name: string): SourceKind {
  return kindOfName(name) ?? (name.toLowerCase().endsWith('.gz') ? 'jsonl-gz' : 'text');
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** Compiles a glob (`*`, `**`, `?`, `[...]`, `{a,b}`) to a regex over posix paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index] ?? '';
    if (char === '*') {
      if (glob[index + 1] === '*') {
        index += 1;
        if (glob[index + 1] === '/') {
          index += 1;
          source += '(?:[^/]*/)*';
        } else source += '.*';
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = glob.indexOf(']', index + 1);
      if (close < 0) source += '\\[';
      else {
        const body = glob.slice(index + 1, close).replace(/\\/gu, '\\\\');
        source += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        index = close;
      }
    } else if (char === '{') {
      braces += 1;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces -= 1;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += char.replace(/[.+^$()|\\/]/gu, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

async function expandGlob(pattern: string): Promise<InputSource[]> {
  const posix = toPosix(pattern);
  const segments = posix.split('/');
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const base = segments.slice(0, firstGlob).join('/') || (posix.startsWith('/') ? '/' : '.');
  const matcher = globToRegExp(posix.startsWith('./') ? posix.slice(2) : posix);
  let files: string[];
  try {
    files = await walk(base);
  } catch {
    return [];
  }
  const sources: InputSource[] = [];
  for (const full of files) {
    const file = toPosix(full);
    const candidate = file.startsWith('./') ? file.slice(2) : file;
    if (!matcher.test(candidate)) continue;
    sources.push({ file, name: file, kind: kindOfGivenFile(file), size: (await stat(full)).size });
  }
  return sources;
}

export class InputNotFoundError extends Error {}

/** Expands the inputs in order. Throws InputNotFoundError for a path that does not exist or a glob with no match. */
export async function discoverInputs(inputs: readonly string[]): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ file: '-', name: '-', kind: 'jsonl', size: null });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      info = null;
    }
    if (info?.isDirectory()) {
      for (const full of await walk(input)) {
        const kind = kindOfName(full);
        if (kind === null) continue;
        sources.push({ file: toPosix(full), name: toPosix(path.relative(input, full)), kind, size: (await stat(full)).size });
      }
    } else if (info) {
      sources.push({ file: toPosix(input), name: toPosix(input), kind: kindOfGivenFile(input), size: info.size });
    } else if (GLOB_CHARS.test(input)) {
      const matched = await expandGlob(input);
      if (matched.length === 0) throw new InputNotFoundError(`no file matches ${input}`);
      sources.push(...matched);
    } else {
      throw new InputNotFoundError(`no such file or folder: ${input}`);
    }
  }
  return sources;
}
