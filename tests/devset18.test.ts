// The eighteenth development set (tests/fixtures/devset18/): ten more Vietnamese news articles written for the
// project by two annotators who had read neither the extractors' rules nor their code, each with a complete gold file:
// five interviews (`PV:` with a full-name label shortened later for a provincial culture department's director,
// stand-alone questions for a social insurance office's head, `- ` dash dialogue collapsed into one line with a
// People's Artist, `Phóng viên:` with `Bà X:` labels for a women's union's chairwoman, `PV:` run inline with several
// pairs a line for a shipyard's general director) and five reports (a marathon, a land inspection's conclusion, an
// open chess tournament, illegal sand mining, a karaoke bar fire). Written at the start of the seventeenth session,
// scored before any fix for it.
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
  // (`hết năm`/`hết quý` END; `từ năm X đến nay` optional with its range; a former post's bare title required and
  // `nguyên X` optional; `hôm qua (17/2)` one date): meta 1.000, qa 0.966, paragraphs 1.000, dates 0.987, figures
  // 0.977, organizations 0.919, people 0.879, roles 0.769, acronyms 0.955 (total micro F1 0.957; 0.948 with the gold
  // as the annotators wrote it).
  // Raised by fixes: dates 0.991 (a bare day after an event's word), figures 1.000 (players and chess titles counted,
  // hai bên, a rating after a name, thu hồi no time word, a place opened by Đồng), organizations 0.992 (phòng, chống
  // inside a unit's field, Ban Quản lý di tích tỉnh, a club's two-syllable name, a bank's branch after its acronym,
  // an honorary title before a family-name head), people 0.989 (street runs, venues, owners, players and chess
  // titles before names), roles 1.000 (a rank between a person and a post, a post's years, a unit's area and acronym),
  // qa 1.000 (the interviewer's thanks as the last dash turn of a collapsed line a closing), acronyms 0.986 (an
  // acronym and an English word in brackets after a whole name: `(SEA Games)`, `(EAS Shipping)`).
  meta: 0.95,
  qa: 0.99,
  paragraphs: 0.95,
  dates: 0.98,
  figures: 0.99,
  organizations: 0.98,
  people: 0.97,
  roles: 0.99,
  acronyms: 0.97,
};

describeGoldSet({
  title: 'devset18: blind articles and their gold files',
  folder: join(import.meta.dirname, 'fixtures', 'devset18'),
  kinds: {
    description: 'five interviews (two collapsed dumps) and five reports',
    check: (entries) => {
      expectKinds(entries, { interviews: 5, reports: 5, collapsedInterviews: 2 });
    },
  },
  floors: F1_FLOOR,
});
