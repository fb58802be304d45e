// The eval report as text: F1 per article and field, then the table of P, R, F1 and counts per field and in total.
// A field nothing was predicted for while the gold expects something is marked, never hidden.
import { EVAL_FIELDS, type EvalField } from './gold-file.js';
import { findingsOf, type EvalReport } from './evaluate.js';

const SHORT_NAMES: Readonly<Record<EvalField, string>> = {
  meta: 'meta', qa: 'qa', paragraphs: 'parag', dates: 'dates', figures: 'figur',
  organizations: 'orgs', people: 'people', roles: 'roles', acronyms: 'acron',
};

const fixed = (value: number, digits: number) => value.toFixed(digits);

function articleTable(report: EvalReport): string[] {
  const nameWidth = Math.max(7, ...report.articles.map((article) => article.name.length));
  const lines = [`${'article'.padEnd(nameWidth)}  ${EVAL_FIELDS.map((field) => SHORT_NAMES[field].padStart(7)).join('')}`];
  for (const article of report.articles) {
    const cells = EVAL_FIELDS.map((field) => {
      const score = article.fields[field];
      if (!score) return '-'.padStart(7);
      const { tp, fp, fn } = score.counts;
      const predicted = tp + fp;
      const expected = tp + fn;
      const f1 = predicted === 0 && expected === 0 ? 1 : (2 * tp) / (predicted + expected);
      return fixed(f1, 2).padStart(7);
    });
    lines.push(`${article.name.padEnd(nameWidth)}  ${cells.join('')}${article.recordId === null ? '   (no record: all misses)' : ''}`);
  }
  return lines;
}

function fieldTable(report: EvalReport): string[] {
  const header = `${'field'.padEnd(14)}${['P', 'R', 'F1'].map((name) => name.padStart(7)).join('')}${['tp', 'fp', 'fn'].map((name) => name.padStart(6)).join('')}${'span F1'.padStart(9)}`;
  const lines = [header, '-'.repeat(header.length)];
  for (const field of EVAL_FIELDS) {
    const total = report.fields[field];
    if (!total) continue;
    const { precision, recall, f1 } = total.scores;
    const { tp, fp, fn } = total.counts;
    const span = total.spanScores ? fixed(total.spanScores.f1, 3).padStart(9) : ''.padStart(9);
    const empty = total.predicted === 0 && tp + fn > 0 ? '   nothing predicted (extractor empty?)' : '';
    lines.push(`${field.padEnd(14)}${[precision, recall, f1].map((value) => fixed(value, 3).padStart(7)).join('')}${[tp, fp, fn].map((value) => String(value).padStart(6)).join('')}${span}${empty}`);
  }
  lines.push('-'.repeat(header.length));
  const { precision, recall, f1 } = report.total.scores;
  const { tp, fp, fn } = report.total.counts;
  lines.push(`${'total'.padEnd(14)}${[precision, recall, f1].map((value) => fixed(value, 3).padStart(7)).join('')}${[tp, fp, fn].map((value) => String(value).padStart(6)).join('')}`);
  lines.push(`macro F1 over fields: ${fixed(report.total.macroF1, 3)}`);
  return lines;
}

export function formatEvalReport(report: EvalReport, options: { verbose?: boolean } = {}): string {
  const matched = report.articles.filter((article) => article.recordId !== null).length;
  const lines = [
    `vnextract eval: ${report.articles.length} gold article(s), ${matched} with a record, ${report.unmatchedRecords.length} record(s) without gold`,
    '',
    'F1 per article ("-": not scored by its gold file)',
    ...articleTable(report),
    '',
    ...fieldTable(report),
  ];
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  if (options.verbose) {
    lines.push('', 'Misses, extras and wrong values:');
    for (const { article, field, finding } of findingsOf(report)) {
      lines.push(`  ${article}  ${field.padEnd(13)} ${finding.kind.padEnd(5)}  ${finding.detail}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The report for machines: scores rounded to 4 places, findings included only when asked for. */
export function evalReportJson(report: EvalReport, options: { verbose?: boolean } = {}): unknown {
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const rounded = (scores: { precision: number; recall: number; f1: number }) => ({
    precision: round(scores.precision), recall: round(scores.recall), f1: round(scores.f1),
  });
  return {
    articles: report.articles.map((article) => ({
      name: article.name,
      recordId: article.recordId,
      fields: Object.fromEntries(Object.entries(article.fields).map(([field, score]) => [field, {
        counts: score.counts,
        ...(score.spanCounts ? { spanCounts: score.spanCounts } : {}),
        predicted: score.predicted,
        ...(options.verbose ? { findings: score.findings } : {}),
      }])),
    })),
    fields: Object.fromEntries(Object.entries(report.fields).map(([field, total]) => [field, {
      ...rounded(total.scores),
      counts: total.counts,
      ...(total.spanScores ? { span: { ...rounded(total.spanScores), counts: total.spanCounts } } : {}),
      predicted: total.predicted,
      nothingPredicted: total.predicted === 0 && total.counts.tp + total.counts.fn > 0,
      articles: total.articles,
    }])),
    total: { ...rounded(report.total.scores), counts: report.total.counts, macroF1: round(report.total.macroF1) },
    unmatchedRecords: report.unmatchedRecords,
    warnings: report.warnings,
  };
}
