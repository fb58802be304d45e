// The acronyms stage: definitions in parentheses (either order), then acronyms the text uses without defining
// whose long form it spells out elsewhere. One entry per acronym, the first definition winning.
import { annotation, defineStage, type AcronymSpan, type Token } from '../../pipeline/document.js';
import { findNameRuns } from '../organizations/name-runs.js';
import { tokenize } from '../../input/tokens.js';
import { sortStably } from '../shared/sorted-spans.js';
import { findParenthesizedDefinitions, JOINED_BRAND_AND_ACRONYM, RunsByEnd } from './parenthesized.js';
import { findSpelledOutAcronyms } from './spelled-out.js';

const NOTHING_DEFINED: ReadonlySet<string> = new Set();

export function extractAcronyms(text: string, tokens: readonly Token[] = tokenize(text)): AcronymSpan[] {
  const runs = findNameRuns(text, tokens);
  const parenthesized = findParenthesizedDefinitions(text, tokens, new RunsByEnd(runs));
  const definitions: AcronymSpan[] = [];
  // Made only when the text defines acronyms in brackets (most articles define none).
  let defined: Set<string> | null = null;
  // The acronyms of a bracket of two (`KTTV TTB`): defined for the spelled-out search, yet a bracket of one of them
  // alone further on defines it with its own long form (`Cục Khí tượng Thủy văn (KTTV)`).
  let partsOfPairs: Set<string> | null = null;
  for (let position = 0; position < parenthesized.length; position += 1) {
    const found = parenthesized[position] as AcronymSpan;
    defined ??= new Set<string>();
    if (defined.has(found.short) && !partsOfPairs?.has(found.short)) continue;
    partsOfPairs?.delete(found.short);
    defined.add(found.short);
    // `Tổng LĐLĐVN` defines its acronym written alone too (`LĐLĐVN` is not spelled out again).
    const space = found.short.lastIndexOf(' ');
    // `SoSach AI`: a brand's trade in its bracket defines nothing (`AI` is left for `trí tuệ nhân tạo (AI)`).
    if (space > 0 && found.rule !== 'compound-short' && found.rule !== JOINED_BRAND_AND_ACRONYM) defined.add(found.short.slice(space + 1));
    // `VH,TT&DL` defines its parts too: `TT&DL` is no acronym of its own words.
    if (found.rule === 'comma-joined-acronyms') for (const part of found.short.split(',')) defined.add(part);
    // `STT Hydro` defines `STT`, the acronym it opens with; `BQL KKT` both of its acronyms.
    if (found.rule === 'acronym-and-word' || found.rule === 'two-acronyms') defined.add(found.short.slice(0, space));
    if (found.rule === 'two-acronyms') {
      partsOfPairs ??= new Set<string>();
      addPartOfPair(partsOfPairs, definitions, found.short.slice(0, space));
      addPartOfPair(partsOfPairs, definitions, found.short.slice(space + 1));
    }
    definitions.push(found);
  }
  const spelledOut = findSpelledOutAcronyms(text, tokens, defined ?? NOTHING_DEFINED);
  // Both lists are this call's own: one sorted in place when the other is empty, no joined copy.
  if (spelledOut.length === 0) return sortStably(definitions, byStartThenEnd);
  if (definitions.length === 0) return sortStably(spelledOut, byStartThenEnd);
  return sortStably([...definitions, ...spelledOut], byStartThenEnd);
}

/** Marks an acronym of a bracket of two as one a bracket of its own may still define, unless one did before. */
function addPartOfPair(partsOfPairs: Set<string>, definitions: readonly AcronymSpan[], part: string): void {
  for (const earlier of definitions) if (earlier.short === part) return;
  partsOfPairs.add(part);
}

function byStartThenEnd(a: AcronymSpan, b: AcronymSpan): number {
  return a.start - b.start || a.end - b.end;
}

export const acronymsStage = defineStage({
  name: 'acronyms',
  requires: ['tokens'],
  run: (document) => extractAcronyms(document.text, annotation(document, 'tokens')),
});
