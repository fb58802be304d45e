// Finds the gold files of a folder (`NAME.gold.json` beside `NAME.txt`, in any subfolder), checks each against
// the gold format and reads the article it annotates, normalized the way `extract` normalizes text.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decodeTextBytes } from '../../input/decode.js';
import { normalizeText } from '../../input/normalize.js';
import { goldFileSchema, type GoldFile } from './gold-file.js';
import { GoldError } from './resolve-gold.js';

const GOLD_SUFFIX = '.gold.json';

export interface GoldEntry {
  /** `NAME` of `NAME.gold.json`. */
  readonly name: string;
  readonly goldPath: string;
  readonly textPath: string;
  readonly gold: GoldFile;
  /** The article's normalized text, or null where `NAME.txt` is not there. */
  readonly text: string | null;
}

async function findGoldPaths(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) paths.push(...await findGoldPaths(path));
    else if (entry.name.endsWith(GOLD_SUFFIX)) paths.push(path);
  }
  return paths;
}

/** Parses and checks one gold file. Throws `GoldError` naming the file, the path in it and the problem. */
export function parseGoldFile(json: string, goldPath: string): GoldFile {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new GoldError(`${goldPath}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = goldFileSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new GoldError(`${goldPath}: not a gold file:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

/** Reads and normalizes an article, or null where the file does not exist. */
export async function readArticleText(textPath: string): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(textPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const decoded = decodeTextBytes(bytes);
  if (!decoded.ok) throw new GoldError(`${textPath}: ${decoded.reason}`);
  return normalizeText(decoded.text);
}

/** Every gold file under `folder`, sorted by path, with its article. */
export async function loadGoldFolder(folder: string): Promise<GoldEntry[]> {
  const paths = (await findGoldPaths(folder)).sort();
  const entries: GoldEntry[] = [];
  for (const goldPath of paths) {
    const gold = parseGoldFile(await readFile(goldPath, 'utf8'), goldPath);
    const name = basename(goldPath).slice(0, -GOLD_SUFFIX.length);
    const textPath = goldPath.slice(0, -GOLD_SUFFIX.length) + '.txt';
    entries.push({ name, goldPath, textPath, gold, text: await readArticleText(textPath) });
  }
  return entries;
}
