// Acronyms the text uses without defining them, whose long form it spells out elsewhere: `TCĐLCL` with `Tiêu
// chuẩn Đo lường Chất lượng` in `Tổng cục Tiêu chuẩn Đo lường Chất lượng`, or a known English acronym with its
// Vietnamese long form written somewhere (`GDP` and `tổng sản phẩm quốc nội`). A capitalized long form may be as
// short as three letters; a lower-case one needs four, where chance spellings grow rare.
import type { AcronymSpan } from '../../pipeline/document.js';
import type { Token } from '../../input/tokens.js';
import { KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS, NAME_STOP_WORD_KEYS } from '../organizations/lexicon.js';
import { acronymLetters, matchInitialsForward, syllableInitial } from './initials.js';
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

/** The best spelled-out long form: capitalized words preferred, then the first lower-case one (four letters up). */
function spelledOutLongForm(
  tokens: readonly Token[],
  starts: readonly number[],
  letters: readonly string[],
): { first: number; end: number } | null {
  let plain: { first: number; end: number } | null = null;
  for (const first of starts) {
    const end = matchInitialsForward(tokens, first, letters);
    if (end < 0) continue;
    const words = tokens.slice(first, end);
    if (words.some((token) => NAME_STOP_WORD_KEYS.has(token.key) || token.acronymLike)) continue;
    // Proper-name style capitalizes the first syllable of each word, so the first one at least.
    const content = words.filter((token) => !INITIALS_SKIPPED_WORD_KEYS.has(token.key));
    if (words[0]?.capitalized && content.filter((token) => token.capitalized).length * 2 >= content.length) return { first, end };
    if (plain === null && letters.length >= 4 && words.every((token) => token.lower)) plain = { first, end };
  }
  return plain;
}

export function findSpelledOutAcronyms(text: string, tokens: readonly Token[], defined: ReadonlySet<string>): AcronymSpan[] {
  const firstMentions = new Map<string, Token>();
  const refused = new Set<string>();
  for (const token of tokens) {
    if (firstMentions.size >= MAX_ACRONYMS_LOOKED_UP) break;
    if (!token.acronymLike || defined.has(token.text) || firstMentions.has(token.text) || refused.has(token.text)) continue;
    if (KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS.has(token.text) || !isAcronymCandidate(token)) {
      refused.add(token.text);
      continue;
    }
    firstMentions.set(token.text, token);
  }
  if (firstMentions.size === 0) return [];

  // Where words start with the first letter of an acronym looked up: the long forms can only start there.
  const wantedInitials = new Set<string>();
  for (const short of firstMentions.keys()) {
    const first = acronymLetters(short)?.[0];
    if (first) wantedInitials.add(first);
  }
  // Where the known long forms of the acronyms looked up may start: their first word.
  const startsByFirstWord = new Map<string, number[]>();
  for (const short of firstMentions.keys()) {
    for (const known of KNOWN_ACRONYM_LONG_FORMS.get(short) ?? []) {
      const first = longFormKeys(known)[0];
      if (first !== undefined) startsByFirstWord.set(first, []);
    }
  }
  const startsByInitial = new Map<string, number[]>();
  const knownLongForms = startsByFirstWord.size > 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token?.isWord) continue;
    if (knownLongForms) startsByFirstWord.get(token.key)?.push(index);
    const initial = syllableInitial(token.text);
    if (!wantedInitials.has(initial)) continue;
    const list = startsByInitial.get(initial);
    if (list) list.push(index);
    else startsByInitial.set(initial, [index]);
  }

  const found: AcronymSpan[] = [];
  for (const [short, mention] of firstMentions) {
    const spelled = (KNOWN_ACRONYM_LONG_FORMS.get(short) ?? []).map((known) => {
      const keys = longFormKeys(known);
      return { keys, at: findWords(tokens, keys, startsByFirstWord.get(keys[0] ?? '') ?? []) };
    }).find((candidate) => candidate.at >= 0);
    if (spelled) {
      const long = text.slice(tokens[spelled.at]?.start ?? 0, tokens[spelled.at + spelled.keys.length - 1]?.end ?? 0);
      found.push({ start: mention.start, end: mention.end, short, long, rule: 'known-long-form-elsewhere' });
      continue;
    }
    const letters = acronymLetters(short);
    if (!letters || letters.length < 3) continue;
    const long = spelledOutLongForm(tokens, startsByInitial.get(letters[0] ?? '') ?? [], letters);
    if (!long) continue;
    const longText = text.slice(tokens[long.first]?.start ?? 0, tokens[long.end - 1]?.end ?? 0);
    found.push({ start: mention.start, end: mention.end, short, long: longText, rule: 'spelled-out' });
  }
  return found;
}
