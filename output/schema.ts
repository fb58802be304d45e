// The extraction record, version 1 (../shared/spec/extraction.md). This zod schema is the source of truth for
// types: the pipeline builds values of `ExtractionRecord`, `validate` parses files with it and `vnextract schema`
// prints its JSON Schema. Offsets in a record are Unicode code points into `text`, `end` exclusive.
import { z } from 'zod';

const offset = z.number().int().nonnegative();

/** A mention: where it stands in `text` and the words themselves (`text` equals the slice). */
export const mentionSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
});

/** The question/answer pair a mention stands in, or null. */
const qaIndex = z.number().int().nonnegative().nullable();

export const paragraphKindSchema = z.enum([
  'title', 'byline', 'lead', 'question', 'answer', 'caption', 'closing', 'attribution', 'body',
]);

export const paragraphSchema = z.object({
  index: z.number().int().nonnegative(),
  start: offset,
  end: offset,
  kind: paragraphKindSchema,
});

export const qaPairSchema = z.object({
  index: z.number().int().nonnegative(),
  question: mentionSchema,
  answer: z.object({
    paragraphs: z.array(z.number().int().nonnegative()),
    segments: z.array(z.object({ start: offset, end: offset })),
    text: z.string(),
  }),
});

export const dateModSchema = z.enum(['START', 'MID', 'END', 'APPROX']);

/** TIMEX3-style values: 2020, 2020-12, 2020-12-10, 2021-02-14T07:28, 2021-Q2, 2022-H1, 2023-W22. */
export const timexValueSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:Q[1-4]|H[12]|W\d{2}|\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?))?$/u, 'not a TIMEX3 value');

export const dateMentionSchema = mentionSchema.extend({
  value: timexValueSchema.nullable(),
  endValue: timexValueSchema.nullable(),
  mod: dateModSchema.nullable(),
  relative: z.boolean(),
  qa: qaIndex.optional(),
});

export const figureKindSchema = z.enum([
  'count', 'ratio', 'range', 'percent', 'money', 'duration', 'ordinal', 'number',
]);

export const figureQualifierSchema = z.enum(['approx', 'over', 'under']);

export const figureMentionSchema = mentionSchema.extend({
  kind: figureKindSchema,
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  of: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: figureQualifierSchema.nullable(),
  qa: qaIndex.optional(),
});

const entityMentionSchema = mentionSchema.extend({ qa: qaIndex.optional() });

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  mentions: z.array(entityMentionSchema),
});

export const personSchema = z.object({
  id: z.string(),
  name: z.string(),
  mentions: z.array(entityMentionSchema),
});

export const roleSchema = mentionSchema.extend({
  title: z.string(),
  holder: z.object({
    kind: z.enum(['person', 'organization', 'place']).nullable(),
    ref: z.string().nullable(),
    name: z.string().nullable(),
  }),
  organization: z.object({
    ref: z.string().nullable(),
    name: z.string().nullable(),
  }),
  qa: qaIndex.optional(),
});

export const acronymSchema = mentionSchema.extend({
  short: z.string(),
  long: z.string(),
});

export const metaSchema = z.object({
  title: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/u, 'not ISO 8601 with an offset')
    .nullable(),
  views: z.number().int().nonnegative().nullable(),
  attribution: z.string().nullable(),
});

export const sourceSchema = z.object({
  file: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  url: z.string().nullable(),
});

export const extractionRecordSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  source: sourceSchema,
  text: z.string(),
  meta: metaSchema,
  paragraphs: z.array(paragraphSchema),
  qa: z.array(qaPairSchema),
  dates: z.array(dateMentionSchema),
  figures: z.array(figureMentionSchema),
  organizations: z.array(organizationSchema),
  people: z.array(personSchema),
  roles: z.array(roleSchema),
  acronyms: z.array(acronymSchema),
  warnings: z.array(z.string()),
});

/** One line of errors.jsonl: an input that did not become an extraction. */
export const extractionErrorSchema = z.object({
  id: z.string().nullable(),
  source: sourceSchema,
  reason: z.string(),
});

export type ExtractionRecord = z.infer<typeof extractionRecordSchema>;

/** The record schema compiled by zod into one checking function, on first use (workers that never extract skip it). */
let compiledRecordSchema: typeof extractionRecordSchema | undefined;

/**
 * True when `value` is a record the schema accepts, by zod's compiled assert-only validator (`z.compile` +
 * `z.validate`): generated from the schema itself, so the schema stays the one source of truth, and it builds
 * nothing, where `safeParse` builds a full copy of the record (~190 KB for a seed-size article). zod falls back to
 * its interpreter whenever the compiled check is unsure. Only a failing value needs `safeParse`, for its messages.
 */
export function passesRecordSchema(value: unknown): value is ExtractionRecord {
  compiledRecordSchema ??= z.compile(extractionRecordSchema);
  return z.validate(compiledRecordSchema, value);
}
export type ExtractionError = z.infer<typeof extractionErrorSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type ParagraphKind = z.infer<typeof paragraphKindSchema>;
export type ParagraphRecord = z.infer<typeof paragraphSchema>;
export type QaPairRecord = z.infer<typeof qaPairSchema>;
export type DateMod = z.infer<typeof dateModSchema>;
export type DateMentionRecord = z.infer<typeof dateMentionSchema>;
export type FigureKind = z.infer<typeof figureKindSchema>;
export type FigureQualifier = z.infer<typeof figureQualifierSchema>;
export type FigureMentionRecord = z.infer<typeof figureMentionSchema>;
export type OrganizationRecord = z.infer<typeof organizationSchema>;
export type PersonRecord = z.infer<typeof personSchema>;
export type RoleRecord = z.infer<typeof roleSchema>;
export type AcronymRecord = z.infer<typeof acronymSchema>;
export type ArticleMeta = z.infer<typeof metaSchema>;
export type ArticleSource = z.infer<typeof sourceSchema>;
