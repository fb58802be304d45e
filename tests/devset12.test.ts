// The twelfth development set (tests/fixtures/devset12/): ten more Vietnamese news articles written for the project by
// two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: five
// interviews (`PV:` with full-name labels for a rector holding a council seat, `- ` dash dialogue in paragraphs,
// stand-alone question paragraphs collapsed into three lines, `Phóng viên:` with a commune chairman, `PV:` run inline
// with several pairs a line) and five reports (a provincial council's session, a stock market's week, a road crash, a
// national cup match, a dengue outbreak). Written in the fourteenth session while devset11's fixes were made, scored
// after the dates and figures ones, as a fresh estimate. Every gold file must resolve against its article; the
// pipeline's records are then scored with the project's own scorer and the per-field table is printed.
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
  // (`một` + a counted noun optional; a bare `Tết` an optional date of no value; `1.047 lượt xem` a count of views):
  // meta 0.987, qa 0.889, paragraphs 1.000, dates 0.984, figures 0.983, organizations 0.879, people 0.923, roles
  // 0.745, acronyms 0.982 (total micro F1 0.954; 0.947 with the gold as the annotators wrote it).
  // Raised by fixes: qa 1.000 (a bare why-question, a line's opening statements as a question's setting), meta 1.000
  // (a wire agency's tag with no dash opening the lead).
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.95,
  dates: 0.98,
  figures: 0.99,
  organizations: 0.95,
  people: 0.99,
  roles: 0.91,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset12: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset12'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
