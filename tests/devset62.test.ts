// The sixty-second development set (tests/fixtures/devset62/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: eight
// interviews (a school principal, a museum director, a start-up's founder, a dengue ward's head, a People's Artist, a
// labour federation's vice president; a rice cooperative's director and a water company's director collapsed into one
// line) and two reports (camera fines at a police press conference, fishing rules in a coastal village). Asked for
// dense interviews and paragraph kinds: questions with no label, led by a dash or a star, of two or three sentences,
// ending without a question mark; answers under a name, a title, initials or no label, over several paragraphs;
// captions between answers, related-links lines, closings. Written in the thirty-third session, scored before any fix
// for it. Every gold file must resolve against its article; the pipeline's records are then scored with the project's
// own scorer and the per-field table is printed. Only a floor under today's scores is asserted: the set is there to
// measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 1.000, qa 0.618, paragraphs 0.980, dates 0.975, figures 0.981, organizations 0.975, people 0.977, roles
  // 0.841, acronyms 0.877 (total micro F1 0.951; 0.941 with the gold as the annotators wrote it).
  // Raised by the thirty-third session's fixes: meta 1.000, qa 1.000, paragraphs 1.000, dates 1.000, figures 0.995,
  // organizations 0.984, people 1.000, roles 0.986, acronyms 0.964 (total 0.994):
  // a question right before a labelled answer however punctuated, dash-led questions, initials as labels, `năm học
  // này` a two-year range, a brand's short name, a cost noun outside an acronym's long form.
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.99,
  figures: 0.98,
  organizations: 0.97,
  people: 0.99,
  roles: 0.97,
  acronyms: 0.95,
};

describeGoldSet({
  title: 'devset62: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset62'),
  kinds: {
    description: 'eight interviews and two reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 8, reports: 2, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
