// The sentence splitter: every corpus example is its own test; the stage covers every paragraph; hostile input
// stays linear.
import { describe, expect, it } from 'vitest';
import { SENTENCE_EXAMPLES } from '../extractors/sentences/corpus.js';
import { splitSentences } from '../extractors/sentences/index.js';
import { annotateArticle } from '../pipeline/run-article.js';
import { paragraphsStage } from '../input/paragraphs.js';
import { sentencesStage } from '../extractors/sentences/index.js';
import { normalizeText } from '../input/normalize.js';

function sentencesOf(text: string): string[] {
  return splitSentences(text, { index: 0, start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));
}

describe('sentence splitter corpus', () => {
  it('holds at least 100 examples', () => {
    expect(SENTENCE_EXAMPLES.length).toBeGreaterThanOrEqual(100);
  });
  SENTENCE_EXAMPLES.forEach((example, index) => {
    it(`${index + 1}. ${example.text}`, () => {
      const text = normalizeText(example.text);
      expect(sentencesOf(text)).toEqual(example.sentences.map((sentence) => normalizeText(sentence)));
    });
  });
});

describe('sentences stage', () => {
  it('splits every paragraph and keeps each sentence inside its paragraph', () => {
    const text = 'Tiêu đề bài viết\nCâu một. Câu hai?\nĐoạn cuối có TS. Lan.';
    const { document } = annotateArticle(
      { id: 't', source: { file: null, line: null, url: null }, text, hints: {}, markup: {} },
      [paragraphsStage, sentencesStage],
    );
    const sentences = document.annotations.sentences ?? [];
    expect(sentences.map((sentence) => [sentence.paragraph, text.slice(sentence.start, sentence.end)])).toEqual([
      [0, 'Tiêu đề bài viết'],
      [1, 'Câu một.'],
      [1, 'Câu hai?'],
      [2, 'Đoạn cuối có TS. Lan.'],
    ]);
  });

  it('runs well under a second on a 1 MB line of digits, dots, slashes and spaces', () => {
    const unit = '1.2/3 4. 5.. A. ?! ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const startedAt = performance.now();
    const sentences = splitSentences(text, { index: 0, start: 0, end: text.length });
    expect(sentences.length).toBeGreaterThan(0);
    expect(performance.now() - startedAt).toBeLessThan(1000);
  });

  it('runs well under a second on a 1 MB run of initials and of dots with no space', () => {
    for (const text of ['A. '.repeat(350_000), '1.'.repeat(500_000), 'TS. '.repeat(250_000)]) {
      const startedAt = performance.now();
      splitSentences(text, { index: 0, start: 0, end: text.length });
      expect(performance.now() - startedAt).toBeLessThan(1000);
    }
  });
});
