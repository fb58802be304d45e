// Photo captions: lines opened or closed by a caption cue (`Ảnh: ...`, `(Ảnh: TTXVN)`, `Ảnh minh họa`, `... người
// dân. Ảnh minh họa`), and short lines that only name a person and their post, in either order (`Phó Tổng cục
// trưởng ... Hà Minh Hiệp.`, `Ông Nguyễn Văn An - Cục trưởng Cục Hàng hải`), as they stand between answer
// paragraphs or run into a dump; and
// captions run into the middle of a collapsed line (`... . NSND Lê Thị Hòa trong buổi tổng duyệt. Ảnh: Quốc Tuấn`).
import type { SentenceSpan, TextSpan } from '../../pipeline/document.js';
import { BARE_CAPTION_CUES, CAPTION_CUES, FIRST_PERSON_WORDS, NARRATING_WORDS, POST_WORDS, SPEAKER_TITLES } from './lexicon.js';
import { addPiece, firstSentenceEndingAfter, isBlank, isWhiteSpaceAt, sentencesWithin, type ParagraphSentences, type Piece } from './pieces.js';
import { countWords, isUpperCaseLetterAt, SpanWords } from './words.js';
import { LastValueMemo } from '../shared/last-value-memo.js';

const CUE_SOURCE = [...CAPTION_CUES].sort((a, b) => b.length - a.length).join('|');
/** Cues that credit a photo with nothing after them: `... người dân. Ảnh minh họa`, `... - Ảnh tư liệu`. */
const BARE_CUE_SOURCE = [...BARE_CAPTION_CUES].sort((a, b) => b.length - a.length).join('|');
/**
 * A credit's cue at the start: `Ảnh: X`, `Ảnh minh họa`, `Ảnh do X cung cấp`, and a bare cue with its source after a
 * dash (`Ảnh minh họa - Nguồn: Vietrade`, `Ảnh tư liệu – TTXVN`).
 */
const OPENS_WITH_CUE = new RegExp(
  `^[(\\[]?\\s*(?:(?:${CUE_SOURCE})(?:\\s*[:/]|\\s*$|\\s+(?:do|của|từ|theo|nguồn)\\s)|(?:${BARE_CUE_SOURCE})\\s+[-–—]\\s)`,
  'u',
);
/**
 * A cue at the end: `... (Ảnh: TTXVN)`, `... - Ảnh: Thanh Hà`, `... Viện trưởng. Ảnh: Thanh Hà`, and a credit with
 * its agency in brackets after the name (`... hồ Kỳ Bá. Ảnh: Thu Trang (TTXVN)`).
 */
const CLOSES_WITH_CUE = new RegExp(
  `(?:[(\\[]\\s*(?:${CUE_SOURCE})[^()\\[\\]]{0,60}[)\\]]|(?:[\\-–—]|[.!])\\s*(?:(?:${CUE_SOURCE})\\s*:[^()\\[\\]]{1,60}(?:[(\\[][^()\\[\\]]{1,30}[)\\]])?|(?:${BARE_CUE_SOURCE})))\\.?$`,
  'u',
);
/** The most characters CLOSES_WITH_CUE lets follow the colon after a cue: 60, and a final dot. */
const MAX_AFTER_CUE_COLON = 61;
const DOT = 0x2e;
const CLOSING_PARENTHESIS = 0x29;
const CLOSING_BRACKET = 0x5d;
const COLON = 0x3a;

/**
 * A quick refusal for CLOSES_WITH_CUE on the trimmed text from `start` to `end`: it must end with a bracket (and
 * maybe a dot), or hold a colon among its last characters. Most sentences end otherwise, and the regex, anchored at
 * the end only, would try every position.
 */
function mayCloseWithCue(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (to > from && isWhiteSpaceAt(text, to - 1)) to -= 1;
  while (from < to && isWhiteSpaceAt(text, from)) from += 1;
  return mayTrimmedCloseWithCue(text, from, to);
}

/** mayCloseWithCue on text already trimmed to `from`..`to`. */
function mayTrimmedCloseWithCue(text: string, from: number, to: number): boolean {
  const last = to - 1;
  const closing = text.charCodeAt(last) === DOT && last > from ? text.charCodeAt(last - 1) : text.charCodeAt(last);
  if (from === to || closing === CLOSING_PARENTHESIS || closing === CLOSING_BRACKET) return true;
  if (endsWithBareCue(text, from, text.charCodeAt(last) === DOT ? last : to)) return true;
  return hasColonBetween(text, Math.max(from, last - MAX_AFTER_CUE_COLON), to);
}

/** The bare cues with the code units they open and close with, tested before the cue is compared whole. */
const BARE_CUES = BARE_CAPTION_CUES.map((cue) => ({ cue, first: cue.charCodeAt(0), last: cue.charCodeAt(cue.length - 1) }));

/**
 * True when the text from `from` to `to` ends with a bare cue (`Ảnh minh họa`). Asked of every sentence: the cue's
 * last and first code units are compared before the cue, so most sentences are refused without a string compare.
 */
function endsWithBareCue(text: string, from: number, to: number): boolean {
  const closing = text.charCodeAt(to - 1);
  for (let index = 0; index < BARE_CUES.length; index += 1) {
    const { cue, first, last } = BARE_CUES[index] as (typeof BARE_CUES)[number];
    const start = to - cue.length;
    if (closing === last && start >= from && text.charCodeAt(start) === first && text.startsWith(cue, start)) return true;
  }
  return false;
}

/**
 * The offsets of the colons in the last text asked about, in order. Every sentence asks whether a colon stands among
 * its last characters: one search of the text answers them all (a text is one article's; a new one is searched
 * again).
 */
const colonOffsetsOf = new LastValueMemo<string, readonly number[]>();

/** The offsets of the colons in `text`, in order, searched once per text. */
function colonOffsetsIn(text: string): readonly number[] {
  const known = colonOffsetsOf.get(text);
  if (known !== undefined) return known;
  const offsets: number[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) offsets.push(colon);
  colonOffsetsOf.set(text, offsets);
  return offsets;
}

/** True when a colon stands in `text` from `from` to `to` (`to` excluded). */
function hasColonBetween(text: string, from: number, to: number): boolean {
  const colonOffsets = colonOffsetsIn(text);
  // The first colon at or after `from`, by binary search.
  let low = 0;
  let high = colonOffsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((colonOffsets[middle] as number) < from) low = middle + 1;
    else high = middle;
  }
  return low < colonOffsets.length && (colonOffsets[low] as number) < to;
}

/** The caption cues (`Ảnh`, `Nguồn ảnh`, `Video`...) by their first character. */
const CUES_BY_INITIAL = new Map<number, string[]>();
for (const cue of CAPTION_CUES) CUES_BY_INITIAL.set(cue.charCodeAt(0), [...(CUES_BY_INITIAL.get(cue.charCodeAt(0)) ?? []), cue]);
const OPENING_PARENTHESIS = 0x28;
const OPENING_BRACKET = 0x5b;

/**
 * A quick refusal for OPENS_WITH_CUE on the trimmed text from `start` to `end`: no cue stands after its `(`/`[` and
 * spaces.
 */
function mayOpenWithCue(text: string, start: number, end: number): boolean {
  let index = start;
  while (index < end && isWhiteSpaceAt(text, index)) index += 1;
  const first = text.charCodeAt(index);
  if (index < end && (first === OPENING_PARENTHESIS || first === OPENING_BRACKET)) index += 1;
  while (index < end && isWhiteSpaceAt(text, index)) index += 1;
  const cues = index < end ? CUES_BY_INITIAL.get(text.charCodeAt(index)) : undefined;
  if (cues === undefined) return false;
  for (const cue of cues) if (index + cue.length <= end && text.startsWith(cue, index)) return true;
  return false;
}

const MAX_CUED_WORDS = 60;
const MAX_CAPTION_LENGTH = 600;
const MAX_NAMING_WORDS = 30;
const MAX_NAMING_LENGTH = 220;
const MIN_CAPITALIZED_SHARE = 0.5;

/** The words of the span a caption rule looks at (one span at a time). */
const WORDS = new SpanWords();

/** How many capitalized words end `words`. */
function trailingName(words: SpanWords): number {
  let count = 0;
  for (let index = words.count - 1; index >= 0 && words.isCapitalized(index); index -= 1) count += 1;
  return count;
}

/** A title or honorific, then two capitalized words or more: `Ông Nguyễn Văn An`, `TS Lê Hoa`. */
function leadingTitledName(words: SpanWords): boolean {
  if (words.count === 0 || !words.isIn(0, SPEAKER_TITLES)) return false;
  let names = 0;
  for (let index = 1; index < words.count && words.isCapitalized(index); index += 1) names += 1;
  return names >= 2;
}

/** A question mark, quotes, an exclamation or a semicolon: what a caption naming someone never holds. */
const isAskingOrQuoting = (code: number): boolean =>
  code === 0x3f || code === 0x201c || code === 0x201d || code === 0x22 || code === 0x21 || code === 0x3b; // ? “ ” " ! ;

/**
 * True when the text from `from` to `to` asks, quotes, exclaims, holds a semicolon or a sentence end before a capital
 * (`/[?“”"!;]|[.!]\s+\p{Lu}/u`): what a caption naming someone never holds. Read by code, with no slice made.
 */
function asksQuotesOrHoldsSentences(text: string, from: number, to: number): boolean {
  // A question ends with its mark: the last character answers for most of them before the scan.
  if (to > from && isAskingOrQuoting(text.charCodeAt(to - 1))) return true;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (isAskingOrQuoting(code)) return true;
    if (code !== DOT) continue;
    let next = index + 1;
    while (next < to && isWhiteSpaceAt(text, next)) next += 1;
    if (next > index + 1 && next < to && isUpperCaseLetterAt(text, next, to)) return true;
  }
  return false;
}

/** True when a sentence ends before a capital between `from` and `to`: two sentences or more. */
function holdsSentences(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== DOT && code !== 0x21 && code !== 0x3f) continue;
    let next = index + 1;
    while (next < to && isWhiteSpaceAt(text, next)) next += 1;
    if (next > index + 1 && next < to && isUpperCaseLetterAt(text, next, to)) return true;
  }
  return false;
}

/** True when `span` (a line, or a piece of a collapsed line) is a photo caption. */
export function isCaption(text: string, span: TextSpan): boolean {
  if (span.end - span.start > MAX_CAPTION_LENGTH) return false;
  let from = span.start;
  let to = span.end;
  while (to > from && isWhiteSpaceAt(text, to - 1)) to -= 1;
  while (from < to && isWhiteSpaceAt(text, from)) from += 1;
  if (from === to) return false;
  const opensWithCue = mayOpenWithCue(text, span.start, span.end) && OPENS_WITH_CUE.test(text.slice(from, to));
  const closing = opensWithCue || !mayTrimmedCloseWithCue(text, from, to) ? null : CLOSES_WITH_CUE.exec(text.slice(from, to));
  if (opensWithCue || closing !== null) {
    // Sentences before the credit: a lead or an answer with its photo's caption run onto its end (`... về hạ tầng.
    // Ông A tại hội thảo. Ảnh: NVCC`), which the inline captions cut out (addInlineCaptions).
    if (closing !== null && holdsSentences(text, from, from + closing.index)) return false;
    return !text.slice(from, to).includes('?') && countWords(text, span, MAX_CUED_WORDS) <= MAX_CUED_WORDS;
  }
  // The cheap tests on the characters first: most lines are long, ask, quote someone or hold several sentences.
  if (to - from > MAX_NAMING_LENGTH || asksQuotesOrHoldsSentences(text, from, to)) return false;
  // `Ông A, Phó Giám đốc Sở X, khuyến cáo người dân:` opens what follows it (a list, a quote): no caption.
  if (text.charCodeAt(to - 1) === COLON) return false;
  // `- Bà A, Phó Chánh Văn phòng, được bổ nhiệm ...`: an item of a list (a decision's, a roll's), no photo's caption.
  if (opensWithListMarker(text, from, to)) return false;
  const words = WORDS.read(text, span, MAX_NAMING_WORDS);
  if (words.count < 3 || words.count > MAX_NAMING_WORDS) return false;
  if (words.mentions(FIRST_PERSON_WORDS, 2) || !words.mentions(POST_WORDS, 2)) return false;
  let capitalized = 0;
  for (let index = 0; index < words.count; index += 1) if (words.isCapitalized(index)) capitalized += 1;
  if (capitalized / words.count < MIN_CAPITALIZED_SHARE) return false;
  return trailingName(words) >= 2 || leadingTitledName(words);
}

const MAX_QUOTING_NAME_WORDS = 12;
const MAX_QUOTE_WORDS = 60;
const QUOTATION_MARK = 0x22; // "
const CLOSING_QUOTE = 0x201d; // ”
const OPENING_QUOTE = 0x201c; // “

/**
 * A speaker's words under their photo, the photo's credit closing the line: `Bà Trần Thị Mai: "Chợ sẽ không để thiếu
 * hàng dịp Tết". Ảnh: Thu Hà`. A titled name, a colon, one quote, then the credit: a pull quote set beside an
 * interview, never a turn of it (an answer does not credit a photo), though it opens as a speaker's label does.
 */
export function isQuotedCaption(text: string, span: TextSpan): boolean {
  if (span.end - span.start > MAX_CAPTION_LENGTH) return false;
  let from = span.start;
  let to = span.end;
  while (to > from && isWhiteSpaceAt(text, to - 1)) to -= 1;
  while (from < to && isWhiteSpaceAt(text, from)) from += 1;
  // A quote closes before the credit: a line with no quotation mark is refused before any regex runs.
  if (from === to || !mayTrimmedCloseWithCue(text, from, to) || !holdsQuotationMark(text, from, to)) return false;
  const closing = CLOSES_WITH_CUE.exec(text.slice(from, to));
  if (closing === null) return false;
  let quoteEnd = from + closing.index;
  while (quoteEnd > from && isWhiteSpaceAt(text, quoteEnd - 1)) quoteEnd -= 1;
  const last = text.charCodeAt(quoteEnd - 1);
  if (last !== CLOSING_QUOTE && last !== QUOTATION_MARK) return false;
  let colon = from;
  while (colon < quoteEnd && text.charCodeAt(colon) !== COLON) colon += 1;
  if (colon >= quoteEnd) return false;
  let quoteStart = colon + 1;
  while (quoteStart < quoteEnd && isWhiteSpaceAt(text, quoteStart)) quoteStart += 1;
  const first = text.charCodeAt(quoteStart);
  if ((first !== OPENING_QUOTE && first !== QUOTATION_MARK) || quoteStart + 1 >= quoteEnd - 1) return false;
  // One quote: no other quotation mark inside it, no question.
  for (let index = quoteStart + 1; index < quoteEnd - 1; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTATION_MARK || code === OPENING_QUOTE || code === CLOSING_QUOTE || code === 0x3f) return false;
  }
  if (countWords(text, { start: quoteStart, end: quoteEnd }, MAX_QUOTE_WORDS) > MAX_QUOTE_WORDS) return false;
  const words = WORDS.read(text, { start: from, end: colon }, MAX_QUOTING_NAME_WORDS);
  // The speaker: a title or honorific (`Bà`, `Giám đốc`), then their name ending before the colon.
  return words.count <= MAX_QUOTING_NAME_WORDS && words.phraseAt(0, SPEAKER_TITLES, 3) > 0 && trailingName(words) >= 2;
}

/** True when a quotation mark (`"`, `“`, `”`) stands in `text` from `from` to `to`. */
function holdsQuotationMark(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTATION_MARK || code === OPENING_QUOTE || code === CLOSING_QUOTE) return true;
  }
  return false;
}

/** The marks a list item opens with, then a space: `- `, `– `, `+ `, `• `, `* `. */
const LIST_MARKERS: ReadonlySet<number> = new Set([0x2d, 0x2013, 0x2b, 0x2022, 0x2a]);

/** True when the trimmed text from `from` to `to` opens with a list marker and a space. */
function opensWithListMarker(text: string, from: number, to: number): boolean {
  return to - from > 2 && LIST_MARKERS.has(text.charCodeAt(from)) && isWhiteSpaceAt(text, from + 1);
}

const MAX_CREDIT_WORDS = 12;
const MAX_CREDIT_LENGTH = 160;
const MAX_CREDITED_SENTENCE_WORDS = 40;
const MAX_CREDITED_SENTENCE_LENGTH = 320;
const MAX_DESCRIPTION_WORDS = 25;
const MAX_DESCRIPTION_LENGTH = 220;
const MIN_LEADING_NAME_WORDS = 3;
/**
 * Where someone stands in the photo: `(giữa)`, `(thứ hai từ trái sang)`, `(bên phải)`, `(ngoài cùng bên trái)`; or
 * what they wear there, as sports captions tell players apart: `(áo vàng)`, `(áo số 10)`.
 */
export const PLACE_IN_PHOTO = /\((?:đứng )?(?:giữa|phải|trái|bên (?:phải|trái)|ngoài cùng[^()]{0,20}|thứ [^()]{1,10} từ (?:trái|phải)[^()]{0,8}|hàng (?:đầu|trước|sau)[^()]{0,20}|áo [^()]{1,15})\)/iu;
/** Words that open the description of a scene: `Quang cảnh hội nghị.`, `Toàn cảnh buổi lễ.` */
const SCENE_OPENING = /^(?:Quang cảnh|Toàn cảnh|Cận cảnh|Các đại biểu|Đại biểu|Đoàn công tác) /u;

/** A sentence that credits a photo: short, opened by a cue (`Ảnh: Quốc Tuấn`, `(Ảnh: TTXVN)`, `Ảnh minh họa.`). */
export function isPhotoCredit(text: string, span: TextSpan): boolean {
  if (span.end - span.start > MAX_CREDIT_LENGTH || !mayOpenWithCue(text, span.start, span.end)) return false;
  const content = text.slice(span.start, span.end).trim().replace(/\.+$/u, '');
  if (content.includes('?') || !OPENS_WITH_CUE.test(content)) return false;
  const words = WORDS.read(text, span, MAX_CREDIT_WORDS);
  return words.count <= MAX_CREDIT_WORDS && !words.mentions(FIRST_PERSON_WORDS, 2);
}

/** How far past a credit's cue its colon may stand: `Ảnh:`, `(Ảnh minh họa:`, `Video:`. */
const MAX_CUE_COLON = 20;

/**
 * Where a photo's credit ends when the next sentence runs into it with no full stop (`Ảnh: Phương Linh Kỹ thuật tưới
 * ... là thay đổi lớn nhất.`): after the capitalized run that follows the cue's colon, less its last word, which opens
 * the next sentence since a word in lower case follows it (a name has two words at least with the opener: `Ảnh: Bảo
 * tàng tỉnh cung cấp` is a credit whole). -1 when `part` opens with no cue or reads otherwise.
 */
function creditRunOnEnd(text: string, part: TextSpan): number {
  if (!mayOpenWithCue(text, part.start, part.end)) return -1;
  let colon = part.start;
  const colonLimit = Math.min(part.end, part.start + MAX_CUE_COLON);
  while (colon < colonLimit && text.charCodeAt(colon) !== COLON) colon += 1;
  if (colon === colonLimit || !OPENS_WITH_CUE.test(text.slice(part.start, colon + 1).trim())) return -1;
  const words = WORDS.read(text, { start: colon + 1, end: part.end }, MAX_CREDIT_WORDS + 1);
  let run = 0;
  while (run < words.count && run <= MAX_CREDIT_WORDS && words.isCapitalized(run)) run += 1;
  if (run < 2 || run >= words.count || run > MAX_CREDIT_WORDS) return -1;
  return words.end(run - 2);
}

/** One short sentence that ends with its own credit: `Ông A tại hiện trường (Ảnh: TTXVN).` */
function closesWithCredit(text: string, span: TextSpan): boolean {
  if (span.end - span.start > MAX_CREDITED_SENTENCE_LENGTH || !mayCloseWithCue(text, span.start, span.end)) return false;
  const content = text.slice(span.start, span.end).trim();
  if (content.includes('?') || !CLOSES_WITH_CUE.test(content)) return false;
  const words = WORDS.read(text, span, MAX_CREDITED_SENTENCE_WORDS);
  return words.count <= MAX_CREDITED_SENTENCE_WORDS && !words.mentions(FIRST_PERSON_WORDS, 2);
}

/**
 * The sentence a credit closes, when it describes the photo: short, no question, quote or first person, and it
 * opens with a person's name, titled (`NSND Lê Thị Hòa trong buổi tổng duyệt.`) or in full (`Nguyễn Văn An (phải)
 * trao đổi với đoàn.`). An answer seldom names its speaker in the third person.
 */
function describesPhoto(text: string, span: TextSpan): boolean {
  if (span.end - span.start > MAX_DESCRIPTION_LENGTH) return false;
  const content = text.slice(span.start, span.end);
  if (/[?“”"!]/u.test(content)) return false;
  const words = WORDS.read(text, span, MAX_DESCRIPTION_WORDS);
  if (words.count < 2 || words.count > MAX_DESCRIPTION_WORDS || words.mentions(FIRST_PERSON_WORDS, 2)) return false;
  if (leadingTitledName(words) || PLACE_IN_PHOTO.test(content) || SCENE_OPENING.test(content)) return true;
  let leading = 0;
  while (leading < words.count && words.isCapitalized(leading)) leading += 1;
  return leading >= MIN_LEADING_NAME_WORDS && leading < words.count;
}

const MAX_PHOTO_NOTE_WORDS = 20;
const MAX_PHOTO_NOTE_LENGTH = 160;

/**
 * True when `note`, the sentence between a photo's description and its credit, is a short note on what the photo
 * shows (`Thiết bị được lắp ngay dưới gốc cây.`), asking, quoting, saying `tôi` and narrating (`đã`, `sẽ`, `cũng`,
 * `cho biết`) nothing, and `described`, the sentence before it, describes the photo (describesPhoto) by a person
 * titled and named at its start, a place in the photo (`(bên phải)`) or a scene's opening word (`Quang cảnh`): more
 * than a run of capitalized words, which an answer's sentence may open with too (`Công ty Cổ phần X ...`).
 */
function notesDescribedPhoto(text: string, described: TextSpan, note: TextSpan): boolean {
  if (note.end - note.start > MAX_PHOTO_NOTE_LENGTH || /[?“”"!]/u.test(text.slice(note.start, note.end))) return false;
  const words = WORDS.read(text, note, MAX_PHOTO_NOTE_WORDS);
  if (words.count < 2 || words.count > MAX_PHOTO_NOTE_WORDS || words.mentions(FIRST_PERSON_WORDS, 2) || words.mentionsInProse(NARRATING_WORDS, 2)) return false;
  if (!describesPhoto(text, described)) return false;
  const content = text.slice(described.start, described.end);
  return PLACE_IN_PHOTO.test(content) || SCENE_OPENING.test(content) || leadingTitledName(WORDS.read(text, described, MAX_DESCRIPTION_WORDS));
}

/**
 * True when some sentence of `base` (as sentencesWithin clips them) may be a photo credit or end with one. Most
 * pieces hold none: they are passed on without their sentences being gathered.
 */
function mayHoldCredits(text: string, base: Piece, sentences: ParagraphSentences): boolean {
  const end = sentences.end(base.paragraph);
  let parts = 0;
  let credit = false;
  let opensQuestion = false;
  for (let index = firstSentenceEndingAfter(sentences, base.paragraph, base.start); index < end; index += 1) {
    const sentence = sentences.all[index] as SentenceSpan;
    if (sentence.start >= base.end) break;
    const from = Math.max(sentence.start, base.start);
    const to = Math.min(sentence.end, base.end);
    if (isBlank(text, from, to)) continue; // sentencesWithin leaves it out
    parts += 1;
    // The quick refusals of isPhotoCredit and closesWithCredit.
    if (!credit) {
      credit = mayOpenWithCue(text, from, to);
      // A question of one sentence may open with a credit its words run into (keptInQuestion).
      opensQuestion = credit && parts === 1 && base.role === 'question';
      if (!credit) credit = mayCloseWithCue(text, from, to);
    }
  }
  return credit && (parts >= 2 || opensQuestion);
}

/** True when `piece` may hold a caption run into it: an answer, a text or a question. */
function mayHoldCaptions(piece: Piece): boolean {
  return piece.role === 'answer' || piece.role === 'text' || piece.role === 'question';
}

/**
 * `pieces` with the captions run into them cut out (addInlineCaptions); `pieces` itself, not a copy, when none may
 * hold a credit (most articles).
 */
export function withInlineCaptions(text: string, pieces: readonly Piece[], sentences: ParagraphSentences): readonly Piece[] {
  let first = 0;
  while (first < pieces.length && !(mayHoldCaptions(pieces[first] as Piece) && mayHoldCredits(text, pieces[first] as Piece, sentences))) first += 1;
  if (first === pieces.length) return pieces;
  const withCaptions = pieces.slice(0, first);
  for (let index = first; index < pieces.length; index += 1) {
    const piece = pieces[index] as Piece;
    if (mayHoldCaptions(piece)) addInlineCaptions(withCaptions, text, piece, sentences);
    else withCaptions.push(piece);
  }
  return withCaptions;
}

/**
 * True when `caption`, found inside the question `base` whose last sentence is `last`, is cut off it: at its end, or
 * a credit at its very start that the question's first words run into (`Ảnh: Minh Khôi Ông vừa nhắc ... ?` in a
 * collapsed line, the photo's description ending the answer before), as it is off its end.
 */
function keptInQuestion(caption: TextSpan, base: Piece, last: TextSpan): boolean {
  return caption.end === last.end || (caption.start === base.start && caption.end < last.end);
}

/**
 * Adds to `pieces` a piece with the captions inside it cut out as pieces of their own: a credit sentence with the
 * photo's description before it, or a short sentence ending with its credit. What is left keeps the piece's role,
 * so an answer with a caption in its middle becomes two segments around it. A question keeps only a caption at its
 * end or a credit at its start (keptInQuestion).
 */
function addInlineCaptions(pieces: Piece[], text: string, base: Piece, sentences: ParagraphSentences): void {
  if (!mayHoldCredits(text, base, sentences)) {
    pieces.push(base);
    return;
  }
  const parts = sentencesWithin(text, sentences, base.paragraph, base);
  const captions: TextSpan[] = [];
  parts.forEach((part, index) => {
    const taken = captions[captions.length - 1]?.end ?? base.start;
    const runOn = isPhotoCredit(text, part) ? part.end : creditRunOnEnd(text, part);
    if (runOn >= 0) {
      const previous = parts[index - 1];
      const earlier = parts[index - 2];
      const described = previous !== undefined && previous.start >= taken && describesPhoto(text, previous);
      // A description and a short note on the photo before its credit (`Ông A (bên phải) kiểm tra ... . Thiết bị được
      // lắp ngay dưới gốc cây. (Ảnh: X)`): the caption is both.
      const noted = !described && previous !== undefined && earlier !== undefined && earlier.start >= taken && notesDescribedPhoto(text, earlier, previous);
      captions.push({ start: noted ? (earlier as TextSpan).start : described ? (previous as TextSpan).start : part.start, end: runOn });
    } else if (closesWithCredit(text, part)) {
      captions.push(part);
    }
  });
  const last = parts[parts.length - 1] as TextSpan;
  const kept = base.role === 'question' ? captions.filter((caption) => keptInQuestion(caption, base, last)) : captions;
  if (kept.length === 0) {
    pieces.push(base);
    return;
  }
  let cursor = base.start;
  for (const caption of kept) {
    addPiece(pieces, text, base, cursor, caption.start, base.role);
    addPiece(pieces, text, base, caption.start, caption.end, 'caption', false);
    cursor = caption.end;
  }
  addPiece(pieces, text, base, cursor, base.end, base.role);
}
