import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { recordJsonSchema, recordJsonSchemaText } from '../pipeline/commands/schema.js';

describe('vnextract schema', () => {
  it('is generated from the zod schema and names every field of the record as required', () => {
    const schema = recordJsonSchema() as { $schema: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual([
      'schemaVersion', 'id', 'source', 'text', 'meta', 'paragraphs', 'qa', 'dates', 'figures', 'organizations',
      'people', 'roles', 'acronyms', 'warnings',
    ]);
  });

  it('is committed up to date as schema/extraction.schema.json (regenerate: vnextract schema > schema/extraction.schema.json)', async () => {
    const committed = await readFile(new URL('../schema/extraction.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(recordJsonSchemaText());
  });
});
