// The ninth development set (tests/fixtures/devset9/): ten more Vietnamese news articles written for the project by
// two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: five
// interviews (`- ` dash dialogue with turns collapsed into one line, `PV:` with a label shortened later, plain
// question paragraphs, `Phóng viên:` with two-sentence questions, a whole interview run into one line after its title)
// and five reports (a forest-fire trial, a province's industrial parks, a volleyball round, communes after merging,
// Hanoi's air). Written at the start of the thirteenth session, as a fresh estimate before any fix for it. Every gold
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
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions
  // (ranges to or from now optional, an end reached by `hết` carries END, `m2` no forbidden figure inside `USD/m2`):
  // meta 0.958, qa 0.791, paragraphs 0.909, dates 0.905, figures 0.992, organizations 0.868, people 0.933, roles 0.619,
  // acronyms 0.853 (total micro F1 0.926; 0.916 with the gold as the annotators wrote it). After the thirteenth
  // session's fixes (a date line a dump's lead runs on after, bare questions in a collapsed interview, collapsed dash
  // dialogue, captions without a credit, bare sports teams, credits' photographers, `Ban QLDA 2`, `Hạt trưởng`): meta,
  // qa, paragraphs, dates, figures, people 1.000, organizations 0.957, roles 0.909, acronyms 0.943 (total 0.988).
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.947,
  people: 0.99,
  roles: 0.899,
  acronyms: 0.933,
};

describeGoldSet({
  title: 'devset9: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset9'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
