// A small article written for the eval tests, its gold file, and a prediction that agrees with the gold in every
// field; each test changes one thing in a copy of that prediction and looks at the score it gets.
import type { ExtractionRecord } from '../output/schema.js';
import type { GoldFile } from '../output/eval/gold-file.js';
import type { GoldEntry } from '../output/eval/load-gold.js';

export const ARTICLE = [
  'Doanh nghiệp nhỏ chuyển đổi số: đi từng bước',
  '15/08/2022 - 07:45',
  'Năm 2021, Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam (Vinasme) đã hỗ trợ hơn 300 doanh nghiệp vượt qua khó khăn sau Covid-19.',
  'Thưa ông, khó khăn lớn nhất của doanh nghiệp hiện nay là gì?',
  'Ông Trần Văn Long: Khó khăn lớn nhất là nhân lực, khoảng 20% doanh nghiệp thiếu kỹ sư công nghệ.',
  'Ảnh: Ông Trần Văn Long, Chủ tịch Vinasme.',
  'Trong năm 2023, chúng tôi đặt mục tiêu đào tạo 5.000 người cho các doanh nghiệp thành viên.',
  'Xin cảm ơn ông!',
  'Theo Báo Đầu tư',
].join('\n');

export const GOLD: GoldFile = {
  meta: { title: 'Doanh nghiệp nhỏ chuyển đổi số: đi từng bước', author: null, publishedAt: '2022-08-15T07:45:00+07:00', views: null, attribution: 'Báo Đầu tư' },
  qa: [{ question: 'khó khăn lớn nhất của doanh nghiệp', answer: ['Khó khăn lớn nhất là nhân lực', 'Trong năm 2023, chúng tôi'] }],
  captions: ['Ảnh: Ông Trần Văn Long'],
  closing: ['Xin cảm ơn ông!'],
  dates: [
    { text: '15/08/2022 - 07:45', value: '2022-08-15T07:45', endValue: null, mod: null, relative: false },
    { text: 'Năm 2021', value: '2021', endValue: null, mod: null, relative: false },
    { text: 'năm 2023', value: '2023', endValue: null, mod: null, relative: false },
  ],
  figures: [
    { text: 'hơn 300 doanh nghiệp', kind: 'count', value: 300, unit: 'doanh nghiệp' },
    { text: 'khoảng 20%', kind: 'percent', value: 20, unit: '%' },
    { text: '5.000 người', kind: 'count', value: 5000, unit: 'người' },
  ],
  organizations: [{ name: 'Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam', acronym: 'Vinasme', aliases: [] }],
  people: [{ name: 'Trần Văn Long' }],
  roles: [{ holder: 'Trần Văn Long', title: 'Chủ tịch', organization: 'Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam' }],
  acronyms: [{ short: 'Vinasme', long: 'Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam' }],
  notFigures: ['Covid-19'],
  optional: {
    dates: [{ text: 'hiện nay', value: null }],
    organizations: [{ name: 'Báo Đầu tư' }],
  },
};

export function goldEntry(gold: GoldFile = GOLD, text: string | null = ARTICLE, name = 'vinasme'): GoldEntry {
  return { name, goldPath: `${name}.gold.json`, textPath: `${name}.txt`, gold, text };
}

/** The span of `words` (inside the one occurrence of `within`), in code points; the article is all BMP. */
export function spanOf(words: string, within?: string): { start: number; end: number; text: string } {
  const from = within === undefined ? 0 : ARTICLE.indexOf(within);
  const start = ARTICLE.indexOf(words, from);
  if (from < 0 || start < 0) throw new Error(`fixture: "${words}" not found`);
  return { start, end: start + words.length, text: words };
}

function lineSpans(): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of ARTICLE.split('\n')) {
    spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

const KINDS = ['title', 'byline', 'lead', 'question', 'answer', 'caption', 'answer', 'closing', 'attribution'] as const;

const figure = { value: null, min: null, max: null, of: null, unit: null, qualifier: null, qa: null };

/** A prediction that agrees with GOLD in every field. */
export function perfectRecord(): ExtractionRecord {
  const lines = lineSpans();
  const question = { ...lines[3]!, text: ARTICLE.split('\n')[3]! };
  return {
    schemaVersion: 1,
    id: 'input/vinasme.txt',
    source: { file: 'input/vinasme.txt', line: null, url: null },
    text: ARTICLE,
    meta: { title: 'Doanh nghiệp nhỏ chuyển đổi số: đi từng bước', author: null, publishedAt: '2022-08-15T07:45+07:00', views: null, attribution: 'Báo Đầu tư' },
    paragraphs: lines.map((span, index) => ({ index, ...span, kind: KINDS[index]! })),
    qa: [{
      index: 0,
      question,
      answer: {
        paragraphs: [4, 6],
        segments: [lines[4]!, lines[6]!],
        text: [ARTICLE.split('\n')[4], ARTICLE.split('\n')[6]].join('\n'),
      },
    }],
    dates: [
      { ...spanOf('15/08/2022 - 07:45'), value: '2022-08-15T07:45', endValue: null, mod: null, relative: false, qa: null },
      { ...spanOf('Năm 2021'), value: '2021', endValue: null, mod: null, relative: false, qa: null },
      { ...spanOf('năm 2023'), value: '2023', endValue: null, mod: null, relative: false, qa: 0 },
    ],
    figures: [
      { ...figure, ...spanOf('hơn 300 doanh nghiệp'), kind: 'count', value: 300, unit: 'doanh nghiệp', qualifier: 'over' },
      { ...figure, ...spanOf('khoảng 20%'), kind: 'percent', value: 20, unit: '%', qualifier: 'approx', qa: 0 },
      { ...figure, ...spanOf('5.000 người'), kind: 'count', value: 5000, unit: 'người', qa: 0 },
    ],
    organizations: [{
      id: 'org-1',
      name: 'Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam',
      acronym: 'Vinasme',
      mentions: [
        { ...spanOf('Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam'), qa: null },
        { ...spanOf('Vinasme', '(Vinasme)'), qa: null },
        { ...spanOf('Vinasme', 'Chủ tịch Vinasme'), qa: null },
      ],
    }],
    people: [{ id: 'person-1', name: 'Trần Văn Long', mentions: [{ ...spanOf('Trần Văn Long'), qa: 0 }, { ...spanOf('Trần Văn Long', 'Ảnh:'), qa: null }] }],
    roles: [{
      ...spanOf('Trần Văn Long, Chủ tịch Vinasme'),
      title: 'Chủ tịch',
      holder: { kind: 'person', ref: 'person-1', name: 'Trần Văn Long' },
      organization: { ref: 'org-1', name: 'Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam' },
      qa: null,
    }],
    acronyms: [{ ...spanOf('Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam (Vinasme)'), short: 'Vinasme', long: 'Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam' }],
    warnings: [],
  };
}
