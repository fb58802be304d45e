// PLACEHOLDER until the organizations extractor lands.
import { defineStage } from '../../pipeline/document.js';

export const organizationsStage = defineStage({ name: 'organizations', requires: ['acronyms', 'sentences'], run: () => [] });
