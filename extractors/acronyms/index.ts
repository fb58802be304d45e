// The acronyms stage: definitions in parentheses (either order), then acronyms the text uses without defining
// whose long form it spells out elsewhere. One entry per acronym, the first definition winning.
import { annotation, defineStage, type AcronymSpan, type Token } from '../../pipeline/document.js';
import { findNameRuns } from '../organizations/name-runs.js';
import { tokenize } from '../../input/tokens.js';
import { sortStably } from '../shared/sorted-spans.js';
import { findParenthesizedDefinitions, RunsByEnd } from './parenthesized.js';
import { findSpelledOutAcronyms } from './spelled-out.js';

export function extractAcronyms(text: string, tokens: readonly Token[] = tokenize(text)): AcronymSpan[] {
  const runs = findNameRuns(text, tokens);
  const definitions: AcronymSpan[] = [];
  const defined = new Set<string>();
  for (const found of findParenthesizedDefinitions(text, tokens, new RunsByEnd(runs))) {
    if (defined.has(found.short)) continue;
    defined.add(found.short);
    definitions.push(found);
  }
  const spelledOut = findSpelledOutAcronyms(text, tokens, defined);
  return sortStably([...definitions, ...spelledOut], (a, b) => a.start - b.start || a.end - b.end);
}

export const acronymsStage = defineStage({
  name: 'acronyms',
  requires: ['tokens'],
  run: (document) => extractAcronyms(document.text, annotation(document, 'tokens')),
});
