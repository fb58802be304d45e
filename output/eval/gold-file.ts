// The gold file format (../shared/spec/gold.md): what a careful reader finds in one article, mentions named by
// their words (`text`, and an `in` snippet where the words occur more than once), never by offsets. Objects are
// strict so that a misspelt key fails loudly instead of silently scoring nothing.
import { z } from 'zod';
import { dateModSchema, figureKindSchema, figureQualifierSchema } from '../schema.js';

/** The fields eval scores; a gold file's `score` list names some of them. */
export const EVAL_FIELDS = [
  'meta', 'qa', 'paragraphs', 'dates', 'figures', 'organizations', 'people', 'roles', 'acronyms',
] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

const words = z.string().min(1);

/** Words of the article, with an optional snippet around them that occurs once. */
export const goldMentionSchema = z.strictObject({ text: words, in: words.optional() });

export const goldDateSchema = goldMentionSchema.extend({
  value: z.string().nullable(),
  endValue: z.string().nullable().optional(),
  mod: dateModSchema.nullable().optional(),
  relative: z.boolean().optional(),
});

export const goldFigureSchema = goldMentionSchema.extend({
  kind: figureKindSchema,
  value: z.number().nullable().optional(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  of: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
  qualifier: figureQualifierSchema.nullable().optional(),
});

export const goldOrganizationSchema = z.strictObject({
  name: words,
  acronym: z.string().min(1).nullable().optional(),
  aliases: z.array(words).optional(),
});

export const goldPersonSchema = z.strictObject({ name: words, aliases: z.array(words).optional() });

export const goldRoleSchema = z.strictObject({
  holder: words.nullable(),
  title: words,
  organization: words.nullable(),
});

export const goldAcronymSchema = z.strictObject({ short: words, long: words });

export const goldMetaSchema = z.strictObject({
  title: z.string().nullable().optional(),
  author: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
  views: z.number().int().nonnegative().nullable().optional(),
  attribution: z.string().nullable().optional(),
});

export const goldQaPairSchema = z.strictObject({ question: words, answer: z.array(words) });

const SCORE_NAMES = [...EVAL_FIELDS, 'captions', 'closing', 'notFigures'] as const;

export const goldFileSchema = z.strictObject({
  id: z.string().optional(),
  meta: goldMetaSchema.optional(),
  qa: z.array(goldQaPairSchema).optional(),
  captions: z.array(words).optional(),
  closing: z.array(words).optional(),
  dates: z.array(goldDateSchema).optional(),
  figures: z.array(goldFigureSchema).optional(),
  organizations: z.array(goldOrganizationSchema).optional(),
  people: z.array(goldPersonSchema).optional(),
  roles: z.array(goldRoleSchema).optional(),
  acronyms: z.array(goldAcronymSchema).optional(),
  notFigures: z.array(words).optional(),
  optional: z
    .strictObject({
      dates: z.array(goldDateSchema.partial({ value: true })).optional(),
      figures: z.array(goldFigureSchema.partial({ kind: true })).optional(),
      organizations: z.array(goldOrganizationSchema).optional(),
      people: z.array(goldPersonSchema).optional(),
      roles: z.array(goldRoleSchema).optional(),
      acronyms: z.array(goldAcronymSchema).optional(),
    })
    .optional(),
  score: z.array(z.enum(SCORE_NAMES)).optional(),
});

export type GoldFile = z.infer<typeof goldFileSchema>;
export type GoldMention = z.infer<typeof goldMentionSchema>;
export type GoldDate = z.infer<typeof goldDateSchema>;
export type GoldFigure = z.infer<typeof goldFigureSchema>;
export type GoldOrganization = z.infer<typeof goldOrganizationSchema>;
export type GoldPerson = z.infer<typeof goldPersonSchema>;
export type GoldRole = z.infer<typeof goldRoleSchema>;
export type GoldAcronym = z.infer<typeof goldAcronymSchema>;
export type GoldMeta = z.infer<typeof goldMetaSchema>;

/** The fields a gold file asks to score: its `score` list, or all of them. */
export function scoredFields(gold: GoldFile): ReadonlySet<EvalField> {
  if (gold.score === undefined) return new Set(EVAL_FIELDS);
  const fields = new Set<EvalField>();
  for (const name of gold.score) {
    if (name === 'captions' || name === 'closing') fields.add('paragraphs');
    else if (name === 'notFigures') fields.add('figures');
    else fields.add(name);
  }
  return fields;
}
