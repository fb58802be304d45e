// The score bars the issues set for gold-annotated articles, checked with the project's own scorer (output/eval)
// on records made the way `vnextract extract` makes them from a text file (no hints from the gold).
import { expect, it } from 'vitest';
import { basename } from 'node:path';
import { evaluate } from '../output/eval/evaluate.js';
import { loadGoldFolder } from '../output/eval/load-gold.js';
import type { EvalField } from '../output/eval/gold-file.js';
import { extractText } from '../pipeline/run-article.js';

/** Issue 2 (meta, qa, paragraphs), issue 3 (dates, figures), issue 4 (organizations, people, roles, acronyms). */
export const ISSUE_BARS: Readonly<Partial<Record<EvalField, number>>> = {
  meta: 1,
  qa: 1,
  paragraphs: 1,
  dates: 0.95,
  figures: 0.95,
  organizations: 0.9,
  people: 1,
  roles: 0.85,
  acronyms: 0.9,
};

export function itMeetsBars(folder: string, bars: Readonly<Partial<Record<EvalField, number>>> = ISSUE_BARS): void {
  it(`${basename(folder)}: ${Object.entries(bars).map(([field, bar]) => `${field} ≥ ${bar}`).join(', ')}`, async () => {
    const entries = await loadGoldFolder(folder);
    expect(entries.length).toBeGreaterThan(0);
    const records = entries.map((entry) => extractText(entry.text ?? '', { id: basename(entry.textPath), file: entry.textPath }));
    const report = evaluate(entries, records);
    for (const [field, bar] of Object.entries(bars) as [EvalField, number][]) {
      const total = report.fields[field];
      if (total === undefined) continue; // no gold article scores this field
      expect(total.scores.f1, `${field}: ${JSON.stringify(total.counts)}`).toBeGreaterThanOrEqual(bar);
    }
  });
}
