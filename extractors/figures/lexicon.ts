// Word lists of the figures extractor, looked up by folded key (extractors/shared/vietnamese.ts `foldKey`).
// Multi-word entries are matched longest first over tokens, through each list's tree (phrases.ts, at the end).
import type { FigureQualifier } from '../../output/schema.js';
import { foldKey } from '../shared/vietnamese.js';
import { NUMBER_WORD_KEYS } from '../shared/numbers.js';
import { phraseTree, wordSet, type PhraseTree, type WordSet } from './phrases.js';

function keys(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldKey));
}

/** Currencies after a number, as written in news (`đồng`, `VNĐ`, `USD`, `euro`, `đô la Mỹ`). */
export const CURRENCIES: ReadonlySet<string> = keys([
  'đồng', 'vnđ', 'vnd', 'đ', 'usd', 'đô la', 'đô-la', 'đôla', 'đô la mỹ', 'đô', 'euro', 'eur', 'yên', 'yên nhật',
  'nhân dân tệ', 'tệ', 'bảng anh', 'won', 'bạt', 'baht', 'đô la singapore', 'sgd', 'jpy', 'cny', 'gbp', 'krw', 'aud',
  'đô la úc', 'rúp', 'rupee', 'ringgit', 'kip', 'riel', 'franc', '$', '€', '£', '¥',
  // stablecoins, tokens worth one dollar each: `2 triệu USDT`
  'usdt', 'usdc',
  // hundredths of a dollar, as prices of power are given: `7,5 US cent/kWh`, `9 cent`
  'us cent', 'uscent', 'cent',
]);

/** Currencies written before the number (`$200`, `€5`). */
export const PREFIX_CURRENCIES: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);

/** Time units that make a number a duration; `tuổi` gives an age. */
export const DURATION_UNITS: ReadonlySet<string> = keys([
  'năm', 'tháng', 'tuần', 'ngày', 'ngày đêm', 'giờ', 'tiếng', 'tiếng đồng hồ', 'phút', 'giây', 'thập kỷ', 'thập niên',
  'thế kỷ', 'tuổi', 'năm học', 'quý', 'kỳ', 'nhiệm kỳ', 'mùa', 'thiên niên kỷ',
  // ages of babies and young animals: `bé 5 tháng tuổi`, `gà 20 ngày tuổi`
  'tháng tuổi', 'tuần tuổi', 'ngày tuổi',
]);

/** The duration units that give an age (`5 tuổi`, `18 tháng tuổi`). */
export const AGE_UNITS: ReadonlySet<string> = keys(['tuổi', 'tháng tuổi', 'tuần tuổi', 'ngày tuổi']);

/** Words that make a number a percentage. */
export const PERCENT_WORDS: ReadonlySet<string> = keys(['%', 'phần trăm', 'điểm phần trăm', 'điểm %']);

/** Percent words that give percentage points, a difference of two percentages (unit `điểm phần trăm`). */
export const PERCENTAGE_POINTS: ReadonlySet<string> = keys(['điểm phần trăm', 'điểm %']);

/** Units of measure, written after a number with or without a space (`10 km`, `5kg`, `100 m2`). */
export const MEASURE_UNITS: ReadonlySet<string> = keys([
  'km', 'm', 'cm', 'mm', 'µm', 'nm', 'kg', 'g', 'mg', 'tấn', 'tạ', 'yến', 'lít', 'l', 'ml', 'ha', 'hecta', 'héc-ta',
  'héc ta', 'mét', 'mét vuông', 'mét khối', 'ki-lô-mét', 'ki lô mét', 'cây số', 'ki-lô-gam', 'ki lô gam', 'm2', 'm3',
  'km2', 'mw', 'kw', 'gw', 'kwh', 'mwh', 'gwh', 'w', 'kv', 'v', 'a', 'hz', 'mhz', 'ghz', 'gb', 'mb', 'tb', 'kb',
  // peak watts, the rated power of solar panels: `42 MWp`, `500 kWp`
  'wp', 'kwp', 'mwp', 'gwp',
  'độ', 'độ c', '°c', '°', 'sào', 'mẫu', 'thùng', 'bao', 'lượng', 'carat', 'inch', 'feet', 'dặm', 'hải lý',
  'teu', 'dwt', 'ppm', 'ppb', 'pixel', 'megapixel', 'calo', 'kcal', 'bit', 'mah', 'wh', 'mbps', 'gbps', 'km/h',
  'cân', 'lạng', 'gam', 'gram', 'kilogam', 'ki-lô-gam',
  // a milligram spelled out, as breath-alcohol limits are written: `0,25 miligam/lít khí thở`
  'miligam', 'mi-li-gam',
  // the apparent power of transformers and substations: `trạm biến áp 400 kVA`, `máy biến áp 63 MVA`
  'va', 'kva', 'mva', 'kvar', 'mvar',
  // loudness, in decibels (A-weighted as noise limits are set): `độ ồn 70 dB`, `giới hạn ban đêm 55 dBA`
  'db', 'dba',
  // doses of radiation, absorbed (gray: `chiếu xạ với liều 400 Gy`) and taken by the body (sievert: `20 mSv một năm`)
  'gy', 'kgy', 'mgy', 'sv', 'msv', 'µsv',
  // the energies of particle beams, as radiotherapy machines are rated: `chùm electron từ 6 đến 18 MeV`, `100 keV`
  'ev', 'kev', 'mev', 'gev',
  // per mille, the salinity of water and rates per thousand: `độ mặn 28–32‰`, `tỷ suất sinh 4‰`
  '‰',
  // the concentrations of what a chimney lets out, per normal cubic metre of gas (`bụi 15 mg/Nm3`, dioxin `0,05
  // ngTEQ/Nm3`, in toxic equivalents), and of what the air holds (`bụi mịn 25 µg/m3`)
  'nm3', 'µg', 'mcg', 'ngteq', 'pgteq',
]);

/** Units that may stand glued to the digits (`5kg`, `200.000đ`, `10km`); any other glued letters make a code. */
export const GLUED_UNITS: ReadonlySet<string> = keys([
  'km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 'ml', 'ha', 'm2', 'm3', 'km2', 'mw', 'kw', 'gw', 'kwh', 'mwh', 'gwh', 'kv',
  'hz', 'mhz', 'ghz', 'gb', 'mb', 'tb', 'đ', 'tr', 'usd', 'vnđ', 'vnd', 'ppm', 'teu', 'tỷ', 'triệu', 'mah', 'mbps',
  'kwp', 'mwp', 'kva', 'mva',
]);

/**
 * Counted nouns: the heads a number counts in news (`2 tổ chức`, `8 nước thành viên`, `5 chuyên gia`). Matched longest
 * first, so `nước thành viên` wins over `nước`. A noun not listed can still be a unit (counted-nouns.ts); listing
 * it decides where it ends.
 */
export const COUNTED_NOUNS: ReadonlySet<string> = keys([
  // people
  'người', 'người con', 'người dân', 'người lao động', 'người tiêu dùng', 'người dùng', 'người bệnh', 'người chơi', 'người mẫu',
  'cán bộ', 'công chức', 'viên chức', 'cán bộ công chức', 'nhân viên', 'nhân sự', 'lao động', 'công nhân', 'chuyên gia',
  'nhà khoa học', 'nhà nghiên cứu', 'nhà đầu tư', 'nhà báo', 'nhà quản lý', 'nhà tài trợ', 'học sinh', 'sinh viên',
  'học viên', 'nghiên cứu sinh', 'cô giáo', 'thầy giáo', 'giáo viên', 'giảng viên', 'giáo sư', 'tiến sĩ', 'thạc sĩ', 'kỹ sư', 'bác sĩ',
  // `y, bác sĩ`, `y bác sĩ`: `y sĩ` and `bác sĩ` named together, one staff counted whole (`24 y, bác sĩ`)
  'y bác sĩ', 'y, bác sĩ', 'y sĩ',
  'y tá', 'điều dưỡng', 'bệnh nhân', 'trẻ', 'trẻ em', 'em', 'cháu', 'đại biểu', 'thành viên', 'hội viên', 'đảng viên',
  'đoàn viên', 'đại sứ', 'du khách', 'khách', 'khách hàng', 'khách quốc tế', 'hành khách', 'hộ', 'hộ dân',
  'hộ gia đình', 'gia đình', 'nạn nhân', 'thí sinh', 'vận động viên', 'cầu thủ', 'tác giả', 'đối tác', 'ứng viên',
  'ứng cử viên', 'thẩm phán', 'luật sư', 'chiến sĩ', 'quân nhân', 'bị cáo', 'đối tượng', 'nông dân', 'ngư dân',
  'tình nguyện viên', 'cộng tác viên', 'kiểm soát viên', 'phóng viên', 'diễn giả', 'lãnh đạo', 'bộ trưởng', 'thứ trưởng', 'phó chủ tịch', 'đồng chí',
  // a Party committee's secretaries, written capitalized too (`bầu ba Phó Bí thư`)
  'bí thư', 'phó bí thư',
  // a body's directors, written capitalized too (`bổ nhiệm hai Phó Giám đốc`)
  'giám đốc', 'phó giám đốc', 'tổng giám đốc', 'phó tổng giám đốc',
  // the peoples of a land, counted in words too (`54 dân tộc`, `năm dân tộc chính là ...`)
  'dân tộc',
  // members of a council or committee, written capitalized too (`miễn nhiệm hai Ủy viên`); the individuals and
  // collectives a review or an award names (`kiểm điểm hai tập thể và năm cá nhân`)
  'ủy viên', 'cá nhân', 'tập thể',
  // the dead, as forensic and rescue news count them: `tủ bảo quản 6 thi thể`, `khám nghiệm 120 tử thi`
  'thi thể', 'tử thi',
  // the clergy and the faithful: `hơn 2.000 tăng ni, phật tử`; monks and nuns in study: `40 học tăng, ni sinh`
  'tăng ni', 'phật tử', 'tín đồ', 'chức sắc', 'học tăng', 'ni sinh', 'học tăng, ni sinh',
  // eggs and their nests, counted in wildlife and farm news: `ấp 300 tổ trứng`
  'tổ trứng',
  'cử tri', 'thương nhân', 'tiểu thương', 'chủ doanh nghiệp', 'doanh nhân', 'nghệ sĩ', 'ca sĩ', 'nhân tài',
  'ca', 'ca mắc', 'ca nhiễm', 'ca bệnh', 'ca tử vong', 'ca khỏi bệnh', 'bé', 'sản phụ', 'cụ', 'nhân khẩu', 'kiều bào',
  // people in court and police news, some opening with a word that is a verb or a passive elsewhere (`bị hại`)
  'thanh niên', 'thiếu niên', 'phụ nữ', 'người cao tuổi', 'cựu chiến binh', 'hộ nghèo',
  'bị can', 'bị hại', 'người bị hại', 'bị đơn', 'nguyên đơn', 'đương sự', 'nhân chứng', 'người làm chứng',
  'nghi phạm', 'phạm nhân', 'tù nhân', 'can phạm', 'người bị tạm giữ',
  // players and sports titles, counted as people: `kỳ thủ` (a chess player, never a term `kỳ`), the chess titles
  // written capitalized (`12 Đại kiện tướng`, `hai Kiện tướng quốc tế`)
  'kỳ thủ', 'đấu thủ', 'kiện tướng', 'đại kiện tướng', 'nữ đại kiện tướng', 'kiện tướng quốc tế', 'kiện tướng quốc gia',
  'nữ kiện tướng quốc tế',
  // the parties to a deal or a dispute: `cả hai bên`, `3 bên ký biên bản`
  'bên',
  // kin named as a pair, counted whole: `ba anh em` (three siblings), `hai vợ chồng`, `ba bố con`
  'anh em', 'chị em', 'anh chị em', 'vợ chồng', 'bố con', 'cha con', 'ông cháu', 'bà cháu',
  // organizations
  'tổ chức', 'tổ chức quốc tế', 'tổ chức chứng nhận', 'doanh nghiệp', 'công ty', 'tập đoàn', 'cơ quan', 'đơn vị',
  // `Thuế cơ sở`, the local tax office since 2025 (as `Chi cục` was): `12 Thuế cơ sở`
  'thuế cơ sở',
  'bộ', 'ngành', 'bộ ngành', 'bộ, ngành', 'sở', 'chi cục', 'tổng cục', 'ban', 'ban ngành', 'hiệp hội', 'hội', 'trường', 'trường học',
  'trường đại học', 'đại học', 'viện', 'viện nghiên cứu', 'bệnh viện', 'trạm y tế', 'ngân hàng', 'hợp tác xã',
  'cơ sở', 'cơ sở sản xuất', 'phòng thí nghiệm', 'phòng thử nghiệm', 'trung tâm', 'nhà máy', 'xí nghiệp',
  'cửa hàng', 'chợ', 'siêu thị', 'đại lý', 'chi nhánh', 'văn phòng', 'ủy ban', 'tiểu ban', 'nhóm công tác',
  'câu lạc bộ', 'đội', 'đoàn', 'phái đoàn',
  // teams and groups set up (`36 tổ`, `ba tổ công tác`, `46 tổ hợp tác`; `tổ 5` alone still names one, NAME_LABELS)
  'tổ', 'tổ công tác', 'tổ hợp tác', 'tổ dân phố', 'tổ tự quản', 'liên minh', 'startup', 'công ty khởi nghiệp', 'nhà cung cấp', 'nhà xuất bản',
  'cơ quan báo chí', 'tờ báo', 'tạp chí', 'kênh', 'nền tảng', 'website', 'trang web', 'ứng dụng',
  // cultural institutions, counted in words too: `ba bảo tàng cũ`, `hai thư viện`
  'bảo tàng', 'thư viện', 'nhà hát', 'nhà văn hóa',
  // places
  'nước', 'nước thành viên', 'quốc gia', 'quốc gia thành viên', 'nền kinh tế', 'nền kinh tế thành viên',
  'vùng lãnh thổ', 'tỉnh', 'thành phố', 'tỉnh thành', 'tỉnh, thành', 'tỉnh, thành phố', 'quận, huyện', 'xã, phường', 'xã, phường, thị trấn', 'huyện, thị xã', 'sở, ngành',
  'cơ quan, đơn vị', 'huyện', 'quận', 'thị xã', 'đô thị',
  'xã', 'phường', 'thị trấn', 'thôn', 'làng', 'bản', 'ấp', 'xóm', 'khóm', 'địa phương', 'khu vực', 'vùng', 'miền', 'châu lục',
  // markets a trade goes to, counted in words too: `ba thị trường lớn nhất`
  'thị trường',
  'điểm', 'địa điểm', 'khu công nghiệp', 'khu kinh tế', 'khu chế xuất', 'cụm công nghiệp', 'cảng', 'cảng biển',
  'sân bay', 'cửa khẩu', 'tuyến', 'tuyến đường', 'tuyến phố', 'tuyến cao tốc', 'cây cầu', 'cầu', 'căn hộ',
  'ngôi nhà', 'căn nhà', 'nhà', 'mái ấm', 'phòng', 'phòng ngủ', 'phòng tắm', 'phòng vệ sinh', 'giường bệnh', 'lớp học',
  'điểm thi', 'điểm trường', 'hòn đảo', 'đảo', 'trụ sở',
  // addresses, and the axes a plan or a network is laid along (`ba trục chính`, `hai trục giao thông`)
  'địa chỉ', 'trục', 'trục giao thông', 'trục đường',
  // rows of seats or berths: `ba hàng ghế`, `hai hàng giường` (`hàng` alone is goods, or the hundreds of `hàng trăm`)
  'hàng ghế', 'hàng giường',
  // things and matters
  'sản phẩm', 'hàng hóa', 'mặt hàng', 'sản phẩm hàng hóa', 'phương tiện', 'phương tiện đo', 'thiết bị', 'máy',
  'máy móc', 'xe', 'ô tô', 'xe máy', 'tàu', 'máy bay',
  // the slices a scanner takes at once (`máy chụp cắt lớp 128 lát cắt`)
  'lát cắt',
  // production lines (`đầu tư 3 dây chuyền sản xuất`)
  'dây chuyền',
  // machines named with `cần` (an arm or boom; `cần` alone is the modal `need`, which ends a noun): `2 cần trục`
  'cần trục', 'cần cẩu', 'cần chắn',
  'công trình', 'dự án', 'chương trình', 'đề tài', 'nhiệm vụ',
  'sáng kiến', 'hội nghị', 'hội thảo', 'cuộc họp', 'phiên họp', 'sự kiện', 'khóa đào tạo', 'khóa học', 'lớp',
  // a league's seasons, counted (`hợp đồng cho 3 mùa giải`), where `mùa` alone is a length of time
  'mùa giải',
  // the seasons of the year and of the weather, counted (`thêm 2 mùa hè nữa`, `qua ba mùa mưa`), where `mùa` alone
  // is a length of time
  'mùa hè', 'mùa đông', 'mùa xuân', 'mùa thu', 'mùa mưa', 'mùa khô', 'mùa lũ', 'mùa hạ',
  'trình độ', 'trình độ đào tạo',
  'lớp đào tạo', 'văn bản', 'văn bản quy phạm pháp luật', 'tiêu chuẩn', 'quy chuẩn', 'tiêu chuẩn quốc gia',
  'quy chuẩn kỹ thuật', 'tiêu chuẩn quốc tế', 'quy định', 'thủ tục', 'thủ tục hành chính', 'hồ sơ', 'giấy phép',
  'chứng chỉ', 'giấy chứng nhận', 'chứng nhận', 'bằng sáng chế', 'sáng chế', 'bài báo', 'bài viết', 'công bố', 'cuốn sách',
  'đầu sách', 'xuất bản phẩm', 'ấn phẩm', 'tài liệu', 'hiện vật', 'mẫu', 'mẫu thử', 'lô hàng', 'container', 'vụ', 'vụ việc', 'vụ án', 'vụ vi phạm',
  // a suspect's records: prior convictions and administrative offences (`có 2 tiền án, 1 tiền sự`)
  'tiền án', 'tiền sự',
  // tasks, reasons and factors counted in a speaker's list (`ba việc trọng tâm`, `Có ba lý do`, `nhờ hai yếu tố`);
  // `một việc` is "a matter"
  'việc', 'lý do', 'nguyên nhân', 'yếu tố',
  // a market's trading floors, counted (`cả hai sàn`, `ba sàn giao dịch`)
  'sàn', 'sàn giao dịch',
  // gains named in a list (`nêu ba lợi ích`), tours sold (`đưa vào năm tour trải nghiệm`) and a school's grade years
  // taught (`cả ba khối lớp`; `khối 12` alone is a grade's name)
  'lợi ích', 'tour', 'khối lớp',
  // the parts a whole is made of or divided into, counted in words too: an exhibition's themes (`chia thành ba chủ
  // đề`), a document's annexes (`gồm năm phụ lục`; `phụ lục 2` alone still names one), a device's components (`gồm
  // ba thành phần chính`)
  'chủ đề', 'phụ lục', 'thành phần',
  'trường hợp', 'lĩnh vực', 'nội dung', 'mục tiêu', 'giải pháp', 'nhóm', 'nhóm giải pháp', 'tiêu chí', 'chỉ tiêu',
  'nguyên tắc', 'bước', 'giai đoạn', 'cấp', 'khâu', 'ý kiến', 'câu hỏi', 'lượt', 'lần', 'buổi', 'lượt xem', 'lượt truy cập',
  'lượt khách', 'lượt người', 'phiên', 'ngôn ngữ', 'thứ tiếng', 'loài', 'cây', 'con', 'đầu', 'đầu việc', 'đầu mối', 'trọng điểm',
  'con giống', 'gia súc',
  // parts and features counted on a thing or a creature, after which `năm` is five, never the year: `rồng năm móng`,
  // `bàn tay năm ngón`, `cờ năm màu`
  'móng', 'ngón', 'ngón tay', 'ngón chân', 'màu',
  'hiệp định', 'thỏa thuận', 'biên bản ghi nhớ', 'cam kết', 'hợp đồng', 'đơn hàng', 'gói thầu', 'gói', 'hạng mục',
  'điều khoản', 'điều', 'khoản', 'chương', 'mục', 'phần', 'câu', 'trang', 'tập', 'số', 'kỳ họp', 'đợt', 'vòng',
  // the words of a text (`bài 800 chữ`), and what else `chữ` heads (`3 chữ ký`, `6 chữ số`, `29 chữ cái`)
  'chữ', 'chữ ký', 'chữ số', 'chữ cái',
  'trận', 'bàn thắng', 'huy chương', 'huy chương vàng', 'giải', 'giải thưởng', 'danh hiệu', 'kỷ lục', 'bằng khen',
  'sản phẩm ocop', 'nhãn hiệu', 'thương hiệu', 'mã', 'mã số', 'tài khoản', 'thuê bao', 'điện thoại', 'máy tính',
  'liều', 'liều vắc xin', 'liều vaccine', 'mũi', 'mũi tiêm', 'xét nghiệm', 'ổ dịch', 'nhóm ngành', 'ngành nghề',
  'nghề', 'việc làm', 'vị trí', 'vị trí việc làm', 'chỗ', 'chỗ ngồi', 'ghế', 'giường', 'giường bệnh', 'suất', 'phần quà', 'suất quà', 'món', 'món ăn',
  'học bổng',
  // pay and work reckoned in time: `thưởng 1,5 tháng lương`, `20 ngày công` (amounts, no lengths of time)
  'tháng lương', 'ngày lương', 'ngày công', 'giờ công',
  // feasts and holidays held, counted as events, no length of time: `tổ chức 27 ngày hội đọc sách`, `3 ngày lễ lớn`
  'ngày hội', 'ngày lễ',
  // a fleet's time at sea, ships times days: `412 ngày tàu` (a count, no length of time)
  'ngày tàu',
  'chiến lược', 'kế hoạch', 'đề án', 'chính sách', 'luật', 'nghị định', 'thông tư', 'quyết định', 'chỉ thị',
  'công văn', 'báo cáo', 'kiến nghị', 'đơn', 'phản ánh', 'vấn đề', 'hoạt động', 'chuyến', 'chuyến bay', 'chuyến thăm',
  'cuộc', 'cuộc thi', 'cuộc khảo sát', 'đoàn kiểm tra', 'cuộc kiểm tra', 'cuộc thanh tra', 'tấn công', 'lỗ hổng',
  // proposals and requests received, nouns right after a number though verbs after a subject (`nhận 64 đề nghị`,
  // `gửi 12 đề xuất`; `Sở đề nghị` stays a verb, NOUN_PHRASE_ENDERS)
  'đề nghị', 'đề xuất',
  // written as acronyms
  'tcvn', 'qcvn', 'htx', 'dn', 'dnnvv', 'cbcc', 'cbccvc',
  // people and medals of sport written as acronyms, whose `Đ` the all-caps rule of units.ts leaves out: `600 VĐV`,
  // `8 HCĐ`, `4 HCV`, `12 CLB` (a code glued to digits, `G7`, `5G`, `Covid-19`, is never read as a unit)
  'vđv', 'cđv', 'hlv', 'hcv', 'hcb', 'hcđ', 'clb', 'đbqh',
  // artists by the state's titles, People's and Meritorious Artist: `1 NSND và 7 NSƯT`
  'nsnd', 'nsưt',
  // balls, fruits, bombs: `ba quả ném phạt`, `5 quả trứng`
  'quả',
  // generations of a family and school subjects: `ba đời làm nghề`, `thi ba môn`
  'đời', 'môn', 'môn học', 'môn thi',
  // a course's terms, modules and credits, counted (`học trong 3 học kỳ`, `gồm 20 học phần`, `tích lũy 150 tín chỉ`);
  // `học kỳ 2`, `học kỳ II` name a term (the label `kỳ` before a number)
  'học kỳ', 'học phần', 'tín chỉ',
  // the parts a match is played in: `thắng ba set`, `thua hai ván`, `sau hai hiệp`
  'set', 'ván', 'ván đấu', 'ván cờ', 'hiệp', 'hiệp đấu',
  // options and scenarios put forward: `đề xuất ba phương án`, `hai kịch bản tăng trưởng`; ways of doing a thing:
  // `làm ba phương pháp`, `hai biện pháp`
  'phương án', 'kịch bản', 'phương pháp', 'biện pháp',
  // people counted by their academic title, written short: `9 PGS.TS.`, `12 GS.TS`, `30 ThS`
  'gs', 'pgs', 'ts', 'ths', 'tskh', 'gs.ts', 'pgs.ts', 'gs.tskh', 'pgs.tskh', 'ths.bs', 'ts.bs',
  // nouns that open with `đồng`, the word of the currency, and are no money: `5.200 đồng hồ`, `hai đồng nghiệp`
  'đồng hồ', 'đồng hồ nước', 'đồng hồ điện', 'đồng nghiệp', 'đồng đội', 'đồng bào', 'đồng hương', 'đồng minh',
  'đồng phục', 'đồng xu', 'đồng sự', 'đồng môn', 'đồng bằng', 'đồng tác giả', 'đồng chủ tịch', 'đồng sáng lập',
  // people named by what they share, `đồng` ("same, fellow") + the thing shared: accomplices, fellows of a unit, a
  // class, an age (`cùng 4 đồng bọn`, `hai đồng ngũ`, `3 đồng hương`); no sum (`4 đồng một cổ phiếu` is one)
  'đồng phạm', 'đồng bọn', 'đồng đảng', 'đồng ngũ', 'đồng khóa', 'đồng lứa', 'đồng niên', 'đồng tộc', 'đồng cấp',
]);

/**
 * Classifiers and measure nouns that take a noun after them (`3 loại phương tiện đo`, `2 chiếc xe`, `5 lượt người`):
 * the unit runs on into the noun they classify when one follows.
 */
export const CLASSIFIERS: ReadonlySet<string> = keys([
  'loại', 'chiếc', 'cái', 'con', 'bộ', 'lượt', 'cuộc', 'vụ', 'bản', 'tờ', 'quyển', 'cuốn', 'căn', 'ngôi', 'tòa', 'bức',
  'đôi', 'cặp', 'nhóm', 'kiểu', 'dạng', 'hình thức', 'mẫu', 'lô', 'gói', 'đoàn', 'đợt', 'khóa', 'lớp', 'phiên',
  'mảng', 'nhóm ngành', 'nhóm sản phẩm', 'dòng', 'hạng mục', 'thế hệ', 'chủng', 'giống', 'hệ thống', 'trang',
  // levels, grades and steps: `ba mức giá`, `tăng 3 bậc`, `tụt 5 hạng`, `tòa nhà 20 tầng`
  'mức', 'bậc', 'nấc', 'hạng', 'tầng', 'ngạch',
  // portions given out: `30 suất học bổng`, `200 suất quà`, `500 suất ăn`
  'suất',
  // heads of compounds: `máy thở`, `xe cứu thương`, `túi dịch truyền`, `bài thuốc`, `dự thảo luật`
  'máy', 'xe', 'tàu', 'túi', 'bài', 'chai', 'hộp', 'bình', 'gian', 'nhà', 'trạm', 'điểm', 'chương trình', 'dự thảo',
]);

/**
 * Words that end a counted noun phrase: function words, verbs and adjectives that follow a noun. A unit never
 * starts with one of these, and stops before them.
 */
export const NOUN_PHRASE_ENDERS: ReadonlySet<string> = keys([
  'của', 'và', 'với', 'cho', 'trong', 'trên', 'dưới', 'ngoài', 'tại', 'ở', 'từ', 'đến', 'tới', 'về', 'là', 'có',
  'được', 'bị', 'đã', 'đang', 'sẽ', 'đều', 'cũng', 'vẫn', 'còn', 'này', 'đó', 'kia', 'ấy', 'nọ', 'khác', 'nào',
  'mới', 'lớn', 'nhỏ', 'quan trọng', 'chính', 'tham gia', 'tham dự', 'nhưng', 'mà', 'thì', 'nên', 'vì', 'do', 'bởi',
  // conjunctions of concession, which open a clause after a name's number (`giống Khang dân 18 tuy dễ làm`)
  'tuy', 'dù', 'mặc dù',
  'nếu', 'khi', 'để', 'hay', 'hoặc', 'như', 'theo', 'so', 'so với', 'hơn', 'nhất', 'rất', 'quá', 'lắm', 'nữa', 'rồi',
  'thôi', 'ra', 'vào', 'lên', 'xuống', 'qua', 'lại', 'đi', 'đây', 'đấy', 'thế', 'vậy', 'gồm', 'bao gồm', 'nhằm',
  // `đối với` (as for), which `đối` alone does not end (`2 đối tượng`): `định mức là 1,9 đối với trường hạng I`
  'đối với',
  'trước', 'sau', 'giữa', 'bên', 'cùng', 'không', 'chưa', 'chẳng', 'đạt', 'tăng', 'giảm', 'làm', 'thực hiện',
  'tiếp tục', 'hoàn thành', 'nằm', 'thuộc', 'trực thuộc', 'liên quan', 'cần', 'phải', 'muốn', 'nên', 'đầu', 'cuối',
  'nay', 'ngay', 'luôn', 'lần lượt', 'khoảng', 'gần', 'chừng', 'tổng cộng', 'trở lên', 'trở xuống', 'khắp', 'các',
  'những', 'mỗi', 'mọi', 'từng', 'cả', 'tất cả', 'toàn bộ', 'nhiều', 'ít', 'đông', 'hiện', 'hiện nay', 'hiện có',
  'chủ chốt', 'trọng điểm', 'hàng đầu', 'tiêu biểu', 'điển hình', 'xuất sắc', 'thuộc về', 'ký', 'gây',
  'nhận', 'đưa', 'mang', 'dành', 'chiếm', 'thứ', 'trên đây', 'nêu trên', 'kể trên', 'thì', 'ạ', 'nhé',
  // verbs that follow a subject with a number
  'sang', 'chạy', 'bay', 'dự', 'họp', 'thăm', 'gặp', 'nói', 'cho biết', 'cho rằng', 'đề nghị', 'mua', 'bán',
  'xây', 'xây dựng', 'sản xuất', 'nhập', 'xuất', 'đóng', 'mở', 'ký kết', 'triển khai', 'phát hiện', 'nhập viện',
  'tử vong', 'mắc', 'nhiễm', 'hoạt động', 'trồng', 'nuôi', 'học', 'dạy', 'thi', 'đỗ', 'trượt', 'bỏ', 'giữ', 'lấy',
  'gửi', 'nộp', 'đăng ký', 'tổ chức', 'kiểm tra', 'xử lý', 'chết', 'bị thương', 'mất tích', 'trở về', 'rời',
  'tăng lên', 'giảm xuống', 'lên tới', 'lên đến', 'đạt được', 'ước', 'dự kiến', 'khiến', 'giúp', 'tạo',
  'thu hút', 'diễn ra', 'khai mạc', 'bế mạc', 'kết thúc', 'bắt đầu', 'ghi nhận', 'công bố', 'ban hành', 'chứng kiến',
  // verbs of running or holding a thing, after a name that ends in a number (`giao cho Đội 2 quản lý`) or a grade
  // (`vàng 9999 dao động quanh`): a subject and its verb, no counted noun
  'quản lý', 'vận hành', 'sử dụng', 'dao động',
  // verbs of what a thing costs, after it (`nhà 6 tầng hết 60 triệu đồng`, `2 chiếc tốn 1 tỷ`)
  'hết', 'tốn',
  // adjectives and adverbs after a counted noun
  'tốt', 'xấu', 'cao', 'thấp', 'mạnh', 'yếu', 'giàu', 'nghèo', 'khó khăn', 'đặc biệt', 'nổi bật', 'chính thức',
  'trực tuyến', 'trực tiếp', 'liên tiếp', 'tiếp theo', 'đầu tiên', 'cuối cùng', 'còn lại', 'khác nhau', 'cùng lúc',
  'liền', 'thêm', 'nay', 'gần đây', 'vừa qua', 'tới đây', 'sắp tới', 'trước đó', 'sau đó', 'khi đó', 'lúc đó',
]);

/**
 * Verbs of accidents and incidents: they end a noun after its number (`2 xe tải va chạm`, `3 ngôi nhà bốc cháy`), but
 * an event classifier makes a noun of them (`3 vụ va chạm`, `2 vụ cháy`; see EVENT_CLASSIFIERS).
 */
export const INCIDENT_VERBS: ReadonlySet<string> = keys([
  'va', 'va chạm', 'đâm', 'tông', 'lật', 'cháy', 'bốc cháy', 'rơi', 'chìm', 'sập', 'đổ', 'hư hỏng', 'ngập',
]);

/** Classifiers of events, after which a verb names the event: `vụ cháy`, `cuộc va chạm`, `trận động đất`. */
export const EVENT_CLASSIFIERS: ReadonlySet<string> = keys(['vụ', 'cuộc', 'trận', 'đợt']);

/** Qualifiers before a number and what they mean. */
export const QUALIFIERS_BEFORE: ReadonlyMap<string, FigureQualifier> = new Map(
  ([
    ['khoảng', 'approx'], ['gần', 'approx'], ['chừng', 'approx'], ['khoảng chừng', 'approx'], ['xấp xỉ', 'approx'],
    ['tầm', 'approx'], ['trên dưới', 'approx'], ['vào khoảng', 'approx'], ['ước', 'approx'], ['ước tính', 'approx'], ['ước khoảng', 'approx'], ['độ chừng', 'approx'],
    ['ước đạt', 'approx'], ['ước chừng', 'approx'], ['ước tính khoảng', 'approx'], ['xấp xỉ khoảng', 'approx'],
    ['hơn', 'over'], ['trên', 'over'], ['ngoài', 'over'], ['hơn là', 'over'], ['ít nhất', 'over'],
    ['tối thiểu', 'over'], ['không dưới', 'over'], ['không ít hơn', 'over'],
    ['dưới', 'under'], ['chưa đến', 'under'], ['chưa tới', 'under'], ['chưa đầy', 'under'], ['không quá', 'under'],
    ['không đến', 'under'], ['tối đa', 'under'], ['không tới', 'under'], ['chỉ chưa đến', 'under'],
  ] as const).map(([words, qualifier]) => [foldKey(words), qualifier]),
);

/** Qualifiers after a figure: `50 người trở lên`. */
export const QUALIFIERS_AFTER: ReadonlyMap<string, FigureQualifier> = new Map(
  ([
    ['trở lên', 'over'], ['trở xuống', 'under'], ['có lẻ', 'over'], ['có dư', 'over'],
  ] as const).map(([words, qualifier]) => [foldKey(words), qualifier]),
);

/**
 * Nouns that take a number as a name, not a quantity: `nhà máy số 2`, `nhóm 2`, `Điều 5`, `phòng 301`. The number
 * after one of these (with no unit of its own) is no figure.
 */
export const NAME_LABELS: ReadonlySet<string> = keys([
  'số', 'nhóm', 'phòng', 'tầng', 'khu', 'tổ', 'phường', 'quận', 'lô', 'mục', 'điều', 'khoản', 'chương', 'phụ lục',
  'bước', 'giai đoạn', 'hình', 'bảng', 'ảnh', 'biểu đồ', 'lớp', 'khóa', 'cấp', 'hạng', 'tuyến', 'đường', 'ấp', 'xóm',
  'thôn', 'km', 'quốc lộ', 'tỉnh lộ', 'vành đai', 'đại lộ', 'xa lộ', 'cổng', 'gói', 'gói thầu', 'kênh', 'sân', 'ca', 'tập', 'phần', 'kỳ', 'vòng',
  'trận', 'dãy', 'ô', 'mẫu', 'phiên bản', 'version', 'top', 'hẻm', 'ngõ', 'ngách', 'kiệt', 'block', 'tòa', 'căn',
  'căn hộ', 'cấp độ', 'mức', 'mức độ', 'level', 'đội', 'tiểu đội', 'trung đội', 'đại đội', 'tiểu đoàn', 'sư đoàn',
  'quân đoàn', 'quân khu', 'vùng', 'lữ đoàn', 'trung đoàn', 'bến', 'ga', 'sảnh', 'nhà', 'số hiệu', 'mã', 'mã số',
  'hotline', 'tổng đài', 'điện thoại', 'đt', 'tel', 'fax', 'di động', 'zalo', 'sđt', 'số điện thoại', 'stt',
  'thứ tự', 'clip', 'video', 'tiêu chuẩn', 'quy chuẩn', 'lần', 'series', 'dòng', 'model', 'mẫu xe', 'gen', 'phiên',
  'chương trình', 'đề án', 'dự án', 'kế hoạch', 'nghị quyết', 'quyết định', 'nghị định', 'thông tư', 'chỉ thị',
  'luật', 'công văn', 'văn bản', 'chiến dịch', 'đề tài', 'sắc lệnh', 'pháp lệnh', 'hiệp định', 'công ước', 'khu phố',
  'đợt', 'bệnh viện', 'trường', 'nhà máy', 'xí nghiệp', 'công ty', 'nhà', 'cầu', 'cảng', 'trạm', 'chốt', 'kho',
  'câu', 'bài', 'ý', 'tiết', 'buổi', 'mã bài', 'mã tin', 'id', 'mã số thuế', 'mst', 'số tài khoản', 'stk', 'số hiệu', 'mã hồ sơ', 'mã đơn', 'mã vạch',
  'xưởng', 'phân xưởng', 'đơn vị', 'binh đoàn', 'hạm đội', 'trại', 'đồn', 'mỏ', 'giếng', 'lò', 'tổ máy',
  // a residential group (`tổ dân phố 5`, matched by its last two words) and military hospitals (`Bệnh viện Quân y 103`)
  'tổ dân phố', 'dân phố', 'quân y',
  // the southern word for a ward's residential group: `khóm 4, phường An Lạc`
  'khóm',
  // school grades: `học sinh khối 12`
  'khối',
  // the sieve size beans are graded by, in 64ths of an inch: `cà phê đạt chuẩn sàng 18`, `hạt trên sàng 16`
  'sàng',
  // the regions courts and other bodies are numbered by since 2025: `Tòa án nhân dân khu vực 5`
  'khu vực',
  // a player's shirt: `cầu thủ mang số áo 9`
  'số áo',
  // the alert levels of a river's flood (`vượt báo động 3`, `trên mức báo động 2`) and the grades of stainless steel
  // (`nồi inox 304`)
  'báo động', 'inox',
  // the sites of a school, a library or a hospital (`cơ sở 2 của trường`, `phân hiệu 1`, `chi nhánh 3`)
  'cơ sở', 'phân hiệu', 'chi nhánh',
  // the type of a disease or a product, in English or Vietnamese spelling: `tiểu đường type 2`, `tuýp 1`
  'type', 'tuýp', 'típ',
]);

/**
 * Words before a label word that make it a verb, so the number after it counts (`đã cấp 200 giấy phép`, `cung cấp
 * 500 máy tính`, `triệu tập 3 nhân chứng`): aspect and modal words, which stand before verbs, and verbs whose last
 * syllable is a label word (and a few nouns: `danh mục 34 dự án`).
 */
export const VERB_BEFORE_LABEL: ReadonlySet<string> = keys([
  'đã', 'đang', 'sẽ', 'vừa', 'được', 'bị', 'chưa', 'không', 'cần', 'phải', 'cũng', 'đều', 'vẫn', 'hãy',
  // `trọn gói 25 căn` (all-in): `gói` is no package's label; `tặng trường 20 bộ sách`: the label word is who is given
  'trọn', 'tặng', 'biếu',
  'cung cấp', 'nâng cấp', 'phân cấp', 'khẩn cấp', 'cao cấp', 'yêu cầu', 'triệu tập', 'học tập', 'luyện tập', 'thực tập', 'ôn tập', 'biên tập', 'lấy mẫu',
  // `luân phiên 40 giáo viên` (to rotate): no session's number
  'luân phiên',
  // nouns whose last syllable is a label word and which take a count after them: `thị trường 3 dòng sản phẩm`,
  // `bộ sưu tập 47 hiện vật`, `nhu cầu 500 lao động` (no school, no episode, no bridge)
  'thị trường', 'môi trường', 'hiện trường', 'công trường', 'thương trường', 'chiến trường', 'sưu tập', 'tuyển tập',
  'nhu cầu',
  // verbs whose last syllable is `phòng` (a room's label): `tiêm phòng 2 đợt`, `dự phòng 3 phương án`
  'tiêm phòng', 'dự phòng', 'đề phòng',
  // verbs whose last syllable is `ý` (a point's label, `ý 2`): `góp ý 52 dự thảo`, `lưu ý 3 điểm`
  'góp ý', 'lưu ý',
  // nouns whose last syllable is a label word, a list of so many things: `danh mục 34 dự án`
  'danh mục',
  // a level of training and a place in a table, whose last syllable is a label word: `hệ trung cấp 900 học viên`,
  // `kém đội đầu bảng 3 điểm`
  'trung cấp', 'sơ cấp', 'đầu bảng', 'cuối bảng',
  // `mới` (just), an aspect word like `vừa`: `mới cấp 37 giấy phép`; words whose last syllable is a label word: to
  // discipline (`kỷ luật 3 cán bộ`), online (`phát trực tuyến 6 đêm diễn`), a hall and its seats (`khán phòng 320
  // chỗ ngồi`, `hội trường 500 chỗ`)
  'mới', 'kỷ luật', 'trực tuyến', 'khán phòng', 'hội trường',
  // a teacher's load and a norm, whose last syllable is a label word (`lớp`, `mức`): `mỗi tuần đứng lớp 19 tiết` (to
  // teach), `vượt định mức 4 tiết` (the norm), no class 19, no level 4
  'đứng lớp', 'định mức',
  // computed tomography, whose last syllable is a label word (`lớp`): `chụp cắt lớp 128 lát cắt`, no class 128
  'cắt lớp',
  // a demonstrative, which closes the subject's noun phrase, so the label word after it is the verb: `phòng khám này
  // cấp 1.236 giấy` (issued), `xã đó tổ chức` (`tổ` is no group's label)
  'này', 'đó', 'ấy', 'kia',
]);

/**
 * Verbs that take whom they give to, or order from, before the count of what is given (`đặt hàng trường 2 đề tài`,
 * `bàn giao xã 3 phòng học`): the label word after one names the receiver, no number's label.
 */
export const GIVING_VERBS: ReadonlySet<string> = keys(['đặt hàng', 'bàn giao', 'trao tặng', 'hỗ trợ', 'cấp phát', 'phân bổ']);

/** Words after which a number is part of a date whatever follows: `tháng 6 năm 2020`, `ngày 15`, `lúc 8 giờ`. */
export const DAY_AND_MONTH_WORDS: ReadonlySet<string> = keys([
  'tháng', 'ngày', 'mồng', 'mùng', 'quý', 'lúc', 'hồi', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'rạng sáng',
]);

/** Words after which a number with no unit is part of a date: `năm 2020`, `tháng 6`, `ngày 15`. */
export const DATE_WORDS_BEFORE: ReadonlySet<string> = keys([
  'năm', 'tháng', 'ngày', 'mồng', 'mùng', 'quý', 'lúc', 'hồi', 'thứ', 'tuần', 'sáng', 'trưa', 'chiều', 'tối',
  'đêm', 'khuya', 'rạng sáng', 'niên khóa', 'năm học', 'niên độ', 'thế kỷ', 'đời', 'thập niên', 'thập kỷ',
]);

/** Words after which a number is a phone number: `Điện thoại: 024...`, `Hotline 1900...`. */
export const PHONE_LABELS: ReadonlySet<string> = keys([
  'điện thoại', 'đt', 'đtdđ', 'dđ', 'tel', 'fax', 'hotline', 'tổng đài', 'di động', 'zalo', 'sđt', 'số điện thoại',
  'gọi', 'nhắn tin', 'sms', 'máy lẻ',
  // `đường dây nóng 1900.6186` (a label is matched by its last one or two words).
  'dây nóng', 'đường dây nóng',
]);

/**
 * Words after which one of the emergency numbers (111–115) is that service's number, not a count: `Trung tâm Cấp cứu
 * 115`, `xe cứu thương 115`, `ứng dụng Báo cháy 114`, `gọi ngay 114,` (`đã cấp cứu 120 ca`, `chữa cháy 114 vụ` count:
 * only the service numbers are read so, with a capital before or no noun after).
 */
export const EMERGENCY_LABELS: ReadonlySet<string> = keys(['cấp cứu', 'cứu thương', 'cứu hỏa', 'cứu nạn', 'cứu hộ', 'báo cháy',
  'chữa cháy', 'gọi ngay']);

/** `một` before these words is "a", "some", "one of": `một số`, `một cách`, `một trong`. Never a count. */
export const NOT_COUNTED_AFTER_MOT: ReadonlySet<string> = keys([
  'số', 'cách', 'trong', 'phần', 'chút', 'lúc', 'mặt', 'khi', 'vài', 'nửa', 'ít', 'khác', 'mình', 'thời', 'hồi',
  'lát', 'chiều', 'loạt', 'nào', 'điều', 'thứ', 'ngày', 'mai', 'sớm', 'hôm', 'dạo', 'bề', 'lòng', 'tay', 'vừa',
  'cơ hội', 'lần', 'mực', 'thể', 'kiểu', 'dạng', 'bước', 'giai đoạn', 'trong những', 'trong số', 'cái', 'con',
  'hệ thống', 'tổ hợp', 'chuỗi', 'bộ phận', 'phần lớn', 'nền', 'tấm', 'sự', 'việc', 'vấn đề', 'điểm', 'nơi', 'chỗ',
  // `một lượng` is "an amount" (`chỉ một lượng nhỏ`, `giảm một lượng đáng kể`), no tael of gold
  'lượng',
]);

/**
 * Money as an idea after `một đồng`: "a single dong of profit" (`một đồng lãi`, `một đồng vốn`), a saying, no sum.
 */
export const IDEA_AFTER_MOT_DONG: ReadonlySet<string> = keys([
  'lãi', 'lời', 'vốn', 'tiền', 'thuế', 'công', 'bạc',
]);

/** Nouns before `thứ` that make an ordinal (`lần thứ 5`, `nhà máy thứ tư`); with `thứ` capitalized, a weekday. */
export const ORDINAL_HEAD_WORDS: ReadonlySet<string> = keys([
  'lần', 'kỳ', 'khóa', 'kỳ họp', 'đợt', 'vòng', 'trận', 'phiên', 'hạng', 'giải', 'người', 'nước', 'quốc gia',
  'tỉnh', 'đơn vị', 'năm', 'tháng', 'ngày', 'tuần', 'lớp', 'đời', 'thế hệ', 'nhiệm kỳ', 'cuộc', 'bước', 'vị trí',
]);

/** Last syllables that carry a noun on past two syllables: `cộng tác viên`, `nghệ sĩ`, `chuyên gia`, `sản phẩm`. */
export const NOUN_SUFFIXES: ReadonlySet<string> = keys([
  'viên', 'sĩ', 'gia', 'nhân', 'sinh', 'trưởng', 'phẩm', 'liệu', 'cụ', 'bị', 'khách', 'hộ', 'tố', 'thể', 'vụ',
]);

/** Words before `một` that make it a count (`chỉ một người`), where it is otherwise the article "a". */
export const COUNTING_BEFORE_MOT: ReadonlySet<string> = keys([
  'chỉ', 'chỉ có', 'duy nhất', 'thêm', 'đúng', 'mỗi', 'từng',
  // a least number (`có ít nhất một huy chương`, `tối thiểu một bình chữa cháy`) and the size of a change (`số huy
  // chương vàng giảm một chiếc`, `tăng một bậc`) are amounts, never the article "a"
  'ít nhất', 'tối thiểu', 'tăng', 'giảm',
]);

/**
 * Records that are only ever spoken of by their number, so `một` before them is one, never the article "a": a
 * suspect's prior convictions and administrative offences (`từng có một tiền án`, `có một tiền sự về tội trộm cắp`).
 */
export const COUNTED_BY_MOT: ReadonlySet<string> = keys(['tiền án', 'tiền sự']);

// The lists looked up as phrases over tokens (phrases.ts), as trees of their entries' tokens.
export const CURRENCY_PHRASES: PhraseTree = phraseTree(CURRENCIES);
export const DURATION_PHRASES: PhraseTree = phraseTree(DURATION_UNITS);
export const PERCENT_PHRASES: PhraseTree = phraseTree(PERCENT_WORDS);
export const MEASURE_PHRASES: PhraseTree = phraseTree(MEASURE_UNITS);
export const COUNTED_NOUN_PHRASES: PhraseTree = phraseTree(COUNTED_NOUNS);
export const CLASSIFIER_PHRASES: PhraseTree = phraseTree(CLASSIFIERS);
export const NOUN_PHRASE_ENDER_PHRASES: PhraseTree = phraseTree(NOUN_PHRASE_ENDERS);
export const INCIDENT_VERB_PHRASES: PhraseTree = phraseTree(INCIDENT_VERBS);
export const QUALIFIER_BEFORE_PHRASES: PhraseTree = phraseTree(QUALIFIERS_BEFORE);
export const QUALIFIER_AFTER_PHRASES: PhraseTree = phraseTree(QUALIFIERS_AFTER);
export const NAME_LABEL_PHRASES: PhraseTree = phraseTree(NAME_LABELS);
export const VERB_BEFORE_LABEL_PHRASES: PhraseTree = phraseTree(VERB_BEFORE_LABEL);
export const GIVING_VERB_PHRASES: PhraseTree = phraseTree(GIVING_VERBS);
export const PHONE_LABEL_PHRASES: PhraseTree = phraseTree(PHONE_LABELS);
export const EMERGENCY_LABEL_PHRASES: PhraseTree = phraseTree(EMERGENCY_LABELS);
export const DATE_WORD_PHRASES: PhraseTree = phraseTree(DATE_WORDS_BEFORE);
export const COUNTING_BEFORE_MOT_PHRASES: PhraseTree = phraseTree(COUNTING_BEFORE_MOT);
// The sets looked up by one token's key, with lexicon bits too.
export const NUMBER_WORD_SET: WordSet = wordSet(NUMBER_WORD_KEYS);
/**
 * Scale words that open a two-syllable noun, with the syllables that complete it: `tỷ lệ` (ratio), `tỷ giá`,
 * `tỷ trọng`, `triệu phú`, `triệu chứng`. Before one of these the scale word multiplies nothing: `hai tỷ lệ` counts
 * two ratios, `ba triệu chứng` three symptoms.
 */
const RATIO_SYLLABLES: ReadonlySet<string> = new Set(['lệ', 'giá', 'trọng', 'số', 'suất', 'phú']);
export const SCALE_WORD_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tỷ', RATIO_SYLLABLES],
  ['tỉ', RATIO_SYLLABLES],
  ['triệu', new Set(['phú', 'chứng', 'tập', 'hồi'])],
]);
/** The last words of the qualifiers before a number: no other word can end one (`khoảng`, `đến` of `chưa đến`). */
export const QUALIFIER_BEFORE_LAST_WORD_SET: WordSet = wordSet(new Set([...QUALIFIERS_BEFORE.keys()].map((words) => words.slice(words.lastIndexOf(' ') + 1))));
export const DAY_AND_MONTH_WORD_SET: WordSet = wordSet(DAY_AND_MONTH_WORDS);
export const NAME_LABEL_SET: WordSet = wordSet(NAME_LABELS);
export const NOUN_PHRASE_ENDER_SET: WordSet = wordSet(NOUN_PHRASE_ENDERS);
export const INCIDENT_VERB_SET: WordSet = wordSet(INCIDENT_VERBS);
