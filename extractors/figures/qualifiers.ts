// Qualifiers of a figure: `khoảng`, `gần`, `chừng` (approx), `hơn`, `trên`, `ngoài` (over), `dưới`, `chưa đến`
// (under) before the number; `trở lên`, `trở xuống` after it.
import type { FigureQualifier } from '../../output/schema.js';
import { QUALIFIER_AFTER_PHRASES, QUALIFIER_BEFORE_LAST_WORD_SET, QUALIFIER_BEFORE_PHRASES, QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from './lexicon.js';
import { isInSetAt, phraseAt, wordsEntry } from './phrases.js';
import { isGlued, isWordAt, type FigureContext } from './tokens.js';

export interface QualifierBefore {
  readonly qualifier: FigureQualifier;
  /** First token of the qualifier. */
  readonly first: number;
}

/** The most words a qualifier before a number has (`ước tính khoảng`). */
const MAX_QUALIFIER_WORDS = 3;

/** The qualifier ending just before token `index`, longest first (`chưa đến` before `đến`). */
export function qualifierBefore(context: FigureContext, index: number): QualifierBefore | null {
  if (isGlued(context, index) || !isInSetAt(context, index - 1, QUALIFIER_BEFORE_LAST_WORD_SET)) return null;
  // The words with spaces between them that end just before `index`, at most MAX_QUALIFIER_WORDS.
  let words = 0;
  while (words < MAX_QUALIFIER_WORDS && isWordAt(context, index - words - 1) && (words === 0 || !isGlued(context, index - words))) words += 1;
  for (; words >= 1; words -= 1) {
    const entry = wordsEntry(context, index - words, index, QUALIFIER_BEFORE_PHRASES);
    const qualifier = entry === null ? undefined : QUALIFIERS_BEFORE.get(entry);
    if (qualifier) return { qualifier, first: index - words };
  }
  return null;
}

/** `trở lên` / `trở xuống` at token `index` (after a figure's unit). */
export function qualifierAfter(
  context: FigureContext,
  index: number,
): { readonly qualifier: FigureQualifier; readonly next: number } | null {
  const found = phraseAt(context, index, QUALIFIER_AFTER_PHRASES, 2);
  if (!found) return null;
  const qualifier = QUALIFIERS_AFTER.get(found.entry);
  return qualifier ? { qualifier, next: index + found.length } : null;
}
