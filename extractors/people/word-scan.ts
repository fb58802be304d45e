// One pass over the tokens for everything the people rules look for word by word: the syllables of the runs of
// capitalized syllables (name-runs.ts), the words that may open an honorific and the places an abbreviated title may
// start (titled-names.ts). Each token is read once, and a token that joins syllables (`Hà-Nội`, `PGS.TS`, `X-ông`) is
// split once; the rules then read only the runs and the few openings.
import type { Token } from '../../pipeline/document.js';
import { isLowerSyllablesAfterHyphen, isNameSyllable } from './characters.js';
import { NameRunBuilder, type NameRun } from './name-runs.js';
import { addHonorificOpening, mayOpenAbbreviation, type TitleOpenings } from './titled-names.js';

export interface WordScan {
  readonly runs: readonly NameRun[];
  readonly openings: TitleOpenings;
}

/**
 * Below this code unit every capital letter (`\p{Lu}`) has a lower-case form: the first capitals without one are
 * `ϒ` (U+03D2) and the letterlike symbols (`ℂ`, `ℝ`).
 */
const CAPITALS_ALL_CASED_BELOW = 0x3d2;

/**
 * Whether a whole token may be a name syllable, as far as its first letter tells: one written with a capital (the
 * tokenizer's `capitalized` or `acronymLike`, a first letter that changes in lower case) may, and so may one whose
 * first character could be a capital with no lower-case form. A quick refusal of the lower-case words and digits,
 * most of an article, before isNameSyllable reads the first character's class.
 */
function mayOpenNameSyllable(text: string, token: Token): boolean {
  return token.capitalized || token.acronymLike || text.charCodeAt(token.start) >= CAPITALS_ALL_CASED_BELOW;
}

/** `joiners`: characters.ts `joinerPositions`, where a token holds several syllables (each inside a token). */
export function scanWords(text: string, tokens: readonly Token[], joiners: readonly number[]): WordScan {
  const runs = new NameRunBuilder(text, tokens);
  const honorifics: number[] = [];
  const abbreviations: number[] = [];
  let nextJoiner = 0;
  let joiner = joiners.length > 0 ? joiners[0] ?? Infinity : Infinity;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    // A mark of punctuation is no syllable, opens no honorific and no abbreviation, and holds no joiner.
    if (!token.isWord) continue;
    if (joiner >= token.end) {
      // A whole token is its own run word (a token has the word's start, end, text and key).
      if (mayOpenNameSyllable(text, token) && isNameSyllable(text, token.start, token.end)) runs.add(token, index - 1);
      addHonorificOpening(text, tokens, index, -1, honorifics);
      if (mayOpenAbbreviation(text, token, token.start)) abbreviations.push(token.start);
      continue;
    }
    // A joined token: each of its syllables on its own, none of them one space from the one before; an abbreviation
    // may start at each, an honorific at the token's start or its last syllable.
    let start = token.start;
    let lastJoiner = -1;
    while (start < token.end) {
      let end = joiner < token.end ? joiner : token.end;
      if (isNameSyllable(text, start, end)) {
        // `Sang-sik`, `Hang-seo`: a romanized given name, one word with its lower-case syllables.
        if (end < token.end && isLowerSyllablesAfterHyphen(text, end + 1, token.end)) {
          end = token.end;
          while (joiner < token.end) {
            nextJoiner += 1;
            joiner = nextJoiner < joiners.length ? joiners[nextJoiner] ?? Infinity : Infinity;
          }
        }
        const syllable = text.slice(start, end);
        runs.add({ start, end, text: syllable, key: syllable.toLowerCase() }, start === token.start ? index - 1 : index);
      }
      if (mayOpenAbbreviation(text, token, start)) abbreviations.push(start);
      if (joiner < token.end) {
        lastJoiner = joiner;
        nextJoiner += 1;
        joiner = nextJoiner < joiners.length ? joiners[nextJoiner] ?? Infinity : Infinity;
      }
      start = end + 1;
    }
    addHonorificOpening(text, tokens, index, lastJoiner, honorifics);
  }
  return { runs: runs.finish(), openings: { honorifics, abbreviations } };
}
