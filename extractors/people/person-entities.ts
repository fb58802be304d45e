// From name candidates to people: one entity per person, all its mentions. Full names group by their folded
// form (with or without diacritics: `Nguyen Nam` and `Nguyễn Nam` are one person); a short reference (`ông Hiệp`,
// `bà Minh Hiệp`) joins the nearest person before it whose name ends with it; a name that needs confirmation
// counts only when the same person is found elsewhere. Ids in order of first mention.
import type { PersonEntity, TextSpan } from '../../pipeline/document.js';
import { sortStably } from '../shared/sorted-spans.js';
import { asciiFoldKey } from '../shared/vietnamese.js';
import type { NameCandidate } from './name-candidate.js';

/** Rules in order of trust: when two candidates overlap, the earlier rule's span is kept. */
const RULE_ORDER = ['metadata-author', 'byline', 'signature', 'family-name', 'academic-title', 'honorific', 'post-title'];

function ruleRank(rule: string): number {
  const rank = RULE_ORDER.indexOf(rule);
  return rank < 0 ? RULE_ORDER.length : rank;
}

// The orders below are module-level functions, not arrows made per call: V8 keeps a closure's optimized code only
// weakly.

function byStart(a: TextSpan, b: TextSpan): number {
  return a.start - b.start;
}

function byStartThenEnd(a: TextSpan, b: TextSpan): number {
  return a.start - b.start || a.end - b.end;
}

/** The longer first, then the more trusted rule, then the earlier. */
function byLengthThenTrust(a: NameCandidate, b: NameCandidate): number {
  return (b.end - b.start) - (a.end - a.start) || ruleRank(a.rule) - ruleRank(b.rule) || a.start - b.start;
}

function byFirstMention(a: PersonDraft, b: PersonDraft): number {
  return a.first - b.first;
}

function overlapsAny(spans: readonly TextSpan[], span: TextSpan): boolean {
  for (const other of spans) if (other.start < span.end && span.start < other.end) return true;
  return false;
}

/**
 * Keeps one candidate per stretch of text: the longer, then the more trusted. Candidates are settled cluster by
 * cluster (a cluster: candidates chained by overlaps), which gives what one pass over all of them would, in
 * linear time when clusters are small. Sorts `candidates` (the caller's own array) by start.
 */
function withoutOverlaps(candidates: NameCandidate[]): NameCandidate[] {
  sortStably(candidates, byStartThenEnd);
  const kept: NameCandidate[] = [];
  let clusterStart = 0;
  let clusterEnd = -1;
  for (let index = 0; index < candidates.length; index += 1) {
    const candidate = candidates[index] as NameCandidate;
    if (candidate.start >= clusterEnd && index > clusterStart) {
      settleCluster(candidates, clusterStart, index, kept);
      clusterStart = index;
    }
    clusterEnd = Math.max(clusterEnd, candidate.end);
  }
  settleCluster(candidates, clusterStart, candidates.length, kept);
  return kept;
}

/** Adds to `kept`, in order of start, what survives of the cluster `candidates[from, to)`. */
function settleCluster(candidates: readonly NameCandidate[], from: number, to: number, kept: NameCandidate[]): void {
  if (to - from < 2) {
    if (to > from) kept.push(candidates[from] as NameCandidate);
    return;
  }
  const ordered = sortStably(candidates.slice(from, to), byLengthThenTrust);
  const settled: NameCandidate[] = [];
  for (const candidate of ordered) {
    if (!overlapsAny(settled, candidate)) settled.push(candidate);
  }
  // What a cluster keeps does not overlap: no two start together, and the order by start is the only one.
  sortStably(settled, byStart);
  for (const candidate of settled) kept.push(candidate);
}

interface PersonDraft {
  /** The folded name: words one space apart. */
  readonly key: string;
  name: string;
  readonly mentions: TextSpan[];
  /** Where the first mention starts, once the mentions are all in. */
  first: number;
}

/** True when the folded name `key` has more words than `tail` and ends with its words: `ha minh hiep`, `minh hiep`. */
function endsWithName(key: string, tail: string): boolean {
  return key.length > tail.length && key.endsWith(tail) && key.charCodeAt(key.length - tail.length - 1) === 0x20;
}

/**
 * True when the folded two-word name `short` is the family name and the given name of the longer name `key` without
 * its middle names (`nong toan` of `nong van toan`), as a photo credit or a byline shortens a name. A name of two
 * words only: one word alone is too often someone else's.
 */
function dropsMiddleName(key: string, short: string): boolean {
  const space = short.indexOf(' ');
  if (space <= 0 || short.indexOf(' ', space + 1) >= 0) return false;
  const family = short.slice(0, space + 1);
  const given = short.slice(space);
  // longer than the two words with their space: a middle name stands between them
  return key.length > short.length + 1 && key.startsWith(family) && key.endsWith(given);
}

/**
 * True when the folded one-word name `short` is the given name of the Central Highlands name `key`: the word after
 * the prefix `Y` of an Ê Đê or M'nông man's name, before the family name (`ông Thuk` for `Y Thuk Mlô`). Not the
 * family name (`Mlô`, shared by a family), nor a name of two words (`y thuk`).
 */
function isHighlandGivenName(key: string, short: string): boolean {
  if (!key.startsWith('y ') || short.length === 0 || short.includes(' ')) return false;
  return key.startsWith(short, 2) && key.charCodeAt(2 + short.length) === 0x20;
}

/**
 * True when the folded two-word name `short` is the prefix `Y` and the given name that open the longer Central
 * Highlands name `key`, without its family name (`ông Y Khăm` for `Y Khăm Êban`, `Y Blin` for `Y Blin Niê Kdăm`): an Ê
 * Đê or M'nông man is called so. Not a name that goes on past the given name in other words (`y blin` is no part of
 * `y thuk blin`).
 */
function dropsHighlandFamilyName(key: string, short: string): boolean {
  if (!short.startsWith('y ') || !key.startsWith(short) || key.charCodeAt(short.length) !== 0x20) return false;
  return short.indexOf(' ', 2) < 0;
}

/**
 * True when the folded one-word name `short` is the family name of the romanized Korean name `key`, written family
 * name first and given name joined by a hyphen (`ông Park` for `Park Jun-ho`, `HLV Kim` for `Kim Sang-sik`): such a
 * person is called by the family name. Not a name of other shape (`Nguyễn Văn An` is never `ông Nguyễn`).
 */
function isHyphenatedNameFamily(key: string, short: string): boolean {
  if (short.length === 0 || short.includes(' ') || !key.startsWith(short) || key.charCodeAt(short.length) !== 0x20) return false;
  const given = key.slice(short.length + 1);
  const hyphen = given.indexOf('-');
  return hyphen > 0 && hyphen < given.length - 1 && !given.includes(' ');
}

/**
 * The folded name, each name folded once (kept in `foldedNames`): a person's name is written the same way again and
 * again. Module-level, not an arrow per article: V8 keeps a closure's optimized code only weakly.
 */
function foldedName(foldedNames: Map<string, string>, name: string): string {
  let key = foldedNames.get(name);
  if (key === undefined) {
    key = asciiFoldKey(name);
    foldedNames.set(name, key);
  }
  return key;
}

/** Builds the people from the candidates, which it sorts (the caller's own array). */
export function buildPersonEntities(candidates: NameCandidate[]): PersonEntity[] {
  const kept = withoutOverlaps(candidates);
  const foldedNames = new Map<string, string>();
  const fullCounts = new Map<string, number>();
  for (const candidate of kept) {
    if (candidate.short) continue;
    const key = foldedName(foldedNames, candidate.name);
    fullCounts.set(key, (fullCounts.get(key) ?? 0) + 1);
  }

  const drafts = new Map<string, PersonDraft>();
  for (const candidate of kept) {
    if (candidate.short) continue;
    const key = foldedName(foldedNames, candidate.name);
    if (candidate.needsConfirmation && (fullCounts.get(key) ?? 0) < 2) continue;
    const draft = drafts.get(key);
    if (draft) draft.mentions.push({ start: candidate.start, end: candidate.end });
    else drafts.set(key, { key, name: candidate.name, mentions: [{ start: candidate.start, end: candidate.end }], first: 0 });
  }

  // Multi-word names that are the tail of a longer name join it (`Minh Hiệp` after `Hà Minh Hiệp`), and so do a
  // family and a given name without the middle ones (`Ảnh: Nông Toản` of the byline's `Nông Văn Toản`) and a Central
  // Highlands man's name without its family name (`ông Y Khăm` of `Y Khăm Êban`): when exactly one
  // name of those found in full (a name that joined another still counts, and still takes mentions) ends with it.
  const fullDrafts = [...drafts.values()];
  for (const draft of fullDrafts) {
    let longer: PersonDraft | null = null;
    let longerCount = 0;
    for (const other of fullDrafts) {
      if (other === draft || !(endsWithName(other.key, draft.key) || dropsMiddleName(other.key, draft.key) || dropsHighlandFamilyName(other.key, draft.key))) continue;
      longer = other;
      longerCount += 1;
    }
    if (longerCount !== 1 || longer === null) continue;
    for (const mention of draft.mentions) longer.mentions.push(mention);
    drafts.delete(draft.key);
  }

  for (const candidate of kept) {
    if (!candidate.short) continue;
    const key = foldedName(foldedNames, candidate.name);
    const holder = nearestHolder(drafts, key, candidate.start);
    if (holder) {
      holder.mentions.push({ start: candidate.start, end: candidate.end });
      continue;
    }
    const draft = drafts.get(key);
    if (draft) draft.mentions.push({ start: candidate.start, end: candidate.end });
    else drafts.set(key, { key, name: candidate.name, mentions: [{ start: candidate.start, end: candidate.end }], first: 0 });
  }

  const ordered = [...drafts.values()];
  for (const draft of ordered) {
    let first = Infinity;
    for (const mention of draft.mentions) first = Math.min(first, mention.start);
    draft.first = first;
  }
  sortStably(ordered, byFirstMention);
  return ordered.map((draft, index) => ({
    id: `person-${index + 1}`,
    name: draft.name,
    mentions: sortStably(draft.mentions, byStartThenEnd),
  }));
}

/**
 * Of the people whose name ends with the short name `key` and is longer, the one with the nearest mention before
 * `index`; else the first one mentioned after it; null when there is none.
 */
function nearestHolder(drafts: ReadonlyMap<string, PersonDraft>, key: string, index: number): PersonDraft | null {
  let before: PersonDraft | null = null;
  let beforeStart = -1;
  let firstMentioned: PersonDraft | null = null;
  let firstStart = Infinity;
  for (const person of drafts.values()) {
    if (!endsWithName(person.key, key) && !isHighlandGivenName(person.key, key) && !dropsHighlandFamilyName(person.key, key) && !isHyphenatedNameFamily(person.key, key)) continue;
    for (const mention of person.mentions) {
      if (mention.start < index && mention.start > beforeStart) {
        before = person;
        beforeStart = mention.start;
      }
      if (mention.start < firstStart) {
        firstMentioned = person;
        firstStart = mention.start;
      }
    }
  }
  return before ?? firstMentioned;
}
