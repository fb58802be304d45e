// A gazetteer of places named in Vietnamese news: Việt Nam, its provinces and big cities with their usual short
// forms, countries and regions as Vietnamese writes them. Shared by organizations (a place is never an
// organization; `UBND tỉnh Quảng Ninh` runs on through one), people (a place is never a person) and roles (a
// country holding a post). Lookups by folded key, never a scan.
import type { Token } from '../../pipeline/document.js';
import { foldKey } from './vietnamese.js';
import { CITIES, COUNTRIES, PROVINCES, REGIONS } from './place-names.js';

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
  return text.toLowerCase().replace(/\s*[–—-]\s*/gu, '-').replace(/\.\s*/gu, '.').replace(/\s+/gu, ' ');
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

/** Every gazetteer key cut at a word boundary (`bà rịa`, `bà rịa-vũng`): scanning stops where none goes on. */
const KEY_PREFIXES = new Set<string>();
for (const key of GAZETTEER.keys()) {
  for (const separator of key.matchAll(/[ .-]/gu)) KEY_PREFIXES.add(key.slice(0, separator.index));
  KEY_PREFIXES.add(key);
}

/** Words an administrative prefix starts with (`tỉnh`, `tp`, `thành`...). */
const PREFIX_FIRST_WORDS = new Set(['tỉnh', 'thành', 'thủ', 'tp', 'nước', 'quốc', 'huyện', 'quận', 'thị', 'xã', 'phường']);

/** A cheap test on one lower-case word (the text is NFC and tone-normalized already): could a place start here? */
function mayStartPlaceLower(lower: string): boolean {
  if (FIRST_WORDS.has(lower)) return true;
  const dot = lower.indexOf('.');
  return dot > 0 && FIRST_WORDS.has(lower.slice(0, dot));
}

/**
 * Could a place start at a word whose key (lower case, as the name tokens give it: `timor-leste`, `tp.hcm`) is
 * `key`? A quick refusal for callers that walk words; a word it refuses never starts a place for `placeAt`.
 */
export function mayStartPlaceAtWordKey(key: string): boolean {
  let end = key.length;
  for (let index = 0; index < key.length; index += 1) {
    const char = key[index];
    if (char === '&' || char === "'" || char === '’' || char === '-') {
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
  const prefix = ADMINISTRATIVE_PREFIX.exec(trimmed);
  if (prefix && prefix[0].length < trimmed.length) return casedLookup(trimmed.slice(prefix[0].length));
  return null;
}

/** A gazetteer entry for the name, refusing a lower-case word where the gazetteer has a proper name (`anh`, `ý`). */
function casedLookup(name: string): PlaceEntry | null {
  const place = GAZETTEER.get(placeKey(name));
  return place && properlyCased(name[0] ?? '', place) ? place : null;
}

/** The name's first letter as written fits the entry: `Anh` is a country, `anh` a pronoun; `châu Á` stays lower. */
function properlyCased(first: string, place: PlaceEntry): boolean {
  return !(first === first.toLowerCase() && place.name[0] !== first);
}

/** A separator between place words as `normalizedPlaceKey` writes it: a dash, a dot or one space. */
function separatorKey(separator: string): string {
  if (separator.includes('-') || separator.includes('–') || separator.includes('—')) return '-';
  return separator.startsWith('.') ? '.' : ' ';
}

/** True when the whole span is a place: `Hà Nội`, `TP.HCM`, `tỉnh Quảng Ninh`, `châu Á`, `Nhật Bản`. */
export function isPlace(text: string): boolean {
  return lookupPlace(text) !== null;
}

// A word for place matching: letters, marks and digits, with inner dots (`TP.HCM`).
const PLACE_WORD = /[\p{L}\p{M}\p{N}]+(?:\.[\p{L}\p{M}\p{N}]+)*/uy;
const WORD_SEPARATOR = /(?:[ \t]*[–—-][ \t]*|[ \t]+|\.[ \t]*)/uy;

/** The longest gazetteer name starting exactly at `index` (no prefix), or null. */
function placeNameEndAt(text: string, index: number): { end: number; place: PlaceEntry } | null {
  if (index > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[index - 1] ?? '')) return null;
  let position = index;
  let best: { end: number; place: PlaceEntry } | null = null;
  // The key grows a word at a time, written as `normalizedPlaceKey` would write the whole span.
  let key = '';
  for (let words = 0; words < MAX_PLACE_WORDS; words += 1) {
    if (words > 0) {
      WORD_SEPARATOR.lastIndex = position;
      const separator = WORD_SEPARATOR.exec(text);
      if (!separator) break;
      position += separator[0].length;
      key += separatorKey(separator[0]);
    }
    PLACE_WORD.lastIndex = position;
    const word = PLACE_WORD.exec(text);
    if (!word) break;
    position += word[0].length;
    const lower = word[0].toLowerCase();
    if (words === 0 && !mayStartPlaceLower(lower)) return null;
    key += lower;
    if (!KEY_PREFIXES.has(key)) break;
    const place = GAZETTEER.get(key);
    if (place && properlyCased(text[index] ?? '', place)) best = { end: position, place };
  }
  return best;
}

/** Units below the province whose names the gazetteer cannot list: `huyện Yên Thành`, `xã Tân Lập`, `phường Bến Nghé`. */
const LOCAL_UNIT_PREFIX = /(?:[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị xã|[Tt]hị trấn|[Tt]ỉnh|[Tt]hành phố|TP\.?)[ \t]+/uy;
/** A proper syllable: a capital, then lower-case letters only (`Yên`, not `UBND` nor `Xe1`). */
const PROPER_SYLLABLE = /\p{Lu}\p{Ll}*(?![\p{L}\p{M}\p{N}])/uy;
/** Most syllables an unlisted local name is read with: Vietnamese district and commune names are mostly two. */
const MAX_LOCAL_NAME_SYLLABLES = 2;

/** `huyện Yên Thành`: a unit prefix and one or two proper syllables, a place though the gazetteer lacks it. */
function localPlaceAt(text: string, index: number): PlaceMatch | null {
  LOCAL_UNIT_PREFIX.lastIndex = index;
  const prefix = LOCAL_UNIT_PREFIX.exec(text);
  if (!prefix) return null;
  const nameStart = index + prefix[0].length;
  let end = nameStart;
  for (let syllables = 0; syllables < MAX_LOCAL_NAME_SYLLABLES; syllables += 1) {
    const at = syllables === 0 ? end : end + 1;
    if (syllables > 0 && text[end] !== ' ') break;
    PROPER_SYLLABLE.lastIndex = at;
    const syllable = PROPER_SYLLABLE.exec(text);
    if (!syllable) break;
    end = at + syllable[0].length;
  }
  if (end === nameStart) return null;
  return { start: index, end, nameStart, place: { name: text.slice(nameStart, end), kind: 'local' } };
}

/**
 * The place that starts at `index`, with an administrative prefix when one is there (`tỉnh Quảng Ninh`), or
 * null. The longest name wins (`Bà Rịa – Vũng Tàu` over nothing, `châu Á – Thái Bình Dương` over `châu Á`).
 * A unit prefix before proper syllables the gazetteer does not list is a local place (`huyện Yên Thành`).
 */
export function placeAt(text: string, index: number): PlaceMatch | null {
  const atWordStart = index === 0 || !/[\p{L}\p{M}\p{N}]/u.test(text[index - 1] ?? '');
  ADMINISTRATIVE_PREFIX.lastIndex = index;
  const prefix = atWordStart ? ADMINISTRATIVE_PREFIX.exec(text) : null;
  if (prefix) {
    const named = placeNameEndAt(text, index + prefix[0].length);
    if (named) return { start: index, end: named.end, nameStart: index + prefix[0].length, place: named.place };
  }
  const named = placeNameEndAt(text, index);
  if (named) return { start: index, end: named.end, nameStart: index, place: named.place };
  return atWordStart ? localPlaceAt(text, index) : null;
}

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Every place named in `text`, left to right, not overlapping. With the article's name tokens (the `tokens`
 * annotation) the words are read from them, keys and all, instead of scanning the text again.
 */
export function findPlaces(text: string, tokens?: readonly Token[]): PlaceMatch[] {
  return tokens ? findPlacesInTokens(text, tokens) : findPlacesInText(text);
}

const isWordJoiner = (char: string): boolean => char === '&' || char === '.' || char === "'" || char === '’' || char === '-';

/** The same reading as `findPlacesInText`: a place may start at each word of a token (`Nam-Hàn` holds two). */
function findPlacesInTokens(text: string, tokens: readonly Token[]): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  let after = 0;
  const tryAt = (index: number, lower: string): void => {
    if (index < after || (!FIRST_WORDS.has(lower) && !PREFIX_FIRST_WORDS.has(lower))) return;
    const match = placeAt(text, index);
    if (!match) return;
    found.push(match);
    after = match.end;
  };
  for (const token of tokens) {
    if (!token.isWord || token.end <= after) continue;
    const { text: word, key } = token;
    let wordStart = 0;
    for (let index = 0; index <= word.length; index += 1) {
      if (index < word.length && !isWordJoiner(word[index] ?? '')) continue;
      if (index > wordStart) {
        const lower = key.length === word.length ? key.slice(wordStart, index) : word.slice(wordStart, index).toLowerCase();
        tryAt(token.start + wordStart, wordStart === 0 && index === word.length ? key : lower);
      }
      wordStart = index + 1;
    }
  }
  return found;
}

function findPlacesInText(text: string): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  let after = 0;
  for (const word of text.matchAll(WORDS)) {
    const index = word.index;
    if (index < after) continue;
    const lower = word[0].toLowerCase();
    if (!FIRST_WORDS.has(lower) && !PREFIX_FIRST_WORDS.has(lower)) continue;
    const match = placeAt(text, index);
    if (!match) continue;
    found.push(match);
    after = match.end;
  }
  return found;
}
