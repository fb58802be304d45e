// Dates and figures: a prediction matches a gold mention when their spans overlap, and is a true positive when
// its value agrees too. Predictions that overlap only an optional mention are not counted; figures that overlap a
// `notFigures` string are false positives whatever else they overlap. Span-only counts are kept beside.
import { foldKey } from '../../extractors/shared/vietnamese.js';
import type { DateMentionRecord, FigureKind, FigureMentionRecord } from '../schema.js';
import { maximumMatching, type Counts, type FieldScore, type Finding } from './counts.js';
import type { GoldDate, GoldFigure } from './gold-file.js';
import type { GoldSpan, Located } from './resolve-gold.js';

interface Span {
  readonly start: number;
  readonly end: number;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function dateAgrees(predicted: DateMentionRecord, gold: GoldDate): boolean {
  return predicted.value === gold.value
    && predicted.endValue === (gold.endValue ?? null)
    && predicted.mod === (gold.mod ?? null);
}

/** The numbers each kind of figure uses; only these are compared. */
const NUMBERS_OF_KIND: Readonly<Record<FigureKind, readonly ('value' | 'min' | 'max' | 'of')[]>> = {
  count: ['value'],
  ratio: ['value', 'of'],
  range: ['min', 'max'],
  percent: ['value'],
  money: ['value'],
  duration: ['value'],
  ordinal: ['value'],
  number: ['value'],
};

function sameNumber(predicted: number | null, gold: number | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  return Math.abs(predicted - gold) <= 1e-9 * Math.max(1, Math.abs(gold));
}

/** Units agree when one contains the other (case and spacing folded); a gold file that names no unit skips it. */
export function unitAgrees(predicted: string | null, gold: string | null | undefined): boolean {
  if (gold === undefined) return true;
  if (predicted === null || gold === null) return predicted === gold;
  const a = foldKey(predicted);
  const b = foldKey(gold);
  return a.includes(b) || b.includes(a);
}

export function figureAgrees(predicted: FigureMentionRecord, gold: GoldFigure): boolean {
  if (predicted.kind !== gold.kind) return false;
  for (const name of NUMBERS_OF_KIND[gold.kind]) {
    if (!sameNumber(predicted[name], gold[name] ?? null)) return false;
  }
  return unitAgrees(predicted.unit, gold.unit);
}

function describeDate(date: { text?: string; words?: string; value?: string | null; endValue?: string | null; mod?: string | null }): string {
  const parts = [date.value ?? 'null'];
  if (date.endValue) parts.push(`… ${date.endValue}`);
  if (date.mod) parts.push(date.mod);
  return parts.join(' ');
}

function describeFigure(figure: {
  kind?: string; value?: number | null; min?: number | null; max?: number | null; of?: number | null; unit?: string | null;
}): string {
  const numbers = figure.kind === 'range' ? `${figure.min ?? '?'}–${figure.max ?? '?'}`
    : figure.kind === 'ratio' ? `${figure.value ?? '?'}/${figure.of ?? '?'}`
      : String(figure.value ?? 'null');
  return `${figure.kind ?? '?'} ${numbers}${figure.unit ? ` ${figure.unit}` : ''}`;
}

interface MentionScoring<P extends Span & { text: string }, G> {
  readonly predicted: readonly P[];
  readonly gold: readonly Located<G>[];
  readonly optional: readonly GoldSpan[];
  /** Spans no prediction may overlap (`notFigures`). */
  readonly forbidden: readonly GoldSpan[];
  readonly agrees: (predicted: P, gold: G) => boolean;
  readonly describePredicted: (predicted: P) => string;
  readonly describeGold: (gold: G) => string;
}

function scoreMentions<P extends Span & { text: string }, G>(scoring: MentionScoring<P, G>): FieldScore {
  const { predicted, gold, optional, forbidden } = scoring;
  const isForbidden = predicted.map((item) => forbidden.some((span) => overlaps(item, span)));
  const spanMatch = maximumMatching(gold.length, predicted.length,
    (g, p) => !isForbidden[p] && overlaps(gold[g]!, predicted[p]!));
  const valueMatch = maximumMatching(gold.length, predicted.length,
    (g, p) => !isForbidden[p] && overlaps(gold[g]!, predicted[p]!) && scoring.agrees(predicted[p]!, gold[g]!.gold));

  const inSpanMatch = new Uint8Array(predicted.length);
  const inValueMatch = new Uint8Array(predicted.length);
  spanMatch.forEach((p) => { if (p >= 0) inSpanMatch[p] = 1; });
  valueMatch.forEach((p) => { if (p >= 0) inValueMatch[p] = 1; });

  const findings: Finding[] = [];
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const spanCounts: Counts = { tp: 0, fp: 0, fn: 0 };
  gold.forEach((item, g) => {
    const p = valueMatch[g] ?? -1;
    const s = spanMatch[g] ?? -1;
    if (p >= 0) counts.tp += 1;
    else counts.fn += 1;
    if (s >= 0) spanCounts.tp += 1;
    else spanCounts.fn += 1;
    if (p < 0) {
      const near = s >= 0 ? predicted[s] : undefined;
      findings.push(near
        ? { kind: 'wrong', detail: `"${item.words}" @${item.start}: gold ${scoring.describeGold(item.gold)}, predicted "${near.text}" ${scoring.describePredicted(near)}` }
        : { kind: 'miss', detail: `"${item.words}" @${item.start}: ${scoring.describeGold(item.gold)}` });
    }
  });
  predicted.forEach((item, p) => {
    const matched = inSpanMatch[p] === 1 || inValueMatch[p] === 1;
    if (!matched && !isForbidden[p] && optional.some((span) => overlaps(item, span))) return; // optional: not counted
    if (inValueMatch[p] !== 1) counts.fp += 1;
    if (inSpanMatch[p] !== 1) spanCounts.fp += 1;
    if (!matched) {
      const reason = isForbidden[p] ? ' (overlaps a notFigures string)' : '';
      findings.push({ kind: 'extra', detail: `"${item.text}" @${item.start}: ${scoring.describePredicted(item)}${reason}` });
    }
  });
  return { counts, spanCounts, predicted: predicted.length, findings };
}

export function scoreDates(
  predicted: readonly DateMentionRecord[],
  gold: readonly Located<GoldDate>[],
  optional: readonly GoldSpan[],
): FieldScore {
  return scoreMentions({
    predicted, gold, optional, forbidden: [], agrees: dateAgrees, describePredicted: describeDate, describeGold: describeDate,
  });
}

export function scoreFigures(
  predicted: readonly FigureMentionRecord[],
  gold: readonly Located<GoldFigure>[],
  optional: readonly GoldSpan[],
  notFigures: readonly GoldSpan[],
): FieldScore {
  return scoreMentions({
    predicted, gold, optional, forbidden: notFigures, agrees: figureAgrees,
    describePredicted: describeFigure, describeGold: describeFigure,
  });
}
