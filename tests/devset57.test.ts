// The fifty-seventh development set (tests/fixtures/devset57/): ten more Vietnamese news articles written for the
// project by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file:
// four interviews (a state bank branch's director on lending to farmers and a provincial department's deputy director
// on river dredging, `PV:` and the speaker's name; a university hospital's director on a foreign aid agency's equipment
// and a national park's director on a bird count, collapsed into one line) and six reports (a ministry's inspection of
// public investment, a Party committee conference, a land auction, a vocational college's agreements; a police
// division's online fraud case and an industrial park's foreign investment collapsed into one line). Asked for dense
// organizations, people and roles: lists of officials, acting, deputy and former posts, nested bodies, branches of
// banks, acronyms with `&` and `-`. Written in the thirty-first session, scored before any fix for it. Every gold file
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
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 0.957, qa 0.974, paragraphs 0.938, dates 1.000, figures 0.991, organizations 0.920, people 0.993, roles
  // 0.815, acronyms 0.917
  // (total micro F1 0.960; 0.940 with the gold as the annotators wrote it).
  // Raised by the thirty-first session's fixes: meta 1.000, qa 1.000, paragraphs 0.970, dates 1.000, figures 1.000,
  // organizations 0.983, people 1.000, roles 0.964, acronyms 1.000 (total 0.994):
  // a collapsed title ending at a term's acronym, a credit's name before `PV:`, a question after a caption's credit, two
  // acronyms in one bracket, councils and a treaty's secretariat, medical supplies as a field, `một` in a list of counts.
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.96,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.97,
  people: 0.99,
  roles: 0.95,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset57: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset57'),
  kinds: {
    description: 'four interviews and six reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 4, reports: 6, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
