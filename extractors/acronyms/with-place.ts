// Acronyms that carry a place, defined in brackets after a name ending with that place: `Trung tâm Kiểm soát bệnh
// tật Hà Nội (CDC Hà Nội)`, `Tòa án nhân dân TP Hồ Chí Minh (TAND TP Hồ Chí Minh)`. The short form is the whole
// bracket; the long form is the name before it, found by the acronym's initials before the place (`TAND` ←
// `Tòa án nhân dân`) or as the organization name that ends at the bracket.
import type { Token } from '../../input/tokens.js';
import { lookupPlace } from '../shared/places.js';
import { acronymLetters, matchInitialsBackward } from './initials.js';
import type { RunsByEnd } from './parenthesized.js';

/**
 * The first token of the long form ending at token `last` for a bracket `inside` (an acronym, then a place), or
 * -1 when the bracket is not one or the name before does not end with the same place.
 */
export function longFormWithPlace(text: string, tokens: readonly Token[], runs: RunsByEnd, last: number, inside: readonly Token[]): number {
  const acronym = inside[0];
  const placeFirst = inside[1];
  const placeLast = inside[inside.length - 1];
  if (!acronym || !placeFirst || !placeLast || !acronym.acronymLike || acronym.end === placeFirst.start) return -1;
  if (!lookupPlace(text.slice(placeFirst.start, placeLast.end))) return -1;
  const placeWords = inside.length - 1;
  for (let offset = 0; offset < placeWords; offset += 1) {
    if (tokens[last - offset]?.key !== inside[inside.length - 1 - offset]?.key) return -1;
  }
  const letters = acronymLetters(acronym.text);
  if (letters) {
    const first = matchInitialsBackward(tokens, last - placeWords, letters);
    if (first >= 0) return first;
  }
  const lastToken = tokens[last];
  const run = lastToken ? runs.endingAt(lastToken.end).find((candidate) => candidate.kind === 'organization' && !candidate.bare) : undefined;
  return run ? run.firstToken : -1;
}
