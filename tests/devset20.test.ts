// The twentieth development set (tests/fixtures/devset20/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: five
// interviews (`PV:` with a police colonel on security cameras, `- ` dash answers from a museum's director, a private
// hospital's general director collapsed into two lines, `PV:` and a bare `?` question with a construction department's
// director, a farmers' association's chairman collapsed into one line) and five reports (seafood port dredging, a fire
// at a wood workshop, electronics exports, Red Cross flood aid, a women's volleyball final). Written at the start of
// the eighteenth session, scored before any fix for it. Every gold file must resolve against its article; the
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
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions (`từ
  // năm X đến nay` optional with its range; `hết tháng` END; a relative day with its date in brackets one date; `N
  // tháng năm Y` the year; a ratio's unit the noun after it; `Tết` optional; `N tháng qua` optional; `Trưởng phòng` at
  // its `Phòng` optional beside `Trưởng phòng X` at the firm): meta 1.000, qa 0.927, paragraphs 1.000, dates 0.975,
  // figures 0.982, organizations 0.889, people 0.949, roles 0.844, acronyms 0.914 (total micro F1 0.959; 0.948 with the
  // gold as the annotators wrote it).
  // Raised by fixes: qa 1.000 (a question whose `PV:` was left out, after an answer, addressing the interviewee), dates
  // 1.000 (the first N months of a written year a range), figures 1.000 (`đồng hồ` no money, Roman ordinals after `thứ`,
  // places after `hạng`, counts after `thị trường`/`sưu tập`, a negative level in metres), organizations 0.980 (IFRC's
  // whole name, `Ban Quản lý các ...`, city councils, names run through `các`, `số` before a brand, a bracket repeating
  // the head), people 1.000 (ethnic groups, places listed after a place, a Korean family name), roles 1.000 (a unit next
  // to its body read at both levels, `Huấn luyện viên (HLV) trưởng`), acronyms 1.000 (`NƠXH`, `PPP`, `PCCC` with its
  // comma).
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
  title: 'devset20: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset20'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
