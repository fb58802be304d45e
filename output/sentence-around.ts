// The text around a mention for the dataset's `sentence` columns, and code-point helpers for record text.

/** The length of `text` in code points (the unit of a record's offsets). */
export function codePointLength(text: string): number {
  let surrogatePairs = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
      const previous = text.charCodeAt(index - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) surrogatePairs += 1;
    }
  }
  return text.length - surrogatePairs;
}

// The sentence around a mention, for the `sentence` columns. Offsets in a record are code points; the text is
// searched in UTF-16 indices, converted once per article (the last article's map is kept: rows come article by
// article). A sentence ends at a line break, or at . ! ? … (closing quotes and brackets may follow) before a space
// and a capital, digit, quote or dash: "TS. Nguyễn" does not end at "TS." (an upper-case letter before the dot).
// The search looks at most CONTEXT_REACH characters each way, so a 100,000-character line costs little per mention.
const CONTEXT_REACH = 400;
const SENTENCE_END = /[.!?…]['"”’)\]»]*$/u;
const SENTENCE_START = /^[\p{Lu}\p{N}"“‘'(\[«–—-]/u;

let cachedText: string | null = null;
let cachedOffsets: Uint32Array | null = null;

function utf16Index(text: string, codePoint: number): number {
  if (cachedText !== text) {
    cachedText = text;
    cachedOffsets = null;
    if (/[\uD800-\uDFFF]/u.test(text) || /[\uD800-\uDFFF]/.test(text)) {
      const offsets: number[] = [];
      for (let index = 0; index < text.length; index += 1) {
        offsets.push(index);
        const code = text.charCodeAt(index);
        const next = text.charCodeAt(index + 1);
        if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index += 1;
      }
      offsets.push(text.length);
      cachedOffsets = Uint32Array.from(offsets);
    }
  }
  if (cachedOffsets === null) return Math.min(codePoint, text.length);
  return cachedOffsets[Math.min(codePoint, cachedOffsets.length - 1)] ?? text.length;
}

function isSentenceBoundary(text: string, index: number): boolean {
  // A boundary before `index`: a space run that follows an end mark and precedes a sentence start.
  const before = text.slice(Math.max(0, index - 8), index).trimEnd();
  const after = text.slice(index, index + 2).trimStart();
  if (!SENTENCE_END.test(before) || !SENTENCE_START.test(after)) return false;
  const mark = before.replace(/['"”’)\]»]+$/u, '');
  const letterBeforeMark = mark.charAt(mark.length - 2);
  return !(mark.endsWith('.') && /\p{Lu}/u.test(letterBeforeMark));
}

/** The sentence of `text` around the code-point span [start, end), trimmed; `…` marks a cut at CONTEXT_REACH. */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = utf16Index(text, start);
  const to = Math.max(from, utf16Index(text, end));
  let sentenceStart = from;
  const lowest = Math.max(0, from - CONTEXT_REACH);
  while (sentenceStart > lowest) {
    const previous = text.charAt(sentenceStart - 1);
    if (previous === '\n') break;
    if (/\s/u.test(previous) && !/\s/u.test(text.charAt(sentenceStart)) && isSentenceBoundary(text, sentenceStart)) break;
    sentenceStart -= 1;
  }
  let sentenceEnd = to;
  const highest = Math.min(text.length, to + CONTEXT_REACH);
  while (sentenceEnd < highest) {
    const next = text.charAt(sentenceEnd);
    if (next === '\n') break;
    if (/\s/u.test(next) && !/\s/u.test(text.charAt(sentenceEnd - 1))) {
      let afterSpace = sentenceEnd;
      while (afterSpace < text.length && /[^\S\n]/u.test(text.charAt(afterSpace))) afterSpace += 1;
      if (isSentenceBoundary(text, afterSpace)) break;
    }
    sentenceEnd += 1;
  }
  const cutBefore = sentenceStart === lowest && lowest > 0 && text.charAt(lowest - 1) !== '\n';
  const cutAfter = sentenceEnd === highest && highest < text.length && text.charAt(highest) !== '\n';
  const sentence = text.slice(sentenceStart, sentenceEnd).trim();
  return `${cutBefore ? '…' : ''}${sentence}${cutAfter ? '…' : ''}`;
}
