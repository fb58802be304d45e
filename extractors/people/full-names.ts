// Full Vietnamese names led by a family name from the lexicon: `Hà Minh Hiệp`, `Nguyễn Thị Thanh Hương`, then one
// to four given names, every syllable capitalized. Not a street, school or place (`đường Lê Duẩn`, `Hà Nội`),
// not inside an organization's name, not a heading run of capitalized words.
import { asciiFoldKey, foldKey } from '../shared/vietnamese.js';
import {
  isAmbiguousFamilyName,
  isCraftContext,
  isCreditLabel,
  opensSentenceWord,
  opensAddress,
  isFamilyName,
  isLunarYearName,
  isNotPersonContext,
  isPlaceKindOfThree,
  mayEndPlaceKindOfThree,
  isNounOpenedByGivenName,
  isPlaceKindContext,
  isPlaceNamedForPerson,
  isPlaceWithFamilyName,
  startsWithEthnicGroup,
  isTitleOnlyFamilyName,
  isWorkListContext,
  isVarietyListContext,
  isWorkListCue,
  mayFollowListItem,
  MAX_CRAFT_PLACE_WORDS,
  VARIETY_LIST_WORDS,
  WORK_LIST_WORDS,
} from './lexicon.js';
import { candidateOf, nameWords, startsMultiWordPlace, type NameCandidate, type NameContext } from './name-candidate.js';
import { startsSentence, wordKeysBefore, type NameRun, type RunWord } from './name-runs.js';
import { isHolderAfterBodyAbroad, isHolderAfterTitledUnit } from './unit-holder-names.js';
import { isRoadNameAt, isRoadNameBeforeDash, mayFollowRoad } from './road-names.js';

/** A name this long with an unambiguous family name is a person even at the end of an organization's run. */
const STRONG_NAME_WORDS = 3;
/** A family name and at most four given names. */
const MAX_GIVEN_NAMES = 4;
/** A run this long from the family name on is a heading in title case, not a name. */
const MAX_RUN_FROM_FAMILY = 6;
/** The syllables of a place's name after a kind of place of three words (`khu công nghiệp Đồng Văn`). */
const PLACE_NAME_WORDS_AFTER_KIND_OF_THREE = 2;
/**
 * Words of where before a kind of place of three words (`trong khu công nghiệp Kim Động Bắc`, `tại khu kinh tế ...`):
 * the site itself is meant, no body whose holder's full name follows (`Trưởng Ban quản lý khu công nghiệp Lê Văn
 * Hòa`), so a name of three syllables after the kind is the site's too.
 */
const WHERE_BEFORE_KIND_OF_THREE: ReadonlySet<string> = new Set(['trong', 'tại', 'ở', 'vào', 'khỏi', 'quanh', 'ngoài', 'cạnh', 'gần']);

/** A kind of place of three words ends right before `start`, and the place's name after it runs `nameWords`. */
function followsPlaceKindOfThree(text: string, tokens: NameContext['tokens'], start: number, keyBefore: string | undefined, nameWords: number): boolean {
  if (nameWords > PLACE_NAME_WORDS_AFTER_KIND_OF_THREE + 1 || !mayEndPlaceKindOfThree(keyBefore)) return false;
  if (nameWords <= PLACE_NAME_WORDS_AFTER_KIND_OF_THREE) return isPlaceKindOfThree(wordKeysBefore(text, tokens, start, 3));
  const keys = wordKeysBefore(text, tokens, start, 4);
  return keys.length === 4 && WHERE_BEFORE_KIND_OF_THREE.has(keys[0] ?? '') && isPlaceKindOfThree(keys);
}

/** `Thưa`, the key asked first (a string compare) before the lower-case word after it is read. */
const ADDRESS_KEY = 'thưa';

/** The first syllables of school levels before `học` (`đại học`, `tiểu học`), keys. */
const SCHOOL_LEVEL_FIRSTS: ReadonlySet<string> = new Set(['đại', 'tiểu']);

/**
 * True when `Đại học` or `Tiểu học` right before `start` ends `Giáo dục Đại học`: a level of education, a department's
 * field (`Vụ trưởng Vụ Giáo dục Đại học Nguyễn Thu Hà`), where the name after it is its head's, no school named for a
 * person (`Trường Đại học Nguyễn Tất Thành`). Asked only where `đại học` before the name made it a thing's.
 */
function isEducationLevelBefore(text: string, tokens: NameContext['tokens'], start: number, keyBefore: string | undefined, secondKeyBefore: string | undefined): boolean {
  if (keyBefore !== 'học' || !SCHOOL_LEVEL_FIRSTS.has(secondKeyBefore ?? '')) return false;
  const keys = wordKeysBefore(text, tokens, start, 4);
  return keys.length === 4 && keys[0] === 'giáo' && keys[1] === 'dục';
}

export function findFullNames(runs: readonly NameRun[], context: NameContext): NameCandidate[] {
  const { text, tokens } = context;
  const found: NameCandidate[] = [];
  /** The last run read that names a place by its context (`khu vực Việt Trì`), or that follows one in a list. */
  let placeRun: NameRun | null = null;
  for (const run of runs) {
    const { words } = run;
    // `khu vực Việt Trì và Lâm Thao`, `tại Hải Phòng, Cẩm Giàng`: a short run listed after a place is a place too.
    const listedAfterPlace: boolean = placeRun !== null && words.length <= MAX_LISTED_PLACE_WORDS
      && !PERSON_MIDDLE_NAME_KEYS.has(words[1]?.key ?? '') && linksListedPlaces(text, placeRun, run);
    // `ở các xã vùng cao như Mèo Vạc`: an example of the places named before `như` is one.
    const placeExample: boolean = !listedAfterPlace && words.length <= MAX_LISTED_PLACE_WORDS
      && (run.keyBefore === 'như' ? followsPlacesForExamples(text, tokens, run.start) : isListedPlaceExample(text, tokens, run.start));
    placeRun = listedAfterPlace || placeExample || namesPlaceByContext(run, context) ? run : null;
    if (listedAfterPlace || placeExample) continue;
    // A family name and a given name at least.
    if (words.length < 2) continue;
    // `Lễ hội “Giọt máu Hồng Lam”`: the run ends the quoted name of an event or a work, opened by other words.
    if (endsQuotedName(text, run)) continue;
    // `các trích đoạn như Lưu Bình Dương Lễ`: the whole run names a work.
    if (isWorkListCue(run.keyBefore) && isWorkListContext(wordKeysBefore(text, tokens, run.start, WORK_LIST_WORDS))) continue;
    // `các giống chè như LDP1, Kim Tuyên`: a pair of syllables in a list of varieties.
    if (words.length <= MAX_CRAFT_PLACE_WORDS && mayFollowListItem(run.keyBefore)
      && isVarietyListContext(wordKeysBefore(text, tokens, run.start, VARIETY_LIST_WORDS))) continue;
    // Only the last words of a long run can start a name that ends the run.
    let index = Math.max(0, words.length - MAX_RUN_FROM_FAMILY);
    while (index < words.length) {
      const family = words[index];
      if (family === undefined) break;
      const candidate = fullNameAt(run, index, context);
      if (candidate === null) {
        // `đường Lý Thái Tổ`: the street's name is the whole short run, no name starts inside it (`Thái Tổ`); but
        // `Chủ tịch Hội người Việt Nam tại Séc Đỗ Văn Hưng`: a titled body's place abroad, then its holder.
        if (index === 0 && isStreetOrPlaceRun(run, context) && !isHolderAfterBodyAbroad(text, run, context)) break;
        index += 1;
        continue;
      }
      found.push(candidate);
      while (index < words.length && (words[index]?.start ?? Infinity) < candidate.end) index += 1;
    }
  }
  return found;
}

// The helpers below are module-level, not closures per article: V8 keeps a closure's optimized code only weakly.

/** A closing quote right after a run. */
const CLOSING_QUOTE = /^[”"]/u;
/**
 * The quoted words before a run, back to the opening quote: a word after it (no colon, comma or line's start before
 * the quote: a name set after a noun, not a quoted sentence), the quote, a capitalized word and lower-case words.
 */
const QUOTED_NAME_OPENING = /[\p{L}\p{M}\p{N}][ \t]+[“"]\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Ll}[\p{Ll}\p{M}]*){0,4}[ \t]+$/u;
/** How far back (characters) the opening quote of a quoted name is looked for. */
const QUOTED_NAME_REACH = 48;
/** The most syllables of a run ending a quoted name: a place's or a person's name at the title's end. */
const MAX_QUOTED_NAME_END_WORDS = 3;

/**
 * `Lễ hội hiến máu “Giọt máu Hồng Lam”`, `cuộc thi “Tiếng hát Sông Hương”`: a short run that ends a quoted name set
 * right after a noun, the quote opened by other words (a capitalized word, then lower-case ones), is the end of the
 * name of an event or a work (a region's, a river's name), no person; a quoted sentence (after a colon) is not one.
 */
function endsQuotedName(text: string, run: NameRun): boolean {
  if (run.words.length > MAX_QUOTED_NAME_END_WORDS || !CLOSING_QUOTE.test(text.slice(run.end, run.end + 1))) return false;
  return QUOTED_NAME_OPENING.test(text.slice(Math.max(0, run.start - QUOTED_NAME_REACH), run.start));
}

/**
 * Between two items of a list: a comma, `và` (and), `hoặc` (or), or a comma and one of them; a dash joining two
 * ends (`ga Lào Cai – Hà Khẩu`); `như` opening examples of a place's parts (`Hải Phòng như Cẩm Giàng, Kim Thành`).
 */
const LIST_LINK = /^(?:[ \t]*,[ \t]*(?:(?:và|hoặc)[ \t]+)?|[ \t]+(?:và|hoặc|như)[ \t]+|[ \t]*(?<dash>[–-])[ \t]*)$/u;
/**
 * Last words of what a pair of places joined by a dash may follow: a route or a pair of stations or border gates
 * (`tuyến Hà Nội – Lào Cai`, `cặp ga Lào Cai – Hà Khẩu`, `cửa khẩu Lào Cai – Hà Khẩu`, `cao tốc Hà Nội – Hải
 * Phòng`). A dash after a place elsewhere may set off a holder (`Chủ tịch UBND thành phố Hà Nội – Trần Sỹ Thanh`).
 */
const ROUTE_BEFORE_PLACE: ReadonlySet<string> = new Set(['tuyến', 'cặp', 'ga', 'chặng', 'đoạn', 'khẩu', 'tốc', 'lộ', 'đường']);

/** True when the text between a place's run and the next run links them as items of one list or ends of a route. */
function linksListedPlaces(text: string, placeRun: NameRun, next: NameRun): boolean {
  const link = LIST_LINK.exec(text.slice(placeRun.end, next.start));
  if (link === null) return false;
  return link.groups?.dash === undefined || ROUTE_BEFORE_PLACE.has(placeRun.keyBefore ?? '');
}
/** The most syllables a place listed after another has: `Lâm Thao`, `Cẩm Giàng`, `Điện Biên Đông`. */
const MAX_LISTED_PLACE_WORDS = 3;

/**
 * True when a run no longer than a place's name stands where a place does (`khu vực Việt Trì`, `tại Hải Phòng`), or
 * is a place the places stage found: a run listed right after it names a place too.
 */
function namesPlaceByContext(run: NameRun, context: NameContext): boolean {
  if (run.words.length > MAX_LISTED_PLACE_WORDS) return false;
  const first = run.words[0];
  if (first !== undefined && context.placeEndAt(first.start) === run.end) return true;
  return isNotPersonContext(run.keyBefore, run.secondKeyBefore) && context.placeStartBefore(spaceBefore(context.text, run.start)) === null;
}

/** Words before a kind of place that make it many places: `các xã`, `những huyện`, `nhiều tỉnh`, `một số xã`. */
const PLURAL_BEFORE_PLACE_KIND: ReadonlySet<string> = new Set(['các', 'những', 'nhiều', 'số', 'mấy']);
/** How many words before `như` a plural kind of place is looked for: `các xã vùng cao biên giới như`. */
const EXAMPLES_OF_PLACES_REACH = 6;

/**
 * The run at `start` comes after `như` that gives examples of places a plural kind names a few words before (`ở các
 * xã vùng cao như Mèo Vạc, Đồng Văn`, `nhiều huyện như ...`): the run is one of them, a place, and so are the runs
 * listed after it (see linksListedPlaces).
 */
function followsPlacesForExamples(text: string, tokens: NameContext['tokens'], start: number): boolean {
  const keys = wordKeysBefore(text, tokens, start, EXAMPLES_OF_PLACES_REACH + 1);
  for (let at = keys.length - 2; at >= 1; at -= 1) {
    if (PLURAL_BEFORE_PLACE_KIND.has(keys[at - 1] ?? '') && isPlaceKindContext(keys[at], keys[at - 1])) return true;
  }
  return false;
}

/**
 * Anchored at the end of a bounded slice: `như` then capitalized names, each closed by a comma, up to a run (`như Mèo
 * Vạc, Đồng Văn, | Lâm Bình`).
 */
const EXAMPLES_LISTED_BEFORE = /(?:^|[^\p{L}\p{M}])như[ \t]+(?:\p{Lu}[\p{L}\p{M}]*(?:[ \t]\p{Lu}[\p{L}\p{M}]*){0,3},[ \t])+$/u;
/** How far before a run the `như` of its list is looked for. */
const LISTED_EXAMPLES_REACH = 80;

/**
 * The run at `start` is listed after other names that follow `như` and a plural kind of place (`các xã vùng cao như
 * Mèo Vạc, Đồng Văn, Lâm Bình`): a place too, though the names between may be no runs of their own (places the
 * gazetteer took).
 */
function isListedPlaceExample(text: string, tokens: NameContext['tokens'], start: number): boolean {
  const from = Math.max(0, start - LISTED_EXAMPLES_REACH);
  const before = text.slice(from, start);
  // Most runs have no `như` within reach: a native search of the bounded slice refuses them before the regex.
  if (!before.includes('như')) return false;
  const listed = EXAMPLES_LISTED_BEFORE.exec(before);
  if (listed === null) return false;
  const afterNhu = from + listed.index + listed[0].indexOf('như') + 'như'.length;
  return followsPlacesForExamples(text, tokens, afterNhu + 1);
}

/**
 * True when a run no longer than a name stands right after a word that makes it a street, place or thing (`đường
 * Lý Thái Tổ`, `phố Lê Thánh Tông`, `dự án An Lạc Sky`): the run is that thing's name, and no name starts inside it.
 */
function isStreetOrPlaceRun(run: NameRun, context: NameContext): boolean {
  const first = run.words[0];
  return first !== undefined && run.words.length <= MAX_GIVEN_NAMES
    && isNotPersonContext(run.keyBefore, run.secondKeyBefore)
    && context.placeStartBefore(spaceBefore(context.text, first.start)) === null;
}

/** The folded key of the lower-case word after one space at `index`, or '' where none is. */
function lowerWordKeyAt(text: string, index: number): string {
  if (text.charCodeAt(index) !== 0x20) return '';
  const found = LOWER_WORD.exec(text.slice(index + 1, index + 1 + LONGEST_SYLLABLE));
  return found === null ? '' : foldKey(found[0]);
}

/** The most letters a Vietnamese syllable has, in NFC (`nghiêng`, `khuyết`). */
const LONGEST_SYLLABLE_LETTERS = 7;

/** A lower-case word at the start of a slice: a syllable of letters and marks. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}]*/u;
/** The most characters a Vietnamese syllable takes (`nghiêng`), with room for combining marks. */
const LONGEST_SYLLABLE = 10;

/** Where the spaces before `index` start. */
function spaceBefore(text: string, index: number): number {
  let position = index;
  while (position > 0 && (text[position - 1] === ' ' || text[position - 1] === '\t')) position -= 1;
  return position;
}

/** The words of `words` within `[start, end)`. */
function wordsWithin(words: readonly RunWord[], start: number, end: number): RunWord[] {
  const within: RunWord[] = [];
  for (const word of words) if (word.start >= start && word.end <= end) within.push(word);
  return within;
}

/** True when a place of several words starts at one of `words` after the first. */
function placeStartsAfterFirst(context: NameContext, words: readonly RunWord[]): boolean {
  for (let index = 1; index < words.length; index += 1) {
    const word = words[index];
    if (word !== undefined && startsMultiWordPlace(context, word.start)) return true;
  }
  return false;
}

/** True when word `index` of `run` lies inside a place that one of the run's words before it starts. */
function isInsidePlaceOfRun(run: NameRun, index: number, context: NameContext): boolean {
  const word = run.words[index];
  if (word === undefined) return false;
  for (let before = 0; before < index; before += 1) {
    const placeEnd = context.placeEndAt(run.words[before]?.start ?? -1);
    if (placeEnd !== null && placeEnd > word.start) return true;
  }
  return false;
}

/** Words before `số N` that make it a rank or a shirt, not a house: `hạt giống số 1`, `tay vợt số 2`, `áo số 10`. */
const RANK_BEFORE_NUMBER: ReadonlySet<string> = new Set(['giống', 'vợt', 'áo', 'thủ']);

/** True when `số N` before the name is a player's seed, rank or shirt (`hạt giống số 1 Lê Văn A`), not a house. */
function isRankBeforeName(text: string, tokens: NameContext['tokens'], index: number, secondKeyBefore: string | undefined): boolean {
  if (secondKeyBefore !== 'số') return false;
  const keys = wordKeysBefore(text, tokens, index, 3);
  return keys.length === 3 && RANK_BEFORE_NUMBER.has(keys[0] ?? '');
}

/** Middle names only a person's name has between a family name and a given name (keys). */
const PERSON_MIDDLE_NAME_KEYS: ReadonlySet<string> = new Set(['văn', 'thị']);

/** The full name whose family name is the word `index` of `run`, or null. */
function fullNameAt(run: NameRun, index: number, context: NameContext): NameCandidate | null {
  const { text, tokens } = context;
  const family = run.words[index];
  if (family === undefined || run.words.length - index < 2) return null;
  if (!isFamilyName(family.key) || isTitleOnlyFamilyName(family.key)) return null;
  if (run.words.length - index > MAX_RUN_FROM_FAMILY) return null;
  if (context.startsTitle(family.start)) return null;
  let placeEnd = context.placeEndAt(family.start);
  // `Chủ tịch UBND tỉnh Nguyễn Đức Trung`: the places stage reads `tỉnh Nguyễn Đức`, a place it does not know and
  // that stops short of the run's end; the chairman's name follows his title's organization.
  if (placeEnd !== null && placeEnd < run.end && context.isUnlistedPlaceAt(family.start)
    && isHolderAfterTitledUnit(text, run.words, index, context)) placeEnd = null;
  // `Chủ tịch Hồ Chí Minh` is the person, `TP Hồ Chí Minh` the city the gazetteer knows.
  const personForPlace = placeEnd !== null && context.titleEndsBefore(family.start)
    && isPlaceNamedForPerson(text.slice(family.start, placeEnd));
  if (placeEnd !== null && !personForPlace) return null;
  // `Hải Đăng Quảng Ninh Đoàn Minh Trí`, `người Bồ Đào Nha Rui Mendes`: a family name inside a place of several words
  // that starts earlier in the run is the place's word.
  if (isInsidePlaceOfRun(run, index, context)) return null;
  // Words before that make it a street or a school; a country right before (`Nhật Bản Phạm Quang Hiệu`) does not.
  let keyBefore = run.keyBefore;
  let secondKeyBefore = run.secondKeyBefore;
  if (index > 0) {
    const keys = wordKeysBefore(text, tokens, family.start);
    keyBefore = keys[keys.length - 1];
    secondKeyBefore = keys[keys.length - 2];
  }
  let holderAfterUnit = false;
  // `đường Lê Duẩn`, `khu công nghiệp Đồng Văn`: one or two words before, or a kind of place of three before a name
  // of two syllables (three after it are a holder's full name: `Trưởng Ban quản lý khu công nghiệp Nguyễn Văn Hải`),
  // or of three after a word of where (`trong khu công nghiệp Kim Động Bắc`).
  const thingBefore = (isNotPersonContext(keyBefore, secondKeyBefore) && !isEducationLevelBefore(text, tokens, family.start, keyBefore, secondKeyBefore))
    || followsPlaceKindOfThree(text, tokens, family.start, keyBefore, run.words.length - index);
  if (context.placeStartBefore(spaceBefore(text, family.start)) === null && thingBefore
    && !isRankBeforeName(text, tokens, family.start, secondKeyBefore)) {
    // `Chủ tịch UBND tỉnh Nguyễn Đức Trung`: the level ends the title's organization, the chairman follows.
    holderAfterUnit = isHolderAfterTitledUnit(text, run.words, index, context);
    if (!holderAfterUnit) return null;
  }
  // A village after its craft: `gốm Chu Đậu`.
  if (run.words.length - index <= MAX_CRAFT_PLACE_WORDS && isCraftContext(keyBefore, secondKeyBefore)) return null;
  // A road's name: `nút giao thông Nguyễn Văn Linh`, `Quốc lộ 1 – Nguyễn Văn Linh`.
  if (mayFollowRoad(keyBefore) && isRoadNameAt(text, family.start, context)) return null;
  let words = personForPlace && placeEnd !== null
    ? wordsWithin(run.words, family.start, placeEnd)
    : nameWords(run.words, index, context, MAX_GIVEN_NAMES + 1);
  if (words.length < 2 || (holderAfterUnit && words.length !== run.words.length - index)) return null;
  // `Ảnh: Hoàng Hà Thưa ông, ...`: the address opening the next question ends the name before it.
  const addressed = words[words.length - 1];
  if (addressed !== undefined && addressed.key === ADDRESS_KEY && opensAddress(addressed.key, lowerWordKeyAt(text, addressed.end))) {
    if (words.length === 2) return null;
    words = words.slice(0, -1);
  }
  // `Ảnh: Phương Thảo Kỹ thuật ...`: a credit's name run into the next sentence ends before a word that opens it, the
  // name's last capital that word's first syllable (as the credit rule reads it, byline-names.ts).
  const creditLast = words[words.length - 1];
  if (creditLast !== undefined && words.length > 2 && index === 0 && isCreditLabel(keyBefore)
    && opensSentenceWord(creditLast.key, lowerWordKeyAt(text, creditLast.end))) words = words.slice(0, -1);
  const wordKeys: string[] = [];
  for (const word of words) wordKeys.push(word.key);
  // `Sao Mai Residence`: a word longer than any Vietnamese syllable is a foreign word of a building's or brand's name.
  if (wordKeys.some((key) => key.length > LONGEST_SYLLABLE_LETTERS)) return null;
  if (isLunarYearName(wordKeys) || isPlaceWithFamilyName(wordKeys) || startsWithEthnicGroup(wordKeys)) return null;
  const last = words[words.length - 1];
  if (last && !personForPlace && !holderAfterUnit && context.placeNames.size > 0 && context.placeNames.has(asciiFoldKey(text.slice(family.start, last.end)))) return null;
  // `nút giao Nguyễn Văn Linh – Quốc lộ 50`: the road's other end.
  if (last && isRoadNameBeforeDash(text, last.end)) return null;
  // `Hồ Thủy điện Đăk Re`: the last capital opens a noun (`thủy điện`) whose second syllable follows in lower case.
  if (last && words.length === 2 && isNounOpenedByGivenName(last.key, lowerWordKeyAt(text, last.end))) return null;
  const ambiguous = isAmbiguousFamilyName(family.key);
  // `Ảnh: Minh Châu Trình bày tờ trình`: after a family name that is also a word, the last capital opens a word that
  // opens the next sentence (`Trình bày`), the lines joined: no name of two words.
  if (last && ambiguous && words.length === 2 && opensSentenceWord(last.key, lowerWordKeyAt(text, last.end))) return null;
  // `Từ Hà Nội`: an everyday word before a place, not a family name before given names.
  if (ambiguous && placeStartsAfterFirst(context, words)) return null;
  // `Mai Văn Chính, Trưởng Ban ...`: a middle name `Văn` or `Thị` before a given name says a person's name is read,
  // whatever else the family name means at a sentence's start (`Mai` tomorrow, `Cao` high).
  const middleNamed = words.length >= 3 && PERSON_MIDDLE_NAME_KEYS.has(words[1]?.key ?? '');
  const candidate = candidateOf(text, words, 'family-name', {
    // `Ảnh: Chu Quốc Hùng/TTXVN`: a credit names its photographer.
    needsConfirmation: ambiguous && !middleNamed && !isCreditLabel(keyBefore) && startsSentence(context, family.start),
  });
  if (candidate === null) return null;
  if (context.overlapsOrganization(candidate.start, candidate.end)) {
    const strong = !ambiguous && words.length >= STRONG_NAME_WORDS;
    if (!strong || !context.isNameAfterTitledOrganization(candidate.start, candidate.end)) return null;
  }
  return candidate;
}
