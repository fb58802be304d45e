// What a number measures, read from the tokens after it: a percent sign, a currency, a time unit, a unit of measure
// or a counted noun. Decides the figure's kind.
import type { FigureKind } from '../../output/schema.js';
import { readCountedNoun } from './counted-nouns.js';
import {
  COUNTED_NOUN_PHRASES,
  CURRENCIES,
  CURRENCY_PHRASES,
  DURATION_PHRASES,
  MEASURE_PHRASES,
  MEASURE_UNITS,
  NOUN_PHRASE_ENDER_SET,
  PERCENT_PHRASES,
  PERCENTAGE_POINTS,
} from './lexicon.js';
import { isInSetAt, phraseAt, phraseText } from './phrases.js';
import { lowerCased } from './characters.js';
import { DIGITS, isCapitalizedAt, isGlued, isLowerWordAt, isWordAt, kindAt, LINE_BREAK, PUNCT, tokensText, WORD, type FigureContext } from './tokens.js';

export interface FigureUnit {
  readonly kind: Exclude<FigureKind, 'ratio' | 'range' | 'ordinal' | 'number'>;
  readonly unit: string;
  /** Token after the unit. */
  readonly next: number;
  /** The unit is a known one (lexicon, classifier, currency...), not a noun taken by the general rule. */
  readonly known: boolean;
}

/**
 * What readUnit fills in. Like a NumberReading (numbers-at.ts), one per role (the unit after a number, after a range's
 * upper bound...), made at load and filled again for every unit read in that role: a new object per unit read was
 * ~10 KB an article.
 */
export class UnitReading implements FigureUnit {
  kind: FigureUnit['kind'] = 'count';
  unit = '';
  next = 0;
  known = false;

  /** Fills the reading in, and returns it. */
  filled(kind: FigureUnit['kind'], unit: string, next: number, known: boolean): UnitReading {
    this.kind = kind;
    this.unit = unit;
    this.next = next;
    this.known = known;
    return this;
  }
}

/** The unit is a date's part (`6 tháng đầu năm`, `15 tháng 8`, `14 giờ 30`): the number is no figure. */
export const DATE_PART = 'date-part' as const;

/** How currencies are written in the record: abbreviations spelled out, codes kept. */
const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['đ', 'đồng'], ['vnđ', 'VNĐ'], ['vnd', 'VNĐ'], ['$', 'USD'], ['usd', 'USD'], ['€', 'euro'], ['eur', 'euro'],
  ['£', 'bảng Anh'], ['¥', 'yên'], ['sgd', 'SGD'], ['jpy', 'JPY'], ['cny', 'CNY'], ['gbp', 'GBP'], ['krw', 'KRW'],
  ['aud', 'AUD'], ['usdt', 'USDT'], ['usdc', 'USDC'], ['us cent', 'US cent'], ['uscent', 'US cent'],
]);

const TIME_OF_DAY = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya']);
/** `cùng ngày`, `cùng hôm`: the day just named. */
const DAY_AFTER_CUNG: ReadonlySet<string> = new Set(['ngày', 'hôm']);
const PART_OF_YEAR = new Set(['đầu', 'cuối', 'giữa']);
/** The names of the lunar year's first and last months, only ever months: `rằm tháng Giêng`, `23 tháng Chạp`. */
const LUNAR_MONTH_NAMES = new Set(['giêng', 'chạp']);

/**
 * Reads the unit at token `index` (just after a number) into `into` (which is returned), with a per-unit tail:
 * `đồng/lít`, `USD/tấn`.
 */
export function readUnit(context: FigureContext, index: number, into: UnitReading): FigureUnit | typeof DATE_PART | null {
  const unit = readBareUnit(context, index, into);
  if (unit === null || unit === DATE_PART) return unit;
  const slash = context.tokens[unit.next];
  if (slash?.text !== '/' || !isGlued(context, unit.next) || !isWordAt(context, unit.next + 1) || !isGlued(context, unit.next + 1)) return unit;
  const perUnit =
    phraseAt(context, unit.next + 1, MEASURE_PHRASES, 2) ??
    phraseAt(context, unit.next + 1, DURATION_PHRASES, 2) ??
    phraseAt(context, unit.next + 1, COUNTED_NOUN_PHRASES, 2);
  const next = unit.next + 1 + (perUnit?.length ?? 1);
  if (isGlued(context, next) && kindAt(context, next) !== PUNCT) return unit;
  return into.filled(unit.kind, `${unit.unit}/${tokensText(context, unit.next + 1, next)}`, next, unit.known);
}

function readBareUnit(context: FigureContext, index: number, into: UnitReading): FigureUnit | typeof DATE_PART | null {
  const token = context.tokens[index];
  const kind = kindAt(context, index);
  if (!token || kind === LINE_BREAK) return null;
  const percent = phraseAt(context, index, PERCENT_PHRASES, 3);
  if (percent) {
    // Percentage points (`giảm 0,5 điểm phần trăm`, `2 điểm %`) are no percent of anything: the unit says so.
    const unit = PERCENTAGE_POINTS.has(percent.entry) ? 'điểm phần trăm' : '%';
    return into.filled('percent', unit, index + percent.length, true);
  }
  if (kind === PUNCT && QUOTE_PAIRS.has(token.text)) return readQuotedNoun(context, index, into);
  if (kind === PUNCT && !CURRENCIES.has(token.key) && !MEASURE_UNITS.has(token.key)) return null;
  const currency = phraseAt(context, index, CURRENCY_PHRASES, 4);
  if (currency) {
    // `Ngã ba Đồng Lộc`, `hai Đồng Nai`: `Đồng` in title case opens a place's name (`Đồng Lộc`, `Đồng Tháp`), no dong.
    if (currency.entry === 'đồng' && isTitleCaseWordAt(context, index)) return null;
    // `5.200 đồng hồ`, `3 đồng chí`, `5 đô thị`: a counted noun that opens with the currency's word and runs past it
    // is the noun (a clock, a comrade, a city), no sum of money.
    // After `tỷ` the word is the currency whatever follows (`5 tỷ đồng cấp học bổng`: 5 billion dong granted).
    const counted = phraseAt(context, index, COUNTED_NOUN_PHRASES, 5);
    if (counted && counted.length > currency.length && !BILLION_WORDS.has(context.tokens[index - 1]?.key ?? '')) {
      return into.filled('count', phraseText(context, index, counted), index + counted.length, true);
    }
    return into.filled('money', CURRENCY_NAMES.get(currency.entry) ?? currency.entry, index + currency.length, true);
  }
  const measureMark = kind === PUNCT ? phraseAt(context, index, MEASURE_PHRASES, 2) : null;
  if (measureMark) return into.filled('count', phraseText(context, index, measureMark), index + measureMark.length, true);
  if (!isWordAt(context, index)) return null;
  const duration = phraseAt(context, index, DURATION_PHRASES, 3);
  if (duration) {
    const next = index + duration.length;
    if (isDatePart(context, duration.entry, next)) return DATE_PART;
    // `Lượt xem: 1.048 Mùa mưa ở ...` (a line run into the next): a word in title case opens a sentence or a name.
    if (isTitleCaseWordAt(context, index)) return null;
    // `1,5 tháng lương`, `20 ngày công`: an amount of pay or work, counted, no length of time.
    const counted = phraseAt(context, index, COUNTED_NOUN_PHRASES, 5);
    if (counted && counted.length > duration.length && !(FEAST_DAYS.has(counted.entry) && followsLengthWord(context, index))) {
      return into.filled('count', phraseText(context, index, counted), index + counted.length, true);
    }
    // `hai mùa đông khách nhất`, `ba mùa gần nhất`: seasons picked out by a superlative are counted, no length of time.
    if (duration.entry === 'mùa' && picksOutBySuperlative(context, next)) return into.filled('count', 'mùa', next, true);
    // `4 kỳ sát hạch mỗi tuần`, `báo ra 3 kỳ mỗi tuần`: issues and sittings of an event held again and again are
    // counted, no length of time (`giữ chức 2 kỳ liên tiếp` is one).
    if (duration.entry === 'kỳ' && countsIssuesAt(context, next)) return into.filled('count', 'kỳ', next, true);
    return into.filled('duration', lowerCased(phraseText(context, index, duration)), next, true);
  }
  const measure = phraseAt(context, index, MEASURE_PHRASES, 3);
  const longerNoun = measure ? phraseAt(context, index, COUNTED_NOUN_PHRASES, 5) : null;
  if (measure && (longerNoun?.length ?? 0) <= measure.length && (isGlued(context, index) || !isSingleLetterWord(context, index, index + measure.length))) {
    return into.filled('count', phraseText(context, index, measure), index + measure.length, true);
  }
  const things = readThingsAcronym(context, index, into);
  if (things) return things;
  return readCountedNoun(context, index, into);
}

/** `tỷ`, a billion, as either spelling: after it `đồng` is the currency whatever follows. */
const BILLION_WORDS: ReadonlySet<string> = new Set(['tỷ', 'tỉ']);

/** Opening quotes and the marks that close them. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([['“', '”'], ['"', '"']]);
/** The most words of a noun quoted after a number (`214 "Tổ truyền thông cộng đồng"`: a team's name of five). */
const QUOTED_NOUN_WORDS = 5;

/**
 * A noun in quotes after a number, a name coined for the things counted (`mở thêm 15 “tủ sách số”`, `3 "điểm
 * nghẽn"`): one to QUOTED_NOUN_WORDS lower-case words right inside the quotes, counted. The unit is the words, and the
 * figure runs to the closing quote. A capital inside (a title: `2 “Bông sen vàng”`) or a word that ends nouns makes none,
 * but for a programme's name of the things themselves, in sentence case and opening with a noun counted (`15 "Nhà
 * nhân ái"`, `14 “Mái ấm tình thương”`).
 */
function readQuotedNoun(context: FigureContext, index: number, into: UnitReading): FigureUnit | null {
  const { tokens } = context;
  const closing = QUOTE_PAIRS.get(tokens[index]?.text ?? '');
  if (closing === undefined || isGlued(context, index) || !isGlued(context, index + 1)) return null;
  // (A noun the lexicon counts may open with such a word: `3 "dự án"`, where `dự` alone is the verb "attend".)
  const known = phraseAt(context, index + 1, COUNTED_NOUN_PHRASES, QUOTED_NOUN_WORDS);
  let at = index + 1;
  if (known !== null && isTitleCaseWordAt(context, at)) at += 1;
  while (at - index - 1 < QUOTED_NOUN_WORDS && isLowerWordAt(context, at) && (at === index + 1 || !isGlued(context, at))) at += 1;
  if (at === index + 1 || tokens[at]?.text !== closing || !isGlued(context, at)) return null;
  if (isInSetAt(context, index + 1, NOUN_PHRASE_ENDER_SET) && (known === null || index + 1 + known.length > at)) return null;
  return into.filled('count', tokensText(context, index + 1, at), at + 1, false);
}

/** Feasts and holidays (`ngày hội`, `ngày lễ`): counted when held (`tổ chức 27 ngày hội`), days when lasted. */
const FEAST_DAYS: ReadonlySet<string> = new Set(['ngày hội', 'ngày lễ']);
/** Words before a number that make what follows a length of time: `trong 5 ngày lễ hội`, `suốt 3 ngày hội`. */
const LENGTH_WORDS: ReadonlySet<string> = new Set(['trong', 'suốt', 'dài', 'mất', 'sau']);

/** The word before the digits ending at token `index - 1` is one of LENGTH_WORDS: `trong 5 ngày lễ hội`. */
function followsLengthWord(context: FigureContext, index: number): boolean {
  if (kindAt(context, index - 1) !== DIGITS || !isWordAt(context, index - 2)) return false;
  return LENGTH_WORDS.has(context.tokens[index - 2]?.key ?? '');
}

/** The most words between a noun and the `nhất` of a superlative that picks it out (`mùa đông khách nhất`). */
const WORDS_BEFORE_SUPERLATIVE = 3;

/**
 * Whether the lower-case words from token `next` on make a superlative (`gần nhất`, `đông khách nhất`) that picks out
 * the things before them: the things are then counted (`ba mùa gần nhất`: which three seasons), not a length of time.
 */
function picksOutBySuperlative(context: FigureContext, next: number): boolean {
  for (let at = next; at <= next + WORDS_BEFORE_SUPERLATIVE; at += 1) {
    const token = context.tokens[at];
    if (!token || !isWordAt(context, at) || token.text !== token.key || isGlued(context, at)) return false;
    if (token.key === 'nhất') return at > next;
  }
  return false;
}

/** Events held in issues or sittings, named after `N kỳ`: `3 kỳ thi`, `4 kỳ sát hạch`, `2 kỳ vé`, `5 kỳ báo`. */
const ISSUED_EVENTS: ReadonlySet<string> = new Set([
  'thi', 'sát hạch', 'kiểm tra', 'tuyển sinh', 'vé', 'xổ số', 'quay số', 'quay thưởng', 'mở thưởng', 'báo', 'tạp chí',
  'bản tin', 'đại hội', 'hội nghị', 'hội chợ', 'lễ hội', 'liên hoan', 'giải',
]);
/** Words after `N kỳ mỗi`/`một` that give the period the issues are counted in: `3 kỳ mỗi tuần`, `2 kỳ một tháng`. */
const ISSUE_PERIODS: ReadonlySet<string> = new Set(['ngày', 'tuần', 'tháng', 'quý', 'năm']);
/** Words that open a period the issues are counted in: `mỗi tuần`, `một tháng`. */
const PER_PERIOD_WORDS: ReadonlySet<string> = new Set(['mỗi', 'một']);

/** Words that carry a change from one number of issues to another: `giảm từ 5 kỳ xuống còn 3 kỳ mỗi tuần`. */
const CHANGE_WORDS: ReadonlySet<string> = new Set(['xuống', 'lên']);

/**
 * Whether the words from token `next` on (just after `N kỳ`) make the `kỳ` issues or sittings counted: an event held
 * in issues (ISSUED_EVENTS, one or two words) or a period they are counted in (`mỗi tuần`, `một tháng`); the start of
 * a change takes the reading of the number of issues it changes to (`từ 5 kỳ xuống còn 3 kỳ mỗi tuần`).
 */
function countsIssuesAt(context: FigureContext, next: number, changeAllowed = true): boolean {
  const { tokens } = context;
  const first = tokens[next];
  if (!first || !isLowerWordAt(context, next) || isGlued(context, next)) return false;
  if (ISSUED_EVENTS.has(first.key)) return true;
  if (changeAllowed && CHANGE_WORDS.has(first.key)) {
    const to = tokens[next + 1]?.key === 'còn' ? next + 2 : next + 1;
    if (kindAt(context, to) !== DIGITS || tokens[to + 1]?.key !== 'kỳ' || isGlued(context, to + 1)) return false;
    return countsIssuesAt(context, to + 2, false);
  }
  const second = tokens[next + 1];
  if (!second || !isLowerWordAt(context, next + 1) || isGlued(context, next + 1)) return false;
  if (PER_PERIOD_WORDS.has(first.key)) return ISSUE_PERIODS.has(second.key);
  return ISSUED_EVENTS.has(`${first.key} ${second.key}`);
}

/** Currency codes the lexicon does not list, which an all-caps word after a number may still be (`5 CHF`). */
const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'CHF', 'THB', 'HKD', 'TWD', 'RUB', 'INR', 'CAD', 'NZD', 'KHR', 'LAK', 'MYR', 'IDR', 'PHP', 'XAU',
]);

/**
 * An all-caps Latin word of two to five letters after a number, standing alone, counts things of that name:
 * `32 GPU`, `4 CPU`, `200 ATM`. Not a currency code (`5 USD`, read before), nor letters glued to the digits or to
 * what follows (`WG1`, `4.0`, `Covid-19`, `GPU-2`); a year before it is a date (`năm 2024 EVN`), no count.
 */
function readThingsAcronym(context: FigureContext, index: number, into: UnitReading): FigureUnit | null {
  const token = context.tokens[index];
  if (!token || isGlued(context, index) || token.text.length < 2 || token.text.length > 5) return null;
  for (let at = 0; at < token.text.length; at += 1) {
    const code = token.text.charCodeAt(at);
    if (code < 65 || code > 90) return null;
  }
  if (CURRENCY_CODES.has(token.text)) return null;
  const after = context.tokens[index + 1];
  // (A line break glued to it ends the title it closes: `giành 3 HCV` then the next line.)
  if (after && isGlued(context, index + 1) && kindAt(context, index + 1) !== PUNCT && kindAt(context, index + 1) !== LINE_BREAK) return null;
  if (after && isGlued(context, index + 1) && (after.text === '-' || after.text === '.' || after.text === '/') && isGlued(context, index + 2) && kindAt(context, index + 2) !== LINE_BREAK) return null;
  const before = context.tokens[index - 1];
  if (before && kindAt(context, index - 1) === DIGITS && /^(?:19|20)\d\d$/.test(before.text)) return null;
  return into.filled('count', token.text, index + 1, true);
}

/** A word whose first letter alone is a capital (`Mùa`, not `mùa` nor `NĂM`). */
function isTitleCaseWordAt(context: FigureContext, index: number): boolean {
  if (!isCapitalizedAt(context, index)) return false;
  const rest = (context.tokens[index]?.text ?? '').slice(1);
  return rest === rest.toLowerCase();
}

/** A one-letter unit (`m`, `g`, `l`, `a`) only counts glued to the digits or as the last word of a phrase. */
function isSingleLetterWord(context: FigureContext, from: number, to: number): boolean {
  return to - from === 1 && (context.tokens[from]?.text.length ?? 0) === 1;
}

/** Words before a length of time, never before a time of day: `kéo dài 2 giờ 18 phút`, `mất 1 giờ 5 phút`. */
const LENGTH_BEFORE: ReadonlySet<string> = new Set(['dài', 'mất', 'suốt', 'trong', 'hơn', 'gần']);

/**
 * Hours and minutes after a word of length (`kéo dài 2 giờ 18 phút`): one length of time, no time of day (`lúc 2 giờ
 * 18 phút`). `next` is the token after `giờ`.
 */
export function isLengthInHoursAndMinutes(context: FigureContext, next: number): boolean {
  if (kindAt(context, next) !== DIGITS || context.tokens[next + 1]?.key !== 'phút') return false;
  return LENGTH_BEFORE.has(context.tokens[next - 3]?.key ?? '');
}

/** `6 tháng đầu năm`, `15 tháng 8`, `14 giờ 30`, `8 giờ sáng`: a duration word that is really part of a date. */
function isDatePart(context: FigureContext, unitKey: string, next: number): boolean {
  const following = context.tokens[next];
  const followingKind = kindAt(context, next);
  if (!following || followingKind === LINE_BREAK) return false;
  if (unitKey === 'tháng' || unitKey === 'giờ') {
    if (followingKind === DIGITS) return !(unitKey === 'giờ' && isLengthInHoursAndMinutes(context, next));
  }
  if (unitKey === 'tháng' && PART_OF_YEAR.has(following.key) && context.tokens[next + 1]?.key === 'năm') return true;
  // `mùng 10 tháng Giêng`, `đến 14 tháng Chạp`: a day of a lunar month named by its word, no length of time.
  if (unitKey === 'tháng' && followingKind === WORD && LUNAR_MONTH_NAMES.has(following.key)) return true;
  if ((unitKey === 'giờ' || unitKey === 'tiếng') && TIME_OF_DAY.has(following.key)) return unitKey === 'giờ';
  // `khoảng 22 giờ cùng ngày`, `9 giờ hôm sau`: an hour of a day named after it, no length of time.
  if (unitKey === 'giờ' && following.key === 'hôm') return true;
  if (unitKey === 'giờ' && following.key === 'cùng' && DAY_AFTER_CUNG.has(context.tokens[next + 1]?.key ?? '')) return true;
  return false;
}
