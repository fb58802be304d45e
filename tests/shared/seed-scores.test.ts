// The seed interview (../shared/corpus/seed) meets every bar the issues set: meta 5/5, qa 3/3, caption and closing
// kinds, dates and figures value-F1 ≥ 0.95, organizations ≥ 0.9, people 1.0, roles ≥ 0.85, acronyms ≥ 0.9.
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { itMeetsBars } from '../gold-bars.js';

describe('the seed interview', () => {
  itMeetsBars(fileURLToPath(new URL('../../../shared/corpus/seed', import.meta.url)));
});
