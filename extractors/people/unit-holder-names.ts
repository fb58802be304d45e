// The holder's name after the title's organization written as a body of local government and its level, with no
// place: `Chủ tịch UBND tỉnh Nguyễn Đức Trung`, `Phó Chủ tịch UBND huyện Lê Văn An cho biết`. The article names the
// province or district elsewhere (or leaves it to the reader); the capitalized words after the level are the
// chairman, not the unit. A place there has mostly two syllables (`UBND huyện Mai Sơn`, `UBND tỉnh Lâm Đồng`), is
// listed (`Hoàng Su Phì`, `Hồ Chí Minh`, `phường Trần Hưng Đạo`) or has no title before its body (`Công an thành
// phố Hồ Chí Minh`).
import { isUnitNamedForPerson } from '../shared/places.js';
import type { NameContext } from './name-candidate.js';
import type { RunWord } from './name-runs.js';

/** Characters before a name read for the body and its level: `Viện Kiểm sát nhân dân thành phố ` is 33. */
const MAX_UNIT_CHARACTERS = 40;

/**
 * A body of local government and its level, ending right before the name (spaces between), anchored at the end of a
 * bounded slice: `UBND tỉnh `, `HĐND thành phố `, `Ủy ban nhân dân huyện `, `Công an tỉnh `.
 */
const BODY_AND_LEVEL_BEFORE =
  /(?:^|[\s(])((?:UBND|HĐND|UBMTTQ|MTTQ|[UỦ]y ban nhân dân|[UỦ]Y BAN NHÂN DÂN|Hội đồng nhân dân|Công an|Tòa án nhân dân|TAND|Viện [Kk]iểm sát nhân dân|VKSND)[ \t]+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn))[ \t]+$/u;


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
  titles: Pick<NameContext, 'titleEndsBefore' | 'organizationStartBefore'>,
): boolean {
  const syllables = words.length - from;
  if (syllables < MIN_HOLDER_SYLLABLES || syllables > MAX_HOLDER_SYLLABLES) return false;
  const first = words[from];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return false;
  if (isUnitNamedForPerson(text.slice(first.start, last.end))) return false;
  const sliceStart = Math.max(0, first.start - MAX_UNIT_CHARACTERS);
  const match = BODY_AND_LEVEL_BEFORE.exec(text.slice(sliceStart, first.start));
  const unit = match?.[1];
  if (match === null || unit === undefined) return organizationWithLevelBefore(text, first.start, titles);
  const bodyStart = sliceStart + match.index + match[0].indexOf(unit);
  return titles.titleEndsBefore(bodyStart) || titledUnitEndsAt(text, bodyStart, titles);
}

/** Most words of a unit's name between its head's title and the body it is part of (`Cảnh sát giao thông`). */
const MAX_UNIT_WORDS = 5;
const WORD_BEFORE = /[\p{L}\p{M}\p{N}]+[ \t]+$/u;

/**
 * A unit's name headed by a title ends at `bodyStart`, its first word capitalized: `Trưởng phòng Cảnh sát giao thông`
 * before `Công an tỉnh`. The words are read back from the body, on the line and without punctuation.
 */
function titledUnitEndsAt(text: string, bodyStart: number, titles: Pick<NameContext, 'titleEndsBefore'>): boolean {
  return titleEndsWithinWordsBefore(text, bodyStart, MAX_UNIT_WORDS, titles);
}

/**
 * True when a post title ends right before one of the `maxWords` words before `position`, that word capitalized: the
 * words are read back one by one, on the line and without punctuation.
 */
function titleEndsWithinWordsBefore(text: string, position: number, maxWords: number, titles: Pick<NameContext, 'titleEndsBefore'>): boolean {
  for (let words = 0; words < maxWords; words += 1) {
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, position - 30), position));
    if (!word) return false;
    position -= word[0].length;
    if (/^\p{Lu}/u.test(word[0]) && titles.titleEndsBefore(position)) return true;
  }
  return false;
}

/** A level of local government ending an organization's name, right before the name at its end: ` tỉnh`, ` huyện`. */
const LEVEL_AT_END = /[ \t](?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)[ \t]+$/u;

/**
 * An organization's name that the organizations stage ended with a level, a title before it (`Chủ tịch Hội Nông
 * dân tỉnh Trần Văn Lâm`, `Giám đốc Sở Y tế huyện Nguyễn Văn An`): the name after it is the holder's.
 */
function organizationWithLevelBefore(text: string, nameStart: number, titles: Pick<NameContext, 'titleEndsBefore' | 'organizationStartBefore'>): boolean {
  let levelEnd = nameStart;
  while (levelEnd > 0 && (text[levelEnd - 1] === ' ' || text[levelEnd - 1] === '\t')) levelEnd -= 1;
  const organizationStart = titles.organizationStartBefore(levelEnd);
  if (organizationStart === null || !LEVEL_AT_END.test(text.slice(organizationStart, nameStart))) return false;
  return titles.titleEndsBefore(organizationStart);
}

/** Words of `where` before a place that ends a body's name abroad: `Hội người Việt Nam tại Séc`. */
const WHERE_KEYS: ReadonlySet<string> = new Set(['tại', 'ở']);
/** Most words between a post title and `tại`: `Hội người Việt Nam`, `Đại sứ quán Việt Nam`, `Thương vụ Việt Nam`. */
const MAX_BODY_WORDS_BEFORE_WHERE = 6;

/**
 * True when a run after `tại` (or `ở`) opens with a place the places stage knows and goes on for a full name of
 * three or four syllables, and a post title stands a few words before `tại`, at a capitalized word: the place ends
 * the name of the body the title names (a body abroad, `Chủ tịch Hội người Việt Nam tại Séc Đỗ Văn Hưng`, `Trưởng
 * Thương vụ Việt Nam tại Ba Lan Lê Văn Tâm`), and the syllables after it are the holder's name. The family name is
 * checked by the caller.
 */
export function isHolderAfterBodyAbroad(
  text: string,
  run: { readonly start: number; readonly end: number; readonly words: readonly RunWord[]; readonly keyBefore: string | undefined },
  titles: Pick<NameContext, 'titleEndsBefore' | 'placeEndAt'>,
): boolean {
  if (!WHERE_KEYS.has(run.keyBefore ?? '')) return false;
  const first = run.words[0];
  const placeEnd = first === undefined ? null : titles.placeEndAt(first.start);
  if (placeEnd === null || placeEnd >= run.end) return false;
  let after = 0;
  for (const word of run.words) if (word.start > placeEnd) after += 1;
  if (after < MIN_HOLDER_SYLLABLES || after > MAX_HOLDER_SYLLABLES) return false;
  // Back over `tại` and the body's words to the title.
  const where = WORD_BEFORE.exec(text.slice(Math.max(0, run.start - 8), run.start));
  if (!where) return false;
  return titleEndsWithinWordsBefore(text, run.start - where[0].length, MAX_BODY_WORDS_BEFORE_WHERE, titles);
}
