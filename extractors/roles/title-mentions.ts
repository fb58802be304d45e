// Titles of posts in the text (`Phó Tổng cục trưởng`, `Tổng thư ký`, `Thứ trưởng`), from the lexicon. A title
// inside an organization's name (`Ban thư ký ASEAN`, `Văn phòng Chủ tịch nước`) is no title; a title whose last
// words begin an organization's name (`Thủ tướng Chính phủ`, `Chủ tịch UBND tỉnh ...`) stops where the name starts.
import type { Token } from '../../pipeline/document.js';
import { isJoinerCode } from '../../input/tokens.js';
import { isTitleFirstToken, titleAcrossAbbreviation, titleAtToken, type TitleMatch } from './lexicon.js';
import type { EntityMention, EntityMentions } from './entity-mentions.js';
import { localBodyAt, startsLocalBody } from './title-organizations.js';
import { continuesUnitName } from './title-units.js';

export interface TitleMention {
  readonly start: number;
  readonly end: number;
  /** The title as written. */
  readonly title: string;
  /** The organization the title runs into (`Trưởng Công an xã ...`, `Trưởng Ban Tuyên giáo ...`), if any. */
  readonly organization?: EntityMention;
}

/**
 * A head's word left alone when a title is cut before the organization it runs into: `Trưởng` of `Trưởng Ban ...`,
 * `Chánh` of `Chánh Văn phòng Bộ Công an` (the chief of the ministry's office).
 */
const HEAD_ONLY = new Set(['trưởng', 'phó trưởng', 'chánh', 'phó chánh']);

/** The word before a title that makes it the name of a board (`Ban Giám đốc`), folded. */
const BOARD_KEY = 'ban';

/** The first joiner of a joined token at or after `from`, or the token's end. */
function joinerAtOrAfter(text: string, from: number, token: Token): number {
  for (let position = from; position < token.end; position += 1) if (isJoinerCode(text.charCodeAt(position))) return position;
  return token.end;
}

export function findTitleMentions(text: string, tokens: readonly Token[], entities: EntityMentions): TitleMention[] {
  const found: TitleMention[] = [];
  let after = 0;
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex += 1) {
    const token = tokens[tokenIndex];
    if (token === undefined || !token.isWord || token.end <= after) continue;
    // A token of one word starts a title only with a title's first word; a joined token (`CEO-Founder`,
    // `ông Nam.Giám đốc`) may start one at any of its parts.
    const { joined } = token;
    if (!joined && !isTitleFirstToken(token)) continue;
    // `Ban Giám đốc Công an tỉnh`, `Ban Tổng giám đốc`: the board of the holders of a post, no post of one person.
    if (!joined && tokens[tokenIndex - 1]?.key === BOARD_KEY) continue;
    for (let start = token.start; start < token.end; start = joined ? joinerAtOrAfter(text, start, token) + 1 : token.end) {
      if (start < after) continue;
      const match = titleAtToken(text, tokens, tokenIndex, start);
      if (!match) {
        const bare = joined ? null : bareHeadTitle(text, tokens, tokenIndex)
          ?? (isGuildHeadFirstWord(token.key) ? guildHeadTitle(text, token.start, entities) : null)
          ?? workshopOwnerTitle(text, tokens, tokenIndex, entities);
        if (bare) {
          found.push(bare);
          after = bare.end;
        }
        continue;
      }
      const across = start === token.start ? titleAcrossAbbreviation(text, tokens, tokenIndex, match) : null;
      const mention = across && !entities.overlapping(across.start, across.end)
        ? { start: across.start, end: across.end, title: across.text }
        : mentionOf(text, tokens, tokenIndex, match, entities);
      if (!mention) continue;
      found.push(mention);
      after = mention.organization ? mention.organization.end : mention.end;
    }
  }
  return found;
}

/** The head's word written alone as a title, folded: `Trưởng`, `Phó Trưởng` (of `Trưởng Thuế tỉnh X`). */
export const BARE_HEAD_TITLES: ReadonlySet<string> = new Set(['trưởng', 'phó trưởng']);

/**
 * `Trưởng Thuế tỉnh X`, `Phó Trưởng Thuế tỉnh`: the head's word alone (`Trưởng` capitalized, or after `Phó`) before
 * a capitalized word, where no title of the lexicon starts: the head of the body named right after it, if one is
 * (the roles stage keeps the post only with an organization there). Null otherwise (`tăng trưởng`, `Trưởng thành`).
 */
function bareHeadTitle(text: string, tokens: readonly Token[], tokenIndex: number): TitleMention | null {
  const token = tokens[tokenIndex];
  if (token === undefined) return null;
  let last = tokenIndex;
  if (token.key === 'phó') {
    const head = tokens[tokenIndex + 1];
    if (head?.key !== 'trưởng' || head.joined || !onlySpaces(text, token.end, head.start)) return null;
    last = tokenIndex + 1;
  } else if (token.text !== 'Trưởng') {
    return null;
  }
  const end = tokens[last]?.end ?? token.end;
  const next = tokens[last + 1];
  if (next === undefined || !next.isWord || !onlySpaces(text, end, next.start) || !/^\p{Lu}/u.test(next.text)) return null;
  return { start: token.start, end, title: text.slice(token.start, end) };
}

/**
 * `Trưởng phường rối nước X`, `Phó trưởng phường chèo X`: the head of a traditional performers' guild (a `phường`
 * of water puppetry, chèo, tuồng, bát âm, ca trù), named by its art in lower case and then by its village,
 * capitalized. `phường` is said once, for the post and the guild. Groups: the words before it, the guild's name.
 */
const GUILD_HEAD =
  /((?:[Pp]hó[ \t]+)?[Tt]rưởng[ \t]+)(phường[ \t]+(?:múa[ \t]+)?(?:rối(?:[ \t]+(?:nước|cạn))?|chèo|tuồng|bát[ \t]+âm|ca[ \t]+trù)[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3})(?![\p{L}\p{M}\p{N}])/uy;
const GUILD_WORD = 'phường';

/** Whether a token's key can open GUILD_HEAD (`Phó`, `Trưởng`): the regex is tried only there, not at every title word. */
function isGuildHeadFirstWord(key: string): boolean {
  return key === 'trưởng' || key === 'phó';
}

/**
 * The head of a performers' guild at `start` (GUILD_HEAD): the title `Trưởng phường` (`Phó trưởng phường`), the
 * guild (`Phường rối nước X`, or the organizations stage's entity starting at `phường`) its organization; or null.
 */
function guildHeadTitle(text: string, start: number, entities: EntityMentions): TitleMention | null {
  GUILD_HEAD.lastIndex = start;
  const match = GUILD_HEAD.exec(text);
  const before = match?.[1];
  const guild = match?.[2];
  if (!match || before === undefined || guild === undefined) return null;
  const guildStart = start + before.length;
  const titleEnd = guildStart + GUILD_WORD.length;
  const named = entities.startingAt(guildStart);
  const organization: EntityMention = named?.kind === 'organization'
    ? named
    : { start: guildStart, end: guildStart + guild.length, kind: 'organization', ref: null, name: `P${guild.slice(1)}` };
  return { start, end: titleEnd, title: text.slice(start, titleEnd), organization };
}

/** After `chủ cơ sở` with no workshop named: a comma, the holder's sentence going on (`ông X, chủ cơ sở, người ...`). */
const OWNER_ALONE_END = /[ \t]*,/uy;

/**
 * `chủ cơ sở gốm X`, `chủ cơ sở nước mắm X`: the owner of a workshop the organizations stage named from `cơ sở`
 * (`cơ sở` is said once, for the post and the workshop): the title `chủ cơ sở`, the workshop its organization; or
 * `chủ cơ sở` alone before a comma, whose workshop the roles stage looks back for. Null otherwise (`chủ cơ sở sản
 * xuất`, the owners of any, and `chủ` of other things).
 */
function workshopOwnerTitle(text: string, tokens: readonly Token[], tokenIndex: number, entities: EntityMentions): TitleMention | null {
  const owner = tokens[tokenIndex];
  const first = tokens[tokenIndex + 1];
  const second = tokens[tokenIndex + 2];
  if (owner?.text !== 'chủ' || first?.key !== 'cơ' || second?.key !== 'sở' || first.joined || second.joined) return null;
  if (!onlySpaces(text, owner.end, first.start) || !onlySpaces(text, first.end, second.start)) return null;
  const title = { start: owner.start, end: second.end, title: text.slice(owner.start, second.end) };
  const named = entities.startingAt(first.start);
  if (named?.kind === 'organization') return { ...title, organization: named };
  OWNER_ALONE_END.lastIndex = second.end;
  return OWNER_ALONE_END.test(text) ? title : null;
}

/** True when only spaces and tabs, at least one, lie between `from` and `to`. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/**
 * The title mention a lexicon match makes: cut before an organization's or a person's name starting inside it,
 * or null when such a name starts before it or the words before the name are no title.
 */
function mentionOf(
  text: string,
  tokens: readonly Token[],
  tokenIndex: number,
  match: TitleMatch,
  entities: EntityMentions,
): TitleMention | null {
  const overlapping = entities.overlapping(match.start, match.end);
  if (!overlapping || (overlapping.kind !== 'organization' && overlapping.kind !== 'person')) {
    return localBodyInTitle(text, tokens, tokenIndex, match, entities) ?? steeringCommitteeNamedOn(text, match)
      ?? { start: match.start, end: match.end, title: match.text };
  }
  if (overlapping.start <= match.start) return null;
  // The organization's name starts inside the title: the title ends at the word before it.
  let words = match.wordEnds.length;
  while (words > 0 && (match.wordEnds[words - 1] ?? Infinity) >= overlapping.start) words -= 1;
  const cut = match.wordEnds[words - 1];
  if (cut !== undefined && HEAD_ONLY.has(text.slice(match.start, cut).toLowerCase()) && overlapping.kind === 'organization') {
    // `Trưởng Công an xã X`, `Trưởng Ban Tuyên giáo Trung ương`, `Chánh Văn phòng Bộ Công an`: the head of the
    // organization the title runs into; the title stays as the lexicon has it (`Trưởng Công an`, `Chánh Văn phòng`).
    const committee = committeeHeadTitle(text, match, words, overlapping);
    if (committee) return committee;
    return { start: match.start, end: match.end, title: match.text, organization: overlapping };
  }
  if (cut !== undefined && overlapping.kind === 'organization' && GENERAL_HEAD_ONLY.has(text.slice(match.start, cut).toLowerCase())) {
    return generalHeadOfOrganization(text, tokens, tokenIndex, match, words, overlapping);
  }
  if (cut === undefined || titleAtToken(text, tokens, tokenIndex, match.start, words)?.end !== cut) return null;
  return { start: match.start, end: cut, title: text.slice(match.start, cut) };
}

/** A steering committee's head, the committee written by its kind alone (folded): `Trưởng Ban chỉ đạo`. */
const STEERING_HEADS: ReadonlySet<string> = new Set(['trưởng ban chỉ đạo', 'phó trưởng ban chỉ đạo']);

/**
 * `Trưởng ban Chỉ đạo chống khai thác IUU của tỉnh`: a steering committee's head whose committee's name runs on after
 * `chỉ đạo` over a lower-case word that continues a unit's name (what the committee steers: `chống ...`, `phòng
 * chống ...`), no level, no function word, is the head of that committee, `Trưởng ban` (`Phó Trưởng ban`); the
 * committee is read as the unit the title names (title-units.ts). Null otherwise (`Trưởng Ban chỉ đạo huyện`, `Trưởng
 * ban Chỉ đạo cho biết`).
 */
function steeringCommitteeNamedOn(text: string, match: TitleMatch): TitleMention | null {
  if (text.charCodeAt(match.end) !== 0x20 || !STEERING_HEADS.has(match.text.toLowerCase())) return null;
  if (!continuesUnitName(text, match.end)) return null;
  const end = match.wordEnds[match.wordEnds.length - 3];
  return end === undefined ? null : { start: match.start, end, title: text.slice(match.start, end) };
}

/** The word a committee's name opens with (`Ban Tổ chức Tỉnh ủy`, `Ban Chỉ đạo 389 tỉnh X`). */
const COMMITTEE_WORD = /^[Bb]an(?![\p{L}\p{M}])/u;

/**
 * `Phó Trưởng Ban Tổ chức Tỉnh ủy`, `Trưởng Ban Chỉ đạo 389 tỉnh X`: a head's title of the lexicon that runs into a
 * committee's name (`Ban ...`) is the head of the committee, `Trưởng Ban` (`Phó Trưởng Ban`), as the dev sets write
 * a committee's head (`Trưởng Ban` of `Ban Quản lý ...`, `Ban Chỉ huy ...`, `Ban Kinh tế - Ngân sách`); the rest of
 * the lexicon's title (`Tổ chức`) is the committee's name. Null where the name opens with another word (`Trưởng
 * Công an xã X` keeps its title) or is no longer than the title (an event's `Trưởng Ban Tổ chức`).
 */
function committeeHeadTitle(text: string, match: TitleMatch, wordsBefore: number, organization: EntityMention): TitleMention | null {
  const end = match.wordEnds[wordsBefore];
  // `Trưởng Ban Tổ chức` of an event's `Ban Tổ chức` (the name no longer than the title) keeps its words.
  if (end === undefined || end >= match.end || organization.end <= match.end) return null;
  if (!COMMITTEE_WORD.test(text.slice(organization.start, end))) return null;
  return { start: match.start, end, title: text.slice(match.start, end), organization };
}

/**
 * The words before an organization's name that make a title of `Tổng` and the name's first words: `Tổng` of `Tổng
 * Kiểm toán Nhà nước`, `Phó Tổng` of `Phó Tổng Thanh tra Chính phủ`.
 */
const GENERAL_HEAD_ONLY = new Set(['tổng', 'phó tổng']);

/**
 * `Tổng Kiểm toán Nhà nước` where `Kiểm toán Nhà nước` is an organization: the head of the body is `Tổng` and the
 * body's first words (`Tổng Kiểm toán`, a title of the lexicon ending inside the name), held in that body. Null
 * where no shorter title of the lexicon ends inside the organization's name.
 */
function generalHeadOfOrganization(
  text: string,
  tokens: readonly Token[],
  tokenIndex: number,
  match: TitleMatch,
  wordsBeforeOrganization: number,
  organization: EntityMention,
): TitleMention | null {
  for (let words = match.wordEnds.length - 1; words > wordsBeforeOrganization; words -= 1) {
    const shorter = titleAtToken(text, tokens, tokenIndex, match.start, words);
    if (shorter === null || shorter.end !== match.wordEnds[words - 1] || shorter.end > organization.end) continue;
    return { start: match.start, end: shorter.end, title: shorter.text, organization };
  }
  return null;
}

/**
 * A title whose last words are a local body's head with no entity there (`Giám đốc Công an` of `Giám đốc Công an
 * tỉnh Nguyễn Văn An`, `Trưởng Công an xã,`): the post is in that body, which the organizations stage left unnamed
 * (no place after its level). The title stops before the body (`Giám đốc`), a head's title keeps its words
 * (`Trưởng Công an`) with the body as its organization; null where no body starts inside the title.
 */
function localBodyInTitle(
  text: string,
  tokens: readonly Token[],
  tokenIndex: number,
  match: TitleMatch,
  entities: EntityMentions,
): TitleMention | null {
  for (let words = 1; words < match.wordEnds.length; words += 1) {
    const cut = match.wordEnds[words - 1];
    const bodyStart = tokens[tokenIndex + words]?.start;
    if (cut === undefined || bodyStart === undefined || !startsLocalBody(text, bodyStart)) continue;
    const organization = localBodyAt(text, bodyStart, entities);
    if (!organization || organization.end <= match.end) return null;
    if (HEAD_ONLY.has(text.slice(match.start, cut).toLowerCase())) {
      return { start: match.start, end: match.end, title: match.text, organization };
    }
    if (titleAtToken(text, tokens, tokenIndex, match.start, words)?.end !== cut) return null;
    return { start: match.start, end: cut, title: text.slice(match.start, cut) };
  }
  return null;
}
