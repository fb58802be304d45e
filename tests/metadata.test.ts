// The metadata stage on its example corpus: each example is its own test.
import { describe, expect, it } from 'vitest';
import { METADATA_EXAMPLES } from '../extractors/metadata/corpus.js';
import { extractArticle } from '../pipeline/run-article.js';
import { normalizeText } from '../input/normalize.js';
import { normalizeIsoDateTime, statedOffset } from '../extractors/metadata/published-at.js';
import { readBylineLine } from '../extractors/metadata/byline.js';
import { splitTitleLine } from '../extractors/metadata/title-line.js';
import { tokenize } from '../input/tokens.js';
import { expectLinearTime, millisecondsOf, repeatedTo } from './linear-time.js';

describe('metadata corpus', () => {
  for (const example of METADATA_EXAMPLES) {
    it(example.name, () => {
      const record = extractArticle({
        id: 'example',
        source: { file: null, line: null, url: null },
        text: normalizeText(example.text),
        hints: example.hints ?? {},
        markup: {},
      });
      expect(record.meta).toMatchObject(example.expected);
      for (const [index, kind] of Object.entries(example.kinds ?? {})) {
        expect(record.paragraphs[Number(index)]?.kind, `kind of paragraph ${index}`).toBe(kind);
      }
    });
  }
});

describe('publishedAt helpers', () => {
  it('reads offsets stated in the text', () => {
    expect(statedOffset('09:15 (GMT+7)')).toBe('+07:00');
    expect(statedOffset('10:00 GMT+8')).toBe('+08:00');
    expect(statedOffset('UTC-5:30')).toBe('-05:30');
    expect(statedOffset('không có múi giờ')).toBeNull();
  });
  it('normalizes ISO hints', () => {
    expect(normalizeIsoDateTime('2021-02-14')).toBe('2021-02-14T00:00:00+07:00');
    expect(normalizeIsoDateTime('2021-02-14 07:28:00+0700')).toBe('2021-02-14T07:28:00+07:00');
    expect(normalizeIsoDateTime('14/02/2021')).toBeNull();
  });
});

/** Milliseconds of the byline reader over every 240-character line of `size` characters of `unit`. */
function bylineTime(unit: string, size: number): number {
  const line = repeatedTo(unit, 240);
  const text = `${line}\n`.repeat(Math.ceil(size / 241));
  const tokens = tokenize(text);
  return millisecondsOf(() => {
    for (let start = 0; start < text.length; start += 241) readBylineLine(text, tokens, { start, end: start + 240 });
  });
}

describe('byline reader on hostile lines', () => {
  // Lines of the longest a byline may be (240 characters), each built to make the reader work: runs of spaces
  // before a dash, separators, labels, date pieces, digits with group marks, names, parts as long as can be.
  const UNITS: Record<string, string> = {
    'spaces before a lone dash': `${' '.repeat(239)}-`,
    'bars and middle dots': '| · • – ',
    'labels without values': 'Lượt xem: Ngày đăng: Người viết: ',
    'date pieces': '11/01/2024 - 10:15 | Thứ Năm, ',
    'digits and group marks': '1.233,4.5.6,7 ',
    'names and dashes': 'Minh Châu - Hà Nội - TTXVN | ',
    // Fewer parts than a byline may have, each as long as can be, so every part is read in full.
    'long date parts': 'Thứ Năm, ngày 11/01/2024 lúc 10:15 GMT+7 Cập nhật 11/01/2024 10:15 · ',
    'long name parts': 'Minh Châu Hoàng Yến Lan Anh Thu Trang - Hà Nội Đà Nẵng Hải Phòng | ',
    'names run into dates': 'Minh Châu Hoàng Yến 11/01/2024 10:15 Thu Trang Thứ Hai, ',
    'long view parts': 'Lượt xem: 1.233.456.789.123.456.789.123.456.789.123.456.789 lượt | ',
  };
  for (const [label, unit] of Object.entries(UNITS)) {
    it(`${label}: a megabyte of lines takes about four times as long as 256 KB`, () => {
      expectLinearTime((size) => bylineTime(unit, size), 'byline');
    });
  }
});

/** Milliseconds of the title-line reader on a first paragraph of `size` characters of `unit`, one line or many. */
function titleLineTime(unit: string, size: number): number {
  const text = repeatedTo(unit, size);
  const tokens = tokenize(text);
  return millisecondsOf(() => {
    splitTitleLine(text, tokens, { start: 0, end: text.length });
  });
}

describe('title-line reader on hostile first paragraphs', () => {
  const UNITS: Record<string, string> = {
    'full dates after title words': 'Tiêu đề bài báo 11/01/2024 10:15 | ',
    'full dates after governing words': 'diễn ra sáng 11/01/2024 - 10:15 ',
    'byline lines under a title': 'Minh Châu | 11/01/2024 - 10:15\n',
    'dates with weekdays and no spaces': 'Thứ Hai,11/01/2024Thứ Hai, ',
    'names run into dates opening lines': 'Minh Châu 11/01/2024 10:15 Tiêu đề\nHải Đăng | 07:30, 11/01/2024 Lời dẫn ',
    'names and times before full dates': 'Tiêu đề bài Minh Châu | 16h00 ngày 11/01/2024 Hải Đăng 07:30, ',
  };
  for (const [label, unit] of Object.entries(UNITS)) {
    it(`${label}: a megabyte takes about four times as long as 256 KB`, () => {
      expectLinearTime((size) => titleLineTime(unit, size), 'title line');
    });
  }
});
