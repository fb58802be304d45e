// PLACEHOLDER until the acronyms extractor lands.
import { defineStage } from '../../pipeline/document.js';

export const acronymsStage = defineStage({ name: 'acronyms', requires: ['sentences'], run: () => [] });
