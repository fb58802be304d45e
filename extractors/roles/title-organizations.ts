// The organizations a title is a post in, written right after it: `Phó Tổng cục trưởng Tổng cục ...`,
// `Chủ tịch của APO`, `Chủ tịch của cả ASEAN và APO`, `Tổng thư ký ASEAN và APO` (coordination gives one post per
// organization), `Thủ tướng Nhật Bản` (a country); a short form of an organization named elsewhere (`Giám đốc Nhà
// hát`, `kế toán trưởng của công ty`); the unit a head's title names (`Trưởng khoa Cấp cứu`). A post abroad ends
// with `tại` and a place (`Trưởng đại diện UNICEF tại Việt Nam`); when only countries qualify the title (`Đại sứ
// Việt Nam tại Ấn Độ`) it is in no organization.
import type { EntityMention, EntityMentions } from './entity-mentions.js';
import type { OrganizationShortForms } from './short-form-organizations.js';
import { unitAfterTitle } from './title-units.js';
import { foldKey } from '../shared/vietnamese.js';
import { isFamilyName } from '../people/lexicon.js';

/**
 * Between a title and its organization: the title's acronym in brackets (`Chủ tịch Hội đồng quản trị (HĐQT) MPT`),
 * then a space, `của` / `của cả`, or `Trung ương`, the central committee of a
 * mass organization (`Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam` holds the post in the Hội).
 */
const BEFORE_ORGANIZATION = /(?:[ \t]+\(\p{Lu}[\p{Lu}\p{N}&]{1,9}\))?[ \t]+(?:của[ \t]+(?:cả[ \t]+)?|(?<central>[Tt]rung[ \t]+ương[ \t]+))?/uy;
/** Between two coordinated organizations: `và`, `cùng`, a comma, `, và`. */
const COORDINATION = /[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+(?:và|cùng|&)[ \t]+/uy;
/** Where a post abroad is held: `tại Việt Nam`. */
const POST_ABROAD = /[ \t]+tại[ \t]+/uy;

export interface TitleOrganizations {
  readonly organizations: readonly EntityMention[];
  /** Where the last organization (or the place after `tại`) ends; the title's end when there is none. */
  readonly end: number;
}

export interface TitleContext {
  readonly entities: EntityMentions;
  readonly shortForms: OrganizationShortForms;
}

/** The organizations after a title (`titleKey` folded, `phó trưởng khoa`) ending at `titleEnd`. */
export function organizationsAfterTitle(text: string, titleKey: string, titleEnd: number, context: TitleContext): TitleOrganizations {
  const { entities } = context;
  BEFORE_ORGANIZATION.lastIndex = titleEnd;
  const gap = BEFORE_ORGANIZATION.exec(text);
  if (!gap) return { organizations: [], end: titleEnd };
  let at = titleEnd + gap[0].length;
  const central = gap.groups?.central;
  // `Trung ương` goes before an organization named right after it; else it is read as any other words there (a
  // name that starts with it keeps it).
  if (central !== undefined && (entities.startingAt(at)?.kind !== 'organization' || entities.startingAt(at - central.length))) {
    at -= central.length;
  }
  const afterOf = gap[0].includes('của');
  const first = entities.startingAt(at) ?? writtenOrganizationAt(text, titleKey, titleEnd, at, afterOf, context)
    ?? (afterOf ? organizationAfterKindWords(text, at, entities) : organizationAfterCompanyKind(text, at, entities));
  if (!first || first.kind === 'person') return { organizations: [], end: titleEnd };
  const organizations: EntityMention[] = [first];
  if (first.kind === 'organization') organizations.push(...coordinatedAfter(text, first, entities));
  const end = organizations[organizations.length - 1]?.end ?? titleEnd;
  POST_ABROAD.lastIndex = end;
  const abroad = POST_ABROAD.exec(text);
  const host = abroad ? entities.startingAt(end + abroad[0].length) : null;
  if (host?.kind !== 'place') return { organizations, end };
  const bodies = organizations.filter((organization) => organization.kind !== 'place');
  return { organizations: bodies, end: host.end };
}

/** A word, after any spaces. */
const NEXT_WORD = /[ \t]*([\p{L}\p{M}]+)/uy;
/** Most lower-case words saying what kind of body follows (`sàn thương mại điện tử`). */
const MAX_KIND_WORDS = 5;
/** Words of a clause or a list, never of a body's kind: `của những doanh nghiệp như Công ty X`. */
const NOT_KIND_WORDS: ReadonlySet<string> = new Set(['như', 'và', 'với', 'các', 'những', 'là', 'cho', 'tại', 'ở', 'trong', 'nhiều']);

/**
 * The organization named from `at` (after `của`), at once or after a few lower-case words saying what kind of body
 * it is: `của sàn thương mại điện tử MuaNhanh`, `của công ty An Phát`. Null when a word of a clause or a list comes
 * first, or no organization's name follows within five words.
 */
export function organizationAfterKindWords(text: string, at: number, entities: EntityMentions): EntityMention | null {
  let end = at;
  for (let words = 0; words <= MAX_KIND_WORDS; words += 1) {
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(text);
    const word = next?.[1];
    if (!next || word === undefined) return null;
    const wordStart = end + next[0].length - word.length;
    const entity = entities.startingAt(wordStart);
    if (entity !== null) return entity.kind === 'organization' ? entity : null;
    if (!/^\p{Ll}/u.test(word) || NOT_KIND_WORDS.has(word)) return null;
    end = wordStart + word.length;
  }
  return null;
}

/** A lower-case noun for a kind of firm, then spaces: `hãng`, `studio`, `công ty`, `tập đoàn`. */
const COMPANY_KIND_NOUN = /(?:hãng|studio|công[ \t]+ty|tập[ \t]+đoàn|startup)[ \t]+/uy;

/**
 * The organization a kind of firm in lower case names right after a title, with no `của`: `Giám đốc điều hành
 * studio Sao Mai`, `Tổng giám đốc hãng Hikari`. Only an organization the article names: `giám đốc công ty` alone
 * is any company's.
 */
function organizationAfterCompanyKind(text: string, at: number, entities: EntityMentions): EntityMention | null {
  COMPANY_KIND_NOUN.lastIndex = at;
  const kind = COMPANY_KIND_NOUN.exec(text);
  if (!kind) return null;
  const entity = entities.startingAt(at + kind[0].length);
  return entity?.kind === 'organization' ? entity : null;
}

/** Spaces between a title and a lower-case head noun referring back (`Giám đốc bệnh viện`). */
const BEFORE_HEAD_NOUN = /[ \t]+/uy;

/**
 * The organization a lower-case head noun right after a title refers back to (`Giám đốc bệnh viện` for the one
 * hospital named before), or a body within it (`Chủ tịch Công đoàn công ty` for that company's union), or null. Only a post whose holder is named beside it takes it (roles/index.ts):
 * `giám đốc bệnh viện phải ...` alone speaks of any hospital's director.
 */
export function organizationReferredBack(text: string, titleEnd: number, context: TitleContext): EntityMention | null {
  BEFORE_HEAD_NOUN.lastIndex = titleEnd;
  const gap = BEFORE_HEAD_NOUN.exec(text);
  if (!gap) return null;
  const { entities, shortForms } = context;
  const at = titleEnd + gap[0].length;
  const isPersonAt = (index: number): boolean => entities.startingAt(index)?.kind === 'person';
  const referred = shortForms.referredBack(text, at, isPersonAt);
  if (referred) return referred;
  BODY_WITHIN_ORGANIZATION.lastIndex = at;
  const within = BODY_WITHIN_ORGANIZATION.exec(text);
  const parent = within ? shortForms.referredBack(text, at + within[0].length, isPersonAt) : null;
  if (!within || !parent) return null;
  const name = `${within[0].trim().replace(/[ \t]+/gu, ' ')} ${parent.name}`;
  const named = shortForms.named(name);
  return { start: at, end: parent.end, kind: 'organization', ref: named?.id ?? null, name: named?.name ?? name };
}

/**
 * A body every organization may hold, named with a capital before a lower-case head noun referring back to the one
 * organization of that kind the article named: `Chủ tịch Công đoàn công ty` heads the trade union of that company,
 * `Bí thư Chi bộ trường`, `Bí thư Đoàn Thanh niên bệnh viện`.
 */
const BODY_WITHIN_ORGANIZATION = /(?:Công[ \t]+đoàn|Đoàn[ \t]+Thanh[ \t]+niên|Chi[ \t]+bộ|Chi[ \t]+đoàn)[ \t]+(?=\p{Ll})/uy;

/** A short form of an organization named elsewhere, or the unit a head's title names, at `at`. */
function writtenOrganizationAt(
  text: string,
  titleKey: string,
  titleEnd: number,
  at: number,
  afterOf: boolean,
  context: TitleContext,
): EntityMention | null {
  const { entities, shortForms } = context;
  const isPersonAt = (index: number): boolean => entities.startingAt(index)?.kind === 'person';
  // A lower-case short form refers back only after `của` (`kế toán trưởng của công ty`): `giám đốc công ty` is
  // any company's director.
  const capitalized = /^\p{Lu}/u.test(text[at] ?? '');
  const short = capitalized || afterOf ? shortForms.at(text, at, isPersonAt) : null;
  if (short) return short;
  // `Giám đốc HTX`, `Giám đốc QTDND Vinh Thanh`: a kind's abbreviation, alone or before the rest of the name.
  const abbreviated = capitalized ? shortForms.abbreviatedKindAt(text, at, isPersonAt) : null;
  if (abbreviated) return abbreviated;
  const club = capitalized && SPORTS_POST_KEYS.has(titleKey) ? clubNamedWithoutHead(text, at, context) : null;
  if (club) return club;
  const panel = judgingPanelAt(text, at);
  if (panel) {
    const named = shortForms.named(panel.name);
    return { ...panel, ref: named?.id ?? null, name: named?.name ?? panel.name };
  }
  const council = CHAIR_TITLES.has(titleKey) ? lowerCaseCouncilAt(text, at) : null;
  if (council) {
    const named = shortForms.named(council.name);
    return { ...council, ref: named?.id ?? null, name: named?.name ?? council.name };
  }
  const worship = RELIGIOUS_POSTS.has(titleKey) ? placeOfWorshipAt(text, at, entities) : null;
  if (worship) return worship;
  const branch = villageBranchAt(text, at, entities);
  if (branch) {
    const named = shortForms.named(branch.name);
    return { ...branch, ref: named?.id ?? null, name: named?.name ?? branch.name };
  }
  const body = localBodyAt(text, at, entities);
  if (body) {
    const named = shortForms.named(body.name) ?? shortForms.named(spelledOutBody(body.name));
    return { ...body, ref: named?.id ?? null, name: named?.name ?? body.name };
  }
  if (at !== titleEnd + 1) return null;
  // A unit's name ends where a body's name starts, or a kind's abbreviation naming one (`... BQL KKT`).
  const unit = unitAfterTitle(text, titleKey, titleEnd, (index) => entities.startingAt(index) !== null || startsLocalBody(text, index)
    || shortForms.abbreviatedKindAt(text, index, isPersonAt) !== null);
  if (!unit) return null;
  // `Phó Trưởng phòng An ninh mạng và phòng chống tội phạm ...`: a unit the article names goes on as its name does.
  const unitWord = unit.name.slice(0, unit.name.indexOf(' '));
  const namedUnit = shortForms.unitNamedOn(text, unitWord, at);
  if (namedUnit && namedUnit.end > unit.end) {
    return { start: at, end: namedUnit.end, kind: 'organization', ref: namedUnit.entity.id, name: namedUnit.entity.name };
  }
  // `Trưởng phòng PC03`: a unit named by the acronym of one the article names in full (`Phòng Cảnh sát kinh tế (PC03)`).
  const acronym = text.slice(at, unit.end);
  if (UNIT_ACRONYM.test(acronym)) {
    const spelled = shortForms.named(acronym);
    if (spelled && spelled.acronym === acronym && spelled.name.startsWith(`${unitWord} `)) {
      return { start: at, end: unit.end, kind: 'organization', ref: spelled.id, name: spelled.name };
    }
  }
  // `Trưởng phòng Cảnh sát giao thông Công an tỉnh`: the unit and the body it is part of are one name; so are the
  // unit and the local area it serves (`Trưởng phòng Tài nguyên và Môi trường huyện Krông Pắc`). A body the
  // organizations stage named there with more than the local body reads (its place) is the unit's parent, no part of
  // its name (`Trưởng phòng Tổng hợp Công an tỉnh Yên Bái`: the unit `Phòng Tổng hợp`, not `... Công an`).
  const localBody = text[unit.end] === ' ' ? localBodyAt(text, unit.end + 1, entities) : null;
  const namedParent = localBody ? entities.startingAt(localBody.start) : null;
  const parentNamedLonger = namedParent !== null && localBody !== null && namedParent.kind === 'organization' && namedParent.end > localBody.end;
  const parent = text[unit.end] === ' ' && !parentNamedLonger ? localBody ?? localAreaAt(text, unit.end + 1, entities) : null;
  const end = parent ? parent.end : unit.end;
  const name = parent ? `${unit.name} ${parent.name}` : unit.name;
  // `Phó Trưởng phòng CSGT`: a unit the article wrote so before, as a short form of one it names in full.
  const named = shortForms.named(name) ?? (parent ? null : shortForms.mentionedAs(text, name) ?? unitByAcronymAfter(text, unitWord, unit.end, shortForms));
  return { start: at, end, kind: 'organization', ref: named?.id ?? null, name: named?.name ?? name };
}

/** A unit's acronym in brackets right after its name: ` (CSGT)`. */
const UNIT_ACRONYM_IN_BRACKETS = /[ \t]\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/uy;

/**
 * `Trưởng phòng Cảnh sát giao thông (CSGT) Công an tỉnh ... Phòng CSGT`: a unit whose field the article writes with
 * its acronym in brackets right after it is the body the article writes as the unit's kind word and that acronym
 * (`Phòng CSGT`), as the organizations stage lists it; null where no bracket follows or no such body is written.
 */
function unitByAcronymAfter(text: string, unitWord: string, end: number, shortForms: OrganizationShortForms): ReturnType<OrganizationShortForms['mentionedAs']> {
  if (text.charCodeAt(end + 1) !== 0x28) return null;
  UNIT_ACRONYM_IN_BRACKETS.lastIndex = end;
  const acronym = UNIT_ACRONYM_IN_BRACKETS.exec(text)?.[1];
  return acronym === undefined ? null : shortForms.mentionedAs(text, `${unitWord} ${acronym}`);
}

/** A contest's judging panel, its kind in lower case: `Ban giám khảo`, `Hội đồng giám khảo`. */
const JUDGING_PANEL = /(?:[Bb]an|[Hh]ội[ \t]+đồng)[ \t]+giám[ \t]+khảo(?![\p{L}\p{M}\p{N}])/uy;

/**
 * `NSND X, Chủ tịch Ban giám khảo,`: a contest's or a festival's judging panel right after a title, a body named by
 * its kind alone that the organizations stage leaves unmarked; named with a capital, as the dev sets write it.
 */
function judgingPanelAt(text: string, at: number): EntityMention | null {
  JUDGING_PANEL.lastIndex = at;
  const panel = JUDGING_PANEL.exec(text);
  if (!panel) return null;
  const written = panel[0].replace(/[ \t]+/gu, ' ');
  const name = written.charAt(0).toUpperCase() + written.slice(1);
  return { start: at, end: at + panel[0].length, kind: 'organization', ref: null, name };
}

/** A council's chair and the deputy, folded: the titles a council in lower case follows (lowerCaseCouncilAt). */
const CHAIR_TITLES: ReadonlySet<string> = new Set(['chủ tịch', 'phó chủ tịch']);
/**
 * A council named by its kind with a capital and what it does in lower case (`Hội đồng quản lý bệnh viện`, `Hội
 * đồng trường`), closed by punctuation or the line's end: a name that goes on (`Hội đồng trường Trường Đại học X`,
 * `Hội đồng nhân dân tỉnh X`) is read otherwise.
 */
const LOWER_CASE_COUNCIL = /Hội[ \t]+đồng((?:[ \t]+\p{Ll}[\p{Ll}\p{M}]*){1,5})(?=[ \t]*(?:[,;.)]|\n|$))/uy;
/** Words of a clause or a list, never of what a council does: `Hội đồng và các thành viên`. */
const NOT_COUNCIL_WORDS: ReadonlySet<string> = new Set(['và', 'của', 'các', 'những', 'là', 'đã', 'đang', 'sẽ', 'cho', 'với', 'tại', 'này', 'đó']);

/**
 * `PGS.TS X, Phó Hiệu trưởng, đồng thời là Chủ tịch Hội đồng quản lý bệnh viện,`: after a chair's title, the council
 * named by its kind and its task in lower case, a body the organizations stage leaves unmarked; named as written
 * (spaces once). Null where the words run on past five, into a clause's words, or to no close.
 */
export function lowerCaseCouncilAt(text: string, at: number): EntityMention | null {
  LOWER_CASE_COUNCIL.lastIndex = at;
  const council = LOWER_CASE_COUNCIL.exec(text);
  const task = council?.[1];
  if (!council || task === undefined) return null;
  if (task.trim().split(/[ \t]+/u).some((word) => NOT_COUNCIL_WORDS.has(word))) return null;
  return { start: at, end: at + council[0].length, kind: 'organization', ref: null, name: council[0].replace(/[ \t]+/gu, ' ') };
}

/** Posts held at a place of worship (folded): `trụ trì chùa X`. */
export const RELIGIOUS_POSTS: ReadonlySet<string> = new Set(['trụ trì', 'phó trụ trì']);
/** A place of worship's kind in lower case, before its name: `chùa`, `tu viện`, `thiền viện`, `tịnh xá`. */
const PLACE_OF_WORSHIP = /(?:chùa|tu[ \t]+viện|thiền[ \t]+viện|tịnh[ \t]+xá|tự[ \t]+viện)[ \t]+(?=\p{Lu})/uy;

/**
 * `Thượng tọa X, trụ trì chùa Côn Sơn`: after a religious post, the pagoda or monastery it is held at, named by its
 * kind in lower case and its capitalized name (`chùa Côn Sơn`), as the dev sets write it; null otherwise.
 */
function placeOfWorshipAt(text: string, at: number, entities: EntityMentions): EntityMention | null {
  return bodyNamedAfterOpening(PLACE_OF_WORSHIP, text, at, entities);
}

/**
 * The body whose name opens at `at` with `opening` (a sticky pattern: its kind in lower case, `chùa `, `Chi đoàn thôn
 * `) and goes on in capitalized words or a number (capitalizedNameEnd), spaces written once; null when either fails.
 */
function bodyNamedAfterOpening(opening: RegExp, text: string, at: number, entities: EntityMentions): EntityMention | null {
  opening.lastIndex = at;
  const opened = opening.exec(text);
  if (!opened) return null;
  const end = capitalizedNameEnd(text, at + opened[0].length, entities);
  if (end === null) return null;
  return { start: at, end, kind: 'organization', ref: null, name: text.slice(at, end).replace(/[ \t]+/gu, ' ') };
}

/**
 * A village's Party cell or youth union branch, its place in lower case then its name: `Chi bộ thôn Đông Hà`, `Chi
 * đoàn xóm 3`, `Chi bộ tổ dân phố Tân Tiến`. The name is capitalized words or a number, up to where a lower-case
 * word, punctuation or a person's name comes (`Chi đoàn thôn Tân Lộc cũ` names `Chi đoàn thôn Tân Lộc`).
 */
const VILLAGE_BRANCH =
  /(?:Chi[ \t]+bộ|Chi[ \t]+đoàn)[ \t]+(?:thôn|xóm|ấp|bản|làng|buôn|khu phố|tổ dân phố|tổ)[ \t]+(?=[\p{Lu}\p{N}])/uy;
/** A word of a village's name: capitalized, or a number (`xóm 3`). */
const VILLAGE_NAME_WORD = /(?:\p{Lu}[\p{Ll}\p{M}]*|\p{N}{1,3})(?![\p{L}\p{M}\p{N}])/uy;
/** Most words of a village's or a pagoda's name. */
const MAX_VILLAGE_NAME_WORDS = 4;

/** The village branch named at `at` (`Chi đoàn thôn Tân Lộc`) when the organizations stage left it unmarked, or null. */
function villageBranchAt(text: string, at: number, entities: EntityMentions): EntityMention | null {
  return bodyNamedAfterOpening(VILLAGE_BRANCH, text, at, entities);
}

/**
 * Where a local name from `at` ends: capitalized words (up to four) or a number, up to a lower-case word,
 * punctuation, or a person's name (one the people stage found, or a family name then a middle name). Null when
 * no such word stands at `at`.
 */
function capitalizedNameEnd(text: string, at: number, entities: EntityMentions): number | null {
  let end = at;
  let nameEnd: number | null = null;
  for (let words = 0; words < MAX_VILLAGE_NAME_WORDS; words += 1) {
    if (words > 0) {
      let next = end;
      while (text[next] === ' ' || text[next] === '\t') next += 1;
      if (next === end || entities.startingAt(next)?.kind === 'person') break;
      end = next;
    }
    VILLAGE_NAME_WORD.lastIndex = end;
    const word = VILLAGE_NAME_WORD.exec(text);
    if (!word || (words > 0 && startsPersonName(text, end, word[0]))) break;
    end += word[0].length;
    nameEnd = end;
    // A number is the whole name (`xóm 3`).
    if (/^\p{N}/u.test(word[0])) break;
  }
  return nameEnd;
}

/** A capitalized word after spaces. */
const NEXT_CAPITALIZED_WORD = /[ \t]+(\p{Lu}[\p{Ll}\p{M}]*)/uy;

/**
 * Whether `word` (at `at`) and the word after it open a person's name the people stage missed: a family name, then a
 * middle name (`Nguyễn Văn`, `Lê Thị`).
 */
function startsPersonName(text: string, at: number, word: string): boolean {
  if (!isFamilyName(foldKey(word))) return false;
  NEXT_CAPITALIZED_WORD.lastIndex = at + word.length;
  const next = NEXT_CAPITALIZED_WORD.exec(text)?.[1];
  return next !== undefined && MIDDLE_NAMES.has(foldKey(next));
}

/** A unit's name that is an acronym: a capital, then capitals, digits or `&` (`PC03`, `TN&MT`). */
const UNIT_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,9}$/u;
/** A local area named with its level in lower case: `huyện Krông Pắc`, `thành phố Vinh`, `xã Tân Lập`. */
const LOCAL_AREA_LEVEL = /^(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)[ \t]/u;

/** The place named at `at` with its level in lower case (`huyện Krông Pắc`), as an area a unit serves; else null. */
function localAreaAt(text: string, at: number, entities: EntityMentions): EntityMention | null {
  const place = entities.startingAt(at);
  if (place?.kind !== 'place' || !LOCAL_AREA_LEVEL.test(text.slice(at, place.end))) return null;
  return { start: at, end: place.end, kind: 'organization', ref: null, name: text.slice(at, place.end) };
}

/** A team's posts (folded): the club after one may be written without `CLB` (`HLV trưởng Sông Lam Nghệ An`). */
export const SPORTS_POST_KEYS: ReadonlySet<string> = new Set([
  'hlv', 'hlv trưởng', 'huấn luyện viên', 'huấn luyện viên trưởng', 'trợ lý huấn luyện viên', 'trợ lý hlv', 'đội trưởng', 'đội phó', 'thủ quân',
]);
/** The heads of a club's name, left out after a team's post. */
const CLUB_HEADS: readonly string[] = ['CLB', 'Câu lạc bộ'];

/**
 * `Huấn luyện viên trưởng Hải Đăng Quảng Ninh Đoàn Minh Trí` for `CLB Hải Đăng Quảng Ninh`: a club the article names,
 * written without its head after a team's post, then the person holding it (or the clause's end); `anyEnd` after
 * `của`, which ties it to the person before (`HLV Diego Almeida của Phù Sa Cần Thơ`). Null otherwise.
 */
export function clubNamedWithoutHead(text: string, at: number, context: TitleContext, anyEnd = false): EntityMention | null {
  const { entities, shortForms } = context;
  for (const head of CLUB_HEADS) {
    const club = shortForms.unitNamedOn(text, head, at);
    if (!club) continue;
    let next = club.end;
    while (text[next] === ' ' || text[next] === '\t') next += 1;
    const closes = next === club.end ? /^[,.;:)]/u.test(text[next] ?? '.') : entities.startingAt(next)?.kind === 'person';
    if (!closes && !anyEnd) continue;
    return { start: at, end: club.end, kind: 'organization', ref: club.entity.id, name: club.entity.name };
  }
  return null;
}

/**
 * Bodies of local government, of the Party, the police and the courts, named by the place they serve: `UBND tỉnh Nghệ
 * An`, `Thành ủy Hà Nội`, `Tòa án nhân dân tỉnh`; the social insurance office (`BHXH tỉnh Nghệ An`) and, with its
 * level after it, the inspectorate (`Thanh tra tỉnh`: `Thanh tra` alone is the post's field, `Chánh Thanh tra`), the
 * provincial tax and statistics offices as named since 2025 (`Thuế tỉnh X`, `Thống kê tỉnh X`) and a province's
 * delegation of National Assembly deputies (`Đoàn đại biểu Quốc hội tỉnh`, `Đoàn ĐBQH tỉnh X`).
 */
const LOCAL_BODY =
  /(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Công an|Tòa án nhân dân|TAND|Viện [Kk]iểm sát nhân dân|VKSND|Bảo hiểm xã hội|BHXH|(?:Thanh tra|Thuế|Thống kê)(?=[ \t]+(?:tỉnh|thành phố|TP|huyện|quận|thị xã)(?![\p{L}\p{M}\p{N}]))|Đoàn[ \t]+(?:đại[ \t]+biểu[ \t]+Quốc[ \t]+hội|ĐBQH)(?=[ \t]+(?:tỉnh|thành phố|TP)(?![\p{L}\p{M}\p{N}])))(?![\p{L}\p{M}\p{N}])/uy;

/** The abbreviations of local bodies spelled out, to find the entity by its full name: `UBND` → `Ủy ban nhân dân`. */
const BODY_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^UBND(?![\p{L}\p{M}])/u, 'Ủy ban nhân dân'],
  [/^HĐND(?![\p{L}\p{M}])/u, 'Hội đồng nhân dân'],
  [/^BHXH(?![\p{L}\p{M}])/u, 'Bảo hiểm xã hội'],
];

function spelledOutBody(name: string): string {
  return BODY_ABBREVIATIONS.reduce((spelled, [abbreviation, full]) => spelled.replace(abbreviation, full), name);
}

/** True when a local body's head (`UBND`, `Tỉnh ủy`, `Công an`) starts at `at`. */
export function startsLocalBody(text: string, at: number): boolean {
  LOCAL_BODY.lastIndex = at;
  return LOCAL_BODY.test(text);
}

/**
 * A local body and the place after it, when the organizations stage left it unmarked (`Chủ tịch UBND xã Tân Lập`,
 * `Bí thư Thành ủy Hà Nội`); with its level and no place (`Phó Chủ tịch UBND tỉnh,`, `Giám đốc Công an tỉnh Nguyễn
 * Văn An`) the body and its level; a body alone (`Bí thư Tỉnh ủy`) is named as written.
 */
export function localBodyAt(text: string, at: number, entities: EntityMentions): EntityMention | null {
  LOCAL_BODY.lastIndex = at;
  const body = LOCAL_BODY.exec(text);
  if (!body) return null;
  let end = at + body[0].length;
  const place = text[end] === ' ' ? entities.startingAt(end + 1) : null;
  if (place?.kind === 'place') end = place.end;
  else end = levelBeforeHolderEnd(text, end, entities) ?? end;
  return { start: at, end, kind: 'organization', ref: null, name: text.slice(at, end) };
}

/** The level of a local body, after it: `tỉnh`, `thành phố`, `huyện`. */
const LEVEL_AFTER_BODY = /[ 	]+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)(?![\p{L}\p{M}\p{N}])/uy;
/**
 * True when `name` is a local body and its level alone (`UBND huyện`, `Công an xã`, `Thanh tra huyện`): the roles
 * stage names a post's body so where the article gives no place, and it names no one body a reader could tell apart.
 */
export function isLocalBodyAndLevelOnly(name: string): boolean {
  LOCAL_BODY.lastIndex = 0;
  const body = LOCAL_BODY.exec(name);
  if (!body) return false;
  LEVEL_AFTER_BODY.lastIndex = body[0].length;
  const level = LEVEL_AFTER_BODY.exec(name);
  return level !== null && body[0].length + level[0].length === name.length;
}

/**
 * A local body's name cut after its level (`UBND xã Tân Lập` → `UBND xã`, ` Tân Lập`, `xã`): the body and its level,
 * the rest (a place, or empty for the level alone) and the level; null for no local body.
 */
export function splitLocalBodyName(name: string): readonly [string, string, string] | null {
  LOCAL_BODY.lastIndex = 0;
  const body = LOCAL_BODY.exec(name);
  if (!body) return null;
  LEVEL_AFTER_BODY.lastIndex = body[0].length;
  const level = LEVEL_AFTER_BODY.exec(name);
  if (level === null) return null;
  const end = body[0].length + level[0].length;
  return [name.slice(0, end), name.slice(end), level[0].trim()];
}

/** Spaces between the level and the holder's name. */
const BEFORE_HOLDER = /[ 	]+/uy;

/** What may follow a body's level for the two to be the body's name: no capitalized word (a place or a name). */
const AFTER_LEVEL_ALONE = /(?:[ \t]*(?:[,.;:)\]!?”"…]|[–—-](?:[ \t]|$)|\n|$)|[ \t]+(?=[\p{Ll}]))/uy;

/**
 * Where the level after a local body ends when the holder's name follows it, no place between (`Chủ tịch UBND tỉnh
 * Nguyễn Đức Trung`: the people stage found the chairman there), or nothing capitalized does (`Phó Chủ tịch UBND
 * tỉnh, chủ trì`): the body is `UBND tỉnh`. Null otherwise (`UBND tỉnh Xyz`, a place unread).
 */
function levelBeforeHolderEnd(text: string, bodyEnd: number, entities: EntityMentions): number | null {
  LEVEL_AFTER_BODY.lastIndex = bodyEnd;
  const level = LEVEL_AFTER_BODY.exec(text);
  if (!level) return null;
  const end = bodyEnd + level[0].length;
  AFTER_LEVEL_ALONE.lastIndex = end;
  if (AFTER_LEVEL_ALONE.test(text)) return end;
  BEFORE_HOLDER.lastIndex = end;
  const gap = BEFORE_HOLDER.exec(text);
  return gap && entities.startingAt(end + gap[0].length)?.kind === 'person' ? end : null;
}

/**
 * Organizations coordinated with `first`: `ASEAN và APO`, `A, B và C`. A list joined by bare commas counts only
 * when it closes with `và`; otherwise the comma may end the phrase (`Tổng thư ký APO, Tổng cục đã ...`).
 */
function coordinatedAfter(text: string, first: EntityMention, entities: EntityMentions): EntityMention[] {
  const list: EntityMention[] = [];
  const bareComma: boolean[] = [];
  let last = first;
  for (;;) {
    COORDINATION.lastIndex = last.end;
    const link = COORDINATION.exec(text);
    if (!link) break;
    const next = entities.startingAt(last.end + link[0].length);
    if (!next || next.kind !== 'organization') break;
    list.push(next);
    bareComma.push(!/và|cùng|&/u.test(link[0]));
    last = next;
  }
  const closesWithAnd = bareComma.length > 0 && bareComma[bareComma.length - 1] === false;
  if (closesWithAnd) return list;
  const firstBare = bareComma.indexOf(true);
  return firstBare < 0 ? list : list.slice(0, firstBare);
}

/** The words a city's government is named by before the city: `Chính quyền nhân dân thành phố X`, `UBND thành phố X`. */
const CITY_GOVERNMENT_OPENINGS: readonly string[] = ['chính quyền nhân dân ', 'chính quyền ', 'ủy ban nhân dân ', 'ubnd ', 'hội đồng thành phố '];
/** A command's name opening: `Bộ Chỉ huy` (the command) of `Bộ đội Biên phòng tỉnh X`, `Quân sự tỉnh X`. */
const COMMAND_OPENING = 'bộ chỉ huy ';
/** The heads of a village (`Trưởng thôn Tà Rụt`, `Trưởng bản`, `Trưởng ấp`), folded: the village is named by its name alone. */
const VILLAGE_HEADS: ReadonlySet<string> = new Set(['trưởng thôn', 'trưởng bản', 'trưởng ấp']);
/** The posts bodyOfPostNamedInPart reads, folded, without `phó`. */
const POSTS_NAMING_BODY_IN_PART: ReadonlySet<string> = new Set(['thị trưởng', 'chỉ huy trưởng', 'trưởng ga', ...VILLAGE_HEADS]);
/** A place's name ending with a number: `Tà Rụt 2`. */
const NUMBERED_NAME = /[ \t]\d{1,3}$/u;
/** A railway station's name before the place it serves: `ga Đông Hà`. */
const STATION = 'ga';
/**
 * Posts, folded, without `phó`, whose body is named by its place alone: a village's (`Trưởng thôn Tà Rụt`), a
 * station's (`Trưởng ga Đông Hà`). The place is no organization to list beside the others (extractors/roles/bodies.ts).
 */
export const PLACE_NAMED_BODY_POSTS: ReadonlySet<string> = new Set(['trưởng ga', ...VILLAGE_HEADS]);

/**
 * A place's name no stage found: capitalized words set off by punctuation (`Đông Hà, cho biết`); not before a
 * lower-case word, where the words may be the holder's name (`Trưởng ga Trần Văn Hòa đã ...`). A village split
 * in parts keeps its number (`Trưởng thôn Tà Rụt 2,`).
 */
const UNREAD_PLACE_NAME = /\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,3}(?:[ \t]+\d{1,3})?(?=[ \t]*[,;:)])/uy;

/**
 * After a stationmaster's or a village head's title, the station's place or the village's name as a place mention
 * where no stage read it (`Trưởng ga Đông Hà,`, `Trưởng thôn Tà Rụt,`).
 */
function localNameAt(text: string, post: string, at: number): EntityMention | null {
  if (post !== 'trưởng ga' && !VILLAGE_HEADS.has(post)) return null;
  UNREAD_PLACE_NAME.lastIndex = at;
  const name = UNREAD_PLACE_NAME.exec(text);
  if (!name || (VILLAGE_HEADS.has(post) && looksLikePersonName(name[0]))) return null;
  return { start: at, end: at + name[0].length, kind: 'place', ref: null, name: name[0] };
}

/** Middle names that make two words after a family name a person's (`Lò Văn`, `Hà Thị`). */
const MIDDLE_NAMES: ReadonlySet<string> = new Set(['văn', 'thị']);

/**
 * Whether capitalized words read after a village head's title are rather the head's own name the people stage
 * missed (`Trưởng bản Lò Văn Pọm,`): a family name, then two words or more, or a middle name (`Văn`, `Thị`).
 */
function looksLikePersonName(name: string): boolean {
  const words = foldKey(name).split(' ');
  return isFamilyName(words[0] ?? '') && (words.length >= 3 || MIDDLE_NAMES.has(words[1] ?? ''));
}

/**
 * The body a post is held in where the words after its title name it only in part, or name a place: a mayor's
 * (`Thị trưởng`, `Phó Thị trưởng`) city is its government the article names (`Phó Thị trưởng thành phố X` holds
 * the post at `Chính quyền nhân dân thành phố X`); a commander's (`Chỉ huy trưởng`) force is its provincial command
 * (`Chỉ huy trưởng Bộ đội Biên phòng tỉnh` at `Bộ Chỉ huy Bộ đội Biên phòng tỉnh X`); a stationmaster's place is
 * the station (`Trưởng ga Đông Hà` at `ga Đông Hà`), a village head's the village (`Trưởng thôn Tà Rụt` at `Tà Rụt`).
 * `organizations` are those read after the title. Null where none applies: the post keeps what was read.
 */
export function bodyOfPostNamedInPart(
  text: string,
  titleKey: string,
  titleEnd: number,
  organizations: readonly EntityMention[],
  context: TitleContext,
): EntityMention | null {
  const post = titleKey.startsWith('phó ') ? titleKey.slice(4) : titleKey;
  if (!POSTS_NAMING_BODY_IN_PART.has(post)) return null;
  let at = titleEnd;
  while (text[at] === ' ' || text[at] === '\t') at += 1;
  const first = organizations[0] ?? (at > titleEnd ? context.entities.startingAt(at) ?? localNameAt(text, post, at) : null);
  if (!first) return null;
  if (post === 'thị trưởng' && first.kind === 'place') {
    const city = ` ${foldKey(first.name)}`;
    const government = context.shortForms.firstNamedWhere((name) =>
      name.endsWith(city) && CITY_GOVERNMENT_OPENINGS.some((opening) => name.startsWith(opening)));
    return government ? { start: first.start, end: first.end, kind: 'organization', ref: government.id, name: government.name } : null;
  }
  if (post === 'chỉ huy trưởng' && first.kind === 'organization' && !foldKey(first.name).startsWith(COMMAND_OPENING)) {
    const force = `${COMMAND_OPENING}${foldKey(first.name)} `;
    const command = context.shortForms.firstNamedWhere((name) => name.startsWith(force));
    return command ? { start: first.start, end: first.end, kind: 'organization', ref: command.id, name: command.name } : null;
  }
  if (post === 'trưởng ga' && first.kind === 'place') {
    return { start: first.start, end: first.end, kind: 'organization', ref: null, name: `${STATION} ${first.name}` };
  }
  // A village head's village, by its name as the dev sets write it (`Trưởng thôn Tà Rụt` at `Tà Rụt`); a village
  // numbered within a larger one, with its kind (`Trưởng thôn Tà Rụt 2` at `thôn Tà Rụt 2`): the number alone is no name.
  if (VILLAGE_HEADS.has(post) && first.kind === 'place') {
    const name = NUMBERED_NAME.test(first.name) ? `${post.slice(post.lastIndexOf(' ') + 1)} ${first.name}` : first.name;
    return { start: first.start, end: first.end, kind: 'organization', ref: null, name };
  }
  return null;
}
