// Words and punctuation of a text, classified the way proper names need them: a capitalized syllable (`Tiêu`), a
// lower-case one (`chuẩn`), an acronym (`ASEAN`, `KH&CN`, `TCĐLCL`, `VietQ.vn`, `WG1`), punctuation. Shared by the
// organization and acronym extractors. One linear regex pass.

export interface NameToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case (the document's text is NFC with tones already placed, so this is its folded key). */
  readonly key: string;
  readonly isWord: boolean;
  /** First letter upper case, not an acronym: `Tiêu`, `Việt`, `Online`. */
  readonly capitalized: boolean;
  /** Two upper-case letters or more, starting with one: `ASEAN`, `KH&CN`, `SDGs`, `VietQ.vn`, `TP.HCM`. */
  readonly acronymLike: boolean;
  /** A word in lower case: `chuẩn`, `và`. */
  readonly lower: boolean;
  /** A line break lies between this token and the previous one. */
  readonly breakBefore: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[&.'’-][\p{L}\p{M}\p{N}]+)*|&|\S/gu;
const UPPER = /\p{Lu}/gu;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

export function tokenizeForNames(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  let nextNewline = text.indexOf('\n');
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    let breakBefore = false;
    if (nextNewline >= 0 && nextNewline < start) {
      breakBefore = true;
      nextNewline = text.indexOf('\n', start);
    }
    const first = word[0] ?? '';
    const isWord = word.length > 1 || LETTER_OR_DIGIT.test(first);
    const firstUpper = isWord && first !== first.toLowerCase();
    const acronymLike = firstUpper && (word.match(UPPER)?.length ?? 0) >= 2;
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key: word.toLowerCase(),
      isWord: isWord || word === '&',
      capitalized: firstUpper && !acronymLike,
      acronymLike,
      lower: (isWord && !firstUpper && LETTER.test(first)) || word === '&',
      breakBefore,
    });
  }
  return tokens;
}

/** Index of the first token starting at or after `offset` (tokens are in order). */
export function tokenIndexAt(tokens: readonly NameToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
