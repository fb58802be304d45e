// Everything that can hold a post or be the body a post is in, as one sorted list of mentions: organizations and
// people (from their stages) and places (extractors/shared/places.ts). A place inside an organization's name
// (`UBND tỉnh Quảng Ninh`) is part of that name, not a mention of its own.
import { firstStartingAtOrAfter, type OrganizationEntity, type PersonEntity } from '../../pipeline/document.js';
import type { PlaceMatch } from '../shared/places.js';
import { SortedSpans, sortStably } from '../shared/sorted-spans.js';

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
 * An organization mention that runs on into a person's name after it ends before the name; the organization's
 * name is then what is left of the mention when the mention was the name itself.
 */
function cutBeforePerson(text: string, organization: EntityMention, people: SortedSpans<EntityMention>, firstMentions: ReadonlySet<number>): EntityMention {
  const person = people.lastOverlapping(organization.start, organization.end);
  if (!person || person.start <= organization.start) return organization;
  // A name said again that the organization's name ends with is its own: an office named for its owner
  // (`Luật sư Trương Anh Tú, Trưởng Văn phòng Luật sư Trương Anh Tú`).
  if (!firstMentions.has(person.start) && person.end === organization.end) return organization;
  const end = text.slice(organization.start, person.start).trimEnd().length + organization.start;
  if (end <= organization.start) return organization;
  const written = text.slice(organization.start, organization.end);
  const name = written === organization.name ? text.slice(organization.start, end) : organization.name;
  return { ...organization, end, name };
}

/** Module-level, not an arrow per article: V8 keeps a closure's optimized code only weakly. */
function byStart(a: EntityMention, b: EntityMention): number {
  return a.start - b.start;
}

/**
 * The mentions of three lists, each sorted by start, in one list sorted by start; at one start, `first`'s before
 * `second`'s before `third`'s. Written over a copy of the three (made at its size), with no sort.
 */
function mergedByStart(
  first: readonly EntityMention[],
  second: readonly EntityMention[],
  third: readonly EntityMention[],
): EntityMention[] {
  const merged = first.concat(second, third);
  let a = 0;
  let b = 0;
  let c = 0;
  for (let index = 0; index < merged.length; index += 1) {
    // Indexes checked: a read past an array's end deoptimizes V8's optimized code on first sight.
    const fromFirst = a < first.length ? first[a] : undefined;
    const fromSecond = b < second.length ? second[b] : undefined;
    const fromThird = c < third.length ? third[c] : undefined;
    let next: EntityMention | undefined = fromFirst;
    if (fromSecond !== undefined && (next === undefined || fromSecond.start < next.start)) next = fromSecond;
    if (fromThird !== undefined && (next === undefined || fromThird.start < next.start)) next = fromThird;
    if (next === undefined) break;
    if (next === fromFirst) a += 1;
    else if (next === fromSecond) b += 1;
    else c += 1;
    merged[index] = next;
  }
  return merged;
}

export class EntityMentions {
  /** Sorted by start; no two overlap. */
  readonly all: readonly EntityMention[];

  constructor(
    text: string,
    organizations: readonly OrganizationEntity[],
    people: readonly PersonEntity[],
    places: readonly PlaceMatch[],
  ) {
    const personMentions: EntityMention[] = [];
    const firstMentions = new Set<number>();
    for (const person of people) {
      const first = person.mentions[0];
      if (first) firstMentions.add(first.start);
      for (const mention of person.mentions) {
        personMentions.push({ start: mention.start, end: mention.end, kind: 'person', ref: person.id, name: person.name });
      }
    }
    const allPeople = new SortedSpans(personMentions);
    // Organizations first, then people, then places: a mention overlapping one kept before it is dropped. A
    // person's name that an organization's mention ran on into (`Bộ Tài chính Hồ Đức Phớc`) cuts that mention.
    const organizationMentions: EntityMention[] = [];
    for (const organization of organizations) {
      for (const mention of organization.mentions) {
        const written: EntityMention = { start: mention.start, end: mention.end, kind: 'organization', ref: organization.id, name: organization.name };
        organizationMentions.push(cutBeforePerson(text, written, allPeople, firstMentions));
      }
    }
    const keptOrganizations = new SortedSpans(organizationMentions);
    const peopleOutsideOrganizations: EntityMention[] = [];
    for (const mention of allPeople.spans) if (!keptOrganizations.overlaps(mention.start, mention.end)) peopleOutsideOrganizations.push(mention);
    const keptPeople = new SortedSpans(peopleOutsideOrganizations);
    const keptPlaces: EntityMention[] = [];
    for (const place of places) {
      if (keptOrganizations.overlaps(place.start, place.end) || keptPeople.overlaps(place.start, place.end)) continue;
      keptPlaces.push({ start: place.start, end: place.end, kind: 'place', ref: null, name: text.slice(place.nameStart, place.end) });
    }
    // At one start, an organization's mention comes before a person's, a person's before a place's: what a stable
    // sort of the three lists one after the other gives, merged from the three sorted lists.
    this.all = mergedByStart(keptOrganizations.spans, keptPeople.spans, sortStably(keptPlaces, byStart));
  }

  /** The mention that starts exactly at `index` (the last one listed, should two start there). */
  startingAt(index: number): EntityMention | null {
    const mention = this.all[this.firstStartingAtOrAfter(index + 1) - 1];
    return mention?.start === index ? mention : null;
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

  /**
   * What `within(start, end)` lists last but `skip` (0: the last, 1: the one before), read back from `end` with no
   * array made; null when it lists fewer.
   */
  lastWithin(start: number, end: number, skip = 0): EntityMention | null {
    let skipped = 0;
    for (let index = this.firstStartingAtOrAfter(end) - 1; index >= 0; index -= 1) {
      const mention = this.all[index];
      if (mention === undefined || mention.start < start) break;
      if (mention.end > end) continue;
      if (skipped === skip) return mention;
      skipped += 1;
    }
    return null;
  }

  /** The mention that overlaps `[start, end)`, if any. */
  overlapping(start: number, end: number): EntityMention | null {
    const after = this.firstStartingAtOrAfter(end);
    const candidate = this.all[after - 1];
    return candidate !== undefined && candidate.end > start ? candidate : null;
  }

  private firstStartingAtOrAfter(index: number): number {
    return firstStartingAtOrAfter(this.all, index);
  }
}
