// The thirty-seventh development set (tests/fixtures/devset37/): ten more Vietnamese news articles written for the
// project by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file:
// five interviews (`PV:` with a national park's director and a dairy-goat cooperative's director, `?` questions and `-
// ` answers with a tile company's general director; an officers' school's principal and a science department's deputy
// director each collapsed into two lines) and five reports (sea turtles nesting, village-head elections, ransomware
// charged, an e-commerce warehouse, a pagoda festival).
// Written in the twenty-first session after the first fixes for dev sets 32–35, scored before any fix for it. Every
// gold file must resolve against its article; the pipeline's records are then scored with the project's own scorer
// and the per-field table is printed. Only a floor under today's scores is asserted: the set is there to measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions
  // (`hết tháng` END, spans between parts of months optional with their parts, `N tháng đầu năm` the months' range,
  // `Trưởng phòng X` at its Phòng, `Trưởng khoa X` at its Khoa, `Trưởng ban X` at its Ban): meta 1.000, qa 1.000,
  // paragraphs 1.000, dates 0.984, figures 0.983, organizations 0.886, people 1.000, roles 0.824, acronyms 0.847
  // (total micro F1 0.964; 0.957 with the gold as the annotators wrote it).
  // Raised by the twenty-first session's fixes: dates 0.993, figures 0.993, organizations 0.932, roles 0.912, acronyms
  // 0.915 (total 0.982).
  // Then acronyms 0.983 after the session's last fix (total 0.984).
  meta: 0.95,
  qa: 0.95,
  paragraphs: 0.95,
  dates: 0.98,
  figures: 0.98,
  organizations: 0.92,
  people: 0.95,
  roles: 0.9,
  acronyms: 0.97,
};

describeGoldSet({
  title: 'devset37: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset37'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
