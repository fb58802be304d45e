// The blind holdout set (tests/fixtures/holdout/): ten Vietnamese news articles written for the project by someone
// who had read neither the extractors' rules nor the development set, each with a complete gold file. It is kept
// for the final measurement, so it asserts no score floor: every gold file must resolve against its article and
// every article must yield a record the schema accepts; the per-field table is then printed for the record.
import { join } from 'node:path';
import { expect } from 'vitest';
import { byKind, describeGoldSet } from './gold-set.js';

describeGoldSet({
  title: 'holdout: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'holdout'),
  kinds: {
    description: 'interviews, plain reports and collapsed dumps',
    check: (entries) => {
      const { interviews, reports } = byKind(entries);
      const collapsed = interviews.filter((entry) => (entry.text ?? '').split('\n').length <= 6);
      expect(interviews.length).toBeGreaterThanOrEqual(4);
      expect(reports.length).toBeGreaterThanOrEqual(3);
      expect(collapsed).toHaveLength(2);
      expect(reports.some((entry) => (entry.text ?? '').includes('?'))).toBe(true);
    },
  },
  floors: null,
});
