// Names after a word of address or a title that is not part of the name: `ông Hà Minh Hiệp`, `bà Lan`,
// `PGS.TS Trần Văn B`, `nhà văn Nguyễn Nhật Ánh`, `Đại tá Lê Văn C`. The honorific tells that a person follows, so
// the family name need not be in the lexicon (`ông Joe Biden`); one capitalized word is a short reference
// (`ông Hiệp`) to be joined to a full name.
import { WORD_START } from '../shared/vietnamese.js';
import { ABBREVIATED_TITLE, CAPITALIZED_HONORIFICS, HONORIFICS, isHonorificCompound } from './lexicon.js';
import { candidateOf, nameWords, startsMultiWordPlace, type NameCandidate, type NameContext } from './name-candidate.js';
import { startsSentence, type NameRun, type RunWord } from './name-runs.js';

const MAX_NAME_WORDS = 5;

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|');
}

/** An honorific in any case, then spaces, then a capital: the case is checked in code. */
const HONORIFIC_BEFORE_NAME = new RegExp(
  `${WORD_START}(?:${alternation([...HONORIFICS, ...CAPITALIZED_HONORIFICS])})[ \\t]+(?=\\p{Lu})`,
  'giu',
);
const CAPITALIZED_FORMS = new Set<string>(CAPITALIZED_HONORIFICS);
const LOWER_FORMS = new Set<string>(HONORIFICS);

/** `TS.`, `PGS.TS`, `GS. TSKH`, `ThS.BS`, `NSND`: abbreviations joined by dots or spaces, then the name. */
const ABBREVIATED_TITLES_BEFORE_NAME = new RegExp(
  `${WORD_START}${ABBREVIATED_TITLE}(?:[ \\t]*\\.[ \\t]*|[ \\t]+)(?:${ABBREVIATED_TITLE}(?:[ \\t]*\\.[ \\t]*|[ \\t]+))*(?=\\p{Lu})`,
  'gu',
);

/** `kiều` after a one-word name: `Việt kiều`, `Hoa kiều`. */
const OVERSEAS_COMPOUND = /^[ \t]+kiều(?![\p{L}\p{M}])/u;

interface WordInRun {
  readonly run: NameRun;
  readonly index: number;
}

/** The run word that starts exactly at `index`, found by binary search over runs and then words. */
function wordStartingAt(runs: readonly NameRun[], index: number): WordInRun | null {
  const run = runs[lastStartingAtOrBefore(runs, index)];
  if (run === undefined || index >= run.end) return null;
  const wordIndex = lastStartingAtOrBefore(run.words, index);
  return run.words[wordIndex]?.start === index ? { run, index: wordIndex } : null;
}

function lastStartingAtOrBefore(spans: readonly { readonly start: number }[], index: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.start ?? Infinity) <= index) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

export function findTitledNames(runs: readonly NameRun[], context: NameContext): NameCandidate[] {
  const { text } = context;

  const found: NameCandidate[] = [];
  for (const match of text.matchAll(HONORIFIC_BEFORE_NAME)) {
    const honorific = match[0].trimEnd();
    const isLower = LOWER_FORMS.has(honorific);
    const isCapitalizedTitle = CAPITALIZED_FORMS.has(honorific);
    if (!isLower && !isCapitalizedTitle && !startsSentence(text, match.index, context.sentenceStarts)) continue;
    if (!isLower && !isCapitalizedTitle && !LOWER_FORMS.has(honorific.toLowerCase())) continue;
    // `Bà Rịa – Vũng Tàu`, `Anh Quốc`: the honorific's word starts a place or a fixed compound.
    if (startsMultiWordPlace(context, match.index) || isHonorificCompound(text.slice(match.index, match.index + match[0].length + 12))) continue;
    // A post (`Tổng thống`, `Quốc vương`) may name its country before the person: `Tổng thống Mỹ Joe Biden` is
    // left to the names after posts.
    const countryFirst = context.startsTitle(match.index) && context.placeEndAt(match.index + match[0].length) !== null;
    const candidate = countryFirst ? null : nameAfter(match.index + match[0].length, 'honorific');
    if (candidate) found.push(candidate);
  }
  for (const match of text.matchAll(ABBREVIATED_TITLES_BEFORE_NAME)) {
    const candidate = nameAfter(match.index + match[0].length, 'academic-title');
    if (candidate) found.push(candidate);
  }
  return found;

  function nameAfter(index: number, rule: string): NameCandidate | null {
    const located = wordStartingAt(runs, index);
    if (!located) return null;
    if (context.startsTitle(index) || startsMultiWordPlace(context, index)) return null;
    const words: RunWord[] = nameWords(located.run.words, located.index, context, MAX_NAME_WORDS);
    if (words.length === 0) return null;
    // `cầu thủ Việt kiều`, `doanh nhân Hoa kiều`: a people's name and `kiều` (living abroad), not a person.
    if (words.length === 1 && OVERSEAS_COMPOUND.test(text.slice(words[0]?.end ?? index, (words[0]?.end ?? index) + 8))) return null;
    const candidate = candidateOf(text, words, rule, { short: words.length === 1 });
    if (candidate === null || context.overlapsOrganization(candidate.start, candidate.end)) return null;
    return candidate;
  }
}
