// The sixty-fifth development set (tests/fixtures/devset65/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: four
// interviews (a provincial procuracy's head on its year and a provincial ethnic-affairs committee's head, `PV:` and the
// speaker's name; a regional state audit office's chief auditor and an electricity department's deputy head on an
// inspection of solar and wind plants, collapsed into one line) and six reports (a veterans' association congress, a
// women's union's project with a UN agency and an embassy, an airport terminal's expansion, a radio-television station's
// appointments; a social-housing groundbreaking and a vocational college's signings with foreign companies collapsed
// into one line). Asked for dense organizations, people and roles: lists of officials each with a post, acting and
// former posts, standing-committee and provincial committee members, offices, departments and branches of bodies,
// foreign agencies and companies. Written in the thirty-fifth session, scored before any fix for it. Every gold file
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
  // meta 1.000, qa 1.000, paragraphs 0.929, dates 0.970, figures 0.983, organizations 0.887, people 1.000, roles
  // 0.847, acronyms 0.962 (total micro F1 0.953; 0.937 with the gold as the annotators wrote it).
  // Raised by the thirty-fifth session's fixes: meta 1.000, qa 1.000, paragraphs 1.000, dates 0.978, figures 0.997,
  // organizations 0.921, people 1.000, roles 0.932, acronyms 0.987 (total 0.976): `Tỉnh ủy viên` at the Tỉnh ủy, an
  // ambassador at the embassy, `VKSND tối cao` a head, army ranks ending a name, `năm qua` written in December.
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.96,
  figures: 0.98,
  organizations: 0.91,
  people: 0.99,
  roles: 0.92,
  acronyms: 0.97,
};

describeGoldSet({
  title: 'devset65: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset65'),
  kinds: {
    description: 'four interviews and six reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 4, reports: 6, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
