// The unit a head's title names when the organizations stage found no name there: `Trưởng khoa Cấp cứu` is the
// head of `Khoa Cấp cứu`, `Phó trưởng phòng Kinh doanh` of `Phòng Kinh doanh`, `Trưởng ban Tuyên giáo Tỉnh ủy` of
// `Ban Tuyên giáo Tỉnh ủy`. The unit's name starts with a capital (`Cấp`) and runs on over lower-case words, as
// Vietnamese writes the names of departments, until a word that starts the rest of the clause.
import { FIELD_COMPOUND_PHRASES, TWO_SYLLABLE_NAME_WORD_KEYS } from '../organizations/lexicon.js';
import { COMMA_SET_PHRASES } from '../organizations/name-run-words.js';
import { foldKey } from '../shared/vietnamese.js';
import { titleAt } from './lexicon.js';

/** Last words of a title that name the kind of unit headed (folded). */
const UNIT_WORDS = new Map<string, string>([
  ['khoa', 'Khoa'], ['phòng', 'Phòng'], ['ban', 'Ban'], ['bộ môn', 'Bộ môn'], ['tổ', 'Tổ'], ['phân ban', 'Phân ban'],
]);

/** Words that end a unit's name: function words, verbs of saying, honorifics. */
const STOP_WORDS = new Set([
  'của', 'tại', 'ở', 'và', 'đã', 'đang', 'sẽ', 'là', 'cho', 'với', 'về', 'trong', 'thuộc', 'kiêm', 'cùng', 'có',
  'được', 'bị', 'này', 'đó', 'ấy', 'cũng', 'vừa', 'nói', 'khi', 'từ', 'theo', 'nhận', 'chia', 'trực',
  'hiện', 'thì', 'mà', 'nên', 'để', 'vì', 'như', 'ông', 'bà', 'anh', 'chị', 'tiến', 'thạc', 'bác', 'nhiệm', 'giai',
  'năm', 'tháng', 'ngày', 'người', 'phụ', 'trách', 'đồng', 'thời', 'nguyên', 'cựu', 'khẳng', 'nhấn', 'biết', 'đề',
  'nghị', 'yêu',
]);
/**
 * Stop words that are the second syllable of a noun after the word before (`Tài nguyên nước`, `Xúc tiến đầu tư`,
 * `Hợp đồng`, `Thiết bị y tế`): there they go on with the name.
 */
const COMPOUND_SECOND_SYLLABLES = new Map<string, ReadonlySet<string>>([
  ['nguyên', new Set(['tài'])], ['tiến', new Set(['xúc'])], ['đồng', new Set(['hợp', 'cộng'])], ['bị', new Set(['thiết'])],
]);

/** Stop words that are the first syllable of a noun with the word after (`Dự báo thời tiết`): the name goes on. */
const COMPOUND_FIRST_SYLLABLES = new Map<string, ReadonlySet<string>>([['thời', new Set(['tiết'])]]);
const WORD_AFTER = /[ \t]+([\p{L}\p{M}]+)/uy;

/** True when `word` (ending at `end`) ends the unit's name after `previous` (the last word of the name so far). */
function stopsName(text: string, word: string, end: number, previous: string): boolean {
  const lower = word.toLowerCase();
  if (!STOP_WORDS.has(lower)) return false;
  if (lower === 'và' && joinsFieldsOfName(text, end)) return false;
  if (COMPOUND_SECOND_SYLLABLES.get(lower)?.has(previous.toLowerCase()) === true) return false;
  const seconds = COMPOUND_FIRST_SYLLABLES.get(lower);
  if (seconds === undefined) return true;
  WORD_AFTER.lastIndex = end;
  const after = WORD_AFTER.exec(text)?.[1];
  return after === undefined || !seconds.has(after.toLowerCase());
}

/** Levels of local government: after a committee's kind they name where it serves, not what it does. */
const LEVEL_WORDS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thành', 'thị', 'cấp', 'các', 'này', 'đó']);

/**
 * True when the lower-case word after the space at `at` goes on with a unit's name (`chống` of `Ban Chỉ đạo chống
 * khai thác IUU`): no stop word, no level of local government.
 */
export function continuesUnitName(text: string, at: number): boolean {
  LOWER_CASE_WORD.lastIndex = at;
  const word = LOWER_CASE_WORD.exec(text)?.[1];
  return word !== undefined && !STOP_WORDS.has(word) && !LEVEL_WORDS.has(word);
}

/** The word after `và` in a unit's name: capitalized, then a space or the end of a clause. */
const FIELD_AFTER_AND = /[ \t]+(\p{Lu}[\p{Ll}\p{M}]*)(?=[ \t,.;:)]|$)/uy;

/**
 * True when `và` (ending at `end`) joins two fields of one unit's name (`Phòng Nông nghiệp và Môi trường`, `Phòng
 * Văn hóa và Thông tin`): a capitalized word follows that is no honorific, no function word and no title's or
 * organization's first word (`Trưởng phòng Kinh doanh và Giám đốc Công ty X` ends at `Kinh doanh`).
 */
function joinsFieldsOfName(text: string, end: number): boolean {
  FIELD_AFTER_AND.lastIndex = end;
  const match = FIELD_AFTER_AND.exec(text);
  const field = match?.[1];
  if (!match || field === undefined) return false;
  const lower = field.toLowerCase();
  return !STOP_WORDS.has(lower) && titleAt(text, end + match[0].length - field.length) === null && !ORGANIZATION_HEADS_BEFORE_NAME.has(lower) && !NOT_FIELD_OPENINGS.has(lower);
}

/** Capitalized words after `và` that open a name or a clause, never a field: `Công ty`, `Bộ`, `UBND`. */
const NOT_FIELD_OPENINGS: ReadonlySet<string> = new Set(['công', 'tổng', 'tập', 'ngân', 'trung', 'bệnh', 'học', 'ủy', 'hội', 'các', 'những']);

/** Two lower-case words that start another organization's name (`bệnh viện`, `công ty`): the unit ends before. */
const ORGANIZATION_HEADS = new Set([
  'bệnh viện', 'công ty', 'tập đoàn', 'ngân hàng', 'trung tâm', 'học viện', 'tổng công', 'tổng cục', 'trường đại',
  'viện nghiên', 'ủy ban', 'hội đồng',
]);
/** A capitalized word that starts another organization's name when a capital follows (`Sở Y tế`, `Bộ Tài chính`). */
const ORGANIZATION_HEADS_BEFORE_NAME = new Set(['sở', 'bộ', 'cục', 'vụ', 'viện', 'trường', 'khoa', 'phòng', 'ban']);

const MAX_UNIT_NAME_WORDS = 7;
/** Words of a unit's name of two fields joined by a lower-case `và` field, `và` not counted. */
const MAX_UNIT_NAME_WORDS_WITH_FIELD = 9;

/** Lower-case words after `và` that open no field: determiners and quantifiers (`các`, `những`, `nhiều`). */
const NOT_LOWER_CASE_FIELD_OPENINGS: ReadonlySet<string> = new Set(['các', 'những', 'một', 'mọi', 'nhiều', 'toàn', 'cả', 'mấy']);
/** Two lower-case words after `và` that name people, not a field: `và nhân viên`, `và cán bộ`, `và lãnh đạo`. */
const PEOPLE_AFTER_AND: ReadonlySet<string> = new Set([
  'nhân viên', 'cán bộ', 'công nhân', 'lãnh đạo', 'đại diện', 'chuyên viên', 'phóng viên', 'đồng nghiệp', 'công chức', 'viên chức',
]);
/** A lower-case word of a field, after spaces. */
const LOWER_CASE_WORD = /[ \t]+(\p{Ll}[\p{Ll}\p{M}]*)/uy;
/** What closes a unit's name before the body it is part of: spaces, or a comma and spaces. */
const BEFORE_BODY = /[ \t]*,?[ \t]+/uy;

/**
 * `Trưởng phòng Quản lý chất thải và cải thiện môi trường, Sở X`: a unit's name written in sentence case (a
 * capital, then lower-case words) goes on through `và` and a lower-case field when the field runs, all lower case,
 * to the body the unit is part of (or another name) right after it or after a comma. `words` are the name's words
 * so far (one at least in lower case), `andEnd` the end of `và`. The end of the field, or null: a determiner or
 * people after `và` (`Trưởng phòng Kinh doanh và các nhân viên`, `và cán bộ phòng`), a stop word in the field, a
 * field that runs on past the name's length or ends with no name after it.
 */
function lowerCaseFieldAfterAnd(
  text: string,
  words: readonly string[],
  andEnd: number,
  isEntityAt: (index: number) => boolean,
): number | null {
  if (!words.slice(1).some((word) => !CAPITAL.test(word))) return null;
  let end = andEnd;
  const field: string[] = [];
  while (words.length + field.length < MAX_UNIT_NAME_WORDS_WITH_FIELD) {
    LOWER_CASE_WORD.lastIndex = end;
    const next = LOWER_CASE_WORD.exec(text);
    const word = next?.[1];
    if (!next || word === undefined || STOP_WORDS.has(word)) break;
    if (field.length === 0 && NOT_LOWER_CASE_FIELD_OPENINGS.has(word)) return null;
    if (field.length === 1 && PEOPLE_AFTER_AND.has(`${field[0] ?? ''} ${word}`)) return null;
    if (startsOrganization(text, word, end + next[0].length)) break;
    field.push(word);
    end += next[0].length;
  }
  if (field.length === 0) return null;
  end = secondHalfAfterComma(text, field, end) ?? end;
  // `... cứu nạn, cứu hộ (CNCH) Công an TP X`: the field's acronym in brackets may stand before the body.
  ACRONYM_IN_BRACKETS.lastIndex = end;
  const acronym = ACRONYM_IN_BRACKETS.exec(text);
  BEFORE_BODY.lastIndex = end + (acronym?.[0].length ?? 0);
  const gap = BEFORE_BODY.exec(text);
  return gap && isEntityAt(BEFORE_BODY.lastIndex) ? end : null;
}

/** An acronym in brackets after spaces: ` (CNCH)`. */
const ACRONYM_IN_BRACKETS = /[ \t]*\([\p{Lu}][\p{Lu}\p{N}&]{1,9}\)/uy;
/** A comma and the spaces after it. */
const COMMA_BEFORE_HALF = /[ \t]*,[ \t]*/uy;
/** A word of lower-case letters. */
const LOWER_WORD_AT = /\p{Ll}[\p{Ll}\p{M}]*/uy;

/**
 * `Trưởng phòng Cảnh sát PCCC và cứu nạn, cứu hộ`: where the lower-case field (`field`, ending at `end`) ends with
 * the first half of a set phrase a comma parts (`cứu nạn`), the comma and the second half (`cứu hộ`) are the field's
 * too, no second body: the end of the second half, or null where none follows.
 */
function secondHalfAfterComma(text: string, field: readonly string[], end: number): number | null {
  COMMA_BEFORE_HALF.lastIndex = end;
  const comma = COMMA_BEFORE_HALF.exec(text);
  if (!comma) return null;
  for (const [first, second] of COMMA_SET_PHRASES) {
    if (first.length > field.length || !first.every((key, at) => field[field.length - first.length + at] === key)) continue;
    const halfEnd = wordsEnd(text, end + comma[0].length, second);
    if (halfEnd !== null) return halfEnd;
  }
  return null;
}

/** Spaces between words. */
const SPACES_AT = /[ \t]+/uy;

/** The end of the lower-case words `keys` written from `at` on, spaces between, or null where others stand there. */
function wordsEnd(text: string, at: number, keys: readonly string[]): number | null {
  let position = at;
  for (const [step, key] of keys.entries()) {
    if (step > 0) {
      SPACES_AT.lastIndex = position;
      if (!SPACES_AT.test(text)) return null;
      position = SPACES_AT.lastIndex;
    }
    LOWER_WORD_AT.lastIndex = position;
    const word = LOWER_WORD_AT.exec(text);
    if (!word || word[0] !== key) return null;
    position += word[0].length;
  }
  return position;
}
/** The next word, after spaces or a dash joining two fields (`Khoa Nhiễm – Thần kinh`). */
const NEXT_WORD = /(?:[ \t]+|[ \t]*[–—-][ \t]*)([\p{L}\p{M}\p{N}&]+)/uy;
const CAPITAL = /^\p{Lu}/u;

export interface TitleUnit {
  readonly end: number;
  /** The unit's name: its kind, capitalized, then the name as written (`Khoa Cấp cứu`). */
  readonly name: string;
}

/** True when `word` (ending at `end`) and the word after it start another organization's name. */
function startsOrganization(text: string, word: string, end: number): boolean {
  const lower = word.toLowerCase();
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text);
  if (!next || next[1] === undefined || /[–—-]/u.test(next[0])) return false;
  if (ORGANIZATION_HEADS.has(`${lower} ${next[1].toLowerCase()}`)) return true;
  // Capitalized only: lower case, the word is likely the end of a compound (`cán bộ Sở Y tế`).
  return lower !== word && ORGANIZATION_HEADS_BEFORE_NAME.has(lower) && CAPITAL.test(next[1]);
}

/** The unit word a title (folded: `trưởng khoa`) ends with (`Khoa`), or null. */
export function unitOfTitle(titleKey: string): string | null {
  const lastSpace = titleKey.lastIndexOf(' ');
  const last = titleKey.slice(lastSpace + 1);
  const lastTwo = lastSpace < 0 ? last : titleKey.slice(titleKey.lastIndexOf(' ', lastSpace - 1) + 1);
  return UNIT_WORDS.get(lastTwo) ?? UNIT_WORDS.get(last) ?? null;
}

/**
 * The unit named right after a title that heads one (`Trưởng khoa` + ` Cấp cứu`), or null when the next word is
 * not capitalized. `isEntityAt` stops the name where a person's or an organization's name starts.
 */
export function unitAfterTitle(
  text: string,
  titleKey: string,
  titleEnd: number,
  isEntityAt: (index: number) => boolean,
): TitleUnit | null {
  const unit = unitOfTitle(titleKey);
  if (unit === null) return null;
  let end = titleEnd;
  let beforeLast = titleEnd;
  const words: string[] = [];
  while (words.length < MAX_UNIT_NAME_WORDS) {
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(text);
    if (!next || next[1] === undefined) break;
    const wordStart = end + next[0].length - next[1].length;
    const dashed = /[–—-]/u.test(next[0]);
    const lowerCaseField = words.length >= 2 && next[1] === 'và' && !dashed
      ? lowerCaseFieldAfterAnd(text, words, wordStart + next[1].length, isEntityAt)
      : null;
    if (lowerCaseField !== null) {
      end = lowerCaseField;
      break;
    }
    // `Trưởng phòng Động vật có xương sống`: a field compound of a body's name goes on whole through a stop word.
    const compoundEnd = words.length > 0 && !dashed ? fieldCompoundThrough(text, words, wordStart) : null;
    if (compoundEnd !== null) {
      words.push(...text.slice(wordStart, compoundEnd).split(/[ \t]+/u));
      end = compoundEnd;
      continue;
    }
    if (words.length === 0 ? (!CAPITAL.test(next[1]) && !opensSteeringCommittee(text, unit, next[1], wordStart)) || dashed : stopsName(text, next[1], wordStart + next[1].length, words[words.length - 1] ?? '')) break;
    if ((dashed && !CAPITAL.test(next[1])) || isEntityAt(wordStart) || startsOrganization(text, next[1], wordStart + next[1].length)) break;
    words.push(next[1]);
    beforeLast = end;
    end = wordStart + next[1].length;
  }
  // `nguyên Trưởng phòng Quản lý môi trường và Nguyễn Thị X`: `và` before a person's name joins two people, no fields.
  if (words[words.length - 1] === 'và') {
    words.pop();
    end = beforeLast;
  }
  if (words.length === 0) return null;
  if (words.length === MAX_UNIT_NAME_WORDS) end = fieldCompoundPastBound(text, words, end) ?? endOfWordCutAtBound(text, words, end);
  // `Phó Trưởng phòng Quản lý hộ kinh doanh, cá nhân`: a set phrase's second half after the comma is the name's too.
  else if (words.slice(1).some((word) => !CAPITAL.test(word))) end = secondHalfAfterComma(text, words, end) ?? end;
  return { end, name: `${unit} ${text.slice(titleEnd, end).trim()}` };
}

/** `chỉ đạo` in lower case after a committee's word: the steering committee's kind, ` đạo` after `chỉ`. */
const STEERING_SECOND_SYLLABLE = /[ \t]+đạo(?![\p{L}\p{M}])/uy;

/**
 * `Trưởng ban chỉ đạo đợt cao điểm`: a steering committee's name written in lower case after its head's `Trưởng ban`
 * (the title cut before `chỉ đạo` where the name runs on: title-mentions.ts) opens with `chỉ đạo`, no capital.
 */
function opensSteeringCommittee(text: string, unit: string, word: string, at: number): boolean {
  if (unit !== 'Ban' || word !== 'chỉ') return false;
  STEERING_SECOND_SYLLABLE.lastIndex = at + word.length;
  return STEERING_SECOND_SYLLABLE.test(text);
}

/** Most words of a field compound before a stop word inside it (`động vật` before `có xương sống`). */
const MAX_COMPOUND_WORDS_BEFORE_STOP = 3;
/** Lower-case words after a stop word, read as a field compound's rest. */
const LOWER_WORDS_AFTER = /[ \t]+(\p{Ll}[\p{Ll}\p{M}]*)/uy;

/**
 * The stop word at `at` is inside a field compound of a body's name that the name's last words open (`Động vật`
 * + `có xương sống`, FIELD_COMPOUND_PHRASES): the compound's end, or null. The compound's words after the name's
 * in lower case.
 */
function fieldCompoundThrough(text: string, words: readonly string[], at: number): number | null {
  LOWER_WORD_AT.lastIndex = at;
  const stop = LOWER_WORD_AT.exec(text);
  if (!stop || !STOP_WORDS.has(stop[0])) return null;
  const rest: { key: string; end: number }[] = [{ key: foldKey(stop[0]), end: at + stop[0].length }];
  while (rest.length < FIELD_COMPOUND_PHRASES.maxWords) {
    const last = rest[rest.length - 1];
    if (last === undefined) break;
    LOWER_WORDS_AFTER.lastIndex = last.end;
    const next = LOWER_WORDS_AFTER.exec(text);
    if (!next || next[1] === undefined) break;
    rest.push({ key: foldKey(next[1]), end: LOWER_WORDS_AFTER.lastIndex });
  }
  let found: number | null = null;
  for (let back = 1; back <= Math.min(MAX_COMPOUND_WORDS_BEFORE_STOP, words.length); back += 1) {
    const opening = words.slice(words.length - back).map(foldKey).join(' ');
    let key = opening;
    for (const word of rest) {
      key = `${key} ${word.key}`;
      if (FIELD_COMPOUND_PHRASES.has(key) && (found === null || word.end > found)) found = word.end;
    }
  }
  return found;
}

/**
 * `Trưởng phòng Nghiệp vụ - Thanh tra - Bảo vệ sức khỏe cán bộ`: a unit's name stopped by the bound on its words
 * (`words`, ending at `end`) inside a field compound of a body's name that its last words open (`Bảo vệ sức` +
 * `khỏe cán bộ`, FIELD_COMPOUND_PHRASES) goes on to the compound's end: the end, or null where no compound runs past
 * the bound. Read only at the bound.
 */
function fieldCompoundPastBound(text: string, words: readonly string[], end: number): number | null {
  const rest: { key: string; end: number }[] = [];
  let position = end;
  while (rest.length < FIELD_COMPOUND_PHRASES.maxWords - 1) {
    LOWER_WORDS_AFTER.lastIndex = position;
    const next = LOWER_WORDS_AFTER.exec(text);
    if (!next || next[1] === undefined) break;
    position = LOWER_WORDS_AFTER.lastIndex;
    rest.push({ key: foldKey(next[1]), end: position });
  }
  if (rest.length === 0) return null;
  let found: number | null = null;
  for (let back = 1; back < Math.min(FIELD_COMPOUND_PHRASES.maxWords, words.length + 1); back += 1) {
    let key = words.slice(words.length - back).map(foldKey).join(' ');
    for (const [at, word] of rest.entries()) {
      if (back + at + 1 > FIELD_COMPOUND_PHRASES.maxWords) break;
      key = `${key} ${word.key}`;
      if (FIELD_COMPOUND_PHRASES.has(key) && (found === null || word.end > found)) found = word.end;
    }
  }
  return found;
}

/** A lower-case syllable right after spaces. */
const LOWER_SYLLABLE_AFTER = /[ \t]+(\p{Ll}[\p{Ll}\p{M}]*)/uy;

/**
 * `Trưởng phòng Quản lý rừng và Bảo tồn thiên nhiên`: a unit's name stopped by the bound on its words (`words`, ending
 * at `end`) never ends between two syllables of one word: where the syllable after completes the last word's
 * two-syllable word of a body's name (`thiên` + `nhiên`), the name goes on to that word's end; not where the last
 * word already closes such a word with the one before (`Tài chính` before `phủ`).
 */
function endOfWordCutAtBound(text: string, words: readonly string[], end: number): number {
  const last = foldKey(words[words.length - 1] ?? '');
  const beforeLast = foldKey(words[words.length - 2] ?? '');
  if (TWO_SYLLABLE_NAME_WORD_KEYS.has(`${beforeLast} ${last}`)) return end;
  LOWER_SYLLABLE_AFTER.lastIndex = end;
  const next = LOWER_SYLLABLE_AFTER.exec(text);
  const syllable = next?.[1];
  if (!next || syllable === undefined || !TWO_SYLLABLE_NAME_WORD_KEYS.has(`${last} ${syllable}`)) return end;
  return end + next[0].length;
}
