// The eleventh development set (tests/fixtures/devset11/): ten more Vietnamese news articles written for the project by
// two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: five
// interviews (`Phóng viên:` and a shortened name label, a dump collapsed into two lines with unlabelled questions,
// stand-alone question paragraphs citing international bodies by acronym, `PV:` with a shortened name label, `- `
// dash dialogue collapsed into one line) and five reports (a court case over land clearance, straw mushroom prices,
// apartment prices with developers' stock codes, a swimming championship, landslides in the north-west). Written at
// the start of the fourteenth session, before its fixes, as a fresh estimate. Every gold file must resolve against its
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
  // (an end reached by `hết` carries END; `khoảng` before an hour is part of an APPROX date; `Trưởng khoa` belongs to
  // its department): meta 1.000, qa 1.000, paragraphs 1.000, dates 0.967, figures 0.972, organizations 0.891, people
  // 0.976, roles 0.837, acronyms 0.906 (total micro F1 0.959; 0.956 with the gold as the annotators wrote it).
  meta: 0.95,
  qa: 0.95,
  paragraphs: 0.95,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.94,
  people: 0.96,
  roles: 0.92,
  acronyms: 0.91,
};

describeGoldSet({
  title: 'devset11: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset11'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
