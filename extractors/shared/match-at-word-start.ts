// Regexes that must start a word, run fast. A regex that opens with a lookbehind (`(?<![\p{L}\p{M}\p{N}])ông|bà`)
// tries it at every character of the text; the same regex without it skips ahead to where its words are, several
// times faster, and the lookbehind, kept as a sticky zero-width regex of its own, is tried only where they matched.
// Shared by the interview and metadata stages.

/** Zero-width and sticky: no letter, mark or digit right before the position, so a word may start there. */
export const AT_WORD_START = /(?<![\p{L}\p{M}\p{N}])/uy;

/**
 * The first match of `pattern` (global) in `text` from `from` at a position that `startTest` (sticky and
 * zero-width: a lookbehind such as AT_WORD_START) accepts: the match `pattern` would give with that lookbehind at
 * its head. A regex that opens with a lookbehind tries it at every character; one that opens with its words skips
 * to where they are, several times faster, and the lookbehind is tried only there.
 */
export function execAtStart(pattern: RegExp, startTest: RegExp, text: string, from = 0): RegExpExecArray | null {
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    startTest.lastIndex = match.index;
    if (startTest.test(text)) return match;
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

/** Every match `execAtStart` finds, left to right, not overlapping: what `matchAll` gives with the lookbehind. */
export function* matchAllAtStart(pattern: RegExp, startTest: RegExp, text: string): Generator<RegExpExecArray> {
  for (let match = execAtStart(pattern, startTest, text); match !== null; match = execAtStart(pattern, startTest, text, match.index + match[0].length)) {
    yield match;
  }
}
