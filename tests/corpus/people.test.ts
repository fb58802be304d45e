import { describe, expect, it } from 'vitest';
import { describeCorpus } from './run-corpus.js';
import { PEOPLE_CORPUS } from '../../extractors/people/corpus.js';
import { annotateArticle, type StageTimings } from '../../pipeline/run-article.js';
import { normalizeText } from '../../input/normalize.js';

describeCorpus('people', PEOPLE_CORPUS);

describe('people on hostile text', () => {
  const megabyte = 1_000_000;
  // Digits, dots, slashes and spaces must run well under a second; text made only of names, titles and places is
  // the stage's worst case, linear but with more work per word, so it gets a looser bar.
  const cases: Record<string, readonly [string, number]> = {
    'digits, dots, slashes and spaces': ['12.3/4 5.67/89 '.repeat(megabyte / 15), 1000],
    'one endless run of capitalized syllables': ['Nguyễn Văn '.repeat(megabyte / 11), 1000],
    'honorifics before capitals': ['ông Ông bà Bà TS. PGS.TS '.repeat(megabyte / 25), 1000],
    'titles, countries and names after them': ['Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu '.repeat(megabyte / 45), 3000],
    'kinds of places before names': ['Huyện Yên Thành lễ hội Hoa Ban tại Vũ Hán '.repeat(megabyte / 42), 3000],
  };
  for (const [label, [text, bar]] of Object.entries(cases)) {
    it(`the people stage runs in linear time on 1 MB of ${label}`, () => {
      const timings: StageTimings = {};
      const article = { id: 'hostile', source: { file: null, line: null, url: null }, text: normalizeText(text), hints: {}, markup: {} };
      annotateArticle(article, undefined, timings);
      expect(timings.people ?? Infinity).toBeLessThan(bar);
    });
  }
});
