// The metadata stage on its example corpus: each example is its own test.
import { describe, expect, it } from 'vitest';
import { METADATA_EXAMPLES } from '../extractors/metadata/corpus.js';
import { extractArticle } from '../pipeline/run-article.js';
import { normalizeText } from '../input/normalize.js';
import { normalizeIsoDateTime, statedOffset } from '../extractors/metadata/published-at.js';

describe('metadata corpus', () => {
  for (const example of METADATA_EXAMPLES) {
    it(example.name, () => {
      const record = extractArticle({
        id: 'example',
        source: { file: null, line: null, url: null },
        text: normalizeText(example.text),
        hints: example.hints ?? {},
        markup: {},
      });
      expect(record.meta).toMatchObject(example.expected);
      for (const [index, kind] of Object.entries(example.kinds ?? {})) {
        expect(record.paragraphs[Number(index)]?.kind, `kind of paragraph ${index}`).toBe(kind);
      }
    });
  }
});

describe('publishedAt helpers', () => {
  it('reads offsets stated in the text', () => {
    expect(statedOffset('09:15 (GMT+7)')).toBe('+07:00');
    expect(statedOffset('10:00 GMT+8')).toBe('+08:00');
    expect(statedOffset('UTC-5:30')).toBe('-05:30');
    expect(statedOffset('không có múi giờ')).toBeNull();
  });
  it('normalizes ISO hints', () => {
    expect(normalizeIsoDateTime('2021-02-14')).toBe('2021-02-14T00:00:00+07:00');
    expect(normalizeIsoDateTime('2021-02-14 07:28:00+0700')).toBe('2021-02-14T07:28:00+07:00');
    expect(normalizeIsoDateTime('14/02/2021')).toBeNull();
  });
});
