// Years: `năm 1961`, `Năm 2020`, decades (`những năm 1990`, `thập niên 90`), and a bare year standing as a date
// (`2020 là năm đặc biệt`, `từ 2021`, `2020 và 2021`). A four-digit quantity (`2020 người`), a year inside a
// name (`Diễn đàn Năng suất 2024`) or a code (`ISO 9001:2015`, `15/2018/NĐ-CP`) is not one.
import {
  candidate,
  digitsStart,
  hasCleanEdges,
  isPlausibleYear,
  numberedPattern,
  type DateRule,
} from './candidate.js';
import { isBlankCode, isDigitCode } from './characters.js';
import { acronymInLowerCasePhrase, acronymOpensBracket, capitalizedWordBefore, followedByQuantityNoun, followedByWord, precededByAny } from './context.js';
import { PhraseSet } from './phrases.js';
import { DATE_CONTEXT_WORDS, DOCUMENT_WORDS, QUANTITY_VERBS, YEAR_FOLLOWER_WORDS } from './lexicon.js';

const YEAR_WITH_WORD = numberedPattern('năm[ \\t](?<y>\\d{4})', ['y']);

const yearWithWord: DateRule = {
  name: 'years.nam',
  starts: { digits: [], words: ['năm ####'] },
  source: YEAR_WITH_WORD.source,
  extract(match, text) {
    const year = Number(match[YEAR_WITH_WORD.group.y]);
    if (!isPlausibleYear(year)) return null;
    if (!hasCleanEdges(text, digitsStart(match), match.index + match[0].length)) return null;
    return candidate(match, this.name, { year });
  },
};

/** A year coordinated after another (`2020 và 2021`, `2020, 2021`): a list of years. */
const NEXT_YEAR_IN_LIST = /^[ \t]*(?:,|và|hoặc|hay)[ \t]*(?:năm[ \t]+)?(\d{4})(?![\p{N}])/u;

/** True when a year that is no decade's first follows in a list: `các năm 2020 và 2021` are two years. */
function listsYears(text: string, end: number): boolean {
  const next = NEXT_YEAR_IN_LIST.exec(text.slice(end, end + 24));
  return next !== null && Number(next[1]) % 10 !== 0;
}

const DECADE = numberedPattern('(?:(?<plural>những|các)[ \\t]năm|thập[ \\t](?:niên|kỷ|kỉ))[ \\t](?<y>\\d{4}|\\d0)', ['plural', 'y']);

/** `những năm 1990`, `các năm 80`, `thập niên 1990`, `thập kỷ 90`: the decade, first year to last. */
const decade: DateRule = {
  name: 'years.decade',
  starts: { digits: [], words: ['những năm ##', 'các năm ##', 'thập niên ##', 'thập kỷ ##', 'thập kỉ ##'] },
  source: DECADE.source,
  extract(match, text) {
    const { group } = DECADE;
    const written = match[group.y] ?? '';
    const first = written.length === 2 ? 1900 + Number(written) : Number(written);
    const end = match.index + match[0].length;
    if (first % 10 !== 0 || !isPlausibleYear(first) || (written.length === 2 && first < 1930)) return null;
    if (!hasCleanEdges(text, digitsStart(match), end)) return null;
    if (match[group.plural] !== undefined && listsYears(text, end)) return null; // `năm 2020` is read alone
    return candidate(match, this.name, { year: first }, { finish: { year: first + 9 } });
  },
};

/** Words that put a year after another (`2020 và 2021`, `2020, 2021`, `2020 đến 2021`). */
const YEAR_LIST_WORDS = [',', 'và', 'hoặc', 'hay', 'đến', 'tới', 'sang'];
/** How far before a year the one before it may stand (`2020 hoặc 2021`). */
const YEAR_LIST_REACH = 12;

/** True when a year and a list word end just before `offset`, within YEAR_LIST_REACH characters: `2020 và 2021`. */
function followsAnotherYear(text: string, offset: number): boolean {
  const reach = Math.max(0, offset - YEAR_LIST_REACH);
  let end = offset;
  while (end > reach && isBlankCode(text.charCodeAt(end - 1))) end -= 1;
  for (const word of YEAR_LIST_WORDS) {
    let start = end - word.length;
    if (start < reach || !text.startsWith(word, start)) continue;
    while (start > reach && isBlankCode(text.charCodeAt(start - 1))) start -= 1;
    let digits = 0;
    while (digits < 4 && start - digits > reach && isDigitCode(text.charCodeAt(start - digits - 1))) digits += 1;
    if (digits === 4) return true;
  }
  return false;
}

/** What may close a year that stands alone (`năm 2020.`, `(2021)`), besides a line end. */
const PUNCTUATION: ReadonlySet<number> = new Set([...',.;:!?)”"\n'].map((char) => char.charCodeAt(0)));

/** True when, within the three characters after `end`, only spaces come before punctuation, a line end or nothing. */
function punctuationAfter(text: string, end: number): boolean {
  const limit = Math.min(end + 3, text.length);
  let index = end;
  while (index < limit && isBlankCode(text.charCodeAt(index))) index += 1;
  return index === limit || PUNCTUATION.has(text.charCodeAt(index));
}

/** `trong` after a number counts out of a whole (`2020 trong số 5000`), but not after a list of years. */
const OUT_OF = new PhraseSet(['trong']);

/** The sixty names of lunar years, a stem and a branch (`Giáp Thìn`, `Quý Mão`), lower case. */
const STEMS = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
const BRANCHES = ['tý', 'sửu', 'dần', 'mão', 'mẹo', 'thìn', 'tỵ', 'tị', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'];
const LUNAR_YEAR_NAMES = new PhraseSet(STEMS.flatMap((stem) => BRANCHES.map((branch) => `${stem} ${branch}`)));

/**
 * Whether a year that ends a name opens a headline's topic, a colon after it on the text's first line (`Lễ Khai ấn
 * Đền Trần 2026: "…"`, `Giải bóng rổ VBA 2025: …`): the year the story is set in, a date, where a name's year inside
 * a sentence (`Hội nghị APEC 2017 diễn ra …`) is left to the name.
 */
function labelsHeadline(text: string, start: number, end: number): boolean {
  return text.charCodeAt(end) === 0x3a && text.lastIndexOf('\n', start) === -1; // ':'
}

/** The crop seasons of two words (`Đông Xuân`, `Hè Thu`), which name a season with or without `vụ` before them. */
const TWO_WORD_SEASONS = ['đông xuân', 'hè thu', 'thu đông', 'xuân hè', 'chiêm xuân'];

/**
 * Crop seasons that a year after them dates (`Vụ Xuân 2026`, `vụ Mùa 2026`, `vụ Hè Thu 2024`, `từ Hè Thu 2023`): the
 * season's name is capitalized, yet the year is the season's, no name's. A season of one word (`Xuân`, `Mùa`) only
 * after `vụ`: alone it is as often a name's word (`Hội Xuân 2024`).
 */
const CROP_SEASONS = new PhraseSet([
  ...['xuân', 'mùa', 'chiêm', 'hè', 'thu', 'đông', ...TWO_WORD_SEASONS].map((season) => `vụ ${season}`),
  ...TWO_WORD_SEASONS,
]);

const BARE_YEAR = numberedPattern('(?<y>\\d{4})', ['y']);

const bareYear: DateRule = {
  name: 'years.bare',
  starts: { digits: [4], words: [] },
  source: BARE_YEAR.source,
  extract(match, text) {
    const year = Number(match[BARE_YEAR.group.y]);
    const end = match.index + match[0].length;
    if (year < 1900 || year > 2100 || !hasCleanEdges(text, match.index, end)) return null;
    const standsAlone = punctuationAfter(text, end) || followedByWord(text, end, YEAR_FOLLOWER_WORDS);
    const byContext = precededByAny(text, match.index, DATE_CONTEXT_WORDS, 3, true) ||
      precededByAny(text, match.index, CROP_SEASONS, 3);
    const afterYear = followsAnotherYear(text, match.index);
    if (!standsAlone && !byContext && !afterYear) return null;
    const quantity = followedByQuantityNoun(text, end) && !(afterYear && followedByWord(text, end, OUT_OF));
    if (precededByAny(text, match.index, DOCUMENT_WORDS, 3, true) || quantity) return null;
    if (afterYear || byContext) return candidate(match, this.name, { year });
    // a capitalized word before the year that opens no sentence makes it part of a name: `Quốc gia 2023`, `Hội nghị
    // APEC 2017`; not an acronym inside a phrase in lower case: `kỳ thi tốt nghiệp THPT 2024`
    // The lunar year's name before the year is no name's word: `Hội Lim Giáp Thìn 2024`, `Xuân Quý Mão 2023`.
    // An acronym opening a bracket before the year is a name's short form (`Công ước … (SOLAS 1974)`).
    const inName = (capitalizedWordBefore(text, match.index) && !acronymInLowerCasePhrase(text, match.index)
      && !precededByAny(text, match.index, LUNAR_YEAR_NAMES, 2)) || acronymOpensBracket(text, match.index);
    if (inName && !labelsHeadline(text, match.index, end)) return null;
    if (precededByAny(text, match.index, QUANTITY_VERBS, 3, true)) return null;
    return candidate(match, this.name, { year });
  },
};

export const YEAR_RULES: readonly DateRule[] = [yearWithWord, decade, bareYear];
