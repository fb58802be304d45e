// The command line: `vnextract <command> ...`. Each command lives in its own module and returns an exit code.
import { runExtractCommand } from './commands/extract.js';
import { runValidateCommand } from './commands/validate.js';
import { runEvalCommand } from './commands/eval.js';
import { runSchemaCommand } from './commands/schema.js';
import { runMergeCommand } from './commands/merge.js';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; summary: string }>> = {
  extract: { run: runExtractCommand, summary: 'extract articles (text, JSONL, .gz, HTML) into a dataset' },
  validate: { run: runValidateCommand, summary: 'check a JSONL or JSON file of records against the schema' },
  eval: { run: runEvalCommand, summary: 'score extractions against gold files' },
  schema: { run: runSchemaCommand, summary: "print the record's JSON Schema" },
  merge: { run: runMergeCommand, summary: 'join the outputs of --shard runs into one dataset' },
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
