// `vnextract merge SHARD_DIR... --out DIR`: joins the outputs of `extract --shard i/N` runs into one dataset in
// input order, and checks it: every shard 0..N-1 once, over the same input, every article exactly once (the
// shards' counts add up to the input's, no source line twice, each article in the shard its id hashes to).
import { parseArgs } from 'node:util';
import { runMerge } from '../batch/merge-shards.js';
import { formatNames } from '../../output/writers/index.js';

const MERGE_USAGE = `Usage: vnextract merge SHARD_DIR... --out DIR [--format LIST] [--quiet]

Each SHARD_DIR holds the output of one "vnextract extract --shard i/N" run (extractions.jsonl, errors.jsonl,
report.json). Writes DIR/extractions.jsonl, DIR/errors.jsonl and DIR/report.json in input order, and with
--format LIST (comma-separated: ${formatNames().filter((name) => name !== 'jsonl').join(', ')}) those files of the whole dataset beside them.
Exit code: 0 merged and complete, 1 an article is missing or doubled (named on standard error), 2 usage error.
`;

export async function runMergeCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, format: { type: 'string', multiple: true }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`vnextract merge: ${error instanceof Error ? error.message : String(error)}\n\n${MERGE_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(MERGE_USAGE);
    return 0;
  }
  if (positionals.length === 0 || !values.out) {
    process.stderr.write(`vnextract merge: ${positionals.length === 0 ? 'no shard folder given' : '--out DIR is required'}\n\n${MERGE_USAGE}`);
    return 2;
  }
  const formats = (values.format ?? []).flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean);
  const unknown = formats.find((format) => !formatNames().includes(format));
  if (unknown !== undefined) {
    process.stderr.write(`vnextract merge: unknown format "${unknown}" (known: ${formatNames().join(', ')})\n\n${MERGE_USAGE}`);
    return 2;
  }
  let result;
  try {
    result = await runMerge(positionals, values.out, formats);
  } catch (error) {
    process.stderr.write(`vnextract merge: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  for (const problem of result.problems.slice(0, 50)) process.stderr.write(`vnextract merge: ${problem}\n`);
  if (result.problems.length > 50) process.stderr.write(`vnextract merge: ... and ${result.problems.length - 50} more problems\n`);
  const { read, extracted, failed } = result.counts;
  process.stderr.write(
    `vnextract merge: ${positionals.length} shards, ${read} read, ${extracted} extracted, ${failed} failed` +
      `${result.problems.length > 0 ? `, ${result.problems.length} PROBLEMS` : ', complete'} -> ${values.out}\n`,
  );
  return result.problems.length > 0 ? 1 : 0;
}
