// The lower case of one UTF-16 code unit, for code that compares or walks a word's characters in lower case without
// making a lower-case copy of the word (sentences' abbreviations, interview's lexicon trees).

/**
 * The lower case of each code unit, filled as units are met: 0 unknown, IRREGULAR_LOWER when the unit alone does not
 * tell (a surrogate, `Σ` whose lower case depends on its place in the word, `İ` whose lower case is two units).
 */
const LOWER_UNITS = new Int32Array(0x10000);
/** What lowerUnit gives for a unit that has no lower case of its own: lower-case the word as a string instead. */
export const IRREGULAR_LOWER = -1;
const CAPITAL_SIGMA = 0x3a3;

export function lowerUnit(code: number): number {
  let lower = LOWER_UNITS[code] ?? IRREGULAR_LOWER;
  if (lower === 0) {
    const lowered = String.fromCharCode(code).toLowerCase();
    const irregular = lowered.length !== 1 || code === CAPITAL_SIGMA || (code >= 0xd800 && code <= 0xdfff);
    lower = irregular ? IRREGULAR_LOWER : lowered.charCodeAt(0);
    LOWER_UNITS[code] = lower;
  }
  return lower;
}
