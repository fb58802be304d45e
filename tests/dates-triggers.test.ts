// The trigger scan (extractors/dates/triggers.ts) runs each date rule only where one of its first words starts. It
// must find the candidates a global search of every rule's pattern over the whole text finds, but for those that
// could never be chosen (a match covered by a candidate found before it), so that the same are chosen: checked here
// over every corpus text of the project, the sample articles, the dev set, the collapsed fixtures and generated
// texts that mix every rule's words, digits, separators and letter cases.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENDS_LEADS, ENDS_RULES, NO_STATE } from '../extractors/dates/openings.js';
import { acronymExamples } from '../extractors/acronyms/corpus.js';
import { rulePattern, type DateCandidate, type DateRule } from '../extractors/dates/candidate.js';
import { chooseCandidates } from '../extractors/dates/combine.js';
import { DATES_CORPUS } from '../extractors/dates/corpus.js';
import { DATE_RULES } from '../extractors/dates/index.js';
import { findCandidates, openingsOf, readAs } from '../extractors/dates/triggers.js';
import { CONTEXT_FIGURE_EXAMPLES } from '../extractors/figures/corpus-contexts.js';
import { NEVER_FIGURE_EXAMPLES } from '../extractors/figures/corpus-never-figures.js';
import { FIGURE_EXAMPLES } from '../extractors/figures/corpus.js';
import { INTERVIEW_EXAMPLES } from '../extractors/interview/corpus.js';
import { METADATA_EXAMPLES } from '../extractors/metadata/corpus.js';
import { organizationExamples } from '../extractors/organizations/corpus.js';
import { PEOPLE_CORPUS } from '../extractors/people/corpus.js';
import { ROLES_CORPUS } from '../extractors/roles/corpus.js';
import { SENTENCE_EXAMPLES } from '../extractors/sentences/corpus.js';
import { normalizeText } from '../input/normalize.js';
import { tokenize } from '../input/tokens.js';

/**
 * What every rule's pattern finds searching the whole text, as the rules were run before the trigger scan, in text
 * order (a stable sort: at one start, in rule order).
 */
function fullScan(text: string, rules: readonly DateRule[]): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const rule of rules) {
    const pattern = rulePattern(rule);
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const result = match[0].length > 0 ? rule.extract(match, text) : null;
      if (result === null) pattern.lastIndex = match.index + 1;
      else if (Array.isArray(result)) found.push(...(result as readonly DateCandidate[]));
      else found.push(result as DateCandidate);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A candidate as a string: where it is, its rule and what it states. */
function candidateKey(found: DateCandidate): string {
  return JSON.stringify(found);
}

/**
 * Checks the trigger scan of `text` against the full scan: the same candidates chosen, each one found among the full
 * scan's. Returns how many candidates the full scan finds.
 */
function expectFullScanOf(text: string): number {
  const expected = fullScan(text, DATE_RULES);
  const found = findCandidates(text, tokenize(text), DATE_RULES);
  const fullScanKeys = new Set(expected.map(candidateKey));
  expect(found.map(candidateKey).filter((key) => !fullScanKeys.has(key))).toEqual([]);
  const count = expected.length;
  expect(chooseCandidates(found)).toEqual(chooseCandidates(expected)); // cuts both to the candidates chosen
  return count;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const folders = ['samples', 'tests/fixtures/devset', 'tests/fixtures/collapsed']; // the unit suite never reads ../shared
const articleTexts = folders
  .map((folder) => join(root, folder))
  .filter((folder) => existsSync(folder))
  .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => join(folder, name)))
  .map((file) => normalizeText(readFileSync(file, 'utf8')));

const corpusTexts: string[] = [
  ...DATES_CORPUS, ...FIGURE_EXAMPLES, ...CONTEXT_FIGURE_EXAMPLES, ...NEVER_FIGURE_EXAMPLES, ...INTERVIEW_EXAMPLES,
  ...METADATA_EXAMPLES, ...SENTENCE_EXAMPLES, ...PEOPLE_CORPUS, ...ROLES_CORPUS, ...organizationExamples, ...acronymExamples,
].map((example) => example.text);

/** How the rules say they open (RuleStarts): `ngày`, `tháng #`, `những năm`, `/#`, ` giờ`. */
const OPENINGS = DATE_RULES.flatMap((rule) => [...rule.starts.words, ...(rule.starts.leads ?? []), ...(rule.starts.afterDigits ?? [])]);

/** The openings in words of a rule, its leads spelled out with its digits: `ngày #/#`, `ngày ##/#`, `tháng #`. */
function wordOpenings(rule: DateRule): string[] {
  const { digits, afterDigits, leads, words } = rule.starts;
  const numbers = digits.map((length) => '#'.repeat(length));
  return [...words, ...(leads ?? []).flatMap((lead) => numbers.flatMap((number) => (afterDigits ?? ['']).map((after) => `${lead} ${number}${after}`)))];
}

/** Every word a rule may open with, its openings, the words that follow them in the rules, digits and separators. */
const PIECES = [
  ...new Set(OPENINGS.flatMap((opening) => opening.split(' ')).filter((word) => word !== '' && word !== '#')),
  ...new Set(DATE_RULES.flatMap(wordOpenings).map((opening) => opening.replaceAll('#', '1'))),
  'qua', 'nay', 'tới', 'sau', 'trước', 'ngoái', 'này', 'vừa', 'rồi', 'sắp', 'hết', 'đến', 'và', 'hoặc', 'Giêng', 'Chạp',
  'Ba', 'Sáu', 'IV', 'III', 'XXI', 'kỷ', 'niên', 'đoạn', 'nhật', 'Nguyên', 'Đán', 'lịch', 'âm', 'người', 'số', 'Nghị',
  'định', 'học', 'giờ', 'phút', 'GMT+7', 'lúc', 'ſáng', 'THÁNG', 'NĂM', 'Ngày', 'Tháng', 'Thứ', 'Quý', 'TẾT', 'Covid-19',
  '1', '2', '5', '9', '10', '12', '15', '20', '30', '31', '90', '2020', '2023', '2024', '1990', '8h30', '14g30', '7:28',
  '14/03/2023', '2023-03-14', '123', '12345', '06', '2020-2021', '1/1/20231', '8H30', '14G30', '5\t-\t6/7', '3—4/5', '2021 —2022', '1/7', '6/2024', '10-11/12/2020', '2021–2025', '30/11-2/12/2023', '9 và 10/9', '5.6',
  '/', '-', '–', '.', ',', ':', '(', ')', ' ', ' ', ' ', ' ', '\n', 'ABC', '𝐀', 'x', 'TT-BKHCN',
  // apostrophes and lone marks join parts of a token the patterns may still open on (`l’2020`, `x\u0301-2020`)
  "'", '’', 'l’', '\u0301', '\uFE0F',
];

/** A deterministic text of `count` pieces (a linear congruential generator, no Math.random). */
function generatedText(count: number, seed: number): string {
  let state = seed;
  const pieces: string[] = [];
  for (let index = 0; index < count; index += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const piece = PIECES[state % PIECES.length] ?? ' ';
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    pieces.push(piece, state % 3 === 0 ? '' : ' ');
  }
  return pieces.join('');
}

/** A node of a plain trie of openings, no node shared: the reference construction of the automaton. */
interface PlainNode {
  readonly id: number;
  /** The node each label leads to: a class, or ANY_DIGIT for `#`. */
  readonly next: Map<number, PlainNode>;
  readonly rules: Set<number>;
  readonly leadRules: Set<number>;
}

const ANY_DIGIT = -1;
const BLANK_CLASS = 11;

/**
 * The automaton of the rules' openings built the plain way (openings.ts builds it faster, and must build the same):
 * the characters the openings write get classes in the order first written (the digits 1-10, a blank 11), one plain
 * trie per length of a run of digits (1 to 5, 0 unused) for what follows it, one for the words and leads, then a
 * subset construction over the tries in class order, states with the same rules and transitions made one, numbered
 * as made (those a state leads to first).
 */
function referenceAutomaton(rules: readonly DateRule[]) {
  /** Per trie, its openings as the rules give them: the opening, the rule, and whether it is the rule's lead. */
  const groups: (readonly [string, number, boolean])[][] = Array.from({ length: 7 }, () => []);
  rules.forEach((rule, index) => {
    for (const length of rule.starts.digits) {
      for (const after of rule.starts.afterDigits ?? ['']) groups[Math.min(length, 5)]?.push([after, index, false]);
    }
  });
  rules.forEach((rule, index) => groups[6]?.push(...rule.starts.words.map((word) => [word, index, false] as const)));
  rules.forEach((rule, index) => groups[6]?.push(...(rule.starts.leads ?? []).map((lead) => [`${lead} `, index, true] as const)));

  const classes = new Uint8Array(0x10000);
  for (let digit = 0; digit <= 9; digit += 1) classes[0x30 + digit] = 1 + digit;
  classes[0x20] = BLANK_CLASS;
  classes[0x09] = BLANK_CLASS;
  let classCount = BLANK_CLASS + 1;
  for (const [opening] of groups.flat()) {
    for (const char of opening) {
      if (char === ' ' || char === '#' || /\d/u.test(char) || classes[char.charCodeAt(0)] !== 0) continue;
      for (const same of readAs(char)) classes[same.charCodeAt(0)] = classCount;
      classCount += 1;
    }
  }

  let nodeCount = 0;
  const newNode = (): PlainNode => ({ id: (nodeCount += 1), next: new Map(), rules: new Set(), leadRules: new Set() });
  const roots = groups.map((openings) => {
    const root = newNode();
    for (const [opening, rule, isLead] of openings) {
      let node = root;
      for (const char of opening) {
        const label = char === '#' ? ANY_DIGIT : classes[char.charCodeAt(0)] ?? 0;
        const next = node.next.get(label) ?? newNode();
        node.next.set(label, next);
        node = next;
      }
      (isLead ? node.leadRules : node.rules).add(rule);
    }
    return root;
  });

  const states: { rules: number[]; leadRules: number[] }[] = [];
  const ways: (readonly [number, number])[][] = [];
  const bySubset = new Map<string, number>();
  const bySignature = new Map<string, number>();
  const stateOf = (members: readonly PlainNode[]): number => {
    const subset = members.map((member) => member.id).sort((a, b) => a - b).join(',');
    const known = bySubset.get(subset);
    if (known !== undefined) return known;
    const targetsByClass = new Map<number, PlainNode[]>();
    for (const member of members) {
      for (const [label, child] of member.next) {
        for (const read of label === ANY_DIGIT ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : [label]) {
          const targets = targetsByClass.get(read) ?? [];
          if (!targets.includes(child)) targets.push(child);
          targetsByClass.set(read, targets);
        }
      }
    }
    const transitions = [...targetsByClass].sort(([a], [b]) => a - b).map(([read, targets]) => [read, stateOf(targets)] as const);
    const union = (pick: (member: PlainNode) => Set<number>): number[] =>
      [...new Set(members.flatMap((member) => [...pick(member)]))].sort((a, b) => a - b);
    const state = { rules: union((member) => member.rules), leadRules: union((member) => member.leadRules) };
    const signature = JSON.stringify([state, transitions]);
    const number = bySignature.get(signature) ?? states.length;
    if (number === states.length) {
      states.push(state);
      ways.push(transitions);
      bySignature.set(signature, number);
    }
    bySubset.set(subset, number);
    return number;
  };
  const digitRoots = roots.map((root) => stateOf([root]));
  const wordStart = digitRoots.pop();
  const transitions = new Int32Array(states.length * classCount).fill(NO_STATE);
  ways.forEach((stateWays, state) => {
    for (const [read, target] of stateWays) transitions[state * classCount + read] = target;
  });
  const endings = Uint8Array.from(states, (state) =>
    (state.rules.length > 0 ? ENDS_RULES : 0) | (state.leadRules.length > 0 ? ENDS_LEADS : 0));
  return { classes, classCount, transitions, states, endings, digitRoots, wordStart };
}

describe('dates: the trigger scan finds what a full scan of every rule finds', () => {
  it(`over ${corpusTexts.length} corpus texts of every extractor`, () => {
    for (const text of corpusTexts) expectFullScanOf(text);
  });

  it(`over ${articleTexts.length} articles (samples, seed, dev set, collapsed fixtures)`, () => {
    expect(articleTexts.length).toBeGreaterThan(10);
    for (const text of articleTexts) expectFullScanOf(text);
  });

  it('over generated texts mixing every rule word, digits, separators and letter cases', () => {
    let candidates = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      candidates += expectFullScanOf(generatedText(200, seed));
    }
    expect(candidates).toBeGreaterThan(1000);
  });

  it('over every two words of the openings before a date, a number or a word', () => {
    const vocabulary = [...new Set([...PIECES.filter((piece) => /^[\p{L} ]+$/u.test(piece)).flatMap((piece) => piece.split(' ')), '5'])];
    const firstWords = [...new Set(DATE_RULES.flatMap((rule) => wordOpenings(rule).map((opening) => opening.split(' ')[0] ?? '')))];
    const tails = ['', '5', '5/6', '5/6/2023', '5-7/6', '5 - 7/6', '5/6-7/8', '5, 6 và 7/6', '5 đến 7/6', '5 tháng 6 năm 2020',
      '2020', '2020-2021', '8:30', '8h30', '8 giờ', 'I', 'Hai', 'nhật', 'qua', 'năm 2020'];
    const lines = firstWords.flatMap((first) =>
      vocabulary.flatMap((second) => tails.map((tail) => `${first === 'tết' ? 'Tết' : first} ${second} ${tail}`)));
    expectFullScanOf(lines.join('\n'));
  });

  it('the openings read each letter as the patterns\' iu flags do', () => {
    const plane = Array.from({ length: 0x10000 }, (_, code) => (code >= 0xd800 && code <= 0xdfff ? '' : String.fromCharCode(code))).join('');
    const letters = new Set(OPENINGS.join('').replace(/[ #]/gu, ''));
    for (const letter of letters) {
      const sameLetter = new RegExp(`[${letter.replace(/[\\\]^-]/gu, '\\$&')}]`, 'giu');
      expect([...readAs(letter)].sort()).toEqual((plane.match(sameLetter) ?? []).sort());
      // and every character whose lower case is the letter, which a token may write (the automaton reads its letters)
      for (const char of plane) if (char.toLowerCase() === letter) expect(readAs(letter)).toContain(char);
    }
  });

  it('the automaton of the openings is the one a plain trie and subset construction give', () => {
    const reference = referenceAutomaton(DATE_RULES);
    const automaton = openingsOf(DATE_RULES);
    expect(automaton.states.length).toBeGreaterThan(100);
    expect({ ...automaton, states: automaton.states.map((state) => ({ ...state })) }).toEqual(reference);
  });

  it('every rule declares at least one way to start', () => {
    for (const rule of DATE_RULES) expect(rule.starts.digits.length + rule.starts.words.length).toBeGreaterThan(0);
  });
});
