// PLACEHOLDER: the validate command is being built.
export async function runValidateCommand(_argv: string[]): Promise<number> {
  process.stderr.write('vnextract validate: not built yet\n');
  return 2;
}
