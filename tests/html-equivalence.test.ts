// Three HTML pages written for the project give the same facts as their plain-text versions: the page with
// questions set in bold (two without a question mark), the one whose metadata is JSON-LD, and the one with
// figcaptions, scripts and ad blocks.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHtmlArticle } from '../input/html.js';
import { extractArticle, extractText } from '../pipeline/run-article.js';
import type { ExtractionRecord } from '../output/schema.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'html');

function facts(record: ExtractionRecord) {
  const textOf = (span: { start: number; end: number }) => Array.from(record.text).slice(span.start, span.end).join('');
  return {
    dates: record.dates.map((date) => [date.text, date.value, date.endValue, date.mod]),
    figures: record.figures.map((figure) => [figure.text, figure.kind, figure.value, figure.min, figure.max, figure.of, figure.unit]),
    organizations: record.organizations.map((organization) => [organization.name, organization.acronym]),
    people: record.people.map((person) => person.name),
    roles: record.roles.map((role) => [role.title, role.holder.name, role.organization.name]),
    qa: record.qa.map((pair) => ({
      question: pair.question.text.replace(/[?？]\s*$/u, ''),
      answer: pair.answer.segments.map(textOf),
    })),
  };
}

function pair(name: string) {
  const html = readHtmlArticle(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'), {
    id: name,
    source: { file: `${name}.html`, line: null, url: null },
  });
  return {
    fromHtml: extractArticle(html),
    fromText: extractText(readFileSync(join(FIXTURES, `${name}.txt`), 'utf8'), { id: name }),
  };
}

describe('HTML pages and their plain-text versions', () => {
  it('bold questions are questions even without a question mark', () => {
    const { fromHtml, fromText } = pair('bold-questions');
    expect(fromHtml.qa).toHaveLength(3);
    expect(facts(fromHtml)).toEqual(facts(fromText));
    expect(fromHtml.meta).toMatchObject({ author: 'Hoàng Minh', publishedAt: '2023-03-14T09:15:00+07:00' });
  });

  it('JSON-LD metadata fills the record; ads and related boxes stay out', () => {
    const { fromHtml, fromText } = pair('json-ld');
    expect(fromHtml.meta).toMatchObject({
      title: 'Hà Nội khởi công tuyến đường sắt đô thị số 3',
      author: 'Thanh Lam',
      publishedAt: '2023-06-05T08:30:00+07:00',
    });
    expect(fromHtml.source.url).toBe('https://tin-mau.example/khoi-cong-duong-sat-so-3.html');
    expect(fromHtml.qa).toEqual([]);
    expect(fromHtml.dates.length).toBeGreaterThan(2);
    expect(facts(fromHtml)).toEqual(facts(fromText));
  });

  it('figcaptions are captions; scripts and ads never reach the text', () => {
    const { fromHtml, fromText } = pair('figcaptions');
    expect(fromHtml.text).not.toMatch(/Khuyến mãi|dataLayer|loadAd|Trang chủ/u);
    const captions = fromHtml.paragraphs.filter((paragraph) => paragraph.kind === 'caption');
    expect(captions.map((paragraph) => Array.from(fromHtml.text).slice(paragraph.start, paragraph.end).join(''))).toEqual([
      'Ông Nguyễn Văn Tâm, Chủ tịch Hội Nông dân huyện Tháp Mười.',
    ]);
    expect(fromHtml.qa).toHaveLength(2);
    expect(facts(fromHtml)).toEqual(facts(fromText));
  });
});
