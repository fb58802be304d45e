// The fifty-first development set (tests/fixtures/devset51/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: four
// interviews (`PV:` questions with a commune's chairman and a provincial trade official, the answers under the
// speaker's name; a social-insurance deputy director and a listed company's chief executive each collapsed into one
// line) and six reports (a provincial council electing and dismissing leaders, an inspection of a water company, a
// university's partnerships collapsed with its title and byline into one line, a factory fire, a border task force
// collapsed the same way, a water tariff). Asked for organizations and roles dense and varied: several officials in a
// sentence, posts before and after names, acting, former and concurrent posts, departments in lower case, bodies
// inside bodies. Written in the twenty-eighth session, scored before any fix for it. Every gold file must resolve
// against its article; the pipeline's records are then scored with the project's own scorer and the per-field table
// is printed. Only a floor under today's scores is asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 1.000, qa 0.968, paragraphs 1.000, dates 0.996, figures 0.993, organizations 0.869, people 0.981, roles 0.724,
  // acronyms 0.966 (total micro F1 0.944; 0.929 with the gold as the annotators wrote it).
  // Raised by the twenty-eighth session's fixes: meta, Q&A, paragraphs, dates, figures and acronyms 1.000,
  // organizations 0.980, people 0.994, roles 0.901 (total 0.986): heads of departments in lower case, acting posts,
  // `kiêm`, names through an acronym in brackets, schools named for a person inside a faculty's name, `cách đây`.
  meta: 0.95,
  qa: 0.99,
  paragraphs: 0.95,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.97,
  people: 0.98,
  roles: 0.89,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset51: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset51'),
  kinds: {
    description: 'four interviews (two collapsed dumps) and six reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 4, reports: 6, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
