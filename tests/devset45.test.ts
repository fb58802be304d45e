// The forty-fifth development set (tests/fixtures/devset45/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: five
// interviews (`PV:` with a sugar-cane co-operative's director, `?` questions and `- ` answers with a nuclear power
// project board's director and a provincial education department's deputy director; an autism early-intervention
// centre's director and a forensic medicine centre's director each collapsed into two lines) and five reports (a sugar
// mill's crushing season, suspension bridges, animal-feed prices, expressway rest stops, school buses checked by
// traffic police). Written in the twenty-fifth session, scored before any fix for it. Every gold file must resolve
// against its article; the pipeline's records are then scored with the project's own scorer and the per-field table is
// printed. Only a floor under today's scores is asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 1.000, qa 0.936, paragraphs 1.000, dates 0.989, figures 0.990, organizations 0.861, people 1.000, roles 0.658,
  // acronyms 0.941 (total micro F1 0.957; 0.950 with the gold as the annotators wrote it).
  // Raised by the twenty-fifth session's fixes: meta 1.000, qa 1.000, paragraphs 1.000, dates 1.000, figures 0.999,
  // organizations 0.958, people 1.000, roles 0.946, acronyms 1.000 (total 0.992); left: a task force (`Tổ công tác
  // ...`: no earlier set lists one), a department named with its commune's committee after it (`Phòng Kinh tế UBND xã
  // X`), a police unit's acronym before its force (`Cơ quan Cảnh sát điều tra (CSĐT) Công an tỉnh`), `một năm` meaning
  // per year.
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.99,
  figures: 0.98,
  organizations: 0.94,
  people: 0.99,
  roles: 0.93,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset45: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset45'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});

