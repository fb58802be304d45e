// The samples (samples/*.txt, written for the project) and their gold files: every gold file is complete, every
// snippet resolves, values are well formed, and the pipeline's records for the samples pass validate.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGoldFolder } from '../output/eval/load-gold.js';
import { resolveGold } from '../output/eval/resolve-gold.js';
import { timexValueSchema } from '../output/schema.js';
import { checkRecord } from '../output/validate.js';
import { extractText } from '../pipeline/run-article.js';

const SAMPLES = fileURLToPath(new URL('../samples', import.meta.url));
const FIELDS = ['id', 'meta', 'qa', 'captions', 'closing', 'dates', 'figures', 'organizations', 'people', 'roles', 'acronyms', 'notFigures'];

describe('samples', async () => {
  const entries = await loadGoldFolder(SAMPLES);

  it('holds at least four articles, each with its gold file', () => {
    expect(entries.length).toBeGreaterThanOrEqual(4);
    for (const entry of entries) expect(entry.text, entry.textPath).not.toBeNull();
  });

  it('covers the four kinds of article: ? questions with a caption, PV: labels, dashes, and a report with no interview', () => {
    const lines = (text: string | null) => (text ?? '').split('\n');
    const withCaption = entries.filter((entry) => (entry.gold.captions ?? []).length > 0 && (entry.gold.qa ?? []).length > 0);
    expect(withCaption.some((entry) => lines(entry.text).some((line) => line.trim().endsWith('?')))).toBe(true);
    expect(entries.some((entry) => lines(entry.text).filter((line) => line.startsWith('PV:')).length >= 2)).toBe(true);
    expect(entries.some((entry) => lines(entry.text).filter((line) => line.startsWith('- ')).length >= 4)).toBe(true);
    const report = entries.filter((entry) => entry.gold.qa?.length === 0);
    expect(report.some((entry) => (entry.text ?? '').includes('?'))).toBe(true);
  });

  for (const entry of entries) {
    describe(entry.name, () => {
      it('annotates every field, meta in full', () => {
        for (const field of FIELDS) expect(entry.gold, field).toHaveProperty(field);
        expect(Object.keys(entry.gold.meta ?? {}).sort()).toEqual(['attribution', 'author', 'publishedAt', 'title', 'views']);
        expect(entry.gold.id).toBe(entry.name);
        expect(entry.gold.meta?.title).toBe(entry.text?.split('\n')[0]);
      });

      it('names one stretch of the article with every snippet, answers after their question', () => {
        const gold = resolveGold(entry.gold, entry.text ?? '', entry.name, entry.goldPath);
        for (const pair of gold.qa) {
          let after = pair.question.end;
          for (const part of pair.answer) {
            expect(part.start, part.words).toBeGreaterThanOrEqual(after);
            after = part.end;
          }
        }
      });

      it('gives TIMEX3 values to its dates and the numbers each figure kind needs', () => {
        for (const date of entry.gold.dates ?? []) {
          expect(timexValueSchema.safeParse(date.value).success, date.text).toBe(true);
          if (date.endValue) expect(timexValueSchema.safeParse(date.endValue).success, date.text).toBe(true);
        }
        for (const figure of entry.gold.figures ?? []) {
          const numbers = figure.kind === 'range' ? [figure.min, figure.max] : figure.kind === 'ratio' ? [figure.value, figure.of] : [figure.value];
          for (const number of numbers) expect(typeof number, figure.text).toBe('number');
          if (figure.kind === 'percent') expect(figure.unit).toBe('%');
        }
      });

      it("gives a record that validate accepts", async () => {
        const raw = await readFile(entry.textPath, 'utf8');
        const record = extractText(raw, { id: entry.textPath, file: entry.textPath });
        expect(checkRecord(record).violations).toEqual([]);
      });
    });
  }
});
