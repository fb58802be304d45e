// `vnextract eval --gold DIR --pred FILE`: scores predicted records against gold files as ../shared/spec/gold.md
// says, prints F1 per article and a table per field with a total; `--min FIELD=X` turns a score into a bar.
import { parseArgs } from 'node:util';
import { EVAL_FIELDS, type EvalField } from '../../output/eval/gold-file.js';
import { loadGoldFolder } from '../../output/eval/load-gold.js';
import { GoldError } from '../../output/eval/resolve-gold.js';
import { evaluate, PredictionError, readPredictions, type EvalReport } from '../../output/eval/evaluate.js';
import { evalReportJson, formatEvalReport } from '../../output/eval/table.js';

const HELP = `Usage: vnextract eval --gold DIR --pred FILE [--json] [--verbose] [--min FIELD=X ...]

Scores the records of FILE (extractions.jsonl or .json) against the gold files NAME.gold.json under DIR, each
beside its article NAME.txt. A record is matched to a gold file by its source file name (without extension) or
its id; a gold article without a record counts as all misses.

  --gold DIR        folder of NAME.gold.json files (searched recursively)
  --pred FILE       the predicted records
  --json            print the report as JSON
  --verbose         list every miss, extra and wrong value
  --min FIELD=X     exit 1 when FIELD's F1 is below X (0..1); repeatable. FIELD is one of
                    ${EVAL_FIELDS.join(', ')}, dates.span, figures.span, total
Exit codes: 0 scored (every bar met); 1 a bar not met; 2 usage error or a gold file that cannot be resolved.
`;

export interface ScoreBar {
  readonly field: EvalField | 'total' | 'dates.span' | 'figures.span';
  readonly minimum: number;
}

const BAR_FIELDS = new Set<string>([...EVAL_FIELDS, 'total', 'dates.span', 'figures.span']);

export function parseBar(text: string): ScoreBar {
  const match = /^([\w.]+)=(\d*\.?\d+)$/u.exec(text);
  const minimum = match ? Number(match[2]) : Number.NaN;
  if (!match || !BAR_FIELDS.has(match[1] ?? '') || !(minimum >= 0 && minimum <= 1)) {
    throw new Error(`--min ${text}: expected FIELD=X with FIELD one of ${[...BAR_FIELDS].join(', ')} and X between 0 and 1`);
  }
  return { field: match[1] as ScoreBar['field'], minimum };
}

/** The F1 a bar looks at, or null where the field was not scored at all. */
export function scoreForBar(report: EvalReport, bar: ScoreBar): number | null {
  if (bar.field === 'total') return report.total.scores.f1;
  if (bar.field === 'dates.span' || bar.field === 'figures.span') {
    const field = bar.field === 'dates.span' ? 'dates' : 'figures';
    return report.fields[field]?.spanScores?.f1 ?? null;
  }
  return report.fields[bar.field]?.scores.f1 ?? null;
}

export async function runEvalCommand(argv: string[]): Promise<number> {
  let goldFolder: string | undefined;
  let predPath: string | undefined;
  let json = false;
  let verbose = false;
  let bars: ScoreBar[] = [];
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        gold: { type: 'string' },
        pred: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        min: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    ({ gold: goldFolder, pred: predPath } = values);
    json = values.json ?? false;
    verbose = values.verbose ?? false;
    bars = (values.min ?? []).map(parseBar);
    if (!goldFolder || !predPath) throw new Error('--gold DIR and --pred FILE are both required');
  } catch (error) {
    process.stderr.write(`vnextract eval: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }

  let report: EvalReport;
  try {
    const entries = await loadGoldFolder(goldFolder);
    if (entries.length === 0) throw new GoldError(`no *.gold.json file under ${goldFolder}`);
    report = evaluate(entries, await readPredictions(predPath));
  } catch (error) {
    const isExpected = error instanceof GoldError || error instanceof PredictionError || (error as NodeJS.ErrnoException).code === 'ENOENT';
    process.stderr.write(`vnextract eval: ${isExpected && error instanceof Error ? error.message : String(error instanceof Error ? error.stack : error)}\n`);
    return 2;
  }

  process.stdout.write(json ? `${JSON.stringify(evalReportJson(report, { verbose }), null, 2)}\n` : formatEvalReport(report, { verbose }));
  let met = true;
  for (const bar of bars) {
    const score = scoreForBar(report, bar);
    if (score === null) {
      process.stderr.write(`vnextract eval: --min ${bar.field}: no gold file scores ${bar.field}\n`);
      met = false;
    } else if (score < bar.minimum) {
      process.stderr.write(`vnextract eval: ${bar.field} F1 ${score.toFixed(3)} is below the bar ${bar.minimum}\n`);
      met = false;
    }
  }
  return met ? 0 : 1;
}
