// Benchmark: 1,000,000 figure rows (10,000 articles of 100 figures, Vietnamese text) through the XLSX sink.
// Prints the time and the peak RSS, and fails when the peak reaches 1 GB. Run by `npm run bench`.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xlsxSinkFactory } from '../../output/writers/xlsx.js';
import type { ExtractionRecord, FigureMentionRecord } from '../../output/schema.js';

const ARTICLES = Number(process.env.XLSX_BENCH_ARTICLES ?? 10_000);
const FIGURES_PER_ARTICLE = 100;
const PEAK_RSS_LIMIT = 1024 ** 3;

const SENTENCE_PARTS = [
  ['Năm nay', 'Theo báo cáo', 'Trong quý đầu', 'Tại hội nghị'],
  ['ngành điện tử', 'các doanh nghiệp nhỏ', 'tỉnh Bình Dương', 'hợp tác xã nông nghiệp'],
  ['đã xuất khẩu', 'ghi nhận', 'thu hút', 'đào tạo'],
];

/** One article of FIGURES_PER_ARTICLE sentences, each with a figure, and the figures' code-point offsets. */
function buildArticle(): { text: string; figures: FigureMentionRecord[] } {
  let text = 'Doanh nghiệp Việt Nam tăng tốc chuyển đổi số\n';
  const figures: FigureMentionRecord[] = [];
  for (let index = 0; index < FIGURES_PER_ARTICLE; index += 1) {
    const opening = SENTENCE_PARTS[0]?.[index % 4] ?? '';
    const subject = SENTENCE_PARTS[1]?.[(index >> 2) % 4] ?? '';
    const verb = SENTENCE_PARTS[2]?.[(index >> 4) % 4] ?? '';
    const amount = `${(index + 1) * 3},5 tỷ đồng`;
    const before = `${opening}, ${subject} ${verb} khoảng `;
    const start = Array.from(text + before).length;
    text += `${before}${amount} so với cùng kỳ năm trước. `;
    figures.push({
      start,
      end: start + Array.from(amount).length,
      text: amount,
      kind: 'money',
      value: (index + 1) * 3.5e9,
      min: null,
      max: null,
      of: null,
      unit: 'đồng',
      qualifier: 'approx',
      qa: null,
    });
  }
  return { text, figures };
}

function recordFor(index: number, article: { text: string; figures: FigureMentionRecord[] }): ExtractionRecord {
  return {
    schemaVersion: 1,
    id: `bench-${index}`,
    source: { file: 'bench.jsonl', line: index + 1, url: `https://example.vn/bai-viet/${index}` },
    text: article.text,
    meta: { title: 'Doanh nghiệp Việt Nam tăng tốc chuyển đổi số', author: 'Phóng viên', publishedAt: '2023-05-04T08:30:00+07:00', views: index, attribution: null },
    paragraphs: [],
    qa: [],
    dates: [],
    figures: article.figures,
    organizations: [],
    people: [],
    roles: [],
    acronyms: [],
    warnings: [],
  };
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'vnextract-xlsx-bench-'));
  const article = buildArticle();
  let peakRss = 0;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage.rss()); }, 100);
  const startedAt = performance.now();
  try {
    const sink = await xlsxSinkFactory(outDir);
    for (let index = 0; index < ARTICLES; index += 1) await sink.write(recordFor(index, article));
    const spooledAt = performance.now();
    await sink.close({
      tool: { name: 'vnextract', version: 'bench' },
      startedAt: new Date().toISOString(),
      inputs: ['bench.jsonl'],
      counts: { read: ARTICLES, extracted: ARTICLES, failed: 0 },
    });
    const seconds = (performance.now() - startedAt) / 1000;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
    const size = (await stat(join(outDir, 'extractions.xlsx'))).size;
    const rows = ARTICLES * FIGURES_PER_ARTICLE;
    process.stdout.write(
      `xlsx bench: ${rows.toLocaleString('en')} figure rows (+${ARTICLES.toLocaleString('en')} article rows) in ${seconds.toFixed(1)} s ` +
      `(spooling ${((spooledAt - startedAt) / 1000).toFixed(1)} s), workbook ${(size / 1024 ** 2).toFixed(0)} MB, ` +
      `peak RSS ${(peakRss / 1024 ** 3).toFixed(2)} GB (limit 1 GB)\n`,
    );
    if (peakRss >= PEAK_RSS_LIMIT) {
      process.stderr.write('xlsx bench: peak RSS reached 1 GB\n');
      process.exitCode = 1;
    }
  } finally {
    clearInterval(sampler);
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
