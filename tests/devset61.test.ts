// The sixty-first development set (tests/fixtures/devset61/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: four
// interviews (a central hospital's satellite-hospital programme and a National Assembly delegation's deputy head, `PV:`
// and the speaker's name; a corporation's shareholders' meeting and an international agency's preschool project,
// collapsed into one line) and six reports (a provincial inspectorate's land conclusion, a drug ring broken up, a merged
// commune's Party congress, border-gate customs; a ministry's digital conference and a farmers' association's awards
// collapsed into one line). Asked for dense organizations, people and roles: lists of officials each with a post,
// acting and former posts, boards and supervisory boards, nested units of police, customs and ministries. Written in
// the thirty-third session, scored before any fix for it. Every gold file must resolve against its article; the
// pipeline's records are then scored with the project's own scorer and the per-field table is printed. Only a floor
// under today's scores is asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 0.879, qa 1.000, paragraphs 0.947, dates 0.974, figures 0.986, organizations 0.903, people 0.987, roles
  // 0.768, acronyms 0.986 (total micro F1 0.946; 0.924 with the gold as the annotators wrote it).
  // Raised by the thirty-third session's fixes: meta 1.000, qa 1.000, paragraphs 0.947, dates 0.991, figures 0.988,
  // organizations 0.940, people 1.000, roles 0.905, acronyms 1.000 (total 0.975):
  // a collapsed title ending in a year, an author after a quoted title, a company's officers at the company,
  // `Chính trị viên phó`, field compounds of health units, `Cục Quản lý Khám, chữa bệnh`, a head's acronym with its
  // words (`UBKT Tỉnh ủy`).
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.93,
  dates: 0.98,
  figures: 0.97,
  organizations: 0.93,
  people: 0.99,
  roles: 0.89,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset61: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset61'),
  kinds: {
    description: 'four interviews and six reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 4, reports: 6, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
