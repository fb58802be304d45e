// PLACEHOLDER until the dates extractor lands.
import { annotation, defineStage } from '../../pipeline/document.js';

export const dateMentionsStage = defineStage({ name: 'dateMentions', requires: ['sentences'], run: () => [] });
export const datesStage = defineStage({
  name: 'dates',
  requires: ['dateMentions', 'metadata'],
  run: (document) => annotation(document, 'dateMentions'),
});
