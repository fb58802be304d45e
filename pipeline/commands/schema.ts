// `vnextract schema`: prints the record's JSON Schema, generated from the zod schema (output/schema.ts), which
// stays the one source of truth. schema/extraction.schema.json is this output, committed; a test keeps it current.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { extractionRecordSchema } from '../../output/schema.js';

const HELP = `Usage: vnextract schema

Prints the JSON Schema (draft 2020-12) of one extraction record, generated from the zod schema.
A line of extractions.jsonl, or an item of extractions.json, is one such record.
`;

/** The JSON Schema of one extraction record. */
export function recordJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(extractionRecordSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'vnextract extraction record',
    description: 'One record per article, schemaVersion 1. Offsets are Unicode code points into `text`, end exclusive; every mention\'s `text` equals its slice of `text`.',
    ...rest,
  };
}

/** The schema as the committed file holds it: two-space JSON and a final newline. */
export function recordJsonSchemaText(): string {
  return `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
}

export async function runSchemaCommand(argv: string[]): Promise<number> {
  let help = false;
  try {
    ({ values: { help = false } } = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: false }));
  } catch (error) {
    process.stderr.write(`vnextract schema: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  process.stdout.write(help ? HELP : recordJsonSchemaText());
  return 0;
}
