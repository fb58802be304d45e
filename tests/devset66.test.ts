// The sixty-sixth development set (tests/fixtures/devset66/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: eight
// interviews (a cooperative's director on its OCOP products, a provincial museum's director, an agricultural extension
// centre's director, a commune's Party secretary after a merger, an orthopaedic surgeon, a labour federation's chair; an
// architect on a new ward's plan and an artificial-intelligence startup's founder collapsed into one line) and two
// reports (a scholarship fund's ceremony, a folk-song festival). Asked for dense interviews and paragraph kinds:
// questions under `PV:`, `Phóng viên:`, a dash or a star or no label, of several sentences, some with no question mark,
// a reporter's comment before the question; answers under a name, a short name, initials or no label, over several
// paragraphs; captions between answers, related-links lines, closings. Written in the thirty-fifth session, scored before
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
  // meta 0.972, qa 0.704, paragraphs 0.885, dates 0.969, figures 0.985, organizations 0.947, people 0.980, roles
  // 0.841, acronyms 0.840 (total micro F1 0.948; 0.946 with the gold as the annotators wrote it).
  // Raised by the thirty-fifth session's fixes: meta 1.000, qa 0.880, paragraphs 0.962, dates 1.000, figures 0.999,
  // organizations 0.982, people 1.000, roles 0.899, acronyms 1.000 (total 0.985): a lone dash or star question, a
  // question that lost its mark, `KTS.` labels, a time before the weekday, crop seasons, `Đảng bộ` a head.
  meta: 0.99,
  qa: 0.87,
  paragraphs: 0.95,
  dates: 0.99,
  figures: 0.98,
  organizations: 0.97,
  people: 0.99,
  roles: 0.88,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset66: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset66'),
  kinds: {
    description: 'eight interviews and two reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 8, reports: 2, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
