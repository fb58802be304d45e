// Organizations, people, roles and acronyms: matched one to one by name (NFC, case, spacing and tone placement
// folded), never by position. Predictions that match only an optional gold item are not counted.
import { foldKey } from '../../extractors/shared/vietnamese.js';
import type { AcronymRecord, OrganizationRecord, PersonRecord, RoleRecord } from '../schema.js';
import { maximumMatching, type FieldScore, type Finding } from './counts.js';
import type { GoldAcronym, GoldOrganization, GoldPerson, GoldRole } from './gold-file.js';

function keysOf(...names: readonly (string | null | undefined)[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) if (name) keys.add(foldKey(name));
  return keys;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

interface KeyedScoring<P, G> {
  readonly predicted: readonly P[];
  readonly gold: readonly G[];
  readonly optional: readonly G[];
  readonly matches: (predicted: P, gold: G) => boolean;
  readonly describePredicted: (predicted: P) => string;
  readonly describeGold: (gold: G) => string;
}

/** The first item of each key, in order. */
function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function scoreOneToOne<P, G>(scoring: KeyedScoring<P, G>): FieldScore {
  const { predicted, gold, optional } = scoring;
  const match = maximumMatching(gold.length, predicted.length, (g, p) => scoring.matches(predicted[p]!, gold[g]!));
  const matched = new Uint8Array(predicted.length);
  const findings: Finding[] = [];
  let tp = 0;
  gold.forEach((item, g) => {
    const p = match[g] ?? -1;
    if (p >= 0) {
      tp += 1;
      matched[p] = 1;
    } else {
      findings.push({ kind: 'miss', detail: scoring.describeGold(item) });
    }
  });
  let fp = 0;
  predicted.forEach((item, p) => {
    if (matched[p] === 1) return;
    if (optional.some((extra) => scoring.matches(item, extra))) return;
    fp += 1;
    findings.push({ kind: 'extra', detail: scoring.describePredicted(item) });
  });
  return { counts: { tp, fp, fn: gold.length - tp }, predicted: predicted.length, findings };
}

const goldOrganizationKeys = (gold: GoldOrganization) => keysOf(gold.name, gold.acronym, ...(gold.aliases ?? []));
const goldPersonKeys = (gold: GoldPerson) => keysOf(gold.name, ...(gold.aliases ?? []));

export function scoreOrganizations(
  predicted: readonly OrganizationRecord[],
  gold: readonly GoldOrganization[],
  optional: readonly GoldOrganization[],
): FieldScore {
  return scoreOneToOne({
    predicted, gold, optional,
    matches: (p, g) => intersects(keysOf(p.name, p.acronym), goldOrganizationKeys(g)),
    describePredicted: (p) => `${p.name}${p.acronym ? ` (${p.acronym})` : ''}`,
    describeGold: (g) => `${g.name}${g.acronym ? ` (${g.acronym})` : ''}`,
  });
}

export function scorePeople(
  predicted: readonly PersonRecord[],
  gold: readonly GoldPerson[],
  optional: readonly GoldPerson[],
): FieldScore {
  return scoreOneToOne({
    predicted, gold, optional,
    matches: (p, g) => goldPersonKeys(g).has(foldKey(p.name)),
    describePredicted: (p) => p.name,
    describeGold: (g) => g.name,
  });
}

/** Every name a gold entity goes by, so that a role's holder may be named by the entity's acronym or alias. */
export interface GoldEntities {
  readonly organizations: readonly GoldOrganization[];
  readonly people: readonly GoldPerson[];
}

/** Every name a predicted entity goes by, by its id. */
export interface PredictedEntities {
  readonly organizations: readonly OrganizationRecord[];
  readonly people: readonly PersonRecord[];
}

function goldNameKeys(name: string, entities: GoldEntities): Set<string> {
  const key = foldKey(name);
  const keys = new Set([key]);
  for (const organization of entities.organizations) {
    const names = goldOrganizationKeys(organization);
    if (names.has(key)) for (const other of names) keys.add(other);
  }
  for (const person of entities.people) {
    const names = goldPersonKeys(person);
    if (names.has(key)) for (const other of names) keys.add(other);
  }
  return keys;
}

function predictedNameKeys(name: string | null, ref: string | null, entities: PredictedEntities): Set<string> | null {
  if (name === null && ref === null) return null;
  const keys = keysOf(name);
  if (ref !== null) {
    const organization = entities.organizations.find((item) => item.id === ref);
    if (organization) for (const key of keysOf(organization.name, organization.acronym)) keys.add(key);
    const person = entities.people.find((item) => item.id === ref);
    if (person) keys.add(foldKey(person.name));
  }
  return keys;
}

function partyAgrees(predicted: Set<string> | null, gold: string | null, entities: GoldEntities): boolean {
  if (gold === null || predicted === null) return gold === null && predicted === null;
  return intersects(predicted, goldNameKeys(gold, entities));
}

export function scoreRoles(
  predicted: readonly RoleRecord[],
  gold: readonly GoldRole[],
  optional: readonly GoldRole[],
  goldEntities: GoldEntities,
  predictedEntities: PredictedEntities,
): FieldScore {
  // A role is a triple: the same triple found at several places in the text is one fact, scored once.
  const keyed = uniqueBy(predicted.map((role) => ({
    role,
    title: foldKey(role.title),
    holder: predictedNameKeys(role.holder.name, role.holder.ref, predictedEntities),
    organization: predictedNameKeys(role.organization.name, role.organization.ref, predictedEntities),
  })), (item) => [item.title, [...item.holder ?? []].sort().join('/'), [...item.organization ?? []].sort().join('/')].join('|'));
  return scoreOneToOne({
    predicted: keyed, gold, optional,
    matches: (p, g) => p.title === foldKey(g.title)
      && partyAgrees(p.holder, g.holder, goldEntities)
      && partyAgrees(p.organization, g.organization, goldEntities),
    describePredicted: ({ role }) => `${role.title}: ${role.holder.name ?? 'null'} @ ${role.organization.name ?? 'null'} ("${role.text}")`,
    describeGold: (g) => `${g.title}: ${g.holder ?? 'null'} @ ${g.organization ?? 'null'}`,
  });
}

function wordCount(text: string): number {
  return text.split(' ').length;
}

/** `long` forms agree when one is the other, or ends with it and is at most one word longer. */
export function longFormAgrees(predicted: string, gold: string): boolean {
  const a = foldKey(predicted);
  const b = foldKey(gold);
  if (a === b) return true;
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.endsWith(` ${shorter}`) && wordCount(longer) - wordCount(shorter) <= 1;
}

export function scoreAcronyms(
  predicted: readonly AcronymRecord[],
  gold: readonly GoldAcronym[],
  optional: readonly GoldAcronym[],
): FieldScore {
  // A pair defined twice in the text is one pair.
  const pairs = uniqueBy(predicted, (pair) => `${foldKey(pair.short)}|${foldKey(pair.long)}`);
  return scoreOneToOne({
    predicted: pairs, gold, optional,
    matches: (p, g) => foldKey(p.short) === foldKey(g.short) && longFormAgrees(p.long, g.long),
    describePredicted: (p) => `${p.short} = ${p.long}`,
    describeGold: (g) => `${g.short} = ${g.long}`,
  });
}
