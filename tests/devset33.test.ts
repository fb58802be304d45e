// The thirty-third development set (tests/fixtures/devset33/): ten more Vietnamese news articles written for the
// project by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file:
// five interviews (`PV:` with a music academy's director and a science and technology department's director on
// mountain BTS towers, `?` questions and `- ` answers with a publishing house's director; a study-promotion
// association's chairman and a rice-wine cooperative's director each collapsed into two lines) and five reports (a
// provincial sports games closing, scholarships for highland pupils, methanol poisoning, a surimi plant's quarter,
// rabies vaccination).
// Written at the start of the twenty-first session, scored before any fix for it. Every gold file must resolve against
// its article; the pipeline's records are then scored with the project's own scorer and the per-field table is
// printed. Only a floor under today's scores is asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions
  // (`hết ngày X` END, `từ X đến nay` optional with its parts, `một` + a counted noun optional, `GD&ĐT` without
  // its `Sở`, a former post's bare title required):
  // meta 1.000, qa 0.960, paragraphs 0.963, dates 0.989, figures 0.991, organizations 0.886, people 0.968, roles
  // 0.918, acronyms 1.000 (total micro F1 0.976; 0.968 with the gold as the annotators wrote it).
  // Raised by the twenty-first session's fixes: qa 1.000, paragraphs 1.000, dates 1.000, figures 1.000, organizations
  // 0.979, people 0.989, roles 0.984 (total 0.997).
  meta: 0.95,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.96,
  people: 0.97,
  roles: 0.97,
  acronyms: 0.95,
};

describeGoldSet({
  title: 'devset33: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset33'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
