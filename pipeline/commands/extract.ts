// PLACEHOLDER: the extract command is being built.
export async function runExtractCommand(_argv: string[]): Promise<number> {
  process.stderr.write('vnextract extract: not built yet\n');
  return 2;
}
