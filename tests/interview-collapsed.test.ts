// Issue 8: interviews as crawled dumps hold them, collapsed into one line. Each fixture in
// tests/fixtures/collapsed/ is extracted and scored against its gold file with the project's own scorer
// (output/eval), and what must stay out of answers (run-in captions, closings, author names) is checked directly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGoldFolder, type GoldEntry } from '../output/eval/load-gold.js';
import { evaluate } from '../output/eval/evaluate.js';
import { extractText } from '../pipeline/run-article.js';
import { annotateArticle } from '../pipeline/run-article.js';
import { normalizeText } from '../input/normalize.js';
import type { ExtractionRecord } from '../output/schema.js';

const FOLDER = join(import.meta.dirname, 'fixtures', 'collapsed');
const NAMES = ['cang-bien', 'gia-vang', 'doi-tuyen', 'nha-van', 'giay-phep', 'cau-moi'];

function extractFixture(name: string): ExtractionRecord {
  const file = join(FOLDER, `${name}.txt`);
  return extractText(readFileSync(file, 'utf8'), { id: name, file });
}

function inlineKindsOf(name: string): { kind: string; text: string }[] {
  const text = normalizeText(readFileSync(join(FOLDER, `${name}.txt`), 'utf8'));
  const { document } = annotateArticle({ id: name, source: { file: null, line: null, url: null }, text, hints: {}, markup: {} });
  return (document.annotations.interview?.inlineKinds ?? []).map((piece) => ({ kind: piece.kind, text: text.slice(piece.start, piece.end) }));
}

describe('collapsed interviews against their gold files', () => {
  let entries: GoldEntry[] = [];
  let records: ExtractionRecord[] = [];
  beforeAll(async () => {
    entries = await loadGoldFolder(FOLDER);
    records = entries.map((entry) => extractFixture(entry.name));
  });

  it('has the six styles of issue 8', () => {
    expect(entries.map((entry) => entry.name).sort()).toEqual([...NAMES].sort());
  });

  for (const name of NAMES) {
    it(`${name}: qa and meta all right`, () => {
      const report = evaluate(entries, records);
      const article = report.articles.find((score) => score.name === name);
      expect(article, `no score for ${name}`).toBeDefined();
      for (const field of ['qa', 'meta'] as const) {
        const score = article?.fields[field];
        expect(score, `${name} ${field}`).toBeDefined();
        expect(score?.findings, `${name} ${field}`).toEqual([]);
        expect(score?.counts.fp ?? -1, `${name} ${field} false positives`).toBe(0);
        expect(score?.counts.fn ?? -1, `${name} ${field} misses`).toBe(0);
      }
    });
  }
});

describe('what collapsed lines keep out of answers', () => {
  it('a caption run into the first label, and the PV closing', () => {
    expect(inlineKindsOf('cang-bien')).toEqual([
      { kind: 'caption', text: 'Ông Nguyễn Xuân Sang - Cục trưởng Cục Hàng hải Việt Nam' },
      { kind: 'closing', text: 'Xin cảm ơn ông!' },
    ]);
  });

  it('a closing at the end of the last answer', () => {
    expect(inlineKindsOf('doi-tuyen')).toEqual([{ kind: 'closing', text: 'Xin cảm ơn ông!' }]);
    const last = extractFixture('doi-tuyen').qa.at(-1);
    expect(last?.answer.text).toBe('Chúng tôi sẽ nghỉ ngơi vài ngày rồi tập trung chuẩn bị cho giải châu Á.');
  });

  it('an author name run onto the end of the last line', () => {
    expect(inlineKindsOf('giay-phep')).toEqual([{ kind: 'byline', text: 'Hoàng Lan' }]);
    const last = extractFixture('giay-phep').qa.at(-1);
    expect(last?.answer.text.endsWith('người dân đã khai.')).toBe(true);
  });

  it('a speaker label stays out of the answer text', () => {
    for (const pair of extractFixture('gia-vang').qa) expect(pair.answer.text).not.toMatch(/^[-–]?\s*TS Nguyễn/u);
  });

  it('a news report quoting one question yields no pairs', () => {
    expect(extractFixture('cau-moi').qa).toEqual([]);
  });

  it('the lead before unlabelled questions is no part of the first question', () => {
    const first = extractFixture('nha-van').qa[0];
    expect(first?.question.text.startsWith('Cầu được gì')).toBe(true);
    expect(first?.question.text.endsWith('như thế nào?')).toBe(true);
  });
});
