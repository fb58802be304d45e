// PLACEHOLDER until the figures extractor lands.
import { defineStage } from '../../pipeline/document.js';

export const figuresStage = defineStage({ name: 'figures', requires: ['dates', 'sentences'], run: () => [] });
