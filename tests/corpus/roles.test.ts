import { describe, expect, it } from 'vitest';
import { describeCorpus } from './run-corpus.js';
import { ROLES_CORPUS } from '../../extractors/roles/corpus.js';
import { annotateArticle, type StageTimings } from '../../pipeline/run-article.js';
import { normalizeText } from '../../input/normalize.js';

describeCorpus('roles', ROLES_CORPUS);

describe('roles on hostile text', () => {
  const megabyte = 1_000_000;
  // The house bar for digits, dots, slashes and spaces is well under a second; text made only of titles and
  // organizations is the stage's worst case, linear but with more work per word, so it gets a looser bar.
  const cases: Record<string, readonly [string, number]> = {
    'digits, dots, slashes and spaces': ['12.3/4 5.67/89 '.repeat(megabyte / 15), 1000],
    'one sentence of titles and organizations': ['Chủ tịch APO và Chủ tịch ASEAN, '.repeat(megabyte / 32), 3000],
    'holding cues with no comma': ['với vai trò là Chủ tịch Việt Nam '.repeat(megabyte / 33), 3000],
    'holders with ages in brackets': ['Bị cáo Trần Văn An (52 tuổi, nguyên Giám đốc Công ty Bình An) '.repeat(megabyte / 62), 3000],
    'units named by titles': ['Trưởng khoa Cấp cứu – Hồi sức của bệnh viện, '.repeat(megabyte / 45), 3000],
  };
  for (const [label, [text, bar]] of Object.entries(cases)) {
    it(`the roles stage runs in linear time on 1 MB of ${label}`, () => {
      const timings: StageTimings = {};
      const article = { id: 'hostile', source: { file: null, line: null, url: null }, text: normalizeText(text), hints: {}, markup: {} };
      annotateArticle(article, undefined, timings);
      expect(timings.roles ?? Infinity).toBeLessThan(bar);
    });
  }
});
