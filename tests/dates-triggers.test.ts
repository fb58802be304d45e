// The trigger scan (extractors/dates/triggers.ts) runs each date rule only where one of its first words starts. It
// must find the candidates a global search of every rule's pattern over the whole text finds, but for those that
// could never be chosen (a match covered by a candidate found before it), so that the same are chosen: checked here
// over every corpus text of the project, the sample articles, the dev set, the collapsed fixtures and generated
// texts that mix every rule's words, digits, separators and letter cases.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acronymExamples } from '../extractors/acronyms/corpus.js';
import { rulePattern, type DateCandidate, type DateRule } from '../extractors/dates/candidate.js';
import { chooseCandidates } from '../extractors/dates/combine.js';
import { DATES_CORPUS } from '../extractors/dates/corpus.js';
import { DATE_RULES } from '../extractors/dates/index.js';
import { findCandidates, readAs } from '../extractors/dates/triggers.js';
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

  it('every rule declares at least one way to start', () => {
    for (const rule of DATE_RULES) expect(rule.starts.digits.length + rule.starts.words.length).toBeGreaterThan(0);
  });
});
