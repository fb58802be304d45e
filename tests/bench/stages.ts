// Per-stage cost of extraction, in one thread: every article of samples/ (and ../shared/corpus/seed when it is
// there) extracted many times; prints articles/s and milliseconds per article for each stage.
// Run: npm run build && node dist/tests/bench/stages.js [rounds]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, type StageTimings } from '../../pipeline/run-article.js';
import { normalizeText } from '../../input/normalize.js';
import type { SourceArticle } from '../../pipeline/document.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const folders = [join(root, 'samples'), join(root, '..', 'shared', 'corpus', 'seed')].filter((folder) => existsSync(folder));
const articles: SourceArticle[] = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({
      id: name,
      source: { file: name, line: null, url: null },
      text: normalizeText(readFileSync(join(folder, name), 'utf8')),
      hints: {},
      markup: {},
    })),
);
const rounds = Number(process.argv[2] ?? 100);
for (const article of articles) extractArticle(article); // warm up
const timings: StageTimings = {};
const startedAt = performance.now();
for (let round = 0; round < rounds; round += 1) for (const article of articles) extractArticle(article, timings);
const elapsed = performance.now() - startedAt;
const count = rounds * articles.length;
const kilobytes = articles.reduce((sum, article) => sum + article.text.length, 0) / articles.length / 1024;
console.log(`${articles.length} articles (mean ${kilobytes.toFixed(1)} K characters) x ${rounds}: ${(count / elapsed * 1000).toFixed(0)} articles/s in one thread`);
for (const [stage, milliseconds] of Object.entries(timings).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${stage.padEnd(16)} ${(milliseconds / count).toFixed(3)} ms/article`);
}
