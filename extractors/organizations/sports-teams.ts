// Sports teams named without an organization head: a report names clubs bare (`Biên Phòng`, `Sanest Khánh Hòa`),
// even by a province (`Hà Tĩnh`). A bare name is a team only where a result or a coach says so:
// - the side beaten with the score after it: `thắng Hà Tĩnh 3-0`, `đánh bại X với tỷ số 3-1`;
// - the side a score was won against: `chiến thắng 3-1 trước Hà Nội I`;
// - the winner of such a result: `X đã lội ngược dòng thắng Y với tỷ số 3-2`, one acronym-like word too (`PVF-CAND`);
// - both sides of a draw with its score: `X và Y hòa nhau 2-2`, `X và Y chia điểm 1-1` (a province's team too);
// - in a report where such a result named teams, a side after `đội` (`đội chủ nhà Đồng Nai`, `đội khách X`);
// - the club of a coach: `HLV X của Y`, `HLV trưởng của Y`;
// - the club in brackets after a player: `Đinh Thị B (Sài Gòn Smash)` (never a place: `(Hà Nội)` is where she is from);
// - the club after `Câu lạc bộ (CLB)`.
// Once a team, every other mention of the same name is the team's, also where a person's name after a post follows
// it in one capitalized run (`HLV trưởng Saigon Heat Matthew Brennan`).
// A province in ordinary news is never a team: every rule but the result's needs a name that is no place, a
// result needs its score, and a side after `đội` needs a result elsewhere in the report.
import type { Token } from '../../pipeline/document.js';
import { isPlace, lookupPlace } from '../shared/places.js';
import { isFamilyName } from '../people/lexicon.js';
import { ORGANIZATION_HEAD_PHRASES } from './lexicon.js';
import { anchoredWord, includesAnyWord, includesDigitHyphenDigit, type AnchoredWord } from './plain-text.js';

export interface TeamMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const MAX_TEAM_TOKENS = 6;
const SCORE = /^\d{1,3}-\d{1,3}$/u;
/** An age group's team (`U20`, `U23`). */
const AGE_GROUP = /^U\d{1,2}$/u;
const ROMAN = new Set(['I', 'II', 'III', 'IV', 'V']);
/** Verbs of a result whose object is the other side (`thắng`, `đánh bại`), by their tokens' keys. */
const RESULT_VERBS: readonly (readonly string[])[] = [
  ['thắng'], ['đánh', 'bại'], ['hạ'], ['vượt', 'qua'], ['thua'], ['hòa'], ['hoà'], ['gặp'], ['đè', 'bẹp'],
];
/** Lower-case words between a winner and its verb: `đã lội ngược dòng thắng`. */
const MAX_WORDS_BEFORE_VERB = 4;
const COACH_KEYS = new Set(['hlv']);
/** Sports after `CLB` in a club's full name (`CLB Cầu lông Thăng Long Hà Nội` is `CLB Thăng Long Hà Nội`). */
const SPORT_KEYS: readonly string[] = [
  'bóng đá', 'bóng chuyền', 'cầu lông', 'bóng rổ', 'bóng bàn', 'quần vợt', 'pickleball', 'cờ vua', 'võ thuật', 'bơi lội', 'điền kinh',
];
const CLUB_PREFIXES: readonly string[] = ['clb ', 'câu lạc bộ '];

/** Other folded keys of a club's name: with and without its sport after the head. */
export function clubAliasKeys(key: string): string[] {
  const aliases: string[] = [];
  for (const prefix of CLUB_PREFIXES) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const sport = SPORT_KEYS.find((word) => rest.startsWith(`${word} `));
    if (sport !== undefined) aliases.push(prefix + rest.slice(sport.length + 1));
    else for (const word of SPORT_KEYS) aliases.push(`${prefix}${word} ${rest}`);
  }
  return aliases;
}

/** Heads of a club's name (`CLB Hà Nội`). */
const CLUB_HEAD_KEYS: ReadonlySet<string> = new Set(['clb']);

/** Each sport's keys word by word (`bóng`, `bàn`), split once. */
const SPORT_WORDS: readonly (readonly string[])[] = SPORT_KEYS.map((sport) => sport.split(' '));

/** Whether a sport's words (`Bóng bàn`) start at token `at`. */
function sportAt(tokens: readonly Token[], at: number): boolean {
  return SPORT_WORDS.some((words) => words.every((word, index) => tokens[at + index]?.key === word));
}

function isNamePart(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && (token.capitalized || token.acronymLike || ROMAN.has(token.text));
}

/** The end (exclusive token index) of the capitalized run starting at `first`, or `first` when none starts there. */
function runEnd(tokens: readonly Token[], first: number): number {
  let end = first;
  while (end < tokens.length && end - first < MAX_TEAM_TOKENS && isNamePart(tokens[end]) && (end === first || !tokens[end]?.breakBefore)) end += 1;
  return end < tokens.length && end - first >= MAX_TEAM_TOKENS && isNamePart(tokens[end]) ? first : end;
}

/** The first words of the result verbs: most tokens are none, and need no further look. */
const RESULT_VERB_FIRST_KEYS: ReadonlySet<string> = new Set(RESULT_VERBS.map((verb) => verb[0] as string));

function verbAt(tokens: readonly Token[], at: number): number {
  if (!RESULT_VERB_FIRST_KEYS.has(tokens[at]?.key ?? '')) return 0;
  for (const verb of RESULT_VERBS) {
    let matched = true;
    for (let word = 0; word < verb.length && matched; word += 1) matched = tokens[at + word]?.key === verb[word];
    if (matched) return verb.length;
  }
  return 0;
}

function isScoreAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token !== undefined && SCORE.test(token.text)) return true;
  // `với tỷ số 3-2`
  const key = tokens[at + 1]?.key;
  return tokens[at]?.key === 'với' && (key === 'tỷ' || key === 'tỉ') && tokens[at + 2]?.key === 'số' && SCORE.test(tokens[at + 3]?.text ?? '');
}

/** The first two words of the run from `first` name a place (`Cao Bằng Sơn Trà`: a province, then a sponsor's name). */
function opensWithPlace(tokens: readonly Token[], text: string, first: number, end: number): boolean {
  const second = tokens[first + 1];
  return end - first > 2 && second !== undefined && isPlace(text.slice((tokens[first] as Token).start, second.end));
}

function looksLikePerson(tokens: readonly Token[], text: string, first: number, end: number, name: string): boolean {
  if (end - first < 2 || end - first > 4 || !isFamilyName(tokens[first]?.key ?? '')) return false;
  for (let at = first; at < end; at += 1) if (!tokens[at]?.capitalized || ROMAN.has(tokens[at]?.text ?? '')) return false;
  return !isPlace(name) && !opensWithPlace(tokens, text, first, end);
}

/** `người Tây Ban Nha Miguel Rodríguez`: a run after `người` (one's nationality) or opening with a country is no team. */
function nationalityRun(tokens: readonly Token[], text: string, first: number): boolean {
  if (tokens[first - 1]?.key === 'người') return true;
  for (let words = 1; words <= 3; words += 1) {
    const last = tokens[first + words - 1];
    if (last === undefined || (words > 1 && last.breakBefore)) return false;
    if (lookupPlace(text.slice((tokens[first] as Token).start, last.end))?.kind === 'country') return true;
  }
  return false;
}

/** The opponent run after a result verb at `at` (one adverb allowed: `thắng nhanh X`), when a score follows it. */
function opponentAfterVerb(tokens: readonly Token[], text: string, at: number): readonly [number, number] | null {
  const length = verbAt(tokens, at);
  if (length === 0) return null;
  for (let first = at + length; first <= at + length + 1; first += 1) {
    const token = tokens[first];
    if (token === undefined) return null;
    if (isNamePart(token)) {
      const end = runEnd(tokens, first);
      if (end === first || !isScoreAt(tokens, end)) return null;
      const name = text.slice(token.start, (tokens[end - 1] as Token).end);
      return looksLikePerson(tokens, text, first, end, name) ? null : [first, end];
    }
    if (!token.lower) return null;
  }
  return null;
}

function isCoachAt(tokens: readonly Token[], at: number): number {
  if (COACH_KEYS.has(tokens[at]?.key ?? '')) return 1;
  if (tokens[at]?.key === 'huấn' && tokens[at + 1]?.key === 'luyện' && tokens[at + 2]?.key === 'viên') return 3;
  return 0;
}

/**
 * Words only a sports report uses (a coach, a club, a player, a medal), found by native search, each by its anchor
 * first (plain-text.ts).
 */
const SPORTS_WORDS: readonly AnchoredWord[] = [
  anchoredWord('HLV', 'HLV'),
  anchoredWord('uấn luyện viên', 'ấn luyện viên'),
  anchoredWord('CLB', 'CLB'),
  anchoredWord('âu lạc bộ', 'âu lạc bộ'),
  anchoredWord('VĐV', 'VĐV'),
  anchoredWord('ận động viên', 'ận động viên'),
  anchoredWord('ay vợt', 'y vợ'),
  anchoredWord('ầu thủ', 'ầu thủ'),
  anchoredWord('uy chương', 'y chươ'),
];

/**
 * Whether the article reads like a sports report at all: a score (`3-0`), a coach, a club, a player or a medal. Every
 * rule below needs one, so the other articles (nearly all) skip the pass over their tokens for a few native scans.
 */
function mayNameTeams(text: string): boolean {
  return includesAnyWord(text, SPORTS_WORDS) || includesDigitHyphenDigit(text);
}

/** A word written in plain Latin letters, no Vietnamese mark: `Heat`, `Brennan`. */
const PLAIN_LATIN_WORD = /^[A-Z][a-z]+$/u;

/**
 * `HLV trưởng Saigon Heat Matthew Brennan`: a team found by a rule above, written right before a person's name
 * after a lower-case word or `HLV` (a post: `HLV trưởng`, `ngoại binh`), joins the person's name in one capitalized run.
 * The team is the run's first words when the last two or three read as a person: a Vietnamese name (a family name
 * first) or a foreign one (plain Latin words). A longer name of the team (`Hà Nội FC` after `Hà Nội`) keeps one
 * word past it and is left whole.
 */
function teamBeforePerson(tokens: readonly Token[], text: string, names: ReadonlySet<string>, runFirst: number, end: number): TeamMention | null {
  // `HLV Saigon Heat ...`: the coach's abbreviation, capitalized, opens the run itself.
  const coachFirst = COACH_KEYS.has(tokens[runFirst]?.key ?? '');
  const first = coachFirst ? runFirst + 1 : runFirst;
  const previous = tokens[first - 1];
  if (!coachFirst && (previous === undefined || !previous.isWord || !previous.lower || tokens[first]?.breakBefore)) return null;
  for (let personWords = 2; personWords <= 3; personWords += 1) {
    const teamEnd = end - personWords;
    if (teamEnd <= first) return null;
    const name = text.slice((tokens[first] as Token).start, (tokens[teamEnd - 1] as Token).end);
    if (!names.has(name)) continue;
    const person = text.slice((tokens[teamEnd] as Token).start, (tokens[end - 1] as Token).end);
    let foreign = true;
    for (let at = teamEnd; at < end && foreign; at += 1) foreign = PLAIN_LATIN_WORD.test(tokens[at]?.text ?? '');
    if (!foreign && !looksLikePerson(tokens, text, teamEnd, end, person)) return null;
    const start = (tokens[first] as Token).start;
    return { name, start, end: start + name.length };
  }
  return null;
}

/** The run of capitalized words ending right before token `end`: its first token, or `end` when none ends there. */
function runStartBefore(tokens: readonly Token[], end: number): number {
  let first = end;
  while (first > 0 && end - first < MAX_TEAM_TOKENS && isNamePart(tokens[first - 1]) && (first === end || !tokens[first]?.breakBefore)) first -= 1;
  return first;
}

/** `hòa nhau`, `hoà nhau`, `chia điểm` at token `at`: a draw, its score after these two words. */
function isDrawAt(tokens: readonly Token[], at: number): boolean {
  const key = tokens[at]?.key;
  const next = tokens[at + 1]?.key;
  return ((key === 'hòa' || key === 'hoà') && next === 'nhau') || (key === 'chia' && next === 'điểm');
}

/** The dash written between two words alone (` - `, ` – `), joining two runs into one name. */
function isJoiningDash(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '-' || token.text === '–');
}

/** The end of a second run joined by a dash to a run ending at `end` (`Bà Rịa - Vũng Tàu`), or `end` when none. */
function dashedRunEnd(tokens: readonly Token[], end: number): number {
  if (!isJoiningDash(tokens[end]) || !isNamePart(tokens[end + 1])) return end;
  const joined = runEnd(tokens, end + 1);
  return joined > end + 1 ? joined : end;
}

/** The first token of a run ending at `end`, taking a first run joined by a dash (`Bà Rịa - Vũng Tàu`). */
function dashedRunStartBefore(tokens: readonly Token[], end: number): number {
  const first = runStartBefore(tokens, end);
  if (first === end || !isJoiningDash(tokens[first - 1])) return first;
  const before = runStartBefore(tokens, first - 1);
  return before < first - 1 ? before : first;
}

/** `X và Y` right before token `at`, two names of two words or more that are no person's: [X first, X end, Y first, Y end]. */
function sidesBefore(tokens: readonly Token[], text: string, at: number): readonly [number, number, number, number] | null {
  const secondFirst = dashedRunStartBefore(tokens, at);
  if (at - secondFirst < 2 || tokens[secondFirst - 1]?.key !== 'và') return null;
  const firstEnd = secondFirst - 1;
  const firstFirst = dashedRunStartBefore(tokens, firstEnd);
  if (firstEnd - firstFirst < 2) return null;
  const one = text.slice((tokens[firstFirst] as Token).start, (tokens[firstEnd - 1] as Token).end);
  const two = text.slice((tokens[secondFirst] as Token).start, (tokens[at - 1] as Token).end);
  if (looksLikePerson(tokens, text, firstFirst, firstEnd, one) || looksLikePerson(tokens, text, secondFirst, at, two)) return null;
  return [firstFirst, firstEnd, secondFirst, at];
}

/**
 * The capitalized run from `first` to `end` stops inside an organization's head that goes on in lower case (`Trường
 * Đại` of `trước Trường Đại học X`): the organization names read that side whole, no bare team.
 */
function cutsHead(tokens: readonly Token[], first: number, end: number): boolean {
  const head = ORGANIZATION_HEAD_PHRASES.longestAt(tokens, first);
  return head !== null && head.words > end - first;
}

/** Teams a sports report names bare, each mention of each in order. */
export function findSportsTeams(text: string, tokens: readonly Token[]): TeamMention[] {
  if (!mayNameTeams(text)) return [];
  const names = new Set<string>();
  const sides: string[] = [];
  // A beaten side may be a province's team (`thắng Hà Tĩnh 3-0`), never a country's: a national team is no club.
  // A name opening with `CLB` is headed: the organization names read it whole, with its lower-case words
  // (`CLB Quân đội thắng ...`, `trước CLB Công an Nhân dân`), where a run of capitalized words would cut it.
  const add = (first: number, end: number): void => {
    const name = text.slice((tokens[first] as Token).start, (tokens[end - 1] as Token).end);
    if (lookupPlace(name)?.kind !== 'country' && !CLUB_HEAD_KEYS.has(tokens[first]?.key ?? '') && !cutsHead(tokens, first, end)) names.add(name);
  };
  const addUnlessPlace = (first: number, end: number): void => {
    const name = text.slice((tokens[first] as Token).start, (tokens[end - 1] as Token).end);
    if (!isPlace(name) && !CLUB_HEAD_KEYS.has(tokens[first]?.key ?? '') && !cutsHead(tokens, first, end)) names.add(name);
  };
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (!token.isWord && token.text !== '(') continue;
    const opponent = opponentAfterVerb(tokens, text, at);
    if (opponent !== null) {
      add(opponent[0], opponent[1]);
      // The winner: a team written right before the verb, a few lower-case words apart.
      let before = at - 1;
      while (before >= 0 && at - before <= MAX_WORDS_BEFORE_VERB && tokens[before]?.lower) before -= 1;
      if (isNamePart(tokens[before])) {
        let first = before;
        while (first > 0 && before - first < MAX_TEAM_TOKENS - 1 && isNamePart(tokens[first - 1]) && !tokens[first]?.breakBefore) first -= 1;
        const name = text.slice((tokens[first] as Token).start, (tokens[before] as Token).end);
        // One word is a team only as an acronym-like club name (`PVF-CAND thắng ...`): `Họ thắng ...` is none.
        const named = before > first || (tokens[first] as Token).acronymLike;
        if (named && !looksLikePerson(tokens, text, first, before + 1, name) && !nationalityRun(tokens, text, first)) addUnlessPlace(first, before + 1);
      }
      continue;
    }
    // `chiến thắng 4-2 của X trước Y`: the winner after `của`, the beaten side after `trước`.
    if (tokens[at + 1]?.key === 'của' && SCORE.test(token.text) && isNamePart(tokens[at + 2])) {
      const end = runEnd(tokens, at + 2);
      if (end > at + 3) {
        const name = text.slice((tokens[at + 2] as Token).start, (tokens[end - 1] as Token).end);
        if (!looksLikePerson(tokens, text, at + 2, end, name)) add(at + 2, end);
        if (tokens[end]?.key === 'trước' && isNamePart(tokens[end + 1])) {
          const otherEnd = runEnd(tokens, end + 1);
          const other = text.slice((tokens[end + 1] as Token).start, (tokens[otherEnd - 1] as Token).end);
          if (otherEnd > end + 1 && !looksLikePerson(tokens, text, end + 1, otherEnd, other)) add(end + 1, otherEnd);
        }
      }
      continue;
    }
    // `X và Y hòa nhau 3-3`, `X và Y chia điểm 1-1`: both sides of a draw, right before it, a province's team too
    // (the score right after says they are sides).
    if (isDrawAt(tokens, at) && SCORE.test(tokens[at + 2]?.text ?? '')) {
      const sides = sidesBefore(tokens, text, at);
      if (sides !== null) {
        add(sides[0], sides[1]);
        add(sides[2], sides[3]);
      }
      continue;
    }
    // `đội chủ nhà Đồng Nai`, `đội khách Huế`, `đội bóng Hà Tĩnh`: a side named after `đội`, kept for a match report.
    if (token.text === 'đội') {
      let first = at + 1;
      if (tokens[first]?.key === 'chủ' && tokens[first + 1]?.key === 'nhà') first += 2;
      else if (tokens[first]?.key === 'khách' || tokens[first]?.key === 'bóng') first += 1;
      const end = runEnd(tokens, first);
      // `đội U20`: an age group of a club, no club.
      if (end > first && !tokens[first]?.breakBefore && !AGE_GROUP.test(tokens[first]?.text ?? '')) {
        const name = text.slice((tokens[first] as Token).start, (tokens[end - 1] as Token).end);
        if (!looksLikePerson(tokens, text, first, end, name) && lookupPlace(name)?.kind !== 'country' && !CLUB_HEAD_KEYS.has(tokens[first]?.key ?? '')) sides.push(name);
      }
      continue;
    }
    // `3-1 trước Hà Nội I`
    if (tokens[at + 1]?.key === 'trước' && SCORE.test(token.text) && isNamePart(tokens[at + 2])) {
      const end = runEnd(tokens, at + 2);
      if (end > at + 2) {
        const name = text.slice((tokens[at + 2] as Token).start, (tokens[end - 1] as Token).end);
        if (!looksLikePerson(tokens, text, at + 2, end, name)) add(at + 2, end);
      }
      continue;
    }
    // `HLV X của Y`, `HLV trưởng của Y`, `huấn luyện viên (HLV) X của Y`
    const coach = isCoachAt(tokens, at);
    if (coach > 0) {
      let next = at + coach;
      const head = tokens[next]?.key === 'trưởng';
      if (head) next += 1;
      if (tokens[next]?.text === '(' && COACH_KEYS.has(tokens[next + 1]?.key ?? '') && tokens[next + 2]?.text === ')') next += 3;
      const holderEnd = runEnd(tokens, next);
      // `huấn luyện viên của Hội ...` without a coach named: a body's trainer, no team.
      if ((holderEnd > next || head) && tokens[holderEnd]?.key === 'của' && isNamePart(tokens[holderEnd + 1])) {
        const end = runEnd(tokens, holderEnd + 1);
        if (end > holderEnd + 1) addUnlessPlace(holderEnd + 1, end);
      }
      continue;
    }
    // `Câu lạc bộ (CLB) X`; not `Câu lạc bộ (CLB) Bóng bàn X`, whose sport opens the name (the words after it
    // may go on in lower case: `Quân đội`), read whole by the organization names.
    if (token.key === 'câu' && tokens[at + 1]?.key === 'lạc' && tokens[at + 2]?.key === 'bộ' && tokens[at + 3]?.text === '(' && tokens[at + 4]?.key === 'clb' && tokens[at + 5]?.text === ')') {
      const end = runEnd(tokens, at + 6);
      if (end > at + 6 && !sportAt(tokens, at + 6)) addUnlessPlace(at + 6, end);
      continue;
    }
    // `Đinh Thị B (Sài Gòn Smash)`: a player's club.
    if (token.text === '(' && isNamePart(tokens[at + 1]) && at >= 2) {
      const end = runEnd(tokens, at + 1);
      // Two words at least: `(Ảnh)`, `(Mỹ)` are no club.
      if (tokens[end]?.text !== ')' || end - at < 3 || tokens[at + 1]?.acronymLike) continue;
      // The player: the longest run of two to four capitalized words before the bracket that reads as a person's
      // name (`Tay vợt Trần Thị Hoa (`: from `Trần`).
      for (let first = Math.max(0, at - 4); first <= at - 2; first += 1) {
        if (!isNamePart(tokens[first]) || tokens[first]?.breakBefore && first > at - 4) continue;
        const person = text.slice((tokens[first] as Token).start, (tokens[at - 1] as Token).end);
        if (looksLikePerson(tokens, text, first, at, person)) {
          addUnlessPlace(at + 1, end);
          break;
        }
      }
    }
  }
  if (names.size === 0) return [];
  // A side after `đội` is a team only where a result has named teams: `đội Hà Nội` elsewhere may be any crew.
  for (const name of sides) names.add(name);
  // Every mention of each team, as a whole run.
  const mentions: TeamMention[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    if (!isNamePart(tokens[at]) || isNamePart(tokens[at - 1])) continue;
    let end = runEnd(tokens, at);
    if (end === at) continue;
    const start = (tokens[at] as Token).start;
    // `Bà Rịa - Vũng Tàu`: a name of two runs joined by a dash.
    const joined = dashedRunEnd(tokens, end);
    if (joined > end && names.has(text.slice(start, (tokens[joined - 1] as Token).end))) end = joined;
    const name = text.slice(start, (tokens[end - 1] as Token).end);
    if (names.has(name)) mentions.push({ name, start, end: start + name.length });
    else {
      const team = teamBeforePerson(tokens, text, names, at, end);
      if (team !== null) mentions.push(team);
    }
    at = end - 1;
  }
  return mentions;
}

/** A coach named in the article: a national team's staff, so `đội tuyển` + a country is the team, no crew. */
const COACH_WORDS: readonly AnchoredWord[] = [anchoredWord('HLV', 'HLV'), anchoredWord('uấn luyện viên', 'ấn luyện viên')];
/** Lower-case words of a sport or a side between `đội tuyển` and its country (`đội tuyển futsal nữ Việt Nam`). */
const NATIONAL_TEAM_WORDS: ReadonlySet<string> = new Set(['bóng', 'đá', 'chuyền', 'rổ', 'futsal', 'nữ', 'nam', 'trẻ', 'bàn', 'điền', 'kinh']);
/** Most words between `đội tuyển` and its country. */
const MAX_NATIONAL_TEAM_WORDS = 3;
/** Most words of a country's name (`Hàn Quốc`, `Cộng hòa Séc`). */
const MAX_COUNTRY_WORDS = 3;

/** The end (exclusive token index) of a country's name starting at `first`, or -1. */
function countryEnd(tokens: readonly Token[], text: string, first: number): number {
  let found = -1;
  for (let words = 1; words <= MAX_COUNTRY_WORDS; words += 1) {
    const last = tokens[first + words - 1];
    if (last === undefined || !last.capitalized || (words > 1 && last.breakBefore)) break;
    if (lookupPlace(text.slice((tokens[first] as Token).start, last.end))?.kind === 'country') found = first + words;
  }
  return found;
}

/**
 * A country's national team named in lower case (`đội tuyển Việt Nam`, `đội tuyển bóng đá nữ Thái Lan`) in a report
 * that names a coach: the team whose staff the posts name (`HLV trưởng X`, `Trợ lý HLV Y`), an organization
 * listed under its lower-case name, with its capitalized mentions (a headline's, a sentence's first words). Not in
 * an article with no coach (`đội tuyển Việt Nam giành 2 Huy chương Vàng`: a school contest's team, no staff), nor
 * where only a headline names it.
 */
export function findNationalTeams(text: string, tokens: readonly Token[]): TeamMention[] {
  if (!includesAnyWord(text, COACH_WORDS)) return [];
  const mentions: TeamMention[] = [];
  let lowerName: string | null = null;
  for (let at = 0; at + 2 < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (token.key !== 'đội' || tokens[at + 1]?.key !== 'tuyển' || tokens[at + 1]?.breakBefore) continue;
    let next = at + 2;
    while (next - at - 2 < MAX_NATIONAL_TEAM_WORDS && NATIONAL_TEAM_WORDS.has(tokens[next]?.text ?? '')) next += 1;
    const end = tokens[next]?.breakBefore ? -1 : countryEnd(tokens, text, next);
    if (end < 0) continue;
    const written = text.slice(token.start, (tokens[end - 1] as Token).end);
    if (token.text === 'đội' && lowerName === null) lowerName = written;
    mentions.push({ name: written, start: token.start, end: token.start + written.length });
    at = end - 1;
  }
  if (lowerName === null) return [];
  const name = lowerName;
  const key = name.toLowerCase();
  const found: TeamMention[] = [];
  for (const mention of mentions) if (mention.name.toLowerCase() === key) found.push({ name, start: mention.start, end: mention.end });
  return found;
}
