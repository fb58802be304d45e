// Years: `năm 1961`, `Năm 2020`, decades (`những năm 1990`, `thập niên 90`), and a bare year standing as a date
// (`2020 là năm đặc biệt`, `từ 2021`, `2020 và 2021`). A four-digit quantity (`2020 người`), a year inside a
// name (`Diễn đàn Năng suất 2024`) or a code (`ISO 9001:2015`, `15/2018/NĐ-CP`) is not one.
import {
  candidate,
  followedByQuantityNoun,
  groupStart,
  hasCleanEdges,
  isCapitalized,
  isPlausibleYear,
  precededByAny,
  precededByDocumentWord,
  rulePattern,
  startsSentence,
  wordsAfter,
  type DateRule,
} from './candidate.js';
import { DATE_CONTEXT_WORDS, QUANTITY_VERBS, YEAR_FOLLOWER_WORDS } from './lexicon.js';

const yearWithWord: DateRule = {
  name: 'years.nam',
  pattern: rulePattern('năm[ \\t](?<y>\\d{4})'),
  extract(match, text) {
    const year = Number(match.groups?.y);
    if (!isPlausibleYear(year)) return null;
    if (!hasCleanEdges(text, groupStart(match, 'y'), match.index + match[0].length)) return null;
    return candidate(match, this.name, { year });
  },
};

/** `những năm 1990`, `các năm 80`, `thập niên 1990`, `thập kỷ 90`: the decade, first year to last. */
const decade: DateRule = {
  name: 'years.decade',
  pattern: rulePattern('(?:(?:những|các)[ \\t]năm|thập[ \\t](?:niên|kỷ|kỉ))[ \\t](?<y>\\d{4}|\\d0)'),
  extract(match, text) {
    const written = match.groups?.y ?? '';
    const first = written.length === 2 ? 1900 + Number(written) : Number(written);
    if (first % 10 !== 0 || !isPlausibleYear(first) || (written.length === 2 && first < 1930)) return null;
    if (!hasCleanEdges(text, groupStart(match, 'y'), match.index + match[0].length)) return null;
    return candidate(match, this.name, { year: first }, { finish: { year: first + 9 } });
  },
};

const AFTER_ANOTHER_YEAR = /\d{4}[ \t]*(?:,|và|hoặc|hay|đến|tới|sang)[ \t]*$/u;
const PUNCTUATION_AFTER = /^[ \t]*(?:[,.;:!?)”"]|$|\n)/u;

/** True when the word before `offset` is capitalized and part of a name (`Năng suất 2024`, `APEC 2017`). */
function insideName(text: string, offset: number): boolean {
  const before = /([\p{L}\p{M}\p{N}]+)[ \t]+$/u.exec(text.slice(Math.max(0, offset - 30), offset));
  if (!before?.[1]) return false;
  const word = before[1];
  if (!isCapitalized(word) && !/\d/u.test(word)) return false;
  return !startsSentence(text, offset - before[0].length);
}

const bareYear: DateRule = {
  name: 'years.bare',
  pattern: rulePattern('(?<y>\\d{4})'),
  extract(match, text) {
    const year = Number(match.groups?.y);
    const end = match.index + match[0].length;
    if (year < 1900 || year > 2100) return null;
    if (!hasCleanEdges(text, match.index, end) || precededByDocumentWord(text, match.index)) return null;
    if (followedByQuantityNoun(text, end)) return null;
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    if (AFTER_ANOTHER_YEAR.test(before)) return candidate(match, this.name, { year });
    if (precededByAny(text, match.index, DATE_CONTEXT_WORDS)) return candidate(match, this.name, { year });
    if (insideName(text, match.index) || precededByAny(text, match.index, QUANTITY_VERBS)) return null;
    const next = wordsAfter(text, end).split(' ')[0] ?? '';
    const standsAlone = PUNCTUATION_AFTER.test(text.slice(end, end + 3)) || YEAR_FOLLOWER_WORDS.has(next);
    return standsAlone ? candidate(match, this.name, { year }) : null;
  },
};

export const YEAR_RULES: readonly DateRule[] = [yearWithWord, decade, bareYear];
