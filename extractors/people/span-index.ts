// Spans sorted once, asked by binary search whether a stretch of text overlaps any of them.
import type { TextSpan } from '../../pipeline/document.js';

export class SpanIndex {
  private readonly starts: number[];
  /** The largest end among the spans up to each position in start order. */
  private readonly maxEnds: number[];

  constructor(spans: readonly TextSpan[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((span) => span.start);
    this.maxEnds = [];
    let maxEnd = -1;
    for (const span of sorted) {
      maxEnd = Math.max(maxEnd, span.end);
      this.maxEnds.push(maxEnd);
    }
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
