// Spans sorted once by start, asked by binary search what starts before a point and whether a stretch overlaps
// any of them: the people stage asks it of organization mentions, the roles stage of every entity mention. And the
// sort the entity stages use for their few spans.
import { firstStartingAtOrAfter, type TextSpan } from '../../pipeline/document.js';

/** Past this many items `sortStably` leaves the work to `Array.prototype.sort`. */
const MAX_INSERTION_SORT = 24;

/**
 * Sorts `items` in place, stably, as `Array.prototype.sort` does, and returns them. The entity stages sort a few spans
 * at a time, and the built-in sort makes its own state on every call (about a kilobyte, whatever the length); an
 * insertion sort of a few items makes nothing.
 */
export function sortStably<Item>(items: Item[], compare: (a: Item, b: Item) => number): Item[] {
  if (items.length > MAX_INSERTION_SORT) return items.sort(compare);
  for (let index = 1; index < items.length; index += 1) {
    const item = items[index] as Item;
    let position = index;
    while (position > 0 && compare(items[position - 1] as Item, item) > 0) {
      items[position] = items[position - 1] as Item;
      position -= 1;
    }
    items[position] = item;
  }
  return items;
}

/** Earlier start first. Module-level, not an arrow per SortedSpans: V8 keeps a closure's optimized code only weakly. */
function byStart(a: TextSpan, b: TextSpan): number {
  return a.start - b.start;
}

/** Spans sorted by start (stably), asked by binary search what starts before a point and what overlaps a stretch. */
export class SortedSpans<Span extends TextSpan> {
  readonly spans: Span[];
  /** The largest end among the spans up to each position. */
  private readonly maxEnds: number[] = [];

  /** Sorts `spans` in place. */
  constructor(spans: Span[]) {
    this.spans = sortStably(spans, byStart);
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
