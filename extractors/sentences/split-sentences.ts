// A Vietnamese sentence splitter for news text. A sentence ends at `.`, `!`, `?`, `…` or `...` (with any closing
// quotes or brackets after it) when what follows, after a space, can open a sentence: a capital letter, a digit, an
// opening quote or bracket, a dash. It does not end after an abbreviation that needs a continuation (`TS.`,
// `PGS.TS.`, `TP.`), after an initial (`Nguyễn V. An`, `Q. 1`), after a list number at the start of a sentence
// (`1. Giới thiệu`), nor inside a token (`TP.HCM`, `Q.1`, `1.233`, `P.V:`, `VietQ.vn`). `?` and `!` also end a
// sentence before a capital with no space between (crawled dumps lose spaces); `.` never does.
// One linear scan: each candidate looks at the space after it and at most a short token before it.
import type { ParagraphSpan, SentenceSpan } from '../../pipeline/document.js';
import { foldKey } from '../shared/vietnamese.js';
import { NON_FINAL_ABBREVIATIONS } from './lexicon.js';

/** Terminal punctuation, then closing quotes and brackets. */
const TERMINAL = /[.!?…]+[”"’'»)\]]*/gu;
const SPACE = /\s/u;
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
/** Characters that may open a sentence besides letters and digits. */
const SENTENCE_OPENERS = new Set(['“', '"', '‘', "'", '«', '(', '[', '-', '–', '—', '…', '•', '*', '+']);
const SINGLE_CAPITAL = /^[A-ZĐ]$/u; // plain letters: `Á` (châu Á) and `Ý` (nước Ý) are words
const LIST_NUMBER = /^(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])$/u;
/** Longest token looked at before a dot; abbreviations are short. */
const MAX_TOKEN = 24;

function tokenBefore(text: string, end: number, floor: number): string | null {
  let start = end;
  while (start > floor && !SPACE.test(text[start - 1] ?? ' ')) {
    start -= 1;
    if (end - start > MAX_TOKEN) return null;
  }
  return text.slice(start, end);
}

/** Strips opening quotes and brackets from a token: `(TS.` is `TS`. */
function bareToken(token: string): string {
  return token.replace(/^[“"‘'«(\[]+/u, '');
}

/** True when a single dot after `token` cannot end a sentence. */
function dotNeedsContinuation(token: string, isFirstToken: boolean): boolean {
  const bare = bareToken(token);
  if (bare === '') return false;
  if (SINGLE_CAPITAL.test(bare)) return true; // an initial: `Nguyễn V. An`, `Q. 1`
  const key = foldKey(bare);
  if (NON_FINAL_ABBREVIATIONS.has(key)) return true;
  const lastPart = key.slice(key.lastIndexOf('.') + 1);
  if (key.includes('.') && NON_FINAL_ABBREVIATIONS.has(lastPart)) return true; // `PGS.TS.`, `GS.TSKH.`
  if (isFirstToken && LIST_NUMBER.test(bare)) return true; // `1. Giới thiệu`, `II. Kết quả`
  return false;
}

function canOpenSentence(character: string): boolean {
  return UPPER_LETTER.test(character) || DIGIT.test(character) || SENTENCE_OPENERS.has(character);
}

/** The sentences of one paragraph, trimmed, in order; together they cover every non-space character of it. */
export function splitSentences(text: string, paragraph: ParagraphSpan): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let sentenceStart = paragraph.start;
  const push = (end: number): void => {
    let from = sentenceStart;
    let to = end;
    while (from < to && SPACE.test(text[from] ?? '')) from += 1;
    while (to > from && SPACE.test(text[to - 1] ?? '')) to -= 1;
    if (from < to) sentences.push({ start: from, end: to, paragraph: paragraph.index });
  };

  const region = text.slice(paragraph.start, paragraph.end);
  for (const match of region.matchAll(TERMINAL)) {
    const matchStart = paragraph.start + match.index;
    const matchEnd = matchStart + match[0].length;
    if (matchEnd >= paragraph.end) break;
    let next = matchEnd;
    while (next < paragraph.end && SPACE.test(text[next] ?? '')) next += 1;
    if (next >= paragraph.end) break;
    const nextCharacter = text[next] ?? '';
    const punctuation = match[0].replace(/[”"’'»)\]]+$/u, '');
    const spaced = next > matchEnd;

    if (!spaced) {
      // No space: only `?`/`!` before a capital letter ends a sentence (`...không?Ông A:` in a dump).
      if (/[?!]$/u.test(punctuation) && UPPER_LETTER.test(nextCharacter)) {
        push(matchEnd);
        sentenceStart = matchEnd;
      }
      continue;
    }
    if (LOWER_LETTER.test(nextCharacter) || !canOpenSentence(nextCharacter)) continue;
    if (punctuation === '.' && match[0] === '.') {
      const token = tokenBefore(text, matchStart, sentenceStart);
      if (token !== null) {
        let before = matchStart - token.length;
        while (before > sentenceStart && SPACE.test(text[before - 1] ?? '')) before -= 1;
        const isFirstToken = before <= sentenceStart;
        if (dotNeedsContinuation(token, isFirstToken)) continue;
      }
    }
    push(matchEnd);
    sentenceStart = matchEnd;
  }
  push(paragraph.end);
  return sentences;
}
