// Offsets in a record are Unicode code points. JavaScript strings index UTF-16 code units, so reading a record's
// spans needs a map between the two; for text with no character outside the BMP (nearly all Vietnamese news) the
// map is the identity and costs nothing.
const SURROGATE = /[\uD800-\uDFFF]/u;
const ANY_SURROGATE_UNIT = /[\uD800-\uDFFF]/;

/** A text read by code points: its length, slices and offset conversions, each in constant time. */
export class CodePointText {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  /** UTF-16 index of each code point offset (length + 1 entries), or null when the two agree. */
  private readonly unitIndex: Uint32Array | null;

  constructor(text: string) {
    this.text = text;
    if (!SURROGATE.test(text) && !ANY_SURROGATE_UNIT.test(text)) {
      this.unitIndex = null;
      this.length = text.length;
      return;
    }
    const unitIndex = new Uint32Array(text.length + 1);
    let codePoints = 0;
    for (let unit = 0; unit < text.length; unit += 1) {
      unitIndex[codePoints] = unit;
      const code = text.charCodeAt(unit);
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = text.charCodeAt(unit + 1);
        if (next >= 0xdc00 && next <= 0xdfff) unit += 1;
      }
      codePoints += 1;
    }
    unitIndex[codePoints] = text.length;
    this.length = codePoints;
    this.unitIndex = unitIndex.subarray(0, codePoints + 1);
  }

  /** The UTF-16 index of a code-point offset (0 ≤ offset ≤ length). */
  toUnit(codePoint: number): number {
    return this.unitIndex === null ? codePoint : this.unitIndex[codePoint] ?? this.text.length;
  }

  /** The code-point offset of a UTF-16 index that starts a code point (binary search when they differ). */
  toCodePoint(unit: number): number {
    const index = this.unitIndex;
    if (index === null) return unit;
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((index[middle] ?? 0) < unit) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** `Array.from(text).slice(start, end).join('')`, without building the array. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }
}
