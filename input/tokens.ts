// Words and punctuation of a text, classified the way proper names need them: a capitalized syllable (`Tiêu`), a
// lower-case one (`chuẩn`), an acronym (`ASEAN`, `KH&CN`, `TCĐLCL`, `VietQ.vn`, `WG1`), punctuation. Made once per
// article by the `tokens` stage, right after paragraphs, and read by every stage that looks words up (a Map lookup
// at a token's key instead of a regex alternation scanning the whole text). One pass over the text with character
// classes cached per UTF-16 code unit; ~1,600 tokens an article, so each token is kept small and its strings shared.
import { defineStage, firstStartingAtOrAfter, type Token } from '../pipeline/document.js';

export type { Token } from '../pipeline/document.js';

// Character classes, computed once per code unit on first sight: bit 1 known, then the classes below.
const KNOWN = 1;
const WORD = 2; // \p{L}, \p{M} or \p{N}
const LETTER = 4; // \p{L}
const SPACE = 8; // \s
const UPPER = 16; // \p{Lu}
const HAS_LOWER_FORM = 32; // differs from its lower case
const classes = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER_CHAR = /\p{L}/u;
const UPPER_CHAR = /\p{Lu}/u;
const SPACE_CHAR = /\s/u;

function classOf(code: number): number {
  const known = classes[code] ?? 0;
  if (known !== 0) return known;
  const char = String.fromCharCode(code);
  const isSurrogate = code >= 0xd800 && code <= 0xdfff;
  let bits = KNOWN;
  if (!isSurrogate) {
    if (WORD_CHAR.test(char)) bits |= WORD;
    if (LETTER_CHAR.test(char)) bits |= LETTER;
    if (UPPER_CHAR.test(char)) bits |= UPPER;
    if (SPACE_CHAR.test(char)) bits |= SPACE;
    if (char !== char.toLowerCase()) bits |= HAS_LOWER_FORM;
  }
  classes[code] = bits;
  return bits;
}

// A token keeps Token's six yes/no readings in one number, read back by getters: an article makes ~1,600 tokens
// and each would otherwise carry six more fields (64 bytes a token instead of 104, less for the collector to move).
// The bits above them hold the key's shape (`wordShapeOf`).
const IS_WORD = 1;
const CAPITALIZED = 2;
const ACRONYM_LIKE = 4;
const LOWER = 8;
const BREAK_BEFORE = 16;
const JOINED = 32;
const SHAPE_SHIFT = 6;

/** How many shapes `wordShapeOf` tells apart: a table of marks by shape is this long. */
export const WORD_SHAPES = 8192;

/**
 * A word's shape: its length and its first, second and last code units, hashed into WORD_SHAPES values. A lexicon
 * marks its words' shapes in a table (extractors/people/word-shapes.ts), and a word of another shape is refused
 * before any lookup. Each token carries its key's shape (`Token.shape`), worked out once per distinct word by the
 * tokenizer's cache, where asking each lexicon at each token would read the key's characters again.
 */
export function wordShapeOf(word: string): number {
  const second = word.length > 1 ? word.charCodeAt(1) : 0;
  return (((word.charCodeAt(0) * 31 + second) * 31 + word.charCodeAt(word.length - 1)) * 8 + word.length) & (WORD_SHAPES - 1);
}

/** The one shape of every token (both readings make them), so the stages reading tokens see one object layout. */
class ClassifiedToken implements Token {
  // Declared, not defined: a defined field starts as `undefined`, and V8 then no longer keeps `start`, `end` and
  // `readings` as small integers.
  declare readonly start: number;
  declare readonly end: number;
  declare readonly text: string;
  declare readonly key: string;
  /** IS_WORD, CAPITALIZED, ACRONYM_LIKE, LOWER, BREAK_BEFORE and JOINED bits, the key's shape above them. */
  declare readonly readings: number;

  constructor(start: number, end: number, text: string, key: string, readings: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.key = key;
    this.readings = readings;
  }

  get isWord(): boolean {
    return (this.readings & IS_WORD) !== 0;
  }

  get capitalized(): boolean {
    return (this.readings & CAPITALIZED) !== 0;
  }

  get acronymLike(): boolean {
    return (this.readings & ACRONYM_LIKE) !== 0;
  }

  get lower(): boolean {
    return (this.readings & LOWER) !== 0;
  }

  get breakBefore(): boolean {
    return (this.readings & BREAK_BEFORE) !== 0;
  }

  get joined(): boolean {
    return (this.readings & JOINED) !== 0;
  }

  get shape(): number {
    return this.readings >>> SHAPE_SHIFT;
  }
}

/** The readings bits from Token's six yes/no fields and the key's shape. */
function readingsOf(isWord: boolean, capitalized: boolean, acronymLike: boolean, lower: boolean, breakBefore: boolean,
  joined: boolean, shape: number): number {
  return (isWord ? IS_WORD : 0) | (capitalized ? CAPITALIZED : 0) | (acronymLike ? ACRONYM_LIKE : 0)
    | (lower ? LOWER : 0) | (breakBefore ? BREAK_BEFORE : 0) | (joined ? JOINED : 0) | (shape << SHAPE_SHIFT);
}

/** `&`, `.`, `'`, `’` or `-`: what joins the parts of one token when letters or digits stand on both sides. */
export const isJoinerCode = (code: number): boolean =>
  // letters, most of what is read, all stand above `.`: one comparison refuses them
  code <= 0x2e ? code === 0x26 || code === 0x2e || code === 0x27 || code === 0x2d : code === 0x2019;

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[&.'’-][\p{L}\p{M}\p{N}]+)*|&|\S/gu;
const UPPER_GLOBAL = /\p{Lu}/gu;
/** A joiner inside a token the regex read (TOKEN keeps one only between runs of letters, marks or digits). */
const JOINER_INSIDE = /[&.'’-]/u;

/** The reference reading (also used for text outside the BMP); the fast path must agree with it. */
export function tokenizeByRegex(text: string): Token[] {
  const tokens: Token[] = [];
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
    const isWord = word.length > 1 || WORD_CHAR.test(first);
    const firstUpper = isWord && first !== first.toLowerCase();
    const acronymLike = firstUpper && (word.match(UPPER_GLOBAL)?.length ?? 0) >= 2;
    const key = word.toLowerCase();
    const readings = readingsOf(isWord || word === '&', firstUpper && !acronymLike, acronymLike,
      (isWord && !firstUpper && LETTER_CHAR.test(first)) || word === '&', breakBefore, word.length > 1 && JOINER_INSIDE.test(word),
      wordShapeOf(key));
    tokens.push(new ClassifiedToken(start, start + word.length, word, key, readings));
  }
  return tokens;
}

// The words of one article are mostly the words of the last (`của`, `và`, `Việt`): each token's text and key are
// taken from a small cache of earlier tokens when the same characters were seen before, instead of a new slice and
// a new lower-case copy per token. Tokens then share their strings, and a string computes its hash once for every
// Map lookup of the run instead of once per token. Direct-mapped by a hash of the characters: a new word replaces the
// one in its slot. Only short tokens are kept: V8 makes a slice of 13 characters or more a view of the whole text,
// which the cache would then keep alive. Each slot also keeps its word's code units, compared with the text's, and
// its key's shape.
const CACHE_SLOTS = 8192;
const CACHE_MAX_LENGTH = 12;
const cachedTexts: string[] = new Array<string>(CACHE_SLOTS).fill('');
const cachedKeys: string[] = new Array<string>(CACHE_SLOTS).fill('');
const cachedShapes = new Uint16Array(CACHE_SLOTS);
const cachedLengths = new Uint8Array(CACHE_SLOTS);
const cachedUnits = new Uint16Array(CACHE_SLOTS * CACHE_MAX_LENGTH);

// The text's UTF-16 code units, copied natively into a buffer kept from article to article: the loop reads a typed
// array, where each `charCodeAt` would check again how the string is stored (~20% of tokenize's time). A hostile
// text's million units are not kept.
const UNITS_KEPT_UP_TO = 1 << 20;
// Buffer writes utf16le; a Uint16Array reads in the machine's byte order (little-endian on x64 and arm64).
const BIG_ENDIAN = new Uint16Array(Uint8Array.of(0, 1).buffer)[0] === 1;
let unitBytes = Buffer.allocUnsafeSlow(1 << 15);
let units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);

/** `text` written as UTF-16 into `bytes`, in the machine's byte order. */
function writeUnits(bytes: Buffer, text: string): void {
  bytes.write(text, 0, 'utf16le');
  if (BIG_ENDIAN) bytes.subarray(0, text.length * 2).swap16();
}

/** The code units of `text` in a Uint16Array (the kept buffer when it is large enough). */
function unitsOf(text: string): Uint16Array {
  if (text.length <= units.length) {
    writeUnits(unitBytes, text);
    return units;
  }
  const bytes = Buffer.allocUnsafeSlow(text.length * 2);
  writeUnits(bytes, text);
  const copied = new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
  if (text.length <= UNITS_KEPT_UP_TO) {
    unitBytes = bytes;
    units = copied;
  }
  return copied;
}

/** Whether the code units from `start` are those of cache slot `slot` (its length already checked). */
function holdsAt(textUnits: Uint16Array, start: number, slot: number, length: number): boolean {
  const first = slot * CACHE_MAX_LENGTH;
  for (let index = 0; index < length; index += 1) {
    if (textUnits[start + index] !== cachedUnits[first + index]) return false;
  }
  return true;
}

// Tokens are gathered in one array kept from article to article and copied out at their exact number: an array grown
// token by token reallocates its elements a dozen times, ~40 KB an article for the ~13 KB it keeps. The array forgets
// a hostile text's million tokens rather than keep them alive.
const gathered: Token[] = [];
const GATHERED_KEPT_UP_TO = 100_000;

export function tokenize(text: string): Token[] {
  const textUnits = unitsOf(text);
  let count = 0;
  const length = text.length;
  let position = 0;
  let breakBefore = false;
  while (position < length) {
    const code = textUnits[position] ?? 0;
    // A character outside the BMP (a surrogate pair): the regex reads such text code point by code point.
    if (code >= 0xd800 && code <= 0xdfff) return tokenizeByRegex(text);
    const bits = classOf(code);
    if (bits & SPACE) {
      if (code === 0x0a) breakBefore = true;
      position += 1;
      continue;
    }
    const start = position;
    let uppers = 0;
    let changesOnLower = false;
    let joined = false;
    // FNV-1a over the code units, for the cache slot.
    let hash = Math.imul(0x811c9dc5 ^ code, 0x01000193);
    position += 1;
    if (bits & WORD) {
      if (bits & UPPER) uppers += 1;
      if (bits & HAS_LOWER_FORM) changesOnLower = true;
      // A run of word characters, and more runs after a joiner (`KH&CN`, `VietQ.vn`, `Covid-19`).
      for (;;) {
        while (position < length) {
          const inner = textUnits[position] ?? 0;
          const innerBits = classOf(inner);
          if (!(innerBits & WORD)) break;
          if (innerBits & UPPER) uppers += 1;
          if (innerBits & HAS_LOWER_FORM) changesOnLower = true;
          hash = Math.imul(hash ^ inner, 0x01000193);
          position += 1;
        }
        if (position + 1 < length) {
          const joiner = textUnits[position] ?? 0;
          if (isJoinerCode(joiner) && classOf(textUnits[position + 1] ?? 0) & WORD) {
            hash = Math.imul(hash ^ joiner, 0x01000193);
            position += 1;
            joined = true;
            continue;
          }
        }
        break;
      }
    } else if (bits & HAS_LOWER_FORM) {
      changesOnLower = true;
    }
    const tokenLength = position - start;
    let word: string;
    let key: string;
    let shape: number;
    const slot = (hash ^ (hash >>> 13)) & (CACHE_SLOTS - 1);
    if (cachedLengths[slot] === tokenLength && holdsAt(textUnits, start, slot, tokenLength)) {
      word = cachedTexts[slot] ?? '';
      key = cachedKeys[slot] ?? '';
      shape = cachedShapes[slot] ?? 0;
    } else {
      word = text.slice(start, position);
      key = changesOnLower ? word.toLowerCase() : word;
      shape = wordShapeOf(key);
      if (tokenLength <= CACHE_MAX_LENGTH) {
        cachedTexts[slot] = word;
        cachedKeys[slot] = key;
        cachedShapes[slot] = shape;
        cachedLengths[slot] = tokenLength;
        cachedUnits.set(textUnits.subarray(start, position), slot * CACHE_MAX_LENGTH);
      }
    }
    const isWord = tokenLength > 1 || (bits & WORD) !== 0;
    const firstUpper = isWord && (bits & HAS_LOWER_FORM) !== 0;
    const acronymLike = firstUpper && uppers >= 2;
    const ampersand = code === 0x26 && tokenLength === 1;
    const readings = readingsOf(isWord || ampersand, firstUpper && !acronymLike, acronymLike,
      (isWord && !firstUpper && (bits & LETTER) !== 0) || ampersand, breakBefore, joined, shape);
    gathered[count] = new ClassifiedToken(start, position, word, key, readings);
    count += 1;
    breakBefore = false;
  }
  const tokens = gathered.slice(0, count);
  if (gathered.length > GATHERED_KEPT_UP_TO) gathered.length = 0;
  return tokens;
}

/** Index of the first token starting at or after `offset` (tokens are in order). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstStartingAtOrAfter(tokens, offset);
}

export const tokensStage = defineStage({
  name: 'tokens',
  requires: [],
  run: (document) => tokenize(document.text),
});
