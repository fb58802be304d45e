// Word-level reading of a span of text for the interview rules: its words (runs of letters, marks, digits and inner
// dots, `TS.` read as `TS`, `4.0` as one word), each one's lower-case key, and lookups of words and phrases in
// lexicons (word-lexicon.ts). The rules run on every paragraph of every article, so nothing here makes an object
// or a string per word: a reader keeps its words' offsets in typed arrays it reuses.
import type { TextSpan } from '../../pipeline/document.js';
import { SPACE, walkLowerCase, type LexiconNode, type WordLexicon } from './word-lexicon.js';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UNKNOWN = 0;
/** A letter, mark or digit that lower case leaves as it is. */
const LOWER = 1;
/** A letter that lower case changes (`T`, `Đ`): its word's key is lower-cased. */
const UPPER = 2;
const OTHER = 3;
/** The first half of a surrogate pair: the pair is read as one character (a lone half is OTHER). */
const HIGH_SURROGATE = 4;
const DOT = 0x2e;
/** The class of each UTF-16 code unit, filled as units are met (surrogates at load). */
const CLASSES = new Uint8Array(0x10000);
CLASSES.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
CLASSES.fill(OTHER, 0xdc00, 0xe000);

function classOf(code: number): number {
  let known = CLASSES[code] ?? OTHER;
  if (known === UNKNOWN) {
    const char = String.fromCharCode(code);
    known = !WORD_CHAR.test(char) ? OTHER : char.toLowerCase() === char ? LOWER : UPPER;
    CLASSES[code] = known;
  }
  return known;
}

/**
 * The class of the surrogate pair at `index` (UPPER for a word character, so its word is lower-cased, else OTHER)
 * and its length, as `class * 4 + length`: 1 when the high surrogate at `index` is alone (then OTHER).
 */
function readPair(text: string, index: number, end: number): number {
  const low = index + 1 < end ? text.charCodeAt(index + 1) : 0;
  if (low < 0xdc00 || low > 0xdfff) return OTHER * 4 + 1;
  return WORD_CHAR.test(text.slice(index, index + 2)) ? UPPER * 4 + 2 : OTHER * 4 + 2;
}

/** The class of the character at `index` and its length in code units, as `class * 4 + length` (see readPair). */
function characterAt(text: string, index: number, end: number): number {
  const known = classOf(text.charCodeAt(index));
  return known === HIGH_SURROGATE ? readPair(text, index, end) : known * 4 + 1;
}

/** True when the two code units before `index`, not before `start`, are a surrogate pair whose character `pattern` matches. */
function pairBeforeMatches(text: string, index: number, start: number, pattern: RegExp): boolean {
  const high = index - 2 >= start ? text.charCodeAt(index - 2) : 0;
  return high >= 0xd800 && high <= 0xdbff && pattern.test(text.slice(index - 2, index));
}

/**
 * True when a letter, mark or digit ends right before `index`, reading no further back than `start`: what the
 * lookbehind `(?<![\p{L}\p{M}\p{N}])` refuses on `text.slice(start)`, by a table instead of a regex per position.
 */
export function isWordCharBefore(text: string, index: number, start: number): boolean {
  if (index <= start) return false;
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff) return pairBeforeMatches(text, index, start, WORD_CHAR);
  const known = classOf(code);
  return known === LOWER || known === UPPER;
}

const UPPER_CASE_LETTER = /^\p{Lu}/u;
/** Whether each UTF-16 code unit is an upper-case letter (`\p{Lu}`), filled as units are met: 0 unknown, 1 yes, 2 no. */
const UPPER_CASE_UNITS = new Uint8Array(0x10000);

/** True when the character at `index`, read as a code point before `end`, is an upper-case letter (`\p{Lu}`). */
export function isUpperCaseLetterAt(text: string, index: number, end: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) return index + 1 < end && UPPER_CASE_LETTER.test(text.slice(index, index + 2));
  let known = UPPER_CASE_UNITS[code] ?? 2;
  if (known === 0) {
    known = UPPER_CASE_LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    UPPER_CASE_UNITS[code] = known;
  }
  return known === 1;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** Whether each UTF-16 code unit is a letter or a mark, filled as code units are met: 0 unknown, 1 yes, 2 no. */
const LETTER_OR_MARK_UNITS = new Uint8Array(0x10000);

/** Length of the letter or mark at `index` before `limit`: 2 for one outside the BMP, 0 when there is none. */
export function letterOrMarkLength(text: string, index: number, limit: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    return index + 1 < limit && LETTER_OR_MARK.test(text.slice(index, index + 2)) ? 2 : 0;
  }
  let known = LETTER_OR_MARK_UNITS[code] ?? 2;
  if (known === 0) {
    known = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_OR_MARK_UNITS[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/**
 * True when a letter or a mark ends right before `index`, reading no further back than `start`: what the lookbehind
 * `(?<![\p{L}\p{M}])` refuses on `text.slice(start)`, by a table instead of a regex per position.
 */
export function isLetterOrMarkBefore(text: string, index: number, start: number): boolean {
  if (index <= start) return false;
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff) return pairBeforeMatches(text, index, start, LETTER_OR_MARK);
  return letterOrMarkLength(text, index - 1, index) === 1;
}

/**
 * The words of a span, read into arrays this reader reuses: each call to `read` replaces the words of the last
 * one. A module keeps one reader per rule that reads words, and reads no other span while it uses them.
 */
export class SpanWords {
  /** How many words the span holds. */
  count = 0;
  private text = '';
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** 1 when the word holds a character that lower case changes: its key is not its text. */
  private upper = new Uint8Array(64);

  /**
   * Reads the words of `span`: one pass over the characters. A dot inside a word keeps it going (`4.0`, `TS.HCM`);
   * any other character that is no letter, mark or digit ends it, and trailing dots are left out. Past `limit`
   * words it stops, with `count` at `limit + 1` (as countWords counts) and only the first `limit` words read.
   */
  read(text: string, span: TextSpan, limit = Infinity): this {
    this.text = text;
    this.count = 0;
    const end = span.end;
    let start = -1; // the current word's start; -1 between words
    let wordEnd = 0; // just after its last letter, mark or digit
    let upper = false;
    let index = span.start;
    while (index < end) {
      const code = text.charCodeAt(index);
      const character = characterAt(text, index, end);
      const known = character >> 2;
      const length = character & 3;
      index += length;
      if (known === OTHER) {
        if (start >= 0 && code !== DOT) {
          this.add(start, wordEnd, upper);
          start = -1;
        }
        continue;
      }
      if (start < 0) {
        if (this.count === limit) {
          this.count = limit + 1; // one word too many: the caller wants no more
          return this;
        }
        start = index - length;
        upper = false;
      }
      if (known === UPPER) upper = true;
      wordEnd = index;
    }
    if (start >= 0) this.add(start, wordEnd, upper);
    return this;
  }

  private add(start: number, end: number, upper: boolean): void {
    if (this.count === this.starts.length) {
      const grown = this.count * 2;
      const starts = new Int32Array(grown);
      const ends = new Int32Array(grown);
      const uppers = new Uint8Array(grown);
      starts.set(this.starts);
      ends.set(this.ends);
      uppers.set(this.upper);
      this.starts = starts;
      this.ends = ends;
      this.upper = uppers;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.upper[this.count] = upper ? 1 : 0;
    this.count += 1;
  }

  start(index: number): number {
    return this.starts[index] ?? 0;
  }

  end(index: number): number {
    return this.ends[index] ?? 0;
  }

  /**
   * The word's lower-case key. The document's text is already NFC with modern tone placement
   * (input/normalize.ts): lower case is its folded key. Makes a string: the lookups below do not need it.
   */
  key(index: number): string {
    const raw = this.text.slice(this.start(index), this.end(index));
    return this.upper[index] === 1 ? raw.toLowerCase() : raw;
  }

  /** True when the word starts with an upper-case letter: `Tiêu`, `ASEAN`, not `chuẩn` nor `4.0`. */
  isCapitalized(index: number): boolean {
    return isUpperCaseLetterAt(this.text, this.start(index), this.end(index));
  }

  /** Where the word's key leads from `node` in a lexicon's tree; undefined when it leaves the tree. */
  private walkWord(node: LexiconNode, index: number): LexiconNode | undefined {
    return walkLowerCase(node, this.text, this.start(index), this.end(index), this.upper[index] === 1);
  }

  /** True when the word's key is an entry of `lexicon`. */
  isIn(index: number, lexicon: WordLexicon): boolean {
    return index >= 0 && index < this.count && this.walkWord(lexicon.root, index)?.entry === true;
  }

  /** How many words from `index` (longest first, up to `longest`) make an entry of `lexicon`; 0 when none does. */
  phraseAt(index: number, lexicon: WordLexicon, longest: number): number {
    const last = Math.min(index + longest, this.count);
    let found = 0;
    let node: LexiconNode | undefined = lexicon.root;
    for (let word = index; word < last && node !== undefined; word += 1) {
      if (word > index) node = node.next.get(SPACE);
      if (node !== undefined) node = this.walkWord(node, word);
      if (node?.entry === true) found = word - index + 1;
    }
    return found;
  }

  /** True when some run of up to `longest` adjacent words is an entry of `lexicon`. */
  mentions(lexicon: WordLexicon, longest: number): boolean {
    for (let index = 0; index < this.count; index += 1) if (this.phraseAt(index, lexicon, longest) > 0) return true;
    return false;
  }

  /**
   * `mentions`, for the words of the prose alone: a run starting on a capitalized word past the first is part of a
   * name (`Cần` of `Cần Thơ`), and a word alone in brackets marks a place in a photo (`(phải)`): neither counts.
   */
  mentionsInProse(lexicon: WordLexicon, longest: number): boolean {
    return this.firstInProse(lexicon, longest, 0) >= 0;
  }

  /** The first word from `from` on where mentionsInProse finds an entry of `lexicon`; -1 when there is none. */
  firstInProse(lexicon: WordLexicon, longest: number, from: number): number {
    for (let index = from; index < this.count; index += 1) {
      if (index > 0 && this.isCapitalized(index)) continue;
      if (this.text[this.start(index) - 1] === '(' && this.text[this.end(index)] === ')') continue;
      if (this.phraseAt(index, lexicon, longest) > 0) return index;
    }
    return -1;
  }
}

/** How many words `SpanWords` reads in `span`; once past `limit` it stops counting and returns `limit + 1`. */
export function countWords(text: string, span: TextSpan, limit = Infinity): number {
  const end = span.end;
  let count = 0;
  let inWord = false;
  let index = span.start;
  while (index < end) {
    const code = text.charCodeAt(index);
    const character = characterAt(text, index, end);
    index += character & 3;
    if (character >> 2 === OTHER) {
      if (code !== DOT) inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    count += 1;
    if (count > limit) return count;
  }
  return count;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
