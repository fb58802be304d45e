// Everything that can hold a post or be the body a post is in, as one sorted list of mentions: organizations and
// people (from their stages) and places (extractors/shared/places.ts). A place inside an organization's name
// (`UBND tỉnh Quảng Ninh`) is part of that name, not a mention of its own.
import type { OrganizationEntity, PersonEntity } from '../../pipeline/document.js';
import type { PlaceMatch } from '../shared/places.js';
import { SpanIndex } from '../people/span-index.js';

export type EntityKind = 'person' | 'organization' | 'place';

export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly kind: EntityKind;
  /** The `people`/`organizations` id, null for a place. */
  readonly ref: string | null;
  /** The entity's full name (an organization's, not the short form written here); a place as written. */
  readonly name: string;
}

/**
 * Organization mentions that run on into a person's name after them end before it; the organization's name is then
 * what is left of the mention when the mention was the name itself.
 */
function cutBeforePeople(
  text: string,
  organizations: readonly EntityMention[],
  people: readonly EntityMention[],
): EntityMention[] {
  const personIndex = new SpanIndex(people);
  return organizations.map((organization) => {
    const person = personIndex.lastOverlapping(organization.start, organization.end);
    if (!person || person.start <= organization.start) return organization;
    const end = text.slice(organization.start, person.start).trimEnd().length + organization.start;
    if (end <= organization.start) return organization;
    const written = text.slice(organization.start, organization.end);
    const name = written === organization.name ? text.slice(organization.start, end) : organization.name;
    return { ...organization, end, name };
  });
}

export class EntityMentions {
  /** Sorted by start; no two overlap. */
  readonly all: readonly EntityMention[];
  private readonly byStart = new Map<number, EntityMention>();

  constructor(
    text: string,
    organizations: readonly OrganizationEntity[],
    people: readonly PersonEntity[],
    places: readonly PlaceMatch[],
  ) {
    const organizationMentions: EntityMention[] = [];
    for (const organization of organizations) {
      for (const mention of organization.mentions) {
        organizationMentions.push({ start: mention.start, end: mention.end, kind: 'organization', ref: organization.id, name: organization.name });
      }
    }
    const personMentions: EntityMention[] = [];
    for (const person of people) {
      for (const mention of person.mentions) {
        personMentions.push({ start: mention.start, end: mention.end, kind: 'person', ref: person.id, name: person.name });
      }
    }
    const placeMentions: EntityMention[] = places.map((place) => ({
      start: place.start, end: place.end, kind: 'place', ref: null, name: text.slice(place.nameStart, place.end),
    }));
    // Organizations first, then people, then places: a mention overlapping one kept before it is dropped. A
    // person's name that an organization's mention ran on into (`Bộ Tài chính Hồ Đức Phớc`) cuts that mention.
    const kept: EntityMention[] = cutBeforePeople(text, organizationMentions, personMentions);
    const organizationIndex = new SpanIndex(kept);
    const keptPeople = personMentions.filter((mention) => !organizationIndex.overlaps(mention.start, mention.end));
    kept.push(...keptPeople);
    const keptIndex = new SpanIndex(kept);
    kept.push(...placeMentions.filter((mention) => !keptIndex.overlaps(mention.start, mention.end)));
    kept.sort((a, b) => a.start - b.start);
    this.all = kept;
    for (const mention of kept) this.byStart.set(mention.start, mention);
  }

  /** The mention that starts exactly at `index`. */
  startingAt(index: number): EntityMention | null {
    return this.byStart.get(index) ?? null;
  }

  /** The mentions that lie within `[start, end)`, in order. */
  within(start: number, end: number): EntityMention[] {
    const first = this.firstStartingAtOrAfter(start);
    const result: EntityMention[] = [];
    for (let index = first; index < this.all.length; index += 1) {
      const mention = this.all[index];
      if (mention === undefined || mention.start >= end) break;
      if (mention.end <= end) result.push(mention);
    }
    return result;
  }

  /** The mention that overlaps `[start, end)`, if any. */
  overlapping(start: number, end: number): EntityMention | null {
    const after = this.firstStartingAtOrAfter(end);
    const candidate = this.all[after - 1];
    return candidate !== undefined && candidate.end > start ? candidate : null;
  }

  private firstStartingAtOrAfter(index: number): number {
    let low = 0;
    let high = this.all.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.all[middle]?.start ?? Infinity) < index) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
