// From name candidates to people: one entity per person, all its mentions. Full names group by their folded
// form (with or without diacritics: `Nguyen Nam` and `Nguyễn Nam` are one person); a short reference (`ông Hiệp`,
// `bà Minh Hiệp`) joins the nearest person before it whose name ends with it; a name that needs confirmation
// counts only when the same person is found elsewhere. Ids in order of first mention.
import type { PersonEntity, TextSpan } from '../../pipeline/document.js';
import { asciiFoldKey } from '../shared/vietnamese.js';
import type { NameCandidate } from './name-candidate.js';

/** Rules in order of trust: when two candidates overlap, the earlier rule's span is kept. */
const RULE_ORDER = ['metadata-author', 'byline', 'signature', 'family-name', 'academic-title', 'honorific', 'post-title'];

function ruleRank(rule: string): number {
  const rank = RULE_ORDER.indexOf(rule);
  return rank < 0 ? RULE_ORDER.length : rank;
}

/**
 * Keeps one candidate per stretch of text: the longer, then the more trusted. Candidates are settled cluster by
 * cluster (a cluster: candidates chained by overlaps), which gives what one pass over all of them would, in
 * linear time when clusters are small.
 */
function withoutOverlaps(candidates: readonly NameCandidate[]): NameCandidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: NameCandidate[] = [];
  let cluster: NameCandidate[] = [];
  let clusterEnd = -1;
  for (const candidate of byStart) {
    if (candidate.start >= clusterEnd && cluster.length > 0) {
      kept.push(...settleCluster(cluster));
      cluster = [];
    }
    cluster.push(candidate);
    clusterEnd = Math.max(clusterEnd, candidate.end);
  }
  kept.push(...settleCluster(cluster));
  return kept.sort((a, b) => a.start - b.start);
}

function settleCluster(cluster: readonly NameCandidate[]): NameCandidate[] {
  if (cluster.length < 2) return [...cluster];
  const ordered = [...cluster].sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || ruleRank(a.rule) - ruleRank(b.rule) || a.start - b.start,
  );
  const kept: NameCandidate[] = [];
  for (const candidate of ordered) {
    if (kept.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
    kept.push(candidate);
  }
  return kept;
}

interface PersonDraft {
  readonly key: string;
  readonly words: readonly string[];
  name: string;
  readonly mentions: TextSpan[];
}

export function buildPersonEntities(candidates: readonly NameCandidate[]): PersonEntity[] {
  const kept = withoutOverlaps(candidates);
  // Each name folded once: a person's name is written the same way again and again.
  const foldedNames = new Map<string, string>();
  const foldedName = (name: string): string => {
    let key = foldedNames.get(name);
    if (key === undefined) {
      key = asciiFoldKey(name);
      foldedNames.set(name, key);
    }
    return key;
  };
  const fullCounts = new Map<string, number>();
  for (const candidate of kept) {
    if (candidate.short) continue;
    const key = foldedName(candidate.name);
    fullCounts.set(key, (fullCounts.get(key) ?? 0) + 1);
  }

  const drafts = new Map<string, PersonDraft>();
  const pendingShort: NameCandidate[] = [];
  for (const candidate of kept) {
    if (candidate.short) {
      pendingShort.push(candidate);
      continue;
    }
    const key = foldedName(candidate.name);
    if (candidate.needsConfirmation && (fullCounts.get(key) ?? 0) < 2) continue;
    const draft = drafts.get(key);
    if (draft) draft.mentions.push({ start: candidate.start, end: candidate.end });
    else drafts.set(key, { key, words: key.split(' '), name: candidate.name, mentions: [{ start: candidate.start, end: candidate.end }] });
  }

  // Multi-word names that are the tail of a longer name join it (`Minh Hiệp` after `Hà Minh Hiệp`).
  const fullDrafts = [...drafts.values()];
  for (const draft of fullDrafts) {
    const longer = fullDrafts.filter((other) => other !== draft && endsWithWords(other.words, draft.words));
    if (longer.length !== 1 || longer[0] === undefined) continue;
    longer[0].mentions.push(...draft.mentions);
    drafts.delete(draft.key);
  }

  for (const candidate of pendingShort) {
    const key = foldedName(candidate.name);
    const words = key.split(' ');
    const holders = [...drafts.values()].filter((draft) => draft.words.length > words.length && endsWithWords(draft.words, words));
    const holder = nearestBefore(holders, candidate.start);
    if (holder) {
      holder.mentions.push({ start: candidate.start, end: candidate.end });
      continue;
    }
    const draft = drafts.get(key);
    if (draft) draft.mentions.push({ start: candidate.start, end: candidate.end });
    else drafts.set(key, { key, words, name: candidate.name, mentions: [{ start: candidate.start, end: candidate.end }] });
  }

  const ordered = [...drafts.values()]
    .map((draft) => ({ draft, first: Math.min(...draft.mentions.map((mention) => mention.start)) }))
    .sort((a, b) => a.first - b.first);
  return ordered.map(({ draft }, index) => ({
    id: `person-${index + 1}`,
    name: draft.name,
    mentions: [...draft.mentions].sort((a, b) => a.start - b.start || a.end - b.end),
  }));
}

function endsWithWords(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length >= words.length) return false;
  const offset = words.length - tail.length;
  return tail.every((word, index) => words[offset + index] === word);
}

/** The person whose nearest mention before `index` is closest; else the first one mentioned after. */
function nearestBefore(people: readonly PersonDraft[], index: number): PersonDraft | null {
  let best: PersonDraft | null = null;
  let bestStart = -1;
  for (const person of people) {
    for (const mention of person.mentions) {
      if (mention.start < index && mention.start > bestStart) {
        best = person;
        bestStart = mention.start;
      }
    }
  }
  if (best) return best;
  let firstAfter = Infinity;
  for (const person of people) {
    for (const mention of person.mentions) {
      if (mention.start < firstAfter) {
        best = person;
        firstAfter = mention.start;
      }
    }
  }
  return best;
}
