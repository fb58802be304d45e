// The holder's name after the title's organization written as a body of local government and its level, with no
// place: `Chủ tịch UBND tỉnh Nguyễn Đức Trung`, `Phó Chủ tịch UBND huyện Lê Văn An cho biết`. The article names the
// province or district elsewhere (or leaves it to the reader); the capitalized words after the level are the
// chairman, not the unit. A place there has mostly two syllables (`UBND huyện Mai Sơn`, `UBND tỉnh Lâm Đồng`), is
// listed (`Hoàng Su Phì`, `Hồ Chí Minh`) or has no title before its body (`Công an thành phố Hồ Chí Minh`).
import type { NameContext } from './name-candidate.js';
import type { RunWord } from './name-runs.js';

/** Characters before a name read for the body and its level: `Ủy ban nhân dân thành phố ` is 26. */
const MAX_UNIT_CHARACTERS = 40;

/**
 * A body of local government and its level, ending right before the name (spaces between), anchored at the end of a
 * bounded slice: `UBND tỉnh `, `HĐND thành phố `, `Ủy ban nhân dân huyện `, `Công an tỉnh `.
 */
const BODY_AND_LEVEL_BEFORE =
  /(?:^|[\s(])((?:UBND|HĐND|UBMTTQ|MTTQ|[UỦ]y ban nhân dân|[UỦ]Y BAN NHÂN DÂN|Hội đồng nhân dân|Công an)[ \t]+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn))[ \t]+$/u;

/** Syllables of the holder's name: a place after the level has mostly two. */
const MIN_HOLDER_SYLLABLES = 3;
const MAX_HOLDER_SYLLABLES = 4;

/**
 * True when `words[from]` to the run's end (three or four syllables) follow a body of local government and its level
 * that a post title stands right before: the holder of the post, not the unit's name. The family name is checked by the caller.
 */
export function isHolderAfterTitledUnit(
  text: string,
  words: readonly RunWord[],
  from: number,
  titles: Pick<NameContext, 'titleEndsBefore'>,
): boolean {
  const syllables = words.length - from;
  if (syllables < MIN_HOLDER_SYLLABLES || syllables > MAX_HOLDER_SYLLABLES) return false;
  const first = words[from];
  if (first === undefined) return false;
  const sliceStart = Math.max(0, first.start - MAX_UNIT_CHARACTERS);
  const match = BODY_AND_LEVEL_BEFORE.exec(text.slice(sliceStart, first.start));
  const unit = match?.[1];
  if (match === null || unit === undefined) return false;
  const bodyStart = sliceStart + match.index + match[0].indexOf(unit);
  return titles.titleEndsBefore(bodyStart);
}
