// The rules' patterns as the trigger scan (triggers.ts) runs them: sticky (`y` flag), from where one of their
// openings starts; without the lookbehinds every pattern opens with (OPENS_WORD_SOURCE: opensWord checks them once
// per start); and without the names of their groups, which the rules read by number (numberedPattern): V8 builds a
// dictionary of the named groups on every match, which makes a match twice as slow to get and its groups slower to
// read. The lookaheads every pattern ends with (ENDS_WORD_SOURCE) are left out too, and checked after the match:
// their `\p{..}` classes read case-insensitively cost V8 about a millisecond a pattern to parse and compile, paid
// by every worker before its first articles; the whole pattern is made only for a rule whose match fails them.
import { ENDS_WORD_SOURCE, namedGroupNumbers, type DateRule } from './candidate.js';

const GROUP_NAME = /\(\?<[A-Za-z_$][\w$]*>/uy;
const BACK_REFERENCE = /\\k<([A-Za-z_$][\w$]*)>/uy;

/** The match of a sticky `pattern` at `index` of `source`, or null. */
function matchAt(pattern: RegExp, source: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(source);
}

/** `source` with its named groups unnamed and each `\k<name>` made the number of its group: the same matches. */
function withoutGroupNames(source: string): string {
  const numbers = namedGroupNumbers(source);
  let written = '';
  for (let index = 0, inClass = false; index < source.length; index += 1) {
    const char = source[index] ?? '';
    // a group name opens with `(`, a reference with `\`: the patterns run only there (each rule's source is
    // hundreds of characters, read once per worker, before its first article)
    const group = inClass || char !== '(' ? null : matchAt(GROUP_NAME, source, index);
    const reference = inClass || char !== '\\' ? null : matchAt(BACK_REFERENCE, source, index);
    if (group !== null) {
      written += '(';
      index += group[0].length - 1;
    } else if (reference !== null) {
      const number = numbers.get(reference[1] ?? '');
      if (number === undefined) throw new Error(`dates: \\k<${reference[1] ?? ''}> names no group`);
      written += `(?:\\${number})`;
      index += reference[0].length - 1;
    } else {
      written += char;
      if (char === '\\') written += source[(index += 1)] ?? '';
      else if (inClass) inClass = char !== ']';
      else if (char === '[') inClass = true;
    }
  }
  return written;
}

/** A rule's pattern as the scan runs it (stickyMatch). */
export interface StickyPattern {
  /** The rule's source, sticky, its groups unnamed, without the lookaheads at its end. */
  readonly open: RegExp;
  /** The same with those lookaheads (ENDS_WORD_SOURCE), made on first need: a match of `open` that fails them. */
  whole: RegExp | null;
}

/** A rule's pattern as the scan runs it: sticky, its bounds left to opensWord and endsWord, its groups unnamed. */
export function stickyPattern(rule: DateRule): StickyPattern {
  return { open: new RegExp(withoutGroupNames(rule.source), 'iuy'), whole: null };
}

/** ENDS_WORD_SOURCE alone with the rules' flags, sticky, made on first need (a character beyond ASCII after a match). */
let endsWordFolded: RegExp | null = null;

const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The ASCII characters of `[/.:,+_&@–—-]` in ENDS_WORD_SOURCE, which refuse a letter or digit after them. */
const isAsciiCodeJoiner = (code: number): boolean =>
  code === 0x2f || code === 0x2e || code === 0x3a || code === 0x2c || code === 0x2b || code === 0x5f || code === 0x26 ||
  code === 0x40 || code === 0x2d;

/**
 * True when ENDS_WORD_SOURCE, read with the rules' `iu` flags, holds at `end`: ASCII answered in code (no character
 * beyond ASCII folds to an ASCII one that is not a letter), the rest by the regex.
 */
function endsWord(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const code = text.charCodeAt(end);
  if (code < 0x80) {
    if (isAsciiLetterOrDigit(code) || code === 0x25) return false;
    if (!isAsciiCodeJoiner(code)) return true;
    const next = text.charCodeAt(end + 1);
    if (end + 1 >= text.length || next < 0x80) return !isAsciiLetterOrDigit(next);
  }
  const pattern = endsWordFolded ?? (endsWordFolded = new RegExp(ENDS_WORD_SOURCE, 'iuy'));
  pattern.lastIndex = end;
  return pattern.test(text);
}

function wholePattern(pattern: StickyPattern): RegExp {
  return pattern.whole ?? (pattern.whole = new RegExp(`(?:${pattern.open.source})${ENDS_WORD_SOURCE}`, 'iuy'));
}

/**
 * The match of a rule's pattern (bounded: its lookaheads too) at `start`, as the whole pattern sticky would give it:
 * the first way `open` matches is the whole pattern's whenever the lookaheads hold at its end, which they do at
 * almost every match; else the whole pattern, which tries the other ways, runs.
 */
export function stickyMatch(pattern: StickyPattern, text: string, start: number): RegExpExecArray | null {
  pattern.open.lastIndex = start;
  const match = pattern.open.exec(text);
  if (match === null || endsWord(text, pattern.open.lastIndex)) return match;
  const whole = wholePattern(pattern);
  whole.lastIndex = start;
  return whole.exec(text);
}

/** Where the match stickyMatch gives ends, or -1 when there is none: no match array and no string per group. */
export function stickyMatchEnd(pattern: StickyPattern, text: string, start: number): number {
  pattern.open.lastIndex = start;
  if (!pattern.open.test(text)) return -1;
  if (endsWord(text, pattern.open.lastIndex)) return pattern.open.lastIndex;
  const whole = wholePattern(pattern);
  whole.lastIndex = start;
  return whole.test(text) ? whole.lastIndex : -1;
}
