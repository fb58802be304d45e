// `vnextract extract <files|folders|globs|-...> --out DIR`: reads text files and JSONL(.gz) dumps, writes
// extractions.jsonl, errors.jsonl and report.json (and the other formats asked for). Exit code 0 when every article
// was extracted, 1 when some failed, 2 on a usage or fatal error, 130 when interrupted (resume with --resume).
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { discoverInputs, InputNotFoundError } from '../../input/discover.js';
import { fieldNamesFrom } from '../../input/articles.js';
import { formatNames } from '../../output/writers/index.js';
import { runBatch } from '../batch/run-batch.js';
import { ResumeRefusedError } from '../batch/run-settings.js';
import { parseShard, type Shard } from '../batch/shard.js';

export const EXTRACT_USAGE = `Usage: vnextract extract <files|folders|globs|-...> --out DIR [options]

Reads .txt files (UTF-8 with or without BOM, UTF-16 with BOM), saved pages (.html, .htm), JSONL dumps (.jsonl, .ndjson) and gzipped dumps
(.jsonl.gz); folders are read recursively; "-" reads a JSONL dump (gzipped or not) from standard input.

Options:
  --out DIR               output folder (required)
  --format LIST           comma-separated formats besides jsonl: ${'${FORMATS}'}
  --workers N             worker threads (default: the number of cores; 1 runs in this thread)
  --field FIELD=NAME      JSONL key to read for body, title, author, publishedAt, url or id (repeatable)
  --html                  JSONL bodies are HTML pages (read like .html files: article body, meta tags, JSON-LD)
  --max-article-bytes N   larger articles become errors (default 2000000)
  --resume                continue an interrupted run from what DIR already holds
  --shard i/N             take only the articles whose id hashes to shard i of N
  --quiet                 no progress bar
  --floor                 for measuring: read, normalize and write the articles, extract nothing
  -h, --help              this help

Writes DIR/extractions.jsonl, DIR/errors.jsonl (one line per input that failed: id, source, reason),
DIR/report.json and DIR/run.json (the inputs, their sizes and the settings: --resume refuses to continue a run
over other inputs or settings). Exit code: 0 all extracted, 1 some failed, 2 usage or fatal error, 130 interrupted.
`;

function usage(): string {
  return EXTRACT_USAGE.replace('${FORMATS}', formatNames().filter((name) => name !== 'jsonl').join(', '));
}

function fail(message: string): number {
  process.stderr.write(`vnextract extract: ${message}\n\n${usage()}`);
  return 2;
}

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} wants a positive integer; got "${value}"`);
  return number;
}

export async function runExtractCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string', multiple: true },
        workers: { type: 'string' },
        field: { type: 'string', multiple: true },
        'max-article-bytes': { type: 'string' },
        resume: { type: 'boolean' },
        shard: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        floor: { type: 'boolean' },
        html: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(usage());
    return 0;
  }
  if (positionals.length === 0) return fail('no input given');
  if (!values.out) return fail('--out DIR is required');

  let workers: number;
  let maxArticleBytes: number;
  let shard: Shard | null;
  let fields;
  const formats = (values.format ?? []).flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean);
  try {
    workers = positiveInteger(values.workers, '--workers', availableParallelism());
    maxArticleBytes = positiveInteger(values['max-article-bytes'], '--max-article-bytes', 2_000_000);
    shard = values.shard === undefined ? null : parseShard(values.shard);
    fields = fieldNamesFrom(values.field ?? []);
    for (const format of formats) {
      if (!formatNames().includes(format)) throw new Error(`unknown format "${format}" (known: ${formatNames().join(', ')})`);
    }
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }

  let sources;
  try {
    sources = await discoverInputs(positionals);
  } catch (error) {
    if (error instanceof InputNotFoundError) return fail(error.message);
    throw error;
  }
  if (sources.filter((source) => source.file === '-').length > 1) return fail('"-" (standard input) can be given once');

  const abort = new AbortController();
  const onSignal = (): void => { abort.abort(); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const { report } = await runBatch({
      sources,
      inputs: positionals,
      outDir: values.out,
      formats: [...new Set(formats)],
      workers,
      maxArticleBytes,
      fields,
      shard,
      resume: values.resume ?? false,
      progress: !values.quiet,
      signal: abort.signal,
      floor: values.floor ?? false,
      html: values.html ?? false,
    });
    const { read, extracted, failed } = report.counts;
    const rate = report.seconds > 0 ? Math.round((read - (report.resumed ? report.resumed.extracted + report.resumed.failed : 0)) / report.seconds) : 0;
    process.stderr.write(
      `vnextract: ${report.status === 'interrupted' ? 'INTERRUPTED (continue with --resume): ' : ''}` +
        `${read} read, ${extracted} extracted, ${failed} failed in ${report.seconds.toFixed(1)} s, peak RSS ${report.peakRssMegabytes} MB ` +
        `(${rate} articles/s, ${workers} worker${workers === 1 ? '' : 's'}${shard ? `, shard ${shard.index}/${shard.count}` : ''}) -> ${values.out}\n`,
    );
    if (report.status === 'interrupted') return 130;
    return failed > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ResumeRefusedError) return fail(error.message);
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
