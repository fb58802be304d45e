// The command line: `vnextract <command> ...`. Each command lives in its own module and returns an exit code. A
// command's module is loaded only when it runs, so a long extract run does not carry eval's or merge's code.
type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; summary: string }>> = {
  extract: {
    run: async (argv) => (await import('./commands/extract.js')).runExtractCommand(argv),
    summary: 'extract articles (text, JSONL, .gz, HTML) into a dataset',
  },
  validate: {
    run: async (argv) => (await import('./commands/validate.js')).runValidateCommand(argv),
    summary: 'check a JSONL or JSON file of records against the schema',
  },
  eval: { run: async (argv) => (await import('./commands/eval.js')).runEvalCommand(argv), summary: 'score extractions against gold files' },
  schema: { run: async (argv) => (await import('./commands/schema.js')).runSchemaCommand(argv), summary: "print the record's JSON Schema" },
  merge: {
    run: async (argv) => (await import('./commands/merge.js')).runMergeCommand(argv),
    summary: 'join the outputs of --shard runs into one dataset',
  },
};

export const USAGE = `vnextract: Vietnamese news articles and interviews into validated research datasets

Usage: vnextract <command> [options]   (vnextract <command> --help for its options)

Commands:
${Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`).join('\n')}

Exit codes: 0 success; 1 some articles failed, validation or an eval bar failed; 2 usage or fatal error.
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${(await import('./version.js')).VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`vnextract: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command.run(rest);
}
