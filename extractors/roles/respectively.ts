// Posts given to several people in order: `Ông A và bà B, lần lượt là Giám đốc và Phó Giám đốc Công ty C` makes
// A the director and B the deputy, both of company C (the organization named once, after the last title).
import type { TextSpan } from '../../pipeline/document.js';
import type { EntityMention, EntityMentions } from './entity-mentions.js';
import type { TitleMention } from './title-mentions.js';

export interface RespectivePost {
  readonly title: TitleMention;
  organizations: readonly EntityMention[];
  readonly end: number;
  holder: EntityMention | null;
}

/** `lần lượt là` / `lần lượt giữ chức` right before the first title. */
const RESPECTIVELY_BEFORE = /[ \t]*,?[ \t]*lần lượt(?:[ \t]+(?:là|giữ chức|giữ các chức vụ|giữ các chức))?[ \t]+$/u;
/** Between two listed titles: `và`, a comma. */
const TITLE_LIST_LINK = /^[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)$/u;
/** Between two listed people: `và`, `cùng`, a comma, with a word of address. */
const PERSON_LIST_LINK = /^[ \t]*(?:,|và|cùng|, và)[ \t]*(?:(?:ông|bà|anh|chị)[ \t]+)?$/u;
const CUE_WINDOW = 30;

/**
 * Gives each listed title its person when a `lần lượt là` list has as many titles as people before it; titles
 * with no organization of their own take the last one's.
 */
export function assignRespectively(
  text: string,
  posts: readonly RespectivePost[],
  sentenceOf: (index: number) => TextSpan,
  entities: EntityMentions,
): void {
  for (let first = 0; first < posts.length; first += 1) {
    const head = posts[first];
    if (!head) continue;
    const cue = RESPECTIVELY_BEFORE.exec(text.slice(Math.max(0, head.title.start - CUE_WINDOW), head.title.start));
    if (!cue) continue;
    const listed: RespectivePost[] = [head];
    for (let next = first + 1; next < posts.length; next += 1) {
      const previous = listed[listed.length - 1];
      const post = posts[next];
      if (!previous || !post || !TITLE_LIST_LINK.test(text.slice(previous.end, post.title.start))) break;
      listed.push(post);
    }
    const cueStart = head.title.start - cue[0].length;
    const people = listedPeopleBefore(text, cueStart, sentenceOf(head.title.start), entities);
    if (listed.length < 2 || people.length !== listed.length) continue;
    const shared = listed[listed.length - 1]?.organizations ?? [];
    listed.forEach((post, index) => {
      post.holder = people[index] ?? null;
      if (post.organizations.length === 0) post.organizations = shared;
    });
    first += listed.length - 1;
  }
}

/** The people listed right before `end` in the sentence (`A và B`, `A, B và C`), in order. */
function listedPeopleBefore(text: string, end: number, sentence: TextSpan, entities: EntityMentions): EntityMention[] {
  const mentions = entities.within(sentence.start, end);
  const people: EntityMention[] = [];
  let boundary = end;
  for (let index = mentions.length - 1; index >= 0; index -= 1) {
    const mention = mentions[index];
    if (!mention || mention.kind !== 'person') break;
    const gap = text.slice(mention.end, boundary);
    if (people.length === 0 ? gap.trim() !== '' : !PERSON_LIST_LINK.test(gap)) break;
    people.unshift(mention);
    boundary = mention.start;
  }
  return people;
}

/** A count right before a title (`2 phó giám đốc`, `hai phó chủ tịch`): the title names several posts. */
const COUNT_BEFORE_TITLE = /(?:^|[^\p{L}\p{M}\p{N}])(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+$/u;
/** Between a title and its first holder: `là` and maybe a word of address (`2 phó giám đốc là ông X`). */
const THEN_FIRST_HOLDER = /^[ \t]*(?:,[ \t]*)?là[ \t]+(?:(?:ông|bà|anh|chị)[ \t]+)?$/u;
/** Between two holders listed after such a title: a comma or `và`, then maybe a word of address. */
const NEXT_LISTED_HOLDER = /[ \t]*(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+)(?:(?:ông|bà|anh|chị)[ \t]+)?/uy;
/** Most people listed after a counted title. */
const MAX_LISTED_HOLDERS = 10;
/** How far before a title its count is looked for. */
const COUNT_WINDOW = 12;

/**
 * `Bảo tàng có 2 phó giám đốc là ông A và bà B`: a title in lower case after a count, its first holder named after
 * `là`; the other people listed after that one (commas, `và`) hold the same post. Those people, in order; none where
 * the title has no count before it or its holder is not named right after `là`.
 */
export function otherHoldersOfCountedTitle(text: string, titleStart: number, titleEnd: number, holder: EntityMention, entities: EntityMentions): EntityMention[] {
  const first = text.charAt(titleStart);
  if (first === '' || first !== first.toLowerCase()) return [];
  if (!COUNT_BEFORE_TITLE.test(text.slice(Math.max(0, titleStart - COUNT_WINDOW), titleStart))) return [];
  if (holder.start < titleEnd || !THEN_FIRST_HOLDER.test(text.slice(titleEnd, holder.start))) return [];
  const others: EntityMention[] = [];
  let end = holder.end;
  while (others.length < MAX_LISTED_HOLDERS) {
    NEXT_LISTED_HOLDER.lastIndex = end;
    const link = NEXT_LISTED_HOLDER.exec(text);
    if (!link || link[0].length === 0) break;
    const next = entities.startingAt(end + link[0].length);
    if (next?.kind !== 'person') break;
    others.push(next);
    end = next.end;
  }
  return others;
}

/**
 * A plural determiner or a count right before a title (`các Phó Chủ tịch`, `ba Phó Bí thư`, `31 ủy viên`), maybe with
 * the polite classifier of people `vị` between (`79 vị Ủy viên`, `các vị Phó Chủ tịch`): several hold it. Not `năm`
 * (five, and a year: `trong năm Chủ tịch UBND tỉnh đã ký`).
 */
export const SEVERAL_BEFORE_TITLE = /(?:^|[^\p{L}\p{M}\p{N}])(?:[Cc]ác|[Nn]hững|\d{1,3}|hai|ba|bốn|sáu|bảy|tám|chín|mười)[ \t]+(?:vị[ \t]+)?$/u;
/** `gồm` (made up of), maybe `có`, and a colon after the title and its body: the list of its holders opens. */
const HOLDERS_LIST_OPENING = /[ \t]+gồm(?:[ \t]+có)?[ \t]*:?[ \t]*/uy;
/** Before a listed person: at most two words of address, rank or degree (`bà `, `Thiếu tướng `, `PGS.TS `). */
const LISTED_PERSON_OPENER = /^(?:[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*[ \t]+){0,2}$/u;
/**
 * Between one listed person and the next: their own post set in commas (no stop, colon or line's end), then a
 * semicolon, a comma or `và`, and maybe words of address, rank or degree.
 */
const NEXT_LISTED_PERSON = /^(?:[^.:\n]|\.(?=\S))*(?:;|,|[ \t]và)[ \t]+(?:[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*[ \t]+){0,2}$/u;
/** The most characters between two listed people: a person's own post and body. */
const MAX_BETWEEN_LISTED_PEOPLE = 160;

/**
 * `Các Phó Chủ tịch gồm: ông A, Giám đốc X; bà B và ông C`, `ba Phó Bí thư Tỉnh ủy gồm: ...`: a title several hold
 * (a plural or a count before it) followed by `gồm` and a list of people, each maybe with a post of their own after
 * a comma, is held by every person listed. Those people, in order; none where the title is not plural or counted,
 * `gồm` does not follow it, or fewer than two people are listed.
 */
export function holdersListedAfterTitle(text: string, titleStart: number, postEnd: number, sentenceEnd: number, entities: EntityMentions): EntityMention[] {
  if (!SEVERAL_BEFORE_TITLE.test(text.slice(Math.max(0, titleStart - COUNT_WINDOW), titleStart))) return [];
  HOLDERS_LIST_OPENING.lastIndex = postEnd;
  if (!HOLDERS_LIST_OPENING.exec(text)) return [];
  const listStart = HOLDERS_LIST_OPENING.lastIndex;
  const people: EntityMention[] = [];
  let end = listStart;
  for (const mention of entities.within(listStart, sentenceEnd)) {
    if (mention.kind !== 'person') continue;
    const gap = text.slice(end, mention.start);
    const listed = people.length === 0 ? LISTED_PERSON_OPENER.test(gap) : gap.length <= MAX_BETWEEN_LISTED_PEOPLE && NEXT_LISTED_PERSON.test(gap);
    if (!listed) {
      if (people.length === 0) return [];
      break;
    }
    people.push(mention);
    end = mention.end;
    if (people.length >= MAX_LISTED_HOLDERS) break;
  }
  return people.length >= 2 ? people : [];
}
