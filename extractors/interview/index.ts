// PLACEHOLDER until the interview splitter lands: no pairs, every paragraph body.
import { annotation, defineStage } from '../../pipeline/document.js';

export const interviewStage = defineStage({
  name: 'interview',
  requires: ['paragraphs', 'sentences', 'metadata'],
  run: (document) => {
    const metadataKinds = annotation(document, 'metadata').paragraphKinds;
    return {
      paragraphKinds: annotation(document, 'paragraphs').map((paragraph) => metadataKinds.get(paragraph.index) ?? 'body'),
      pairs: [],
      inlineKinds: [],
    };
  },
});
