// `năm trước`, `tháng trước`, `quý sau` count from a period, not from a day: "the year before", "the month after".
// With no period named before them in their sentence they count from the article's publication (`Chỉ riêng tháng
// trước, …`), but a period named just before in the same sentence is the one they count from:
// `Sản lượng cả năm 2023 tăng 4,6% so với năm trước` is 2022, `CPI tháng 12/2023 tăng 0,19% so với tháng trước` is
// November 2023, `Năm 2020 dự án khởi công, năm sau hoàn thành` is 2021. The words that count from now whatever stands
// before them (`năm ngoái`, `năm qua`, `năm nay`, `tháng này`, `năm tới`) are not read this way: `năm 2020 … so với
// năm ngoái` is still the year before publication.
import type { PendingDatePoint, SentenceSpan } from '../../pipeline/document.js';
import type { ReferenceDay } from './resolve.js';
import { PhraseSet } from './phrases.js';
import { precededByWord, startsSentence } from './context.js';

/** The units a named period can anchor: a year, a quarter, a month (a week or a day is left to publishedAt). */
type AnchoredUnit = 'year' | 'quarter' | 'month';

/** The words after the unit that count from the period named before: `trước` (before), `sau` (after). */
const SEQUENCE_WORDS = new PhraseSet(['trước', 'sau', 'tiếp theo', 'kế tiếp', 'trước đó', 'sau đó']);

const isBlank = (code: number): boolean => code === 32 || code === 9;

/** Where the word ending at `end` starts, no earlier than `start`. */
function wordStartBefore(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && !isBlank(text.charCodeAt(index - 1))) index -= 1;
  return index;
}

/** Whether a mention (`start` to `end`) ends with a sequence word: `năm trước`, `tháng 10 năm trước`, `quý tiếp theo`. */
export function endsWithSequenceWord(text: string, start: number, end: number): boolean {
  const lastStart = wordStartBefore(text, start, end);
  if (lastStart <= start) return false;
  if (SEQUENCE_WORDS.has(text, lastStart, end)) return true;
  let previousEnd = lastStart;
  while (previousEnd > start && isBlank(text.charCodeAt(previousEnd - 1))) previousEnd -= 1;
  const previousStart = wordStartBefore(text, start, previousEnd);
  return previousStart > start && SEQUENCE_WORDS.has(text, previousStart, end);
}

/** The unit a pending point counts in, when a named period can anchor it: `năm trước` a year. */
export function anchoredUnitOf(point: PendingDatePoint): AnchoredUnit | null {
  const unit = point.shift?.unit;
  if (unit !== 'year' && unit !== 'quarter' && unit !== 'month') return null;
  return point.shift?.amount === 0 ? null : unit;
}

const YEAR_VALUE = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?/u;

/**
 * The reference a resolved value gives a count in `unit`, or null when the value is too coarse: a year anchors
 * `năm trước` from `2023`, `2023-12` or `2023-Q4`; a month `tháng trước` only from `2023-12` or a day of it; a
 * quarter `quý trước` only from `2023-Q4`.
 */
function referenceOf(value: string, unit: AnchoredUnit): ReferenceDay | null {
  const found = YEAR_VALUE.exec(value);
  if (found === null) return null;
  const year = Number(found[1]);
  const month = found[2] === undefined ? undefined : Number(found[2]);
  const quarter = found[3] === undefined ? undefined : Number(found[3]);
  if (unit === 'year') return { year, month: 1, day: 1 };
  if (unit === 'month') return month === undefined ? null : { year, month, day: 1 };
  return quarter === undefined ? null : { year, month: (quarter - 1) * 3 + 1, day: 1 };
}

/**
 * Capitalized heads of an event's name, which a year after them labels (`Giải cầu lông các câu lạc bộ toàn quốc năm
 * 2026`, `Lễ hội pháo hoa 2025`): the year names the event, and `năm sau` in that sentence counts from publication.
 */
const EVENT_NAME_HEADS = new PhraseSet([
  'giải', 'mùa giải', 'kỳ thi', 'cuộc thi', 'hội thi', 'festival', 'lễ hội', 'hội chợ', 'triển lãm', 'liên hoan',
  'đại hội', 'hội diễn', 'tuần lễ',
]);
/** How many words back from a year its event's head may stand. */
const EVENT_NAME_REACH = 10;

/**
 * Whether the mention at `start` ends an event's name: a capitalized head of EVENT_NAME_HEADS (one word or two) up to
 * EVENT_NAME_REACH words before it, with only words (no punctuation) between.
 */
export function endsEventName(text: string, start: number): boolean {
  let end = start;
  let laterEnd = -1;
  for (let words = 0; words < EVENT_NAME_REACH; words += 1) {
    if (end === 0 || !isBlank(text.charCodeAt(end - 1))) return false;
    const blankStart = end;
    while (end > 0 && isBlank(text.charCodeAt(end - 1))) end -= 1;
    let wordStart = end;
    while (wordStart > 0 && !isBlank(text.charCodeAt(wordStart - 1)) && text.charCodeAt(wordStart - 1) !== 10) wordStart -= 1;
    if (wordStart === end) return false;
    for (let at = wordStart; at < end; at += 1) {
      const code = text.charCodeAt(at);
      if (code < 0x80 && !((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return false;
    }
    const first = text.charAt(wordStart);
    if (first !== first.toLowerCase()) {
      if (EVENT_NAME_HEADS.has(text, wordStart, end)) return true;
      if (laterEnd > 0 && EVENT_NAME_HEADS.has(text, wordStart, laterEnd)) return true;
    }
    laterEnd = wordStart < blankStart ? end : -1;
    end = wordStart;
  }
  return false;
}

/** A period named in the text, as a reference for counting: its value and whether that value needed publishedAt. */
export interface NamedPeriod {
  readonly reference: ReferenceDay;
  readonly relative: boolean;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether two values open with the same four digits of a year (`2025` and `2025-12-13`). */
function sameYear(first: string, second: string): boolean {
  return first.charCodeAt(0) === second.charCodeAt(0) && first.charCodeAt(1) === second.charCodeAt(1) &&
    first.charCodeAt(2) === second.charCodeAt(2) && first.charCodeAt(3) === second.charCodeAt(3);
}

/**
 * The periods named so far in the current sentence, the latest per unit. Fed the mentions in text order; a mention
 * in another sentence than the last one clears them. Every resolved mention is noted, but few are ever asked for:
 * a note keeps the value's string (its shape read by character codes, no regex, no object), and `anchorFor` reads
 * the reference out of it.
 */
export class SentencePeriods {
  private sentence = -1;
  private next = 0;
  private yearValue: string | null = null;
  private yearRelative = false;
  /** True once the sentence has stated two different years (`tổng kết năm 2025, triển khai nhiệm vụ năm 2026`). */
  private yearsDiffer = false;
  private quarterValue: string | null = null;
  private quarterRelative = false;
  private monthValue: string | null = null;
  private monthRelative = false;
  /** True once a semicolon stands between the year last stated and the mention entered: another clause. */
  private yearPastClause = false;
  /** Where the last mention entered starts (the text up to it has been read for semicolons). */
  private lastOffset = 0;

  constructor(
    private readonly sentences: readonly SentenceSpan[],
    private readonly text = '',
  ) {}

  /** Moves to the sentence holding `offset` (offsets must not go back), forgetting the periods of the one before. */
  enter(offset: number): void {
    while (this.next < this.sentences.length && (this.sentences[this.next]?.end ?? 0) <= offset) this.next += 1;
    const holder = this.sentences[this.next];
    const sentence = holder !== undefined && holder.start <= offset ? this.next : -1;
    if (sentence !== this.sentence || sentence < 0) {
      this.yearValue = null;
      this.yearsDiffer = false;
      this.yearPastClause = false;
      this.quarterValue = null;
      this.monthValue = null;
    } else if (this.yearValue !== null && !this.yearPastClause) {
      // Read once: the stretch from the last mention entered to this one (offsets never go back).
      for (let at = this.lastOffset; at < offset; at += 1) {
        if (this.text.charCodeAt(at) !== 0x3b) continue; // ;
        this.yearPastClause = true;
        break;
      }
    }
    this.lastOffset = Math.max(this.lastOffset, offset);
    this.sentence = sentence;
  }

  /** Whether a semicolon stands between the year named last in this sentence and the mention entered. */
  get yearInClauseBefore(): boolean {
    return this.yearValue !== null && this.yearPastClause;
  }

  /** The period named last in this sentence that can anchor a count in `unit`, or null. */
  anchorFor(unit: AnchoredUnit): NamedPeriod | null {
    const value = unit === 'year' ? this.yearValue : unit === 'quarter' ? this.quarterValue : this.monthValue;
    const reference = value === null ? null : referenceOf(value, unit);
    if (reference === null) return null;
    const relative = unit === 'year' ? this.yearRelative : unit === 'quarter' ? this.quarterRelative : this.monthRelative;
    return { reference, relative };
  }

  /**
   * The year a period named before in this sentence states (`Vụ muối năm 2025 bắt đầu từ cuối tháng 1`, `đêm 2/3/2026
   * và phát từ sáng 3/3`), or null when none is named or its year was counted from publication (`năm nay`, `hôm qua`),
   * or a semicolon stands between: the clause after it tells another item (`... chậm nhất là ngày 30/4/2026; UBND các
   * phường hoàn tất giải phóng mặt bằng trong tháng 12`: December nearest publication).
   */
  statedYear(): number | null {
    if (this.yearValue === null || this.yearRelative || this.yearsDiffer || this.yearPastClause) return null;
    return Number(this.yearValue.slice(0, 4));
  }

  /**
   * Notes a resolved mention of this sentence (a range or a value-less mention names no single period): any value
   * opening with a year (`2023`, `2023-12`, `2023-Q4`, `2023-12-10T07:28`) anchors a year, `2023-Q4` a quarter, a
   * month or a day of it a month (the shapes referenceOf reads).
   */
  note(value: string | null, endValue: string | null, relative: boolean): void {
    if (value === null || endValue !== null || this.sentence < 0) return;
    if (!(isDigit(value.charCodeAt(0)) && isDigit(value.charCodeAt(1)) && isDigit(value.charCodeAt(2)) && isDigit(value.charCodeAt(3)))) return;
    // Two years stated in one sentence (`hội nghị tổng kết năm 2025, triển khai nhiệm vụ năm 2026, diễn ra sáng 13/12`)
    // name what is reviewed and what is planned: neither says the year of a day or a month after them.
    const previous = this.yearValue;
    if (previous !== null && !relative && !this.yearRelative && !sameYear(previous, value)) this.yearsDiffer = true;
    this.yearValue = value;
    this.yearPastClause = false;
    this.yearRelative = relative;
    // The length checked first: past the end charCodeAt gives NaN, and V8's optimized code deoptimizes on the first such read.
    if (value.length < 6 || value.charCodeAt(4) !== 0x2d) return; // '-'
    const next = value.charCodeAt(5);
    if (next === 0x51) { // 'Q'
      const quarter = value.charCodeAt(6);
      if (quarter >= 0x31 && quarter <= 0x34) {
        this.quarterValue = value;
        this.quarterRelative = relative;
      }
    } else if (isDigit(next) && isDigit(value.charCodeAt(6))) {
      this.monthValue = value;
      this.monthRelative = relative;
    }
  }
}

/**
 * The year a paragraph has set as the time of what it tells: a year opening a sentence, a comma after it (`Năm
 * 2024, thị trường lao động phục hồi. Từ quý II, … giao hàng cuối năm`, also `Trong năm 2024,`, `Sang năm 2025,`).
 * In that sentence and the TOPIC_REACH after it in the paragraph, until another year opens a sentence, a quarter, a
 * half or a part of the year written without a year (`quý II`, `cuối năm`) is that year's rather than the
 * publication year's. A year that bounds (`Đến năm 2030,`, `Từ năm 2020,`) sets none. A month or a day without its
 * year keeps the reading nearest the publication (news dates days by the days around it), and words that count from
 * now (`năm nay`, `quý II vừa qua`, `quý tới`) are not read this way.
 */
export class ParagraphTopicYear {
  private year: number | null = null;
  private relative = false;
  /** The last sentence the year reaches. */
  private lastSentence = -1;
  /** The sentence holding the offset last asked about (offsets never go back). */
  private sentence = 0;

  constructor(private readonly text: string, private readonly sentences: readonly SentenceSpan[]) {}

  /** The index of the sentence holding `offset`, or of the first after it. */
  private sentenceAt(offset: number): number {
    while (this.sentence < this.sentences.length && (this.sentences[this.sentence]?.end ?? 0) <= offset) this.sentence += 1;
    return this.sentence;
  }

  /** Whether a year is set (it may no longer reach the next mention: `at` says). */
  get active(): boolean {
    return this.year !== null;
  }

  /** The year set for a mention starting at `offset` (offsets must not go back), or null. */
  at(offset: number): { readonly year: number; readonly relative: boolean } | null {
    if (this.year === null) return null;
    if (this.sentenceAt(offset) > this.lastSentence) {
      this.year = null;
      return null;
    }
    return { year: this.year, relative: this.relative };
  }

  /**
   * Notes a resolved mention: a year (`2024`) opening a sentence, a comma after it, sets the paragraph's year; a period
   * counted from now in another year (`Năm 2024, … riêng 6 tháng đầu năm nay, … Dự kiến quý IV`) brings the text back
   * to now and ends it.
   */
  note(start: number, end: number, value: string | null, endValue: string | null, relative: boolean): void {
    if (this.year !== null && relative && value !== null && yearOfValue(value) !== this.year) this.year = null;
    if (endValue !== null || (value !== null && value.length !== 4) || this.text.charCodeAt(end) !== 0x2c) return; // ','
    if (value !== null && !(value.length === 4 && isDigit(value.charCodeAt(0)) && isDigit(value.charCodeAt(3)))) return;
    if (value === null && !YEAR_WORD_START.test(this.text.slice(start, Math.min(end, start + 4)))) return;
    if (!startsSentence(this.text, start) && !openedBy(this.text, start, TOPIC_OPENERS)) return;
    this.year = value === null ? null : Number(value);
    this.relative = relative;
    const sentence = this.sentenceAt(start);
    let last = sentence;
    const paragraph = this.sentences[sentence]?.paragraph;
    while (last < sentence + TOPIC_REACH && this.sentences[last + 1]?.paragraph === paragraph) last += 1;
    this.lastSentence = last;
  }
}

/** The year a value opens with (`2025-H1` → 2025), or null when it opens with no four digits. */
function yearOfValue(value: string): number | null {
  if (value.length < 4) return null;
  for (let at = 0; at < 4; at += 1) if (!isDigit(value.charCodeAt(at))) return null;
  return Number(value.slice(0, 4));
}

/** How many sentences after its own a paragraph's year reaches. */
const TOPIC_REACH = 2;

/** Words before a year that opens a sentence and still sets its time: `Trong năm 2024,`, `Sang năm 2025,`. */
const TOPIC_OPENERS = new PhraseSet(['trong', 'riêng', 'cả', 'sang', 'suốt']);

/** Whether the one word before `offset` is an entry of `words` and opens a sentence. */
function openedBy(text: string, offset: number, words: PhraseSet): boolean {
  if (!precededByWord(text, offset, words)) return false;
  let end = offset;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end -= 1;
  return startsSentence(text, wordStartBefore(text, 0, end));
}

/** A mention opening with `năm` (`Năm nay,` with no publishedAt): a year that clears the paragraph's. */
const YEAR_WORD_START = /^năm/iu;

/**
 * Whether a point takes the paragraph's year: a quarter or a half without its year and with no word saying which way
 * it lies, or a bare part of the year (`cuối năm`, rule `relative.bare-mod`).
 */
export function takesParagraphYear(point: PendingDatePoint, rule: string): boolean {
  if (point.anchor !== 'publishedAt' || point.year !== undefined || point.direction !== undefined) return false;
  if (point.weekday !== undefined || point.week !== undefined || point.hour !== undefined) return false;
  if (point.shift === undefined) return point.quarter !== undefined || point.half !== undefined;
  return rule === 'relative.bare-mod' && point.shift.unit === 'year' && point.shift.amount === 0;
}
