// Runs the stages over one article and builds its validated record. Pure apart from the timings it adds up. Annotations
// are readonly by type, not frozen at run time: V8 reads elements of a frozen array several times slower, and every
// stage walks the tokens.
import { STAGES } from './stages.js';
import type { Annotations, AnnotatedDocument, SourceArticle, Stage, StageContext } from './document.js';
import { buildRecord } from './record.js';
import { extractionRecordSchema, passesRecordSchema, type ExtractionRecord } from '../output/schema.js';
import { normalizeText } from '../input/normalize.js';

/** Milliseconds spent in each stage, added up over the articles of a run. */
export type StageTimings = Record<string, number>;

/** The stages' context: the warnings they give, kept in order. A class, not an arrow made per article (closures). */
class WarningList implements StageContext {
  readonly warnings: string[] = [];

  warn(message: string): void {
    this.warnings.push(message);
  }
}

export function annotateArticle(
  article: SourceArticle,
  stages: readonly Stage[] = STAGES,
  timings?: StageTimings,
): { document: AnnotatedDocument; warnings: string[] } {
  const annotations: Partial<Annotations> = {};
  // Object.assign, not `{ ...article, annotations }`: in Node 20's V8 a literal that spreads an object and then adds
  // a key it lacks sends that key through the runtime, ~3-8 µs an article; the same keys, in the same order.
  const document: AnnotatedDocument = Object.assign({}, article, { annotations });
  const context = new WarningList();
  for (let index = 0; index < stages.length; index += 1) {
    const stage = stages[index]!;
    for (let requiredIndex = 0; requiredIndex < stage.requires.length; requiredIndex += 1) {
      const required = stage.requires[requiredIndex]!;
      if (annotations[required] === undefined) {
        throw new Error(`stage "${stage.name}" requires "${required}", which no earlier stage produced`);
      }
    }
    const startedAt = timings ? performance.now() : 0;
    const result = stage.run(document, context);
    (annotations as Record<string, unknown>)[stage.name] = result;
    if (timings) timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - startedAt;
  }
  return { document, warnings: context.warnings };
}


/**
 * Throws unless `record` passes `vnextract validate`, naming the first place it fails.
 *
 * validate checks the zod schema and the span invariant (output/validate.ts). buildRecord makes the span invariant
 * hold by construction: it throws where a stage's spans would break it. The schema's own rules (whole non-negative
 * offsets, finite numbers, TIMEX3 and ISO 8601 shapes, enums, nulls) are checked here by zod's compiled assert-only
 * validator (`z.compile` + `z.validate`): generated from the schema itself, so the schema stays the one source of
 * truth, and it builds nothing. `safeParse` built a full copy of the record to return as its data, which the
 * pipeline never used (it writes `record` itself): on 300 synthetic seed-size articles, ~190 KB and 0.15-0.35 ms an
 * article, against ~0.3 KB and 0.02-0.05 ms. zod re-runs its interpreter whenever the compiled validator is unsure,
 * and a schema it could not compile would stay on the interpreter, so the answer is always the schema's
 * (tests/record-check.test.ts checks that it compiles, and runs validate itself over every fixture's records).
 * Only a failing record pays for `safeParse`, for the message.
 */
function assertRecordValid(record: ExtractionRecord): void {
  if (passesRecordSchema(record)) return;
  const checked = extractionRecordSchema.safeParse(record);
  const issue = checked.error?.issues[0];
  throw new Error(`record failed the schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
}

/** The record for one article, checked as `vnextract validate` would. Throws when an extractor or the check fails. */
export function extractArticle(article: SourceArticle, timings?: StageTimings): ExtractionRecord {
  const { document, warnings } = annotateArticle(article, STAGES, timings);
  const startedAt = timings ? performance.now() : 0;
  const record = buildRecord(document, warnings);
  assertRecordValid(record);
  if (timings) timings.record = (timings.record ?? 0) + performance.now() - startedAt;
  return record;
}

/** Convenience for tests and the library: extract from a string as if it were a text file. */
export function extractText(
  raw: string,
  options: { id?: string; publishedAt?: string | null; file?: string | null } = {},
): ExtractionRecord {
  return extractArticle({
    id: options.id ?? 'text',
    source: { file: options.file ?? null, line: null, url: null },
    text: normalizeText(raw),
    hints: options.publishedAt ? { publishedAt: options.publishedAt } : {},
    markup: {},
  });
}
