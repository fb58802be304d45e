// Words of bylines, author lines and attribution lines as Vietnamese news sites write them. Keys are folded
// (extractors/shared/vietnamese.ts foldKey); the regex sources are built from the same lists.
import { foldKey } from '../shared/vietnamese.js';

export type BylineField = 'author' | 'date' | 'views';

/** `Người viết: Nguyen Nam - Ngày viết: ... - Lượt xem: 1233`: the label before the colon says the field. */
const BYLINE_LABEL_LIST: ReadonlyArray<readonly [string, BylineField]> = [
  ['người viết', 'author'], ['tác giả', 'author'], ['bài', 'author'], ['bài và ảnh', 'author'], ['bài, ảnh', 'author'],
  ['bài/ảnh', 'author'], ['tin, ảnh', 'author'], ['tin và ảnh', 'author'], ['tin/ảnh', 'author'], ['bài & ảnh', 'author'], ['người đăng', 'author'], ['đăng bởi', 'author'],
  ['biên tập', 'author'], ['nhóm phóng viên', 'author'], ['thực hiện', 'author'], ['người thực hiện', 'author'],
  ['ngày viết', 'date'], ['ngày đăng', 'date'], ['đăng ngày', 'date'], ['ngày cập nhật', 'date'], ['cập nhật', 'date'],
  ['cập nhật lúc', 'date'], ['đăng lúc', 'date'], ['thời gian đăng', 'date'], ['ngày xuất bản', 'date'],
  ['xuất bản', 'date'], ['ngày', 'date'],
  ['lượt xem', 'views'], ['lượt đọc', 'views'], ['số lượt xem', 'views'], ['lượt truy cập', 'views'], ['views', 'views'],
];

export const BYLINE_LABELS: ReadonlyMap<string, BylineField> = new Map(
  BYLINE_LABEL_LIST.map(([label, field]) => [foldKey(label), field]),
);

/** Regex source of any byline label (longest first), for a case-insensitive `u` regex. */
export const BYLINE_LABEL_SOURCE = [...BYLINE_LABEL_LIST]
  .map(([label]) => label)
  .sort((a, b) => b.length - a.length)
  .map((label) => label.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'))
  .join('|');

/** Words a date line may hold besides numbers: weekdays, months, `lúc`, `GMT`, `Cập nhật`. */
export const DATE_LINE_WORDS: ReadonlySet<string> = new Set(
  [
    'thứ', 'hai', 'ba', 'tư', 'bốn', 'năm', 'sáu', 'bảy', 'chủ', 'nhật', 'cn', 't2', 't3', 't4', 't5', 't6', 't7',
    'tháng', 'giêng', 'một', 'mười', 'chạp', 'ngày', 'lúc', 'giờ', 'phút', 'gmt', 'utc', 'ict', 'sáng', 'chiều',
    'tối', 'trưa', 'am', 'pm', 'h', 'cập', 'đăng', 'viết', 'xuất', 'bản', 'thời', 'gian', 'vào', 'gmt+7', 'gmt+07',
  ].map(foldKey),
);

/**
 * Words that govern a date in a sentence (`ngày 11/01/2024`, `sáng 11/01/2024`, `từ 11/01/2024`, `hôm nay
 * 11/01/2024`): a date after one of them is the sentence's, no byline run onto a title.
 */
export const DATE_GOVERNING_WORDS: ReadonlySet<string> = new Set(
  [
    'ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'nay', 'mai', 'từ', 'đến', 'tới', 'vào', 'lúc', 'trước',
    'sau', 'khi', 'hạn', 'đầu', 'cuối', 'giữa', 'kể', 'tháng', 'năm', 'hết', 'qua', 'là', 'trong', 'đợt', 'kỳ', 'phiên',
  ].map(foldKey),
);

/**
 * A site's section (rubric) that some sites print in the byline beside the date (`Thể thao | 19/10/2025 - 06:05`,
 * `Kinh tế · 02/03/2024 08:00`): neither an author nor a place, and it does not by itself make a line a byline.
 */
export const BYLINE_SECTIONS: ReadonlySet<string> = new Set(
  [
    'thời sự', 'thế giới', 'quốc tế', 'trong nước', 'kinh tế', 'kinh doanh', 'tài chính', 'chứng khoán', 'bất động sản',
    'thị trường', 'doanh nghiệp', 'đầu tư', 'xã hội', 'chính trị', 'văn hóa', 'giải trí',
    'giáo dục', 'tuyển sinh', 'thể thao', 'bóng đá', 'pháp luật', 'an ninh', 'quốc phòng', 'sức khỏe', 'y tế',
    'công nghệ', 'khoa học', 'số hóa', 'du lịch', 'đời sống', 'gia đình', 'môi trường', 'nông nghiệp', 'lao động',
    'việc làm', 'bạn đọc', 'góc nhìn', 'ý kiến', 'tin tức', 'sự kiện', 'phóng sự', 'tiêu điểm', 'địa phương',
  ].map(foldKey),
);

/** Words that open an attribution line: `Theo VietQ`, `Nguồn: Bộ Y tế`. */
export const ATTRIBUTION_CUES: readonly string[] = ['Theo', 'Nguồn', 'Nguồn tin', 'Bài theo'];

/** What may stand in parentheses after an author's name: `Minh Châu (thực hiện)`. */
export const AUTHOR_ROLE_NOTES: ReadonlySet<string> = new Set(
  ['thực hiện', 'tổng hợp', 'ghi', 'ghi chép', 'lược dịch', 'dịch', 'biên dịch', 'tổng hợp và biên dịch', 'th', 'ghi lại', 'bài và ảnh', 'ảnh']
    .map(foldKey),
);

/** Words that are capitalized in running text but never start an author's name line. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  ['theo', 'nguồn', 'ảnh', 'xin', 'trân', 'cảm', 'chân', 'video', 'clip', 'xem', 'tin', 'bài', 'kỳ', 'phần', 'ông', 'bà',
    'tp', 'tiêu', 'mục', 'chương'].map(foldKey),
);

/**
 * The last word of a noun that a proper name completes (`nghệ sĩ Thanh Hoa`, `Giám đốc Lê Văn An`, `cầu Rạch
 * Miễu`, `công ty Hòa Phát`): a name after one of them is the title's own, never the author of a byline run onto
 * the title's line (`... cho khu trung tâm Phương Linh 14h20 ngày 3/11/2025`). Keys.
 */
export const NAME_KIND_WORDS: ReadonlySet<string> = new Set(
  [
    // Address and people named by what they do: `ông`, `nghệ sĩ`, `bác sĩ`, `kỹ sư`, `diễn viên`, `cầu thủ`.
    'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cụ', 'em', 'thầy', 'cháu', 'bé', 'ngài', 'chí', 'sĩ', 'sư', 'viên',
    'thủ', 'nhân', 'gia', 'văn', 'thơ', 'báo', 'diễn', 'binh', 'đạo', 'vệ', 'môn', 'thành', 'tướng', 'tá', 'úy',
    // Posts: `Giám đốc`, `Chủ tịch`, `Bí thư`, `Bộ trưởng`, `Thủ tướng`, `Tổng thống`, `Hiệu trưởng`.
    'đốc', 'tịch', 'thư', 'trưởng', 'thống', 'lý', 'phó', 'hoàng', 'vương', 'vua', 'hậu', 'tử', 'chúa',
    // Places and works named by a proper name: `cầu`, `sông`, `đường`, `phố`, `xã`, `tỉnh`, `chùa`, `đảo`, `sân`.
    'cầu', 'sông', 'suối', 'kênh', 'hồ', 'biển', 'vịnh', 'đảo', 'núi', 'đèo', 'đồi', 'rừng', 'đường', 'phố', 'ngõ',
    'hẻm', 'chợ', 'xã', 'phường', 'huyện', 'quận', 'tỉnh', 'thôn', 'bản', 'làng', 'ấp', 'xóm', 'bến', 'cảng', 'sân',
    'đình', 'chùa', 'đền', 'miếu', 'nhà', 'tháp', 'thủy', 'điện', 'mỏ', 'cửa', 'khẩu',
    // Bodies and brands: `công ty`, `tập đoàn`, `hãng`, `thương hiệu`, `đội`, `câu lạc bộ`, `nhóm`.
    'ty', 'đoàn', 'hãng', 'hiệu', 'đội', 'bộ', 'nhóm', 'trường', 'viện', 'hội', 'ban', 'sở', 'cục', 'phim', 'sách',
    'án', 'giải', 'tàu', 'bão', 'lễ',
  ].map(foldKey),
);

/**
 * Prepositions that govern a noun phrase (`trên HOSE`, `của WHO`, `với EVN`, `tại UBND`): an acronym right after one
 * is a whole body named by its letters, and a name after it no part of that body's name. As written (lower case).
 */
export const ACRONYM_GOVERNING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'trên', 'tại', 'của', 'với', 'cho', 'từ', 'qua', 'vào', 'về', 'ở', 'sang', 'đến', 'tới', 'lên', 'và', 'cùng',
]);

/**
 * Acronyms of the acronyms lexicon's terms that ask for a name after them: a company's legal form inside its name
 * (`Ngân hàng TMCP Sông Hồng`, `Công ty TNHH Minh Phát`, `TNHH MTV`). As written.
 */
export const NAME_ASKING_ACRONYMS: ReadonlySet<string> = new Set(['TNHH', 'TMCP', 'MTV']);
