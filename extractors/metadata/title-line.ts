// The title and the byline where they share the first paragraph. Two layouts, both from pages copied as text:
//   the byline on the next line of the same block, no blank line between (a file whose blocks are wrapped):
//     `Thưởng Tết ổn định\nNgọc Trâm | 15/01/2025, 06:00`, `Cơ chế đã mở\n16/12/2024 - 14:05`
//   the byline run onto the title's line, the lead after it (a dump that lost its line breaks):
//     `Mùa mưa ở đảo ngọc 22/07/2024 09:45 | Lượt xem: 1.048 Mùa mưa thường kéo dài ...`
// The title is what stands before the byline. A run-on byline starts with a full date (day, month and year, as
// bylines print it), maybe after a weekday, a date label or a time (`16h00 ngày 25/11/2025`), and maybe after the
// author's name (`Title Hải Đăng | 16h00 ngày 25/11/2025 | Lượt xem: 3.402 Lead ...`, `Title Phương Linh 14h20 ngày
// 3/11/2025 Lượt xem: 2.145 Lead ...`: see authorBefore); it ends with a number (a time, a view count) or a bracket
// (`(GMT+7)`), and is followed by the end of the line, a capital (the lead's first word) or the outlet's tag in brackets that opens the lead
// (`Thứ Năm, 12/09/2024 - 07:30 (NDO) - Sau ba năm ...`, `(Dân trí) - `, `(Chinhphu.vn) - `). A sentence that mentions a date (`Ngày 11/01/2024, Bộ Y tế ...`,
// `Hội nghị diễn ra sáng 11/01/2024 ...`) is no title and byline: a word that governs a date (`ngày`, `sáng`, `từ`)
// stands right before it, or too few words do.
import type { TextSpan, Token } from '../../pipeline/document.js';
import { tokenIndexAt } from '../../input/tokens.js';
import { isPlace } from '../shared/places.js';
import { isCuttingFamilyName } from '../shared/family-names.js';
import { ABBREVIATED_TITLES, isAmbiguousFamilyName, isFamilyName, isNeverNameWord } from '../people/lexicon.js';
import { readAuthorLine } from './author-line.js';
import { fieldOf, readBylineLine, type BylineFieldSpan } from './byline.js';
import { foldKey } from '../shared/vietnamese.js';
import { ACRONYM_GOVERNING_PREPOSITIONS, DATE_GOVERNING_WORDS, NAME_ASKING_ACRONYMS, NAME_KIND_WORDS } from './lexicon.js';
import { KNOWN_ACRONYM_LONG_FORMS } from '../acronyms/lexicon.js';
import { KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS } from '../organizations/lexicon.js';

export interface TitleLine {
  /** The title: the first line, or what stands before a byline run onto it. */
  readonly title: TextSpan;
  /** The byline lines (or the run-on byline) inside the paragraph. */
  readonly bylines: readonly TextSpan[];
  readonly fields: readonly BylineFieldSpan[];
}

/** Where a run-on byline may start: no farther into the line than a long title goes. */
const MAX_TITLE_LENGTH = 250;
const MIN_TITLE_WORDS = 3;
/** A run-on byline is a few parts: `Thứ Hai, 22/07/2024 - 09:45 | Minh Châu | Lượt xem: 1.048`. */
const MAX_RUN_ON_BYLINE = 120;
const MAX_RUN_ON_TOKENS = 30;
/** A full date as bylines print it: `22/07/2024`, `22-07-2024`, `22.07.2024`. Global: every one in the window. */
const FULL_DATE = /\d{1,2}([/.-])\d{1,2}\1\d{4}(?![\p{L}\p{M}\p{N}])/gu;
/** What may not stand right before a full date: a letter, a digit, a date separator (`112/07/2024`, `a-07-2024`). */
const GLUED_BEFORE = /[\p{L}\p{M}\p{N}/.-]/u;
/** A weekday (and `ngày`) before the date belongs to the byline: `Thứ Hai, 22/07/2024`, `Chủ Nhật, ngày 22/07/2024`. */
const WEEKDAY_BEFORE = /(?:Thứ\s(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|Chủ\s[Nn]hật|CN|T[2-7]),?\s(?:ngày\s)?$/u;
/**
 * A date label before the date, capitalized as a byline's first part is: `Cập nhật: 08/10/2025`, `Cập nhật lúc
 * 16:42 ngày 08/10/2025`, `Ngày đăng: 08/10/2025`, `Đăng lúc 08/10/2025`. It belongs to the byline; in lower case
 * (`Bảng giá được cập nhật 08/10/2025`) it is the title's own.
 */
const DATE_LABEL_BEFORE = /(?:Ngày\s)?Cập\snhật(?:\slúc)?\s?:?\s(?:\d{1,2}[:hg]\d{2}\s(?:,\s)?(?:ngày\s)?)?$|(?:Ngày\sđăng|Đăng\s(?:lúc|ngày)|(?:Ngày\s)?Xuất\sbản|Thời\sgian\sđăng)\s?:?\s$/u;
/**
 * A time before the date, as some bylines print it: `16h00 ngày 25/11/2025`, `07:30, 25/11/2025`, `9:05 AM
 * 25/11/2025`. It belongs to the byline.
 */
const TIME_BEFORE = /(?<![\p{L}\p{M}\p{N}:.,/])\d{1,2}[:hg]\d{2}(?:\s?(?:AM|PM|am|pm))?,?\s(?:ngày\s)?$/u;
/** A word of an author's name before a run-on byline: a capital, then lower-case letters (`Phương`, `Đăng`). */
const AUTHOR_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const MIN_AUTHOR_WORDS = 2;
const MAX_AUTHOR_WORDS = 4;
/** A name found at the end of a longer run of capitals: a family name and one or two more words. */
const MAX_NAME_AT_RUN_END = 3;
const UPPER_INITIAL = /^\p{Lu}/u;
const LETTER = /[\p{L}\p{M}]/u;
/** A byline separator closing what stands before a run-on byline: ` |`, ` -`, ` ·`. */
const BYLINE_SEPARATORS: ReadonlySet<string> = new Set(['|', '·', '•', '–', '—', '-']);

/** `line` trimmed at its end, without a byline separator that closes it. */
function withoutTrailingSeparator(line: string): string {
  const trimmed = line.trimEnd();
  return BYLINE_SEPARATORS.has(trimmed[trimmed.length - 1] ?? '') ? trimmed.slice(0, -1).trimEnd() : trimmed;
}
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
/** A time of day: `09:45`, `9h05`. */
const STATES_TIME = /\d{1,2}[:hg]\d{2}(?!\d)/u;
const MERIDIEM_KEYS: ReadonlySet<string> = new Set(['am', 'pm']);
/** The last word of a view count that closes a byline (`3.807 lượt xem`, `1.233 lượt đọc`, `1233 views`). */
const VIEWS_LAST_KEYS: ReadonlySet<string> = new Set(['xem', 'đọc', 'views', 'view']);
const ASTERISK = 0x2a;
/**
 * Sticky: an outlet's tag in brackets and a dash, opening a lead (`(NDO) - `, `(Dân trí) – `, `(Chinhphu.vn) - `,
 * `(VOV.VN) - `): a capital, a short name, the closing bracket, a dash between blanks.
 */
const BRACKETED_LEAD_TAG = /\(\p{Lu}[\p{L}\p{M}\p{N}.+&' ]{0,24}\)[ \t]?[-–—][ \t]/uy;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The last word of letters in `line` (`nay` in `Giá vàng hôm nay`), read from the end; '' when none. */
function lastWordOf(line: string): string {
  let end = line.length;
  while (end > 0 && !LETTER.test(line[end - 1] ?? '')) end -= 1;
  let start = end;
  while (start > 0 && LETTER.test(line[start - 1] ?? '')) start -= 1;
  return line.slice(start, end);
}

/** The lines of `paragraph`, trimmed, blank ones left out. */
function linesOf(text: string, paragraph: TextSpan): TextSpan[] {
  const lines: TextSpan[] = [];
  let start = paragraph.start;
  while (start <= paragraph.end) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline > paragraph.end ? paragraph.end : newline;
    let from = start;
    let to = end;
    while (from < to && /\s/u.test(text[from] ?? '')) from += 1;
    while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
    if (from < to) lines.push({ start: from, end: to });
    start = end + 1;
  }
  return lines;
}

/**
 * Byline lines after the first line of a wrapped first paragraph: every later line a byline, or an author's name
 * alone beside one. Null when a line is anything else (a title wrapped over two lines, a lead).
 */
function bylinesBelow(text: string, tokens: readonly Token[], lines: readonly TextSpan[]): TitleLine | null {
  const title = lines[0];
  if (title === undefined || lines.length < 2 || readBylineLine(text, tokens, title) !== null) return null;
  const fields: BylineFieldSpan[] = [];
  let dated = false;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index] as TextSpan;
    const read = readBylineLine(text, tokens, line);
    if (read !== null) {
      dated = true;
      for (const field of read) fields.push(field);
      continue;
    }
    const names = readAuthorLine(text, line);
    if (names === null) return null;
    if (!isPlace(text.slice(names.start, names.end))) fields.push(fieldOf(names, 'author'));
  }
  if (!dated) return null;
  const titleText = withoutTrailingSeparator(text.slice(title.start, title.end));
  return { title: { start: title.start, end: title.start + titleText.length }, bylines: lines.slice(1), fields };
}

/**
 * The author's name closing `title` (what stands before a run-on byline's date, time or separator), as the length of
 * the title without it; null when no name closes it. The name is the run of two to four capitalized words at the
 * end, after a word that does not start with a capital (so the run is the whole name, and the title goes on before
 * it: `... cho khu trung tâm Phương Linh`); not a place (`... với Thái Lan`, and a place leading the run is the
 * title's: `... tại Hà Nội Thu Trang`), not a name that the noun before it asks for (`nghệ sĩ Thanh Hoa`, `cầu
 * Rạch Miễu`: NAME_KIND_WORDS), and at least MIN_TITLE_WORDS words of title are left before it.
 * A name of three words or more opens with a family name, a pen name is two words: a run whose first word is no
 * family name ends the title with its head (`... hạng Nhất Hoàng Long`: the name from its family name on, `Hoàng
 * Long`). A run the title's own name opens (after an acronym, `Ngân hàng TMCP Trường An Minh Châu`, or after the
 * noun that asks for it, `tỉnh Quảng Ngãi Phan Lê`) holds the author at its end in a name's shape: from a family
 * name that cuts a name (`Phan Lê`), or, where a separator shows that an author stands before the byline, the last
 * two words (`Minh Châu`); at least one word of the run is left to the title. A body's acronym that a preposition
 * governs (`trên HOSE Thu Trang`) names the body whole: a run of two after it is the author, as after a lower-case word;
 * so does a title closed by a quote, a question or an exclamation mark (`... tiếng Việt" Thu Trang - Thứ Hai, ...`).
 */
function authorBefore(text: string, lineStart: number, title: string, separated: boolean): number | null {
  const words = title.split(' ');
  let run = 0;
  while (run <= MAX_AUTHOR_WORDS && run < words.length && AUTHOR_WORD.test(words[words.length - 1 - run] ?? '')) run += 1;
  if (run < MIN_AUTHOR_WORDS) return null;
  const before = words[words.length - 1 - run] ?? '';
  let first = words.length - run;
  // `... niêm yết trên HOSE Thu Trang`: a body's acronym a preposition governs closes the title, the two words after it
  // are the author, as after a lower-case word.
  // `... vốn FDI Lê Minh`: a term's acronym names a thing whole too, the name after it from a family name the author.
  const afterBody = run === MIN_AUTHOR_WORDS && (isBodyAcronymObject(words, words.length - 1 - run) || isTermAcronymBeforeName(words, words.length - 1 - run));
  // `... học tốt tiếng Việt" Thu Trang - Thứ Hai, ...`: a title closed by a quote, a question or an exclamation mark
  // asks for no name after it; the run after it is the author's, as after a lower-case word.
  const closed = CLOSED_TITLE_ENDS.has(before[before.length - 1] ?? '');
  const asksForName = !closed && (before === '' || UPPER_INITIAL.test(before) || NAME_KIND_WORDS.has(foldKey(lastWordOf(before))));
  if (!afterBody && (run > MAX_AUTHOR_WORDS || asksForName)) {
    const named = nameAtRunEnd(words, run, separated);
    if (named === null) return null;
    first = named;
  } else {
    // A place at the run's head is the title's (`tại Hà Nội Thu Trang`): the name is what follows it.
    for (let head = 1; head <= run - MIN_AUTHOR_WORDS; head += 1) {
      if (isPlace(words.slice(words.length - run, words.length - run + head).join(' '))) first = words.length - run + head;
    }
    // A name of three words or more opens with a family name: a longer run that holds none to start from ends with a
    // pen name of two words, the words before it the title's (`... ở Quỳ Châu Hải Đăng`: the place `ở` governs).
    if (words.length - first > MIN_AUTHOR_WORDS && !isFamilyName(foldKey(words[first] ?? ''))) {
      first = familyNameAtRunEnd(words, first + 1) ?? words.length - MIN_AUTHOR_WORDS;
    }
  }
  if (first < MIN_TITLE_WORDS) return null;
  const start = words.slice(0, first).join(' ').length + 1;
  const name = title.slice(start);
  if (isPlace(name)) return null;
  const author = readAuthorLine(text, { start: lineStart + start, end: lineStart + title.length });
  if (author === null || author.start !== lineStart + start || author.end !== lineStart + title.length) return null;
  return start;
}

/** A body's acronym in capitals (`HOSE`, `WHO`), two letters or more, maybe with a digit (`G20`). */
const BODY_ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
const ABBREVIATED_TITLE_SET: ReadonlySet<string> = new Set(ABBREVIATED_TITLES);

/**
 * True when the word at `index` is an acronym that a preposition governs (`trên HOSE`, `của WHO`, `với EVN`): a whole
 * body named by its letters, the object of the preposition, which asks for no name after it, as a company's legal form
 * after its head does (`Ngân hàng TMCP Trường An`) or a title (`với HLV Mai Đức Chung`: no body's acronym).
 */
function isBodyAcronymObject(words: readonly string[], index: number): boolean {
  const acronym = words[index] ?? '';
  if (!BODY_ACRONYM.test(acronym) || ABBREVIATED_TITLE_SET.has(acronym)) return false;
  return index > 0 && ACRONYM_GOVERNING_PREPOSITIONS.has(words[index - 1] ?? '');
}

/**
 * True when the word at `index` is the acronym of a term (`vốn FDI`, `thuế VAT`, `vốn ODA`: the acronyms lexicon's
 * English initials of common nouns, not a body's acronym nor a company's legal form, which ask for a name after them:
 * `Ngân hàng TMCP Sông Hồng`) and the word after it a family name that cuts a name (`... vốn FDI Lê Minh`): the term
 * closes the title, as a body's acronym a preposition governs does, and the name after it is the author.
 */
function isTermAcronymBeforeName(words: readonly string[], index: number): boolean {
  const acronym = words[index] ?? '';
  if (!BODY_ACRONYM.test(acronym) || !KNOWN_ACRONYM_LONG_FORMS.has(acronym)) return false;
  if (KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS.has(acronym) || NAME_ASKING_ACRONYMS.has(acronym)) return false;
  const family = foldKey(words[index + 1] ?? '');
  return isCuttingFamilyName(family) && !isAmbiguousFamilyName(family);
}

/** The longest name of two or three words closing `words`, from `from` on, that opens with a family name that cuts a name (not one that is also a common word: `Văn`, `Châu`); its first index, or null. */
function familyNameAtRunEnd(words: readonly string[], from: number): number | null {
  for (let index = Math.max(from, words.length - MAX_NAME_AT_RUN_END); index <= words.length - MIN_AUTHOR_WORDS; index += 1) {
    const key = foldKey(words[index] ?? '');
    if (isCuttingFamilyName(key) && !isAmbiguousFamilyName(key)) return index;
  }
  return null;
}

/** The author's first index inside a run of `run` capitalized words that the title's own name opens, or null (see authorBefore). */
function nameAtRunEnd(words: readonly string[], run: number, separated: boolean): number | null {
  const runStart = words.length - run;
  const family = familyNameAtRunEnd(words, runStart + 1);
  if (family !== null) return family;
  return separated && run > MIN_AUTHOR_WORDS ? words.length - MIN_AUTHOR_WORDS : null;
}

/**
 * True when the byline may end after `token`: at the line's end, or after a number, a bracket, AM/PM or a view
 * count's last word (`3.807 lượt xem`) before a capital, maybe set in bold (`| 3.807 lượt xem **Sáng nay ...`: a lead
 * in bold).
 */
function mayEndRunOn(text: string, token: Token, lineEnd: number): boolean {
  let next = token.end;
  while (next < lineEnd && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09)) next += 1;
  if (next >= lineEnd) return true;
  const last = text.charCodeAt(token.end - 1);
  if (!isDigit(last) && last !== 0x29 && !MERIDIEM_KEYS.has(token.key) && !VIEWS_LAST_KEYS.has(token.key)) return false;
  if (next === token.end) return false;
  // The bold marks opening a lead set in bold (`**Sáng nay ...`).
  if (text.charCodeAt(next) === ASTERISK && text.charCodeAt(next + 1) === ASTERISK) next += 2;
  const char = text[next] ?? '';
  if (char === '(') {
    BRACKETED_LEAD_TAG.lastIndex = next;
    return BRACKETED_LEAD_TAG.test(text);
  }
  return char !== char.toLowerCase();
}

/** The run-on byline that starts at `start`: the longest run of byline parts that may end the byline. */
function runOnByline(
  text: string,
  tokens: readonly Token[],
  start: number,
  lineEnd: number,
  afterAuthor = false,
): { span: TextSpan; fields: BylineFieldSpan[] } | null {
  let best: { span: TextSpan; fields: BylineFieldSpan[] } | null = null;
  const first = tokenIndexAt(tokens, start);
  for (let index = first; index < tokens.length && index < first + MAX_RUN_ON_TOKENS; index += 1) {
    const token = tokens[index] as Token;
    if (token.end > lineEnd || token.end - start > MAX_RUN_ON_BYLINE) break;
    if (!mayEndRunOn(text, token, lineEnd)) continue;
    const span = { start, end: token.end };
    const fields = readBylineLine(text, tokens, span);
    if (fields === null) continue;
    // A name run into the lead cannot be told from the lead's first words: an author part must end the line.
    const lastField = fields[fields.length - 1];
    if (lastField?.field === 'author' && token.end < lineEnd) continue;
    // A bare date after a title may be the title's own (`Giá vàng hôm nay 22/07/2024`): a byline says more (an
    // author's name before it and a separator between them say more too).
    if (fields.length < 2 && !afterAuthor && !STATES_TIME.test(text.slice(start, token.end))) continue;
    best = { span, fields };
  }
  return best;
}

/**
 * Head words of bodies that no Vietnamese name holds (`Bộ`, `Sở`, `Cục`, `Viện`; not `Trường`, `Công`, `Ngân`,
 * `Văn`, given names too): a capitalized run after a byline that reaches one opens the lead with a body's name.
 * Folded keys.
 */
const LEAD_BODY_HEAD_KEYS: ReadonlySet<string> = new Set(
  ['Bộ', 'Sở', 'Cục', 'Viện', 'Ủy', 'Uỷ', 'Tòa', 'Toà', 'Đài', 'Báo', 'Đảng', 'Tổng', 'Bệnh', 'Nhà', 'Tỉnh', 'Huyện'].map(foldKey),
);

/** Sticky: a lower-case letter opening a word. */
const LOWER_INITIAL = /\p{Ll}/uy;

/** True when `text` between `from` and `to` is one blank. */
function oneBlankBetween(text: string, from: number, to: number): boolean {
  return to === from + 1 && (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0x09);
}

/**
 * The author's name run into the lead after a run-on byline that ends with its date (`... 14h20 ngày 3/11/2025 Quốc
 * Trung Chỉ trong khoảng 10 ngày, ...`, `... 08:15 Thu Hà Theo Sở Y tế, ...`), as a span, or null. The lead opens
 * with a capital: the name is the run of capitalized words one blank after `from`, up to a word that is never a
 * name's (`Theo`, `Những`, `Ông`), or, when the run goes on to a lower-case word, up to the run's last word, which
 * opens the lead (`Chỉ trong`) and is no family name, or, when the run goes on to a number, up to a last word that
 * governs it as a date (`Sáng 13/10`, `Chiều 12/11`). Two to four words, from a family name when more than two (a pen
 * name is two words: `Quốc Trung`), no place, and read by an author line whole.
 */
function authorRunIntoLead(text: string, tokens: readonly Token[], from: number, lineEnd: number): TextSpan | null {
  const words: Token[] = [];
  let previousEnd = from;
  let index = tokenIndexAt(tokens, from);
  for (; index < tokens.length && words.length <= MAX_AUTHOR_WORDS; index += 1) {
    const token = tokens[index] as Token;
    if (token.end > lineEnd || !oneBlankBetween(text, previousEnd, token.start)) return null;
    if (!AUTHOR_WORD.test(text.slice(token.start, token.end)) || isNeverNameWord(token.key)) break;
    words.push(token);
    previousEnd = token.end;
  }
  const stop = tokens[index];
  if (stop === undefined || stop.end > lineEnd || !oneBlankBetween(text, previousEnd, stop.start)) return null;
  let count = words.length;
  LOWER_INITIAL.lastIndex = stop.start;
  if (LOWER_INITIAL.test(text)) {
    count -= 1;
    // A lead opening with a body's name (`Thu Hằng Bộ Nội vụ vừa trình ...`): the name ends before the head word
    // of a body that no name holds, two words or more into the run.
    let head = MIN_AUTHOR_WORDS;
    while (head < count && !LEAD_BODY_HEAD_KEYS.has((words[head] as Token).key)) head += 1;
    if (head < count) count = head;
    const opener = words[count];
    if (opener === undefined || isFamilyName(opener.key)) return null;
  } else if (isDigit(text.charCodeAt(stop.start)) && count > MIN_AUTHOR_WORDS && DATE_GOVERNING_WORDS.has((words[count - 1] as Token).key)) {
    // A lead opening with a date that a word of time governs (`Lê Phương Sáng 13/10, tại ...`): the name ends before
    // that word.
    count -= 1;
  } else if (!isNeverNameWord(stop.key) || !UPPER_INITIAL.test(text.slice(stop.start, stop.end))) return null;
  const first = words[0];
  const last = words[count - 1];
  if (first === undefined || last === undefined || count < MIN_AUTHOR_WORDS || count > MAX_AUTHOR_WORDS) return null;
  if (count > MIN_AUTHOR_WORDS && !isFamilyName(first.key)) return null;
  const span = { start: first.start, end: last.end };
  if (isPlace(text.slice(span.start, span.end))) return null;
  const author = readAuthorLine(text, span);
  return author !== null && author.start === span.start && author.end === span.end ? span : null;
}

/** `byline` with the author's name run into the lead after it (authorRunIntoLead) when its last field is its date. */
function withAuthorIntoLead(
  text: string,
  tokens: readonly Token[],
  byline: { span: TextSpan; fields: BylineFieldSpan[] },
  lineEnd: number,
): { span: TextSpan; fields: BylineFieldSpan[] } {
  const lastField = byline.fields[byline.fields.length - 1];
  // The name may follow the view count too (`... | Lượt xem: 3.128 Thu Hằng Bộ Nội vụ ...`).
  if ((lastField?.field !== 'date' && lastField?.field !== 'views') || byline.fields.some((field) => field.field === 'author')) return byline;
  const author = authorRunIntoLead(text, tokens, byline.span.end, lineEnd);
  if (author === null) return byline;
  return { span: { start: byline.span.start, end: author.end }, fields: [...byline.fields, fieldOf(author, 'author')] };
}

/**
 * Closing marks after which a title's last word governs nothing after them: a closing quote (`... là đích đến"`), or a
 * question or an exclamation ending the title's sentence (`Vì sao lúa rớt giá?`).
 */
const CLOSED_TITLE_ENDS: ReadonlySet<string> = new Set(['"', '”', '»', '?', '!']);

/**
 * True when `title` ends with a year, four digits after a blank or a dash (`... trong năm 2026`, `giai đoạn
 * 2021-2025`): the word before it governs the year, no date after it. Two digits (`từ 19 - 20/11/2025`, a range of
 * days) and a date's own year (`12/11/2025`) are not.
 */
function endsWithYear(title: string): boolean {
  const length = title.length;
  if (length < 5) return false;
  for (let at = length - 4; at < length; at += 1) if (!isDigit(title.charCodeAt(at))) return false;
  const before = title.charCodeAt(length - 5);
  return before === 0x20 || before === 0x2d;
}

/**
 * True when `title` (what stands before a run-on byline) may be a title: it does not end with a comma or a colon, nor
 * with a word that governs the date after it (`sáng`, `ngày`, `từ`; a word a closing quote or a question mark shuts
 * off governs nothing: `Thả về rừng mới là đích đến" 9h10 ngày ...`, and so does one a year closes: `... trong năm
 * 2026 20/11/2025 - 15:05`), and has MIN_TITLE_WORDS words at least.
 */
function mayBeTitle(title: string): boolean {
  if (title.endsWith(',') || title.endsWith(':')) return false;
  const lastWord = lastWordOf(title);
  if (lastWord === '') return false;
  if (!CLOSED_TITLE_ENDS.has(title[title.length - 1] ?? '') && !endsWithYear(title) && DATE_GOVERNING_WORDS.has(lastWord.toLowerCase())) return false;
  return (title.match(WORDS)?.length ?? 0) >= MIN_TITLE_WORDS;
}

/** A byline run onto the title's line: the first full date after three words of title or more that starts one. */
function runOnAfterTitle(text: string, tokens: readonly Token[], line: TextSpan): TitleLine | null {
  const window = text.slice(line.start, Math.min(line.end, line.start + MAX_TITLE_LENGTH));
  FULL_DATE.lastIndex = 0;
  for (let match = FULL_DATE.exec(window); match !== null; match = FULL_DATE.exec(window)) {
    if (match.index > 0 && GLUED_BEFORE.test(window[match.index - 1] ?? '')) {
      FULL_DATE.lastIndex = match.index + 1;
      continue;
    }
    const before = window.slice(0, match.index);
    const weekday = WEEKDAY_BEFORE.exec(before);
    const undated = weekday === null ? before : before.slice(0, weekday.index);
    const label = DATE_LABEL_BEFORE.exec(undated);
    // A time before the date is the byline's (`16h00 ngày 25/11/2025`).
    const time = label === null ? TIME_BEFORE.exec(undated) : null;
    const titleText = label !== null ? undated.slice(0, label.index) : time !== null ? undated.slice(0, time.index) : undated;
    if (!/\s$/u.test(titleText)) continue;
    // The separator between the title and the byline is the byline's (`Giá lúa tăng | Thứ Hai, 22/07/2024`).
    let trimmed = withoutTrailingSeparator(titleText);
    // The author's name may stand before the byline, after a separator or before a time (`Title Hải Đăng | 16h00
    // ngày 25/11/2025`, `Title Phương Linh 14h20 ngày 3/11/2025`): what comes before the name is the title.
    const separated = trimmed.length < titleText.trimEnd().length;
    let authorStart = separated || time !== null ? authorBefore(text, line.start, trimmed, separated) : null;
    if (authorStart !== null) trimmed = withoutTrailingSeparator(trimmed.slice(0, authorStart));
    if (!mayBeTitle(trimmed)) {
      // A capitalized last word that would govern the date in lower case (`mai`, `sáng`) may end the author's name
      // (`... ổn định" Ngọc Mai 10/11/2025 - 10:05`): the title is what stands before that name, when the name is the
      // whole run of capitals (`... phố cổ Hội An Sáng 12/10/2025` is no title and author).
      if (authorStart !== null || !UPPER_INITIAL.test(lastWordOf(trimmed))) continue;
      authorStart = authorBefore(text, line.start, trimmed, separated);
      const cut = authorStart === null ? '' : withoutTrailingSeparator(trimmed.slice(0, authorStart));
      if (!mayBeTitle(cut) || AUTHOR_WORD.test(cut.slice(cut.lastIndexOf(' ') + 1))) {
        authorStart = null;
        continue;
      }
      trimmed = cut;
    }
    const start = line.start + titleText.length;
    const byline = runOnByline(text, tokens, start, line.end, authorStart !== null && separated);
    if (byline === null) continue;
    // With neither, a byline that states a time after its date may follow the name too (`Title Phương Linh
    // 03/11/2025 14:20 Lead ...`).
    if (authorStart === null && !separated && time === null && STATES_TIME.test(text.slice(byline.span.start, byline.span.end))) {
      authorStart = authorBefore(text, line.start, trimmed, separated);
      const cut = authorStart === null ? '' : withoutTrailingSeparator(trimmed.slice(0, authorStart));
      if (mayBeTitle(cut)) trimmed = cut;
      else authorStart = null;
    }
    const title = { start: line.start, end: line.start + trimmed.length };
    if (authorStart === null) {
      const read = withAuthorIntoLead(text, tokens, byline, line.end);
      return { title, bylines: [read.span], fields: read.fields };
    }
    const author = fieldOf({ start: line.start + authorStart, end: line.start + withoutTrailingSeparator(titleText).length }, 'author');
    return { title, bylines: [{ start: author.start, end: byline.span.end }], fields: [author, ...byline.fields] };
  }
  return null;
}

/** The title and the bylines inside the first paragraph, or null when the paragraph holds a title alone. */
export function splitTitleLine(text: string, tokens: readonly Token[], paragraph: TextSpan): TitleLine | null {
  const lines = linesOf(text, paragraph);
  const first = lines[0];
  if (first === undefined) return null;
  return bylinesBelow(text, tokens, lines) ?? runOnAfterTitle(text, tokens, first);
}

/**
 * Sticky: a full date opening a line, maybe after a weekday (`14/11/2025 | 08:15`, `Thứ Sáu, 14/11/2025 08:15`) and
 * the author's name and a time (`Phương Linh 14/11/2025 08:15`, `Phương Linh | 08h15 ngày 14/11/2025`; readBylineLine
 * judges them).
 */
const OPENING_FULL_DATE = /(?:(?:\p{Lu}[\p{Ll}\p{M}]*[ \t]){2,4}(?:[|·•–—-][ \t])?)?(?:\d{1,2}[:hg]\d{2},?[ \t](?:ngày[ \t])?)?(?:(?:Thứ\s(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|Chủ\s[Nn]hật),?\s(?:ngày\s)?)?\d{1,2}([/.-])\d{1,2}\1\d{4}(?![\p{L}\p{M}\p{N}])/uy;

/**
 * A byline that opens a line the lead runs on after, in a dump that lost the line breaks below the title:
 * `14/11/2025 | 08:15 Còn hơn một tháng ...`. The line must open with a full date, and the byline must state a
 * time or say more than the date, then end before a capital. Null for any other line (`14/11/2025 là ngày ...`).
 */
export function runOnOpeningLine(text: string, tokens: readonly Token[], paragraph: TextSpan): { span: TextSpan; fields: BylineFieldSpan[]; rest: TextSpan } | null {
  OPENING_FULL_DATE.lastIndex = paragraph.start;
  if (!OPENING_FULL_DATE.test(text)) return null;
  const newline = text.indexOf('\n', paragraph.start);
  const lineEnd = newline < 0 || newline > paragraph.end ? paragraph.end : newline;
  const dated = runOnByline(text, tokens, paragraph.start, lineEnd);
  const byline = dated === null ? null : withAuthorIntoLead(text, tokens, dated, lineEnd);
  if (byline === null || byline.span.end >= lineEnd) return null;
  let rest = byline.span.end;
  while (rest < paragraph.end && /\s/u.test(text[rest] ?? '')) rest += 1;
  if (rest >= paragraph.end) return null;
  return { span: byline.span, fields: byline.fields, rest: { start: rest, end: paragraph.end } };
}
