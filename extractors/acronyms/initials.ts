// Pairs an acronym with words by their initials, the way Vietnamese forms acronyms: one letter per syllable, `Đ`
// for `Đ` (`TCĐLCL` ← `Tiêu chuẩn Đo lường Chất lượng`) and `D` for `D` or `Đ` where the writer had no `Đ` at hand
// (`DBSCL` ← `Đồng bằng sông Cửu Long`), `&` for `và` (`KH&CN` ← `Khoa học và Công nghệ`), small words passed over
// (`về`, `của`, `of`), and the comma or dash between the capitalized parts of a name (`VHTTDL` ← `Văn hóa, Thể thao
// và Du lịch`, `LĐTBXH` ← `Lao động – Thương binh và Xã hội`). Works backwards from a parenthesis or forwards from
// any word.
import type { Token } from '../../input/tokens.js';
import { INITIALS_SKIPPED_WORD_KEYS } from './lexicon.js';

const MARKS = /\p{M}/gu;

// What a character is to an acronym's letters, worked out once per UTF-16 unit with the regexes it stands for (a
// character outside the BMP asks them each time): a capital, a lower-case letter or a digit, a separator left out.
const CAPITAL = 1; // \p{Lu}
const LOWER_OR_DIGIT = 2; // \p{Ll} or \p{N}
const SEPARATOR = 4; // `.`, `-` or \s
const CLASSIFIED = 8;
const letterClassByCode = new Uint8Array(0x10000);

function letterClass(codePoint: number): number {
  if (codePoint <= 0xffff) {
    const known = letterClassByCode[codePoint] ?? 0;
    if (known !== 0) return known;
  }
  const char = String.fromCodePoint(codePoint);
  const bits = CLASSIFIED | (/\p{Lu}/u.test(char) ? CAPITAL : 0) | (/[\p{Ll}\p{N}]/u.test(char) ? LOWER_OR_DIGIT : 0)
    | (/[.\-\s]/u.test(char) ? SEPARATOR : 0);
  if (codePoint <= 0xffff) letterClassByCode[codePoint] = bits;
  return bits;
}

/** `SDGs`: capitals (or `&`) then a plural `s`. */
function isPluralOfCapitals(short: string): boolean {
  if (short.length < 2 || short.charCodeAt(short.length - 1) !== 0x73) return false;
  for (let index = 0; index < short.length - 1;) {
    const codePoint = short.codePointAt(index) ?? 0;
    if (codePoint !== 0x26 && !(letterClass(codePoint) & CAPITAL)) return false;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return true;
}

/** `MoU`: a lone `o` between two capitals, the `of` of an English name, which initials pass over. */
function isOfBetweenCapitals(short: string, index: number): boolean {
  return short.charCodeAt(index) === 0x6f && index > 0 && (letterClass(short.charCodeAt(index - 1)) & CAPITAL) !== 0
    && (letterClass(short.charCodeAt(index + 1)) & CAPITAL) !== 0;
}

/**
 * The letters an acronym spells, upper case, `&` kept: `KH&CN` → K H & C N; `SDGs` → S D G; `MoU` → M U (`of`
 * passed over). Null if unusable: other lower-case letters (`KoCham`, `iPhone`) spell no initials.
 */
export function acronymLetters(short: string): string[] | null {
  const end = isPluralOfCapitals(short) ? short.length - 1 : short.length;
  const letters: string[] = [];
  let allCapitals = true;
  for (let index = 0; index < end;) {
    const codePoint = short.codePointAt(index) ?? 0;
    const size = codePoint > 0xffff ? 2 : 1;
    const bits = letterClass(codePoint);
    if (bits & LOWER_OR_DIGIT) {
      if (!isOfBetweenCapitals(short, index)) return null;
      index += size;
      continue;
    }
    if (!(bits & SEPARATOR)) {
      letters.push(short.slice(index, index + size));
      if (codePoint !== 0x26 && !(bits & CAPITAL)) allCapitals = false;
    }
    index += size;
  }
  return letters.length >= 2 && allCapitals ? letters : null;
}

// The initial depends on the first UTF-16 unit alone: worked out once per unit, and kept as a small number (an
// index into `INITIALS`) in a typed array. A plain array indexed by code units up to U+1EFF would be a slow sparse one.
const INITIALS: string[] = [''];
const initialIndexByString = new Map<string, number>([['', 0]]);
/** Index into `INITIALS` plus one, by UTF-16 unit; 0 while not worked out. */
const initialIndexByCode = new Uint16Array(0x10000);

/** The letter a syllable gives an acronym: its first letter, upper case, tone and vowel marks dropped, `Đ` kept. */
export function syllableInitial(word: string): string {
  return INITIALS[syllableInitialIndex(word)] ?? '';
}

/** A small number for the syllable's initial, one per distinct initial: scans over many words compare numbers. */
export function syllableInitialIndex(word: string): number {
  if (word.length === 0) return 0;
  const code = word.charCodeAt(0);
  const known = initialIndexByCode[code] ?? 0;
  if (known !== 0) return known - 1;
  const index = initialIndexOf(String.fromCharCode(code).normalize('NFD').replace(MARKS, '').toUpperCase());
  initialIndexByCode[code] = index + 1;
  return index;
}

/** The number `syllableInitialIndex` gives the words whose initial is `initial` (a letter of `acronymLetters`). */
export function initialIndexOf(initial: string): number {
  let index = initialIndexByString.get(initial);
  if (index === undefined) {
    index = INITIALS.length;
    INITIALS.push(initial);
    initialIndexByString.set(initial, index);
  }
  return index;
}

/** Capital vowels whose own mark (breve, circumflex, horn) an acronym keeps: `Ơ` in `NƠXH` ← `nhà ở xã hội`. */
const MARKED_VOWEL_LETTERS: ReadonlySet<string> = new Set(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư']);
/** The five tone marks, decomposed: dropped from a syllable's first letter, its vowel's own mark kept. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** The syllable's first letter, upper case, its tone dropped and its vowel's mark kept (`ở` → `Ơ`, `ấp` → `Â`). */
function markedVowelInitial(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return first.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toUpperCase();
}

function letterMatches(letter: string, token: Token): boolean {
  if (!token.isWord) return false;
  if (letter === '&') return token.key === 'và' || token.text === '&';
  // `NƠXH` ← `nhà ở xã hội`: a marked vowel's letter stands for that vowel, whatever its tone.
  if (MARKED_VOWEL_LETTERS.has(letter)) return markedVowelInitial(token.text) === letter;
  const initial = syllableInitial(token.text);
  return initial === letter || (letter === 'D' && initial === 'Đ');
}

/** A comma or dash between two parts of a name, the second capitalized: `Văn hóa, Thể thao`, `Lao động – Thương binh`. */
export function joinsNameParts(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index];
  const after = tokens[index + 1];
  return mark !== undefined && after !== undefined && (mark.text === ',' || mark.text === '–' || mark.text === '-')
    && !mark.breakBefore && !after.breakBefore && after.capitalized;
}

/**
 * The comma at `index` joins the two halves of a paired phrase in lower case, with the letter `letter` still to
 * spell before it: the halves share a word (`phòng cháy, chữa cháy`, `cứu nạn, cứu hộ`), or the half before is the
 * long form's first word alone (`phòng, chống tham nhũng`). Two lower-case items that share nothing list things
 * rather than name one (`du lịch, thể thao`).
 */
function joinsPairedPhrase(tokens: readonly Token[], index: number, letter: number): boolean {
  const mark = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const twoBefore = tokens[index - 2];
  // `Cục Quản lý đê điều và Phòng, chống thiên tai`: a name's part opened by its one capitalized word, after `và` or
  // the head, then the lower-case verb paired with it.
  // `Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN)`: that word opening the long form itself,
  // alone (not the end of a place's name: `Hà Nội, chống dịch`).
  if (mark?.text === ',' && !mark.breakBefore && before?.capitalized && after?.lower && !after.breakBefore && ((letter === 0 && twoBefore?.capitalized !== true) || twoBefore?.key === 'và')) return true;
  if (mark?.text !== ',' || mark.breakBefore || !before?.lower || !after?.lower || after.breakBefore) return false;
  if (letter === 0) return true;
  const twoAfter = tokens[index + 2];
  const beforeKeys = [before.key, twoBefore?.lower && !before.breakBefore ? twoBefore.key : ''];
  const afterKeys = [after.key, twoAfter?.lower && !twoAfter.breakBefore ? twoAfter.key : ''];
  return beforeKeys.some((key) => key !== '' && afterKeys.includes(key));
}

/**
 * The first token of the words that end at token `last` and whose initials spell `letters`, or -1. The last word
 * must give the last letter; small words and the marks between a name's parts may be passed over inside, never at
 * either end. One letter per syllable
 * first (`TCĐLCL`); failing that, one per two-syllable word (`TĐC` ← `tiêu chuẩn đo lường chất lượng`).
 */
export function matchInitialsBackward(tokens: readonly Token[], last: number, letters: readonly string[]): number {
  const bySyllable = matchBackward(tokens, last, letters, false);
  return bySyllable >= 0 ? bySyllable : matchBackward(tokens, last, letters, true);
}

function matchBackward(tokens: readonly Token[], last: number, letters: readonly string[], byWord: boolean): number {
  const limit = Math.max(0, last - letters.length * (byWord ? 3 : 2) - 2);
  const match = (index: number, letter: number): number => {
    if (letter < 0) return index + 1;
    if (index < limit) return -1;
    const token = tokens[index];
    if (letter < letters.length - 1 && (joinsNameParts(tokens, index) || joinsPairedPhrase(tokens, index, letter))) {
      return match(index - 1, letter);
    }
    if (!token || !token.isWord || tokens[index + 1]?.breakBefore) return -1;
    const wanted = letters[letter] ?? '';
    if (letterMatches(wanted, token)) {
      const found = match(index - 1, letter - 1);
      if (found >= 0) return found;
    }
    // The second syllable of a word whose first syllable gives the letter.
    const first = tokens[index - 1];
    if (byWord && token.lower && wanted !== '&' && first && !token.breakBefore && letterMatches(wanted, first)) {
      const found = match(index - 2, letter - 1);
      if (found >= 0) return found;
    }
    if (letter < letters.length - 1 && INITIALS_SKIPPED_WORD_KEYS.has(token.key)) return match(index - 1, letter);
    return -1;
  };
  return match(last, letters.length - 1);
}

/**
 * One past the last token of words starting at token `first` whose initials spell `letters`, or -1. Small words,
 * the marks between a name's parts and the comma between a paired phrase's halves may be passed over inside.
 */
export function matchInitialsForward(tokens: readonly Token[], first: number, letters: readonly string[]): number {
  let index = first;
  let letter = 0;
  while (letter < letters.length) {
    const token = tokens[index];
    // `PCCC` ← `phòng cháy, chữa cháy`: the comma between a paired phrase's halves, as going backwards.
    if (letter > 0 && (joinsNameParts(tokens, index) || joinsPairedPhrase(tokens, index, letter - 1))) {
      index += 1;
      continue;
    }
    if (!token || !token.isWord || (index > first && token.breakBefore)) return -1;
    if (letterMatches(letters[letter] ?? '', token)) {
      letter += 1;
      index += 1;
      continue;
    }
    if (letter > 0 && INITIALS_SKIPPED_WORD_KEYS.has(token.key)) {
      index += 1;
      continue;
    }
    return -1;
  }
  return index;
}
