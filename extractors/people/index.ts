// PLACEHOLDER until the people extractor lands.
import { defineStage } from '../../pipeline/document.js';

export const peopleStage = defineStage({ name: 'people', requires: ['organizations', 'metadata'], run: () => [] });
