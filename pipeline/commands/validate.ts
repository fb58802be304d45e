// `vnextract validate FILE...`: checks JSONL or JSON files of records against the schema and the span invariant.
// Prints one line per violation (where, record id, field path, reason); exit 1 when there is any.
import { access } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatViolation, validateRecordFile } from '../../output/validate.js';

const HELP = `Usage: vnextract validate FILE...

Checks each FILE (extractions.jsonl, one record a line, streamed; or extractions.json, an array) against the
record schema (vnextract schema) and checks every span: start <= end <= length of text in code points, and each
mention's text equal to its slice of text. Prints one line per violation:
  line 12, record "news/a.txt": dates[3].text: "năm 2020" is not the text at 40-48, which is "năm 2021"
Exit codes: 0 every record valid; 1 some violation; 2 usage error or unreadable file.
`;

export async function runValidateCommand(argv: string[]): Promise<number> {
  let files: string[];
  try {
    const parsed = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
    if (parsed.values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    files = parsed.positionals;
  } catch (error) {
    process.stderr.write(`vnextract validate: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`vnextract validate: no file given\n\n${HELP}`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    try {
      await access(file);
    } catch {
      process.stderr.write(`vnextract validate: cannot read ${file}\n`);
      return 2;
    }
    const prefix = files.length > 1 ? `${file}: ` : '';
    const summary = await validateRecordFile(file, (violation) => {
      process.stdout.write(`${prefix}${formatViolation(violation)}\n`);
    });
    for (const id of summary.duplicateIds) process.stderr.write(`${prefix}warning: id ${JSON.stringify(id)} is given to more than one record\n`);
    const verdict = summary.violations === 0
      ? `${summary.records} record(s), all valid`
      : `${summary.records} record(s), ${summary.invalidRecords} invalid, ${summary.violations} violation(s)`;
    process.stderr.write(`${file}: ${verdict}\n`);
    if (summary.violations > 0) failed = true;
  }
  return failed ? 1 : 0;
}
