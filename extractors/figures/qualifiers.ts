// Qualifiers of a figure: `khoảng`, `gần`, `chừng` (approx), `hơn`, `trên`, `ngoài` (over), `dưới`, `chưa đến`
// (under) before the number; `trở lên`, `trở xuống` after it.
import type { FigureQualifier } from '../../output/schema.js';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from './lexicon.js';
import { isWord, keyOfTokens, phraseAt, type FigureContext } from './tokens.js';

export interface QualifierBefore {
  readonly qualifier: FigureQualifier;
  /** First token of the qualifier. */
  readonly first: number;
}

/** The qualifier ending just before token `index`, longest first (`chưa đến` before `đến`). */
export function qualifierBefore(context: FigureContext, index: number): QualifierBefore | null {
  const { tokens } = context;
  for (let words = 3; words >= 1; words -= 1) {
    const first = index - words;
    if (first < 0) continue;
    let allWords = true;
    for (let at = first; at < index; at += 1) {
      const token = tokens[at];
      if (!isWord(token) || (at > first && token.glued)) allWords = false;
    }
    if (!allWords || tokens[index]?.glued) continue;
    const qualifier = QUALIFIERS_BEFORE.get(keyOfTokens(context, first, index));
    if (qualifier) return { qualifier, first };
  }
  return null;
}

/** `trở lên` / `trở xuống` at token `index` (after a figure's unit). */
export function qualifierAfter(
  context: FigureContext,
  index: number,
): { readonly qualifier: FigureQualifier; readonly next: number } | null {
  const found = phraseAt(context, index, QUALIFIERS_AFTER, 2);
  if (!found) return null;
  const qualifier = QUALIFIERS_AFTER.get(found.key);
  return qualifier ? { qualifier, next: found.next } : null;
}
