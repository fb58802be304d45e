// A Vietnamese sentence splitter for news text. A sentence ends at `.`, `!`, `?`, `…` or `...` (with any closing
// quotes or brackets after it) when what follows, after a space, can open a sentence: a capital letter, a digit, an
// opening quote or bracket, a dash. It does not end after an abbreviation that needs a continuation (`TS.`,
// `PGS.TS.`, `TP.`), after an initial (`Nguyễn V. An`, `Q. 1`), after a list number at the start of a sentence
// (`1. Giới thiệu`), nor inside a token (`TP.HCM`, `Q.1`, `1.233`, `P.V:`, `VietQ.vn`). `?` and `!` also end a
// sentence before a capital with no space between (crawled dumps lose spaces); `.` never does.
// One linear scan: each candidate looks at the space after it and at most a short token before it.
import type { ParagraphSpan, SentenceSpan } from '../../pipeline/document.js';
import { NON_FINAL_ABBREVIATIONS } from './lexicon.js';

/** Terminal punctuation; the regex finds the next one faster than a loop over the characters. */
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
const SINGLE_CAPITAL = /^[A-ZĐ]$/u; // plain letters: `Á` (châu Á) and `Ý` (nước Ý) are words
const LIST_NUMBER = /^(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])$/u;
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

/** True when a single dot after `token` cannot end a sentence. */
function dotNeedsContinuation(token: string, isFirstToken: boolean): boolean {
  let opening = 0;
  while (opening < token.length && OPENING_MARKS.has(token.charCodeAt(opening))) opening += 1;
  const bare = opening > 0 ? token.slice(opening) : token;
  if (bare === '') return false;
  if (SINGLE_CAPITAL.test(bare)) return true; // an initial: `Nguyễn V. An`, `Q. 1`
  // The text is NFC with modern tone placement (input/normalize.ts): lower case is its folded key.
  const key = bare.toLowerCase();
  if (NON_FINAL_ABBREVIATIONS.has(key)) return true;
  const lastDot = key.lastIndexOf('.');
  if (lastDot >= 0 && NON_FINAL_ABBREVIATIONS.has(key.slice(lastDot + 1))) return true; // `PGS.TS.`, `GS.TSKH.`
  if (isFirstToken && LIST_NUMBER.test(bare)) return true; // `1. Giới thiệu`, `II. Kết quả`
  return false;
}

function canOpenSentence(code: number): boolean {
  return (classOf(code) & (UPPER | DIGIT)) !== 0 || SENTENCE_OPENERS.has(code);
}

/**
 * The sentences of one paragraph, trimmed, in order, added to `sentences`; together they cover every non-space
 * character of it.
 */
export function splitSentences(text: string, paragraph: ParagraphSpan, sentences: SentenceSpan[] = []): SentenceSpan[] {
  const { end } = paragraph;
  let sentenceStart = paragraph.start;
  const push = (sentenceEnd: number): void => {
    let from = sentenceStart;
    let to = sentenceEnd;
    while (from < to && isSpaceAt(text, from)) from += 1;
    while (to > from && isSpaceAt(text, to - 1)) to -= 1;
    if (from < to) sentences.push({ start: from, end: to, paragraph: paragraph.index });
  };

  TERMINAL.lastIndex = paragraph.start;
  for (let terminal = TERMINAL.exec(text); terminal !== null && terminal.index < end; terminal = TERMINAL.exec(text)) {
    // Terminal punctuation, then closing quotes and brackets.
    const matchStart = terminal.index;
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
      const last = text[punctuationEnd - 1];
      if ((last === '?' || last === '!') && (classOf(nextCode) & UPPER) !== 0) {
        push(matchEnd);
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
        if (dotNeedsContinuation(text.slice(tokenStart, matchStart), before <= sentenceStart)) continue;
      }
    }
    push(matchEnd);
    sentenceStart = matchEnd;
  }
  push(end);
  return sentences;
}
