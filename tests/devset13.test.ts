// The thirteenth development set (tests/fixtures/devset13/): ten more Vietnamese news articles written for the project
// by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file: five
// interviews (`Phóng viên:` with full-name labels for a provincial director after the ministries' merger, stand-alone
// question paragraphs with the speaker's name shortened later, `- ` dash dialogue collapsed into two lines, `PV:` with
// `TS. X:` labels for a hospital's deputy director, `Phóng viên:` run inline with several pairs a line) and five
// reports (a fraud trial, a typhoon, an investment-promotion conference, a university's entrance thresholds, a
// heritage festival with lunar dates). Written at the start of the fifteenth session, scored before any fix for it (the
// roles commit cffeebc, made while it was written, changed none of its scores).
// Every gold file must resolve against its article; the pipeline's records are then scored with the project's own
// scorer and the per-field table is printed. Only a floor under today's scores is asserted: the set is there to
// measure.
import { join } from 'node:path';
import type { EvalField } from '../output/eval/gold-file.js';
import { describeGoldSet, expectKinds } from './gold-set.js';

/**
 * F1 each field reached when the set was written, less 0.05 and rounded down to 0.05; a field raised since by a fix
 * for it, its new F1 less 0.01. A drop below the floor is a regression.
 */
const F1_FLOOR: Readonly<Record<EvalField, number>> = {
  // Measured when the set was written (before any fix for it), with its gold kept to the earlier sets' conventions
  // (wind levels `cấp 12` optional, as devset5; a bare lower-case `Ban tổ chức` optional, as devset7, 9, 11, 12):
  // meta 1.000, qa 1.000, paragraphs 0.966, dates 0.995, figures 0.985, organizations 0.868, people 0.935, roles
  // 0.773, acronyms 0.931 (total micro F1 0.961; 0.955 with the gold as the annotators wrote it).
  // Raised by fixes: dates, figures 1.000 (ba đời, mức 17 điểm, năm đầu, chín trên 85%, 14 tháng Giêng, a lunar
  // year's name before a year), people 1.000 (photo credits in brackets and run on), organizations 0.992 (names
  // running on through fields to a place, a foreign body's seat, Viễn thông X, Vườn ươm, bị cáo Đoàn X), roles 0.889,
  // acronyms 1.000 (MoU, KoCham, DSF).
  meta: 0.95,
  qa: 0.95,
  paragraphs: 0.9,
  dates: 0.99,
  figures: 0.99,
  organizations: 0.98,
  people: 0.99,
  roles: 0.87,
  acronyms: 0.99,
};

describeGoldSet({
  title: 'devset13: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset13'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
