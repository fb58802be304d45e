// One suite for a folder of articles with gold files (tests/fixtures/devset, devset2, holdout): every gold file
// annotates every field and resolves against its article, every article yields a record the schema accepts, the
// project's scorer prints its per-field table, and each field stays above its F1 floor when the set has floors.
// What kinds of article a set holds is the set's own promise, checked by its `kinds` callback.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type EvalReport } from '../output/eval/evaluate.js';
import { EVAL_FIELDS, type EvalField } from '../output/eval/gold-file.js';
import { loadGoldFolder, type GoldEntry } from '../output/eval/load-gold.js';
import { resolveGold } from '../output/eval/resolve-gold.js';
import { formatEvalReport } from '../output/eval/table.js';
import { extractionRecordSchema, type ExtractionRecord } from '../output/schema.js';
import { normalizeText } from '../input/normalize.js';
import { extractText } from '../pipeline/run-article.js';

const GOLD_FIELDS = ['meta', 'qa', 'captions', 'closing', 'dates', 'figures', 'organizations', 'people', 'roles', 'acronyms', 'notFigures'];
const META_FIELDS = ['attribution', 'author', 'publishedAt', 'title', 'views'];

export interface GoldSet {
  /** The suite's title. */
  readonly title: string;
  readonly folder: string;
  /** The kinds of article the set promises (interviews, reports, collapsed dumps), checked on its entries. */
  readonly kinds: { readonly description: string; check(entries: readonly GoldEntry[]): void };
  /** F1 under which a field counts as a regression; null for a set kept for measuring only (the holdout). */
  readonly floors: Readonly<Record<EvalField, number>> | null;
}

/** The gold entries that are interviews (with question/answer pairs) and those that are plain reports. */
export function byKind(entries: readonly GoldEntry[]): { interviews: GoldEntry[]; reports: GoldEntry[] } {
  return {
    interviews: entries.filter((entry) => (entry.gold.qa ?? []).length > 0),
    reports: entries.filter((entry) => (entry.gold.qa ?? []).length === 0),
  };
}

/** An interview collapsed into a dump: a line of its text holds two questions or more, each with text after it. */
export function isCollapsedDump(entry: GoldEntry): boolean {
  return (entry.text ?? '').split('\n').some((line) => (line.match(/\? \S/gu) ?? []).length >= 2);
}

/** A blind set's usual promise: exactly so many interviews, reports and interviews collapsed into a dump. */
export function expectKinds(
  entries: readonly GoldEntry[],
  counts: { readonly interviews: number; readonly reports: number; readonly collapsedInterviews: number },
): { interviews: GoldEntry[]; reports: GoldEntry[] } {
  const kinds = byKind(entries);
  expect(kinds.interviews.length).toBe(counts.interviews);
  expect(kinds.reports.length).toBe(counts.reports);
  expect(kinds.interviews.filter(isCollapsedDump)).toHaveLength(counts.collapsedInterviews);
  return kinds;
}

export function describeGoldSet(set: GoldSet): void {
  describe(set.title, () => {
    let entries: GoldEntry[] = [];
    const records = new Map<string, ExtractionRecord>();
    const failures = new Map<string, string>();
    let report: EvalReport | null = null;

    beforeAll(async () => {
      entries = await loadGoldFolder(set.folder);
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

    it(`holds ten articles with their texts: ${set.kinds.description}`, () => {
      expect(entries).toHaveLength(10);
      for (const entry of entries) expect(entry.text, entry.textPath).not.toBeNull();
      set.kinds.check(entries);
    });

    it('annotates every field of every article, meta in full and the title as its first line (or what opens it, in a dump collapsed into one line; or the line under a byline set above it)', () => {
      for (const entry of entries) {
        for (const field of GOLD_FIELDS) expect(entry.gold, `${entry.name}: ${field}`).toHaveProperty(field);
        expect(entry.gold.id).toBe(entry.name);
        expect(Object.keys(entry.gold.meta ?? {}).sort()).toEqual(META_FIELDS);
        const [firstLine = '', secondLine = ''] = entry.text?.split('\n') ?? [];
        // The article's text is read normalized (NFC, tone marks placed as today): the gold title is compared the same way.
        const title = normalizeText(entry.gold.meta?.title ?? '');
        // A byline some pages set above the title (`Tác giả | 05/12/2025 - 16:20 | Lượt xem: 2.315`) holds a date.
        const bylineFirst = /\d{1,2}\/\d{1,2}\/\d{4}/.test(firstLine) && secondLine === title;
        expect(firstLine === title || bylineFirst || (title !== '' && firstLine.startsWith(`${title} `)), `${entry.name}: title`).toBe(true);
      }
    });

    it('resolves every snippet of every gold file to one stretch of its article', () => {
      for (const entry of entries) {
        expect(() => resolveGold(entry.gold, entry.text ?? '', entry.name, entry.goldPath), entry.name).not.toThrow();
      }
    });

    it(`extracts a record the schema accepts from every article, and scores it${set.floors ? ', every field above its floor' : ''}`, () => {
      expect(Object.fromEntries(failures)).toEqual({});
      for (const entry of entries) {
        const record = records.get(entry.name);
        expect(record, entry.name).toBeDefined();
        expect(extractionRecordSchema.safeParse(record).success, entry.name).toBe(true);
      }
      expect(report).not.toBeNull();
      if (report === null) return;
      expect(report.articles.every((article) => article.recordId !== null)).toBe(true);
      for (const field of EVAL_FIELDS) {
        const total = report.fields[field];
        expect(total, field).toBeDefined();
        if (set.floors) expect(total?.scores.f1 ?? 0, field).toBeGreaterThanOrEqual(set.floors[field]);
      }
    });
  });
}
