// The sentence splitter: every corpus example is its own test; the stage covers every paragraph; hostile input
// stays linear.
import { describe, expect, it } from 'vitest';
import { expectLinearTime, millisecondsOf, repeatedTo } from './linear-time.js';
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

  it('runs in linear time on a 1 MB line of digits, dots, slashes and spaces', () => {
    const unit = '1.2/3 4. 5.. A. ?! ';
    const text = repeatedTo(unit, 10_000);
    expect(splitSentences(text, { index: 0, start: 0, end: text.length }).length).toBeGreaterThan(0);
    expectLinearTime((size) => {
      const line = repeatedTo(unit, size);
      return millisecondsOf(() => splitSentences(line, { index: 0, start: 0, end: line.length }));
    }, 'sentences');
  });

  it('runs in linear time on a 1 MB run of initials and of dots with no space', () => {
    for (const unit of ['A. ', '1.', 'TS. ']) {
      expectLinearTime((size) => {
        const line = repeatedTo(unit, size);
        return millisecondsOf(() => splitSentences(line, { index: 0, start: 0, end: line.length }));
      }, `sentences of ${JSON.stringify(unit)}`);
    }
  });
});
