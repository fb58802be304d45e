// Scores a file of predicted records against a folder of gold files. Records are matched to gold by source file
// name (the basename of `source.file` without extension) or by id; a gold article with no record scores as all
// misses. Totals add the counts of every article per field, and over all fields.
import { basename, extname } from 'node:path';
import { readRecordFile } from '../validate.js';
import { extractionRecordSchema, type ExtractionRecord } from '../schema.js';
import { addCounts, scoresOf, zeroCounts, type Counts, type Finding, type Scores } from './counts.js';
import { EVAL_FIELDS, type EvalField } from './gold-file.js';
import type { GoldEntry } from './load-gold.js';
import { GoldError, resolveGold } from './resolve-gold.js';
import { scoreArticle, type ArticleScore } from './score-article.js';

export interface FieldTotal {
  readonly counts: Counts;
  readonly scores: Scores;
  readonly spanCounts?: Counts;
  readonly spanScores?: Scores;
  /** Items predicted in this field over the scored articles; 0 while its extractor is not built. */
  readonly predicted: number;
  readonly articles: number;
}

export interface EvalReport {
  readonly articles: readonly ArticleScore[];
  readonly fields: Partial<Record<EvalField, FieldTotal>>;
  /** Every field's counts added together. */
  readonly total: { readonly counts: Counts; readonly scores: Scores; readonly macroF1: number };
  /** Ids of predicted records that no gold file annotates. */
  readonly unmatchedRecords: readonly string[];
  readonly warnings: readonly string[];
}

function stem(path: string): string {
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length);
}

/** The names a record can be matched by: its source file's stem first, then its id and the id's stem. */
export function recordKeys(record: ExtractionRecord): string[] {
  const keys: string[] = [];
  if (record.source.file) keys.push(stem(record.source.file));
  keys.push(record.id);
  if (/[\\/]|\.txt$/u.test(record.id)) keys.push(stem(record.id));
  return keys;
}

/** A predictions file eval cannot read. */
export class PredictionError extends Error {}

/** Reads predicted records; a record the schema refuses is an error (run `vnextract validate` on the file). */
export async function readPredictions(path: string): Promise<ExtractionRecord[]> {
  const records: ExtractionRecord[] = [];
  for await (const entry of readRecordFile(path)) {
    if ('error' in entry) throw new PredictionError(`${path}, ${entry.location}: ${entry.error}`);
    const parsed = extractionRecordSchema.safeParse(entry.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PredictionError(`${path}, ${entry.location}: not a valid record (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}); run vnextract validate`);
    }
    records.push(parsed.data);
  }
  return records;
}

export function evaluate(entries: readonly GoldEntry[], records: readonly ExtractionRecord[]): EvalReport {
  const warnings: string[] = [];
  const byKey = new Map<string, ExtractionRecord[]>();
  records.forEach((record) => {
    for (const key of new Set(recordKeys(record))) {
      const list = byKey.get(key) ?? [];
      list.push(record);
      byKey.set(key, list);
    }
  });
  const used = new Set<ExtractionRecord>();
  const articles: ArticleScore[] = [];
  for (const entry of entries) {
    const candidates = [...new Set([...(byKey.get(entry.name) ?? []), ...(entry.gold.id ? byKey.get(entry.gold.id) ?? [] : [])])];
    if (candidates.length > 1) warnings.push(`${entry.name}: ${candidates.length} records match; scoring the first (${candidates[0]?.id})`);
    const record = candidates[0] ?? null;
    if (record) used.add(record);
    if (record && entry.text !== null && record.text !== entry.text) {
      warnings.push(`${entry.name}: the record's text differs from ${entry.textPath} after normalization; gold resolved against the record's text`);
    }
    const text = record?.text ?? entry.text;
    if (text === null) throw new GoldError(`${entry.goldPath}: no ${entry.textPath} beside it and no record for it`);
    const gold = resolveGold(entry.gold, text, entry.name, entry.goldPath);
    articles.push(scoreArticle(record, gold));
  }
  return {
    articles,
    ...totalsOf(articles),
    unmatchedRecords: records.filter((record) => !used.has(record)).map((record) => record.id),
    warnings,
  };
}

function totalsOf(articles: readonly ArticleScore[]): Pick<EvalReport, 'fields' | 'total'> {
  const fields: Partial<Record<EvalField, FieldTotal>> = {};
  const all = zeroCounts();
  const f1s: number[] = [];
  for (const field of EVAL_FIELDS) {
    const counts = zeroCounts();
    let spanCounts: Counts | undefined;
    let predicted = 0;
    let scored = 0;
    for (const article of articles) {
      const score = article.fields[field];
      if (!score) continue;
      scored += 1;
      predicted += score.predicted;
      addCounts(counts, score.counts);
      if (score.spanCounts) addCounts(spanCounts ??= zeroCounts(), score.spanCounts);
    }
    if (scored === 0) continue;
    addCounts(all, counts);
    const scores = scoresOf(counts);
    f1s.push(scores.f1);
    fields[field] = {
      counts, scores, predicted, articles: scored,
      ...(spanCounts ? { spanCounts, spanScores: scoresOf(spanCounts) } : {}),
    };
  }
  const macroF1 = f1s.length === 0 ? 0 : f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length;
  return { fields, total: { counts: all, scores: scoresOf(all), macroF1 } };
}

/** Every miss, extra and wrong value, article by article, for `--verbose`. */
export function findingsOf(report: EvalReport): { article: string; field: EvalField; finding: Finding }[] {
  const list: { article: string; field: EvalField; finding: Finding }[] = [];
  for (const article of report.articles) {
    for (const field of EVAL_FIELDS) {
      for (const finding of article.fields[field]?.findings ?? []) list.push({ article: article.name, field, finding });
    }
  }
  return list;
}
