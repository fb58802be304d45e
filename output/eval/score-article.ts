// Scores one article's record against its resolved gold, field by field (only the fields the gold file scores).
import type { ExtractionRecord } from '../schema.js';
import type { FieldScore } from './counts.js';
import type { EvalField } from './gold-file.js';
import type { ResolvedGold } from './resolve-gold.js';
import { scoreDates, scoreFigures } from './score-mentions.js';
import { scoreAcronyms, scoreOrganizations, scorePeople, scoreRoles } from './score-entities.js';
import { scoreMeta, scoreParagraphs, scoreQa } from './score-structure.js';

export interface ArticleScore {
  readonly name: string;
  /** The id of the record scored, or null where no record matched: then every gold item is a miss. */
  readonly recordId: string | null;
  readonly fields: Partial<Record<EvalField, FieldScore>>;
}

/** The record of an article nothing was extracted from: every field empty. */
export function emptyRecord(id: string, text: string): ExtractionRecord {
  return {
    schemaVersion: 1,
    id,
    source: { file: null, line: null, url: null },
    text,
    meta: { title: null, author: null, publishedAt: null, views: null, attribution: null },
    paragraphs: [],
    qa: [],
    dates: [],
    figures: [],
    organizations: [],
    people: [],
    roles: [],
    acronyms: [],
    warnings: [],
  };
}

const SCORERS: Readonly<Record<EvalField, (record: ExtractionRecord, gold: ResolvedGold) => FieldScore>> = {
  meta: (record, gold) => scoreMeta(record.meta, gold.meta),
  qa: scoreQa,
  paragraphs: scoreParagraphs,
  dates: (record, gold) => scoreDates(record.dates, gold.dates, gold.optionalDates),
  figures: (record, gold) => scoreFigures(record.figures, gold.figures, gold.optionalFigures, gold.notFigures),
  organizations: (record, gold) => scoreOrganizations(record.organizations, gold.organizations, gold.optionalOrganizations),
  people: (record, gold) => scorePeople(record.people, gold.people, gold.optionalPeople),
  roles: (record, gold) => scoreRoles(
    record.roles,
    gold.roles,
    gold.optionalRoles,
    {
      organizations: [...gold.organizations, ...gold.optionalOrganizations],
      people: [...gold.people, ...gold.optionalPeople],
    },
    record,
  ),
  acronyms: (record, gold) => scoreAcronyms(record.acronyms, gold.acronyms, gold.optionalAcronyms),
};

export function scoreArticle(record: ExtractionRecord | null, gold: ResolvedGold): ArticleScore {
  const scored = record ?? emptyRecord(gold.name, gold.text.text);
  const fields: Partial<Record<EvalField, FieldScore>> = {};
  for (const field of gold.fields) fields[field] = SCORERS[field](scored, gold);
  return { name: gold.name, recordId: record?.id ?? null, fields };
}
