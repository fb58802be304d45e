// Records for the table, XLSX and CSV tests, made by hand (texts written for the project): a helper places each
// mention by the words it covers, so offsets are right in code points whatever the text holds.
import type { ExtractionError, ExtractionRecord, Mention } from '../output/schema.js';

/** The mention of `words` in `text` (its `occurrence`-th appearance), offsets in code points. */
export function mentionOf(text: string, words: string, occurrence = 0): Mention {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    index = text.indexOf(words, index + 1);
    if (index === -1) throw new Error(`"${words}" not in the text`);
  }
  const start = Array.from(text.slice(0, index)).length;
  return { start, end: start + Array.from(words).length, text: words };
}

function emptyRecord(id: string, text: string): ExtractionRecord {
  return {
    schemaVersion: 1,
    id,
    source: { file: 'mau.jsonl', line: 1, url: null },
    text,
    meta: { title: null, author: null, publishedAt: null, views: null, attribution: null },
    paragraphs: [],
    qa: [],
    dates: [],
    figures: [],
    organizations: [],
    people: [],
    roles: [],
    acronyms: [],
    warnings: [],
  };
}

const INTERVIEW = [
  'Chuyển đổi số ở hợp tác xã: cần bắt đầu từ con người',
  'Bà Trần Thị Hòa, Giám đốc Liên minh Hợp tác xã tỉnh Quảng Trị (LMHTX), trao đổi với phóng viên.',
  'Thưa bà, năm 2023 các hợp tác xã đã làm được gì?',
  'Ngày 15/3/2023, chúng tôi ký kết với 12 hợp tác xã. Khoảng 40% thành viên đã dùng điện thoại thông minh để bán hàng 😀.',
  'Kế hoạch sắp tới ra sao?',
  'Trong quý II, tổng vốn hỗ trợ dự kiến từ 1,5 đến 2 tỷ đồng.',
].join('\n');

/** An interview with every kind of row: QA, dates, figures, organizations, people, roles, acronyms. */
export function interviewRecord(id = 'phong-van-1'): ExtractionRecord {
  const text = INTERVIEW.normalize('NFC');
  const record = emptyRecord(id, text);
  const question1 = mentionOf(text, 'Thưa bà, năm 2023 các hợp tác xã đã làm được gì?');
  const question2 = mentionOf(text, 'Kế hoạch sắp tới ra sao?');
  const answer1 = mentionOf(text, 'Ngày 15/3/2023, chúng tôi ký kết với 12 hợp tác xã. Khoảng 40% thành viên đã dùng điện thoại thông minh để bán hàng 😀.');
  const answer2 = mentionOf(text, 'Trong quý II, tổng vốn hỗ trợ dự kiến từ 1,5 đến 2 tỷ đồng.');
  const lmhtx = mentionOf(text, 'Liên minh Hợp tác xã tỉnh Quảng Trị');
  return {
    ...record,
    source: { file: 'mau.jsonl', line: 1, url: 'https://bao.example.vn/chuyen-doi-so-hop-tac-xa.html' },
    meta: { title: 'Chuyển đổi số ở hợp tác xã: cần bắt đầu từ con người', author: 'Minh Anh', publishedAt: '2023-06-02T09:15:00+07:00', views: 1233, attribution: null },
    qa: [
      { index: 0, question: question1, answer: { paragraphs: [3], segments: [{ start: answer1.start, end: answer1.end }], text: answer1.text } },
      { index: 1, question: question2, answer: { paragraphs: [5], segments: [{ start: answer2.start, end: answer2.end }], text: answer2.text } },
    ],
    dates: [
      { ...mentionOf(text, 'năm 2023'), value: '2023', endValue: null, mod: null, relative: false, qa: 0 },
      { ...mentionOf(text, 'Ngày 15/3/2023'), value: '2023-03-15', endValue: null, mod: null, relative: false, qa: 0 },
      { ...mentionOf(text, 'quý II'), value: '2023-Q2', endValue: null, mod: null, relative: true, qa: 1 },
    ],
    figures: [
      { ...mentionOf(text, '12 hợp tác xã'), kind: 'count', value: 12, min: null, max: null, of: null, unit: 'hợp tác xã', qualifier: null, qa: 0 },
      { ...mentionOf(text, 'Khoảng 40%'), kind: 'percent', value: 40, min: null, max: null, of: null, unit: '%', qualifier: 'approx', qa: 0 },
      { ...mentionOf(text, 'từ 1,5 đến 2 tỷ đồng'), kind: 'range', value: null, min: 1_500_000_000, max: 2_000_000_000, of: null, unit: 'đồng', qualifier: null, qa: 1 },
    ],
    organizations: [
      { id: 'o1', name: 'Liên minh Hợp tác xã tỉnh Quảng Trị', acronym: 'LMHTX', mentions: [{ ...lmhtx, qa: null }, { ...mentionOf(text, 'LMHTX'), qa: null }] },
    ],
    people: [{ id: 'p1', name: 'Trần Thị Hòa', mentions: [{ ...mentionOf(text, 'Trần Thị Hòa'), qa: null }] }],
    roles: [
      {
        ...mentionOf(text, 'Bà Trần Thị Hòa, Giám đốc Liên minh Hợp tác xã tỉnh Quảng Trị'),
        title: 'Giám đốc',
        holder: { kind: 'person', ref: 'p1', name: 'Trần Thị Hòa' },
        organization: { ref: 'o1', name: 'Liên minh Hợp tác xã tỉnh Quảng Trị' },
        qa: null,
      },
    ],
    acronyms: [{ ...mentionOf(text, 'Liên minh Hợp tác xã tỉnh Quảng Trị (LMHTX)'), short: 'LMHTX', long: 'Liên minh Hợp tác xã tỉnh Quảng Trị' }],
    warnings: ['không rõ ngày đăng của bài gốc'],
  };
}

export const HOSTILE_CELLS = ['=HYPERLINK("http://x")', '@SUM(A1)', '+1+1', '-2', '\tTAB', '\rCR', '=1+1'] as const;
export const LONG_LINE_LENGTH = 100_000;

/** An article whose every text cell tries to be a formula, with a 100,000-character line and control characters. */
export function hostileRecord(id = '=HYPERLINK("http://x")'): ExtractionRecord {
  const longLine = 'Ư'.repeat(LONG_LINE_LENGTH);
  const controls = 'bell\u0007 escape\u001b nul\u0000 delete\u007f literal _x0041_ end';
  const text = [...HOSTILE_CELLS, longLine, controls].join('\n');
  const record = emptyRecord(id, text);
  const hostile = HOSTILE_CELLS.map((cell) => mentionOf(text, cell));
  const [formula = hostile[0]!, sum = hostile[0]!, plus = hostile[0]!, minus = hostile[0]!] = hostile;
  return {
    ...record,
    source: { file: '=cmd|"/c calc"!A1', line: 7, url: 'javascript:alert(1)' },
    meta: { title: longLine, author: '@SUM(A1)', publishedAt: null, views: null, attribution: '+1+1' },
    qa: [{ index: 0, question: formula, answer: { paragraphs: [1], segments: [{ start: sum.start, end: sum.end }], text: `${sum.text}\n${controls}` } }],
    dates: [{ ...minus, value: null, endValue: null, mod: null, relative: false, qa: null }],
    figures: [{ ...minus, kind: 'number', value: -2, min: null, max: null, of: null, unit: '=A1', qualifier: null, qa: 0 }],
    organizations: [{ id: '@o', name: '=HYPERLINK("http://x")', acronym: '+1+1', mentions: [formula] }],
    people: [{ id: '-p', name: '-2', mentions: [minus] }],
    roles: [{ ...plus, title: '=1+1', holder: { kind: null, ref: null, name: '@SUM(A1)' }, organization: { ref: null, name: '-2' } }],
    acronyms: [{ ...sum, short: '@SUM', long: '=HYPERLINK("http://x")' }],
    warnings: [controls, longLine],
  };
}

export function hostileError(): ExtractionError {
  return { id: '-1+1', source: { file: '@file', line: 2, url: null }, reason: '=HYPERLINK("http://x") could not be read' };
}

/** A plain article with one figure, for row-limit tests. */
export function smallRecord(index: number): ExtractionRecord {
  const text = `Bài số ${index}: tỉnh có ${index + 3} trường học mới.`;
  return {
    ...emptyRecord(`bai-${index}`, text),
    figures: [{ ...mentionOf(text, `${index + 3} trường học`), kind: 'count', value: index + 3, min: null, max: null, of: null, unit: 'trường học', qualifier: null, qa: null }],
  };
}
