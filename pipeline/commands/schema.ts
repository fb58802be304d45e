// PLACEHOLDER: the schema command is being built.
export async function runSchemaCommand(_argv: string[]): Promise<number> {
  process.stderr.write('vnextract schema: not built yet\n');
  return 2;
}
