// Lexicon lookups at a stretch of the text, without slicing it: the words there are read lower case, each run of
// spaces or tabs as one space, and compared with the entries (lower case, one space between words). The answer is
// the one `text.slice(start, end).toLowerCase()` with its blanks collapsed would get from a Map, but no string is
// made: the rules ask for the words around every candidate (`từ 1/7`, `2020 người`, `những năm qua`).

/** A character whose lower case is not one UTF-16 code unit (`İ`): no entry holds it. */
const NO_SINGLE_LOWER_CASE = 0xffff;
/** The lower case of each code unit, filled on first sight; 0 while unknown. */
const lowerCases = new Uint16Array(0x10000);

/** Reads the lower case of a code unit not yet seen into `lowerCases`. */
function learnLowerCase(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  const found = lower.length === 1 ? lower.charCodeAt(0) : NO_SINGLE_LOWER_CASE;
  lowerCases[code] = found;
  return found;
}

function lowerCaseOf(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  const known = lowerCases[code] ?? 0;
  // the first sight apart: inlined into the lookups, its string made a heap allocation on every call (V8 11)
  return known !== 0 ? known : learnLowerCase(code);
}

const SPACE = 32;
const isBlank = (code: number): boolean => code === SPACE || code === 9;

/** Keeps a hash within V8's small integers: a Map key outside them is a heap number, made anew on every lookup. */
const SMALL_INTEGER = 0x3fffffff;

/** The hash of the text from `start` to `end` as the entries are written, or -1 when no entry can match it. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  let afterBlank = false;
  for (let index = start; index < end; index += 1) {
    let code = text.charCodeAt(index);
    if (isBlank(code)) {
      if (afterBlank) continue;
      afterBlank = true;
      code = SPACE;
    } else {
      afterBlank = false;
      code = lowerCaseOf(code);
      if (code === NO_SINGLE_LOWER_CASE) return -1;
    }
    hash = (Math.imul(hash, 31) + code) | 0;
  }
  return hash & SMALL_INTEGER;
}

/** True when the text from `start` to `end`, read as the entries are written, is `entry`. */
function reads(text: string, start: number, end: number, entry: string): boolean {
  let at = 0;
  let afterBlank = false;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (isBlank(code)) {
      if (afterBlank) continue;
      afterBlank = true;
      if (entry.charCodeAt(at) !== SPACE) return false;
    } else {
      afterBlank = false;
      if (entry.charCodeAt(at) !== lowerCaseOf(code)) return false;
    }
    at += 1;
  }
  return at === entry.length;
}

/** A set of UTF-16 code units as bits: the length of its Uint32Array. */
const CODE_UNIT_WORDS = 0x10000 / 32;

function addCode(bits: Uint32Array, code: number): void {
  bits[code >>> 5] = (bits[code >>> 5] ?? 0) | (1 << (code & 31));
}

function hasCode(bits: Uint32Array, code: number): boolean {
  return (((bits[code >>> 5] ?? 0) >>> (code & 31)) & 1) !== 0;
}

/** Words and phrases (lower case, one space between words) with a value each, looked up at a stretch of the text. */
export class PhraseMap<V> {
  private readonly byHash = new Map<number, { readonly entry: string; readonly value: V }[]>();
  // most words looked up are no entry: their first or last letter, or their length, tells so without hashing them
  // bits by code unit (a Set's lookup hashes the number: a few times slower, 250 lookups an article)
  private readonly firstLetters = new Uint32Array(CODE_UNIT_WORDS);
  private readonly lastLetters = new Uint32Array(CODE_UNIT_WORDS);
  private readonly shortest: number = Number.POSITIVE_INFINITY;

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [entry, value] of entries) {
      if (entry === '' || entry !== entry.toLowerCase() || /^ | $| {2}|\t/u.test(entry)) {
        throw new Error(`dates: "${entry}" is no lexicon entry`);
      }
      const hash = hashOf(entry, 0, entry.length);
      // a later value for the same entry replaces the earlier, as in a Map
      const bucket = (this.byHash.get(hash) ?? []).filter((known) => known.entry !== entry);
      bucket.push({ entry, value });
      this.byHash.set(hash, bucket);
      addCode(this.firstLetters, entry.charCodeAt(0));
      addCode(this.lastLetters, entry.charCodeAt(entry.length - 1));
      this.shortest = Math.min(this.shortest, entry.length);
    }
  }

  /** The value of the words from `start` to `end` (any case, blanks between them), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    // a run of blanks reads as one space: the words are never shorter than the text they stand in
    if (end - start < this.shortest) return undefined;
    if (!hasCode(this.firstLetters, lowerCaseOf(text.charCodeAt(start)))) return undefined;
    if (!hasCode(this.lastLetters, lowerCaseOf(text.charCodeAt(end - 1)))) return undefined;
    const bucket = this.byHash.get(hashOf(text, start, end));
    if (bucket === undefined) return undefined;
    for (let index = 0; index < bucket.length; index += 1) {
      const known = bucket[index];
      if (known !== undefined && reads(text, start, end, known.entry)) return known.value;
    }
    return undefined;
  }
}

/** Words and phrases (lower case, one space between words), looked up at a stretch of the text. */
export class PhraseSet {
  private readonly entries: PhraseMap<true>;

  constructor(entries: Iterable<string>) {
    this.entries = new PhraseMap([...entries].map((entry) => [entry, true] as const));
  }

  /** True when the words from `start` to `end` (any case, blanks between them) are an entry. */
  has(text: string, start: number, end: number): boolean {
    return this.entries.get(text, start, end) === true;
  }
}
