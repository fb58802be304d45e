// A number at a token: digits, number words or both, through the shared grammar (extractors/shared/number-words.ts)
// read over the figures' own tokens, plus digits glued to a scale or unit (`5tr`, `200.000đ`, `10km`), which the
// shared grammar leaves alone.
import {
  isLetterOrDigitAt,
  MAX_NUMBER_TOKENS,
  NUMBER_WORDS,
  parseDigitNumber,
  parseNumberTokens,
  SCALE_WORDS,
  tidyNumber,
  type NumberTokens,
} from '../shared/numbers.js';
import { GLUED_UNITS, NUMBER_WORD_SET, SCALE_WORD_NOUNS } from './lexicon.js';
import { isInSetAt } from './phrases.js';
import { DIGITS, isGlued, kindAt, PUNCT, WORD, type FigureContext, type FigureToken } from './tokens.js';

export interface FigureNumber {
  readonly value: number;
  /** The largest scale word read (1 when none): `1,5 tỷ` → 1e9. */
  readonly scale: number;
  /** First token of the number. */
  readonly first: number;
  /** Token after the number. */
  readonly next: number;
  readonly hasDigits: boolean;
  /** The syllable, lower-cased, when the number is one number word alone (`một`, `năm`, `hai`); else null. */
  readonly singleWord: string | null;
}

/** What the grammar reads of each number word standing alone (`năm` 5, `mười` 10; `trăm`, `không` nothing). */
const ONE_WORD_NUMBERS: ReadonlyMap<string, { readonly value: number; readonly scale: number } | null> = new Map(
  NUMBER_WORDS.map((word) => {
    const parsed = parseNumberTokens({ at: (index) => (index === 0 ? { key: word } : undefined) });
    return [word, parsed && parsed.count === 1 ? { value: tidyNumber(parsed.value), scale: parsed.scale } : null];
  }),
);

/**
 * What readNumberAt fills in. A rule holds one number per role at a time (the number a figure is read from, a range's
 * upper bound, a denominator...), so each role keeps one reading, made at load and filled again for every number read
 * in that role: a new object per number read was ~21 KB an article for the collector.
 */
export class NumberReading implements FigureNumber {
  value = 0;
  scale = 1;
  first = 0;
  next = 0;
  hasDigits = false;
  singleWord: string | null = null;
}

function filled(
  into: NumberReading, value: number, scale: number, first: number, next: number, hasDigits: boolean, singleWord: string | null,
): NumberReading {
  into.value = value;
  into.scale = scale;
  into.first = first;
  into.next = next;
  into.hasDigits = hasDigits;
  into.singleWord = singleWord;
  return into;
}

const GLUED_SCALES: ReadonlyMap<string, number> = new Map([
  ['tr', 1e6], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9], ['k', 1e3],
]);

/** The number at token `index`, read into `into` (which is returned), or null. */
export function readNumberAt(context: FigureContext, index: number, into: NumberReading): FigureNumber | null {
  const { tokens } = context;
  const token = tokens[index];
  const kind = kindAt(context, index);
  if (!token || (kind !== DIGITS && kind !== WORD)) return null;
  const after = tokens[index + 1];
  if (kind === DIGITS && after && isGlued(context, index + 1) && kindAt(context, index + 1) === WORD) {
    // Letters glued to digits: a scale (`5tr`), a unit (`10km`, `200.000đ`) or a code (`5S`, `WG1`, `8h30`).
    const value = parseDigitNumber(token.text);
    if (value === null) return null;
    const scale = GLUED_SCALES.get(after.key);
    if (scale !== undefined) {
      return filled(into, tidyNumber(value * scale), scale, index, index + 2, true, null);
    }
    // One-letter units are lower case (`5g`, `3m`); `5G`, `3D` are names.
    if (!GLUED_UNITS.has(after.key) || (after.text.length === 1 && after.text !== after.key)) return null;
    const beyond = kindAt(context, index + 2);
    if (isGlued(context, index + 2) && (beyond === WORD || beyond === DIGITS)) return null;
    return filled(into, value, 1, index, index + 1, true, null);
  }
  const spaced = readSpaceGroupedNumber(context, index, into);
  if (spaced) return spaced;
  if (kind === WORD && token.key === HALF) return readHalfOfScale(context, index, into);
  if (kind === WORD && !isNumberWordAt(context, index)) return null;
  if (kind === WORD && isLeverAt(context, index)) return null;
  // The common cases, read as the grammar reads them, without it: one token with no number after it, or digits and
  // a number word (`1,5 tỷ`, `200 triệu`; `12 năm` is 12, and a year).
  const alone = !(isNumberToken(context, index + 1) && spacedOnly(context, index + 1));
  if (alone || kind === DIGITS) {
    if (!opensNumberRun(context, index) || !isNumberToken(context, index)) return null;
    if (kind === WORD) {
      const word = ONE_WORD_NUMBERS.get(token.key);
      if (!word) return null;
      return filled(into, word.value, word.scale, index, index + 1, false, token.key);
    }
    const value = parseDigitNumber(token.text);
    if (value === null) return null;
    // A scale word after the digits multiplies them, unless more of the number follows (`1 tỷ 200 triệu`).
    const scale = alone || kindAt(context, index + 1) === DIGITS || !isNumberWordAt(context, index + 1) ? undefined : SCALE_WORDS.get((tokens[index + 1] as FigureToken).key);
    if (scale === undefined) return filled(into, tidyNumber(value), 1, index, index + 1, true, null);
    if (!(isNumberToken(context, index + 2) && spacedOnly(context, index + 2))) {
      return filled(into, tidyNumber(value * scale), scale, index, index + 2, true, null);
    }
  }
  const parsed = parseNumberTokens(new NumberRun(context, index));
  if (!parsed) return null;
  const next = index + parsed.count;
  let hasDigits = false;
  for (let at = index; at < next; at += 1) if (kindAt(context, at) === DIGITS) hasDigits = true;
  return filled(into, tidyNumber(parsed.value), parsed.scale, index, next, hasDigits, !hasDigits && next === index + 1 ? token.key : null);
}

/** `nửa`, half: a number only before a scale word (`nửa triệu`), else a part (`nửa tháng`, `một nửa`). */
export const HALF = 'nửa';

/**
 * `nửa triệu chiếc nón`, `hơn nửa tỷ đồng`: half of a scale word, spaced after `nửa` and with no more of the number
 * after it (`nửa triệu hai trăm` is no way to say a number), half its value. `một nửa` is a share (ratios.ts), `nửa
 * tháng` a part of a period, both read elsewhere or not at all.
 */
function readHalfOfScale(context: FigureContext, index: number, into: NumberReading): NumberReading | null {
  const scaleToken = context.tokens[index + 1];
  if (!scaleToken || kindAt(context, index + 1) !== WORD || !spacedOnly(context, index + 1)) return null;
  const scale = SCALE_WORDS.get(scaleToken.key);
  if (scale === undefined || !isNumberWordAt(context, index + 1)) return null;
  if (isNumberToken(context, index + 2) && spacedOnly(context, index + 2)) return null;
  return filled(into, tidyNumber(scale / 2), scale, index, index + 2, false, null);
}

/**
 * `đòn bẩy` (a lever, leverage): `bẩy` is the old spelling of `bảy` (7) only when it counts, never after `đòn`
 * (`dùng đòn bẩy margin`, `đòn bẩy tài chính`; `bẩy người` still counts seven).
 */
function isLeverAt(context: FigureContext, index: number): boolean {
  return context.tokens[index]?.key === 'bẩy' && context.tokens[index - 1]?.key === 'đòn' && kindAt(context, index - 1) === WORD;
}

/**
 * The figure tokens from `first` that may make one number, as the shared grammar wants them: digits or number words,
 * apart from letters and digits on either side, with only spaces or tabs between them (`hai mươi`, not `hai\nmươi`).
 * Tokens are looked at as the grammar asks for them.
 */
class NumberRun implements NumberTokens {
  /** How many tokens from `first` are known to belong to the run. */
  private known = 0;
  private finished: boolean;

  constructor(
    private readonly context: FigureContext,
    private readonly first: number,
  ) {
    this.finished = !opensNumberRun(context, first);
  }

  at(index: number): FigureToken | undefined {
    const { context, first } = this;
    while (!this.finished && this.known <= index && this.known < MAX_NUMBER_TOKENS) {
      const at = first + this.known;
      if (!isNumberToken(context, at) || (this.known > 0 && !spacedOnly(context, at))) {
        this.finished = true;
        break;
      }
      this.known += 1;
    }
    return index < this.known ? context.tokens[first + index] : undefined;
  }
}

/** Token `index` exists and has no letter or digit glued before it: a number may start there. */
function opensNumberRun(context: FigureContext, index: number): boolean {
  const token = context.tokens[index];
  return token !== undefined && !(token.start > 0 && isLetterOrDigitAt(context.text, token.start - 1));
}

/** Digits or a number word, with no letter or digit glued after it (`5S`, `hai2`, `1.5²` are no number tokens). */
function isNumberToken(context: FigureContext, index: number): boolean {
  const token = context.tokens[index];
  if (!token) return false;
  const kind = kindAt(context, index);
  if (kind === WORD) {
    if (!isNumberWordAt(context, index)) return false;
  } else if (kind !== DIGITS) return false;
  return !isLetterOrDigitAt(context.text, token.end);
}

/** Only spaces and tabs (at least one) between token `index` and the one before. */
function spacedOnly(context: FigureContext, index: number): boolean {
  const before = context.tokens[index - 1];
  const token = context.tokens[index];
  if (!before || !token || before.end >= token.start) return false;
  for (let at = before.end; at < token.start; at += 1) {
    const code = context.text.charCodeAt(at);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * Thousands grouped by spaces: `2 000 000`, `15 500`. Every group after the first is three digits and no digits
 * follow the last, so phone numbers (`091 234 5678`, `1900 1234`) are not read as one number.
 */
function readSpaceGroupedNumber(context: FigureContext, index: number, into: NumberReading): FigureNumber | null {
  const { tokens } = context;
  const first = tokens[index];
  if (!first || kindAt(context, index) !== DIGITS || !isDigitGroup(first.text, 1) || kindAt(context, index - 1) === DIGITS) return null;
  let next = index + 1;
  let digits = first.text;
  for (let group = tokens[next]; group && kindAt(context, next) === DIGITS && !isGlued(context, next) && isDigitGroup(group.text, 3); group = tokens[next]) {
    digits += group.text;
    next += 1;
  }
  const after = tokens[next];
  const afterKind = kindAt(context, next);
  if (next === index + 1 || afterKind === DIGITS || (isGlued(context, next) && afterKind !== PUNCT)) return null;
  if (after && isGlued(context, next) && GROUPED_NUMBER_CODE_MARKS.has(after.text) && isGlued(context, next + 1)) return null;
  return filled(into, Number(digits), 1, index, next, true, null);
}

/** Marks that make a code of grouped digits when glued on both sides: `15 500/2020`, `2 000-3`. */
const GROUPED_NUMBER_CODE_MARKS: ReadonlySet<string> = new Set(['.', ',', '/', ':', '-']);

/**
 * A group of plain digits: from `minLength` to three digits, the first no zero unless the group must be three long
 * (`2`, `15`, `500` open a grouped number; `000` continues one).
 */
function isDigitGroup(text: string, minLength: 1 | 3): boolean {
  if (text.length < minLength || text.length > 3) return false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return minLength === 3 || text.charCodeAt(0) !== 48;
}

/**
 * A number word at token `index` (NUMBER_WORD_SET), unless it is a scale word opening a noun with the next syllable
 * (`tỷ lệ`, `tỷ giá`, `triệu phú`: SCALE_WORD_NOUNS), which counts no number.
 */
export function isNumberWordAt(context: FigureContext, index: number): boolean {
  if (!isInSetAt(context, index, NUMBER_WORD_SET)) return false;
  const nouns = SCALE_WORD_NOUNS.get((context.tokens[index] as FigureToken).key);
  const next = context.tokens[index + 1];
  return !(nouns && next && kindAt(context, index + 1) !== DIGITS && !isGlued(context, index + 1) && nouns.has(next.key));
}
