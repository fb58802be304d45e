// Ordinals: `lần thứ 5`, `nhà máy thứ tư`, `thứ hai`, `thứ nhất`, `lần đầu tiên`, `lần thứ V`, `hạng ba`. `Thứ Tư`,
// `thứ 2, ngày 5/6`, `vào thứ Hai` are weekdays: the dates stage holds them, they are no figures.
import { NumberReading, readNumberAt } from './numbers-at.js';
import { DIGITS, isCapitalizedAt, isGlued, isWordAt, kindAt, WORD, type FigureContext } from './tokens.js';

export interface OrdinalReading {
  readonly value: number;
  /** First token of the ordinal (`lần` in `lần thứ 5`, else `thứ`). */
  readonly first: number;
  readonly next: number;
  readonly rule: string;
}

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([['nhất', 1], ['nhì', 2]]);
/** Words before `thứ` that make it a weekday: `vào thứ Hai`, `sáng thứ 2`, `các ngày thứ bảy`. */
const WEEKDAY_BEFORE = new Set(['vào', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'ngày', 'các', 'mỗi', 'từ', 'đến', 'tới', 'và']);
/** Words after the number that make `thứ N` a weekday: `thứ hai tuần tới`, `thứ 2 ngày 5/6`. */
const WEEKDAY_AFTER = new Set(['tuần', 'ngày', 'hàng', 'vừa', 'này', 'tới']);

/** What readOrdinalAt returns, filled again for every ordinal read (used before the next is read). */
class Ordinal implements OrdinalReading {
  value = 0;
  first = 0;
  next = 0;
  rule = '';

  filled(value: number, first: number, next: number, rule: string): Ordinal {
    this.value = value;
    this.first = first;
    this.next = next;
    this.rule = rule;
    return this;
  }
}

const ordinal = new Ordinal();

/** The number of an ordinal, and the upper end of a range of days counted (see NumberReading). */
const ordinalNumber = new NumberReading();
const dayCountUpper = new NumberReading();

/** An ordinal at token `index` (`thứ` or `lần`), or null. */
export function readOrdinalAt(context: FigureContext, index: number): OrdinalReading | null {
  const { tokens } = context;
  const token = tokens[index];
  if (!token || !isWordAt(context, index)) return null;
  const first = tokens[index - 1]?.key === 'lần' && !isGlued(context, index) ? index - 1 : index;
  if (token.key === 'lần' && tokens[index + 1]?.key === 'đầu' && tokens[index + 2]?.key === 'tiên') {
    return ordinal.filled(1, index, index + 3, 'ordinal-dau-tien');
  }
  if (token.key === 'hạng') return readPlaceAfterHang(context, index);
  if (token.key !== 'thứ') return null;
  const numberToken = tokens[index + 1];
  if (!numberToken || isGlued(context, index + 1)) return null;
  // `lần thứ V`, `Đại hội lần thứ XIII`, `Chiến tranh thế giới thứ II`: a Roman numeral after `thứ` is an ordinal (no
  // weekday is written so).
  const roman = romanNumeralAt(context, index + 1);
  if (roman !== null) return ordinal.filled(roman, first, index + 2, first < index ? 'ordinal-lan-thu-roman' : 'ordinal-thu-roman');
  let value: number | undefined = ORDINAL_WORDS.get(numberToken.key);
  let next = index + 2;
  if (value === undefined) {
    const number = readNumberAt(context, index + 1, ordinalNumber);
    if (!number || !Number.isInteger(number.value) || number.scale !== 1) return null;
    value = number.value;
    next = number.next;
  }
  // `lần thứ 4 (21/4)`: after `lần` it counts occasions, never a weekday, whatever date follows in brackets.
  if (first === index && isWeekday(context, index, next)) return null;
  return ordinal.filled(value, first, next, first < index ? 'ordinal-lan-thu' : 'ordinal-thu');
}

/** The places of a ranking written as words after `hạng`: `hạng nhất`, `hạng nhì`, `hạng ba`, `hạng tư`. */
const PLACES_AFTER_HANG: ReadonlyMap<string, number> = new Map([['nhất', 1], ['nhì', 2], ['ba', 3], ['tư', 4]]);

/**
 * `đồng hạng ba`, `giành hạng nhì`: a place in a ranking, written as a lower-case ordinal word after `hạng`.
 * Capitalized, the word names a division or a class (`giải hạng Nhất`, the league; `Huân chương Lao động hạng Ba`); a
 * Roman numeral (`bệnh viện hạng I`, `trường hạng II`, `đường hạng III`) or digits (`hạng 3`, see find-figures.ts), the
 * grade a body or a road is classed in, a class's name.
 */
function readPlaceAfterHang(context: FigureContext, index: number): OrdinalReading | null {
  const after = context.tokens[index + 1];
  if (!after || !isWordAt(context, index + 1) || isGlued(context, index + 1) || after.text !== after.key) return null;
  const value = PLACES_AFTER_HANG.get(after.key);
  if (value === undefined) return null;
  // (A word glued after it makes a code or a name: `hạng I-A`.)
  if (isGlued(context, index + 2) && kindAt(context, index + 2) === WORD) return null;
  return ordinal.filled(value, index, index + 2, 'ordinal-hang-word');
}

/** Roman numerals up to 39, in capitals: `I`, `IV`, `XIII`, `XXXIX`. */
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;
const ROMAN_DIGITS: ReadonlyMap<string, number> = new Map([['I', 1], ['V', 5], ['X', 10]]);

/**
 * The value of a Roman numeral standing alone at token `index` (`V`, `XIII`), or null: nothing glued after it but
 * punctuation (`IV-A`, `XIIa` are codes; `V.League`, a name's initial).
 */
export function romanNumeralAt(context: FigureContext, index: number): number | null {
  const token = context.tokens[index];
  if (!token || !isWordAt(context, index) || token.text.length === 0 || token.text.length > 7 || !ROMAN_NUMERAL.test(token.text)) return null;
  const next = context.tokens[index + 1];
  const nextKind = kindAt(context, index + 1);
  if (next && isGlued(context, index + 1) && (nextKind === WORD || nextKind === DIGITS || next.text === '-' || next.text === '/')) return null;
  // `V.League`, `K.League`: the initial of a name, a dot and a word glued after it.
  if (next?.text === '.' && isGlued(context, index + 1) && isGlued(context, index + 2) && kindAt(context, index + 2) === WORD) return null;
  let value = 0;
  for (let at = 0; at < token.text.length; at += 1) {
    const digit = ROMAN_DIGITS.get(token.text.charAt(at)) ?? 0;
    const following = ROMAN_DIGITS.get(token.text.charAt(at + 1)) ?? 0;
    value += digit < following ? -digit : digit;
  }
  return value;
}

/** Words after `ngày thứ N` that count days from something: `của bệnh`, `kể từ`, `sau khi`, `liên tiếp`. */
const DAY_COUNT_AFTER = new Set(['của', 'kể', 'sau', 'liên', 'trong']);

/**
 * The words from token `next` (after `ngày thứ N`) count days rather than name a weekday: one of DAY_COUNT_AFTER, or a
 * range on to another such day (`ngày thứ ba đến ngày thứ bảy của bệnh`).
 */
function countsDays(context: FigureContext, next: number): boolean {
  const { tokens } = context;
  const after = tokens[next];
  if (after?.text === ',' && tokens[next + 1]?.key === 'thứ') {
    // `ngày thứ 4, thứ 5 của bệnh`: two days counted, listed, before what they count in
    const listed = readNumberAt(context, next + 2, dayCountUpper);
    const beyond = listed && isWordAt(context, listed.next) ? tokens[listed.next] : undefined;
    return beyond !== undefined && DAY_COUNT_AFTER.has(beyond.key);
  }
  if (!after || !isWordAt(context, next)) return false;
  if (DAY_COUNT_AFTER.has(after.key)) return true;
  if ((after.key !== 'đến' && after.key !== 'tới') || tokens[next + 1]?.key !== 'ngày' || tokens[next + 2]?.key !== 'thứ') return false;
  const upper = readNumberAt(context, next + 3, dayCountUpper);
  const beyond = upper && isWordAt(context, upper.next) ? tokens[upper.next] : undefined;
  return beyond !== undefined && DAY_COUNT_AFTER.has(beyond.key);
}

/** Words of WEEKDAY_BEFORE that link `thứ N` to what precedes them. */
const LINKS: ReadonlySet<string> = new Set(['và', 'đến', 'tới']);
/** Words that end a weekday's name: its numbers (`thứ 2`, `thứ Hai`) and `chủ nhật`'s last word. */
const WEEKDAY_ENDS: ReadonlySet<string> = new Set(['hai', 'ba', 'tư', 'bốn', 'năm', 'sáu', 'bảy', 'nhật', 'cn']);

/** The token before the link at `link` ends a weekday: `thứ 2`, `thứ Hai`, `Chủ nhật`. */
function followsWeekdayNumber(context: FigureContext, link: number): boolean {
  const last = context.tokens[link - 1];
  if (!last) return false;
  if (kindAt(context, link - 1) === DIGITS) return context.tokens[link - 2]?.key === 'thứ';
  return isWordAt(context, link - 1) && WEEKDAY_ENDS.has(last.key);
}

function isWeekday(context: FigureContext, index: number, next: number): boolean {
  const { tokens } = context;
  const thu = tokens[index];
  const numberToken = tokens[index + 1];
  if (!thu || !numberToken) return false;
  const numberKind = kindAt(context, index + 1);
  if (numberKind === WORD && isCapitalizedAt(context, index + 1)) return true; // `Thứ Tư`, `thứ Hai`
  if (numberKind === DIGITS && isCapitalizedAt(context, index)) return true; // `Thứ 2`
  const value = numberKind === DIGITS ? Number(numberToken.text) : -1;
  const before = tokens[index - 1];
  if (before && isWordAt(context, index - 1) && WEEKDAY_BEFORE.has(before.key) && (value === -1 || (value >= 2 && value <= 7))) {
    // `thứ 2 và thứ 4`, `từ thứ 2 đến thứ 6`: a link makes a weekday after a weekday only (`đứng thứ 5 thế giới và thứ 2
    // châu Á` ranks twice).
    if (LINKS.has(before.key) && !followsWeekdayNumber(context, index - 1)) return false;
    // `ngày thứ ba của bệnh`, `ngày thứ 5 kể từ khi`, `ngày thứ ba liên tiếp`: a day counted, not a weekday.
    if (before.key === 'ngày' && countsDays(context, next)) return false;
    // `quay lại vào ngày thứ hai`: news writes a weekday's word capitalized (`thứ Hai`), so a lower-case one after
    // `ngày` counts days, but for days named in general (`các ngày thứ bảy`) or a weekday's cue after it (below).
    if (before.key === 'ngày' && numberKind === WORD && !HABITUAL_BEFORE_DAY.has(tokens[index - 2]?.key ?? '')) {
      return isWeekdayAfter(context, next);
    }
    return true;
  }
  return isWeekdayAfter(context, next);
}

/** Words before `ngày thứ bảy` that name such days in general, weekdays: `các ngày thứ bảy`, `mỗi ngày thứ hai`. */
const HABITUAL_BEFORE_DAY: ReadonlySet<string> = new Set(['các', 'mỗi', 'những', 'hàng', 'hằng', 'cả']);

/** The words from token `next` (after `thứ N`) make it a weekday: `thứ hai tuần tới`, `thứ 2, ngày 5/6`. */
function isWeekdayAfter(context: FigureContext, next: number): boolean {
  const { tokens } = context;
  const after = tokens[next];
  if (after && isWordAt(context, next) && WEEKDAY_AFTER.has(after.key)) return true;
  // `thứ 2, ngày 5/6`, `ngày thứ hai (15/6)`: the date the weekday falls on follows
  if ((after?.text === ',' || after?.text === '(') && (kindAt(context, next + 1) === DIGITS || tokens[next + 1]?.key === 'ngày')) return true;
  return false;
}
