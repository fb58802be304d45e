// The HTML report opened in headless Chromium (Debian's package, driven by playwright-core): filters switch a
// kind's highlights off and leave the others, a date shows its value on hover, a screenshot is saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { htmlReportSinkFactory } from '../output/writers/html-report.js';
import { extractionRecordSchema, type ExtractionRecord } from '../output/schema.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT_DIR = join(import.meta.dirname, 'output');

function mention(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length, text: words };
}

/** A record written by hand, so the test depends on the writer alone. */
function sampleRecord(index: number): ExtractionRecord {
  const text = `Bài số ${index}\nÔng Trần Văn Bình, Giám đốc Sở Khoa học, cho biết ngày 10/12/2020 có 25 doanh nghiệp tham gia.\nÔng đánh giá thế nào?\nChúng tôi rất vui.`;
  const question = mention(text, 'Ông đánh giá thế nào?');
  const answer = mention(text, 'Chúng tôi rất vui.');
  const record: ExtractionRecord = {
    schemaVersion: 1,
    id: `article-${index}`,
    source: { file: `article-${index}.txt`, line: null, url: null },
    text,
    meta: { title: `Bài số ${index}`, author: null, publishedAt: null, views: null, attribution: null },
    paragraphs: [],
    qa: [{ index: 0, question, answer: { paragraphs: [3], segments: [{ start: answer.start, end: answer.end }], text: answer.text } }],
    dates: [{ ...mention(text, 'ngày 10/12/2020'), value: '2020-12-10', endValue: null, mod: null, relative: false, qa: null }],
    figures: [{ ...mention(text, '25 doanh nghiệp'), kind: 'count', value: 25, min: null, max: null, of: null, unit: 'doanh nghiệp', qualifier: null, qa: null }],
    organizations: [{ id: 'org-1', name: 'Sở Khoa học', acronym: null, mentions: [{ ...mention(text, 'Sở Khoa học'), qa: null }] }],
    people: [{ id: 'person-1', name: 'Trần Văn Bình', mentions: [{ ...mention(text, 'Trần Văn Bình'), qa: null }] }],
    roles: [{ ...mention(text, 'Trần Văn Bình, Giám đốc Sở Khoa học'), title: 'Giám đốc', holder: { kind: 'person', ref: 'person-1', name: 'Trần Văn Bình' }, organization: { ref: 'org-1', name: 'Sở Khoa học' }, qa: null }],
    acronyms: [],
    warnings: [],
  };
  return extractionRecordSchema.parse(record);
}

async function writeReport(articleCount: number): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'vnextract-report-'));
  const sink = await htmlReportSinkFactory()(outDir);
  for (let index = 1; index <= articleCount; index += 1) await sink.write(sampleRecord(index));
  await sink.writeError({ id: null, source: { file: 'broken.txt', line: null, url: null }, reason: 'not valid UTF-8' });
  await sink.close({
    tool: { name: 'vnextract', version: 'test' },
    startedAt: '2026-01-01T00:00:00Z',
    inputs: ['samples'],
    counts: { read: articleCount + 1, extracted: articleCount, failed: 1 },
  });
  return join(outDir, 'report.html');
}

const backgroundOf = (page: Page, selector: string) =>
  page.$eval(selector, (element) => getComputedStyle(element).backgroundColor);

describe('HTML report in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => { await browser?.close(); });

  it('switches a kind off, keeps the others, shows a date value on hover, and saves a screenshot', async () => {
    const reportPath = await writeReport(3);
    const html = readFileSync(reportPath, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']?https?:/u); // self-contained
    const page = await browser.newPage();
    await page.goto(pathToFileURL(reportPath).href);

    expect(await page.locator('mark.hl-dates').count()).toBe(3);
    const transparent = 'rgba(0, 0, 0, 0)';
    expect(await backgroundOf(page, 'mark.hl-dates')).not.toBe(transparent);

    await page.locator('input[data-kind="dates"]').uncheck();
    expect(await backgroundOf(page, 'mark.hl-dates')).toBe(transparent);
    expect(await backgroundOf(page, 'mark.hl-figures')).not.toBe(transparent);
    expect(await backgroundOf(page, 'mark.hl-organizations')).not.toBe(transparent);
    await page.locator('input[data-kind="dates"]').check();
    expect(await backgroundOf(page, 'mark.hl-dates')).not.toBe(transparent);

    await page.locator('mark.hl-dates').first().hover();
    await expect.poll(() => page.locator('#tooltip').textContent()).toBe('2020-12-10');
    expect(await page.locator('#tooltip').isVisible()).toBe(true);

    await page.locator('mark.hl-figures').first().focus();
    expect(await page.locator('#tooltip').textContent()).toBe('count: 25 doanh nghiệp');

    const outlineLink = page.locator('.qa-outline a').first();
    expect(await outlineLink.textContent()).toBe('Ông đánh giá thế nào?');
    const target = (await outlineLink.getAttribute('href'))!.slice(1);
    expect(await page.locator(`[id="${target}"]`).count()).toBe(1);

    await expect.poll(() => page.locator('#summary').textContent()).toContain('broken.txt: not valid UTF-8');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'report.png'), fullPage: true });
    await page.close();
  });

  it('renders 1,000 articles one page at a time', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(await writeReport(1000)).href);
    expect(await page.locator('article.article').count()).toBe(20);
    expect(await page.locator('#pager button').count()).toBe(50);
    await page.locator('#pager button', { hasText: /^50$/u }).click();
    expect(await page.locator('article.article h2').first().textContent()).toBe('Bài số 981');
    await page.close();
  });
});
