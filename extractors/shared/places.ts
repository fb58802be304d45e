// A gazetteer of places named in Vietnamese news: Việt Nam, its provinces and big cities with their usual short
// forms, countries and regions as Vietnamese writes them. Shared by organizations (a place is never an
// organization; `UBND tỉnh Quảng Ninh` runs on through one), people (a place is never a person) and roles (a
// country holding a post). Lookups by folded key, never a scan.
import type { Token } from '../../pipeline/document.js';
import { tokenize } from '../../input/tokens.js';
import { isCuttingFamilyName } from './family-names.js';
import { foldKey } from './vietnamese.js';
import { CITIES, COUNTRIES, PROVINCES, REGIONS, UNITS_NAMED_FOR_PEOPLE } from './place-names.js';
import { codeUnitAt, firstWordOfKey, isDash, isJoinerCode, isRegexSpace, isSpaceOrTab, isWordCodeUnit, placeWordEnd } from './place-words.js';

/** `local`: a district, commune or town the gazetteer does not list, known by its prefix (`huyện Yên Thành`). */
export type PlaceKind = 'country' | 'province' | 'city' | 'region' | 'local';

export interface PlaceEntry {
  /** The name as the gazetteer writes it. */
  readonly name: string;
  readonly kind: PlaceKind;
}

export interface PlaceMatch {
  readonly start: number;
  readonly end: number;
  /** Where the place name itself starts, after an administrative prefix (`tỉnh`, `TP.`) when there is one. */
  readonly nameStart: number;
  readonly place: PlaceEntry;
}

/** Words naming what kind of place follows: `tỉnh Quảng Ninh`, `TP. Hồ Chí Minh`, `Thủ đô Hà Nội`. */
const ADMINISTRATIVE_PREFIX = /(?:[Tt]ỉnh|[Tt]hành phố|[Tt]hủ đô|TP\.?|Tp\.?|[Nn]ước|[Qq]uốc gia|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn)(?:[ \t]+|(?<=\.))/uy;

/** The key a place is looked up by: folded, dashes with or without spaces written one way. */
export function placeKey(text: string): string {
  return normalizedPlaceKey(foldKey(text));
}

/** The key of text already NFC and tone-normalized (the document's text): lower case and spacing only. */
function normalizedPlaceKey(text: string): string {
  // Most names have no dash, no dot and single spaces: the three replacements would change nothing.
  if (!hasSpacingToNormalize(text)) return text.toLowerCase();
  return text.toLowerCase().replace(/\s*[–—-]\s*/gu, '-').replace(/\.\s*/gu, '.').replace(/\s+/gu, ' ');
}

/** A dash or a dot, a space other than ` ` or two spaces in a row: what normalizedPlaceKey's replacements rewrite. */
function hasSpacingToNormalize(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x20) {
      if (text.charCodeAt(index + 1) === 0x20) return true;
    } else if (code === 0x2e || isDash(code) || isRegexSpace(code)) {
      return true;
    }
  }
  return false;
}

const GAZETTEER = new Map<string, PlaceEntry>();
const add = (names: readonly string[], kind: PlaceKind): void => {
  for (const name of names) {
    const key = placeKey(name);
    if (!GAZETTEER.has(key)) GAZETTEER.set(key, { name, kind });
  }
};
add(COUNTRIES, 'country');
add(PROVINCES, 'province');
add(CITIES, 'city');
add(REGIONS, 'region');

/** First words of gazetteer names (folded, `tp.hcm` whole): a quick refusal for every other word. */
const FIRST_WORDS = new Set([...GAZETTEER.keys()].map((key) => key.split(/[ -]/u)[0] ?? key));
for (const key of [...FIRST_WORDS]) FIRST_WORDS.add(key.split('.')[0] ?? key);

/** The gazetteer keys as a tree of their UTF-16 code units: a name is read off the text without building its key. */
class KeyNode {
  readonly next = new Map<number, KeyNode>();
  /** The place whose key ends here. */
  place: PlaceEntry | null = null;
}
const KEY_TREE = new KeyNode();
for (const [key, place] of GAZETTEER) {
  let node = KEY_TREE;
  for (let index = 0; index < key.length; index += 1) {
    const code = key.charCodeAt(index);
    let child = node.next.get(code);
    if (child === undefined) {
      child = new KeyNode();
      node.next.set(code, child);
    }
    node = child;
  }
  node.place = place;
}

/** No code unit of a key: what a code unit whose lower case is longer (`İ`) lowers to here. */
const NOT_IN_KEYS = 0xffff;
/** Each code unit's lower case (what `toLowerCase` makes of it alone), filled as code units are met; 0 not yet. */
const lowerByCode = new Uint16Array(0x10000);

/** The lower case of one code unit, NOT_IN_KEYS when it is more than one code unit. */
function lowerCodeUnit(code: number): number {
  let lower = lowerByCode[code] ?? 0;
  if (lower === 0) {
    const lowered = String.fromCharCode(code).toLowerCase();
    lower = lowered.length === 1 ? lowered.charCodeAt(0) : NOT_IN_KEYS;
    lowerByCode[code] = lower;
  }
  return lower;
}

/** The administrative and local unit prefixes (ADMINISTRATIVE_PREFIX, LOCAL_UNIT_PREFIX) in lower case. */
const PREFIXES = ['tỉnh', 'thành phố', 'thủ đô', 'tp', 'nước', 'quốc gia', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'đặc khu'];
/** Words a prefix starts with (`tỉnh`, `tp`, `thành`...). */
const PREFIX_FIRST_WORDS = new Set(PREFIXES.map((prefix) => prefix.split(' ')[0] ?? prefix));

/**
 * What a place that starts at a word needs of the next word, by the first word's key: `'any'` when the word alone
 * may be the name or a one-word prefix (`Nhật`, `tỉnh`, `huyện`), else the words that may come second (`nam` after
 * `việt`, `phố` after `thành`). Its keys are the words a place may start with, so one lookup refuses every other word.
 */
const NEXT_WORDS = new Map<string, Set<string> | 'any'>();
const addNextWord = (first: string, second: string | undefined): void => {
  const known = NEXT_WORDS.get(first);
  if (known === 'any') return;
  if (second === undefined) NEXT_WORDS.set(first, 'any');
  else if (known === undefined) NEXT_WORDS.set(first, new Set([second]));
  else known.add(second);
};
for (const key of GAZETTEER.keys()) {
  const [first = key, second] = key.split(/[ .-]/u);
  addNextWord(first, second);
}
for (const prefix of PREFIXES) {
  const [first = prefix, second] = prefix.split(' ');
  addNextWord(first, second);
}

// Before any Set or Map lookup, a word is refused by its first three code units: one read of a typed array for
// each of the ~1,400 words of an article, most of which start no place. Bits by `wordStartHash`:
/** A word a place or an administrative prefix may start with begins so (FIRST_WORDS, NEXT_WORDS, PREFIX_FIRST_WORDS). */
const STARTS_ANY_PLACE = 1;
/** A word a place may start with in lower case begins so: a prefix (`tỉnh`, `huyện`) or a region's (`châu`, `miền`). */
const STARTS_LOWER_CASE_PLACE = 2;
const placeWordStarts = new Uint8Array(0x10000);
/**
 * Beside the table's bits (placeWordShape adds it, the table holds none): the word joins words (`Nam-Hàn`, `TP.HCM`),
 * a joiner inside it (a token starts and ends with a word character).
 */
const JOINS_WORDS = 4;

/** A number for a word's first three code units, fewer before a joiner or a dot (`tp.hcm` as `tp`). */
function wordStartHash(word: string): number {
  let hash = 0;
  for (let index = 0; index < 3 && index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (isJoinerCode(code)) break;
    hash = (hash * 31 + code) & 0xffff;
  }
  return hash;
}

/**
 * The table's bits for a word token's key, with JOINS_WORDS when a joiner is inside it: the hash and the joiner
 * in one reading of its characters (reading them is what a word costs, more than the lookups).
 */
function placeWordShape(key: string): number {
  let hash = 0;
  const last = key.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const code = key.charCodeAt(index);
    if (isJoinerCode(code)) {
      // The hash stops at the first joiner, as wordStartHash's does.
      const bits = placeWordStarts[hash] ?? 0;
      return index > 0 && index < last ? bits | JOINS_WORDS : bits;
    }
    if (index < 3) hash = (hash * 31 + code) & 0xffff;
  }
  return placeWordStarts[hash] ?? 0;
}

/** `wordStartHash` of `text.slice(start, end)`, a word without joiners, without the slice. */
function rangeStartHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < start + 3 && index < end; index += 1) hash = (hash * 31 + text.charCodeAt(index)) & 0xffff;
  return hash;
}

function markWordStarts(words: Iterable<string>, bits: number): void {
  for (const word of words) placeWordStarts[wordStartHash(word)] = (placeWordStarts[wordStartHash(word)] ?? 0) | bits;
}
markWordStarts(FIRST_WORDS, STARTS_ANY_PLACE);
markWordStarts(NEXT_WORDS.keys(), STARTS_ANY_PLACE);
markWordStarts(PREFIX_FIRST_WORDS, STARTS_ANY_PLACE | STARTS_LOWER_CASE_PLACE);
// A lower-case first letter matches only a name written with it (properlyCased): `châu Á`, `miền Bắc`.
for (const [key, place] of GAZETTEER) {
  const first = place.name[0] ?? '';
  if (first === first.toLowerCase()) markWordStarts([key.split(/[ .-]/u)[0] ?? key], STARTS_LOWER_CASE_PLACE);
}

/** A cheap test on one lower-case word (the text is NFC and tone-normalized already): could a place start here? */
function mayStartPlaceLower(lower: string): boolean {
  if ((placeWordStarts[wordStartHash(lower)] ?? 0) === 0) return false;
  if (FIRST_WORDS.has(lower)) return true;
  const dot = lower.indexOf('.');
  return dot > 0 && FIRST_WORDS.has(lower.slice(0, dot));
}

/**
 * Could a place start at a word whose key (lower case, as the name tokens give it: `timor-leste`, `tp.hcm`) is
 * `key`? A quick refusal for callers that walk words; a word it refuses never starts a place for `placeAt`.
 */
export function mayStartPlaceAtWordKey(key: string): boolean {
  if ((placeWordStarts[wordStartHash(key)] ?? 0) === 0) return false;
  let end = key.length;
  for (let index = 0; index < key.length; index += 1) {
    const code = key.charCodeAt(index);
    if (code === 0x26 || code === 0x27 || code === 0x2019 || code === 0x2d) {
      end = index;
      break;
    }
  }
  const word = end < key.length ? key.slice(0, end) : key;
  if (mayStartPlaceLower(word)) return true;
  const dot = word.indexOf('.');
  return PREFIX_FIRST_WORDS.has(dot > 0 ? word.slice(0, dot) : word);
}

/** The most words any gazetteer name has. */
const MAX_PLACE_WORDS = Math.max(...[...GAZETTEER.keys()].map((key) => key.split(/[ .-]+/u).length));

/** The place a span of text names (the whole span, an administrative prefix allowed), or null. */
export function lookupPlace(text: string): PlaceEntry | null {
  const trimmed = text.trim();
  const direct = casedLookup(trimmed);
  if (direct) return direct;
  ADMINISTRATIVE_PREFIX.lastIndex = 0;
  // `test` moves lastIndex to the prefix's end and builds no match.
  if (ADMINISTRATIVE_PREFIX.test(trimmed) && ADMINISTRATIVE_PREFIX.lastIndex < trimmed.length) {
    return casedLookup(trimmed.slice(ADMINISTRATIVE_PREFIX.lastIndex));
  }
  return null;
}

/** A gazetteer entry for the name, refusing a lower-case word where the gazetteer has a proper name (`anh`, `ý`). */
function casedLookup(name: string): PlaceEntry | null {
  const place = GAZETTEER.get(placeKey(name));
  return place && properlyCased(name.charCodeAt(0), place) ? place : null;
}

/**
 * The name's first letter as written (its first code unit) fits the entry: `Anh` is a country, `anh` a pronoun;
 * `châu Á` stays lower.
 */
function properlyCased(first: number, place: PlaceEntry): boolean {
  return !(lowerCodeUnit(first) === first && place.name.charCodeAt(0) !== first);
}

/** True when the whole span is a place: `Hà Nội`, `TP.HCM`, `tỉnh Quảng Ninh`, `châu Á`, `Nhật Bản`. */
export function isPlace(text: string): boolean {
  return lookupPlace(text) !== null;
}

/** The longest gazetteer name starting exactly at `index` (no prefix), or null. */
function placeNameEndAt(text: string, index: number): { end: number; place: PlaceEntry } | null {
  if (index > 0 && isWordCodeUnit(text.charCodeAt(index - 1))) return null;
  let position = index;
  let best: { end: number; place: PlaceEntry } | null = null;
  // The key is read down the tree a word at a time, written as `normalizedPlaceKey` would write the whole span: a
  // code unit the tree lacks ends the reading, as a key no gazetteer key starts with would.
  let node: KeyNode | undefined = KEY_TREE;
  for (let words = 0; words < MAX_PLACE_WORDS; words += 1) {
    if (words > 0) {
      // Between words: spaces or tabs with a dash among them (`-`), spaces or tabs (` `), or a dot and spaces (`.`).
      let after = position;
      let separator: number;
      while (isSpaceOrTab(codeUnitAt(text, after))) after += 1;
      if (isDash(codeUnitAt(text, after))) {
        after += 1;
        while (isSpaceOrTab(codeUnitAt(text, after))) after += 1;
        separator = 0x2d;
      } else if (after > position) {
        separator = 0x20;
      } else if (codeUnitAt(text, position) === 0x2e) {
        after += 1;
        while (isSpaceOrTab(codeUnitAt(text, after))) after += 1;
        separator = 0x2e;
      } else {
        break;
      }
      node = node.next.get(separator);
      if (node === undefined) break;
      position = after;
    }
    const end = placeWordEnd(text, position);
    if (end === position) break;
    for (; position < end && node !== undefined; position += 1) node = node.next.get(lowerCodeUnit(text.charCodeAt(position)));
    if (node === undefined) break;
    if (node.place && properlyCased(text.charCodeAt(index), node.place)) best = { end: position, place: node.place };
  }
  return best;
}

/**
 * Units below the province whose names the gazetteer cannot list: `huyện Yên Thành`, `xã Tân Lập`, `phường Bến Nghé`,
 * and since 2025 the island special zones, a commune's level (`đặc khu Cát Hải`).
 */
const LOCAL_UNIT_PREFIX = /(?:[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị xã|[Tt]hị trấn|[Tt]ỉnh|[Tt]hành phố|TP\.?|[Đđ]ặc khu)[ \t]+/uy;
/** A proper syllable: a capital, then lower-case letters only (`Yên`, not `UBND` nor `Xe1`). */
const PROPER_SYLLABLE = /\p{Lu}\p{Ll}*(?![\p{L}\p{M}\p{N}])/uy;
/** Syllables an unlisted local name is read with: mostly two (`huyện Mai Sơn`). */
const LOCAL_NAME_SYLLABLES = 2;
/** Some have three (`huyện Điện Biên Đông`, `huyện Hoàng Su Phì`, `thành phố Thủ Dầu Một`). */
const MAX_LOCAL_NAME_SYLLABLES = 3;
/**
 * The number of a ward named by a town and a number (`phường Bảo Lộc 2`): one or two digits after one space, ending
 * the word, not a number going on (`2,5`, `2.000`, `2/9`, `2-3`, `2%`) nor a count of the word after it (`2 hộ`).
 * Only a lower-case word or a break may follow: `2 kiểm tra`, `2,` at the end of a list item.
 */
const WARD_NUMBER_AFTER_NAME = /[ \t]\d{1,2}(?![\p{L}\p{M}\p{N}]|[.,:/%‰–-]\d|[ \t]*%|[ \t]+(?:hộ|người|khu|tổ|thôn|ấp|xã|phường|căn|nhà|ha|km|m|tấn|tỷ|triệu|nghìn|ngàn|trăm|chục|lần|năm|tháng|ngày|giờ|phút)(?![\p{L}\p{M}]))/uy;
/** `p`hường: the unit numbered after a town's name since the 2025 merging of wards. */
function isWardPrefixInitial(code: number): boolean {
  return code === 0x50 || code === 0x70;
}
/** Prefixes of units below the province, whose names may run on past a province's (`huyện Điện Biên Đông`). */
const BELOW_PROVINCE_PREFIX = /(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn)[ \t]/uy;

/** First letters of the unit prefixes: `h`uyện, `q`uận, `x`ã, `p`hường, `t`hị xã, `t`ỉnh, `t`hành phố, `T`P, `đ`ặc khu. */
function isLocalUnitInitial(code: number): boolean {
  return code === 0x48 || code === 0x68 || code === 0x51 || code === 0x71 || code === 0x58 || code === 0x78
    || code === 0x50 || code === 0x70 || code === 0x54 || code === 0x74 || code === 0x110 || code === 0x111;
}

/** First letters of the administrative prefixes: `t`ỉnh, `t`hành phố, `t`hủ đô, `T`P, `n`ước, `q`uốc gia, `h`uyện... */
function isAdministrativeInitial(code: number): boolean {
  return code === 0x54 || code === 0x74 || code === 0x4e || code === 0x6e || code === 0x51 || code === 0x71
    || code === 0x48 || code === 0x68;
}

/** The folded names of units named for people of history (`Trần Hưng Đạo`). */
const UNITS_NAMED_FOR_PEOPLE_KEYS: ReadonlySet<string> = new Set(UNITS_NAMED_FOR_PEOPLE.map(foldKey));

/** `name` is a person of history a unit is named for (`Trần Hưng Đạo`, `Lê Lợi`): after a level, the unit's name. */
export function isUnitNamedForPerson(name: string): boolean {
  return UNITS_NAMED_FOR_PEOPLE_KEYS.has(foldKey(name));
}

/**
 * The third proper syllable after a unit prefix is the name's (`huyện Điện Biên Đông`) unless the words may be a
 * person's name (`UBND tỉnh Nguyễn Đức Trung`, the chairman: they start with a family name; the people stage reads
 * those), a person's name starts at it (`xã Tân Phú Nguyễn Văn Cường`: a family name and another proper syllable),
 * or a listed place does (`huyện Gia Lâm Hà Nội`). `syllables` are the proper syllables read, up to four.
 */
function takesThirdSyllable(text: string, syllables: readonly { readonly start: number; readonly end: number }[]): boolean {
  const [first, second, third, fourth] = syllables;
  if (!first || !second || !third) return false;
  // `phường Trần Hưng Đạo`, `xã Hoàng Văn Thụ`: a unit named for a person of history keeps the whole name.
  if (isUnitNamedForPerson(text.slice(first.start, third.end))) return true;
  if (isCuttingFamilyName(text.slice(first.start, first.end).toLowerCase())) return false;
  if (fourth && isCuttingFamilyName(text.slice(third.start, third.end).toLowerCase())) return false;
  return placeNameEndAt(text, third.start) === null;
}

/** `huyện Yên Thành`: a unit prefix and two or three proper syllables, a place though the gazetteer lacks it. */
function localPlaceAt(text: string, index: number): PlaceMatch | null {
  if (!isLocalUnitInitial(text.charCodeAt(index))) return null;
  // The sticky patterns are tested: `test` moves lastIndex to where the match ends and builds no match.
  LOCAL_UNIT_PREFIX.lastIndex = index;
  if (!LOCAL_UNIT_PREFIX.test(text)) return null;
  const nameStart = LOCAL_UNIT_PREFIX.lastIndex;
  // One syllable more than a name takes, to see whether a person's name starts at the last one.
  const syllables: { start: number; end: number }[] = [];
  let end = nameStart;
  while (syllables.length <= MAX_LOCAL_NAME_SYLLABLES) {
    const at = syllables.length === 0 ? end : end + 1;
    if (syllables.length > 0 && text.charCodeAt(end) !== 0x20) break;
    PROPER_SYLLABLE.lastIndex = at;
    if (!PROPER_SYLLABLE.test(text)) break;
    end = PROPER_SYLLABLE.lastIndex;
    syllables.push({ start: at, end });
  }
  if (syllables.length === 0) return null;
  const taken = takesThirdSyllable(text, syllables) ? MAX_LOCAL_NAME_SYLLABLES : Math.min(LOCAL_NAME_SYLLABLES, syllables.length);
  let nameEnd = syllables[taken - 1]?.end ?? nameStart;
  // A ward named by a town and its number (`phường Bảo Lộc 2`): the number is part of the name.
  if (taken === syllables.length && isWardPrefixInitial(text.charCodeAt(index))) {
    WARD_NUMBER_AFTER_NAME.lastIndex = nameEnd;
    if (WARD_NUMBER_AFTER_NAME.test(text)) nameEnd = WARD_NUMBER_AFTER_NAME.lastIndex;
  }
  return { start: index, end: nameEnd, nameStart, place: { name: text.slice(nameStart, nameEnd), kind: 'local' } };
}

/**
 * The place that starts at `index`, with an administrative prefix when one is there (`tỉnh Quảng Ninh`), or
 * null. The longest name wins (`Bà Rịa – Vũng Tàu` over nothing, `châu Á – Thái Bình Dương` over `châu Á`).
 * A unit prefix before proper syllables the gazetteer does not list is a local place (`huyện Yên Thành`).
 */
export function placeAt(text: string, index: number): PlaceMatch | null {
  const atWordStart = index === 0 || !isWordCodeUnit(text.charCodeAt(index - 1));
  // Where an administrative prefix ends, -1 when none starts here (`test` moves lastIndex, builds no match).
  let prefixEnd = -1;
  if (atWordStart && isAdministrativeInitial(text.charCodeAt(index))) {
    ADMINISTRATIVE_PREFIX.lastIndex = index;
    if (ADMINISTRATIVE_PREFIX.test(text)) prefixEnd = ADMINISTRATIVE_PREFIX.lastIndex;
  }
  if (prefixEnd >= 0) {
    const named = placeNameEndAt(text, prefixEnd);
    if (named) {
      // `huyện Điện Biên Đông`: a district's name may run on past the province it is named for.
      BELOW_PROVINCE_PREFIX.lastIndex = index;
      const local = BELOW_PROVINCE_PREFIX.test(text) ? localPlaceAt(text, index) : null;
      if (local && local.end > named.end) return local;
      return { start: index, end: named.end, nameStart: prefixEnd, place: named.place };
    }
  }
  const named = placeNameEndAt(text, index);
  if (named) return { start: index, end: named.end, nameStart: index, place: named.place };
  return atWordStart ? localPlaceAt(text, index) : null;
}

/**
 * Every place named in `text`, left to right, not overlapping, read from the article's tokens (the `tokens`
 * annotation; the text is tokenized when none are given). A place may start at each word of a token: `Nam-Hàn`
 * holds two.
 */
export function findPlaces(text: string, tokens: readonly Token[] = tokenize(text)): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  let after = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (!token.isWord || token.end <= after) continue;
    const shape = placeWordShape(token.key);
    // No key of NEXT_WORDS holds a joiner.
    if ((shape & JOINS_WORDS) !== 0) {
      after = findPlacesInJoinedToken(text, token, after, found);
      continue;
    }
    // A lower-case word starts a place only as a prefix or a region's first word (`tỉnh`, `châu`): placeAt refuses
    // `hà nội` in lower case, so such a word is refused without a lookup.
    if ((shape & (token.lower ? STARTS_LOWER_CASE_PLACE : STARTS_ANY_PLACE)) === 0) continue;
    const next = NEXT_WORDS.get(token.key);
    if (next === undefined) continue;
    // One word, no joiner: its key is the place's first word; a name of two words or more needs the right second.
    if (token.start < after || (next !== 'any' && !next.has(followingWordKey(tokens, index)))) continue;
    const match = placeAt(text, token.start);
    if (match) {
      found.push(match);
      after = match.end;
    }
  }
  return found;
}

/** Adds the places that start at the words of a token that joins words (`Nam-Hàn`, `TP.HCM`); returns the new `after`. */
function findPlacesInJoinedToken(text: string, token: Token, after: number, found: PlaceMatch[]): number {
  const { text: word, key } = token;
  let taken = after;
  let wordStart = 0;
  for (let index = 0; index <= word.length; index += 1) {
    if (index < word.length && !isJoinerCode(word.charCodeAt(index))) continue;
    const start = token.start + wordStart;
    if (index > wordStart && start >= taken) {
      // The key's own code units, where lower-casing kept the length: refused by the table before any slice.
      const sameLength = key.length === word.length;
      const mayStart = !sameLength || ((placeWordStarts[rangeStartHash(key, wordStart, index)] ?? 0) & STARTS_ANY_PLACE) !== 0;
      const lower = !mayStart ? '' : sameLength ? key.slice(wordStart, index) : word.slice(wordStart, index).toLowerCase();
      const match = mayStart && NEXT_WORDS.has(lower) ? placeAt(text, start) : null;
      if (match) {
        found.push(match);
        taken = match.end;
      }
    }
    wordStart = index + 1;
  }
  return taken;
}

/** The first word of the word after the token at `index`, where a place's second word would be: past one dash or dot. */
function followingWordKey(tokens: readonly Token[], index: number): string {
  let next = tokens[index + 1];
  if (next !== undefined && !next.isWord && (next.text === '-' || next.text === '–' || next.text === '—' || next.text === '.')) {
    next = tokens[index + 2];
  }
  return next?.isWord ? firstWordOfKey(next.key) : '';
}
