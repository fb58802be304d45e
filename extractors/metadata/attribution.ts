// Attribution lines at the end of an article: `Theo VietQ`, `(Theo Báo Đầu tư)`, `Nguồn: Bộ Y tế`. A sentence of
// the body that starts `Theo X, ...` cites a source for one claim and is no attribution: the line must hold the
// source's name and nothing else.
import type { TextSpan } from '../../pipeline/document.js';
import { ATTRIBUTION_CUES } from './lexicon.js';

const CUE_SOURCE = [...ATTRIBUTION_CUES].sort((a, b) => b.length - a.length).join('|');
/** The whole line: optional parenthesis, cue, optional colon, a source name starting with a capital, no clause. */
const ATTRIBUTION_LINE = new RegExp(
  `^\\(?\\s*(?:${CUE_SOURCE})\\s*:?\\s+(\\p{Lu}[^,;:!?()]{0,79}?)\\s*\\.?\\s*\\)?\\s*\\.?$`,
  'iud',
);
const MAX_SOURCE_WORDS = 8;
const CAPITALIZED_OPENING = /^\(?\s*\p{Lu}/u;
const SPACES = /\s+/u;
/**
 * A quick refusal, sticky at the line's start: what both tests below ask of its first letter (after a parenthesis and
 * spaces) is a capitalized cue's first letter. Most closing lines are answers, refused without a slice.
 */
const OPENS_LIKE_CUE = new RegExp(`\\(?\\s*[${[...new Set(ATTRIBUTION_CUES.map((cue) => cue.charAt(0)))].join('')}]`, 'uy');

export interface Attribution {
  /** The whole attribution line or sentence. */
  readonly line: TextSpan;
  /** The source's name inside it. */
  readonly source: TextSpan;
}

/** The attribution a line or sentence makes, or null. */
export function readAttribution(text: string, span: TextSpan): Attribution | null {
  OPENS_LIKE_CUE.lastIndex = span.start;
  if (!OPENS_LIKE_CUE.test(text)) return null;
  const content = text.slice(span.start, span.end);
  const match = ATTRIBUTION_LINE.exec(content);
  const name = match?.[1];
  const nameAt = match?.indices?.[1];
  if (match === null || name === undefined || nameAt === undefined) return null;
  // The cue itself must be capitalized or in parentheses: `theo` inside a sentence is no attribution line.
  if (!CAPITALIZED_OPENING.test(content)) return null;
  if (name.split(SPACES).length > MAX_SOURCE_WORDS) return null;
  return { line: span, source: { start: span.start + nameAt[0], end: span.start + nameAt[1] } };
}

/**
 * News agencies whose tag opens a lead they wrote: `(TTXVN) - `, `Hà Nội, 3/9 (TTXVN) - `, `Paris (AFP) - `. An
 * outlet's own tag (`(Dân trí) - `, `(VOV.VN) - `, `(NDO) - `) says who printed the article, no source of it.
 */
const WIRE_AGENCIES: ReadonlySet<string> = new Set([
  'ttxvn', 'vna', 'ttxvn/vna', 'ttxvn/vietnam+', 'afp', 'reuters', 'ap', 'xinhua', 'tân hoa xã', 'kyodo', 'yonhap',
  'bernama', 'tass', 'sputnik', 'dpa', 'efe', 'ansa', 'antara', 'prensa latina',
]);
/**
 * Sticky: a lead's opening tag, maybe after a dateline (a place, maybe a day and month): `(TTXVN) - `, `Hà Nội, 3/9
 * (TTXVN) – `, `Tokyo (TTXVN) - `; or the tag alone, first on the line, with no dash and a capital after it
 * (`(TTXVN) Giá cà phê ...`). Group 1 or group 2 is what the brackets hold.
 */
const LEAD_TAG = /(?:\p{Lu}[\p{L}\p{M}.' ]{0,40}?(?:,[ \t]*\d{1,2}\/\d{1,2}(?:\/\d{4})?)?[ \t]*)?\(([^()\n]{2,30})\)[ \t]?[-–—][ \t]|\(([^()\n]{2,30})\)[ \t]+(?=\p{Lu})/uy;

/** The news agency whose tag opens the lead `span` (`(TTXVN) - Sản lượng ...`, `(TTXVN) Sản lượng ...`), or null. */
export function readLeadAgency(text: string, span: TextSpan): TextSpan | null {
  LEAD_TAG.lastIndex = span.start;
  const match = LEAD_TAG.exec(text);
  const inside = match?.[1] ?? match?.[2];
  if (match === null || inside === undefined || match.index + match[0].length > span.end) return null;
  const trimmed = inside.trim();
  if (!WIRE_AGENCIES.has(trimmed.toLowerCase())) return null;
  const start = match.index + match[0].indexOf('(') + 1 + inside.indexOf(trimmed);
  return { start, end: start + trimmed.length };
}

/** A wire agency's tag closing an author's line: `Phạm Trang (TTXVN)`. Group 1 is what the brackets hold. */
const CLOSING_TAG = /\(([^()\n]{2,30})\)[\s.]*$/u;

/**
 * The news agency whose tag closes the author's line `span` (`Hoàng Anh (TTXVN)`): the agency wrote the article,
 * as its tag opening a lead says. An outlet's own (`Lan Anh (VOV)`) or a role note (`(thực hiện)`) is none.
 */
export function readClosingAgency(text: string, span: TextSpan): TextSpan | null {
  const content = text.slice(span.start, span.end);
  const match = CLOSING_TAG.exec(content);
  const inside = match?.[1];
  if (match === null || inside === undefined) return null;
  const trimmed = inside.trim();
  if (!WIRE_AGENCIES.has(trimmed.toLowerCase())) return null;
  const start = span.start + match.index + 1 + inside.indexOf(trimmed);
  return { start, end: start + trimmed.length };
}

/** What may stand between an author and the source's cue after it: blanks, a dash, a bar, a comma. */
const AUTHOR_SOURCE_SEPARATOR: ReadonlySet<string> = new Set([' ', '\t', '-', '–', '—', '|', ',']);

/** A capitalized cue after a blank inside a sentence: where an attribution may start (`Hoàng Vũ Theo Báo Xây dựng`). */
const INNER_CUE = new RegExp(`\\s\\(?(?:${CUE_SOURCE})(?=[\\s:])`, 'gu');

/**
 * An author and an attribution run together in one sentence or line closing the article: `Hoàng Vũ Theo Báo Xây
 * dựng`, `Minh Châu (Theo VietQ)`, `Quang Minh - Theo Năng lượng Mới`. Both parts must read whole: names alone before the cue (`readAuthor`), a source
 * alone after it. Null otherwise (`Giá xăng Theo thông báo ...`, `Theo Bộ Y tế, ...`).
 */
export function readAuthorThenAttribution(
  text: string,
  span: TextSpan,
  readAuthor: (text: string, line: TextSpan) => TextSpan | null,
): { author: TextSpan; attribution: TextSpan } | null {
  const content = text.slice(span.start, span.end);
  INNER_CUE.lastIndex = 0;
  for (let match = INNER_CUE.exec(content); match !== null; match = INNER_CUE.exec(content)) {
    const cueStart = span.start + match.index + 1;
    const attributed = readAttribution(text, { start: cueStart, end: span.end });
    if (attributed === null) continue;
    // `Quang Minh - Theo Năng lượng Mới`: a dash, a bar or a comma may stand between the two.
    let authorEnd = span.start + match.index;
    while (authorEnd > span.start && AUTHOR_SOURCE_SEPARATOR.has(text[authorEnd - 1] ?? '')) authorEnd -= 1;
    const author = readAuthor(text, { start: span.start, end: authorEnd });
    if (author !== null) return { author, attribution: attributed.source };
  }
  return null;
}

/** The cue, its bracket and colon right before a source's name: `(Theo `, `Nguồn: `. */
const CUE_BEFORE = new RegExp(`\\(?\\s*(?:${CUE_SOURCE})\\s*:?\\s*$`, 'iu');
/** How far back a cue may start before the name: the longest cue with its bracket, colon and spaces. */
const CUE_REACH = Math.max(...ATTRIBUTION_CUES.map((cue) => cue.length)) + 6;

/**
 * The words that give the attribution, from its cue on (`Theo Báo Xây dựng` for the source `Báo Xây dựng`), and
 * through a bracket that closes it: what a line's other readers must leave out with the source. The source's span
 * alone where no cue stands right before it (an agency's tag, `(TTXVN)`).
 */
export function attributionWithCue(text: string, source: TextSpan): TextSpan {
  const before = text.slice(Math.max(0, source.start - CUE_REACH), source.start);
  const cue = CUE_BEFORE.exec(before);
  if (cue === null) return source;
  const start = source.start - before.length + cue.index;
  const closes = cue[0].startsWith('(') && text[source.end] === ')';
  return { start, end: closes ? source.end + 1 : source.end };
}
