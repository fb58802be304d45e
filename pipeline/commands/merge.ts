// PLACEHOLDER: the merge command is being built.
export async function runMergeCommand(_argv: string[]): Promise<number> {
  process.stderr.write('vnextract merge: not built yet\n');
  return 2;
}
