// Acronyms defined in parentheses, in either order: `Tổ chức Năng suất Châu Á (APO)`, `APO (Tổ chức Năng suất
// Châu Á)`, `Bộ Khoa học và Công nghệ (Bộ KH&CN)`, `Tập đoàn Dệt may Việt Nam (Vinatex)`. The long form is chosen,
// in order, by syllable initials, by a known long form, by the name run just before (`Viện Đo lường Việt Nam
// (VMI)`: English initials the Vietnamese does not show; `Hiệp định ... – Liên minh châu Âu (EVFTA)` is the whole
// agreement) or the document named for it (`Quy định ... của Liên minh châu Âu (EUDR)`), by capitalized words just
// before (`Chất lượng Việt Nam Online (VietQ.vn)`), and for an English acronym after plain words, by items joined by
// dashes (`sởi – rubella (MR)`) or the phrase back to a small word (`các mục tiêu phát triển bền vững (SDGs)`). A
// bracket may carry the name's head and last words around the acronym (`(Ban QLDA đường sắt)`, `(VKSND tối cao)`).
import type { AcronymSpan } from '../../pipeline/document.js';
import { isPlace, lookupPlace, mayStartPlaceAtWordKey, placeAt } from '../shared/places.js';
import type { NameRun } from '../organizations/name-runs.js';
import { tokenIndexAt, type Token } from '../../input/tokens.js';
import { NAME_STOP_WORD_KEYS, ORGANIZATION_HEAD_PHRASES } from '../organizations/lexicon.js';
import { acronymLetters, matchInitialsBackward, matchInitialsForward } from './initials.js';
import { BOUNDARY_NOUN_SECOND_KEYS, CAUSING_AGENT_INITIALS, KNOWN_ACRONYM_LONG_FORMS, LONG_FORM_BOUNDARY_KEYS, LONG_FORM_BOUNDARY_PAIRS, METHOD_HEAD_KEYS, METHOD_PHRASE_STOP_KEYS, SHORT_FORM_ANNOUNCERS, SYSTEM_HEAD_INITIALS, WHOLE_BODY_HEADS, STOCK_CODE_ANNOUNCERS } from './lexicon.js';
import { tokenize } from '../../input/tokens.js';
import { asciiFoldKey, foldKey } from '../shared/vietnamese.js';
import { LastValueMemo } from '../shared/last-value-memo.js';
import { isRegexSpace } from '../shared/place-words.js';
import { commaListedItemsBefore } from './comma-listed.js';
import { dashJoinedItemsBefore } from './dash-joined.js';
import { documentNamedForWordBefore, documentOfOwnerBefore, documentPhraseBefore, namedDocumentBeforePlace } from './document-of-owner.js';
import { acronymBetweenHeadAndTail } from './head-and-acronym.js';
import { headBeforeGeographicNoun, headedNameBefore } from './headed-name.js';
import { longFormWithTail } from './with-tail.js';
import { isSlashJoinedPair, slashJoinedBefore } from './slash-joined.js';

/** Most characters a parenthesis holds for a definition: `(` then 1 to 160 characters other than `(`, `)`, a line break, then `)`. */
const MAX_PARENTHESIS_CONTENT = 160;

/**
 * Where the parenthesis opened at `open` closes (the index of its `)`), or -1 when it holds no definition's worth:
 * 1 to MAX_PARENTHESIS_CONTENT characters, none a bracket or a line break (what `/\(([^()\n]{1,160})\)/` reads).
 */
function closingParenthesis(text: string, open: number): number {
  let characters = 0;
  for (let index = open + 1; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x29) return characters > 0 ? index : -1;
    if (code === 0x28 || code === 0x0a || characters === MAX_PARENTHESIS_CONTENT) return -1;
    // A pair of surrogates is one character.
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) index += 1;
    }
    characters += 1;
  }
  return -1;
}

/** True when a line break stands in `text` from `start` to `end`. */
function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (text.charCodeAt(index) === 0x0a || text.charCodeAt(index) === 0x0d) return true;
  return false;
}

/** Most words of a writer's name before a byline's tag (`Nguyễn Thị Thu Trang (TTXVN)`). */
const MAX_BYLINE_NAME_WORDS = 5;

/**
 * True when the bracket opening at token `openToken` (one word inside, closing at `close`) ends its line, and its line
 * before it holds only 2 to 5 capitalized words: a writer's name and the agency's tag, `Hữu Việt (TTXVN)`; or when
 * the 2 to 5 capitalized words follow `Ảnh:`, a photo's credit anywhere in the line.
 */
function isBylineTag(text: string, tokens: readonly Token[], openToken: number, insideCount: number, close: number): boolean {
  if (insideCount !== 1) return false;
  let after = close;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after += 1;
  const endsLine = after >= text.length || text[after] === '\n' || text[after] === '\r';
  let words = 0;
  for (let index = openToken - 1; index >= 0; index -= 1) {
    const token = tokens[index];
    if (!token) return false;
    if (!token.isWord || !token.capitalized || token.acronymLike) return false;
    words += 1;
    if (words > MAX_BYLINE_NAME_WORDS) return false;
    const previous = tokens[index - 1];
    if (!previous || hasLineBreak(text, previous.end, token.start)) return endsLine && words >= 2;
    // `Ảnh: Thanh Hà (TTXVN)`: a photo's credit, the photographer's name and agency's tag, mid-line too.
    if (previous.text === ':' && tokens[index - 2]?.key === 'ảnh') return words >= 2;
  }
  return false;
}

/** I to XXXIX: a numbered part (`lần thứ II`, `(IV)`), not an acronym. */
const ROMAN_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/u;

/**
 * A word that can be an acronym: two capitals or more (`ASEAN`, `KH&CN`, `VietQ.vn`; letters, so), not a place nor
 * a numeral.
 */
export function isAcronymCandidate(token: Token): boolean {
  return token.acronymLike && !isRomanNumeral(token.text) && !(mayStartPlaceAtWordKey(token.key) && isPlace(token.text));
}

function isRomanNumeral(word: string): boolean {
  const first = word[0];
  return (first === 'I' || first === 'V' || first === 'X') && ROMAN_NUMERAL.test(word);
}

interface Span {
  readonly start: number;
  readonly end: number;
}

const NO_RUNS: readonly NameRun[] = [];

/**
 * Name runs by the offset where they end: the runs that end just before a parenthesis, found in one lookup. The
 * index is made on the first question (an article without a definition in brackets asks none).
 */
export class RunsByEnd {
  private byEnd: Map<number, NameRun[]> | null = null;

  constructor(private readonly runs: readonly NameRun[]) {}

  /** The runs that end at `end`, in the order found. */
  endingAt(end: number): readonly NameRun[] {
    if (this.byEnd === null) {
      this.byEnd = new Map<number, NameRun[]>();
      for (const run of this.runs) {
        const list = this.byEnd.get(run.end);
        if (list) list.push(run);
        else this.byEnd.set(run.end, [run]);
      }
    }
    return this.byEnd.get(end) ?? NO_RUNS;
  }
}

const longFormKeysCache = new Map<string, readonly string[]>();

/** The folded words of a known long form, computed once per long form. */
export function longFormKeys(long: string): readonly string[] {
  let keys = longFormKeysCache.get(long);
  if (!keys) {
    keys = tokenize(long).filter((token) => token.isWord).map((token) => token.key);
    longFormKeysCache.set(long, keys);
  }
  return keys;
}

/** Token keys of `long` equal the keys of the tokens ending at `last`: the known long form is written there. */
function knownLongFormBefore(tokens: readonly Token[], last: number, long: string): number {
  const longKeys = longFormKeys(long);
  let index = last;
  for (let key = longKeys.length - 1; key >= 0; key -= 1) {
    const token = tokens[index];
    if (token && (token.text === '–' || token.text === '-') && longKeys[key] !== token.key) index -= 1;
    if (tokens[index]?.key !== longKeys[key]) return -1;
    index -= 1;
  }
  return index + 1;
}

/** The head of a group named for its core body (`Nhóm Ngân hàng Thế giới`): the group goes by the body's acronym. */
const GROUP_HEAD_KEY = 'nhóm';

/**
 * `Nhóm Ngân hàng Thế giới (WB)`: a capitalized `Nhóm` right before a known body's long form names the group of that
 * body, which the news writes with the body's acronym; the long form starts at the group's head. Else `first`.
 */
function groupOfKnownBody(tokens: readonly Token[], first: number): number {
  const head = tokens[first - 1];
  return head?.key === GROUP_HEAD_KEY && head.capitalized && !tokens[first]?.breakBefore ? first - 1 : first;
}

/** Capitalized words going back from `last` (each with its lower-case rest): `Chất lượng Việt Nam Online`. */
function capitalizedRunBefore(tokens: readonly Token[], last: number): number {
  let index = last;
  let capitals = 0;
  while (index >= 0) {
    const token = tokens[index];
    if (!token || !token.isWord) break;
    if (token.capitalized || token.acronymLike) {
      capitals += 1;
      if (tokens[index]?.breakBefore) return capitals >= 2 ? index : -1;
      index -= 1;
      continue;
    }
    const before = tokens[index - 1];
    if (token.lower && before?.capitalized && !NAME_STOP_WORD_KEYS.has(token.key) && !token.breakBefore) {
      index -= 1;
      continue;
    }
    break;
  }
  return capitals >= 2 && index + 1 <= last ? index + 1 : -1;
}

/**
 * A phrase that opens a sentence with a capitalized word, runs on in plain words and ends in a proper name just
 * before the parenthesis: `Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF)`. `properStart` is where the proper name ends
 * the phrase; at most two words a letter, plus two.
 */
function sentencePhraseBefore(tokens: readonly Token[], properStart: number, last: number, letterCount: number): number {
  let index = properStart - 1;
  while (index >= 0 && last - index < letterCount * 2 + 2) {
    const token = tokens[index];
    if (!token || !token.isWord) return -1;
    if (token.capitalized) {
      const before = tokens[index - 1];
      const opensSentence = !before || token.breakBefore || ['.', '!', '?', ':', ';', '“', '"'].includes(before.text);
      return opensSentence && index < properStart - 1 ? index : -1;
    }
    if (!token.lower || LONG_FORM_BOUNDARY_KEYS.has(token.key) || NAME_STOP_WORD_KEYS.has(token.key)) return -1;
    index -= 1;
  }
  return -1;
}

/**
 * Plain words going back from `last` to a small word: `mục tiêu phát triển bền vững`. A translated English name
 * has at least a word per letter and rarely more than two (plus one), so other lengths are refused; but the whole
 * object of a verb that stops the phrase (`quy hoạch | cảng cạn (ICD)`) is a noun phrase of its own, two words enough,
 * as after the head `hệ thống`.
 */
function plainPhraseBefore(tokens: readonly Token[], last: number, letterCount: number): number {
  const maxWords = Math.max(6, letterCount * 2 + 1);
  let index = last;
  let afterVerb = false;
  while (index >= 0 && last - index < maxWords) {
    const token = tokens[index];
    if (!token || !token.lower) break;
    if (LONG_FORM_BOUNDARY_KEYS.has(token.key) && !(index < last && BOUNDARY_NOUN_SECOND_KEYS.get(token.key)?.has(tokens[index + 1]?.key ?? ''))) break;
    // A pair ending at the bracket is the long form's own last word (`... xây dựng (X)`), no boundary.
    if (index > 0 && index < last && LONG_FORM_BOUNDARY_PAIRS.has(`${tokens[index - 1]?.key ?? ''} ${token.key}`)) {
      afterVerb = !token.breakBefore;
      break;
    }
    index -= 1;
    if (token.breakBefore) break;
  }
  const words = last - index;
  return words >= 2 && (words >= letterCount || afterVerb) ? index + 1 : -1;
}

/** Most words of an agent before `gây` (`ký sinh trùng`). */
const MAX_AGENT_WORDS = 3;

/**
 * A plain phrase from `first` to `last` that names an agent and what it causes (`vi khuẩn gây hội chứng hoại tử gan
 * tụy cấp (AHPND)`): where the long form starts, after `gây` unless the acronym's last letter is the agent's English
 * initial (`vi rút gây bệnh đốm trắng (WSSV)` keeps the virus); `first` when no agent is named.
 */
function conditionAfterAgent(tokens: readonly Token[], first: number, last: number, letters: readonly string[]): number {
  for (let index = first + 1; index < last - 1; index += 1) {
    if (tokens[index]?.key !== 'gây') continue;
    for (let words = 1; words <= MAX_AGENT_WORDS && index - words >= first; words += 1) {
      const agent = tokens.slice(index - words, index).map((token) => token.key).join(' ');
      const initial = CAUSING_AGENT_INITIALS.get(agent);
      if (initial === undefined) continue;
      return letters[letters.length - 1]?.toUpperCase() === initial ? index - words : index + 1;
    }
    return first;
  }
  return first;
}

/**
 * Lower-case words going back from `last` to a two-syllable head that names a method (`kỹ thuật`, `phương pháp`),
 * the head left out: `kỹ thuật thay van động mạch chủ qua ống thông (TAVI)`; or to `hệ thống`, `công nghệ` (SYSTEM_HEAD_INITIALS). Small words of manner (`qua`,
 * `bằng`) may stand inside, unlike in plainPhraseBefore; words a clause goes on with may not. The first token, or -1.
 */
function methodPhraseBefore(tokens: readonly Token[], runs: RunsByEnd, last: number, letters: readonly string[]): number {
  const letterCount = letters.length;
  // The head bounds the phrase, so it may be longer than a plain one: `mô hình phát triển đô thị định hướng giao
  // thông công cộng (TOD)` spends three syllables a letter.
  const maxWords = Math.max(10, letterCount * 3 + 1);
  for (let index = last; index >= 2 && last - index < maxWords; index -= 1) {
    const token = tokens[index];
    if (!token || !token.lower || METHOD_PHRASE_STOP_KEYS.has(token.key)) return -1;
    const head = tokens[index - 1];
    const before = tokens[index - 2];
    const headKey = head && before && head.lower && !token.breakBefore ? `${before.key} ${head.key}` : '';
    // `Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch (VIAEP)`: the head capitalized as a name's field, where an
    // organization's name ends, goes on in the lower-case words to the bracket: the whole name is the long form.
    if (before?.capitalized && head && headKey !== '' && (METHOD_HEAD_KEYS.has(headKey) || SYSTEM_HEAD_INITIALS.has(headKey))) {
      const named = nameEndingAtHead(runs, head.end, index - 2);
      if (named >= 0) return named;
    }
    if (METHOD_HEAD_KEYS.has(headKey)) {
      const words = last - index + 1;
      return words >= 2 && words >= letterCount ? index : -1;
    }
    // `hệ thống cảng cạn (ICD)`: the noun phrase after the head, the head too where the acronym's last letter spells it.
    const headInitial = SYSTEM_HEAD_INITIALS.get(headKey);
    if (headInitial !== undefined) {
      if (last - index + 1 < 2) return -1;
      // `hệ thống khí hóa than bằng khí thiên nhiên hóa lỏng (LNG)`: the system works by means of the thing after
      // `bằng`, which the acronym names when it has a word a letter.
      const means = meansAfterBy(tokens, index, last, letterCount);
      if (means >= 0) return means;
      return letters[letters.length - 1] === headInitial ? index - 2 : index;
    }
    if (token.breakBefore) return -1;
  }
  return -1;
}

/** The first token of an organization's whole name ending at `end` that starts before token `head`, or -1. */
function nameEndingAtHead(runs: RunsByEnd, end: number, head: number): number {
  for (const run of runs.endingAt(end)) if (run.kind === 'organization' && !run.bare && run.firstToken < head) return run.firstToken;
  return -1;
}

/**
 * The words after the last `bằng` ("by means of") between tokens `from` and `last`, when they are at least
 * `letterCount` and two: the means a system works by, a noun phrase of its own (`khí thiên nhiên hóa lỏng`). The
 * first of those words, or -1.
 */
function meansAfterBy(tokens: readonly Token[], from: number, last: number, letterCount: number): number {
  for (let index = last - 1; index > from; index -= 1) {
    if (tokens[index]?.key === 'bằng') return last - index >= Math.max(2, letterCount) ? index + 1 : -1;
  }
  return -1;
}

/**
 * Lower-case words going back from `last` whose first words' initials spell `letters`, one a letter, the rest of the
 * phrase running on after them to the bracket: `giấy chứng nhận quyền sử dụng đất (GCN)`, the paper named by its head
 * words. No word that ends a phrase (LONG_FORM_BOUNDARY_KEYS) and no line break inside; at most two words after the
 * spelled ones for each letter. The phrase's first token (the nearest to the bracket that spells), or -1.
 */
function spelledHeadPhraseBefore(tokens: readonly Token[], last: number, letters: readonly string[]): number {
  const maxWords = letters.length * 3;
  for (let index = last; index >= 0 && last - index < maxWords; index -= 1) {
    const token = tokens[index];
    if (!token || !token.lower || LONG_FORM_BOUNDARY_KEYS.has(token.key)) return -1;
    if (last - index >= letters.length && matchInitialsForward(tokens, index, letters) === index + letters.length) return index;
    if (token.breakBefore) return -1;
  }
  return -1;
}

/** Bare level words that may close a body's name (`Văn phòng Đăng ký đất đai tỉnh`), by their last syllable's key. */
const CLOSING_LEVEL_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường'].map(foldKey));

/**
 * How many tokens a lower-case level word ending at token `last` takes (`tỉnh` 1, `thành phố` 2), or 0 when none
 * ends there.
 */
function bareLevelWordsAt(tokens: readonly Token[], last: number): number {
  const token = tokens[last];
  if (!token || !token.lower || token.breakBefore) return 0;
  if (CLOSING_LEVEL_KEYS.has(token.key)) return 1;
  const before = tokens[last - 1];
  return token.key === foldKey('phố') && before?.key === foldKey('thành') && before.lower ? 2 : 0;
}

/** `PA05`, `PC02`, `C08`: a unit's code, one to three capitals then two or three digits. */
const UNIT_CODE = /^[A-Z]{1,3}[0-9]{2,3}$/u;

function isUnitCode(short: string): boolean {
  return short.length <= 6 && UNIT_CODE.test(short);
}

/** Heads of the units of ministries, the police and the army that go by a code (`Phòng ... (PA05)`, `Cục ... (C08)`). */
const CODED_UNIT_HEAD_KEYS: ReadonlySet<string> = new Set(
  ['phòng', 'cục', 'vụ', 'đội', 'trung đoàn', 'lữ đoàn', 'sư đoàn', 'tiểu đoàn', 'quân đoàn', 'bộ tư lệnh'].map(foldKey),
);

/** Small words a unit's name runs on with in lower case (`tội phạm về ma túy`, `... và phòng chống tội phạm`). */
const UNIT_NAME_CONNECTOR_KEYS: ReadonlySet<string> = new Set(['và', 'về', 'của', 'cho', 'trong', 'trên', 'các'].map(foldKey));

/** The most words a unit's name runs on in lower case after its capitalized part. */
const MAX_UNIT_NAME_TAIL = 16;

/**
 * A unit's name before its code in brackets, its capitalized part found as a name run and its rest in lower case:
 * `Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao (PA05)`, `Phòng Cảnh sát điều tra tội phạm về
 * ma túy (PC04)`. The lower-case rest holds words, commas and dashes between them, no line break and no word that
 * ends a phrase (`đã`, `là`, `tại`): `Phòng Tài chính đã chuyển hồ sơ (PA05)` names no unit. The first token, or -1.
 */
function codedUnitBefore(tokens: readonly Token[], runs: RunsByEnd, last: number): number {
  for (let index = last; index >= 0 && last - index <= MAX_UNIT_NAME_TAIL; index -= 1) {
    const token = tokens[index];
    if (!token) return -1;
    if (index < last) {
      for (const run of runs.endingAt(token.end)) {
        if (run.kind === 'organization' && !run.bare && CODED_UNIT_HEAD_KEYS.has(run.headKey)) return run.firstToken;
      }
    }
    if (token.breakBefore) return -1;
    if (token.lower) {
      if (LONG_FORM_BOUNDARY_KEYS.has(token.key) && !UNIT_NAME_CONNECTOR_KEYS.has(token.key)) return -1;
      continue;
    }
    const joined = (token.text === ',' || token.text === '-' || token.text === '–') && tokens[index - 1]?.lower && tokens[index + 1]?.lower;
    if (!joined || index === last) return -1;
  }
  return -1;
}

/**
 * `Tổng công ty Đường sắt đô thị số 1 (HURC1)`: an acronym ending in the number its name ends with, `số` and that
 * number after an organization's name. The name's first token, or -1.
 */
function numberedNameBefore(tokens: readonly Token[], runs: RunsByEnd, last: number, short: string): number {
  const number = tokens[last];
  const word = tokens[last - 1];
  const nameEnd = tokens[last - 2];
  if (!number || !word || !nameEnd || word.key !== 'số' || number.breakBefore || word.breakBefore) return -1;
  if (!/^[0-9]{1,3}$/u.test(number.text) || !short.endsWith(number.text) || short.length <= number.text.length) return -1;
  for (const run of runs.endingAt(nameEnd.end)) if (run.kind === 'organization' && !run.bare) return run.firstToken;
  return -1;
}

/** The most tokens a list of a name's fields runs back over to its head. */
const MAX_LIST_TOKENS = 24;

/**
 * `Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản (MEXT)`: capitalized words starting at `first`
 * that end a list of fields, joined by commas and `và`, after an organization's head and first field. Each item
 * opens with a capital; the list runs on one line. The organization's first token, or -1.
 */
function listHeadBefore(tokens: readonly Token[], runs: RunsByEnd, first: number): number {
  let index = first - 1;
  if (tokens[first]?.breakBefore) return -1;
  for (let steps = 0; index >= 0 && steps < MAX_LIST_TOKENS; steps += 1) {
    const token = tokens[index];
    if (!token) return -1;
    if (token.text === ',' || token.key === 'và') {
      if (!tokens[index + 1]?.capitalized || token.breakBefore) return -1;
      const item = tokens[index - 1];
      if (token.text === ',' && item) {
        for (const run of runs.endingAt(item.end)) if (run.kind === 'organization' && !run.bare) return run.firstToken;
      }
      index -= 1;
      continue;
    }
    if (!token.isWord || token.breakBefore || !(token.capitalized || (token.lower && !NAME_STOP_WORD_KEYS.has(token.key)))) return -1;
    index -= 1;
  }
  return -1;
}

/** Most words a country's name runs back over before the capitalized words that end it. */
const MAX_COUNTRY_LEAD_WORDS = 4;

/**
 * `Các Tiểu vương quốc Ả Rập Thống nhất (UAE)`: the capitalized words from `capitalized` to `last` end a country's
 * name whose first words run in lower case (`vương quốc`); a long form cuts no country's name in half. The
 * country's first token, or -1.
 */
function countryEndingAt(tokens: readonly Token[], capitalized: number, last: number): number {
  const end = tokens[last];
  if (!end) return -1;
  for (let first = capitalized - 1; first >= 0 && capitalized - first <= MAX_COUNTRY_LEAD_WORDS; first -= 1) {
    const token = tokens[first];
    if (!token || !token.isWord || tokens[first + 1]?.breakBefore) return -1;
    if (!token.capitalized || !mayStartPlaceAtWordKey(token.key)) continue;
    const name = tokens.slice(first, last + 1).map((word) => word.text).join(' ');
    if (lookupPlace(name)?.kind === 'country') return first;
  }
  return -1;
}

/** Lower-case words of scope that end a capitalized name: `Olympic Toán học quốc tế`, `Giải thưởng Chất lượng quốc gia`. */
const SCOPE_TAIL_KEYS: ReadonlySet<string> = new Set(['quốc tế', 'thế giới', 'toàn cầu', 'toàn quốc', 'quốc gia', 'khu vực'].map(foldKey));

/**
 * A capitalized name (two capitals or more, no place) ending in two lower-case words of scope just before the
 * bracket at token `last`: `Olympic Toán học quốc tế (IMO)`. The name's first token, or -1.
 */
function scopedNameBefore(tokens: readonly Token[], last: number): number {
  const second = tokens[last];
  const first = tokens[last - 1];
  if (!second || !first || !second.lower || !first.lower || second.breakBefore || first.breakBefore) return -1;
  if (!SCOPE_TAIL_KEYS.has(`${first.key} ${second.key}`)) return -1;
  const start = capitalizedRunBefore(tokens, last - 2);
  if (start < 0) return -1;
  const words = tokens.slice(start, last - 1);
  // `Ủy hội sông Mê Công quốc tế (MRC)`: a body named for a river, its head before the river's noun.
  const head = headBeforeGeographicNoun(tokens, start);
  if (head >= 0) return head;
  if (mayStartPlaceAtWordKey(words[0]?.key ?? '') && isPlace(words.map((token) => token.text).join(' '))) return -1;
  return start;
}

/** Keys of the home country's name, which acronyms of Vietnamese bodies leave out (`MTTQ`, `LĐLĐ`). */
const HOME_COUNTRY_KEYS: readonly string[] = ['việt', 'nam'];

/** `Việt Nam` ending at token `last`, on one line: the index of its first token, else -1. */
function homeCountryStart(tokens: readonly Token[], last: number): number {
  const first = last - HOME_COUNTRY_KEYS.length + 1;
  for (let offset = 0; offset < HOME_COUNTRY_KEYS.length; offset += 1) {
    const token = tokens[first + offset];
    if (token === undefined || token.key !== HOME_COUNTRY_KEYS[offset] || !token.capitalized || (offset > 0 && token.breakBefore)) return -1;
  }
  return first;
}

/**
 * `Đài Phát thanh và Truyền hình Trà Vinh (THTV)`: the letters spell the words after a name's `và` alone, the second
 * of the two fields the name joins, as local broadcasters' acronyms do; the acronym stands for the whole body. The
 * first token of the organization's name that runs through that `và` to the bracket, else -1.
 */
function joinedNameAround(tokens: readonly Token[], runs: RunsByEnd, first: number, last: number): number {
  const link = tokens[first - 1];
  const lastToken = tokens[last];
  if (link?.key !== 'và' || !link.lower || lastToken === undefined) return -1;
  for (const run of runs.endingAt(lastToken.end)) {
    if (run.kind === 'organization' && !run.bare && run.firstToken < first - 1) return run.firstToken;
  }
  return -1;
}

/**
 * `Ban Tuyển sinh quân sự Bộ Quốc phòng (BTSQS)`: the letters spell exactly the initials of the name's first words,
 * and the words after them are another body's whole name, a head then capitals (the owner the body serves); the
 * acronym names the body alone, so its long form ends before the owner. The last token of the words spelled, or -1.
 */
function servingBodyBeforeOwner(tokens: readonly Token[], first: number, last: number, letters: readonly string[]): number {
  const end = matchInitialsForward(tokens, first, letters);
  if (end <= first + 1 || end > last) return -1;
  const owner = tokens[end];
  if (!owner?.capitalized || owner.breakBefore) return -1;
  return headedNameBefore(tokens, last) === end ? end - 1 : -1;
}

/** Heads of a company's own units (a division, a department), folded: `Khối Phân tích Công ty X`. */
const COMPANY_UNIT_HEAD_KEYS: ReadonlySet<string> = new Set(['khối', 'phòng', 'ban', 'bộ phận', 'trung tâm', 'văn phòng'].map(foldKey));

/** A company's head by its first two words, folded (`Công ty`, `Tổng công ty`, `Tập đoàn`, `Ngân hàng`). */
const COMPANY_HEAD_PAIRS: ReadonlySet<string> = new Set(['công ty', 'tổng công', 'tập đoàn', 'ngân hàng'].map(foldKey));

/**
 * `Khối Phân tích Công ty Cổ phần Chứng khoán Phú Hưng Thịnh (PHTS)`: a run headed by a company's unit, its name
 * then the company's whole name up to the bracket. The acronym is the company's (its unit goes by none), so its long
 * form starts at the company's capitalized head, found two words or more after the unit's head (`Ngân hàng` before a
 * capitalized word, a bank: `Khối Ngân hàng doanh nghiệp` is a unit's field). Not where the letters spell the unit's
 * words (`Ban Kiểm soát Công ty X (BKS)`). The company's first token, or -1.
 */
function companyAfterUnit(tokens: readonly Token[], run: NameRun, last: number, letters: readonly string[] | null): number {
  if (run.kind !== 'organization' || !COMPANY_UNIT_HEAD_KEYS.has(run.headKey)) return -1;
  if (letters && matchInitialsForward(tokens, run.firstToken, letters) > run.firstToken) return -1;
  for (let index = tokenIndexAt(tokens, run.headEnd) + 1; index < last - 1; index += 1) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (!token?.capitalized || !next || next.breakBefore || !COMPANY_HEAD_PAIRS.has(`${token.key} ${next.key}`)) continue;
    const bankName = tokens[index + 2];
    if (token.key === BANK_FIRST_KEY && !(bankName?.capitalized || bankName?.acronymLike)) continue;
    return index;
  }
  return -1;
}

const BANK_FIRST_KEY = foldKey('ngân');

/** The head of a representative office's name: `Văn phòng đại diện` + the body it represents. */
const REPRESENTATIVE_OFFICE_HEAD_KEY = foldKey('văn phòng đại diện');

/**
 * `Văn phòng đại diện Cơ quan Phát triển nguồn nhân lực Hàn Quốc (HRD Korea) tại Việt Nam`: a run headed by a
 * representative office, then the whole name of the body it represents, a body's head opening it. The acronym is the
 * body's (the office goes by its body's), so its long form starts at that head. Asked only of a run so headed. The
 * body's first token, or -1.
 */
function bodyAfterRepresentativeOffice(tokens: readonly Token[], run: NameRun, last: number): number {
  if (run.headKey !== REPRESENTATIVE_OFFICE_HEAD_KEY) return -1;
  let index = run.firstToken;
  while (index < last && (tokens[index]?.end ?? Infinity) <= run.headEnd) index += 1;
  const body = tokens[index];
  if (index >= last || !body?.capitalized || body.breakBefore) return -1;
  return ORGANIZATION_HEAD_PHRASES.matchLength(tokens, index) > 0 ? index : -1;
}

/** The long form for `short`, in brackets after token `last`: where it starts, where it ends (`last` unless said), the rule that chose it. */
function longFormBefore(
  tokens: readonly Token[],
  runs: RunsByEnd,
  last: number,
  short: string,
  brand: boolean,
): { first: number; last?: number; rule: string } | null {
  const letters = acronymLetters(short);
  const lastToken = tokens[last];
  if (!lastToken) return null;
  if (letters && !brand) {
    // `Văn phòng Đăng ký đất đai tỉnh (VPĐKĐĐ)`: the letters spell the name without the bare level word closing it
    // (the province it serves, unnamed; `đai tỉnh` no word of two syllables for one letter), and the long form is the
    // name they spell. (`Công an tỉnh (CAT)` spells its level word: the letters find no name without it.)
    const level = bareLevelWordsAt(tokens, last);
    const beforeLevel = level > 0 ? matchInitialsBackward(tokens, last - level, letters) : -1;
    if (beforeLevel >= 0 && tokens[beforeLevel]?.capitalized === true) return { first: beforeLevel, last: last - level, rule: 'initials-before-level' };
    const first = matchInitialsBackward(tokens, last, letters);
    if (first >= 0) {
      const head = wholeBodyHeadBefore(tokens, first, short, last);
      if (head < 0) {
        const joined = joinedNameAround(tokens, runs, first, last);
        if (joined >= 0) return { first: joined, rule: 'initials-of-joined-field' };
      }
      return { first: head >= 0 ? head : first, rule: 'initials' };
    }
    // `Mặt trận Tổ quốc Việt Nam (MTTQ)`: the letters spell the words before the home country, which an acronym leaves
    // out as the news does; the long form keeps it. A name's words only (`vận động viên Việt Nam (VĐV)` is none).
    const country = homeCountryStart(tokens, last);
    const spelled = country > 0 ? matchInitialsBackward(tokens, country - 1, letters) : -1;
    if (spelled >= 0 && tokens[spelled]?.capitalized === true) return { first: spelled, rule: 'initials-before-country' };
  }
  for (const known of KNOWN_ACRONYM_LONG_FORMS.get(short) ?? []) {
    const first = knownLongFormBefore(tokens, last, known);
    if (first >= 0) return { first: groupOfKnownBody(tokens, first), rule: 'known-long-form' };
  }
  // The run starting first, of those that end here and are no bare head but a whole name.
  let run: NameRun | undefined;
  for (const candidate of runs.endingAt(lastToken.end)) {
    if ((!candidate.bare || candidate.complete) && (run === undefined || candidate.start < run.start)) run = candidate;
  }
  // An acronym that is no name's own may be a document's named for the name's owner: `Quy định ... của EU (EUDR)`.
  const owner = run?.firstToken ?? (lastToken.acronymLike ? last : -1);
  const document = letters && !brand && owner >= 0 ? documentOfOwnerBefore(tokens, owner, last, letters) : null;
  if (document) return { ...document, rule: 'document-of-owner' };
  if (run) {
    const served = letters && !brand ? servingBodyBeforeOwner(tokens, run.firstToken, last, letters) : -1;
    if (served >= 0) return { first: run.firstToken, last: served, rule: 'initials-before-owner' };
    const company = companyAfterUnit(tokens, run, last, letters);
    if (company >= 0) return { first: company, rule: 'company-after-unit' };
    const represented = bodyAfterRepresentativeOffice(tokens, run, last);
    if (represented >= 0) return { first: represented, rule: 'body-after-representative-office' };
    return { first: run.firstToken, rule: 'name-before' };
  }
  const numbered = numberedNameBefore(tokens, runs, last, short);
  if (numbered >= 0) return { first: numbered, rule: 'numbered-name' };
  if (isUnitCode(short)) {
    const unit = codedUnitBefore(tokens, runs, last);
    if (unit >= 0) return { first: unit, rule: 'coded-unit' };
  }
  // `Viện Sinh thái và Tài nguyên sinh vật (IEBR)`: English initials or a brand after an organization's whole name.
  const headed = headedNameBefore(tokens, last);
  if (headed >= 0) return { first: headed, rule: 'headed-name-before' };
  if (brand) return null;
  const capitalized = capitalizedRunBefore(tokens, last);
  if (capitalized >= 0) {
    const words = tokens.slice(capitalized, last + 1);
    const whole = words.map((token) => token.text).join(' ');
    const documentOfPlace = letters ? documentOfOwnerBefore(tokens, capitalized, last, letters) : null;
    if (documentOfPlace) return { ...documentOfPlace, rule: 'document-of-owner' };
    if (!(mayStartPlaceAtWordKey(words[0]?.key ?? '') && isPlace(whole))) {
      const listHead = letters ? listHeadBefore(tokens, runs, capitalized) : -1;
      if (listHead >= 0) return { first: listHead, rule: 'list-after-head' };
      const country = countryEndingAt(tokens, capitalized, last);
      if (country >= 0) return { first: country, rule: 'country-name-before' };
      return { first: capitalized, rule: 'capitalized-before' };
    }
    // `Thỏa thuận chi trả giảm phát thải vùng Bắc Trung Bộ (ERPA)`: a place ending a document's name.
    const documentBeforePlace = letters ? namedDocumentBeforePlace(tokens, capitalized, last, letters) : null;
    if (documentBeforePlace) return { ...documentBeforePlace, rule: 'named-document-before-place' };
  }
  // `Olympic Hóa học quốc tế (IChO)`: a capitalized name ending in a lower-case word of scope.
  const scoped = capitalized < 0 ? scopedNameBefore(tokens, last) : -1;
  if (scoped >= 0) return { first: scoped, rule: 'scoped-name-before' };
  const properStart = capitalized >= 0 ? capitalized : lastToken.capitalized ? last : -1;
  if (letters && properStart >= 0) {
    const phrase = sentencePhraseBefore(tokens, properStart, last, letters.length);
    if (phrase >= 0) return { first: phrase, rule: 'sentence-phrase-before' };
  }
  if (letters) {
    const items = dashJoinedItemsBefore(tokens, last, letters.length);
    if (items >= 0) return { first: items, rule: 'dash-joined-items' };
    const listed = commaListedItemsBefore(tokens, last, letters.length);
    if (listed >= 0) return { first: listed, rule: 'comma-listed-items' };
    const method = methodPhraseBefore(tokens, runs, last, letters);
    if (method >= 0) return { first: method, rule: 'method-phrase-before' };
    const documentPhrase = documentPhraseBefore(tokens, last, letters);
    if (documentPhrase >= 0) return { first: documentPhrase, rule: 'document-phrase-before' };
    const spelledHead = spelledHeadPhraseBefore(tokens, last, letters);
    if (spelledHead >= 0) return { first: spelledHead, rule: 'spelled-head-phrase-before' };
    const plain = plainPhraseBefore(tokens, last, letters.length);
    if (plain >= 0) return { first: conditionAfterAgent(tokens, plain, last, letters), rule: 'plain-phrase-before' };
  }
  return null;
}

/** Level words a name goes on with after a bracket: `(KSBT) tỉnh Phú Yên`. */
const NAME_GOING_ON_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'thành phố', 'thành', 'tp', 'quận', 'xã', 'phường', 'thị'].map(foldKey));

/** How often each token is written, in all and by the key of the token before it. */
interface AcronymWritings {
  readonly total: Map<string, number>;
  readonly after: Map<string, number>;
}

/** The writings of one token list, counted once (an article asks for each bracket of a head's acronym). */
const acronymWritings = new LastValueMemo<readonly Token[], AcronymWritings>();

function writingsOf(tokens: readonly Token[]): AcronymWritings {
  const known = acronymWritings.get(tokens);
  if (known) return known;
  const total = new Map<string, number>();
  const after = new Map<string, number>();
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    total.set(token.text, (total.get(token.text) ?? 0) + 1);
    const previousKey = `${token.text}\u0000${tokens[index - 1]?.key ?? ''}`;
    after.set(previousKey, (after.get(previousKey) ?? 0) + 1);
  }
  const writings = { total, after };
  acronymWritings.set(tokens, writings);
  return writings;
}

/**
 * The first token of a company's or society's head right before the words an acronym spells, where the text writes
 * the acronym alone elsewhere (not after that head): `Tổng công ty Phát điện Duyên Hải (PĐDH)`, then `của PĐDH`. -1
 * when none, or when the acronym is only written after its head (`Hội LHPN`).
 */
function wholeBodyHeadBefore(tokens: readonly Token[], first: number, short: string, bracketLast: number): number {
  let headFirst = -1;
  let headKeys: readonly string[] = [];
  for (const head of WHOLE_BODY_HEADS) {
    const start = first - head.length;
    if (start < 0 || !tokens[start]?.capitalized) continue;
    if (head.every((key, offset) => tokens[start + offset]?.key === key && (offset === 0 || !tokens[start + offset]?.breakBefore))) {
      if (head.length > headKeys.length) {
        headFirst = start;
        headKeys = head;
      }
    }
  }
  // `Trung tâm Kiểm soát bệnh tật (KSBT) tỉnh X`: a name going on after the bracket holds the acronym as its field.
  const after = tokens[bracketLast + 4];
  if (headFirst < 0 || (after && (after.capitalized || NAME_GOING_ON_KEYS.has(after.key)))) return -1;
  const headLast = headKeys[headKeys.length - 1];
  // Written elsewhere than in this bracket (after `(`) and after the head: counted once for the article.
  if (tokens[bracketLast + 2]?.text !== short) return -1;
  const writings = writingsOf(tokens);
  const elsewhere = (writings.total.get(short) ?? 0) - 1 - (writings.after.get(`${short}\u0000${headLast ?? ''}`) ?? 0);
  return elsewhere > 0 ? headFirst : -1;
}

/** `APO (Tổ chức Năng suất Châu Á)`: does the parenthesis hold the long form of the acronym before it? */
function holdsLongForm(tokens: readonly Token[], runs: RunsByEnd, content: Span, short: string): boolean {
  const first = tokenIndexAt(tokens, content.start);
  const words = tokensWithin(tokens, content);
  if (words.length < 2 || words.some((token) => !token.isWord && token.text !== '–' && token.text !== '-')) return false;
  const letters = acronymLetters(short);
  if (letters && matchInitialsForward(tokens, first, letters) === first + words.length) return true;
  if (runs.endingAt(content.end).some((run) => run.start === content.start && !run.bare)) return true;
  return (KNOWN_ACRONYM_LONG_FORMS.get(short) ?? []).some((known) => knownLongFormBefore(tokens, first + words.length - 1, known) === first);
}

/** The tokens inside a span, found by binary search. */
function tokensWithin(tokens: readonly Token[], span: Span): Token[] {
  const inside: Token[] = [];
  for (let index = tokenIndexAt(tokens, span.start); index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token || token.end > span.end) break;
    inside.push(token);
  }
  return inside;
}

/** Every acronym defined in parentheses, in text order. */
export function findParenthesizedDefinitions(text: string, tokens: readonly Token[], runs: RunsByEnd): AcronymSpan[] {
  const found: AcronymSpan[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const closing = closingParenthesis(text, open);
    if (closing < 0) continue;
    const close = closing + 1;
    // The announcer is matched where the bracket opens, sticky: none of its characters is a bracket, so it stays inside.
    SHORT_FORM_ANNOUNCERS.lastIndex = open + 1;
    let contentStart = open + 1;
    let announcer: 'name' | 'stock-code' | null = null;
    if (SHORT_FORM_ANNOUNCERS.test(text)) {
      contentStart = SHORT_FORM_ANNOUNCERS.lastIndex;
      announcer = 'name';
    } else {
      STOCK_CODE_ANNOUNCERS.lastIndex = open + 1;
      if (STOCK_CODE_ANNOUNCERS.test(text)) {
        contentStart = STOCK_CODE_ANNOUNCERS.lastIndex;
        announcer = 'stock-code';
      }
    }
    while (contentStart < closing && isRegexSpace(text.charCodeAt(contentStart))) contentStart += 1;
    const content = { start: contentStart, end: closing };
    const inside = tokensWithin(tokens, content);
    const openToken = tokenIndexAt(tokens, open);
    const last = openToken - 1;
    const before = tokens[last];
    if (!before || !before.isWord || text.slice(before.end, open).trim() !== '') continue;
    // A bracket opening a line follows no long form: `Hoàng Long⏎(CAND) - Ngày 5/4, ...` is a byline, then the
    // outlet's name opening the article's lead.
    if (hasLineBreak(text, before.end, open)) continue;
    // A closing-line bracket after a short capitalized name alone on its line is a byline's agency tag:
    // `Phạm Trang (TTXVN)` ends an article; the writer's name spells out nothing.
    if (isBylineTag(text, tokens, openToken, inside.length, close)) continue;
    const shortToken0 = inside.length === 1 ? inside[0] : undefined;

    // LONG (SHORT TAIL): `Trung tâm Kiểm soát bệnh tật Hà Nội (CDC Hà Nội)`, `... tối cao (VKSND tối cao)`.
    if (inside.length >= 2 && inside.length <= 6) {
      const withTail = longFormWithTail(text, tokens, runs, last, inside);
      const longFirst = withTail ? tokens[withTail.first] : undefined;
      const longLast = withTail ? tokens[withTail.last] : undefined;
      if (withTail && longFirst && longLast) {
        found.push(definition(text, longFirst.start, close, withTail.short, text.slice(longFirst.start, longLast.end), 'with-tail'));
        for (const part of withTail.parts ?? []) {
          const partFirst = tokens[part.first];
          const partLast = tokens[part.last];
          if (partFirst && partLast) found.push(definition(text, partFirst.start, partLast.end, part.short, text.slice(partFirst.start, partLast.end), 'with-tail-part'));
        }
        continue;
      }
      // HEAD LONG TAIL (HEAD SHORT TAIL): `Ban Quản lý dự án đường sắt (Ban QLDA đường sắt)`.
      const between = acronymBetweenHeadAndTail(tokens, last, inside);
      const middleFirst = between ? tokens[between.first] : undefined;
      const middleLast = between ? tokens[between.last] : undefined;
      // `Tổng Liên đoàn Lao động Việt Nam (Tổng LĐLĐVN)`: a head that is no noun alone, but the first word of the
      // name's (`Tổng` of `Tổng Liên đoàn`, "general"), stays in the short form, and the long form starts with it.
      const prefix = between && inside.length === 2 ? tokens[between.first - 1] : undefined;
      if (between && middleLast && prefix && inside[0]?.key === prefix.key && SHORT_FORM_PREFIX_KEYS.has(prefix.key)) {
        found.push(definition(text, prefix.start, close, `${prefix.text} ${between.acronym.text}`, text.slice(prefix.start, middleLast.end), 'prefix-and-acronym'));
        continue;
      }
      // `Ban Quản lý dự án 2 (Ban QLDA 2)`: a number ending the bracket numbers one body of many alike (`Ban QLDA 6`
      // is another), so the short form is the whole bracket, the long form the whole name from the head on.
      const headFirst = between ? tokens[between.first - (inside.findIndex((token) => token.acronymLike))] : undefined;
      if (between && headFirst && middleLast && inside.length >= 3 && isNumberWord(inside[inside.length - 1])) {
        found.push(definition(text, headFirst.start, close, text.slice(content.start, content.end), text.slice(headFirst.start, before.end), 'head-and-acronym-numbered'));
        continue;
      }
      // `Ban Quản lý dự án ODA tỉnh Hà Tĩnh (Ban QLDA ODA)`, `Ban Quản lý dự án đầu tư xây dựng các công trình giao
      // thông tỉnh Nam Định (Ban QLDA giao thông)`: the tail keeps words the name holds further on, the name going on
      // after them to the place that makes it one body; the bracket is that body's short name, the whole name from the
      // head its long form, the acronym its own words. A name ending with a bare level (`... thành phố (Ban QLDA Giao
      // thông)`) keeps the acronym alone.
      const tailWords = inside.length - inside.findIndex((token) => token.acronymLike) - 1;
      if (between && headFirst && middleFirst && middleLast && tailWords > 0 && between.last + tailWords < last && before?.capitalized === true) {
        found.push(definition(text, headFirst.start, close, text.slice(content.start, content.end), text.slice(headFirst.start, before.end), 'head-and-acronym-tail-further'));
      }
      if (between && middleFirst && middleLast) {
        found.push(definition(text, middleFirst.start, close, between.acronym.text, text.slice(middleFirst.start, middleLast.end), 'head-and-acronym'));
        continue;
      }
    }
    // HEAD A B: `Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh X (Ban
    // QLDA NN&PTNT)`: the head, an acronym of the words right after it and one of words further on; the whole bracket
    // is the short form, the whole name from the head the long form, each acronym its words.
    const twoAcronyms = inside.length === 3 ? headAndTwoAcronyms(tokens, last, inside) : null;
    const twoFirst = twoAcronyms ? tokens[twoAcronyms.head] : undefined;
    if (twoAcronyms && twoFirst) {
      found.push(definition(text, twoFirst.start, close, text.slice(content.start, content.end), text.slice(twoFirst.start, before.end), 'head-and-two-acronyms'));
      for (const inner of twoAcronyms.inner) found.push(definition(text, inner.start, inner.end, inner.short, inner.long, 'head-and-two-acronyms-part'));
      continue;
    }
    // LONG (A/B): two acronyms joined by a slash for one document, `Hiệp định ... (VPA/FLEGT)`.
    const pair = slashJoinedBefore(tokens, last, inside);
    const pairFirst = pair ? tokens[pair.first] : undefined;
    if (pair && pairFirst) {
      found.push(definition(text, pairFirst.start, close, pair.short, text.slice(pairFirst.start, before.end), 'slash-joined'));
      continue;
    }
    // `tỷ giá (USD/VND)`: a pair with no document before it defines neither acronym.
    if (isSlashJoinedPair(inside)) continue;
    // LONG (English long – SHORT): the English name the acronym spells, given in the bracket before it, is its long
    // form: `Chương trình Môi trường Liên hợp quốc (United Nations Environment Programme - UNEP)`.
    const english = englishLongFormInside(tokens, inside);
    if (english) {
      found.push(definition(text, content.start, close, english.short, text.slice(english.start, english.end), 'english-inside'));
      continue;
    }
    // LONG (A word B): a short form of acronyms and the plain words between them, each acronym spelling the words
    // of the name in turn: `Ban Quản lý các khu công nghiệp tỉnh X (BQL các KCN)`; the inner acronym is defined too.
    const compound = compoundShortForm(tokens, runs, last, inside);
    if (compound) {
      const longFirst = tokens[compound.first];
      if (longFirst) {
        found.push(definition(text, longFirst.start, close, text.slice(content.start, content.end), text.slice(longFirst.start, before.end), 'compound-short'));
        for (const inner of compound.inner) found.push(definition(text, inner.start, inner.end, inner.short, inner.long, 'compound-short-part'));
        continue;
      }
    }
    // LONG (A B): two acronyms, the first spelling the name's head (`BQL` = `Ban Quản lý`), the second the words right
    // after it: `Ban Quản lý Công viên địa chất toàn cầu X (BQL CVĐC)`; the whole bracket is the short form, the name
    // its long form, a place closing the name left out (`Ban Quản lý Khu kinh tế tỉnh X (BQL KKT)`).
    const headAndField = twoAcronymShortForm(text, tokens, runs, last, inside);
    if (headAndField) {
      const longFirst = tokens[headAndField.first];
      const longLast = tokens[headAndField.last];
      if (longFirst && longLast) {
        found.push(definition(text, longFirst.start, close, text.slice(content.start, content.end), text.slice(longFirst.start, longLast.end), 'two-acronyms'));
        continue;
      }
    }
    // LONG (A,B): two acronyms joined by a comma with no space, one name's fields in turn: `Bộ Văn hóa, Thể thao và
    // Du lịch (VH,TT&DL)`; the long form is the name whose initials both spell.
    const commaJoined = commaJoinedAcronyms(inside);
    if (commaJoined) {
      const long = longFormBefore(tokens, runs, last, commaJoined.letters, false);
      const longStart = long ? tokens[long.first]?.start : undefined;
      if (long && longStart !== undefined && long.rule === 'initials') {
        found.push(definition(text, longStart, close, commaJoined.short, text.slice(longStart, before.end), 'comma-joined-acronyms'));
        continue;
      }
    }
    // NAME (ACRONYM Word), NAME (ACRONYM English), NAME (Words EnglishWord): a short name that is the whole bracket
    // after a whole name, the name the long form (`wholeBracketShortName`).
    const wholeBracket = wholeBracketShortName(tokens, runs, last, inside);
    if (wholeBracket !== null) {
      const longStart = tokens[wholeBracket.first]?.start;
      if (longStart !== undefined) {
        found.push(definition(text, longStart, close, text.slice(content.start, content.end), text.slice(longStart, before.end), wholeBracket.rule));
        continue;
      }
    }
    // NAME (LETTERS DIGITS): a code a body goes by, right after its whole name: `Trung tâm Điều độ ... (A0)`. After
    // anything but an organization's name the code names nothing (`nhóm công tác (WG1)`).
    if (shortToken0 && CODE_NAME.test(shortToken0.text)) {
      const run = firstWholeOrganizationRunEndingAt(runs, before.end);
      const runStart = run ? tokens[run.firstToken]?.start : undefined;
      if (run && runStart !== undefined) {
        found.push(definition(text, runStart, close, shortToken0.text, text.slice(runStart, before.end), 'code-after-name'));
        continue;
      }
    }
    // LONG (stock code: SHORT): a company's code on the exchange, after its name, is its short name:
    // `Ngân hàng TMCP Hưng Phát (mã chứng khoán: HPB)`.
    if (announcer === 'stock-code' && inside.length === 1 && shortToken0 && isAcronymCandidate(shortToken0)) {
      const run = firstWholeOrganizationRunEndingAt(runs, before.end);
      const runStart = run ? tokens[run.firstToken]?.start : undefined;
      if (run && runStart !== undefined) {
        found.push(definition(text, runStart, close, shortToken0.text, text.slice(runStart, before.end), 'stock-code'));
      }
      continue;
    }
    // DOCUMENT Word ... (Word ACRONYM): a document's short name, the word it is named for and its kind's English
    // acronym: `Bản ghi nhớ Tokyo về kiểm tra nhà nước cảng biển (Tokyo MOU)`; the whole bracket, the whole name.
    const namedFor = inside.length === 2 ? inside[0] : undefined;
    const kindAcronym = inside[1];
    if (namedFor?.capitalized && !namedFor.acronymLike && kindAcronym && isAcronymCandidate(kindAcronym)) {
      const kindLetters = acronymLetters(kindAcronym.text);
      const head = kindLetters ? documentNamedForWordBefore(tokens, last, namedFor, kindLetters) : -1;
      const headToken = tokens[head];
      if (headToken) {
        found.push(definition(text, headToken.start, close, text.slice(content.start, content.end), text.slice(headToken.start, before.end), 'document-named-for-word'));
        continue;
      }
    }
    // LONG (SHORT), the short maybe after the head it abbreviates with: `(Bộ KH&CN)`; or with a gloss after a comma,
    // `giấy chứng nhận quyền sử dụng đất (GCN, thường gọi là sổ đỏ)`.
    const glossed = acronymBeforeGloss(inside);
    const shortWords = glossed ?? inside;
    const shortToken = shortWords[shortWords.length - 1];
    if (shortToken && shortWords.length <= 3 && isAcronymCandidate(shortToken)) {
      const long = longFormBefore(tokens, runs, last, shortToken.text, false);
      // With a gloss, only words the letters spell (or a known long form) are taken: in `Ngân hàng TMCP Hưng Thịnh
      // (HTBank, mã chứng khoán HTB)` the brand spells nothing, and the capitalized words before it end the name.
      // `Cục Giáo dục nghề nghiệp ... (Bộ GD&ĐT)`: a head and an acronym the name's words do not spell, the head not the
      // name's own, are the body the name belongs to, no short form of it.
      const ownerHead = shortWords.length === 2 && !glossed ? shortWords[0] : undefined;
      if (long && ownerHead && ownerHead.capitalized && !ownerHead.acronymLike && !ENGLISH_COUNTRY_NAME_KEYS.has(ownerHead.key)
        && !SPELLED_LONG_FORM_RULES.has(long.rule) && tokens[long.first]?.key !== ownerHead.key) continue;
      if (long && (glossed === null || SPELLED_LONG_FORM_RULES.has(long.rule))) {
        const longEnd = tokens[long.last ?? last]?.end ?? before.end;
        // `(Vietnam MRCC)`: the country's English name before the acronym is part of the short name.
        const short = shortWords.length === 2 && ENGLISH_COUNTRY_NAME_KEYS.has(shortWords[0]?.key ?? '') ? text.slice(content.start, content.end) : shortToken.text;
        found.push(definition(text, tokens[long.first]?.start ?? open, close, short, text.slice(tokens[long.first]?.start ?? open, longEnd), long.rule));
        continue;
      }
    }
    // LONG (Brand): a single capitalized word after an organization's name.
    if (shortToken && inside.length === 1 && shortToken.capitalized && shortToken.text.length >= 3 && !isPlace(shortToken.text)) {
      const long = longFormBefore(tokens, runs, last, shortToken.text, true);
      const run = runs.endingAt(before.end).find((candidate) => candidate.kind === 'organization' && !candidate.bare);
      if (long && (run || long.rule === 'coded-unit')) {
        found.push(definition(text, tokens[long.first]?.start ?? open, close, shortToken.text, text.slice(tokens[long.first]?.start ?? open, before.end), 'brand'));
        continue;
      }
    }
    // LONG (Brand N): a brand and the number of one body among many alike of that brand (`Tổng Công ty Lương thực
    // miền Nam (Vinafood 2)`, one of the two `Vinafood`): the whole bracket is the body's short name.
    const brandWord = inside.length === 2 ? inside[0] : undefined;
    if (brandWord && brandWord.capitalized && !brandWord.acronymLike && brandWord.text.length >= 3 && isNumberWord(inside[1]) && !isPlace(brandWord.text)) {
      const long = longFormBefore(tokens, runs, last, brandWord.text, true);
      const run = runs.endingAt(before.end).find((candidate) => candidate.kind === 'organization' && !candidate.bare);
      if (long && run) {
        found.push(definition(text, tokens[long.first]?.start ?? open, close, text.slice(content.start, content.end), text.slice(tokens[long.first]?.start ?? open, before.end), 'brand-numbered'));
        continue;
      }
    }
    // SHORT (LONG).
    if (isAcronymCandidate(before) && holdsLongForm(tokens, runs, content, before.text)) {
      found.push(definition(text, before.start, close, before.text, text.slice(content.start, content.end), 'short-then-long'));
    }
  }
  return found;
}

/** The rules of longFormBefore whose long form the acronym's letters spell, or the lexicon knows. */
const SPELLED_LONG_FORM_RULES: ReadonlySet<string> = new Set([
  'initials', 'initials-before-level', 'initials-before-country', 'initials-of-joined-field', 'known-long-form', 'spelled-head-phrase-before',
]);

/**
 * A bracket that opens with an acronym, then a comma and words that gloss it (`(GCN, thường gọi là sổ đỏ)`, `(UBND,
 * cấp tỉnh)`): the acronym alone, as a bracket of its own would hold it; else null.
 */
function acronymBeforeGloss(inside: readonly Token[]): readonly Token[] | null {
  const [acronym, comma, gloss] = inside;
  if (!acronym || !comma || !gloss || comma.text !== ',' || !isAcronymCandidate(acronym) || !gloss.lower) return null;
  return inside.slice(0, 1);
}

interface CompoundShortForm {
  readonly first: number;
  readonly inner: readonly { start: number; end: number; short: string; long: string }[];
}

/**
 * A bracket of 3 to 6 words, acronyms first and last with lower-case words between (`BQL các KCN`), whose acronyms
 * spell in turn the initials of the name ending at token `last`, its words between written alike: where the name
 * starts, and the inner acronyms with the words they spell (`KCN` = `khu công nghiệp`).
 */
function compoundShortForm(tokens: readonly Token[], runs: RunsByEnd, last: number, inside: readonly Token[]): CompoundShortForm | null {
  const head = inside[0];
  const tail = inside[inside.length - 1];
  if (inside.length < 3 || inside.length > 6 || !head?.acronymLike || !tail?.acronymLike) return null;
  if (!inside.every((token) => token.isWord && (token.acronymLike || !token.capitalized))) return null;
  const lastToken = tokens[last];
  if (!lastToken) return null;
  let first = -1;
  for (const candidate of runs.endingAt(lastToken.end)) {
    if ((!candidate.bare || candidate.complete) && (first < 0 || candidate.firstToken < first)) first = candidate.firstToken;
  }
  if (first < 0) return null;
  const inner: { start: number; end: number; short: string; long: string }[] = [];
  let position = first;
  for (let word = 0; word < inside.length; word += 1) {
    const token = inside[word] as Token;
    if (token.acronymLike) {
      const letters = acronymLetters(token.text);
      const end = letters ? matchInitialsForward(tokens, position, letters) : -1;
      if (end < 0 || end - 1 > last) return null;
      const startToken = tokens[position];
      const endToken = tokens[end - 1];
      if (word > 0 && startToken && endToken) {
        inner.push({ start: token.start, end: token.end, short: token.text, long: tokenTexts(tokens, position, end) });
      }
      position = end;
    } else {
      if (tokens[position]?.key !== token.key) return null;
      position += 1;
    }
  }
  return position - 1 <= last ? { first, inner } : null;
}

/**
 * A bracket of two acronyms a space apart (`BQL KKT`) after a name on its line whose words they spell in turn from
 * its first (`Ban Quản lý` + `Khu kinh tế`), the plural `các` between them left out (`Ban Quản lý các khu công
 * nghiệp` for `BQL KCN`): the name's first token and its last, which is the last spelled word when only a place or a
 * bare level word follows it up to the bracket (`tỉnh Quảng Trị`, `tỉnh`), else the word before the bracket. Or a
 * name whose one-word head neither spells (`Đài` of `Đài Khí tượng Thủy văn khu vực Trung Trung Bộ (KTTV TTB)`), the
 * first acronym spelling the words after the head and the second the name's last words, at most two lower-case words
 * between (`khu vực`): the whole name. Null when not so.
 */
function twoAcronymShortForm(text: string, tokens: readonly Token[], runs: RunsByEnd, last: number, inside: readonly Token[]): { first: number; last: number } | null {
  const [headAcronym, fieldAcronym] = inside;
  if (inside.length !== 2 || !headAcronym || !fieldAcronym || !isAcronymCandidate(headAcronym) || !isAcronymCandidate(fieldAcronym)) return null;
  const headLetters = acronymLetters(headAcronym.text);
  const fieldLetters = acronymLetters(fieldAcronym.text);
  const lastToken = tokens[last];
  if (!headLetters || !fieldLetters || !lastToken) return null;
  for (const run of runs.endingAt(lastToken.end)) {
    if (run.bare && !run.complete) continue;
    const headEnd = matchInitialsForward(tokens, run.firstToken, headLetters);
    if (headEnd <= run.firstToken || headEnd > last) {
      const afterHead = fieldAfterUnspelledHead(tokens, run, last, headLetters, fieldLetters);
      if (afterHead) return afterHead;
      continue;
    }
    const fieldEnd = fieldWordsEnd(tokens, headEnd, last, fieldLetters);
    if (fieldEnd < 0) continue;
    const next = tokens[fieldEnd];
    const place = next && fieldEnd <= last ? placeAt(text, next.start) : null;
    const closedByLevel = fieldEnd <= last && bareLevelWordsAt(tokens, last) === last - fieldEnd + 1;
    return { first: run.firstToken, last: (place && place.end === lastToken.end) || closedByLevel ? fieldEnd - 1 : last };
  }
  // `Ban Quản lý các khu công nghiệp tỉnh (BQL KCN)`: the name's run stops at its head's words, the field following
  // in lower case; the acronyms spell the run's words and all those after it, a bare level word closing them left out.
  for (let index = last - 1; index >= 0 && last - index <= MAX_LOWER_FIELD_WORDS; index -= 1) {
    const after = tokens[index + 1];
    if (!after?.lower || after.breakBefore) return null;
    const token = tokens[index];
    if (!token) return null;
    for (const run of runs.endingAt(token.end)) {
      if (run.kind !== 'organization' || run.bare) continue;
      const headEnd = matchInitialsForward(tokens, run.firstToken, headLetters);
      if (headEnd !== index + 1) continue;
      const fieldEnd = fieldWordsEnd(tokens, headEnd, last, fieldLetters);
      if (fieldEnd === last + 1) return { first: run.firstToken, last };
      if (fieldEnd > headEnd && bareLevelWordsAt(tokens, last) === last - fieldEnd + 1) return { first: run.firstToken, last: fieldEnd - 1 };
    }
  }
  return null;
}

/** Most lower-case words a name's field runs on after its run stops (`các khu công nghiệp tỉnh`). */
const MAX_LOWER_FIELD_WORDS = 8;

/**
 * One past the last of the words from token `start` whose initials spell `letters`, the plural `các` before them
 * passed over (`Ban Quản lý các khu công nghiệp` for `BQL KCN`), at most token `last`; -1 when they do not.
 */
function fieldWordsEnd(tokens: readonly Token[], start: number, last: number, letters: readonly string[]): number {
  const fieldStart = tokens[start]?.key === PLURAL_KEY && tokens[start]?.lower === true ? start + 1 : start;
  const fieldEnd = matchInitialsForward(tokens, fieldStart, letters);
  return fieldEnd > fieldStart && fieldEnd - 1 <= last ? fieldEnd : -1;
}

/** The plural word a name may hold before its field (`các khu công nghiệp`), which its acronyms leave out. */
const PLURAL_KEY = foldKey('các');

/** Most lower-case words between the words of a name's two acronyms when its head spells neither (`khu vực`). */
const MAX_WORDS_BETWEEN_ACRONYMS = 2;

/**
 * `Đài Khí tượng Thủy văn khu vực Trung Trung Bộ (KTTV TTB)`: the run's head is one word the acronyms leave out, the
 * first spells the words right after it, the second the name's last words up to the bracket, and at most two
 * lower-case words stand between. The whole name, or null.
 */
function fieldAfterUnspelledHead(tokens: readonly Token[], run: NameRun, last: number, headLetters: readonly string[], fieldLetters: readonly string[]): { first: number; last: number } | null {
  if (run.kind !== 'organization' || run.bare || tokens[run.firstToken]?.end !== run.headEnd) return null;
  const headEnd = matchInitialsForward(tokens, run.firstToken + 1, headLetters);
  if (headEnd <= run.firstToken + 1 || headEnd > last) return null;
  const fieldStart = matchInitialsBackward(tokens, last, fieldLetters);
  if (fieldStart < headEnd || fieldStart - headEnd > MAX_WORDS_BETWEEN_ACRONYMS) return null;
  for (let index = headEnd; index < fieldStart; index += 1) if (!tokens[index]?.lower || tokens[index]?.breakBefore) return null;
  return { first: run.firstToken, last };
}

/** The texts of tokens `from` to `to` (`to` left out), one space apart: the words an inner acronym spells. */
function tokenTexts(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((part) => part.text).join(' ');
}

/** Most words of a name before the bracket in which a head and two acronyms' words are looked for. */
const MAX_TWO_ACRONYM_NAME_WORDS = 30;

/**
 * A bracket of a capitalized head word and two acronyms (`Ban QLDA NN&PTNT`) after a name, on its line, that opens
 * with the same head, the first acronym spelling the words right after it (`Quản lý dự án`) and the second words
 * further on (`nông nghiệp và phát triển nông thôn`), both before the bracket: the head's token and each acronym's
 * words; null when not so.
 */
function headAndTwoAcronyms(tokens: readonly Token[], last: number, inside: readonly Token[]): { head: number; inner: CompoundShortForm['inner'] } | null {
  const [headWord, firstAcronym, secondAcronym] = inside;
  if (!headWord?.isWord || !headWord.capitalized || headWord.acronymLike || !firstAcronym?.acronymLike || !secondAcronym?.acronymLike) return null;
  const firstLetters = acronymLetters(firstAcronym.text);
  const secondLetters = acronymLetters(secondAcronym.text);
  if (!firstLetters || !secondLetters) return null;
  for (let at = last - 1; at >= 0 && last - at < MAX_TWO_ACRONYM_NAME_WORDS; at -= 1) {
    const token = tokens[at];
    if (!token?.isWord) return null;
    if (token.key === headWord.key && token.capitalized) {
      const firstEnd = matchInitialsForward(tokens, at + 1, firstLetters);
      if (firstEnd <= at + 1 || firstEnd - 1 >= last) return null;
      for (let start = firstEnd; start <= last; start += 1) {
        const secondEnd = matchInitialsForward(tokens, start, secondLetters);
        if (secondEnd > start && secondEnd - 1 <= last) {
          return {
            head: at,
            inner: [
              { start: firstAcronym.start, end: firstAcronym.end, short: firstAcronym.text, long: tokenTexts(tokens, at + 1, firstEnd) },
              { start: secondAcronym.start, end: secondAcronym.end, short: secondAcronym.text, long: tokenTexts(tokens, start, secondEnd) },
            ],
          };
        }
      }
      return null;
    }
    if (token.breakBefore) return null;
  }
  return null;
}

/** A token of digits alone (`2`, `15`): the number of a body among many alike. */
function isNumberWord(token: Token | undefined): boolean {
  return token !== undefined && /^\d{1,3}$/.test(token.text);
}

/** Vietnam's name in English, written before the English acronym of a Vietnamese body (`Vietnam MRCC`). */
const ENGLISH_COUNTRY_NAME_KEYS: ReadonlySet<string> = new Set(['vietnam']);

/** Heads in a bracket that are the first word of the name, no noun alone: `Tổng` (`Tổng Liên đoàn`, "general"). */
const SHORT_FORM_PREFIX_KEYS: ReadonlySet<string> = new Set(['tổng']);

/** Dashes between a long form and its acronym inside one bracket. */
const INSIDE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/**
 * A bracket holding a name, a dash and an acronym whose letters the name's initials spell (`United Nations Environment
 * Programme - UNEP`): the acronym, and where its long form starts and ends; null when not so.
 */
function englishLongFormInside(tokens: readonly Token[], inside: readonly Token[]): { short: string; start: number; end: number } | null {
  if (inside.length < 4) return null;
  const short = inside[inside.length - 1] as Token;
  const dash = inside[inside.length - 2] as Token;
  const first = inside[0] as Token;
  const lastWord = inside[inside.length - 3] as Token;
  if (!isAcronymCandidate(short) || !INSIDE_DASHES.has(dash.text) || !first.capitalized) return null;
  const letters = acronymLetters(short.text);
  if (!letters) return null;
  const firstIndex = tokenIndexAt(tokens, first.start);
  if (matchInitialsForward(tokens, firstIndex, letters) !== firstIndex + inside.length - 2) return null;
  return { short: short.text, start: first.start, end: lastWord.end };
}

function definition(text: string, start: number, end: number, short: string, long: string, rule: string): AcronymSpan {
  void text;
  return { start, end, short, long: long.trim(), rule };
}

/**
 * A bracket that is a short name whole, right after a whole name, and the name's first token, or null. Tried in turn:
 * - NAME (ACRONYM Word): a company's short name, the acronym of its name's last words and a word of its trade:
 *   `Công ty Cổ phần Thủy điện Sông Lam (SL Hydro)`;
 * - NAME (ACRONYM English): an English short name, an acronym and one English word, after a whole name that a head
 *   opens: `Công ty Vận tải Biển Nam Hải (NHS Logistics)`, `Đại hội Thể thao châu Á (Asian Games)` aside (no acronym);
 * - NAME (Words EnglishWord): a brand, the name's last words and one clipped English word of its trade: `Công ty Cổ
 *   phần Công nghệ Nông nghiệp Phú An (Phú An AgriTech)` (the clipped word alone, an acronym by its capitals, would
 *   take the name otherwise).
 */
function wholeBracketShortName(
  tokens: readonly Token[],
  runs: RunsByEnd,
  last: number,
  inside: readonly Token[],
): { readonly first: number; readonly rule: string } | null {
  const acronymAndWord = acronymAndWordAfterName(tokens, runs, last, inside);
  if (acronymAndWord !== null) return { first: acronymAndWord, rule: 'acronym-and-word' };
  const englishShort = englishShortNameAfterName(tokens, runs, last, inside);
  if (englishShort !== null) return { first: englishShort, rule: 'english-short-name' };
  const brandWords = nameWordsAndEnglishWordAfterName(tokens, runs, last, inside);
  if (brandWords !== null) return { first: brandWords, rule: 'name-words-and-english-word' };
  const joinedBrand = joinedBrandAndAcronymAfterName(tokens, runs, last, inside);
  if (joinedBrand !== null) return { first: joinedBrand, rule: JOINED_BRAND_AND_ACRONYM };
  return null;
}

/** The rule of `joinedBrandAndAcronymAfterName`: the acronym in its bracket defines nothing alone (index.ts). */
export const JOINED_BRAND_AND_ACRONYM = 'joined-brand-and-acronym';

/** A word of Latin letters alone, a capital opening it and maybe each part joined in it: `SoSach`, `Minhphat`. */
const LATIN_BRAND_WORD = /^[A-Z][a-z]+(?:[A-Z][a-z]*)*$/u;
/** Most of the name's last words a brand joins into one Latin word (`Sổ Sạch` → `SoSach`). */
const MAX_JOINED_BRAND_WORDS = 3;

/**
 * `(SoSach AI)` after `Công ty Cổ phần Công nghệ Sổ Sạch`: a bracket of a brand, the name's last capitalized words
 * written together without their marks (as a web address or an app writes them), then an acronym of its trade, right
 * after an organization's whole name. The whole bracket is the company's short name, and its acronym is no
 * definition of its own (`AI` is left for `trí tuệ nhân tạo (AI)`). The name's first token, or null.
 */
function joinedBrandAndAcronymAfterName(tokens: readonly Token[], runs: RunsByEnd, last: number, inside: readonly Token[]): number | null {
  const [brand, acronym] = inside;
  if (inside.length !== 2 || !brand || !acronym || !brand.isWord || brand.text.length > 24 || !isAcronymCandidate(acronym)) return null;
  if (!LATIN_BRAND_WORD.test(brand.text)) return null;
  const lastToken = tokens[last];
  const run = lastToken ? firstWholeOrganizationRunEndingAt(runs, lastToken.end) : undefined;
  if (!run) return null;
  let joined = '';
  for (let words = 1; words <= MAX_JOINED_BRAND_WORDS && last - words + 1 > run.firstToken; words += 1) {
    const word = tokens[last - words + 1];
    if (!word?.capitalized) return null;
    joined = asciiFoldKey(word.text) + joined;
    if (joined === brand.key) return run.firstToken;
    if (joined.length >= brand.key.length) return null;
  }
  return null;
}

/**
 * Two acronyms joined by a comma with no space, the whole bracket (`VH,TT&DL`): the short form as written and the
 * acronym its letters make without the comma (`VHTT&DL`), or null.
 */
function commaJoinedAcronyms(inside: readonly Token[]): { short: string; letters: string } | null {
  const [first, comma, second] = inside;
  if (inside.length !== 3 || !first || !comma || !second || comma.text !== ',') return null;
  if (!first.acronymLike || !second.acronymLike || first.end !== comma.start || comma.end !== second.start) return null;
  return { short: `${first.text},${second.text}`, letters: `${first.text}${second.text}` };
}

/** The organization's run ending at `end` that starts first, a whole name and no bare head; undefined when none. */
function firstWholeOrganizationRunEndingAt(runs: RunsByEnd, end: number): NameRun | undefined {
  let found: NameRun | undefined;
  for (const run of runs.endingAt(end)) {
    if (run.kind === 'organization' && !run.bare && (found === undefined || run.start < found.start)) found = run;
  }
  return found;
}

/** A body's code: one to three capitals then one to three digits (`A0`, `PC04`). */
const CODE_NAME = /^[A-Z]{1,3}[0-9]{1,3}$/u;

/**
 * `(SL Hydro)` after `Công ty Cổ phần Thủy điện Sông Lam`: a bracket of an acronym and one capitalized word (no
 * place, no acronym), right after an organization's whole name whose last words the acronym spells. The name's
 * first token, or null.
 */
function acronymAndWordAfterName(tokens: readonly Token[], runs: RunsByEnd, last: number, inside: readonly Token[]): number | null {
  const [acronym, word] = inside;
  if (inside.length !== 2 || !acronym || !word || !isAcronymCandidate(acronym)) return null;
  if (!word.isWord || !word.capitalized || word.acronymLike || isPlace(word.text)) return null;
  const lastToken = tokens[last];
  const letters = acronymLetters(acronym.text);
  if (!lastToken || !letters) return null;
  const run = firstWholeOrganizationRunEndingAt(runs, lastToken.end);
  if (!run) return null;
  const spelled = matchInitialsBackward(tokens, last, letters);
  return spelled > run.firstToken ? run.firstToken : null;
}

/** A word in Latin letters alone, no Vietnamese mark, capitalized: an English word (`Shipping`, `Games`). */
const ENGLISH_WORD = /^[A-Z][a-z]{2,14}$/u;

/**
 * An English word of a brand clipped from two (`AgriTech` of agricultural technology, `EduTech`): Latin letters alone,
 * a capital opening each part. A plain English word (`Wood`, `Water`) the dev sets' gold lists now as an acronym, now
 * as an alias alone, so it is left to the organizations' aliases.
 */
const BRAND_ENGLISH_WORD = /^[A-Z][a-z]+[A-Z][a-z]+$/u;
/** Most of the name's own words a brand keeps before its English word (`Hòa Bình Xanh Agri`). */
const MAX_BRAND_NAME_WORDS = 3;

/**
 * `(Phú An AgriTech)` after `Công ty Cổ phần Công nghệ Nông nghiệp Phú An`: a bracket of one to three capitalized
 * words the name ends with, the same words in the same order, then one clipped English word (`AgriTech`: no place),
 * right after an organization's whole name. The name's first token, or null.
 */
function nameWordsAndEnglishWordAfterName(tokens: readonly Token[], runs: RunsByEnd, last: number, inside: readonly Token[]): number | null {
  const nameWords = inside.length - 1;
  const word = inside[nameWords];
  if (nameWords < 1 || nameWords > MAX_BRAND_NAME_WORDS || !word || !word.isWord || word.text.length > 15 || !BRAND_ENGLISH_WORD.test(word.text)) return null;
  for (let offset = 1; offset <= nameWords; offset += 1) {
    const own = inside[nameWords - offset];
    const named = tokens[last + 1 - offset];
    if (!own || !named || !own.capitalized || own.acronymLike || own.key !== named.key) return null;
  }
  if (isPlace(word.text)) return null;
  const lastToken = tokens[last];
  const run = lastToken ? firstWholeOrganizationRunEndingAt(runs, lastToken.end) : undefined;
  // The name holds more than the brand's words: its head at least.
  return run && run.firstToken < last + 1 - nameWords ? run.firstToken : null;
}

/**
 * `(NHS Logistics)` after `Công ty Vận tải Biển Nam Hải`, `(SEA Games)` after `Đại hội Thể thao Đông Nam Á`: a
 * bracket of an acronym and one capitalized English word (no place), right after a whole name an organization's head
 * opens (an organization's, an event's). The acronym spells the English name, which the text does not write, so its
 * letters are not checked against the Vietnamese words. The name's first token, or null.
 */
function englishShortNameAfterName(tokens: readonly Token[], runs: RunsByEnd, last: number, inside: readonly Token[]): number | null {
  const [acronym, word] = inside;
  if (inside.length !== 2 || !acronym || !word || !isAcronymCandidate(acronym)) return null;
  if (!word.isWord || !ENGLISH_WORD.test(word.text) || isPlace(word.text)) return null;
  const lastToken = tokens[last];
  if (!lastToken) return null;
  // `Hiệp hội Doanh nghiệp nhỏ và vừa (SME Club)`: a name ending in lower-case words is taken where an organization's
  // whole name ends there; plain words before the bracket name nothing (`sàn tăng mạnh (VN Index)`).
  const named = lastToken.capitalized || lastToken.acronymLike;
  let first: NameRun | undefined;
  for (const run of runs.endingAt(lastToken.end)) {
    if (!run.bare && (named || run.kind === 'organization') && (first === undefined || run.firstToken < first.firstToken)) first = run;
  }
  if (first !== undefined) {
    const represented = bodyAfterRepresentativeOffice(tokens, first, last);
    return represented >= 0 ? represented : first.firstToken;
  }
  if (!named) return null;
  const headed = headedNameBefore(tokens, last);
  return headed >= 0 ? headed : null;
}
