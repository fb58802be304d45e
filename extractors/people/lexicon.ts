// Lexicons for Vietnamese person names: family names (with and without diacritics), the honorifics and academic
// titles that stand before a name without being part of it, and the words after which a name is a street, a school
// or a place rather than a person. Every lookup is by folded key in a Set or a Map.
//
// The lookups take the key of a word of the document, which is its token's `key`: the text is NFC with tones placed
// the modern way already, so lower case is its folded key (`foldKey`, which the lexicons are built with, costs a
// normalization per call).
import { ARMY_AND_POLICE_RANKS } from '../shared/ranks.js';
import { asciiFoldKey, foldKey } from '../shared/vietnamese.js';
import { wordShapeOf } from '../../input/tokens.js';
import { WordShapes } from './word-shapes.js';

/**
 * Phrases of one or two words, looked up by the keys of the words before a name (nearest last) with one Map lookup
 * at the last word, never joining words into a string. Only the last two words are looked at, so a phrase of three
 * words never matches.
 */
class PhrasesBefore {
  /** By a phrase's last word: whether the word alone is a phrase, and the words before it that make one. */
  private readonly byLastWord = new Map<string, { alone: boolean; readonly firstWords: Set<string> }>();
  /** The last words' shapes: a quick refusal, asked before every run of capitalized words. */
  private readonly lastWordShapes: WordShapes;

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = foldKey(phrase).split(' ');
      const last = words[words.length - 1] ?? '';
      if (words.length > 2) continue;
      const ending = this.byLastWord.get(last) ?? { alone: false, firstWords: new Set<string>() };
      if (words.length === 1) ending.alone = true;
      else ending.firstWords.add(words[0] ?? '');
      this.byLastWord.set(last, ending);
    }
    this.lastWordShapes = new WordShapes(this.byLastWord.keys());
  }

  /** True when the last word (`nearest`), or the last two, are one of the phrases. */
  endWith(nearest: string, second: string | undefined): boolean {
    if (!this.lastWordShapes.mayHold(nearest)) return false;
    const ending = this.byLastWord.get(nearest);
    if (ending === undefined) return false;
    return ending.alone || (second !== undefined && ending.firstWords.has(second));
  }
}

/** Common Vietnamese family names, as written with diacritics. */
const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Hà', 'Đào', 'Đoàn', 'Đinh', 'Lương', 'Trịnh', 'Mai', 'Trương', 'Lâm', 'Phùng', 'Tạ', 'Tô', 'Châu', 'Quách',
  'Cao', 'Lại', 'Kiều', 'Mạc', 'Thái', 'Vương', 'Từ', 'Chu', 'Đàm', 'Tăng', 'Lưu', 'Khổng', 'Thân', 'Triệu',
  'Nghiêm', 'Hầu', 'Diệp', 'Ninh', 'Giang', 'Lục', 'Âu', 'La', 'Tôn', 'Phí', 'Khúc', 'Doãn', 'Văn', 'Quan', 'Kim',
  'Lã', 'Mẫn', 'Thạch', 'Nông', 'Hứa', 'Đồng', 'Lò', 'Sầm', 'Hàn', 'Bạch', 'Khuất', 'Trình', 'Viên', 'Tống',
  'Thiều', 'Cù', 'Bế', 'Vi', 'Lữ', 'Mã', 'Nhữ', 'Ông', 'Phó', 'Quản', 'Tiêu', 'Tường', 'Ứng', 'Yên', 'Giáp',
  'Hoa', 'Khương', 'Lạc', 'Lành', 'Lều', 'Mông', 'Ngọ', 'Ngụy', 'Nhan', 'Ôn', 'Phương', 'Thi', 'Thiệu',
  'Tiết', 'Trà', 'Trác', 'Uông', 'Vưu', 'Cấn', 'Cung', 'Đậu', 'Đới', 'Đường', 'Hán', 'Hồng', 'Kha', 'Kinh',
  // Of the peoples of the northern mountains: Thái (`Lò Văn Mừng`, `Lô Thị Xuyến`, `Cầm Bá Xuân`), Hmông and Dao
  // (`Giàng A Pao`).
  'Lường', 'Lô', 'Quàng', 'Điêu', 'Tòng', 'Cầm', 'Giàng', 'Sùng', 'Thào', 'Lầu', 'Vàng', 'Mùa', 'Hờ', 'Sình', 'Tẩn', 'Chảo',
  // Of the Jrai and Ba Na of the Central Highlands, written first (`Ksor Phước Hà`, `Siu H'Mai`, `Rơ Mah H'Linh`,
  // `Kpă Thuyên`); `Nay` is left out, a word (`now`) opening many sentences.
  'Ksor', 'Siu', 'Rơ', 'Kpă', 'Rcom', 'Puih',
  // Of the Khmer of the Mekong delta, beside `Thạch`, `Sơn`, `Kim` (`Danh Văn Thái`, `Danh Thị Sà Rương`).
  'Danh',
] as const;

/**
 * Family names that are also everyday words (`Từ` from, `Cao` high, `Mai` tomorrow, `Đoàn` delegation, `Phó`
 * deputy): at the start of a sentence such a word is a name only when the same name is found elsewhere too.
 */
const AMBIGUOUS_FAMILY_NAMES = [
  'Từ', 'Cao', 'Mai', 'Đoàn', 'Văn', 'Hàn', 'Lý', 'Thái', 'Đồng', 'Kim', 'Giang', 'La', 'Vi', 'Ninh', 'Âu', 'Lạc',
  'Lò', 'Viên', 'Quan', 'Chu', 'Hoa', 'Phương', 'Thi', 'Trà', 'Đường', 'Hồng', 'Ôn', 'Kinh', 'Cung', 'Mông',
  'Ngọ', 'Yên', 'Tường', 'Lành', 'Châu', 'Thân', 'Nhan', 'Ông', 'Lô', 'Quàng', 'Cầm', 'Lầu', 'Vàng', 'Mùa', 'Hờ', 'Sình',
  'Chảo', 'Danh',
] as const;

/** Family names that on their own are too common a word to start a name anywhere without a title before them. */
const TITLE_ONLY_FAMILY_NAMES = ['Phó', 'Ông', 'Văn', 'Đường', 'Kinh', 'Trà'] as const;

const FAMILY_KEYS = new Set<string>(FAMILY_NAMES.map(foldKey));
const FAMILY_ASCII_KEYS = new Set<string>(FAMILY_NAMES.map(asciiFoldKey));
const AMBIGUOUS_KEYS = new Set<string>(AMBIGUOUS_FAMILY_NAMES.map(foldKey));
const TITLE_ONLY_KEYS = new Set<string>(TITLE_ONLY_FAMILY_NAMES.map(foldKey));

/** True for a family name written with its diacritics: `Nguyễn`, `Hà` (by key: `nguyễn`, `hà`). */
export function isFamilyName(key: string): boolean {
  return FAMILY_KEYS.has(key);
}

/** True for a family name written without diacritics, as in a byline: `Nguyen`, `Tran`, `Pham`. */
export function isAsciiFamilyName(word: string): boolean {
  return FAMILY_ASCII_KEYS.has(asciiFoldKey(word));
}

export function isAmbiguousFamilyName(key: string): boolean {
  return AMBIGUOUS_KEYS.has(key);
}

export function isTitleOnlyFamilyName(key: string): boolean {
  return TITLE_ONLY_KEYS.has(key);
}

/**
 * Words of address before a name, as written in running text (lower case); at the start of a sentence they are
 * capitalized. `anh` capitalized inside a sentence is England, so capitals count only at a sentence start.
 */
export const HONORIFICS = [
  'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cụ', 'em', 'thầy', 'cô giáo', 'thầy giáo', 'ngài', 'đồng chí',
  'nhà văn', 'nhà thơ', 'nhà báo', 'nhà nghiên cứu', 'nhà khoa học', 'nhà sử học', 'nhà kinh tế', 'nhà giáo',
  'nghệ sĩ', 'nghệ nhân', 'nhạc sĩ', 'họa sĩ', 'ca sĩ', 'diễn viên', 'đạo diễn', 'nhà thiết kế', 'kiến trúc sư',
  'luật sư', 'bác sĩ', 'dược sĩ', 'kỹ sư', 'tiến sĩ', 'thạc sĩ', 'giáo sư', 'phó giáo sư', 'cử nhân', 'doanh nhân',
  'phóng viên', 'biên tập viên', 'vận động viên', 'cầu thủ', 'huấn luyện viên', 'chuyên gia', 'ông bà', 'vợ chồng',
  ...ARMY_AND_POLICE_RANKS, 'hòa thượng', 'thượng tọa', 'đại đức', 'ni sư', 'linh mục',
  'mục sư', 'cố', 'cháu', 'bạn', 'cậu', 'mợ', 'dì', 'thím',
  // A foreign player of a club: `ngoại binh Darnell Hayes`; a player by the place he plays: `tiền đạo Moussa Diallo`.
  'ngoại binh', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'trung vệ', 'thủ môn', 'thủ thành',
  // Players of a sport named by it: `kỳ thủ Lê Quang Liêm`, `tay vợt Lý Hoàng Nam`, `võ sĩ Trần Văn Thảo`.
  'kỳ thủ', 'tay vợt', 'võ sĩ',
  // Musicians named by what they do in a performance: `nhạc trưởng Kenji Sato` (the conductor), `nhà soạn nhạc X`.
  'nhạc trưởng', 'nhà soạn nhạc',
  // The state's honorary titles written in lower case, whose second half is no name: `nghệ nhân ưu tú X`.
  'nghệ nhân ưu tú', 'nghệ nhân nhân dân', 'nghệ sĩ ưu tú', 'nghệ sĩ nhân dân', 'nhà giáo ưu tú', 'nhà giáo nhân dân',
  'thầy thuốc ưu tú', 'thầy thuốc nhân dân',
  // A person named by what the text calls them (`một người phụ nữ tên Thoa`, `đối tượng tên Hải`): `tên` after a noun
  // of a person, not after a thing (`con tàu tên ...`, `mang tên ...`).
  'phụ nữ tên', 'đàn ông tên', 'cô gái tên', 'chàng trai tên', 'thanh niên tên', 'đối tượng tên', 'bé gái tên',
  'bé trai tên', 'cậu bé tên',
] as const;

/** Honorifics written capitalized inside a sentence (academic and military ones are often capitalized). */
export const CAPITALIZED_HONORIFICS = [
  'Tiến sĩ', 'Thạc sĩ', 'Giáo sư', 'Phó Giáo sư', 'Phó giáo sư', 'Nhà giáo Nhân dân', 'Nhà giáo Ưu tú',
  'Nghệ sĩ Nhân dân', 'Nghệ sĩ Ưu tú', 'Anh hùng Lao động', 'Đại tướng', 'Thượng tướng', 'Trung tướng',
  'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Hòa thượng', 'Thượng tọa', 'Đại đức', 'Ngài',
  'Đồng chí', 'Luật sư', 'Bác sĩ', 'Kỹ sư', 'Nhà văn', 'Nhà thơ', 'Nhà báo', 'Nhạc sĩ', 'Họa sĩ', 'Tổng thống',
  'Quốc vương', 'Nhà vua', 'Hoàng tử', 'Công chúa', 'Nữ hoàng',
  // The state's honorary titles of craftsmen and doctors, like those of artists and teachers: `Nghệ nhân Ưu tú X`,
  // `Thầy thuốc Nhân dân X` (their second half is no name).
  'Nghệ nhân Ưu tú', 'Nghệ nhân Nhân dân', 'Thầy thuốc Ưu tú', 'Thầy thuốc Nhân dân',
  // `VĐV` (vận động viên), written in capitals: `VĐV người Kenya Peter Kiprono`, `VĐV Nguyễn Thị Oanh`.
  'VĐV',
] as const;

/**
 * A word of an honorific in the word tree of the honorifics: the honorifics it goes on to, by the key of their next
 * word. An honorific is read word by word with one Map lookup per word of the text, the longest one first.
 */
export interface HonorificWord {
  /** True when the words up to this one are a whole honorific (`nhà giáo`, not `nhà giáo nhân`). */
  endsHonorific: boolean;
  readonly next: Map<string, HonorificWord>;
}

/** Honorifics in either case, word by word from the key of their first word. */
const HONORIFIC_FIRST_WORDS = new Map<string, HonorificWord>();
for (const honorific of new Set([...HONORIFICS, ...CAPITALIZED_HONORIFICS].map((written) => written.toLowerCase()))) {
  let words = HONORIFIC_FIRST_WORDS;
  let word: HonorificWord | undefined;
  for (const key of honorific.split(' ')) {
    word = words.get(key);
    if (word === undefined) {
      word = { endsHonorific: false, next: new Map() };
      words.set(key, word);
    }
    words = word.next;
  }
  if (word !== undefined) word.endsHonorific = true;
}

/** A quick refusal, asked at every word of the text before the Map: most words start no honorific. */
const FIRST_WORD_SHAPES = new WordShapes(HONORIFIC_FIRST_WORDS.keys());

/**
 * The first word of the honorifics whose first word has this key, or undefined when none starts with it. `shape` is
 * the key's (input/tokens.ts `wordShapeOf`), a token's `shape` where the key is a token's.
 */
export function honorificFirstWord(key: string, shape = wordShapeOf(key)): HonorificWord | undefined {
  return FIRST_WORD_SHAPES.mayHoldShape(shape) ? HONORIFIC_FIRST_WORDS.get(key) : undefined;
}

/**
 * Abbreviated academic and professional titles, joined by dots or spaces in any number: `TS.`, `PGS.TS`,
 * `GS.TSKH`, `ThS. BS`, `NSND`, `LS.`. In the order a regex tries them (a longer one before its beginning).
 */
export const ABBREVIATED_TITLES = [
  'GS', 'PGS', 'TSKH', 'TS', 'ThS', 'Ths', 'BSCKII', 'BSCKI', 'BSCK', 'BS', 'DS', 'KS', 'KTS', 'LS', 'NSND', 'NSƯT', 'NGND',
  'NGƯT', 'NNƯT', 'NNND', 'CN', 'Đ/c', 'Đ/C', 'đ/c', 'HLV', 'NCS', 'PV',
  // Chess titles: `GM Lê Quang Liêm`, `IM Anna Kowalska`, `WGM Phạm Lê Thảo Nguyên`.
  'WGM', 'WIM', 'GM', 'IM',
] as const;

/**
 * Abbreviated titles that are also a company's or a thing's letters (`GM Korea`, the carmaker's unit): only a name of
 * two words or more after them is a person's.
 */
export const ABBREVIATED_TITLES_BEFORE_FULL_NAMES: ReadonlySet<string> = new Set(['WGM', 'WIM', 'GM', 'IM']);

/**
 * Words after which a capitalized name belongs to a street, a school, a place or a thing: `đường Lê Duẩn`,
 * `trường THPT Lê Quý Đôn`, `TP Hồ Chí Minh`, `giải Trần Văn Ơn`. Folded keys of the word (or two) just before.
 */
const NOT_PERSON_BEFORE = [
  'đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'đại lộ', 'quốc lộ', 'tỉnh lộ', 'cầu', 'sông', 'hồ', 'núi', 'đèo',
  // Roads and junctions (road-names.ts reads kinds of three words and names joined by a dash to a road).
  'hương lộ', 'cao tốc', 'vành đai', 'nút giao', 'giao lộ', 'ngã ba', 'ngã tư', 'ngã năm', 'ngã sáu', 'ngã bảy',
  'vòng xoay', 'bùng binh',
  'quận', 'huyện', 'phường', 'xã', 'thị xã', 'thị trấn', 'tỉnh', 'thành phố', 'tp', 'tp.', 'thủ đô', 'thôn', 'ấp',
  'bản', 'làng', 'khu', 'khu phố', 'tổ dân phố', 'trường', 'thpt', 'thcs', 'tiểu học', 'chùa', 'đền', 'đình',
  'lăng', 'nhà thờ', 'giải', 'giải thưởng', 'tàu', 'cảng', 'sân bay', 'sân vận động', 'bến', 'chợ', 'chung cư',
  'tòa nhà', 'bệnh viện', 'công viên', 'quảng trường', 'số', 'tư tưởng', 'học viện', 'đại học', 'lớp', 'tên',
  'mang tên', 'hiệu', 'thương hiệu', 'nhãn hiệu', 'dự án', 'cuốn', 'tác phẩm', 'phim', 'bài hát', 'ca khúc',
  'chiến dịch', 'kênh', 'tuyến', 'khách sạn', 'nhà hàng', 'siêu thị', 'trung tâm', 'vịnh', 'đảo', 'biển',
  'công ty', 'tập đoàn', 'ngân hàng', 'nhà máy', 'nhà xuất bản', 'hợp tác xã', 'quỹ', 'thương hiệu', 'nhãn',
  // Works of the stage, page and screen: `vở Tấm Cám`, `trích đoạn Lưu Bình Dương Lễ`, `tiểu thuyết ...`.
  'vở', 'vở diễn', 'vở kịch', 'vở chèo', 'vở tuồng', 'trích đoạn', 'tiểu thuyết', 'truyện', 'bộ phim', 'tập thơ',
  'bài thơ', 'album', 'tích', 'tích trò', 'điệu', 'làn điệu',
  // Software and sites named like people: `ứng dụng Minh Tâm`, `nền tảng Hòa Bình`, `phần mềm Thanh Lâm`.
  'ứng dụng', 'app', 'phần mềm', 'nền tảng', 'trang web', 'website',
  // Where a walk or a view is: `phố đi bộ Hồ Gươm`, `quanh Hồ Tây`, `ven Hồ Núi Cốc`, `bờ Hồ Gươm`.
  'đi bộ', 'quanh', 'ven', 'bờ',
  // Where something is: a person is never `tại` or `ở` (`tại Hoàng Mai`, `ở Vũ Hán`), nor an area (`khu vực Lâm
  // Thao`, `địa bàn Cẩm Khê`).
  'tại', 'ở', 'khu vực', 'địa bàn',
  // Festivals and fairs named for a flower, a place or a season: `lễ hội Hoa Ban`, `ngày hội Hoa Đào`.
  'lễ hội', 'ngày hội', 'hội chợ', 'festival', 'tuần lễ', 'mùa',
  // Industrial parks, export zones, clusters and economic zones by their acronyms: `KCN Yên Bình`, `KKT Vũng Áng`.
  'kcn', 'kcx', 'ccn', 'kkt',
  // Halls and venues named like people: `rạp Kim Đồng`, `quán karaoke Hoàng Long`, `danh thắng Hương Sơn`.
  'rạp', 'karaoke', 'danh thắng', 'di tích',
  // Specialized schools named for people: `Trường THPT chuyên Lê Quý Đôn`, `trường chuyên Trần Đại Nghĩa`.
  'thpt chuyên', 'thcs chuyên', 'trường chuyên', 'phổ thông chuyên',
  // Power plants and dams, stations (an underground one too: `ga ngầm Lê Lợi`), regions and craft villages named like
  // people: `thủy điện La Ngà`, `ga Đồng Đăng`, `vùng Đồng Tháp Mười`, `làng nghề Kim Sơn`.
  'thủy điện', 'nhiệt điện', 'điện gió', 'đập', 'hồ chứa', 'ga', 'nhà ga', 'ga ngầm', 'vùng', 'làng nghề',
  // Border gates and forests named like people: `cửa khẩu Kim Thành`, `rừng Bạch Mã`; a maker of fertilizer by its
  // trade name (`cơ sở sản xuất phân bón Hoàng Lâm`).
  'cửa khẩu', 'rừng', 'phân bón',
  // Irrigation works named like people: `trạm bơm Đồng Quê`, `trạm bơm tiêu úng Yên Lệnh`, `cống Cẩm Đình`; any
  // station by its place (a gauge: `trạm Kim Long`, `mưa tại trạm Bạch Mã`), its head a person (`trưởng trạm`).
  'trạm bơm', 'tiêu úng', 'cống', 'trạm',
  // Substances named by a word and a letter, like a given name: `chất Vàng O`, `hóa chất Xanh B`, `hoạt chất ...`.
  'chất', 'hóa chất', 'hoạt chất', 'chất độc',
  // Dumps, beaches and cemeteries named like people: `bãi rác Kiêu Kỵ`, `bãi biển Hà My`, `nghĩa trang Hà Văn`.
  'bãi rác', 'bãi biển', 'bãi tắm', 'nghĩa trang',
] as const;
/** A house number before a street name: `số 8 Lê Thánh Tông`, `12A Trần Phú`, `25/3 Nguyễn Trãi`. */
const HOUSE_NUMBER = /^\d+[A-Za-z]?(?:\/\d+[A-Za-z]?)*$/u;
const NOT_PERSON_BEFORE_PHRASES = new PhrasesBefore(NOT_PERSON_BEFORE);

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Kinds of place of three words, written before their name like `huyện` (`khu công nghiệp Yên Phong`, `Cụm công
 * nghiệp Hà Mãn`, `vườn quốc gia Bạch Mã`, `bãi chôn lấp Nam Sơn`): the capitalized words after them are the place's
 * name, no person. Only the three words together: their last two alone may end a body's name (`Bộ Công nghiệp Đặng
 * Vũ Chư`, a minister after his ministry).
 */
const PLACE_KINDS_OF_THREE = [
  'khu công nghiệp', 'cụm công nghiệp', 'khu kinh tế', 'khu chế xuất', 'khu đô thị', 'khu dân cư', 'khu du lịch',
  'khu bảo tồn', 'khu nghỉ dưỡng', 'bãi chôn lấp', 'vườn quốc gia',
  // plants named for their place by what they make: `nhà máy nước Thạch Linh`, `nhà máy điện Hà Sơn`
  'nhà máy nước', 'nhà máy điện', 'nhà máy đường', 'nhà máy gạch',
] as const;
const PLACE_KIND_OF_THREE_KEYS: ReadonlySet<string> = new Set(PLACE_KINDS_OF_THREE.map(foldKey));
/** Their last words: a name after any other word needs no third word read. */
const PLACE_KIND_OF_THREE_LAST_KEYS: ReadonlySet<string> = new Set(
  PLACE_KINDS_OF_THREE.map((kind) => foldKey(kind.slice(kind.lastIndexOf(' ') + 1))),
);

/** True when a name after this word (its key) may follow a kind of place of three words: `isPlaceKindOfThree` tells. */
export function mayEndPlaceKindOfThree(nearest: string | undefined): boolean {
  return nearest !== undefined && PLACE_KIND_OF_THREE_LAST_KEYS.has(nearest);
}

/** True when the last three keys (nearest last, `wordKeysBefore` with 3) are a kind of place of three words. */
export function isPlaceKindOfThree(keys: readonly string[]): boolean {
  const count = keys.length;
  return count >= 3 && PLACE_KIND_OF_THREE_KEYS.has(`${keys[count - 3] ?? ''} ${keys[count - 2] ?? ''} ${keys[count - 1] ?? ''}`);
}

/**
 * Words whose last syllable is a kind of place or thing on its own (`thôn` village, `bản` hamlet, `hồ` lake): ending a
 * field (`Sở Nông nghiệp và Phát triển nông thôn Nguyễn Văn Hải`) they make no street or place of the name after.
 */
const COMPOUNDS_ENDING_IN_KIND = [
  'nông thôn', 'văn bản', 'cơ bản', 'phiên bản', 'xuất bản', 'đồng hồ', 'điều khoản',
  // `trường` a school, but not in a field or a scene: `chuyên gia môi trường Hoàng Minh Tuấn`.
  'môi trường', 'thị trường', 'hiện trường', 'chiến trường', 'thương trường', 'lập trường',
  // `tàu` a ship, but its owner or driver is a person: `chủ tàu Lê Văn Hòa`, `lái tàu Phạm Minh Đức`.
  'chủ tàu', 'lái tàu', 'chủ rạp',
  // `trạm` a station, but its head is a person: `trưởng trạm Lê Văn Hòa`.
  'trưởng trạm', 'phó trạm',
];

/** The compounds by their last word, then their first: looked up from the two keys, with no string joined per call. */
const COMPOUND_FIRSTS_BY_LAST: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const byLast = new Map<string, Set<string>>();
  for (const compound of COMPOUNDS_ENDING_IN_KIND) {
    const [first = '', last = ''] = compound.split(' ');
    const firsts = byLast.get(last) ?? new Set<string>();
    firsts.add(first);
    byLast.set(last, firsts);
  }
  return byLast;
})();

function endsWithCompoundOfKind(nearest: string, second: string | undefined): boolean {
  const firsts = COMPOUND_FIRSTS_BY_LAST.get(nearest);
  return firsts !== undefined && firsts.has(second ?? '');
}

/**
 * True when the word right before a name (`nearest`), or the two words (`second` before it), make it a street,
 * school, place or thing. Keys; undefined where the line has no such word.
 */
export function isNotPersonContext(nearest: string | undefined, second: string | undefined): boolean {
  if (nearest === undefined) return false;
  // `Khu công nghiệp (KCN) Kim Động Bắc`: a bracketed short name between the kind and the name stands for the kind
  if (nearest.charCodeAt(0) === 0x28 && nearest.charCodeAt(nearest.length - 1) === 0x29 && nearest.length > 2) {
    return isNotPersonContext(nearest.slice(1, -1), undefined);
  }
  // `vở "Quan Âm Thị Kính"`, `phim “Mùi Ngò Gai”`: an opening quote between the kind and the name stands aside.
  if (nearest.length === 1 && (nearest === '"' || nearest === '“')) return second !== undefined && isNotPersonContext(second, undefined);
  // The phrases first: their shapes refuse most words before the compounds' Map is asked.
  const endsWithPhrase = NOT_PERSON_BEFORE_PHRASES.endWith(nearest, second)
    || (isDigit(nearest.charCodeAt(0)) && HOUSE_NUMBER.test(nearest));
  return endsWithPhrase && !endsWithCompoundOfKind(nearest, second);
}

/**
 * Crafts and produce named for their village or region (`gốm Chu Đậu`, `gốm hoa lam Chu Đậu`, `lụa Vạn Phúc`, `chè
 * Thái Nguyên`, `nước mắm Phú Quốc`): the two capitalized syllables after them name a place, no person. A longer
 * name is a craftsman's (`nghệ nhân gốm Trần Văn Độ`). (Not `sứ`, which ends `đại sứ`.)
 */
const CRAFT_BEFORE = [
  'gốm', 'gốm sứ', 'đồ gốm', 'làng gốm', 'lò gốm', 'dòng gốm', 'gốm men', 'hoa lam', 'men lam', 'men ngọc', 'men rạn',
  'lụa', 'làng lụa', 'nước mắm', 'chè', 'bưởi', 'cam', 'vải thiều',
  // A plant's variety: `giống Kim Tuyên`, `giống chè Kim Tuyên`.
  'giống', 'giống chè', 'giống lúa',
  // An artefact named for where it was found: `trống đồng Ngọc Lũ`, `trống Hoàng Hạ`.
  'trống', 'trống đồng',
] as const;
const CRAFT_BEFORE_PHRASES = new PhrasesBefore(CRAFT_BEFORE);
/** The most syllables a village's name after a craft has: `Chu Đậu`, `Bát Tràng`. */
export const MAX_CRAFT_PLACE_WORDS = 2;

/** True when the word right before a name (`nearest`), or the two words, name a craft or produce. Keys. */
export function isCraftContext(nearest: string | undefined, second: string | undefined): boolean {
  return nearest !== undefined && CRAFT_BEFORE_PHRASES.endWith(nearest, second);
}

/**
 * Nouns for works (a play, a scene, a film, a song, a book): a list of titles after them and `như` (`các trích
 * đoạn như Quan Âm Thị Kính, ...`) names works, not people. Folded keys of one or two words.
 */
const WORK_NOUNS = [
  'vở', 'vở diễn', 'trích đoạn', 'tác phẩm', 'phim', 'bộ phim', 'ca khúc', 'bài hát', 'tiểu thuyết', 'truyện',
  'cuốn', 'sách', 'tập thơ', 'bài thơ', 'album', 'kịch', 'tích trò', 'làn điệu', 'điệu',
] as const;
const WORK_NOUN_KEYS = new Set<string>(WORK_NOUNS.map(foldKey));
/** Words looked at before `như` for a work noun: `4 trích đoạn chèo cổ như`. */
const WORK_NOUN_WINDOW = 5;

/** The word right before a list of works: `các vở diễn nổi tiếng như ...`. */
const WORK_LIST_CUE = 'như';

/** True when the key of the last word before a name is the cue of a list of works, which `isWorkListContext` decides. */
export function isWorkListCue(nearest: string | undefined): boolean {
  return nearest === WORK_LIST_CUE;
}

/**
 * True when the words before a name (`WORK_LIST_WORDS` of them) end with `như` after a work noun: `các vở diễn nổi
 * tiếng như ...`. Keys.
 */
export function isWorkListContext(keysBefore: readonly string[]): boolean {
  if (!isWorkListCue(keysBefore[keysBefore.length - 1])) return false;
  const window = keysBefore.slice(-1 - WORK_NOUN_WINDOW, -1);
  return window.some((word, index) => WORK_NOUN_KEYS.has(word) || WORK_NOUN_KEYS.has(`${word} ${window[index + 1] ?? ''}`));
}

/** How many words before a name `isWorkListContext` needs. */
export const WORK_LIST_WORDS = WORK_NOUN_WINDOW + 1;

/**
 * Nouns for a plant's or an animal's variety (`giống chè`, `giống lúa`): a pair of capitalized syllables in a list
 * after them and `như` (`các giống chè như LDP1, Kim Tuyên`) names varieties, not people. Keys.
 */
const VARIETY_NOUN_KEYS: ReadonlySet<string> = new Set(['giống']);
/** Words read before a name for a list after `như`: the items before the name and the words before `như`. */
export const VARIETY_LIST_WORDS = 12;
/** Words of the items between `như` and the name in such a list (`như LDP1, PH8, Kim Tuyên`). */
const MAX_LIST_ITEM_WORDS = 6;

/** The key of the word right before a name that may stand in a list: `như` or an item closed by a comma. */
export function mayFollowListItem(nearest: string | undefined): boolean {
  return nearest !== undefined && (nearest === WORK_LIST_CUE || nearest.endsWith(','));
}

/**
 * True when the name the keys stand before is an item of a list after `như` and a variety noun before it, up to
 * `VARIETY_LIST_WORDS` words back: `giống năng suất cao như LDP1, PH8, ...`; not `giống như` (like).
 */
export function isVarietyListContext(keysBefore: readonly string[]): boolean {
  let cue = keysBefore.length - 1;
  while (cue >= 0 && keysBefore.length - 1 - cue < MAX_LIST_ITEM_WORDS && keysBefore[cue] !== WORK_LIST_CUE) cue -= 1;
  if (cue < 1 || keysBefore[cue] !== WORK_LIST_CUE || VARIETY_NOUN_KEYS.has(keysBefore[cue - 1] ?? '')) return false;
  for (let index = 0; index < cue; index += 1) if (VARIETY_NOUN_KEYS.has(keysBefore[index] ?? '')) return true;
  return false;
}

/** The ten heavenly stems and twelve earthly branches that name a lunar year: `Giáp Thìn`, `Quý Mão`. */
const HEAVENLY_STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const EARTHLY_BRANCHES = [
  'Tý', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Tị', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi',
] as const;
const STEM_KEYS = new Set<string>(HEAVENLY_STEMS.map(foldKey));
const BRANCH_KEYS = new Set<string>(EARTHLY_BRANCHES.map(foldKey));

/** True for a stem and a branch, the name of a lunar year (`Tết Giáp Thìn`), not a person (`Giáp Văn Thìn`). Keys. */
export function isLunarYearName(keys: readonly string[]): boolean {
  return keys.length === 2 && STEM_KEYS.has(keys[0] ?? '') && BRANCH_KEYS.has(keys[1] ?? '');
}

/**
 * Words before a capitalized name that make it a place named in this article (`huyện Yên Thành`, `xã Tân Lập`,
 * `hồ Ba Bể`): the same name elsewhere in the article is that place, not a person (`Yên Thành đã về đích`).
 */
const PLACE_KIND_WORDS = [
  'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'tỉnh', 'thành phố', 'tp', 'tp.', 'thôn', 'ấp', 'bản',
  'làng', 'hồ', 'sông', 'núi', 'đảo', 'vịnh', 'đèo', 'đầm', 'phá', 'suối', 'thác', 'hang', 'động',
] as const;
const PLACE_KIND_PHRASES = new PhrasesBefore(PLACE_KIND_WORDS);

/** True when the word right before a name (`nearest`), or the two, name a kind of place. Keys. */
export function isPlaceKindContext(nearest: string | undefined, second: string | undefined): boolean {
  return nearest !== undefined && PLACE_KIND_PHRASES.endWith(nearest, second) && !endsWithCompoundOfKind(nearest, second);
}

/**
 * Places below the province (and foreign provinces and cities written the Sino-Vietnamese way) whose names begin
 * with a family name and that the shared gazetteer does not list: `Hoàng Mai`, `Lý Sơn`, `Vũ Hán`. Written bare
 * (`tại Hoàng Mai`, `ở Vũ Hán`), they are the place, not a person. Folded keys.
 */
const PLACES_WITH_FAMILY_NAMES = [
  'Hoàng Mai', 'Hà Đông', 'Mai Châu', 'Mai Sơn', 'Lý Sơn', 'Lục Ngạn', 'Lục Nam', 'Lục Yên', 'Đồng Văn', 'Đồng Hới',
  'Đồng Xoài', 'Đồng Hỷ', 'Cao Lãnh', 'Lâm Hà', 'Hồng Ngự', 'Phan Thiết', 'Phan Rang', 'Châu Đốc', 'Hà Tiên',
  'Võ Nhai', 'Văn Lâm', 'Văn Giang', 'Văn Yên', 'Văn Chấn', 'Kim Bảng', 'Kim Sơn', 'Kim Động', 'Kim Bôi',
  'Thái Hòa', 'Thái Thụy', 'Lương Sơn', 'Đoàn Hùng', 'Ninh Kiều', 'Ninh Hòa', 'Ninh Sơn', 'Ninh Hải',
  'Hoàng Su Phì', 'Triệu Phong', 'Triệu Sơn', 'Lạc Sơn', 'Lạc Thủy', 'Quan Hóa', 'Quan Sơn', 'Yên Phong',
  'Yên Dũng', 'Yên Mô', 'Yên Thế', 'Yên Lạc', 'Giang Thành', 'Lý Nhân', 'Bạch Long Vĩ', 'Đinh Lập', 'Chu Lai',
  'Vũ Hán', 'Hồ Bắc', 'Hồ Nam', 'Hà Bắc', 'Tô Châu', 'Giang Tô', 'Giang Tây', 'Yên Bình',
  // The oceans: `châu Á - Thái Bình Dương`.
  'Thái Bình Dương', 'Đại Tây Dương',
  // The West and the East, the imperial citadels.
  'Phương Tây', 'Phương Đông', 'Phương Nam', 'Phương Bắc', 'Hoàng Thành Thăng Long', 'Hoàng Thành Huế',
] as const;
/**
 * Common nouns written with capitals whose first word is a family name: the Buddhist clergy (`Tăng Ni`, monks and
 * nuns: `giáo dục Tăng Ni`), a weather phenomenon (`La Nina`, `La Niña`), the scripts and the word stock borrowed
 * from Chinese (`tư liệu Hán Nôm`, `từ Hán Việt`). Looked up with the places above.
 */
const COMMON_NOUNS_WITH_FAMILY_NAMES = ['Tăng Ni', 'La Nina', 'La Niña', 'Hán Nôm', 'Hán Việt'] as const;
const PLACES_WITH_FAMILY_NAMES_KEYS = new Set<string>([...PLACES_WITH_FAMILY_NAMES, ...COMMON_NOUNS_WITH_FAMILY_NAMES].map(foldKey));

/**
 * First words of Central Highlands place names (Ê Đê `Ea`, water; `Krông`, river; `Đắk`, `Đăk`; Jrai `Ia`), never a
 * Kinh given name: after a family name that is also a common noun (`Hồ Ea Kao`, the lake; `Hồ Đắk Minh`), the words
 * are a place. Folded keys.
 */
const HIGHLAND_PLACE_PREFIXES = new Set<string>(['Ea', 'Krông', 'Đắk', 'Đăk', 'Ia'].map(foldKey));

/**
 * True when the words (of the document, by key) are a place that begins with a family name: `Hoàng Mai`, `Vũ Hán`
 * (or a common noun that does: `Tăng Ni`), or one whose second word opens a Central Highlands place (`Hồ Ea Kao`;
 * not `Hồ Văn Ea`).
 */
export function isPlaceWithFamilyName(keys: readonly string[]): boolean {
  if (keys.length >= 2 && HIGHLAND_PLACE_PREFIXES.has(keys[1] ?? '')) return true;
  return PLACES_WITH_FAMILY_NAMES_KEYS.has(keys.join(' '));
}

/**
 * Việt Nam's ethnic groups whose names are two syllables or more (`người Hà Nhì`, `đồng bào La Chí`, `dân tộc Chu
 * Ru`): some begin with a family name, and a run starting with one names the group (or a place or body named for
 * it: `Hà Nhì Y Tý`), no person. Folded keys of the first two words.
 */
const ETHNIC_GROUPS = [
  'Hà Nhì', 'La Chí', 'La Ha', 'La Hủ', 'Lô Lô', 'Phù Lá', 'Cơ Lao', 'Sán Chay', 'Sán Dìu', 'Si La', 'Pà Thẻn',
  'Pu Péo', 'Khơ Mú', 'Chu Ru', 'Bố Y', 'Cơ Ho', 'Ba Na', 'Xơ Đăng', 'Gia Rai', 'Ê Đê', 'Tà Ôi', 'Chơ Ro', 'Ơ Đu',
  'Rơ Măm', 'Gié Triêng', 'Xinh Mun', 'Vân Kiều', 'Ra Glai', 'Cơ Tu',
] as const;
const ETHNIC_GROUP_KEYS = new Set<string>(ETHNIC_GROUPS.map(foldKey));

/** True when the words (of the document, by key) start with the name of an ethnic group: `Hà Nhì`, `Hà Nhì Y Tý`. */
export function startsWithEthnicGroup(keys: readonly string[]): boolean {
  return keys.length >= 2 && ETHNIC_GROUP_KEYS.has(`${keys[0] ?? ''} ${keys[1] ?? ''}`);
}

/**
 * Places named after a person that the text writes bare when it means the person (`Chủ tịch Hồ Chí Minh`) and
 * with a prefix when it means the place (`TP Hồ Chí Minh`). Folded keys.
 */
const PLACES_NAMED_FOR_PEOPLE = ['Hồ Chí Minh'] as const;
const PLACES_NAMED_FOR_PEOPLE_KEYS = new Set<string>(PLACES_NAMED_FOR_PEOPLE.map(foldKey));

export function isPlaceNamedForPerson(name: string): boolean {
  return PLACES_NAMED_FOR_PEOPLE_KEYS.has(foldKey(name));
}

/**
 * First words of organization names: a run of capitalized words starting with one after a title is an
 * organization written in title case (`Giám đốc Sở Y Tế`), not a person. Folded keys.
 */
const ORGANIZATION_HEAD_WORDS = [
  'bộ', 'sở', 'cục', 'tổng', 'công', 'tập', 'ngân', 'ban', 'hội', 'viện', 'trường', 'bệnh', 'trung', 'ủy', 'uỷ',
  'văn', 'phòng', 'liên', 'quỹ', 'tổ', 'đại', 'học', 'nhà', 'báo', 'đài', 'hãng', 'tòa', 'hiệp', 'quân', 'cơ',
  'chính', 'quốc', 'thành', 'tỉnh', 'huyện', 'đảng', 'đoàn', 'câu', 'đội', 'khoa', 'vụ', 'sân', 'nhóm',
] as const;
const ORGANIZATION_HEAD_KEYS = new Set<string>(ORGANIZATION_HEAD_WORDS.map(foldKey));

export function isOrganizationHeadWord(key: string): boolean {
  return ORGANIZATION_HEAD_KEYS.has(key);
}

/**
 * Capitalized words that are never part of a person's name though they may follow one: weekday and month words
 * of a dateline, words of a heading. Folded keys.
 */
const NEVER_NAME_WORDS = [
  'thứ', 'chủ', 'tháng', 'ngày', 'theo', 'ảnh', 'nguồn', 'video', 'clip', 'bài', 'tin', 'xem',
  'thêm', 'người', 'viết', 'ông', 'bà', 'chị', 'và', 'của', 'các', 'những', 'trong', 'tại', 'với',
  'khi', 'nhưng', 'đây', 'đó', 'này', 'được', 'cho', 'là', 'có', 'không', 'việc', 'sau', 'trước',
  // `Đến` opening a sentence of time (`Đến 20h, ...`), run on after a credit with no period (`Ảnh: Minh Hà Đến 9h`).
  'đến',
] as const;
const NEVER_NAME_KEYS = new Set<string>(NEVER_NAME_WORDS.map(foldKey));

export function isNeverNameWord(key: string): boolean {
  return NEVER_NAME_KEYS.has(key);
}

/**
 * Common words opening a sentence whose first syllable is a name's too (`Trình bày`, `Phát biểu`, `Thành lập`,
 * `Toàn cảnh`), by that syllable's key and the lower-case syllables that complete them: a photo credit run into
 * the next sentence where the lines were joined (`Ảnh: Minh Châu Trình bày tờ trình, ...`) ends before the word.
 */
const SENTENCE_OPENERS_OPENED_BY_NAMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['trình', ['bày']], ['phát', ['biểu']], ['thành', ['lập']], ['toàn', ['cảnh']], ['quang', ['cảnh']],
  ['tham', ['dự', 'gia']], ['kết', ['thúc', 'luận']], ['tiếp', ['theo', 'tục']], ['đồng', ['thời']],
  ['khẳng', ['định']], ['nhấn', ['mạnh']], ['hiện', ['nay', 'tại']], ['dự', ['kiến']], ['chia', ['sẻ']],
  // A noun opening the next paragraph's sentence (`Ảnh: Thu Hà Kỹ thuật bón phân ...`, `Kỹ năng ...`).
  ['kỹ', ['thuật', 'năng']],
  // The reporter's label opening a question (`Ảnh: Hoài Thu Phóng viên: Xin ông ...`), or the noun opening a sentence.
  ['phóng', ['viên']],
  // The reporter's address opening a question (`Ảnh: Bảo Ngọc Thưa ông, ...`), where an interview's lines were joined.
  ['thưa', ['ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'bác', 'chú', 'ngài', 'đồng', 'các', 'quý']],
];
const SENTENCE_OPENER_SECOND_SYLLABLES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  SENTENCE_OPENERS_OPENED_BY_NAMES.map(([first, seconds]) => [foldKey(first), new Set(seconds.map(foldKey))]),
);

/**
 * True when the capitalized syllable (its key) is `Thưa` addressing someone (`Thưa ông`, `Thưa bà`): no given name,
 * it opens the reporter's question where an interview's lines were joined (`Ảnh: Bảo Ngọc Thưa ông, ...`).
 */
export function opensAddress(key: string, nextKey: string): boolean {
  return key === 'thưa' && opensSentenceWord(key, nextKey);
}

/** True when the capitalized syllable (its key) and the lower-case one after it (its key) make a word opening a sentence. */
export function opensSentenceWord(key: string, nextKey: string): boolean {
  return SENTENCE_OPENER_SECOND_SYLLABLES.get(key)?.has(nextKey) === true;
}

/**
 * Never-name words that are given names too (`Lâm Văn Được`): after a family name and a middle name, the last word of
 * a run of capitals, the word is the given name, as the verb is never capitalized inside a sentence. Folded keys.
 */
const GIVEN_NAMES_AMONG_NEVER_NAME_WORDS = new Set<string>(['được'].map(foldKey));

export function isGivenNameAmongNeverNameWords(key: string): boolean {
  return GIVEN_NAMES_AMONG_NEVER_NAME_WORDS.has(key);
}

/**
 * Nouns of two syllables whose first is also a given name (`Thủy`, `Hải`): a kind word capitalized with its noun's
 * first syllable (`Hồ Thủy điện Đăk Re`, the hydropower lake) reads as a family and a given name, but the lowered
 * syllable after it says the capital opens a noun. Folded keys.
 */
const NOUNS_OPENED_BY_GIVEN_NAMES = ['thủy điện', 'thủy lợi', 'thủy sản', 'nhiệt điện', 'hải sản', 'hải cảng'] as const;
const NOUNS_OPENED_BY_GIVEN_NAMES_KEYS = new Set<string>(NOUNS_OPENED_BY_GIVEN_NAMES.map(foldKey));

/** True when a given name's key and the lower-case word's key after it make a noun (`thủy` + `điện`). */
export function isNounOpenedByGivenName(givenKey: string, nextKey: string): boolean {
  return NOUNS_OPENED_BY_GIVEN_NAMES_KEYS.has(`${givenKey} ${nextKey}`);
}

/** A capitalized honorific and the word after it making a place or a fixed name: `Anh Quốc`, `Bà Rịa`. */
const HONORIFIC_COMPOUNDS = [
  'anh quốc', 'bà rịa', 'bà đen', 'bà nà', 'bà chúa', 'bà điểm', 'ông trời', 'ông táo', 'ông địa', 'ông công',
  'cô tô', 'chú cuội', 'bà chiểu', 'bác hồ',
] as const;
/** The second words of the compounds by the key of their first. */
const HONORIFIC_COMPOUND_ENDS = new Map<string, Set<string>>();
for (const compound of HONORIFIC_COMPOUNDS) {
  const [first = '', second = ''] = foldKey(compound).split(' ');
  HONORIFIC_COMPOUND_ENDS.set(first, (HONORIFIC_COMPOUND_ENDS.get(first) ?? new Set<string>()).add(second));
}

/** True when an honorific and the word after it (their keys) together name a place or a fixed figure. */
export function isHonorificCompound(honorificKey: string, nextKey: string): boolean {
  return HONORIFIC_COMPOUND_ENDS.get(honorificKey)?.has(nextKey) ?? false;
}

/** Words of a byline label: `Người viết:`, `Tác giả:`, `Bài và ảnh:`, `PV:`. Regex source. */
export const BYLINE_LABEL =
  '(?:Người viết|Tác giả|Bài và ảnh|Bài, ảnh|Bài và clip|Bài|Ảnh|Phóng viên|Nhóm phóng viên|Nhóm PV|PV|Biên tập|Thực hiện|Nhóm thực hiện|Author|By)';

/**
 * The word before a photo or video credit's name, colon included (`Ảnh: Thanh Hà (TTXVN)`, `(Ảnh: Chu Văn Nam)`):
 * keys. The name after it is the photographer's, never an everyday word starting a sentence.
 */
const CREDIT_LABEL_KEYS: ReadonlySet<string> = new Set(['ảnh:', '(ảnh:', 'clip:', '(clip:', 'video:', '(video:']);

export function isCreditLabel(key: string | undefined): boolean {
  return key !== undefined && CREDIT_LABEL_KEYS.has(key);
}

/**
 * First syllables of common words that are also given names (`Thiết`, `Quản`, `Công`, `Tài`), by the lower-case
 * syllables that complete them: after a title (`kỹ sư Thiết kế vi mạch`, `cử nhân Quản trị kinh doanh`) the
 * capitalized syllable opens the field a degree or a programme is named for, no person; before any other word it
 * stays a name (`kỹ sư Thiết cho biết`).
 */
const COMMON_WORDS_OPENED_BY_GIVEN_NAMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['thiết', ['kế', 'bị']], ['quản', ['lý', 'trị']], ['công', ['nghệ', 'nghiệp', 'trình', 'tác']],
  ['kinh', ['tế', 'doanh']], ['tài', ['nguyên']], ['kế', ['toán', 'hoạch']], ['điện', ['tử', 'lực']],
  ['cơ', ['khí', 'điện']], ['hóa', ['học', 'dược']], ['sinh', ['học']], ['kiến', ['trúc']], ['xây', ['dựng']],
  ['thủy', ['lợi', 'sản']], ['môi', ['trường']], ['nông', ['nghiệp', 'học']], ['lâm', ['nghiệp', 'sinh']],
  ['khoa', ['học']], ['vật', ['lý', 'liệu']], ['toán', ['học']], ['trí', ['tuệ']], ['hệ', ['thống']],
  ['phần', ['mềm']], ['tự', ['động']], ['điều', ['dưỡng', 'khiển']], ['dinh', ['dưỡng']], ['ngôn', ['ngữ']],
  ['truyền', ['thông']], ['kiểm', ['toán']], ['quy', ['hoạch']], ['luật', ['học']], ['dược', ['học']],
  ['hàn', ['lâm']],
  // A school's level: `thầy cô Trường Phổ thông dân tộc bán trú ...`.
  ['phổ', ['thông', 'cập']],
  // `Tổng` (the total) before the noun it sums, opening a sentence right after the honorific that closed the one
  // before (`..., thưa ông Tổng nhu cầu vốn là ...`): no given name.
  ['tổng', ['số', 'cộng', 'nhu', 'vốn', 'kinh', 'giá', 'trị', 'doanh', 'diện', 'mức', 'sản', 'lượng', 'dư', 'quy', 'chiều']],
];
const COMMON_WORD_SECOND_SYLLABLES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  COMMON_WORDS_OPENED_BY_GIVEN_NAMES.map(([first, seconds]) => [foldKey(first), new Set(seconds.map(foldKey))]),
);

/** True when the capitalized syllable (its key) and the lower-case one after it (its key) make a common word. */
export function opensCommonWord(key: string, nextKey: string): boolean {
  return COMMON_WORD_SECOND_SYLLABLES.get(key)?.has(nextKey) === true;
}
