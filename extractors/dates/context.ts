// The words around a match that decide whether it is a date: the words before it (`từ 1/7`, `Nghị định 15/2018`,
// `những năm qua`, `hồi tháng 3`) and after it (`2020 người`, `15/3 vừa qua`). Read character by character from the
// text (characters.ts) and looked up where they stand (phrases.ts): no regex, no array and no string per question.
import {
  codePointBefore,
  hasLowerCase,
  isBlankCode,
  isDigitCode,
  isLetterCode,
  isLetterOrNumberCode,
  isWordCode,
} from './characters.js';
import { DOCUMENT_WORDS, PLURAL_WORDS, QUANTITY_NOUNS, SHARE_NOUNS } from './lexicon.js';
import { PhraseSet } from './phrases.js';

const COLON = 58;
const PERCENT = 37;

// The words before an offset are read backwards: the last one ends after the spaces or tabs before the offset (and
// one colon, when asked), each one before it must be parted from the next by spaces or tabs, and the reading stops
// at punctuation or a line start.

/** Where the last word before `offset` ends: spaces and tabs skipped, and one colon after them when `skipColon`. */
function lastWordEnd(text: string, offset: number, skipColon: boolean): number {
  let end = offset;
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end -= 1;
  if (skipColon && text.charCodeAt(end - 1) === COLON) {
    end -= 1;
    while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end -= 1;
  }
  return end;
}

/** Where the word (letters) ending at `end` starts; `end` itself when no letter stands there. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

/** Where the word before the one starting at `start` ends, or -1 when no space or tab parts them. */
function previousWordEnd(text: string, start: number): number {
  if (!isBlankCode(text.charCodeAt(start - 1))) return -1;
  let end = start;
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end -= 1;
  return end;
}

/**
 * True when the last one, two … `count` words before `offset` (one colon after them skipped when `skipColon`) are
 * an entry of `set`: `từ 1/7`, `kể từ 1/7`, `Nghị định: 15/2018`.
 */
export function precededByAny(text: string, offset: number, set: PhraseSet, count = 3, skipColon = false): boolean {
  const end = lastWordEnd(text, offset, skipColon);
  let start = wordStart(text, end);
  if (start === end) return false;
  for (let found = 1; ; found += 1) {
    if (set.has(text, start, end)) return true;
    if (found === count) return false;
    const previousEnd = previousWordEnd(text, start);
    if (previousEnd < 0) return false;
    const previousStart = wordStart(text, previousEnd);
    if (previousStart === previousEnd) return false;
    start = previousStart;
  }
}

/**
 * True when an entry of `set` stands before `offset` once up to `maxSkipped` single words of `skippable` right
 * before `offset` are passed over: `kéo dài tới 3 giờ`, `mất khoảng gần 2 giờ` (a duration word, then words that
 * bound or round the number). Reads a bounded number of words.
 */
export function precededAcross(
  text: string,
  offset: number,
  set: PhraseSet,
  skippable: PhraseSet,
  maxSkipped: number,
): boolean {
  let end = offset;
  for (let skipped = 0; ; skipped += 1) {
    if (precededByAny(text, end, set)) return true;
    if (skipped === maxSkipped) return false;
    const wordEnd = lastWordEnd(text, end, false);
    const start = wordStart(text, wordEnd);
    if (start === wordEnd || !skippable.has(text, start, wordEnd)) return false;
    if (previousWordEnd(text, start) < 0) return false;
    end = start;
  }
}

/**
 * Where the words before `offset` start once up to `maxSkipped` single words of `skippable` right before it are
 * passed over (`offset` itself when none is): the place to ask what stands before `tới gần 23 giờ`'s nearness words.
 */
export function startBeforeSkipped(text: string, offset: number, skippable: PhraseSet, maxSkipped: number): number {
  let end = offset;
  for (let skipped = 0; skipped < maxSkipped; skipped += 1) {
    const wordEnd = lastWordEnd(text, end, false);
    const start = wordStart(text, wordEnd);
    if (start === wordEnd || !skippable.has(text, start, wordEnd)) return end;
    end = start;
  }
  return end;
}

/** Where the last word before `offset` starts (spaces and tabs skipped), or -1 when no word stands there. */
export function lastWordStart(text: string, offset: number): number {
  const end = lastWordEnd(text, offset, false);
  const start = wordStart(text, end);
  return start === end ? -1 : start;
}

/** True when the last word before `offset` is an entry of `set`. */
export function precededByWord(text: string, offset: number, set: PhraseSet): boolean {
  return precededByAny(text, offset, set, 1);
}

/**
 * True when a capitalized word among the three before `offset` does not open its sentence: the number belongs to a
 * name (`Diễn đàn Quốc gia 2023`, `APEC 2017`).
 */
export function capitalizedWordBefore(text: string, offset: number): boolean {
  const end = lastWordEnd(text, offset, false);
  let start = wordStart(text, end);
  if (start === end) return false;
  for (let found = 1; ; found += 1) {
    if (hasLowerCase(text.charCodeAt(start)) && !startsSentence(text, start)) return true;
    if (found === 3) return false;
    const previousEnd = previousWordEnd(text, start);
    if (previousEnd < 0) return false;
    const previousStart = wordStart(text, previousEnd);
    if (previousStart === previousEnd) return false;
    start = previousStart;
  }
}

const MIN_ACRONYM = 2;
const MAX_ACRONYM = 6;
/** How many words in lower case before an acronym make its phrase a common one. */
const LOWER_CASE_WORDS_BEFORE_ACRONYM = 2;

/** True when the word from `start` to `end` is all capitals, an acronym's length: `THPT`, `THCS`. */
function isCapitalsWord(text: string, start: number, end: number): boolean {
  if (end - start < MIN_ACRONYM || end - start > MAX_ACRONYM) return false;
  for (let index = start; index < end; index += 1) if (!hasLowerCase(text.charCodeAt(index))) return false;
  return true;
}

/**
 * Whether the word before `offset` is an acronym of three capitals or more opening a bracket: `Công ước … (SOLAS
 * 1974)`, a name's short form with its year, no date.
 */
export function acronymOpensBracket(text: string, offset: number): boolean {
  const end = lastWordEnd(text, offset, false);
  const start = wordStart(text, end);
  // three capitals or more: `(SN 1998)` is a year of birth
  return text.charCodeAt(start - 1) === 0x28 && end - start >= 3 && isCapitalsWord(text, start, end); // (
}

/**
 * True when the word before `offset` is an acronym in capitals after words in lower case (or one opening the
 * sentence): the acronym of a common noun inside a phrase in lower case (`kỳ thi tốt nghiệp THPT 2024`, `Kỳ thi
 * THPT 2025`), no name's (`Hội nghị APEC 2017`, `Giải thưởng Chất lượng Quốc gia 2023`).
 */
export function acronymInLowerCasePhrase(text: string, offset: number): boolean {
  const end = lastWordEnd(text, offset, false);
  let start = wordStart(text, end);
  if (!isCapitalsWord(text, start, end)) return false;
  for (let found = 0; found < LOWER_CASE_WORDS_BEFORE_ACRONYM; found += 1) {
    const previousEnd = previousWordEnd(text, start);
    if (previousEnd < 0) return false;
    const previousStart = wordStart(text, previousEnd);
    if (previousStart === previousEnd) return false;
    if (startsSentence(text, previousStart)) return true;
    if (hasLowerCase(text.charCodeAt(previousStart))) return false;
    start = previousStart;
  }
  return true;
}

// The words after an offset: the first after the spaces or tabs there (letters, digits or `%`), and a second of
// letters after one space or tab. Each is read up to LONGEST_WORD_AFTER characters.

/** A word may run this long after a match; a longer run is cut there. */
const LONGEST_WORD_AFTER = 30;

function skipBlanks(text: string, offset: number): number {
  let index = offset;
  while (isBlankCode(text.charCodeAt(index))) index += 1;
  return index;
}

/** Where the first word after `offset` ends (letters, digits or `%`); its start is `start`. */
function firstWordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < LONGEST_WORD_AFTER) {
    const code = text.charCodeAt(end);
    if (!isWordCode(code) && code !== PERCENT) break;
    end += 1;
  }
  return end;
}

/** Where the second word after the first (ending at `firstEnd`) ends: `firstEnd` when there is none. */
function secondWordEnd(text: string, firstEnd: number): number {
  if (!isBlankCode(text.charCodeAt(firstEnd))) return firstEnd;
  const secondStart = firstEnd + 1;
  let secondEnd = secondStart;
  while (secondEnd < text.length && secondEnd - secondStart < LONGEST_WORD_AFTER && isLetterCode(text.charCodeAt(secondEnd))) {
    secondEnd += 1;
  }
  return secondEnd === secondStart ? firstEnd : secondEnd;
}

/** True when the first word after `offset` is an entry of `set`: `năm qua đó`. */
export function followedByWord(text: string, offset: number, set: PhraseSet): boolean {
  const start = skipBlanks(text, offset);
  return set.has(text, start, firstWordEnd(text, start));
}

/** True when the first word after `offset`, or the first two, are an entry of `set`: `15/3 qua`, `15/3 vừa qua`. */
export function followedByAny(text: string, offset: number, set: PhraseSet): boolean {
  const start = skipBlanks(text, offset);
  const firstEnd = firstWordEnd(text, start);
  if (set.has(text, start, firstEnd)) return true;
  const end = secondWordEnd(text, firstEnd);
  return end > firstEnd && set.has(text, start, end);
}

const YEAR_OF_A_DATE = new PhraseSet(['năm nay', 'năm ngoái', 'năm trước', 'năm tới', 'năm sau', 'năm qua', 'năm đó']);

/** True when the words after `offset` begin with a counted noun or unit (`2020 người`, `8/10 điểm`, `30%`). */
export function followedByQuantityNoun(text: string, offset: number): boolean {
  const start = skipBlanks(text, offset);
  const firstEnd = firstWordEnd(text, start);
  if (firstEnd === start) return false;
  if (text.charCodeAt(start) === PERCENT) return true;
  const end = secondWordEnd(text, firstEnd);
  if (YEAR_OF_A_DATE.has(text, start, end)) return false; // `30/4 năm nay`: the year of the date, no counted noun
  return QUANTITY_NOUNS.has(text, start, firstEnd) || QUANTITY_NOUNS.has(text, start, end);
}

/**
 * True when the words after `offset` begin with a noun a share counts (SHARE_NOUNS) in lower case, and no name
 * follows it: `7/10 huyện, thị xã`, `3/5 xã đã về đích` are shares; in `từ 1/10 xã Tân Lập áp dụng` the noun heads a
 * name (a capital after it), the subject of a sentence the date opens.
 */
export function followedByShareNoun(text: string, offset: number): boolean {
  const start = skipBlanks(text, offset);
  const firstEnd = firstWordEnd(text, start);
  if (firstEnd === start || hasLowerCase(text.charCodeAt(start))) return false;
  const secondEnd = secondWordEnd(text, firstEnd);
  let nounEnd = -1;
  if (secondEnd > firstEnd && SHARE_NOUNS.has(text, start, secondEnd)) nounEnd = secondEnd;
  else if (SHARE_NOUNS.has(text, start, firstEnd)) nounEnd = firstEnd;
  if (nounEnd < 0) return false;
  const nextStart = skipBlanks(text, nounEnd);
  return nextStart === nounEnd || !hasLowerCase(text.charCodeAt(nextStart));
}

const PAST_AFTER = new PhraseSet(['vừa qua', 'vừa rồi', 'qua']);
const FUTURE_AFTER = new PhraseSet(['tới', 'sắp tới']);

/** Which way the words after a month or a quarter without its year point: `tháng 3 vừa qua`, `quý I tới`. */
export function directionAfter(text: string, offset: number): 'past' | 'future' | undefined {
  if (followedByAny(text, offset, PAST_AFTER)) return 'past';
  if (followedByAny(text, offset, FUTURE_AFTER)) return 'future';
  return undefined;
}

/** True when a document word or a code word stands just before `offset` (`Nghị định 15/2018`, `số 12/2023`). */
export function precededByDocumentWord(text: string, offset: number): boolean {
  return precededByAny(text, offset, DOCUMENT_WORDS, 2, true);
}

/** True when a counting word or a number stands just before `offset` (`những năm qua`, `10 năm qua`). */
export function precededByCount(text: string, offset: number): boolean {
  let index = offset;
  while (index > 0 && isBlankCode(text.charCodeAt(index - 1))) index -= 1;
  if (isDigitCode(text.charCodeAt(index - 1))) return true;
  return precededByWord(text, offset, PLURAL_WORDS);
}

/** Words a school grade's number follows: `lớp 9`, `khối 12`. */
const GRADE_WORDS = new PhraseSet(['lớp', 'khối']);

/**
 * True when digits stand just before `offset` (past spaces) and a grade's word before them (`sách lớp 9 năm nay`):
 * the number names a grade, it counts no unit after it. Read only once precededByCount has found the digits.
 */
export function precededByGradeNumber(text: string, offset: number): boolean {
  let index = offset;
  while (index > 0 && isBlankCode(text.charCodeAt(index - 1))) index -= 1;
  let digits = index;
  while (digits > 0 && isDigitCode(text.charCodeAt(digits - 1))) digits -= 1;
  return digits < index && digits >= index - 2 && precededByWord(text, digits, GRADE_WORDS);
}

/**
 * True when the word just before `offset` is one of `units` and a number or a counting word stands before it: `10
 * ngày đầu tháng 6`, `hai tuần cuối năm` (a period of its own), where a unit standing bare names a part of the date
 * after it (`tuần đầu tháng 12`, the first week of December, is early December).
 */
export function countedUnitBefore(text: string, offset: number, units: PhraseSet): boolean {
  const end = lastWordEnd(text, offset, false);
  const start = wordStart(text, end);
  return start !== end && units.has(text, start, end) && precededByCount(text, start);
}

/** Two words after a date without its year that say which way it lies and belong to it: `Tháng 12 vừa rồi`. */
const DIRECTION_WORDS = new PhraseSet(['vừa qua', 'vừa rồi', 'sắp tới']);

/**
 * Stretches a candidate without its year over `vừa qua`, `vừa rồi`, `sắp tới` just after it (`Tháng 12 vừa rồi`,
 * `quý IV vừa qua`, `15/3 sắp tới`): the words say which month or day it is, and are the date's. Returns it.
 */
export function withDirectionWords<T extends { end: number }>(found: T, text: string): T {
  const start = skipBlanks(text, found.end);
  if (start === found.end) return found;
  const firstEnd = firstWordEnd(text, start);
  const end = secondWordEnd(text, firstEnd);
  if (end > firstEnd && DIRECTION_WORDS.has(text, start, end)) found.end = end;
  return found;
}

const HANG = new PhraseSet(['hàng']);

/**
 * True when `hàng` just before `offset` follows another word, which makes it the noun "goods" (`giao hàng cuối năm`,
 * `đơn hàng cuối tháng`), not "every" (`hàng năm`): precededByCount reads it as a count, wrongly there.
 */
export function precededByGoodsWord(text: string, offset: number): boolean {
  const end = lastWordEnd(text, offset, false);
  const start = wordStart(text, end);
  if (start === end || !HANG.has(text, start, end)) return false;
  const previousEnd = previousWordEnd(text, start);
  return previousEnd >= 0 && wordStart(text, previousEnd) < previousEnd;
}

/** How far before an offset numberPairBefore reads: its window starts there as if the text did. */
const NUMBER_PAIR_REACH = 16;
/** What may stand between the numbers of a pair (besides a space or tab either side): `-`, `–`, `:`. */
const isPairJoiner = (code: number): boolean => code === 0x2d || code === 0x2013 || code === COLON;
/** What may not stand before the first number of a pair, besides a letter or a number: `.`, `,`, `/`. */
const isNumberJoiner = (code: number): boolean => code === 0x2e || code === 0x2c || code === 0x2f;

/** The value of the digits from `start` to `end`. */
function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

/**
 * The two numbers of a pair written just before `offset` (`3-1`, `2 – 3`, `1:0`), or null: a score or a range of
 * counts. Reads the NUMBER_PAIR_REACH characters before `offset` only, backwards, as
 * `(?<![\p{L}\p{N}.,/])(\d{1,3})[ \t]?[-–:][ \t]?(\d{1,3})[ \t]*$` would read them cut out of the text (no copy).
 */
export function numberPairBefore(text: string, offset: number): readonly [number, number] | null {
  const from = Math.max(0, offset - NUMBER_PAIR_REACH);
  let index = offset;
  while (index > from && isBlankCode(text.charCodeAt(index - 1))) index -= 1;
  const secondEnd = index;
  while (index > from && isDigitCode(text.charCodeAt(index - 1))) index -= 1;
  const secondStart = index;
  if (secondEnd - secondStart < 1 || secondEnd - secondStart > 3) return null;
  if (index > from && isBlankCode(text.charCodeAt(index - 1))) index -= 1;
  if (index <= from || !isPairJoiner(text.charCodeAt(index - 1))) return null;
  index -= 1;
  if (index > from && isBlankCode(text.charCodeAt(index - 1))) index -= 1;
  const firstEnd = index;
  while (index > from && isDigitCode(text.charCodeAt(index - 1))) index -= 1;
  const firstStart = index;
  if (firstEnd - firstStart < 1 || firstEnd - firstStart > 3) return null;
  if (firstStart > from) {
    // a surrogate pair cut by the window's start is a lone surrogate to it, no letter
    const before = firstStart - 2 >= from ? codePointBefore(text, firstStart) : text.charCodeAt(firstStart - 1);
    if (isLetterOrNumberCode(before) || isNumberJoiner(before)) return null;
  }
  return [digitsValue(text, firstStart, firstEnd), digitsValue(text, secondStart, secondEnd)];
}

/** Words just before a date that place it in the past: `hồi tháng 3`, `hồi đầu tháng 3`, `từ hồi 2/9`. */
const PAST_MARKERS = new PhraseSet(['hồi']);
const MOD_BETWEEN = new PhraseSet(['đầu', 'giữa', 'cuối', 'ngày', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm']);

/** True when `hồi` ("back in") stands before `offset`, perhaps with a modifier or a day word between. */
export function markedAsPast(text: string, offset: number): boolean {
  const end = lastWordEnd(text, offset, false);
  const start = wordStart(text, end);
  if (start === end) return false;
  if (PAST_MARKERS.has(text, start, end)) return true;
  const previousEnd = previousWordEnd(text, start);
  if (previousEnd < 0 || !MOD_BETWEEN.has(text, start, end)) return false;
  return PAST_MARKERS.has(text, wordStart(text, previousEnd), previousEnd);
}

/** What may end the text before a sentence: a line break, a full stop, a colon, a quote, a dash. */
const SENTENCE_OPENERS: ReadonlySet<number> = new Set([...'\n.!?:;"“”\'(–-'].map((char) => char.charCodeAt(0)));

/** True when a sentence starts at `offset`: only spaces after a line start, a full stop, a colon or a quote. */
export function startsSentence(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0 && isBlankCode(text.charCodeAt(index))) index -= 1;
  return index < 0 || SENTENCE_OPENERS.has(text.charCodeAt(index));
}


/** How far back from a date its clause is read for the tense: a clause is seldom longer. */
const CLAUSE_REACH = 160;
/** What ends the clause before a date: a sentence's or a clause's punctuation, a line break. */
const CLAUSE_BOUNDARIES: ReadonlySet<number> = new Set([...'\n.!?;:,'].map((char) => char.charCodeAt(0)));
/** `sẽ` (will): the clause tells of what is to come. */
const FUTURE_WORD = 'sẽ';
/** Words that put the clause in the past, nearer the date than `sẽ` would be: `đã`, `vừa`, `từng`. */
const PAST_WORDS: ReadonlySet<string> = new Set(['đã', 'vừa', 'từng', 'hồi']);

/**
 * The words of a plan or a goal by their second syllable, and the first syllable each needs (`dự kiến`, `mục tiêu`,
 * `phấn đấu`, `kế hoạch`): what they set lies ahead of the writer.
 */
const PLAN_WORDS: ReadonlyMap<string, string> = new Map([['kiến', 'dự'], ['tiêu', 'mục'], ['đấu', 'phấn'], ['hoạch', 'kế']]);

/**
 * True when the clause of a date (from the last comma, semicolon, colon or sentence end before `offset`, CLAUSE_REACH
 * at most) says `sẽ` or sets a plan or a goal (PLAN_WORDS) before it: `chúng tôi đặt mục tiêu vượt 60.000 lượt vào năm
 * sau`. A dot or comma between digits (`60.000`, `1,5`) ends no clause.
 */
export function plannedInClause(text: string, offset: number): boolean {
  const from = Math.max(0, offset - CLAUSE_REACH);
  let end = offset;
  let after = '';
  while (end > from) {
    while (end > from && !isLetterCode(text.charCodeAt(end - 1))) {
      const code = text.charCodeAt(end - 1);
      if (CLAUSE_BOUNDARIES.has(code) && !(isDigitCode(text.charCodeAt(end - 2)) && isDigitCode(text.charCodeAt(end)))) return false;
      end -= 1;
    }
    const start = wordStart(text, end);
    if (start === end || start < from) return false;
    const word = text.slice(start, end).toLowerCase();
    if (word === FUTURE_WORD || PLAN_WORDS.get(after) === word) return true;
    after = word;
    end = start;
  }
  return false;
}

/**
 * True when the clause of a date (from the last comma, colon or sentence end before `offset`, CLAUSE_REACH at most)
 * says `sẽ` (will) before it and no `đã`, `vừa`, `từng` or `hồi` stands between: `Thông tin sẽ được công bố vào đầu
 * tháng 3` tells of a March to come. Read word by word backwards, no copy of the clause.
 */
export function futureInClause(text: string, offset: number): boolean {
  const from = Math.max(0, offset - CLAUSE_REACH);
  let end = offset;
  while (end > from) {
    while (end > from && !isLetterCode(text.charCodeAt(end - 1))) {
      if (CLAUSE_BOUNDARIES.has(text.charCodeAt(end - 1))) return false;
      end -= 1;
    }
    const start = wordStart(text, end);
    if (start === end || start < from) return false;
    const word = text.slice(start, end).toLowerCase();
    if (word === FUTURE_WORD) return true;
    if (PAST_WORDS.has(word)) return false;
    end = start;
  }
  return false;
}
