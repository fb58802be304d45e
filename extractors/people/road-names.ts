// Roads and junctions named after people: `nút giao thông Quốc lộ 1 – Nguyễn Văn Linh`, `giao lộ Nguyễn Văn Linh –
// Nguyễn Hữu Thọ`, `nút giao Nguyễn Văn Linh – Quốc lộ 50`, `nút giao thông Nguyễn Văn Linh`. A name a dash joins
// to a road, or written after a kind of road or junction, is the road, not a person. A word of address before the
// name still makes it a person (`Quốc lộ 1 – ông Nguyễn Văn Linh`): the honorific rules (titled-names.ts) find
// those, and this is asked only of bare full names (full-names.ts). One word before a name (`đường Lê Duẩn`) is
// lexicon.ts `isNotPersonContext`; here are the kinds of three words and the dash-joined ends.
import { foldKey } from '../shared/vietnamese.js';
import type { NameContext } from './name-candidate.js';

/**
 * Kinds of road and junction, in lower case, written before a road's name or number: `đường Nguyễn Văn Linh`,
 * `Quốc lộ 1`, `ngã tư Hàng Xanh`, `nút giao thông Mỹ Thủy`, `vòng xoay Phú Hữu`.
 */
const ROAD_KINDS = [
  'đường', 'phố', 'tuyến đường', 'đại lộ', 'quốc lộ', 'tỉnh lộ', 'hương lộ', 'cao tốc', 'đường cao tốc', 'vành đai',
  'đường vành đai', 'nút giao', 'nút giao thông', 'giao lộ', 'ngã ba', 'ngã tư', 'ngã năm', 'ngã sáu', 'ngã bảy',
  'vòng xoay', 'bùng binh', 'cầu', 'hầm', 'cầu vượt', 'hầm chui',
] as const;

/** Kinds written capitalized as part of the road's own name: `Quốc lộ 1`, `Vành đai 3`, `Đại lộ Thăng Long`. */
const CAPITALIZED_ROAD_KINDS = ['quốc lộ', 'tỉnh lộ', 'hương lộ', 'đại lộ', 'vành đai', 'cao tốc', 'đường cao tốc'] as const;

/**
 * Words that end in a kind of road without being one: `thành phố`, `khu phố`, `tổ dân phố` (a town, a
 * neighbourhood), `yêu cầu`, `nhu cầu`, `toàn cầu` (demand, global), `thiên đường` (heaven), `giảng đường` (a
 * lecture hall). Keys of the two words.
 */
const NOT_ROAD_COMPOUNDS = [
  'thành phố', 'khu phố', 'dân phố', 'đường phố', 'yêu cầu', 'nhu cầu', 'toàn cầu', 'địa cầu', 'bán cầu', 'thiên đường',
  'giảng đường', 'thánh đường', 'lễ đường', 'học đường', 'tầng hầm',
] as const;

const ROAD_KIND_KEYS: ReadonlySet<string> = new Set(ROAD_KINDS.map(foldKey));
const CAPITALIZED_ROAD_KIND_KEYS: ReadonlySet<string> = new Set(CAPITALIZED_ROAD_KINDS.map(foldKey));
const NOT_ROAD_COMPOUND_KEYS: ReadonlySet<string> = new Set(NOT_ROAD_COMPOUNDS.map(foldKey));
/** A kind of road is one to three words. */
const MAX_KIND_WORDS = 3;
/** Words between a kind of road and the dash: a number (`1`, `1A`, `3/2`) or a name, and dashes in a chain. */
const MAX_ROAD_NAME_WORDS = 8;
/** A longer whitespace-separated word is no road's name or number; reading stops there. */
const MAX_WORD_LENGTH = 30;

/** The last words of the kinds, and dashes: a name after any other word needs no closer look. */
const LAST_WORDS_BEFORE_ROAD_NAME: ReadonlySet<string> = new Set([
  ...[...ROAD_KIND_KEYS].map((key) => key.slice(key.lastIndexOf(' ') + 1)),
  '-', '–', '—',
]);

/** True when a name after this word (its key, `wordKeysBefore`) may be a road's: `isRoadNameAt` tells. */
export function mayFollowRoad(keyBefore: string | undefined): boolean {
  return keyBefore !== undefined && LAST_WORDS_BEFORE_ROAD_NAME.has(keyBefore);
}

interface LineWord {
  readonly start: number;
  readonly end: number;
  /** The word without opening brackets or quotes (`(Quốc` → `Quốc`), lower case. */
  readonly key: string;
  /** Its first letter is upper case. */
  readonly capitalized: boolean;
}

const OPENERS = /^[(["“‘«]+/u;
const NUMBER = /^\d+[A-Za-z]?(?:\/\d+)?$/u;
/** A word ending a sentence: the next word is capitalized whatever it is. */
const SENTENCE_END = /[.!?:;…]["”’)]*$/u;
const DASHES = new Set(['-', '–', '—']);

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function lineWord(text: string, start: number, end: number): LineWord {
  const written = text.slice(start, end).replace(OPENERS, '');
  const first = written[0] ?? '';
  return { start, end, key: written.toLowerCase(), capitalized: first !== first.toLowerCase() };
}

/** Up to `count` whitespace-separated words before `index` on its line, nearest first; none past a long word. */
function wordsBefore(text: string, index: number, count: number): LineWord[] {
  const words: LineWord[] = [];
  let position = index;
  while (words.length < count) {
    while (position > 0 && isSpaceOrTab(text.charCodeAt(position - 1))) position -= 1;
    const end = position;
    const limit = Math.max(0, end - MAX_WORD_LENGTH - 1);
    while (position > limit && !/\s/u.test(text[position - 1] ?? ' ')) position -= 1;
    if (position === end || (position === limit && limit > 0 && !/\s/u.test(text[position - 1] ?? ' '))) break;
    words.push(lineWord(text, position, end));
  }
  return words;
}

/** Up to `count` whitespace-separated words from `index` on its line, in order; none past a long word. */
function wordsAfter(text: string, index: number, count: number): LineWord[] {
  const words: LineWord[] = [];
  let position = index;
  while (words.length < count) {
    while (position < text.length && isSpaceOrTab(text.charCodeAt(position))) position += 1;
    const start = position;
    const limit = Math.min(text.length, start + MAX_WORD_LENGTH + 1);
    while (position < limit && !/\s/u.test(text[position] ?? ' ')) position += 1;
    if (position === start || (position === limit && limit < text.length && !/\s/u.test(text[position] ?? ' '))) break;
    words.push(lineWord(text, start, position));
  }
  return words;
}

const OPENER_CODES: ReadonlySet<number> = new Set(['(', '[', '"', '“', '‘', '«'].map((opener) => opener.charCodeAt(0)));
const DASH_CODES: ReadonlySet<number> = new Set([...DASHES].map((dash) => dash.charCodeAt(0)));

/**
 * Whether the first word after `index` (spaces and tabs skipped) may be a dash (`wordsAfter` then `isDashWord`):
 * opening brackets or quotes, a dash, then whitespace or the text's end.
 */
function dashWordAt(text: string, index: number): boolean {
  let position = index;
  while (position < text.length && isSpaceOrTab(text.charCodeAt(position))) position += 1;
  while (position < text.length && OPENER_CODES.has(text.charCodeAt(position))) position += 1;
  if (position >= text.length || !DASH_CODES.has(text.charCodeAt(position))) return false;
  return position + 1 === text.length || /\s/u.test(text[position + 1] ?? '');
}

function isDashWord(word: LineWord): boolean {
  return DASHES.has(word.key);
}

/** A road's number or a word of its name: `1`, `1A`, `3/2`, `Nguyễn`. */
function isRoadNameWord(word: LineWord): boolean {
  return word.capitalized || NUMBER.test(word.key);
}

/**
 * True when `words` (in text order) are a kind of road: lower case, or capitalized as part of a road's name
 * (`Quốc lộ`) or starting a sentence; `before`, the word before them (none at a line's start), must not make
 * them another word (`thành phố`, `nhu cầu`).
 */
function isRoadKind(words: readonly LineWord[], before: LineWord | undefined): boolean {
  const first = words[0];
  if (first === undefined) return false;
  const key = words.map((word) => word.key).join(' ');
  if (!ROAD_KIND_KEYS.has(key)) return false;
  // Capitalized: part of the road's name (`Quốc lộ`), or the first word of a sentence (`Ngã tư Hàng Xanh`).
  if (first.capitalized && !CAPITALIZED_ROAD_KIND_KEYS.has(key) && !(before === undefined || SENTENCE_END.test(before.key))) return false;
  return before === undefined || !NOT_ROAD_COMPOUND_KEYS.has(`${before.key} ${first.key}`);
}

/** What is asked of the article: whether `[start, end)` overlaps an organization mention. */
type Organizations = Pick<NameContext, 'overlapsOrganization'>;

/**
 * True when a kind of road of one to three words ends at `nearestFirst[at]` (words nearest first), outside an
 * organization's name (`Hội Cầu đường Việt Nam` names no road).
 */
function roadKindEndsAt(nearestFirst: readonly LineWord[], at: number, organizations: Organizations): boolean {
  for (let length = MAX_KIND_WORDS; length >= 1; length -= 1) {
    const words = nearestFirst.slice(at, at + length);
    const first = words[words.length - 1];
    const last = words[0];
    if (words.length < length || first === undefined || last === undefined) continue;
    if (isRoadKind(words.reverse(), nearestFirst[at + length])) return !organizations.overlapsOrganization(first.start, last.end);
  }
  return false;
}

/**
 * True when the full name starting at `start` belongs to a road: written right after a kind of road or junction
 * (`nút giao thông Nguyễn Văn Linh`), or after a dash that follows a road's name or number, itself after a kind of
 * road (`Quốc lộ 1 – Nguyễn Văn Linh`, `giao lộ Nguyễn Văn Linh – Nguyễn Hữu Thọ – Lê Văn Lương`).
 */
export function isRoadNameAt(text: string, start: number, organizations: Organizations): boolean {
  const before = wordsBefore(text, start, MAX_ROAD_NAME_WORDS + MAX_KIND_WORDS + 2);
  const nearest = before[0];
  if (nearest === undefined) return false;
  if (!isDashWord(nearest)) return roadKindEndsAt(before, 0, organizations);
  // After the dash: the other road's name or number, then its kind; a dash goes on to a road before it.
  for (let at = 1; at <= MAX_ROAD_NAME_WORDS && at < before.length; at += 1) {
    const word = before[at];
    if (word === undefined) return false;
    if (at > 1 && roadKindEndsAt(before, at, organizations)) return true;
    if (!isRoadNameWord(word) && !isDashWord(word)) return false;
  }
  return false;
}

/**
 * True when the full name ending at `end` is followed by a dash and a road whose kind is written as part of its
 * name: `Nguyễn Văn Linh – Quốc lộ 50`, `Trường Chinh – Vành đai 2`. Lower-case kinds after a dash may be a
 * person's address (`Trần Văn B – phố Huế`) and do not count.
 */
export function isRoadNameBeforeDash(text: string, end: number): boolean {
  // Most names are followed by no dash: refused before any word after them is read (and made).
  if (!dashWordAt(text, end)) return false;
  const after = wordsAfter(text, end, MAX_KIND_WORDS + 2);
  const dash = after[0];
  if (dash === undefined || !isDashWord(dash)) return false;
  for (let length = MAX_KIND_WORDS; length >= 1; length -= 1) {
    const kind = after.slice(1, 1 + length);
    const next = after[1 + length];
    if (kind.length < length || next === undefined || !kind[0]?.capitalized) continue;
    if (CAPITALIZED_ROAD_KIND_KEYS.has(kind.map((word) => word.key).join(' ')) && isRoadNameWord(next)) return true;
  }
  return false;
}
