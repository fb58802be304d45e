// Names headed by a noun from the lexicon, running on the way Vietnamese writes proper names: the first syllable of
// each word capitalized and the rest of the word not (`Tổng cục Tiêu chuẩn Đo lường Chất lượng`), acronyms
// (`Ngân hàng TMCP`, `Chất lượng ASEAN`), places (`Sở Y tế tỉnh Bắc Ninh`), through `và`, `về`, `của` and a dash
// where a proper word follows, through lower-case words that a proper word closes a few words on (`Trung tâm Kiểm
// soát bệnh tật Hà Nội`), through a field compound whole (`Cục Công nghệ thông tin`, `Vụ Pháp chế`) and the fields
// after an activity's `về` (`Vụ Giám đốc kiểm tra về hình sự, hành chính`), stopping at verbs, particles, a second
// organization (`Bộ Tài chính và Bộ Công Thương`) and a person's name after it (`Tổng cục ... Hà Minh Hiệp`, unless
// the holder was named before the title). Heads of events, agreements and documents (`Hội nghị`, `Hiệp định`) give
// runs of kind `other`: not organizations, but acronyms may name them; an organization's name right after a law's
// head names the law (`Luật Tổ chức Tòa án nhân dân`).
import { isUnitNamedForPerson, mayStartPlaceAtWordKey, placeAt } from '../shared/places.js';
import { foldKey } from '../shared/vietnamese.js';
import type { TextSpan } from '../../pipeline/document.js';
import { LastValueMemo } from '../shared/last-value-memo.js';
import { ACADEMIC_TITLE_KEYS, COMMITTEE_HEAD_KEYS, COMPANY_HEAD_KEYS, COMPLETE_HEAD_KEYS, ESTABLISHMENT_HEAD_KEYS, KNOWN_ORGANIZATION_LONG_FORM_ACRONYMS, NUMBERED_MILITARY_UNIT_HEAD_KEYS, INSTITUTION_KIND_PHRASES, HEAD_COMPLEMENT_PHRASES, HONORIFIC_KEYS, LEVEL_BODY_HEAD_KEYS, SERVED_BODY_KEYS, LAW_HEAD_KEYS, MEMBER_GATHERING_HEAD_KEYS, NAMED_INSTITUTION_HEAD_KEYS, NAME_BREAKING_PHRASES, NAME_TAIL_PHRASES, NAME_VERBAL_TAIL_PHRASES,
  MANAGED_SITE_PHRASES, NOT_A_NAME_AFTER_HEAD_PHRASES, NOT_NAME_WORDS_AFTER_SUBJECT_PHRASES, PERSON_JOB_TITLE_PHRASES, PERSON_TITLE_ABBREVIATION_KEYS, SEATED_HEAD_KEYS, TITLE_PHRASES, YEAR_BRANCH_KEYS, YEAR_STEM_KEYS } from './lexicon.js';
import {
  bracketKeepsName,
  endBeforePersonName,
  holderNamedBefore,
  institutionFirstCut,
  institutionNumberAt,
  isVietnameseSyllable,
  personAfterUnit,
  personNameAt,
} from './name-person-cut.js';
import {
  aboutFieldsLength,
  activityObjectLength,
  bracketedAcronymBeforeTieredBranch,
  tieredBranchLength,
  activityFieldsBeforePlace,
  activityFieldsEndingName,
  activityFieldAfterDash,
  aboutWordsBeforeShortName,
  bracketedAcronymBeforePlace,
  bracketedAcronymBeforeRegion,
  commaSetPhraseLength,
  fieldCompoundLength,
  fieldListBeforeBracketedAcronym,
  fieldWordsBeforeBracketedCode,
  lowerWordsBeforeRegistrationCode,
  registrationCodeAt,
  setPhraseFieldLength,
  fieldsJoinedLength,
  fieldWordsLength,
  headAcronymBeforeName,
  isListedNamePart,
  isProperStart,
  isTitleFusedHead,
  isTitleStart,
  startsPersonName,
  lexiconMatchLength,
  lowerWordsClosedByClause,
  lowerWordsClosedByLevel,
  lowerWordsBeforeParentBracket,
  levelEndsName,
  LEVEL_QUALIFIER_KEYS,
  lowerWordsClosedByProper,
  lowerWordsBeforeJoinedField,
  unitObjectBeforeParent,
  causeWordsLength,
  matchHead,
  membersAt,
  nameClosedByShortForm,
  numberedRegionLength,
  type HeadPhrase,
  startsActivity,
  steeredFieldLength,
  type NameRunKind,
  wordsBeforeBracketedAcronym,
} from './name-run-words.js';
import { nameTokens, type NameTokens } from './name-tokens.js';
import { AcceptedTokens } from './accepted-tokens.js';
import { collapseWhitespace } from './plain-text.js';
import { tokenize, type Token } from '../../input/tokens.js';
import {
  CLAUSE_OPENER,
  CONNECTOR,
  FAMILY_NAME,
  NOT_A_SECOND_SYLLABLE,
  SPEAKER_LABEL,
  STARTS_HEAD_COMPLEMENT,
  STARTS_NAME_BREAKING,
  STARTS_NAME_TAIL,
  STARTS_NAME_VERBAL_TAIL,
  STARTS_NOT_A_NAME_AFTER_HEAD,
  STARTS_TITLE,
  STOP_WORD,
  WHOLE_FIELD_SYLLABLE,
} from './word-classes.js';

export type { NameRunKind } from './name-run-words.js';

export interface NameRun {
  readonly start: number;
  readonly end: number;
  readonly kind: NameRunKind;
  /** The head as written, folded: `tổng cục`, `ủy ban nhân dân`. */
  readonly headKey: string;
  /** Where the head ends in the text. */
  readonly headEnd: number;
  /** The head stands alone (`Tổng cục đã ...`): a short form that may refer back, or a whole name (`Chính phủ`). */
  readonly bare: boolean;
  /** A head that names an organization by itself (`Chính phủ`, `Quốc hội`). */
  readonly complete: boolean;
  /** Index of the first token of the run and one past its last, in the token list the runs were found in. */
  readonly firstToken: number;
  readonly endToken: number;
  /** An acronym in brackets the run passes over (`Ủy ban nhân dân (UBND) huyện Yên Thành`): no part of the name. */
  readonly gap: TextSpan | null;
}

/**
 * `của Quốc hội` of `Ủy ban Kinh tế của Quốc hội`, `của` at token `connector`: a committee's name ends with the body
 * it serves.
 */
function servedBodyAfter(words: NameTokens, headKey: string, connector: number): boolean {
  if (!COMMITTEE_HEAD_KEYS.has(headKey) || words.tokens[connector]?.key !== 'của') return false;
  const served = matchHead(words, connector + 1);
  return served !== null && SERVED_BODY_KEYS.has(served.key);
}

/**
 * Heads of units numbered after their name with `số` (`Đội Quản lý thị trường số 5`, `Tổng công ty Xây dựng số 1`),
 * besides schools and hospitals.
 */
/** Level words that open a province's, a city's or a district's name (`tỉnh`, `TP`, `thành phố`, `huyện`). */
const PLACE_LEVEL_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'thành', 'tp', 'huyện', 'quận', 'thị', 'xã', 'phường']);

/**
 * The place that ends at `position` (marked `place` in `accepted`) opens with its level word (`tỉnh Lạng Sơn`, `TP
 * Cần Thơ`): a body's name closed by its level and place.
 */
function levelledPlaceBefore(tokens: readonly Token[], accepted: AcceptedTokens, headNext: number, position: number): boolean {
  let start = position;
  while (start > headNext && accepted.at(start - 1 - headNext) === 'place') start -= 1;
  return start < position && PLACE_LEVEL_KEYS.has(tokens[start]?.key ?? '');
}

/**
 * The place that ends at `position` (marked `place` in `accepted`) follows `khu vực` (area): the places joined by `và`
 * after it are one area (`Hội đồng X khu vực miền Trung và Tây Nguyên`), not two bodies' places.
 */
function areaBeforePlaceAt(tokens: readonly Token[], accepted: AcceptedTokens, headNext: number, position: number): boolean {
  let start = position;
  while (start > headNext && accepted.at(start - headNext - 1) === 'place') start -= 1;
  return tokens[start - 1]?.key === 'vực' && tokens[start - 2]?.key === 'khu';
}

/**
 * The people's courts and procuracies, named since 2025 by their numbered region right after the head (`Tòa án nhân
 * dân khu vực 5`, `VKSND khu vực 3`), as a whole body's regional office is.
 */
const REGIONAL_COURT_HEAD_KEYS: ReadonlySet<string> = new Set(['tòa án nhân dân', 'viện kiểm sát nhân dân', 'tand', 'vksnd']);

/** `Tổ chức` (an organization), also the verb that holds an event. */
const ORGANIZING_HEAD_KEY = 'tổ chức';
/** Heads of events one holds (`tổ chức Hội nghị`, `tổ chức Lễ hội`), not of initiatives or documents (`Tổ chức Sáng kiến ...`). */
const HELD_EVENT_HEAD_KEYS: ReadonlySet<string> = new Set(['diễn đàn', 'hội nghị', 'hội thảo', 'hội chợ', 'triển lãm', 'đại hội', 'kỳ họp', 'phiên họp', 'tuần lễ', 'lễ', 'giải', 'cuộc thi']);
/** `Vì` (for) right after a head, which opens the cause a body is named for (`Quỹ Vì người nghèo`). */
const CAUSE_KEY = 'vì';
/** A plant (`Nhà máy`), named by the lower-case goods it makes and its proper name after them (`Nhà máy xi măng X`). */
const PLANT_HEAD_KEY = 'nhà máy';
/** Cooperatives and cooperative groups, named by their trade in lower case and their own name (`Tổ hợp tác nuôi ong X`). */
const COOPERATIVE_HEAD_KEYS: ReadonlySet<string> = new Set(['hợp tác xã', 'tổ hợp tác']);
const NUMBERED_UNIT_HEAD_KEYS: ReadonlySet<string> = new Set(['đội', 'đoàn', 'phòng', 'trung tâm', 'chi cục', 'nhà máy', 'ban', 'công ty', 'tổng công ty']);

/**
 * Heads of a body's name that may end in a number after its words (`Công ty Truyền tải điện 1`, `Nhà máy Thủy điện
 * 2`): the figures stage's NUMBERED_BODY_HEADS (extractors/figures/codes.ts), which reads that number as no figure.
 */
const NUMBER_ENDED_BODY_HEAD_KEYS: ReadonlySet<string> = new Set(['công ty', 'tổng công ty', 'nhà máy', 'xí nghiệp']);
/** The most words of such a name between its head and its number, as the figures stage counts them. */
const MAX_WORDS_BEFORE_BODY_NUMBER = 4;

/**
 * `Công ty Truyền tải điện 1 quản lý`: the lower-case words at `index` after a name's capitalized opening (from
 * `headNext`), then a number that numbers the body (no count: `... điện 1 năm`, `... điện 2 tỷ đồng`), four words
 * at most between the head and the number. The number of tokens from `index` through the number; 0 where none.
 */
function lowerWordsBeforeBodyNumber(words: NameTokens, headNext: number, index: number): number {
  const { tokens } = words;
  for (let position = index; position < headNext + MAX_WORDS_BEFORE_BODY_NUMBER + 1; position += 1) {
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    if (position > index && institutionNumberAt(words, position)) return position + 1 - index;
    if (position >= headNext + MAX_WORDS_BEFORE_BODY_NUMBER || !token.lower || words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER)) return 0;
  }
  return 0;
}

/** After `về`, a field of two words or more at token `index`, capitalized (`về Phòng chống thiên tai`). */
function fieldAfterAbout(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  // `về Phòng thủ dân sự`: civil defence, a field whose first word is also a head.
  return tokens[index - 1]?.key === 'về' && (NAME_VERBAL_TAIL_PHRASES.isPhraseAt(tokens, index, 2)
    || (tokens[index]?.key === 'phòng' && tokens[index + 1]?.key === 'thủ' && tokens[index + 1]?.lower === true));
}

/** `tội phạm` (crimes) right before token `about`: a police unit's name may go on with the crimes' fields. */
function afterCrimes(words: NameTokens, about: number): boolean {
  const { tokens } = words;
  return tokens[about - 2]?.key === 'tội' && tokens[about - 1]?.key === 'phạm' && tokens[about - 1]?.breakBefore !== true;
}

/**
 * Heads of bodies numbered after their name as schools and hospitals are (`Trại giam Phú Sơn 4`, `Trại giam số 6`
 * aside): several of the kind share a place's name, the number telling them apart.
 */
const NUMBERED_AFTER_NAME_HEAD_KEYS: ReadonlySet<string> = new Set(['trại giam']);

/** Heads of the national bodies (`Quốc hội`, `Chính phủ`), which no province's level (`tỉnh`) follows in a name. */
const NATIONAL_HEAD_KEYS: ReadonlySet<string> = new Set(['quốc hội', 'chính phủ']);

/** Reporters and contributors, abbreviated, as a byline names them (`Nhóm PV`, `Nhóm CTV`). */
const REPORTER_KEYS: ReadonlySet<string> = new Set(['pv', 'ptv', 'ctv', 'btv']);

/** Crops and their seed, before a variety's name (`lúa Đài Thơm 8`): a head word after them names no organization. */
const VARIETY_NOUN_KEYS: ReadonlySet<string> = new Set(['lúa', 'gạo', 'nếp', 'giống']);

/** The head of a broadcaster (`Đài Truyền hình`, `Đài Phát thanh`), of a rice variety's name too (`Đài Thơm 8`). */
const BROADCASTER_HEAD_KEY = 'đài';

/** At `index`, one capitalized word and then a number of one or two digits closing the run (`Thơm 8`, not `Thơm 8 Hà`). */
function numberedAfterOneWord(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  const number = tokens[index + 1];
  const after = tokens[index + 2];
  return word !== undefined && word.capitalized && !word.breakBefore && number !== undefined && !number.breakBefore
    && /^\d{1,2}$/u.test(number.text) && (after === undefined || after.breakBefore || !(after.capitalized || after.acronymLike));
}

/** The head whose word is also the adjective `central` (`Bến xe Trung tâm`). */
const CENTRE_HEAD_KEY = 'trung tâm';

/**
 * Facilities whose names take `Trung tâm` (central) after their noun, as token keys: `bến xe (khách)`, `chợ`, `ga`; a
 * city's central square or park (`Quảng trường Trung tâm thành phố X`, `Công viên Trung tâm`).
 */
const CENTRAL_FACILITY_NOUNS: readonly (readonly string[])[] = [
  ['bến', 'xe', 'khách'], ['bến', 'xe'], ['chợ'], ['nhà', 'ga'], ['ga'], ['quảng', 'trường'], ['công', 'viên'],
];

/** A facility's noun (CENTRAL_FACILITY_NOUNS) ends right before token `index`, on its line. */
function facilityNounEndsAt(tokens: readonly Token[], index: number): boolean {
  return CENTRAL_FACILITY_NOUNS.some((noun) => noun.every((key, offset) => {
    const token = tokens[index - noun.length + offset];
    return token !== undefined && token.key === key && (offset === 0 || !token.breakBefore);
  }));
}

/**
 * Lower-case words of places and streets before their name (`phường Trường Thi`, `đường Trường Chinh`, `xã Đoàn
 * Kết`): a head word right after one starts the place's name, not an organization's.
 */
const PLACE_NOUN_KEYS: ReadonlySet<string> = new Set(['đường', 'phố', 'phường', 'xã', 'quận', 'huyện', 'thôn', 'ấp', 'làng']);

/** Heads that are family names too, which an academic title before them makes a person's (`PGS.TS Đoàn Minh Trí`). */
function afterAcademicTitle(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (!before || tokens[index]?.breakBefore) return false;
  if (ACADEMIC_TITLE_KEYS.has(before.key)) return true;
  const title = tokens[index - 2];
  return before.text === '.' && title !== undefined && !before.breakBefore && ACADEMIC_TITLE_KEYS.has(title.key);
}

/**
 * Heads that are family names too, which a person's job right before makes a person's (`Kiểm sát viên Đoàn Mạnh
 * Quyết`, `Luật sư Đoàn Văn Hải`): a full personal name of three syllables or more must follow (`Luật sư Đoàn Luật sư
 * tỉnh` is the bar association).
 */
function afterPersonJobTitle(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  if (tokens[index]?.breakBefore || tokens[index - 1] === undefined) return false;
  // `Nghệ sĩ Nhân dân (NSND) Đoàn Minh Khang`: the title spelled out, its abbreviation in brackets after it.
  const bracketed = tokens[index - 1]?.text === ')' && tokens[index - 3]?.text === '(' && tokens[index - 2]?.breakBefore !== true;
  return (jobTitleEndsAt(tokens, index) || (bracketed && jobTitleEndsAt(tokens, index - 3))) && personNameAt(words, index, 3);
}

/** The words right before token `index` are a person's job (PERSON_JOB_TITLE_PHRASES). */
function jobTitleEndsAt(tokens: readonly Token[], index: number): boolean {
  const last = tokens[index - 1];
  const phrases = last === undefined ? undefined : PERSON_JOB_TITLES_BY_LAST_WORD.get(last.key);
  if (phrases === undefined) return false;
  for (const phrase of phrases) {
    if (endsWithPhrase(tokens, index, phrase)) return true;
  }
  return false;
}

/** PERSON_JOB_TITLE_PHRASES by their last word: a head is refused in one lookup of the word before it. */
const PERSON_JOB_TITLES_BY_LAST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byLastWord = new Map<string, (readonly string[])[]>();
  for (const phrase of PERSON_JOB_TITLE_PHRASES) {
    const lastWord = phrase[phrase.length - 1] as string;
    const list = byLastWord.get(lastWord) ?? [];
    list.push(phrase);
    byLastWord.set(lastWord, list);
  }
  return byLastWord;
})();

/** The tokens right before token `index` are the words of `phrase`, on one line. */
function endsWithPhrase(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  for (let word = 0; word < phrase.length; word += 1) {
    const token = tokens[index - phrase.length + word];
    if (!token || token.key !== phrase[word] || (word > 0 && token.breakBefore)) return false;
  }
  return true;
}

/** Token `index` is a family name right after a capitalized word of the same run (`Quảng Ninh Đoàn`). */
function afterCapitalizedName(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  const before = tokens[index - 1];
  return before !== undefined && before.capitalized && !before.acronymLike && !tokens[index]?.breakBefore && words.is(index, FAMILY_NAME);
}

/** Lower levels whose places, after `các`, each have the body: `Ban CHQS các xã`. */
const EACH_PLACE_LEVEL_KEYS: ReadonlySet<string> = new Set(['huyện', 'quận', 'xã', 'phường', 'thôn']);

/**
 * `của 2 phường`, `của các xã`: bodies of several places, named by their kind (`Trung tâm Phục vụ hành chính công
 * của 2 phường`), no one organization. True when token `index` is `của` and a number or a plural and a level follow,
 * or `các cấp` (of all levels) stands there.
 */
function ofSeveralPlaces(tokens: readonly Token[], index: number): boolean {
  const of = tokens[index];
  // `Ủy ban MTTQ các cấp`, `Hội Nông dân các cấp`: the body at every level, no one organization; so are `Ban CHQS
  // các xã`, `Hội Nông dân các huyện`: the body of each place of a lower level (not `Ban Chỉ đạo Trung ương các tỉnh`).
  const next = tokens[index + 1];
  if (of?.key === PLURAL_KEY && !of.breakBefore && next !== undefined && !next.breakBefore
    && (next.key === 'cấp' || (next.lower && EACH_PLACE_LEVEL_KEYS.has(next.key)))) return true;
  const count = tokens[index + 1];
  const level = tokens[index + 2];
  if (of?.key !== 'của' || of.breakBefore || !count || count.breakBefore || !level || level.breakBefore) return false;
  const counted = /^\p{Nd}+$/u.test(count.text) || SEVERAL_KEYS.has(count.key);
  return counted && LEVEL_NOUN_KEYS.has(level.key);
}

/** A unit's short form in brackets: an acronym (`PC07`, `CSĐT`) or one capital and its number (`C07`, `A05`). */
function isBracketedUnitCode(token: NameTokens['tokens'][number] | undefined): boolean {
  return token !== undefined && (token.acronymLike || /^\p{Lu}\p{Nd}{1,3}$/u.test(token.text));
}

/** The tokens from `first` to `end` (exclusive) are one country's name and nothing else: `Hàn Quốc`, `Nhật Bản`. */
function isCountryAlone(words: NameTokens, first: number, end: number): boolean {
  const start = words.tokens[first];
  return start !== undefined && words.placeEnd(first) === end && placeAt(words.text, start.start)?.place.kind === 'country';
}

/**
 * The name's words before token `position` (a `tại`) end with a country whose body has an office in another: a
 * foreign country's in any place (`Phòng Thương mại và Công nghiệp Hàn Quốc tại Việt Nam`), Việt Nam's in a foreign
 * country (`Trung tâm Văn hóa Việt Nam tại Pháp`); not a Vietnamese body's at home (`Bộ Ngoại giao Việt Nam tại Hà
 * Nội`) nor a city's (`Đại học Quốc gia Hà Nội tại`).
 */
function foreignCountryEnds(words: NameTokens, accepted: AcceptedTokens, headNext: number, position: number): boolean {
  let start = position;
  while (start > headNext && accepted.at(start - headNext - 1) === 'place') start -= 1;
  const first = words.tokens[start];
  if (start === position || !first || words.placeEnd(start) !== position) return false;
  // `Trường Tiểu học Hữu nghị Việt - Lào tại huyện X`: two countries joined by a dash name a friendship or a joint
  // body, no foreign body's office; the place after `tại` is where it stands.
  const dash = words.tokens[start - 1];
  if (dash !== undefined && (dash.text === '-' || dash.text === '–') && start - 1 > headNext) return false;
  const place = placeAt(words.text, first.start)?.place;
  if (place?.kind !== 'country') return false;
  if (foldKey(place.name) !== 'việt nam') return true;
  const seat = words.tokens[position + 1];
  const abroad = seat && !seat.breakBefore ? placeAt(words.text, seat.start)?.place : undefined;
  return abroad?.kind === 'country' && foldKey(abroad.name) !== 'việt nam';
}

/** Most lower-case words of the members after `và các` (`khu công nghiệp`, `cụm công nghiệp`). */
const MAX_AND_MEMBER_WORDS = 4;

/**
 * `các` at `index` and lower-case members that the bracket of the name's short form or a place closes (`các khu
 * công nghiệp (BQL`, `các khu công nghiệp tỉnh Bắc Ninh`): the index of that bracket or place, else 0 (`các sở
 * ngành đã họp`, `các sở ngành (Sở Xây dựng)`).
 */
function membersBeforeClose(words: NameTokens, index: number): number {
  const { tokens } = words;
  if (tokens[index]?.key !== 'các') return 0;
  // The members by their acronym, the body's place after them (`các KCN tỉnh Thái Bình`).
  const acronym = tokens[index + 1];
  if (acronym?.acronymLike === true && !acronym.breakBefore && words.placeEnd(index + 2) > index + 2) return index + 2;
  for (let position = index + 1; position <= index + 1 + MAX_AND_MEMBER_WORDS; position += 1) {
    const token = tokens[position];
    if (!token || token.breakBefore) return 0;
    if (position > index + 2 && ((token.text === '(' && tokens[position + 1]?.acronymLike === true) || words.placeEnd(position) > position)) return position;
    // `... Nghi Sơn và các khu công nghiệp tỉnh chủ trì`: the body's level, bare, where the name plainly ends.
    // Only sites a body manages (not `và các sở ngành tỉnh đã họp`).
    if (position > index + 2 && token.lower && BARE_LEVEL_KEYS.has(token.key) && levelEndsName(words, position + 1)
      && MANAGED_SITE_PHRASES.matchLength(tokens, index + 1, true) === position - index - 1) return position + 1;
    if (!token.lower || words.is(position, STOP_WORD | CONNECTOR)) return 0;
  }
  return 0;
}

const SEVERAL_KEYS: ReadonlySet<string> = new Set(['các', 'những', 'nhiều', 'hai', 'ba', 'bốn', 'năm', 'mấy', 'vài']);
const LEVEL_NOUN_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thành', 'thị', 'địa', 'thôn']);

/**
 * Levels of local government written bare after a body's name (`Liên đoàn Lao động tỉnh`, `Văn phòng Đăng ký đất
 * đai tỉnh`): the province's body, the level part of the name.
 */
const BARE_LEVEL_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường']);


/**
 * `Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng`: a body every province has (LEVEL_BODY_HEAD_KEYS), its name from token
 * `first` to the bare level at `position`, takes the level before any lower-case word on the line but one that makes
 * the level a place's kind (`tỉnh này`, `tỉnh bạn`) or opens a place's name: it is the province's body.
 */
function levelBodyAt(words: NameTokens, first: number, position: number, levelWords: number): boolean {
  const { text, tokens } = words;
  const next = tokens[position + levelWords];
  const from = tokens[first];
  const to = tokens[position - 1];
  if (!next || next.breakBefore || !next.lower || LEVEL_QUALIFIER_KEYS.has(next.key) || !from || !to) return false;
  if (words.placeEnd(position + levelWords) > position + levelWords) return false;
  // `Cơ quan Cảnh sát điều tra Công an tỉnh thụ lý`: the name may end with such a body, a unit of it.
  for (let start = first; start < position; start += 1) {
    const body = tokens[start];
    if (body === undefined || (start > first && !body.capitalized && !body.acronymLike)) continue;
    if (LEVEL_BODY_HEAD_KEYS.has(collapseWhitespace(text.slice(body.start, to.end).toLowerCase()))) return true;
  }
  return false;
}

/** Acronyms of the local councils and committees, named with their level (`HĐND tỉnh`, `UBND huyện`). */
const LEVELLED_BODY_ACRONYM_KEYS: ReadonlySet<string> = new Set(['hđnd', 'ubnd']);

/**
 * `Ban Kinh tế - Ngân sách HĐND tỉnh do bà ... trình bày`: a bare level right after a local council's acronym closing a
 * committee's name is the council's, whatever follows (not `HĐND tỉnh này`, `tỉnh bạn`).
 */
function councilLevelAt(words: NameTokens, position: number, levelWords: number): boolean {
  const { tokens } = words;
  const council = tokens[position - 1];
  const next = tokens[position + levelWords];
  return council !== undefined && council.acronymLike && LEVELLED_BODY_ACRONYM_KEYS.has(council.key)
    && (next === undefined || next.breakBefore || !LEVEL_QUALIFIER_KEYS.has(next.key));
}

/** Heads of sports clubs, whose teams are numbered in Roman numerals (`CLB TP.HCM I`). */
/** The services an emergency number (111–115) is named after: `Cấp cứu 115`, `Cứu hỏa 114`, `Cứu nạn 112`. */
const EMERGENCY_SERVICE_PAIRS: ReadonlySet<string> = new Set(['cấp cứu', 'cứu thương', 'cứu hỏa', 'cứu hoả', 'cứu nạn', 'cứu hộ']);

/**
 * Whether `index` holds an emergency number, `111` to `115`, standing alone right after a capitalized service's name
 * (`Trung tâm Cấp cứu 115`): the service's number, part of the body's name (the figures stage reads it so too).
 */
function emergencyServiceNumberAt(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  const number = tokens[index];
  const service = tokens[index - 2];
  const serviceTail = tokens[index - 1];
  if (!number || !service || !serviceTail || !/^11[1-5]$/u.test(number.text) || !service.capitalized) return false;
  if (!EMERGENCY_SERVICE_PAIRS.has(`${service.key} ${serviceTail.key}`)) return false;
  return institutionNumberAt(words, index, 3);
}

const CLUB_HEAD_KEYS: ReadonlySet<string> = new Set(['clb', 'câu lạc bộ']);
const ROMAN_TEAM_NUMBER = /^(?:I|II|III)$/u;
/** A Roman numeral that numbers a body among its like ones after its name (`Viện ... thủy sản I`, `... III`). */
const ROMAN_BODY_NUMBER = /^(?:I|II|III|IV|V)$/u;
/** The head of a body's branch (`Chi nhánh`). */
const BRANCH_HEAD_KEY = 'chi nhánh';
/** Syllables of most places' names and by-names (`Hà Thành`, `Đà Nẵng`), which a club is named for. */
const PLACE_NAME_SYLLABLES = 2;

/** Urban units numbered rather than named (`Quận 1`, `phường 3`). */
const NUMBERED_PLACE_KEYS: ReadonlySet<string> = new Set(['quận', 'phường']);

/** No organization name runs longer than this many words (a run of capitalized words is a title, not a name). */
const MAX_NAME_TOKENS = 24;

/** How the run being scanned took its tokens: one list for every run (scanNameRun never runs inside itself). */
const acceptedTokens = new AcceptedTokens();

/**
 * `Hội đồng Giáo sư nhà nước`: a title right after the head, then a lower-case field word, names the body of those
 * who hold it (the council of professors), no holder of a post after the body's name (`Bộ Y tế Giáo sư Trần An`).
 */
function titleNamesBody(words: NameTokens, headNext: number, position: number, headKey = ''): boolean {
  if (position !== headNext) return false;
  if (ASSOCIATION_HEAD_KEYS.has(headKey) && membersProfessionLength(words.tokens, position) > 0) return true;
  const titleEnd = position + TITLE_PHRASES.matchLength(words.tokens, position);
  const after = words.tokens[titleEnd];
  return after !== undefined && after.lower && !after.breakBefore && fieldWordsLength(words, titleEnd) > 0;
}

/** The head of a newspaper (`Báo Gia Lai`). */
const NEWSPAPER_HEAD_KEY = 'báo';

/** `và Phát thanh, Truyền hình` after `Báo`: the broadcaster a province's newspaper merged with, as word keys. */
const MERGED_BROADCASTER_KEYS: readonly string[] = ['và', 'phát', 'thanh', ',', 'truyền', 'hình'];

/**
 * `Báo và Phát thanh, Truyền hình Gia Lai`: `và Phát thanh, Truyền hình` right after `Báo`, then the province's
 * place, the name of a province's merged press body (a newspaper and its radio and television). The length of the
 * words before the place; 0 where they or the place are not there (`Báo và Đài ...`: two bodies).
 */
function mergedBroadcasterLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  for (let step = 0; step < MERGED_BROADCASTER_KEYS.length; step += 1) {
    const token = tokens[index + step];
    if (token === undefined || token.key !== MERGED_BROADCASTER_KEYS[step] || (step > 0 && token.breakBefore)) return 0;
  }
  const placeStart = index + MERGED_BROADCASTER_KEYS.length;
  if (!tokens[index + 1]?.capitalized || !tokens[index + 4]?.capitalized || tokens[placeStart]?.breakBefore !== false) return 0;
  return words.placeEnd(placeStart) > placeStart ? MERGED_BROADCASTER_KEYS.length : 0;
}

/** Heads of an association or a bar, which a profession right after names by its members (`Hội Nhà báo`). */
const ASSOCIATION_HEAD_KEYS: ReadonlySet<string> = new Set(['hội', 'hiệp hội', 'liên hiệp hội', 'đoàn']);

/** Professions whose members form an association of their own (`Hội Nhà báo`, `Đoàn Luật sư`), as word keys. */
const MEMBER_PROFESSIONS: ReadonlyArray<readonly string[]> = [
  ['nhà', 'báo'], ['nhà', 'văn'], ['nhà', 'thơ'], ['luật', 'sư'], ['kiến', 'trúc', 'sư'], ['nghệ', 'sĩ'], ['nhạc', 'sĩ'],
  ['họa', 'sĩ'], ['kỹ', 'sư'], ['nhiếp', 'ảnh'],
];

/**
 * The length of a profession of MEMBER_PROFESSIONS at `index`, capitalized and on one line (`Nhà báo` in `Hội Nhà báo
 * tỉnh X`): the association's members, no title of a person after the head; 0 where none stands there.
 */
function membersProfessionLength(tokens: NameTokens['tokens'], index: number): number {
  if (!tokens[index]?.capitalized) return 0;
  for (const profession of MEMBER_PROFESSIONS) {
    if (profession.every((key, step) => tokens[index + step]?.key === key && (step === 0 || !tokens[index + step]?.breakBefore))) return profession.length;
  }
  return 0;
}

/** Syllables after a body's name that make a title of one of its members or heads (`Tỉnh ủy viên`, `Bộ trưởng`). */
const MEMBER_TITLE_KEYS: ReadonlySet<string> = new Set(['viên', 'trưởng', 'phó']);

/** The armed forces whose regions are numbered (`Vùng Cảnh sát biển 4`, `Vùng 5 Hải quân`), as word keys. */
const REGIONED_FORCE_KEYS: ReadonlyArray<readonly string[]> = [['cảnh', 'sát', 'biển'], ['hải', 'quân']];

/** The length of the force of REGIONED_FORCE_KEYS at `index`, its first word capitalized; 0 where none stands there. */
function regionedForceLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  if (!tokens[index]?.capitalized || tokens[index]?.breakBefore) return 0;
  for (const force of REGIONED_FORCE_KEYS) {
    if (force.every((key, step) => tokens[index + step]?.key === key && (step === 0 || !tokens[index + step]?.breakBefore))) return force.length;
  }
  return 0;
}

/**
 * `Vùng Cảnh sát biển 4`, `Vùng 5 Hải quân` at `index`: one numbered region of an armed force, its command's name
 * (`Bộ Tư lệnh Vùng Cảnh sát biển 4`). Its length in tokens, the number included; 0 where none stands there.
 */
function numberedForceRegionLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  const region = tokens[index];
  if (!region || region.breakBefore || !region.capitalized || region.key !== 'vùng') return 0;
  const force = regionedForceLength(words, index + 1);
  if (force > 0) return institutionNumberAt(words, index + 1 + force) ? force + 2 : 0;
  const number = tokens[index + 1];
  if (!number || number.breakBefore || !/^\d{1,2}$/u.test(number.text)) return 0;
  const after = regionedForceLength(words, index + 2);
  return after > 0 ? after + 2 : 0;
}

/** The head of a ministry's department (`Vụ Pháp chế`), a season of crops too (`vụ Tết`, `vụ mùa`). */
const DEPARTMENT_HEAD_KEY = 'vụ';

/** A company's head with no legal form. */
const BARE_COMPANY_HEAD_KEY = 'công ty';
/** A country's trade office abroad (`Thương vụ`), which the word for a deal spells too. */
const TRADE_OFFICE_HEAD_KEY = 'thương vụ';
/** Words before a body that make it a passive's agent (`được Sở X thẩm định`, `bị Cục Y xử phạt`). */
const PASSIVE_AGENT_KEYS: ReadonlySet<string> = new Set(['được', 'bị']);
/** A task force (`Tổ công tác`), set up for one job and named for it in lower case. */
const TASK_FORCE_HEAD_KEY = 'tổ công tác';
/** The titles of a task force's leader and deputy (`Tổ trưởng`, `Tổ phó`), as their second syllables after `tổ`. */
const TASK_FORCE_TITLE_KEYS: ReadonlySet<string> = new Set(['trưởng', 'phó']);
/** Most words of a task force's name after its head (`liên ngành về đấu giá khoáng sản tỉnh X`). */
const MAX_TASK_FORCE_WORDS = 10;
/** `các` (the plural) among a task force's words: what it works for (`hỗ trợ các dự án giao thông`). */
const PLURAL_KEY = 'các';

/**
 * Where a task force's name ends: after its leader's title (`Tổ trưởng Tổ công tác hỗ trợ các dự án giao thông
 * trọng điểm của tỉnh`, `Tổ phó Tổ công tác liên ngành về đấu giá khoáng sản tỉnh X`) its lower-case words, `về`,
 * `và` and `các` among them, up to `của`, a small word, a mark, a capitalized word or the line's end, or through a
 * place, which closes it. Without the title the head alone (`Tổ công tác cũng phối hợp`, `Tổ công tác Đội CSGT số 6`:
 * a patrol of the team, or a verb's subject): `headNext`; but an interagency one (`liên ngành`) up to its place.
 */
function taskForceNameEnd(words: NameTokens, index: number, headNext: number): number {
  const { tokens } = words;
  const title = tokens[index - 1];
  const titled = title !== undefined && !tokens[index]?.breakBefore && !title.breakBefore && TASK_FORCE_TITLE_KEYS.has(title.key) && tokens[index - 2]?.key === 'tổ';
  // `Tổ công tác liên ngành chống buôn lậu tuyến biên giới tỉnh X`: an interagency task force is named without its
  // leader's title too, its lower-case words closed by the place it works in.
  const interagency = !titled && tokens[headNext]?.key === 'liên' && tokens[headNext + 1]?.key === 'ngành'
    && !tokens[headNext]?.breakBefore && tokens[headNext]?.lower === true;
  if (!titled && !interagency) return headNext;
  let end = headNext;
  for (let position = headNext; position < headNext + MAX_TASK_FORCE_WORDS; position += 1) {
    const token = tokens[position];
    if (!token || token.breakBefore) break;
    const placeEnd = words.placeEnd(position);
    if (placeEnd > position) return position > headNext ? placeEnd : headNext;
    if (!token.lower || token.key === 'của' || (words.is(position, STOP_WORD | CLAUSE_OPENER) && token.key !== PLURAL_KEY)) break;
    end = position + 1;
  }
  if (!titled) return headNext;
  // A connector left last joined nothing.
  while (end > headNext && (tokens[end - 1]?.key === 'và' || tokens[end - 1]?.key === PLURAL_KEY || tokens[end - 1]?.key === 'về')) end -= 1;
  return end;
}
/** Words after `vụ` that make it a season of farming: a festival's, a season's, a crop's. */
const CROP_SEASON_KEYS: ReadonlySet<string> = new Set(['tết', 'mùa', 'lúa', 'xuân', 'hè', 'thu', 'chiêm', 'màu', 'rau', 'hoa']);
/** Marks that end a sentence, after which a capitalized word opens the next one. */
const SENTENCE_END_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', ':', '…']);

/** The token is a dash (hyphen, en or em dash). */
function isDash(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '-' || token.text === '–' || token.text === '—');
}

/** The name run whose head starts at token `index`, or null when no head starts there. */
function scanNameRun(words: NameTokens, index: number): NameRun | null {
  const head = matchHead(words, index);
  if (!head) return null;
  const headNext = index + head.words;
  const { text, tokens } = words;
  const first = tokens[index];
  if (!first) return null;
  // `Đài Loan`, `Hội An`: a place that starts with a head word.
  const place = mayStartPlaceAtWordKey(first.key) ? placeAt(text, first.start) : null;
  const headLast = tokens[headNext - 1];
  if (place && headLast && place.end > headLast.end) return null;
  // `bà Đoàn Thái Sơn`: a head that is also a family name, after an honorific, starts a person's name.
  const before = tokens[index - 1];
  // `Hải Phòng`, `đường bay Hải Phòng – Đà Nẵng`: a head word that ends a place's name begun before it.
  if (before && !first.breakBefore && before.capitalized && words.placeEnd(index - 1) > index) return null;
  if (before && !first.breakBefore && HONORIFIC_KEYS.has(before.key) && tokens[headNext]?.capitalized) return null;
  // `Vụ Tết năm nay, ...`, `Vụ mùa này`: `vụ` opening a sentence before a season or a crop is the season, no department.
  if (head.key === DEPARTMENT_HEAD_KEY && (!before || first.breakBefore || SENTENCE_END_MARKS.has(before.text))
    && CROP_SEASON_KEYS.has(tokens[headNext]?.key ?? '') && !tokens[headNext]?.breakBefore) return null;
  // `PGS.TS Đoàn Minh Trí`: an academic title before a head that is a family name starts a person's name.
  if (afterAcademicTitle(tokens, index) && tokens[headNext]?.capitalized && !tokens[headNext]?.breakBefore) return null;
  // `Kiểm sát viên Đoàn Mạnh Quyết`: a person's job before a head that is a family name starts a person's name.
  if (afterPersonJobTitle(words, index)) return null;
  // `Huấn luyện viên trưởng Hải Đăng Quảng Ninh Đoàn Minh Trí`: a head that is a family name right after another
  // name, with a full personal name of three or four syllables and nothing more, is the person's name closing a post's
  // organization (`Đoàn Thanh niên`, `Đoàn Luật sư` go on in lower case).
  if (afterCapitalizedName(words, index) && personNameAt(words, index, 3)) return null;
  // `Phó Chủ tịch Liên đoàn ... (VCCI) Đoàn Văn Khiêm`: so is one right after the acronym in brackets that closes a
  // post's organization.
  if (before?.text === ')' && tokens[index - 2]?.acronymLike === true && tokens[index - 3]?.text === '(' && personNameAt(words, index, 3)) return null;
  // `phường Trường Thi`, `đường Trường Chinh`: a place's or a street's name that starts with a head word.
  if (before && !first.breakBefore && before.lower && PLACE_NOUN_KEYS.has(before.key)) return null;
  // `Ngân hàng ... (Agribank) Chi nhánh Nghệ An`, `Vietcombank Chi nhánh Hải Phòng`: a branch named by its place
  // right after the body's name or acronym is that body's office there, no organization of its own; one named by its
  // tier (`NHNN Chi nhánh Khu vực 5`, `NHCSXH Chi nhánh TP Cần Thơ`) is a body named with the acronym (acronym-mentions.ts).
  if (head.key === BRANCH_HEAD_KEY && before && !first.breakBefore && (before.text === ')' || before.capitalized || before.acronymLike)
    && (words.placeEnd(headNext) > headNext || tieredBranchLength(words, index) > 0)) return null;
  // `Thương vụ Masan - Vincommerce`: a deal, not a trade office; the office is named by its country (`Thương vụ Việt
  // Nam tại Nhật Bản`).
  if (head.key === TRADE_OFFICE_HEAD_KEY && !(words.placeEnd(headNext) > headNext && !tokens[headNext]?.breakBefore)) return null;
  // `Nhóm PV`, `Nhóm PV - CTV`: a byline, the reporters who wrote the article.
  if (head.key === 'nhóm' && REPORTER_KEYS.has(tokens[headNext]?.key ?? '')) return null;
  // `lúa Đài Thơm 8`, `gạo Đài Thơm`: a crop's variety named with a head word, not a broadcaster.
  if (before && !first.breakBefore && VARIETY_NOUN_KEYS.has(before.key)) return null;
  // `OM18, Đài Thơm 8 và ST25`: a broadcaster is never numbered after one proper word; a variety (a breed) is.
  if (head.key === BROADCASTER_HEAD_KEY && numberedAfterOneWord(tokens, headNext)) return null;
  // `Bến xe khách Trung tâm X`, `chợ Trung tâm`: after a facility's noun, `Trung tâm` is the facility's `central`.
  if (head.key === CENTRE_HEAD_KEY && !first.breakBefore && facilityNounEndsAt(tokens, index)) return null;
  // `Tổ chức Lễ hội X lần thứ nhất`, `Tổ chức Hội nghị ...`: `tổ chức` before an event's head is the verb (to hold).
  if (head.key === ORGANIZING_HEAD_KEY && HELD_EVENT_HEAD_KEYS.has(matchHead(words, headNext)?.key ?? '')) return null;
  // `Trưởng phòng Nghiệp vụ - Thanh tra - Bảo vệ sức khỏe cán bộ`: a head that is an activity too, between dashes
  // after a field, is one of the fields a unit's name lists (the unit named by its head's title), no body of its own.
  if (isDash(before) && !first.breakBefore && tokens[index - 2]?.isWord === true && activityFieldAfterDash(words, index)) return null;
  // `liên Bộ`, `liên Sở`: several bodies of the head named at once, their fields joined by a dash.
  const jointBodies = before !== undefined && !first.breakBefore && before.key === 'liên';
  const afterHead = tokens[headNext];
  // `Chính phủ bố trí vốn`, `Quốc hội hành động`: after a whole body's name of two words or more a verb follows, the
  // syllables no compound of its last word (`Tỉnh ủy viên` aside: a member's title).
  const wholeBody = head.words > 1 && COMPLETE_HEAD_KEYS.has(head.key) && !MEMBER_TITLE_KEYS.has(afterHead?.key ?? '');
  if (afterHead && afterHead.lower && !afterHead.breakBefore && !wholeBody && lexiconMatchLength(words, headNext, NOT_A_NAME_AFTER_HEAD_PHRASES, STARTS_NOT_A_NAME_AFTER_HEAD) > 0) {
    return null;
  }

  // `Tổ công tác ...`: a task force is named only after its leader's title, through its lower-case words.
  if (head.key === TASK_FORCE_HEAD_KEY) return runOf(words, head, index, headNext, taskForceNameEnd(words, index, headNext), null);

  // `Ban Thư ký Công ước Ramsar`, `Ban Thư ký Hiệp định X`: a treaty's secretariat, named by the treaty it serves
  // (whose name alone is no organization).
  const treaty = head.key === 'ban' && tokens[headNext]?.key === 'thư' && tokens[headNext + 1]?.key === 'ký'
    && tokens[headNext]?.capitalized === true && !tokens[headNext + 1]?.breakBefore && !tokens[headNext + 2]?.breakBefore
    && TREATY_HEAD_KEYS.has(matchHead(words, headNext + 2)?.key ?? '') ? scanNameRun(words, headNext + 2) : null;
  if (treaty !== null && !treaty.bare) return runOf(words, head, index, headNext, treaty.endToken, null);

  // `Hội đồng trường`, `Hội đồng quản lý bệnh viện`: the governing council of the school or hospital the article is
  // about, named by the institution's kind in lower case with no name after it.
  const councilEnd = head.key === COUNCIL_HEAD_KEY ? institutionCouncilEnd(words, headNext) : 0;
  if (councilEnd > 0) return runOf(words, head, index, headNext, councilEnd, null);

  // `Đoàn đại biểu Quốc hội tỉnh`, `Đoàn đại biểu Quốc hội (ĐBQH) tỉnh;`: a delegation's head names the assembly, so a
  // bare level right after it (past its acronym in brackets), the name plainly ending there, is the province's.
  const delegationLevel = DELEGATION_HEAD_KEYS.has(head.key) ? delegationLevelEnd(words, headNext) : 0;
  if (delegationLevel > 0) {
    const bracket = tokens[headNext];
    const delegationGap = bracket?.text === '(' ? { start: bracket.start, end: tokens[headNext + 2]?.end ?? bracket.end } : null;
    return runOf(words, head, index, headNext, delegationLevel, delegationGap);
  }

  // `Văn phòng HĐND và UBND xã`, `Văn phòng Đoàn ĐBQH và HĐND tỉnh`: one office serving two local bodies joined by `và`,
  // through their level (and place).
  const twoBodiesEnd = head.key === OFFICE_HEAD_KEY ? officeOfTwoBodiesEnd(words, headNext) : 0;
  if (twoBodiesEnd > 0) return runOf(words, head, index, headNext, twoBodiesEnd, null);

  const accepted = acceptedTokens;
  accepted.clear();
  let position = headNext;
  let end = headNext;
  let hasProper = false;
  const complementLength = lexiconMatchLength(words, position, HEAD_COMPLEMENT_PHRASES, STARTS_HEAD_COMPLEMENT);
  if (complementLength > 0 && tokens[position] && !tokens[position]?.breakBefore) {
    for (let step = 0; step < complementLength; step += 1) accepted.push('complement');
    position += complementLength;
    end = position;
  }

  // `Quân khu 3`, `Sư đoàn 395`: an army unit numbered right after its head is named by the number alone.
  if (NUMBERED_MILITARY_UNIT_HEAD_KEYS.has(head.key) && position === headNext && institutionNumberAt(words, headNext, 3)) {
    return runOf(words, head, index, headNext, headNext + 1, null);
  }
  // `Ban Quản lý dự án ... các công trình giao thông thành phố (Ban QLDA Giao thông)`: the short form in brackets
  // repeats the head and spells the words after it, so the name runs whole up to it.
  const closedByShortForm = head.kind === 'organization' ? nameClosedByShortForm(words, index, headNext) : 0;
  if (closedByShortForm > 0) return runOf(words, head, index, headNext, closedByShortForm, null);
  const namedInstitution = head.kind === 'organization' && NAMED_INSTITUTION_HEAD_KEYS.has(head.key);
  let gap: TextSpan | null = null;
  // The gap is a field's acronym before the parent body that closes the name (`... (CSĐT) Công an tỉnh X`).
  let parentAfterGap = false;
  let seated = false;
  // The name holds an activity (`Giám đốc kiểm tra`): `về` and its fields may follow.
  let activity = false;
  // Where the school's kinds written right after its head end (`Trường Phổ thông Dân tộc bán trú`): headNext before any.
  let kindsEnd = headNext;
  while (position < tokens.length && position - index < MAX_NAME_TOKENS) {
    const token = tokens[position];
    if (!token || token.breakBefore) break;
    // `Trường Phổ thông Dân tộc bán trú Tiểu học X`: a school's kinds of two words or more, capitalized or not, right
    // after its head or one another, then its acronym in brackets (`(PTDTBT)`) before more kinds or its name.
    if (namedInstitution && position === kindsEnd && position === end) {
      const kind = INSTITUTION_KIND_PHRASES.longestAt(tokens, position);
      if (kind !== null && kind.words >= 2) {
        for (let step = position; step < position + kind.words; step += 1) accepted.set(step - headNext, tokens[step]?.lower ? 'lower' : 'capitalized');
        position += kind.words;
        end = position;
        kindsEnd = position;
        hasProper = hasProper || token.capitalized;
        continue;
      }
      const acronym = tokens[position + 1];
      const after = tokens[position + 3];
      if (gap === null && position > headNext && token.text === '(' && acronym?.acronymLike === true && tokens[position + 2]?.text === ')'
        && after !== undefined && !after.breakBefore && (after.capitalized || after.acronymLike)) {
        gap = { start: token.start, end: tokens[position + 2]?.end ?? token.end };
        accepted.setRange(position - headNext, position + 3 - headNext, 'connector');
        position += 3;
        end = position;
        kindsEnd = position;
        hasProper = true;
        continue;
      }
    }
    // `Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Thái Nguyên`: the branch's name, the body's name and the
    // branch, passing over the acronym; it closes the name.
    if (gap === null && position === end && head.kind === 'organization' && hasProper && bracketedAcronymBeforeTieredBranch(words, position)) {
      const branchEnd = position + 3 + tieredBranchLength(words, position + 3);
      return runOf(words, head, index, headNext, branchEnd, { start: token.start, end: tokens[position + 2]?.end ?? token.end });
    }
    if (gap === null && position === end && head.kind === 'organization' && (bracketedAcronymBeforePlace(words, position, hasProper)
      || (position === headNext && (COMPLETE_HEAD_KEYS.has(head.key) || REGIONAL_COURT_HEAD_KEYS.has(head.key))
        && bracketedAcronymBeforeRegion(words, position))
      || (position === headNext && !CLUB_HEAD_KEYS.has(head.key) && headAcronymBeforeName(words, index, position, head.kind))
      || (SEATED_HEAD_KEYS.has(head.key) && bracketedAcronymBeforeRankSeat(words, position))
      || (hasProper && fieldAcronymBeforeParent(words, headNext, position)))) {
      gap = { start: token.start, end: tokens[position + 2]?.end ?? token.end };
      parentAfterGap = hasProper && fieldAcronymBeforeParent(words, headNext, position);
      accepted.setRange(position - headNext, position + 3 - headNext, 'connector');
      position += 3;
      // `Tòa án nhân dân (TAND) cấp cao tại Đà Nẵng`: the court's rank after its acronym, then its seat.
      if (bracketedAcronymBeforeRankSeat(words, position - 3)) {
        accepted.set(position - headNext, 'complement');
        accepted.set(position + 1 - headNext, 'complement');
        position += 2;
        end = position;
      }
      continue;
    }
    // `Cục Công nghệ thông tin`, `Vụ Pháp chế`, `Vụ Giám đốc kiểm tra`: a field compound goes on whole, whatever its
    // words would be alone (a verb, a place, a title).
    const compound = head.kind === 'organization' ? fieldCompoundLength(words, position) : 0;
    if (head.kind === 'organization' && startsActivity(words, position)) activity = true;
    if (compound > 0) {
      accepted.set(position - headNext, 'capitalized');
      accepted.setRange(position + 1 - headNext, position + compound - headNext, 'lower');
      position += compound;
      end = position;
      hasProper = true;
      continue;
    }
    // `Ban Chỉ huy Phòng, chống thiên tai`, `Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam`, `Phòng An ninh
    // mạng và phòng, chống tội phạm ... (PA05)`: a set phrase's halves parted by a comma are one field of the name,
    // capitalized right after the head, else with its field up to a bracketed acronym or a place closing the name.
    if (head.kind === 'organization' && position === end) {
      const joined = token.key === 'và' && hasProper && accepted.at(position - headNext - 1) !== 'connector';
      const phraseAt = joined ? position + 1 : position;
      const phrase = commaSetPhraseLength(words, phraseAt);
      let field = phrase > 0 ? setPhraseFieldLength(words, phraseAt + phrase) : -1;
      // `Quỹ Toàn cầu phòng, chống AIDS, Lao và Sốt rét`: the diseases or threats it works against, capitalized.
      if (phrase > 0 && field < 0 && !joined && hasProper) field = capitalizedListLength(words, phraseAt + phrase);
      // `Cục Quản lý Khám, chữa bệnh`: so is a set phrase capitalized right after the name's first field.
      const leading = !joined && token.capitalized && (position === headNext || (hasProper && (accepted.at(position - headNext - 1) === 'lower' || accepted.at(position - headNext - 1) === 'completion')));
      // `Cục Quản lý, giám sát bảo hiểm, đề nghị ...`: the head's activity capitalized, then the field it works on where
      // the name plainly ends after it.
      if (phrase > 0 && field < 0 && leading) field = activityFieldsEndingName(words, phraseAt + phrase);
      if (phrase > 0 && (field >= 0 || leading) && (joined || leading || hasProper || (activity && field > 0))) {
        if (joined) accepted.set(position - headNext, 'connector');
        for (let step = phraseAt; step < phraseAt + phrase; step += 1) accepted.set(step - headNext, tokens[step]?.text === ',' ? 'connector' : 'lower');
        const fieldEnd = phraseAt + phrase + Math.max(field, 0);
        for (let step = phraseAt + phrase; step < fieldEnd; step += 1) {
          accepted.set(step - headNext, tokens[step]?.key === 'và' ? 'connector' : tokens[step]?.lower ? 'lower' : 'capitalized');
        }
        if (leading) accepted.set(position - headNext, 'capitalized');
        position = fieldEnd;
        end = position;
        hasProper = true;
        continue;
      }
    }
    // `Đại sứ quán Việt Nam tại Ấn Độ`, `Tòa án nhân dân cấp cao tại Hà Nội`: the seat, once.
    // `Phòng Thương mại và Công nghiệp Hàn Quốc tại Việt Nam`: a foreign body's office gives its seat too.
    if (token.key === 'tại' && !seated && (SEATED_HEAD_KEYS.has(head.key) || (head.kind === 'organization' && foreignCountryEnds(words, accepted, headNext, position)))
      && words.placeEnd(position + 1) > position + 1) {
      seated = true;
      accepted.set(position - headNext, 'connector');
      position += 1;
      continue;
    }
    // `Chi cục Thuế Quận 1`, `UBND phường 3`: an urban district or ward numbered, not named, is the name's place.
    if (head.kind === 'organization' && NUMBERED_PLACE_KEYS.has(token.key) && institutionNumberAt(words, position + 1)) {
      accepted.set(position - headNext, 'place');
      accepted.set(position + 1 - headNext, 'place');
      position += 2;
      end = position;
      hasProper = true;
      continue;
    }
    const placeEnd = words.placeEnd(position);
    // `đại biểu Quốc hội tỉnh Bình Định`: the national body serves no province; the place is the delegate's.
    if (placeEnd > position && token.lower && NATIONAL_HEAD_KEYS.has(head.key)) break;
    if (placeEnd > position) {
      // `Chủ tịch UBND tỉnh Nguyễn Đức Trung`: the name after the unit is the chairman's; a bare head's run ends
      // before the unit (a short form, short-forms.ts), a name's takes the level (`Hội Nông dân tỉnh`: the province's).
      if (token.lower && personAfterUnit(words, position, placeEnd)) {
        if (!hasProper) break;
        let level = position;
        while (level < placeEnd && tokens[level]?.lower) {
          accepted.set(level - headNext, 'lower');
          level += 1;
        }
        end = level;
        break;
      }
      accepted.setRange(position - headNext, placeEnd - headNext, 'place');
      position = placeEnd;
      end = position;
      hasProper = true;
      continue;
    }
    // `Trung tâm Đăng kiểm 29-01V`, `Trung tâm 50-05D`: a registration code numbers one body of many alike, right
    // after its head or its name, and ends the name.
    if (head.kind === 'organization' && position === end && registrationCodeAt(tokens, position)) {
      accepted.set(position - headNext, 'number');
      position += 1;
      end = position;
      hasProper = true;
      break;
    }
    // `Trung tâm Cấp cứu 115 Hải Phòng`, `Đội Cứu hộ 114 tỉnh`: an emergency service's number (111–115) after its
    // service's name is part of the name, and the name goes on to its place.
    if (head.kind === 'organization' && hasProper && position === end && emergencyServiceNumberAt(words, position)) {
      accepted.set(position - headNext, 'number');
      position += 1;
      end = position;
      continue;
    }
    // `CLB TP.HCM I`, `CLB Hà Nội II`: a club's teams are numbered after its name in Roman numerals.
    if (CLUB_HEAD_KEYS.has(head.key) && hasProper && position === end && ROMAN_TEAM_NUMBER.test(token.text)) {
      accepted.set(position - headNext, 'number');
      position += 1;
      end = position;
      break;
    }
    // `Ban QLDA 2`, `Ban QLDA 85`: a number right after a head and its acronym numbers one body of many alike (not
    // `Ban QLDA 2 ca`, a count).
    if (head.kind === 'organization' && position === headNext + 1 && accepted.at(0) === 'acronym' && institutionNumberAt(words, position, 3)) {
      accepted.set(position - headNext, 'number');
      position += 1;
      end = position;
      break;
    }
    // `Bộ Tư lệnh Vùng Cảnh sát biển 4`, `Bộ Tư lệnh Vùng 5 Hải quân`: the command of a force's numbered region,
    // the region's name ending the command's.
    const forceRegion = head.kind === 'organization' && position === headNext ? numberedForceRegionLength(words, position) : 0;
    if (forceRegion > 0) {
      accepted.setRange(position - headNext, position + forceRegion - headNext, 'place');
      position += forceRegion;
      end = position;
      hasProper = true;
      break;
    }
    // `Báo và Phát thanh, Truyền hình Gia Lai`: a province's newspaper merged with its broadcaster, its place after.
    const merged = head.key === NEWSPAPER_HEAD_KEY && position === headNext ? mergedBroadcasterLength(words, position) : 0;
    if (merged > 0) {
      for (let step = 0; step < merged; step += 1) {
        const word = tokens[position + step];
        accepted.set(position + step - headNext, word?.capitalized ? 'capitalized' : word?.isWord && word.key !== 'và' ? 'completion' : 'connector');
      }
      position += merged;
      end = position;
      hasProper = true;
      continue;
    }
    // `Thuế cơ sở 1 Hải Phòng`, `Thuế cơ sở 2 tỉnh Nghệ An`: a numbered local tax office, its place after the number.
    if (head.key === 'thuế' && position === headNext && token.key === 'cơ' && tokens[position + 1]?.key === 'sở'
      && institutionNumberAt(words, position + 2)) {
      accepted.set(0, 'lower');
      accepted.set(1, 'lower');
      accepted.set(2, 'number');
      position += 3;
      end = position;
      hasProper = true;
      continue;
    }
    // `Chi cục Kiểm ngư Vùng 3`, `Cảng vụ Hàng hải Khu vực 2`, `Kiểm toán Nhà nước (KTNN) khu vực XII`: a body of one
    // numbered region of many, the number ending the name; after a whole body's head too (its regional office).
    const afterGap = gap !== null && tokens[position - 1]?.end === gap.end;
    const region = head.kind === 'organization' && (hasProper || COMPLETE_HEAD_KEYS.has(head.key) || REGIONAL_COURT_HEAD_KEYS.has(head.key)) && (position === end || afterGap)
      ? numberedRegionLength(words, position)
      : 0;
    if (region > 0) {
      const numberAt = position + region - 1;
      for (let step = position; step < numberAt; step += 1) accepted.set(step - headNext, token.lower ? 'lower' : 'capitalized');
      accepted.set(numberAt - headNext, 'number');
      position = numberAt + 1;
      end = position;
      hasProper = true;
      // `Ban Chỉ huy Phòng thủ khu vực 2 - Thuận Châu`: the numbered region's place after a dash, where the name
      // plainly ends after it, names the region too.
      const regionPlace = regionPlaceAfterDash(words, position);
      if (regionPlace > 0) {
        accepted.set(position - headNext, 'connector');
        accepted.setRange(position + 1 - headNext, position + regionPlace - headNext, 'place');
        position += regionPlace;
        end = position;
      }
      break;
    }
    // `Ban Chỉ đạo 389 tỉnh Tây Ninh`, `Ban Chỉ đạo 138`: a steering committee named by the number of the decision
    // that set it up; its level and place may follow.
    if (head.key === 'ban' && position === headNext + 2 && position === end && tokens[headNext]?.key === 'chỉ'
      && tokens[headNext + 1]?.key === 'đạo' && institutionNumberAt(words, position, 3)) {
      accepted.set(position - headNext, 'number');
      position += 1;
      end = position;
      hasProper = true;
      continue;
    }
    // `Hạt Kiểm lâm khu vực Vĩnh Thạnh`, `Chi cục Thuế khu vực Bình Sơn`: a body's office for a region named by its
    // place, right after the name; the place follows as the name's.
    if (head.kind === 'organization' && position === end && (hasProper || position === headNext) && namedRegionAt(words, position, head.kind)) {
      accepted.set(position - headNext, 'lower');
      accepted.set(position + 1 - headNext, 'lower');
      position += 2;
      continue;
    }
    // `Quỹ Vì tương lai xanh`, `Quỹ Vì người nghèo`: a body named for the cause it stands for, `Vì` and the cause in
    // lower case, up to where the name plainly ends.
    const cause = head.kind === 'organization' && position === headNext && token.key === CAUSE_KEY && token.capitalized
      ? causeWordsLength(words, position + 1)
      : 0;
    if (cause > 0) {
      accepted.set(0, 'capitalized');
      for (let step = position + 1; step <= position + cause; step += 1) accepted.set(step - headNext, 'lower');
      position += cause + 1;
      end = position;
      hasProper = true;
      continue;
    }
    if (token.acronymLike || token.capitalized) {
      if (isTitleStart(words, position) && !titleNamesBody(words, headNext, position, head.key)) break;
      // `... Cục Hàng hải Việt Nam PV: Thưa ông`: the interviewer's label on a collapsed line.
      if (words.is(position, SPEAKER_LABEL) && tokens[position + 1]?.text === ':') break;
      // `... Viện Hàn lâm Thứ Ba, 11/11/2025`: a weekday before a comma or a date, a byline's, on a collapsed line.
      if (weekdayBeforeDate(tokens, position)) break;
      const inner = position > headNext ? matchHead(words, position) : null;
      const innerNext = inner ? position + inner.words : position;
      // `Ban Chỉ đạo quốc gia về Phòng chống thiên tai`: after `về`, a head word that starts a field (`Phòng
      // chống`) is the field the body works on, not a second organization.
      if (head.kind === 'organization' && inner?.kind === 'organization' && accepted.at(position - headNext - 1) === 'connector'
        && !servedBodyAfter(words, head.key, position - 1) && !fieldAfterAbout(words, position)
        && !(parentAfterGap && tokens[position - 1]?.end === gap?.end)
        && !(isDash(tokens[position - 1]) && activityFieldAfterDash(words, position))) break;
      // A body named inside the name: `Hội đồng Bảo an Liên hợp quốc`, `Văn phòng Quốc hội`.
      if (inner && inner.kind === 'organization' && COMPLETE_HEAD_KEYS.has(inner.key) && innerNext - position > 1) {
        accepted.setRange(position - headNext, innerNext - headNext, 'place');
        position = innerNext;
        end = position;
        hasProper = true;
        continue;
      }
      // `Liên hiệp Hợp tác xã Thương mại`: a head inside the name goes on whole (`xã` is no commune there).
      const nested = inner ?? matchHead(words, position);
      const nestedNext = nested ? position + nested.words : position;
      // `Bộ Tư lệnh Quân khu 3`: a numbered army unit inside the name ends it.
      if (nested && NUMBERED_MILITARY_UNIT_HEAD_KEYS.has(nested.key) && institutionNumberAt(words, nestedNext, 3)) {
        accepted.setRange(position - headNext, nestedNext - headNext, 'place');
        accepted.set(nestedNext - headNext, 'number');
        position = nestedNext + 1;
        end = position;
        hasProper = true;
        break;
      }
      const innerEnd = nested && nested.kind === 'organization' && lowerWordsBefore(words, position + 1, nestedNext) > 0 ? nestedNext : 0;
      if (innerEnd > 0) {
        accepted.set(position - headNext, 'capitalized');
        accepted.setRange(position + 1 - headNext, innerEnd - headNext, 'lower');
        position = innerEnd;
        end = position;
        hasProper = true;
        continue;
      }
      accepted.set(position - headNext, token.acronymLike ? 'acronym' : 'capitalized');
      position += 1;
      end = position;
      hasProper = true;
      continue;
    }
    if (token.lower) {
      // `Công ty Truyền tải điện 1`: a company's or a plant's lower-case field words after its capitalized opening,
      // then the number that tells it from its like bodies; the name ends there.
      const numbered = head.kind === 'organization' && NUMBER_ENDED_BODY_HEAD_KEYS.has(head.key) && position === end
        && position > headNext && accepted.at(0) === 'capitalized' ? lowerWordsBeforeBodyNumber(words, headNext, position) : 0;
      if (numbered > 0) {
        accepted.setRange(position - headNext, position + numbered - 1 - headNext, 'lower');
        accepted.set(position + numbered - 1 - headNext, 'number');
        position += numbered;
        end = position;
        break;
      }
      // `Trường THPT chuyên Lê Hồng Phong`: a school's kind and level in lower case after its head or its acronym,
      // the name right after them.
      const kinds = namedInstitution && position === end && (position === headNext || accepted.at(position - headNext - 1) === 'acronym')
        ? institutionKindsBeforeName(words, position, head.kind)
        : 0;
      if (kinds > 0) {
        accepted.setRange(position - headNext, position + kinds - headNext, 'lower');
        position += kinds;
        continue;
      }
      // `Liên hiệp các Hội ...`, `Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh`: the members the body gathers or
      // the activity covers, right after the head or its activity.
      const members = head.kind === 'organization' && token.key === 'các' && takesMembersAt(words, head.key, headNext, accepted, position)
        ? membersAt(words, position)
        : null;
      if (members !== null) {
        // `các` and the members' head go with the run's head: the words after them are read as a name's are.
        accepted.setRange(position - headNext, members.headEnd - headNext, 'complement');
        accepted.setRange(members.headEnd - headNext, members.end - headNext, 'lower');
        position = members.end;
        if (members.endsName) {
          end = position;
          break;
        }
        continue;
      }
      // `Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp`: a managing body's activity covers a named zone and
      // the members after `và các`, which a bracket or a place closes (not `... và các sở ngành đã họp`).
      const andMembers = head.kind === 'organization' && hasProper && position === end && token.key === 'và'
        && takesMembersAt(words, head.key, headNext, accepted, headNext + 2) ? membersBeforeClose(words, position + 1) : 0;
      if (andMembers > 0) {
        accepted.set(position - headNext, 'connector');
        accepted.set(position + 1 - headNext, 'complement');
        accepted.setRange(position + 2 - headNext, andMembers - headNext, 'lower');
        position = andMembers;
        end = position;
        continue;
      }
      // `Ban Chỉ đạo vận động hiến máu tình nguyện`: what a steering committee steers names it.
      if (head.key === 'ban' && position === headNext + 2 && position === end && tokens[headNext]?.key === 'chỉ'
        && tokens[headNext + 1]?.key === 'đạo') {
        const steered = steeredFieldLength(words, position);
        if (steered > 0) {
          accepted.setRange(position - headNext, position + steered - headNext, 'lower');
          position += steered;
          end = position;
          hasProper = true;
          break;
        }
      }
      // `Cơ sở cai nghiện ma túy số 1`, `Cơ sở sản xuất phân bón Hoàng Lâm`: an establishment's kind is its head; its
      // number, or lower-case goods closed by its name (a brand of two syllables, as a company's), follow it.
      // `Nhà máy thủy điện Hòa Bình`, `Nhà máy tinh bột sắn X`: a plant, named by the goods it makes and its name, likewise.
      // `Hợp tác xã dệt may Tân Thành`, `Tổ hợp tác du lịch cộng đồng X`: a cooperative, named by its trade in lower
      // case and its name, likewise.
      const cooperative = COOPERATIVE_HEAD_KEYS.has(head.key);
      if ((ESTABLISHMENT_HEAD_KEYS.has(head.key) || head.key === PLANT_HEAD_KEY || cooperative) && position === headNext) {
        if (token.key === 'số' && institutionNumberAt(words, position + 1)) {
          accepted.set(0, 'connector');
          accepted.set(1, 'number');
          position += 2;
          end = position;
          hasProper = true;
          if (words.placeEnd(position) > position) continue;
          break;
        }
        const goods = lowerWordsClosedByProper(words, position, head.kind, true, cooperative);
        if (goods > 0) {
          accepted.setRange(position - headNext, position + goods - headNext, 'lower');
          position += goods;
          continue;
        }
      }
      // `Bộ đội Biên phòng tỉnh,`: a whole body's head that every province has takes its bare level with no name.
      const levelledHead = hasProper || (position === headNext && COMPLETE_HEAD_KEYS.has(head.key) && LEVEL_BODY_HEAD_KEYS.has(head.key));
      if (!levelledHead) break;
      // `Đội Quản lý thị trường số 5`, `Trường THCS số 2`: a unit numbered after its name, the number standing alone
      // (`số` is then no rest of the word before it: `Công ty Sông Đà số 2`).
      if (token.key === 'số' && (namedInstitution || NUMBERED_UNIT_HEAD_KEYS.has(head.key)) && hasProper && position === end
        && institutionNumberAt(words, position + 1)) {
        accepted.set(position - headNext, 'connector');
        accepted.set(position + 1 - headNext, 'number');
        position += 2;
        end = position;
        // Only the unit's place may follow the number (`Bệnh viện Đa khoa số 1 tỉnh Lào Cai`), or the name of the
        // locality a school or hospital serves (`Trường THPT số 1 Mù Cang Chải`), which closes the name.
        if (words.placeEnd(position) > position) continue;
        if (namedInstitution) end = position + localityNameLength(words, position);
        break;
      }
      const previous = accepted.at(position - headNext - 1);
      const beforePrevious = accepted.at(position - headNext - 2);
      // `Hội Cựu chiến binh tỉnh`: a field word of three syllables or more, its first capitalized, goes on whole.
      const longField = previous === 'capitalized' ? longFieldRestAt(words, position) : 0;
      if (longField > 0) {
        accepted.setRange(position - headNext, position + longField - headNext, 'completion');
        position += longField;
        end = position;
        continue;
      }
      // `Tổng cục Thuế yêu cầu`: a verb of two words or more starts here, not the rest of `Thuế`.
      const plainWord = !words.is(position, STOP_WORD | CONNECTOR | NOT_A_SECOND_SYLLABLE)
        && lexiconMatchLength(words, position, NAME_BREAKING_PHRASES, STARTS_NAME_BREAKING) < 2;
      // The rest of a capitalized word (`Khoa học`, `Tiêu chuẩn`, `Hàng không` though `không` is a particle).
      // After two capitalized syllables (`Bộ Công Thương ban hành`) only a field word (`Xanh Quốc tế`) or where
      // the name plainly ends.
      const fieldPair = previous === 'capitalized'
        && ((words.is(position - 1, STARTS_NAME_TAIL) && NAME_TAIL_PHRASES.isPhraseAt(tokens, position - 1, 2))
          || (words.is(position - 1, STARTS_NAME_VERBAL_TAIL) && NAME_VERBAL_TAIL_PHRASES.isPhraseAt(tokens, position - 1, 2)));
      // `Cục Thuế truy thu`: a whole field syllable takes no rest but a field word it pairs with; nor does a brand
      // that is no Vietnamese syllable (`Tập đoàn Masan đạt`, `Công ty Vinamilk tăng`), asked last.
      const wholeField = words.is(position - 1, WHOLE_FIELD_SYLLABLE) && !fieldPair;
      // `Cảng hàng không`: a field word of two syllables starts here, read whole rather than as the rest of `Cảng`.
      const tailStartsHere = !fieldPair && beforePrevious !== 'capitalized'
        && lexiconMatchLength(words, position, NAME_TAIL_PHRASES, STARTS_NAME_TAIL) >= 2;
      // `Viện Nghiên cứu Nuôi trồng thủy sản I cung cấp`: a Roman numeral after the name's lower-case words numbers the
      // body among its like ones and closes the name; it takes no lower-case rest.
      const closingNumeral = tokens[position - 2]?.lower === true && ROMAN_BODY_NUMBER.test(tokens[position - 1]?.text ?? '');
      // `Trường Sơn chính thức niêm yết`: an adverb of two words or more between the subject and its verb (`chính thức`,
      // `liên tục`) completes no syllable of the name.
      const adverbStarts = !fieldPair && NOT_NAME_WORDS_AFTER_SUBJECT_PHRASES.matchLength(tokens, position, true) >= 2;
      if (previous === 'capitalized' && (plainWord || fieldPair) && !wholeField && !tailStartsHere && !closingNumeral && !adverbStarts
        && (fieldPair || isVietnameseSyllable(tokens[position - 1]?.text ?? ''))) {
        const following = tokens[position + 1];
        const endsHere = !following || following.breakBefore || !following.lower;
        // `Trường Sơn lãi 412 tỷ đồng`: the one capitalized syllable right after a head of one word, no field word with
        // the syllable after it, is a proper name as well where the number after is an amount of money.
        const afterProperName = beforePrevious === 'capitalized'
          || (!fieldPair && head.words === 1 && position === headNext + 1 && MONEY_AMOUNT_WORD_KEYS.has(tokens[position + 2]?.key ?? ''));
        // `Công ty Cổ phần Đường Biên Hòa Xanh tài trợ`: a syllable after a place's name is a brand's last word like one
        // after another capitalized syllable, its rest only where the name plainly ends.
        const afterProper = beforePrevious === 'capitalized' || beforePrevious === 'place';
        if ((!afterProper || fieldPair || endsHere) && !verbAfterProperName(words, position, afterProperName)) {
          accepted.set(position - headNext, 'completion');
          position += 1;
          end = position;
          continue;
        }
      }
      // `Viện Nghiên cứu Nông nghiệp số thuộc ...`, `Trung tâm Kinh tế số,`: `số` (digital) after a field word, where
      // no number nor noun follows it (`Công ty Xây dựng số 4`, `Bộ Y tế số ca mắc`), ends the field.
      if ((previous === 'completion' || previous === 'lower') && token.key === 'số' && digitalAfterField(words, position)) {
        accepted.set(position - headNext, 'lower');
        position += 1;
        end = position;
        break;
      }
      // Field words after the capitalized ones: `Cục Sở hữu trí tuệ`, `Doanh nghiệp nhỏ và vừa`; after an acronym
      // right after the head (`Ban QLDA đường sắt`).
      // `Bộ Y tế hỗ trợ vốn`, `Bộ Nông nghiệp và Môi trường hỗ trợ vốn`: a capitalized field that is a plain noun (no
      // activity) takes no verb after it; the verb is the clause's (`Viện Nghiên cứu phát triển kinh tế` goes on).
      const verbAfterNounField = previous === 'completion' && beforePrevious === 'capitalized'
        && nounFieldBefore(words, position) && lexiconMatchLength(words, position, NAME_VERBAL_TAIL_PHRASES, STARTS_NAME_VERBAL_TAIL) > 0;
      const tail = !verbAfterNounField && ((previous === 'capitalized' && beforePrevious !== 'capitalized') || previous === 'completion' || previous === 'lower'
        || (previous === 'acronym' && position === headNext + 1))
        ? fieldWordsLength(words, position)
        : 0;
      if (tail > 0) {
        accepted.setRange(position - headNext, position + tail - headNext, 'lower');
        position += tail;
        end = position;
        continue;
      }
      // `Trung tâm Xúc tiến đầu tư tỉnh Thái Bình`: the fields an activity works on, up to the name's place.
      const worked = head.kind === 'organization' && previous === 'completion' ? activityFieldsBeforePlace(words, position) : 0;
      if (worked > 0) {
        accepted.setRange(position - headNext, position + worked - headNext, 'lower');
        position += worked;
        end = position;
        continue;
      }
      // `Đội Đăng ký xe, Phòng CSGT ...`: what a unit's activity works on, up to the comma before its parent.
      const unitObject = head.kind === 'organization' && position === end && (previous === 'completion' || previous === 'capitalized')
        ? unitObjectBeforeParent(words, head.key, position)
        : 0;
      if (unitObject > 0) {
        accepted.setRange(position - headNext, position + unitObject - headNext, 'lower');
        position += unitObject;
        end = position;
        break;
      }
      // `Viện Kiểm nghiệm thuốc Trung ương (NIDQC)`: the words up to the acronym in brackets that closes the name.
      const bracketed = head.kind === 'organization' && (previous === 'completion' || previous === 'lower')
        ? wordsBeforeBracketedAcronym(words, position)
        : 0;
      if (bracketed > 0) {
        for (let step = position; step < position + bracketed; step += 1) accepted.set(step - headNext, tokens[step]?.lower ? 'lower' : 'capitalized');
        position += bracketed;
        end = position;
        continue;
      }
      // A body's name with a proper word in it, ended right here after a completion or a lower-case word: lower-case
      // words may go on in it when something closes them (the two steps below).
      const lowerTailMayFollow = head.kind === 'organization' && hasProper && position === end && (previous === 'completion' || previous === 'lower');
      // `Trung tâm Hỗ trợ phát triển giáo dục hòa nhập thành phố X`: what an activity serves, up to the name's level
      // and place or its parent body.
      const served = lowerTailMayFollow ? activityObjectLength(words, position) : 0;
      if (served > 0) {
        accepted.setRange(position - headNext, position + served - headNext, 'lower');
        position += served;
        end = position;
        continue;
      }
      const closed = previous === 'completion' || previous === 'lower' ? lowerWordsClosedByProper(words, position, head.kind, COMPANY_HEAD_KEYS.has(head.key)) : 0;
      if (closed > 0) {
        accepted.setRange(position - headNext, position + closed - headNext, 'lower');
        position += closed;
        continue;
      }
      // `Trung tâm Dịch vụ đấu giá tài sản tỉnh,`: lower-case words up to a bare level that ends the name; the level is
      // taken below.
      const beforeLevel = lowerTailMayFollow ? lowerWordsClosedByLevel(words, position) : 0;
      if (beforeLevel > 0) {
        accepted.setRange(position - headNext, position + beforeLevel - headNext, 'lower');
        position += beforeLevel;
        end = position;
        continue;
      }
      // `Cục Kết cấu hạ tầng xây dựng (Bộ Xây dựng)`: field words up to the bracket naming the parent body.
      const beforeParent = lowerTailMayFollow ? lowerWordsBeforeParentBracket(words, position) : 0;
      if (beforeParent > 0) {
        accepted.setRange(position - headNext, position + beforeParent - headNext, 'lower');
        position += beforeParent;
        end = position;
        break;
      }
      // `Viện Khoa học và Công nghệ quân sự đã ...`: field words the lexicon lacks, up to where the clause goes on; not
      // after a passive's agent marker (`được Sở Xây dựng thẩm định chỉ là 18%`: the words are what the body did).
      const beforeClause = head.kind === 'organization' && (previous === 'completion' || previous === 'lower')
        && !(before !== undefined && !first.breakBefore && before.lower && PASSIVE_AGENT_KEYS.has(before.key))
        ? lowerWordsClosedByClause(words, position)
        : 0;
      if (beforeClause > 0) {
        accepted.setRange(position - headNext, position + beforeClause - headNext, 'lower');
        position += beforeClause;
        end = position;
        continue;
      }
      // `Vụ Giám đốc kiểm tra về hình sự, hành chính`: the fields an activity covers; `Phòng Cảnh sát điều tra tội
      // phạm về ma túy`: the fields of the crimes a police unit fights.
      const about = activity || (previous === 'lower' && afterCrimes(words, position))
        ? aboutFieldsLength(words, position) || (activity ? aboutWordsBeforeShortName(words, position, index) : 0)
        : 0;
      if (about > 0) {
        for (let step = position; step < position + about; step += 1) accepted.set(step - headNext, tokens[step]?.lower && tokens[step]?.key !== 'về' && tokens[step]?.key !== 'và' ? 'lower' : 'connector');
        position += about;
        end = position;
        continue;
      }
      // `Phòng Nghiên cứu Tài nguyên nước và Môi trường`: a field word's lower-case rest before `và` and the name's
      // second field.
      const beforeJoined = head.kind === 'organization' && hasProper && position === end && (previous === 'completion' || previous === 'lower')
        ? lowerWordsBeforeJoinedField(words, position, head.kind)
        : 0;
      if (beforeJoined > 0) {
        accepted.setRange(position - headNext, position + beforeJoined - headNext, 'lower');
        position += beforeJoined;
        end = position;
        continue;
      }
      // `Vụ Khoa học công nghệ và môi trường chủ trì`: `và` between lower-case field words, the name ending after.
      const joinedFields = previous === 'lower' && token.key === 'và' ? fieldsJoinedLength(words, position) : 0;
      if (joinedFields > 0) {
        accepted.setRange(position - headNext, position + joinedFields - headNext, 'lower');
        position += joinedFields;
        end = position;
        continue;
      }
      // `Liên đoàn Lao động tỉnh,`, `Văn phòng Đăng ký đất đai tỉnh hiện có ...`: a bare level right after the name,
      // the name plainly ending after it, is the province's (district's) body; not `Bộ Y tế tỉnh này`, `tỉnh bạn`.
      // The city's, in two words (`Ban Chỉ huy Phòng thủ dân sự thành phố đã ...`).
      const levelWords = BARE_LEVEL_KEYS.has(token.key) ? 1 : token.key === 'thành' && tokens[position + 1]?.key === 'phố' && !tokens[position + 1]?.breakBefore ? 2 : 0;
      if (head.kind === 'organization' && levelledHead && position === end && levelWords > 0
        && (levelEndsName(words, position + levelWords) || councilLevelAt(words, position, levelWords) || levelBodyAt(words, index, position, levelWords))) {
        accepted.setRange(position - headNext, position + levelWords - headNext, 'lower');
        position += levelWords;
        end = position;
        hasProper = true;
        break;
      }
      // `CLB X của HLV Y`: a title written short after `của` opens the person running the body; the name ends.
      if (token.key === 'của' && PERSON_TITLE_ABBREVIATION_KEYS.has(tokens[position + 1]?.key ?? '')) break;
      // `Bảo tàng Hùng Vương của Phú Thọ`: `của` and a place say whose the body is; the place is no word of its name.
      if (token.key === 'của' && words.placeEnd(position + 1) > position + 1) break;
      // `Bộ đội Biên phòng tỉnh X và Cảnh sát đường thủy`: a name closed by its level and place is whole; `và` joins a
      // second body.
      if (token.key === 'và' && previous === 'place' && levelledPlaceBefore(tokens, accepted, headNext, position)
        && tokens[position + 1]?.capitalized === true && words.placeEnd(position + 1) <= position + 1) break;
      // `và Công nghệ`, `về Tiêu chuẩn`: a connector where a proper word follows.
      if (words.is(position, CONNECTOR) && (isProperStart(words, position + 1, head.kind) || (hasProper && servedBodyAfter(words, head.key, position))
        || (head.kind === 'organization' && tokens[position + 1]?.capitalized === true && fieldAfterAbout(words, position + 1)))) {
        // `ASEAN và APO`, `Việt Nam và Lào`: two names joined, not one name going on.
        const nextEnd = Math.max(words.placeEnd(position + 1), tokens[position + 1]?.acronymLike ? position + 2 : -1);
        const afterNext = tokens[nextEnd];
        // `Đội Cảnh sát PCCC và CNCH khu vực X`: two fields' acronyms joined, then the region the unit serves, are one
        // unit's name.
        const fieldsBeforeRegion = previous === 'acronym' && tokens[position + 1]?.acronymLike === true
          && (numberedRegionLength(words, nextEnd) > 0 || namedRegionAt(words, nextEnd, head.kind)
            // `Cục Cảnh sát PCCC và CNCH (C07)`: or the whole unit's code in brackets, the second field no body.
            || (afterNext?.text === '(' && !afterNext.breakBefore && isBracketedUnitCode(tokens[nextEnd + 1])
              && tokens[nextEnd + 2]?.text === ')' && matchHead(words, position + 1) === null));
        if (token.key === 'và' && nextEnd > position + 1 && (previous === 'acronym' || previous === 'place')
          && !(afterNext && !afterNext.breakBefore && (afterNext.capitalized || afterNext.acronymLike))
          && !(previous === 'place' && areaBeforePlaceAt(tokens, accepted, headNext, position)) && !fieldsBeforeRegion) break;
        accepted.set(position - headNext, 'connector');
        position += 1;
        continue;
      }
      // `Trung tâm Đăng kiểm xe cơ giới 29-01V`: the field's lower-case words up to the body's registration code.
      const beforeRegistration = head.kind === 'organization' && position === end && previous !== 'connector'
        ? lowerWordsBeforeRegistrationCode(words, position)
        : 0;
      if (beforeRegistration > 0) {
        accepted.setRange(position - headNext, position + beforeRegistration - headNext, 'lower');
        position += beforeRegistration;
        end = position;
        continue;
      }
      // `Ban Quản lý dự án các công trình điện miền Bắc (AMB)`, `Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt
      // buộc, trường giáo dưỡng (C10)`: the field runs on, whatever its words, up to the short form in brackets.
      const beforeCode = head.kind === 'organization' && gap === null && position === end && previous !== 'connector'
        ? fieldWordsBeforeBracketedCode(words, position)
        : 0;
      if (beforeCode > 0) {
        for (let step = position; step < position + beforeCode; step += 1) {
          const word = tokens[step];
          // `... công nghiệp TP.HCM (HEPZA)`: the place closing the field.
          const placeEnd = step > position && word !== undefined && !word.lower ? words.placeEnd(step) : -1;
          if (placeEnd > step && placeEnd <= position + beforeCode) {
            accepted.setRange(step - headNext, placeEnd - headNext, 'place');
            step = placeEnd - 1;
            continue;
          }
          accepted.set(step - headNext, word?.lower && word.key !== 'và' ? 'lower' : word?.capitalized ? 'capitalized' : 'connector');
        }
        position += beforeCode;
        end = position;
        continue;
      }
      break;
    }
    // `Bộ Xây dựng – Nguyễn Văn Sinh`: a dash before a person's name ends the organization's; the dash joins
    // name parts only (`Bộ Lao động – Thương binh và Xã hội`).
    // `liên Bộ Công Thương - Tài chính`: after `liên` (joint), the dash joins the fields of several bodies of one
    // head, each its own organization.
    // `Trường Đại học Nông - Lâm Bắc Giang`: two fields of one syllable each, the dash between them, then the place.
    if ((token.text === '–' || token.text === '-' || token.text === '—')
      && (isProperStart(words, position + 1, head.kind) || (hasProper && activityFieldAfterDash(words, position + 1)))
      && (!personNameAt(words, position + 1) || oneSyllableFieldsBeforePlace(words, position)) && !jointBodies) {
      accepted.set(position - headNext, 'connector');
      position += 1;
      continue;
    }
    // `Bệnh viện Nhi Đồng 1`, `Trường Tiểu học Kim Đồng 2`: schools and hospitals are numbered after their name.
    // `Bệnh viện Quân y 109`: one numbered by its kind alone, with up to three digits.
    const numberedKind = namedInstitution && INSTITUTION_KIND_PHRASES.longestAt(tokens, headNext)?.words === position - headNext
      && institutionNumberAt(words, position, 3);
    // `Trường Sĩ quan Lục quân 2`: after a capitalized word's rest as well.
    // `Trại giam Phú Sơn 4`: a prison is numbered after its place's name, one of several there.
    // `Lữ đoàn Công binh 543`, `Hải đội Biên phòng 2`: an army or border guard unit named by its branch, then numbered
    // (up to three digits) among the branch's units; a count (`... Biên phòng 2 tàu`) or a year is no number of it.
    const militaryUnit = NUMBERED_MILITARY_UNIT_HEAD_KEYS.has(head.key);
    const numberedAfterName = namedInstitution || NUMBERED_AFTER_NAME_HEAD_KEYS.has(head.key) || militaryUnit;
    if (numberedAfterName && hasProper && position === end && (accepted.at(position - headNext - 1) === 'capitalized'
      || accepted.at(position - headNext - 1) === 'completion' || accepted.at(position - headNext - 1) === 'place' || numberedKind)
      && (numberedKind || institutionNumberAt(words, position, militaryUnit ? 3 : 2))) {
      accepted.set(position - headNext, 'number');
      position += 1;
      end = position;
      break;
    }
    // `Tổng công ty Xây dựng công trình giao thông 4 (Cienco4)`, `Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1
    // (Quatest 1)`: a body numbered after its field words, the short name in brackets right after ending in the same
    // number.
    if (head.kind === 'organization' && hasProper && position === end && numberedShortNameAfter(tokens, position)) {
      accepted.set(position - headNext, 'number');
      position += 1;
      end = position;
      break;
    }
    // `Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07)`: fields listed up to the acronym closing the name.
    const listedFields = token.text === ',' && head.kind === 'organization' && position === end
      && (accepted.at(position - headNext - 1) === 'lower' || accepted.at(position - headNext - 1) === 'completion')
      ? fieldListBeforeBracketedAcronym(words, position) : 0;
    if (listedFields > 0) {
      for (let step = position; step < position + listedFields; step += 1) accepted.set(step - headNext, tokens[step]?.lower && tokens[step]?.key !== 'và' ? 'lower' : 'connector');
      position += listedFields;
      end = position;
      continue;
    }
    if (token.text === ',' && head.kind === 'organization' && hasProper && isListedNamePart(words, position)) {
      accepted.set(position - headNext, 'connector');
      position += 1;
      continue;
    }
    // `Viện Điều tra, Quy hoạch rừng và Trung tâm X`: a second field after the comma, through its lower-case words.
    const secondField = token.text === ',' && head.kind === 'organization' && position === end ? secondFieldAfterComma(words, headNext, position) : 0;
    if (secondField > 0) {
      accepted.set(position - headNext, 'connector');
      accepted.set(position + 1 - headNext, 'capitalized');
      accepted.setRange(position + 2 - headNext, position + secondField - headNext, 'lower');
      position += secondField;
      end = position;
      break;
    }
    break;
  }

  // `bà Trần Thị Thu Hiền, Tổng giám đốc Công ty ... Cao Nguyên Xanh`: the holder is named before, so the capitalized
  // words at the end are the name's own, not a second person.
  if (hasProper && !holderNamedBefore(words, index)) {
    const firstCut = namedInstitution ? institutionFirstCut(words, headNext, end) : headNext;
    let cut = endBeforePersonName(words, accepted, headNext, end, COMPLETE_HEAD_KEYS.has(head.key), firstCut);
    // `Khoa Kỹ thuật môi trường Trường Đại học Phạm Văn Đồng`: a school or hospital named inside the name (the parent
    // of a faculty) keeps its own name as it would alone, the person of history it is named for with it.
    const innerBody = !namedInstitution && cut < end ? innerInstitutionBodyStart(words, headNext, cut) : -1;
    if (innerBody > 0) {
      const innerFirstCut = Math.max(innerBody + 1, institutionFirstCut(words, innerBody, end, true));
      cut = Math.max(cut, endBeforePersonName(words, accepted, headNext, end, false, innerFirstCut));
    }
    // `Câu lạc bộ Cờ vua Hà Thành`: a club is named for its place or a by-name, of two syllables as a rule; a person
    // named after a club has a full name of three (`CLB Hà Nội Nguyễn Văn Quyết`).
    // `Công ty Cổ phần Thép Hòa Bình (mã chứng khoán: THB)`, `(LGC)`: a stock code or the acronym of the whole name
    // right after it tells the last words are the company's own.
    // `Trường Cao đẳng Công nghệ Bạch Đằng`: a school or hospital named after its field is named for a place or a
    // by-name of two syllables; a person after its name has a full name of three (`Bệnh viện Bạch Mai Đào Xuân Cơ`).
    // `Công ty TNHH Dệt may Thái Hưng`, `Hợp tác xã Muối sạch Ninh Diêm`: a business named after its trade, the trade's
    // lower-case word last, is named for a place or a by-name of two syllables too; so is an establishment after its
    // goods (`Cơ sở sản xuất phân bón Hoàng Lâm`).
    // So is one whose brand the cut would leave with its first word alone (`HTX Môi trường Xanh Lâm Viên`).
    const namedBusiness = ((COMPANY_HEAD_KEYS.has(head.key) || ESTABLISHMENT_HEAD_KEYS.has(head.key)) && cut - 1 > headNext && tokens[cut - 1]?.lower === true)
      || (COMPANY_HEAD_KEYS.has(head.key) && cut > headNext);
    const byName = (CLUB_HEAD_KEYS.has(head.key) || namedInstitution || namedBusiness)
      && properSyllablesFrom(accepted, headNext, cut, end) === PLACE_NAME_SYLLABLES;
    // `do Công ty cổ phần Thép Vũ Quang tài trợ`, `Công ty TNHH Thực phẩm sạch Cao Nguyên Đá đã ký`: a business named
    // with no title before it has no holder after it; the capitalized words are its brand, whatever their first word.
    // Its trade's lower-case word right before them, and no middle name among them (`Công ty Sông Hồng Văn Thị Mai`).
    const untitledBusiness = COMPANY_HEAD_KEYS.has(head.key) && cut - 1 > headNext && tokens[cut - 1]?.lower === true
      && !PERSON_MIDDLE_NAME_KEYS.has(tokens[cut + 1]?.key ?? '') && !titleBeforeHead(words, index);
    if (!byName && !untitledBusiness && !bracketKeepsName(words, cut, end)) end = cut;
    // `Trưởng phòng kế hoạch Công ty Nguyễn Văn Lực`: the bare head `Công ty` (no legal form: a firm named for its owner
    // states one) then a full personal name with its middle name, nothing after, is the company named before and
    // its holder; not a person of history companies are named for as streets are (`Công ty Hoàng Văn Thụ`).
    if (head.key === BARE_COMPANY_HEAD_KEY && end === headNext + 3 && words.is(headNext, FAMILY_NAME)
      && PERSON_MIDDLE_NAME_KEYS.has(tokens[headNext + 1]?.key ?? '') && personNameAt(words, headNext, 3)
      && !isUnitNamedForPerson(text.slice(tokens[headNext]?.start ?? 0, tokens[headNext + 2]?.end ?? 0))) end = headNext;
  }
  // A dash, `và` or comma the cut left at the end joined nothing of the name.
  while (end > headNext && accepted.at(end - 1 - headNext) === 'connector') end -= 1;
  // `Trung tâm Phục vụ hành chính công của 2 phường`: the kind of body several places have, no one organization.
  if (hasProper && head.kind === 'organization' && ofSeveralPlaces(tokens, end)) return null;
  // `Tập đoàn Hàn Quốc`, `Công ty Nhật Bản`: a company's head and a country alone say where a company is from (a
  // description, no name); a country still ends the name of a state's body (`Đại sứ quán Hàn Quốc`).
  if (hasProper && COMPANY_HEAD_KEYS.has(head.key) && isCountryAlone(words, headNext, end)) return null;
  // `Hội Lim Giáp Thìn`: a festival of the year its name ends in, no association.
  if (hasProper && head.key === 'hội' && endsInYearName(tokens, headNext, end)) return { ...runOf(words, head, index, headNext, end, gap), kind: 'other' };
  return runOf(words, head, index, headNext, hasProper ? end : headNext, gap);
}

/** Heads of a treaty's name, which a secretariat (`Ban Thư ký`) is named by. */
const TREATY_HEAD_KEYS: ReadonlySet<string> = new Set(['công ước', 'hiệp định', 'hiệp ước', 'nghị định thư']);
const COUNCIL_HEAD_KEY = 'hội đồng';
/** Kinds of institution a governing council is named by (`Hội đồng trường`, `Hội đồng quản lý bệnh viện`). */
const COUNCIL_INSTITUTION_KINDS: readonly (readonly string[])[] = [['trường'], ['bệnh', 'viện']];
/** Syllables after `trường` that make it another word or a school's kind, no council's end (`trường hợp`, `trường đại học`). */
const NOT_A_SCHOOL_END_KEYS: ReadonlySet<string> = new Set(['hợp', 'học', 'đại', 'cao', 'trung', 'tiểu', 'mầm', 'phổ', 'sở', 'kỳ', 'độ']);

/**
 * After `Hội đồng`, its activity (`quản lý`) if written, then an institution's kind in lower case where no name
 * follows (a mark, the line's end, a lower-case word that goes on no kind): the council of the school or hospital
 * the article is about. The token after its name, 0 where none (`Hội đồng trường Trường Đại học X`: the school is
 * named, its own run; `Hội đồng trường hợp`).
 */
function institutionCouncilEnd(words: NameTokens, headNext: number): number {
  const { tokens } = words;
  let at = headNext;
  if (tokens[at]?.key === 'quản' && tokens[at + 1]?.key === 'lý' && tokens[at]?.lower === true && !tokens[at + 1]?.breakBefore) at += 2;
  for (const kind of COUNCIL_INSTITUTION_KINDS) {
    if (!kind.every((key, step) => tokens[at + step]?.key === key && tokens[at + step]?.lower === true && !tokens[at + step]?.breakBefore)) continue;
    const end = at + kind.length;
    const next = tokens[end];
    if (next !== undefined && !next.breakBefore && (next.capitalized || next.acronymLike || NOT_A_SCHOOL_END_KEYS.has(next.key))) return 0;
    return end;
  }
  return 0;
}

/**
 * The two words before `position` are a capitalized field that is a plain noun (`Y tế`, `Môi trường`, `Tài chính`:
 * a field word of the lexicon, no verb too), no activity whose object could follow.
 */
function nounFieldBefore(words: NameTokens, position: number): boolean {
  const { tokens } = words;
  const field = position - 2;
  return tokens[field]?.capitalized === true && words.is(field, STARTS_NAME_TAIL) && NAME_TAIL_PHRASES.isPhraseAt(tokens, field, 2)
    && !(words.is(field, STARTS_NAME_VERBAL_TAIL) && NAME_VERBAL_TAIL_PHRASES.isPhraseAt(tokens, field, 2));
}

/**
 * A dash at `index` and a place after it (a locality's name) where the name plainly ends (a mark, the line's end, a
 * lower-case word that is no level): `khu vực 2 - Sơn La,`, `khu vực 3 - Mai Sơn,`. The number of tokens, the dash counted; 0 where none (`khu vực 2 - Nguyễn
 * Văn A`: a person; `khu vực 2 - Sơn La và ...` goes on the same).
 */
function regionPlaceAfterDash(words: NameTokens, index: number): number {
  const { tokens } = words;
  const dash = tokens[index];
  if (!dash || dash.breakBefore || !(dash.text === '-' || dash.text === '–' || dash.text === '—')) return 0;
  // A place the gazetteer knows, else a locality's name of up to three syllables that opens no person's name (`Thuận
  // Châu`, a district).
  const known = words.placeEnd(index + 1);
  const locality = known > index + 1 || matchHead(words, index + 1) !== null ? 0 : localityNameLength(words, index + 1);
  const placeEnd = known > index + 1 ? known : index + 1 + locality;
  if (placeEnd <= index + 1) return 0;
  const after = tokens[placeEnd];
  const plainEnd = after === undefined || after.breakBefore || SENTENCE_END_MARKS.has(after.text) || after.text === ',' || after.text === ';'
    || (after.lower && !PLACE_LEVEL_KEYS.has(after.key));
  return plainEnd ? placeEnd - index : 0;
}

/**
 * `số` at `index` means digital (`Nông nghiệp số`, `Kinh tế số`), no number's word: nothing follows it on the line, or a
 * mark, `thuộc` or `của` (whose body it is), or a clause's rest (`đã`, `sẽ`); never a number or a noun.
 */
function digitalAfterField(words: NameTokens, index: number): boolean {
  const next = words.tokens[index + 1];
  if (next === undefined || next.breakBefore) return true;
  if (!next.isWord) return !HAS_DIGIT_START.test(next.text) && next.text !== '/' && next.text !== '.';
  return next.lower && (next.key === 'thuộc' || next.key === 'của' || words.is(index + 1, CLAUSE_OPENER));
}

/**
 * `Cơ quan Cảnh sát điều tra (CSĐT) Công an tỉnh Hưng Yên`: an acronym in brackets at `bracket` whose letters are the
 * initials of the name's last words before it (its field), then the parent body named with its place: the parent
 * closes the name, the acronym a gap in it.
 */
export function fieldAcronymBeforeParent(words: NameTokens, headNext: number, bracket: number): boolean {
  const { tokens } = words;
  const acronym = tokens[bracket + 1];
  if (tokens[bracket]?.text !== '(' || acronym?.acronymLike !== true || tokens[bracket + 2]?.text !== ')') return false;
  const letters = acronym.text.length;
  if (letters < 2 || bracket - letters < headNext) return false;
  for (let word = bracket - letters; word < bracket; word += 1) {
    const initial = tokens[word]?.text.normalize('NFD').charAt(0).toUpperCase();
    if (initial !== acronym.text.charAt(word - bracket + letters)) return false;
  }
  const parent = matchHead(words, bracket + 3);
  if (parent === null || parent.kind !== 'organization' || tokens[bracket + 3]?.breakBefore) return false;
  const parentNext = bracket + 3 + parent.words;
  return words.placeEnd(parentNext) > parentNext;
}

const OFFICE_HEAD_KEY = 'văn phòng';
/** The elected bodies of a place an office may serve two of at once, by their heads' keys. */
const SERVED_LOCAL_BODY_KEYS: ReadonlySet<string> = new Set(['hđnd', 'ubnd', 'đoàn đbqh', 'đoàn đại biểu quốc hội']);

/**
 * Where an office's name ends when two local bodies joined by `và` follow its head, then their level (and place):
 * `Văn phòng HĐND và UBND xã`, `Văn phòng Đoàn ĐBQH và HĐND tỉnh Hưng Yên`; else 0.
 */
function officeOfTwoBodiesEnd(words: NameTokens, headNext: number): number {
  const { tokens } = words;
  const first = matchHead(words, headNext);
  if (first === null || tokens[headNext]?.breakBefore || !SERVED_LOCAL_BODY_KEYS.has(first.key)) return 0;
  const and = headNext + first.words;
  if (tokens[and]?.key !== 'và' || !tokens[and]?.lower || tokens[and]?.breakBefore) return 0;
  const second = matchHead(words, and + 1);
  if (second === null || tokens[and + 1]?.breakBefore || !SERVED_LOCAL_BODY_KEYS.has(second.key) || second.key === first.key) return 0;
  const level = and + 1 + second.words;
  const placeEnd = words.placeEnd(level);
  if (placeEnd > level) return placeEnd;
  const bare = tokens[level];
  return bare !== undefined && !bare.breakBefore && bare.lower && BARE_LEVEL_KEYS.has(bare.key) && levelEndsName(words, level + 1) ? level + 1 : 0;
}

/** A province's delegation to the National Assembly, whose head holds the assembly's name. */
const DELEGATION_HEAD_KEYS: ReadonlySet<string> = new Set(['đoàn đại biểu quốc hội', 'đoàn đbqh']);

/**
 * Where a delegation's name ends when a bare level follows its head (`Đoàn ĐBQH tỉnh`), past an acronym in brackets
 * (`Đoàn đại biểu Quốc hội (ĐBQH) tỉnh`), and the name plainly ends after the level; else 0.
 */
function delegationLevelEnd(words: NameTokens, headNext: number): number {
  const { tokens } = words;
  let at = headNext;
  if (tokens[at]?.text === '(' && tokens[at + 1]?.acronymLike === true && tokens[at + 2]?.text === ')') at += 3;
  const level = tokens[at];
  if (level === undefined || level.breakBefore || !level.lower || !BARE_LEVEL_KEYS.has(level.key)) return 0;
  if (words.placeEnd(at) > at + 1) return 0;
  return levelEndsName(words, at + 1) ? at + 1 : 0;
}

/** Most tokens back from a person cut to the head of a school or hospital named inside the name (`Trường Đại học`). */
const MAX_TOKENS_BACK_TO_INNER_INSTITUTION = 4;

/**
 * Where the name of a school or hospital named inside a run starts (the token after its head: `Trường Đại học` in
 * `Khoa X Trường Đại học Phạm Văn Đồng`), when its head stands right before `cut` or a few tokens before; else -1.
 */
function innerInstitutionBodyStart(words: NameTokens, headNext: number, cut: number): number {
  for (let position = cut - 1; position > headNext && position >= cut - MAX_TOKENS_BACK_TO_INNER_INSTITUTION; position -= 1) {
    const inner = matchHead(words, position);
    if (inner !== null && inner.kind === 'organization' && NAMED_INSTITUTION_HEAD_KEYS.has(inner.key) && position + inner.words <= cut
      && !(inner.key === UNIVERSITY_LEVEL_KEY && educationLevelAt(words.tokens, position))) {
      return position + inner.words;
    }
  }
  return -1;
}

/** `Đại học` alone, a university's head and the level of schooling (higher education). */
const UNIVERSITY_LEVEL_KEY = 'đại học';
/** The fields a level of schooling is named after (`giáo dục đại học`, `đào tạo đại học`), by their two keys. */
const SCHOOLING_FIELD_KEYS: ReadonlyArray<readonly [string, string]> = [['giáo', 'dục'], ['đào', 'tạo']];

/**
 * `Vụ Giáo dục Đại học Nguyễn Thu Hà`: `Đại học` right after education's field is the level of schooling the body is
 * named for (higher education), no school named inside the name; the person after it is no school's namesake. Not
 * `Phòng Đào tạo Trường Cao đẳng Võ Văn Kiệt`, a school's full head.
 */
function educationLevelAt(tokens: NameTokens['tokens'], position: number): boolean {
  const second = tokens[position - 1];
  const first = tokens[position - 2];
  if (second === undefined || first === undefined || tokens[position]?.breakBefore || second.breakBefore) return false;
  return SCHOOLING_FIELD_KEYS.some(([one, two]) => first.key === one && second.key === two);
}

/**
 * The dash at `dash` joins two fields of one capitalized syllable each, the place the body serves right after the
 * second (`Đại học Nông - Lâm Bắc Giang`, `Y - Dược Thái Bình`): the second syllable starts no person's name there,
 * though it is a family name (`Lâm`).
 */
function oneSyllableFieldsBeforePlace(words: NameTokens, dash: number): boolean {
  const { tokens } = words;
  const before = tokens[dash - 1];
  const field = tokens[dash + 1];
  if (!before?.capitalized || tokens[dash - 2]?.capitalized !== false || !field?.capitalized || field.breakBefore) return false;
  const placeStart = dash + 2;
  return !tokens[placeStart]?.breakBefore && words.placeEnd(placeStart) > placeStart;
}

/** Most items of a capitalized list a set phrase works against (`AIDS, Lao và Sốt rét`). */
const MAX_CAPITALIZED_LIST_ITEMS = 5;

/**
 * After a set phrase (`phòng, chống`) at `index`, what it works against listed capitalized: acronyms or capitalized
 * words with one lower-case syllable at most (`AIDS, Lao và Sốt rét`), parted by commas, the last after `và`, then
 * the clause's end (a comma, a stop, the line's end). Its number of tokens; -1 where no such list stands there (`phòng,
 * chống Covid-19 tại ...`, one item, or a head, place, title or person among them).
 */
function capitalizedListLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  let position = index;
  let joined = false;
  for (let items = 0; items < MAX_CAPITALIZED_LIST_ITEMS; items += 1) {
    const token = tokens[position];
    if (!token || token.breakBefore || !(token.capitalized || token.acronymLike) || matchHead(words, position) !== null
      || words.placeEnd(position) > position || isTitleStart(words, position) || startsPersonName(words, position)) return -1;
    position += 1;
    const rest = tokens[position];
    if (rest?.lower && !rest.breakBefore && !words.is(position, STOP_WORD | CONNECTOR | CLAUSE_OPENER)) position += 1;
    const after = tokens[position];
    if (joined) return after === undefined || after.breakBefore || PLAIN_LIST_END_MARKS.has(after.text) ? position - index : -1;
    if (after?.key === 'và' && !after.breakBefore && items > 0) joined = true;
    else if (after?.text !== ',' || after.breakBefore) return -1;
    position += 1;
  }
  return -1;
}

/** Marks that end a list closing a name: a comma, a stop, a semicolon, a colon, a closing bracket. */
const PLAIN_LIST_END_MARKS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')']);

/** Lower-case words of a second field after a comma (`Quy hoạch rừng`: two), at least and at most. */
const MIN_SECOND_FIELD_LOWER_WORDS = 2;
const MAX_SECOND_FIELD_LOWER_WORDS = 4;

/**
 * A body named for two fields, a comma between them (`Viện Điều tra, Quy hoạch rừng`): the name so far one field (a
 * capitalized syllable right after the head, lower-case words after it), then after the comma at `comma` a second
 * one, a capitalized field word (an activity, a field compound) that starts no head, place, title or person's name
 * with two to four lower-case words,
 * then the clause's end or the next body (`và`, or a comma, before a head; a stop; `đã`, `sẽ`...). The tokens from the comma to the
 * second field's end; 0 where it is none (`Sở Tài chính, Xây dựng và Công an tỉnh`: the short names of several
 * bodies have one word; `Viện X, cho biết`).
 */
function secondFieldAfterComma(words: NameTokens, headNext: number, comma: number): number {
  const { tokens } = words;
  if (!tokens[headNext]?.capitalized || comma - headNext < 2) return 0;
  for (let position = headNext + 1; position < comma; position += 1) if (!tokens[position]?.lower) return 0;
  const start = comma + 1;
  const first = tokens[start];
  if (!first?.capitalized || first.breakBefore || tokens[comma]?.breakBefore || matchHead(words, start) !== null || words.placeEnd(start) > start
    || isTitleStart(words, start) || startsPersonName(words, start)) return 0;
  // A field's word: an activity a body is named for (`Quy hoạch`, `Phát triển`), a field compound (`Công nghệ thông
  // tin`); not a clause's subject (`Theo Viện Kinh tế, Nhà nước cần ...`).
  const fieldWord = (words.is(start, STARTS_NAME_VERBAL_TAIL) && NAME_VERBAL_TAIL_PHRASES.isPhraseAt(tokens, start, 2))
    || fieldCompoundLength(words, start) > 0 || startsActivity(words, start);
  if (!fieldWord) return 0;
  let end = start + 1;
  while (end - start - 1 < MAX_SECOND_FIELD_LOWER_WORDS) {
    const token = tokens[end];
    if (!token?.lower || token.breakBefore || words.is(end, STOP_WORD | CONNECTOR | CLAUSE_OPENER)) break;
    end += 1;
  }
  if (end - start - 1 < MIN_SECOND_FIELD_LOWER_WORDS) return 0;
  const after = tokens[end];
  if (after === undefined || after.breakBefore || after.text === '.' || after.text === ';' || words.is(end, CLAUSE_OPENER)) return end - comma;
  const next = tokens[end + 1];
  const nextBody = next !== undefined && !next.breakBefore && next.capitalized && matchHead(words, end + 1) !== null;
  return (after.key === 'và' || after.text === ',') && nextBody ? end - comma : 0;
}

/** Middle names that mark a person's full name (`Thị`, a woman's; `Văn`, a man's). */
const PERSON_MIDDLE_NAME_KEYS: ReadonlySet<string> = new Set(['thị', 'văn']);

/** Most words looked back from a head for a title it belongs to (`Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty`). */
const MAX_WORDS_BEFORE_HEAD_TO_TITLE = 5;

/**
 * A title of a post opens within the few words before the head at `headIndex`, on its line and with no punctuation
 * between (`Giám đốc Công ty ...`, `Chủ tịch HĐQT Công ty ...`): the organization may be followed by its holder's name.
 */
function titleBeforeHead(words: NameTokens, headIndex: number): boolean {
  const { tokens } = words;
  for (let start = headIndex - 1; start >= Math.max(0, headIndex - MAX_WORDS_BEFORE_HEAD_TO_TITLE); start -= 1) {
    const token = tokens[start];
    if (!token || !token.isWord || tokens[start + 1]?.breakBefore) return false;
    if (words.is(start, STARTS_TITLE) && TITLE_PHRASES.matchLength(tokens, start) > 0) return true;
  }
  return false;
}

/** Most syllables of a locality's name (`Mù Cang Chải`, `Bắc Yên`). */
const MAX_LOCALITY_SYLLABLES = 3;

/**
 * `Mù Cang Chải` after `Trường THPT số 1`: capitalized Vietnamese syllables at `index`, up to three and no more
 * capitalized words after them, that open no person's full name (`Trường THPT số 1 Nguyễn Văn An` is the school and
 * a person); their count, 0 where none stands there.
 */
function localityNameLength(words: NameTokens, index: number): number {
  const { tokens } = words;
  let end = index;
  while (end - index <= MAX_LOCALITY_SYLLABLES) {
    const token = tokens[end];
    if (!token || token.breakBefore || !token.capitalized || token.acronymLike || !isVietnameseSyllable(token.text)) break;
    end += 1;
  }
  if (end === index || end - index > MAX_LOCALITY_SYLLABLES || personNameAt(words, index, MAX_LOCALITY_SYLLABLES)) return 0;
  return end - index;
}

/**
 * How many of the tokens from `cut` to `end` are the name's capitalized words, a lower-case syllable taken after them
 * (`Bạch Đằng đào`, read as the rest of `Đằng`) not counted: the syllables a person's name cut there would have.
 */
function properSyllablesFrom(accepted: AcceptedTokens, headNext: number, cut: number, end: number): number {
  const nameEnd = end > cut && accepted.at(end - 1 - headNext) === 'completion' ? end - 1 : end;
  return nameEnd - cut;
}

/**
 * `khu vực Vĩnh Thạnh` at `index`: the words for a region, in lower case, then a place or a proper name that no head,
 * title or person's name starts (not `khu vực Đào Văn Hùng phụ trách`), which names the region.
 */
function namedRegionAt(words: NameTokens, index: number, kind: NameRunKind): boolean {
  const { tokens } = words;
  const region = tokens[index];
  const area = tokens[index + 1];
  if (region?.key !== 'khu' || !region.lower || area?.key !== 'vực' || area.breakBefore) return false;
  const name = index + 2;
  if (words.placeEnd(name) > name) return true;
  return tokens[name]?.capitalized === true && isProperStart(words, name, kind, false) && !personNameAt(words, name, 3);
}

/**
 * Adverbs that stand between a subject and its verb and end no word a capitalized syllable begins (unlike `quý` of
 * `Đá quý`, `chỉ` of `Địa chỉ`): after a name's capitalized syllable, one is never its rest.
 */
const ADVERB_BEFORE_VERB_KEYS: ReadonlySet<string> = new Set(['sớm', 'rất', 'thêm', 'ngay', 'luôn', 'vẫn', 'cũng']);

/**
 * At `position`, after a capitalized syllable, the rest of a field word of three syllables or more that it opens
 * (`Cựu` of `Hội Cựu chiến binh`, `cựu chiến binh`), all in lower case on the line: its length, else 0.
 */
function longFieldRestAt(words: NameTokens, position: number): number {
  if (!words.is(position - 1, STARTS_NAME_TAIL)) return 0;
  const field = NAME_TAIL_PHRASES.longestAt(words.tokens, position - 1, false, true);
  return field !== null && field.words >= 3 ? field.words - 1 : 0;
}

/** Words after a number that make it an amount of money (`412 tỷ đồng`, `30 triệu`). */
const MONEY_AMOUNT_WORD_KEYS: ReadonlySet<string> = new Set(['tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'đồng', 'usd']);

/** A token opening with a digit: an amount or a count (`412`, `46,2`). */
const HAS_DIGIT_START = /^\p{N}/u;

/**
 * At `position`, a lower-case syllable after a capitalized one that is no rest of it but the verb or adverb the name
 * is the subject of: an adverb that stands between a subject and its verb (`Cục Quản lý Dược sớm công bố`), or, after
 * a proper name of two capitalized syllables or more (`afterProperName`), a verb taking the amount right after it
 * (`Công ty Thép Trường Sơn lãi 412 tỷ đồng`, `Nhà xuất bản Hòa Bình tròn 30 năm`).
 */

function verbAfterProperName(words: NameTokens, position: number, afterProperName: boolean): boolean {
  const { tokens } = words;
  if (ADVERB_BEFORE_VERB_KEYS.has(tokens[position]?.key ?? '')) return true;
  const following = tokens[position + 1];
  return afterProperName && following !== undefined && !following.breakBefore && HAS_DIGIT_START.test(following.text);
}

/**
 * The length of the lower-case kinds and levels of a school or hospital from token `at` (`chuyên`, `trung học phổ
 * thông`), when a proper name starts right after them; 0 otherwise (`Trường THPT chuyên về ...`).
 */
function institutionKindsBeforeName(words: NameTokens, at: number, kind: NameRunKind): number {
  const { tokens } = words;
  let position = at;
  for (let count = 0; count < 3; count += 1) {
    const token = tokens[position];
    if (token === undefined || token.breakBefore || !token.lower) break;
    const match = INSTITUTION_KIND_PHRASES.longestAt(tokens, position);
    if (!match) break;
    position += match.words;
  }
  const next = tokens[position];
  return position > at && next !== undefined && !next.breakBefore && next.capitalized && isProperStart(words, position, kind, false) ? position - at : 0;
}

/**
 * The name from token `from` to `end` ends in a year's sexagenary name (`Giáp Thìn`), not a place's so named after
 * its level (`xã Giáp Thìn`).
 */
function endsInYearName(tokens: readonly Token[], from: number, end: number): boolean {
  const stem = tokens[end - 2];
  const branch = tokens[end - 1];
  return end - 2 > from && stem !== undefined && branch !== undefined && stem.capitalized && branch.capitalized && !branch.breakBefore
    && YEAR_STEM_KEYS.has(stem.key) && YEAR_BRANCH_KEYS.has(branch.key) && !PLACE_NOUN_KEYS.has(tokens[end - 3]?.key ?? '');
}

/** `(TAND) cấp cao tại Đà Nẵng` at `index`: a bracketed acronym, the rank `cấp cao`, then `tại` and a place. */
function bracketedAcronymBeforeRankSeat(words: NameTokens, index: number): boolean {
  const { tokens } = words;
  return tokens[index]?.text === '(' && tokens[index + 1]?.acronymLike === true && tokens[index + 2]?.text === ')'
    && tokens[index + 3]?.key === 'cấp' && tokens[index + 4]?.key === 'cao' && tokens[index + 5]?.key === 'tại'
    && words.placeEnd(index + 6) > index + 6;
}

/** A number of one to three digits. */
const BODY_NUMBER = /^\d{1,3}$/u;
/** A short name that ends in a number (`Cienco4`), its letters first. */
const SHORT_NAME_WITH_NUMBER = /^\p{Lu}[\p{L}&]*?(\d{1,3})$/u;

/**
 * The number at token `index` is repeated by the short name in brackets right after it, as its end (`4 (Cienco4)`)
 * or after its letters (`4 (CIENCO 4)`): it numbers the body named before it.
 */
function numberedShortNameAfter(tokens: readonly Token[], index: number): boolean {
  const number = tokens[index];
  const open = tokens[index + 1];
  const short = tokens[index + 2];
  if (!number || !BODY_NUMBER.test(number.text) || open?.text !== '(' || !short || short.breakBefore) return false;
  const joined = SHORT_NAME_WITH_NUMBER.exec(short.text);
  if (joined) return joined[1] === number.text && tokens[index + 3]?.text === ')';
  // `1 (Quatest 1)`: a short name of one capitalized word and the number.
  return (short.acronymLike || short.capitalized) && tokens[index + 3]?.text === number.text && tokens[index + 4]?.text === ')';
}

/** The run of the head at token `index` (its words end at `headNext`) whose name ends at token `end`. */
function runOf(words: NameTokens, head: HeadPhrase, index: number, headNext: number, end: number, gap: TextSpan | null): NameRun {
  const { tokens } = words;
  const bare = end === headNext;
  const headEnd = tokens[headNext - 1]?.end ?? tokens[index]?.end ?? 0;
  const last = tokens[bare ? headNext - 1 : end - 1];
  return {
    start: tokens[index]?.start ?? 0,
    end: bare ? headEnd : (last?.end ?? headEnd),
    kind: head.kind,
    headKey: head.key,
    headEnd,
    bare,
    complete: COMPLETE_HEAD_KEYS.has(head.key),
    firstToken: index,
    endToken: bare ? headNext : end,
    gap: bare ? null : gap,
  };
}

/**
 * Members may follow `các` at `position`: right after a head of a body that gathers others (`Liên hiệp`, `Hiệp
 * hội`), or after the activity a body is named for, capitalized (`Ban Quản lý`, `Trung tâm Hỗ trợ`). Not after a
 * field (`Bộ Y tế các nước` is the ministries of many countries). The run's head is `headKey`, its name going on at
 * token `headNext`.
 */
function takesMembersAt(words: NameTokens, headKey: string, headNext: number, accepted: AcceptedTokens, position: number): boolean {
  if (position === headNext) return MEMBER_GATHERING_HEAD_KEYS.has(headKey);
  if (internationalMembersAt(words, headNext, accepted, position) || fieldMembersBeforePlace(words, headNext, accepted, position)) return true;
  // `Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia`: the activity may be the centre's.
  const central = position === headNext + 4 && accepted.at(2) === 'capitalized' && accepted.at(3) === 'completion'
    && words.tokens[headNext + 2]?.key === 'trung' && words.tokens[headNext + 3]?.key === 'ương';
  if (central && accepted.at(0) === 'complement' && accepted.at(1) === 'complement') return true;
  if ((position !== headNext + 2 && !central) || accepted.at(0) !== 'capitalized' || accepted.at(1) !== 'completion') return false;
  return HEAD_COMPLEMENT_PHRASES.isPhraseAt(words.tokens, headNext, 2) || NAME_VERBAL_TAIL_PHRASES.isPhraseAt(words.tokens, headNext, 2);
}

/** The scope of a body that gathers bodies of many countries (`Quốc tế`, `Thế giới`), right after its head. */
const INTERNATIONAL_SCOPE_PHRASES: readonly (readonly [string, string])[] = [['quốc', 'tế'], ['thế', 'giới'], ['toàn', 'cầu']];

/**
 * `Liên đoàn Quốc tế các Hội Chữ thập đỏ ...`, `Tổ chức Quốc tế các Cơ quan Kiểm toán Tối cao`: after the head and its
 * international scope, capitalized, `các` at `position` and the capitalized head of the bodies it gathers (`Hội`, `Cơ
 * quan`) name its members, whatever the head (`Tổ chức` too: the verb takes no capitalized scope).
 */
function internationalMembersAt(words: NameTokens, headNext: number, accepted: AcceptedTokens, position: number): boolean {
  const { tokens } = words;
  if (position !== headNext + 2 || accepted.at(0) !== 'capitalized' || accepted.at(1) !== 'completion') return false;
  const first = tokens[headNext]?.key;
  const second = tokens[headNext + 1]?.key;
  if (!INTERNATIONAL_SCOPE_PHRASES.some(([scope, rest]) => scope === first && rest === second)) return false;
  const members = tokens[position + 1];
  return members !== undefined && members.capitalized && !members.breakBefore && matchHead(words, position + 1)?.kind === 'organization';
}

/**
 * `Bảo tàng Văn hóa các dân tộc Việt Nam`: after the head and its capitalized field, `các` at `position` and field
 * words (`dân tộc`), then a place that closes them, name whose field it is. Not the levels of local government (`Sở Y
 * tế các tỉnh`), nor plain nouns (`Bộ Y tế các nước ASEAN`: the ministries of many countries).
 */
function fieldMembersBeforePlace(words: NameTokens, headNext: number, accepted: AcceptedTokens, position: number): boolean {
  if (position !== headNext + 2 || accepted.at(0) !== 'capitalized' || accepted.at(1) !== 'completion') return false;
  const fields = fieldWordsLength(words, position + 1);
  if (fields === 0 || words.tokens[position + 1]?.breakBefore) return false;
  for (let field = position + 1; field < position + 1 + fields; field += 1) if (LEVEL_NOUN_KEYS.has(words.tokens[field]?.key ?? '')) return false;
  return words.placeEnd(position + 1 + fields) > position + 1 + fields;
}

/** How many tokens from `from` to `to` (exclusive), all lower-case words on the line: `to - from`, else 0. */
function lowerWordsBefore(words: NameTokens, from: number, to: number): number {
  for (let index = from; index < to; index += 1) {
    const token = words.tokens[index];
    if (!token || !token.lower || token.breakBefore) return 0;
  }
  return to - from;
}

/** Index of the first token after a run's head. */
function tokenAfterHead(tokens: readonly Token[], run: NameRun): number {
  let index = run.firstToken;
  while (index < tokens.length && (tokens[index]?.end ?? Infinity) <= run.headEnd) index += 1;
  return index;
}

const PROGRAMME_HEAD = 'chương trình';
const UNITED_NATIONS = ['liên', 'hợp', 'quốc'];

/**
 * `Chương trình Phát triển Liên hợp quốc`, `Chương trình Lương thực Thế giới`: a programme of the United Nations,
 * or one the gazetteer knows as an agency, is an organization, not a plan (`Chương trình mục tiêu quốc gia`).
 */
function isAgencyProgramme(words: NameTokens, run: NameRun): boolean {
  const { tokens } = words;
  if (run.bare || run.endToken - run.firstToken < 5) return false;
  let endsWithUnitedNations = true;
  for (let word = 0; word < UNITED_NATIONS.length; word += 1) {
    if (tokens[run.endToken - UNITED_NATIONS.length + word]?.key !== UNITED_NATIONS[word]) endsWithUnitedNations = false;
  }
  return endsWithUnitedNations || KNOWN_ORGANIZATION_LONG_FORM_ACRONYMS.has(collapseWhitespace(words.text.slice(run.start, run.end).toLowerCase()));
}

/** Runs already found, by the token list they were found in (a token list belongs to one text). */
const runsByTokens = new LastValueMemo<readonly Token[], readonly NameRun[]>();

/**
 * Every name run in the text, left to right. An organization run hides the heads inside it (`Trường Đại học ...`
 * holds no second `Đại học ...`); a run of kind `other` does not (`Hội nghị Ban Chấp hành Trung ương`).
 */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”']);

/**
 * `mô hình "Câu lạc bộ Gia đình hạnh phúc"`: a name opening a quotation that runs on in lower case to the closing
 * quote, a few words later, names a programme or a model, not the body its head would make (`"Công ty Hoa Sen"`, the
 * quote closed right after the name, is the body's).
 */
function quotedRunOn(tokens: readonly Token[], run: NameRun): boolean {
  const open = tokens[run.firstToken - 1];
  if (!open || !OPENING_QUOTES.has(open.text)) return false;
  const next = tokens[run.endToken];
  if (!next || next.breakBefore || !next.lower) return false;
  for (let index = run.endToken + 1; index < run.endToken + 4; index += 1) {
    const token = tokens[index];
    if (!token || token.breakBefore) return false;
    if (CLOSING_QUOTES.has(token.text)) return true;
    if (!token.lower) return false;
  }
  return false;
}

/** Levels after `cấp` that make a name the class of every such body (`UBND cấp xã`, `Ban Chỉ huy Quân sự cấp xã`). */
const CLASS_LEVEL_KEYS: ReadonlySet<string> = new Set(['xã', 'huyện', 'tỉnh', 'quận', 'phường', 'cơ']);
/** Counts before a head that make it a class of bodies alike (`3 Ban Chỉ huy Phòng thủ khu vực`); not `năm` (a year). */
const BODY_COUNT_WORD_KEYS: ReadonlySet<string> = new Set(['hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười']);
/** Words before a number that make it a date's, a time's or a rank's (`tháng 3 Bộ Y tế`), not a count. */
const NOT_A_COUNT_BEFORE_KEYS: ReadonlySet<string> = new Set(['ngày', 'tháng', 'năm', 'quý', 'giờ', 'khóa', 'số', 'lần', 'thứ', 'kỳ']);

/**
 * `Ban Chỉ huy Quân sự cấp xã`, `đã lập 3 Ban Chỉ huy Phòng thủ khu vực`: a name followed by `cấp` and a level, or
 * counted and run on in lower case, is the class of every body so named, no one body (not `hai Bộ Y tế và Tài chính`,
 * the bodies listed, nor `Ban Chỉ huy Quân sự tỉnh`).
 */
function classOfBodies(tokens: readonly Token[], run: NameRun): boolean {
  const next = tokens[run.endToken];
  if (!next || next.breakBefore || !next.lower) return false;
  const level = tokens[run.endToken + 1];
  if (next.key === 'cấp' && level && !level.breakBefore && CLASS_LEVEL_KEYS.has(level.key)) return true;
  const count = tokens[run.firstToken - 1];
  if (!count || tokens[run.firstToken]?.breakBefore || !(BODY_COUNT_WORD_KEYS.has(count.key) || /^[1-9]\d?$/.test(count.text))) return false;
  if (NAME_LIST_LINK_KEYS.has(next.key)) return false;
  for (let index = run.firstToken; index < run.endToken; index += 1) {
    const token = tokens[index];
    if (token && (NAME_LIST_LINK_KEYS.has(token.key) || token.text === ',')) return false;
  }
  const before = tokens[run.firstToken - 2];
  return !(before && !count.breakBefore && NOT_A_COUNT_BEFORE_KEYS.has(before.key));
}

/** The capitalized second word of a weekday after `Thứ` (`Thứ Ba`), and `nhật` after `Chủ`. */
const WEEKDAY_SECOND_KEYS: ReadonlySet<string> = new Set(['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy']);

/**
 * `Thứ Ba, 11/11/2025`, `Chủ nhật 9/11`: a weekday written capitalized, then a comma or a number, is a date (a
 * byline's, on a line the title ran into), never a word of a name (`Quân đoàn Thứ Ba` goes on: no date after it).
 */
function weekdayBeforeDate(tokens: readonly Token[], position: number): boolean {
  const first = tokens[position];
  const second = tokens[position + 1];
  if (!first?.capitalized || !second || second.breakBefore) return false;
  const weekday = (first.key === 'thứ' && second.capitalized && WEEKDAY_SECOND_KEYS.has(second.key)) || (first.key === 'chủ' && second.key === 'nhật');
  if (!weekday) return false;
  const after = tokens[position + 2];
  return after !== undefined && (after.text === ',' || /^\d/u.test(after.text));
}

/** Links of a list of fields after a counted head (`hai Bộ Y tế và Tài chính`). */
const NAME_LIST_LINK_KEYS: ReadonlySet<string> = new Set(['và', 'cùng', 'với']);

/** `PC08`, `PA05`, `C04`: a unit's code, one to three capitals then two or three digits. */
const UNIT_CODE = /^[A-Z]{1,3}[0-9]{2,3}$/u;

/**
 * A department's run opened by a head in lower case (`Trưởng phòng Cảnh sát giao thông (PC08) ...`) names a state
 * body's department where its unit's code follows in brackets, passed inside the run or right after it. Without a
 * code the roles stage names the department from its chief's title (`Trưởng phòng Nội vụ huyện X`), and a company's
 * department (`Trưởng phòng Nhân sự Công ty X`) is no organization of its own in the news.
 */
function closedAsStateDepartment(words: NameTokens, run: NameRun): boolean {
  const { tokens } = words;
  if (run.gap !== null) return UNIT_CODE.test(words.text.slice(run.gap.start, run.gap.end).replace(/[()\s]/gu, ''));
  const next = tokens[run.endToken];
  const code = tokens[run.endToken + 1];
  return next?.text === '(' && code !== undefined && UNIT_CODE.test(code.text) && tokens[run.endToken + 2]?.text === ')';
}

export function findNameRuns(text: string, tokens: readonly Token[] = tokenize(text)): readonly NameRun[] {
  // The acronym and organization stages read the runs of one token list (the `tokens` annotation): found once.
  const known = runsByTokens.get(tokens);
  if (known) return known;
  const words = nameTokens(text, tokens);
  const runs: NameRun[] = [];
  // A head starts with a capital: only those tokens are tried, those inside an organization's run passed over.
  let after = 0;
  // The token right after a law's head (`Luật Tổ chức Tòa án nhân dân`): an organization's name there names the law.
  let lawSubject = -1;
  for (const index of words.proper) {
    if (index < after) continue;
    // `Trưởng phòng Cảnh sát giao thông Công an tỉnh`: the department's head, in lower case, before its field.
    if (index > after && isTitleFusedHead(tokens, index - 1)) {
      const department = scanNameRun(words, index - 1);
      if (department && department.kind === 'organization' && !department.bare && closedAsStateDepartment(words, department)) {
        runs.push(department);
        after = department.endToken;
        continue;
      }
    }
    const scanned = scanNameRun(words, index);
    if (!scanned) continue;
    const run = scanned.kind === 'other' && scanned.headKey === PROGRAMME_HEAD && isAgencyProgramme(words, scanned) ? { ...scanned, kind: 'organization' as const } : scanned;
    if (run.kind === 'organization' && !run.bare && (quotedRunOn(tokens, run) || classOfBodies(tokens, run))) {
      after = run.endToken;
      continue;
    }
    if (index === lawSubject && run.kind === 'organization') {
      if (!run.bare) after = run.endToken;
      continue;
    }
    runs.push(run);
    if (run.kind === 'organization' && !run.bare) after = run.endToken;
    if (run.kind === 'other' && LAW_HEAD_KEYS.has(run.headKey)) lawSubject = tokenAfterHead(tokens, run);
  }
  markGames(text, tokens, runs);
  runsByTokens.set(tokens, runs);
  return runs;
}

/** The word before a sport's discipline or a game played as one (`bộ môn Liên Minh Huyền Thoại`, `môn Cờ tướng`). */
const DISCIPLINE_KEY = 'môn';

/**
 * `chung kết bộ môn Liên Minh Huyền Thoại`, `ba bộ môn: Liên Minh Huyền Thoại, Valorant`: a name right after `môn` (a
 * colon may stand between) is a discipline or a game, no organization, though a head opens it (`Liên minh`); so is
 * every run of the same words in the article. Such runs become kind `other`, in place.
 */
function markGames(text: string, tokens: readonly Token[], runs: NameRun[]): void {
  let games: Set<string> | null = null;
  for (const run of runs) {
    if (run.kind !== 'organization' || run.bare) continue;
    const before = tokens[run.firstToken - 1];
    const cue = before?.text === ':' ? tokens[run.firstToken - 2] : before;
    if (cue?.key === DISCIPLINE_KEY && cue.lower && !tokens[run.firstToken]?.breakBefore) (games ??= new Set<string>()).add(text.slice(run.start, run.end));
  }
  if (games === null) return;
  for (let position = 0; position < runs.length; position += 1) {
    const run = runs[position] as NameRun;
    if (run.kind === 'organization' && games.has(text.slice(run.start, run.end))) runs[position] = { ...run, kind: 'other' };
  }
}
