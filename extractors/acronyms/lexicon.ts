// Acronyms Vietnamese news uses with a long form the letters do not spell (English initials): `SDGs` for `mục
// tiêu phát triển bền vững`, `GDP` for `tổng sản phẩm quốc nội`. Organization acronyms live in the
// organizations lexicon and are looked up from there too. Words an acronym's initials skip.
import { foldKey } from '../shared/vietnamese.js';
import { KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS } from '../organizations/lexicon.js';
import { PhraseLexicon } from '../organizations/phrase-lexicon.js';

const KNOWN_ACRONYMS: ReadonlyArray<readonly [string, string]> = [
  ['SDGs', 'mục tiêu phát triển bền vững'], ['SDG', 'mục tiêu phát triển bền vững'],
  ['MDGs', 'mục tiêu phát triển thiên niên kỷ'], ['GDP', 'tổng sản phẩm quốc nội'], ['GDP', 'tổng sản phẩm trong nước'], ['GNP', 'tổng sản phẩm quốc dân'],
  ['FDI', 'đầu tư trực tiếp nước ngoài'], ['FDI', 'vốn đầu tư trực tiếp nước ngoài'], ['ODA', 'hỗ trợ phát triển chính thức'], ['CPI', 'chỉ số giá tiêu dùng'],
  ['PMI', 'chỉ số nhà quản trị mua hàng'], ['AI', 'trí tuệ nhân tạo'], ['IoT', 'Internet vạn vật'],
  ['R&D', 'nghiên cứu và phát triển'], ['FTA', 'hiệp định thương mại tự do'], ['SME', 'doanh nghiệp nhỏ và vừa'],
  ['SMEs', 'doanh nghiệp nhỏ và vừa'], ['CSR', 'trách nhiệm xã hội của doanh nghiệp'], ['KPI', 'chỉ số đánh giá hiệu quả'],
  ['EVFTA', 'Hiệp định Thương mại tự do Việt Nam – Liên minh châu Âu'], ['CPTPP', 'Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương'],
  ['RCEP', 'Hiệp định Đối tác Kinh tế Toàn diện Khu vực'], ['AEC', 'Cộng đồng Kinh tế ASEAN'],
  ['TBT', 'hàng rào kỹ thuật trong thương mại'], ['SPS', 'biện pháp vệ sinh dịch tễ'], ['PCI', 'chỉ số năng lực cạnh tranh cấp tỉnh'],
  ['ESG', 'môi trường, xã hội và quản trị'], ['GMP', 'thực hành sản xuất tốt'], ['HACCP', 'phân tích mối nguy và điểm kiểm soát tới hạn'],
  // the provincial GDP, and public finance
  ['GRDP', 'tổng sản phẩm trên địa bàn'], ['GRDP', 'tổng sản phẩm trên địa bàn tỉnh'], ['GRDP', 'tổng sản phẩm trong tỉnh'],
  ['VAT', 'thuế giá trị gia tăng'], ['PPP', 'đối tác công tư'], ['PPP', 'hợp tác công tư'], ['M&A', 'mua bán và sáp nhập'],
  ['IPO', 'phát hành cổ phiếu lần đầu ra công chúng'],
  // unmanned aircraft, English initials after the Vietnamese words (`thiết bị bay không người lái (UAV)`)
  ['UAV', 'thiết bị bay không người lái'], ['UAV', 'máy bay không người lái'],
  // animal diseases known by their English initials (`dịch tả lợn châu Phi (ASF)`, African swine fever)
  ['ASF', 'dịch tả lợn châu Phi'], ['ASF', 'bệnh dịch tả lợn châu Phi'], ['ASF', 'dịch tả heo châu Phi'],
  // imaging and care in hospitals, with or without the verb `chụp` (`máy chụp cộng hưởng từ (MRI)`)
  ['MRI', 'chụp cộng hưởng từ'], ['MRI', 'cộng hưởng từ'], ['CT', 'chụp cắt lớp vi tính'], ['CT', 'cắt lớp vi tính'],
  ['PET', 'chụp cắt lớp phát xạ positron'], ['ICU', 'hồi sức tích cực'],
  // national programmes and policies known by their English initials
  ['EPR', 'trách nhiệm mở rộng của nhà sản xuất'], ['OCOP', 'Mỗi xã một sản phẩm'],
  // medals, as the sports press shortens them (`giành HCV`, `13 huy chương bạc`)
  ['HCV', 'huy chương vàng'], ['HCB', 'huy chương bạc'], ['HCĐ', 'huy chương đồng'],
  // a company's legal form inside its name (`Công ty TNHH X`): no other words' initials, whatever they spell
  ['TNHH', 'trách nhiệm hữu hạn'], ['TMCP', 'thương mại cổ phần'], ['MTV', 'một thành viên'],
];

/**
 * Acronym (exact spelling) → its long forms, usual one first (`GDP`: `tổng sản phẩm quốc nội`, `tổng sản phẩm trong
 * nước`), English-initial acronyms and known organizations together.
 */
export const KNOWN_ACRONYM_LONG_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const byShort = new Map<string, string[]>();
  const pairs = [
    ...KNOWN_ACRONYMS,
    ...[...KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS].flatMap(([short, long]) => (long ? [[short, long] as const] : [])),
  ];
  for (const [short, long] of pairs) {
    const list = byShort.get(short);
    if (list) list.push(long);
    else byShort.set(short, [long]);
  }
  return byShort;
})();

/** Words the initials of a long form may pass over: `Ủy ban Tư vấn về ...`, `Bank for ...`. */
export const INITIALS_SKIPPED_WORD_KEYS: ReadonlySet<string> = new Set(
  ['về', 'của', 'và', 'các', 'cho', 'of', 'and', 'for', 'the', 'on', 'in', 'to', 'de', 'la'].map(foldKey),
);

/** Words that end a lower-case long form going back from its acronym: `đạt được các | mục tiêu ... (SDGs)`. */
export const LONG_FORM_BOUNDARY_KEYS: ReadonlySet<string> = new Set(
  [
    'các', 'những', 'một', 'mọi', 'của', 'cho', 'về', 'với', 'là', 'được', 'có', 'trong', 'tại', 'theo', 'từ', 'đến',
    'này', 'đó', 'nhằm', 'để', 'vì', 'do', 'bởi', 'đã', 'đang', 'sẽ', 'cũng', 'và', 'hoặc', 'hay', 'thì', 'mà',
    'như', 'khi', 'nên', 'không', 'chưa', 'rất', 'trên', 'dưới', 'giữa', 'qua', 'ở', 'sau', 'trước', 'gọi', 'là',
    'thực hiện', 'đạt', 'ông', 'bà', 'nếu', 'rằng', 'tuy', 'dù', 'lúc',
    // An adverb of time before a verb: `tỉnh sớm | quy hoạch ...`.
    'sớm',
    // `nhờ` (thanks to) before the means: `giảm phát thải nhờ | tưới ngập khô xen kẽ (AWD)`.
    'nhờ',
    // A verb that moves its object somewhere: `kế hoạch đưa | lò điện hồ quang (EAF) vào vận hành`, and the
    // direction after a verb of change: `chuyển sang | nhựa polyethylene mật độ cao (HDPE)`.
    'đưa', 'sang',
  ].map(foldKey),
);

/**
 * Boundary words that are the first syllable of a noun with the word after them, inside a long form: `không khí`
 * ("air", not `không` "not") in `chỉ số chất lượng không khí (AQI)`, `không gian`, `không quân`, `không phận`.
 */
export const BOUNDARY_NOUN_SECOND_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [foldKey('không'), new Set(['khí', 'gian', 'quân', 'phận', 'lưu'].map(foldKey))],
  // `từ chối` (refuse), `từ tính` (magnetism), `từ trường` (magnetic field): no `từ` (from) that bounds a phrase
  // (`tấn công từ chối dịch vụ (DDoS)`).
  [foldKey('từ'), new Set(['chối', 'tính', 'trường'].map(foldKey))],
]);

/** Two-word phrases of time that end a lower-case long form going back: `có thời điểm | chỉ số ... (AQI)`. */
export const LONG_FORM_BOUNDARY_PAIRS: ReadonlySet<string> = new Set(
  [
    'thời điểm',
    // Verbs that take the named thing as their object: `sớm quy hoạch | cảng cạn (ICD)`, `áp dụng | ...`.
    'quy hoạch', 'áp dụng', 'sử dụng', 'ứng dụng', 'triển khai', 'lắp đặt', 'trang bị', 'vận hành', 'xây dựng',
  ].map(foldKey),
);

/**
 * What opens a bracket holding a company's code on the exchange, up to the code (`(mã chứng khoán: HPB)`, `(mã CK:
 * HPB)`, `(HoSE: HPB)`): sticky, matched where the bracket opens; none of its characters is a bracket.
 */
export const STOCK_CODE_ANNOUNCERS = /(?:mã (?:chứng khoán|CK|cổ phiếu)|(?:sàn )?(?:HOSE|HoSE|HNX|UPCoM|UPCOM))\s*:\s*/uy;

/** Phrases in parentheses that announce the short form: `(gọi tắt là VMI)`, `(viết tắt: ĐHQG)`. */
export const SHORT_FORM_ANNOUNCERS = /(?:sau đây )?(?:gọi tắt|viết tắt|tên viết tắt|tên tiếng Anh|tiếng Anh|gọi là)(?: là|:)?\s+/iuy;

/**
 * Heads of documents, programmes and initiatives that Vietnamese names for their owner (`Quy định ... của Liên minh
 * châu Âu`), with the initials of the English words they translate (`Quy định` → Regulation, `Chương trình` →
 * Programme): the letters an English acronym of the whole name holds (document-of-owner.ts).
 */
const DOCUMENT_HEADS_ENGLISH_INITIALS: ReadonlyArray<readonly [string, string]> = [
  ['Quy định', 'R'], ['Quy chế', 'R'], ['Chỉ thị', 'D'], ['Luật', 'LA'], ['Đạo luật', 'A'], ['Bộ luật', 'C'],
  ['Công ước', 'C'], ['Hiệp định', 'A'], ['Hiệp ước', 'T'], ['Thỏa thuận', 'A'], ['Nghị định thư', 'P'],
  ['Tuyên bố', 'D'], ['Chương trình', 'P'], ['Kế hoạch', 'P'], ['Chiến lược', 'S'], ['Sáng kiến', 'I'], ['Dự án', 'P'],
  ['Quỹ', 'F'], ['Cơ chế', 'MF'], ['Khung', 'F'], ['Hệ thống', 'S'], ['Tiêu chuẩn', 'S'], ['Chính sách', 'P'],
  ['Báo cáo', 'R'], ['Chỉ số', 'I'], ['Giải thưởng', 'AP'], ['Mạng lưới', 'N'],
  // Memorandum of Understanding: `Bản ghi nhớ Tokyo về ... (Tokyo MOU)`.
  ['Bản ghi nhớ', 'MOU'], ['Biên bản ghi nhớ', 'MOU'],
];

export const DOCUMENT_HEAD_PHRASES = new PhraseLexicon(DOCUMENT_HEADS_ENGLISH_INITIALS.map(([head]) => head));

const ENGLISH_INITIALS_BY_DOCUMENT_HEAD: ReadonlyMap<string, string> = new Map(
  DOCUMENT_HEADS_ENGLISH_INITIALS.map(([head, initials]) => [foldKey(head), initials]),
);

/** The English initials of a document head's folded key (`quy định` → `R`), or nothing. */
export function englishInitialsOfDocumentHead(key: string): string {
  return ENGLISH_INITIALS_BY_DOCUMENT_HEAD.get(key) ?? '';
}

/**
 * Levels of government and other words that say which of many bodies without naming one (`tỉnh`, `các cấp`): after
 * an acronym in brackets they are no part of its short form (`Ủy ban nhân dân tỉnh (UBND tỉnh)` defines `UBND`).
 */
export const GENERIC_LEVEL_PHRASES = new PhraseLexicon([
  'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thành phố', 'thị xã', 'thị trấn', 'các cấp', 'cấp tỉnh', 'cấp huyện',
  'cấp xã', 'cơ sở', 'địa phương',
]);

/**
 * Heads that name a medical or technical method (`kỹ thuật`, `phương pháp`) or a model followed (`mô hình`): the
 * words between one and an English acronym in brackets translate the acronym, small words of manner included (`kỹ
 * thuật thay van qua ống thông (TAVI)`, `mô hình phát triển đô thị định hướng giao thông công cộng (TOD)`); the head
 * is no part of the long form.
 */
export const METHOD_HEAD_KEYS: ReadonlySet<string> = new Set(
  ['kỹ thuật', 'phương pháp', 'liệu pháp', 'thủ thuật', 'kĩ thuật', 'mô hình'].map(foldKey),
);

/**
 * Head nouns a translated name stands after, each with the English word's initial it translates: the head is left
 * out of the long form unless the acronym's last letter spells it (`System`, `Technology`): `hệ thống cảng cạn (ICD)`
 * is `cảng cạn`, `hệ thống định vị toàn cầu (GPS)` the whole phrase; `công nghệ bùn hoạt tính theo mẻ (SBR)` is `bùn
 * hoạt tính theo mẻ`, the technology named by what it does.
 */
export const SYSTEM_HEAD_INITIALS: ReadonlyMap<string, string> = new Map([
  ['hệ thống', 'S'],
  ['công nghệ', 'T'],
].map(([head, initial]) => [foldKey(head as string), initial as string]));

/**
 * Agents named before `gây` (causing) and the condition they cause, with the English word's initial for the agent: an
 * acronym that ends with that letter names the agent (`vi rút gây bệnh đốm trắng (WSSV)`, White Spot Syndrome Virus),
 * one that does not names the condition alone (`vi khuẩn gây hội chứng hoại tử gan tụy cấp (AHPND)`).
 */
export const CAUSING_AGENT_INITIALS: ReadonlyMap<string, string> = new Map([
  ['vi rút', 'V'], ['virus', 'V'], ['vi-rút', 'V'], ['siêu vi', 'V'], ['vi khuẩn', 'B'], ['nấm', 'F'], ['ký sinh trùng', 'P'], ['kí sinh trùng', 'P'],
].map(([agent, initial]) => [foldKey(agent as string), initial as string]));

/** Words a clause goes on with, which no translated method name holds: `kỹ thuật này đã giúp (X)` names nothing. */
export const METHOD_PHRASE_STOP_KEYS: ReadonlySet<string> = new Set(
  ['các', 'những', 'một', 'của', 'là', 'được', 'có', 'này', 'đó', 'đã', 'đang', 'sẽ', 'cũng', 'thì', 'mà', 'khi', 'nên', 'không', 'chưa', 'rất', 'cho', 'với', 'tại', 'ở', 'giúp'].map(foldKey),
);

/**
 * Heads of companies and societies that an acronym of the words after them may name whole: `Tổng công ty Phát điện
 * Duyên Hải (PĐDH)`, then `Tổng giám đốc PĐDH`. A state body's head is left out (`Sở GD&ĐT`, `Phòng CSGT`).
 */
export const WHOLE_BODY_HEADS: readonly (readonly string[])[] = [
  'tổng công ty', 'công ty', 'tập đoàn', 'hiệp hội', 'hội', 'trường', 'trung tâm', 'viện', 'ngân hàng', 'quỹ', 'liên đoàn',
  // A school named by its level and its kind (`Trường Đại học Nông Lâm Tây Bắc (NLTB)`), whose initials skip both.
  'trường đại học', 'trường cao đẳng', 'học viện',
].map((head) => head.split(' ').map(foldKey));
