// The sixty-fourth development set (tests/fixtures/devset64/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: eight
// interviews (a provincial Youth Union's secretary, an ambassador, a disease-control centre's director, a novelist, a
// ward's chairman, an employment centre's director; a lawyer and a fintech company's chief executive collapsed into one
// line) and two reports (a chef at a cuisine festival, a hydropower plant's overhaul). Asked for dense interviews and
// paragraph kinds: questions under `PV:`, `Phóng viên:`, a dash or a star or no label, some with no question mark, a
// reader's question; answers under a name, a title, initials or no label, over several paragraphs; captions between
// answers, related-links lines, closings. Written in the thirty-fourth session, scored before any fix for it. Every gold
// file must resolve against its article; the pipeline's records are then scored with the project's own scorer and the
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
  // meta 1.000, qa 0.784, paragraphs 0.923, dates 0.989, figures 0.984, organizations 0.965, people 1.000, roles
  // 0.691, acronyms 0.909 (total micro F1 0.954; 0.940 with the gold as the annotators wrote it).
  // Raised by the thirty-fourth session's fixes: meta 1.000, qa 0.987, paragraphs 0.982, dates 1.000, figures 0.998,
  // organizations 0.986, people 1.000, roles 0.902, acronyms 1.000 (total 0.991):
  // one dash-led question between labelled answers, dotted initials as labels, a credit with its source after a dash, a
  // province's bracketed initials also the initials alone, `Tham tán Thương mại` at the trade office, `mỗi ngày từ 4 đến 6 giờ`.
  meta: 0.99,
  qa: 0.97,
  paragraphs: 0.97,
  dates: 0.99,
  figures: 0.98,
  organizations: 0.97,
  people: 0.99,
  roles: 0.89,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset64: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset64'),
  kinds: {
    description: 'eight interviews and two reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 8, reports: 2, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
