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

export interface QualifierAfter {
  readonly qualifier: FigureQualifier;
  /** Token after the qualifier. */
  readonly next: number;
}

/**
 * What qualifierBefore and qualifierAfter return, filled again for every qualifier found (one of each is read per
 * figure at most, and used before the next is read): a new object per qualifier was ~1.5 KB an article.
 */
class QualifierReading implements QualifierBefore, QualifierAfter {
  qualifier: FigureQualifier = 'approx';
  first = 0;
  next = 0;

  filled(qualifier: FigureQualifier, first: number, next: number): QualifierReading {
    this.qualifier = qualifier;
    this.first = first;
    this.next = next;
    return this;
  }
}

const qualifierBeforeNumber = new QualifierReading();
const qualifierAfterUnit = new QualifierReading();

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
    if (qualifier) return qualifierBeforeNumber.filled(qualifier, index - words, index);
  }
  return null;
}

/** `trở lên` / `trở xuống` at token `index` (after a figure's unit). */
export function qualifierAfter(context: FigureContext, index: number): QualifierAfter | null {
  const found = phraseAt(context, index, QUALIFIER_AFTER_PHRASES, 2);
  if (!found) return null;
  const qualifier = QUALIFIERS_AFTER.get(found.entry);
  return qualifier ? qualifierAfterUnit.filled(qualifier, index, index + found.length) : null;
}
