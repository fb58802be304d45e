// Where a date can start. Every rule's match opens a word (its pattern is `bounded`: nothing word-like before it),
// and its first character is a digit or the first letter of one of a few words (`ngày`, `tháng`, `năm`, `quý`,
// `từ`...). The `tokens` annotation already holds every word with its lower-case key, so a Map lookup at each token
// (or the run of digits a token opens with) finds those starts; each rule then runs sticky (`y` flag) at its own
// starts only, instead of every rule's pattern searching the whole text and testing `\p{..}` lookbehinds at every
// character. A rule that leaves out one of its first words misses dates: tests/dates-triggers.test.ts checks these
// candidates against a full scan of every rule.
import type { Token } from '../../pipeline/document.js';
import type { DateCandidate, DateRule } from './candidate.js';

/**
 * What a rule's match may open with: a run of digits (`0-9`) of one of the lengths `digits` lists (`[1, 2]` for a
 * day or an hour, `[4]` for a year; none when empty), or one of `words`, the first words of its alternatives in
 * lower case. In every match a first word is followed by a space or a tab (`Tết` alone excepted: it may end one).
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
  /** Rules (by index) that may open on a word, by the word in lower case (and each spelling `iu` folds to it). */
  readonly wordRules: ReadonlyMap<string, readonly number[]>;
  /** Each rule's RuleStarts.afterDigits. */
  readonly afterDigits: readonly (string | undefined)[];
}

/** Runs of digits this long or longer share one list (no rule opens on one today). */
const MAX_DIGIT_RUN = 5;
const indexes = new WeakMap<readonly DateRule[], TriggerIndex>();

/**
 * A lower-case word and the other spellings the patterns' `iu` flags read as it but toLowerCase leaves apart: `ſ`
 * for `s` (`ſáng`), the only such letter among the first words.
 */
function spellingsOf(word: string): string[] {
  let spellings = [''];
  for (const letter of word) {
    const options = letter === 's' ? ['s', 'ſ'] : [letter];
    spellings = spellings.flatMap((start) => options.map((option) => start + option));
  }
  return spellings;
}

function triggerIndex(rules: readonly DateRule[]): TriggerIndex {
  const known = indexes.get(rules);
  if (known) return known;
  const digitRules: number[][] = Array.from({ length: MAX_DIGIT_RUN + 1 }, () => []);
  const wordRules = new Map<string, number[]>();
  rules.forEach((rule, ruleIndex) => {
    for (const length of rule.starts.digits) digitRules[Math.min(length, MAX_DIGIT_RUN)]?.push(ruleIndex);
    for (const word of new Set(rule.starts.words.flatMap((written) => spellingsOf(written.toLowerCase())))) {
      const list = wordRules.get(word) ?? [];
      list.push(ruleIndex);
      wordRules.set(word, list);
    }
  });
  const sticky = rules.map((rule) => new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}y`));
  const afterDigits = rules.map((rule) => rule.starts.afterDigits);
  const index = { sticky, digitRules, wordRules, afterDigits };
  indexes.set(rules, index);
  return index;
}

/** One search for candidates: every rule keeps its own place, as a global search of its pattern would. */
interface Search {
  readonly text: string;
  readonly rules: readonly DateRule[];
  readonly index: TriggerIndex;
  /** Per rule, where its next match may start: after an accepted match, the search resumes at its end. */
  readonly resumeAt: number[];
  /** Per rule, its candidates in text order; undefined while it has none. */
  readonly found: (DateCandidate[] | undefined)[];
}

/** Runs the rules `ruleIndexes` sticky at `start`, and keeps what their extract accepts. */
function tryRules(search: Search, ruleIndexes: readonly number[], start: number, afterDigits: string | null): void {
  const { text, rules, index } = search;
  for (const ruleIndex of ruleIndexes) {
    if (start < (search.resumeAt[ruleIndex] ?? 0)) continue;
    if (afterDigits !== null) {
      const allowed = index.afterDigits[ruleIndex];
      if (allowed !== undefined && (afterDigits === '' || !allowed.includes(afterDigits))) continue;
    }
    const rule = rules[ruleIndex];
    const pattern = index.sticky[ruleIndex];
    if (rule === undefined || pattern === undefined) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match === null || match[0].length === 0) continue;
    const result = rule.extract(match, text);
    if (result === null) continue;
    const found = search.found[ruleIndex] ?? (search.found[ruleIndex] = []);
    if (Array.isArray(result)) found.push(...(result as readonly DateCandidate[]));
    else found.push(result as DateCandidate);
    search.resumeAt[ruleIndex] = match.index + match[0].length;
  }
}

const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The characters that join the parts of one token (input/tokens.ts): `Covid-19`, `KH&CN`, `VietQ.vn`, `l’Tết`. */
const isJoiner = (code: number): boolean => code === 0x26 || code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2d;

/** Tries the rules that open on the run of digits at `start` (inside [start, limit)). */
function tryDigitRun(search: Search, start: number, limit: number): void {
  const { text } = search;
  let end = start + 1;
  while (end < limit && isAsciiDigit(text.charCodeAt(end))) end += 1;
  const rules = search.index.digitRules[Math.min(end - start, MAX_DIGIT_RUN)];
  if (rules !== undefined && rules.length > 0) tryRules(search, rules, start, text.charAt(end));
}

/**
 * A token joined from parts (`Covid-19`, `l’Tết`, `x’2020`): each part opens a word to the patterns, whose
 * lookbehinds then refuse it or not (`19` after `Covid-` is refused, `2020` after an apostrophe is not).
 */
function tryTokenParts(search: Search, token: Token): void {
  const { text } = search;
  let partStart = token.start;
  while (partStart < token.end) {
    const first = text.charCodeAt(partStart);
    let partEnd = partStart + 1;
    while (partEnd < token.end && !isJoiner(text.charCodeAt(partEnd))) partEnd += 1;
    if (isAsciiDigit(first)) tryDigitRun(search, partStart, token.end);
    else {
      const rules = search.index.wordRules.get(text.slice(partStart, partEnd).toLowerCase());
      if (rules !== undefined) tryRules(search, rules, partStart, null);
    }
    partStart = partEnd + 1;
  }
}

/** True when the token is joined from parts: a joiner stands inside it. */
function isJoined(text: string, token: Token): boolean {
  for (let offset = token.start + 1; offset < token.end - 1; offset += 1) {
    if (isJoiner(text.charCodeAt(offset))) return true;
  }
  return false;
}

/**
 * Every candidate of every rule, in rule order, as a global search of each pattern over the whole text would find
 * them: a match is taken at the first start it fits, a rejected match is retried at the next start, an accepted one
 * resumes after its end. A rule's first word directly followed by a digit (`năm2020`) can open no match, so a plain
 * token is looked up whole by its key.
 */
export function findCandidates(text: string, tokens: readonly Token[], rules: readonly DateRule[]): DateCandidate[] {
  const index = triggerIndex(rules);
  const search: Search = { text, rules, index, resumeAt: new Array<number>(rules.length).fill(0), found: [] };
  for (const token of tokens) {
    if (!token.isWord) continue;
    if (isJoined(text, token)) tryTokenParts(search, token);
    else if (isAsciiDigit(text.charCodeAt(token.start))) tryDigitRun(search, token.start, token.end);
    else {
      const rules = index.wordRules.get(token.key);
      if (rules !== undefined) tryRules(search, rules, token.start, null);
    }
  }
  return search.found.flatMap((found) => found ?? []);
}
