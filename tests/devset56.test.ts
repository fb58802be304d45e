// The fifty-sixth development set (tests/fixtures/devset56/): ten more Vietnamese news articles written for the
// project by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file:
// six interviews in varied shapes (`PV:` and a speaker's name with a farm-tech founder and an ambassador; `Hỏi:`/`Đáp:`
// with a rice breeder and a social insurance deputy director; unlabelled and numbered questions with an athletics coach
// and a community-tourism cooperative's head) and four reports (alcohol checks over a holiday, a forest fire; a land
// price table and a listing on the stock exchange collapsed into one line). Asked for interviews in varied shapes:
// lead-in sentences before a question, follow-up questions, answers over several paragraphs with lists inside.
// Written in the thirtieth session, scored before any fix for it. Every gold file must resolve against its article;
// the pipeline's records are then scored with the project's own scorer and the per-field table is printed. Only a
// floor under today's scores is asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 0.955, qa 0.938, paragraphs 0.977, dates 0.980, figures 0.968, organizations 0.868, people 0.971, roles
  // 0.818, acronyms 0.925
  // (total micro F1 0.948; 0.939 with the gold as the annotators wrote it).
  // Raised by the thirtieth session's fixes: meta 1.000, qa 1.000, paragraphs 1.000, dates 1.000, figures 0.992,
  // organizations 0.945, people 1.000, roles 0.932, acronyms 1.000 (total 0.987):
  // an answer's lead-in before a list, a caption with its credit, `cùng ngày` with a part of the day, a
  // holiday before a date, shares after `khoảng`, a foreign name after a post, `Trưởng Thương vụ`, medals' acronyms.
  // The thirty-fifth session's convention, an ambassador at the embassy the text names, which the pipeline now reads:
  // roles 0.932.
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.99,
  figures: 0.98,
  organizations: 0.93,
  people: 0.99,
  roles: 0.92,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset56: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset56'),
  kinds: {
    description: 'six interviews and four reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 6, reports: 4, collapsedInterviews: 0 });
    },
  },
  floors: F1_FLOOR,
});
