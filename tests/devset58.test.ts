// The fifty-eighth development set (tests/fixtures/devset58/): ten more Vietnamese news articles written for the
// project by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file:
// four interviews (a bridge project's director and a public service centre's director, `PV:` and the speaker's name; a
// conical-hat company's director, collapsed into one line; a provincial library's director, the body in one line under
// its title and byline) and six reports (a boarding school, a blood donation festival, a chess club, a heritage
// marathon; a pump station and a shrimp farm's disease collapsed into one line). Asked for paragraph kinds in varied
// and messy shapes: a sapo, subheadings, captions before and after their paragraph and run into it, credits alone on a
// line, boxes, lists, quotes, closing lines and related-article lines. Written in the thirty-first session, scored
// before any fix for it. Every gold file must resolve against its article; the pipeline's records are then scored with
// the project's own scorer and the per-field table is printed. Only a floor under today's scores is asserted: the set
// is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions:
  // meta 0.906, qa 0.800, paragraphs 0.872, dates 0.960, figures 0.979, organizations 0.887, people 0.982, roles
  // 0.909, acronyms 0.917
  // (total micro F1 0.950; 0.940 with the gold as the annotators wrote it).
  // Raised by the thirty-first session's fixes: meta 1.000, qa 0.950, paragraphs 0.950, dates 1.000, figures 1.000,
  // organizations 0.955, people 1.000, roles 0.966, acronyms 0.980 (total 0.990):
  // a byline ending at a view count, an author run into the lead, starred questions in a collapsed line, a caption with
  // its own credit, a fact box after the thanks, `nửa triệu`, shares written part after whole, `Ban tổ chức` for BTC.
  meta: 0.99,
  qa: 0.94,
  paragraphs: 0.94,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.94,
  people: 0.99,
  roles: 0.95,
  acronyms: 0.97,
};

describeGoldSet({
  title: 'devset58: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset58'),
  kinds: {
    description: 'four interviews and six reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 4, reports: 6, collapsedInterviews: 1 });
    },
  },
  floors: F1_FLOOR,
});
