// Figures on the gold-annotated articles (../shared/corpus/seed and samples/ when present): value-F1 must stay at or
// above 0.95. Scored by the project's own scorer (output/eval), so the threshold means what `vnextract eval` prints.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../output/eval/evaluate.js';
import { loadGoldFolder } from '../output/eval/load-gold.js';
import { extractText } from '../pipeline/run-article.js';

const folders = ['../../shared/corpus/seed', '../samples']
  .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
  .filter((folder) => existsSync(folder));

describe('figures on gold articles', () => {
  it('finds gold folders to score', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  for (const folder of folders) {
    it(`value-F1 ≥ 0.95 on ${folder}`, async () => {
      const entries = (await loadGoldFolder(folder)).filter(
        (entry) => entry.text !== null && (entry.gold.score === undefined || entry.gold.score.includes('figures')),
      );
      const records = entries.map((entry) =>
        extractText(entry.text ?? '', { id: entry.name, file: entry.textPath, publishedAt: entry.gold.meta?.publishedAt ?? null }),
      );
      const report = evaluate(entries, records);
      const figures = report.fields.figures;
      if (entries.length === 0 || figures === undefined) return;
      expect(figures.scores.f1, JSON.stringify(figures.counts)).toBeGreaterThanOrEqual(0.95);
    });
  }
});
