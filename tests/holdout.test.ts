// The blind holdout set (tests/fixtures/holdout/): ten Vietnamese news articles written for the project by someone
// who had read neither the extractors' rules nor the development set, each with a complete gold file. It is kept
// for the final measurement, so it asserts no score floor: every gold file must resolve against its article and
// every article must yield a record the schema accepts; the per-field table is then printed for the record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type EvalReport } from '../output/eval/evaluate.js';
import { EVAL_FIELDS } from '../output/eval/gold-file.js';
import { loadGoldFolder, type GoldEntry } from '../output/eval/load-gold.js';
import { resolveGold } from '../output/eval/resolve-gold.js';
import { formatEvalReport } from '../output/eval/table.js';
import { extractionRecordSchema, type ExtractionRecord } from '../output/schema.js';
import { extractText } from '../pipeline/run-article.js';

const FOLDER = join(import.meta.dirname, 'fixtures', 'holdout');
const GOLD_FIELDS = ['meta', 'qa', 'captions', 'closing', 'dates', 'figures', 'organizations', 'people', 'roles', 'acronyms', 'notFigures'];
const META_FIELDS = ['attribution', 'author', 'publishedAt', 'title', 'views'];

describe('holdout: blind articles and their gold files', () => {
  let entries: GoldEntry[] = [];
  const records = new Map<string, ExtractionRecord>();
  const failures = new Map<string, string>();
  let report: EvalReport | null = null;

  beforeAll(async () => {
    entries = await loadGoldFolder(FOLDER);
    for (const entry of entries) {
      try {
        records.set(entry.name, extractText(readFileSync(entry.textPath, 'utf8'), { id: entry.name, file: entry.textPath }));
      } catch (error) {
        failures.set(entry.name, error instanceof Error ? error.message : String(error));
      }
    }
    report = evaluate(entries, [...records.values()]);
    process.stdout.write(`\n${formatEvalReport(report)}`);
  });

  it('holds ten articles with their texts: interviews, plain reports and collapsed dumps', () => {
    expect(entries).toHaveLength(10);
    for (const entry of entries) expect(entry.text, entry.textPath).not.toBeNull();
    const interviews = entries.filter((entry) => (entry.gold.qa ?? []).length > 0);
    const reports = entries.filter((entry) => (entry.gold.qa ?? []).length === 0);
    const collapsed = interviews.filter((entry) => (entry.text ?? '').split('\n').length <= 6);
    expect(interviews.length).toBeGreaterThanOrEqual(4);
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(collapsed).toHaveLength(2);
    expect(reports.some((entry) => (entry.text ?? '').includes('?'))).toBe(true);
  });

  it('annotates every field of every article, meta in full and the title as its first line', () => {
    for (const entry of entries) {
      for (const field of GOLD_FIELDS) expect(entry.gold, `${entry.name}: ${field}`).toHaveProperty(field);
      expect(entry.gold.id).toBe(entry.name);
      expect(Object.keys(entry.gold.meta ?? {}).sort()).toEqual(META_FIELDS);
      expect(entry.gold.meta?.title).toBe(entry.text?.split('\n')[0]);
    }
  });

  it('resolves every snippet of every gold file to one stretch of its article', () => {
    for (const entry of entries) {
      expect(() => resolveGold(entry.gold, entry.text ?? '', entry.name, entry.goldPath), entry.name).not.toThrow();
    }
  });

  it('extracts a record the schema accepts from every article, and scores it', () => {
    expect(Object.fromEntries(failures)).toEqual({});
    for (const entry of entries) {
      const record = records.get(entry.name);
      expect(record, entry.name).toBeDefined();
      expect(extractionRecordSchema.safeParse(record).success, entry.name).toBe(true);
    }
    expect(report).not.toBeNull();
    if (report === null) return;
    expect(report.articles.every((article) => article.recordId !== null)).toBe(true);
    for (const field of EVAL_FIELDS) expect(report.fields[field], field).toBeDefined();
  });
});
