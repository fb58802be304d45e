// The fiftieth development set (tests/fixtures/devset50/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: four
// interviews (`PV:` questions with a bank's director and a rice breeder, the answers under the speaker's name; a
// telecom's deputy head and a power company's director each collapsed into one line) and six reports (an airline's new
// routes, a land-fraud trial collapsed with its title and byline into one line, tax arrears, migrant workers after
// Tết, city drainage collapsed the same way, the football team). Asked for dumps messier still: bylines in several
// forms (`Thứ Hai, 03/11/2025 14:20 (GMT+7)`, `14h20 ngày 3/11/2025`, the author alone on the last line or `Theo X`),
// weekday dates, units glued to numbers, academic titles. Written in the twenty-seventh session, scored before any
// fix for it. Every gold file must resolve against its article; the pipeline's records are then scored with the
// project's own scorer and the per-field table is printed. Only a floor under today's scores is asserted: the set is
// there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 0.839, qa 0.741, paragraphs 1.000, dates 0.911, figures 0.994, organizations 0.934, people 0.974, roles 0.828,
  // acronyms 0.943 (total micro F1 0.946; 0.930 with the gold as the annotators wrote it).
  // Raised by the twenty-seventh session's fixes: meta, Q&A, paragraphs and acronyms 1.000, dates 0.996, figures 0.994,
  // organizations 0.984, people 0.983, roles 0.965 (total 0.991): a byline inside the title's line, dash answers of a
  // collapsed dialogue, names through `các ... và ...` to a bracketed acronym, national teams, ranks of prosecutors.
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.98,
  figures: 0.98,
  organizations: 0.97,
  people: 0.97,
  roles: 0.95,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset50: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset50'),
  kinds: {
    description: 'four interviews (two collapsed dumps) and six reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 4, reports: 6, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
