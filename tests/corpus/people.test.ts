import { describe, expect, it } from 'vitest';
import { describeCorpus } from './run-corpus.js';
import { PEOPLE_CORPUS } from '../../extractors/people/corpus.js';
import { annotateArticle, type StageTimings } from '../../pipeline/run-article.js';
import { normalizeText } from '../../input/normalize.js';

describeCorpus('people', PEOPLE_CORPUS);

describe('people on hostile text', () => {
  const megabyte = 1_000_000;
  const cases: Record<string, string> = {
    'digits, dots, slashes and spaces': '12.3/4 5.67/89 '.repeat(megabyte / 15),
    'one endless run of capitalized syllables': 'Nguyễn Văn '.repeat(megabyte / 11),
    'honorifics before capitals': 'ông Ông bà Bà TS. PGS.TS '.repeat(megabyte / 25),
  };
  for (const [label, text] of Object.entries(cases)) {
    it(`the people stage runs well under a second on 1 MB of ${label}`, () => {
      const timings: StageTimings = {};
      const article = { id: 'hostile', source: { file: null, line: null, url: null }, text: normalizeText(text), hints: {}, markup: {} };
      annotateArticle(article, undefined, timings);
      expect(timings.people ?? Infinity).toBeLessThan(1000);
    });
  }
});
