// Full Vietnamese names led by a family name from the lexicon: `Hà Minh Hiệp`, `Nguyễn Thị Thanh Hương`, then one
// to four given names, every syllable capitalized. Not a street, school or place (`đường Lê Duẩn`, `Hà Nội`),
// not inside an organization's name, not a heading run of capitalized words.
import { asciiFoldKey } from '../shared/vietnamese.js';
import {
  endsWithWorkListCue,
  isAmbiguousFamilyName,
  isFamilyName,
  isLunarYearName,
  isNotPersonContext,
  isPlaceNamedForPerson,
  isPlaceWithFamilyName,
  isTitleOnlyFamilyName,
  isWorkListContext,
  WORK_LIST_WORDS,
} from './lexicon.js';
import { candidateOf, nameWords, startsMultiWordPlace, type NameCandidate, type NameContext } from './name-candidate.js';
import { startsSentence, wordKeysBefore, type NameRun } from './name-runs.js';

/** A name this long with an unambiguous family name is a person even at the end of an organization's run. */
const STRONG_NAME_WORDS = 3;
/** A family name and at most four given names. */
const MAX_GIVEN_NAMES = 4;
/** A run this long from the family name on is a heading in title case, not a name. */
const MAX_RUN_FROM_FAMILY = 6;

export function findFullNames(runs: readonly NameRun[], context: NameContext): NameCandidate[] {
  const { text, tokens } = context;
  const found: NameCandidate[] = [];
  for (const run of runs) {
    const { words } = run;
    // A family name and a given name at least.
    if (words.length < 2) continue;
    // `các trích đoạn như Lưu Bình Dương Lễ`: the whole run names a work.
    if (endsWithWorkListCue(run.keysBefore) && isWorkListContext(wordKeysBefore(text, tokens, run.start, WORK_LIST_WORDS))) continue;
    // Only the last words of a long run can start a name that ends the run.
    let index = Math.max(0, words.length - MAX_RUN_FROM_FAMILY);
    while (index < words.length) {
      const family = words[index];
      if (family === undefined) break;
      const candidate = fullNameAt(run, index, context);
      if (candidate === null) {
        index += 1;
        continue;
      }
      found.push(candidate);
      while (index < words.length && (words[index]?.start ?? Infinity) < candidate.end) index += 1;
    }
  }
  return found;

  /** Where the spaces before `index` start. */
  function spaceBefore(index: number): number {
    let position = index;
    while (position > 0 && (text[position - 1] === ' ' || text[position - 1] === '\t')) position -= 1;
    return position;
  }

  function fullNameAt(run: NameRun, index: number, nameContext: NameContext): NameCandidate | null {
    const family = run.words[index];
    if (family === undefined || run.words.length - index < 2) return null;
    if (!isFamilyName(family.key) || isTitleOnlyFamilyName(family.key)) return null;
    if (run.words.length - index > MAX_RUN_FROM_FAMILY) return null;
    if (nameContext.startsTitle(family.start)) return null;
    const placeEnd = nameContext.placeEndAt(family.start);
    // `Chủ tịch Hồ Chí Minh` is the person, `TP Hồ Chí Minh` the city the gazetteer knows.
    const personForPlace = placeEnd !== null && nameContext.titleEndsBefore(family.start)
      && isPlaceNamedForPerson(text.slice(family.start, placeEnd));
    if (placeEnd !== null && !personForPlace) return null;
    // Words before that make it a street or a school; a country right before (`Nhật Bản Phạm Quang Hiệu`) does not.
    if (nameContext.placeStartBefore(spaceBefore(family.start)) === null
      && isNotPersonContext(index === 0 ? run.keysBefore : wordKeysBefore(text, tokens, family.start))) {
      return null;
    }
    const words = personForPlace && placeEnd !== null
      ? run.words.filter((word) => word.start >= family.start && word.end <= placeEnd)
      : nameWords(run.words, index, nameContext, MAX_GIVEN_NAMES + 1);
    if (words.length < 2) return null;
    const wordKeys = words.map((word) => word.key);
    if (isLunarYearName(wordKeys) || isPlaceWithFamilyName(wordKeys)) return null;
    const last = words[words.length - 1];
    if (last && !personForPlace && nameContext.placeNames.size > 0 && nameContext.placeNames.has(asciiFoldKey(text.slice(family.start, last.end)))) return null;
    const ambiguous = isAmbiguousFamilyName(family.key);
    // `Từ Hà Nội`: an everyday word before a place, not a family name before given names.
    if (ambiguous && words.slice(1).some((word) => startsMultiWordPlace(nameContext, word.start))) return null;
    const candidate = candidateOf(text, words, 'family-name', {
      needsConfirmation: ambiguous && startsSentence(text, family.start, nameContext.isSentenceStart),
    });
    if (candidate === null) return null;
    if (nameContext.overlapsOrganization(candidate.start, candidate.end)) {
      const strong = !ambiguous && words.length >= STRONG_NAME_WORDS;
      if (!strong || !nameContext.isNameAfterTitledOrganization(candidate.start, candidate.end)) return null;
    }
    return candidate;
  }
}
