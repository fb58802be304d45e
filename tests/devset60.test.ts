// The sixtieth development set (tests/fixtures/devset60/): ten more Vietnamese news articles written for the project by
// two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: four
// interviews (an exam department's head and an airline's deputy director, `PV:` and the speaker's name; a weather
// station's deputy director and a ministry department's head on the Tết holiday, collapsed into one line) and six
// reports (gold and currency prices, a stock exchange session, car sales, storm claims; a province's eleven-month
// report and pepper exports collapsed into one line). Asked for dense dates, figures and metadata: dates in every form
// (nights spanning two days, lunar dates, year-to-date months, next year's calendar), index points, multiples, measures
// glued to numbers, bylines before the title, and many numbers that are no figures. Written in the thirty-second
// session, scored before any fix for it. Every gold file must resolve against its article; the pipeline's records are
// then scored with the project's own scorer and the per-field table is printed. Only a floor under today's scores is
// asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 0.973, qa 0.950, paragraphs 0.966, dates 0.886, figures 0.989, organizations 0.894, people 0.925, roles
  // 0.737, acronyms 0.896
  // (total micro F1 0.939; 0.908 with the gold as the annotators wrote it).
  // Raised by the thirty-second session's fixes: meta 1.000, qa 1.000, paragraphs 1.000, dates 0.943,
  // figures 0.995, organizations 0.964, people 1.000, roles 0.857, acronyms 1.000 (total 0.976):
  // a title under a byline set above it, `đêm D rạng sáng D+1/M` one range, a day's year from a day stated with its
  // year, a name after a body's name cut off as its holder, a scene caption with a short note between answers.
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.93,
  figures: 0.98,
  organizations: 0.95,
  people: 0.99,
  roles: 0.84,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset60: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset60'),
  kinds: {
    description: 'four interviews and six reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 4, reports: 6, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
