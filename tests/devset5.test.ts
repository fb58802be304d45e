// The fifth development set (tests/fixtures/devset5/): ten more Vietnamese news articles written for the project by
// two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: four
// interviews (`PV:` with two interviewees whose labels shorten, paragraphs ending in `?`, dash dialogue, a dump
// collapsed into two lines) and six reports (police, a shareholders' meeting, a typhoon, a metro line, a body run into
// one line, old tone spellings). Written at the end of the eleventh session; a first pass fixed its people, figures
// and some acronyms, the rest is the next round's to find. Every gold file must resolve against its article; the pipeline's records are then
// scored with the project's own scorer and the per-field table is printed. Only a floor under today's scores is
// asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it): meta 0.951, qa 0.944, paragraphs 1.000, dates 0.988,
  // figures 0.936, organizations 0.854, people 0.847, roles 0.789, acronyms 0.791 (total micro F1 0.922).
  // After a first pass at the session's end (suspects' initials `Nguyễn Văn H.`, no acronym defined across a line
  // break, `số N` names, English initials after a list of fields; products named by their parts `vắc xin 5 trong 1`,
  // `công bố` and `hiện vật` counted, a change's unit after `còn`): figures 0.991, people 0.983, acronyms 0.905.
  // After the twelfth session's round (a title's byline separator, `Nhóm PV` bylines, `Thưa đại biểu, ...` settings,
  // kin counted as a group, police fields after `tội phạm về`, `Quỹ đầu tư`, `Bộ đội Biên phòng`, stock codes as
  // short names, a deputy's seat between holder and post) and its gold kept to the earlier sets' conventions (`hết`
  // ends carry END, TCMR's long form without `Chương trình`): every field 1.000 but organizations 0.988 (total 0.999).
  meta: 0.99,
  qa: 0.99,
  paragraphs: 0.99,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.978,
  people: 0.99,
  roles: 0.99,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset5: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset5'),
  kinds: {
    description: 'four interviews (one collapsed dump) and six reports (one with its body run into one line)',
    check: (entries) => {
      expectKinds(entries, { interviews: 4, reports: 6, collapsedInterviews: 1 });
    },
  },
  floors: F1_FLOOR,
});
