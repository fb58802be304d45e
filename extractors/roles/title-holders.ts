// Who holds a title. A person named right after the title and its organization (`Thứ trưởng Bộ KH&CN Lê Xuân Định`,
// `Giám đốc Sở Y tế, ông Hồ Văn Hải`) or right before it (`Ông Hà Minh Hiệp – Phó Tổng cục trưởng`, `bà X, Tổng
// giám đốc Công ty Y`, `X là Chủ tịch`); an organization or a country named as the subject of `vai trò`, `cương
// vị`, `trọng trách` (`Việt Nam đảm nhận vai trò Chủ tịch ...`), or after a clause `Với vai trò là ..., X đã ...`.
import type { TextSpan, Token } from '../../pipeline/document.js';
import { tokenIndexAt } from '../../input/tokens.js';
import type { EntityMention, EntityMentions } from './entity-mentions.js';
import { HOLDING_CUE, SUBJECT_TAKES_POST, TITLE_PREFIX_WORDS, titleAtToken } from './lexicon.js';
import { ABBREVIATED_TITLES, CAPITALIZED_HONORIFICS, HONORIFICS } from '../people/lexicon.js';

/**
 * A doctor's grade of specialist written after `BS` and a dot as a degree of its own (`BS.CKII`, `BS. CKI`): read
 * as one more prefix after `BS`.
 */
const SPECIALIST_GRADES = ['CKII', 'CKI'] as const;

/**
 * What a person's name may follow right after a post: a word of address, an academic or professional degree, a
 * rank, spelled out or abbreviated (`ông`, `bà`, `Đại tá`, `Tiến sĩ`, `BSCKII`, `BS.CKII`, `ThS`, `PGS.TS`, `Nhà
 * báo`), from the people stage's lexicon; longest first, so `BSCKII` is not read as `BS`.
 */
const PERSON_PREFIXES = [
  ...new Set([
    ...HONORIFICS,
    ...HONORIFICS.map((honorific) => (honorific[0] ?? '').toUpperCase() + honorific.slice(1)),
    ...CAPITALIZED_HONORIFICS,
    ...ABBREVIATED_TITLES,
    ...SPECIALIST_GRADES,
  ]),
]
  .sort((a, b) => b.length - a.length)
  .map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'))
  .join('|');
/** Degrees and ranks stacked before one name: `Đại tá, TS.`, `ThS. BS`, `PGS.TS`. */
const MAX_PERSON_PREFIXES = 4;

/**
 * Between a title's organization (or the title) and the person holding it: the organization's acronym in brackets, a
 * comma, a dash opening an aside or `là`, then words of address, degrees or ranks (`Giám đốc bệnh viện, BSCKII Nguyễn
 * Thị Hồng Nhung`, `Giám đốc Công ty X – ông Y – cho biết`, `Thư ký phiên tòa là bà X`).
 */
const BEFORE_PERSON = new RegExp(
  `(?:[ \\t]*\\([^()\\n]{1,24}\\))?[ \\t]*(?:,[ \\t]*|[–—-][ \\t]+|là(?![\\p{L}\\p{M}])[ \\t]*)?(?:(?:${PERSON_PREFIXES})(?![\\p{L}\\p{M}\\p{N}])[ \\t]*(?:[.,][ \\t]*)?){0,${MAX_PERSON_PREFIXES}}`,
  'uy',
);

/** The person named right after `position` (the end of a title or of its organization), or null. */
export function personAfter(text: string, position: number, entities: EntityMentions): EntityMention | null {
  BEFORE_PERSON.lastIndex = position;
  const gap = BEFORE_PERSON.exec(text);
  const at = position + (gap?.[0].length ?? 0);
  const mention = entities.startingAt(at);
  if (mention?.kind === 'person' && (gap?.[0].length ?? 0) > 0) return mention;
  return gap && gap[0].length > 0 ? personAfterNationality(text, at, entities) : null;
}

/** `người` before a country: where the person named after it is from (`HLV người Brazil Diego Almeida`). */
const NATIONALITY = /người[ \t]+/uy;

/** The person right after `người` and a country at `at`, or null. */
function personAfterNationality(text: string, at: number, entities: EntityMentions): EntityMention | null {
  NATIONALITY.lastIndex = at;
  const cue = NATIONALITY.exec(text);
  if (!cue) return null;
  const country = entities.startingAt(at + cue[0].length);
  if (country?.kind !== 'place') return null;
  let next = country.end;
  while (text[next] === ' ' || text[next] === '\t') next += 1;
  const mention = next > country.end ? entities.startingAt(next) : null;
  return mention?.kind === 'person' ? mention : null;
}

/** An age or a year of birth. */
const AGE = '\\d{1,3}[ \\t]+tuổi|sinh năm[ \\t]+\\d{4}|SN[ \\t]*\\d{4}|\\d{4}';
/**
 * Between a person and the title after it: a dash, a comma, a parenthesis, `là`, `hiện là`, `nguyên`. Not a colon:
 * a name before a colon is a speaker's label (`Ông Việt: Thủ tướng Chính phủ đã ban hành ...`), not the holder.
 */
const PERSON_TO_TITLE = new RegExp(`^[ \\t]*(?:[–—\\-,(][ \\t]*)?${TITLE_PREFIX_WORDS}?$`, 'u');
/**
 * An age or a year of birth between them, in brackets or commas: `Bình (52 tuổi, nguyên Tổng giám đốc ...)`,
 * `bà Hoa, 45 tuổi, kế toán trưởng`, `ông Nam (sinh năm 1970, Giám đốc ...)`, `ông Phước (SN 1970), Phó Giám đốc`,
 * `bị cáo Lê Thị M. (SN 1985, trú tại huyện X), Giám đốc` (where the person lives, inside the brackets).
 */
const PERSON_AGE_TO_TITLE = new RegExp(
  `^[ \\t]*(?:[,(][ \\t]*(?:${AGE})[ \\t]*(?:\\)[ \\t]*)?|\\([ \\t]*(?:${AGE})[ \\t]*,[^()\\n]{1,40}\\)[ \\t]*)[,;–—-][ \\t]*${TITLE_PREFIX_WORDS}?$`,
  'u',
);
/**
 * A rank of the army or the police set between a person and the post after it, in commas: `ông X, Đại tá, Phó Giám
 * đốc Công an tỉnh Y`, `bà X, thiếu tá, Đội trưởng ...`. The rank names the person, not the post. So does a seat on
 * a party committee written as one word (`Tỉnh ủy viên`, `Thành ủy viên`, `Huyện ủy viên`, `Đảng ủy viên`): `ông X,
 * Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh Y`.
 */
const PERSON_RANK_TO_TITLE = new RegExp(
  `^[ \\t]*,[ \\t]*(?:(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu)[ \\t]+(?:tướng|tá|úy|uý)|(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị|[Đđ]ảng)[ \\t]+(?:ủy|uỷ)[ \\t]+viên)[ \\t]*,[ \\t]*${TITLE_PREFIX_WORDS}?$`,
  'u',
);
const MAX_PERSON_TO_TITLE = 48;

/**
 * A deputy's seat set between the person and a post: `bà X, đại biểu Quốc hội tỉnh Bình Định, Ủy viên ...`,
 * `ông Y, đại biểu Quốc hội khóa XV, Phó Chủ nhiệm ...`. The post after it is the person's.
 */
const DEPUTY_SEAT_TO_TITLE = new RegExp(
  `^[ \\t]*,[ \\t]*đại biểu Quốc hội(?:[ \\t]+(?:khóa|tỉnh|thành phố|TP\\.?|đoàn|đơn vị)[^,;:()\\n]{1,40})?[ \\t]*,[ \\t]*${TITLE_PREFIX_WORDS}?$`,
  'u',
);
/** How many mentions (the body and the place of the seat) a deputy's seat may hold. */
const MAX_MENTIONS_IN_SEAT = 3;

/** The person before a deputy's seat that stands right before a title, or null. */
function personBeforeDeputySeat(text: string, titleStart: number, windowStart: number, entities: EntityMentions): EntityMention | null {
  for (let skip = 1; skip <= MAX_MENTIONS_IN_SEAT; skip += 1) {
    const mention = entities.lastWithin(windowStart, titleStart, skip);
    if (!mention) return null;
    if (mention.kind === 'person') return DEPUTY_SEAT_TO_TITLE.test(text.slice(mention.end, titleStart)) ? mention : null;
  }
  return null;
}

/** The person named right before a title, or null. */
export function personBefore(text: string, titleStart: number, entities: EntityMentions): EntityMention | null {
  const windowStart = Math.max(0, titleStart - 200);
  const last = entities.lastWithin(windowStart, titleStart);
  const seated = last && last.kind !== 'person' ? personBeforeDeputySeat(text, titleStart, windowStart, entities) : null;
  if (seated) return seated;
  if (last?.kind === 'organization') return personElectedBy(text, titleStart, last, entities.lastWithin(windowStart, titleStart, 1));
  if (last?.kind === 'place') {
    // `bị cáo X (SN 1987, trú tại huyện Gia Lâm), Giám đốc`: the place is where the person lives, in the brackets.
    const person = entities.lastWithin(windowStart, titleStart, 1);
    if (person?.kind !== 'person' || titleStart - person.end > MAX_PERSON_TO_TITLE) return null;
    return PERSON_AGE_TO_TITLE.test(text.slice(person.end, titleStart)) ? person : null;
  }
  if (!last || last.kind !== 'person' || titleStart - last.end > MAX_PERSON_TO_TITLE) return null;
  const gap = text.slice(last.end, titleStart);
  return gap.length > 0 && (PERSON_TO_TITLE.test(gap) || PERSON_AGE_TO_TITLE.test(gap) || PERSON_RANK_TO_TITLE.test(gap)) ? last : null;
}

/**
 * Between a body and the person who runs it: `do` (by), maybe after a comma that opens the clause on the body
 * (`Công ty X, do ông Y làm Giám đốc,`), maybe the person's form of address; or the body's act of appointing the
 * person (`Câu lạc bộ X đã chính thức bổ nhiệm ông Y làm huấn luyện viên trưởng`): a body that appoints to a post
 * with no body of its own appoints to its own.
 */
const BODY_TO_LEADER =
  /^(?:[ \t]*,)?[ \t]+(?:do|(?:(?:đã|vừa|mới|chính thức|quyết định)[ \t]+)*(?:bổ nhiệm|bầu|chỉ định))[ \t]+(?:(?:ông|bà|anh|chị)[ \t]+)?$/u;
/** Between that person and the post: `làm` (serves as), maybe `hiện`. */
const LEADER_TO_TITLE = /^[ \t]+(?:hiện[ \t]+)?làm[ \t]+$/u;
const MAX_BODY_TO_LEADER = 12;
/** How far a body may stand before the person it leads to a post (`đã chính thức bổ nhiệm ông`). */
const MAX_BODY_TO_APPOINTED = 48;

/**
 * `Hợp tác xã X do bà Y làm Giám đốc`: the body named right before `do` and the person who `làm` (serves as) the
 * title holds the post in it. Null for any other wording (`Dự án do Công ty X làm chủ đầu tư`: no person).
 */
export function bodyLedByPerson(text: string, person: EntityMention, titleStart: number, entities: EntityMentions): EntityMention | null {
  if (titleStart - person.end > MAX_BODY_TO_LEADER || !LEADER_TO_TITLE.test(text.slice(person.end, titleStart))) return null;
  const body = entities.lastWithin(Math.max(0, person.start - 200), person.start);
  if (body?.kind !== 'organization' || person.start - body.end > MAX_BODY_TO_APPOINTED) return null;
  return BODY_TO_LEADER.test(text.slice(body.end, person.start)) ? body : null;
}

/**
 * Between a delegation's leader and the head's post after a post of their own set beside them: `, Phó Chủ tịch UBND
 * tỉnh X, làm` (`Đoàn kiểm tra liên ngành do ông Y, Phó Chủ tịch UBND tỉnh X, làm trưởng đoàn`). Read only over a
 * bounded slice.
 */
const APPOSED_POST_THEN_LEADS = /^[ \t]*,[^;\n]{1,120},[ \t]*làm[ \t]+$/u;
/** How far the leader may stand before the head's post with a post of their own between. */
const MAX_APPOSED_LEADER_TO_TITLE = 140;
/**
 * A delegation written with a capital and its purpose in lower case, the organizations stage leaving it unnamed,
 * right before `do` and the leader: `Đoàn kiểm tra liên ngành do ông`, `Đoàn công tác do bà`. Anchored at the end of
 * a bounded slice; group 1 the delegation's words.
 */
const UNNAMED_DELEGATION_BEFORE_LEADER =
  /(?:^|[^\p{L}\p{M}\p{N}])(Đoàn(?:[ \t]+\p{Ll}[\p{Ll}\p{M}]*){1,5})[ \t]+do[ \t]+(?:(?:ông|bà|đồng chí)[ \t]+)?$/u;
const MAX_UNNAMED_DELEGATION = 60;
/** A delegation's name: `Đoàn kiểm tra ...`, `Đoàn công tác ...`. */
const DELEGATION_NAME = /^[Đđ]oàn[ \t]/u;

/** Blanks between the words of a delegation's name, made one space in its name. */
const BLANKS = /[ \t]+/gu;

/**
 * `Đoàn kiểm tra liên ngành do ông X, Phó Chủ tịch UBND tỉnh Y, làm trưởng đoàn`: the delegation a leader named with
 * a post of their own heads (the post given to `leader` as the holder of the post before): the body right before
 * `do` when it is a delegation (`bodyLedByPerson`'s reading past the apposed post), or a delegation written with a
 * capital the organizations stage left unnamed, by its words. Null for any other wording (`đoàn công tác do ông X
 * ... làm trưởng đoàn`, in lower case: no body a reader could tell apart).
 */
export function delegationLedByHolder(text: string, leader: EntityMention, titleStart: number, entities: EntityMentions): EntityMention | null {
  if (titleStart - leader.end > MAX_APPOSED_LEADER_TO_TITLE || !APPOSED_POST_THEN_LEADS.test(text.slice(leader.end, titleStart))) return null;
  const body = entities.lastWithin(Math.max(0, leader.start - 200), leader.start);
  if (body?.kind === 'organization' && leader.start - body.end <= MAX_BODY_TO_APPOINTED && BODY_TO_LEADER.test(text.slice(body.end, leader.start))) {
    // `Đoàn giám sát của HĐND tỉnh X do bà Y`: a body ending the delegation's name is not the delegation.
    return DELEGATION_NAME.test(body.name) ? body : null;
  }
  const sliceStart = Math.max(0, leader.start - MAX_UNNAMED_DELEGATION);
  const unnamed = UNNAMED_DELEGATION_BEFORE_LEADER.exec(text.slice(sliceStart, leader.start));
  const words = unnamed?.[1];
  if (!unnamed || words === undefined) return null;
  const start = sliceStart + unnamed.index + unnamed[0].indexOf(words);
  // A mention inside the words (`Đoàn kiểm tra của Sở Y tế` is no unnamed delegation) leaves it to the stages.
  if (entities.overlapping(start, leader.start)?.kind === 'organization') return null;
  return { start, end: start + words.length, kind: 'organization', ref: null, name: words.replace(BLANKS, ' ') };
}

/** Between a body and the title of the person leading its delegation: `do` (by), after the body's acronym maybe. */
const BODY_TO_LED_BY = /^(?:[ \t]*\([^()\n]{1,15}\))?[ \t]+do[ \t]+$/u;
/** After the holder: leads it (`dẫn đầu`, `làm trưởng đoàn`). */
const LEADS_AFTER_HOLDER = /[ \t]+(?:dẫn đầu|làm trưởng đoàn)(?![\p{L}\p{M}])/uy;
const MAX_BODY_TO_LED_BY = 24;

/**
 * `Đoàn công tác của Bộ X do Thứ trưởng Y dẫn đầu`: a title and its holder leading a delegation of the body named
 * right before `do`: the post is held in that body. Null for any other wording.
 */
export function bodyOfDelegationLed(text: string, titleStart: number, holder: EntityMention, entities: EntityMentions): EntityMention | null {
  LEADS_AFTER_HOLDER.lastIndex = holder.end;
  if (!LEADS_AFTER_HOLDER.test(text)) return null;
  const body = entities.lastWithin(Math.max(0, titleStart - 200), titleStart);
  if (body?.kind !== 'organization' || titleStart - body.end > MAX_BODY_TO_LED_BY) return null;
  return BODY_TO_LED_BY.test(text.slice(body.end, titleStart)) ? body : null;
}

/** `X được Quốc hội bầu làm Chủ tịch nước`, `X vừa được HĐQT bổ nhiệm giữ chức Tổng giám đốc`. */
const PERSON_TO_ELECTOR = /^[ \t]+(?:(?:vừa|đã|chính thức|mới)[ \t]+)?được[ \t]+$/u;
const ELECTOR_TO_TITLE = /^[ \t]+(?:bầu|bổ nhiệm|chỉ định|tín nhiệm bầu)[ \t]+(?:làm|giữ chức|giữ chức vụ|vào vị trí)?[ \t]*$/u;

/** `person`, the mention right before the organization `elector`, when the organization elected or appointed them to the title. */
function personElectedBy(text: string, titleStart: number, elector: EntityMention, person: EntityMention | null): EntityMention | null {
  if (person?.kind !== 'person') return null;
  if (!ELECTOR_TO_TITLE.test(text.slice(elector.end, titleStart))) return null;
  return PERSON_TO_ELECTOR.test(text.slice(person.end, elector.start)) ? person : null;
}

const CUE_BEFORE_TITLE = new RegExp(`${HOLDING_CUE}[ \\t]+$`, 'u');
const FORWARD_CUE = new RegExp(`(?:[Vv]ới|[Tt]rên|[Bb]ằng)[ \\t]+${HOLDING_CUE}[ \\t]+`, 'gu');
/** A clause `Với vai trò là A, B, C, X ...` lists at most this many posts. */
const MAX_COMMAS_IN_CLAUSE = 6;
/** How far before a title the subject of its cue may stand (`Tổng cục ... tiếp tục thực hiện tốt vai trò là`). */
const MAX_SUBJECT_DISTANCE = 160;
/** How far back a cue is looked for before a title. */
const CUE_WINDOW = 40;

/** True when a holding cue (`vai trò là`, `cương vị`) stands right before the title. */
export function hasCueBefore(text: string, titleStart: number, sentence: TextSpan): boolean {
  const window = text.slice(Math.max(sentence.start, titleStart - CUE_WINDOW), titleStart);
  return CUE_BEFORE_TITLE.test(window);
}

/**
 * The subject of the clause a cue stands in: the nearest organization, country or person before the title in its
 * sentence that is not itself the organization of a post (`Việt Nam đồng thời đảm nhận vai trò Chủ tịch ...`).
 */
export function subjectBefore(
  titleStart: number,
  sentence: TextSpan,
  entities: EntityMentions,
  postOrganizations: ReadonlySet<number>,
): EntityMention | null {
  const before = entities.within(Math.max(sentence.start, titleStart - MAX_SUBJECT_DISTANCE), titleStart);
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const mention = before[index];
    if (mention && !postOrganizations.has(mention.start)) return mention;
  }
  return null;
}

/**
 * A post the subject held or holds, said after a clause about them: `Ông Minh sinh năm 1980, ..., từng giữ chức
 * Trưởng phòng ...`, `bà X ... hiện giữ chức vụ Giám đốc`, `Bà X tốt nghiệp tại Đại học Y, ..., từng là Trưởng khoa
 * Z`, `Bà X sinh năm 1971, hiện là Phó Chủ tịch Hội Y`. A time word is needed (`từng`, `hiện`, `nguyên`, `đã`; only
 * `từng` and `hiện` before `là`), so that `bổ nhiệm ông A giữ chức` is not read (there the person is right before and
 * found by personBefore).
 */
const HELD_POST_CUE =
  /(?:^|[\s,;])(?:(?:từng|đã từng|hiện|hiện đang|đang|nguyên|đã|vẫn|cũng từng)[ \t]+(?:giữ[ \t]+(?:chức[ \t]+vụ|chức|cương vị|vị trí)|đảm nhiệm(?:[ \t]+chức)?)|(?:từng|đã từng|cũng từng|hiện|hiện nay)[ \t]+là)[ \t]+$/u;
/**
 * A preposition right before an organization in the clause (`tốt nghiệp tại Đại học X`, `gắn bó với Công ty Y`): the
 * organization is where the subject was, not the subject.
 */
const PREPOSITION_BEFORE = /(?:^|[\s,;(])(?:tại|ở|với|của|cho|từ|trong)[ \t]+$/u;
/** How far back (characters) the preposition before an organization is read. */
const PREPOSITION_WINDOW = 8;
/** How far back the held-post cue is read. */
const HELD_POST_CUE_WINDOW = 40;

/**
 * The person a held-post cue right before the title speaks of: the nearest mention before the title in its sentence
 * (not a post's organization, not a place), when it is a person. Null with no cue or when the nearest is no person.
 */
export function personOfHeldPostCue(
  text: string,
  titleStart: number,
  sentence: TextSpan,
  entities: EntityMentions,
  postOrganizations: ReadonlySet<number>,
): EntityMention | null {
  if (!HELD_POST_CUE.test(text.slice(Math.max(sentence.start, titleStart - HELD_POST_CUE_WINDOW), titleStart))) return null;
  const before = entities.within(Math.max(sentence.start, titleStart - MAX_SUBJECT_DISTANCE), titleStart);
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const mention = before[index];
    // A place in the clause is where the subject comes from or lives (`quê Hà Nam`), not the subject.
    if (!mention || mention.kind === 'place' || postOrganizations.has(mention.start)) continue;
    if (mention.kind === 'organization' && PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.start - PREPOSITION_WINDOW), mention.start))) continue;
    return mention.kind === 'person' ? mention : null;
  }
  return null;
}

const VERB_BEFORE_TITLE = new RegExp(`^[ \\t]+${SUBJECT_TAKES_POST}[ \\t]+$`, 'u');
const MAX_SUBJECT_TO_TITLE = 60;

/**
 * An organization or a country right before a verb that takes the post: `Việt Nam là Chủ tịch ASEAN`,
 * `Tổng cục ... tiếp tục là Chủ tịch của APO`. People are found by `personBefore`.
 */
export function subjectTakingPost(text: string, titleStart: number, sentence: TextSpan, entities: EntityMentions): EntityMention | null {
  const last = entities.lastWithin(Math.max(sentence.start, titleStart - MAX_SUBJECT_TO_TITLE), titleStart);
  if (!last || last.kind === 'person') return null;
  return VERB_BEFORE_TITLE.test(text.slice(last.end, titleStart)) ? last : null;
}

export interface ForwardClause extends TextSpan {
  readonly holder: EntityMention;
}

/**
 * Clauses `Với vai trò là ..., X ...`: the posts named between the cue and the comma are held by X, the first
 * organization, country or person after a comma that is not a title's.
 */
export function forwardClauses(
  text: string,
  tokens: readonly Token[],
  sentence: TextSpan,
  entities: EntityMentions,
): ForwardClause[] {
  const clauses: ForwardClause[] = [];
  const part = text.slice(sentence.start, sentence.end);
  if (part.search(FORWARD_CUE) < 0) return clauses;
  const commas: number[] = [];
  for (let index = part.indexOf(','); index >= 0; index = part.indexOf(',', index + 1)) commas.push(sentence.start + index);
  let commaIndex = 0;
  for (const cue of part.matchAll(FORWARD_CUE)) {
    const clauseStart = sentence.start + cue.index + cue[0].length;
    while (commaIndex < commas.length && (commas[commaIndex] ?? Infinity) < clauseStart) commaIndex += 1;
    for (let tried = 0; tried < MAX_COMMAS_IN_CLAUSE; tried += 1) {
      const comma = commas[commaIndex + tried];
      if (comma === undefined) break;
      let next = comma + 1;
      while (text[next] === ' ' || text[next] === '\t') next += 1;
      if (titleStartsAt(text, tokens, next)) continue;
      const holder = entities.startingAt(next);
      if (holder) clauses.push({ start: clauseStart, end: comma, holder });
      break;
    }
  }
  return clauses;
}

/** True when a title from the lexicon starts at `index`, the start of a token. */
function titleStartsAt(text: string, tokens: readonly Token[], index: number): boolean {
  const tokenIndex = tokenIndexAt(tokens, index);
  return tokens[tokenIndex]?.start === index && titleAtToken(text, tokens, tokenIndex, index) !== null;
}

/** Between a person and the organization set beside them: `Luật sư X, Đoàn Luật sư ...,`, `Kỹ sư X (Công ty Y)`. */
const PERSON_TO_ORGANIZATION = /[ \t]*[,(][ \t]*/uy;
/**
 * Between a person and the organization they belong to: `của` (of), `thuộc` (part of: `Kiểm sát viên X thuộc Phòng
 * Thực hành quyền công tố ...`, as a unit is said to be part of its body).
 */
const PERSON_OF_ORGANIZATION = /[ \t]+(?:của|thuộc)[ \t]+/uy;
/**
 * What closes an organization set beside a person: a comma, a bracket, the end of a sentence or line, or the clause
 * going on in a lower-case word (`Kiểm sát viên X, Viện Kiểm sát nhân dân tỉnh Y thực hành quyền công tố`) other than
 * one joining more names (`Luật sư X, Bộ Tư pháp và Tòa án tỉnh`: a list of who attended, no apposition).
 */
const ORGANIZATION_APPOSITION_END = /[ \t]*(?:[,;.)]|\n|$)|[ \t]+(?!(?:và|hoặc|cùng|với)(?![\p{L}\p{M}]))\p{Ll}/uy;

/** Between two holders of one title joined by `và` (and): `Kiểm sát viên X và Kiểm sát viên Y`. */
const AND_NEXT_HOLDER = /[ \t]+và[ \t]+/uy;

/**
 * `Kiểm sát viên X và Kiểm sát viên Y thuộc Phòng Z`, `HLV X và HLV Y của CLB Z`: two holders of the same title, each
 * written with it, joined by `và`, then the organization tied to the second by `của` or `thuộc`: both hold the post
 * there. Null unless the same title's words come right after `và` and then a person with such an organization.
 */
export function organizationOfJoinedHolder(text: string, title: string, person: EntityMention, entities: EntityMentions): EntityMention | null {
  AND_NEXT_HOLDER.lastIndex = person.end;
  if (!AND_NEXT_HOLDER.test(text) || !text.startsWith(title, AND_NEXT_HOLDER.lastIndex)) return null;
  const next = personAfter(text, AND_NEXT_HOLDER.lastIndex + title.length, entities);
  if (next === null) return null;
  PERSON_OF_ORGANIZATION.lastIndex = next.end;
  if (!PERSON_OF_ORGANIZATION.exec(text)) return null;
  const organization = entities.startingAt(PERSON_OF_ORGANIZATION.lastIndex);
  return organization?.kind === 'organization' ? organization : null;
}

/**
 * The organization written beside a person who holds a title named before them, as an apposition: `Luật sư
 * Trương Văn A, Đoàn Luật sư Hà Nội, cho rằng ...`. Null unless the organization stands alone between commas or
 * brackets (a clause going on after it, `, Công ty B cho biết`, makes it the subject of its own sentence).
 */
export function organizationBesidePerson(text: string, person: EntityMention, entities: EntityMentions): EntityMention | null {
  // `HLV Lý Văn A của CLB Hà Nội cho biết`: `của` ties the organization to the person, whatever follows it.
  PERSON_OF_ORGANIZATION.lastIndex = person.end;
  const of = PERSON_OF_ORGANIZATION.exec(text);
  if (of) {
    const organization = entities.startingAt(person.end + of[0].length);
    return organization?.kind === 'organization' ? organization : null;
  }
  PERSON_TO_ORGANIZATION.lastIndex = person.end;
  const gap = PERSON_TO_ORGANIZATION.exec(text);
  if (!gap) return null;
  const organization = entities.startingAt(person.end + gap[0].length);
  if (organization?.kind !== 'organization') return null;
  ORGANIZATION_APPOSITION_END.lastIndex = organization.end;
  return ORGANIZATION_APPOSITION_END.test(text) ? organization : null;
}

/** `Đại diện Bộ Y tế, ` / `Thay mặt lãnh đạo Bộ Y tế, ` before a title: the organization the person speaks for. */
const ON_BEHALF_OF = /(?:^|[^\p{L}\p{M}])(?:[Đđ]ại diện|[Tt]hay mặt)(?:[ \t]+(?:lãnh đạo|cho))?[ \t]+$/u;
const ORGANIZATION_TO_TITLE = /^[ \t]*,[ \t]*(?:(?:ông|bà|đồng chí)[ \t]+)?$/u;
const MAX_ORGANIZATION_TO_TITLE = 16;

/**
 * The organization a clause `Đại diện X, ...` or `Thay mặt lãnh đạo X, ...` opens with, when the title comes right
 * after it: `Thay mặt lãnh đạo Bộ Y tế, Thứ trưởng Nguyễn Thị A phát biểu` is a deputy minister of health.
 */
export function organizationRepresented(text: string, titleStart: number, entities: EntityMentions): EntityMention | null {
  const last = entities.lastWithin(Math.max(0, titleStart - 200), titleStart);
  if (last?.kind !== 'organization' || titleStart - last.end > MAX_ORGANIZATION_TO_TITLE) return null;
  if (!ORGANIZATION_TO_TITLE.test(text.slice(last.end, titleStart))) return null;
  return ON_BEHALF_OF.test(text.slice(Math.max(0, last.start - 24), last.start)) ? last : null;
}

/** Between the organization spoken for and the person named before the title: its acronym maybe, a comma. */
const ORGANIZATION_TO_PERSON = /^(?:[ \t]*\([^()\n]{1,15}\))?[ \t]*,[ \t]*(?:(?:ông|bà|đồng chí)[ \t]+)?$/u;
const MAX_ORGANIZATION_TO_PERSON = 30;

/**
 * The organization a clause `Đại diện X, ông Y, Title` opens with, the holder named between it and the title:
 * `Đại diện Nhà xuất bản Z (NXBZ), ông Y, Phó Tổng giám đốc, cho biết` is a deputy director there.
 */
export function organizationRepresentedBeforePerson(text: string, person: EntityMention, entities: EntityMentions): EntityMention | null {
  let last = entities.lastWithin(Math.max(0, person.start - 200), person.start);
  if (last?.kind !== 'organization' || person.start - last.end > MAX_ORGANIZATION_TO_PERSON) return null;
  let gap = text.slice(last.end, person.start);
  // The acronym in brackets after the name is a mention of its own: the name is the one before it.
  if (text.charCodeAt(last.start - 1) === 0x28 && gap.startsWith(')')) {
    const named = entities.lastWithin(Math.max(0, last.start - 200), last.start - 1);
    if (named?.kind !== 'organization' || named.ref !== last.ref || /\S/u.test(text.slice(named.end, last.start - 1))) return null;
    gap = gap.slice(1);
    last = named;
  }
  if (!ORGANIZATION_TO_PERSON.test(gap)) return null;
  return ON_BEHALF_OF.test(text.slice(Math.max(0, last.start - 24), last.start)) ? last : null;
}

/** A capitalized word after spaces (a brand or a company's short name: `Vietjet`, `Hòa Phát`). */
const CAPITALIZED_WORD_AFTER = /[ \t]+(\p{Lu}[\p{L}\p{M}\p{N}&]*)/uy;
const MAX_UNMARKED_NAME_WORDS = 3;

export interface NamedBodyAndPerson {
  readonly organization: EntityMention;
  readonly person: EntityMention;
}

/**
 * A name the organizations stage did not mark, between a title and the person holding it: `Chủ tịch Hội đồng quản
 * trị Vietjet Nguyễn Thị Phương Thảo`, `Tổng giám đốc Hòa Phát Trần Văn A`. One to three capitalized words, then the
 * person's name; the words name the body (with no entity to refer to).
 */
export function unmarkedBodyBeforePerson(text: string, titleEnd: number, entities: EntityMentions): NamedBodyAndPerson | null {
  let end = titleEnd;
  let nameStart = -1;
  for (let words = 0; words < MAX_UNMARKED_NAME_WORDS; words += 1) {
    CAPITALIZED_WORD_AFTER.lastIndex = end;
    const word = CAPITALIZED_WORD_AFTER.exec(text);
    if (!word || word[1] === undefined) return null;
    const wordStart = end + word[0].length - word[1].length;
    if (entities.overlapping(wordStart, wordStart + word[1].length)) {
      if (words === 0) return null;
      const person = entities.startingAt(wordStart);
      if (person?.kind !== 'person') return null;
      const name = text.slice(nameStart, end);
      return { organization: { start: nameStart, end, kind: 'organization', ref: null, name }, person };
    }
    if (words === 0) nameStart = wordStart;
    end = wordStart + word[1].length;
  }
  return null;
}
