// Words that make an organization name in Vietnamese news: the nouns that head one, the heads of names that are
// not organizations (events, agreements, documents), the lower-case words a head may take, well-known acronyms.
// Every lookup is by folded key (extractors/shared/vietnamese.ts foldKey).
import { CUTTING_FAMILY_NAMES } from '../shared/family-names.js';
import { ARMY_AND_POLICE_RANKS } from '../shared/ranks.js';
import { foldKey } from '../shared/vietnamese.js';
import { PhraseLexicon } from './phrase-lexicon.js';

/**
 * An establishment (`Cơ sở`) by its kind, written in lower case after it: its number (`Cơ sở cai nghiện ma túy số 1`),
 * place (`Cơ sở bảo trợ xã hội tỉnh X`) or name (`Cơ sở sản xuất phân bón X`, through lower-case goods) follows.
 * `Cơ sở` alone is no head (`trên cơ sở đó`, a basis).
 */
const ESTABLISHMENT_HEADS = ['Cơ sở cai nghiện', 'Cơ sở cai nghiện ma túy', 'Cơ sở bảo trợ xã hội', 'Cơ sở trợ giúp xã hội', 'Cơ sở sản xuất'];

/** Nouns that head an organization name, longest first where one extends another. */
const ORGANIZATION_HEADS = [
  'Bộ', 'Tổng cục', 'Cục', 'Vụ', 'Viện', 'Viện Hàn lâm', 'Viện Kiểm sát', 'Sở', 'Ủy ban', 'Ủy ban nhân dân', 'UBND',
  'HĐND', 'Hội đồng', 'Hội đồng nhân dân', 'Tổ chức', 'Hiệp hội', 'Hội', 'Liên minh', 'Liên hiệp', 'Liên hiệp hội',
  'Liên đoàn', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Công ty Cổ phần', 'Công ty CP', 'Công ty TNHH', 'Công ty TNHH MTV',
  'Công ty trách nhiệm hữu hạn', 'Công ty trách nhiệm hữu hạn một thành viên', 'Công ty TNHH một thành viên',
  'Ngân hàng', 'Ngân hàng TMCP', 'Ngân hàng Thương mại Cổ phần', 'Trường', 'Trường Đại học', 'Trường Cao đẳng',
  'Đại học', 'Học viện', 'Trung tâm', 'Ban', 'Quỹ', 'Chính phủ', 'Quốc hội', 'Báo', 'Thời báo', 'Nhật báo', 'Tuần báo', 'Tạp chí', 'Đài', 'Đài Truyền hình',
  'Đài Tiếng nói', 'Thông tấn xã', 'Văn phòng', 'Tòa án', 'Tòa án nhân dân', 'Bệnh viện', 'Công an', 'Bộ Tư lệnh',
  'Cơ quan', 'Hợp tác xã', 'Tổ hợp tác', 'Nhà máy', 'Mặt trận', 'Đoàn', 'Câu lạc bộ', 'CLB', 'Cổng thông tin', 'Cổng Thông tin điện tử',
  'Phòng Thương mại và Công nghiệp', 'Tổng Liên đoàn', 'Kiểm toán Nhà nước', 'Thanh tra', 'Ủy ban Thường vụ',
  'Liên hợp quốc', 'Ngân hàng Nhà nước', 'Khối', 'Nhóm', 'Mạng lưới', 'Chi cục', 'Phòng',
  // A trade union named for the sites whose workers it gathers (`Công đoàn các khu công nghiệp tỉnh X`): only before
  // `các` and its members (name-run-words.ts departmentHeadAt), as a bare `Công đoàn` is the movement.
  'Công đoàn',
  // The Party's Secretariat, whole by itself: `Bí thư` after `Ban` is no title.
  'Ban Bí thư',
  // The Party's organization of a level and place (`Đảng bộ xã Hòa Bình`, `Đảng bộ tỉnh X`), whose congress it holds.
  'Đảng bộ',
  // The State Treasury and its offices, by province or, since 2025, by region (`Kho bạc Nhà nước khu vực VI`).
  'Kho bạc Nhà nước', 'Kho bạc',
  'Tòa án nhân dân tối cao', 'Viện Kiểm sát nhân dân tối cao', 'Viện Kiểm sát nhân dân', 'Nhà hát', 'Nhạc viện', 'Nhà xuất bản',
  // The courts and procuracies by their usual acronyms, with a level and a place (`TAND tỉnh X`, `VKSND cấp cao tại X`);
  // the supreme ones whole by themselves, as when spelled out (`VKSND tối cao`).
  'TAND', 'VKSND', 'TAND tối cao', 'VKSND tối cao',
  'Bảo tàng', 'Thư viện', 'Đại sứ quán', 'Lãnh sự quán', 'Tổng Lãnh sự quán', 'Văn phòng đại diện', 'Cơ quan đại diện',
  // A country's trade office abroad, named by the country and its seat (`Thương vụ Việt Nam tại Nhật Bản`).
  'Thương vụ',
  // Teams of the police and inspectors: `Đội Cảnh sát giao thông Công an huyện X`, `Đội Quản lý thị trường số 5`.
  'Đội',
  // Army units and commands, numbered (`Quân khu 3`, `Sư đoàn 395`) or named (`Sư đoàn Sao Vàng`), and the
  // provinces' military commands (`Bộ Chỉ huy Quân sự tỉnh Nghệ An`).
  'Quân khu', 'Quân đoàn', 'Binh đoàn', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Tiểu đoàn', 'Bộ Chỉ huy',
  // Naval and coast guard units numbered after their head (`Hải đội 402`, `Hải đoàn 128`), and the coast guard as a
  // force, named with its country (`Cảnh sát biển Việt Nam`).
  'Hải đội', 'Hải đoàn', 'Cảnh sát biển',
  // The border guard, of the country or of a province (`Bộ đội Biên phòng tỉnh Lạng Sơn`): `Bộ đội` alone is troops.
  'Bộ đội Biên phòng',
  // Investment funds named by a brand (`Quỹ đầu tư Mekong Capital`), though `Quỹ đầu` is no name.
  'Quỹ đầu tư',
  // People's credit funds, named by their commune or ward in lower case after the head (`Quỹ tín dụng nhân dân xã X`),
  // and microfinance institutions, by their legal form and name (`Tổ chức tài chính vi mô TNHH Một thành viên X`).
  'Quỹ tín dụng nhân dân', 'Tổ chức tài chính vi mô', 'Tổ chức tài chính vi mô TNHH', 'Tổ chức tài chính vi mô TNHH một thành viên',
  // The port authorities (`Cảng vụ Hàng hải Hải Phòng`), the post of a province (`Bưu điện tỉnh`, `Bưu điện Việt
  // Nam`), the party committees of a province, a city or a district (`Tỉnh ủy Lâm Đồng`, `Bí thư Thành ủy`), the
  // social insurance agency and its offices, also by its acronym (`BHXH tỉnh Nghệ An`).
  'Cảng vụ', 'Bưu điện', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Bảo hiểm xã hội', 'BHXH',
  // Nature reserves and national parks, which have their own management and staff (`Khu bảo tồn thiên nhiên Pù Mát`,
  // `Vườn quốc gia Cúc Phương`), and the forest rangers' district offices (`Hạt Kiểm lâm Tam Đảo`).
  'Khu bảo tồn', 'Khu bảo tồn thiên nhiên', 'Vườn quốc gia', 'Hạt Kiểm lâm',
  // The telecom group's branch in a province, named by the trade and the place (`Viễn thông Bến Tre`, short `VNPT
  // Bến Tre`; a place must follow: name-run-words.ts), and business incubators (`Vườn ươm Doanh nghiệp Đà Nẵng`; a
  // plant nursery is `vườn ươm cây giống`).
  'Viễn thông', 'Vườn ươm doanh nghiệp',
  // The power company's branch in a district or province, named by the trade and the place (`Điện lực Gia Lâm`; a
  // place must follow, as for `Viễn thông`).
  'Điện lực',
  // Pharmacies, named after their kind (`Nhà thuốc Minh Châu`); private clinics likewise, their kind of practice in
  // lower case before the name (`Phòng khám Hồng Đức`, `Phòng khám đa khoa Hồng Đức`, `Phòng khám nha khoa X`).
  'Nhà thuốc', 'Phòng khám', 'Phòng khám đa khoa', 'Phòng khám chuyên khoa', 'Phòng khám nha khoa',
  // A cooperative by its usual acronym (`HTX Thanh Điền`).
  'HTX',
  // Notary offices, named after their lower-case kind (`Văn phòng công chứng Bến Thành`), and the prisons of the
  // police (`Trại giam Xuân Lộc`).
  'Văn phòng công chứng', 'Trại giam',
  // An establishment (`Cơ sở`) by its kind, which follows in lower case, then its number, place or name (`Cơ sở cai
  // nghiện ma túy số 1`, `Cơ sở bảo trợ xã hội tỉnh X`, `Cơ sở sản xuất phân bón X`); `Cơ sở` alone is no head (a basis).
  ...ESTABLISHMENT_HEADS,
  // A hospital's departments, named for a field of medicine (`Khoa Nhiễm`, `Khoa Hồi sức tích cực - Chống độc`).
  'Khoa',
  // The tax offices since 2025, named by their level and place (`Thuế tỉnh Sơn La`, `Thuế thành phố Cần Thơ`):
  // `Thuế` heads one only before the level (name-run-words.ts departmentHeadAt).
  'Thuế',
  // The statistics offices since 2025, named the same way (`Thống kê tỉnh Khánh Hòa`, under `Cục Thống kê`).
  'Thống kê',
  // The youth union's committee of a province, a city or a district (`Tỉnh đoàn Sơn La`, `Thành đoàn Hà Nội`).
  'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn',
  // Nursing homes, named after their lower-case kind (`Viện dưỡng lão Tuổi Hồng`); `Viện` alone would end at `dưỡng`.
  'Viện dưỡng lão',
  // A sole proprietorship by its legal form (`Doanh nghiệp tư nhân Xăng dầu Minh Trí`, `DNTN Hòa Bình`).
  'Doanh nghiệp tư nhân', 'DNTN',
  // The airports' operators, named for their city (`Cảng hàng không quốc tế Nội Bài`, `Cảng hàng không Điện Biên`).
  'Cảng hàng không', 'Cảng hàng không quốc tế',
  // A province's delegation to the National Assembly (`Đoàn đại biểu Quốc hội tỉnh Sơn La`, `Đoàn ĐBQH TP Hà Nội`).
  'Đoàn đại biểu Quốc hội', 'Đoàn ĐBQH',
  // A body's branch, named by the body after it (`Chi nhánh Văn phòng Đăng ký đất đai huyện X`, `Chi nhánh Ngân hàng
  // X tỉnh Y`): the head is part of the name.
  'Chi nhánh',
  // Border guard posts and customs offices at a border gate, named for their place or their gate (`Đồn Biên phòng
  // Khánh Bình`, `Đồn Biên phòng cửa khẩu quốc tế Lào Cai`, `Hải quan cửa khẩu quốc tế Tịnh Biên`): `Hải quan` alone is
  // a field (`Tổng cục Hải quan`), so only with its gate.
  'Đồn Biên phòng', 'Đồn Biên phòng cửa khẩu', 'Đồn Biên phòng cửa khẩu quốc tế', 'Hải quan cửa khẩu',
  'Hải quan cửa khẩu quốc tế',
  // The same at a port's border gate, named for the port (`Đồn Biên phòng cửa khẩu cảng Cẩm Phả`).
  'Đồn Biên phòng cửa khẩu cảng', 'Hải quan cửa khẩu cảng',
  // A sub-institute of an institute (`Phân viện Khoa học Nông nghiệp miền Nam`) and a sub-committee of a board
  // (`Phân ban Ni giới tỉnh`), named as their parents are; a church (`Giáo hội Phật giáo Việt Nam`).
  'Phân viện', 'Phân ban', 'Giáo hội',
  // A plant's or a power company's workshop, named for its work (`Phân xưởng Sửa chữa`).
  'Phân xưởng',
  // The government of a province or district abroad, named by its level and place (`Chính quyền tỉnh Xiêng Khoảng`):
  // only before them (name-run-words.ts departmentHeadAt), as `Chính quyền địa phương` is the local authorities.
  'Chính quyền',
  // Stations of a service, named for their field and place (`Trạm CSGT Hà Trung`, `Trạm Y tế xã X`); `trạm` in lower
  // case is a site (`trạm quan trắc`).
  'Trạm',
  // Kinds of station named by their service in lower case and then their place or name (`Đài thông tin duyên hải
  // Hải Phòng`, `Trạm quản lý hải đăng Kê Gà`): the service's words are a verb's too (`quản lý`, `thông tin`).
  'Đài thông tin duyên hải', 'Trạm quản lý hải đăng',
  // Enterprises of a state company (`Xí nghiệp Xây lắp điện`), and inland container depots, run as businesses
  // (`Cảng cạn Tân Cảng Long Bình`).
  'Xí nghiệp', 'Cảng cạn',
  // A province's judgment enforcement office, named by the trade and the place since 2025 (`Thi hành án dân sự tỉnh
  // Nghệ An`; a place must follow: name-run-words.ts).
  'Thi hành án dân sự',
  // The Party committee of a commune, a ward or a body (`Đảng ủy xã X`, `Đảng ủy Khối cơ quan tỉnh`).
  'Đảng ủy',
  // A consortium of firms bidding or building together, named by its members joined by a dash (`Liên danh Vinaconex
  // – Hanshin`); in lower case it is the word (`liên danh đã ký`).
  'Liên danh',
  // A task force set up for one job, named for it in lower case after its leader's title (`Tổ trưởng Tổ công tác hỗ
  // trợ các dự án trọng điểm`; name-runs.ts): alone the head refers back.
  'Tổ công tác',
];

/**
 * Army units numbered right after their head (`Quân khu 3`, `Quân đoàn 12`, `Sư đoàn 395`, `Trung đoàn 50`): the
 * number is the name.
 */
const NUMBERED_MILITARY_UNIT_HEADS = ['Quân khu', 'Quân đoàn', 'Binh đoàn', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Tiểu đoàn', 'Hải đội', 'Hải đoàn'];

/**
 * Heads whose names give the seat after `tại` (`Đại sứ quán Việt Nam tại Ấn Độ`, `Tòa án nhân dân cấp cao tại Hà
 * Nội`): the name runs on through `tại` and the place.
 */
const SEATED_HEADS = [
  'Đại sứ quán', 'Lãnh sự quán', 'Tổng Lãnh sự quán', 'Văn phòng đại diện', 'Cơ quan đại diện', 'Tòa án',
  'Tòa án nhân dân', 'Viện Kiểm sát', 'Viện Kiểm sát nhân dân', 'Văn phòng', 'Phái đoàn', 'TAND', 'VKSND', 'Thương vụ',
];

/** Heads of companies, whose names may end with a brand the article then uses alone (brand-names.ts). */
const COMPANY_HEADS = [
  'Công ty', 'Công ty Cổ phần', 'Công ty CP', 'Công ty TNHH', 'Công ty TNHH MTV', 'Công ty trách nhiệm hữu hạn',
  'Công ty trách nhiệm hữu hạn một thành viên', 'Công ty TNHH một thành viên', 'Tập đoàn', 'Tổng công ty',
  'Hợp tác xã', 'HTX', 'Ngân hàng TMCP', 'Ngân hàng Thương mại Cổ phần', 'Doanh nghiệp tư nhân', 'DNTN',
];

/**
 * Heads of bodies that gather others, named for their members after `các` (all the): `Liên hiệp các Hội Khoa học và
 * Kỹ thuật Việt Nam`, `Hiệp hội các nhà đầu tư tài chính Việt Nam`, `Liên đoàn các Tổ chức hữu nghị Việt Nam`.
 */
const MEMBER_GATHERING_HEADS = [
  'Liên hiệp', 'Liên hiệp hội', 'Liên đoàn', 'Tổng Liên đoàn', 'Hiệp hội', 'Liên minh', 'Hội', 'Hội đồng',
  'Mạng lưới', 'Ủy ban', 'Quỹ',
  // A trade union of several sites' workers (`Công đoàn các khu công nghiệp tỉnh X`, `Công đoàn các KCN tỉnh X`).
  'Công đoàn',
];
// Not `Tổ chức`: capitalized at a sentence's start it is the verb (`Tổ chức các lớp học Tiếng Anh`).

/** Organizations a head names alone, with nothing after it: `Chính phủ`, `Quốc hội`. */
const COMPLETE_HEADS = ['Bộ đội Biên phòng', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Tòa án nhân dân tối cao', 'Viện Kiểm sát nhân dân tối cao', 'TAND tối cao', 'VKSND tối cao', 'Chính phủ', 'Quốc hội', 'Liên hợp quốc', 'Kiểm toán Nhà nước', 'Ngân hàng Nhà nước', 'Kho bạc Nhà nước', 'Bộ Chính trị', 'Ban Bí thư'];

/**
 * Committees named for the body they serve, after `của`: `Ủy ban Kinh tế của Quốc hội`, `Hội đồng Dân tộc của Quốc
 * hội`, `Ban Chỉ đạo ... của Chính phủ`. Elsewhere an organization after a connector is a second one.
 */
const COMMITTEE_HEADS = ['Ủy ban', 'Hội đồng', 'Ban Chỉ đạo'];
const SERVED_BODIES = ['Quốc hội', 'Chính phủ'];

/** Heads of names that are not organizations: events, agreements, documents, programmes, prizes. */
const NON_ORGANIZATION_HEADS = [
  'Diễn đàn', 'Hội nghị', 'Hội thảo', 'Hội chợ', 'Triển lãm', 'Đại hội', 'Kỳ họp', 'Phiên họp', 'Tuần lễ', 'Lễ',
  'Hiệp định', 'Hiệp ước', 'Công ước', 'Nghị định thư', 'Thỏa thuận', 'Bản ghi nhớ', 'Tuyên bố', 'Chương trình',
  'Dự án', 'Đề án', 'Chiến lược', 'Kế hoạch', 'Sáng kiến', 'Luật', 'Bộ luật', 'Pháp lệnh', 'Nghị định', 'Nghị quyết', 'Thông tư',
  'Quyết định', 'Chỉ thị', 'Giải thưởng', 'Giải', 'Cuộc thi', 'Cúp', 'Năm', 'Ngày', 'Cộng đồng', 'Khu vực',
  'Tiêu chuẩn', 'Quy chuẩn', 'Chỉ số', 'Cách mạng', 'Mục tiêu', 'Hệ thống', 'Khu công nghiệp', 'Khu kinh tế',
  // The crop seasons, capitalized at a sentence's start or as names (`Vụ Đông Xuân`): no ministry's department.
  'Vụ Đông Xuân', 'Vụ Hè Thu', 'Vụ Thu Đông', 'Vụ Xuân Hè', 'Vụ Mùa', 'Vụ Chiêm', 'Vụ Chiêm Xuân',
];

/**
 * Heads of laws, which are named for their subject: an organization's name right after one names the law, not the
 * body (`Luật Tổ chức Tòa án nhân dân`, `Luật Ngân hàng Nhà nước Việt Nam`). Decrees, circulars and decisions are
 * named for their issuer instead (`Nghị quyết Quốc hội`, `Quyết định UBND tỉnh`), which is an organization.
 */
const LAW_HEADS = ['Luật', 'Bộ luật', 'Pháp lệnh'];

/** Lower-case words a head takes inside a name (`Ủy ban nhân dân`, `Ban thư ký ASEAN`, `Ban chỉ đạo`). */
const HEAD_COMPLEMENTS = [
  'nhân dân', 'thư ký', 'chỉ đạo', 'quản lý', 'thường vụ', 'chấp hành', 'kiểm sát', 'điều hành', 'tổ chức',
  'chuyên trách', 'đại diện', 'liên ngành', 'công tác', 'kinh tế', 'tuyên giáo', 'dân vận', 'thư ký quốc gia', 'cấp cao', 'chi nhánh',
  'nhân dân cấp cao',
];

/**
 * A head followed by one of these syllables is a common noun or a title, not an organization: `Bộ trưởng`,
 * `Cục trưởng`, `Ban đầu`, `Hội nhập`, `Trường hợp`, `Viện dẫn`, `Báo cáo`, `Đài Loan`.
 */
const NOT_A_NAME_AFTER_HEAD = [
  'trưởng', 'phó', 'phận', 'máy', 'đội', 'luật', 'tiêu chí', 'đầu', 'hành', 'ngành', 'bố', 'hữu', 'dĩ', 'dẫn', 'trợ',
  'hợp', 'học', 'đạo', 'nhập', 'viên', 'nghị', 'thảo', 'cáo', 'chí', 'loan', 'việc', 'án', 'diện', 'mặt', 'chức',
  'ngũ', 'sinh', 'tâm', 'giới', 'lực', 'thể', 'trình', 'chống', 'ngừa', 'kết', 'lượng', 'chức năng', 'khám',
];

/**
 * Lower-case words that end a name: verbs, particles and prepositions that a name never runs through. Read one token
 * at a time (a word's class, word-classes.ts): verbs of two syllables that end a name are phrases of
 * NAME_BREAKING_WORDS (`tổ chức`, `thực hiện`, `chủ trì`, `tham gia`, `phối hợp`, `cho biết`, `đề xuất`).
 */
const NAME_STOP_WORDS = [
  'đã', 'đang', 'sẽ', 'là', 'có', 'được', 'bị', 'cũng', 'vẫn', 'đều', 'không', 'chưa', 'tại', 'trong', 'với', 'cho',
  'để', 'từ', 'đến', 'khi', 'này', 'đó', 'kia', 'các', 'những', 'nhằm', 'theo', 'thì', 'mà', 'nên', 'vì',
  'bởi', 'trên', 'dưới', 'sau', 'trước', 'cùng', 'thuộc', 'năm', 'ngày', 'tháng', 'ông', 'bà', 'anh', 'chị',
  'ra', 'vào', 'lên', 'hay', 'hoặc', 'như', 'thành', 'nhưng', 'rằng', 'giữa', 'qua', 'ở',
  'gồm', 'nhận', 'làm', 'đưa', 'kiêm',
];

/**
 * Words that open the rest of a clause after its subject: aspect and modal words, `là`. Lower-case words between a
 * name's field words and one of them are the name's (`Viện Khoa học và Công nghệ quân sự đã ...`). Not those that end
 * a word as often (`chuẩn bị`, `thiết bị`, `hàng không`, `đổi mới`, `đồng đều`): `bị`, `không`, `mới`, `đều`, `được`.
 */
const CLAUSE_OPENERS = ['đã', 'đang', 'sẽ', 'vừa', 'cũng', 'vẫn', 'chưa', 'là'];

/**
 * Adverbs and words of time between a subject and its verb (`Bộ Y tế hiện đang`, `Sở Tài chính hôm qua đã`): lower-case
 * words starting so are never the rest of a name.
 */
const NOT_NAME_WORDS_AFTER_SUBJECT = [
  'hiện', 'hiện nay', 'nay', 'hôm', 'hôm nay', 'hôm qua', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'ngay', 'thường',
  'rất', 'lại', 'thêm', 'sớm', 'cả', 'mỗi', 'chỉ', 'vốn', 'chính thức', 'liên tục', 'gần', 'trước đó', 'sau đó',
  'nhiều', 'lần', 'cùng', 'riêng', 'hầu như', 'thực sự', 'đặc biệt', 'mạnh', 'quyết liệt', 'kịp thời', 'tuần',
  'quý', 'đợt', 'dịp', 'hồi', 'lúc', 'mới đây', 'gần đây', 'trước đây', 'lâu nay', 'nhìn chung', 'nhanh chóng',
  'tích cực', 'chủ động', 'đồng thời', 'tiếp', 'chúng tôi', 'chúng ta', 'họ', 'mình', 'tôi', 'nói chung',
];

/**
 * Capitalized field words of one syllable that are whole (`Cục Thuế`, `Tổng công ty Than`): the lower-case word after
 * one is no rest of it (`Cục Thuế truy thu`), only a field word it makes a pair with (`Thép miền Nam` aside).
 */
const WHOLE_FIELD_SYLLABLES = ['thuế', 'than', 'thép', 'muối', 'gạo', 'chè', 'mía', 'gỗ'];

/**
 * Particles never the second syllable of a capitalized word: `Thủ Dầu Một vừa họp`, `phía Bắc còn`; nor the words
 * of an amount after a name that gets or pays it (`bồi thường cho Ban Quản lý rừng phòng hộ Đa Mi hơn 1 tỷ đồng`);
 * nor `mở` (opening a class, a branch), the verb of a body named by one syllable (`Trường Đại học Vinh mở hai lớp`).
 */
const NOT_A_SECOND_SYLLABLE = ['vừa', 'còn', 'luôn', 'cần', 'mới', 'hơn', 'khoảng', 'mở'];

/**
 * Verbs that follow an organization as its subject, and counting words: lower-case words between a name's
 * capitalized words and a closing proper word never hold one (`Bộ Y tế khuyến cáo người dân Hà Nội`).
 */
const NAME_BREAKING_WORDS = [
  'vừa', 'mới', 'còn', 'luôn', 'phải', 'cần', 'nói', 'yêu cầu', 'đề nghị', 'khuyến cáo', 'cảnh báo', 'công bố',
  'ban hành', 'triển khai', 'chỉ đạo', 'kiểm tra', 'tiếp nhận', 'hướng dẫn', 'ký', 'gửi', 'trao', 'tặng', 'mời', 'tiếp',
  'làm việc', 'họp', 'thông báo', 'thu hồi', 'xử phạt', 'phê duyệt', 'chấp thuận', 'giao', 'cử', 'dự báo',
  'ước tính', 'ghi nhận', 'đánh giá', 'đạt', 'tăng', 'giảm', 'mở', 'bắt', 'khởi tố', 'truy tố', 'tuyên án', 'xét xử',
  'khẳng định', 'cam kết', 'kêu gọi', 'quyết định', 'ủng hộ', 'tiếp tục', 'bắt đầu', 'dự kiến', 'lên kế hoạch', 'tuyên bố',
  'cho rằng', 'nhấn mạnh', 'đồng ý', 'bác bỏ', 'xác nhận', 'phát hiện', 'điều tra', 'xử lý', 'vay', 'thực hiện',
  'khởi kiện', 'tố cáo', 'rà soát', 'tổ chức', 'tuyên truyền', 'phát động', 'tham gia', 'phối hợp', 'cho biết', 'đề xuất',
  // Passing a list or a plan (`Hội đồng quản lý Quỹ thông qua ...`), opening a course (`Trường X tỉnh khai giảng ...`),
  // advancing a payment (`Bảo hiểm X tạm ứng ...`).
  'thông qua', 'khai giảng', 'tạm ứng',
  // Checking records against each other (`Cục Thuế tỉnh đối chiếu hóa đơn`), which an office does with its data.
  'đối chiếu',
  // What is done to a body when bodies are rearranged (`Khoa Luật hợp nhất vào Trường Đại học Luật`).
  'hợp nhất', 'sáp nhập', 'giải thể', 'nâng cấp',
  // Presiding, which a body's head does (`Trưởng Đoàn đại biểu Quốc hội tỉnh chủ trì hội nghị`).
  'chủ trì',
  'người', 'đội', 'đoàn', 'một', 'hai', 'ba', 'nhiều', 'mỗi', 'mọi', 'số', 'là', 'sẽ',
];

/**
 * Lower-case words that go on a name after its capitalized words (`Cục Sở hữu trí tuệ`, `Vụ Hợp tác quốc tế`,
 * `Quỹ Đổi mới công nghệ quốc gia`, `Doanh nghiệp nhỏ và vừa`): nouns of the fields organizations are named for.
 */
const NAME_TAIL_WORDS = [
  'quốc tế', 'quốc gia', 'trí tuệ', 'thị trường', 'nông thôn', 'khí tượng', 'thủy văn', 'trung ương', 'tối cao',
  'nhân dân', 'xã hội', 'môi trường', 'doanh nghiệp', 'chất lượng', 'tiêu chuẩn', 'năng suất', 'dân số', 'gia đình',
  'trẻ em', 'y tế', 'thực phẩm', 'dược phẩm', 'việc làm', 'hàng hải', 'hàng không', 'đường bộ', 'đường sắt',
  'thủy sản', 'lâm nghiệp', 'nông nghiệp', 'công nghiệp', 'tài chính', 'chứng khoán', 'thuế', 'hải quan',
  'năng lượng', 'điện lực', 'viễn thông', 'truyền hình', 'báo chí', 'tư pháp', 'kinh tế', 'văn hóa', 'du lịch',
  'thể thao', 'sức khỏe', 'sinh học', 'hạt nhân', 'nguyên tử', 'vũ trụ', 'biển', 'hải đảo', 'khoáng sản', 'địa chất',
  'đô thị', 'giao thông', 'vận tải', 'pháp luật', 'nhà nước', 'tự do', 'nhỏ và vừa', 'bền vững', 'an ninh',
  'quốc phòng', 'dầu khí', 'xăng dầu', 'cổ phần', 'nước ngoài', 'dân tộc', 'tôn giáo', 'phụ nữ', 'thanh niên', 'cựu chiến binh',
  'nông dân', 'công đoàn', 'hóa chất', 'vật liệu', 'cơ khí', 'điện tử', 'phần mềm', 'dữ liệu', 'tài nguyên', 'rừng',
  'đất đai', 'nhà ở', 'xã', 'công nghệ', 'khoa học', 'kỹ thuật', 'an toàn', 'thương mại', 'hệ thống điện', 'vốn',
  'người tiêu dùng', 'người cao tuổi', 'người khuyết tật', 'chữ thập đỏ', 'nhân đạo', 'từ thiện', 'trẻ', 'quốc doanh',
  'thiết bị', 'điện tử', 'dịch tễ', 'y học', 'y tế dự phòng', 'thiên tai', 'dược', 'cứu nạn', 'cứu hộ',
  // Cyberspace, which security bodies and commands are named for (`Cục An ninh không gian mạng`).
  'không gian mạng',
  // A specialised field, which the units managing or inspecting it are named for (`Phòng Quản lý chuyên ngành`).
  'chuyên ngành',
  // Civil defence, which local command boards are named for (`Ban Chỉ huy phòng thủ dân sự tỉnh`).
  'phòng thủ dân sự',
  // Fire fighting, which fire police units are named for (`Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ`).
  'phòng cháy', 'chữa cháy', 'phòng cháy chữa cháy',
  // Fields of research, farming, health and the arts that institutes, centres and departments are named for.
  'quân sự', 'hải sản', 'nông sản', 'lâm sản', 'thủy lợi', 'nước sạch', 'điện ảnh', 'nghệ thuật', 'văn học',
  'dinh dưỡng', 'thú y', 'chăn nuôi', 'trồng trọt', 'khuyến nông', 'kiểm lâm', 'cây trồng', 'vật nuôi', 'bưu chính',
  'lương thực', 'hàng hóa', 'vật tư', 'cảng biển', 'hạ tầng', 'cấp nước', 'thoát nước', 'công nghệ cao', 'công trình',
  'sức khỏe cộng đồng', 'ung thư', 'tim mạch', 'truyền nhiễm', 'nhiệt đới', 'lão khoa', 'phục hồi chức năng',
  'pháp y', 'tâm thần', 'ngoại ngữ', 'tin học', 'mỹ thuật', 'âm nhạc', 'sân khấu', 'di sản', 'bảo tàng', 'khảo cổ học',
  'di tích', 'danh thắng', 'di tích lịch sử', 'sáng tác',
  // Seeds and breeds, which research centres are named for (`Trung tâm Nghiên cứu giống cây trồng`).
  'giống cây trồng', 'giống vật nuôi',
  // Fields of the police's departments (`Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao`), and
  // criminal matters, which forensic institutes are named for (`Viện Khoa học hình sự`, `Phân viện Khoa học hình sự`).
  'tội phạm', 'ma túy', 'an ninh mạng', 'tội phạm sử dụng công nghệ cao', 'hình sự',
  // The national programme bodies are named for (`Văn phòng Điều phối nông thôn mới Trung ương`).
  'nông thôn mới',
  // Fields of research and service named in lower case after a capitalized activity (`Viện Trí tuệ nhân tạo`,
  // `Trung tâm Lao động ngoài nước`, `Trung tâm Phục vụ hành chính công`).
  'nhân tạo', 'trí tuệ nhân tạo', 'ngoài nước', 'hành chính công',
  // Crafts and nature (`Hiệp hội Làng nghề thủ công mỹ nghệ`, `Trung tâm Giáo dục thiên nhiên`), and a market
  // named with its side (`Cục Phát triển thị trường trong nước`).
  'thủ công', 'mỹ nghệ', 'thủ công mỹ nghệ', 'hàng thủ công mỹ nghệ', 'thiên nhiên',
  'thị trường trong nước', 'thị trường nước ngoài',
  // Run by and for a community (`Hợp tác xã Du lịch cộng đồng`, `Trung tâm Phát triển cộng đồng`).
  'cộng đồng',
  // The quality farm produce is sold by, which cooperatives are named for (`Hợp tác xã Rau sạch X`, `Muối sạch`).
  'sạch', 'hữu cơ',
  // The highland tea cooperatives are named for (`Hợp tác xã Chè Shan tuyết ...`), its first syllable no Vietnamese one.
  'shan tuyết',
  // Food hygiene and safety, which testing institutes are named for (`Viện Kiểm nghiệm an toàn vệ sinh thực phẩm
  // quốc gia`); inland waterways, which police units are named for (`Phòng Cảnh sát đường thủy`), as `đường bộ`.
  'vệ sinh thực phẩm', 'an toàn vệ sinh thực phẩm', 'vệ sinh an toàn thực phẩm', 'đường thủy', 'đường thủy nội địa',
  // Sugar cane and sugar, a company's trade after its whole field syllable (`Công ty CP Mía đường X`).
  'mía đường',
  // Living things, public services and schools, which institutes, faculties and departments are named for (`Viện Công
  // nghệ sinh vật`, `Khoa Y tế công cộng`, `Phòng Y tế trường học`).
  'sinh vật', 'công cộng', 'trường học',
  // Credit institutions, which the central bank's supervising departments are named for (`Cục Quản lý, giám sát tổ
  // chức tín dụng`).
  'tổ chức tín dụng',
  // Governments, which bodies between them are named for (`Ban Liên chính phủ`, `Ủy ban Liên chính phủ`).
  'chính phủ',
  // Real estate, which research institutes and associations are named for (`Viện Nghiên cứu Thị trường bất động
  // sản`, `Hiệp hội Môi giới bất động sản`).
  'bất động sản',
];

/**
 * Sites and works a managing board runs, named after its `các` (`Ban Quản lý các cảng cá tỉnh`, `Ban Quản lý các khu
 * du lịch`): the members of the board's name, though no field word.
 */
const MANAGED_SITES = [
  'cảng cá', 'bến cá', 'cảng', 'cảng biển', 'bến cảng', 'bến xe', 'chợ', 'khu công nghiệp', 'cụm công nghiệp',
  'khu kinh tế', 'khu chế xuất', 'khu công nghệ cao', 'khu du lịch', 'điểm du lịch', 'khu di tích', 'di tích', 'dự án',
  'công trình', 'rừng phòng hộ', 'rừng đặc dụng', 'khu bảo tồn', 'vườn quốc gia', 'cửa khẩu', 'khu đô thị',
  'công viên', 'nghĩa trang', 'hồ chứa', 'làng nghề', 'danh thắng',
];

/**
 * Field words that are also verbs (`hỗ trợ`, `đầu tư`, `phát triển`): they go on a name only where a field word
 * of the list above follows (`Quỹ Đổi mới công nghệ`), never at its end (`Bộ Y tế hỗ trợ ...`).
 */
const NAME_VERBAL_TAIL_WORDS = [
  'thông tin', 'đầu tư', 'cạnh tranh', 'đo lường', 'giáo dục', 'đào tạo', 'phát triển', 'xuất khẩu', 'nhập khẩu',
  'lao động', 'bảo hiểm', 'dự trữ', 'tái tạo', 'phát thanh', 'xuất bản', 'thống kê', 'quy hoạch', 'xây dựng',
  'hỗ trợ', 'xúc tiến', 'đổi mới', 'sáng tạo', 'khởi nghiệp', 'tiêu dùng', 'hợp tác', 'hữu nghị', 'ngoại giao',
  'chuyển đổi số', 'chế biến', 'bảo vệ', 'phòng chống', 'kiểm soát', 'quản lý', 'dự án', 'chứng nhận',
];

/**
 * Activities a body is named for that take an object (`Trung tâm Hỗ trợ phát triển ...`, `Hội Bảo trợ người khuyết
 * tật ...`, `Quỹ Bảo lãnh tín dụng cho ...`, `Trung tâm Dịch vụ đấu giá tài sản`): written capitalized after the
 * head, what they serve follows in lower case, however long, up to the body's level and place or its parent body.
 */
const ACTIVITIES_TAKING_AN_OBJECT = [
  'hỗ trợ', 'xúc tiến', 'bảo trợ', 'bảo lãnh', 'dịch vụ', 'phục hồi', 'tư vấn', 'trợ giúp', 'chăm sóc', 'bảo vệ',
  'dạy nghề', 'sản xuất', 'tiêu thụ', 'kinh doanh', 'đấu giá', 'giám định', 'kiểm định',
];

/**
 * Fields and domains that name a department, an institute or a company, written as Vietnamese writes a field after
 * a head: its first syllable capitalized, the rest in lower case (`Cục Công nghệ thông tin`, `Vụ Pháp chế`, `Cục Y
 * tế dự phòng`, `Vụ Thị trường trong nước`, `Viện Bảo tồn di tích`). A capitalized word that starts one of them
 * takes its lower-case syllables with it, even where a word of it would be a place (`Pháp`), a title (`Giám đốc`)
 * or a verb (`thông tin`) on its own. Words only: the phrase lexicon reads no dash or comma.
 */
const FIELD_COMPOUNDS = [
  // Government, law, foreign affairs, security.
  'pháp chế', 'pháp luật', 'pháp y', 'pháp lý', 'tổ chức cán bộ', 'tổ chức biên chế', 'thi đua khen thưởng', 'kế hoạch tài chính', 'văn thư lưu trữ',
  'cải cách hành chính', 'kiểm soát thủ tục hành chính', 'công chức viên chức', 'chính quyền địa phương',
  'hành chính tư pháp', 'bổ trợ tư pháp', 'trợ giúp pháp lý', 'phổ biến giáo dục pháp luật', 'kiểm tra văn bản',
  'xây dựng pháp luật', 'thi hành án dân sự', 'thi hành án hình sự', 'giám đốc kiểm tra', 'hợp tác quốc tế',
  'quan hệ quốc tế', 'thông tin đối ngoại', 'kinh tế đối ngoại', 'lễ tân nhà nước', 'an ninh mạng',
  'an ninh điều tra', 'cảnh sát giao thông', 'cảnh sát hình sự', 'cảnh sát kinh tế', 'cảnh sát điều tra',
  'cảnh sát môi trường', 'cảnh sát cơ động', 'phòng cháy chữa cháy', 'phòng thủ dân sự', 'quản lý xuất nhập cảnh', 'xuất nhập cảnh',
  // Finance, trade, industry.
  'ngân sách nhà nước', 'chính sách thuế', 'quản lý giá', 'quản lý công sản', 'tài chính ngân hàng',
  'tài chính doanh nghiệp', 'tài chính đối ngoại', 'bảo hiểm xã hội', 'bảo hiểm y tế', 'thị trường trong nước',
  'thị trường nước ngoài', 'thương mại điện tử', 'kinh tế số', 'xuất nhập khẩu', 'phòng vệ thương mại',
  'xúc tiến thương mại', 'chính sách thương mại', 'điều tiết điện lực', 'công nghiệp nhẹ', 'công nghiệp nặng',
  'năng lượng tái tạo', 'quản lý đấu thầu', 'đầu tư nước ngoài', 'phát triển doanh nghiệp', 'kinh tế tập thể',
  'kinh tế hợp tác', 'quản lý thị trường', 'quản lý cạnh tranh', 'bất động sản', 'chính sách tiền tệ',
  'quản lý ngoại hối', 'dự báo thống kê', 'quản lý nợ',
  // Price stabilization, which the fuel fund is named for (`Quỹ Bình ổn giá xăng dầu`).
  'bình ổn giá',
  // Health.
  'y tế dự phòng', 'y học dự phòng', 'y học cổ truyền', 'quản lý dược', 'quản lý khám chữa bệnh', 'khám chữa bệnh',
  'quản lý môi trường y tế', 'an toàn thực phẩm', 'vệ sinh dịch tễ', 'kiểm soát bệnh tật', 'sức khỏe bà mẹ trẻ em',
  'dân số kế hoạch hóa gia đình', 'trang thiết bị y tế',
  // Medical supplies and equipment, which a hospital's department is named for, its halves often parted by a dash
  // (`Phòng Vật tư - Thiết bị y tế`, `Phòng Vật tư y tế`).
  'thiết bị y tế', 'vật tư y tế', 'vật tư thiết bị y tế', 'huyết học truyền máu', 'bệnh nhiệt đới',
  'chấn thương chỉnh hình', 'răng hàm mặt', 'tai mũi họng', 'sốt rét', 'ký sinh trùng', 'côn trùng',
  'kiểm nghiệm thuốc', 'kiểm nghiệm mỹ phẩm', 'kiểm nghiệm vắc xin',
  // The fields a hospital's departments are named for (`Khoa Hồi sức tích cực - Chống độc`, `Khoa Gây mê hồi sức`).
  'hồi sức tích cực', 'hồi sức cấp cứu', 'gây mê hồi sức', 'hồi sức sơ sinh', 'cấp cứu', 'chống độc', 'truyền nhiễm',
  'ngoại tổng hợp', 'nội tổng hợp', 'chẩn đoán hình ảnh', 'phẫu thuật thần kinh', 'phẫu thuật tim mạch', 'ung bướu',
  'sản phụ khoa', 'nhi sơ sinh', 'y học hạt nhân', 'phục hồi chức năng', 'nội tiết', 'tim mạch', 'thận nhân tạo',
  'thần kinh', 'nội thần kinh', 'ngoại thần kinh', 'nội tim mạch', 'ngoại chấn thương', 'xét nghiệm', 'vi sinh',
  'giải phẫu bệnh', 'kiểm soát nhiễm khuẩn', 'dinh dưỡng lâm sàng',
  // Diabetes, which endocrinology departments are named for beside their field (`Khoa Nội tiết - Đái tháo đường`);
  // the guidance a central hospital gives the hospitals below it (`Trung tâm Đào tạo và Chỉ đạo tuyến`); the care of
  // officials' health (`Ban Bảo vệ sức khỏe cán bộ tỉnh`): `đường`, `tuyến`, `cán bộ` there end no name.
  'đái tháo đường', 'chỉ đạo tuyến', 'bảo vệ sức khỏe cán bộ', 'chăm sóc sức khỏe cán bộ',
  // A procuracy's departments, named for the prosecution and the stage of the case they oversee (`Phòng Thực hành
  // quyền công tố và kiểm sát xét xử phúc thẩm án hình sự`).
  'thực hành quyền công tố', 'thực hành quyền công tố và kiểm sát điều tra', 'thực hành quyền công tố và kiểm sát xét xử',
  'thực hành quyền công tố và kiểm sát điều tra án hình sự', 'thực hành quyền công tố và kiểm sát xét xử sơ thẩm án hình sự',
  'thực hành quyền công tố và kiểm sát xét xử phúc thẩm án hình sự',
  // Education, science, information.
  'giáo dục mầm non', 'giáo dục tiểu học', 'giáo dục trung học', 'giáo dục đại học', 'giáo dục thường xuyên',
  'giáo dục nghề nghiệp', 'giáo dục chính trị', 'quản lý chất lượng', 'kiểm định chất lượng',
  'kiểm định chất lượng giáo dục', 'học sinh sinh viên', 'công nghệ thông tin', 'công nghệ cao', 'công nghệ sinh học',
  'khoa học công nghệ', 'khoa học xã hội', 'khoa học tự nhiên', 'ứng dụng công nghệ', 'đánh giá thẩm định công nghệ',
  'năng lượng nguyên tử', 'an toàn bức xạ', 'an toàn thông tin', 'thông tin điện tử', 'phát thanh truyền hình',
  'tần số vô tuyến điện', 'chuyển đổi số', 'thông tin cơ sở',
  // Culture, sport.
  // The humanitarian movements (`Hội Chữ thập đỏ`, `Hội Trăng lưỡi liềm đỏ`): red is no colour word after the name.
  'chữ thập đỏ', 'trăng lưỡi liềm đỏ',
  // Managing the conservation of what follows (`Trung tâm Quản lý bảo tồn di sản văn hóa X`, `Ban Quản lý bảo tồn
  // di tích Y`).
  'quản lý bảo tồn',
  'bảo tồn di tích', 'bảo tồn bảo tàng', 'di sản văn hóa', 'văn hóa cơ sở', 'văn hóa dân tộc', 'nghệ thuật biểu diễn',
  'bản quyền tác giả', 'thể dục thể thao', 'mỹ thuật', 'mỹ nghệ', 'thủ công mỹ nghệ', 'di tích', 'di tích lịch sử', 'di tích lịch sử văn hóa', 'danh lam thắng cảnh',
  // Farming, environment, building, transport.
  'bảo vệ thực vật', 'quản lý đê điều', 'phòng chống thiên tai', 'biến đổi khí hậu', 'khí tượng thủy văn',
  'quản lý tài nguyên nước', 'đo đạc bản đồ', 'kiểm soát ô nhiễm', 'bảo tồn thiên nhiên', 'đa dạng sinh học',
  'địa chất khoáng sản', 'quản lý chất lượng nông lâm sản', 'chế biến nông sản', 'phát triển nông thôn',
  // Postharvest technology and storage, which farm-engineering institutes and centres are named for (`Viện Cơ điện
  // nông nghiệp và Công nghệ sau thu hoạch`): `sau` there opens no clause of time.
  'công nghệ sau thu hoạch', 'bảo quản sau thu hoạch',
  'hạ tầng kỹ thuật', 'phát triển đô thị', 'kinh tế xây dựng', 'vật liệu xây dựng', 'quy hoạch kiến trúc',
  'kết cấu hạ tầng', 'an toàn giao thông', 'đường thủy nội địa', 'hàng không dân dụng',
  // Labour and society.
  'an toàn lao động', 'người có công', 'bảo trợ xã hội', 'bình đẳng giới', 'phòng chống tệ nạn xã hội',
  // Customer service, which the service centres of utilities are named for (`Trung tâm Chăm sóc khách hàng`).
  'chăm sóc khách hàng', 'dịch vụ khách hàng',
  // Sciences named with `học`, which institutes are named for (`Viện Hải dương học`, `Viện Dân tộc học`).
  'hải dương học', 'dân tộc học', 'ngôn ngữ học', 'sử học', 'triết học', 'xã hội học', 'tâm lý học',
  // Zoology's branches by the backbone, which laboratories and museum rooms are named for (`Phòng Động vật có xương
  // sống`): `có` there is no verb of the clause.
  'động vật có xương sống', 'động vật không xương sống', 'động vật học có xương sống', 'động vật học không xương sống',
  // Dormitories, which the centres and boards that run them are named for (`Trung tâm Quản lý Ký túc xá`).
  'ký túc xá',
  // Sericulture, which research centres and trade associations are named for (`Hiệp hội Dâu tằm tơ`).
  'dâu tằm', 'dâu tằm tơ',
];

/**
 * What a body named for an activity does (`Vụ Giám đốc kiểm tra`, `Hội đồng Tư vấn`, `Cục Giám định nhà nước`): its
 * name goes on with `về` and the fields the activity covers (`Vụ Giám đốc kiểm tra về hình sự, hành chính`).
 */
const ACTIVITY_FIELDS = [
  'giám đốc kiểm tra', 'tư vấn', 'chỉ đạo', 'giám định', 'điều phối', 'giám sát', 'kiểm tra', 'thanh tra',
];

/**
 * Fields an activity covers after `về`, besides the field words and compounds: the branches of law a court or a
 * procuracy department reviews.
 */
const FIELDS_AFTER_ABOUT = [
  'hình sự', 'dân sự', 'hành chính', 'kinh doanh', 'hôn nhân và gia đình', 'lao động', 'thương mại', 'kinh tế',
  // The crimes a police unit fights (`Phòng Cảnh sát điều tra tội phạm về ma túy`).
  'tham nhũng', 'buôn lậu', 'trật tự xã hội', 'chức vụ', 'ma túy',
  // The ills a body works against after `về phòng, chống` (`... về phòng, chống tham nhũng, lãng phí, tiêu cực`).
  'lãng phí', 'tiêu cực', 'gian lận thương mại', 'hàng giả', 'rửa tiền', 'khủng bố', 'mua bán người', 'thiên tai',
  'dịch bệnh', 'tệ nạn xã hội', 'bạo lực gia đình', 'cháy nổ',
];

/**
 * Honorifics before a person's name: `ông Nguyễn Kim` is a man, not the company `Nguyễn Kim`; `bà Đoàn Thái Sơn` a
 * woman, not a delegation (`Đoàn` is a head and a family name).
 */
export const HONORIFIC_KEYS: ReadonlySet<string> = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'em', 'ngài']);

/**
 * Academic and professional titles, abbreviated, before a person's name: `PGS.TS Đoàn Minh Trí` is a professor, not
 * a delegation (`Đoàn`). Written as one token (`PGS.TS`) or with a full stop after (`GS. Đoàn ...`).
 */
export const ACADEMIC_TITLE_KEYS: ReadonlySet<string> = new Set([
  'gs', 'pgs', 'ts', 'ths', 'tsks', 'bs', 'bsck', 'ks', 'ls', 'kts', 'ncs', 'cn', 'gs.ts', 'pgs.ts', 'ts.bs', 'ths.bs',
  'pgs.ts.bs', 'gs.tskh', 'pgs.tskh', 'gs.ts.bs', 'bs.ckii', 'bs.cki', 'tskh', 'ths.ls',
]);

/**
 * Jobs written before a person's name (`Kiểm sát viên Đoàn Mạnh Quyết`, `Luật sư Đoàn Văn Hải`): a head that is a
 * family name right after one starts the person's name. Not the titles of a body's officers (`Bí thư Đoàn`), which
 * a body's name follows.
 */
export const PERSON_JOB_TITLE_PHRASES: readonly (readonly string[])[] = [
  ['kiểm', 'sát', 'viên'], ['điều', 'tra', 'viên'], ['thẩm', 'phán'], ['hội', 'thẩm'], ['luật', 'sư'], ['bác', 'sĩ'], ['bác', 'sỹ'],
  ['phóng', 'viên'], ['nhà', 'báo'], ['kỹ', 'sư'], ['kiến', 'trúc', 'sư'], ['dược', 'sĩ'], ['điều', 'dưỡng'], ['nghệ', 'sĩ'], ['nhạc', 'sĩ'],
  ['họa', 'sĩ'], ['ca', 'sĩ'], ['thượng', 'tá'], ['đại', 'tá'], ['trung', 'tá'], ['thiếu', 'tá'], ['đại', 'úy'], ['thượng', 'úy'], ['trung', 'úy'],
  // A team's coach and players (`HLV Đoàn Minh Trí`, `tiền vệ Đoàn Văn Hậu`); a team's delegation is `đoàn` of a club.
  ['hlv'], ['hlv', 'trưởng'], ['huấn', 'luyện', 'viên'], ['huấn', 'luyện', 'viên', 'trưởng'], ['cầu', 'thủ'], ['thủ', 'môn'],
  ['tiền', 'đạo'], ['tiền', 'vệ'], ['hậu', 'vệ'], ['trung', 'vệ'], ['vận', 'động', 'viên'], ['trọng', 'tài'], ['ngoại', 'binh'],
  // The parties of a criminal case (`bị cáo Đoàn Văn Lực`, `bị can Đoàn Thị Hà`); a court's panel is `Hội đồng xét xử`.
  ['bị', 'cáo'], ['bị', 'can'], ['nghi', 'phạm'], ['bị', 'hại'], ['phạm', 'nhân'], ['tử', 'tù'],
  // The state's honorary titles of artists, teachers and doctors (`NSND Đoàn Minh Khang`, `Nhà giáo Ưu tú Đoàn Thị
  // Hà`), spelled out or abbreviated; a troupe is `Đoàn Ca múa` or `Đoàn Kịch`, which go on in lower case or a field.
  ['nsnd'], ['nsưt'], ['ngnd'], ['ngưt'], ['ttnd'], ['ttưt'], ['nghệ', 'sĩ', 'nhân', 'dân'], ['nghệ', 'sĩ', 'ưu', 'tú'],
  ['nhà', 'giáo', 'nhân', 'dân'], ['nhà', 'giáo', 'ưu', 'tú'], ['thầy', 'thuốc', 'nhân', 'dân'], ['thầy', 'thuốc', 'ưu', 'tú'],
];

/**
 * The sexagenary names of a year, a stem then a branch (`Giáp Thìn`, `Ất Tỵ`): a `Hội` whose name ends in one is
 * that year's festival (`Hội Lim Giáp Thìn`, `Hội Gióng Ất Tỵ`), not an association (`Hội Nông dân Giáp Bát`).
 */
export const YEAR_STEM_KEYS: ReadonlySet<string> = new Set(['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý']);
export const YEAR_BRANCH_KEYS: ReadonlySet<string> = new Set([
  'tý', 'tí', 'sửu', 'dần', 'mão', 'mẹo', 'thìn', 'tỵ', 'tị', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi',
]);

/** Titles and honorifics: a name stops before them (`Bộ Công Thương Nguyễn Hồng Diên và Thứ trưởng ...`). */
const TITLE_WORDS = [
  'ông', 'bà', 'ngài', 'anh', 'chị', 'phó', 'trưởng', 'thứ trưởng', 'bộ trưởng', 'chủ tịch', 'giám đốc', 'tổng giám đốc',
  'tổng thư ký', 'thư ký', 'thủ tướng', 'viện trưởng', 'cục trưởng', 'tổng cục trưởng', 'vụ trưởng', 'trưởng ban',
  'hiệu trưởng', 'đại sứ', 'tiến sĩ', 'giáo sư', 'ts', 'pgs', 'gs', 'ths', 'pgs.ts', 'gs.ts', 'bí thư', 'phó chủ tịch',
  'chánh văn phòng', 'chánh thanh tra', 'chánh án', 'người phát ngôn', 'đại diện', 'lãnh đạo', 'nhà báo', 'phóng viên', 'chủ nhiệm',
  // The army's and the police's ranks, which open an officer's name (`Sở Y tế và Thượng tá Lò Văn Hải`): no field
  // of a body is named by one.
  ...ARMY_AND_POLICE_RANKS,
];

/** Words that go on a name when a proper word follows: `Bộ Khoa học và Công nghệ`, `Ủy ban Tư vấn về Tiêu chuẩn`. */
const NAME_CONNECTORS = ['và', 'về', 'của', '&'];

/** Labels of the interviewer before a colon (`PV:`, `BTV:`): never a word of a name. */
const SPEAKER_LABELS = ['pv', 'p.v', 'btv', 'mc'];


/**
 * Organizations known by an acronym that news uses alone, with their Vietnamese name where it is usual. A name
 * found in the text with one of these long forms takes the acronym.
 */
const KNOWN_ORGANIZATION_ACRONYMS: ReadonlyArray<readonly [string, string | null]> = [
  ['ASEAN', 'Hiệp hội các quốc gia Đông Nam Á'], ['APO', 'Tổ chức Năng suất Châu Á'],
  ['WTO', 'Tổ chức Thương mại Thế giới'], ['EU', 'Liên minh châu Âu'], ['WB', 'Ngân hàng Thế giới'],
  ['IMF', 'Quỹ Tiền tệ Quốc tế'], ['UNDP', 'Chương trình Phát triển Liên hợp quốc'], ['UN', 'Liên hợp quốc'],
  ['LHQ', 'Liên hợp quốc'], ['UNESCO', null], ['UNICEF', 'Quỹ Nhi đồng Liên hợp quốc'],
  ['WHO', 'Tổ chức Y tế Thế giới'], ['FAO', 'Tổ chức Lương thực và Nông nghiệp Liên hợp quốc'],
  ['ILO', 'Tổ chức Lao động Quốc tế'], ['OECD', 'Tổ chức Hợp tác và Phát triển Kinh tế'],
  ['APEC', 'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương'], ['ADB', 'Ngân hàng Phát triển châu Á'],
  ['AIIB', 'Ngân hàng Đầu tư Cơ sở hạ tầng châu Á'], ['JICA', 'Cơ quan Hợp tác Quốc tế Nhật Bản'], ['KOICA', null],
  ['USAID', null], ['JETRO', 'Tổ chức Xúc tiến Thương mại Nhật Bản'], ['KOTRA', null], ['NATO', null],
  ['WIPO', 'Tổ chức Sở hữu trí tuệ Thế giới'], ['UNIDO', 'Tổ chức Phát triển Công nghiệp Liên hợp quốc'],
  ['IAEA', 'Cơ quan Năng lượng Nguyên tử Quốc tế'], ['ITU', 'Liên minh Viễn thông Quốc tế'],
  ['ISO', 'Tổ chức Tiêu chuẩn hóa Quốc tế'], ['IEC', 'Ủy ban Kỹ thuật Điện Quốc tế'],
  ['BIPM', 'Viện Cân đo Quốc tế'], ['OIML', 'Tổ chức Đo lường Pháp định Quốc tế'], ['WEF', 'Diễn đàn Kinh tế Thế giới'],
  ['UNEP', 'Chương trình Môi trường Liên hợp quốc'], ['WFP', 'Chương trình Lương thực Thế giới'],
  ['OPEC', 'Tổ chức các nước xuất khẩu dầu mỏ'], ['VCCI', 'Phòng Thương mại và Công nghiệp Việt Nam'],
  ['EVN', 'Tập đoàn Điện lực Việt Nam'], ['PVN', 'Tập đoàn Dầu khí Việt Nam'], ['VNPT', null], ['TTXVN', 'Thông tấn xã Việt Nam'],
  ['VTV', 'Đài Truyền hình Việt Nam'], ['VOV', 'Đài Tiếng nói Việt Nam'], ['NHNN', 'Ngân hàng Nhà nước'],
  ['BIDV', null], ['VPBank', null], ['Vietcombank', null], ['Vietinbank', null], ['VietinBank', null], ['Agribank', null],
  // Banks known by their brand alone (`các ngân hàng như Techcombank, NCB`), as the banks write them; not `MB`,
  // which is also a megabyte.
  ['Techcombank', null], ['Sacombank', null], ['Eximbank', null], ['ACB', null], ['MBBank', null], ['MB Bank', null],
  ['TPBank', null], ['HDBank', null], ['SHB', null], ['VIB', null], ['SeABank', null], ['OCB', null], ['MSB', null],
  ['LPBank', null], ['LienVietPostBank', null], ['ABBANK', null], ['ABBank', null], ['VietABank', null],
  ['Nam A Bank', null], ['Bac A Bank', null], ['BacABank', null], ['PVcomBank', null], ['Kienlongbank', null],
  ['KienlongBank', null], ['Saigonbank', null], ['BaoViet Bank', null], ['PGBank', null], ['GPBank', null],
  ['OceanBank', null], ['NCB', null], ['SCB', null], ['BVBank', null], ['Viet Capital Bank', null], ['VietBank', null],
  ['Shinhan Bank', null], ['HSBC', null], ['Standard Chartered', null], ['UOB', null],
  ['Viettel', null], ['Vinamilk', null], ['Vingroup', null], ['Petrolimex', null], ['Vietnam Airlines', null],
  // Airlines known by their brand alone (`các hãng Vietnam Airlines, Vietjet`).
  ['Vietjet', null], ['Vietjet Air', null], ['Bamboo Airways', null], ['Vietravel Airlines', null], ['Pacific Airlines', null],
  // Foreign airlines flying to Vietnam, known by their brand alone (`tuyến Đà Lạt - Seoul do hãng Korean Air khai thác`).
  ['Korean Air', null], ['Asiana Airlines', null], ['Jeju Air', null], ['Japan Airlines', null], ['All Nippon Airways', null],
  ['Singapore Airlines', null], ['Thai Airways', null], ['Cathay Pacific', null], ['China Airlines', null], ['EVA Air', null],
  ['Qatar Airways', null], ['Turkish Airlines', null], ['Air France', null], ['Lufthansa', null], ['AirAsia', null],
  // Aircraft makers known by their brand alone (`ký hợp đồng với Airbus`); `Airbus A321neo` is a model (see
  // acronym-mentions.ts).
  ['Airbus', null], ['Boeing', null], ['Embraer', null],
  ['ACCSQ', 'Ủy ban Tư vấn về Tiêu chuẩn và Chất lượng ASEAN'], ['ASEM', null], ['FIFA', null], ['AFF', null],
  ['VFF', 'Liên đoàn Bóng đá Việt Nam'], ['IOC', 'Ủy ban Olympic Quốc tế'], ['WWF', null], ['OXFAM', null],
  ['CDC', null], ['FDA', null], ['NASA', null], ['IEA', 'Cơ quan Năng lượng Quốc tế'], ['IFC', null],
  ['NDB', null], ['ECB', 'Ngân hàng Trung ương châu Âu'], ['Fed', 'Cục Dự trữ Liên bang Mỹ'], ['FED', null],
  ['G20', 'Nhóm các nền kinh tế lớn'], ['G7', 'Nhóm các nước công nghiệp phát triển'], ['BRICS', null],
  // Media outlets known by their brand alone: `Theo VnExpress`.
  ['VnExpress', null], ['VietNamNet', null], ['Vietnamnet', null], ['VietnamPlus', null], ['VnEconomy', null],
  ['VTC', null], ['HTV', null], ['VTVcab', null], ['Reuters', null], ['AFP', null], ['AP', null], ['CNN', null], ['BBC', null],
  ['Bloomberg', null], ['Xinhua', null], ['Yonhap', null], ['Kyodo', null], ['Nikkei', null],
  ['VASEP', 'Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam'], ['VITAS', 'Hiệp hội Dệt may Việt Nam'],
  ['VINASME', 'Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam'], ['STAMEQ', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng'],
];

const foldedSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldKey));

export const ORGANIZATION_HEAD_PHRASES = new PhraseLexicon(ORGANIZATION_HEADS);
export const COMPLETE_HEAD_KEYS = foldedSet(COMPLETE_HEADS);
export const ESTABLISHMENT_HEAD_KEYS = foldedSet(ESTABLISHMENT_HEADS);
export const NUMBERED_MILITARY_UNIT_HEAD_KEYS = foldedSet(NUMBERED_MILITARY_UNIT_HEADS);
export const COMMITTEE_HEAD_KEYS = foldedSet(COMMITTEE_HEADS);
export const SERVED_BODY_KEYS = foldedSet(SERVED_BODIES);
export const MEMBER_GATHERING_HEAD_KEYS = foldedSet(MEMBER_GATHERING_HEADS);
export const SEATED_HEAD_KEYS = foldedSet(SEATED_HEADS);
export const COMPANY_HEAD_KEYS = foldedSet(COMPANY_HEADS);
export const NON_ORGANIZATION_HEAD_PHRASES = new PhraseLexicon(NON_ORGANIZATION_HEADS);
export const LAW_HEAD_KEYS = foldedSet(LAW_HEADS);
export const HEAD_COMPLEMENT_PHRASES = new PhraseLexicon(HEAD_COMPLEMENTS);
export const NOT_A_NAME_AFTER_HEAD_PHRASES = new PhraseLexicon(NOT_A_NAME_AFTER_HEAD);
export const NAME_STOP_WORD_KEYS = foldedSet(NAME_STOP_WORDS);
export const NAME_BREAKING_PHRASES = new PhraseLexicon(NAME_BREAKING_WORDS);
export const NOT_A_SECOND_SYLLABLE_KEYS = foldedSet(NOT_A_SECOND_SYLLABLE);
export const CLAUSE_OPENER_KEYS = foldedSet(CLAUSE_OPENERS);
export const NOT_NAME_WORDS_AFTER_SUBJECT_PHRASES = new PhraseLexicon(NOT_NAME_WORDS_AFTER_SUBJECT);
export const WHOLE_FIELD_SYLLABLE_KEYS = foldedSet(WHOLE_FIELD_SYLLABLES);
export const NAME_CONNECTOR_KEYS = foldedSet(NAME_CONNECTORS);
export const SPEAKER_LABEL_KEYS = foldedSet(SPEAKER_LABELS);
/**
 * Titles and degrees written short before a person's name (the academic ones, a coach's, artists' and teachers'
 * honours): after `của` they open the person who runs the body (`CLB X của HLV Y`, `Bệnh viện X của GS Y`), never a
 * body the name goes on to (`Viện X của ĐHQG Hà Nội`).
 */
export const PERSON_TITLE_ABBREVIATION_KEYS: ReadonlySet<string> = new Set([...ACADEMIC_TITLE_KEYS, 'hlv', 'nsnd', 'nsưt', 'ngnd', 'ngưt']);
/** Family names that start a person's name at a name's end (`Bộ Tài chính Hồ Đức Phớc`): shared/family-names.ts. */
export const FAMILY_NAME_KEYS = foldedSet(CUTTING_FAMILY_NAMES);
export const TITLE_PHRASES = new PhraseLexicon(TITLE_WORDS);
export const NAME_TAIL_PHRASES = new PhraseLexicon(NAME_TAIL_WORDS);
export const NAME_VERBAL_TAIL_PHRASES = new PhraseLexicon(NAME_VERBAL_TAIL_WORDS);
export const FIELD_COMPOUND_PHRASES = new PhraseLexicon(FIELD_COMPOUNDS);
export const ACTIVITY_TAKING_AN_OBJECT_PHRASES = new PhraseLexicon(ACTIVITIES_TAKING_AN_OBJECT);
export const ACTIVITY_FIELD_PHRASES = new PhraseLexicon(ACTIVITY_FIELDS);
export const FIELD_AFTER_ABOUT_PHRASES = new PhraseLexicon(FIELDS_AFTER_ABOUT);
export const MANAGED_SITE_PHRASES = new PhraseLexicon(MANAGED_SITES);

/**
 * Two-syllable words of bodies' names that no list above holds, as the field words do: a government, the climate,
 * an ecosystem (`Ban Liên chính phủ`, `Viện Sinh thái`).
 */
const OTHER_TWO_SYLLABLE_NAME_WORDS = ['chính phủ', 'khí hậu', 'sinh thái'];

/**
 * The two-syllable words of bodies' names (`thiên nhiên`, `trường học`, `chính phủ`), folded: the field words, those
 * that are verbs too and the field compounds of two syllables. A name cut at a bound on its length never ends between
 * their two syllables (`Phòng Quản lý rừng và Bảo tồn thiên nhiên`, read by the roles stage, title-units.ts).
 */
export const TWO_SYLLABLE_NAME_WORD_KEYS: ReadonlySet<string> = foldedSet(
  [...NAME_TAIL_WORDS, ...NAME_VERBAL_TAIL_WORDS, ...FIELD_COMPOUNDS, ...OTHER_TWO_SYLLABLE_NAME_WORDS].filter((word) => word.split(' ').length === 2),
);

/**
 * Heads of schools and hospitals: after their kind and level (`Trường THPT`, `Trường Tiểu học`, `Bệnh viện Nhi`)
 * they are often named for a person (`Trường THPT Chu Văn An`, `Trường Tiểu học Kim Đồng`) and numbered
 * (`Bệnh viện Nhi Đồng 1`, `Trường Tiểu học Kim Đồng 2`).
 */
const NAMED_INSTITUTION_HEADS = ['Trường', 'Trường Đại học', 'Trường Cao đẳng', 'Đại học', 'Học viện', 'Bệnh viện'];

/** Kinds and levels of schools and hospitals written between the head and the name (acronyms aside: `THPT`). */
const INSTITUTION_KINDS = [
  'tiểu học', 'trung học cơ sở', 'trung học phổ thông', 'phổ thông', 'mầm non', 'dân lập', 'tư thục', 'chuyên',
  'phổ thông dân tộc nội trú', 'dân tộc nội trú', 'phổ thông dân tộc bán trú', 'dân tộc bán trú', 'liên cấp', 'nhi', 'đa khoa', 'sản', 'sản nhi', 'phụ sản', 'mắt',
  'quân y', 'y học cổ truyền', 'tâm thần', 'phổi', 'ung bướu', 'da liễu', 'nội tiết', 'răng hàm mặt', 'tai mũi họng',
];

/** Counting words after a number: `Bệnh viện Bạch Mai 3 ca`, the number counts, it numbers no school or hospital. */
const COUNTED_AFTER_NUMBER = [
  'người', 'lần', 'ca', 'bệnh nhân', 'học sinh', 'sinh viên', 'em', 'cháu', 'trẻ', 'giờ', 'phút', 'ngày', 'tháng',
  'năm', 'tuổi', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'trăm', 'km', 'cơ sở', 'phòng', 'lớp', 'giường', 'khoa', 'điểm',
  // `Hải đội Biên phòng 2 tàu`, `Lữ đoàn Công binh 40 cán bộ`: what an army unit counts.
  'tàu', 'xuồng', 'chiếc', 'cán bộ', 'chiến sĩ',
];

export const NAMED_INSTITUTION_HEAD_KEYS = foldedSet(NAMED_INSTITUTION_HEADS);
export const INSTITUTION_KIND_PHRASES = new PhraseLexicon(INSTITUTION_KINDS);
export const COUNTED_AFTER_NUMBER_PHRASES = new PhraseLexicon(COUNTED_AFTER_NUMBER);

/** Known acronym (exact spelling) → its Vietnamese long form, or null. */
export const KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS: ReadonlyMap<string, string | null> = new Map(KNOWN_ORGANIZATION_ACRONYMS);

/** Folded Vietnamese long form → the known acronym. */
export const KNOWN_ORGANIZATION_LONG_FORM_ACRONYMS: ReadonlyMap<string, string> = new Map(
  KNOWN_ORGANIZATION_ACRONYMS.flatMap(([acronym, long]) => (long ? [[foldKey(long), acronym] as const] : [])),
);

/**
 * Heads that, written alone and capitalized, refer back to an organization named before (`Tổng cục đã ...`,
 * `Viện cho biết`). Others alone are too often common words (`Tổ chức`, `Ban`, `Báo`, `Hội`).
 */
export const SHORT_FORM_HEAD_KEYS = foldedSet([
  'Tổng cục', 'Cục', 'Viện', 'Trung tâm', 'Bộ', 'Sở', 'Ủy ban', 'Hiệp hội', 'Tập đoàn', 'Tổng công ty', 'Công ty',
  'Ngân hàng', 'Học viện', 'Quỹ', 'Trường', 'Liên minh', 'Liên đoàn', 'Hội đồng', 'Bệnh viện', 'Tòa án',
]);

/**
 * Heads of the bodies every province, district or commune has, named by the level alone where the article names
 * no place (`Công an tỉnh`, `Thanh tra tỉnh`, `HĐND tỉnh`, `Bưu điện tỉnh`, `Bộ đội Biên phòng tỉnh`).
 */
export const LEVEL_BODY_HEAD_KEYS: ReadonlySet<string> = new Set([
  'ủy ban nhân dân', 'ubnd', 'hội đồng nhân dân', 'hđnd', 'công an', 'thanh tra', 'bưu điện', 'bộ đội biên phòng',
  'viện kiểm sát nhân dân', 'viện kiểm sát', 'tòa án nhân dân', 'bảo hiểm xã hội', 'bhxh', 'bộ chỉ huy quân sự',
  'ủy ban mặt trận tổ quốc', 'liên đoàn lao động', 'kho bạc nhà nước',
  // The Fatherland Front's committee by its acronym and with the country (`Ủy ban MTTQ Việt Nam tỉnh`).
  'ủy ban mttq', 'ủy ban mặt trận tổ quốc việt nam', 'ủy ban mttq việt nam',
]);
