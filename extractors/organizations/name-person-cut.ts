// Where a person's name runs on after an organization's (`Bộ Tài chính Hồ Đức Phớc`, `Chính phủ Trần Hồng Hà`,
// `Bộ Ngoại giao Ấn Độ Rajesh Kumar`): the organization ends before it. A Vietnamese name starts with a family name
// from the common list; a foreign one after a place is told by syllables Vietnamese does not have.
import type { AcceptedTokens } from './accepted-tokens.js';
import type { NameTokens } from './name-tokens.js';
import { ACADEMIC_TITLE_KEYS, COUNTED_AFTER_NUMBER_PHRASES, HONORIFIC_KEYS, INSTITUTION_KIND_PHRASES, ORGANIZATION_HEAD_PHRASES, TITLE_PHRASES, TWO_SYLLABLE_NAME_WORD_KEYS } from './lexicon.js';
import { FAMILY_NAME, STARTS_TITLE } from './word-classes.js';
import { isUnitNamedForPerson } from '../shared/places.js';


/**
 * A Vietnamese syllable, tone and vowel marks dropped: an onset, one to three vowels, a final from the few the
 * language allows. `Rajesh`, `Kumar`, `Smith` are not.
 */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;
const MARKS = /\p{M}/gu;

export function isVietnameseSyllable(word: string): boolean {
  const bare = word.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/đ/gu, 'd');
  return VIETNAMESE_SYLLABLE.test(bare);
}

/** The commonest middle name, also a family name: after a family name it is the middle of one person's name. */
const MIDDLE_NAME_VAN = 'văn';

/**
 * `Hợp tác xã Hồi Văn Quan`: `Văn` right after a capitalized word of the name that is no family name, and one word
 * after it, is the start of a place's name (`Văn Quan`), no person's; a person's would start with a family name
 * before it (`Bộ Tài chính Nguyễn Văn Thắng`) or run on for three words (`Công ty Sông Hồng Văn Thị Mai`).
 */
function middleNameOfName(words: NameTokens, bodyStart: number, index: number): boolean {
  const before = words.tokens[index - 1];
  return words.tokens[index]?.key === MIDDLE_NAME_VAN && index > bodyStart && before !== undefined && before.capitalized
    && !words.is(index - 1, FAMILY_NAME);
}

/** A single token taken as a place that is also a given name (`Đức`, `Anh`, `Nga`): it may end a person's name. */
function mayBeGivenName(words: NameTokens, accepted: AcceptedTokens, bodyStart: number, index: number): boolean {
  const kind = accepted.at(index - bodyStart);
  if (kind === 'capitalized') return true;
  if (kind !== 'place' || !words.tokens[index]?.capitalized) return false;
  return accepted.at(index - 1 - bodyStart) !== 'place' && accepted.at(index + 1 - bodyStart) !== 'place';
}

/**
 * English words that end a company's or a fund's brand (`Mekong Capital`, `Saigon Ventures`), folded: never the
 * last word of a person's name.
 */
export const FOREIGN_COMPANY_WORDS: ReadonlySet<string> = new Set([
  'capital', 'group', 'partners', 'ventures', 'holdings', 'investment', 'investments', 'fund', 'bank', 'corporation',
  'corp', 'company', 'limited', 'ltd', 'inc', 'technologies', 'technology', 'solutions', 'securities', 'foundation',
]);

/**
 * Acronyms of a kind of zone whose own name follows them (`KCN Hoàng Long` is the industrial park Hoàng Long,
 * `KĐT Nam Thăng Long` an urban area): the capitalized words after one are that name, no person's.
 */
const NAMED_ZONE_ACRONYMS: ReadonlySet<string> = new Set(['KCN', 'KKT', 'CCN', 'KCX', 'KCNC', 'KĐT', 'KDC', 'KDL']);

/**
 * `Trạm CSGT Hà Trung`, `Đội CSGT Hà Đông`: two capitalized syllables at `index`, right after the unit's acronym that
 * follows the head, are the place the unit is named for; a person named there has a full name of three syllables.
 */
function unitAcronymBeforePlaceName(words: NameTokens, bodyStart: number, index: number): boolean {
  return index === bodyStart + 1 && words.tokens[bodyStart]?.acronymLike === true;
}

/**
 * Cuts a person's name off the end of a run: `Tổng cục ... Hà Minh Hiệp`, `Bộ Tài chính Hồ Đức Phớc` (`Đức` is
 * also a country), `Bộ Ngoại giao Ấn Độ Rajesh Kumar`. Right after the head only when the head names an
 * organization alone (`Chính phủ Trần Hồng Hà`; `Bộ Văn hóa` keeps `Văn`).
 */
export function endBeforePersonName(
  words: NameTokens,
  accepted: AcceptedTokens,
  bodyStart: number,
  end: number,
  completeHead: boolean,
  firstCut = bodyStart,
): number {
  // A lower-case syllable taken after the name (`Hồ Đức Phớc phát biểu`) does not hide it.
  const nameEnd = accepted.at(end - 1 - bodyStart) === 'completion' ? end - 1 : end;
  let runStart = nameEnd;
  while (runStart > bodyStart && mayBeGivenName(words, accepted, bodyStart, runStart - 1)) runStart -= 1;
  for (let index = Math.max(runStart, completeHead ? bodyStart : bodyStart + 1, firstCut); index <= nameEnd - 2; index += 1) {
    if (nameEnd - index <= 4 && words.is(index, FAMILY_NAME) && !NAMED_ZONE_ACRONYMS.has(words.tokens[index - 1]?.text ?? '')
      && !(nameEnd - index === 2 && middleNameOfName(words, bodyStart, index))
      && !(nameEnd - index === 2 && unitAcronymBeforePlaceName(words, bodyStart, index))
      && !regionWordBefore(words, index)) {
      // `Bệnh viện Bạch Mai Đào Xuân Cơ`: two family names in a row; the name's last word (`Mai`) before a
      // three-syllable person's, unless the second is the middle name `Văn` (`Nguyễn Văn Thanh Hải`).
      const next = index + 1;
      if (nameEnd - index === 4 && words.is(next, FAMILY_NAME) && words.tokens[next]?.key !== MIDDLE_NAME_VAN) return next;
      return index;
    }
  }
  // `Tỉnh ủy Tuyên Quang Nông Thị Hạnh`: after a place, three capitalized syllables whose middle one is a middle name
  // (`Thị`, `Văn`) are a person's full name, though their family name is too common a word to cut at elsewhere.
  if (middleNamedPersonAfterPlace(words, accepted, bodyStart, nameEnd)) return nameEnd - 3;
  // `Trạm Kiểm lâm Mường Lát và Hà Thị Lan (SN 1990)`: such a full name after `và` is a second person listed, the
  // body's name ending before `và`.
  if (middleNamedPersonAfterAnd(words, accepted, bodyStart, nameEnd)) return nameEnd - 4;
  // After a place: two capitalized words or more, one of them no Vietnamese syllable, are a foreign name; unless the
  // last is a company's word (`Quỹ đầu tư Mekong Spark Capital`), which ends no person's name.
  let foreignStart = end;
  while (foreignStart > bodyStart && accepted.at(foreignStart - 1 - bodyStart) === 'capitalized') foreignStart -= 1;
  const companyWordLast = FOREIGN_COMPANY_WORDS.has(words.tokens[end - 1]?.key ?? '');
  if (foreignStart > bodyStart && end - foreignStart >= 2 && accepted.at(foreignStart - 1 - bodyStart) === 'place' && !companyWordLast) {
    for (let index = foreignStart; index < end; index += 1) {
      if (!isVietnameseSyllable(words.tokens[index]?.text ?? '')) return foreignStart;
    }
  }
  return end;
}

/**
 * `khu vực` (area) right before `index`: the words after it name the area a regional body serves (`Trung tâm Y tế khu
 * vực Thạch Hà`, though `Thạch` is a family name too), no person.
 */
function regionWordBefore(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  return index >= 2 && tokens[index - 1]?.key === 'vực' && tokens[index - 2]?.key === 'khu' && tokens[index - 2]?.lower === true;
}

/** Middle names that mark a person's full name of three syllables: `Thị` (a woman's), `Văn` (a man's). */
const PERSON_MIDDLE_NAME_KEYS: ReadonlySet<string> = new Set(['thị', 'văn']);

/**
 * The name's last three tokens before `nameEnd` are a person's full name set after a place that the run took
 * (`... Tuyên Quang Nông Thị Hạnh`): three capitalized Vietnamese syllables, the middle one `Thị` or `Văn`.
 */
function middleNamedPersonAfterPlace(words: NameTokens, accepted: AcceptedTokens, bodyStart: number, nameEnd: number): boolean {
  const first = nameEnd - 3;
  if (first <= bodyStart || accepted.at(first - 1 - bodyStart) !== 'place') return false;
  const { tokens } = words;
  if (!PERSON_MIDDLE_NAME_KEYS.has(tokens[first + 1]?.key ?? '')) return false;
  for (let index = first; index < nameEnd; index += 1) {
    const token = tokens[index];
    if (!token || token.breakBefore || !token.capitalized || token.acronymLike || !isVietnameseSyllable(token.text)) return false;
  }
  return true;
}

/**
 * The name's last four tokens before `nameEnd` are `và` and a person's full name of three syllables, the middle one
 * `Thị` or `Văn`, after a capitalized word or a place of the name (`... Mường Lát và Hà Thị Lan`).
 */
function middleNamedPersonAfterAnd(words: NameTokens, accepted: AcceptedTokens, bodyStart: number, nameEnd: number): boolean {
  const first = nameEnd - 3;
  const { tokens } = words;
  if (first - 2 <= bodyStart || tokens[first - 1]?.key !== 'và' || !PERSON_MIDDLE_NAME_KEYS.has(tokens[first + 1]?.key ?? '')) return false;
  const before = accepted.at(first - 2 - bodyStart);
  if (before !== 'place' && before !== 'capitalized') return false;
  for (let index = first; index < nameEnd; index += 1) {
    const token = tokens[index];
    if (!token || token.breakBefore || !token.capitalized || token.acronymLike || !isVietnameseSyllable(token.text)) return false;
  }
  return true;
}

/** What labels a company's stock code in brackets, by token keys: `mã chứng khoán`, `mã CK`, `mã cổ phiếu`, an exchange. */
const STOCK_CODE_LABELS: readonly (readonly string[])[] = [
  ['mã', 'chứng', 'khoán'], ['mã', 'ck'], ['mã', 'cổ', 'phiếu'], ['hose'], ['hnx'], ['upcom'],
];

function firstLetter(word: string): string {
  return word.normalize('NFD').charAt(0).toUpperCase().replace('Đ', 'D');
}

/**
 * A bracket right after the run at `end` shows the words from `cut` on are the organization's, no person's: a stock
 * code under its label (`Công ty Cổ phần Thép Hòa Bình (mã chứng khoán: THB)`: only a company has one), or an
 * acronym whose letters hold, in order, the initials of those words (`... Lê Gia (LGC)`: the short form of the
 * company's whole name). A person's affiliation in brackets does not (`... Nguyễn Văn An (ĐHQGHN)`).
 */
export function bracketKeepsName(words: NameTokens, cut: number, end: number): boolean {
  const { tokens } = words;
  const open = tokens[end];
  if (open?.text !== '(' || cut >= end) return false;
  for (const label of STOCK_CODE_LABELS) {
    let index = end + 1;
    while (index - end - 1 < label.length && tokens[index]?.key === label[index - end - 1] && !tokens[index]?.breakBefore) index += 1;
    if (index - end - 1 === label.length && tokens[index]?.text === ':') return tokens[index + 1]?.acronymLike === true;
  }
  const acronym = tokens[end + 1];
  if (acronym?.acronymLike !== true || acronym.breakBefore || tokens[end + 2]?.text !== ')') return false;
  const letters = firstLetter(acronym.text) + acronym.text.slice(1).normalize('NFD').toUpperCase().replace(/Đ/gu, 'D');
  let at = 0;
  for (let index = cut; index < end; index += 1) {
    const initial = firstLetter(tokens[index]?.text ?? '');
    at = letters.indexOf(initial, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/** Most words of a title (`tổng giám đốc`, `phó chủ tịch`). */
const MAX_TITLE_WORDS = 3;
/** Most capitalized words a person's name before a comma is looked for in. */
const MAX_NAME_WORDS = 6;

/**
 * The holder of the title right before the head at `headIndex` is named before it, a comma between: `bà Trần Thị
 * Thu Hiền, Tổng giám đốc Công ty ...`, `ông Đỗ Quang Vinh, Vụ trưởng Vụ ...`. Capitalized words at the end of that
 * organization's name are then its own (`Cao Nguyên Xanh`), not the holder's name again.
 */
export function holderNamedBefore(words: NameTokens, headIndex: number): boolean {
  const { tokens } = words;
  // Titles back from the head, the longest first: `Phó` `Vụ trưởng`, `Tổng giám đốc`.
  let titleStart = headIndex;
  for (let found = true; found; ) {
    found = false;
    for (let start = Math.max(0, titleStart - MAX_TITLE_WORDS); start < titleStart; start += 1) {
      if (words.is(start, STARTS_TITLE) && TITLE_PHRASES.matchLength(tokens, start) === titleStart - start) {
        titleStart = start;
        found = true;
        break;
      }
    }
  }
  const comma = titleStart - 1;
  if (titleStart === headIndex || tokens[titleStart]?.breakBefore || tokens[comma]?.text !== ',' || tokens[comma]?.breakBefore) return false;
  // Capitalized words before the comma, a family name among them with a given name after it, not a place.
  for (let index = comma - 1; index >= Math.max(0, comma - MAX_NAME_WORDS); index -= 1) {
    const token = tokens[index];
    // `bà Phu Thị Chừ, Giám đốc ...`: an honorific before the capitalized words names a person, whatever the family
    // name (one of an ethnic minority's, no common one).
    if (!token?.capitalized) return index < comma - 1 && token !== undefined && !tokens[index + 1]?.breakBefore && HONORIFIC_KEYS.has(token.key);
    // `tại Hà Nội, Thứ trưởng Bộ ...`: a place is no holder.
    // `Thứ trưởng Bộ Công Thương Nguyễn Hữu Tâm, Thứ trưởng Bộ ...`: a name right after another body's capitalized
    // words closes that post; it holds none of this one (a family name before it aside: `Lê Nguyễn Minh Anh`).
    if (index <= comma - 2 && words.is(index, FAMILY_NAME)) {
      let nameStart = index;
      while (nameStart > comma - MAX_PERSON_NAME_SYLLABLES && !tokens[nameStart]?.breakBefore && tokens[nameStart - 1]?.capitalized === true
        && words.is(nameStart - 1, FAMILY_NAME)) nameStart -= 1;
      const before = tokens[nameStart - 1];
      const closesPost = before !== undefined && !tokens[nameStart]?.breakBefore && !HONORIFIC_KEYS.has(before.key)
        && (before.capitalized || closesBodyName(tokens, nameStart - 1));
      return !closesPost && words.placeEnd(index) < 0;
    }
    if (token.breakBefore) return false;
  }
  return false;
}

/**
 * The token at `last`, right before a person's name, ends another body's name, so the name closes that body's post:
 * an acronym no academic title (`Phó Thống đốc NHNN Lưu Đức Thịnh, Vụ trưởng ...`; not `PGS.TS Lưu Đức Thịnh`), or the
 * lower-case syllable of a capitalized head or name word of two (`Vụ Giáo dục Đại học Nguyễn Thu Hà, Phó Cục trưởng
 * ...`, `Cục Quản lý Chất lượng ...`; not a rank, `Đại tá Nguyễn Văn An`).
 */
function closesBodyName(tokens: NameTokens['tokens'], last: number): boolean {
  const token = tokens[last];
  if (token === undefined) return false;
  if (token.acronymLike) return !ACADEMIC_TITLE_KEYS.has(token.key);
  const first = tokens[last - 1];
  if (!token.lower || token.breakBefore || first?.capitalized !== true) return false;
  return ORGANIZATION_HEAD_PHRASES.matchLength(tokens, last - 1) === 2 || TWO_SYLLABLE_NAME_WORD_KEYS.has(`${first.key} ${token.key}`);
}

/** Most syllables of a Vietnamese personal name: a family name, a middle name or two, a given name. */
const MAX_PERSON_NAME_SYLLABLES = 4;

/**
 * A Vietnamese personal name starts at `index` and ends there, within the line: a family name from the common
 * list, then one to three more capitalized Vietnamese syllables, then no further capitalized word; no place starts
 * there (`Hà Nội`, `Cao Bằng`). `Trần Sỹ Thanh` after `UBND thành phố Hà Nội –`, `Nguyễn Đức Trung` after `UBND
 * tỉnh`; not `Thể thao` (no family name) nor `Lâm Đồng` (a place).
 */
export function personNameAt(words: NameTokens, index: number, minSyllables = 2): boolean {
  const { tokens } = words;
  const first = tokens[index];
  if (!first?.capitalized || first.breakBefore || !words.is(index, FAMILY_NAME)) return false;
  if (words.placeEnd(index) > index) return false;
  let end = index + 1;
  while (end < tokens.length && end - index < MAX_PERSON_NAME_SYLLABLES) {
    const token = tokens[end];
    if (!token?.capitalized || token.breakBefore || !isVietnameseSyllable(token.text)) break;
    end += 1;
  }
  const after = tokens[end];
  if (after && !after.breakBefore && (after.capitalized || after.acronymLike)) return false;
  return end - index >= minSyllables;
}

/**
 * Syllables a name after a unit of local government (`tỉnh`, `huyện`, `thành phố`) needs before it is read as a
 * person's, not the unit's: the names of provinces, districts and communes are mostly two syllables (`tỉnh Bắc
 * Ninh`, `huyện Mai Sơn`), personal names mostly three (`Chủ tịch UBND tỉnh Nguyễn Đức Trung`).
 */
const PERSON_AFTER_UNIT_SYLLABLES = 3;

/**
 * A person's name, not the unit's, follows the lower-case unit words at `unitStart` (`UBND tỉnh Nguyễn Đức Trung`:
 * the chairman, after his title's organization): three or four capitalized syllables, a family name first, that no
 * listed place starts (`thành phố Hồ Chí Minh` is one).
 */
export function personAfterUnit(words: NameTokens, unitStart: number, placeEnd: number): boolean {
  let nameStart = unitStart;
  while (nameStart < placeEnd && words.tokens[nameStart]?.lower) nameStart += 1;
  if (nameStart === unitStart || nameStart >= placeEnd) return false;
  // `Công an phường Trần Hưng Đạo`: a unit named for a person of history.
  const first = words.tokens[nameStart];
  const last = words.tokens[placeEnd - 1];
  if (first && last && isUnitNamedForPerson(words.text.slice(first.start, last.end))) return false;
  return personNameAt(words, nameStart, PERSON_AFTER_UNIT_SYLLABLES);
}

/** Syllables of the personal name a school or hospital is named for, as most Vietnamese names have. */
const INSTITUTION_PERSON_SYLLABLES = 3;

/**
 * Where a person's name may first be cut off a school's or hospital's name whose body starts at `bodyStart`: past
 * the name after its kind and level when that name starts with a family name (`Trường THPT Chu Văn An`,
 * `Trường Tiểu học Kim Đồng`): three syllables, or two where a person's name starts at the third (`Trường THCS Lê
 * Lợi Nguyễn Văn Hùng`). With no kind the usual cut applies (`Bệnh viện Bạch Mai Đào Xuân Cơ`), unless `withoutKind`:
 * a school named inside another body's name (`Khoa X Trường Đại học Phạm Văn Đồng`) is read so right after its head.
 */
export function institutionFirstCut(words: NameTokens, bodyStart: number, end: number, withoutKind = false): number {
  const { tokens } = words;
  let position = bodyStart;
  while (position < end) {
    if (tokens[position]?.acronymLike) {
      position += 1;
      continue;
    }
    const kind = INSTITUTION_KIND_PHRASES.longestAt(tokens, position);
    if (!kind || position + kind.words > end) break;
    position += kind.words;
  }
  if ((position === bodyStart && !withoutKind) || !words.is(position, FAMILY_NAME) || !tokens[position]?.capitalized) return bodyStart;
  const third = position + INSTITUTION_PERSON_SYLLABLES - 1;
  return personNameAt(words, third, INSTITUTION_PERSON_SYLLABLES) ? third : position + INSTITUTION_PERSON_SYLLABLES;
}

/**
 * What may follow a school's or hospital's number: the end, a space, a closing mark, or a stop and a space. Not
 * another digit or letter, nor a slash, dot or dash that goes on (`1/2023`, `1.5`, `1-2`, `Covid-19`).
 */
const NUMBER_ENDS_NAME = /^(?:$|[\s)\]"”’!?;…]|[.,:](?:$|\s))/u;

/**
 * A number of one or two digits at `index` that numbers a school or hospital (`Bệnh viện Nhi Đồng 1`, `Trường
 * Tiểu học Kim Đồng 2`), of up to three (`maxDigits`) an army unit (`Sư đoàn 395`): standing alone, no code (`1/2023`), decimal (`1.5`), range (`1-2`) nor count (`2 ca`).
 */
export function institutionNumberAt(words: NameTokens, index: number, maxDigits: 2 | 3 = 2): boolean {
  const { text, tokens } = words;
  const token = tokens[index];
  if (!token || token.breakBefore || !(maxDigits === 2 ? /^\d{1,2}$/u : /^\d{1,3}$/u).test(token.text)) return false;
  if (!NUMBER_ENDS_NAME.test(text.slice(token.end, token.end + 2))) return false;
  if (!/\s/u.test(text[token.start - 1] ?? '')) return false;
  return COUNTED_AFTER_NUMBER_PHRASES.matchLength(tokens, index + 1) === 0;
}
