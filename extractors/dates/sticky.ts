// The rules' patterns as the trigger scan (triggers.ts) runs them: sticky (`y` flag), from where one of their
// openings starts; without the lookbehinds every pattern opens with (OPENS_WORD_SOURCE: opensWord checks them once
// per start); and without the names of their groups, which the rules read by number (numberedPattern): V8 builds a
// dictionary of the named groups on every match, which makes a match twice as slow to get and its groups slower to
// read.
import { OPENS_WORD_SOURCE, namedGroupNumbers, type DateRule } from './candidate.js';

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

/** A rule's pattern as the scan runs it: sticky, its opening lookbehinds left to opensWord, its groups unnamed. */
export function stickyPattern(rule: DateRule): RegExp {
  const { source, flags } = rule.pattern;
  if (!source.startsWith(OPENS_WORD_SOURCE)) throw new Error(`dates: rule ${rule.name} does not open a word (rulePattern)`);
  return new RegExp(withoutGroupNames(source.slice(OPENS_WORD_SOURCE.length)), `${flags.replace('g', '')}y`);
}
