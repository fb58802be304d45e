// The structure stages (sentences, metadata, interview) stay linear on hostile lines of about 1 MB.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/run-article.js';
import { annotateArticle } from '../pipeline/run-article.js';
import { paragraphsStage } from '../input/paragraphs.js';
import { tokensStage } from '../input/tokens.js';
import { sentencesStage } from '../extractors/sentences/index.js';
import { metadataStage } from '../extractors/metadata/index.js';
import { interviewStage } from '../extractors/interview/index.js';
import type { Annotations, Stage } from '../pipeline/document.js';
import { expectLinearTimes, repeatedTo } from './linear-time.js';

// dateMentions is another team's stage: stand it in with no dates so only ours are timed.
const noDates: Stage<'dateMentions'> = { name: 'dateMentions', requires: [], run: (): Annotations['dateMentions'] => [] };
const STRUCTURE: readonly Stage[] = [paragraphsStage, tokensStage, sentencesStage, noDates, metadataStage, interviewStage];

// Each case is a text of about `size` characters; every structure stage must take about four times as long on a
// megabyte as on a quarter of it (tests/linear-time.ts). Lines of numbers and spaces are cheap; lines that are
// nothing but turns (a pair every 30 characters, 35,000 pairs a megabyte) build that many objects: linear, but heavier.
const CASES: Record<string, (size: number) => string> = {
  'digits, dots, slashes and spaces': (size) => `Tiêu đề\n${repeatedTo('1.2/3 4. 5.. 06/03 ', size)}`,
  'spaces': (size) => `Tiêu đề\na${' '.repeat(size)}b?`,
  'dots before a credit': (size) => `Tiêu đề\nÔng A: x. ${'.'.repeat(size)}a Ảnh: B.`,
  'interviewer labels and questions': (size) => `Tiêu đề\nDẫn nhập.\n${repeatedTo('PV: Thưa ông, vì sao? Ông Nguyễn Văn An: Tôi nghĩ vậy. ', size)}`,
  'unlabelled questions': (size) => `Tiêu đề\n${repeatedTo('Ông nghĩ sao? Theo tôi, ổn. ', size)}`,
  'captions and closings': (size) => `Tiêu đề\n${repeatedTo('Ảnh: A. (Ảnh: B) Xin cảm ơn ông! ', size)}`,
  'captions run into answers': (size) => `Tiêu đề\n${repeatedTo('PV: Vì sao? Ông An: Đúng. Ông Nguyễn Văn An ở xưởng. Ảnh: Minh. Tốt. ', size)}`,
  'context paragraphs before questions': (size) => `Tiêu đề\nDẫn nhập.\n${repeatedTo('Vì sao, thưa ông?\nTôi nghĩ vậy.\nTrước đây ông làm nghề khác.\nÔng nghĩ sao?\n', size)}`,
  'dashes and colons': (size) => `Tiêu đề\n${repeatedTo('- : - Ông A: - PV: ', size)}`,
  'speakers labelled with a bracket, and brackets with no colon': (size) =>
    `Tiêu đề\n${repeatedTo('PV: Vì sao? Ông Nguyễn Văn An (chủ tàu, thôn A): Đúng. Ông Bình (a (b ( c: ', size)}`,
  // 55,000 paragraphs and no colon: a search for the next label's colon from each paragraph to the end of the text
  // would be quadratic (11 s).
  'short lines with no colon': (size) => `Tiêu đề\n${repeatedTo('Một đoạn văn ngắn.\n', size)}`,
  // Captions told by their shape between longer paragraphs: each is read once, its neighbours' words counted up to a bound.
  // Quotes with a credit closing each line, with and without a colon: each line is read within itself.
  'quoted captions': (size) => `Tiêu đề\n${repeatedTo('Bà Trần Thị Mai: "Đủ hàng". Ảnh: Thu Hà\n"Đủ hàng" (Ảnh TTXVN)\n', size)}`,
  'short scene lines between longer paragraphs': (size) =>
    `Tiêu đề\n${repeatedTo('Nhà máy vận hành ổn định từ đầu năm. Mỗi ngày nhà máy tiếp nhận khoảng sáu trăm tấn rác.\nMáy phát điện chạy bằng khí sinh học tại trang trại.\n', size)}`,
};

function timeStages(text: string): Record<string, number> {
  const article = { id: 'hostile', source: { file: null, line: null, url: null }, text, hints: {}, markup: {} };
  const timings: Record<string, number> = {};
  annotateArticle(article, STRUCTURE, timings);
  return timings;
}

describe('structure stages on hostile input', () => {
  for (const [name, textOf] of Object.entries(CASES)) {
    it(`${name}: linear time in each stage`, () => {
      expectLinearTimes((size) => timeStages(textOf(size)), ['sentences', 'metadata', 'interview']);
    });
  }

  it('still yields a valid record for a long collapsed interview', () => {
    const text = `Tiêu đề\nDẫn nhập.\n${'PV: Thưa ông, vì sao? Ông Nguyễn Văn An: Tôi nghĩ vậy. '.repeat(2000)}`;
    const record = extractArticle({ id: 'long', source: { file: null, line: null, url: null }, text, hints: {}, markup: {} });
    expect(record.qa.length).toBe(2000);
  });
});
