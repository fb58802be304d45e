// PLACEHOLDER until the sentence splitter lands: one sentence per paragraph.
import { annotation, defineStage } from '../../pipeline/document.js';

export const sentencesStage = defineStage({
  name: 'sentences',
  requires: ['paragraphs'],
  run: (document) =>
    annotation(document, 'paragraphs').map((paragraph) => ({ start: paragraph.start, end: paragraph.end, paragraph: paragraph.index })),
});
