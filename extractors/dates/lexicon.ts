// The dates lexicon: month names, weekdays, quarter numerals, parts of the day, modifiers, relative words and the
// words that make a number a document number or a quantity rather than a date. Lookups by lower-case key (the text
// is NFC with tones already placed: lowerKey in candidate.ts); the words looked up where they stand in the text, around
// a match, are PhraseSets and PhraseMaps (phrases.ts).
import type { DateMod } from '../../output/schema.js';
import { PhraseMap, PhraseSet } from './phrases.js';

/** Month names after `tháng`: `tháng Sáu`, `tháng Mười Hai`, `tháng Giêng` (lunar). */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['giêng', 1], ['một', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7],
  ['bẩy', 7], ['tám', 8], ['chín', 9], ['mười', 10], ['mười một', 11], ['mười hai', 12], ['chạp', 12],
]);
/** Month names that belong to the lunar calendar. */
export const LUNAR_MONTH_WORDS: ReadonlySet<string> = new Set(['giêng', 'chạp']);
/** Regex source: a month name, longest first (use with `iu`). */
export const MONTH_WORD_SOURCE = `(?:${[...MONTH_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})`;

/** Weekdays after `thứ`, ISO numbering (Monday 1). `Chủ nhật` is 7. */
export const WEEKDAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['hai', 1], ['ba', 2], ['tư', 3], ['năm', 4], ['sáu', 5], ['bảy', 6], ['bẩy', 6],
  ['2', 1], ['3', 2], ['4', 3], ['5', 4], ['6', 5], ['7', 6],
]);
export const WEEKDAY_WORD_SOURCE = '(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])';

/** Quarter numerals as written: `quý IV`, `quý 4`. Roman numerals are written in capitals: `quý i` is no quarter. */
export const QUARTER_NUMERALS: ReadonlyMap<string, number> = new Map([
  ['I', 1], ['II', 2], ['III', 3], ['IV', 4], ['1', 1], ['2', 2], ['3', 3], ['4', 4],
]);

/** Parts of the day, and how a clock hour written with them turns into 24-hour time. */
export type DayPeriod = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';
export const DAY_PERIOD_WORDS: ReadonlyMap<string, DayPeriod> = new Map([
  ['sáng', 'morning'], ['rạng sáng', 'morning'], ['trưa', 'noon'], ['chiều', 'afternoon'], ['tối', 'evening'],
  ['đêm', 'night'], ['khuya', 'night'],
]);
/** The parts of the day as the rules' patterns try them, longest first. */
export const DAY_PERIODS: readonly string[] = ['rạng sáng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya'];
export const DAY_PERIOD_SOURCE = `(?:${DAY_PERIODS.join('|')})`;

/** `3 giờ chiều` is 15:00, `10 giờ đêm` 22:00, `2 giờ đêm` 02:00, `1 giờ trưa` 13:00. */
export function toTwentyFourHour(hour: number, period: DayPeriod | null): number {
  if (period === null || hour >= 12) return hour;
  switch (period) {
    case 'morning':
      return hour;
    case 'noon':
      return hour < 6 ? hour + 12 : hour;
    case 'afternoon':
    case 'evening':
      return hour + 12;
    case 'night':
      return hour >= 6 ? hour + 12 : hour;
  }
}

/** Modifiers written before a date: `đầu năm 2020` START, `khoảng năm 2000` APPROX. */
export const MOD_WORDS: PhraseMap<DateMod> = new PhraseMap<DateMod>([
  ['đầu', 'START'], ['thượng tuần', 'START'], ['giữa', 'MID'], ['trung tuần', 'MID'], ['cuối', 'END'],
  ['hạ tuần', 'END'], ['hết', 'END'], ['khoảng', 'APPROX'], ['chừng', 'APPROX'], ['vào khoảng', 'APPROX'], ['khoảng chừng', 'APPROX'],
]);
/**
 * Units before `đầu`/`cuối` that make a period of their own when counted: `10 tháng đầu năm 2023` is no START of
 * 2023; standing bare, they name a part of the date (`tuần đầu tháng 12`, early December: see countedUnitBefore).
 */
export const UNITS_BEFORE_MOD = new PhraseSet(['tháng', 'ngày', 'tuần', 'quý', 'năm', 'giờ', 'phút', 'kỳ']);
/**
 * A unit before `đầu`/`cuối` that a plural word counts with no number: `những tháng cuối năm 2025` (the last months
 * of 2025) are its END, as `cuối năm 2025` is, and `những ngày đầu tháng 6` is early June (START); `3 tháng cuối năm
 * 2025` and `10 ngày đầu tháng 6` stay periods of their own (UNITS_BEFORE_MOD).
 */
export const PLURAL_UNITS_BEFORE_MOD = new PhraseSet(
  ['những', 'các', 'mấy', 'vài', 'dăm'].flatMap((plural) => ['tháng', 'ngày', 'tuần'].map((unit) => `${plural} ${unit}`)),
);

/** Relative words after a unit (`năm qua`, `tháng tới`) and how many units they count from publishedAt. */
export const RELATIVE_SHIFTS: ReadonlyMap<string, number> = new Map([
  ['qua', -1], ['vừa qua', -1], ['vừa rồi', -1], ['rồi', -1], ['ngoái', -1], ['trước', -1],
  ['nay', 0], ['này', 0], ['hiện tại', 0],
  ['tới', 1], ['sắp tới', 1], ['sau', 1], ['kế tiếp', 1], ['tiếp theo', 1],
]);

/** Words before a day/month or a year in digits that make it a date (`từ 1/7`, `trước 2020`). */
export const DATE_CONTEXT_WORDS = new PhraseSet([
  'từ', 'đến', 'tới', 'vào', 'trước', 'sau', 'hết', 'hạn', 'kể từ', 'cho đến', 'tính đến', 'tính từ', 'đầu', 'giữa',
  'cuối', 'hồi', 'năm', 'trong', 'sang', 'dịp', 'since', 'tháng', 'đợt', 'tuần', 'chiều', 'sáng', 'tối', 'trưa',
  'đêm', 'ngày', 'hôm', 'lúc', 'đó là', 'tại', 'cùng', 'từ sau', 'trước khi', 'bắt đầu từ', 'kể từ ngày',
  'lễ', 'dịp', 'kỷ niệm', 'nghỉ lễ', 'ngày lễ', 'hạn chót', 'thời hạn', 'mốc',
  // a trading session's day: `đóng cửa phiên 28/7`, `phiên giao dịch 5/8`
  'phiên', 'phiên giao dịch',
  // an event's day named by the event: `ngày khai mạc 5/7`, `khởi công 12/3`, `lễ khánh thành 30/4`
  'khai mạc', 'bế mạc', 'khai trương', 'khánh thành', 'khởi công', 'khai giảng', 'bế giảng', 'động thổ',
]);

/** Words after a bare year that show it stands as a date: `2020 là năm đặc biệt`, `2021 đã chứng kiến`. */
export const YEAR_FOLLOWER_WORDS = new PhraseSet([
  'là', 'đã', 'sẽ', 'vẫn', 'cũng', 'và', 'hay', 'hoặc', 'đến', 'tới', 'trở đi', 'trở về trước', 'về trước', 'có',
  'được', 'đánh', 'chứng', 'thì', 'khi', 'vừa', 'mới', 'đang', 'trở', 'lại', 'với', 'tiếp', 'qua', 'sắp',
]);

/** Words before a bare number that make it an amount: `đạt 2020`, `gồm 2020`. */
export const QUANTITY_VERBS = new PhraseSet([
  'đạt', 'gồm', 'khoảng', 'hơn', 'gần', 'chừng', 'tăng', 'giảm', 'lên', 'xuống', 'còn', 'mất', 'có', 'tổng cộng',
  'trên', 'dưới', 'tổng', 'thu', 'chi', 'bán', 'mua', 'nộp', 'giá', 'bằng',
]);

/** Counted nouns and units after a number that make it a quantity, never a date (`2020 người`, `8/10 điểm`). */
export const QUANTITY_NOUNS = new PhraseSet([
  'người', 'doanh nghiệp', 'đồng', 'usd', 'vnd', 'vnđ', 'euro', 'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'km', 'm', 'ha',
  'tấn', 'kg', 'lượt', 'sản phẩm', 'học sinh', 'sinh viên', 'hộ', 'căn', 'chiếc', 'cái', 'con', 'xe', 'điểm', 'số',
  'phần', 'tổng', 'trong', 'lần', 'trường', 'đơn vị', 'tổ chức', 'cơ sở', 'mẫu', 'bài', 'ca', 'bệnh nhân', 'lao động',
  'thành viên', 'nước', 'quốc gia', 'dự án', 'vụ', 'ngày', 'tháng', 'năm', 'giờ', 'phút', 'km2', 'm2', 'mét', 'lít',
  'bản', 'trang', 'cuốn', 'hồ sơ', 'đại biểu', 'khách', 'du khách', 'công nhân', 'cán bộ', 'chuyên gia', 'phiếu',
]);

/**
 * Nouns of places, bodies and tasks that a share `a/b` counts (`7/10 huyện`, `3/5 xã`, `4/6 tiêu chí`), beside
 * QUANTITY_NOUNS: a day and month that only a context word makes a date (`tại`, `trong`) is a share when one of these
 * follows. Kept apart from QUANTITY_NOUNS, which also closes a month and year (`tháng 6/2024 tỉnh X` stays a date).
 */
export const SHARE_NOUNS = new PhraseSet([
  'huyện', 'xã', 'tỉnh', 'thành phố', 'thị xã', 'thị trấn', 'quận', 'phường', 'thôn', 'ấp', 'xóm', 'làng',
  'địa phương', 'địa bàn', 'khu vực', 'vùng', 'ngành', 'sở', 'ban', 'cơ quan', 'công ty', 'hợp tác xã', 'nhà máy',
  'bệnh viện', 'trạm', 'lớp', 'đội', 'trận', 'tiêu chí', 'chỉ tiêu', 'nhiệm vụ', 'mục tiêu', 'nội dung', 'hạng mục',
  'công trình', 'gói thầu', 'câu', 'môn', 'ngân hàng', 'tuyến', 'khu', 'cụm', 'điểm trường',
]);

/** Words before a number that make it a document number or a code (`Nghị định 15/2018`, `số 12/2023`). */
export const DOCUMENT_WORDS = new PhraseSet([
  'số', 'nghị định', 'thông tư', 'quyết định', 'nghị quyết', 'chỉ thị', 'công văn', 'luật', 'pháp lệnh', 'quy chuẩn',
  'tiêu chuẩn', 'tcvn', 'qcvn', 'iso', 'iec', 'no', 'mã', 'mã số', 'ký hiệu', 'tỷ lệ', 'tỉ lệ', 'tỷ số', 'tỉ số',
  'phiên bản', 'version', 'hotline', 'điện thoại', 'đt', 'tel', 'fax', 'sđt', 'lô', 'phòng', 'km', 'quốc lộ', 'ql',
  // international standards, numbered with their year (`Codex Stan 12-1981`, `ASTM D975-2021`, `JIS 3101-2020`)
  'codex', 'codex stan', 'stan', 'astm', 'jis', 'gost', 'din', 'en',
]);

/**
 * Words before a number that count it: `những năm qua`, `10 năm qua` are periods, not last year. Not `cả` ("the
 * whole of"): it takes one unit, so `cả năm nay` is this year and `cả tháng 6` is June; `cả hai năm qua` is still
 * counted, by `hai`.
 */
export const PLURAL_WORDS = new PhraseSet([
  'những', 'các', 'nhiều', 'mấy', 'vài', 'bao', 'mọi', 'mỗi', 'hàng', 'hằng', 'từng', 'một', 'hai', 'ba', 'bốn',
  'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mươi', 'trăm', 'chục', 'nghìn', 'ngàn', 'dăm',
]);
