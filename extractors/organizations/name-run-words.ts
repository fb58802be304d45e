// The word-level tests a name run makes as it goes: heads, field words, places, titles, proper words that may go
// on a name, a list inside a name after a comma, lower-case words a proper word closes, a person's name starting.
// Used by name-runs.ts, one token position at a time, on the article's name tokens (name-tokens.ts): a lexicon is
// consulted only where the token's classes say one of its words or phrases is there.
import {
  ACTIVITY_FIELD_PHRASES,
  ACTIVITY_TAKING_AN_OBJECT_PHRASES,
  FIELD_AFTER_ABOUT_PHRASES,
  FIELD_COMPOUND_PHRASES,
  MANAGED_SITE_PHRASES,
  NAME_BREAKING_PHRASES,
  NAME_TAIL_PHRASES,
  NAME_VERBAL_TAIL_PHRASES,
  NON_ORGANIZATION_HEAD_PHRASES,
  NOT_NAME_WORDS_AFTER_SUBJECT_PHRASES,
  ORGANIZATION_HEAD_PHRASES,
  PERSON_TITLE_ABBREVIATION_KEYS,
  TITLE_PHRASES,
} from './lexicon.js';
import type { NameTokens } from './name-tokens.js';
import type { Token } from '../../input/tokens.js';
import { institutionNumberAt } from './name-person-cut.js';
import { placeAt } from '../shared/places.js';
import { foldKey } from '../shared/vietnamese.js';
import { acronymLetters, matchInitialsForward } from '../acronyms/initials.js';
import type { PhraseLexicon, PhraseMatch } from './phrase-lexicon.js';
import {
  CLAUSE_OPENER,
  CONNECTOR,
  FAMILY_NAME,
  NOT_A_SECOND_SYLLABLE,
  STARTS_ACTIVITY_OR_ABOUT_FIELD,
  STARTS_FIELD_COMPOUND,
  STARTS_HEAD,
  STARTS_NAME_BREAKING,
  STARTS_NAME_TAIL,
  STARTS_NAME_VERBAL_TAIL,
  STARTS_TITLE,
  STOP_WORD,
} from './word-classes.js';

export type NameRunKind = 'organization' | 'other';

/** A head phrase of the lexicons, one object per phrase: matching one at a token builds nothing. */
export interface HeadPhrase {
  /** Its length in tokens: the name goes on at the head's token plus this. */
  readonly words: number;
  readonly kind: NameRunKind;
  /** Its words' keys joined by spaces, as the lexicon has it (`tổng cục`). */
  readonly key: string;
}

/** The head phrase of each lexicon phrase found, made on first sight (a lexicon phrase belongs to one lexicon, one kind). */
const headPhraseByMatch = new Map<PhraseMatch, HeadPhrase>();

function headPhraseOf(match: PhraseMatch, kind: NameRunKind): HeadPhrase {
  let head = headPhraseByMatch.get(match);
  if (head === undefined) {
    head = { words: match.words, kind, key: match.key };
    headPhraseByMatch.set(match, head);
  }
  return head;
}

/** A digit: a token holding one is a code (`Covid-19`, `WG1`). */
const HAS_DIGIT = /\p{N}/u;

/** Most fields a `về` lists inside a name (`về hình sự, hành chính`). */
const MAX_FIELDS_AFTER_ABOUT = 4;

/** Most lower-case words a name runs through before a proper word closes it (`Kiểm soát bệnh tật Hà Nội`). */
const MAX_LOWER_WORDS_BEFORE_CLOSE = 4;

/**
 * Field words that are verbs too yet nouns of a named undertaking (`dự án`): a proper name right after one is the
 * undertaking's (`Ban Quản lý dự án Thăng Long`), no object of a verb.
 */
const NAMED_UNDERTAKING_KEYS: ReadonlySet<string> = new Set(['dự án']);

/**
 * At `position`, a verbal tail ends the name (-1), or a named undertaking (`dự án` before a proper name) goes on over
 * its words: the words past the first to skip; 0 where no verbal tail stands.
 */
function verbalTailAt(words: NameTokens, position: number): number {
  const { tokens } = words;
  const verbal = lexiconMatchLength(words, position, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL);
  if (verbal === 0) return 0;
  const after = tokens[position + verbal];
  const phrase = `${tokens[position]?.key ?? ''} ${tokens[position + 1]?.key ?? ''}`;
  const undertaking = verbal === 2 && NAMED_UNDERTAKING_KEYS.has(phrase) && after !== undefined && !after.breakBefore && after.capitalized;
  return undertaking ? verbal - 1 : -1;
}

/**
 * Heads of a service's office in a province, named by the trade and the place (`Viễn thông Bến Tre`, `Thi hành án
 * dân sự tỉnh Nghệ An`, also past their acronym in brackets): before other words they name the trade (`ngành Viễn
 * thông Việt Nam`, `Thi hành án dân sự là ...`).
 */
const PROVINCIAL_OFFICE_HEAD_KEYS: ReadonlySet<string> = new Set(['viễn thông', 'thi hành án dân sự', 'điện lực']);

/** The head starting at token `index`, or null: it ends at `index + head.words`. */
export function matchHead(words: NameTokens, index: number): HeadPhrase | null {
  const first = words.tokens[index];
  if (!first || !(first.capitalized || first.acronymLike || isTitleFusedHead(words.tokens, index)) || !words.is(index, STARTS_HEAD)) return null;
  const organization = ORGANIZATION_HEAD_PHRASES.longestAt(words.tokens, index);
  const other = NON_ORGANIZATION_HEAD_PHRASES.longestAt(words.tokens, index);
  if (organization === null && other === null) return null;
  // The longer head wins, an organization's on a tie; its key is the words' keys joined, as the lexicon has it.
  const head = organization !== null && (other === null || organization.words >= other.words) ? organization : other;
  if (head === null) return null;
  if (head === organization && !departmentHeadAt(words, index, head.words)) return null;
  if (head === organization && PROVINCIAL_OFFICE_HEAD_KEYS.has(head.key) && !provinceAt(words, index + head.words)
    && !(head.key === POWER_OFFICE_HEAD_KEY && (districtNameAt(words, index + head.words) || foreignUtilityAt(words, index + head.words)))
    && !(bracketedCodeAt(words.tokens, index + head.words) && provinceAt(words, index + head.words + 3))) return null;
  return headPhraseOf(head, head === organization ? 'organization' : 'other');
}

/** Heads written in lower case inside the title of the unit's chief (`Trưởng phòng`), with the title's first word. */
const TITLE_FUSED_HEAD_KEYS: ReadonlySet<string> = new Set(['phòng']);
const CHIEF_KEY = 'trưởng';

/**
 * `Trưởng phòng Cảnh sát giao thông`: the head of a department, written in lower case as part of its chief's title,
 * before the department's capitalized field (an acronym is a code, `Trưởng phòng PC02`, no field). The run it opens
 * names an organization only where a state body, a level or a unit's code closes it (name-runs.ts), as a company's
 * department (`Trưởng phòng Kỹ thuật của công ty`) is no organization of its own in the news.
 */
export function isTitleFusedHead(tokens: readonly Token[], index: number): boolean {
  const head = tokens[index];
  const chief = tokens[index - 1];
  const field = tokens[index + 1];
  return head !== undefined && head.lower && !head.breakBefore && TITLE_FUSED_HEAD_KEYS.has(head.key)
    && chief?.key === CHIEF_KEY && field !== undefined && field.capitalized && !field.acronymLike && !field.breakBefore;
}

/** Levels a tax office is named by after `Thuế`: `tỉnh`, `thành phố`, `cơ sở` (a numbered local office). */
const TAX_OFFICE_LEVEL_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'thành', 'cơ']);

/**
 * `Thuế tỉnh Sơn La`, `Thuế thành phố Huế`, `Thuế cơ sở 2 tỉnh Nghệ An`: `Thuế` names a tax office only before its
 * level in lower case (`tỉnh`, `thành phố`, `cơ sở`), never before other words (`Thuế thu nhập cá nhân`, a tax).
 */
function taxOfficeLevelAt(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  const level = tokens[index];
  if (!level || level.breakBefore || !level.lower || !TAX_OFFICE_LEVEL_KEYS.has(level.key)) return false;
  const second = tokens[index + 1];
  if (level.key === 'thành') return second?.key === 'phố';
  if (level.key === 'cơ') return second?.key === 'sở' && tokens[index + 2]?.capitalized !== true && /^\d+$/.test(tokens[index + 2]?.text ?? '');
  return second?.capitalized === true;
}

/** The power company's office in a district or province (`Điện lực Gia Lâm`), its place maybe no known one. */
const POWER_OFFICE_HEAD_KEY = 'điện lực';

/**
 * `Điện lực Lào (EDL)`: a foreign country at `index`, its acronym in brackets right after, names that country's power
 * utility (`Điện lực Pháp (EDF)`); `ngành Điện lực Việt Nam` is the trade.
 */
function foreignUtilityAt(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  const first = tokens[index];
  const end = words.placeEnd(index);
  if (first === undefined || first.breakBefore || end <= index || tokens[end]?.text !== '(' || tokens[end + 1]?.acronymLike !== true
    || tokens[end + 2]?.text !== ')') return false;
  const place = placeAt(words.text, first.start)?.place;
  return place?.kind === 'country' && foldKey(place.name) !== 'việt nam';
}

/**
 * `Điện lực Phù Cừ`: two capitalized syllables at `index` and nothing capitalized after, a district's name (the places
 * lexicon knows the provinces, not every district), no known place of another kind (a country).
 */
function districtNameAt(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  const first = tokens[index];
  const second = tokens[index + 1];
  const after = tokens[index + 2];
  return first !== undefined && second !== undefined && !first.breakBefore && !second.breakBefore
    && first.capitalized && second.capitalized && !first.acronymLike && !second.acronymLike
    && (after === undefined || after.breakBefore || !(after.capitalized || after.acronymLike)) && words.placeEnd(index) < 0;
}

/**
 * `Viễn thông` heads the telecom group's branch in a province only before the place (`Viễn thông Bến Tre`), never
 * before the country, where it is the trade (`ngành Viễn thông Việt Nam`), nor before other words.
 */
function provinceAt(words: NameTokens, index: number): boolean {
  const next = words.tokens[index];
  if (!next || next.breakBefore || words.placeEnd(index) < 0) return false;
  return placeAt(words.text, next.start)?.place.kind !== 'country';
}

/**
 * `Khoa` heads a hospital's department only before its capitalized field (`Khoa Nhiễm`, `Khoa Hồi sức tích cực`),
 * never in `Khoa học` (science), and never right after a capitalized word, where it ends a person's name (`ông
 * Nguyễn Đăng Khoa Hà Nội`), the head's title aside (`Trưởng Khoa Nhi`). `Công đoàn` heads a union only before `các`
 * and the members it gathers (`Công đoàn các KCN tỉnh X`). Other heads pass.
 */
function departmentHeadAt(words: NameTokens, index: number, headWords: number): boolean {
  const { tokens } = words;
  if (headWords === 1 && tokens[index]?.key === 'thuế') return taxOfficeLevelAt(words, index + 1);
  // `Thống kê tỉnh Khánh Hòa`: the statistics office, only before its level, as a tax office.
  if (headWords === 2 && tokens[index]?.key === 'thống' && tokens[index + 1]?.key === 'kê') return taxOfficeLevelAt(words, index + 2);
  // `Công đoàn các KCN tỉnh Bắc Ninh`: a trade union named for its members, only before `các` and them.
  // `Công đoàn Giáo dục Việt Nam`, `Công đoàn Y tế tỉnh X`: a sector's union, its field then its country or place.
  if (headWords === 2 && tokens[index]?.key === 'công' && tokens[index + 1]?.key === 'đoàn') {
    return membersAt(words, index + 2) !== null || sectorBeforePlaceAt(words, index + 2);
  }
  // `Chính quyền tỉnh Xiêng Khoảng`: a government only before its level in lower case and its place.
  if (headWords === 2 && tokens[index]?.key === 'chính' && tokens[index + 1]?.key === 'quyền') {
    return tokens[index + 2]?.lower === true && words.placeEnd(index + 2) > index + 3;
  }
  if (headWords !== 1 || tokens[index]?.key !== 'khoa') return true;
  const next = tokens[index + 1];
  if (!next || next.breakBefore || !next.capitalized || next.key === 'học') return false;
  const before = tokens[index - 1];
  return !(before && !tokens[index]?.breakBefore && before.capitalized && before.key !== 'trưởng');
}

/**
 * `Giáo dục Việt Nam`, `Y tế tỉnh Bắc Giang`: at `index` a field written capitalized (its first syllable, the rest in
 * lower case: a field word or compound), right after it a place, the country or a province with its level.
 */
function sectorBeforePlaceAt(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  const first = tokens[index];
  if (!first || first.breakBefore || !first.capitalized || first.acronymLike) return false;
  const field = Math.max(
    NAME_TAIL_PHRASES.longestAt(tokens, index, false, true)?.words ?? 0,
    NAME_VERBAL_TAIL_PHRASES.longestAt(tokens, index, false, true)?.words ?? 0,
    FIELD_COMPOUND_PHRASES.longestAt(tokens, index, false, true)?.words ?? 0,
  );
  const after = index + field;
  return field > 0 && !tokens[after]?.breakBefore && words.placeEnd(after) > after;
}

/**
 * Length in tokens of a lexicon phrase in lower-case words starting at `index`, or 0. `firstWord` is the class
 * of the lexicon's first words (word-classes.ts): elsewhere the lexicon is not consulted.
 */
export function lexiconMatchLength(words: NameTokens, index: number, phrases: PhraseLexicon, firstWord: number): number {
  return words.is(index, firstWord) ? phrases.matchLength(words.tokens, index, true) : 0;
}

/**
 * Length in tokens of field words starting at `index` (`trí tuệ`, `công nghệ quốc gia`), 0 when none: a verbal
 * one (`đổi mới`) counts only when a plain field word follows it.
 */
export function fieldWordsLength(words: NameTokens, index: number): number {
  let position = index;
  let accepted = index;
  while (position < words.tokens.length) {
    const noun = lexiconMatchLength(words, position, NAME_TAIL_PHRASES, STARTS_NAME_TAIL);
    if (noun > 0) {
      position += noun;
      accepted = position;
      continue;
    }
    const verbal = lexiconMatchLength(words, position, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL);
    if (verbal === 0) break;
    position += verbal;
  }
  return accepted - index;
}

/** Most tokens of the fields an activity works on (`khởi nghiệp đổi mới sáng tạo`: 6): a bound on hostile text. */
const MAX_ACTIVITY_FIELD_TOKENS = 12;

/**
 * After a capitalized activity that is a verb too (`Xúc tiến`, `Hỗ trợ`), the field words it works on, verbs too
 * (`đầu tư`, `khởi nghiệp đổi mới sáng tạo`), up to the place that closes the name: `Trung tâm Xúc tiến đầu tư tỉnh
 * Thái Bình`. Their length in tokens, 0 where no place follows them (`Trung tâm Xúc tiến đầu tư vào ...`) or the
 * activity before is no verb (`Bộ Y tế hỗ trợ tỉnh Nghệ An`: `Y tế` does nothing). An acronym that ends the name closes
 * the fields as a place does (`Quỹ Hỗ trợ phát triển HTX`).
 */
export function activityFieldsBeforePlace(words: NameTokens, index: number): number {
  const { tokens } = words;
  const activity = index - 2;
  if (!tokens[activity]?.capitalized || !words.is(activity, STARTS_NAME_VERBAL_TAIL)
    || !NAME_VERBAL_TAIL_PHRASES.isPhraseAt(tokens, activity, 2)) return 0;
  let position = index;
  while (position < tokens.length && position - index < MAX_ACTIVITY_FIELD_TOKENS) {
    const length = lexiconMatchLength(words, position, NAME_TAIL_PHRASES, STARTS_NAME_TAIL)
      || lexiconMatchLength(words, position, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL);
    if (length === 0) break;
    position += length;
  }
  return position > index && (words.placeEnd(position) > position || acronymEndsNameAt(words, position)) ? position - index : 0;
}

/** Heads of a unit inside a larger body, its parent named after a comma (`Đội ..., Phòng CSGT Công an ...`). */
const SUB_UNIT_HEAD_KEYS: ReadonlySet<string> = new Set(['đội', 'tổ', 'trạm']);

/** Most lower-case words of what a unit's capitalized activity works on (`Đăng ký xe`: 1). */
const MAX_UNIT_OBJECT_WORDS = 2;

/**
 * `Đội Đăng ký xe, Phòng CSGT ...`: after a unit's capitalized activity, the lower-case words of what it works on
 * (one or two), up to a comma and the unit's parent body, whose head opens right after it. Their number; 0 where the
 * head is no unit's (`đội`, `tổ`, `trạm`), no parent's head follows the comma, or one of the words is a small word,
 * a connector, a level, a verb or a word of time (`Đội Tuyên truyền hôm nay, Phòng ...`).
 */
export function unitObjectBeforeParent(words: NameTokens, headKey: string, index: number): number {
  if (!SUB_UNIT_HEAD_KEYS.has(headKey)) return 0;
  const { tokens } = words;
  if (NOT_NAME_WORDS_AFTER_SUBJECT_PHRASES.matchLength(tokens, index, true) > 0) return 0;
  for (let count = 0; count <= MAX_UNIT_OBJECT_WORDS; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    if (token.text === ',') {
      const parent = tokens[position + 1];
      return count > 0 && parent !== undefined && !parent.breakBefore && parent.capitalized && matchHead(words, position + 1) !== null ? count : 0;
    }
    if (count === MAX_UNIT_OBJECT_WORDS || !token.lower || LEVEL_WORDS.has(token.key)
      || words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER | NOT_A_SECOND_SYLLABLE)
      || lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0) return 0;
  }
  return 0;
}

/**
 * An acronym at `index` that the name plainly ends with: what an activity's fields work for, written short (`Quỹ Hỗ
 * trợ phát triển HTX với lãi suất ...`): a mark or a small word follows it, not a capitalized word, another acronym or
 * a level (`HTX Tân Phú`, `UBND tỉnh`).
 */
function acronymEndsNameAt(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  const acronym = tokens[index];
  if (acronym === undefined || acronym.breakBefore || !acronym.acronymLike || HAS_DIGIT.test(acronym.text)) return false;
  const next = tokens[index + 1];
  if (next === undefined || next.breakBefore) return true;
  // `Quỹ Hỗ trợ phát triển HTX tỉnh cho vay ...`: the province's fund, its bare level after the acronym ending the name.
  if (next.lower) return words.is(index + 1, STOP_WORD | CONNECTOR | CLAUSE_OPENER) || (MEMBERS_LEVEL_KEYS.has(next.key) && levelEndsName(words, index + 2));
  return !next.capitalized && !next.acronymLike && next.text !== '(';
}

/**
 * `Cục Quản lý, giám sát bảo hiểm, đề nghị ...`: after a head's activity, the field words it works on (nouns, verbs
 * too) where the name plainly ends after them (a mark, the line's end): their number of tokens; else -1.
 */
export function activityFieldsEndingName(words: NameTokens, index: number): number {
  const { tokens } = words;
  let position = index;
  while (position < tokens.length && position - index < MAX_ACTIVITY_FIELD_TOKENS && tokens[position]?.breakBefore === false) {
    const length = lexiconMatchLength(words, position, NAME_TAIL_PHRASES, STARTS_NAME_TAIL)
      || lexiconMatchLength(words, position, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL);
    if (length === 0) break;
    position += length;
  }
  if (position === index) return -1;
  const after = tokens[position];
  // `... Khám, chữa bệnh thuộc BYT`: `thuộc` opens the parent body, by its name or acronym.
  if (after?.key === 'thuộc' && after.lower && !after.breakBefore) {
    const parent = tokens[position + 1];
    return parent !== undefined && !parent.breakBefore && (parent.capitalized || parent.acronymLike) ? position - index : -1;
  }
  return after === undefined || after.breakBefore || (!after.isWord && after.text !== '-' && after.text !== '–') ? position - index : -1;
}

/**
 * Length in tokens of a field compound that the capitalized word at `index` starts (`Công nghệ thông tin`, `Pháp
 * chế`, `Y tế dự phòng`), its other words in lower case on one line; 0 where none starts there.
 */
export function fieldCompoundLength(words: NameTokens, index: number): number {
  if (!words.tokens[index]?.capitalized || !words.is(index, STARTS_FIELD_COMPOUND)) return 0;
  const compound = FIELD_COMPOUND_PHRASES.longestAt(words.tokens, index, false, true);
  return compound !== null && compound.words > 1 ? compound.words : 0;
}

/** The capitalized word at `index` starts an activity a body is named for (`Giám đốc kiểm tra`, `Tư vấn`). */
export function startsActivity(words: NameTokens, index: number): boolean {
  return words.tokens[index]?.capitalized === true && words.is(index, STARTS_ACTIVITY_OR_ABOUT_FIELD)
    && ACTIVITY_FIELD_PHRASES.longestAt(words.tokens, index, false, true) !== null;
}

/**
 * After a dash, a head that is an activity too (`Thanh tra`, `Kiểm tra`, `Giám sát`), then another dash or a mark:
 * one of the fields a unit's name lists (`Phòng Nghiệp vụ - Thanh tra - Bảo vệ sức khỏe cán bộ`, `Phòng Tổ chức -
 * Thanh tra,`), no second body; one with its own name or level after it is one (`Bộ Công an - Thanh tra Chính phủ`).
 */
/** A field word of two syllables or more at `index`, its first capitalized, its rest in lower case (`Báo chí`); else 0. */
function fieldWordAfterHeadLength(words: NameTokens, index: number): number {
  const field = NAME_TAIL_PHRASES.longestAt(words.tokens, index, false, true);
  return field !== null && field.words >= 2 && words.tokens[index + 1]?.lower === true ? field.words : 0;
}

export function activityFieldAfterDash(words: NameTokens, index: number): boolean {
  // `Phòng Thông tin - Báo chí - Xuất bản`: or a head that opens a field word with its lower-case rest (`Báo chí`,
  // the press), no newspaper there.
  const length = startsActivity(words, index)
    ? ACTIVITY_FIELD_PHRASES.longestAt(words.tokens, index, false, true)?.words ?? 0
    : words.is(index, STARTS_NAME_TAIL) ? fieldWordAfterHeadLength(words, index) : 0;
  const after = words.tokens[index + length];
  return length > 0 && (after === undefined || after.breakBefore || (!after.isWord && after.text !== '('));
}

/** Length in tokens of one field a `về` may list at `index`, in lower case: a field word, compound or branch of law. */
function fieldAfterAboutLength(words: NameTokens, index: number): number {
  // `về phòng, chống tham nhũng`: a set phrase whose halves a comma parts, then the field it works on.
  const phrase = commaSetPhraseLength(words, index);
  if (phrase > 0) {
    const field = words.tokens[index + phrase]?.breakBefore ? 0 : plainFieldAfterAboutLength(words, index + phrase);
    return field > 0 ? phrase + field : 0;
  }
  return plainFieldAfterAboutLength(words, index);
}

/** Length in tokens of a field word, compound or branch of law at `index`, in lower case; 0 where none stands there. */
function plainFieldAfterAboutLength(words: NameTokens, index: number): number {
  return Math.max(
    lexiconMatchLength(words, index, FIELD_AFTER_ABOUT_PHRASES, STARTS_ACTIVITY_OR_ABOUT_FIELD),
    lexiconMatchLength(words, index, FIELD_COMPOUND_PHRASES, STARTS_FIELD_COMPOUND),
    lexiconMatchLength(words, index, NAME_TAIL_PHRASES, STARTS_NAME_TAIL),
  );
}

/** The first letters of the words from token `from` to `to` (not included), upper-cased, are `acronym`. */
function initialsSpell(tokens: NameTokens['tokens'], from: number, to: number, acronym: string): boolean {
  if (to - from !== acronym.length) return false;
  for (let position = from; position < to; position += 1) {
    const token = tokens[position];
    if (!token || !token.isWord || token.text.charAt(0).toUpperCase() !== acronym.charAt(position - from)) return false;
  }
  return true;
}

/** Most lower-case words after an activity's `về` that the bracket of the name's short form closes. */
const MAX_WORDS_BEFORE_SHORT_NAME = 6;

/**
 * `về` after an activity and the lower-case words of what it covers, up to a bracket giving the name's short form
 * (`Trung tâm Điều phối quốc gia về ghép tạng (gọi tắt là Trung tâm Điều phối)`), or the acronym alone of the words
 * from the head (`headStart`) to `về` (`... về hiến mô (TTĐPQG)`): the length in tokens of `về` and
 * the words; 0 where no such bracket closes them within six words, or a verb, a small word or a connector stands
 * among them (`Trung tâm Điều phối về việc ... (`).
 */
export function aboutWordsBeforeShortName(words: NameTokens, about: number, headStart = about): number {
  const { tokens } = words;
  if (tokens[about]?.key !== 'về') return 0;
  for (let position = about + 1; position <= about + 1 + MAX_WORDS_BEFORE_SHORT_NAME; position += 1) {
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    if (token.text === '(') {
      const first = tokens[position + 1];
      const second = tokens[position + 2];
      const third = tokens[position + 3];
      // `(TTĐPQG)`: or an acronym alone that spells the name's words before `về`, the field written out after them.
      const named = first?.key === 'gọi' && second?.key === 'tắt'
        || (first?.key === 'sau' && second?.key === 'đây' && third?.key === 'gọi')
        || (first?.acronymLike === true && second?.text === ')' && initialsSpell(tokens, headStart, about, first.text));
      return position > about + 1 && named ? position - about : 0;
    }
    // The bracket confirms the name: a counting word reads as a noun there (`cơ thể người`), a verb of two words not.
    if (!token.lower || words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER)) return 0;
    if (lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 1) return 0;
  }
  return 0;
}

/**
 * `về hình sự, hành chính` after an activity (`Vụ Giám đốc kiểm tra`): the length in tokens of `về` and the fields
 * it lists (four at most), joined by commas, `và` or a dash, up to the last field; 0 where no field follows `về`.
 */
export function aboutFieldsLength(words: NameTokens, about: number): number {
  const { tokens } = words;
  if (tokens[about]?.key !== 'về') return 0;
  let end = 0;
  let position = about + 1;
  for (let fields = 0; fields < MAX_FIELDS_AFTER_ABOUT && position < tokens.length; fields += 1) {
    const field = tokens[position]?.breakBefore ? 0 : fieldAfterAboutLength(words, position);
    if (field === 0) break;
    position += field;
    end = position;
    const separator = tokens[position];
    if (!separator || separator.breakBefore || !(separator.text === ',' || separator.key === 'và' || isDashText(separator.text))) break;
    position += 1;
  }
  return end === 0 ? 0 : end - about;
}

function isDashText(text: string): boolean {
  return text === '-' || text === '–' || text === '—';
}

/** A title or honorific starts at `index` (`Thứ trưởng`, `Ông`, `TS.`): a name never runs into one. */
export function isTitleStart(words: NameTokens, index: number): boolean {
  return words.is(index, STARTS_TITLE) && TITLE_PHRASES.matchLength(words.tokens, index) > 0;
}

/**
 * Can the name go on with the token at `index` (a proper word, an acronym, a place)? A second organization
 * starts a new name (coordination), except inside an event or agreement, which runs through its parties; after
 * plain words (`ban hành Thông tư`) no head at all may follow.
 */
export function isProperStart(words: NameTokens, index: number, kind: NameRunKind, afterConnector = true): boolean {
  const token = words.tokens[index];
  if (!token || token.breakBefore) return false;
  if (words.placeEnd(index) > index) return true;
  if (!(token.capitalized || token.acronymLike) || isTitleStart(words, index)) return false;
  // `Khoa Hồi sức tích cực và ThS.BS Phạm Quốc Việt`: a title written short opens a person's name, no part of a name.
  if (token.acronymLike && PERSON_TITLE_ABBREVIATION_KEYS.has(token.key)) return false;
  // `Covid-19`: a capitalized word with a digit is a code, no part of a name.
  if (!token.acronymLike && HAS_DIGIT.test(token.text)) return false;
  const head = matchHead(words, index);
  if (head === null) return true;
  if (!afterConnector) return false;
  return kind === 'other' || head.kind === 'other';
}

/**
 * After a comma, the middle of a listed name: `Bộ Văn hóa, Thể thao và Du lịch`. True when capitalized words (each
 * with its lower-case rest) run to `và` and a proper word follows it, with no head and no place among them. A longer
 * list, its items parted by commas too, lists fields, each a capitalized syllable and its lower-case rest (`Bộ Giáo
 * dục, Văn hóa, Thể thao, Khoa học và Công nghệ`); names (`Tập đoàn Vingroup, Masan, Hòa Phát và ...`) are not.
 */
export function isListedNamePart(words: NameTokens, comma: number): boolean {
  const { tokens } = words;
  let index = comma + 1;
  let listed = 0;
  let fieldsOnly = true;
  let commas = 0;
  while (index < tokens.length && listed < 5) {
    const token = tokens[index];
    if (!token || token.breakBefore) return false;
    if (token.key === 'và') return listed > 0 && (commas === 0 || fieldsOnly) && isProperStart(words, index + 1, 'organization');
    if (token.text === ',' && listed > 0 && tokens[index - 1]?.text !== ',') {
      commas += 1;
      index += 1;
      continue;
    }
    if (token.capitalized && !matchHead(words, index) && words.placeEnd(index) < 0) {
      index += 1;
      // `In và Phát hành`: a field of one syllable, `và` no rest of it.
      if (tokens[index]?.lower && !words.is(index, STOP_WORD | CONNECTOR)) index += 1;
      else fieldsOnly = false;
      listed += 1;
      continue;
    }
    return false;
  }
  return false;
}

/** A person's name starts at `index`: a family name and a capitalized word after it (`Nguyễn Văn`). */
/**
 * Two capitalized syllables at `index` and no third (`Hoàng Châu,`): after a company's lower-case words (`Công ty
 * TNHH Nước mắm truyền thống Hoàng Châu`) a brand that closes its name, though a family name opens it; a person
 * after a company's name is named with three syllables or more. After other heads two may be a person's (`Trung tâm
 * Văn hóa chào mừng nghệ sĩ Trần Bình`).
 */
function twoSyllableNameAt(words: NameTokens, index: number): boolean {
  const third = words.tokens[index + 2];
  return third === undefined || third.breakBefore || !(third.capitalized || third.acronymLike);
}

export function startsPersonName(words: NameTokens, index: number): boolean {
  const next = words.tokens[index + 1];
  return words.is(index, FAMILY_NAME) && next !== undefined && !next.breakBefore && next.capitalized;
}

/** Marks after which a sentence or a clause goes on apart from a name: a comma, a stop, a colon, a semicolon. */
const PLAIN_END_MARKS: ReadonlySet<string> = new Set([',', '.', ':', ';', '!', '?']);

/** At `index` the name plainly ends: the text or the line ends, or a comma or a stop stands there. */
function plainEndAt(tokens: NameTokens['tokens'], index: number): boolean {
  const token = tokens[index];
  return token === undefined || token.breakBefore || PLAIN_END_MARKS.has(token.text);
}

/**
 * The name goes on in lower case where a proper word closes it within a few words: `Trung tâm Kiểm soát bệnh tật
 * Hà Nội`, `Trung tâm Đào tạo bóng đá trẻ VFF`, `Tổng công ty Công nghiệp công nghệ cao Viettel`. The number of
 * lower-case words, 0 where no place, acronym or proper word (not a head, a title or a person) closes them, or
 * where one of them is a verb or a small word (`Bộ Y tế khuyến cáo người dân Hà Nội`). `company`: the head is a
 * company's, whose brand of two syllables may open with a family name (twoSyllableNameAt). `closingRest`: a
 * capitalized word with one lower-case syllable after it closes them too where the name plainly ends after it (a
 * cooperative's `du lịch cộng đồng Vườn chim,`), since nothing after it can be a clause it opens.
 */
export function lowerWordsClosedByProper(words: NameTokens, index: number, kind: NameRunKind, company = false, closingRest = false): number {
  const { tokens } = words;
  /** Where the capitalized name of an undertaking (`dự án`) read over would start; -1 before one. */
  let undertakingEnd = -1;
  for (let count = 0; count <= MAX_LOWER_WORDS_BEFORE_CLOSE; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    // A place closes the words, a lower-case one too (`khu vực phía Bắc`, `chi nhánh tỉnh Nghệ An`).
    if (count > 0 && words.placeEnd(position) > position) return count;
    if (!token.lower) {
      // `Ban Quản lý dự án Điện hạt nhân X`, `dự án Cảng hàng không quốc tế X`: the undertaking's own name opens
      // right after `dự án`, a facility's head too, its lower-case rest read as a name's.
      if (position === undertakingEnd && token.capitalized && !isTitleStart(words, position) && !startsPersonName(words, position)) return count;
      if (count === 0 || !isProperStart(words, position, kind, false) || (startsPersonName(words, position) && !(company && twoSyllableNameAt(words, position)))) return 0;
      // A person's title written short (`do ThS.BS Y phụ trách`) opens the person the words are about, no name's end.
      if (PERSON_TITLE_ABBREVIATION_KEYS.has(token.key)) return 0;
      // A code (`Covid-19`, `WG1`) names a disease or a group, never the end of a body's name.
      if (HAS_DIGIT.test(token.text)) return 0;
      // An acronym or a name of capitalized syllables (`Viettel cho biết`, `Sao Mai`) closes them; a capitalized
      // field word with its lower-case rest (`ngành Kinh tế`) is the object of a verb, not the end of the name.
      const next = tokens[position + 1];
      const nameEndsAfter = !next || next.breakBefore || !next.lower || words.is(position + 1, STOP_WORD | CONNECTOR)
        || lexiconMatchLength(words, position + 1, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0
        || lexiconMatchLength(words, position + 1, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL) > 0
        || (closingRest && plainEndAt(words.tokens, position + 2));
      return token.acronymLike || nameEndsAfter ? count : 0;
    }
    if (words.is(position, STOP_WORD | CONNECTOR)) return 0;
    // Verbs, and field words that are verbs too (`hỗ trợ`, `đầu tư`): `Bộ Y tế hỗ trợ tỉnh Nghệ An`.
    if (lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0) return 0;
    const skipped = verbalTailAt(words, position);
    if (skipped < 0) return 0;
    count += skipped;
    if (skipped > 0) undertakingEnd = position + skipped + 1;
  }
  return 0;
}

/** Most lower-case words a name runs through before a bare level closes it (`dự án đầu tư xây dựng các công trình dân dụng và công nghiệp`: 14). */
const MAX_LOWER_WORDS_BEFORE_LEVEL = 16;

/** Levels of local government written bare at the end of a body's name (`Trung tâm ... tỉnh`). */
const BARE_LEVEL_END_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường']);

/**
 * Words before a level that make it the class or scope of places, no body's own level: `cấp xã` (every commune's),
 * `toàn tỉnh`, `trong tỉnh`, `từng xã`.
 */
const LEVEL_SCOPE_KEYS: ReadonlySet<string> = new Set(['cấp', 'toàn', 'trong', 'ngoài', 'khắp', 'mỗi', 'từng', 'các', 'những', 'nhiều']);

/** A lower-case word on the line at `index` that is no small word, connector or level (`công nghiệp` after `dân dụng và`). */
function isPlainLowerWordAt(words: NameTokens, index: number): boolean {
  const token = words.tokens[index];
  return token !== undefined && !token.breakBefore && token.lower && !BARE_LEVEL_END_KEYS.has(token.key)
    && !words.is(index, STOP_WORD | CONNECTOR | CLAUSE_OPENER);
}

/**
 * The name goes on in lower case up to a bare level where the name plainly ends: `Trung tâm Dịch vụ đấu giá tài sản
 * tỉnh,`, `Ban Quản lý dự án đầu tư xây dựng tỉnh làm ...`, `Ban Quản lý dự án đầu tư xây dựng các công trình giao
 * thông tỉnh,` (the province's body, named by its level alone once its place is known). The number of lower-case
 * words before the level, 0 where one of them is a verb or a small word, or a field word that is a verb too, but in
 * the words of an undertaking (`dự án` and what it builds: `đầu tư xây dựng các công trình`), or where no bare
 * level ending the name closes them (`Bộ Y tế hỗ trợ tỉnh,`, `Sở Tài chính nhận đề xuất của tỉnh`).
 */
export function lowerWordsClosedByLevel(words: NameTokens, index: number): number {
  const { tokens } = words;
  let undertaking = false;
  /** Where `các` opens the works an undertaking builds (`các công trình`), 0 before it. */
  let worksAt = 0;
  for (let count = 0; count <= MAX_LOWER_WORDS_BEFORE_LEVEL; count += 1) {
    const position = index + count;
    const token = tokens[position];
    // `Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và hạ tầng đô thị Hải Phòng làm ...`: the works an
    // undertaking builds, closed by the place right after them, no level between (the place is taken after them).
    if (worksAt > 0 && position > worksAt + 1 && token !== undefined && !token.breakBefore && token.capitalized) {
      const placeEnd = words.placeEnd(position);
      const afterPlace = placeEnd > position ? tokens[placeEnd] : undefined;
      return placeEnd > position && (!afterPlace || afterPlace.breakBefore || afterPlace.lower || (!afterPlace.capitalized && !afterPlace.acronymLike)) ? count : 0;
    }
    if (!token || token.breakBefore || !token.lower) return 0;
    if (count > 0 && BARE_LEVEL_END_KEYS.has(token.key)) {
      // `Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh Ninh Bình làm ...`: an undertaking's words
      // up to the level and place that close the name (the place is taken after them).
      const placeEnd = undertaking ? words.placeEnd(position) : position;
      if (placeEnd > position + 1) {
        const afterPlace = tokens[placeEnd];
        return !afterPlace || afterPlace.breakBefore || afterPlace.lower || (!afterPlace.capitalized && !afterPlace.acronymLike) ? count : 0;
      }
      return levelEndsName(words, position + 1) && !LEVEL_SCOPE_KEYS.has(tokens[position - 1]?.key ?? '') ? count : 0;
    }
    if (count === 0 && token.key === 'dự' && tokens[position + 1]?.key === 'án' && !tokens[position + 1]?.breakBefore) {
      undertaking = true;
      count += 1;
      continue;
    }
    // `xây dựng các công trình`: what an undertaking builds, after its verb.
    if (undertaking && token.key === 'các' && count > 2) {
      worksAt = position;
      continue;
    }
    // `các công trình dân dụng và công nghiệp`: two kinds of the works built joined, a lower-case word on both sides.
    if (worksAt > 0 && position > worksAt + 2 && token.key === 'và' && isPlainLowerWordAt(words, position + 1)) continue;
    // A field word whole (`giao thông`, though `giao` alone is a verb).
    const field = lexiconMatchLength(words, position, NAME_TAIL_PHRASES, STARTS_NAME_TAIL);
    if (field > 0) {
      count += field - 1;
      continue;
    }
    if (words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER)) return 0;
    if (lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0) return 0;
    const verbal = lexiconMatchLength(words, position, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL);
    if (verbal > 0 && !undertaking) return 0;
    if (verbal > 1) count += verbal - 1;
  }
  return 0;
}

/**
 * `Ủy ban nhân dân (UBND) huyện Yên Thành`: an acronym in brackets right after the head, a place after it. After
 * the name's field words (`Sở Giao thông vận tải (GTVT) TP.HCM`) only a place inside the country: `Quỹ Nhi đồng
 * Liên hợp quốc (UNICEF) Việt Nam` is the fund's office there, not a body of that name.
 */
export function bracketedAcronymBeforePlace(words: NameTokens, index: number, afterField = false): boolean {
  const { tokens } = words;
  if (!(tokens[index]?.text === '(' && tokens[index + 1]?.acronymLike === true && tokens[index + 2]?.text === ')'
    && words.placeEnd(index + 3) > index + 3)) return false;
  const placeStart = tokens[index + 3];
  if (!afterField || placeStart === undefined) return !afterField;
  const place = placeAt(words.text, placeStart.start)?.place;
  return place?.kind !== 'country' || homeCountryBeforeLevel(words, index + 3, place.name);
}

/** Levels of local government that name a branch's seat with the place (`chi nhánh tỉnh Thái Nguyên`, `Chi nhánh TP Cần Thơ`). */
const BRANCH_SEAT_LEVEL_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'thành', 'tp', 'huyện', 'quận', 'thị']);

/**
 * `chi nhánh tỉnh Thái Nguyên`, `Chi nhánh TP Cần Thơ`, `Chi nhánh Khu vực 5` at `index`: a branch named by a level of
 * local government and its place, or by a numbered region, the unit of that tier a body's branch network is made of
 * (a state or policy bank's). Its length in tokens, `chi nhánh` included; 0 where none stands there, and for a branch
 * named by its place alone (`Chi nhánh Nghệ An`: the body's office there).
 */
export function tieredBranchLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  const first = tokens[index];
  const second = tokens[index + 1];
  if (!first || !second || first.key !== 'chi' || second.key !== 'nhánh' || second.breakBefore || !(first.lower || first.capitalized)) return 0;
  const seat = tokens[index + 2];
  if (!seat || seat.breakBefore) return 0;
  if (BRANCH_SEAT_LEVEL_KEYS.has(seat.key)) {
    const placeEnd = words.placeEnd(index + 2);
    return placeEnd > index + 3 ? placeEnd - index : 0;
  }
  const region = numberedRegionLength(words, index + 2);
  return region > 0 ? region + 2 : 0;
}

/**
 * `Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Thái Nguyên`: an acronym in brackets at `index` right before a
 * branch named by its tier (tieredBranchLength) parts the body's name from its branch's, the branch a body of its own.
 */
export function bracketedAcronymBeforeTieredBranch(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  return tokens[index]?.text === '(' && tokens[index + 1]?.acronymLike === true && tokens[index + 2]?.text === ')'
    && tieredBranchLength(words, index + 3) > 0;
}

/** Levels of local government that open a body's place after the country (`Việt Nam tỉnh Lào Cai`). */
const LOCAL_LEVEL_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'thành', 'huyện', 'quận', 'thị', 'xã', 'phường']);

/**
 * `Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh Lạng Sơn`: the home country at `country` with a local level right
 * after it names a Vietnamese body's committee of that level, the country part of the body's name (a foreign
 * agency's office in Việt Nam takes no level: `Quỹ Nhi đồng Liên hợp quốc (UNICEF) Việt Nam`).
 */
function homeCountryBeforeLevel(words: NameTokens, country: number, countryName: string): boolean {
  if (foldKey(countryName) !== 'việt nam') return false;
  const level = words.tokens[words.placeEnd(country)];
  return level !== undefined && !level.breakBefore && level.lower && LOCAL_LEVEL_KEYS.has(level.key);
}

/** A Roman numeral up to XXXIX, which numbers a region of a body's regional offices (`khu vực XII`). */
const ROMAN_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/u;

/**
 * `khu vực XII`, `Khu vực 2`, `vùng 3`, `khu vực số 5` at `index`: one numbered region of many, which a body's regional office is
 * named for (`Kiểm toán Nhà nước khu vực XII`, `Cảng vụ Hàng hải Khu vực 4`). Its length in tokens, the number
 * included (a Roman numeral or one of one or two digits standing alone); 0 where none stands there, or where the
 * number counts the places after it (`khu vực 3 xã`).
 */
export function numberedRegionLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  const token = tokens[index];
  if (!token || token.breakBefore || !(token.capitalized || token.lower)) return 0;
  const region = token.key === 'vùng' ? 1 : token.key === 'khu' && tokens[index + 1]?.key === 'vực' && !tokens[index + 1]?.breakBefore ? 2 : 0;
  if (region === 0) return 0;
  // `khu vực số 5`: `số` (number) may stand before the number.
  const numbered = tokens[index + region]?.key === 'số' && tokens[index + region]?.lower === true ? region + 1 : region;
  const number = tokens[index + numbered];
  if (!number || number.breakBefore) return 0;
  // `khu vực 3 xã`: a number before a level counts the places, no region's.
  const counted = tokens[index + numbered + 1];
  if (counted !== undefined && !counted.breakBefore && counted.lower && LEVEL_WORDS.has(counted.key)) return 0;
  return ROMAN_NUMERAL.test(number.text) || institutionNumberAt(words, index + numbered) ? numbered + 1 : 0;
}

/** `(KTNN) khu vực VIII` at `index`: an acronym in brackets right after a whole body's head, its numbered region after. */
export function bracketedAcronymBeforeRegion(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  return tokens[index]?.text === '(' && tokens[index + 1]?.acronymLike === true && tokens[index + 2]?.text === ')'
    && numberedRegionLength(words, index + 3) > 0;
}

/** Most lower-case words of the members a body is named for after `các` (`nhà đầu tư tài chính`). */
const MAX_MEMBER_WORDS = 6;

/** `các` and the members after it: where the head of the members' kind ends (`các Hội`), and where they end. */
export interface Members {
  readonly headEnd: number;
  readonly end: number;
  /** The members end the name (`các chương trình mục tiêu quốc gia sẽ`); else a proper word or a place goes on. */
  readonly endsName: boolean;
}

/**
 * `các` at `index` and the members a body that gathers others is named for: the members' head (`các Hội`, `các Tổ
 * chức`) before a name the run reads on (`Khoa học và Kỹ thuật`); lower-case words that a place, an acronym or a
 * proper word closes (`các nhà đầu tư tài chính Việt Nam`, `các Tổ chức hữu nghị Việt Nam`, `các khu công nghiệp
 * tỉnh Bắc Ninh`). Null where a verb or a small word stands among the
 * lower-case words (`các nước đã ...`), nothing closes them, or a title or a person's name follows.
 */
export function membersAt(words: NameTokens, index: number): Members | null {
  const { tokens } = words;
  const next = tokens[index + 1];
  if (tokens[index]?.key !== 'các' || !next || next.breakBefore) return null;
  const membersHead = matchHead(words, index + 1);
  const headEnd = membersHead?.kind === 'organization' ? index + 1 + membersHead.words : index + 1;
  const first = tokens[headEnd];
  if (!first || first.breakBefore) return null;
  if (!first.lower) {
    // `các KCN tỉnh Bắc Ninh`: the members written as an acronym, the body's place right after them; or its level
    // alone where the name plainly ends (`các KCN tỉnh rà soát ...`).
    if (headEnd === index + 1 && first.acronymLike && words.placeEnd(headEnd + 1) > headEnd + 1 && !tokens[headEnd + 1]?.breakBefore) {
      return { headEnd, end: headEnd + 1, endsName: false };
    }
    const level = tokens[headEnd + 1];
    if (headEnd === index + 1 && first.acronymLike && level !== undefined && !level.breakBefore && MEMBERS_LEVEL_KEYS.has(level.key)
      && levelEndsName(words, headEnd + 2)) {
      return { headEnd, end: headEnd + 2, endsName: true };
    }
    // A capitalized member is the head of a kind of body (`các Hội`): another (`các Covid-19`) names no members.
    if (headEnd === index + 1) return null;
    const properFollows = words.placeEnd(headEnd) > headEnd || first.acronymLike
      || (first.capitalized && !isTitleStart(words, headEnd) && !startsPersonName(words, headEnd));
    return properFollows ? { headEnd, end: headEnd, endsName: false } : null;
  }
  for (let position = headEnd; position <= headEnd + MAX_MEMBER_WORDS; position += 1) {
    const token = tokens[position];
    // `các chương trình mục tiêu quốc gia sẽ ...`, `... quốc gia.`: members ending with a field word, where the
    // clause goes on or the sentence ends.
    if (position > headEnd + 1 && (!token || token.breakBefore || ENDS_MEMBERS.has(token.text) || opensClause(words, position))
      && endsWithFieldWord(words, headEnd, position)) return { headEnd, end: position, endsName: true };
    if (!token || token.breakBefore) return null;
    if (position > headEnd && words.placeEnd(position) > position) return { headEnd, end: position, endsName: false };
    // `các khu kinh tế tỉnh,`, `các cảng cá tỉnh tổ chức ...`: members ending with a field word, or sites a body
    // manages, then the level of the body's place, bare, where the name plainly ends.
    if (position > headEnd && MEMBERS_LEVEL_KEYS.has(token.key) && (levelEndsName(words, position + 1) || shortFormInBracketsAt(tokens, position + 1))
      && ((position > headEnd + 1 && endsWithFieldWord(words, headEnd, position))
        || MANAGED_SITE_PHRASES.matchLength(tokens, headEnd, true) === position - headEnd)) {
      return { headEnd, end: position + 1, endsName: true };
    }
    if (!token.lower) {
      const closes = position > headEnd && (token.acronymLike || (token.capitalized && matchHead(words, position) === null
        && !isTitleStart(words, position) && !startsPersonName(words, position)));
      return closes ? { headEnd, end: position, endsName: false } : null;
    }
    if (words.is(position, STOP_WORD | CONNECTOR)) return null;
    if (lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0) return null;
  }
  return null;
}

/** Words after a level that make it a place's kind, not the end of a body's name: `tỉnh này`, `tỉnh bạn`, `tỉnh nhà`. */
export const LEVEL_QUALIFIER_KEYS: ReadonlySet<string> = new Set(['này', 'đó', 'kia', 'ấy', 'bạn', 'nhà', 'lân', 'khác', 'mình', 'thành', 'thị']);

/** After a bare level at `index - 1`, the name plainly ends: a mark, the line's end, a connector, a clause or a verb. */
export function levelEndsName(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  const next = tokens[index];
  if (!next || next.breakBefore) return true;
  // A bracket ends the name where a figure opens it (`Hội Nông dân tỉnh (3.105 tỷ đồng)`), not an acronym (`tỉnh (UBND)`).
  if (next.text === '(') return /^\p{Nd}/u.test(tokens[index + 1]?.text ?? '');
  if (!next.lower) return !next.capitalized && !next.acronymLike;
  if (LEVEL_QUALIFIER_KEYS.has(next.key)) return false;
  // `Trung tâm Dữ liệu tỉnh do Sở ... quản lý`: `do` and a capitalized agent (a body, a person) open a passive clause.
  const agent = tokens[index + 1];
  if (next.key === 'do' && agent !== undefined && !agent.breakBefore && (agent.capitalized || agent.acronymLike)) return true;
  return next.key === 'và' || words.is(index, STOP_WORD | CONNECTOR | CLAUSE_OPENER)
    || NOT_NAME_WORDS_AFTER_SUBJECT_PHRASES.matchLength(tokens, index, true) > 0
    || lexiconMatchLength(words, index, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0
    || lexiconMatchLength(words, index, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL) > 0;
}

/**
 * `(BQL KCN)` at `index`: the body's short form in brackets, one or two acronyms, right after its bare level (`Ban Quản
 * lý các khu công nghiệp tỉnh (BQL KCN)`): the name ends before it.
 */
function shortFormInBracketsAt(tokens: readonly Token[], index: number): boolean {
  const open = tokens[index];
  if (open?.text !== '(' || open.breakBefore || tokens[index + 1]?.acronymLike !== true) return false;
  return tokens[index + 2]?.text === ')' || (tokens[index + 2]?.acronymLike === true && tokens[index + 3]?.text === ')');
}

/** Levels of a body's place written bare after its members (`các khu kinh tế tỉnh`: the province's). */
const MEMBERS_LEVEL_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường']);

/** Marks that end a list of members (`các chương trình mục tiêu quốc gia,`). */
const ENDS_MEMBERS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', '!', '?']);

/** The lower-case words from `from` to `to` end with a field word (`quốc gia`, `xã hội`). */
function endsWithFieldWord(words: NameTokens, from: number, to: number): boolean {
  for (let start = Math.max(from, to - 3); start < to; start += 1) {
    if (fieldWordsLength(words, start) === to - start) return true;
  }
  return false;
}

/** Level words of local government (`tỉnh`, `huyện`): no field word of a name (name-runs.ts takes a bare level after a name where the name plainly ends, `Ban ... tỉnh đã`). */
const LEVEL_WORDS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thành', 'thị']);

/** Most lower-case words a name runs through before the rest of its clause opens (`quân sự đã`). */
const MAX_LOWER_WORDS_BEFORE_CLAUSE = 4;

/** The rest of a clause opens at `index`: an aspect or modal word (`đã`, `sẽ`, `là`), or `cho biết`, `cho hay`. */
function opensClause(words: NameTokens, index: number): boolean {
  const token = words.tokens[index];
  if (!token?.lower) return false;
  if (words.is(index, CLAUSE_OPENER)) return true;
  const next = words.tokens[index + 1];
  return token.key === 'cho' && next !== undefined && !next.breakBefore && (next.key === 'biết' || next.key === 'hay');
}

/**
 * `thuộc` at `index` and the capitalized head of the parent body after it (`thuộc Sở Tư pháp`, `thuộc Công an tỉnh`):
 * the body named before it belongs to that one, so its own name ends at `thuộc`.
 */
export function parentBodyAt(words: NameTokens, index: number): boolean {
  const token = words.tokens[index];
  if (token?.key !== 'thuộc' || !token.lower) return false;
  const parent = matchHead(words, index + 1);
  return parent !== null && parent.kind === 'organization';
}

/** Most lower-case words back from a name's lower-case run to the capitalized activity it belongs to. */
const MAX_WORDS_BACK_TO_ACTIVITY = 4;
/** Most tokens of what an activity serves before the place or parent that closes the name (`tín dụng cho doanh nghiệp nhỏ và vừa`: 8). */
const MAX_ACTIVITY_OBJECT_TOKENS = 10;
/** Level words that open a local place's name after an activity's object (`tỉnh X`, `thành phố X`, `TP X`). */
const OBJECT_CLOSING_LEVEL_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'thành', 'tp', 'huyện', 'quận', 'thị', 'xã', 'phường']);

/**
 * The lower-case words before `index` go back to a capitalized activity that takes an object (`Hỗ trợ`, `Bảo trợ`,
 * `Dịch vụ`: ACTIVITIES_TAKING_AN_OBJECT), its first syllable capitalized and the second not.
 */
function afterActivityTakingObject(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  for (let activity = index - 2; activity >= 0 && activity >= index - 2 - MAX_WORDS_BACK_TO_ACTIVITY; activity -= 1) {
    const token = tokens[activity];
    if (!token || tokens[activity + 1]?.breakBefore) return false;
    if (token.capitalized) return tokens[activity + 1]?.lower === true && ACTIVITY_TAKING_AN_OBJECT_PHRASES.isPhraseAt(tokens, activity, 2);
    if (!token.lower) return false;
  }
  return false;
}

/**
 * After a capitalized activity that takes an object, what it serves in lower case up to the level and place or the
 * parent body that closes the name: `Trung tâm Hỗ trợ phát triển giáo dục hòa nhập thành phố X`, `Hội Bảo trợ người
 * khuyết tật và trẻ mồ côi tỉnh X`, `Quỹ Bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa tỉnh X`, `Trung tâm Dịch vụ
 * đấu giá tài sản thuộc Sở Tư pháp`. The number of tokens before the close; 0 where no such activity comes before,
 * a verb, a small word or a line's end stands among the words, or nothing closes them within ten tokens (`Trung tâm
 * Hỗ trợ nông dân vay vốn`). `và` joins two lower-case words; `cho` opens whom the activity serves (not `cho biết`).
 */
export function activityObjectLength(words: NameTokens, index: number): number {
  if (!afterActivityTakingObject(words, index)) return 0;
  const { tokens } = words;
  // Where the last field word matched ends: a bare level closes the name only right after one.
  let fieldEnd = -1;
  // A field word that is a verb too (`xây dựng`) stood among the words: no verb after them closes the name.
  let verbal = false;
  for (let count = 0; count <= MAX_ACTIVITY_OBJECT_TOKENS; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    // `(gọi tắt là Trung tâm)`: the short name the body goes by after its whole name.
    if (count > 0 && token.text === '(' && tokens[position + 1]?.key === 'gọi') return count;
    if (!token.lower) return 0;
    if (count > 0 && parentBodyAt(words, position)) return count;
    // `Quỹ Hỗ trợ tài năng thể thao trẻ cam kết tài trợ`, `... trẻ đã`: two words served or more, the last a field
    // word (`trẻ`), then the clause's verb of stating or its aspect word (not `cho`: whom it serves).
    if (count >= 2 && !verbal && fieldEnd === position && tokens[position - 1]?.key !== 'cho' && tokens[position - 1]?.key !== 'và'
      && (opensClause(words, position) || lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0)) return count;
    const levelWords = OBJECT_CLOSING_LEVEL_KEYS.has(token.key) ? (token.key === 'thành' || token.key === 'thị' ? 2 : 1) : 0;
    // `... tỉnh X`; or the bare level where the name plainly ends (`Trung tâm Hỗ trợ khởi nghiệp tỉnh,`): the name's
    // own level, which the run takes after.
    if (count > 0 && levelWords > 0) {
      return words.placeEnd(position) > position + levelWords || (levelWords === 1 && fieldEnd === position && levelEndsName(words, position + 1)) ? count : 0;
    }
    const plainField = lexiconMatchLength(words, position, NAME_TAIL_PHRASES, STARTS_NAME_TAIL);
    const field = plainField || lexiconMatchLength(words, position, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL);
    if (field > 0) {
      // `thực vật xây dựng bản đồ`: a field word that is a verb too may open the clause's predicate.
      verbal = verbal || plainField === 0;
      count += field - 1;
      fieldEnd = position + field;
      continue;
    }
    const next = tokens[position + 1];
    const joins = tokens[position - 1]?.lower === true && (token.key === 'và' || (token.key === 'cho' && next?.key !== 'biết' && next?.key !== 'hay'))
      && tokens[position - 1]?.key !== 'và' && tokens[position - 1]?.key !== 'cho'
      && next !== undefined && !next.breakBefore && next.lower && !words.is(position + 1, STOP_WORD | CONNECTOR | CLAUSE_OPENER);
    if (joins) continue;
    if (words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER | NOT_A_SECOND_SYLLABLE)) return 0;
    // `cho người mù`: whom the activity serves, a noun of people after `cho` (`người` alone opens a clause's subject).
    if (tokens[position - 1]?.key !== 'cho' && lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0) return 0;
  }
  return 0;
}

/**
 * The name goes on in lower case up to where the rest of its clause opens: `Viện Khoa học và Công nghệ quân sự đã`,
 * `Trung tâm Nghiên cứu ... công nghệ cao cho biết`. The number of lower-case words (one to four), 0 where one of
 * them is a verb (`Bộ Y tế đẩy mạnh kiểm tra`), a field word that is a verb too, a small word, or where they start
 * with an adverb or a word of time (`Bộ Y tế hiện đang`), or no aspect word follows them (`Bộ Y tế phản hồi,`: a
 * comma may end a verb as well as a name).
 */
export function lowerWordsClosedByClause(words: NameTokens, index: number): number {
  const { tokens } = words;
  if (NOT_NAME_WORDS_AFTER_SUBJECT_PHRASES.matchLength(tokens, index, true) > 0) return 0;
  for (let count = 0; count <= MAX_LOWER_WORDS_BEFORE_CLAUSE; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    if (count > 0 && opensClause(words, position)) return count;
    if (!token.lower || words.is(position, STOP_WORD | CONNECTOR | NOT_A_SECOND_SYLLABLE) || LEVEL_WORDS.has(token.key)) return 0;
    if (lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0) return 0;
    const skipped = verbalTailAt(words, position);
    if (skipped < 0) return 0;
    count += skipped;
  }
  return 0;
}

/** Most words of a second item a steering committee steers, after a comma (`TĐC thủy điện`). */
const MAX_STEERED_ITEM_WORDS = 4;

/**
 * `Ban Chỉ đạo di dân, TĐC thủy điện của tỉnh`: after the comma at `index - 1`, a second item the committee steers,
 * lower-case words or an acronym, then `của` and the level whose committee it is, which closes the list. The item's
 * number of words; 0 where something else stands among them or no `của` and level follow them.
 */
function steeredItemBeforeOwnerLevel(words: NameTokens, index: number): number {
  const { tokens } = words;
  for (let count = 0; count <= MAX_STEERED_ITEM_WORDS; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    if (count > 0 && token.key === 'của') {
      const level = tokens[position + 1];
      // The name plainly ends after the level, or the clause goes on (`... của tỉnh, giao`, `của tỉnh đã`), not a
      // subject's (`..., ngân sách của tỉnh còn ít`).
      const levelOwns = level !== undefined && !level.breakBefore && level.lower && LEVEL_WORDS.has(level.key) && level.key !== 'thành' && level.key !== 'thị';
      return levelOwns && (plainEndAt(tokens, position + 2) || opensClause(words, position + 2)) ? count : 0;
    }
    if (!(token.acronymLike || (token.lower && !words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER) && !LEVEL_WORDS.has(token.key)))) return 0;
  }
  return 0;
}

/** Most lower-case words of what a steering committee steers (`chuyển đổi xanh giao thông công cộng`: 7). */
const MAX_STEERED_WORDS = 8;

/**
 * After `Ban Chỉ đạo`, the lower-case words of what it steers, a verb first (`Ban Chỉ đạo vận động hiến máu tình
 * nguyện,`), up to where the name plainly ends: a mark or the line's end, `và` before a capitalized word (a second
 * organization), a clause opening (`đã`, `cho biết`). Two words or more; 0 where a small word or a connector stands
 * among them (`Ban Chỉ đạo họp tại ...`), where it opens with a verb of one syllable (`Ban Chỉ đạo họp khẩn.`), where a capitalized word follows (read as a name's), or they open with an
 * adverb or a word of time (`Ban Chỉ đạo đã ...`: the short form).
 */
export function steeredFieldLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  if (NOT_NAME_WORDS_AFTER_SUBJECT_PHRASES.matchLength(tokens, index, true) > 0) return 0;
  // `Ban Chỉ đạo họp khẩn`: a verb of one syllable is the committee's doing; what it steers opens with a compound.
  if (lexiconMatchLength(words, index, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) === 1) return 0;
  for (let count = 0; count <= MAX_STEERED_WORDS; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (count >= 2) {
      if (token?.text === ',') {
        const listed = steeredItemBeforeOwnerLevel(words, position + 1);
        if (listed > 0) return count + 1 + listed;
      }
      if (!token || token.breakBefore || (!token.isWord && token.text !== '(')) return count;
      if (opensClause(words, position)) return count;
      const next = tokens[position + 1];
      if (token.key === 'và' && next !== undefined && !next.breakBefore && (next.capitalized || next.acronymLike)) return count;
    }
    // `Ban chỉ đạo công tác y tế trường học thành phố,`: a bare level after what it steers, the name plainly ending
    // after it, is the level the committee works at and closes its name.
    const level = count >= 2 ? bareLevelLength(tokens, position) : 0;
    if (level > 0 && (plainEndAt(tokens, position + level) || opensClause(words, position + level))) return count + level;
    if (!token || token.breakBefore || !token.lower || words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER) || LEVEL_WORDS.has(token.key)) return 0;
  }
  return 0;
}

/** Levels of local government of one word written bare, no place after (`tỉnh`, `huyện`); `thành phố`, `thị xã` are two. */
const ONE_WORD_BARE_LEVELS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường']);

/**
 * The level of local government at token `index`, lower case (`tỉnh`, `thành phố`, `thị xã`): its length in tokens,
 * 0 where none stands there.
 */
function bareLevelLength(tokens: NameTokens['tokens'], index: number): number {
  const token = tokens[index];
  if (!token || token.breakBefore || !token.lower) return 0;
  if (ONE_WORD_BARE_LEVELS.has(token.key)) return 1;
  const next = tokens[index + 1];
  if (!next || next.breakBefore || !next.lower) return 0;
  return (token.key === 'thành' && next.key === 'phố') || (token.key === 'thị' && next.key === 'xã') ? 2 : 0;
}

/**
 * `và` at `index` and the field words after it, where the name plainly ends after them (`Vụ Khoa học công nghệ và
 * môi trường chủ trì`, `... và môi trường,`): the end of the line, a mark, a proper word, a clause opening or a verb.
 * The number of tokens, `và` included; 0 where no field word follows or the clause goes on in lower case (`... và
 * doanh nghiệp trong nước`).
 */
export function fieldsJoinedLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  const first = tokens[index + 1];
  if (tokens[index]?.key !== 'và' || !first || first.breakBefore) return 0;
  // `và Phòng, chống thiên tai`: a set phrase whose halves a comma parts, capitalized as a field joined in a name
  // is, then the field it works on.
  const setPhrase = first.capitalized ? commaSetPhraseLength(words, index + 1) : 0;
  const setField = setPhrase > 0 ? fieldWordsLength(words, index + 1 + setPhrase) : 0;
  const fields = setPhrase > 0 ? (setField > 0 ? setPhrase + setField : 0) : fieldWordsLength(words, index + 1);
  if (fields === 0) return 0;
  const after = index + 1 + fields;
  const next = tokens[after];
  // `... và hạt nhân thuộc Bộ Khoa học và Công nghệ`: `thuộc` and the parent body the name belongs to; `do` and the
  // capitalized agent of a passive clause (`... thiên tai do Phó Cục trưởng X dẫn đầu`).
  const parent = tokens[after + 1];
  // `... và ứng dụng của Viện`: `của` and the capitalized body the name belongs to.
  const belongsTo = (next?.key === 'thuộc' || next?.key === 'do' || next?.key === 'của') && parent !== undefined && !parent.breakBefore && (parent.capitalized || parent.acronymLike);
  const endsName = !next || next.breakBefore || !next.lower || opensClause(words, after) || belongsTo
    || lexiconMatchLength(words, after, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0;
  return endsName ? fields + 1 : 0;
}

/**
 * Most lower-case words between a name's field word and the `và` that joins a second field to the name: one syllable,
 * the field word's rest (`nước` of `Tài nguyên nước`); two would read a verb as one (`Bách khoa tuyển sinh và ...`).
 */
const MAX_LOWER_WORDS_BEFORE_JOINED_FIELD = 1;

/**
 * A field word's lower-case rest before `và` and a second field of the name: `Phòng Nghiên cứu Tài nguyên nước và Môi
 * trường`, `Trung tâm Vật liệu gốm và Công nghệ nano`. The number of lower-case
 * words before `và` (one), 0 where one of them is a small word, a verb, a clause's opening, a level or a place, or where
 * after `và` comes no proper field (a head, a person, a place: a second body or a party) nor lower-case field words the
 * name plainly ends after (fieldsJoinedLength).
 */
export function lowerWordsBeforeJoinedField(words: NameTokens, index: number, kind: NameRunKind): number {
  const { tokens } = words;
  for (let count = 0; count <= MAX_LOWER_WORDS_BEFORE_JOINED_FIELD; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (!token || token.breakBefore || !token.lower) return 0;
    if (token.key === 'và') {
      const next = tokens[position + 1];
      if (count === 0 || !next || next.breakBefore) return 0;
      if (!next.lower) {
        return next.capitalized && matchHead(words, position + 1) === null && words.placeEnd(position + 1) < 0
          && !startsPersonName(words, position + 1) && isProperStart(words, position + 1, kind) ? count : 0;
      }
      return fieldsJoinedLength(words, position) > 0 ? count : 0;
    }
    // `Bộ Chỉ huy Quân sự tỉnh và Thiếu tướng X`: a bare level ends the name.
    if (count === MAX_LOWER_WORDS_BEFORE_JOINED_FIELD || words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER)
      || LEVEL_WORDS.has(token.key) || words.placeEnd(position) > position
      || lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0
      || lexiconMatchLength(words, position, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL) > 0) return 0;
  }
  return 0;
}

/** A number of one to three digits alone. */
const ONE_TO_THREE_DIGITS = /^\d{1,3}$/;

/** Most words between a name's capitalized words and the acronym in brackets that closes it. */
const MAX_WORDS_BEFORE_BRACKETED_ACRONYM = 5;

/**
 * The name goes on up to an acronym in brackets right after it: `Cục Quản lý lao động ngoài nước (QLLĐNN)`,
 * `Viện Kiểm nghiệm thuốc Trung ương (NIDQC)`. The number of words from `index` (lower-case words and capitalized
 * ones that are no head, title or person's name), 0 where a verb, a small word, a connector or a line break stands
 * among them (`Bộ Y tế khuyến cáo người dân (ND)`), or no bracketed acronym follows within five words.
 */
export function wordsBeforeBracketedAcronym(words: NameTokens, index: number): number {
  const { tokens } = words;
  // A small word among the words (`dưới nước`), allowed only where the acronym's letters confirm the name, or field
  // words from the lexicon alone follow it up to the bracket (`vốn nhà nước tại doanh nghiệp (CMSC)`).
  let smallWord = false;
  let smallWordAt = -1;
  for (let count = 0; count <= MAX_WORDS_BEFORE_BRACKETED_ACRONYM; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    if (token.text === '(') {
      // `Ban Quản lý dự án 2 (Ban QLDA 2)`: the bracket may repeat the head before the acronym (up to three words)
      // and the number ending the name after it.
      let inside = position + 1;
      while (inside < position + 4 && tokens[inside]?.capitalized === true) inside += 1;
      const acronym = tokens[inside];
      const numberBefore = tokens[position - 1];
      const numbered = count > 1 && numberBefore !== undefined && ONE_TO_THREE_DIGITS.test(numberBefore.text);
      const close = tokens[inside + (numbered && tokens[inside + 1]?.text === numberBefore.text ? 2 : 1)];
      if (!(count > 0 && acronym?.acronymLike === true && !acronym.breakBefore && close?.text === ')')) return 0;
      const fieldsAfterSmallWord = smallWord && fieldWordsLength(words, smallWordAt + 1) === position - smallWordAt - 1;
      return !smallWord || fieldsAfterSmallWord || countryInitialConfirms(words, index, position, acronym.text) ? count : 0;
    }
    if (count === MAX_WORDS_BEFORE_BRACKETED_ACRONYM) return 0;
    // The number of a body among many alike, right before the bracket (`dự án 2 (Ban QLDA 2)`).
    if (count > 0 && ONE_TO_THREE_DIGITS.test(token.text) && tokens[position + 1]?.text === '(') continue;
    if (token.lower) {
      if (words.is(position, CONNECTOR | NOT_A_SECOND_SYLLABLE)) return 0;
      if (lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0 && !digitalBeforeName(words, position, count)) return 0;
      // A small word must have a lower-case word after it inside the name (`dưới nước`, not `dưới Việt Nam`).
      if (words.is(position, STOP_WORD)) {
        const next = tokens[position + 1];
        if (smallWord || !next || next.breakBefore || !next.lower || words.is(position + 1, STOP_WORD | CONNECTOR)) return 0;
        smallWord = true;
        smallWordAt = position;
      }
      continue;
    }
    if (!token.capitalized || count === 0 || matchHead(words, position) !== null || isTitleStart(words, position)
      || startsPersonName(words, position) || HAS_DIGIT.test(token.text)) return 0;
  }
  return 0;
}

/** Most lower-case words between a name's field and the bracket naming its parent body (`xét nghiệm bệnh động vật`: 5). */
const MAX_WORDS_BEFORE_PARENT_BRACKET = 5;

/**
 * The name goes on in lower case up to a bracket that names the body it belongs to: `Cục Kết cấu hạ tầng xây dựng (Bộ
 * Xây dựng)`, `Trung tâm Chẩn đoán xét nghiệm bệnh động vật (thuộc Cơ quan Thú y vùng VII)`. The bracket opens with
 * `thuộc` (`trực thuộc`) or an organization's head, so it says whose unit the name is, and the name ends before it.
 * The number of lower-case words (up to five), 0 where a verb, a small word, a connector or a level stands among them,
 * or none of them is a field word (`Bộ Y tế kiểm tra bếp ăn (Sở Y tế ...)`: what the body did).
 */
export function lowerWordsBeforeParentBracket(words: NameTokens, index: number): number {
  const { tokens } = words;
  let field = false;
  for (let count = 0; count <= MAX_WORDS_BEFORE_PARENT_BRACKET; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    if (token.text === '(') {
      if (count === 0 || !field) return 0;
      let inside = position + 1;
      if (tokens[inside]?.key === 'trực' && tokens[inside + 1]?.key === 'thuộc') inside += 2;
      else if (tokens[inside]?.key === 'thuộc') inside += 1;
      const parent = tokens[inside]?.capitalized === true ? matchHead(words, inside) : null;
      return parent !== null && parent.kind === 'organization' ? count : 0;
    }
    if (!token.lower || words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER | NOT_A_SECOND_SYLLABLE)) return 0;
    if (lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0) return 0;
    const known = lexiconMatchLength(words, position, NAME_TAIL_PHRASES, STARTS_NAME_TAIL)
      || lexiconMatchLength(words, position, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL)
      || lexiconMatchLength(words, position, FIELD_COMPOUND_PHRASES, STARTS_FIELD_COMPOUND);
    if (known > 0) {
      field = true;
      count += known - 1;
    }
  }
  return 0;
}

/**
 * `số` at `position` means digital, not a count or a number, inside a name: after the name's field (`Giải trí số`, `Di
 * sản số`), right before the capitalized word of its brand (`Mekong`, `Việt`), `count` words into the name's rest.
 */
function digitalBeforeName(words: NameTokens, position: number, count: number): boolean {
  const { tokens } = words;
  const next = tokens[position + 1];
  return count === 0 && tokens[position]?.key === 'số' && next !== undefined && !next.breakBefore && next.capitalized && !HAS_DIGIT.test(next.text);
}

/** Letters an English acronym of a body's name takes from a country ending the name (`Việt Nam`: `V`, `VN`). */
const MIN_CONFIRMING_ACRONYM_LETTERS = 3;

/**
 * The words from `from` to the bracket at `bracket` end with a country's name, and the acronym (three letters or
 * more) starts or ends with that country's initial: `Liên đoàn Thể thao dưới nước Việt Nam (VASF)`, an English
 * acronym (Vietnam Aquatic Sports Federation) whose letters confirm a name that runs through a small word.
 */
function countryInitialConfirms(words: NameTokens, from: number, bracket: number, acronym: string): boolean {
  if (acronym.length < MIN_CONFIRMING_ACRONYM_LETTERS || !/^\p{Lu}+$/u.test(acronym)) return false;
  for (let position = from + 1; position < bracket; position += 1) {
    if (words.placeEnd(position) !== bracket) continue;
    const start = words.tokens[position];
    if (!start || placeAt(words.text, start.start)?.place.kind !== 'country') return false;
    // The country's own name, past a lower-case word before it (`nước Việt Nam`).
    let named = position;
    while (named < bracket && words.tokens[named]?.lower === true) named += 1;
    const initial = words.tokens[named]?.text.normalize('NFD').charAt(0) ?? '';
    return initial !== '' && (acronym.startsWith(initial) || acronym.endsWith(initial));
  }
  return false;
}

/** A capital and a number, the code of a police department (`C07`, `A05`), which reads as no acronym alone. */
const LETTER_AND_DIGITS_CODE = /^\p{Lu}\p{Nd}{1,3}$/u;

/** Most fields listed after a name's first field before the acronym in brackets closing it. */
const MAX_LISTED_FIELDS_BEFORE_BRACKET = 4;

/** Most lower-case words of a listed item that an acronym in brackets right after it closes (`điều hành an toàn thông tin`). */
const MAX_BRACKET_CLOSED_ITEM_WORDS = 6;

/**
 * Lower-case words from `index` up to an acronym in brackets right after them (`điều hành an toàn thông tin (SOC)`):
 * their number, at most MAX_BRACKET_CLOSED_ITEM_WORDS and none a stop word or connector; 0 where no bracket closes them.
 */
function lowerWordsBeforeBracketedAcronym(words: NameTokens, index: number): number {
  const { tokens } = words;
  for (let count = 0; count <= MAX_BRACKET_CLOSED_ITEM_WORDS; count += 1) {
    const token = tokens[index + count];
    if (!token || token.breakBefore) return 0;
    if (token.text === '(') return count > 0 && bracketedCodeAt(tokens, index + count) ? count : 0;
    if (!token.lower || words.is(index + count, STOP_WORD | CONNECTOR)) return 0;
  }
  return 0;
}

/** An acronym or a letter-and-digits code in brackets at `open` (`(C07)`, `(SOC)`). */
function bracketedCodeAt(tokens: NameTokens['tokens'], open: number): boolean {
  const opening = tokens[open];
  const acronym = tokens[open + 1];
  return opening?.text === '(' && !opening.breakBefore && acronym !== undefined
    && (acronym.acronymLike || LETTER_AND_DIGITS_CODE.test(acronym.text)) && tokens[open + 2]?.text === ')';
}

/**
 * A registration code that numbers one body among many alike nationwide, two digits of the province, two of the
 * body and its letters (`Trung tâm Đăng kiểm xe cơ giới 29-01V`, `Trung tâm 50-05D`); the letters tell it from a
 * range of numbers (`10-15`).
 */
const REGISTRATION_CODE = /^\d{2}-\d{2}\p{Lu}{1,2}$/u;

/** The token at `index` is a body's registration code on the name's line (`29-01V`). */
export function registrationCodeAt(tokens: NameTokens['tokens'], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && !token.breakBefore && REGISTRATION_CODE.test(token.text);
}

/** Most lower-case words of a field between a name's capitalized word and the registration code closing it. */
const MAX_LOWER_WORDS_BEFORE_REGISTRATION_CODE = 4;

/**
 * Lower-case words from `index` up to a registration code right after them (`xe cơ giới 29-01V` of `Trung tâm Đăng
 * kiểm xe cơ giới 29-01V`): their number, none a small word, connector or clause's word; 0 where no code closes them.
 */
export function lowerWordsBeforeRegistrationCode(words: NameTokens, index: number): number {
  const { tokens } = words;
  for (let count = 0; count <= MAX_LOWER_WORDS_BEFORE_REGISTRATION_CODE; count += 1) {
    const token = tokens[index + count];
    if (!token || token.breakBefore) return 0;
    if (registrationCodeAt(tokens, index + count)) return count;
    if (!token.lower || words.is(index + count, STOP_WORD | CONNECTOR | CLAUSE_OPENER)) return 0;
  }
  return 0;
}

/** Most tokens of a name's field, words, commas and one `và`, that an acronym or code in brackets closes. */
const MAX_TOKENS_BEFORE_BRACKETED_CODE = 16;
/** Most commas among those tokens: the fields a body's name lists (`trại giam, cơ sở giáo dục, trường giáo dưỡng`). */
const MAX_COMMAS_BEFORE_BRACKETED_CODE = 3;
/** Plural words a name's field may take before its noun (`các công trình điện`). */
const PLURAL_KEYS: ReadonlySet<string> = new Set(['các', 'những']);

/**
 * The initials of the `letters` words right before the bracket at `open` spell `acronym`: the acronym names those
 * words alone (`người dân (ND)`), not a name begun before them.
 */
function acronymSpelledByWordsBefore(tokens: NameTokens['tokens'], open: number, acronym: string, from: number): boolean {
  const letters = [...acronym];
  if (letters.length < 2 || open - letters.length < from) return false;
  for (let word = 0; word < letters.length; word += 1) {
    const token = tokens[open - letters.length + word];
    if (!token?.isWord || token.text.normalize('NFD').charAt(0).toUpperCase() !== letters[word]) return false;
  }
  return true;
}

/**
 * A name's field running on through lower-case words, a plural (`các`), commas, one `và` and one `về` (a unit's
 * code closing it) up to an acronym or a
 * code in brackets that closes the name (`Ban Quản lý dự án các công trình điện miền Bắc (AMB)`, `Cục Cảnh sát quản
 * lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (C10)`, `Công ty Vận hành hệ thống điện và thị trường
 * điện Quốc gia (NSMO)`): the bracket right after a name gives the name's short form, so the words up to it are the
 * name's whatever they would be alone (a verb: `quản lý`, `vận hành`), where a field word opens them or a unit's
 * code closes them. The number of tokens from `index` to the
 * bracket; 0 where a line breaks, a clause's word (`đã`, `của`, `tại`), another head, a title, a person's name or a
 * number stands among them, or the acronym spells the last words alone (`Bộ Y tế khuyến cáo người dân (ND)`).
 */
export function fieldWordsBeforeBracketedCode(words: NameTokens, index: number): number {
  const { tokens } = words;
  if (NOT_NAME_WORDS_AFTER_SUBJECT_PHRASES.matchLength(tokens, index, true) > 0) return 0;
  // `Bộ Công an thu giữ ma túy tổng hợp (MDMA)`: a verb after a name may start the clause, the bracket naming its
  // object; only a unit's code (`C10`, `A05`) tells such words are the unit's field (`Cục Cảnh sát quản lý trại
  // giam`). Words that go on a field (`và`, `các`, a field word: `hệ thống`; the works a board runs: `dự án`)
  // may take any acronym.
  const first = tokens[index];
  const opensField = first !== undefined && (first.key === 'và' || PLURAL_KEYS.has(first.key) || fieldWordsLength(words, index) > 0
    || MANAGED_SITE_PHRASES.matchLength(tokens, index, true) > 0);
  const codeOnly = !opensField;
  let commas = 0;
  let joined = false;
  let about = false;
  /** A verb stood among the words (`cảnh báo`): a `về` after it is the verb's, not the field's. */
  let verbSeen = false;
  for (let count = 0; count <= MAX_TOKENS_BEFORE_BRACKETED_CODE; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    if (token.text === '(') {
      if (count === 0 || !tokens[position - 1]?.isWord || !bracketedCodeAt(tokens, position)) return 0;
      if ((codeOnly || about) && !LETTER_AND_DIGITS_CODE.test(tokens[position + 1]?.text ?? '')) return 0;
      return acronymSpelledByWordsBefore(tokens, position, tokens[position + 1]?.text ?? '', index) ? 0 : count;
    }
    if (count === MAX_TOKENS_BEFORE_BRACKETED_CODE) return 0;
    const next = tokens[position + 1];
    if (token.text === ',') {
      commas += 1;
      if (commas > MAX_COMMAS_BEFORE_BRACKETED_CODE || count === 0 || !tokens[position - 1]?.isWord || !next?.lower
        || words.is(position + 1, STOP_WORD | CONNECTOR | CLAUSE_OPENER)) return 0;
      continue;
    }
    if (token.lower) {
      if (token.key === 'và') {
        if (joined || !next || next.breakBefore || !(next.lower || next.capitalized)) return 0;
        joined = true;
        continue;
      }
      // `Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06)`: one `về` and what the field covers, where a unit's
      // code closes the name; not a verb's `về` (`Cục Cảnh sát cảnh báo về ma túy đá (K2)`).
      if (token.key === 'về') {
        if (about || verbSeen || count === 0 || !next?.lower || next.breakBefore || words.is(position + 1, STOP_WORD | CONNECTOR | CLAUSE_OPENER)) return 0;
        about = true;
        continue;
      }
      if (PLURAL_KEYS.has(token.key)) {
        if (!next?.lower || next.breakBefore) return 0;
        continue;
      }
      if (words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER)) return 0;
      if (lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0) verbSeen = true;
      continue;
    }
    // `Ban Quản lý các khu chế xuất và công nghiệp TP.HCM (HEPZA)`: the place the field's words close on, whatever
    // its spelling (`TP.HCM` is no capitalized word), right before the bracket.
    const placeEnd = count > 0 ? words.placeEnd(position) : -1;
    if (placeEnd > position && tokens[placeEnd]?.text === '(' && !tokens[placeEnd]?.breakBefore) {
      count += placeEnd - position - 1;
      continue;
    }
    if (!token.capitalized || HAS_DIGIT.test(token.text) || matchHead(words, position) !== null || isTitleStart(words, position)
      || startsPersonName(words, position)) return 0;
  }
  return 0;
}

/**
 * Where a list of a name's fields ends at `index` once `và` has joined its last: a stop, a comma, the end of the line,
 * or a body or place the name belongs to (`... và cứu nạn, cứu hộ Công an tỉnh X`).
 */
function closesFieldListAt(words: NameTokens, index: number): boolean {
  const token = words.tokens[index];
  if (!token || token.breakBefore || /^[.,;:)]$/u.test(token.text)) return true;
  if (!token.capitalized) return false;
  return matchHead(words, index) !== null || words.placeEnd(index) > index;
}

/**
 * A comma at `comma` after a name's field words and the fields it lists, joined by commas and `và`, up to an acronym
 * in brackets right after the last (`Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07)`, `Trung tâm Giám
 * sát, điều hành an toàn thông tin (SOC)`), or, the list joined by `và`, up to what closes it (closesFieldListAt:
 * `Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh X`). The number of tokens from the comma to
 * the last field; 0 where an item is no field word, a line breaks, or nothing closes the list (`Cục Cảnh sát phòng
 * cháy, chữa cháy các nơi`).
 */
export function fieldListBeforeBracketedAcronym(words: NameTokens, comma: number): number {
  const { tokens } = words;
  if (tokens[comma]?.text !== ',') return 0;
  let position = comma;
  let joined = false;
  let closed = 0;
  for (let fields = 0; fields < MAX_LISTED_FIELDS_BEFORE_BRACKET; fields += 1) {
    const separator = tokens[position];
    if (!separator || separator.breakBefore || !(separator.text === ',' || separator.key === 'và')) break;
    if (separator.key === 'và') joined = true;
    const first = tokens[position + 1];
    const field = first && !first.breakBefore
      ? fieldWordsLength(words, position + 1) || lowerWordsBeforeBracketedAcronym(words, position + 1)
      : 0;
    if (field === 0) break;
    position += 1 + field;
    if (bracketedCodeAt(tokens, position)) return position - comma;
    if (joined && closesFieldListAt(words, position)) closed = position;
  }
  return closed > 0 ? closed - comma : 0;
}

/**
 * `Hợp tác xã (HTX) Nông nghiệp Thanh Điền`: right after the head, its acronym in brackets, its letters the head
 * words' initials, then a capitalized word the name goes on with. False where the letters spell no head (`Trung tâm
 * (ABC) Hà Nội`) or no proper word follows (`Hợp tác xã (HTX) đã`).
 */
export function headAcronymBeforeName(words: NameTokens, headStart: number, bracket: number, kind: NameRunKind): boolean {
  const { tokens } = words;
  const acronym = tokens[bracket + 1];
  if (tokens[bracket]?.text !== '(' || acronym?.acronymLike !== true || tokens[bracket + 2]?.text !== ')') return false;
  if (acronym.text.length !== bracket - headStart) return false;
  for (let word = headStart; word < bracket; word += 1) {
    const initial = tokens[word]?.text.normalize('NFD').charAt(0).toUpperCase();
    if (initial !== acronym.text.charAt(word - headStart)) return false;
  }
  const next = tokens[bracket + 3];
  return next !== undefined && next.capitalized && isProperStart(words, bracket + 3, kind) && !startsPersonName(words, bracket + 3);
}

/**
 * Set phrases whose two halves a comma parts inside one field of a body's name (`phòng, chống`, `tìm kiếm, cứu
 * nạn`): the comma there lists no second body. Each as its halves' syllables.
 */
export const COMMA_SET_PHRASES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['phòng'], ['chống']],
  [['phòng'], ['chữa']],
  [['phòng', 'cháy'], ['chữa', 'cháy']],
  [['tìm', 'kiếm'], ['cứu', 'nạn']],
  [['tìm', 'kiếm'], ['cứu', 'hộ']],
  [['cứu', 'hộ'], ['cứu', 'nạn']],
  [['cứu', 'nạn'], ['cứu', 'hộ']],
  // `Cục Quản lý Khám, chữa bệnh`: the whole of curative care, its noun with it (before the bare pair, read first).
  [['khám'], ['chữa', 'bệnh']],
  [['khám'], ['chữa']],
  [['xuất'], ['nhập']],
  // The tax office's pair of taxpayers (`hộ kinh doanh, cá nhân kinh doanh`), which its departments are named for.
  [['hộ', 'kinh', 'doanh'], ['cá', 'nhân']],
];
/** The first syllables of the set phrases, asked first. */
const COMMA_SET_PHRASE_STARTS: ReadonlySet<string> = new Set(COMMA_SET_PHRASES.map(([first]) => first[0] ?? ''));

/**
 * Set phrases of the activity a body is named for, one field of its name only where written capitalized right after
 * its head (`Cục Quản lý, giám sát tổ chức tín dụng`, `Cục Quản lý, giám sát bảo hiểm`); in lower case they say what a
 * body does (`Sở Xây dựng quản lý, giám sát công trình`).
 */
const HEAD_ACTIVITY_COMMA_SET_PHRASES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['quản', 'lý'], ['giám', 'sát']],
  [['thanh', 'tra'], ['giám', 'sát']],
  [['kiểm', 'tra'], ['giám', 'sát']],
];
const HEAD_ACTIVITY_COMMA_SET_PHRASE_STARTS: ReadonlySet<string> = new Set(HEAD_ACTIVITY_COMMA_SET_PHRASES.map(([first]) => first[0] ?? ''));

/** The number of tokens of the set phrase `phrases` holds at `index`, the comma counted; else 0. */
function commaSetPhraseAmong(tokens: NameTokens['tokens'], index: number, phrases: typeof COMMA_SET_PHRASES): number {
  for (const [first, second] of phrases) {
    const comma = index + first.length;
    if (keysAt(tokens, index, first) && tokens[comma]?.text === ',' && !tokens[comma]?.breakBefore && keysAt(tokens, comma + 1, second)) {
      return first.length + 1 + second.length;
    }
  }
  return 0;
}

/** The syllables `keys` are the tokens from `index` on, all on the line. */
function keysAt(tokens: NameTokens['tokens'], index: number, keys: readonly string[]): boolean {
  for (let step = 0; step < keys.length; step += 1) {
    const token = tokens[index + step];
    if (!token || token.breakBefore || token.key !== keys[step]) return false;
  }
  return true;
}

/**
 * A set phrase at `index`, its halves parted by a comma (`phòng, chống`, `tìm kiếm, cứu nạn`, `cứu hộ, cứu nạn`; a
 * head's activity capitalized, `Quản lý, giám sát`): its number of tokens, the comma counted; else 0.
 */
export function commaSetPhraseLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  const key = tokens[index]?.key ?? '';
  if (COMMA_SET_PHRASE_STARTS.has(key)) {
    const length = commaSetPhraseAmong(tokens, index, COMMA_SET_PHRASES);
    if (length > 0) return length;
  }
  return HEAD_ACTIVITY_COMMA_SET_PHRASE_STARTS.has(key) && tokens[index]?.capitalized === true
    ? commaSetPhraseAmong(tokens, index, HEAD_ACTIVITY_COMMA_SET_PHRASES)
    : 0;
}

/** The noun a set phrase may hold as its own object (`khám, chữa bệnh`): a place or bracket may close it at once. */
const SET_PHRASE_OBJECT_KEY = 'bệnh';

/** Most tokens of the field a set phrase works on (`tội phạm sử dụng công nghệ cao`) before what closes the name. */
const MAX_SET_PHRASE_FIELD_TOKENS = 10;

/**
 * After a set phrase ending at `index`, the field it works on up to what closes a body's name: an acronym in brackets
 * (`... thiên tai và Tìm kiếm cứu nạn (PCTT)`) or a place (`... hàng hải Việt Nam`). The number of tokens from
 * `index` to that close: lower-case words, `và`, capitalized words that start no body, title or person's name; -1
 * where something else stands first or nothing closes the name (`phòng, chống dịch tại huyện ...`).
 */
export function setPhraseFieldLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  for (let count = 0; count <= MAX_SET_PHRASE_FIELD_TOKENS; count += 1) {
    const position = index + count;
    const token = tokens[position];
    if (!token || token.breakBefore) return -1;
    // `Phòng Cảnh sát PCCC và cứu nạn, cứu hộ thuộc Công an tỉnh`: the parent body closes the name too.
    if (parentBodyAt(words, position)) return count;
    // `Ban Chỉ đạo phòng, chống tội phạm tỉnh, đề nghị ...`, `Ban Chỉ đạo tìm kiếm, cứu nạn huyện,`: the body's bare
    // level where the name plainly ends.
    if (tokens[position - 1]?.key !== 'và' && token.lower && MEMBERS_LEVEL_KEYS.has(token.key) && levelEndsName(words, position + 1)) return count;
    if ((count > 0 || tokens[position - 1]?.key === SET_PHRASE_OBJECT_KEY) && tokens[position - 1]?.key !== 'và') {
      if (words.placeEnd(position) > position) return count;
      const acronym = tokens[position + 1];
      if (token.text === '(' && acronym !== undefined && !acronym.breakBefore && (acronym.acronymLike || acronym.capitalized)) return count;
    }
    if (token.lower) {
      // `phòng, chống tội phạm về môi trường (PC05)`: the fields of the crimes after `về`, as a name without the comma
      // phrase has them (`Phòng Cảnh sát điều tra tội phạm về ma túy`).
      if (token.key === 'về' && count >= 2 && tokens[position - 2]?.key === 'tội' && tokens[position - 1]?.key === 'phạm') {
        const about = aboutFieldsLength(words, position);
        if (about > 0) {
          count += about - 1;
          continue;
        }
      }
      // A field word of two syllables or more goes whole, whatever its syllables alone (`hàng không`).
      const fieldWord = lexiconMatchLength(words, position, NAME_TAIL_PHRASES, STARTS_NAME_TAIL);
      if (fieldWord >= 2) {
        count += fieldWord - 1;
        continue;
      }
      if (token.key === 'và' ? tokens[position - 1]?.key === 'và' : words.is(position, STOP_WORD | CONNECTOR)) return -1;
      if (lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0 && count === 0) return -1;
      continue;
    }
    // `Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh X`: the ills it works against listed by commas.
    if (token.text === ',' && count > 0 && tokens[position - 1]?.lower === true && tokens[position + 1]?.breakBefore === false
      && plainFieldAfterAboutLength(words, position + 1) > 0) continue;
    if (!token.capitalized || (tokens[position - 1]?.key !== 'và' && tokens[position - 1]?.capitalized !== true)) return -1;
    if (matchHead(words, position) !== null || isTitleStart(words, position) || startsPersonName(words, position)) return -1;
  }
  return -1;
}

/** Most tokens of a name that a bracketed short form repeating its head closes (`... thành phố (Ban QLDA Giao thông)`). */
const MAX_NAME_TOKENS_BEFORE_SHORT_FORM = 20;
/** Most words after the acronym of a short form that repeats the name's head (`Giao thông` of `(Ban QLDA Giao thông)`). */
const MAX_SHORT_FORM_TAIL_WORDS = 3;

/**
 * `Ban Quản lý dự án Đầu tư xây dựng các công trình giao thông thành phố (Ban QLDA Giao thông)`: a bracket right
 * after the words of one line that repeats the name's head, then an acronym whose initials spell the words right after
 * the head (`QLDA` ← `Quản lý dự án`), then at most three words of the name, confirms the name whole up to the
 * bracket, whatever lower-case words and `các` it runs through; so does one that repeats the head and the capitalized
 * words ending the name (`Công ty TNHH Gỗ nội thất Thịnh Phát (Công ty Thịnh Phát)`). The head starts at token `index` and ends at
 * `headNext`; the index of the bracket, else 0 (no such bracket within twenty words, a mark or a line break first).
 */
export function nameClosedByShortForm(words: NameTokens, index: number, headNext: number): number {
  const { tokens } = words;
  for (let position = headNext; position < headNext + MAX_NAME_TOKENS_BEFORE_SHORT_FORM; position += 1) {
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    if (token.text === '(') {
      const confirmed = position > headNext + 1
        && (shortFormRepeatsHead(tokens, index, headNext, position) || shortFormKeepsHeadAndEnd(words, index, headNext, position));
      return confirmed ? position : 0;
    }
    if (!token.isWord || (token.lower && notNameWordBeforeShortForm(words, position))) return 0;
  }
  return 0;
}

/**
 * The lower-case word at `position` is no word of a name a short form closes: a small word or a clause's (`đã`, `tại`;
 * `các` and `và` aside, which a name may run through), or a verb that starts no field word (`mời`, not `giao thông`); `thành` of `thành phố` is none.
 */
function notNameWordBeforeShortForm(words: NameTokens, position: number): boolean {
  const key = words.tokens[position]?.key;
  // `thành phố`: the city, a level of the name's place.
  const city = key === 'thành' && words.tokens[position + 1]?.key === 'phố';
  if (key !== 'các' && key !== 'và' && !city && words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER)) return true;
  return lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0
    && lexiconMatchLength(words, position, NAME_TAIL_PHRASES, STARTS_NAME_TAIL) === 0
    && lexiconMatchLength(words, position, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL) === 0;
}

/**
 * The bracket at `open` holds the head of tokens `index` to `headNext`, an acronym the words from `headNext` spell
 * (before the bracket), and up to three words the name has after them, then closes.
 */
function shortFormRepeatsHead(tokens: NameTokens['tokens'], index: number, headNext: number, open: number): boolean {
  const headWords = headNext - index;
  for (let word = 0; word < headWords; word += 1) {
    const inside = tokens[open + 1 + word];
    if (!inside || inside.breakBefore || inside.key !== tokens[index + word]?.key) return false;
  }
  const acronym = tokens[open + 1 + headWords];
  if (!acronym?.acronymLike || acronym.breakBefore) return false;
  const letters = acronymLetters(acronym.text);
  const spelled = letters === null ? -1 : matchInitialsForward(tokens, headNext, letters);
  if (spelled <= headNext || spelled > open) return false;
  for (let tail = open + 2 + headWords; tail <= open + 2 + headWords + MAX_SHORT_FORM_TAIL_WORDS; tail += 1) {
    const word = tokens[tail];
    if (!word || word.breakBefore) return false;
    if (word.text === ')') return true;
    if (!word.isWord || !keyAmong(tokens, word.key, spelled, open)) return false;
  }
  return false;
}

/** Most capitalized words a short form keeps of a name's end (`Thịnh Phát` of `(Công ty Thịnh Phát)`). */
const MAX_KEPT_END_WORDS = 4;

/**
 * `Công ty TNHH Gỗ nội thất Thịnh Phát (Công ty Thịnh Phát)`: the bracket at `open` holds the name's head or its first
 * words (`Công ty` of `Công ty TNHH`), then the capitalized words that end the name right before the bracket, and
 * closes: the short form the article goes on with.
 */
function shortFormKeepsHeadAndEnd(words: NameTokens, index: number, headNext: number, open: number): boolean {
  const { tokens } = words;
  const shortHead = matchHead(words, open + 1);
  if (shortHead === null || shortHead.kind !== 'organization' || shortHead.words > headNext - index) return false;
  for (let word = 0; word < shortHead.words; word += 1) if (tokens[open + 1 + word]?.key !== tokens[index + word]?.key) return false;
  const first = open + 1 + shortHead.words;
  let close = first;
  while (close - first < MAX_KEPT_END_WORDS && tokens[close]?.capitalized === true && !tokens[close]?.breakBefore) close += 1;
  const kept = close - first;
  if (kept === 0 || tokens[close]?.text !== ')' || open - kept <= headNext) return false;
  for (let word = 0; word < kept; word += 1) if (tokens[first + word]?.key !== tokens[open - kept + word]?.key) return false;
  return true;
}

/** A token from `from` to `to` (exclusive) has the folded key `key`. */
function keyAmong(tokens: NameTokens['tokens'], key: string, from: number, to: number): boolean {
  for (let position = from; position < to; position += 1) if (tokens[position]?.key === key) return true;
  return false;
}

/** Most lower-case words of the cause a body is named for after `Vì` (`biển đảo quê hương`, `tương lai xanh`). */
const MAX_CAUSE_WORDS = 6;

/**
 * After a capitalized `Vì` right after a head, the cause the body stands for in lower case (`Quỹ Vì tương lai xanh,`,
 * `Quỹ Vì người nghèo và ...`): its number of words, up to a mark, the line's end, a small word, a connector, a word
 * that opens a clause, a place or a level; 0 where none of those ends them within a few words, or where a verb is
 * among them (`Quỹ Vì trao tặng ...` is no cause).
 */
export function causeWordsLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  for (let count = 0; count <= MAX_CAUSE_WORDS; count += 1) {
    const position = index + count;
    const token = tokens[position];
    const ends = !token || token.breakBefore || !token.lower || words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER)
      || LEVEL_WORDS.has(token.key) || words.placeEnd(position) > position;
    if (ends) return token !== undefined && !token.breakBefore && (token.capitalized || token.acronymLike) ? 0 : count;
    if (lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) > 0) return 0;
  }
  return 0;
}
