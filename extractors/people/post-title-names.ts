// Foreign names right after a post title, its organization or its country: `Quốc vụ khanh Bộ Ngoại giao Ấn Độ
// Rajesh Kumar`, `Tổng thống Mỹ Joe Biden`, `Trưởng đại diện UNICEF tại Việt Nam Anna Berg`; or right before a post
// set beside them (`Anna Berg, Trưởng đại diện UNICEF`). The title tells that a
// person follows, so the name need not start with a Vietnamese family name; it takes two words or more (one
// capitalized word after a title is too often a place or a short form) in plain Latin letters (or a European
// language's, `Tomáš Novák`), and never an organization written in title case (`Giám đốc Sở Y Tế`, `Tư lệnh Vùng
// Cảnh sát biển`).
import { isNeverNameWord, isOrganizationHeadWord } from './lexicon.js';
import { candidateOf, nameWords, type NameCandidate, type NameContext } from './name-candidate.js';
import type { NameRun, RunWord } from './name-runs.js';

const MAX_NAME_WORDS = 4;
/** Organizations, places and `tại` stepped over between a title and a name. */
const MAX_STEPS_BACK = 4;
const HOST_PLACE_CUE = /[ \t]tại[ \t]+$/u;
/** `HLV người Brazil Diego Almeida`: `người` before a country says where the person is from. */
const NATIONALITY_CUE = /[ \t]người[ \t]+$/u;
/**
 * A word in plain Latin letters (`Anna`), or a romanized Korean or Chinese given name whose syllables a hyphen joins
 * (`Seung-ho`, `Jong-un`: word-scan.ts keeps it one word).
 */
const PLAIN_LATIN_WORD = /^[A-Z][a-z]*(?:-[a-z]+)*$/u;
/**
 * A word in the Latin letters of a European language, marks included (`Tomáš`, `Novák`, `Müller`, `Łukasz`): plain
 * Latin and the letters of Latin-1 and Latin Extended-A. Vietnamese writes some of them too (`á`, `ê`, `Đ`), so such
 * a word counts only in a name one of whose words has a letter Vietnamese never writes (FOREIGN_LETTER).
 */
const MARKED_LATIN_WORD = /^[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F]*$/u;
/**
 * A letter of Latin-1 or Latin Extended-A that no Vietnamese word has (`š`, `ř`, `ö`, `ł`, `ñ`, `ß`); not `à á â
 * ã è é ê ì í ò ó ô õ ù ú ý ă đ ĩ ũ`, which it has.
 */
const FOREIGN_LETTER = /[\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D0\u00D1\u00D6\u00D8\u00DB-\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F0\u00F1\u00F6\u00F8\u00FB\u00FC\u00FE\u00FF\u0100\u0101\u0104-\u010F\u0112-\u0127\u012A-\u0167\u016A-\u017F]/u;

/** True when `word` may be a word of a foreign name after a post: plain Latin, or Latin with a European's marks. */
function isLatinNameWord(word: string): boolean {
  return PLAIN_LATIN_WORD.test(word) || MARKED_LATIN_WORD.test(word);
}

export function findNamesAfterPosts(runs: readonly NameRun[], context: NameContext): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const run of runs) {
    // A name here has two words at least.
    if (run.words.length < 2) continue;
    let candidate = nameAt(run, 0, context);
    if (candidate === null) {
      const afterPlace = nameStartAfterPlace(run, context);
      if (afterPlace > 0) candidate = nameAt(run, afterPlace, context);
    }
    if (candidate === null) {
      const afterTeam = nameStartAfterOrganization(run, context);
      if (afterTeam > 0) candidate = nameAt(run, afterTeam, context);
    }
    candidate ??= nameBeforePost(run, context);
    if (candidate) found.push(candidate);
  }
  return found;
}

/** Between a name and the post set beside it: `Rajesh Kumar, Quốc vụ khanh ...`, `Anna Berg (nguyên Giám đốc ...`. */
const NAME_TO_POST = /[ \t]*(?:[,(]|[–—-](?=[ \t]))[ \t]*(?:(?:nguyên|cựu|đương kim|tân|hiện là|là)[ \t]+)?/uy;

/** A whole run of plain Latin words right before an apposed post: `Martin Keller, chuyên gia kinh tế trưởng`. */
function nameBeforePost(run: NameRun, context: NameContext): NameCandidate | null {
  // `Theo Anna Berg, ...`: a sentence's first word may join the run.
  let opening = 0;
  while (opening < run.words.length && isNeverNameWord(run.words[opening]?.key ?? '')) opening += 1;
  const count = run.words.length - opening;
  if (count < 2 || count > MAX_NAME_WORDS || !arePlainLatinFrom(run.words, opening)) return null;
  const first = run.words[opening];
  if (first === undefined || isOrganizationHeadWord(first.key) || context.placeEndAt(first.start) !== null) return null;
  NAME_TO_POST.lastIndex = run.end;
  const gap = NAME_TO_POST.exec(context.text);
  if (!gap || gap[0].length === 0 || !context.startsTitle(run.end + gap[0].length)) return null;
  const candidate = candidateOf(context.text, run.words.slice(opening), 'post-title');
  return candidate && !context.overlapsOrganization(candidate.start, candidate.end) ? candidate : null;
}

/**
 * True when the words from `from` on are all in plain Latin letters (`Anna`, `Berg`), or in the Latin letters of a
 * European language with one letter at least that Vietnamese never writes (`Tomáš Novák`, `Jürgen Weber`).
 */
function arePlainLatinFrom(words: readonly RunWord[], from: number): boolean {
  let plain = true;
  let foreign = false;
  for (let index = from; index < words.length; index += 1) {
    const text = words[index]?.text ?? '';
    if (PLAIN_LATIN_WORD.test(text)) continue;
    if (!MARKED_LATIN_WORD.test(text)) return false;
    plain = false;
    foreign ||= FOREIGN_LETTER.test(text);
  }
  return plain || foreign;
}

/**
 * Where a name may start in a run besides its start: after a place that opens it (`Ấn Độ Rajesh Kumar`), the first
 * word past the place; -1 when no place opens the run or nothing follows it.
 */
function nameStartAfterPlace(run: NameRun, context: NameContext): number {
  const first = run.words[0];
  const placeEnd = first ? context.placeEndAt(first.start) : null;
  if (placeEnd === null) return -1;
  for (let index = 0; index < run.words.length; index += 1) {
    if ((run.words[index]?.start ?? -1) > placeEnd) return index;
  }
  return -1;
}

/**
 * Where a name may start in a run after an organization in plain Latin letters that opens it (a team:
 * `HLV trưởng Saigon Heat Matthew Brennan`): the first word past the organization when two words at least follow
 * it; -1 otherwise. Asked only of runs of three words or more whose first and last words are plain Latin.
 */
function nameStartAfterOrganization(run: NameRun, context: NameContext): number {
  const { words } = run;
  const first = words[0];
  if (first === undefined || words.length < 3 || !PLAIN_LATIN_WORD.test(first.text) || !PLAIN_LATIN_WORD.test(words[words.length - 1]?.text ?? '')) return -1;
  for (let index = 1; index + 2 <= words.length; index += 1) {
    if (!PLAIN_LATIN_WORD.test(words[index - 1]?.text ?? '')) return -1;
    if (context.organizationStartBefore(words[index - 1]?.end ?? -1) === first.start) return index;
  }
  return -1;
}

function nameAt(run: NameRun, index: number, context: NameContext): NameCandidate | null {
  const first = run.words[index];
  const second = run.words[index + 1];
  if (first === undefined || second === undefined) return null;
  // The name's first two words are in plain Latin letters (see below): checked first, as most runs are Vietnamese.
  // A Central Highlands name is the other kind a title tells (`Thẩm phán Y Khuê Byă`).
  const highland = opensHighlandName(first.text);
  if (!highland && (!isLatinNameWord(first.text) || !isLatinNameWord(second.text))) return null;
  // A country right after the title is where the post is (`Tổng thống Mỹ`), the name comes after it.
  if (isOrganizationHeadWord(first.key) || context.startsTitle(first.start) || context.placeEndAt(first.start) !== null) return null;
  if (!afterPost(context, first.start)) return null;
  const words = nameWords(run.words, index, context, MAX_NAME_WORDS);
  // Vietnamese names are found by their family name; here only names written in plain Latin letters, or with a
  // letter Vietnamese never writes, so that an organization's words after a title (`Tư lệnh Vùng Cảnh sát biển`,
  // `Giám đốc Sở Y Tế`) are never taken for one.
  if (words.length < 2 || (!highland && !arePlainLatinFrom(words, 0))) return null;
  const candidate = candidateOf(context.text, words, 'post-title');
  if (candidate === null) return null;
  if (context.overlapsOrganization(candidate.start, candidate.end) && !context.isNameAfterTitledOrganization(candidate.start, candidate.end)) {
    return null;
  }
  return candidate;
}

/**
 * The first word of a name of the peoples of the Central Highlands, written given name first: the Ê Đê man's `Y`
 * (`Y Khuê Byă`, `Y Blin Niê`) or a syllable opened by a capital and an apostrophe (`H'Hen Niê`, `K'Ting`), the
 * woman's `H'`. After a post title the name is then in Vietnamese letters, as a Vietnamese name is.
 */
function opensHighlandName(word: string): boolean {
  return word === 'Y' || HIGHLAND_PREFIXED_SYLLABLE.test(word);
}
const HIGHLAND_PREFIXED_SYLLABLE = /^\p{Lu}['’]\p{Lu}/u;

/**
 * True when a title ends before `index`, with at most an organization, a country, `tại` a place and `người` a
 * country (the person's nationality) between.
 */
function afterPost(context: NameContext, index: number): boolean {
  const { text } = context;
  let position = index;
  for (let step = 0; step <= MAX_STEPS_BACK; step += 1) {
    if (context.titleEndsBefore(position)) return true;
    let end = position;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end -= 1;
    if (end === position) return false;
    const organizationStart = context.organizationStartBefore(end);
    const placeStart = organizationStart === null ? context.placeStartBefore(end) : null;
    const stepStart = organizationStart ?? placeStart;
    if (stepStart === null) return false;
    position = stepStart;
    if (placeStart === null) continue;
    const before = text.slice(Math.max(0, position - 8), position);
    const cue = HOST_PLACE_CUE.exec(before) ?? NATIONALITY_CUE.exec(before);
    if (cue) position -= cue[0].length - 1;
  }
  return false;
}
