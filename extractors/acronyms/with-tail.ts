// Acronyms that carry the last words of their name, defined in brackets after a name ending with the same words:
// a place (`Trung tâm Kiểm soát bệnh tật Hà Nội (CDC Hà Nội)`, `Tòa án nhân dân TP Hồ Chí Minh (TAND TP Hồ Chí
// Minh)`) or words the initials leave out (`Viện Kiểm sát nhân dân tối cao (VKSND tối cao)`). The short form is the
// whole bracket; the long form is the name before it, found by the acronym's initials before the tail (`TAND` ←
// `Tòa án nhân dân`, `VKSND` ← `Viện Kiểm sát nhân dân`) or, for a place, as the organization name that ends at the
// bracket. A tail that is no place needs the initials: `Ông Tuấn (ĐH Huế)`, `Bộ Y tế (BYT cho biết)` are none. A
// level of government with no place (`Ủy ban nhân dân tỉnh (UBND tỉnh)`, `(HĐND các cấp)`) names no one body: the
// acronym alone is defined, by the words its initials spell (`UBND` ← `Ủy ban nhân dân`); so it is when the
// initials spell the name's head and the bracket leaves out the words between head and tail (`Hợp tác xã Nông nghiệp
// Tân Lâm (HTX Tân Lâm)`: `HTX` ← `Hợp tác xã`).
import type { Token } from '../../input/tokens.js';
import { lookupPlace } from '../shared/places.js';
import { ORGANIZATION_HEAD_PHRASES } from '../organizations/lexicon.js';
import { headedNameBefore } from './headed-name.js';
import { acronymLetters, matchInitialsBackward, matchInitialsForward } from './initials.js';
import { GENERIC_LEVEL_PHRASES } from './lexicon.js';
import type { RunsByEnd } from './parenthesized.js';

export interface AcronymWithTail {
  /** The short form: the whole bracket, or the acronym alone before a level of government. */
  readonly short: string;
  /** The first and last tokens of the long form. */
  readonly first: number;
  readonly last: number;
  /** The acronyms inside the short form, each with the first and last tokens of the words it spells. */
  readonly parts?: readonly { readonly short: string; readonly first: number; readonly last: number }[];
}

/**
 * `Hợp tác xã Du lịch cộng đồng Nhơn Hải (HTX DLCĐ Nhơn Hải)`: the bracket holds the head's acronym, then the acronym
 * of the words between the head and the name's last words, then those last words; the whole bracket is the short
 * form of the whole name, each acronym that of its words. Null where the bracket is not so.
 */
function headAndFieldAcronymsWithTail(tokens: readonly Token[], last: number, inside: readonly Token[]): AcronymWithTail | null {
  const head = inside[0];
  const field = inside[1];
  const tailWords = inside.length - 2;
  if (!head || !field || tailWords < 1 || !head.acronymLike || !field.acronymLike) return null;
  for (let offset = 0; offset < tailWords; offset += 1) {
    const tailWord = inside[inside.length - 1 - offset];
    if (!tailWord?.isWord || tailWord.acronymLike || tokens[last - offset]?.key !== tailWord.key) return null;
  }
  const headLetters = acronymLetters(head.text);
  const fieldLetters = acronymLetters(field.text);
  const tailFirst = last - tailWords + 1;
  const first = headLetters && fieldLetters ? headedNameBefore(tokens, tailFirst - 1) : -1;
  if (first < 0 || !headLetters || !fieldLetters) return null;
  const headEnd = matchInitialsForward(tokens, first, headLetters);
  if (headEnd <= first || !ORGANIZATION_HEAD_PHRASES.isPhraseAt(tokens, first, headEnd - first)) return null;
  if (matchInitialsForward(tokens, headEnd, fieldLetters) !== tailFirst) return null;
  const short = `${head.text} ${field.text} ${inside.slice(2).map((token) => token.text).join(' ')}`;
  return {
    short,
    first,
    last,
    parts: [
      { short: head.text, first, last: headEnd - 1 },
      { short: field.text, first: headEnd, last: tailFirst - 1 },
    ],
  };
}

/**
 * The definition a bracket `inside` (an acronym, then a tail) gives after the name ending at token `last`, or null
 * when the bracket is not one or the name before does not end with the same words.
 */
export function longFormWithTail(text: string, tokens: readonly Token[], runs: RunsByEnd, last: number, inside: readonly Token[]): AcronymWithTail | null {
  const acronym = inside[0];
  const tailFirst = inside[1];
  const tailLast = inside[inside.length - 1];
  if (!acronym || !tailFirst || !tailLast || !acronym.acronymLike || acronym.end === tailFirst.start) return null;
  const twoAcronyms = headAndFieldAcronymsWithTail(tokens, last, inside);
  if (twoAcronyms !== null) return twoAcronyms;
  const tailWords = inside.length - 1;
  for (let offset = 0; offset < tailWords; offset += 1) {
    const tailWord = inside[inside.length - 1 - offset];
    if (!tailWord?.isWord || tokens[last - offset]?.key !== tailWord.key) return tailBeforePlace(text, tokens, last, inside);
  }
  const whole = text.slice(acronym.start, tailLast.end);
  const letters = acronymLetters(acronym.text);
  if (letters) {
    const first = matchInitialsBackward(tokens, last - tailWords, letters);
    if (first >= 0) {
      const generic = GENERIC_LEVEL_PHRASES.matchLength(tokens, last - tailWords + 1, true) === tailWords;
      if (generic) return { short: acronym.text, first, last: last - tailWords };
      if (namesOwnerAfterHead(text, tokens, first, last - tailWords + 1, last)) return { short: acronym.text, first, last: last - tailWords };
      if (namesTradeThenNameAfterHead(tokens, first, last - tailWords + 1, last)) return { short: acronym.text, first, last: last - tailWords };
      // `Trung tâm Dịch vụ việc làm Nghệ An (TTDVVL Nghệ An)`: the initials spell the name before the province it
      // serves, so they alone stand for that kind of body (`TTDVVL`), as the bracket whole stands for the one body; the
      // place's lookup is asked only once the initials spelled the words before it.
      if (!lookupPlace(text.slice(tailFirst.start, tailLast.end))) return { short: whole, first, last };
      return { short: whole, first, last, parts: [{ short: acronym.text, first, last: last - tailWords }] };
    }
  }
  // `Hợp tác xã Nông nghiệp Tân Lâm (HTX Tân Lâm)`: the initials spell the name's head, and the bracket keeps the
  // head's acronym and the name's last words, leaving its middle out: the acronym alone stands for the head.
  if (letters) {
    const first = headedNameBefore(tokens, last - tailWords);
    const end = first >= 0 ? matchInitialsForward(tokens, first, letters) : -1;
    if (end > first && end <= last - tailWords && ORGANIZATION_HEAD_PHRASES.isPhraseAt(tokens, first, end - first)) {
      return { short: acronym.text, first, last: end - 1 };
    }
  }
  if (!lookupPlace(text.slice(tailFirst.start, tailLast.end))) return null;
  const lastToken = tokens[last];
  const run = lastToken ? runs.endingAt(lastToken.end).find((candidate) => candidate.kind === 'organization' && !candidate.bare) : undefined;
  return run ? { short: whole, first: run.firstToken, last } : null;
}

/**
 * `Nhà xuất bản Hội Nhà văn (NXB Hội Nhà văn)`: the initials spell the name's head alone, and the words after it,
 * which the bracket repeats, open with another body's head (`Hội`): the body the head's one belongs to, its owner, no
 * name the acronym shortens. The acronym alone stands for the head, as it does where the owner is left out of the
 * bracket (`Ban Tuyển sinh quân sự Bộ Quốc phòng (BTSQS)`). Not a place (`Hội An`), nor a head alone.
 */
function namesOwnerAfterHead(text: string, tokens: readonly Token[], first: number, tailFirst: number, last: number): boolean {
  if (!ORGANIZATION_HEAD_PHRASES.isPhraseAt(tokens, first, tailFirst - first)) return false;
  const ownerHead = ORGANIZATION_HEAD_PHRASES.matchLength(tokens, tailFirst);
  if (ownerHead === 0 || ownerHead > last - tailFirst || !tokens[tailFirst]?.capitalized) return false;
  return !lookupPlace(text.slice(tokens[tailFirst]?.start ?? 0, tokens[last]?.end ?? 0));
}

/**
 * `Hợp tác xã Nông sản Xanh Na Rì (HTX Nông sản Xanh Na Rì)`: the initials spell the name's head alone, and the
 * bracket repeats the rest whole, a trade first (a capitalized word whose second syllable is in lower case: `Nông
 * sản`, `Dịch vụ`) and then, past any lower-case words of it, a proper name. Only the head is shortened: the acronym
 * alone stands for the head, the bracket being the body's name with its head abbreviated. Not a proper name alone
 * (`Khu kinh tế Vân Phong (KKT Vân Phong)`, the body's short name), nor a tail in lower case (`VKSND tối cao`).
 */
function namesTradeThenNameAfterHead(tokens: readonly Token[], first: number, tailFirst: number, last: number): boolean {
  const trade = tokens[tailFirst];
  const tradeRest = tokens[tailFirst + 1];
  if (last - tailFirst < 2 || !trade?.capitalized || !tradeRest?.lower) return false;
  if (!ORGANIZATION_HEAD_PHRASES.isPhraseAt(tokens, first, tailFirst - first)) return false;
  let index = tailFirst + 2;
  while (index < last && tokens[index]?.lower === true) index += 1;
  return tokens[index]?.capitalized === true;
}

/** Most words of the place a name closes with, left out of its bracketed short form (`Bà Rịa - Vũng Tàu`: four). */
const MAX_PLACE_WORDS = 4;

/**
 * `Ủy ban Kiểm tra Tỉnh ủy Hòa An (UBKT Tỉnh ủy)`: the bracket holds the head's acronym and the words right after
 * the head, the name going on after them to its place alone, which the bracket leaves out. The whole bracket is the
 * short form, the whole name through its place the long form. Not a bare level (`(UBND tỉnh)`: the acronym's own
 * rules), nor words the initials do not reach back from.
 */
function tailBeforePlace(text: string, tokens: readonly Token[], last: number, inside: readonly Token[]): AcronymWithTail | null {
  const acronym = inside[0];
  const tailFirst = inside[1];
  const tailLast = inside[inside.length - 1];
  const tailWords = inside.length - 1;
  // The cheapest test first: the tail's last word stands somewhere in the place's reach before the bracket.
  let placeWords = 1;
  while (placeWords <= MAX_PLACE_WORDS && tokens[last - placeWords]?.key !== tailLast?.key) placeWords += 1;
  if (!acronym || !tailFirst || !tailLast || placeWords > MAX_PLACE_WORDS) return null;
  const tailEnd = last - placeWords;
  for (let offset = 0; offset < tailWords; offset += 1) {
    const tailWord = inside[inside.length - 1 - offset];
    const named = tokens[tailEnd - offset];
    if (!tailWord?.isWord || !named || named.breakBefore || named.key !== tailWord.key) return null;
  }
  if (!tailFirst.capitalized || GENERIC_LEVEL_PHRASES.matchLength(tokens, tailEnd - tailWords + 1, true) > 0) return null;
  const placeFirst = tokens[tailEnd + 1];
  const placeLast = tokens[last];
  if (!placeFirst || !placeLast || !placeFirst.capitalized || !lookupPlace(text.slice(placeFirst.start, placeLast.end))) return null;
  const letters = acronymLetters(acronym.text);
  const first = letters ? matchInitialsBackward(tokens, tailEnd - tailWords, letters) : -1;
  if (first < 0 || !tokens[first]?.capitalized) return null;
  // The initials spell a head (`Ủy ban`) and maybe its field (`Kiểm tra`).
  const spelled = tailEnd - tailWords + 1 - first;
  let head = Math.min(ORGANIZATION_HEAD_PHRASES.maxWords, spelled);
  while (head >= 1 && !ORGANIZATION_HEAD_PHRASES.isPhraseAt(tokens, first, head)) head -= 1;
  if (head < 1) return null;
  return { short: text.slice(acronym.start, tailLast.end), first, last };
}
