// Byline lines near the top of an article. A byline is a row of parts between separators (`|`, `·`, `•`, a dash
// with spaces around it), each part a date, a view count or an author, labelled (`Người viết: Trần Minh`,
// `Ngày đăng: 02/11/2023`, `Lượt xem: 987`) or not (`Minh Châu`, `Thứ Năm, 11/01/2024 - 10:15`, `1.233 lượt
// xem`), in any order:
//   `Người viết: Nguyen Nam - Ngày viết: Chủ Nhật, Tháng Hai 14, 2021 | 7:28 - Lượt xem: 1233`
//   `Thứ Năm, 11/01/2024 - 10:15 | Lượt xem: 4.120`, `Cập nhật lúc 14:05 ngày 12/01/2024 | Lượt xem: 3.582`
//   `Minh Châu · Thứ Hai, 15/01/2024 - 07:00`, `Thứ Ba, 14/03/2023 09:15 (GMT+7)`
// Every part must be one of these: a sentence that mentions a date (`Ngày 11/01/2024, Bộ Y tế công bố…`), a
// caption or a heading is no byline.
import { foldKey } from '../shared/vietnamese.js';
import type { TextSpan, Token } from '../../pipeline/document.js';
import { tokenIndexAt } from '../../input/tokens.js';
import { AT_WORD_START, execAtStart } from '../shared/match-at-word-start.js';
import { BYLINE_LABEL_SOURCE, BYLINE_LABELS, BYLINE_SECTIONS, DATE_LINE_WORDS, NOT_NAME_WORDS, type BylineField } from './lexicon.js';
import { readAuthorLine } from './author-line.js';
import { isPlace, mayStartPlaceAtWordKey } from '../shared/places.js';

export interface BylineFieldSpan extends TextSpan {
  readonly field: BylineField;
}

/** A label and its colon; AT_WORD_START checks that it starts a word (execAtStart). */
const LABEL = new RegExp(`(${BYLINE_LABEL_SOURCE})\\s*:\\s*`, 'giu');
const SPACE = /\s/u;
/** Separators trimmed off the end of a value: spaces, dashes, bars, middle dots, commas, semicolons. */
const isTrailingSeparator = (char: string): boolean =>
  char === '-' || char === '–' || char === '—' || char === '|' || char === '·' || char === '•' || char === ',' || char === ';' || SPACE.test(char);
/** A byline has a few parts (`date | author | views`); a line of more is a list or a menu, and reading it stops there. */
const MAX_PARTS = 10;
const DATE_LINE_SPLIT = /[\s,|·•()\-–—/:.]+/u;
const MAX_DATE_PART = 80;
/**
 * What makes a date line a date rather than a year or a month (`Năm 2024`, `Tháng 6/2024` are headings): a day
 * and month (`11/01/2024`, `15/8`), a time (`10:15`, `9h05`), or a day with a month word (`Tháng Hai 14, 2021`,
 * `14 tháng 2 năm 2021`).
 */
const DAY_OR_TIME = new RegExp(
  [
    String.raw`\d{1,2}\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d{2,4})?(?!\s?[/.-]?\s?\d)`,
    String.raw`\d{1,2}\s?[:hg]\s?\d{2}(?!\d)`,
    String.raw`tháng\s[\p{L}\d]+\s\d{1,2},?\s\d{4}`,
    String.raw`\d{1,2}\stháng\s\d{1,2}(?:\snăm|,)?\s\d{4}`,
  ].join('|'),
  'iu',
);
const NUMBER_TOKEN = /^\+?\d+(?:[hg]\d*)?$/iu;
const OFFSET_TOKEN = /^(?:gmt|utc)\+?\d*$/iu;
const VIEWS_COUNT = String.raw`(?:\d{1,3}(?:[.,]\d{3})+|\d+)`;
const VIEWS_WORDS = String.raw`(?:(?:số\s)?lượt\s(?:xem|đọc|truy\scập)|views?)`;
/** A view count without a colon: `1.233 lượt xem`, `Lượt xem 1.233`, `1233 views`. */
const VIEWS_PART = new RegExp(`^(?:${VIEWS_COUNT}\\s?${VIEWS_WORDS}|${VIEWS_WORDS}\\s?${VIEWS_COUNT})$`, 'iu');
/** The value after a views label: the number, maybe with its noun (`Lượt xem: 1.233 lượt`). */
const VIEWS_VALUE = new RegExp(`^${VIEWS_COUNT}(?:\\slượt(?:\\s(?:xem|đọc))?)?$`, 'iu');
const VIEWS_NUMBER = new RegExp(VIEWS_COUNT, 'u');
/** A news agency in capitals beside the author's name (`Hoàng Yến - TTXVN`): the author when no name is given. */
const AGENCY = /^\p{Lu}{2,8}$/u;
/** The value after an author label that is no personal name: a desk or an agency (`Nhóm PV Thời sự`, `TTXVN`). */
const CREDIT_VALUE = /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N} &'/-]{0,59}$/u;
const MAX_BYLINE_LENGTH = 240;

/** True when every word of `line` is a date word (weekday, month, `lúc`, `Cập nhật`, `GMT+7`) or a number. */
function isDateWords(line: string): boolean {
  if (line.length > MAX_DATE_PART) return false;
  const tokens = line.split(DATE_LINE_SPLIT).filter((token) => token !== '');
  return tokens.length > 0 && tokens.every((token) => NUMBER_TOKEN.test(token) || OFFSET_TOKEN.test(token) || DATE_LINE_WORDS.has(foldKey(token)));
}

/** True when a piece of text says only a date and time, with a day or a time in it: weekdays, month words, numbers, `GMT+7`. */
export function isDateLine(line: string): boolean {
  return isDateWords(line) && DAY_OR_TIME.test(line);
}

function trimSpan(text: string, start: number, end: number): TextSpan {
  let from = start;
  let to = end;
  while (from < to && SPACE.test(text[from] ?? '')) from += 1;
  while (to > from && isTrailingSeparator(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}

/** A span of a byline line as the value of `field`. */
export function fieldOf(span: TextSpan, field: BylineField): BylineFieldSpan {
  return { start: span.start, end: span.end, field };
}

/**
 * One part of a byline, classified: a date (`day` when it states a day or a time), views, an author, a credit (a
 * desk or agency after an author label), an agency in capitals, a place (a dateline's city, `Hà Nội |
 * 11/01/2024`: no author) or the site's section (`Thể thao | 19/10/2025 - 06:05`: no author either).
 */
interface BylinePart extends TextSpan {
  readonly kind: 'date' | 'views' | 'author' | 'credit' | 'agency' | 'place' | 'section';
  readonly day: boolean;
  readonly labelled: boolean;
}

interface RawPart extends TextSpan {
  /** The field its label names; null for a part without a label. */
  readonly label: BylineField | null;
  /** Where its value starts: after the label and its colon. */
  readonly valueStart: number;
}

const isBlank = (code: number): boolean => code === 0x20 || code === 0x09;
const isBar = (code: number): boolean => code === 0x7c || code === 0xb7 || code === 0x2022; // | · •
const isDash = (code: number): boolean => code === 0x2d || code === 0x2013 || code === 0x2014; // - – —

/**
 * The separators between the parts of the line from `lineStart` to `lineEnd`, in one pass: a bar, a middle dot or a
 * bullet, or a dash with blanks on both sides (`11/01/2024 - 10:15`; `Covid-19` is one word), each with the blanks
 * around it. Null past MAX_PARTS parts.
 */
function separatorsOf(text: string, lineStart: number, lineEnd: number): TextSpan[] | null {
  const separators: TextSpan[] = [];
  let lastEnd = lineStart;
  for (let index = lineStart; index < lineEnd; index += 1) {
    const code = text.charCodeAt(index);
    const isSeparator = isBar(code)
      || (isDash(code) && index > lineStart && isBlank(text.charCodeAt(index - 1)) && index + 1 < lineEnd && isBlank(text.charCodeAt(index + 1)));
    if (!isSeparator) continue;
    let start = index;
    while (start > lastEnd && isBlank(text.charCodeAt(start - 1))) start -= 1;
    let end = index + 1;
    while (end < lineEnd && isBlank(text.charCodeAt(end))) end += 1;
    if (separators.length + 1 >= MAX_PARTS) return null;
    separators.push({ start, end });
    lastEnd = end;
    index = end - 1;
  }
  return separators;
}

/**
 * Adds the part of a line from `from` to `to`, cut again where a label starts (`Hoàng Yến Ngày đăng: …`). Every
 * label ends with its colon: a part without one has none, and is not searched.
 */
function addParts(parts: RawPart[], text: string, from: number, to: number): void {
  const colon = text.indexOf(':', from);
  const piece = colon >= 0 && colon < to ? text.slice(from, to) : null;
  let label = piece === null ? null : execAtStart(LABEL, AT_WORD_START, piece);
  const firstLabel = label?.index ?? to - from;
  if (firstLabel > 0) parts.push({ start: from, end: from + firstLabel, label: null, valueStart: from });
  while (label !== null && piece !== null) {
    // The text is NFC with modern tone placement (input/normalize.ts): lower case is the label's folded key.
    const field = BYLINE_LABELS.get((label[1] ?? '').toLowerCase()) ?? null;
    const labelStart = from + label.index;
    const valueStart = labelStart + label[0].length;
    label = execAtStart(LABEL, AT_WORD_START, piece, label.index + label[0].length);
    const end = label === null ? to : from + label.index;
    parts.push({ start: labelStart, end, label: field, valueStart });
  }
}

/** The parts of a line between separators, each cut again where a label starts; null past MAX_PARTS. */
function rawParts(text: string, line: TextSpan): RawPart[] | null {
  const separators = separatorsOf(text, line.start, line.end);
  if (separators === null) return null;
  const parts: RawPart[] = [];
  let from = line.start;
  for (const separator of separators) {
    addParts(parts, text, from, separator.start);
    from = separator.end;
  }
  addParts(parts, text, from, line.end);
  return parts.length > MAX_PARTS ? null : parts;
}

function bylinePart(span: TextSpan, kind: BylinePart['kind'], day: boolean, labelled: boolean): BylinePart {
  return { start: span.start, end: span.end, kind, day, labelled };
}

/**
 * True when the part from `start` may name a place: its first word may start one. isPlace builds a lookup key of the
 * whole part; most parts that get here are a lead sentence read as a one-part line, and their first word refuses.
 */
function mayBePlace(tokens: readonly Token[], start: number): boolean {
  const first = tokens[tokenIndexAt(tokens, start)];
  return first === undefined || first.start !== start || mayStartPlaceAtWordKey(first.key);
}

/** What one part of a byline says, or null when it is none of a byline's parts (a clause, a caption). */
function classifyPart(text: string, tokens: readonly Token[], raw: RawPart): BylinePart | null {
  const value = trimSpan(text, raw.valueStart, raw.end);
  const said = text.slice(value.start, value.end);
  const labelled = raw.label !== null;
  if (raw.label === 'views' || (raw.label === null && VIEWS_PART.test(said))) {
    if (labelled && !VIEWS_VALUE.test(said)) return null;
    const number = VIEWS_NUMBER.exec(said);
    if (number === null) return null;
    const start = value.start + number.index;
    return { start, end: start + number[0].length, kind: 'views', day: false, labelled };
  }
  if (raw.label === 'date' || raw.label === null) {
    // A date label alone (`Ngày đăng:` before a separator) still says a date follows.
    if (labelled && value.end <= value.start) return bylinePart(value, 'date', false, labelled);
    if (isDateWords(said)) return bylinePart(value, 'date', DAY_OR_TIME.test(said), labelled);
    if (labelled) return null;
  }
  if (value.end <= value.start) return null;
  if (!labelled && BYLINE_SECTIONS.has(foldKey(said))) return bylinePart(value, 'section', false, labelled);
  if (!labelled && mayBePlace(tokens, value.start) && isPlace(said)) return bylinePart(value, 'place', false, labelled);
  if (!labelled && AGENCY.test(said) && !NOT_NAME_WORDS.has(foldKey(said))) return bylinePart(value, 'agency', false, labelled);
  const author = readAuthorLine(text, value);
  if (author !== null) return bylinePart(author, 'author', false, labelled);
  if (raw.label === 'author' && CREDIT_VALUE.test(said)) return bylinePart(value, 'credit', false, labelled);
  return null;
}

/**
 * Sticky: an author's name run into the date with no separator (`Phương Linh 14h20 ngày 3/11/2025`, `Hải Đăng Thứ
 * Ba, 25/11/2025`): two to four capitalized words, then a digit or a weekday.
 */
const NAME_BEFORE_DATE = /(?:\p{Lu}[\p{Ll}\p{M}]*[ \t]){2,4}(?=\d|Thứ[ \t]|Chủ[ \t][Nn]hật)/uy;

/**
 * An unlabelled part that is an author's name and a date with no separator between them (`Phương Linh 14h20 ngày
 * 3/11/2025`): the two parts, or null when the part is anything else (the name must be all the words before the
 * date, and the rest a date that states a day or a time). A place's name there is a dateline's city, no author.
 */
function nameThenDate(text: string, raw: RawPart): [BylinePart, BylinePart] | null {
  if (raw.label !== null) return null;
  const value = trimSpan(text, raw.valueStart, raw.end);
  NAME_BEFORE_DATE.lastIndex = value.start;
  const name = NAME_BEFORE_DATE.exec(text);
  if (name === null || name.index + name[0].length >= value.end) return null;
  const dateStart = name.index + name[0].length;
  const said = text.slice(dateStart, value.end);
  if (!isDateWords(said) || !DAY_OR_TIME.test(said)) return null;
  const author = readAuthorLine(text, { start: value.start, end: dateStart });
  if (author === null || author.end !== trimSpan(text, value.start, dateStart).end) return null;
  // A dateline's city run into the date (`Hà Nội 02/10/2025 07:40`) is no author.
  const kind = isPlace(text.slice(author.start, author.end)) ? 'place' : 'author';
  return [bylinePart(author, kind, false, false), bylinePart({ start: dateStart, end: value.end }, 'date', true, false)];
}

/** A byline's author is two to four words: the most a name run after a date may take. */
const MAX_NAME_AFTER_DATE = 4;
const NAME_AFTER_DATE_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

/**
 * An unlabelled part that is a date and then an author's name with no separator between them (`18/11/2025 - 06:35
 * Quang Vinh`, whose time part is `06:35 Quang Vinh`): the two parts, or null when the part is anything else. The name
 * is the shortest run of two to four capitalized words closing the part that an author line reads whole, and all
 * before it a date that states a day or a time; a place's name there is a dateline's city, no author.
 */
function dateThenName(text: string, raw: RawPart): [BylinePart, BylinePart] | null {
  if (raw.label !== null) return null;
  const value = trimSpan(text, raw.valueStart, raw.end);
  let wordEnd = value.end;
  for (let words = 1; words <= MAX_NAME_AFTER_DATE; words += 1) {
    let wordStart = wordEnd;
    while (wordStart > value.start && !SPACE.test(text[wordStart - 1] ?? '')) wordStart -= 1;
    if (wordStart <= value.start || !NAME_AFTER_DATE_WORD.test(text.slice(wordStart, wordEnd))) return null;
    if (words >= 2) {
      const date = trimSpan(text, value.start, wordStart);
      const said = text.slice(date.start, date.end);
      if (isDateWords(said) && DAY_OR_TIME.test(said)) {
        const author = readAuthorLine(text, { start: wordStart, end: value.end });
        if (author === null || author.start !== wordStart || author.end !== value.end) return null;
        const kind = isPlace(text.slice(author.start, author.end)) ? 'place' : 'author';
        return [bylinePart(date, 'date', true, false), bylinePart(author, kind, false, false)];
      }
    }
    wordEnd = wordStart;
    while (wordEnd > value.start && SPACE.test(text[wordEnd - 1] ?? '')) wordEnd -= 1;
  }
  return null;
}

/**
 * Adds a part's field to `fields`: a place or a section adds none, an agency beside a name is the name's (`Hoàng Yến
 * - TTXVN`; alone, it is the author); neighbouring date parts are one date, an unlabelled author part after another
 * one author.
 */
function addField(fields: BylineFieldSpan[], part: BylinePart): void {
  if (part.kind === 'place' || part.kind === 'section') return;
  if (part.kind === 'agency' && hasAuthor(fields)) return;
  const field: BylineField = part.kind === 'credit' || part.kind === 'agency' ? 'author' : part.kind;
  const last = fields[fields.length - 1];
  const joins = last !== undefined && last.field === field && field !== 'views' && (field === 'date' || !part.labelled);
  if (joins) fields[fields.length - 1] = fieldOf({ start: last.start, end: Math.max(last.end, part.end) }, field);
  else if (part.end > part.start) fields.push(fieldOf(part, field));
}

function hasAuthor(fields: readonly BylineFieldSpan[]): boolean {
  for (const field of fields) if (field.field === 'author') return true;
  return false;
}

/**
 * The fields of a byline line, or null when the line is no byline. Every part between separators must be a date,
 * a view count or an author, and the line must state a day or a time, a view count, or a labelled author.
 * Neighbouring date parts are one date (`11/01/2024 - 10:15`); an author part after another, one author
 * (`Hải Yến - Minh Đức`).
 */
export function readBylineLine(text: string, tokens: readonly Token[], line: TextSpan): BylineFieldSpan[] | null {
  if (line.end - line.start > MAX_BYLINE_LENGTH) return null;
  const fields: BylineFieldSpan[] = [];
  let sawDay = false;
  let sawViews = false;
  let sawLabelledAuthor = false;
  const parts = rawParts(text, line);
  if (parts === null) return null;
  for (const raw of parts) {
    const span = trimSpan(text, raw.start, raw.end);
    if (span.end <= span.start) continue;
    const classified = classifyPart(text, tokens, raw);
    const split = classified === null ? (nameThenDate(text, raw) ?? dateThenName(text, raw)) : null;
    const part = classified ?? split?.[0] ?? null;
    if (part === null) return null;
    addField(fields, part);
    if (split !== null) addField(fields, split[1]);
    sawDay ||= part.day || split !== null;
    sawViews ||= part.kind === 'views';
    sawLabelledAuthor ||= part.labelled && (part.kind === 'author' || part.kind === 'credit' || part.kind === 'agency');
  }
  return sawDay || sawViews || sawLabelledAuthor ? fields : null;
}
