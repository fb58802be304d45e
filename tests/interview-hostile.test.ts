// The structure stages (sentences, metadata, interview) stay linear on hostile lines of about 1 MB.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/run-article.js';
import { annotateArticle } from '../pipeline/run-article.js';
import { paragraphsStage } from '../input/paragraphs.js';
import { sentencesStage } from '../extractors/sentences/index.js';
import { metadataStage } from '../extractors/metadata/index.js';
import { interviewStage } from '../extractors/interview/index.js';
import type { Annotations, Stage } from '../pipeline/document.js';

const SIZE = 1_000_000;
const repeat = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));

// dateMentions is another team's stage: stand it in with no dates so only ours are timed.
const noDates: Stage<'dateMentions'> = { name: 'dateMentions', requires: [], run: (): Annotations['dateMentions'] => [] };
const STRUCTURE: readonly Stage[] = [paragraphsStage, sentencesStage, noDates, metadataStage, interviewStage];

// Lines of numbers and spaces must run well under a second. Lines that are nothing but turns (a pair every 30
// characters, 35,000 pairs a megabyte) build that many objects: linear, but heavier; their bound of 5 seconds
// guards against quadratic work (which would take minutes), and leaves room for a loaded test machine.
const FAST: Record<string, string> = {
  'digits, dots, slashes and spaces': `Tiêu đề\n${repeat('1.2/3 4. 5.. 06/03 ')}`,
  'spaces': `Tiêu đề\n${'a'}${' '.repeat(SIZE)}b?`,
  'dots before a credit': `Tiêu đề\nÔng A: x. ${'.'.repeat(SIZE)}a Ảnh: B.`,
};
const DENSE: Record<string, string> = {
  'interviewer labels and questions': `Tiêu đề\nDẫn nhập.\n${repeat('PV: Thưa ông, vì sao? Ông Nguyễn Văn An: Tôi nghĩ vậy. ')}`,
  'unlabelled questions': `Tiêu đề\n${repeat('Ông nghĩ sao? Theo tôi, ổn. ')}`,
  'captions and closings': `Tiêu đề\n${repeat('Ảnh: A. (Ảnh: B) Xin cảm ơn ông! ')}`,
  'captions run into answers': `Tiêu đề\n${repeat('PV: Vì sao? Ông An: Đúng. Ông Nguyễn Văn An ở xưởng. Ảnh: Minh. Tốt. ')}`,
  'context paragraphs before questions': `Tiêu đề\nDẫn nhập.\n${repeat('Vì sao, thưa ông?\nTôi nghĩ vậy.\nTrước đây ông làm nghề khác.\nÔng nghĩ sao?\n')}`,
  'dashes and colons': `Tiêu đề\n${repeat('- : - Ông A: - PV: ')}`,
  // 55,000 paragraphs and no colon: a search for the next label's colon from each paragraph to the end of the text
  // would be quadratic (11 s).
  'short lines with no colon': `Tiêu đề\n${repeat('Một đoạn văn ngắn.\n')}`,
};

function timeStages(text: string): Record<string, number> {
  const article = { id: 'hostile', source: { file: null, line: null, url: null }, text, hints: {}, markup: {} };
  const timings: Record<string, number> = {};
  annotateArticle(article, STRUCTURE, timings);
  return timings;
}

describe('structure stages on hostile input', () => {
  for (const [name, text] of Object.entries(FAST)) {
    it(`${name}: well under a second per stage`, () => {
      const timings = timeStages(text);
      for (const stage of ['sentences', 'metadata', 'interview']) expect(timings[stage] ?? 0, stage).toBeLessThan(1000);
    });
  }
  for (const [name, text] of Object.entries(DENSE)) {
    it(`${name}: linear (under 5 s per stage for 1 MB of turns)`, () => {
      const timings = timeStages(text);
      for (const stage of ['sentences', 'metadata', 'interview']) expect(timings[stage] ?? 0, stage).toBeLessThan(5000);
    });
  }

  it('still yields a valid record for a long collapsed interview', () => {
    const text = `Tiêu đề\nDẫn nhập.\n${'PV: Thưa ông, vì sao? Ông Nguyễn Văn An: Tôi nghĩ vậy. '.repeat(2000)}`;
    const record = extractArticle({ id: 'long', source: { file: null, line: null, url: null }, text, hints: {}, markup: {} });
    expect(record.qa.length).toBe(2000);
  });
});
