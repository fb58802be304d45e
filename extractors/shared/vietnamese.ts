// Vietnamese text helpers shared by every extractor: Unicode-aware boundaries, folded lookup keys, letter classes.
// Regexes built from these fragments use the `u` flag; JavaScript's `\b` does not know Vietnamese letters.

/** Regex source: a position not preceded by a letter, mark or digit (a word starts here). */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Regex source: a position not followed by a letter, mark or digit (a word ends here). */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';
/** Regex source: one Vietnamese syllable (letters only). */
export const SYLLABLE = '[\\p{L}\\p{M}]+';
/** Regex source: a syllable written the way proper names are, capital first letter then lower case. */
export const CAPITALIZED_SYLLABLE = '\\p{Lu}[\\p{Ll}\\p{M}]*';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ALL_MARKS = /\p{M}/gu;

/**
 * A lookup key for lexicons and gazetteers: NFC, lower case, spacing folded, tone placed the modern way
 * (`hoà`/`hòa` give one key). Keeps the diacritics: `Bộ` and `Bổ` stay apart.
 */
export function foldKey(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  // Most keys (a word, a label, a name) have no old-style tone and single spaces: the two passes would change nothing.
  if (!OLD_STYLE_TONE_IN_LOWER_CASE.test(lower) && !SPACING_TO_FOLD.test(lower)) return lower;
  return placeTonesModern(lower).replace(/\s+/gu, ' ').trim();
}

/** An old-style tone in lower case (`oà`, `oẻ`, `uý`): placeTonesModern might move it. */
const OLD_STYLE_TONE_IN_LOWER_CASE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/u;
/** Spacing that foldKey rewrites: a run of spaces, a space other than ` `, a space at either end. */
const SPACING_TO_FOLD = /\s\s|(?! )\s|^\s|\s$/u;

/** Lower case without any diacritic, `đ` as `d`: `Nguyễn Nam` and `Nguyen Nam` give one key. */
export function asciiFoldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(ALL_MARKS, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The first letter of each word, upper case: `Huấn luyện viên` → `HLV`, `Phạm Quốc Bảo` → `PQB`. */
export function initialsOf(words: readonly string[]): string {
  let initials = '';
  for (const word of words) initials += (word[0] ?? '').toUpperCase();
  return initials;
}

/** Removes only the tone marks (keeps `ơ`, `ư`, `â`, `ê`, `ô`, `ă`, `đ`), lower case. */
export function toneFoldKey(text: string): string {
  return text.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
}

export function isUpperInitial(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  const letter = String.fromCodePoint(first);
  return letter !== letter.toLowerCase() && letter === letter.toUpperCase();
}

// Tone placement in the open syllables oa, oe, uy: the old style marks the second vowel (hoà, khoẻ, thuý),
// Vietnamese news mostly marks the first (hòa, khỏe, thúy). A closed syllable (hoàn) and qu+y (quý) keep theirs.
const TONE_COMBINING = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const OLD_STYLE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['o', 'a'], ['o', 'e'], ['u', 'y'],
  ['O', 'A'], ['O', 'E'], ['U', 'Y'],
  ['O', 'a'], ['O', 'e'], ['U', 'y'],
];

const OLD_STYLE_REPLACEMENTS = new Map<string, string>();
for (const [first, second] of OLD_STYLE_PAIRS) {
  for (const tone of TONE_COMBINING) {
    const oldForm = (first + (second + tone).normalize('NFC')).normalize('NFC');
    const modernForm = ((first + tone).normalize('NFC') + second).normalize('NFC');
    OLD_STYLE_REPLACEMENTS.set(oldForm, modernForm);
  }
}

/** The old forms whose first letter is one of `firsts`, as regex alternatives. */
function oldFormsStartingWith(firsts: readonly string[]): string {
  return [...OLD_STYLE_REPLACEMENTS.keys()].filter((oldForm) => firsts.includes(oldForm[0] ?? '')).join('|');
}
// `quý`: the u belongs to the consonant qu and the tone stays on y, so a u form after q does not match at all. The
// lookbehind rather than a check in the replacer: `quý` is in most articles, and a match given back unchanged still
// made replace() copy the whole text (~11 KB an article).
const OLD_STYLE_PATTERN = new RegExp(
  `(?:${oldFormsStartingWith(['o', 'O'])}|(?<![qQ])(?:${oldFormsStartingWith(['u', 'U'])}))(?![\\p{L}\\p{M}])`,
  'gu',
);

/** The modern form of an old-style `match`. Module-level, not an arrow per call: V8 keeps a closure's optimized code only weakly. */
function modernForm(match: string): string {
  return OLD_STYLE_REPLACEMENTS.get(match) ?? match;
}

/**
 * Moves the tone of an open `oa`/`oe`/`uy` syllable onto its first vowel: `hoà` → `hòa`, `khoẻ` → `khỏe`,
 * `thuý` → `thúy`; `hoàn`, `quý`, `quỳnh` stay. Expects NFC; keeps the length of the text.
 */
export function placeTonesModern(text: string): string {
  return text.replace(OLD_STYLE_PATTERN, modernForm);
}
