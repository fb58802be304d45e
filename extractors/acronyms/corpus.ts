// Acronym examples, written for the project: a sentence, the words inside it, the pair found there (`short`,
// `long`), or `null` where no acronym may overlap the words. Run by tests/corpus/acronyms.test.ts.
import type { CorpusExample } from '../../tests/corpus/corpus-types.js';

type AcronymExample = CorpusExample<'acronyms'>;

/** The acronym `short` defined with `long`, found at `words` (default: the short form). */
const pair = (text: string, short: string, long: string, words: string = short): AcronymExample => ({
  text,
  words,
  expected: { short, long },
});

/** No acronym may overlap `words`. */
const none = (text: string, words: string): AcronymExample => ({ text, words, expected: null });

export const acronymExamples: readonly AcronymExample[] = [
  // A capitalized name ending in two lower-case words of scope (`quốc tế`, `quốc gia`, `thế giới`) is the long
  // form of the English acronym after it; a place before those words names nothing.
  pair('Đội tuyển vừa trở về từ Olympic Toán học quốc tế (IMO) với bốn huy chương.', 'IMO', 'Olympic Toán học quốc tế'),
  pair('Doanh nghiệp được trao Giải thưởng Chất lượng quốc gia (VNQA) vào cuối năm.', 'VNQA', 'Giải thưởng Chất lượng quốc gia'),
  none('Khách sạn ở Đà Nẵng quốc tế (XYZ) vẫn đông khách.', 'XYZ'),
  // A body named for a river or a sea: its head before the geographic noun starts the long form.
  pair('Việt Nam và Ủy hội sông Ấn Hằng quốc tế (IRC) ký biên bản hợp tác.', 'IRC', 'Ủy hội sông Ấn Hằng quốc tế'),
  pair('Đoàn học sinh dự Olympic Sinh học quốc tế (IBO) đã về nước.', 'IBO', 'Olympic Sinh học quốc tế'),
  // The capitalized words before the bracket end a country's name: the long form is the whole country.
  pair('Công ty vừa đưa lô chà là về từ Các Tiểu vương quốc Ả Rập Thống nhất (UAE) hôm qua.', 'UAE', 'Các Tiểu vương quốc Ả Rập Thống nhất'),
  pair('Hàng được xuất sang Ả Rập Xê Út và Các Tiểu vương quốc Ả Rập Thống nhất (UAE) từ tháng trước.', 'UAE', 'Các Tiểu vương quốc Ả Rập Thống nhất'),
  // An acronym and one English word in brackets after a whole name a head opens: the English short name of it.
  pair('Lô hàng do Công ty Vận tải Biển Nam Hải (NHS Logistics) chở về cảng.', 'NHS Logistics', 'Công ty Vận tải Biển Nam Hải'),
  pair('Vận động viên đang tập trung cho Đại hội Thể thao châu Á (AIG Games) năm sau.', 'AIG Games', 'Đại hội Thể thao châu Á'),
  none('Ông Trần Văn Minh (FPT Software) cho biết dự án đã xong.', 'FPT Software'),
  // ... and after a representative office's name, the body it represents: the acronym is the body's.
  pair('Ông Kim, Trưởng Văn phòng đại diện Cơ quan Xúc tiến Thương mại Hàn Quốc (KOTRA Busan) tại Hà Nội, cho biết.', 'KOTRA Busan', 'Cơ quan Xúc tiến Thương mại Hàn Quốc'),
  pair('Văn phòng đại diện Cơ quan Hợp tác Quốc tế Hòa An (HICA) tại Việt Nam vừa công bố báo cáo.', 'HICA', 'Cơ quan Hợp tác Quốc tế Hòa An'),
  pair('Văn phòng Đại diện Quỹ Nhi đồng Liên Hợp Quốc (UNICEF) tài trợ dự án.', 'UNICEF', 'Quỹ Nhi đồng Liên Hợp Quốc'),
  // ... not where no body's head follows the office's (the office's own name).
  pair('Văn phòng đại diện Thương mại Hà Lan (NBSO) tại TP.HCM mở cửa.', 'NBSO', 'Văn phòng đại diện Thương mại Hà Lan'),
  none('Chỉ số chung của sàn tăng mạnh (VN Index) trong phiên sáng.', 'VN Index'),
  // ... after an organization's whole name ending in lower-case words too.
  pair('Hiệp hội Doanh nghiệp nhỏ và vừa (SMEA Club) tổ chức hội thảo.', 'SMEA Club', 'Hiệp hội Doanh nghiệp nhỏ và vừa'),
  pair('Quỹ Hỗ trợ phụ nữ (CEP Fund) cho vay vốn.', 'CEP Fund', 'Quỹ Hỗ trợ phụ nữ'),
  none('Nhiều hộ dân trồng thêm rau sạch (VG Farm) ở ven đô.', 'VG Farm'),
  // The acronym of the name's head and the name's last words in brackets, its middle left out: the head's acronym.
  pair('Xã liên kết với Hợp tác xã Dịch vụ Phú Hòa (HTX Phú Hòa) để tiêu thụ lúa.', 'HTX', 'Hợp tác xã', 'HTX'),
  // ... and the name's last words another body's name (`Hội` ...), its owner: the head's acronym alone.
  pair('Cuốn sách do Nhà xuất bản Hội Nhà báo (NXB Hội Nhà báo) phát hành.', 'NXB', 'Nhà xuất bản', 'NXB'),
  // ... not a name of its own: the whole bracket, the whole name.
  pair('Cuốn sách do Nhà xuất bản Sông Lam (NXB Sông Lam) phát hành.', 'NXB Sông Lam', 'Nhà xuất bản Sông Lam'),
  // The head's acronym and the words right after the head, the name's place left out: the whole bracket, the whole name.
  pair('Vụ việc đang được Ủy ban Kiểm tra Tỉnh ủy Hà Giang (UBKT Tỉnh ủy) xem xét.', 'UBKT Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy Hà Giang'),
  pair('Ông Sơn làm việc tại Ban Tuyên giáo Thành ủy Đà Nẵng (BTG Thành ủy) từ năm 2015.', 'BTG Thành ủy', 'Ban Tuyên giáo Thành ủy Đà Nẵng'),
  // Not words the name does not hold before its place.
  none('Vụ việc đang được Ủy ban Kiểm tra Tỉnh ủy Hà Giang (BTG Tỉnh ủy) xem xét.', 'BTG Tỉnh ủy'),
  // The head's acronym, then the acronym of the words between head and place, then the place: the whole bracket is
  // the whole name's short form, each acronym that of its words; not where the second spells other words.
  pair('Ông Lộc, Giám đốc Hợp tác xã Nông nghiệp hữu cơ Tân Phú (HTX NNHC Tân Phú), cho biết.', 'HTX NNHC Tân Phú', 'Hợp tác xã Nông nghiệp hữu cơ Tân Phú', 'HTX NNHC Tân Phú'),
  pair('Ông Lộc, Giám đốc Hợp tác xã Nông nghiệp hữu cơ Tân Phú (HTX NNHC Tân Phú), cho biết.', 'NNHC', 'Nông nghiệp hữu cơ', 'Nông nghiệp hữu cơ'),
  none('Ông Lộc, Giám đốc Hợp tác xã Nông nghiệp hữu cơ Tân Phú (HTX DVNN Tân Phú), cho biết.', 'DVNN'),
  // The issuer's letters inside a document's or a standard's number define nothing, though their long form is written.
  none('Theo Bộ Công Thương, máy phải đạt QCVN 05:2023/BCT trước khi bán.', 'BCT'),
  none('Bộ Khoa học và Công nghệ đã ban hành Thông tư 08/2024/TT-BKHCN về đo lường.', 'BKHCN'),
  // A short name ending in the number that ends the long name before it.
  pair('Gói thầu thuộc về Tổng công ty Xây dựng công trình giao thông 6 (Cienco6) từ đầu năm.', 'Cienco6', 'Tổng công ty Xây dựng công trình giao thông 6'),
  // An English acronym after a method's head (`kỹ thuật`, `phương pháp`): the words between translate it, `qua` and
  // `bằng` included, the head left out; a clause running on from the head names nothing.
  pair('Bệnh viện tỉnh đã làm chủ phương pháp đốt sóng cao tần qua da (RFA) cho người bệnh u gan.', 'RFA', 'đốt sóng cao tần qua da'),
  pair('Các bác sĩ áp dụng kỹ thuật lọc máu liên tục bằng màng lọc (CRRT) cho ca bệnh nặng.', 'CRRT', 'lọc máu liên tục bằng màng lọc'),
  none('Bệnh viện đã áp dụng kỹ thuật này cho nhiều ca khó (ECMO) trong năm qua.', 'ECMO'),
  // ... such a head capitalized as the last field of an organization's name goes on with the name: the whole name.
  pair('Hợp tác xã mời chuyên gia của Viện Cơ khí nông nghiệp và Công nghệ sau thu hoạch (VIAPE) về hướng dẫn.', 'VIAPE', 'Viện Cơ khí nông nghiệp và Công nghệ sau thu hoạch'),
  pair('Tỉnh khuyến khích công nghệ sau thu hoạch (PHT) cho nông dân.', 'PHT', 'công nghệ sau thu hoạch'),
  // Initials of the words after a company's head, the acronym written alone elsewhere: it names the whole company.
  pair('Tổng công ty Phát điện Sông Mã (PĐSM) vừa khởi công nhà máy mới. Năm nay PĐSM dự kiến lãi lớn.', 'PĐSM', 'Tổng công ty Phát điện Sông Mã'),
  // ... and a school's, its level and kind (`Trường Đại học`, `Trường Cao đẳng`, `Học viện`) skipped by the initials.
  pair('Ông Toàn, Hiệu trưởng Trường Đại học Nông Lâm Tây Bắc (NLTB), cho biết. Sinh viên NLTB thực tập tại các hợp tác xã.', 'NLTB', 'Trường Đại học Nông Lâm Tây Bắc', 'NLTB'),
  pair('Bà Hoa, Hiệu trưởng Trường Cao đẳng Kỹ thuật Lào Cai (KTLC), cho biết. Năm nay KTLC tuyển 900 sinh viên.', 'KTLC', 'Trường Cao đẳng Kỹ thuật Lào Cai', 'KTLC'),
  // Written only after its head, or after a state body's head: the words it spells.
  pair('Hội Nông dân Tập thể (NDTT) huyện đã họp. Hội NDTT huyện trao quà cho hội viên.', 'NDTT', 'Nông dân Tập thể'),
  pair('Trung tâm Y tế Dự phòng (YTDP) tỉnh Hà Giang mở lớp. Công tác YTDP cần làm thường xuyên.', 'YTDP', 'Y tế Dự phòng'),
  pair('Phòng Cảnh sát môi trường (CSMT) ra quân. Từ tuần tới, CSMT sẽ kiểm tra các nhà máy.', 'CSMT', 'Cảnh sát môi trường'),
  // The field after a department's head written in lower case inside its chief's title spells the acronym too.
  pair('Ông Vi Văn Hải, Trưởng phòng Cảnh sát cơ động Công an tỉnh, cho biết lực lượng CSCĐ đã sẵn sàng.', 'CSCĐ', 'Cảnh sát cơ động'),
  // A unit's code after the department's name so written: the department, head and all.
  pair('Trung tá Vũ Văn Khải, Trưởng phòng Cảnh sát kinh tế (PC03) Công an tỉnh, cho biết vụ việc đã rõ.', 'PC03', 'phòng Cảnh sát kinh tế'),
  // After `hệ thống` the noun phrase translates the acronym, the head too where the acronym's last letter spells it
  // (`System`); the verbs before the head are no part of it.
  pair('Tỉnh sẽ xây mới hệ thống cảng cạn (ICD) gần khu công nghiệp.', 'ICD', 'cảng cạn'),
  pair('Nhà máy vừa đầu tư hệ thống chụp cắt lớp vi tính (CT) thế hệ mới.', 'CT', 'chụp cắt lớp vi tính'),
  pair('Công ty dự kiến lắp thêm hệ thống pin lưu trữ năng lượng (BESS) tại trạm biến áp.', 'BESS', 'hệ thống pin lưu trữ năng lượng'),
  pair('Tàu cá phải gắn hệ thống định vị vệ tinh (VMS) trước khi ra khơi.', 'VMS', 'hệ thống định vị vệ tinh'),
  none('Hệ thống cũ được thay bằng hệ thống này từ tháng trước (ABC) theo lệnh.', 'ABC'),
  // `công nghệ` is such a head too, kept where the acronym ends in `T` (`Technology`).
  pair('Thành phố chọn công nghệ lọc sinh học màng (MBR) cho nhà máy mới.', 'MBR', 'lọc sinh học màng'),
  pair('Trường mở thêm ngành công nghệ thông tin (IT) từ năm nay.', 'IT', 'công nghệ thông tin'),
  none('Nhà máy đã áp dụng công nghệ này từ lâu (XYZ) theo hợp đồng.', 'XYZ'),
  // The direction after a verb of change (`chuyển sang`) ends the long form going back.
  pair('Ngư dân được khuyến khích chuyển sang lưới sợi tổng hợp bền (DSN) từ năm sau.', 'DSN', 'lưới sợi tổng hợp bền'),
  // A company's legal form (`TNHH`) spells no other words written elsewhere; its own spelled out it does.
  none('Tàu của Công ty TNHH Biển Xanh gặp nạn. Năm nay có 3 vụ tai nạn hàng hải.', 'TNHH'),
  pair('Công ty trách nhiệm hữu hạn Minh Phát đổi tên. Nay là Công ty TNHH Minh Phát.', 'TNHH', 'trách nhiệm hữu hạn'),
  // A verb that takes the named thing as its object (`quy hoạch`, `triển khai`) and an adverb of time before it
  // (`sớm`) end the long form going back; the object alone may have fewer words than the acronym letters.
  pair('Thành phố sẽ triển khai trạm sạc nhanh (DCFC) dọc quốc lộ.', 'DCFC', 'trạm sạc nhanh'),
  pair('Huyện kiến nghị tỉnh sớm quy hoạch bến thủy nội địa (IWP) ở đầu cầu.', 'IWP', 'bến thủy nội địa'),
  // A capitalized document head inside a sentence, lower-case words and a place before an English acronym holding
  // the head's English initial (`Thỏa thuận` → Agreement): the whole name; without that letter, nothing.
  pair('Tiền chi trả thuộc Thỏa thuận giảm phát thải vùng Tây Nguyên (ERA) đã được chuyển về.', 'ERA', 'Thỏa thuận giảm phát thải vùng Tây Nguyên'),
  none('Người dân nhận tiền từ Thỏa thuận chi trả dịch vụ rừng vùng Tây Nguyên (XYZ) hôm qua.', 'XYZ'),
  // Vietnamese syllable initials, `Đ` apart, `&` for `và`.
  pair('Bộ Khoa học và Công nghệ (KH&CN) vừa ban hành thông tư.', 'KH&CN', 'Khoa học và Công nghệ'),
  pair('Ủy ban nhân dân (UBND) các cấp phải công khai ngân sách.', 'UBND', 'Ủy ban nhân dân'),
  pair('Hội đồng nhân dân (HĐND) tỉnh họp kỳ cuối năm.', 'HĐND', 'Hội đồng nhân dân'),
  pair('Ngân hàng Nhà nước (NHNN) tiếp tục hút tiền về.', 'NHNN', 'Ngân hàng Nhà nước'),
  pair('Đại học Quốc gia Hà Nội (ĐHQGHN) mở ngành mới.', 'ĐHQGHN', 'Đại học Quốc gia Hà Nội'),
  pair('Các doanh nghiệp nhỏ và vừa (DNNVV) cần được tiếp cận vốn.', 'DNNVV', 'doanh nghiệp nhỏ và vừa'),
  pair('Công nghệ thông tin (CNTT) là ngành mũi nhọn của tỉnh.', 'CNTT', 'Công nghệ thông tin'),
  pair('Bảo hiểm xã hội (BHXH) tỉnh đã chi trả đúng hạn.', 'BHXH', 'Bảo hiểm xã hội'),
  pair('Trung học phổ thông (THPT) năm nay có thêm môn tự chọn.', 'THPT', 'Trung học phổ thông'),
  pair('Phát triển nguồn nhân lực chất lượng cao (PTNNLCLC) là ưu tiên.', 'PTNNLCLC', 'Phát triển nguồn nhân lực chất lượng cao'),
  pair('Đề án hỗ trợ đổi mới sáng tạo (ĐMST) được phê duyệt.', 'ĐMST', 'đổi mới sáng tạo'),
  pair('Lĩnh vực tiêu chuẩn đo lường chất lượng (TĐC) có nhiều chuyển biến.', 'TĐC', 'tiêu chuẩn đo lường chất lượng', 'TĐC'),
  pair('Khu công nghiệp (KCN) Phố Nối thu hút nhà đầu tư.', 'KCN', 'Khu công nghiệp'),
  pair('Hợp tác xã (HTX) rau sạch mở rộng diện tích.', 'HTX', 'Hợp tác xã'),
  pair('Sở Kế hoạch và Đầu tư (KH&ĐT) tiếp nhận hồ sơ.', 'KH&ĐT', 'Kế hoạch và Đầu tư'),
  pair('Ban Quản lý dự án (BQLDA) đã bàn giao mặt bằng.', 'BQLDA', 'Ban Quản lý dự án'),
  // `D` for `Đ` where the writer had none; the comma or dash between the capitalized parts of a name passed over.
  pair('Vùng Đồng bằng sông Cửu Long (DBSCL) chịu hạn mặn.', 'DBSCL', 'Đồng bằng sông Cửu Long'),
  pair('Bộ Văn hóa, Thể thao và Du lịch (Bộ VHTTDL) tổ chức lễ hội.', 'VHTTDL', 'Văn hóa, Thể thao và Du lịch'),
  pair('Bộ Lao động – Thương binh và Xã hội (LĐ-TB&XH) ban hành thông tư.', 'LĐ-TB&XH', 'Lao động – Thương binh và Xã hội'),
  // Two acronyms joined by a comma with no space, one name's fields in turn: the name is the long form, and neither
  // part is an acronym of its own.
  pair('Hội nghị do Bộ Văn hóa, Thể thao và Du lịch (VH,TT&DL) chủ trì.', 'VH,TT&DL', 'Văn hóa, Thể thao và Du lịch'),
  pair('Bộ Lao động, Thương binh và Xã hội (LĐ,TB&XH) công bố số liệu.', 'LĐ,TB&XH', 'Lao động, Thương binh và Xã hội'),
  // A company's code on the exchange, announced in its bracket, is the short name of the whole name before it.
  pair('Ngân hàng TMCP Hưng Phát (mã chứng khoán: HPB) báo lãi tăng mạnh.', 'HPB', 'Ngân hàng TMCP Hưng Phát'),
  pair('Công ty Cổ phần Thép Nam Sơn (HoSE: NSS) vừa chia cổ tức.', 'NSS', 'Công ty Cổ phần Thép Nam Sơn'),
  none('Giá cổ phiếu hôm nay tăng mạnh (mã chứng khoán: HPB) sau tin lãi lớn.', 'HPB'),
  // A company's short name of an acronym and a word, after its name: the acronym spells the name's last words.
  pair('Công ty Cổ phần Thủy điện Sông Lam (SL Hydro) tích nước từ tháng trước.', 'SL Hydro', 'Công ty Cổ phần Thủy điện Sông Lam'),
  none('Nhóm kỹ sư trẻ của nhà máy (SL Hydro) tích nước từ tháng trước.', 'SL Hydro'),
  // A brand of the name's last words and one clipped English word of its trade: the whole bracket, the whole name.
  pair('Công ty Cổ phần Công nghệ Giáo dục Sao Việt (Sao Việt EduTech) mở lớp đầu tiên.', 'Sao Việt EduTech', 'Công ty Cổ phần Công nghệ Giáo dục Sao Việt'),
  pair('Anh là Giám đốc Công ty TNHH Công nghệ Sinh học Hòa Bình Xanh (Hòa Bình Xanh AgriTech) từ năm 2022.', 'Hòa Bình Xanh AgriTech', 'Công ty TNHH Công nghệ Sinh học Hòa Bình Xanh'),
  // A brand of the name's last words joined without their marks, then an acronym of its trade: the whole bracket, the
  // whole name; the acronym alone is left for its own definition further on.
  pair('Chị Hạnh lập Công ty Cổ phần Công nghệ Bếp Nhà (BepNha AI) để bán một trợ lý trí tuệ nhân tạo (AI) cho quán ăn.', 'BepNha AI', 'Công ty Cổ phần Công nghệ Bếp Nhà'),
  pair('Chị Hạnh lập Công ty Cổ phần Công nghệ Bếp Nhà (BepNha AI) để bán một trợ lý trí tuệ nhân tạo (AI) cho quán ăn.', 'AI', 'trí tuệ nhân tạo', 'trí tuệ nhân tạo (AI)'),
  pair('Công ty TNHH Phần mềm Lúa Vàng (Luavang IT) vừa ra ứng dụng mới.', 'Luavang IT', 'Công ty TNHH Phần mềm Lúa Vàng'),
  none('Công ty TNHH Phần mềm Lúa Vàng (Lamdong IT) vừa ra ứng dụng mới.', 'Lamdong IT'),
  // Not after a person, nor a place.
  none('Ông Trần Văn Minh (Minh FinTech) cho biết dự án đã xong.', 'Minh FinTech'),
  none('Ông Long, Hiệu trưởng Trường Cao đẳng Công nghệ Kinh Bắc (Bắc Ninh) cho biết trường tuyển 500 học sinh.', 'Bắc Ninh'),
  // A body's code of a letter and a digit, right after its whole name; after plain words it names nothing.
  pair('Các nhà máy chạy theo lệnh của Trung tâm Điều độ hệ thống điện quốc gia (A0) suốt mùa khô.', 'A0', 'Trung tâm Điều độ hệ thống điện quốc gia'),
  none('Các chuyên gia trong nhóm công tác về khí hậu (WG1) vừa công bố báo cáo.', 'WG1'),
  // An outlet's tag opening the lead is its own name: words of the article whose initials fall the same spell
  // nothing out; the same acronym written in the text's body is looked up as usual.
  none('(NĐVN) - Sáng nay, Ngân hàng Nông Đạt Việt Nam công bố kết quả kinh doanh.', 'NĐVN'),
  none('Chợ đêm mở cửa trở lại 12/03/2024 08:15 (TMBN) - Tối qua, Trung tâm Thương mại Bắc Ninh đón khách.', 'TMBN'),
  pair('Tổng công ty Tân Cảng Sài Gòn mở tuyến mới. Lãnh đạo TCSG cho biết tuyến chạy hằng tuần.', 'TCSG', 'Tân Cảng Sài Gòn'),
  // ... not a comma before lower-case words, which lists things rather than naming one.
  none('Ngành du lịch, thể thao (DLTT) phục hồi nhanh.', 'DLTT'),
  // ... unless its halves pair up: they share a word, or the first is a single word (`phòng, chống`).
  pair('Nhiều nhà xưởng chưa đạt yêu cầu phòng cháy, chữa cháy (PCCC) nên bị đình chỉ.', 'PCCC', 'phòng cháy, chữa cháy'),
  pair('Đội cứu nạn, cứu hộ (CNCH) đã có mặt sau mười phút.', 'CNCH', 'cứu nạn, cứu hộ'),
  pair('Tỉnh tăng cường công tác phòng, chống tham nhũng (PCTN) trong năm.', 'PCTN', 'phòng, chống tham nhũng'),
  none('Các ngành dệt may, da giày (DMDG) cần thêm lao động.', 'DMDG'),
  // Initials passing over small words.
  pair('Ủy ban Tư vấn về Tiêu chuẩn (UBTVTC) họp thường kỳ.', 'UBTVTC', 'Ủy ban Tư vấn về Tiêu chuẩn'),
  pair('Hiệp hội các Nhà bán lẻ Việt Nam (HHNBLVN) đề xuất giảm phí.', 'HHNBLVN', 'Hiệp hội các Nhà bán lẻ Việt Nam'),
  // English initials the Vietnamese does not show: the name just before.
  pair('Viện Đo lường Việt Nam (VMI) hiệu chuẩn thiết bị.', 'VMI', 'Viện Đo lường Việt Nam'),
  pair('Liên đoàn Thể thao trên băng Việt Nam (VISF) chọn vận động viên.', 'VISF', 'Liên đoàn Thể thao trên băng Việt Nam'),
  pair('Tổ chức Năng suất Châu Á (APO) có trụ sở ở Tokyo.', 'APO', 'Tổ chức Năng suất Châu Á'),
  pair('Ủy ban Tư vấn về Tiêu chuẩn và Chất lượng ASEAN (ACCSQ) họp trực tuyến.', 'ACCSQ', 'Ủy ban Tư vấn về Tiêu chuẩn và Chất lượng ASEAN'),
  pair('Cơ quan Năng lượng Xanh Quốc tế (GEAI) công bố báo cáo.', 'GEAI', 'Cơ quan Năng lượng Xanh Quốc tế'),
  pair('Hiệp hội Phần mềm Đông Dương (IDSA) kết nạp hội viên.', 'IDSA', 'Hiệp hội Phần mềm Đông Dương'),
  pair('Tổ chức Thương mại Thế giới (WTO) dự báo thương mại giảm.', 'WTO', 'Tổ chức Thương mại Thế giới'),
  pair('Quỹ Tiền tệ Quốc tế (IMF) hạ dự báo tăng trưởng.', 'IMF', 'Quỹ Tiền tệ Quốc tế'),
  // A group named for a known body (`Nhóm` + the body's long form) goes by the body's acronym: the group is its long form.
  pair('Dự án được Nhóm Ngân hàng Thế giới (WB) tài trợ 50 triệu USD.', 'WB', 'Nhóm Ngân hàng Thế giới'),
  pair('Theo nhóm chuyên gia của Ngân hàng Thế giới (WB), GDP sẽ tăng.', 'WB', 'Ngân hàng Thế giới'),
  pair('Ngân hàng Phát triển châu Á (ADB) tài trợ dự án.', 'ADB', 'Ngân hàng Phát triển châu Á'),
  pair('Phòng Thương mại và Công nghiệp Việt Nam (VCCI) khảo sát doanh nghiệp.', 'VCCI', 'Phòng Thương mại và Công nghiệp Việt Nam'),
  pair('Liên minh châu Âu (EU) là đối tác lớn.', 'EU', 'Liên minh châu Âu'),
  pair('Hội Tiêu chuẩn Đông Á (EASS) họp tại Seoul.', 'EASS', 'Hội Tiêu chuẩn Đông Á'),
  pair('Trường Đại học Kinh tế Quốc dân (NEU) tuyển sinh.', 'NEU', 'Trường Đại học Kinh tế Quốc dân'),
  // The whole agreement or event, never a name inside it.
  pair('Hiệp định Thương mại tự do Việt Nam – Liên minh châu Âu (EVFTA) có hiệu lực.', 'EVFTA', 'Hiệp định Thương mại tự do Việt Nam – Liên minh châu Âu'),
  pair('Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh (UKVFTA) được ký kết.', 'UKVFTA', 'Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh'),
  pair('Diễn đàn Năng suất Đông Á (EAPF) quy tụ nhiều chuyên gia.', 'EAPF', 'Diễn đàn Năng suất Đông Á'),
  pair('Chương trình Năng suất Xanh (GPP) hỗ trợ doanh nghiệp.', 'GPP', 'Chương trình Năng suất Xanh'),
  // A phrase opening the sentence, ending in a place.
  pair('Năm nay, du khách chờ đợi. Hội chợ sách quốc tế Huế (HIBF) mở cửa từ sáng mai.', 'HIBF', 'Hội chợ sách quốc tế Huế'),
  pair('Giải chạy đêm xuyên rừng Lâm Đồng (LNTR) thu hút vận động viên.', 'LNTR', 'Giải chạy đêm xuyên rừng Lâm Đồng'),
  // Short brand names after an organization.
  pair('Tập đoàn Dệt may Việt Nam (Vinatex) tăng trưởng mạnh.', 'Vinatex', 'Tập đoàn Dệt may Việt Nam'),
  pair('Tổng công ty Thép Việt Nam (Vnsteel) mở rộng sản xuất.', 'Vnsteel', 'Tổng công ty Thép Việt Nam'),
  // A brand with the number of one body of that brand: the whole bracket is its short name.
  pair('Tổng Công ty Lương thực miền Nam (Vinafood 2) thu mua thêm lúa.', 'Vinafood 2', 'Tổng Công ty Lương thực miền Nam'),
  pair('Tổng công ty Xây dựng Sông Hồng (Songhong 6) trúng thầu gói số 3.', 'Songhong 6', 'Tổng công ty Xây dựng Sông Hồng'),
  none('Ông Hùng (Hà Tĩnh 2) đã đến nhận hàng.', 'Hà Tĩnh 2'),
  none('Đội hình xuất phát của Sông Lam (Trận 2) có nhiều thay đổi.', 'Trận 2'),
  // Media outlets with their domain.
  pair('Ông chia sẻ với Tin tức Kinh tế Online (KTO.vn) về kế hoạch.', 'KTO.vn', 'Tin tức Kinh tế Online'),
  // Either order: the acronym first.
  pair('APO (Tổ chức Năng suất Châu Á) hỗ trợ đào tạo chuyên gia.', 'APO', 'Tổ chức Năng suất Châu Á'),
  pair('Theo NHTĐ (Ngân hàng Tái thiết Đông Á), vốn vay tăng.', 'NHTĐ', 'Ngân hàng Tái thiết Đông Á'),
  pair('Các thành viên WTO (World Trade Organization) họp tại Geneva.', 'WTO', 'World Trade Organization'),
  pair('Chỉ số PCI (chỉ số năng lực cạnh tranh cấp tỉnh) được công bố.', 'PCI', 'chỉ số năng lực cạnh tranh cấp tỉnh'),
  // An announced short form.
  pair('Viện Nghiên cứu Chiến lược (gọi tắt là VNCCL) đã công bố.', 'VNCCL', 'Viện Nghiên cứu Chiến lược'),
  pair('Bộ Khoa học và Công nghệ (Bộ KH&CN) đã họp.', 'KH&CN', 'Khoa học và Công nghệ'),
  // A body's acronym that leaves out the bare level word closing its name takes the name without it; one that spells
  // the level word keeps it.
  pair('Giám đốc Trung tâm Phát triển quỹ đất tỉnh (TTPTQĐ) vừa nghỉ hưu.', 'TTPTQĐ', 'Trung tâm Phát triển quỹ đất'),
  pair('Lực lượng Công an huyện (CAH) đã có mặt.', 'CAH', 'Công an huyện'),
  // An acronym bracketed with a gloss after a comma pairs as a bracket of its own would; letters that spell the head
  // words of a plain phrase take the whole phrase to the bracket.
  pair('Tài xế phải đổi giấy phép lái xe hạng nặng (GPLX, thường gọi là bằng lái) trước tháng 6.', 'GPLX', 'giấy phép lái xe hạng nặng'),
  pair('Xã đã cấp giấy chứng nhận quyền sở hữu nhà (GCN) cho 40 hộ.', 'GCN', 'giấy chứng nhận quyền sở hữu nhà'),
  none('Xã rà soát giấy chứng nhận đã cấp (GCN) trong năm.', 'GCN'),
  // English initials of a thing named in Vietnamese words the lexicon knows.
  pair('Hợp tác xã mua thêm hai máy bay không người lái (UAV) để phun thuốc.', 'UAV', 'máy bay không người lái'),
  // ... but not a word among capitals, a product's name, however the long form is written elsewhere
  none('Dịch tả lợn châu Phi tái phát. Trại đã tiêm vắc xin NAVET ASF VAC cho đàn lợn.', 'ASF'),
  pair('Trại siết khâu sát trùng để ngăn bệnh dịch tả lợn châu Phi (ASF) quay lại.', 'ASF', 'dịch tả lợn châu Phi'),
  // a project's English acronym after its Vietnamese name, the head's English word last (`... Project`): the whole name
  pair('Xã có 3 cây cầu thuộc Dự án Nâng cấp đường nông thôn và cải thiện sinh kế (RRLP) của tỉnh.', 'RRLP', 'Dự án Nâng cấp đường nông thôn và cải thiện sinh kế'),
  // a site's kind written as a head before its name spells its acronym used elsewhere
  pair('Khu công nghiệp phía nam tỉnh rộng 300 ha. Đến nay, các KCN đã lấp đầy 70%.', 'KCN', 'Khu công nghiệp', 'KCN'),
  // a person's initials after a photo, the name written out in the byline with any family name: no acronym
  none('Nông Văn Hải\nLúa được gặt bằng máy. (Ảnh: N.V.H)\nMùa này năng suất cao.', 'N.V.H'),
  // capitalized words ending on a head that `trưởng` after it makes a title (`Phó Vụ trưởng`): a post after a
  // person's name, no long form, however the name, the comma and the post fall
  none('Bà Trần Thị Hoa, Phó Vụ trưởng Vụ Pháp chế, cho biết. Tỉnh thí điểm tiêm vắc xin HPV cho nữ sinh.', 'HPV'),
  none('Ông Lê Văn Nam, Phó Cục trưởng Cục Thú y, cho biết. Năm nay NPC được mở rộng.', 'NPC'),
  // English acronyms after plain words: the phrase back to a small word.
  pair('Doanh nghiệp đạt được các mục tiêu phát triển bền vững (SDGs) trong năm.', 'SDGs', 'mục tiêu phát triển bền vững'),
  // An English acronym written with the `o` of `of` (`MoU` ← Memorandum of Understanding): the capitals are its
  // initials; other lower-case letters (`iPhone`, `TikTok`) make no acronym.
  pair('Hai trường đã trao nhau 3 biên bản ghi nhớ (MoU) về trao đổi sinh viên.', 'MoU', 'biên bản ghi nhớ'),
  pair('Tỉnh có thêm 5 bản ghi nhớ hợp tác (MoU) với doanh nghiệp Nhật Bản.', 'MoU', 'bản ghi nhớ hợp tác'),
  none('Nhiều bạn trẻ xếp hàng mua điện thoại thông minh (iPhone) mới.', 'iPhone'),
  none('Cửa hàng bán hàng qua mạng xã hội (TikTok) mỗi tối.', 'TikTok'),
  // A province's telecom branch, short by the brand and the place.
  pair('Sở phối hợp với Viễn thông Hà Nam (VNPT Hà Nam) lắp camera ở các nút giao.', 'VNPT Hà Nam', 'Viễn thông Hà Nam'),
  // ... back to a conjunction (`nếu`, `rằng`) or a phrase of time (`có thời điểm`); `không khí` ("air") is a noun
  // there, not `không` ("not").
  pair('Nhà máy khó vay vốn nếu thỏa thuận mua bán khí (GSA) chưa ký.', 'GSA', 'thỏa thuận mua bán khí'),
  pair('Chuyên gia cho rằng chỉ số chất lượng nước (WQI) đã cải thiện.', 'WQI', 'chỉ số chất lượng nước'),
  pair('Sáng qua có thời điểm chỉ số chất lượng không khí (AQI) vượt 200.', 'AQI', 'chỉ số chất lượng không khí'),
  pair('Tin tặc dò quét lỗ hổng, tấn công từ chối dịch vụ (DDoS) rồi đòi tiền chuộc.', 'DDoS', 'tấn công từ chối dịch vụ'),
  pair('Số liệu được lấy từ chỉ số giá tiêu dùng (CPI) tháng trước.', 'CPI', 'chỉ số giá tiêu dùng'),
  pair('Năng suất tăng 10% nhờ canh tác lúa thông minh (SRI) trên cả cánh đồng.', 'SRI', 'canh tác lúa thông minh'),
  pair('Nhà ga mới có vùng kiểm soát không lưu (ATC) riêng.', 'ATC', 'vùng kiểm soát không lưu'),
  pair('Dự án không đạt tiêu chuẩn khí thải (EMS) nên bị dừng.', 'EMS', 'tiêu chuẩn khí thải'),
  pair('Vốn đầu tư trực tiếp nước ngoài (FDI) tăng mạnh.', 'FDI', 'đầu tư trực tiếp nước ngoài'),
  pair('Tổng sản phẩm quốc nội (GDP) tăng 6%.', 'GDP', 'Tổng sản phẩm quốc nội'),
  pair('Ứng dụng trí tuệ nhân tạo (AI) trong sản xuất.', 'AI', 'trí tuệ nhân tạo'),
  pair('Doanh nghiệp áp dụng mô hình kinh tế tuần hoàn (CE) để giảm chất thải.', 'CE', 'kinh tế tuần hoàn'),
  pair('Các hàng rào kỹ thuật trong thương mại (TBT) ngày càng chặt.', 'TBT', 'hàng rào kỹ thuật trong thương mại'),
  // Undefined acronyms whose long form is spelled out elsewhere.
  pair('Tổng cục Tiêu chuẩn Đo lường Chất lượng họp. Hội nhập quốc tế về TCĐLCL tiến triển.', 'TCĐLCL', 'Tiêu chuẩn Đo lường Chất lượng', 'TCĐLCL'),
  pair('Hội nhập về TCĐLCL mở ra cơ hội. Ngành tiêu chuẩn đo lường chất lượng phát triển.', 'TCĐLCL', 'tiêu chuẩn đo lường chất lượng', 'TCĐLCL'),
  pair('Các trường Đại học Sư phạm đổi mới. Sinh viên ĐHSP được miễn học phí.', 'ĐHSP', 'Đại học Sư phạm', 'ĐHSP'),
  pair('Ngành công nghệ thông tin tăng trưởng tốt. Nhân lực CNTT vẫn thiếu.', 'CNTT', 'công nghệ thông tin', 'CNTT'),
  pair('Tổng sản phẩm quốc nội tăng. GDP bình quân đầu người cũng tăng.', 'GDP', 'Tổng sản phẩm quốc nội', 'GDP'),
  // Medals as the sports press shortens them, their words written elsewhere in the article; not without them.
  pair('Đội tuyển bơi giành 7 huy chương vàng và 4 huy chương bạc. Kình ngư Minh Hoàng có 2 HCV, 1 HCB.', 'HCV', 'huy chương vàng', 'HCV'),
  pair('Đội tuyển bơi giành 7 huy chương vàng và 4 huy chương bạc. Kình ngư Minh Hoàng có 2 HCV, 1 HCB.', 'HCB', 'huy chương bạc', 'HCB'),
  none('Kình ngư Minh Hoàng có 2 HCV tại giải năm nay.', 'HCV'),
  pair('Bộ Kế hoạch và Đầu tư chủ trì. Thứ trưởng Bộ KH&ĐT phát biểu khai mạc.', 'KH&ĐT', 'Kế hoạch và Đầu tư', 'KH&ĐT'),
  pair('Vùng Đồng bằng sông Cửu Long chịu hạn mặn. Nông dân DBSCL chuyển đổi cây trồng.', 'DBSCL', 'Đồng bằng sông Cửu Long', 'DBSCL'),
  pair('Ngành công nghệ thông tin tăng trưởng. Cổ phiếu của nhiều hãng CNTT tăng giá.', 'CNTT', 'công nghệ thông tin', 'CNTT'),
  // Not acronym definitions.
  none('Cổ phiếu HPG của Tập đoàn Hòa Phát giảm nhẹ trong phiên chiều.', 'HPG'),
  none('Mã VTB của Vinh Tân bán ra nhiều nhất phiên sáng.', 'VTB'),
  none('Nhà đầu tư gom mã chứng khoán KTB khi Kim Tín báo lãi quý III.', 'KTB'),
  // A text message's keyword spells no words written elsewhere.
  none('Quỹ Hỗ trợ nông dân kêu gọi ủng hộ. Bạn đọc soạn tin HTND gửi 1409 để góp 20.000 đồng.', 'HTND'),
  none('Quỹ Bảo trợ trẻ em nhận ủng hộ qua cú pháp BTTE gửi 1405.', 'BTTE'),
  pair('Quỹ Bảo trợ trẻ em nhận ủng hộ. Cán bộ BTTE đã đến tận nhà.', 'BTTE', 'Bảo trợ trẻ em', 'BTTE'),
  none('Ông Nam (Hà Nội) cho biết kế hoạch đã sẵn sàng.', 'Hà Nội'),
  none('Hội nghị lần thứ II (tháng 3) diễn ra tại Huế.', 'tháng 3'),
  none('Phần II (tiếp theo) sẽ đăng vào số sau.', 'II'),
  none('Đại dịch Covid-19 gây khó khăn cho doanh nghiệp.', 'Covid-19'),
  none('Doanh nghiệp áp dụng ISO 9001 (phiên bản 2015) vào quản lý.', 'ISO 9001'),
  none('Giá vàng tăng (theo số liệu mới) trong tuần.', 'theo số liệu mới'),
  none('Thông tư 12/2023/TT-BKHCN có hiệu lực.', '12/2023/TT-BKHCN'),
  none('Công nghiệp 4.0 (công nghiệp lần thứ tư) tác động lớn.', 'công nghiệp lần thứ tư'),
  none('Nhóm WG1 họp trực tuyến với các chuyên gia.', 'WG1'),
  none('Ông Nam (ĐT: 0912 345 678) cho biết đã nhận hàng.', 'Ông Nam'),
  none('Ông Hà Minh Hiệp (ảnh) trả lời phỏng vấn.', 'ảnh'),
  none('Ông trả lời (TTXVN) ngắn gọn.', 'Ông trả lời'),
  none('Việt Nam là thành viên ASEAN từ năm 1995.', 'ASEAN'),
  // An acronym with a place, defined after a name that ends with the same place.
  pair('Theo Trung tâm Kiểm soát bệnh tật TP Cần Thơ (CDC Cần Thơ), số ca mắc giảm.', 'CDC Cần Thơ', 'Trung tâm Kiểm soát bệnh tật TP Cần Thơ'),
  pair('Tòa án nhân dân tỉnh Long An (TAND tỉnh Long An) đã thụ lý vụ án.', 'TAND tỉnh Long An', 'Tòa án nhân dân tỉnh Long An'),
  none('Ông Tuấn (ĐH Huế) cho biết lịch thi.', 'ĐH Huế'),
  // ... whose initials spell the name before the province: they alone stand for that kind of body too.
  pair('Bà Hạnh, Giám đốc Trung tâm Bảo trợ xã hội Quảng Ngãi (TTBTXH Quảng Ngãi), cho biết.', 'TTBTXH', 'Trung tâm Bảo trợ xã hội', 'Trung tâm Bảo trợ xã hội'),
  pair('Bà Hạnh, Giám đốc Trung tâm Bảo trợ xã hội Quảng Ngãi (TTBTXH Quảng Ngãi), cho biết.', 'TTBTXH Quảng Ngãi', 'Trung tâm Bảo trợ xã hội Quảng Ngãi'),
  pair('Tòa án nhân dân tỉnh Long An (TAND tỉnh Long An) đã thụ lý vụ án.', 'TAND', 'Tòa án nhân dân', 'Tòa án nhân dân'),
  // ... not before last words that are no place (the body's own name): the whole bracket alone.
  pair('Tàu cập cảng ở Khu kinh tế Vân Phong (KKT Vân Phong) hôm qua.', 'KKT Vân Phong', 'Khu kinh tế Vân Phong'),
  // ... a trade and then a proper name repeated whole after the head's acronym: only the head is shortened, and the
  // acronym alone stands for it.
  pair('Ông Tám, Giám đốc Hợp tác xã Dịch vụ Mường Khoa (HTX Dịch vụ Mường Khoa), cho biết.', 'HTX', 'Hợp tác xã', 'HTX'),
  pair('Sản phẩm của Hợp tác xã Rau sạch Bản Mòng (HTX Rau sạch Bản Mòng) đạt 3 sao.', 'HTX', 'Hợp tác xã', 'HTX'),
  // A photo's credit names the photographer and the agency, defining nothing.
  none('Người dân làm thủ tục tại trung tâm. Ảnh: Minh Khuê (TTXVN) Theo ông Sơn, hồ sơ đã giảm.', 'TTXVN'),
  pair('Ảnh: Trung tâm Kiểm soát bệnh tật (CDC) phun thuốc diệt muỗi.', 'CDC', 'Trung tâm Kiểm soát bệnh tật'),
  // A bracket that repeats the name's head and last words around the acronym: the acronym is the middle alone.
  pair('Ông Tường, Giám đốc Ban Quản lý dự án đường sắt (Ban QLDA đường sắt), cho biết.', 'QLDA', 'Quản lý dự án'),
  pair('Sở Giao thông vận tải TP.HCM (Sở GTVT TP.HCM) phân luồng xe tải.', 'GTVT', 'Giao thông vận tải'),
  pair('Sở Giáo dục và Đào tạo Hà Nội (Sở GD&ĐT Hà Nội) công bố điểm thi.', 'GD&ĐT', 'Giáo dục và Đào tạo'),
  // Fields joined by a dash, the bracket without the name's place: the acronym spells the words after the head alone.
  pair('Theo Sở Lao động - Thương binh và Xã hội Cần Thơ (Sở LĐ-TB&XH), hồ sơ đã đủ.', 'LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'),
  pair('Sở Giao thông - Vận tải Hà Nam (Sở GT-VT) phân luồng xe tải.', 'GT-VT', 'Giao thông - Vận tải'),
  // ... and across the comma between the name's capitalized fields, the place after them left out.
  pair('Ông Hòa, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa An (Sở VHTTDL), cho biết.', 'VHTTDL', 'Văn hóa, Thể thao và Du lịch'),
  pair('Sở Lao động, Thương binh và Xã hội Hòa An (Sở LĐTBXH) hỗ trợ người lao động.', 'LĐTBXH', 'Lao động, Thương binh và Xã hội'),
  pair('Tổng cục Tiêu chuẩn Đo lường Chất lượng (Tổng cục TCĐLCL) chủ trì.', 'TCĐLCL', 'Tiêu chuẩn Đo lường Chất lượng'),
  // ... with a number for last words, one body of many alike: the whole bracket stands for the whole name.
  pair('Bà Lan, Giám đốc Ban Quản lý dự án 7 (Ban QLDA 7), cho biết gói thầu đã xong.', 'Ban QLDA 7', 'Ban Quản lý dự án 7'),
  pair('Sở Giao thông vận tải 3 (Sở GTVT 3) là tên giả định trong ví dụ này.', 'Sở GTVT 3', 'Sở Giao thông vận tải 3'),
  none('Ban Quản lý dự án 7 (Ban QLDA 8) chưa trả lời.', 'Ban QLDA 8'),
  // ... with no last words, the acronym standing for the words right after the head, the name going on.
  pair('Ban Quản lý dự án đầu tư xây dựng công trình giao thông (Ban QLDA) đã bàn giao mặt bằng.', 'QLDA', 'Quản lý dự án'),
  pair('Trung tâm Kiểm soát bệnh tật khu vực phía Nam (Trung tâm KSBT) cảnh báo dịch sốt xuất huyết.', 'KSBT', 'Kiểm soát bệnh tật'),
  none('Bộ Y tế phối hợp với các đơn vị (Bộ KH&CN) tổ chức hội thảo.', 'Bộ KH&CN'),
  // An international body's name through `các` and its members: the whole name is the long form.
  pair('Hàng cứu trợ do Liên đoàn Quốc tế các Hội Chữ thập đỏ và Trăng lưỡi liềm đỏ (LĐQT) chuyển tới.', 'LĐQT', 'Liên đoàn Quốc tế các Hội Chữ thập đỏ và Trăng lưỡi liềm đỏ'),
  pair('Đoàn dự hội thảo của Tổ chức Quốc tế các Cơ quan Thống kê Nhà nước (ISSO) tại Hà Nội.', 'ISSO', 'Tổ chức Quốc tế các Cơ quan Thống kê Nhà nước'),
  // ... with last words that shorten the rest of the name, each one of its words: the words right after the head.
  pair('Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi thành phố (Ban QLDA Thủy lợi) mời thầu.', 'QLDA', 'Quản lý dự án'),
  pair('Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp huyện (Ban QLDA huyện) đã nghiệm thu.', 'QLDA', 'Quản lý dự án'),
  none('Ban Quản lý dự án đầu tư xây dựng công trình giao thông (Ban QLDA Hà Tĩnh) đã nghiệm thu.', 'QLDA'),
  // The tail held further on in the name: the bracket is the body's short name, the whole name its long form.
  pair('Ông Hải, Giám đốc Ban Quản lý dự án ODA tỉnh Hà Tĩnh (Ban QLDA ODA), cho biết.', 'Ban QLDA ODA', 'Ban Quản lý dự án ODA tỉnh Hà Tĩnh'),
  pair('Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi tỉnh Nam Định (Ban QLDA thủy lợi) mời thầu.', 'Ban QLDA thủy lợi', 'Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi tỉnh Nam Định'),
  // ... whose head or last words differ from the name's: no definition.
  none('Bộ Y tế và Sở Giao thông vận tải (Sở GTVT Hà Nội) cùng họp.', 'Sở GTVT Hà Nội'),
  none('Ông Nam (Phó GĐ Sở) cho biết đã nhận hồ sơ.', 'Phó GĐ Sở'),
  // An acronym then the name's last words, which its initials leave out: the short form is the whole bracket.
  pair('Đại diện Viện Kiểm sát nhân dân tối cao (VKSND tối cao) phát biểu.', 'VKSND tối cao', 'Viện Kiểm sát nhân dân tối cao'),
  pair('Tòa án nhân dân cấp cao (TAND cấp cao) tại Hà Nội xét xử phúc thẩm.', 'TAND cấp cao', 'Tòa án nhân dân cấp cao'),
  // ... but a level of government with no place names no one body: the acronym alone.
  pair('Ủy ban nhân dân tỉnh (UBND tỉnh) đã chỉ đạo các sở.', 'UBND', 'Ủy ban nhân dân'),
  pair('Hội đồng nhân dân các cấp (HĐND các cấp) tăng cường giám sát.', 'HĐND', 'Hội đồng nhân dân'),
  // ... not when the initials do not spell the words before them.
  none('Đại diện Viện Kiểm sát nhân dân tối cao (KSV tối cao) phát biểu.', 'KSV tối cao'),
  // A document named for its owner: the initials spell the document's words before `của` ...
  pair('Chương trình mục tiêu quốc gia của Chính phủ (CTMTQG) được triển khai.', 'CTMTQG', 'Chương trình mục tiêu quốc gia'),
  pair('Báo cáo tài chính của Tập đoàn Hòa Phát (BCTC) cho thấy lợi nhuận tăng.', 'BCTC', 'Báo cáo tài chính'),
  // ... or the acronym holds the English initial of its kind (`R`: Regulation), and the long form is the whole name.
  pair('Quy định chống phá rừng của Liên minh châu Âu (EUDR) có hiệu lực từ cuối năm.', 'EUDR', 'Quy định chống phá rừng của Liên minh châu Âu'),
  pair('Doanh nghiệp phải tuân thủ Quy định chung về bảo vệ dữ liệu của EU (GDPR).', 'GDPR', 'Quy định chung về bảo vệ dữ liệu của EU'),
  pair('Sáng kiến Vành đai và Con đường của Trung Quốc (BRI) được nhắc lại.', 'BRI', 'Sáng kiến Vành đai và Con đường của Trung Quốc'),
  // ... the owner's own acronym: known, without the kind's initial, or after a document with no name of its own.
  pair('Theo quy định mới của Liên minh châu Âu (EU) về sản phẩm, doanh nghiệp phải truy xuất.', 'EU', 'Liên minh châu Âu'),
  pair('Báo cáo thường niên của Quỹ Toàn cầu (GF) cho thấy số ca giảm.', 'GF', 'Quỹ Toàn cầu'),
  pair('Chương trình của Quỹ Dân số (UNFPA) hỗ trợ phụ nữ.', 'UNFPA', 'Quỹ Dân số'),
  // Lower-case items joined by dashes, one letter an item (English initials: measles–rubella).
  pair('Chiến dịch tiêm vét vắc xin sởi – rubella (MR) cho trẻ.', 'MR', 'sởi – rubella'),
  pair('Trẻ được tiêm vắc xin bạch hầu – ho gà – uốn ván (DPT) đủ mũi.', 'DPT', 'bạch hầu – ho gà – uốn ván'),
  pair('Trẻ được tiêm vắc xin sởi-rubella (MR) miễn phí.', 'MR', 'sởi-rubella'),
  // ... never more or fewer items than letters, nor numbers.
  none('Chiến dịch tiêm vét vắc xin sởi – rubella (MMR) cho trẻ.', 'MMR'),
  none('Giá tăng 5 – 7 (AB) lần so với năm trước.', 'AB'),
  // A head and lower-case qualifiers listed with commas and `và`, one qualifier a letter (illegal, unreported,
  // unregulated fishing); the long form starts after the verb before the head.
  pair('Tỉnh quyết tâm chống đánh bắt cá bất hợp pháp, không khai báo và không theo quy định (IUU) trong năm nay.', 'IUU',
    'đánh bắt cá bất hợp pháp, không khai báo và không theo quy định'),
  pair('Ngư dân được tuyên truyền về khai thác thủy sản trái phép, không báo cáo, không đúng quy định và không giấy phép (IUUL) trên biển.', 'IUUL',
    'khai thác thủy sản trái phép, không báo cáo, không đúng quy định và không giấy phép'),
  // ... never a count other than the letters', a list with no `và`, nor two items.
  none('Tỉnh chống khai thác thủy sản bất hợp pháp, không báo cáo và không theo quy định (IUUF) trên biển.', 'IUUF'),
  none('Tỉnh chống khai thác thủy sản bất hợp pháp, không báo cáo, không theo quy định (IUU) trên biển.', 'IUU'),
  // The cost of the things listed (`chi phí`, `kinh phí`) is no part of their long form.
  pair('Hộ nuôi tôm phải trả chi phí giám sát, báo cáo và kiểm chứng (MRV) cho mỗi vụ.', 'MRV', 'giám sát, báo cáo và kiểm chứng'),
  pair('Tỉnh cấp kinh phí thu gom, phân loại và tái chế (CST) rác thải nhựa.', 'CST', 'thu gom, phân loại và tái chế'),
  // Known English acronyms after a Vietnamese long form with small words inside (`trên`, `từ`).
  pair('Quy mô tổng sản phẩm trên địa bàn (GRDP) của tỉnh tăng 8%.', 'GRDP', 'tổng sản phẩm trên địa bàn'),
  pair('Tăng trưởng tổng sản phẩm trên địa bàn tỉnh (GRDP) đứng thứ ba cả nước.', 'GRDP', 'tổng sản phẩm trên địa bàn tỉnh'),
  pair('Bệnh viện vừa lắp máy chụp cộng hưởng từ (MRI) thế hệ mới.', 'MRI', 'chụp cộng hưởng từ'),
  pair('Người bệnh được chụp cắt lớp vi tính (CT) ngay khi nhập viện.', 'CT', 'chụp cắt lớp vi tính'),
  none('Đơn vị đặt mua một máy MRI cho khoa.', 'MRI'),
  // A unit's code after its name, whose capitalized part runs on in lower case.
  pair('Phòng Cảnh sát điều tra tội phạm về ma túy (PC04) đã triệt phá đường dây.', 'PC04', 'Phòng Cảnh sát điều tra tội phạm về ma túy'),
  pair('Hôm qua, Phòng An ninh kinh tế và phòng chống rửa tiền (PA09) họp báo.', 'PA09', 'Phòng An ninh kinh tế và phòng chống rửa tiền'),
  pair('Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03) vào cuộc.', 'C03', 'Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu'),
  none('Phòng Tài chính đã chuyển hồ sơ lên cấp trên (PA12) hôm qua.', 'PA12'),
  none('Hãng điện thoại Samsung ra mắt mẫu máy mới (S24) tuần này.', 'S24'),
  // Known English acronyms with either Vietnamese long form; names that run on in lower case.
  pair('Tổng sản phẩm trong nước (GDP) quý II tăng 5%.', 'GDP', 'Tổng sản phẩm trong nước'),
  pair('Tổng công ty Thiết bị điện tử cao cấp Sao Mai (SMT) xuất khẩu lô hàng.', 'SMT', 'Tổng công ty Thiết bị điện tử cao cấp Sao Mai'),
  pair('Quỹ Dân số Liên hợp quốc (UNFPA) tài trợ dự án.', 'UNFPA', 'Quỹ Dân số Liên hợp quốc'),
  // English initials after a Vietnamese long form the lexicon knows, whose words a small word joins (`của`)
  pair('Doanh nghiệp bao bì phải thực hiện trách nhiệm mở rộng của nhà sản xuất (EPR) từ năm tới.', 'EPR', 'trách nhiệm mở rộng của nhà sản xuất'),
  pair('Huyện có thêm 15 sản phẩm đạt chuẩn Chương trình Mỗi xã một sản phẩm (OCOP) năm nay.', 'OCOP', 'Mỗi xã một sản phẩm'),
  // the English name in the bracket, a dash, then the acronym it spells
  pair('Dự án do Chương trình Phát triển Liên hợp quốc (United Nations Development Programme – UNDP) tài trợ.', 'UNDP', 'United Nations Development Programme'),
  none('Nhóm nghiên cứu công bố bộ dữ liệu mới (Open Data - ODX) cho sinh viên.', 'ODX'),
  // `Tổng` opens the name and stays with the acronym; a head noun does not (`Bộ KH&CN` defines `KH&CN`, above)
  pair('Hội nghị do Tổng Liên đoàn Lao động Việt Nam (Tổng LĐLĐVN) chủ trì đã bế mạc.', 'Tổng LĐLĐVN', 'Tổng Liên đoàn Lao động Việt Nam'),
  pair('Tổng cục Tiêu chuẩn Đo lường Chất lượng (Tổng cục TCĐLCL) ban hành hướng dẫn.', 'TCĐLCL', 'Tiêu chuẩn Đo lường Chất lượng'),
  // two acronyms joined by a slash after the document they name together
  pair(
    'Ngành gỗ được hưởng lợi từ Hiệp định Đối tác tự nguyện về thực thi luật lâm nghiệp (VPA/FLEGT) với châu Âu.',
    'VPA/FLEGT',
    'Hiệp định Đối tác tự nguyện về thực thi luật lâm nghiệp',
  ),
  none('Trong phiên sáng, tỷ giá trung tâm (USD/VND) tăng nhẹ.', 'USD/VND'),
  // a bracket opening a line (an outlet's name before the lead) defines nothing with the line before (a byline)
  none('Giá rau tăng mạnh sau bão\nMinh Châu\n(PLVN) - Sáng 3/9, giá rau tại các chợ tăng gấp đôi.', 'PLVN'),
  none('Trường học mở cửa trở lại\nThu Hà\n(TTXVN) - Sáng nay, học sinh trở lại trường.', 'TTXVN'),
  // a short form of two acronyms and a word between spells the name word by word; the inner acronym is defined too
  pair('Ban Quản lý các khu kinh tế tỉnh Hà Tĩnh (BQL các KKT) cấp phép cho dự án.', 'BQL các KKT', 'Ban Quản lý các khu kinh tế tỉnh Hà Tĩnh'),
  pair('Ban Quản lý các khu kinh tế tỉnh Hà Tĩnh (BQL các KKT) cấp phép cho dự án.', 'KKT', 'khu kinh tế'),
  // a writer's name and an agency's tag alone on the last line is a byline: the name spells out nothing
  none('Sáng nay, học sinh trở lại trường sau kỳ nghỉ.\nNguyễn Thu Hà (TTXVN)', 'TTXVN'),
  none('Giá rau tăng gấp đôi sau bão.\nMinh Châu (VNA)\n', 'VNA'),
  // a line that is a sentence still defines its acronym
  pair('Sáng nay, học sinh trở lại trường.\nĐoàn viên Hội Liên hiệp Thanh niên Việt Nam (HLHTNVN)', 'HLHTNVN', 'Hội Liên hiệp Thanh niên Việt Nam'),
  // English initials after a name whose fields a list joins after its head: the name runs back to the head
  pair(
    'Anh nhận học bổng của Bộ Nông nghiệp, Lâm nghiệp và Thủy sản Nhật Bản (MAFF) năm ngoái.',
    'MAFF',
    'Bộ Nông nghiệp, Lâm nghiệp và Thủy sản Nhật Bản',
  ),
  none('Các ông Nam, Bảo, Lân và Hồng Phúc Group (HPG) đã ký.', 'Nam'),
  // an acronym ending in the number the name ends with after `số`
  pair('Công trình do Tổng công ty Xây dựng số 4 (CC4) thi công.', 'CC4', 'Tổng công ty Xây dựng số 4'),
  none('Bài hát số 4 (CC4) được yêu thích nhất.', 'Bài hát'),
  pair('Tin trong nước\nHội thảo do Tổ chức Năng suất Châu Á (APO) tài trợ.', 'APO', 'Tổ chức Năng suất Châu Á'),
  // English initials after an organization's whole name, read back to its head
  pair('Đề tài do Viện Hóa học và Vật liệu mới (ICMM) chủ trì.', 'ICMM', 'Viện Hóa học và Vật liệu mới'),
  pair('Hàng hóa được Tổng công ty Đường sắt hàng hóa Việt Nam (VRFC) vận chuyển.', 'VRFC', 'Tổng công ty Đường sắt hàng hóa Việt Nam'),
  pair('Bộ đề nghị trích Quỹ Hỗ trợ nông dân cấp tỉnh (FSF) cho vay.', 'FSF', 'Quỹ Hỗ trợ nông dân cấp tỉnh'),
  none('Bộ Y tế đã tổng kết tiêm chủng (EPI) năm nay.', 'Bộ Y tế'),
  // a part of the name opened by one capitalized word after `và`, its paired verb after a comma
  pair('Số liệu do Cục Bảo vệ rừng và Phòng, chống cháy rừng (BVR&PCCR) cung cấp.', 'BVR&PCCR', 'Bảo vệ rừng và Phòng, chống cháy rừng'),
  none('Đoàn đến Cục Thú y và Phòng, chống dịch được nêu trong báo cáo (BC).', 'Cục Thú y'),
  // ... or opens the long form alone after the head (`Ban Chỉ huy Phòng, chống ...`), no place's last word.
  pair('Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) tỉnh Bình Định họp.', 'PCTT&TKCN', 'Phòng, chống thiên tai và Tìm kiếm cứu nạn'),
  none('Tại Hà Nội, chống dịch (NCD) là việc cần làm.', 'NCD'),
  // A capital vowel with its own mark (`Ơ`, `Ư`, `Â`) stands for a syllable opening with that vowel, whatever its tone.
  pair('Thành phố sẽ xây thêm nhà ở xã hội (NƠXH) cho công nhân.', 'NƠXH', 'nhà ở xã hội'),
  none('Dự án nhà ô xã hội vừa mở bán. Giá NƠXH còn cao.', 'NƠXH'),
  // The usual Vietnamese long forms of an English acronym, an extra word before them left out.
  pair('Tỉnh mời doanh nghiệp đầu tư theo hình thức hợp tác công tư (PPP) trong năm tới.', 'PPP', 'hợp tác công tư'),
  // A model followed (`mô hình`) heads a translated name as a method does: the words after it, however many.
  pair('Khu đất quanh nhà ga được quy hoạch theo mô hình phát triển đô thị định hướng giao thông công cộng (TOD).', 'TOD', 'phát triển đô thị định hướng giao thông công cộng'),
  none('Mô hình này đã được áp dụng (TOD) từ lâu.', 'TOD'),
  // The bracket's head and acronym, the acronym spelling the words right after the head, its tail words the name
  // holds further on (the rest of the name left out of the short form).
  pair('Công trình do Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh (Ban QLDA tỉnh) làm chủ đầu tư.', 'QLDA', 'Quản lý dự án', 'Ban QLDA tỉnh'),
  pair('Ông Lâm là Giám đốc Ban Quản lý dự án Đầu tư xây dựng các công trình dân dụng thành phố (Ban QLDA Dân dụng).', 'QLDA', 'Quản lý dự án', 'Ban QLDA Dân dụng'),
  none('Ông Lâm là Giám đốc Ban Quản lý dự án Đầu tư xây dựng các công trình dân dụng thành phố (Ban QLDA Thủy lợi).', 'Ban QLDA Thủy lợi'),
  // Spelled out elsewhere in lower case, a paired phrase's halves parted by a comma.
  pair('Cảnh sát phòng cháy, chữa cháy đã đến kịp thời. Công tác PCCC ở khu chợ còn yếu.', 'PCCC', 'phòng cháy, chữa cháy'),
  none('Cửa hàng bán phân bón, chăn chiếu. Công tác PBCC ở khu chợ còn yếu.', 'PBCC'),
  // Vietnam's English name before an English acronym in the bracket is part of the short name.
  pair('Tàu của Trung tâm Phối hợp tìm kiếm, cứu nạn hàng không Việt Nam (Vietnam ARCC) đã ra khơi.', 'Vietnam ARCC', 'Trung tâm Phối hợp tìm kiếm, cứu nạn hàng không Việt Nam'),
  // A person's initials with dots (the photographer's, the byline's) are no acronym of their name written elsewhere.
  none('Học sinh đến trường trong ngày khai giảng. Ảnh: N.T.H\nNguyễn Thị Hoa', 'N.T.H'),
  // An interview's answer labelled by the speaker's initials: no acronym of the speaker's name.
  none('Anh Đỗ Minh Khoa, Giám đốc công ty, kể về hành trình khởi nghiệp.\nPV: Anh bắt đầu thế nào?\nĐMK: Tôi bắt đầu từ vườn nhà.', 'ĐMK'),
  // ... but letters spelling a body's name still pair with it, a label or not.
  pair('Hội nghị có đại diện Hội Nông dân Việt Nam.\nHNDVN: Hội sẽ hỗ trợ nông dân.', 'HNDVN', 'Hội Nông dân Việt Nam'),
  // A verb that moves its object ends a lower-case long form going back (`đưa`).
  pair('Nhà máy có kế hoạch đưa lò luyện thép cảm ứng (IFM) vào vận hành.', 'IFM', 'lò luyện thép cảm ứng'),
  none('Nhà máy có kế hoạch đưa lò luyện thép cảm ứng (IFM) vào vận hành.', 'kế hoạch đưa'),
  // Letters that spell the words before the home country: the long form keeps the country, no head before them.
  pair('Bà Lan, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam (MTTQ) huyện, phát biểu.', 'MTTQ', 'Mặt trận Tổ quốc Việt Nam'),
  pair('Hội Nông dân Việt Nam (HND) đã trao 200 suất quà.', 'HND', 'Hội Nông dân Việt Nam'),
  pair('Ông Tâm, Chủ tịch Liên đoàn Lao động Việt Nam (LĐLĐ) huyện, trao quà.', 'LĐLĐ', 'Liên đoàn Lao động Việt Nam'),
  // Spelled out elsewhere as a head, or as the field right after a head, its first syllable alone capitalized.
  pair('Hợp tác xã Rau sạch Đông Anh có 80 thành viên. Năm nay HTX mở thêm 5 ha.', 'HTX', 'Hợp tác xã'),
  pair('Cục Cảnh sát giao thông đã có văn bản. Tổ công tác của Đội CSGT số 2 có mặt ngay.', 'CSGT', 'Cảnh sát giao thông'),
  none('Hôm trước xem lại bài. Năm nay HTX mở thêm 5 ha.', 'HTX'),
  // The letters spell the second field a broadcaster's name joins with `và`: the acronym is the whole body's.
  pair('Trận đấu phát trên Đài Phát thanh và Truyền hình Long An (THLA) tối qua.', 'THLA', 'Đài Phát thanh và Truyền hình Long An'),
  // Two bodies joined by `và`: the acronym is the second's alone.
  pair('Hội Nông dân và Hợp tác xã Việt Nam (HTXVN) ký kết.', 'HTXVN', 'Hợp tác xã Việt Nam'),
  // Letters that spell exactly the first words of a name whose rest is its owner's whole name (a head, capitals):
  // the acronym names the body alone, the owner left out.
  pair('Danh sách do Ban Thi đua khen thưởng Bộ Công Thương (BTĐKT) công bố hôm qua.', 'BTĐKT', 'Ban Thi đua khen thưởng'),
  pair('Hồ sơ gửi về Ban Tuyển sinh quân sự Bộ Quốc phòng (BTS) trước tháng 4.', 'BTS', 'Ban Tuyển sinh quân sự Bộ Quốc phòng'),
  // An English acronym after a document's head and its lower-case name (through `về`, `các`, one comma), the head's
  // English word giving the first letter (`Công ước` → Convention); a head opening the sentence may be a verb.
  pair('Loài này thuộc danh sách của Công ước về các loài chim, thú di cư (CMS) từ lâu.', 'CMS', 'Công ước về các loài chim, thú di cư'),
  none('Đề án dựa trên Chương trình hành động về phòng chống lũ quét (FPP) của tỉnh.', 'Chương trình hành động'),
  none('Hội nghị bàn về vấn đề này. Công ước về các loài chim, thú di cư (CMS) được nhắc lại.', 'Công ước về'),
  // After a system's head, the thing after `bằng` is the means it works by, which the acronym names; too few words
  // after `bằng` for the letters leave the whole phrase.
  pair('Nhà máy thay hệ thống sấy than bằng khí dầu mỏ hóa lỏng (LPG) từ năm ngoái.', 'LPG', 'khí dầu mỏ hóa lỏng'),
  none('Nhà máy thay hệ thống sấy than bằng khí dầu mỏ hóa lỏng (LPG) từ năm ngoái.', 'sấy than'),
  // A head and two acronyms in the bracket, the first spelling the words right after the head, the second words
  // further on: the whole bracket stands for the whole name, each acronym for its words.
  pair('Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh Nam Định (Ban QLDA NN&PTNT) đã mời thầu.', 'Ban QLDA NN&PTNT', 'Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh Nam Định'),
  pair('Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh Nam Định (Ban QLDA NN&PTNT) đã mời thầu.', 'QLDA', 'Quản lý dự án'),
  // A company's short name in brackets, its legal form left out between the head and the acronym's words.
  pair('Công ty TNHH MTV Khai thác công trình thủy lợi Thái Bình (Công ty KTCTTL Thái Bình) đã vận hành trạm bơm.', 'KTCTTL', 'Khai thác công trình thủy lợi'),
  none('Công ty TNHH MTV Xây dựng công trình thủy lợi Thái Bình (Công ty KTCTTL Thái Bình) đã vận hành trạm bơm.', 'KTCTTL'),
  // Two acronyms in brackets, the first spelling the name's head, the second the words right after it: the whole
  // bracket is the short form, the name the long form, a place closing the name left out (other words kept).
  pair('Ban Quản lý Khu công nghệ cao tỉnh Bình Dương (BQL KCNC) đã cấp phép cho dự án.', 'BQL KCNC', 'Ban Quản lý Khu công nghệ cao'),
  pair('Ban Quản lý Khu di tích lịch sử Cổ Loa Hà Nội (BQL KDT) mở cửa lễ hội.', 'BQL KDT', 'Ban Quản lý Khu di tích lịch sử Cổ Loa Hà Nội'),
  none('Ban Quản lý Khu công nghệ cao tỉnh Bình Dương (BQL KCNC) đã cấp phép. Giám đốc BQL KCNC cho biết.', 'Giám đốc BQL KCNC'),
  // The plural `các` before the field left out of the bracket, a bare level word closing the name left out of the
  // long form; not where other words than a level follow the spelled ones.
  pair('Ban Quản lý các cụm công nghiệp tỉnh (BQL CCN) vừa trình đề án mở rộng.', 'BQL CCN', 'Ban Quản lý các cụm công nghiệp'),
  none('Ban Quản lý các cụm công nghiệp tỉnh và thành phố (BQL CCN) vừa trình đề án.', 'CCN'),
  // A one-word head neither acronym spells (`Đài`, `Viện`), the first spelling the words after it, the second the
  // name's last words after at most two lower-case words (`khu vực`): the whole name; a bracket of one of them alone
  // further on still defines it.
  pair('Ông Hòa, Giám đốc Đài Khí tượng Thủy văn khu vực Tây Bắc (KTTV TB), cho biết mưa còn kéo dài.', 'KTTV TB', 'Đài Khí tượng Thủy văn khu vực Tây Bắc'),
  pair('Viện Vệ sinh dịch tễ khu vực Tây Nguyên (VSDT TN) đã lấy mẫu nước.', 'VSDT TN', 'Viện Vệ sinh dịch tễ khu vực Tây Nguyên'),
  pair('Đài Khí tượng Thủy văn khu vực Tây Bắc (KTTV TB) cảnh báo lũ. Theo Tổng cục Khí tượng Thủy văn (KTTV), lũ còn lên.', 'KTTV', 'Khí tượng Thủy văn', 'Khí tượng Thủy văn (KTTV)'),
  pair('Đài Khí tượng Thủy văn tỉnh Lai Châu lắp thêm trạm đo ở vùng núi Tây Bắc (KTTV TB) trong tháng này.', 'TB', 'Tây Bắc', 'Tây Bắc (KTTV TB)'),
  // A company's unit named before the company (`Khối X Công ty Y`): the acronym after them is the company's; not
  // where the letters spell the unit, nor a bank's name inside the unit's own (`Khối Ngân hàng doanh nghiệp`).
  pair('Ông Trần Văn Nam, Giám đốc Khối Phân tích Công ty Cổ phần Chứng khoán Hòa Bình (HBS), cho rằng thị trường sẽ giảm.', 'HBS', 'Công ty Cổ phần Chứng khoán Hòa Bình'),
  pair('Bà Lê Thu Hà, Giám đốc Khối Bán lẻ Ngân hàng TMCP Đông Hải (DHB), cho biết lãi suất giảm.', 'DHB', 'Ngân hàng TMCP Đông Hải'),
  pair('Ông Vũ, Giám đốc Khối Ngân hàng doanh nghiệp (KNHDN) cho biết dư nợ tăng.', 'KNHDN', 'Khối Ngân hàng doanh nghiệp'),
  // A document's short name in brackets, the word it is named for (written right after its head) and its kind's
  // English acronym (`Bản ghi nhớ` → MOU): the whole bracket, the whole name; not another word than the name's.
  pair('Tàu bị lưu giữ theo Bản ghi nhớ Paris về kiểm tra nhà nước cảng biển (Paris MOU) từ tuần trước.', 'Paris MOU', 'Bản ghi nhớ Paris về kiểm tra nhà nước cảng biển'),
  pair('Hai bên đã ký Biên bản ghi nhớ Mekong về hợp tác du lịch (Mekong MOU) năm 2020.', 'Mekong MOU', 'Biên bản ghi nhớ Mekong về hợp tác du lịch'),
  none('Tàu bị lưu giữ theo Bản ghi nhớ Paris về kiểm tra nhà nước cảng biển (Tokyo MOU) từ tuần trước.', 'Tokyo MOU'),
  // A head and an acronym in brackets after a name of another head whose words the acronym does not spell: the
  // body the name belongs to, no short form of it (its own bracket after its name defines the acronym).
  none('Ông Lâm, Phó Vụ trưởng Vụ Hợp tác quốc tế (Bộ NN&MT), dự họp.', 'NN&MT'),
  pair('Ông Lâm, Phó Vụ trưởng Vụ Hợp tác quốc tế (Bộ NN&MT), dự họp. Sở Nông nghiệp và Môi trường (NN&MT) tỉnh báo cáo.', 'NN&MT', 'Nông nghiệp và Môi trường', 'Nông nghiệp và Môi trường (NN&MT)'),
  pair('Bộ Tài nguyên và Môi trường (Bộ TN&MT) đã họp.', 'TN&MT', 'Tài nguyên và Môi trường'),
  // An agent and what it causes before an English acronym: the condition alone, unless the acronym's last letter
  // is the agent's (V for a virus, B for a bacterium).
  pair('Mẫu tôm nhiễm vi khuẩn gây bệnh phân trắng (WFD) nên phải xử lý.', 'WFD', 'bệnh phân trắng'),
  pair('Đàn lợn dương tính với vi rút gây hội chứng rối loạn hô hấp sinh sản (PRRSV) từ tuần trước.', 'PRRSV', 'vi rút gây hội chứng rối loạn hô hấp sinh sản'),
  // A head, then the field it is named for in lower case, spelled whole by an acronym used alone: `Ban tổ chức`;
  // not words whose first is no head.
  pair('Ban giám khảo đã chấm xong vòng loại. Theo BGK, chất lượng bài thi năm nay cao hơn.', 'BGK', 'Ban giám khảo'),
  pair('Hội đồng thi đua đã họp. Ảnh: HĐTĐ', 'HĐTĐ', 'Hội đồng thi đua'),
  none('Bản tin chiều nay có nhiều tin mới. Ảnh: BTC', 'BTC'),
];
