// Titles of posts in the text (`Phó Tổng cục trưởng`, `Tổng thư ký`, `Thứ trưởng`), from the lexicon. A title
// inside an organization's name (`Ban thư ký ASEAN`, `Văn phòng Chủ tịch nước`) is no title; a title whose last
// words begin an organization's name (`Thủ tướng Chính phủ`, `Chủ tịch UBND tỉnh ...`) stops where the name starts.
import { mayStartTitle, titleAt } from './lexicon.js';
import type { EntityMention, EntityMentions } from './entity-mentions.js';

export interface TitleMention {
  readonly start: number;
  readonly end: number;
  /** The title as written. */
  readonly title: string;
  /** The organization the title runs into (`Trưởng Công an xã ...`, `Trưởng Ban Tuyên giáo ...`), if any. */
  readonly organization?: EntityMention;
}

/** A head's word left alone when a title is cut before the organization it runs into. */
const HEAD_ONLY = new Set(['trưởng', 'phó trưởng']);

const WORD = /[\p{L}\p{M}]+/gu;

export function findTitleMentions(text: string, entities: EntityMentions): TitleMention[] {
  const found: TitleMention[] = [];
  let after = 0;
  for (const word of text.matchAll(WORD)) {
    if (word.index < after || !mayStartTitle(word[0])) continue;
    const match = titleAt(text, word.index);
    if (!match) continue;
    let end = match.end;
    const overlapping = entities.overlapping(match.start, match.end);
    if (overlapping && (overlapping.kind === 'organization' || overlapping.kind === 'person')) {
      if (overlapping.start <= match.start) continue;
      // The organization's name starts inside the title: the title ends at the word before it.
      const cut = [...match.wordEnds].reverse().find((wordEnd) => wordEnd < overlapping.start);
      if (cut !== undefined && HEAD_ONLY.has(text.slice(match.start, cut).toLowerCase()) && overlapping.kind === 'organization') {
        // `Trưởng Công an xã X`, `Trưởng Ban Tuyên giáo Trung ương`: the head of the organization the title runs
        // into; the title stays as the lexicon has it (`Trưởng Công an`, `Trưởng Ban Tuyên giáo`).
        found.push({ start: match.start, end: match.end, title: match.text, organization: overlapping });
        after = overlapping.end;
        continue;
      }
      if (cut === undefined || titleAt(text.slice(match.start, cut), 0)?.end !== cut - match.start) continue;
      end = cut;
    }
    found.push({ start: match.start, end, title: text.slice(match.start, end) });
    after = end;
  }
  return found;
}
