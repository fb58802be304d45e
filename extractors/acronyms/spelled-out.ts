// Acronyms the text uses without defining them, whose long form it spells out elsewhere: `TCĐLCL` with `Tiêu
// chuẩn Đo lường Chất lượng` in `Tổng cục Tiêu chuẩn Đo lường Chất lượng`, or a known English acronym with its
// Vietnamese long form written somewhere (`GDP` and `tổng sản phẩm quốc nội`). A capitalized long form may be as
// short as three letters; a lower-case one needs four, where chance spellings grow rare.
import type { AcronymSpan } from '../../pipeline/document.js';
import type { Token } from '../../input/tokens.js';
import { LastValueMemo } from '../shared/last-value-memo.js';
import { KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS, NAME_STOP_WORD_KEYS } from '../organizations/lexicon.js';
import { nameTokens } from '../organizations/name-tokens.js';
import { KNOWN_ACRONYM } from '../organizations/word-classes.js';
import { acronymLetters, initialIndexOf, matchInitialsForward, syllableInitialIndex } from './initials.js';
import { INITIALS_SKIPPED_WORD_KEYS, KNOWN_ACRONYM_LONG_FORMS } from './lexicon.js';
import { isAcronymCandidate, longFormKeys } from './parenthesized.js';

/** At most this many distinct undefined acronyms are looked for in one article (hostile input stays linear). */
const MAX_ACRONYMS_LOOKED_UP = 64;

/** Start token of the first occurrence of `keys` as consecutive words among `starts` (where the first word is), or -1. */
function findWords(tokens: readonly Token[], keys: readonly string[], starts: readonly number[]): number {
  outer: for (const index of starts) {
    for (let offset = 1; offset < keys.length; offset += 1) {
      if (tokens[index + offset]?.key !== keys[offset]) continue outer;
    }
    return index;
  }
  return -1;
}

/** Words that cannot make a long form: a stop word (`của`, `là`) or an acronym among them. */
function holdsStopWordOrAcronym(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index += 1) {
    const token = tokens[index];
    if (!token || NAME_STOP_WORD_KEYS.has(token.key) || token.acronymLike) return true;
  }
  return false;
}

/** Proper-name style capitalizes the first syllable of each word: the first word, and half the others at least. */
function writtenAsName(tokens: readonly Token[], first: number, end: number): boolean {
  if (!tokens[first]?.capitalized) return false;
  let content = 0;
  let capitalized = 0;
  for (let index = first; index < end; index += 1) {
    const token = tokens[index];
    if (!token || INITIALS_SKIPPED_WORD_KEYS.has(token.key)) continue;
    content += 1;
    if (token.capitalized) capitalized += 1;
  }
  return capitalized * 2 >= content;
}

function writtenInLowerCase(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index += 1) if (!tokens[index]?.lower) return false;
  return true;
}

/**
 * The best spelled-out long form: the first one written as a name (from `capitalizedStarts`), else the first one
 * in lower case (four letters up, from the starts `lowerStarts` gives, asked only then).
 */
function spelledOutLongForm(
  tokens: readonly Token[],
  capitalizedStarts: readonly number[],
  lowerStarts: () => readonly number[],
  letters: readonly string[],
): { first: number; end: number } | null {
  for (const first of capitalizedStarts) {
    const end = matchInitialsForward(tokens, first, letters);
    if (end >= 0 && !holdsStopWordOrAcronym(tokens, first, end) && writtenAsName(tokens, first, end)) return { first, end };
  }
  if (letters.length < 4) return null;
  for (const first of lowerStarts()) {
    const end = matchInitialsForward(tokens, first, letters);
    if (end >= 0 && !holdsStopWordOrAcronym(tokens, first, end) && writtenInLowerCase(tokens, first, end)) return { first, end };
  }
  return null;
}

/** Token indices of possible starts, by the number of their initial (`syllableInitialIndex`). */
type StartsByInitial = (number[] | undefined)[];

const INITIAL_D = initialIndexOf('D');
const INITIAL_Đ = initialIndexOf('Đ');

/** The `D` and `Đ` starts of a list, merged once per article. */
const mergedDStarts = new LastValueMemo<StartsByInitial, readonly number[]>();

/** The starts for an acronym's first letter: `D` also starts words with `Đ` (`DBSCL` ← `Đồng bằng sông Cửu Long`). */
function startsFor(starts: StartsByInitial, initial: number): readonly number[] {
  const own = starts[initial] ?? [];
  const withBar = initial === INITIAL_D ? starts[INITIAL_Đ] : undefined;
  if (withBar === undefined || withBar.length === 0) return own;
  let merged = mergedDStarts.get(starts);
  if (merged === undefined) {
    merged = [...own, ...withBar].sort((a, b) => a - b);
    mergedDStarts.set(starts, merged);
  }
  return merged;
}

export function findSpelledOutAcronyms(text: string, tokens: readonly Token[], defined: ReadonlySet<string>): AcronymSpan[] {
  const words = nameTokens(text, tokens);
  const properTokens = words.proper;
  const firstMentions = new Map<string, Token>();
  const refused = new Set<string>();
  for (const index of properTokens) {
    const token = tokens[index];
    if (firstMentions.size >= MAX_ACRONYMS_LOOKED_UP) break;
    if (!token?.acronymLike || defined.has(token.text) || firstMentions.has(token.text) || refused.has(token.text)) continue;
    const known = words.is(index, KNOWN_ACRONYM) && KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS.has(token.text);
    if (known || !isAcronymCandidate(token)) {
      refused.add(token.text);
      continue;
    }
    firstMentions.set(token.text, token);
  }
  if (firstMentions.size === 0) return [];

  // Where the known long forms may start: their first words (few, compared directly), in one pass when any.
  const firstWords: string[] = [];
  for (const short of firstMentions.keys()) {
    for (const known of KNOWN_ACRONYM_LONG_FORMS.get(short) ?? []) {
      const first = longFormKeys(known)[0];
      if (first !== undefined && !firstWords.includes(first)) firstWords.push(first);
    }
  }
  const startsByFirstWord = firstWords.map((): number[] => []);
  if (firstWords.length > 0) {
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (!token?.isWord) continue;
      for (let word = 0; word < firstWords.length; word += 1) {
        if (token.key === firstWords[word]) startsByFirstWord[word]?.push(index);
      }
    }
  }

  // Where a spelled-out long form may start: a word with the acronym's first letter (by the number of its initial),
  // capitalized for a name (among the proper tokens), in lower case otherwise (all tokens, read only when needed).
  const capitalizedStarts: StartsByInitial = [];
  for (const short of firstMentions.keys()) {
    const letters = acronymLetters(short);
    if (!letters || letters.length < 3) continue;
    const initial = initialIndexOf(letters[0] ?? '');
    capitalizedStarts[initial] = [];
    if (initial === INITIAL_D) capitalizedStarts[INITIAL_Đ] = [];
  }
  for (const index of properTokens) {
    const token = tokens[index];
    if (token?.capitalized) capitalizedStarts[syllableInitialIndex(token.text)]?.push(index);
  }
  let lowerStarts: StartsByInitial | null = null;
  const lowerStartsOf = (initial: number): readonly number[] => {
    if (lowerStarts === null) {
      const starts: StartsByInitial = [];
      for (let wanted = 0; wanted < capitalizedStarts.length; wanted += 1) if (capitalizedStarts[wanted]) starts[wanted] = [];
      for (let index = 0; index < tokens.length; index += 1) {
        const token = tokens[index];
        if (token?.lower) starts[syllableInitialIndex(token.text)]?.push(index);
      }
      lowerStarts = starts;
    }
    return startsFor(lowerStarts, initial);
  };

  const found: AcronymSpan[] = [];
  for (const [short, mention] of firstMentions) {
    const spelled = (KNOWN_ACRONYM_LONG_FORMS.get(short) ?? []).map((known) => {
      const keys = longFormKeys(known);
      return { keys, at: findWords(tokens, keys, startsByFirstWord[firstWords.indexOf(keys[0] ?? '')] ?? []) };
    }).find((candidate) => candidate.at >= 0);
    if (spelled) {
      const long = text.slice(tokens[spelled.at]?.start ?? 0, tokens[spelled.at + spelled.keys.length - 1]?.end ?? 0);
      found.push({ start: mention.start, end: mention.end, short, long, rule: 'known-long-form-elsewhere' });
      continue;
    }
    const letters = acronymLetters(short);
    if (!letters || letters.length < 3) continue;
    const initial = initialIndexOf(letters[0] ?? '');
    const long = spelledOutLongForm(tokens, startsFor(capitalizedStarts, initial), () => lowerStartsOf(initial), letters);
    if (!long) continue;
    const longText = text.slice(tokens[long.first]?.start ?? 0, tokens[long.end - 1]?.end ?? 0);
    found.push({ start: mention.start, end: mention.end, short, long: longText, rule: 'spelled-out' });
  }
  return found;
}
