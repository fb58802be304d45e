// Normalization of an article's text (../shared/spec/extraction.md, Conventions): Unicode NFC, the modern tone
// placement of open oa/oe/uy syllables, line endings as \n, zero-width characters and non-breaking spaces folded
// to plain spaces. Runs of spaces are kept: nothing else changes, so offsets stay honest.
import { placeTonesModern } from '../extractors/shared/vietnamese.js';

// Zero-width space/non-joiner/joiner, word joiner, BOM inside the text, soft hyphen stays out (it is visible text).
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/gu;
// No-break space, figure space, narrow no-break space.
const NO_BREAK_SPACES = /[\u00A0\u2007\u202F]/gu;
const LINE_ENDINGS = /\r\n?|[\u2028\u2029\u0085]/gu;
/** Any character the three above replace: most articles hold none, and are then read once rather than three times. */
const TO_FOLD = /[\r\u2028\u2029\u0085\u200B\u200C\u200D\u2060\uFEFF\u00A0\u2007\u202F]/u;

export function normalizeText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const folded = TO_FOLD.test(withoutBom)
    ? withoutBom.replace(LINE_ENDINGS, '\n').replace(ZERO_WIDTH, ' ').replace(NO_BREAK_SPACES, ' ')
    : withoutBom;
  return placeTonesModern(folded.normalize('NFC'));
}
