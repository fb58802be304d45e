// The forty-second development set (tests/fixtures/devset42/): ten more Vietnamese news articles written for the
// project by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file:
// five interviews (`PV:` with a provincial library's director and a plant-protection sub-department's deputy head,
// `?` questions and `- ` answers with a university dormitory centre's director; a fish-sauce maker and a rice-seed
// co-operative's director each collapsed into one or two lines) and five reports (a seafood cold store, a Cà Ná
// fish-sauce workshop, ransomware at a private hospital, dragon fruit out of season, a battery recycling plant).
// Written in the twenty-fourth session, scored before any fix for it. Every gold file must resolve against its
// article; the pipeline's records are then scored with the project's own scorer and the per-field table is printed.
// Only a floor under today's scores is asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions
  // (`từ tháng N đến nay` optional with its part, a relative day with its bracketed date one date, `hết ngày` END,
  // `N tháng năm 2025` the year with the range optional, a body's name on to its place after its bracketed acronym):
  // meta 1.000, qa 1.000, paragraphs 1.000, dates 1.000, figures 0.984, organizations 0.907, people 1.000, roles
  // 0.839, acronyms 1.000 (total micro F1 0.976; 0.960 with the gold as the annotators wrote it).
  // Raised by the twenty-fourth session's fixes: figures, organizations and roles 1.000 (total 1.000).
  meta: 0.95,
  qa: 0.95,
  paragraphs: 0.95,
  dates: 0.95,
  figures: 0.99,
  organizations: 0.99,
  people: 0.95,
  roles: 0.99,
  acronyms: 0.95,
};

describeGoldSet({
  title: 'devset42: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset42'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
