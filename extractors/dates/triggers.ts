// Where a date can start. Every rule's match opens a word (its pattern is `bounded`: nothing word-like before it),
// and its first character is a digit or the first letter of one of a few words (`ngày`, `tháng`, `năm`, `quý`,
// `từ`...). One scan of the text finds those word starts; each rule then runs sticky (`y` flag) at its own positions
// only, instead of every rule's pattern searching the whole text and testing `\p{..}` lookbehinds at every
// character. A rule that leaves out one of its first words misses dates: tests/dates-triggers.test.ts checks these
// candidates against a full scan of every rule.
import type { DateCandidate, DateRule } from './candidate.js';

/**
 * What a rule's match may open with: a run of digits (`0-9`) of one of the lengths `digits` lists (`[1, 2]` for a
 * day or an hour, `[4]` for a year; none when empty), or one of `words`, the first words of its alternatives in
 * lower case.
 */
export interface RuleStarts {
  readonly digits: readonly number[];
  /** The characters that may follow that run of digits (`/.-` for `14/3`, `:` for `7:28`); any when absent. */
  readonly afterDigits?: string;
  readonly words: readonly string[];
}

interface TriggerIndex {
  /** The rules' patterns, sticky. */
  readonly sticky: readonly RegExp[];
  /** Rules (by index) that may open on a run of digits, by the run's length (up to MAX_DIGIT_RUN). */
  readonly digitRules: readonly (readonly number[])[];
  /** Rules (by index) that may open on a word, by the word in lower case. */
  readonly wordRules: ReadonlyMap<string, readonly number[]>;
  readonly longestWord: number;
  /** Each rule's RuleStarts.afterDigits. */
  readonly afterDigits: readonly (string | undefined)[];
}

/** Runs of digits this long or longer share one list (no rule opens on one today). */
const MAX_DIGIT_RUN = 5;
const indexes = new WeakMap<readonly DateRule[], TriggerIndex>();

function triggerIndex(rules: readonly DateRule[]): TriggerIndex {
  const known = indexes.get(rules);
  if (known) return known;
  const digitRules: number[][] = Array.from({ length: MAX_DIGIT_RUN + 1 }, () => []);
  const wordRules = new Map<string, number[]>();
  let longestWord = 0;
  rules.forEach((rule, ruleIndex) => {
    for (const length of rule.starts.digits) digitRules[Math.min(length, MAX_DIGIT_RUN)]?.push(ruleIndex);
    for (const word of new Set(rule.starts.words.map((written) => written.toLowerCase()))) {
      const list = wordRules.get(word) ?? [];
      list.push(ruleIndex);
      wordRules.set(word, list);
      longestWord = Math.max(longestWord, word.length);
    }
  });
  const sticky = rules.map((rule) => new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}y`));
  const afterDigits = rules.map((rule) => rule.starts.afterDigits);
  const index = { sticky, digitRules, wordRules, longestWord, afterDigits };
  indexes.set(rules, index);
  return index;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;
const OTHER = 0;
const LETTER = 1;
/** A letter the patterns' `iu` flags read as another (`T` as `t`, `ſ` as `s`): its word needs a key. */
const FOLDED_LETTER = 2;
const DIGIT = 3;
const UNKNOWN = 255;
/** Character classes of the Basic Multilingual Plane, filled as characters are met. */
const CLASSES = new Uint8Array(0x10000).fill(UNKNOWN);

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  const char = String.fromCharCode(code);
  if (LETTER_OR_MARK.test(char)) return char.toLowerCase() !== char || char === 'ſ' ? FOLDED_LETTER : LETTER;
  return NUMBER.test(char) ? DIGIT : OTHER;
}

/**
 * LETTER (a letter or mark as the rules write them), FOLDED_LETTER, DIGIT (any number) or OTHER. A surrogate counts
 * as OTHER, so a word after an astral letter is one more position to try: the pattern's own lookbehind then decides,
 * and no start is ever missed.
 */
function classOf(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? LETTER : code >= 65 && code <= 90 ? FOLDED_LETTER : code >= 48 && code <= 57 ? DIGIT : OTHER;
  const known = CLASSES[code] ?? OTHER;
  if (known !== UNKNOWN) return known;
  const found = classify(code);
  CLASSES[code] = found;
  return found;
}

/** Lower case as the patterns' `iu` flags compare (`ſ` folds to `s`, which toLowerCase leaves). */
function triggerKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** For each rule, the positions (ascending) where a word it may open with starts. */
function triggerPositions(text: string, index: TriggerIndex, ruleCount: number): number[][] {
  const positions: number[][] = Array.from({ length: ruleCount }, () => []);
  let insideWord = false;
  let offset = 0;
  while (offset < text.length) {
    const code = text.charCodeAt(offset);
    if (code >= 48 && code <= 57) {
      let end = offset + 1;
      while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end += 1;
      if (!insideWord) {
        const after = text[end];
        for (const rule of index.digitRules[Math.min(end - offset, MAX_DIGIT_RUN)] ?? []) {
          const allowed = index.afterDigits[rule];
          if (allowed === undefined || (after !== undefined && allowed.includes(after))) positions[rule]?.push(offset);
        }
      }
      insideWord = true;
      offset = end;
      continue;
    }
    const kind = classOf(code);
    const letter = kind === LETTER || kind === FOLDED_LETTER;
    if (!letter || insideWord) {
      insideWord = kind !== OTHER;
      offset += 1;
      continue;
    }
    let folded = kind === FOLDED_LETTER;
    let end = offset + 1;
    for (; end < text.length; end += 1) {
      const next = classOf(text.charCodeAt(end));
      if (next === FOLDED_LETTER) folded = true;
      else if (next !== LETTER) break;
    }
    if (end - offset <= index.longestWord) {
      const word = text.slice(offset, end);
      const rules = index.wordRules.get(folded ? triggerKey(word) : word);
      if (rules) for (const rule of rules) positions[rule]?.push(offset);
    }
    insideWord = true;
    offset = end;
  }
  return positions;
}

/**
 * Every candidate of every rule, as a global search of each pattern over the whole text would find them: a match is
 * taken at the first position it fits, a rejected match is retried at the next position, an accepted one resumes
 * after its end.
 */
export function findCandidates(text: string, rules: readonly DateRule[]): DateCandidate[] {
  const index = triggerIndex(rules);
  const positions = triggerPositions(text, index, rules.length);
  const found: DateCandidate[] = [];
  rules.forEach((rule, ruleIndex) => {
    const pattern = index.sticky[ruleIndex];
    const starts = positions[ruleIndex];
    if (pattern === undefined || starts === undefined) return;
    let resumeAt = 0;
    for (const start of starts) {
      if (start < resumeAt) continue;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (match === null) continue;
      const result = match[0].length > 0 ? rule.extract(match, text) : null;
      if (result === null) continue;
      if (Array.isArray(result)) found.push(...(result as readonly DateCandidate[]));
      else found.push(result as DateCandidate);
      resumeAt = match.index + match[0].length;
    }
  });
  return found;
}
