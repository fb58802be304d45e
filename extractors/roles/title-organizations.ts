// The organizations a title is a post in, written right after it: `Phó Tổng cục trưởng Tổng cục ...`,
// `Chủ tịch của APO`, `Chủ tịch của cả ASEAN và APO`, `Tổng thư ký ASEAN và APO` (coordination gives one post per
// organization), `Thủ tướng Nhật Bản` (a country).
import type { EntityMention, EntityMentions } from './entity-mentions.js';

/** Between a title and its organization: a space, or `của` / `của cả`. */
const BEFORE_ORGANIZATION = /[ \t]+(?:của[ \t]+(?:cả[ \t]+)?)?/uy;
/** Between two coordinated organizations: `và`, `cùng`, a comma, `, và`. */
const COORDINATION = /[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+(?:và|cùng|&)[ \t]+/uy;

export interface TitleOrganizations {
  readonly organizations: readonly EntityMention[];
  /** Where the last organization ends; the title's end when there is none. */
  readonly end: number;
}

export function organizationsAfterTitle(text: string, titleEnd: number, entities: EntityMentions): TitleOrganizations {
  BEFORE_ORGANIZATION.lastIndex = titleEnd;
  const gap = BEFORE_ORGANIZATION.exec(text);
  if (!gap) return { organizations: [], end: titleEnd };
  const first = entities.startingAt(titleEnd + gap[0].length);
  if (!first || first.kind === 'person') return { organizations: [], end: titleEnd };
  const organizations: EntityMention[] = [first];
  if (first.kind === 'organization') organizations.push(...coordinatedAfter(text, first, entities));
  return { organizations, end: organizations[organizations.length - 1]?.end ?? titleEnd };
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
