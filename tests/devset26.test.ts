// The twenty-sixth development set (tests/fixtures/devset26/): ten more Vietnamese news articles written for the
// project by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file:
// five interviews (`PV:` with a salt co-operative's director and with a dairy co-operative's, `?` questions and `- `
// answers with a lottery company's director, a prison's warden and a notaries' association's chairman each collapsed
// into two lines) and five reports (a waste-to-energy plant, salt prices, a toll station's road, a library's mobile
// vans, notaries linked to land registration).
// Written in the nineteenth session while dev sets 24 and 25 were fixed, scored before any fix for it. Every gold file
// must resolve against its article; the pipeline's records are then scored with the project's own scorer and the
// per-field table is printed. Only a floor under today's scores is asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions
  // (as devset24's; `10 tháng đầu năm nay` the year `năm nay`):
  // meta 1.000, qa 1.000, paragraphs 0.960, dates 0.990, figures 0.995, organizations 0.928, people 0.988, roles
  // 0.815, acronyms 0.923 (total micro F1 0.977; 0.974 with the gold as the annotators wrote it).
  // Raised by the nineteenth session's fixes: dates 1.000, figures 1.000, organizations 0.974, people 1.000, roles
  // 1.000, acronyms 0.974 (total 0.996).
  meta: 0.95,
  qa: 0.95,
  paragraphs: 0.9,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.96,
  people: 0.99,
  roles: 0.99,
  acronyms: 0.96,
};

describeGoldSet({
  title: 'devset26: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset26'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
