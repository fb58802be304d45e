// Reads the shared seed (../shared/corpus/seed): every gold file must parse and every snippet in it must name
// exactly one stretch of its article, so that `vnextract eval` can score against it.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGoldFolder } from '../../output/eval/load-gold.js';
import { resolveGold } from '../../output/eval/resolve-gold.js';

const SEED = fileURLToPath(new URL('../../../shared/corpus/seed', import.meta.url));

describe('the seed gold', async () => {
  const entries = await loadGoldFolder(SEED);

  it('has gold files, each beside its article', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.text, entry.textPath).not.toBeNull();
  });

  for (const entry of entries) {
    it(`${entry.name}: every snippet resolves to one span, answers after their question`, () => {
      const gold = resolveGold(entry.gold, entry.text ?? '', entry.name, entry.goldPath);
      expect(gold.dates.length + gold.figures.length + gold.qa.length).toBeGreaterThan(0);
      for (const pair of gold.qa) {
        let after = pair.question.end;
        for (const part of pair.answer) {
          expect(part.start, `answer "${part.words}"`).toBeGreaterThanOrEqual(after);
          after = part.end;
        }
      }
      for (const span of [...gold.dates, ...gold.figures]) {
        expect(gold.text.slice(span.start, span.end)).toBe(span.words);
      }
    });
  }
});
