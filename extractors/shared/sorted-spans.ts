// Spans sorted once by start, asked by binary search what starts before a point and whether a stretch overlaps
// any of them: the people stage asks it of organization mentions, the roles stage of every entity mention.
import { firstStartingAtOrAfter, type TextSpan } from '../../pipeline/document.js';

/** Spans sorted by start (stably), asked by binary search what starts before a point and what overlaps a stretch. */
export class SortedSpans<Span extends TextSpan> {
  readonly spans: Span[];
  /** The largest end among the spans up to each position. */
  private readonly maxEnds: number[] = [];

  /** Sorts `spans` in place. */
  constructor(spans: Span[]) {
    this.spans = spans.sort((a, b) => a.start - b.start);
    let maxEnd = -1;
    for (const span of spans) {
      maxEnd = Math.max(maxEnd, span.end);
      this.maxEnds.push(maxEnd);
    }
  }

  countStartingBefore(index: number): number {
    return firstStartingAtOrAfter(this.spans, index);
  }

  /** The span starting last before `end`, when it overlaps `[start, end)`. */
  lastOverlapping(start: number, end: number): Span | null {
    const span = this.spans[this.countStartingBefore(end) - 1];
    return span !== undefined && span.end > start ? span : null;
  }

  /** True when some span overlaps `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    const before = this.countStartingBefore(end);
    return before > 0 && (this.maxEnds[before - 1] ?? -1) > start;
  }
}
