// The sixty-third development set (tests/fixtures/devset63/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: four
// interviews (a university's rector at its fiftieth anniversary and a provincial Red Cross society's chair, `PV:` and
// the speaker's name; an industrial-park board's head receiving Japanese investors and a JICA clean-water project's
// director, collapsed into one line) and six reports (a People's Council session electing and dismissing posts, a
// home-affairs department's appointments, a Fatherland Front congress, a state bank branch's credit signing; an
// embezzlement trial and a military command's houses collapsed into one line). Asked for dense organizations, people
// and roles: lists of officials each with a post, acting and former posts, standing-committee members, courts and
// prosecutors, nested units of ministries, banks and universities. Written in the thirty-fourth session, scored before
// any fix for it. Every gold file must resolve against its article; the pipeline's records are then scored with the
// project's own scorer and the per-field table is printed. Only a floor under today's scores is asserted: the set is
// there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 0.862, qa 0.769, paragraphs 0.897, dates 0.954, figures 0.979, organizations 0.897, people 0.971, roles
  // 0.833, acronyms 0.985 (total micro F1 0.934; 0.920 with the gold as the annotators wrote it).
  meta: 0.80,
  qa: 0.70,
  paragraphs: 0.80,
  dates: 0.90,
  figures: 0.90,
  organizations: 0.80,
  people: 0.90,
  roles: 0.75,
  acronyms: 0.90,
};

describeGoldSet({
  title: 'devset63: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset63'),
  kinds: {
    description: 'four interviews and six reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 4, reports: 6, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
