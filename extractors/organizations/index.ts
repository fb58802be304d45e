// The organizations stage: full names headed by an organization noun, media outlets defined with their domain,
// acronyms (defined in the text or well known), short names in brackets, companies' brands and short forms that
// refer back, joined into one entity per organization (a name with and without `Việt Nam` is one), `org-1`,
// `org-2`, ... in order of first mention. Places, events, agreements, documents are not
// organizations (their heads give runs of kind `other`, never entities).
// The helpers run per article are module-level functions and classes, not closures made per article: V8 keeps a
// closure's optimized code only weakly, and would recompile it after every major collection.
import { annotation, defineStage, type AcronymSpan, type Token, type OrganizationEntity, type TextSpan } from '../../pipeline/document.js';
import { isPlace, mayStartPlaceAtWordKey } from '../shared/places.js';
import { findAcronymMentions } from './acronym-mentions.js';
import { companyBrand, findBrandMentions } from './brand-names.js';
import { KNOWN_ORGANIZATION_LONG_FORM_ACRONYMS, ORGANIZATION_HEAD_PHRASES } from './lexicon.js';
import { mediaOutletDefinitions } from './media-outlets.js';
import { findNameRuns, type NameRun } from './name-runs.js';
import { collapseWhitespace, foldDocumentText } from './plain-text.js';
import { nameTokens, type NameTokens } from './name-tokens.js';
import { tokenize } from '../../input/tokens.js';
import {
  bracketedShortName,
  headAcronym,
  headAcronymReferentByHead,
  isReferringHead,
  levelShortForm,
  type HeadAcronym,
  type ReferringMention,
} from './short-forms.js';

interface EntityDraft {
  readonly key: string;
  /** The fullest name seen: `Ngân hàng Nhà nước Việt Nam` over `Ngân hàng Nhà nước`. */
  name: string;
  acronym: string | null;
  readonly mentions: TextSpan[];
}

/**
 * The folded key of words from the document's text, which is NFC with tones placed the modern way already: lower
 * case and spacing are all `foldKey` would change (but for the rare syllable lower-casing makes old-style, see
 * foldDocumentText).
 */
function documentKey(words: string): string {
  return collapseWhitespace(words.toLowerCase());
}

/** `Trường Đại học X` and `Đại học X` name one university. */
const UNIVERSITY_PREFIX = 'trường ';
const UNIVERSITY_HEAD = 'đại học ';
/** `Ngân hàng Nhà nước` and `Ngân hàng Nhà nước Việt Nam` name one body: in Vietnamese news the country goes without saying. */
const HOME_COUNTRY = ' việt nam';

class EntityIndex {
  /** Every entity, in the order it was made. */
  readonly drafts: EntityDraft[] = [];
  private readonly byName = new Map<string, EntityDraft>();
  private readonly byAcronym = new Map<string, EntityDraft>();
  /** Names repeat: each one's key, worked out once. */
  private readonly keyByName = new Map<string, string>();

  /** @param longByHeadAcronym a defined acronym that heads names (`ubnd` → `ủy ban nhân dân`), by folded key. */
  constructor(private readonly longByHeadAcronym: ReadonlyMap<string, string> = new Map()) {}

  /** Other folded keys the same organization goes by: `ubnd huyện x` ↔ `ủy ban nhân dân huyện x`, `(trường) đại học x`. */
  private aliasKeys(key: string): string[] {
    const aliases: string[] = [];
    const space = key.indexOf(' ');
    const long = space > 0 ? this.longByHeadAcronym.get(key.slice(0, space)) : undefined;
    if (long) aliases.push(`${long}${key.slice(space)}`);
    if (key.startsWith(UNIVERSITY_PREFIX + UNIVERSITY_HEAD)) aliases.push(key.slice(UNIVERSITY_PREFIX.length));
    else if (key.startsWith(UNIVERSITY_HEAD)) aliases.push(UNIVERSITY_PREFIX + key);
    // A name and the same name with the country (never a bare head: `Bộ Việt Nam` is no name).
    if (key.endsWith(HOME_COUNTRY)) {
      const withoutCountry = key.slice(0, -HOME_COUNTRY.length);
      if (withoutCountry.includes(' ')) aliases.push(withoutCountry);
    } else {
      aliases.push(key + HOME_COUNTRY);
    }
    return aliases;
  }

  named(key: string): EntityDraft | undefined {
    return this.byName.get(key);
  }

  withAcronym(acronym: string): EntityDraft | undefined {
    return this.byAcronym.get(acronym);
  }

  /** The folded key of a name from the document's text. */
  keyOf(name: string): string {
    let key = this.keyByName.get(name);
    if (key === undefined) {
      key = documentKey(name);
      this.keyByName.set(name, key);
    }
    return key;
  }

  /** The entity for a name from the document's text, made on first sight. */
  entityFor(name: string): EntityDraft {
    const key = this.keyOf(name);
    const existing = this.byName.get(key);
    if (existing) return existing;
    for (const alias of this.aliasKeys(key)) {
      const named = this.byName.get(alias);
      if (named) {
        this.byName.set(key, named);
        if (key.endsWith(HOME_COUNTRY) && !named.key.endsWith(HOME_COUNTRY)) named.name = collapseWhitespace(name);
        return named;
      }
    }
    const draft: EntityDraft = { key, name: collapseWhitespace(name), acronym: null, mentions: [] };
    this.byName.set(key, draft);
    this.drafts.push(draft);
    return draft;
  }

  setAcronym(draft: EntityDraft, acronym: string): void {
    if (draft.acronym === null) draft.acronym = acronym;
    if (!this.byAcronym.has(acronym)) this.byAcronym.set(acronym, draft);
  }
}

/** Whether the text writes a known acronym as a word, asked once per acronym. Known acronyms start with a capital. */
class WrittenAcronyms {
  private readonly writtenByAcronym = new Map<string, boolean>();

  constructor(private readonly words: NameTokens) {}

  writes(acronym: string): boolean {
    let written = this.writtenByAcronym.get(acronym);
    if (written === undefined) {
      written = this.findWritten(acronym);
      this.writtenByAcronym.set(acronym, written);
    }
    return written;
  }

  private findWritten(acronym: string): boolean {
    const { proper, tokens } = this.words;
    for (const token of proper) if (tokens[token]?.text === acronym) return true;
    return false;
  }
}

/** A mention of an entity that short forms may refer back to, with the keys of the entity's name they may use. */
interface DraftMention {
  readonly start: number;
  readonly draft: EntityDraft;
  readonly keys: readonly string[];
}

/** The keys that are the first words of `nameKey`, never the whole of it: `tổng cục` heads `tổng cục thuế`. */
function keysHeading(keys: readonly string[], nameKey: string): string[] {
  const heading: string[] = [];
  for (const key of keys) {
    if (nameKey.length > key.length && nameKey.startsWith(key) && nameKey[key.length] === ' ') heading.push(key);
  }
  return heading;
}

function byStart(a: { readonly start: number }, b: { readonly start: number }): number {
  return a.start - b.start;
}

/**
 * Joins each short form that refers back (a bare head, `Tổng cục`, `Viện`; a head and a level, `UBND huyện`) to the
 * organization mentioned last before it whose name starts with one of its keys, in one sweep over the mentions in
 * text order. Only the entities whose name starts with one of the keys take part. `references` come left to right.
 */
function joinShortForms(drafts: readonly EntityDraft[], references: readonly ReferringMention[]): void {
  if (references.length === 0) return;
  const uniqueKeys = new Set<string>();
  for (const reference of references) for (const key of reference.keys) uniqueKeys.add(key);
  const keys = [...uniqueKeys];
  const mentions: DraftMention[] = [];
  for (const draft of drafts) {
    const draftKeys = keysHeading(keys, draft.key);
    if (draftKeys.length === 0) continue;
    for (const mention of draft.mentions) mentions.push({ start: mention.start, draft, keys: draftKeys });
  }
  mentions.sort(byStart);
  const lastByKey = new Map<string, { readonly draft: EntityDraft; readonly start: number }>();
  let next = 0;
  for (const reference of references) {
    for (; next < mentions.length && (mentions[next]?.start ?? Infinity) < reference.start; next += 1) {
      const mention = mentions[next];
      if (!mention) continue;
      for (const key of mention.keys) lastByKey.set(key, mention);
    }
    // The latest of the organizations its keys name.
    let referent: { readonly draft: EntityDraft; readonly start: number } | undefined;
    for (const key of reference.keys) {
      const last = lastByKey.get(key);
      if (last && (!referent || last.start > referent.start)) referent = last;
    }
    referent?.draft.mentions.push({ start: reference.start, end: reference.end });
  }
}

export function extractOrganizations(
  text: string,
  acronyms: readonly AcronymSpan[],
  tokens: readonly Token[] = tokenize(text),
): OrganizationEntity[] {
  const runs = findNameRuns(text, tokens);
  const shortByLong = new Map<string, string>();
  const longByHeadAcronym = new Map<string, string>();
  for (const acronym of acronyms) {
    // Both forms are the document's text (acronyms/).
    const long = foldDocumentText(acronym.long);
    // Two acronyms for one name (`Liên hợp quốc (LHQ)`, then `Liên hợp quốc (UN)`): the well-known one, else the first.
    const defined = shortByLong.get(long);
    if (defined === undefined || (defined !== acronym.short && KNOWN_ORGANIZATION_LONG_FORM_ACRONYMS.get(long) === acronym.short)) {
      shortByLong.set(long, acronym.short);
    }
    if (ORGANIZATION_HEAD_PHRASES.has(long)) longByHeadAcronym.set(foldDocumentText(acronym.short), long);
  }
  const index = new EntityIndex(longByHeadAcronym);
  const words = nameTokens(text, tokens);
  const writtenAcronyms = new WrittenAcronyms(words);

  const headAcronymRuns: { run: NameRun; parts: HeadAcronym }[] = [];
  // Folded names without the place they end with → the name: what a head and an acronym alone may refer to.
  const namesWithoutPlace = new Map<string, string>();
  // Companies' brands (`Cao Nguyên Xanh`) → the company and where it was first named.
  const brands = new Map<string, { readonly owner: EntityDraft; readonly after: number }>();
  for (const run of runs) {
    if (run.kind !== 'organization' || (run.bare && !run.complete)) continue;
    const name = run.gap ? `${text.slice(run.start, run.gap.start).trimEnd()} ${text.slice(run.gap.end, run.end).trimStart()}` : text.slice(run.start, run.end);
    if (mayStartPlaceAtWordKey(tokens[run.firstToken]?.key ?? '') && isPlace(name)) continue;
    const acronymOfRun = headAcronym(text, run, tokens);
    if (acronymOfRun !== null) {
      headAcronymRuns.push({ run, parts: acronymOfRun });
      continue;
    }
    const draft = index.entityFor(name);
    draft.mentions.push({ start: run.start, end: run.end });
    const placeless = nameWithoutTrailingPlace(text, name, run, words);
    if (placeless !== null && !namesWithoutPlace.has(index.keyOf(placeless))) namesWithoutPlace.set(index.keyOf(placeless), draft.key);
    // A well-known acronym only when the text writes it: the record states no fact the article does not.
    const known = KNOWN_ORGANIZATION_LONG_FORM_ACRONYMS.get(draft.key);
    const acronym = shortByLong.get(index.keyOf(name)) ?? shortByLong.get(draft.key) ?? (known && writtenAcronyms.writes(known) ? known : undefined);
    if (acronym) index.setAcronym(draft, acronym);
    const brand = companyBrand(words, run);
    if (brand !== null && !brands.has(brand)) brands.set(brand, { owner: draft, after: run.end });
    const shortName = bracketedShortName(words, run);
    if (shortName && draft.acronym === null) {
      index.setAcronym(draft, text.slice(shortName.start, shortName.end));
      draft.mentions.push(shortName);
    }
  }

  for (const outlet of mediaOutletDefinitions(acronyms)) {
    const draft = index.entityFor(outlet.long);
    draft.mentions.push({ start: outlet.start, end: outlet.start + outlet.long.length });
    index.setAcronym(draft, outlet.short);
  }

  // `Tổng cục TCĐLCL`, `Bộ KH&CN`: the organization whose full name the acronym abbreviates, else one of its own.
  const fullNames = new Set<string>();
  for (const draft of index.drafts) fullNames.add(draft.key);
  const referents = new Map<string, string | null>();
  for (const { run, parts } of headAcronymRuns) {
    // The head's key is its words' keys joined, which is what folding the head's text gives.
    const head = run.headKey;
    const pairKey = `${head}\u0000${parts.acronym}\u0000${parts.restKey ?? ''}`;
    if (!referents.has(pairKey)) referents.set(pairKey, headAcronymReferentByHead(head, parts.acronym, acronyms, fullNames, parts.restKey, namesWithoutPlace));
    const referent = referents.get(pairKey) ?? null;
    const draft = (referent !== null ? index.named(referent) : undefined) ?? index.entityFor(text.slice(run.start, run.end));
    draft.mentions.push({ start: run.start, end: run.end });
  }

  const organizationAcronyms = new Set<string>();
  for (const draft of index.drafts) if (draft.acronym) organizationAcronyms.add(draft.acronym);
  for (const mention of findAcronymMentions(words, runs, organizationAcronyms)) {
    let draft = index.withAcronym(mention.acronym);
    if (!draft) {
      draft = index.entityFor(mention.acronym);
      index.setAcronym(draft, mention.acronym);
    }
    draft.mentions.push({ start: mention.start, end: mention.end });
  }

  for (const mention of findBrandMentions(words, runs, brands)) mention.owner.mentions.push({ start: mention.start, end: mention.end });

  const references: ReferringMention[] = [];
  for (const run of runs) {
    if (isReferringHead(run, tokens)) references.push({ start: run.start, end: run.end, keys: [run.headKey] });
    const level = levelShortForm(run, words, longByHeadAcronym);
    if (level !== null) references.push(level);
  }
  joinShortForms(index.drafts, references);

  const mentioned: { readonly draft: EntityDraft; readonly mentions: TextSpan[] }[] = [];
  for (const draft of index.drafts) if (draft.mentions.length > 0) mentioned.push({ draft, mentions: dedupeSorted(draft.mentions) });
  mentioned.sort(byFirstMention);
  const entities: OrganizationEntity[] = [];
  for (const { draft, mentions } of mentioned) {
    entities.push({ id: `org-${entities.length + 1}`, name: draft.name, acronym: draft.acronym, mentions });
  }
  return entities;
}

function byFirstMention(a: { readonly mentions: readonly TextSpan[] }, b: { readonly mentions: readonly TextSpan[] }): number {
  return (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
}

/** A run's name without the place that ends it (`Sở Giao thông vận tải TP.HCM` → `Sở Giao thông vận tải`), or null. */
function nameWithoutTrailingPlace(text: string, name: string, run: NameRun, words: NameTokens): string | null {
  for (let index = run.firstToken + 1; index < run.endToken; index += 1) {
    if (words.placeEnd(index) !== run.endToken) continue;
    const place = text.slice(words.tokens[index]?.start ?? run.end, run.end);
    return place.length > 0 && name.endsWith(place) ? name.slice(0, name.length - place.length).trimEnd() : null;
  }
  return null;
}

function dedupeSorted(mentions: readonly TextSpan[]): TextSpan[] {
  const sorted = [...mentions].sort(byStartThenEnd);
  const unique: TextSpan[] = [];
  let previous: TextSpan | undefined;
  for (const mention of sorted) {
    if (!previous || previous.start !== mention.start || previous.end !== mention.end) unique.push(mention);
    previous = mention;
  }
  return unique;
}

function byStartThenEnd(a: TextSpan, b: TextSpan): number {
  return a.start - b.start || a.end - b.end;
}

export const organizationsStage = defineStage({
  name: 'organizations',
  requires: ['acronyms', 'tokens'],
  run: (document) => extractOrganizations(document.text, annotation(document, 'acronyms'), annotation(document, 'tokens')),
});
