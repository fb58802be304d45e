// The `people` stage: Vietnamese names (family name from the lexicon, then given names), names after honorifics and
// academic titles, foreign names after a post title (and its organization or country), reporters' names in the
// byline and on the last line, short references joined to their person. Never a place (the places stage, places
// the article names with their kind, `huyện Yên Thành`), a lunar year (`Giáp Thìn`), a listed work, or an
// organization (the organizations stage, run before).
import { annotation, defineStage, type AnnotatedDocument, type PersonEntity, type TextSpan } from '../../pipeline/document.js';
import { mayBeInTitle, titleAt } from '../roles/lexicon.js';
import { findBylineNames } from './byline-names.js';
import { findFullNames } from './full-names.js';
import type { NameContext } from './name-candidate.js';
import { findNameRuns, type NameRun } from './name-runs.js';
import { findNamesAfterPosts } from './post-title-names.js';
import { placeNamesIntroduced } from './place-names.js';
import { buildPersonEntities } from './person-entities.js';
import { findTitledNames } from './titled-names.js';
import { SpanIndex } from './span-index.js';

/** Words a title of several words may start this far before the name: `Phó Tổng cục trưởng ` is four. */
const MAX_TITLE_WORDS_BEFORE = 5;
const LETTER = /[\p{L}\p{M}]/u;

/** The starts of the (up to `count`) words right before `index` on its line, nearest first, spaces between. */
function wordStartsBefore(text: string, index: number, count: number): number[] {
  const starts: number[] = [];
  let position = index;
  while (starts.length < count) {
    const end = position;
    while (position > 0 && (text[position - 1] === ' ' || text[position - 1] === '\t')) position -= 1;
    if (position === end) break;
    const wordEnd = position;
    while (position > 0 && LETTER.test(text[position - 1] ?? '')) position -= 1;
    if (position === wordEnd) break;
    starts.push(position);
  }
  return starts;
}

/** True when a post title (`Bộ trưởng`, `Phó Thủ tướng`) ends right before `index` (spaces between). */
function titleEndsAt(text: string, index: number): boolean {
  const starts = wordStartsBefore(text, index, MAX_TITLE_WORDS_BEFORE);
  const nearest = starts[0];
  if (nearest === undefined || !mayBeInTitle(text.slice(nearest, index).trimEnd())) return false;
  for (const start of starts) {
    const title = titleAt(text, start);
    // A longer title may run into the organization (`Thủ tướng Chính phủ`): any of its word ends will do.
    if (title && title.wordEnds.some((end) => end < index && /^[ \t]+$/u.test(text.slice(end, index)))) return true;
  }
  return false;
}

function nameContextOf(document: AnnotatedDocument, runs: readonly NameRun[]): NameContext {
  const { text } = document;
  const placeEnds = new Map<number, number>();
  const placeStarts = new Map<number, number>();
  for (const place of annotation(document, 'places')) {
    placeEnds.set(place.start, place.end);
    placeEnds.set(place.nameStart, place.end);
    placeStarts.set(place.end, place.start);
  }
  const organizationMentions: TextSpan[] = [];
  for (const organization of annotation(document, 'organizations')) organizationMentions.push(...organization.mentions);
  const organizationIndex = new SpanIndex(organizationMentions);
  const organizationStarts = new Map<number, number>();
  for (const mention of organizationMentions) organizationStarts.set(mention.end, Math.min(mention.start, organizationStarts.get(mention.end) ?? Infinity));
  return {
    text,
    sentenceStarts: new Set(annotation(document, 'sentences').map((sentence) => sentence.start)),
    overlapsOrganization: (start, end) => organizationIndex.overlaps(start, end),
    isNameAfterTitledOrganization: (start, end) => {
      const organization = organizationIndex.lastOverlapping(start, end);
      return organization !== null && organization.start < start && titleEndsAt(text, organization.start);
    },
    placeEndAt: (index) => placeEnds.get(index) ?? null,
    placeStartBefore: (index) => placeStarts.get(index) ?? null,
    organizationStartBefore: (index) => organizationStarts.get(index) ?? null,
    startsTitle: (index) => titleAt(text, index) !== null,
    titleEndsBefore: (index) => titleEndsAt(text, index),
    placeNames: placeNamesIntroduced(text, runs),
  };
}

export function findPeople(document: AnnotatedDocument): PersonEntity[] {
  const runs = findNameRuns(document.text);
  const context = nameContextOf(document, runs);
  const candidates = [
    ...findBylineNames(runs, annotation(document, 'paragraphs'), annotation(document, 'metadata'), context),
    ...findFullNames(runs, context),
    ...findTitledNames(runs, context),
    ...findNamesAfterPosts(runs, context),
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
  requires: ['paragraphs', 'sentences', 'metadata', 'organizations', 'places'],
  run: (document) => findPeople(document),
});
