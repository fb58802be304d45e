// `--format html`: report.html, one self-contained page (no network) with the run's summary and each article's
// text, its spans highlighted by kind. The page is streamed: each article becomes a JSON block as it comes, the
// summary and the script close the page, and the browser renders one page of articles at a time.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { ExtractionError, ExtractionRecord } from '../schema.js';
import type { RecordSink, RunSummary, SinkFactory } from './sink.js';
import { renderReportPage } from '../report-page/browser.js';
import { REPORT_STYLE } from '../report-page/style.js';

/** Articles embedded in the page; past this the page says how many more the JSONL holds. */
export const REPORT_ARTICLE_LIMIT = 5000;
const TOP_ENTRIES = 15;
const ERROR_LIMIT = 1000;

type Mark = [start: number, end: number, kind: string, label: string];

function formatNumber(value: number | null): string {
  return value === null ? '?' : String(value);
}

/** The value a highlight shows on hover or focus. */
export function markLabels(record: ExtractionRecord): Mark[] {
  const marks: Mark[] = [];
  for (const date of record.dates) {
    const range = date.endValue ? `${date.value ?? '?'} … ${date.endValue}` : date.value ?? 'no value';
    marks.push([date.start, date.end, 'dates', `${range}${date.mod ? ` (${date.mod})` : ''}${date.relative ? ' · relative' : ''}`]);
  }
  for (const figure of record.figures) {
    const amount = figure.kind === 'range' ? `${formatNumber(figure.min)}–${formatNumber(figure.max)}`
      : figure.kind === 'ratio' ? `${formatNumber(figure.value)} of ${formatNumber(figure.of)}` : formatNumber(figure.value);
    marks.push([figure.start, figure.end, 'figures', `${figure.kind}: ${amount}${figure.unit ? ` ${figure.unit}` : ''}${figure.qualifier ? ` (${figure.qualifier})` : ''}`]);
  }
  for (const organization of record.organizations) {
    const label = organization.acronym && organization.acronym !== organization.name ? `${organization.name} (${organization.acronym})` : organization.name;
    for (const mention of organization.mentions) marks.push([mention.start, mention.end, 'organizations', label]);
  }
  for (const person of record.people) {
    for (const mention of person.mentions) marks.push([mention.start, mention.end, 'people', person.name]);
  }
  for (const role of record.roles) {
    const parts = [role.title, role.holder.name ? `held by ${role.holder.name}` : 'holder not named', role.organization.name ? `at ${role.organization.name}` : null];
    marks.push([role.start, role.end, 'roles', parts.filter(Boolean).join(' · ')]);
  }
  return marks;
}

/** JSON that can stand inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}

function topEntries(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).slice(0, TOP_ENTRIES);
}

class HtmlReportSink implements RecordSink {
  readonly files = ['report.html'];
  private readonly kindCounts: Record<string, number> = { dates: 0, figures: 0, organizations: 0, people: 0, roles: 0 };
  private readonly organizationMentions = new Map<string, number>();
  private readonly personMentions = new Map<string, number>();
  private readonly errors: { source: string; reason: string }[] = [];
  private articlesShown = 0;
  private articlesLeftOut = 0;

  constructor(private readonly stream: WriteStream, private readonly articleLimit: number) {}

  private async put(chunk: string): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async open(): Promise<void> {
    await this.put(`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>vnextract report</title><style>${REPORT_STYLE}</style></head>
<body><header><h1>vnextract report</h1><div id="filters" aria-label="Show or hide each kind"></div></header>
<section id="summary"></section><nav id="pager" aria-label="Pages of articles"></nav><main id="articles"></main>
`);
  }

  async write(record: ExtractionRecord): Promise<void> {
    this.kindCounts.dates! += record.dates.length;
    this.kindCounts.figures! += record.figures.length;
    this.kindCounts.organizations! += record.organizations.length;
    this.kindCounts.people! += record.people.length;
    this.kindCounts.roles! += record.roles.length;
    for (const organization of record.organizations) {
      this.organizationMentions.set(organization.name, (this.organizationMentions.get(organization.name) ?? 0) + organization.mentions.length);
    }
    for (const person of record.people) {
      this.personMentions.set(person.name, (this.personMentions.get(person.name) ?? 0) + person.mentions.length);
    }
    if (this.articlesShown >= this.articleLimit) {
      this.articlesLeftOut += 1;
      return;
    }
    this.articlesShown += 1;
    const data = {
      id: record.id,
      title: record.meta.title,
      author: record.meta.author,
      publishedAt: record.meta.publishedAt,
      source: record.source.url ?? record.source.file,
      text: record.text,
      marks: markLabels(record),
      qa: record.qa.map((pair) => [pair.question.start, pair.question.end]),
    };
    await this.put(`<script type="application/json" class="article-data">${scriptJson(data)}</script>\n`);
  }

  async writeError(error: ExtractionError): Promise<void> {
    if (this.errors.length < ERROR_LIMIT) {
      const where = [error.source.file, error.source.line].filter((part) => part !== null).join(':');
      this.errors.push({ source: where || (error.id ?? '?'), reason: error.reason });
    }
  }

  async close(summary: RunSummary): Promise<void> {
    const data = {
      version: summary.tool.version,
      startedAt: summary.startedAt,
      inputs: summary.inputs,
      counts: summary.counts,
      kindCounts: this.kindCounts,
      topOrganizations: topEntries(this.organizationMentions),
      topPeople: topEntries(this.personMentions),
      errors: this.errors,
      articlesShown: this.articlesShown,
      articlesLeftOut: this.articlesLeftOut,
    };
    await this.put(`<script type="application/json" id="run-summary">${scriptJson(data)}</script>
<noscript><p>This report needs JavaScript to render; the same data is in extractions.jsonl.</p></noscript>
<script>(${renderReportPage.toString()})();</script>
</body></html>
`);
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

export function htmlReportSinkFactory(articleLimit = REPORT_ARTICLE_LIMIT): SinkFactory {
  return async (outDir: string) => {
    const stream = createWriteStream(join(outDir, 'report.html'), { encoding: 'utf8' });
    const sink = new HtmlReportSink(stream, articleLimit);
    await sink.open();
    return sink;
  };
}
