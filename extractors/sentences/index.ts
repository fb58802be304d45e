// The sentences stage: every paragraph split into sentences (split-sentences.ts), for the stages after it.
import { annotation, defineStage, type SentenceSpan } from '../../pipeline/document.js';
import { splitSentences } from './split-sentences.js';

export { splitSentences } from './split-sentences.js';

export const sentencesStage = defineStage({
  name: 'sentences',
  requires: ['paragraphs'],
  run: (document) => {
    const sentences: SentenceSpan[] = [];
    for (const paragraph of annotation(document, 'paragraphs')) splitSentences(document.text, paragraph, sentences);
    return sentences;
  },
});
