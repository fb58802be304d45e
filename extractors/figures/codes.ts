// Numbers that are no quantity: codes and names (`Covid-19`, `WG1`, `G20`, `ISO 9001:2015`, `công nghiệp 4.0`,
// `nhà máy số 2`, `12/2023/TT-BKHCN`, phone numbers, `GMT+7`) and the parts of dates (`năm 2020`, `7:28`,
// `10-11/12/2020`). The dates stage decides dates; these guards keep a figure from claiming a date's digits when it
// has not (and keep years out of `number` figures).
import { lookupPlace } from '../shared/places.js';
import {
  AGE_UNITS,
  COUNTED_NOUN_PHRASES,
  DATE_WORD_PHRASES,
  DURATION_PHRASES,
  DAY_AND_MONTH_WORD_SET,
  NAME_LABEL_PHRASES,
  NAME_LABEL_SET,
  PHONE_LABEL_PHRASES,
  EMERGENCY_LABEL_PHRASES,
  GIVING_VERB_PHRASES,
  VERB_BEFORE_LABEL,
  VERB_BEFORE_LABEL_PHRASES,
} from './lexicon.js';
import type { FigureNumber } from './numbers-at.js';
import { isInSetAt, isWordEntryAt, isWordPairAt, phraseAt, type PhraseTree } from './phrases.js';
import { DIGITS, isCapitalizedAt, isGlued, isLowerWordAt, isWordAt, kindAt, LINE_BREAK, opensSentence, PUNCT, WORD, type FigureContext } from './tokens.js';

/** Words after a number that keep `mỗi tháng 3` a date (`mỗi tháng 3 hằng năm`, `mỗi ngày 15 âm lịch`). */
const DATE_AFTER_EACH = new Set(['năm', 'hằng', 'hàng', 'âm', 'dương', 'này', 'tới', 'sau', 'trước', 'đầu', 'cuối']);

/** Words saying "each" or "every" before a day or label word: `mỗi tháng`, `hằng tháng`, `hàng ngày`. */
const EACH_WORDS: ReadonlySet<string> = new Set(['mỗi', 'hằng', 'hàng']);

/**
 * `mỗi ngày 2 buổi`, `hằng tháng 2,5 triệu đồng`, `mỗi khóa 25 học viên`, `mỗi tập 45 phút`, `mỗi tháng hai buổi`:
 * after `mỗi` ("each") the day or label word is a noun of its own, and the number counts the lower-case noun after it
 * (not `mỗi tháng 3 hằng năm`, a date).
 */
function isEachNounBefore(context: FigureContext, first: number, next: number): boolean {
  const each = context.tokens[first - 2];
  if (!each || !EACH_WORDS.has(each.key) || !isWordAt(context, first - 2)) return false;
  // A number in words (`mỗi tháng hai buổi`, `hằng tuần ba lượt`) counts only a noun the lexicon knows after it: else
  // it may be the month's own name (`mỗi tháng hai`, February every year).
  if (kindAt(context, first) !== DIGITS) {
    return isLowerWordAt(context, first) && isLowerWordAt(context, next) && !isGlued(context, next) && phraseAt(context, next, COUNTED_NOUN_PHRASES, 5) !== null;
  }
  const after = context.tokens[next];
  if (!after || !isWordAt(context, next) || isGlued(context, next) || after.text !== after.key) return false;
  return !DATE_AFTER_EACH.has(after.key);
}

/**
 * `cả nhà 6 người`, `cả lớp 30 học sinh`, `cả đội 12 cầu thủ`: after `cả` ("the whole") the label word is a noun of
 * its own, and the digits at `index` count the noun the lexicon knows after them (`cả phòng 301` stays a room's name).
 */
function isWholeNounBefore(context: FigureContext, index: number): boolean {
  const whole = context.tokens[index - 2];
  if (!whole || whole.key !== 'cả' || !isWordAt(context, index - 2) || kindAt(context, index) !== DIGITS) return false;
  return isLowerWordAt(context, index + 1) && !isGlued(context, index + 1) && phraseAt(context, index + 1, COUNTED_NOUN_PHRASES, 5) !== null;
}

/** Lower-case nouns that count sessions or times: after them a number after a label word is a count (`tập 6 buổi`). */
const TIMES_NOUNS: ReadonlySet<string> = new Set(['buổi', 'lần', 'lượt']);
/**
 * Lower-case classifiers of pieces and weights: after them a number after a label word that groups things (`lô`, `đợt`,
 * `gói`) is a count of what the group holds (`một lô 2.400 chiếc`, `đợt 3.000 con giống`, `lô 20 tấn`, `lô 5.000 cành
 * hồng`). Not after `số` (`bão số 3 con đường`... a name's number and the next phrase) nor a name's label (`phòng 301`, `tầng 5 căn hộ`).
 */
const PIECE_NOUNS: ReadonlySet<string> = new Set(['chiếc', 'cái', 'con', 'tấn', 'kg', 'liều', 'xe', 'cành', 'bông', 'chậu', 'hộp']);
/** Label words naming a batch of things delivered or made together, which a count of pieces may follow. */
const BATCH_LABELS: ReadonlySet<string> = new Set(['lô', 'đợt', 'gói', 'mẻ', 'chuyến']);

/** Marks that glue a number into a code: `Covid-19`, `GMT+7`, `ISO/IEC`, `9001:2015`, `12/2023/TT`. */
const CODE_CONNECTORS = new Set(['-', '–', '+', '_', '/', ':', '.', '#', '@', '&', '\\']);
/** Words before `số` that keep `số` a quantity (`tổng số 100 người`, `trong số 10 nước`, `con số 20`). */
const QUANTITY_BEFORE_SO = new Set(['tổng', 'trong', 'con', 'với', 'lượng']);

/**
 * A number glued into what comes before it, or a phone number: `Covid-19`, `GMT+7`, the later parts of `2/3/2020`,
 * `0912 345 678`, `Hotline: 1900 1234`.
 */
export function followsCode(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  const first = tokens[number.first];
  if (!first || kindAt(context, number.first) !== DIGITS) return false;
  const before = tokens[number.first - 1];
  const beforeKind = kindAt(context, number.first - 1);
  const glued = isGlued(context, number.first);
  if (glued && before && beforeKind === PUNCT && CODE_CONNECTORS.has(before.text) && isGlued(context, number.first - 1)) {
    const beforeConnector = kindAt(context, number.first - 2);
    if (beforeConnector === WORD || beforeConnector === DIGITS) return true;
  }
  if (glued && beforeKind === WORD) return true;
  // Leading zero: `0912 345 678`, `(024) 3825`, `024.3791.1111` (but `0,5` is a number, `05 người` a count).
  if (hasLeadingZero(first.text) && (first.text.length >= 3 || first.text.includes('.'))) return true;
  if (isListMarker(context, number)) return true;
  if (isServiceNumber(first.text)) return true;
  // `Trung tâm Cấp cứu 115`, `xe cứu thương 115 đến`; `đã cấp cứu 115 ca` counts (a lower-case label, a noun after).
  if (isEmergencyNumber(first.text) && followsLabel(context, number.first, EMERGENCY_LABEL_PHRASES) &&
    (isCapitalizedAt(context, number.first - 2) || isCapitalizedAt(context, number.first - 1) || !isLowerWordAt(context, number.next))) return true;
  // Digits after digits with only spaces between: phone numbers and tables of codes.
  if (beforeKind === DIGITS && !glued) return true;
  return followsLabel(context, number.first, PHONE_LABEL_PHRASES) && !followsAppealVerb(context, number.first);
}

/** Words before `gọi` that make it a verb of appeal, no dialling: `kêu gọi`, `mời gọi` (to call on, to invite). */
const APPEAL_BEFORE_GOI: ReadonlySet<string> = new Set(['kêu', 'mời']);

/** `đã kêu gọi 1.146 tàu cá vào bờ`: the number after `kêu gọi` counts whom the call is made to, no phone number. */
function followsAppealVerb(context: FigureContext, index: number): boolean {
  const { tokens } = context;
  return tokens[index - 1]?.key === 'gọi' && isWordAt(context, index - 2) && APPEAL_BEFORE_GOI.has(tokens[index - 2]?.key ?? '');
}

/**
 * A toll-free or service number, `1800` or `1900` with a dotted group of four digits or more: `1900.6186`,
 * `1800.1234.56`, `1900.6868` (eight digits). Thousands are grouped by three, so `1900.618` stays a number (and `1.900.618` too).
 */
function isServiceNumber(digits: string): boolean {
  if (digits.length < 9 || digits.charCodeAt(0) !== 49 || digits.charCodeAt(2) !== 48 || digits.charCodeAt(3) !== 48 || digits.charCodeAt(4) !== 46) return false;
  const second = digits.charCodeAt(1);
  if (second !== 56 && second !== 57) return false;
  let group = 0;
  for (let at = 5; at < digits.length; at += 1) {
    const code = digits.charCodeAt(at);
    if (code === 46) {
      if (group >= 4) return true;
      group = 0;
    } else group += 1;
  }
  return group >= 4;
}

/** The emergency numbers, `111` to `115` (child protection, rescue, police, fire, ambulance). */
export function isEmergencyNumber(digits: string): boolean {
  if (digits.length !== 3 || digits.charCodeAt(0) !== 49 || digits.charCodeAt(1) !== 49) return false;
  const last = digits.charCodeAt(2);
  return last >= 49 && last <= 53;
}

/** A service's label or a call before an emergency number: `Cấp cứu 115`, `Báo cháy 114`, `gọi 115`, `tổng đài 114`. */
const EMERGENCY_NAMED = /(?:cấp\scứu|cứu\sthương|cứu\shỏa|cứu\snạn|cứu\shộ|báo\scháy|gọi|gọi\ssố|gọi\sngay|tổng\sđài|đường\sdây\snóng)\s+(11[1-5])(?![\p{L}\p{N}])/giu;
/** The text last searched by namesEmergencyNumber, and the numbers it names (a bit per last digit). */
let emergencyText: string | null = null;
let emergencyBits = 0;

/**
 * Whether the text names `digits` (an emergency number) as its service's number somewhere (`Trung tâm Cấp cứu 115`):
 * then the same number alone elsewhere, with no unit (`mạng lưới 115`, `nhân lực 115`), is that name too. One scan of
 * the text, asked only for a bare 111–115, remembered for the text.
 */
export function namesEmergencyNumber(text: string, digits: string): boolean {
  if (emergencyText !== text) {
    emergencyText = text;
    emergencyBits = 0;
    EMERGENCY_NAMED.lastIndex = 0;
    for (let found = EMERGENCY_NAMED.exec(text); found !== null; found = EMERGENCY_NAMED.exec(text)) {
      emergencyBits |= 1 << ((found[1] ?? '').charCodeAt(2) - 48);
    }
  }
  return (emergencyBits & (1 << (digits.charCodeAt(2) - 48))) !== 0;
}

/** `0` and another digit first: `0912`, `05`, `024.3791`. */
function hasLeadingZero(digits: string): boolean {
  if (digits.length < 2) return false;
  const second = digits.charCodeAt(1);
  return digits.charCodeAt(0) === 48 && second >= 48 && second <= 57;
}

/** Words before `lúc` that make it "at once", "at times" (`cùng lúc 3 lô đất`, `có lúc`), not a clock time. */
const NOT_A_TIME_BEFORE_LUC = new Set(['cùng', 'một', 'có', 'nhiều', 'đôi', 'lắm', 'mọi', 'những', 'đồng']);

/** Words of nearness between `lúc` and its hour: `lúc gần 23 giờ`, `lúc khoảng 9 giờ`. */
const NEARNESS_AFTER_LUC = new Set(['gần', 'khoảng', 'chừng', 'tầm', 'độ', 'hơn', 'quá']);

/** The largest number a day or month word takes as a date's part: the last day of a month. */
const MAX_DAY_OF_MONTH = 31;

/** First syllables of the verbs that end in `hồi`: `thu hồi` (recover), `phục hồi`, `vãn hồi` (restore). */
const VERBS_ENDING_IN_HOI: ReadonlySet<string> = new Set(['thu', 'phục', 'vãn']);
/** First syllables of the words that end in `sáng` "light": `thắp sáng`, `chiếu sáng` (light up), `ánh sáng`. */
const WORDS_ENDING_IN_SANG_LIGHT: ReadonlySet<string> = new Set(['thắp', 'chiếu', 'ánh', 'phát', 'tỏa', 'rọi']);

/**
 * After a day or month word (`tháng 5 năm 2020`, `ngày 3 tháng 5`, `lúc 8 giờ`, `lúc gần 23 giờ`): a date's part,
 * whatever follows; but an age after `lúc`, `hồi` (`lúc 3 tuổi`, `vào lúc 18 tháng tuổi`, `lúc gần 3 tuổi`) is a
 * figure, and so is a number after `cùng lúc`, `một lúc`.
 */
export function followsDayOrMonthWord(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  if (!isWordAt(context, number.first - 1) || isGlued(context, number.first)) return false;
  let word = number.first - 1;
  const near = tokens[word];
  if (near && NEARNESS_AFTER_LUC.has(near.key) && tokens[word - 1]?.key === 'lúc' && isWordAt(context, word - 1)) word -= 1;
  const before = tokens[word];
  if (!before || !isInSetAt(context, word, DAY_AND_MONTH_WORD_SET)) return false;
  if (isEachNounBefore(context, number.first, number.next)) return false;
  // `phụ cấp ca đêm 250.000 đồng`: digits past any day or hour of a date are no date's part (a year after `hồi` is:
  // `hồi 1975`); a scale word keeps its reading as the month's (`tháng 8 triệu`, left as written).
  if (number.hasDigits && number.scale === 1 && number.value > MAX_DAY_OF_MONTH && before.key !== 'hồi') return false;
  // `thu hồi 46 tỷ đồng`, `phục hồi 300 ha rừng`: `hồi` ends a verb (recover, restore) there, no time word.
  if (before.key === 'hồi' && isWordAt(context, word - 1) && VERBS_ENDING_IN_HOI.has(tokens[word - 1]?.key ?? '')) return false;
  // `thắp sáng 15km đường quê`, `chiếu sáng 20 tuyến phố`: `sáng` is light there, no morning.
  if (before.key === 'sáng' && isWordAt(context, word - 1) && WORDS_ENDING_IN_SANG_LIGHT.has(tokens[word - 1]?.key ?? '')) return false;
  if (before.key === 'lúc' || before.key === 'hồi') {
    const unit = phraseAt(context, number.next, DURATION_PHRASES, 3);
    if (unit && AGE_UNITS.has(unit.entry)) return false;
    const twoBefore = tokens[word - 1];
    if (before.key === 'lúc' && twoBefore && isWordAt(context, word - 1) && NOT_A_TIME_BEFORE_LUC.has(twoBefore.key)) return false;
  }
  return true;
}

/** `1. Tổng quan`, `2) Giải pháp` at the start of a line, `(1)` or `[2]` standing alone: list and note markers. */
function isListMarker(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  const after = tokens[number.next];
  const before = tokens[number.first - 1];
  if (number.next !== number.first + 1 || !after || !isGlued(context, number.next)) return false;
  if ((before === undefined || kindAt(context, number.first - 1) === LINE_BREAK) && (after.text === '.' || after.text === ')')) return true;
  const opened = before?.text === '(' || before?.text === '[';
  return opened && isGlued(context, number.first) && (after.text === ')' || after.text === ']');
}

/** Marks of minutes of arc after the degrees: `8°52'N`, `8°52′`, `8°52’`. */
const ARC_MINUTE_MARKS: ReadonlySet<string> = new Set(["'", '′', '’']);

/**
 * Degrees and minutes of arc glued together (`tọa độ 8°52'N – 104°11'E`): a point's coordinate, no count of degrees
 * nor a number of minutes. Gives the token after the minutes' mark (and a hemisphere's letter glued to it), or null.
 */
export function degreesAndMinutesEnd(context: FigureContext, number: FigureNumber): number | null {
  const { tokens } = context;
  const at = number.next;
  if (kindAt(context, number.first) !== DIGITS || tokens[at]?.text !== '°' || !isGlued(context, at)) return null;
  if (kindAt(context, at + 1) !== DIGITS || !isGlued(context, at + 1)) return null;
  const mark = tokens[at + 2];
  if (!mark || !ARC_MINUTE_MARKS.has(mark.text) || !isGlued(context, at + 2)) return null;
  return kindAt(context, at + 3) === WORD && isGlued(context, at + 3) && (tokens[at + 3]?.text.length ?? 0) === 1 ? at + 4 : at + 3;
}

/** A number glued to what comes after it (once ratios and ranges had their say): `12/2023`, `7:28`, `05-CT`. */
export function precedesCode(context: FigureContext, number: FigureNumber): boolean {
  if (kindAt(context, number.first) !== DIGITS) return false;
  const after = context.tokens[number.next];
  const afterKind = kindAt(context, number.next);
  if (after && isGlued(context, number.next) && afterKind === PUNCT && CODE_CONNECTORS.has(after.text) && after.text !== '.') {
    const beyond = kindAt(context, number.next + 1);
    if (isGlued(context, number.next + 1) && (beyond === WORD || beyond === DIGITS)) return true;
  }
  if (after && isGlued(context, number.next) && afterKind === WORD && isModelSuffix(context, number.next + 1)) return true;
  return number.next === number.first + 1 && afterKind === DIGITS && !isGlued(context, number.next);
}

/**
 * A dot and digits glued after the letters glued to a number: a model's code (`9HA.02`, `7HA.03`), not a quantity
 * of the letters as a unit. `5HA.` closing a sentence keeps its unit.
 */
function isModelSuffix(context: FigureContext, at: number): boolean {
  return context.tokens[at]?.text === '.' && isGlued(context, at) && kindAt(context, at + 1) === DIGITS && isGlued(context, at + 1);
}

/**
 * A number that names something whatever follows: after a label noun (`nhóm 2`, `tầng 5`, `nhà máy số 2`) or after a
 * name or code (`APEC 2017`, `iPhone 15`, `ISO 9001`).
 */
export function isNamedByWordBefore(context: FigureContext, number: FigureNumber): boolean {
  if (isLabelled(context, number.first)) return true;
  if (followsNumberedBodyWord(context, number)) return true;
  if (endsNumberedForceName(context, number)) return true;
  return isWordAt(context, number.first - 1) && !isGlued(context, number.first) && isNameWord(context, number.first - 1) &&
    !isReceiverOfGiving(context, number.first - 1);
}

/**
 * Whether the word at `index` is whom a verb of giving right before it gives to (`đặt hàng Trường 2 đề tài`, `bàn
 * giao trường 4 lớp học`): a label word or a name there names the receiver, and the number after it counts what is
 * given.
 */
function isReceiverOfGiving(context: FigureContext, index: number): boolean {
  return !isGlued(context, index + 1) && isWordAt(context, index) && isWordAt(context, index - 2) && isWordAt(context, index - 1) &&
    isWordPairAt(context, index - 2, GIVING_VERB_PHRASES);
}

/** Verbs that send or hand a thing over `cho` (to) someone: `chuyển cho bệnh viện 214 thông báo`. */
const SENDING_VERBS: ReadonlySet<string> = new Set(['chuyển', 'giao', 'gửi', 'cấp', 'trao', 'tặng', 'phát', 'bán']);
/** Grade labels, whose number names the grade even after `cho` (`cấp cho lớp 5 học sinh giỏi`: the fifth grade's). */
const GRADE_LABELS: ReadonlySet<string> = new Set(['lớp', 'khối']);

/**
 * Whether the label word (one or two) starting at `label`, in lower case, is whom a thing is sent to, after a verb of
 * sending and `cho` (`PC08 đã chuyển cho bệnh viện 214 thông báo`, `giao cho trường 30 máy tính`): the number at
 * `index` then counts what is sent, a lower-case noun after it, and names no hospital or school.
 */
function isReceiverAfterCho(context: FigureContext, label: number, index: number): boolean {
  const { tokens } = context;
  if (tokens[label - 1]?.key !== 'cho' || !isLowerWordAt(context, label - 1) || !isLowerWordAt(context, label)) return false;
  if (!isLowerWordAt(context, index + 1) || isGlued(context, index + 1) || GRADE_LABELS.has(tokens[label]?.key ?? '')) return false;
  return isLowerWordAt(context, label - 2) && SENDING_VERBS.has(tokens[label - 2]?.key ?? '');
}

/**
 * Two-syllable words that, capitalized inside a name, take a number as the rest of the name: a numbered region
 * (`Chi nhánh Khu vực 5`), a steering committee named by the decision that set it up (`Ban Chỉ đạo 389`).
 */
const NUMBERED_BODY_WORDS: ReadonlyArray<readonly [string, string]> = [['khu', 'vực'], ['chỉ', 'đạo']];

/**
 * The number follows one of NUMBERED_BODY_WORDS written capitalized inside a sentence (`NHNN Chi nhánh Khu vực 5`,
 * `Ban Chỉ đạo 389 tỉnh`): the body's name, no count (`khu vực 3 xã`, in lower case, counts; so does a sentence's
 * first word, `Khu vực 3 xã ven biển`).
 */
function followsNumberedBodyWord(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  const head = number.first - 2;
  const first = tokens[head];
  const second = tokens[head + 1];
  if (!first || !second || isGlued(context, number.first) || !isWordAt(context, head) || !isWordAt(context, head + 1)) return false;
  // the letter case first: it rules out nearly every number (a lower-case word before it), at a comparison of two
  // characters, where the words' pair is compared as strings and the sentence's start searched for
  if (isGlued(context, head + 1) || !isCapitalizedAt(context, head) || !isLowerWordAt(context, head + 1)) return false;
  return isKeyPairAt(tokens, head, NUMBERED_BODY_WORDS) && !opensSentence(context, head);
}

/**
 * Whether the tokens at `at` and `at + 1` are, by their keys, one of `pairs` (`khu vực`, `dự án`, `công ty`). A loop,
 * no closure: it runs for nearly every number.
 */
function isKeyPairAt(tokens: FigureContext['tokens'], at: number, pairs: ReadonlyArray<readonly [string, string]>): boolean {
  const one = tokens[at]?.key;
  const two = tokens[at + 1]?.key;
  if (one === undefined || two === undefined) return false;
  for (let index = 0; index < pairs.length; index += 1) {
    const pair = pairs[index] as readonly [string, string];
    if (one === pair[0] && two === pair[1]) return true;
  }
  return false;
}

/**
 * Armed and law-enforcement branches, as written inside a numbered unit's or school's name after its capitalized
 * first syllable (`Vùng Cảnh sát biển 4`, `Trường Sĩ quan Lục quân 2`, `Sư đoàn Bộ binh 5`), in lower case.
 */
const FORCE_BRANCHES: ReadonlyArray<readonly string[]> = [
  ['cảnh', 'sát', 'biển'], ['hải', 'quân'], ['lục', 'quân'], ['không', 'quân'], ['phòng', 'không'], ['biên', 'phòng'],
  ['bộ', 'binh'], ['pháo', 'binh'], ['công', 'binh'], ['đặc', 'công'], ['thông', 'tin'], ['chính', 'trị'],
  ['kiểm', 'ngư'], ['tăng', 'thiết', 'giáp'], ['hóa', 'học'], ['kỹ', 'thuật'],
];
/** The last word of each of FORCE_BRANCHES: the word before a number ends none of them, most often. */
const FORCE_BRANCH_LAST_WORDS: ReadonlySet<string> = new Set(FORCE_BRANCHES.map((branch) => branch[branch.length - 1] ?? ''));
/** Heads of a unit or a school numbered after its branch (`Vùng`, `Sĩ quan`, `Sư đoàn`), in lower case. */
const FORCE_HEADS: ReadonlyArray<readonly string[]> = [
  ['vùng'], ['sĩ', 'quan'], ['quân', 'đoàn'], ['sư', 'đoàn'], ['binh', 'đoàn'], ['lữ', 'đoàn'], ['trung', 'đoàn'], ['hải', 'đoàn'], ['hải', 'đội'],
];

/** The words of `phrase` end at token `last`, the first capitalized, none glued to the one before it. */
function capitalizedPhraseEndsAt(context: FigureContext, last: number, phrase: readonly string[]): boolean {
  const first = last - phrase.length + 1;
  if (!isCapitalizedAt(context, first)) return false;
  return phrase.every((key, at) => context.tokens[first + at]?.key === key && isWordAt(context, first + at)
    && (at === 0 || !isGlued(context, first + at)));
}

/**
 * The number ends the name of a unit or a school numbered after its branch: a capitalized head, a capitalized branch,
 * then the number (`Bộ Tư lệnh Vùng Cảnh sát biển 4 bắt giữ`, `Trường Sĩ quan Lục quân 2 tuyển`): the unit's name, no
 * count of the word after it. Both words are checked, so a branch alone keeps its count (`Hải quân 3 tàu`).
 */
function endsNumberedForceName(context: FigureContext, number: FigureNumber): boolean {
  if (isGlued(context, number.first)) return false;
  // one lookup of the word before the number, where each branch's first word would be looked at in turn
  if (!FORCE_BRANCH_LAST_WORDS.has(context.tokens[number.first - 1]?.key ?? '')) return false;
  for (const branch of FORCE_BRANCHES) {
    if (!capitalizedPhraseEndsAt(context, number.first - 1, branch)) continue;
    const headLast = number.first - 1 - branch.length;
    return FORCE_HEADS.some((head) => capitalizedPhraseEndsAt(context, headLast, head));
  }
  return false;
}

/** Lower-case words naming a hamlet or a village, whose name may end in a number: `thôn An Ninh 3`, `ấp Phú Hòa 2`. */
const HAMLET_WORDS: ReadonlySet<string> = new Set(['thôn', 'ấp', 'xóm', 'bản', 'làng', 'khóm', 'buôn', 'sóc', 'phum']);
/** The most capitalized words a hamlet's name may have before its number. */
const HAMLET_NAME_WORDS = 3;

/**
 * The number ends a hamlet's name: a hamlet word in lower case, then one to HAMLET_NAME_WORDS capitalized words, then
 * the number (`ở thôn An Ninh 3 giờ đã tự nộp hồ sơ`: the hamlet An Ninh 3, and `giờ` "now", no three hours).
 */
export function endsHamletName(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  if (isGlued(context, number.first)) return false;
  let at = number.first - 1;
  let words = 0;
  while (words < HAMLET_NAME_WORDS && isWordAt(context, at) && isCapitalizedAt(context, at) && !isGlued(context, at + 1)) {
    at -= 1;
    words += 1;
  }
  return words > 0 && isLowerWordAt(context, at) && HAMLET_WORDS.has(tokens[at]?.key ?? '');
}

/**
 * A number after a code of an acronym, a hyphen and a capitalized word (`HG-Mặn 01`, `OM-Thơm 05`, `VN-Index 1.250`):
 * the number is the code's, naming a variety or a model, unless a unit the lexicon knows follows (`VN-Index 1.250
 * điểm` counts). `Covid-19`, glued, is read by followsCode.
 */
export function followsHyphenedCode(context: FigureContext, number: FigureNumber): boolean {
  const at = number.first - 1;
  const word = context.tokens[at];
  const head = context.tokens[at - 2];
  if (!word || !head || isGlued(context, number.first) || !isWordAt(context, at) || !isCapitalizedAt(context, at)) return false;
  if (context.tokens[at - 1]?.text !== '-' || !isGlued(context, at) || !isGlued(context, at - 1) || !isWordAt(context, at - 2)) return false;
  return isAcronym(head.text);
}

/** Two capitals or more, and no lower-case letter: `HG`, `OM`, `VN`, `HTX`. */
export function isAcronym(text: string): boolean {
  if (text.length < 2) return false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/** Labels of lists and groups, whose number counts the noun after it. */
const GROUP_LABELS = new Set(['top', 'nhóm', 'tốp']);

/**
 * `Top 10 doanh nghiệp`, `nhóm 3 người`: a list or a group of so many things, counted when a noun follows (`lọt top
 * 10`, `nhóm 2` alone are a rank and a name, a label's number).
 */
export function followsGroupLabel(context: FigureContext, number: FigureNumber): boolean {
  const before = context.tokens[number.first - 1];
  return before !== undefined && isWordAt(context, number.first - 1) && GROUP_LABELS.has(before.key) && !isGlued(context, number.first);
}

/** Labels of a room, a team or a fleet (`phòng`, `đội`, `tổ`), whose number may count the people or vehicles it holds. */
const CAPACITY_LABELS: ReadonlySet<string> = new Set(['phòng', 'đội', 'tổ', 'kíp', 'toa', 'khoang']);
/** Nouns of the people, places and vehicles a room, team or fleet holds: the first word of the noun counted. */
const HELD_NOUNS: ReadonlySet<string> = new Set(['người', 'xe', 'chỗ', 'giường', 'ghế', 'tàu', 'thuyền']);

/**
 * `phòng 8 người`, `đội 14 xe tải`, `tổ 3 người`: a room, a team or a fleet told by how many people or vehicles it
 * holds, whose number counts them (`phòng 301`, `Đội 3` alone, a capitalized label inside a sentence, are names).
 */
export function followsCapacityLabel(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  const label = number.first - 1;
  const before = tokens[label];
  if (!before || isGlued(context, number.first) || !CAPACITY_LABELS.has(before.key)) return false;
  if (!isLowerWordAt(context, label) && !opensSentence(context, label)) return false;
  const held = tokens[number.next];
  return held !== undefined && isWordAt(context, number.next) && !isGlued(context, number.next) && HELD_NOUNS.has(held.key);
}

/** Texts told by their length (`bài`, an article or a piece), and the words or pages their number counts. */
const TEXT_LABEL_KEY = 'bài';
const TEXT_LENGTH_UNITS: ReadonlySet<string> = new Set(['chữ', 'từ', 'trang']);

/**
 * `bài 800 chữ`, `bài 2.000 từ`, `bài 12 trang`: a piece of writing told by its length, whose digits count its words or
 * pages (`bài 3` alone, `Bài 5 ôn tập`, are a lesson's name). `unit` is the counted noun after the number.
 */
export function followsTextLabel(context: FigureContext, number: FigureNumber, unit: string): boolean {
  const label = number.first - 1;
  return TEXT_LENGTH_UNITS.has(unit.toLowerCase()) && context.tokens[label]?.key === TEXT_LABEL_KEY && isWordAt(context, label)
    && !isGlued(context, number.first) && kindAt(context, number.first) === DIGITS;
}

/** Project labels, two syllables each (`dự án`, `đề án`), whose number counts the works it is made of. */
const PROJECT_LABELS: ReadonlyArray<readonly [string, string]> = [['dự', 'án'], ['đề', 'án']];

/**
 * `Dự án 5 tuyến buýt điện`, `dự án 3 nhà máy xử lý rác`: a project told by the works it builds, whose number
 * counts them when digits without a leading zero come before a noun the lexicon counts (`Đề án 06 của Chính phủ`,
 * `dự án 2 chậm tiến độ` are a project's name). `known` says the noun after the number is the lexicon's.
 */
export function followsProjectLabel(context: FigureContext, number: FigureNumber, known: boolean): boolean {
  const { tokens } = context;
  const first = tokens[number.first];
  if (!known || !first || isGlued(context, number.first) || kindAt(context, number.first) !== DIGITS || first.text.startsWith('0')) return false;
  const head = number.first - 2;
  return isKeyPairAt(tokens, head, PROJECT_LABELS) && isWordAt(context, head) && isWordAt(context, head + 1) && !isGlued(context, head + 1);
}

/** Heads of a body's name that may end in a number, capitalized: `Công ty Truyền tải điện 1`, `Nhà máy Thủy điện 2`. */
const NUMBERED_BODY_HEADS: ReadonlyArray<readonly [string, string]> = [['công', 'ty'], ['nhà', 'máy'], ['xí', 'nghiệp']];
/** The most words of a body's name between its head and its number (`Truyền tải điện`). */
const NUMBERED_BODY_NAME_WORDS = 4;

/**
 * The number, with no unit, ends a body's name: a capitalized head (NUMBERED_BODY_HEADS), a capitalized word opening
 * the name, a few more words, then the number, nothing but spaces between (`bàn giao cho Công ty Truyền tải điện 1
 * quản lý`): the body's name, no figure.
 */
function endsNumberedBodyName(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  if (isGlued(context, number.first)) return false;
  for (let words = 1; words <= NUMBERED_BODY_NAME_WORDS; words += 1) {
    const opening = number.first - words;
    if (!isWordAt(context, opening) || isGlued(context, opening + 1)) return false;
    const head = opening - 2;
    const headFound = isKeyPairAt(tokens, head, NUMBERED_BODY_HEADS) && isWordAt(context, head + 1) && !isGlued(context, head + 1)
      && !isGlued(context, opening);
    if (headFound && isCapitalizedAt(context, head) && isCapitalizedAt(context, opening)) return true;
  }
  return false;
}

/** Labels of a dwelling (`căn hộ 2 phòng ngủ`), and the parts of one its number counts (`nhà 3 tầng`). */
const DWELLING_LABELS: ReadonlyArray<readonly string[]> = [['căn', 'hộ'], ['căn'], ['nhà'], ['biệt', 'thự'], ['nhà', 'phố']];
const DWELLING_PARTS: ReadonlySet<string> = new Set(['phòng', 'phòng ngủ', 'phòng tắm', 'phòng vệ sinh', 'tầng', 'wc', 'toilet']);

/**
 * `căn hộ 2 phòng ngủ`, `nhà 3 tầng`: a dwelling described by how many rooms or floors it has, whose number counts
 * them (`căn hộ 2` alone, `nhà 5 ở cuối ngõ`, are a dwelling's name); a building by its use too (`nhà trạm 2 tầng`).
 * `unit` is the counted noun after the number.
 */
export function followsDwellingLabel(context: FigureContext, number: FigureNumber, unit: string): boolean {
  if (!DWELLING_PARTS.has(unit.toLowerCase()) || isGlued(context, number.first)) return false;
  const { tokens } = context;
  if (DWELLING_LABELS.some((label) => label.every((key, at) => {
    const index = number.first - label.length + at;
    return tokens[index]?.key === key && isWordAt(context, index);
  }))) return true;
  // `nhà trạm 2 tầng`, `nhà xưởng 3 tầng`: a building called `nhà` and its use, whose floors the number counts.
  const use = number.first - 1;
  return unit.toLowerCase() === FLOORS && tokens[use - 1]?.key === BUILDING_KEY && isWordAt(context, use - 1)
    && isLowerWordAt(context, use) && !isGlued(context, use);
}

/** The floors of a building, which its number counts after the building's noun and use (`nhà trạm 2 tầng`). */
const FLOORS = 'tầng';
/** A building's noun, before its use (`nhà trạm`, `nhà xưởng`, `nhà kho`). */
const BUILDING_KEY = 'nhà';

/** Labels of an area in lower case (`vùng`, `khu vực`), and the places its number counts (`vùng 4 huyện`). */
const AREA_LABELS: ReadonlySet<string> = new Set(['vùng', 'miền']);
const AREA_PARTS: ReadonlySet<string> = new Set(['tỉnh', 'thành phố', 'tỉnh, thành', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thôn', 'bản', 'làng']);

/**
 * `vùng 4 huyện núi đá`: an area told by the places it covers, whose number counts them (`Vùng 4 Hải quân`, `vùng 2`
 * alone, are a numbered region's name). `unit` is the counted noun after the number.
 */
export function followsAreaLabel(context: FigureContext, number: FigureNumber, unit: string): boolean {
  const { tokens } = context;
  const before = tokens[number.first - 1];
  if (!before || !AREA_PARTS.has(unit) || isGlued(context, number.first) || !isLowerWordAt(context, number.first - 1)) return false;
  return AREA_LABELS.has(before.key) || (before.key === 'vực' && tokens[number.first - 2]?.key === 'khu' &&
    (isLowerWordAt(context, number.first - 2) || opensSentence(context, number.first - 2)));
}

/** Devices named by the technique they use, written as an acronym after them (`máy CT`, `hệ thống DSA`). */
const DEVICE_HEADS: ReadonlyArray<readonly string[]> = [['máy'], ['thiết', 'bị'], ['hệ', 'thống'], ['dàn']];

/**
 * `máy CT 128 lát cắt`, `hệ thống MRI 3 kênh`: a device called by its technique's acronym, whose number counts a part
 * of it (a model's name is no acronym in capitals after such a word: `điện thoại iPhone 15`).
 */
export function followsDeviceKind(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  const acronym = tokens[number.first - 1];
  if (!acronym || !isWordAt(context, number.first - 1) || isGlued(context, number.first) || acronym.text.length < 2) return false;
  if (acronym.text !== acronym.text.toUpperCase() || acronym.text === acronym.key) return false;
  return DEVICE_HEADS.some((head) => head.every((key, at) => {
    const index = number.first - 1 - head.length + at;
    return tokens[index]?.key === key && isWordAt(context, index) && !isCapitalizedAt(context, index);
  }));
}

/** The most letters glued after a digit in a technique's code (`3D`, `5G`, `4K`, `4DX`). */
const TECHNIQUE_CODE_LETTERS = 3;

/**
 * `phòng chiếu 3D 60 chỗ ngồi`, `mạng 5G 1.200 trạm`, `màn hình 4K 2 chiếc`: a technique written as a digit and capitals
 * (`3D`, `5G`, `4K`) tells what kind a thing is, and the number after it counts the noun the lexicon knows after it; it
 * is no name's number (`iPhone 15`, `APEC 2017` have no digit glued before their letters).
 */
export function followsTechniqueCode(context: FigureContext, number: FigureNumber, known: boolean): boolean {
  if (!known || isGlued(context, number.first)) return false;
  const letters = context.tokens[number.first - 1];
  if (!letters || !isWordAt(context, number.first - 1) || !isGlued(context, number.first - 1)) return false;
  if (letters.text.length > TECHNIQUE_CODE_LETTERS || letters.text !== letters.text.toUpperCase() || letters.text === letters.key) return false;
  const digit = context.tokens[number.first - 2];
  return digit !== undefined && kindAt(context, number.first - 2) === DIGITS && digit.text.length === 1 && !isGlued(context, number.first - 2);
}

/** Words before a number or a range that make it an age: `ở độ tuổi từ 30 đến 55`, `lứa tuổi 6 – 11`. */
export function followsAgeWord(context: FigureContext, opening: number): boolean {
  const before = context.tokens[opening - 1];
  return before !== undefined && before.key === 'tuổi' && isWordAt(context, opening - 1) && !isGlued(context, opening);
}

/** The most words a place name before a number is looked up with (`Bà Rịa Vũng Tàu`). */
const MAX_PLACE_WORDS_BEFORE = 4;

/**
 * The words just before the number end in a place's name (`hơn Việt Nam 26 bậc`, `Hà Nội 3 ngày`): a place takes no
 * number as part of its name, so the number counts what follows it, where a product's or an event's would not
 * (`iPhone 15`, `SEA Games 32`).
 */
export function followsPlaceName(context: FigureContext, number: FigureNumber): boolean {
  return !isGlued(context, number.first) && placeNameEndsAt(context, number.first - 1);
}

/** The words up to token `lastIndex` (itself included) end in a place's name (`Việt Nam`, `Hải Phòng`). */
function placeNameEndsAt(context: FigureContext, lastIndex: number): boolean {
  const { tokens, text } = context;
  const last = tokens[lastIndex];
  if (!last || !isWordAt(context, lastIndex)) return false;
  for (let words = 1; words <= MAX_PLACE_WORDS_BEFORE; words += 1) {
    const first = tokens[lastIndex + 1 - words];
    if (!first || !isWordAt(context, lastIndex + 1 - words) || (words > 1 && isGlued(context, lastIndex + 2 - words))) return false;
    if (lookupPlace(text.slice(first.start, last.end))) return true;
  }
  return false;
}

/**
 * A number with no unit that names or dates something: named by the word before it (isNamedByWordBefore), after a
 * date word (`năm 2020`, `tháng 6`), a version
 * (`4.0`) or a year standing alone.
 */
export function isNameOrDateNumber(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  const first = tokens[number.first];
  if (!first) return true;
  if (followsLabel(context, number.first, DATE_WORD_PHRASES)) return true;
  if (isLabelled(context, number.first) || followsHyphenedCode(context, number)) return true;
  // `hệ số Elo 2.612`, `Chỉ số PMI 1.050`: digits grouped by thousands after a name are an amount the name has; a
  // name's own number is written ungrouped (`ISO 9001`, `APEC 2017`, `iPhone 15`).
  if (isNamedByWordBefore(context, number) && !isThousandsGrouped(context, number)) return true;
  if (followsGradeWord(context, number)) return true;
  if (endsNumberedBodyName(context, number)) return true;
  if (continuesNumberedList(context, number.first)) return true;
  if (kindAt(context, number.first) === DIGITS) {
    if (isPurityGrade(context, number)) return true;
    if (isVersionDigits(first.text)) return true; // `4.0`, `2.5`: versions, English decimals with no unit
    if (isYearNumber(context, number)) return true;
  }
  return false;
}

/** Thousands grouped by dots, one token alone: `2.612`, `15.000.000` (never `2.5`, `4.0`, `999.9`). */
const THOUSANDS_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;

export function isThousandsGrouped(context: FigureContext, number: FigureNumber): boolean {
  const token = context.tokens[number.first];
  return number.next === number.first + 1 && token !== undefined && kindAt(context, number.first) === DIGITS && THOUSANDS_GROUPED.test(token.text);
}

/**
 * `nấm loại 1`, `gạo loại 2 (hạt dài)`: a grade of a product, a class's name, when no unit follows (a unit after it
 * counts: `xe loại 7 chỗ`, `căn hộ loại 2 phòng ngủ`; before the word, the number counts kinds: `3 loại nấm`).
 */
function followsGradeWord(context: FigureContext, number: FigureNumber): boolean {
  const before = context.tokens[number.first - 1];
  return before !== undefined && before.key === 'loại' && isWordAt(context, number.first - 1) && !isGlued(context, number.first);
}

/** Gold and silver words that a purity grade follows: `vàng 9999`, `nhẫn tròn 999.9`, `bạc 999`. */
const PRECIOUS_METAL_WORDS = new Set(['vàng', 'bạc', 'nhẫn', 'miếng', 'trơn', 'tròn', 'ta']);
/** Purity grades in nines: `999`, `9999`, `99,99`, `999,9`, `99.99`, `999.9`. */
const PURITY_GRADES = new Set(['999', '9999', '99,99', '999,9', '99.99', '999.9', '99,9', '99.9']);

/** Gold's purity in karats, the `K` glued: `18K`, `24K` (no thousands). */
const KARAT_GRADES = new Set(['9K', '10K', '14K', '16K', '18K', '22K', '24K']);

/**
 * `vàng 9999`, `vàng nhẫn 999.9`, `bạc 999`, `vàng 18K`, `vàng trang sức 18K`: a grade of purity, named by the metal
 * (or jewellery, `trang sức`) before it, no quantity.
 */
function isPurityGrade(context: FigureContext, number: FigureNumber): boolean {
  const first = context.tokens[number.first];
  const last = context.tokens[number.next - 1];
  const before = context.tokens[number.first - 1];
  if (!first || !last || !before || !isWordAt(context, number.first - 1) || isGlued(context, number.first)) return false;
  if (!PRECIOUS_METAL_WORDS.has(before.key) && before.key !== 'sức') return false;
  const written = context.text.slice(first.start, last.end);
  return KARAT_GRADES.has(written) || (before.key !== 'sức' && PURITY_GRADES.has(written));
}

/** Digits, a dot and one or two digits: `4.0`, `2.5` (a dot before three digits groups thousands). */
function isVersionDigits(digits: string): boolean {
  const dot = digits.indexOf('.');
  if (dot < 1 || digits.length - dot - 1 < 1 || digits.length - dot - 1 > 2) return false;
  for (let at = 0; at < digits.length; at += 1) {
    const code = digits.charCodeAt(at);
    if (at !== dot && (code < 48 || code > 57)) return false;
  }
  return true;
}

/** A number that may be a year: four digits alone, from 1800 to 2099 (`1890`, `2024`). */
export function isYearNumber(context: FigureContext, number: FigureNumber): boolean {
  const token = context.tokens[number.first];
  if (number.next !== number.first + 1 || token === undefined || kindAt(context, number.first) !== DIGITS) return false;
  const digits = token.text;
  if (digits.length !== 4) return false;
  for (let at = 0; at < 4; at += 1) if (!isAsciiDigit(digits.charCodeAt(at))) return false;
  const century = (digits.charCodeAt(0) - 48) * 10 + digits.charCodeAt(1) - 48;
  return century === 18 || century === 19 || century === 20;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** After a noun that takes a number as a name: `nhà máy số 2`, `nhóm 2`, `phòng 301` (`tổng số 100` is a count). */
export function isLabelled(context: FigureContext, index: number): boolean {
  const { tokens } = context;
  if (isGlued(context, index)) return false;
  // `Mã bài: 123456`: a label and a colon.
  const colon = tokens[index - 1]?.text === ':' ? 1 : 0;
  const before = tokens[index - 1 - colon];
  if (!before || !isWordAt(context, index - 1 - colon)) return false;
  const twoBefore = isWordAt(context, index - 2 - colon) ? tokens[index - 2 - colon] : undefined;
  if (twoBefore && isWordPairAt(context, index - 2 - colon, NAME_LABEL_PHRASES)) return colon === 1 || !isReceiverAfterCho(context, index - 2, index);
  if (!isInSetAt(context, index - 1 - colon, NAME_LABEL_SET)) return false;
  if (!colon && isReceiverAfterCho(context, index - 1, index)) return false;
  // `- Hải Phòng: 28 suất`: a list's item named by a place that ends in a label's word, and its number after the colon.
  if (colon && isCapitalizedAt(context, index - 2) && placeNameEndsAt(context, index - 2)) return false;
  if (!colon && isEachNounBefore(context, index, index + 1)) return false;
  if (!colon && isWholeNounBefore(context, index)) return false;
  // `tôi tập 6 buổi mỗi tuần`, `ca 2 lần`: a number that counts sessions or times after it names nothing.
  const after = tokens[index + 1];
  if (!colon && after && isWordAt(context, index + 1) && !isGlued(context, index + 1) && TIMES_NOUNS.has(after.text)) return false;
  // `một lô 2.400 chiếc`, `lô 20 tấn`: a group's label and the count of the pieces in it.
  if (!colon && after && isWordAt(context, index + 1) && !isGlued(context, index + 1) && PIECE_NOUNS.has(after.text) && BATCH_LABELS.has(before.key)) return false;
  if (before.key === 'số' && twoBefore && QUANTITY_BEFORE_SO.has(twoBefore.key)) return false;
  // `đã cấp 200 giấy phép`, `cung cấp 500 máy tính`: the label word is a verb here.
  // (A pair written with a capital inside a sentence names a room of its own, whose number is its name: `tại Hội
  // trường 2`, `Khán phòng 1`.)
  if (twoBefore && !colon && (VERB_BEFORE_LABEL.has(twoBefore.key) ||
    (isWordPairAt(context, index - 2 - colon, VERB_BEFORE_LABEL_PHRASES) && !isNameWord(context, index - 2)))) return false;
  if (!colon && isReceiverOfGiving(context, index - 1)) return false;
  // `(DAAD) cấp 30 suất học bổng`: right after a body's bracketed short name the label word is what the body does, a
  // verb, when a noun the lexicon counts follows the number.
  if (!colon && tokens[index - 2]?.text === ')' && kindAt(context, index - 2) === PUNCT && isLowerWordAt(context, index + 1) && !isGlued(context, index + 1)
    && phraseAt(context, index + 1, COUNTED_NOUN_PHRASES, 5) !== null) return false;
  return true;
}

/** A capitalized word that is not just a sentence's first word, or a word in capitals (`ISO`, `APEC`, `Hai`). */
function isNameWord(context: FigureContext, index: number): boolean {
  const token = context.tokens[index];
  if (!token || !isWordAt(context, index)) return false;
  // A word in lower case (its key as written) has no capital at all.
  if (token.text === token.key) return false;
  // Capitals after the first letter: `ISO`, `APEC`, `iPhone`, `VinFast`.
  if (token.text.slice(1) !== token.text.slice(1).toLowerCase()) return true;
  return isCapitalizedAt(context, index) && !opensSentence(context, index);
}

/** The number follows one of `labels` (one or two words, an optional colon between): `Hotline: 1900`. */
function followsLabel(context: FigureContext, index: number, labels: PhraseTree): boolean {
  const { tokens } = context;
  let at = index - 1;
  if (tokens[at]?.text === ':') at -= 1;
  const last = tokens[at];
  if (!last || !isWordAt(context, at)) return false;
  if (isWordEntryAt(context, at, labels)) return true;
  return isWordAt(context, at - 1) && isWordPairAt(context, at - 1, labels);
}

/**
 * A model's number, two groups of digits joined by a hyphen glued on both sides after a name or code (`ATR 72-600`,
 * `Boeing 737-800`): no range, when no unit follows. `upper` is the number after the hyphen.
 */
export function isModelNumberPair(context: FigureContext, lower: FigureNumber, upper: FigureNumber): boolean {
  if (kindAt(context, lower.first) !== DIGITS || kindAt(context, upper.first) !== DIGITS) return false;
  if (upper.first !== lower.next + 1 || !isGlued(context, lower.next) || !isGlued(context, upper.first)) return false;
  const dash = context.tokens[lower.next]?.text;
  if (dash !== '-' && dash !== '–') return false;
  return isWordAt(context, lower.first - 1) && !isGlued(context, lower.first) && isNameWord(context, lower.first - 1);
}

/**
 * Four digits or more with no thousands dot, no year and no unit: a code or a registration number (`tàu Kiểm ngư
 * 4033`, `mã 5821`), since a quantity of thousands is written with its dots (`4.033`).
 */
export function isUngroupedCode(context: FigureContext, number: FigureNumber): boolean {
  const token = context.tokens[number.first];
  if (number.next !== number.first + 1 || token === undefined || kindAt(context, number.first) !== DIGITS) return false;
  const digits = token.text;
  // `Lượt xem: 1233`: a number after a colon is a label's value, counted.
  if (digits.length < 4 || context.tokens[number.first - 1]?.text === ':') return false;
  for (let at = 0; at < digits.length; at += 1) if (!isAsciiDigit(digits.charCodeAt(at))) return false;
  return !isYearNumber(context, number);
}

/** Words of comparison before a name and a number: `kém Đà Nẵng 3 điểm`, `hơn Thái Lan 2 bậc`. */
const COMPARING_WORDS: ReadonlySet<string> = new Set(['kém', 'hơn', 'thua', 'vượt']);
/** The most capitalized words a name compared may have. */
const MAX_COMPARED_NAME_WORDS = 6;
/** The most lower-case words between the word of comparison and the name: `kém đội xếp thứ chín là X`. */
const MAX_WORDS_BEFORE_COMPARED_NAME = 6;

/**
 * The number follows a name after a word of comparison, a few lower-case words of the clause at most between
 * (`kém Tây Nguyên Đại Ngàn 3 điểm`, `thua đội chủ nhà là Hà Nội FC 2 bàn`): the name takes no number, the number is how far apart the two are, and counts the noun after it.
 */
export function followsComparedName(context: FigureContext, number: FigureNumber): boolean {
  const { tokens } = context;
  if (isGlued(context, number.first)) return false;
  let at = number.first - 1;
  let words = 0;
  while (words < MAX_COMPARED_NAME_WORDS && isWordAt(context, at) && isNameWord(context, at)) {
    if (words > 0 && isGlued(context, at + 1) && tokens[at + 1]?.text !== '-') return false;
    at -= 1;
    words += 1;
    // `kém PVF-CAND 2 điểm`: a name's parts joined by a hyphen glued on both sides.
    if (tokens[at]?.text === '-' && isGlued(context, at) && isGlued(context, at + 1) && isWordAt(context, at - 1) && isNameWord(context, at - 1)) at -= 1;
  }
  if (words === 0) return false;
  // `kém đội xếp thứ chín là Tây Nguyên 3 điểm`: a few lower-case words of the clause may stand between.
  for (let between = 0; between <= MAX_WORDS_BEFORE_COMPARED_NAME; between += 1, at -= 1) {
    const word = tokens[at];
    if (word === undefined || !isWordAt(context, at) || word.text !== word.key) return false;
    if (COMPARING_WORDS.has(word.key)) return true;
  }
  return false;
}

/** The most numbers a list after `số` is followed back over (`ao số 7, 8 và 11`). */
const NUMBERED_LIST_ITEMS = 8;

/**
 * `tôm ở các ao số 7, 8 và 11`: a number with no unit after a comma or `và` that goes on a list of numbers opened by
 * `số` names one more thing of the list (the ponds numbered 8 and 11), no figure. Followed back over at most
 * NUMBERED_LIST_ITEMS numbers of one token each.
 */
function continuesNumberedList(context: FigureContext, first: number): boolean {
  const { tokens } = context;
  let at = first - 1;
  for (let items = 0; items < NUMBERED_LIST_ITEMS; items += 1) {
    const separator = tokens[at];
    if (!separator || !(separator.text === ',' || (separator.key === 'và' && isWordAt(context, at)))) return false;
    at -= 1;
    if (tokens[at]?.text === ',' && separator.key === 'và') at -= 1;
    if (kindAt(context, at) !== DIGITS) return false;
    const before = tokens[at - 1];
    if (before && before.key === 'số' && isLowerWordAt(context, at - 1) && !isGlued(context, at)) return true;
    at -= 1;
  }
  return false;
}
