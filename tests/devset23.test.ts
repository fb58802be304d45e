// The twenty-third development set (tests/fixtures/devset23/): ten more Vietnamese news articles written for the
// project by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file:
// five interviews (`PV:` with an airport ground-services firm's director, a rubber company's general director collapsed
// into two lines, `?` questions and `- ` answers with a publisher's director, `PV:` with a people's credit fund's
// director, an athletics federation's chairman collapsed into two lines) and five reports (border guards against
// smuggling, pepper prices, a steel company's quarter, an appeal over land, microfinance). Written in the eighteenth
// session while dev sets 20 and 21 were fixed, scored before any fix for it. Every gold file must resolve against its
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
  // (`hết quý` END; a span between parts of months optional with its parts):
  // meta 1.000, qa 1.000, paragraphs 0.968, dates 1.000, figures 0.992, organizations 0.857, people 1.000, roles
  // 0.704, acronyms 0.885 (total micro F1 0.969; 0.966 with the gold as the annotators wrote it).
  // Raised by fixes: paragraphs 1.000 (a line naming someone and ending in a colon no caption), figures 1.000 (`MWp`, a
  // price after a time of day, `400m rào` an event's name), organizations 0.894 (a company with and without its legal
  // form one company, no person's title in a name), roles 0.852 (a kind's abbreviation after a post, a deputy at the body
  // where the article's head holds the post), acronyms 0.941 (`EAF` cut at the verb `đưa`, a person's dotted initials no
  // acronym).
  // Raised in the nineteenth session: organizations 0.971, roles 0.982, acronyms 0.962 (total 0.995).
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.96,
  people: 0.99,
  roles: 0.97,
  acronyms: 0.95,
};

describeGoldSet({
  title: 'devset23: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset23'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
