// PLACEHOLDER until the metadata extractor lands: the title is the first paragraph.
import { annotation, defineStage } from '../../pipeline/document.js';
import type { ParagraphKind } from '../../output/schema.js';

export const metadataStage = defineStage({
  name: 'metadata',
  requires: ['paragraphs', 'dateMentions'],
  run: (document) => {
    const first = annotation(document, 'paragraphs')[0];
    const kinds = new Map<number, ParagraphKind>();
    if (first) kinds.set(0, 'title');
    return {
      meta: {
        title: first ? document.text.slice(first.start, first.end) : null,
        author: null, publishedAt: null, views: null, attribution: null,
      },
      paragraphKinds: kinds,
      evidence: first ? { title: first } : {},
    };
  },
});
