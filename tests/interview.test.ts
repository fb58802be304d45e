// The interview stage on its example corpus: each example is its own test. A pair is right as gold.md scores it:
// the question holds the words, the answer has exactly as many segments, each holding its words in order.
import { describe, expect, it } from 'vitest';
import { INTERVIEW_EXAMPLES } from '../extractors/interview/corpus.js';
import { SCENE_CAPTION_EXAMPLES } from '../extractors/interview/corpus-captions.js';
import { extractArticle } from '../pipeline/run-article.js';
import { normalizeText } from '../input/normalize.js';

describe('interview corpus', () => {
  for (const example of [...INTERVIEW_EXAMPLES, ...SCENE_CAPTION_EXAMPLES]) {
    it(example.name, () => {
      const text = normalizeText(example.text);
      const record = extractArticle({ id: 'example', source: { file: null, line: null, url: null }, text, hints: {}, markup: example.markup ?? {} });
      const found = record.qa.map((pair) => ({
        question: pair.question.text,
        answers: pair.answer.segments.map((segment) => text.slice(segment.start, segment.end)),
      }));
      expect(found.length, JSON.stringify(found, null, 1)).toBe(example.pairs.length);
      example.pairs.forEach((pair, index) => {
        const got = found[index];
        expect(got?.question).toContain(pair.question);
        expect(got?.answers.length, `answer segments of pair ${index}: ${JSON.stringify(got?.answers)}`).toBe(pair.answers.length);
        pair.answers.forEach((words, part) => expect(got?.answers[part]).toContain(words));
      });
      for (const words of example.notInAnswers ?? []) {
        for (const pair of record.qa) expect(pair.answer.text, `answer ${pair.index} holds "${words}"`).not.toContain(words);
      }
      for (const [index, kind] of Object.entries(example.kinds ?? {})) {
        expect(record.paragraphs[Number(index)]?.kind, `kind of paragraph ${index}`).toBe(kind);
      }
    });
  }
});
