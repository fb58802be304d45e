// The `people` stage: Vietnamese names (family name from the lexicon, then given names), names after honorifics and
// academic titles, reporters' names in the byline and on the last line, short references joined to their person.
// Never a place (extractors/shared/places.ts) or an organization (the organizations stage, run before).
import { annotation, defineStage, type AnnotatedDocument, type PersonEntity, type TextSpan } from '../../pipeline/document.js';
import { findPlaces } from '../shared/places.js';
import { titleAt } from '../roles/lexicon.js';
import { findBylineNames } from './byline-names.js';
import { findFullNames } from './full-names.js';
import type { NameContext } from './name-candidate.js';
import { findNameRuns } from './name-runs.js';
import { buildPersonEntities } from './person-entities.js';
import { findTitledNames } from './titled-names.js';
import { SpanIndex } from './span-index.js';

function nameContextOf(document: AnnotatedDocument): NameContext {
  const { text } = document;
  const places = findPlaces(text);
  const placeStarts = new Set<number>();
  for (const place of places) {
    placeStarts.add(place.start);
    placeStarts.add(place.nameStart);
  }
  const blocked: TextSpan[] = [...places];
  for (const organization of annotation(document, 'organizations')) blocked.push(...organization.mentions);
  const blockedIndex = new SpanIndex(blocked);
  return {
    text,
    sentenceStarts: new Set(annotation(document, 'sentences').map((sentence) => sentence.start)),
    overlapsPlaceOrOrganization: (start, end) => blockedIndex.overlaps(start, end),
    startsPlace: (index) => placeStarts.has(index),
    startsTitle: (index) => titleAt(text, index) !== null,
  };
}

export function findPeople(document: AnnotatedDocument): PersonEntity[] {
  const context = nameContextOf(document);
  const runs = findNameRuns(document.text);
  const candidates = [
    ...findBylineNames(runs, annotation(document, 'paragraphs'), annotation(document, 'metadata'), context),
    ...findFullNames(runs, context),
    ...findTitledNames(runs, context),
  ];
  const organizationNames = new Set<string>();
  for (const organization of annotation(document, 'organizations')) {
    organizationNames.add(organization.name.toLowerCase());
    if (organization.acronym) organizationNames.add(organization.acronym.toLowerCase());
  }
  return buildPersonEntities(candidates.filter((candidate) => !organizationNames.has(candidate.name.toLowerCase())));
}

export const peopleStage = defineStage({
  name: 'people',
  requires: ['paragraphs', 'sentences', 'metadata', 'organizations'],
  run: (document) => findPeople(document),
});
