// Spans sorted once, asked by binary search whether a stretch of text overlaps any of them.
import type { TextSpan } from '../../pipeline/document.js';

export class SpanIndex {
  private readonly sorted: TextSpan[];
  private readonly starts: number[];
  /** The largest end among the spans up to each position in start order. */
  private readonly maxEnds: number[];

  constructor(spans: readonly TextSpan[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.sorted = sorted;
    this.starts = sorted.map((span) => span.start);
    this.maxEnds = [];
    let maxEnd = -1;
    for (const span of sorted) {
      maxEnd = Math.max(maxEnd, span.end);
      this.maxEnds.push(maxEnd);
    }
  }

  /** The span starting last before `end`, when it overlaps `[start, end)`. */
  lastOverlapping(start: number, end: number): TextSpan | null {
    const index = this.countStartingBefore(end) - 1;
    const span = this.sorted[index];
    return span !== undefined && span.end > start ? span : null;
  }

  private countStartingBefore(end: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.starts[middle] ?? 0) < end) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** True when some span overlaps `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    // The last span starting before `end`: if any span up to it ends after `start`, they overlap.
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.starts[middle] ?? 0) < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (this.maxEnds[low - 1] ?? -1) > start;
  }
}
