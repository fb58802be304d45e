// The forty-eighth development set (tests/fixtures/devset48/): ten more Vietnamese news articles written for the
// project by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file:
// five interviews (`PV:` with a seaweed co-operative's director and a disease-control centre's deputy director, `?`
// questions and `- ` answers with a coffee co-operative's director; a fire police deputy head and a pottery
// co-operative's director each collapsed into one line) and five reports (rural water stations, rented-room fire
// checks, mangrove carbon credits, electric buses, school health). Asked to write as real dumps come: old tone
// spellings, a caption and its credit run into a paragraph, dates and figures in several forms. Written in the
// twenty-sixth session, scored before any fix for it. Every gold file must resolve against its article; the pipeline's
// records are then scored with the project's own scorer and the per-field table is printed. Only a floor under today's
// scores is asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 1.000, qa 1.000, paragraphs 1.000, dates 0.984, figures 0.988, organizations 0.865, people 0.989, roles 0.706,
  // acronyms 1.000 (total micro F1 0.962; 0.953 with the gold as the annotators wrote it).
  // Raised by the twenty-sixth session's fixes: every field 1.000 but organizations 0.987 (total 0.999); left: a
  // department named by a head's title after `của` (`Trưởng phòng X của Viện`), which the earlier sets list in two
  // sets and leave out in two.
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.97,
  people: 0.99,
  roles: 0.99,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset48: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset48'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
