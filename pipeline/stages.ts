// The pipeline, in order. Reading this list tells the whole story; adding a stage is one line here.
// Reading, decoding and normalizing happen before (input/), validating and writing after (output/).
import type { Stage } from './document.js';
import { paragraphsStage } from '../input/paragraphs.js';
import { tokensStage } from '../input/tokens.js';
import { sentencesStage } from '../extractors/sentences/index.js';
import { dateMentionsStage, datesStage } from '../extractors/dates/index.js';
import { metadataStage } from '../extractors/metadata/index.js';
import { interviewStage } from '../extractors/interview/index.js';
import { figuresStage } from '../extractors/figures/index.js';
import { acronymsStage } from '../extractors/acronyms/index.js';
import { organizationsStage } from '../extractors/organizations/index.js';
import { placesStage } from '../extractors/places/index.js';
import { peopleStage } from '../extractors/people/index.js';
import { rolesStage } from '../extractors/roles/index.js';
import { roleBodiesStage } from '../extractors/roles/bodies.js';

export const STAGES: readonly Stage[] = [
  paragraphsStage, //    lines or wrapped blocks
  tokensStage, //        words and punctuation, classified once (capitalized, acronym, lower case) for every stage
  sentencesStage, //     Vietnamese sentence splitter (abbreviations, numbers)
  dateMentionsStage, //  dates and times as written; relative ones pending
  metadataStage, //      title, byline (author, publishedAt, views), attribution
  interviewStage, //     paragraph kinds, question/answer pairs
  datesStage, //         relative dates resolved against publishedAt
  figuresStage, //       numbers with kinds, units, qualifiers (never inside a date)
  acronymsStage, //      parenthesized definitions, syllable initials
  organizationsStage, // organization names, acronyms, short forms that refer back
  placesStage, //        provinces, cities, countries, regions (gazetteer)
  peopleStage, //        Vietnamese full names after honorifics and titles
  rolesStage, //         who holds which post in which organization
  roleBodiesStage, //    bodies only a post names (`Trưởng khoa Hô hấp`), listed as organizations
];
