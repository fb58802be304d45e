// The forty-sixth development set (tests/fixtures/devset46/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: five
// interviews (`PV:` with a credit-guarantee fund's director and a resettlement board's head, `?` questions and `- `
// answers with a lychee exporter's general director; a youth union's deputy secretary and a goat co-operative's
// director each collapsed into long lines) and five reports (lychee growing-area codes, dyeing wastewater, mobile
// swimming pools, a provincial council's inspection of resettlement villages, digital-asset exchanges). Written in the
// twenty-fifth session, scored before any fix for it. Every gold file must resolve against its article; the pipeline's
// records are then scored with the project's own scorer and the per-field table is printed. Only a floor under today's
// scores is asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 1.000, qa 1.000, paragraphs 1.000, dates 1.000, figures 0.992, organizations 0.906, people 0.990, roles 0.884,
  // acronyms 0.983 (total micro F1 0.978; 0.965 with the gold as the annotators wrote it).
  // Raised by the twenty-fifth session's fixes: meta 1.000, qa 1.000, paragraphs 1.000, dates 1.000, figures 1.000,
  // organizations 0.953, people 0.990, roles 0.958, acronyms 1.000 (total 0.992); left: a department after `của`
  // (`Phòng Nghiệp vụ bảo lãnh`: the earlier sets list none), a family-name word in a place after a trade (`Hội ... vải
  // thiều Lục Ngạn`, `Nông - Lâm Bắc Giang`), `UBND xã X` and a merge of `Hội LHTN Việt Nam` with its full name.
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.94,
  people: 0.98,
  roles: 0.94,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset46: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset46'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});

