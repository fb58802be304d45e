// Where a date can start. Every rule's match opens a word (its pattern is `bounded`: nothing word-like before it)
// with a run of digits or one of a few words (`ngày`, `tháng`, `năm`, `quý`, `từ`...), and each rule says how, down to
// what must come next (RuleStarts: `năm ####`, `những năm`, digits then `/#/####`). The `tokens` annotation gives
// every word: a walk over its letters and the characters after it, through an automaton of every rule's openings
// (openings.ts), tells which rules may match there; a token of digits gives the length of its run, and the walk
// goes on from the root for that length over the characters after it. Each such rule then runs
// sticky (`y` flag) there only, instead of every pattern searching the whole text and testing `\p{..}` lookbehinds at
// every character. A rule whose openings leave out a way it can match misses dates: tests/dates-triggers.test.ts
// checks these candidates against a full scan of every rule.
import { isJoinerCode } from '../../input/tokens.js';
import type { Token } from '../../pipeline/document.js';
import { opensWord, USUAL_RANK, type DateCandidate, type DateRule } from './candidate.js';
import { isDigitCode } from './characters.js';
import { ENDS_LEADS, ENDS_RULES, NO_STATE, openingAutomaton, type OpeningAutomaton, type OpeningState } from './openings.js';
import { stickyMatch, stickyMatchEnd, stickyPattern, type StickyPattern } from './sticky.js';

/**
 * What a rule's match may open with, each way written as its first word or run of digits and as much of what
 * follows as the pattern requires: `ngày #`, `những năm`, `thế kỷ`, a run of digits then `/#` or ` giờ`. In these
 * openings a space stands for one space or tab and `#` for a digit; letters compare as the patterns' `iu` flags do.
 * A first word is followed by a space or a tab in every match (`Tết` alone excepted: it may end one).
 */
export interface RuleStarts {
  /** Lengths of the run of digits (`0-9`) a match may open with: `[1, 2]` a day or an hour, `[4]` a year. */
  readonly digits: readonly number[];
  /** What may follow that run of digits (`/#` for `14/3`, `:#` for `7:28`, ` giờ`); anything when absent. */
  readonly afterDigits?: readonly string[];
  /**
   * Words, lower case, that may stand before that run of digits, one space or tab apart (`ngày`, `sáng ngày`, `lúc`,
   * `giai đoạn`): a match may open on them too, the digits after them then opening as `digits` and `afterDigits` say.
   */
  readonly leads?: readonly string[];
  /** The other openings in words, lower case: `tháng #`, `những năm`, `tết`. */
  readonly words: readonly string[];
}

interface TriggerIndex {
  /** The rules' patterns as the scan runs them (sticky.ts). */
  readonly sticky: readonly StickyPattern[];
  /** Every rule's openings, after a run of digits or in words. */
  readonly openings: OpeningAutomaton;
  /**
   * Search.resumeAt, triedAt, unreadAt and unreadEnd, one slot per rule, refilled by each search: a search runs to its
   * end before the next begins, and four typed arrays made per article cost more than the rest of its setup.
   */
  readonly resumeAt: Int32Array;
  readonly triedAt: Int32Array;
  readonly unreadAt: Int32Array;
  readonly unreadEnd: Int32Array;
}

/** Runs of digits this long or longer share one list (no rule opens on one today). */
const MAX_DIGIT_RUN = 5;
const indexes = new WeakMap<readonly DateRule[], TriggerIndex>();

/**
 * Two characters the `iu` flags read alike: a backreference compares as a class does, by the simple case folding of
 * the `u` flag (checked over the Basic Multilingual Plane), and one pattern serves every character, where a class
 * made per character cost a RegExp compiled for each letter the openings write.
 */
const SAME_LETTER_TWICE = /^([^])\1$/iu;

/**
 * The characters the patterns' `iu` flags read as `char`: itself, its other case, and the few letters whose case
 * folding toLowerCase does not give (`ſ` is `s`, the Kelvin sign `k`). tests/dates-triggers.test.ts checks every
 * character of the Basic Multilingual Plane against the openings' letters.
 */
export function readAs(char: string): string {
  let reading = char;
  const candidates = [char.toLowerCase(), char.toUpperCase(), 'ſ', '\u212a', '\u212b'];
  for (let at = 0; at < candidates.length; at += 1) {
    const candidate = candidates[at] ?? '';
    if (candidate.length === 1 && !reading.includes(candidate) && SAME_LETTER_TWICE.test(char + candidate)) reading += candidate;
  }
  return reading;
}

/** Adds to `byRule` the opening of a rule after its trigger (null when anything may follow the trigger). */
function addOpening(byRule: Map<number, (string | null)[]>, rule: number, opening: string | null): void {
  const known = byRule.get(rule);
  if (known === undefined) byRule.set(rule, [opening]);
  else known.push(opening);
}

function triggerIndex(rules: readonly DateRule[]): TriggerIndex {
  const known = indexes.get(rules);
  if (known) return known;
  const byDigitRun = Array.from({ length: MAX_DIGIT_RUN + 1 }, () => new Map<number, (string | null)[]>());
  const inWords = new Map<number, readonly string[]>();
  const leads = new Map<number, readonly string[]>();
  rules.forEach((rule, ruleIndex) => {
    for (const length of rule.starts.digits) {
      const byRule = byDigitRun[Math.min(length, MAX_DIGIT_RUN)] ?? new Map();
      for (const after of rule.starts.afterDigits ?? [null]) addOpening(byRule, ruleIndex, after);
    }
    inWords.set(ruleIndex, rule.starts.words);
    if (rule.starts.leads !== undefined) leads.set(ruleIndex, rule.starts.leads);
  });
  const index: TriggerIndex = {
    sticky: rules.map(stickyPattern),
    openings: openingAutomaton(byDigitRun, inWords, leads, readAs),
    resumeAt: new Int32Array(rules.length),
    triedAt: new Int32Array(rules.length),
    unreadAt: new Int32Array(rules.length),
    unreadEnd: new Int32Array(rules.length),
  };
  indexes.set(rules, index);
  return index;
}

/** The automaton of the openings of `rules` (RuleStarts), as the trigger scan walks it. */
export function openingsOf(rules: readonly DateRule[]): OpeningAutomaton {
  return triggerIndex(rules).openings;
}

/** One search for candidates: every rule keeps its own place, as a global search of its pattern would. */
interface Search {
  readonly text: string;
  readonly rules: readonly DateRule[];
  readonly index: TriggerIndex;
  /** Per rule, where its next match may start: after an accepted match, the search resumes at its end. */
  readonly resumeAt: Int32Array;
  /** Per rule, the last start it was tried at: a rule whose openings there end at two places runs once. */
  readonly triedAt: Int32Array;
  /** Per rule, its candidates in text order; undefined while it has none. */
  readonly found: (DateCandidate[] | undefined)[];
  /** The candidate found so far that ends last (the first found of them), or null: one that may cover a later match. */
  reach: DateCandidate | null;
  /** Per rule, where a match left unread starts (a candidate covers it: coverAt), or -1. */
  readonly unreadAt: Int32Array;
  /** Per rule, where that match ends. */
  readonly unreadEnd: Int32Array;
}

/** True when `other` comes after `cover` in every ranking of them (combine.ts: rank, then length, then start). */
function losesTo(other: DateCandidate, cover: DateCandidate): boolean {
  if (other.rank !== cover.rank) return other.rank < cover.rank;
  const otherLength = other.end - other.start;
  const coverLength = cover.end - cover.start;
  return otherLength !== coverLength ? otherLength < coverLength : other.start > cover.start;
}

/**
 * The candidate that covers a match from `start` to its end whenever it ends with it, or null. A match covered so
 * (`2016` in `năm 2016`, `6/2024` in `tháng 6/2024`) could give no candidate that is ever chosen: the cover, found
 * before, of the highest rank and longer, ranks before any candidate of the match; and each other candidate that
 * overlaps the cover before `start`, all found by now (the scan goes in text order), ranks after the cover. Whatever
 * is chosen, the cover or one that ranks before it (and so overlaps the match) is, and the match's candidate is not.
 */
function coverAt(search: Search, start: number): DateCandidate | null {
  const cover = search.reach;
  if (cover === null || cover.start >= start || cover.end <= start || cover.rank < USUAL_RANK) return null;
  for (let rule = 0; rule < search.found.length; rule += 1) {
    const list = search.found[rule];
    if (list === undefined) continue;
    // a rule's candidates do not overlap one another: in text order, their ends rise too
    for (let at = list.length - 1; at >= 0; at -= 1) {
      const other = list[at] as DateCandidate;
      if (other.end <= cover.start) break;
      if (other !== cover && other.start < start && !losesTo(other, cover)) return null;
    }
  }
  return cover;
}

/**
 * Reads the match a rule left unread (coverAt) when it tries again before that match's end: as a global search,
 * it resumes after the match only if extract accepts it. Its candidates are not kept, as they could not be chosen.
 */
function settleUnread(search: Search, ruleIndex: number, start: number): void {
  const unreadAt = search.unreadAt[ruleIndex] ?? -1;
  if (unreadAt < 0) return;
  search.unreadAt[ruleIndex] = -1;
  const end = search.unreadEnd[ruleIndex] ?? 0;
  const rule = search.rules[ruleIndex];
  const pattern = search.index.sticky[ruleIndex];
  if (start >= end || rule === undefined || pattern === undefined) return;
  const match = stickyMatch(pattern, search.text, unreadAt);
  if (match !== null && rule.extract(match, search.text) !== null) search.resumeAt[ruleIndex] = end;
}

/** Keeps a candidate of a rule, in text order. */
function keep(search: Search, ruleIndex: number, found: DateCandidate): void {
  const list = search.found[ruleIndex] ?? (search.found[ruleIndex] = []);
  list.push(found);
  if (search.reach === null || found.end > search.reach.end) search.reach = found;
}

/**
 * Runs a rule sticky at `start`, and keeps what its extract accepts; a match that could give no chosen candidate
 * (coverAt) is left unread.
 */
function tryRule(search: Search, ruleIndex: number, start: number): void {
  settleUnread(search, ruleIndex, start);
  if (start < (search.resumeAt[ruleIndex] ?? 0) || search.triedAt[ruleIndex] === start) return;
  search.triedAt[ruleIndex] = start;
  const rule = search.rules[ruleIndex];
  const pattern = search.index.sticky[ruleIndex];
  if (rule === undefined || pattern === undefined || rule.rejectsAt?.(search.text, start) === true) return;
  const cover = rule.several === true ? null : coverAt(search, start);
  if (cover !== null) {
    // where a match ends, from a test: it makes no match array and no string per group
    const end = stickyMatchEnd(pattern, search.text, start);
    if (end < 0) return;
    if (end === cover.end) {
      search.unreadAt[ruleIndex] = start;
      search.unreadEnd[ruleIndex] = cover.end;
      return;
    }
  }
  const match = stickyMatch(pattern, search.text, start);
  if (match === null || match[0].length === 0) return;
  const end = match.index + match[0].length;
  const result = rule.extract(match, search.text);
  if (result === null) return;
  if (Array.isArray(result)) {
    const several = result as readonly DateCandidate[];
    for (let at = 0; at < several.length; at += 1) keep(search, ruleIndex, several[at] as DateCandidate);
  } else keep(search, ruleIndex, result as DateCandidate);
  search.resumeAt[ruleIndex] = end;
}

/**
 * Walks the characters from `next` through the states after a trigger at `start`, and runs each rule whose opening
 * they complete (only those of `leadRules`, when not null), where a word opens (checked once, at the first such
 * rule). After the lead of some rules (`ngày `, `lúc `), a run of digits goes on as their digits open.
 */
function tryOpenings(search: Search, root: number, start: number, next: number, leadRules: readonly number[] | null): void {
  const { text } = search;
  const { classes, classCount, transitions, states, endings } = search.index.openings;
  let opens: boolean | undefined;
  for (let offset = next, state = root; state !== NO_STATE; offset += 1) {
    const ends = endings[state] ?? 0;
    if ((ends & ENDS_RULES) !== 0) {
      opens ??= opensWord(text, start);
      if (!opens) return;
      const { rules } = states[state] as OpeningState;
      for (let at = 0; at < rules.length; at += 1) {
        const rule = rules[at] ?? 0;
        if (leadRules === null || leadRules.includes(rule)) tryRule(search, rule, start);
      }
    }
    if ((ends & ENDS_LEADS) !== 0 && isDigitCode(text.charCodeAt(offset))) {
      tryDigitRun(search, start, offset, text.length, (states[state] as OpeningState).leadRules);
    }
    state = transitions[state * classCount + (classes[text.charCodeAt(offset)] ?? 0)] ?? NO_STATE;
  }
}

/** Walks the letters of the word at [start, end), then what follows it, through the openings in words. */
function tryWord(search: Search, start: number, end: number): void {
  const { text } = search;
  const { classes, classCount, transitions, wordStart } = search.index.openings;
  let state = wordStart;
  for (let offset = start; offset < end && state !== NO_STATE; offset += 1) {
    state = transitions[state * classCount + (classes[text.charCodeAt(offset)] ?? 0)] ?? NO_STATE;
  }
  if (state !== NO_STATE) tryOpenings(search, state, start, end, null);
}

/**
 * Tries the rules that open on the run of digits at `digitsAt` (inside [digitsAt, limit)), at `start`: the run
 * itself, or the lead before it of `leadRules` (null: every rule).
 */
function tryDigitRun(search: Search, start: number, digitsAt: number, limit: number, leadRules: readonly number[] | null): void {
  const { text } = search;
  let end = digitsAt + 1;
  while (end < limit && isDigitCode(text.charCodeAt(end))) end += 1;
  const root = search.index.openings.digitRoots[Math.min(end - digitsAt, MAX_DIGIT_RUN)];
  if (root !== undefined) tryOpenings(search, root, start, end, leadRules);
}

/**
 * A token joined from parts (`Covid-19`, `l’Tết`, `x’2020`): each part opens a word to the patterns, whose
 * lookbehinds then refuse it or not (`19` after `Covid-` is refused, `2020` after an apostrophe is not).
 */
function tryTokenParts(search: Search, token: Token): void {
  const { text } = search;
  let partStart = token.start;
  while (partStart < token.end) {
    let partEnd = partStart + 1;
    while (partEnd < token.end && !isJoinerCode(text.charCodeAt(partEnd))) partEnd += 1;
    if (isDigitCode(text.charCodeAt(partStart))) tryDigitRun(search, partStart, partStart, token.end, null);
    else tryWord(search, partStart, partEnd);
    partStart = partEnd + 1;
  }
}

/**
 * The candidates of every rule in text order, those that start together in rule order: what a stable sort by start
 * of the rules' lists, one after another, gives. Each rule's list is in text order already (a rule's search resumes
 * after its last match, and a list of days gives its days in order), so one merge of them gives it, with no sort.
 */
function inTextOrder(found: readonly (DateCandidate[] | undefined)[]): DateCandidate[] {
  const lists: DateCandidate[][] = [];
  let total = 0;
  for (let rule = 0; rule < found.length; rule += 1) {
    const list = found[rule];
    if (list === undefined) continue;
    lists.push(list);
    total += list.length;
  }
  /** Per list, the position of its next candidate. */
  const next = new Int32Array(lists.length);
  const merged = new Array<DateCandidate>(total);
  for (let count = 0; count < total; count += 1) {
    let earliest = 0;
    let earliestStart = Number.POSITIVE_INFINITY;
    for (let at = 0; at < lists.length; at += 1) {
      const item = lists[at]?.[next[at] ?? 0];
      if (item !== undefined && item.start < earliestStart) {
        earliest = at;
        earliestStart = item.start;
      }
    }
    const position = next[earliest] ?? 0;
    merged[count] = lists[earliest]?.[position] as DateCandidate;
    next[earliest] = position + 1;
  }
  return merged;
}

/**
 * Every candidate of every rule, in text order (at one start, in rule order), as a global search of each pattern
 * over the whole text would find them: a match is taken at the first start it fits, a rejected match is retried at
 * the next start, an accepted one resumes after its end. Left out: the candidates of a match covered by one found
 * before (coverAt), which chooseCandidates would never choose. A rule's first word directly followed by a digit
 * (`năm2020`) can open no match, so a plain token is walked whole, from its first letter.
 */
export function findCandidates(text: string, tokens: readonly Token[], rules: readonly DateRule[]): DateCandidate[] {
  const index = triggerIndex(rules);
  const search: Search = {
    text,
    rules,
    index,
    resumeAt: index.resumeAt.fill(0),
    triedAt: index.triedAt.fill(-1),
    found: [],
    reach: null,
    unreadAt: index.unreadAt.fill(-1),
    unreadEnd: index.unreadEnd.fill(0),
  };
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (token === undefined || !token.isWord) continue;
    const first = text.charCodeAt(token.start);
    if (token.joined) tryTokenParts(search, token);
    else if (isDigitCode(first)) tryDigitRun(search, token.start, token.start, token.end, null);
    else tryWord(search, token.start, token.end);
  }
  return inTextOrder(search.found);
}
