// One runner for every example corpus (extractors/*/corpus.ts), Duckling-style but finer: each example is its own
// test, a phrase or a sentence with the words inside it, and the expected value; `expected: null` is a negative
// (nothing of that field may overlap the words). Expected values are checked against the zod schema first, so a
// corpus cannot drift from the record.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractText } from '../../pipeline/run-article.js';
import {
  acronymSchema,
  dateMentionSchema,
  figureMentionSchema,
  organizationSchema,
  personSchema,
  roleSchema,
  type ExtractionRecord,
} from '../../output/schema.js';
import type { CorpusExample, CorpusField } from './corpus-types.js';

export type { CorpusExample, CorpusField } from './corpus-types.js';

/** The schema with every key optional at every depth, so an example states only the fields it is about. */
function deepPartial(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return z.object(Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, deepPartial(value).optional()]))).strict();
  }
  if (schema instanceof z.ZodNullable) return deepPartial(schema.unwrap() as z.ZodType).nullable();
  if (schema instanceof z.ZodOptional) return deepPartial(schema.unwrap() as z.ZodType).optional();
  if (schema instanceof z.ZodArray) return z.array(deepPartial(schema.element as z.ZodType));
  return schema;
}

const partialSchemas = {
  dates: deepPartial(dateMentionSchema),
  figures: deepPartial(figureMentionSchema),
  organizations: deepPartial(organizationSchema),
  people: deepPartial(personSchema),
  roles: deepPartial(roleSchema),
  acronyms: deepPartial(acronymSchema),
} as const;

interface Located {
  readonly start: number;
  readonly end: number;
}

function overlaps(a: Located, b: Located): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The items of a field that stand at `span`: by their own span, or for entities by one of their mentions. */
function itemsAt(record: ExtractionRecord, field: CorpusField, span: Located): object[] {
  switch (field) {
    case 'organizations':
      return record.organizations.filter((entity) => entity.mentions.some((mention) => overlaps(mention, span)));
    case 'people':
      return record.people.filter((entity) => entity.mentions.some((mention) => overlaps(mention, span)));
    default:
      return record[field].filter((item) => overlaps(item, span));
  }
}

function wordsSpan(example: CorpusExample, text: string): Located {
  const words = example.words ?? example.text;
  const index = text.indexOf(words.normalize('NFC'));
  if (index < 0) throw new Error(`corpus example: "${words}" is not inside "${example.text}"`);
  // Corpus texts are BMP Vietnamese: UTF-16 and code-point offsets agree.
  return { start: index, end: index + words.normalize('NFC').length };
}

function describeItems(items: object[]): string {
  return items.length === 0 ? 'nothing' : JSON.stringify(items);
}

export function describeCorpus(field: CorpusField, examples: readonly CorpusExample[]): void {
  describe(`${field} corpus`, () => {
    examples.forEach((example, index) => {
      const label = `${index + 1}. ${example.words && example.words !== example.text ? `${example.words} ⟨${example.text}⟩` : example.text}`;
      it(example.expected === null ? `${label} → none` : label, () => {
        if (example.expected !== null) partialSchemas[field].parse(example.expected);
        const record = extractText(example.text, { publishedAt: example.publishedAt ?? null });
        const span = wordsSpan(example, record.text);
        const found = itemsAt(record, field, span);
        if (example.expected === null) {
          expect(found, `expected no ${field} at "${example.words ?? example.text}"`).toEqual([]);
          return;
        }
        const expected = example.expected;
        const matching = found.filter((item) => {
          try {
            expect(item).toMatchObject(expected);
            return true;
          } catch {
            return false;
          }
        });
        expect(matching.length, `wanted ${JSON.stringify(expected)}, found ${describeItems(found)}`).toBeGreaterThan(0);
      });
    });
  });
}
