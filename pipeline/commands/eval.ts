// PLACEHOLDER: the eval command is being built.
export async function runEvalCommand(_argv: string[]): Promise<number> {
  process.stderr.write('vnextract eval: not built yet\n');
  return 2;
}
