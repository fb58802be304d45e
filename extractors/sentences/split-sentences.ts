// A Vietnamese sentence splitter for news text. A sentence ends at `.`, `!`, `?`, `…` or `...` (with any closing
// quotes or brackets after it) when what follows, after a space, can open a sentence: a capital letter, a digit, an
// opening quote or bracket, a dash. It does not end after an abbreviation that needs a continuation (`TS.`,
// `PGS.TS.`, `TP.`), after an initial (`Nguyễn V. An`, `Q. 1`), after a list number at the start of a sentence
// (`1. Giới thiệu`), nor inside a token (`TP.HCM`, `Q.1`, `1.233`, `P.V:`, `VietQ.vn`). `?` and `!` also end a
// sentence before a capital with no space between (crawled dumps lose spaces); `.` never does.
// One linear scan: each candidate looks at the space after it and at most a short token before it.
import type { ParagraphSpan, SentenceSpan } from '../../pipeline/document.js';
import { IRREGULAR_LOWER, lowerUnit } from '../shared/lower-units.js';
import { NON_FINAL_ABBREVIATIONS } from './lexicon.js';

/**
 * Terminal punctuation; the regex finds the next one faster than a loop over the characters. Read with `test`, not
 * `exec`: one character long, a match ends at `lastIndex`, and no match array is made per punctuation mark.
 */
const TERMINAL = /[.!?…]/gu;
const isTerminal = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026; // . ! ? …
/** Closing quotes and brackets that may follow the terminal punctuation: ” " ’ ' » ) ]. */
const isCloser = (code: number): boolean =>
  code === 0x201d || code === 0x22 || code === 0x2019 || code === 0x27 || code === 0xbb || code === 0x29 || code === 0x5d;
/** Characters that may open a sentence besides letters and digits. */
const SENTENCE_OPENERS = new Set(['“', '"', '‘', "'", '«', '(', '[', '-', '–', '—', '…', '•', '*', '+'].map((char) => char.charCodeAt(0)));
/** Opening quotes and brackets a token may start with: `(TS.` is `TS`. */
const OPENING_MARKS = new Set(['“', '"', '‘', "'", '«', '(', '['].map((char) => char.charCodeAt(0)));
const DOT = 0x2e;
/** Longest token looked at before a dot; abbreviations are short. */
const MAX_TOKEN = 24;

// What the splitter asks of one UTF-16 code unit, computed on first sight: bit 1 known, then the classes below.
const KNOWN = 1;
const SPACE = 2; // \s
const UPPER = 4; // \p{Lu}
const LOWER = 8; // \p{Ll}
const DIGIT = 16; // \p{Nd}
const CLASSES = new Uint8Array(0x10000);

function classOf(code: number): number {
  let bits = CLASSES[code] ?? KNOWN;
  if (bits === 0) {
    const char = String.fromCharCode(code);
    bits = KNOWN;
    if (/\s/u.test(char)) bits |= SPACE;
    if (/\p{Lu}/u.test(char)) bits |= UPPER;
    if (/\p{Ll}/u.test(char)) bits |= LOWER;
    if (/\p{Nd}/u.test(char)) bits |= DIGIT;
    CLASSES[code] = bits;
  }
  return bits;
}

const isSpaceAt = (text: string, index: number): boolean => (classOf(text.charCodeAt(index)) & SPACE) !== 0;

/** The non-final abbreviations by length: a token is compared with those of its length, by code, with no copy made. */
const ABBREVIATIONS_BY_LENGTH: string[][] = [];
for (const abbreviation of NON_FINAL_ABBREVIATIONS) (ABBREVIATIONS_BY_LENGTH[abbreviation.length] ??= []).push(abbreviation);
/** The longest abbreviation: a longer token (or part after its last dot) is none, and is not looked up. */
const LONGEST_ABBREVIATION = ABBREVIATIONS_BY_LENGTH.length - 1;

/** True when `text` from `start` to `end`, in lower case, is `abbreviation` (of the same length). */
function lowerCaseEquals(text: string, start: number, abbreviation: string): boolean {
  for (let index = 0; index < abbreviation.length; index += 1) {
    if (lowerUnit(text.charCodeAt(start + index)) !== abbreviation.charCodeAt(index)) return false;
  }
  return true;
}

/** True when `text` from `start` to `end`, in lower case, is a non-final abbreviation. */
function isAbbreviation(text: string, start: number, end: number): boolean {
  // The text is NFC with modern tone placement (input/normalize.ts): lower case is its folded key. Lower case never
  // shortens a token; a token with a unit whose lower case is irregular is lower-cased as a string.
  if (end - start > LONGEST_ABBREVIATION) return false;
  for (let index = start; index < end; index += 1) {
    if (lowerUnit(text.charCodeAt(index)) === IRREGULAR_LOWER) return NON_FINAL_ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
  }
  const candidates = ABBREVIATIONS_BY_LENGTH[end - start];
  if (candidates === undefined) return false;
  for (const abbreviation of candidates) if (lowerCaseEquals(text, start, abbreviation)) return true;
  return false;
}

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isRomanDigit = (code: number): boolean => code === 0x49 || code === 0x56 || code === 0x58 || code === 0x4c || code === 0x43; // I V X L C

/** True when `text` from `start` to `end` is a list number: `^(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])$`, read by code. */
function isListNumber(text: string, start: number, end: number): boolean {
  const length = end - start;
  const first = text.charCodeAt(start);
  if (length === 1 && ((first >= 0x61 && first <= 0x7a) || first === 0x111)) return true; // a-z, đ
  let digits = 0;
  let romans = 0;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (isAsciiDigit(code)) digits += 1;
    else if (isRomanDigit(code)) romans += 1;
  }
  return (digits === length && length >= 1 && length <= 3) || (romans === length && length >= 1 && length <= 6);
}

/** True when a single dot after the token from `start` to `end` cannot end a sentence. */
function dotNeedsContinuation(text: string, start: number, end: number, isFirstToken: boolean): boolean {
  let bareStart = start;
  while (bareStart < end && OPENING_MARKS.has(text.charCodeAt(bareStart))) bareStart += 1;
  if (bareStart === end) return false;
  const first = text.charCodeAt(bareStart);
  // An initial (`Nguyễn V. An`, `Q. 1`): one plain capital, A to Z or Đ; `Á` (châu Á) and `Ý` (nước Ý) are words.
  if (end - bareStart === 1 && ((first >= 0x41 && first <= 0x5a) || first === 0x110)) return true;
  if (isAbbreviation(text, bareStart, end)) return true;
  let lastDot = end - 1;
  while (lastDot >= bareStart && text.charCodeAt(lastDot) !== DOT) lastDot -= 1;
  if (lastDot >= bareStart && isAbbreviation(text, lastDot + 1, end)) return true; // `PGS.TS.`, `GS.TSKH.`
  if (isFirstToken && isListNumber(text, bareStart, end)) return true; // `1. Giới thiệu`, `II. Kết quả`
  return false;
}

function canOpenSentence(code: number): boolean {
  return (classOf(code) & (UPPER | DIGIT)) !== 0 || SENTENCE_OPENERS.has(code);
}

/** Adds the sentence from `start` to `end` of paragraph `paragraph`, trimmed; nothing when it is blank. */
function addSentence(sentences: SentenceSpan[], text: string, start: number, end: number, paragraph: number): void {
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(text, from)) from += 1;
  while (to > from && isSpaceAt(text, to - 1)) to -= 1;
  if (from < to) sentences.push({ start: from, end: to, paragraph });
}

/**
 * The sentences of one paragraph, trimmed, in order, added to `sentences`; together they cover every non-space
 * character of it.
 */
export function splitSentences(text: string, paragraph: ParagraphSpan, sentences: SentenceSpan[] = []): SentenceSpan[] {
  const { end } = paragraph;
  let sentenceStart = paragraph.start;

  TERMINAL.lastIndex = paragraph.start;
  while (TERMINAL.test(text)) {
    // Terminal punctuation, then closing quotes and brackets.
    const matchStart = TERMINAL.lastIndex - 1;
    if (matchStart >= end) break;
    let index = matchStart + 1;
    while (index < end && isTerminal(text.charCodeAt(index))) index += 1;
    const punctuationEnd = index;
    while (index < end && isCloser(text.charCodeAt(index))) index += 1;
    TERMINAL.lastIndex = index;
    const matchEnd = index;
    if (matchEnd >= end) break;
    let next = matchEnd;
    while (next < end && isSpaceAt(text, next)) next += 1;
    if (next >= end) break;
    const nextCode = text.charCodeAt(next);

    if (next === matchEnd) {
      // No space: only `?`/`!` before a capital letter ends a sentence (`...không?Ông A:` in a dump).
      const last = text.charCodeAt(punctuationEnd - 1);
      if ((last === 0x3f || last === 0x21) && (classOf(nextCode) & UPPER) !== 0) {
        addSentence(sentences, text, sentenceStart, matchEnd, paragraph.index);
        sentenceStart = matchEnd;
      }
      continue;
    }
    if ((classOf(nextCode) & LOWER) !== 0 || !canOpenSentence(nextCode)) continue;
    if (matchEnd === matchStart + 1 && text.charCodeAt(matchStart) === DOT) {
      // The token before a lone dot, when it is short: an abbreviation, an initial or a list number needs more.
      let tokenStart = matchStart;
      while (tokenStart > sentenceStart && !isSpaceAt(text, tokenStart - 1) && matchStart - tokenStart <= MAX_TOKEN) tokenStart -= 1;
      if (matchStart - tokenStart <= MAX_TOKEN) {
        let before = tokenStart;
        while (before > sentenceStart && isSpaceAt(text, before - 1)) before -= 1;
        if (dotNeedsContinuation(text, tokenStart, matchStart, before <= sentenceStart)) continue;
      }
    }
    addSentence(sentences, text, sentenceStart, matchEnd, paragraph.index);
    sentenceStart = matchEnd;
  }
  addSentence(sentences, text, sentenceStart, end, paragraph.index);
  return sentences;
}
