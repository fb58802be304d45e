// The promise behind every written line: it passes `vnextract validate`. The pipeline checks a record with zod's
// compiled validator and buildRecord's span checks (pipeline/run-article.ts, pipeline/record.ts) rather than with
// validate itself, so these tests hold the two together: every fixture's records pass validate's full check, the
// compiled validator answers as the schema does, and a stage that breaks the promise ends as an error line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DEFAULT_FIELD_NAMES } from '../input/articles.js';
import { readHtmlArticle } from '../input/html.js';
import { extractionRecordSchema, type ExtractionRecord } from '../output/schema.js';
import { checkRecord } from '../output/validate.js';
import { processRawItem, type ItemOutcome } from '../pipeline/batch/process-item.js';
import { extractArticle, extractText } from '../pipeline/run-article.js';
import { figuresStage } from '../extractors/figures/index.js';
import { datesStage } from '../extractors/dates/index.js';
import { rolesStage } from '../extractors/roles/index.js';
import type { AnnotatedDocument, FigureSpan, DateSpan, RoleSpan, StageContext } from '../pipeline/document.js';
import { syntheticLines } from './bench/batch-dump.js';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['samples', ...readdirSync(join(ROOT, 'tests', 'fixtures'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join('tests', 'fixtures', entry.name))];

/** Every article the repository holds, as the pipeline's record of it. */
function fixtureRecords(): { name: string; record: ExtractionRecord }[] {
  const records: { name: string; record: ExtractionRecord }[] = [];
  for (const folder of FOLDERS) {
    for (const file of readdirSync(join(ROOT, folder)).sort()) {
      const path = join(ROOT, folder, file);
      const name = join(folder, file);
      if (file.endsWith('.txt')) records.push({ name, record: extractText(readFileSync(path, 'utf8'), { id: name, file: name }) });
      if (file.endsWith('.html')) {
        const article = readHtmlArticle(readFileSync(path, 'utf8'), { id: name, source: { file: name, line: null, url: null } });
        records.push({ name, record: extractArticle(article) });
      }
    }
  }
  return records;
}

/** One synthetic dump line (tests/bench/batch-dump.ts) through the batch's own path: a record line or an error line. */
function processLine(line: string, number = 1): ItemOutcome {
  const item = { kind: 'jsonl', file: 'dump.jsonl', name: 'dump', line: number, bytes: Buffer.from(line) } as const;
  return processRawItem(item, { fields: DEFAULT_FIELD_NAMES, shard: null }, {});
}

const [SYNTHETIC] = [...syntheticLines(1, 5, 3000, 6000)];

describe('records the pipeline writes', () => {
  it('pass validate (schema and spans) for every fixture article and synthetic dump line', () => {
    const records = fixtureRecords();
    expect(records.length).toBeGreaterThan(40);
    for (const [index, line] of [...syntheticLines(40, 3, 2000, 12_000)].entries()) {
      const outcome = processLine(line, index + 1);
      expect(outcome.kind).toBe('record');
      if (outcome.kind === 'record') records.push({ name: `synthetic ${index + 1}`, record: JSON.parse(Buffer.from(outcome.bytes).toString('utf8')) as ExtractionRecord });
    }
    for (const { name, record } of records) expect(checkRecord(record).violations, name).toEqual([]);
  });

  it('are checked by a validator zod compiles from the schema, and it answers as the schema does', () => {
    expect(() => z.compile(extractionRecordSchema, { strict: true })).not.toThrow();
    const compiled = z.compile(extractionRecordSchema);
    const record = extractText(readFileSync(join(ROOT, 'samples', 'du-lich-da-nang.txt'), 'utf8'), { id: 'sample' });
    expect(record.figures.length).toBeGreaterThan(0);
    expect(record.dates.length).toBeGreaterThan(0);
    const broken: ((copy: ExtractionRecord) => void)[] = [
      (copy) => { (copy.figures[0] as { value: number | null }).value = Number.NaN; },
      (copy) => { (copy.figures[0] as { value: number | null }).value = Number.POSITIVE_INFINITY; },
      (copy) => { (copy.figures[0] as { start: number }).start = -1; },
      (copy) => { (copy.figures[0] as { end: number }).end = 2.5; },
      (copy) => { (copy.dates[0] as { value: string | null }).value = '14/02/2021'; },
      (copy) => { (copy.meta as { publishedAt: string | null }).publishedAt = '2021-02-14'; },
      (copy) => { (copy.paragraphs[0] as { kind: string }).kind = 'sidebar'; },
      (copy) => { (copy as { id: string }).id = ''; },
      (copy) => { delete (copy as Partial<ExtractionRecord>).warnings; },
    ];
    expect(z.validate(compiled, record)).toBe(true);
    for (const [index, breakIt] of broken.entries()) {
      const copy = structuredClone(record);
      breakIt(copy);
      expect(extractionRecordSchema.safeParse(copy).success, `change ${index}`).toBe(false);
      expect(z.validate(compiled, copy), `change ${index}`).toBe(false);
    }
  });
});

describe('a stage that would break the promise', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Replaces a stage's result by a changed copy of what the stage really returns. */
  function corrupt<Span>(
    stage: { run(document: AnnotatedDocument, context: StageContext): readonly Span[] },
    change: (spans: Span[]) => void,
  ): void {
    const run = stage.run.bind(stage);
    vi.spyOn(stage, 'run').mockImplementation((document, context) => {
      const spans = [...run(document, context)];
      change(spans);
      return spans;
    });
  }

  function errorReason(line: string): string {
    const outcome = processLine(line, 7);
    expect(outcome.kind).toBe('error');
    const error = JSON.parse(outcome.kind === 'error' ? Buffer.from(outcome.bytes).toString('utf8') : '{}') as { id: string; source: { file: string; line: number }; reason: string };
    expect(error.id).toBe((JSON.parse(line) as { id: string }).id);
    expect(error.source).toEqual({ file: 'dump.jsonl', line: 7, url: null });
    return error.reason;
  }

  it('ends as an error line naming the article: a figure whose value is NaN', () => {
    corrupt<FigureSpan>(figuresStage, (figures) => {
      figures[0] = { ...figures[0]!, value: Number.NaN };
    });
    expect(errorReason(SYNTHETIC!)).toMatch(/^extraction failed: record failed the schema at figures\.0\.value: /u);
  });

  it('ends as an error line naming the article: a figure that ends past the text', () => {
    corrupt<FigureSpan>(figuresStage, (figures) => {
      figures.push({ ...figures[0]!, start: 10, end: 1_000_000 });
    });
    expect(errorReason(SYNTHETIC!)).toMatch(/^extraction failed: figures: span 10-1000000 is not within the text/u);
  });

  it('ends as an error line naming the article: a date with a fractional offset, or one that cuts a surrogate pair', () => {
    corrupt<DateSpan>(datesStage, (dates) => {
      dates[0] = { ...dates[0]!, end: dates[0]!.end - 0.5 };
    });
    expect(errorReason(SYNTHETIC!)).toMatch(/^extraction failed: dates: span \d+-\d+\.5 is not within the text/u);
    vi.restoreAllMocks();
    const article = JSON.parse(SYNTHETIC!) as { id: string; content: string };
    const withEmoji = JSON.stringify({ ...article, content: `😀 ${article.content}` });
    corrupt<DateSpan>(datesStage, (dates) => {
      dates.unshift({ ...dates[0]!, start: 1, end: 3 });
    });
    expect(errorReason(withEmoji)).toMatch(/^extraction failed: dates: span 1-3 cuts a surrogate pair/u);
  });

  it('ends as an error line naming the article: a role that points at no organization or person', () => {
    corrupt<RoleSpan>(rolesStage, (roles) => {
      roles.push({ start: 0, end: 1, title: 'x', holder: { kind: 'person', ref: 'person-99', name: 'x' }, organization: { ref: null, name: null }, unlistedBody: null, rule: 'test' });
    });
    expect(errorReason(SYNTHETIC!)).toMatch(/^extraction failed: roles: no organization or person has id "person-99"/u);
  });
});
