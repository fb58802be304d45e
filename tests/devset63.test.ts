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
  // meta 0.862, qa 0.769, paragraphs 0.897, dates 0.954, figures 0.984, organizations 0.898, people 0.971, roles
  // 0.846, acronyms 0.985 (total micro F1 0.938; 0.920 with the gold as the annotators wrote it).
  // Raised by the thirty-fourth session's fixes: meta 1.000, qa 1.000, paragraphs 1.000, dates 1.000, figures 1.000,
  // organizations 0.961, people 1.000, roles 0.960, acronyms 1.000 (total 0.989):
  // a collapsed title's author whose name would govern a date, `Lô` a family name, a regional court by its acronym, `Ban
  // QLDA`, `phòng, chống` + its list, `Kiểm sát viên A và Kiểm sát viên B thuộc Phòng X`, a year alone before `đến nay`.
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.95,
  people: 0.99,
  roles: 0.95,
  acronyms: 0.99,
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
