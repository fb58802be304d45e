// Organizations named by an acronym: one the text defined for an organization (`Tổ chức Năng suất Châu Á (APO)`,
// then `APO` alone), one from the gazetteer of well-known acronyms (`ASEAN`, `WTO`, `IMF`), a media outlet's
// domain and its bare name (`VietQ.vn`, `Theo VietQ`). Not an acronym followed by a number (`ISO 9001` is a
// standard) and not one inside an organization's own name (`Ban thư ký ASEAN`).
import type { TextSpan } from '../../pipeline/document.js';
import type { NameRun } from './name-runs.js';
import { KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS } from './lexicon.js';
import { startsWithDigit } from './plain-text.js';
import type { NameTokens } from './name-tokens.js';
import type { Token } from '../../input/tokens.js';
import { KNOWN_ACRONYM } from './word-classes.js';
import { tieredBranchLength } from './name-run-words.js';

export interface AcronymMention extends TextSpan {
  /** The acronym as the organization carries it (`VietQ.vn` for a `VietQ` mention). */
  readonly acronym: string;
  /**
   * `NHCSXH chi nhánh tỉnh Thái Nguyên`: the words of a branch named by its tier right after the acronym, which the
   * mention takes in (it names the branch, a body of its own); absent for the body itself.
   */
  readonly branch?: TextSpan;
}

const DOMAIN = /^([\p{L}\p{N}-]+)\.(?:vn|com|net|org|info|gov\.vn|com\.vn)$/u;

/** `VietQ.vn` → `VietQ`: a media outlet is also named by its domain without the ending. */
export function domainBaseName(acronym: string): string | null {
  // Most acronyms have no dot: the pattern need not run.
  if (!acronym.includes('.')) return null;
  return DOMAIN.exec(acronym)?.[1] ?? null;
}

interface AcronymWithPlace {
  readonly acronym: string;
  readonly words: readonly string[];
}

/** The tokens from `index` are `words` as written, on one line. */
function wordsWrittenAt(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  for (let offset = 0; offset < words.length; offset += 1) {
    const token = tokens[index + offset];
    if (!token || token.text !== words[offset] || (offset > 0 && token.breakBefore)) return false;
  }
  return true;
}

/** The well-known names of two words or more (`Vietnam Airlines`), their words by the first word. */
const KNOWN_NAMES_OF_WORDS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const name of KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS.keys()) {
    const nameWords = name.split(' ');
    const first = nameWords[0];
    if (nameWords.length < 2 || first === undefined) continue;
    const known = byFirst.get(first) ?? [];
    known.push(nameWords);
    // The longest first: `Vietjet Air` before `Vietjet`.
    known.sort((a, b) => b.length - a.length);
    byFirst.set(first, known);
  }
  return byFirst;
})();

/** The words of the well-known name of two words or more written at `index`, or null. */
function knownNameOfWordsAt(tokens: readonly Token[], index: number, first: string): readonly string[] | null {
  const names = KNOWN_NAMES_OF_WORDS.get(first);
  if (names === undefined) return null;
  for (const nameWords of names) if (wordsWrittenAt(tokens, index, nameWords)) return nameWords;
  return null;
}

/** Whether an app's noun (`ứng dụng`, `app`) is written right before token `index`. */
function isAfterProductNoun(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (previous === undefined) return false;
  return previous.key === 'app' || (previous.key === 'dụng' && tokens[index - 2]?.key === 'ứng');
}

/** A product's model code: capitals, then digits (`A321neo`, `B787`, `A350`). */
const MODEL_CODE = /^\p{Lu}{1,3}\d/u;

function isOrganizationName(run: NameRun): boolean {
  return run.kind === 'organization' && !run.bare;
}

export function findAcronymMentions(
  words: NameTokens,
  runs: readonly NameRun[],
  organizationAcronyms: ReadonlySet<string>,
): AcronymMention[] {
  const { tokens } = words;
  // Most articles name no organization by an acronym: the indexes of the acronyms are made only when there are some.
  let byBaseName: Map<string, string> | null = null;
  // Acronyms with a place (`CDC Hà Nội`, `TAND TP Hồ Chí Minh`), by their first word; that word alone names them too
  // when it is an acronym itself (`CDC`), not a head the short form keeps (`Ban` of `Ban QLDA 2`, `Trung tâm DV 2`).
  let withPlaceByFirstWord: Map<string, AcronymWithPlace> | null = null;
  // Their base names and first words start as they do: a word starting with another character, and no well-known
  // acronym, is passed over without a lookup.
  const firstCodes: number[] = [];
  if (organizationAcronyms.size > 0) {
    byBaseName = new Map<string, string>();
    withPlaceByFirstWord = new Map<string, AcronymWithPlace>();
    for (const acronym of organizationAcronyms) {
      const base = domainBaseName(acronym);
      if (base) byBaseName.set(base, acronym);
      const acronymWords = acronym.split(' ');
      const first = acronymWords[0];
      if (acronymWords.length > 1 && first && !withPlaceByFirstWord.has(first)) withPlaceByFirstWord.set(first, { acronym, words: acronymWords });
      const code = acronym.charCodeAt(0);
      if (!firstCodes.includes(code)) firstCodes.push(code);
    }
  }
  // The organizations' own names, made on the first mention found (an acronym inside one is no mention).
  let insideOrganization: NameRun[] | null = null;
  let runIndex = 0;
  const mentions: AcronymMention[] = [];
  let after = 0;
  // Every acronym and outlet name starts with a capital: `ASEAN`, `VietQ`, `Fed`, `G20`.
  for (const index of words.proper) {
    const token = tokens[index];
    if (!token || index < after) continue;
    const knownClass = words.is(index, KNOWN_ACRONYM);
    // `Vietnam Airlines`: a well-known name of words, its words written as the gazetteer has them.
    const knownWords = knownClass ? knownNameOfWordsAt(tokens, index, token.text) : null;
    const knownAcronym = knownClass && KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS.has(token.text);
    if (!knownAcronym && knownWords === null && !firstCodes.includes(token.text.charCodeAt(0))) continue;
    const withPlace = withPlaceByFirstWord !== null && withPlaceByFirstWord.size > 0 ? withPlaceByFirstWord.get(token.text) : undefined;
    const placeWordCount = withPlace && wordsWrittenAt(tokens, index, withPlace.words) ? withPlace.words.length : 1;
    const wordCount = knownWords !== null && knownWords.length > placeWordCount ? knownWords.length : placeWordCount;
    const acronym = knownWords !== null && wordCount === knownWords.length
      ? knownWords.join(' ')
      : wordCount > 1 || (withPlace && !organizationAcronyms.has(token.text) && token.acronymLike)
        ? withPlace?.acronym
        : organizationAcronyms.has(token.text) || knownAcronym
          ? token.text
          : byBaseName !== null && byBaseName.size > 0 ? byBaseName.get(token.text) : undefined;
    if (!acronym) continue;
    const last = tokens[index + wordCount - 1] ?? token;
    const next = tokens[index + wordCount];
    // `ISO 9001`, `ISO/IEC 27001`: a standard's code, not its body.
    if (next && !next.breakBefore && (startsWithDigit(next.text) || (next.text === '/' && next.start === last.end))) continue;
    // `Airbus A321neo`, `Boeing B787`: a maker's model, its code of capitals and digits, not the maker.
    if ((knownWords !== null || knownAcronym) && next && !next.breakBefore && MODEL_CODE.test(next.text)) continue;
    const previous = tokens[index - 1];
    if (previous && previous.text === '/' && previous.end === token.start) continue;
    // `ứng dụng MBBank`, `app VNeID`: an app named for its owner is a product, not the organization.
    if (isAfterProductNoun(tokens, index)) continue;
    insideOrganization ??= runs.filter(isOrganizationName);
    while (runIndex < insideOrganization.length && (insideOrganization[runIndex]?.end ?? 0) <= token.start) runIndex += 1;
    const run = insideOrganization[runIndex];
    if (run && run.start < token.start && last.end <= run.end) continue;
    const branchLength = tieredBranchLength(words, index + wordCount);
    if (branchLength > 0) {
      const branchLast = tokens[index + wordCount + branchLength - 1] ?? last;
      mentions.push({ start: token.start, end: branchLast.end, acronym, branch: { start: next?.start ?? last.end, end: branchLast.end } });
      after = index + wordCount + branchLength;
      continue;
    }
    mentions.push({ start: token.start, end: last.end, acronym });
    after = index + wordCount;
  }
  return mentions;
}
