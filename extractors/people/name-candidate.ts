// What the name rules report and what they may consult: a candidate name with its span, and the places,
// organizations and titles around it that a name must not be.
import type { TextSpan } from '../../pipeline/document.js';
import { isNeverNameWord } from './lexicon.js';
import type { RunWord } from './name-runs.js';

export interface NameCandidate extends TextSpan {
  /** The name as written: the span's text. */
  readonly name: string;
  /** The rule that found it. */
  readonly rule: string;
  /** A given name alone (`ông Hiệp`): joined to a full name that ends with it when there is one. */
  readonly short: boolean;
  /** Counts only when the same name is found elsewhere too (an everyday word starting a sentence). */
  readonly needsConfirmation: boolean;
}

/** What the rules need to know about the document around a name. */
export interface NameContext {
  readonly text: string;
  /** Starts of sentences the splitter found. */
  readonly sentenceStarts: ReadonlySet<number>;
  /** True when `[start, end)` overlaps a place or an organization mention. */
  overlapsPlaceOrOrganization(start: number, end: number): boolean;
  /** True when a place name starts at `index`. */
  startsPlace(index: number): boolean;
  /** True when a post title (`Chủ tịch`, `Phó Tổng cục trưởng`) starts at `index`. */
  startsTitle(index: number): boolean;
}

/**
 * The words of a run that can be a name, from `from`: stops before a place, a title or a word that is never part
 * of a name, and after `max` words.
 */
export function nameWords(words: readonly RunWord[], from: number, context: NameContext, max: number): RunWord[] {
  const taken: RunWord[] = [];
  for (let index = from; index < words.length && taken.length < max; index += 1) {
    const word = words[index];
    if (word === undefined) break;
    if (isNeverNameWord(word.text)) break;
    if (taken.length > 0 && (context.startsPlace(word.start) || context.startsTitle(word.start))) break;
    taken.push(word);
  }
  return taken;
}

export function candidateOf(
  text: string,
  words: readonly RunWord[],
  rule: string,
  options: { short?: boolean; needsConfirmation?: boolean } = {},
): NameCandidate | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return null;
  return {
    start: first.start,
    end: last.end,
    name: text.slice(first.start, last.end),
    rule,
    short: options.short ?? false,
    needsConfirmation: options.needsConfirmation ?? false,
  };
}
