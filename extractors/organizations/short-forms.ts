// Short forms that refer back to an organization named before: the head alone (`Tổng cục đã ...`, `Viện cho
// biết`), the head and a level of local government (`UBND huyện`), the head with an acronym of the rest of the name
// (`Tổng cục TCĐLCL`, `Bộ KH&CN`, `Ban QLDA đường sắt`); and a short name in brackets after the full name (`(Saigon
// Co.op)`). A head after a plural or a number (`các Ủy ban chuyên ngành`, `hai Bộ`) is a common noun, not a reference.
import type { AcronymSpan, TextSpan } from '../../pipeline/document.js';
import type { NameRun } from './name-runs.js';
import type { Token } from '../../input/tokens.js';
import { LEVEL_BODY_HEAD_KEYS, SHORT_FORM_HEAD_KEYS } from './lexicon.js';
import { PhraseLexicon } from './phrase-lexicon.js';
import { tokenize } from '../../input/tokens.js';
import { nameTokens, type NameTokens } from './name-tokens.js';
import { isTitleStart, matchHead } from './name-run-words.js';
import { FAMILY_NAME } from './word-classes.js';
import { personAfterUnit } from './name-person-cut.js';
import { collapseWhitespace, foldDocumentText, startsWithDigit } from './plain-text.js';
import { acronymLetters, matchInitialsForward } from '../acronyms/initials.js';

const PLURAL_OR_NUMBER = new Set(['các', 'những', 'mọi', 'mỗi', 'từng', 'nhiều', 'một', 'hai', 'ba', 'bốn', 'năm', 'vài', 'số', 'các']);

/** A bare head that may refer back: capitalized, from the short-form list, not after `các`/`những`/a number. */
export function isReferringHead(run: NameRun, tokens: readonly Token[]): boolean {
  if (!run.bare || run.complete || run.kind !== 'organization' || !SHORT_FORM_HEAD_KEYS.has(run.headKey)) return false;
  return standsAlone(run, tokens);
}

/** The head is no word of another name (`Bắc Bộ`) and no common noun after a plural or a number (`hai Bộ`). */
function standsAlone(run: NameRun, tokens: readonly Token[]): boolean {
  const before = tokens[run.firstToken - 1];
  if (!before || tokens[run.firstToken]?.breakBefore) return true;
  // `Bắc Bộ`, `Nam Bộ`: the last word of another name, not a head standing alone.
  if (before.capitalized || before.acronymLike) return false;
  return !PLURAL_OR_NUMBER.has(before.key) && !startsWithDigit(before.text);
}

/** Levels of local government a head names without the place: `UBND huyện`, `Công an tỉnh`. */
const LOCAL_LEVELS = new PhraseLexicon(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thành phố', 'thị xã', 'thị trấn']);

/** The heads of local government and their acronyms, both ways, by folded key. */
const LOCAL_HEAD_OTHER_FORMS: ReadonlyMap<string, string> = new Map([
  ['ubnd', 'ủy ban nhân dân'], ['ủy ban nhân dân', 'ubnd'], ['hđnd', 'hội đồng nhân dân'], ['hội đồng nhân dân', 'hđnd'],
]);

/** A short form that refers back to the last organization mentioned before it whose name starts with one of `keys`. */
export interface ReferringMention extends TextSpan {
  /** Folded first words of the names it may refer to (`ubnd huyện`, `ủy ban nhân dân huyện`). */
  readonly keys: readonly string[];
  /**
   * A body of local government named by its level alone (`Công an tỉnh`, `Ủy ban nhân dân (UBND) tỉnh`): the name
   * it goes by where it refers to no organization named before (the acronym in brackets left out), else null.
   */
  readonly ownName?: { readonly name: string; readonly acronym: string | null } | null;
}


/**
 * The levels whose body an article names by the level alone: the province's (`Công an tỉnh`), and the centrally run
 * city's (`UBND thành phố`, `Hội đồng nhân dân (HĐND) thành phố` in an article on Cần Thơ), written `TP` with the
 * city's name (`UBND TP Cần Thơ`), which the `tp` key lets the level alone refer back to.
 */
const OWN_NAMED_LEVELS: ReadonlyMap<string, readonly string[]> = new Map([['tỉnh', []], ['thành phố', ['tp']]]);

/** Titles of a body's head written before it, capitalized (`Chánh Thanh tra tỉnh`): the body still stands alone. */
const HEAD_TITLE_PREFIX_KEYS: ReadonlySet<string> = new Set(['chánh']);

/**
 * `Chủ tịch UBND huyện, cho biết`: a head and a level of local government with no place after them refer back to
 * the organization of that head and level named before (`Ủy ban nhân dân huyện Bình Chánh`). `longByHeadAcronym`:
 * heads the text defined an acronym for (`ubnd` → `ủy ban nhân dân`).
 */
export function levelShortForm(run: NameRun, words: NameTokens, longByHeadAcronym: ReadonlyMap<string, string>): ReferringMention | null {
  const { tokens } = words;
  if (!run.bare || run.complete || run.kind !== 'organization') return null;
  const titled = HEAD_TITLE_PREFIX_KEYS.has(tokens[run.firstToken - 1]?.key ?? '') && !tokens[run.firstToken]?.breakBefore;
  if (!titled && !standsAlone(run, tokens)) return null;
  // `Ủy ban nhân dân (UBND) tỉnh`: the head's acronym in brackets before the level.
  const bracketed = tokens[run.endToken]?.text === '(' && tokens[run.endToken + 1]?.acronymLike === true
    && tokens[run.endToken + 2]?.text === ')' && !tokens[run.endToken]?.breakBefore;
  const levelAt = bracketed ? run.endToken + 3 : run.endToken;
  if (tokens[levelAt]?.breakBefore) return null;
  const level = LOCAL_LEVELS.longestAt(tokens, levelAt, true);
  if (level === null) return null;
  const last = tokens[levelAt + level.words - 1];
  const afterIndex = levelAt + level.words;
  const after = tokens[afterIndex];
  // `Chủ tịch UBND tỉnh Nguyễn Đức Trung`: the chairman's name after the level, no place.
  if (!last || (after && !after.breakBefore && (after.capitalized || after.acronymLike) && !personAfterUnit(words, run.endToken, afterIndex + 1))) return null;
  const acronym = bracketed ? tokens[run.endToken + 1]?.text ?? null : null;
  const heads = new Set([run.headKey]);
  for (const other of [LOCAL_HEAD_OTHER_FORMS.get(run.headKey), longByHeadAcronym.get(run.headKey)]) if (other) heads.add(other);
  if (acronym !== null) heads.add(acronym.toLowerCase());
  // The province's and the city's only: an article names its province's or city's bodies so (`Công an tỉnh`, `UBND
  // thành phố`); a district's or a commune's is one of many (`UBND huyện`).
  const ownLevel = OWN_NAMED_LEVELS.get(level.key);
  const ownName = LEVEL_BODY_HEAD_KEYS.has(run.headKey) && ownLevel !== undefined
    ? { name: `${words.text.slice(run.start, run.end)} ${words.text.slice(tokens[levelAt]?.start ?? last.start, last.end)}`, acronym }
    : null;
  const levels = [level.key, ...(ownLevel ?? [])];
  return { start: run.start, end: last.end, keys: [...heads].flatMap((head) => levels.map((written) => `${head} ${written}`)), ownName };
}

export interface HeadAcronym {
  readonly acronym: string;
  /**
   * The words after the acronym, lower case: a place (`Sở GD&ĐT Hà Nội` → `hà nội`) or field words (`Ban QLDA đường
   * sắt` → `đường sắt`); null when none.
   */
  readonly restKey: string | null;
}

/**
 * The acronym a `HEAD ACRONYM [PLACE | FIELD WORDS]` run is made of (`Tổng cục TCĐLCL`, `Sở GD&ĐT Hà Nội`, `Ban
 * QLDA đường sắt`), or null.
 */
export function headAcronym(text: string, run: NameRun, tokens: readonly Token[]): HeadAcronym | null {
  if (run.bare || run.kind !== 'organization') return null;
  // The first token after the head, a step or two from the run's first (no search over the whole list).
  let bodyStart = run.firstToken;
  while (bodyStart < tokens.length && (tokens[bodyStart]?.start ?? Infinity) < run.headEnd) bodyStart += 1;
  const first = tokens[bodyStart];
  if (!first?.acronymLike) return null;
  if (run.endToken === bodyStart + 1) return { acronym: first.text, restKey: null };
  const restFirst = tokens[bodyStart + 1];
  const restLast = tokens[run.endToken - 1];
  if (!restFirst || !restLast) return null;
  if (nameTokens(text, tokens).placeEnd(bodyStart + 1) !== run.endToken) {
    for (let index = bodyStart + 1; index < run.endToken; index += 1) if (!tokens[index]?.lower) return null;
  }
  // The rest runs from a word to a word: collapsing its spaces trims nothing.
  return { acronym: first.text, restKey: collapseWhitespace(text.slice(restFirst.start, restLast.end).toLowerCase()) };
}

/**
 * The folded full name a `HEAD ACRONYM [REST]` run stands for, among `names` (folded): the head, the acronym's long
 * form and the rest (`Tổng cục TCĐLCL` with `TCĐLCL` ← `Tiêu chuẩn Đo lường Chất lượng`), or a name with that head
 * (and rest) whose other words have the acronym's initials (`Bộ KH&CN` → `bộ khoa học và công nghệ`, `Sở GD&ĐT Hà
 * Nội` → `sở giáo dục và đào tạo hà nội`, `Ban QLDA đường sắt` → `ban quản lý dự án đường sắt`), or without a rest a
 * name with a place, by `namesWithoutPlace` (folded name without its place → the name), whose other words have them
 * (`Sở GTVT` → `sở giao thông vận tải tp.hcm`). Null when none. The folded head, acronym and rest are all it reads,
 * so callers may remember the answer.
 */
export function headAcronymReferentByHead(
  head: string,
  acronym: string,
  acronyms: readonly AcronymSpan[],
  names: ReadonlySet<string>,
  restKey: string | null = null,
  namesWithoutPlace: ReadonlyMap<string, string> = new Map(),
): string | null {
  const suffixes = restSuffixes(restKey);
  const levelRest = restKey !== null && LOCAL_LEVELS.has(restKey);
  const definition = acronyms.find((candidate) => candidate.short === acronym);
  if (definition) {
    // The head and rest are folded already, the long form is the document's text. A long form may hold the head
    // (`Quỹ NAFOSTED` with `NAFOSTED` ← `Quỹ Phát triển khoa học và công nghệ Quốc gia`).
    const long = foldDocumentText(definition.long);
    const named = long.startsWith(`${head} `) ? long : `${head} ${long}`;
    for (const suffix of suffixes) if (names.has(named + suffix)) return named + suffix;
    // `Hội LHPN tỉnh` after `Hội Liên hiệp Phụ nữ (LHPN) tỉnh Sơn La`: the level without the place.
    // `TAND khu vực 3` after `Tòa án nhân dân (TAND) khu vực 3 - Hà Nội`: the rest without the place after it.
    const placed = restKey !== null ? namesWithoutPlace.get(`${named} ${restKey}`) : undefined;
    if (placed !== undefined) return placed;
  }
  const letters = acronymLetters(acronym);
  if (!letters) return null;
  const initialsOf = (name: string, suffix: string): boolean => {
    if (!name.startsWith(`${head} `) || !name.endsWith(suffix) || name.length <= head.length + 1 + suffix.length) return false;
    const middle = tokenize(name.slice(head.length + 1, name.length - suffix.length)).filter((token) => token.isWord);
    return matchInitialsForward(middle, 0, letters) === middle.length;
  };
  for (const name of names) for (const suffix of suffixes) if (initialsOf(name, suffix)) return name;
  // Without a place, a name that has one after the words of the initials (`Sở GTVT` → `sở giao thông vận tải tp.hcm`).
  // A level alone, a name with that level and a place (`Hội LHPN tỉnh` → `hội liên hiệp phụ nữ tỉnh sơn la`).
  if (restKey === null || levelRest) {
    const suffix = restKey === null ? '' : ` ${restKey}`;
    for (const [placeless, name] of namesWithoutPlace) if (initialsOf(placeless, suffix)) return name;
  }
  return restKey === null && letters.length >= MIN_OPENING_INITIALS ? nameOpenedByInitials(head, letters, names) : null;
}

/** Fewest letters of a head's acronym that may stand for the first words of a longer name (`QLDA`). */
const MIN_OPENING_INITIALS = 4;

/**
 * `Ban QLDA` after `Ban Quản lý dự án Nước sạch nông thôn`: the head's acronym spelling the words right after the head,
 * the body's own name after them left out. The one name among `names` (folded) so opened, else null (two such names
 * leave it unresolved).
 */
function nameOpenedByInitials(head: string, letters: readonly string[], names: ReadonlySet<string>): string | null {
  let found: string | null = null;
  for (const name of names) {
    if (!name.startsWith(`${head} `)) continue;
    const middle = tokenize(name.slice(head.length + 1)).filter((token) => token.isWord);
    const end = matchInitialsForward(middle, 0, letters);
    if (end <= 0 || end >= middle.length) continue;
    if (found !== null) return null;
    found = name;
  }
  return found;
}

/** No rest after the acronym: the name ends with the acronym's words. */
const NO_REST: readonly string[] = [''];

/** Levels of local government a place may be written with or without (`tỉnh Bình Dương`, `Bình Dương`), folded. */
const PLACE_LEVELS = ['tỉnh', 'thành phố', 'tp', 'tp.'];

/**
 * The endings a name with the rest `restKey` may have in the full name: the rest, and a place with its level added
 * or dropped (`Sở LĐ-TB&XH Bình Dương` for `Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương`).
 */
function restSuffixes(restKey: string | null): readonly string[] {
  if (restKey === null) return NO_REST;
  const suffixes = [` ${restKey}`];
  const level = PLACE_LEVELS.find((word) => restKey.startsWith(`${word} `));
  if (level !== undefined) suffixes.push(` ${restKey.slice(level.length + 1)}`);
  else for (const word of PLACE_LEVELS) suffixes.push(` ${word} ${restKey}`);
  return suffixes;
}


/** Most words of a short name in brackets (`Saigon Co.op`). */
const MAX_SHORT_NAME_WORDS = 4;

/**
 * `Liên hiệp Hợp tác xã Thương mại TP.HCM (Saigon Co.op)`: a short name in brackets right after a full name, two to
 * four capitalized words that are neither a place, a head, a title nor a person's name (`Cục Y tế dự phòng (Bộ Y
 * tế)` names the ministry above it); a place only where it repeats the name's last words and a word follows it
 * (`Công ty ... Quốc gia Đông Á (Đông Á Auction)`). The span inside the brackets, or null. A lone acronym in brackets is the
 * acronym stage's.
 */
export function bracketedShortName(words: NameTokens, run: NameRun): TextSpan | null {
  const { tokens } = words;
  const open = tokens[run.endToken];
  if (run.bare || run.kind !== 'organization' || open?.text !== '(' || open.breakBefore) return null;
  const first = run.endToken + 1;
  let close = first;
  while (close < tokens.length && close - first <= MAX_SHORT_NAME_WORDS) {
    const token = tokens[close];
    if (!token || token.breakBefore) return null;
    if (token.text === ')') break;
    if (!token.isWord || !(token.capitalized || token.acronymLike)) return null;
    close += 1;
  }
  if (tokens[close]?.text !== ')' || close - first < 2) return null;
  const placeEnd = words.placeEnd(first);
  if ((placeEnd > first && !(placeEnd < close && repeatsNameEnd(tokens, run.endToken, first, placeEnd))) || matchHead(words, first) !== null || isTitleStart(words, first) || words.is(first, FAMILY_NAME)) return null;
  return { start: tokens[first]?.start ?? 0, end: tokens[close - 1]?.end ?? 0 };
}

/**
 * The words from `from` to `to` repeat the last words of the name ending at `nameEnd`: `Công ty ... Đông Á (Đông Á
 * Auction)` keeps the name's own proper ending, a place's name too, and adds a word, a short name of the body.
 */
function repeatsNameEnd(tokens: readonly Token[], nameEnd: number, from: number, to: number): boolean {
  const length = to - from;
  for (let offset = 0; offset < length; offset += 1) {
    if (tokens[nameEnd - length + offset]?.key !== tokens[from + offset]?.key) return false;
  }
  return true;
}

/** What names a company's stock code in brackets before a colon, folded: `mã chứng khoán`, `mã CK`, an exchange. */
const TICKER_LABELS: readonly (readonly string[])[] = [['mã', 'chứng', 'khoán'], ['mã', 'ck'], ['mã', 'cp'], ['mã'], ['hose'], ['hnx'], ['upcom']];
/** A stock code: three to five capital letters or digits, a letter first. */
const TICKER = /^\p{Lu}[\p{Lu}\p{N}]{2,4}$/u;

/**
 * `Công ty Cổ phần Thủy sản Minh Phát (mã chứng khoán: MPT)`, `(HOSE: VNM)`: a company's stock code in brackets
 * right after its name, which the article then uses as its short name. The code's span, or null.
 */
export function bracketedTicker(words: NameTokens, run: NameRun): TextSpan | null {
  const { tokens } = words;
  const open = tokens[run.endToken];
  if (run.bare || run.kind !== 'organization' || open?.text !== '(' || open.breakBefore) return null;
  for (const label of TICKER_LABELS) {
    let index = run.endToken + 1;
    let matches = true;
    for (const key of label) {
      if (tokens[index]?.key !== key || tokens[index]?.breakBefore) matches = false;
      index += 1;
    }
    if (!matches || tokens[index]?.text !== ':') continue;
    const code = tokens[index + 1];
    if (!code || code.breakBefore || !TICKER.test(code.text) || tokens[index + 2]?.text !== ')') return null;
    return { start: code.start, end: code.end };
  }
  return null;
}
