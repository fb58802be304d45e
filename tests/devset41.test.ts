// The forty-first development set (tests/fixtures/devset41/): ten more Vietnamese news articles written for the
// project by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file:
// five interviews (`?` questions with a rattan exporter's general director, `PV:` and `- ` answers with a forest
// protection fund's director, `PV:` with a social protection centre's director; a driving-test centre's director and
// a provincial police deputy director on VNeID each collapsed into two lines) and five reports (a licence-plate
// auction, forest carbon credits, a stadium's renovation, oyster farms after a typhoon, sea-cucumber seed).
// Written in the twenty-third session, scored before any fix for it. Every gold file must resolve against its
// article; the pipeline's records are then scored with the project's own scorer and the per-field table is printed.
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
  // (`hết tháng` END, `từ tháng N đến nay` and `từ ... đến hết quý` optional with their parts, a relative day with its
  // bracketed date one date, `điểm phần trăm` its own unit, a village head's role at the village's name):
  // meta 1.000, qa 1.000, paragraphs 0.966, dates 1.000, figures 0.994, organizations 0.942, people 1.000, roles
  // 0.909, acronyms 0.952 (total micro F1 0.986; 0.975 with the gold as the annotators wrote it).
  // Raised by the twenty-third session's fixes: figures 1.000, organizations 1.000 and roles 1.000 (total 0.998);
  // left: one acronym's long form and a caption with no `Ảnh:` cue.
  meta: 0.95,
  qa: 0.95,
  paragraphs: 0.9,
  dates: 0.95,
  figures: 0.99,
  organizations: 0.99,
  people: 0.95,
  roles: 0.99,
  acronyms: 0.9,
};

describeGoldSet({
  title: 'devset41: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset41'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
