// Full Vietnamese names led by a family name from the lexicon: `Hà Minh Hiệp`, `Nguyễn Thị Thanh Hương`, then one
// to four given names, every syllable capitalized. Not a street, school or place (`đường Lê Duẩn`, `Hà Nội`),
// not inside an organization's name, not a heading run of capitalized words.
import {
  isAmbiguousFamilyName,
  isFamilyName,
  isNotPersonContext,
  isTitleOnlyFamilyName,
} from './lexicon.js';
import { candidateOf, nameWords, startsMultiWordPlace, type NameCandidate, type NameContext } from './name-candidate.js';
import { startsSentence, wordsBefore, type NameRun } from './name-runs.js';

/** A name this long with an unambiguous family name is a person even at the end of an organization's run. */
const STRONG_NAME_WORDS = 3;
/** A family name and at most four given names. */
const MAX_GIVEN_NAMES = 4;
/** A run this long from the family name on is a heading in title case, not a name. */
const MAX_RUN_FROM_FAMILY = 6;

export function findFullNames(runs: readonly NameRun[], context: NameContext): NameCandidate[] {
  const { text } = context;
  const found: NameCandidate[] = [];
  for (const run of runs) {
    const { words } = run;
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

  function fullNameAt(run: NameRun, index: number, nameContext: NameContext): NameCandidate | null {
    const family = run.words[index];
    if (family === undefined) return null;
    if (!isFamilyName(family.text) || isTitleOnlyFamilyName(family.text)) return null;
    if (run.words.length - index > MAX_RUN_FROM_FAMILY) return null;
    if (nameContext.placeEndAt(family.start) !== null || nameContext.startsTitle(family.start)) return null;
    if (isNotPersonContext(wordsBefore(text, family.start))) return null;
    const words = nameWords(run.words, index, nameContext, MAX_GIVEN_NAMES + 1);
    if (words.length < 2) return null;
    const ambiguous = isAmbiguousFamilyName(family.text);
    // `Từ Hà Nội`: an everyday word before a place, not a family name before given names.
    if (ambiguous && words.slice(1).some((word) => startsMultiWordPlace(nameContext, word.start))) return null;
    const candidate = candidateOf(text, words, 'family-name', {
      needsConfirmation: ambiguous && startsSentence(text, family.start, nameContext.sentenceStarts),
    });
    if (candidate === null) return null;
    if (nameContext.overlapsOrganization(candidate.start, candidate.end)) {
      const strong = !ambiguous && words.length >= STRONG_NAME_WORDS;
      if (!strong || !nameContext.isNameAfterTitledOrganization(candidate.start, candidate.end)) return null;
    }
    return candidate;
  }
}
