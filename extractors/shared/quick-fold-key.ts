// foldKey (vietnamese.ts) for the many short keys the structure stages look up (a word, a label, a name): it
// lower-cases, then runs two regex replacements, the tone placement and the spacing, which change nothing in most
// keys. A quick test tells when they might, and only then does the full foldKey run: the same key, faster.
import { foldKey } from './vietnamese.js';

/** An old-style tone in lower case (`oà`, `oẻ`, `uý`): placeTonesModern might move it. */
const OLD_STYLE_TONE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/u;
/** Spacing that foldKey rewrites: a run of spaces, a space other than ` `, a space at either end. */
const SPACING_TO_FOLD = /\s\s|(?! )\s|^\s|\s$/u;

export function quickFoldKey(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  return OLD_STYLE_TONE.test(lower) || SPACING_TO_FOLD.test(lower) ? foldKey(text) : lower;
}
