// Examples for the people extractor, written for the project: a sentence, the words of interest and the person
// found there (`expected: null`: no person may overlap the words). Run by tests/corpus/people.test.ts.
import type { CorpusExample } from '../../tests/corpus/corpus-types.js';

const person = (text: string, words: string, name: string): CorpusExample<'people'> => ({ text, words, expected: { name } });
const none = (text: string, words?: string): CorpusExample<'people'> =>
  words === undefined ? { text, expected: null } : { text, words, expected: null };

/** Full names led by a family name from the lexicon. */
const FULL_NAMES: CorpusExample<'people'>[] = [
  person('Theo Nguyễn Văn Bình, thị trường sẽ hồi phục vào cuối năm.', 'Nguyễn Văn Bình', 'Nguyễn Văn Bình'),
  person('Trần Thị Thu Hương là người đầu tiên nhận giải.', 'Trần Thị Thu Hương', 'Trần Thị Thu Hương'),
  person('Hội thảo do Lê Hoàng Anh chủ trì đã thu hút nhiều chuyên gia.', 'Lê Hoàng Anh', 'Lê Hoàng Anh'),
  person('Phát biểu tại buổi lễ, Phạm Quang Dũng nhấn mạnh vai trò của đổi mới.', 'Phạm Quang Dũng', 'Phạm Quang Dũng'),
  person('Kết quả này được Hoàng Minh Tuấn công bố sáng nay.', 'Hoàng Minh Tuấn', 'Hoàng Minh Tuấn'),
  person('Huỳnh Tấn Phát từng sống tại căn nhà này.', 'Huỳnh Tấn Phát', 'Huỳnh Tấn Phát'),
  person('Bài viết của Phan Thanh Bình nhận được nhiều phản hồi.', 'Phan Thanh Bình', 'Phan Thanh Bình'),
  person('Đại diện nhóm nghiên cứu, Vũ Đức Đam trình bày kết quả.', 'Vũ Đức Đam', 'Vũ Đức Đam'),
  person('Võ Thị Sáu là tấm gương được nhiều thế hệ học sinh ghi nhớ.', 'Võ Thị Sáu', 'Võ Thị Sáu'),
  person('Dự án do Đặng Văn Lâm khởi xướng từ năm ngoái.', 'Đặng Văn Lâm', 'Đặng Văn Lâm'),
  person('Bùi Thị Minh Hoài cho biết đơn vị sẽ mở rộng sản xuất.', 'Bùi Thị Minh Hoài', 'Bùi Thị Minh Hoài'),
  person('Theo Đỗ Xuân Thắng, cần tăng cường kiểm tra chất lượng.', 'Đỗ Xuân Thắng', 'Đỗ Xuân Thắng'),
  person('Ngô Bảo Châu đã trở về nước để giảng dạy.', 'Ngô Bảo Châu', 'Ngô Bảo Châu'),
  // a never-name word that is a given name too ends a full name as the run's last word
  person('Đoàn do ông Trịnh Văn Được, Phó Chi cục trưởng, dẫn đầu.', 'Trịnh Văn Được', 'Trịnh Văn Được'),
  none('Trịnh Văn. Được mùa, bà con phấn khởi.', 'Được'),
  // The end of an event's or a work's name in quotes after a noun, the quote opened by other words.
  none('Tỉnh tổ chức Lễ hội hiến máu “Giọt máu Hồng Lam” lần thứ 5.', 'Hồng Lam'),
  none('Chương trình “Tiếng hát Lê Lợi” thu hút 30 thí sinh.', 'Lê Lợi'),
  // Not a quoted sentence after a colon, nor a name quoted whole.
  person('Bà nói: “Cảm ơn bác sĩ Trần Văn Hùng”, rồi khóc.', 'Trần Văn Hùng', 'Trần Văn Hùng'),
  person('Dương Văn Minh ký văn bản chiều hôm đó.', 'Dương Văn Minh', 'Dương Văn Minh'),
  person('Buổi làm việc có sự góp mặt của Đào Ngọc Dung.', 'Đào Ngọc Dung', 'Đào Ngọc Dung'),
  person('Đinh Tiến Dũng nhận nhiệm vụ mới vào tháng trước.', 'Đinh Tiến Dũng', 'Đinh Tiến Dũng'),
  person('Lương Xuân Trường ghi bàn ở phút cuối.', 'Lương Xuân Trường', 'Lương Xuân Trường'),
  person('Trịnh Công Sơn để lại hàng trăm ca khúc.', 'Trịnh Công Sơn', 'Trịnh Công Sơn'),
  person('Cuốn sách do Trương Thị Mai biên soạn đã được tái bản.', 'Trương Thị Mai', 'Trương Thị Mai'),
  person('Lâm Văn Phước đề xuất ba giải pháp cho ngành.', 'Lâm Văn Phước', 'Lâm Văn Phước'),
  person('Nhóm của Phùng Xuân Nhạ đã hoàn thành báo cáo.', 'Phùng Xuân Nhạ', 'Phùng Xuân Nhạ'),
  person('Ý kiến của Tạ Quang Bửu được nhắc lại nhiều lần.', 'Tạ Quang Bửu', 'Tạ Quang Bửu'),
  person('Theo Nguyễn Thị Kim Ngân, cử tri rất quan tâm đến vấn đề này.', 'Nguyễn Thị Kim Ngân', 'Nguyễn Thị Kim Ngân'),
  person('Thứ trưởng Bộ KH&CN Lê Xuân Định cho biết như vậy.', 'Lê Xuân Định', 'Lê Xuân Định'),
  person('Phó Thủ tướng Chính phủ Trần Hồng Hà chủ trì cuộc họp.', 'Trần Hồng Hà', 'Trần Hồng Hà'),
  person('Tham dự có Giám đốc Sở Y tế Hồ Văn Hải.', 'Hồ Văn Hải', 'Hồ Văn Hải'),
  person('Hà Minh Hiệp, Phó Tổng cục trưởng, đã có buổi làm việc với đoàn.', 'Hà Minh Hiệp', 'Hà Minh Hiệp'),
  person('Chia sẻ với phóng viên, Kiều Thanh Tùng cho rằng giá sẽ tăng.', 'Kiều Thanh Tùng', 'Kiều Thanh Tùng'),
  person('Ảnh: Tô Hoài Nam chụp tại hiện trường.', 'Tô Hoài Nam', 'Tô Hoài Nam'),
  // `trường` before a name is a school, but not in a field or a scene (`môi trường`, `thị trường`, `hiện trường`).
  person('Chuyên gia môi trường Hoàng Minh Tuấn cho rằng cần một lộ trình dài hạn.', 'Hoàng Minh Tuấn', 'Hoàng Minh Tuấn'),
  person('Theo chuyên gia thị trường Lâm Quốc Bảo, giá vàng sẽ còn biến động.', 'Lâm Quốc Bảo', 'Lâm Quốc Bảo'),
  person('Có mặt tại hiện trường Trần Văn Dũng đã kịp thời sơ cứu người bị nạn.', 'Trần Văn Dũng', 'Trần Văn Dũng'),
  person('Chuyến đi có sự tham gia của Quách Thị Hồng Nhung và các cộng sự.', 'Quách Thị Hồng Nhung', 'Quách Thị Hồng Nhung'),
  person('Cao Văn Tuấn cho biết. Sau đó, Cao Văn Tuấn rời cuộc họp.', 'Cao Văn Tuấn', 'Cao Văn Tuấn'),
  person('Hà Thị Lan phát biểu đầu tiên. Sau đó, đại biểu Hà Thị Lan giải trình.', 'Hà Thị Lan', 'Hà Thị Lan'),
  person('Kết thúc phiên họp, Lý Thành Công chia sẻ kế hoạch.', 'Lý Thành Công', 'Lý Thành Công'),
  // `Danh`, a Khmer family name; the word `danh` (name, fame) opens no run of capitalized syllables.
  person('Chủ tàu là Danh Văn Sơn, trú tại xã Khánh Bình.', 'Danh Văn Sơn', 'Danh Văn Sơn'),
  none('Danh sách hộ nghèo được niêm yết công khai tại nhà văn hóa.', 'Danh sách'),
  none('Ông được tặng danh hiệu Danh nhân văn hóa thế giới.', 'Danh nhân'),
];

/** Names after honorifics and academic titles, which are not part of the name. */
const TITLED_NAMES: CorpusExample<'people'>[] = [
  person('Ông Hà Minh Hiệp – Phó Tổng cục trưởng đã chia sẻ về kết quả năm qua.', 'Hà Minh Hiệp', 'Hà Minh Hiệp'),
  person('Theo bà Nguyễn Thị Hạnh, doanh nghiệp cần chủ động hơn.', 'Nguyễn Thị Hạnh', 'Nguyễn Thị Hạnh'),
  person('Anh Trần Văn Tư kể lại chuyến đi đầy gian nan.', 'Trần Văn Tư', 'Trần Văn Tư'),
  person('Chị Lê Thu Trang là chủ một cửa hàng nhỏ.', 'Lê Thu Trang', 'Lê Thu Trang'),
  person('Nói chuyện với chúng tôi, ông Joe Biden nhắc đến hợp tác kinh tế.', 'Joe Biden', 'Joe Biden'),
  person('Theo ông Ưng Hoàng Phúc, dự án sẽ khởi công vào tháng tới.', 'Ưng Hoàng Phúc', 'Ưng Hoàng Phúc'),
  person('Bà Mai Anh cho biết cửa hàng đã đóng cửa.', 'Mai Anh', 'Mai Anh'),
  person('Cô Thanh Hằng dạy môn toán ở trường làng.', 'Thanh Hằng', 'Thanh Hằng'),
  person('Gặp anh Tuấn ở chợ, chúng tôi hỏi về giá rau.', 'Tuấn', 'Tuấn'),
  person('Chị Hoa bán hàng ở đây đã hơn mười năm.', 'Hoa', 'Hoa'),
  person('TS. Nguyễn Quang Huy cho rằng cần đầu tư thêm.', 'Nguyễn Quang Huy', 'Nguyễn Quang Huy'),
  person('PGS.TS Trần Đình Thiên phân tích các kịch bản tăng trưởng.', 'Trần Đình Thiên', 'Trần Đình Thiên'),
  person('Theo GS. Phan Văn Trường, giáo dục cần thay đổi.', 'Phan Văn Trường', 'Phan Văn Trường'),
  person('ThS. Đỗ Minh Châu trình bày tham luận.', 'Đỗ Minh Châu', 'Đỗ Minh Châu'),
  person('GS.TSKH Vũ Minh Giang nói về lịch sử vùng đất này.', 'Vũ Minh Giang', 'Vũ Minh Giang'),
  person('PGS. TS. Bùi Quang Tuấn đánh giá cao đề xuất.', 'Bùi Quang Tuấn', 'Bùi Quang Tuấn'),
  person('Nhà văn Nguyễn Nhật Ánh ra mắt cuốn sách mới.', 'Nguyễn Nhật Ánh', 'Nguyễn Nhật Ánh'),
  person('Theo nhà báo Hữu Thọ, nghề báo cần sự trung thực.', 'Hữu Thọ', 'Hữu Thọ'),
  person('Tiến sĩ Lê Đăng Doanh nhận định nền kinh tế còn nhiều thách thức.', 'Lê Đăng Doanh', 'Lê Đăng Doanh'),
  person('Đại tá Nguyễn Văn Sơn chỉ huy lực lượng cứu hộ.', 'Nguyễn Văn Sơn', 'Nguyễn Văn Sơn'),
  person('NSND Thu Hiền góp mặt trong đêm nhạc.', 'Thu Hiền', 'Thu Hiền'),
  person('Luật sư Trương Quốc Hòe cho rằng quy định còn thiếu.', 'Trương Quốc Hòe', 'Trương Quốc Hòe'),
  person('Bác sĩ Hoàng Thị Yến khám cho hơn 50 bệnh nhân mỗi ngày.', 'Hoàng Thị Yến', 'Hoàng Thị Yến'),
  person('Kỹ sư Đặng Quốc Khánh thiết kế cây cầu này.', 'Đặng Quốc Khánh', 'Đặng Quốc Khánh'),
  // A title before a field whose first syllable is also a given name: the field, no person; the given name alone
  // before any other word stays one.
  none('Năm nay trường tuyển 90 chỉ tiêu cử nhân Quản trị khách sạn.', 'Quản'),
  // A body's head word then a syllable opening a common word with the lower-case one after it: a body, no person.
  none('Sản phẩm của các nhà khoa học Viện Hàn lâm Thứ Hai, 10/11/2025 đã được cấp bằng.', 'Viện Hàn'),
  none('Đoàn công tác thăm thầy cô Trường Phổ thông dân tộc nội trú huyện Mường Tè.', 'Trường Phổ'),
  person('Học sinh lớp 5A rất quý cô Trường Giang, giáo viên chủ nhiệm.', 'Trường Giang', 'Trường Giang'),
  person('Bài thơ của nhà thơ Văn Công Hùng kể về phố núi.', 'Văn Công Hùng', 'Văn Công Hùng'),
  none('Khóa đầu tiên của chương trình kỹ sư Công nghệ bán dẫn có 40 người học.', 'Công'),
  none('Bà là thạc sĩ Thủy lợi của trường từ năm 2010.', 'Thủy'),
  person('Kỹ sư Thiết cho biết dây chuyền đã chạy thử.', 'Thiết', 'Thiết'),
  person('Chiều qua, kỹ sư Công kiểm tra lại toàn bộ máy.', 'Công', 'Công'),
  // `Tổng` (the total) before the noun it sums opens the answer after a question closed by `thưa ông`, no name.
  none('Vậy vốn lấy ở đâu, thưa ông Tổng nhu cầu vốn cho cả giai đoạn khoảng 900 tỷ đồng.', 'Tổng'),
  none('Kết quả ra sao, thưa bà Tổng số hộ thoát nghèo năm nay là 120 hộ.', 'Tổng'),
  person('Sáng nay, ông Tổng kiểm tra lại toàn bộ đê bao.', 'Tổng', 'Tổng'),
  person('Nhạc sĩ Phú Quang sáng tác nhiều ca khúc về Hà Nội.', 'Phú Quang', 'Phú Quang'),
  person('Ông Bộ trưởng Nguyễn Mạnh Hùng đến thăm doanh nghiệp.', 'Nguyễn Mạnh Hùng', 'Nguyễn Mạnh Hùng'),
  // The conductor of a performance, a foreign name too: `nhạc trưởng` is no part of the name.
  person('Nhạc trưởng Hans Becker sẽ chỉ huy dàn nhạc trong đêm khai mạc.', 'Hans Becker', 'Hans Becker'),
  person('Đêm nhạc do nhạc trưởng Lê Phi Phi chỉ huy.', 'Lê Phi Phi', 'Lê Phi Phi'),
  // A title counted by a number and closed by a period ends its sentence: the word after it opens the next one.
  none('Đoàn có 3 NSND và 5 NSƯT. Tuy vậy, lực lượng kế cận còn mỏng.', 'Tuy'),
  none('Khoa hiện có hai TS. Song số giảng viên trẻ vẫn thiếu.', 'Song'),
  person('Chương trình có sự tham gia của NSƯT. Thanh Ngân.', 'Thanh Ngân', 'Thanh Ngân'),
];

/** Short references joined to the person's full name. */
const SHORT_REFERENCES: CorpusExample<'people'>[] = [
  // A romanized Korean name, its given name hyphenated, is called by its family name.
  person('Ông Choi Min-seok, Giám đốc nhà máy, cho biết đơn hàng tăng. "Chúng tôi cần thêm kỹ sư", ông Choi nói.', 'ông Choi nói', 'Choi Min-seok'),
  person('Ông Lee Dong-hyun và ông Choi Min-seok cùng dự. Sau đó, ông Lee phát biểu.', 'ông Lee phát', 'Lee Dong-hyun'),
  // A name with no hyphenated given name is not called by its first word.
  person('Ông Kim Long Vân dự họp. Sau đó, ông Kim phát biểu.', 'ông Kim phát', 'Kim'),
  person('Ông Hà Minh Hiệp phát biểu khai mạc. Theo ông Hiệp, năm nay rất đặc biệt.', 'Hiệp', 'Hà Minh Hiệp'),
  person('Bà Nguyễn Thị Lan dự họp. Bà Lan đề nghị bổ sung số liệu.', 'Lan', 'Nguyễn Thị Lan'),
  person('Anh Phạm Văn Tài làm nghề đã lâu. Hỏi anh Tài về thu nhập, anh chỉ cười.', 'Tài', 'Phạm Văn Tài'),
  person('Chị Trần Thu Hà kể chuyện. Năm đó, chị Hà mới 20 tuổi.', 'Hà', 'Trần Thu Hà'),
  person('TS. Lê Minh Tâm trình bày. Theo ông Minh Tâm, kết quả rất khả quan.', 'Minh Tâm', 'Lê Minh Tâm'),
  person('Ông Vũ Văn Hòa và bà Lê Thị Hòa cùng dự lễ. Ông Hòa phát biểu trước.', 'Hòa', 'Vũ Văn Hòa'),
  person('Ông Nguyễn Văn Long nói trước, sau đó ông Trần Văn Khánh phát biểu. Ông Khánh đồng ý.', 'Khánh', 'Trần Văn Khánh'),
  person('Theo ông Đỗ Văn Quang, giá sẽ giảm. Ông Quang cũng lưu ý về rủi ro.', 'Quang', 'Đỗ Văn Quang'),
  // A family and a given name without the middle one (a photo credit's `Trần Hải` of the byline's `Trần Văn Hải`) is
  // that person; another family name or another given name is someone else.
  person('Trần Văn Hải\nĐoàn công tác khảo sát tuyến đê biển. Ảnh: Trần Hải', 'Trần Hải', 'Trần Văn Hải'),
  person('Ông Lê Văn Nam dự họp cùng ông Lê Bình, chủ nhiệm hợp tác xã.', 'Lê Bình', 'Lê Bình'),
  person('Ông Lê Văn Nam dự họp cùng ông Phạm Nam, chủ nhiệm hợp tác xã.', 'Phạm Nam', 'Phạm Nam'),
];

/** Reporters' names in bylines (often without diacritics) and alone on the last line. */
const BYLINES: CorpusExample<'people'>[] = [
  person(
    'Giá lúa tăng mạnh\nNgười viết: Nguyen Nam - Ngày viết: Thứ Hai, Tháng Ba 1, 2021\nGiá lúa tăng mạnh trong tuần qua.\nNông dân phấn khởi.',
    'Nguyen Nam', 'Nguyen Nam',
  ),
  person(
    'Mùa lũ về\nTác giả: Tran Thu Ha\nNước lên nhanh trong đêm.\nNhiều nhà bị ngập.',
    'Tran Thu Ha', 'Tran Thu Ha',
  ),
  person(
    'Chợ phiên vùng cao\nPhiên chợ họp mỗi tuần một lần.\nNgười dân mang hàng từ sớm.\nKhông khí rất nhộn nhịp.\nMinh Anh',
    'Minh Anh', 'Minh Anh',
  ),
  person(
    'Lễ hội mùa xuân\nLễ hội mở đầu bằng màn trống hội.\nDu khách đến rất đông.\nBan tổ chức đã chuẩn bị kỹ.\nHương Giang - Thu Trang\nTheo VietQ',
    'Thu Trang', 'Thu Trang',
  ),
  person(
    'Lễ hội mùa xuân\nLễ hội mở đầu bằng màn trống hội.\nDu khách đến rất đông.\nBan tổ chức đã chuẩn bị kỹ.\nHương Giang - Thu Trang\nTheo VietQ',
    'Hương Giang', 'Hương Giang',
  ),
  person(
    'Tin thể thao\nTrận đấu kết thúc với tỷ số hòa.\nHai đội chia điểm.\nNguyễn Hải Đăng (VietQ)',
    'Nguyễn Hải Đăng', 'Nguyễn Hải Đăng',
  ),
  person(
    'Tin thể thao\nTrận đấu kết thúc với tỷ số hòa.\nHai đội chia điểm.\nThu Hằng/VOV.VN',
    'Thu Hằng', 'Thu Hằng',
  ),
  none(
    'Tin thể thao\nTrận đấu kết thúc với tỷ số hòa.\nHai đội chia điểm.\nThu Hằng/VOV.VN',
    'VOV',
  ),
  none(
    'Du lịch mùa hè\nBiển đông khách trong dịp nghỉ lễ.\nGiá phòng tăng cao.\nKhách sạn kín chỗ.\nHà Nội',
    'Hà Nội',
  ),
  none(
    'Du lịch mùa hè\nBiển đông khách trong dịp nghỉ lễ.\nGiá phòng tăng cao.\nKhách sạn kín chỗ.\nTheo VietQ',
    'VietQ',
  ),
  none(
    'Giá lúa tăng mạnh\nNgười viết: Nguyen Nam - Ngày viết: Chủ Nhật, Tháng Hai 14, 2021\nGiá lúa tăng mạnh.',
    'Chủ Nhật',
  ),
  // Two authors in the byline, a dash or `và` between them: both are people; an agency after one is none
  person('Buôn làng mùa khô\nBài, ảnh: Hữu Nghĩa - Minh Châu\nNước giếng trong buôn đã cạn.', 'Minh Châu', 'Minh Châu'),
  person('Buôn làng mùa khô\nBài, ảnh: Hữu Nghĩa - Minh Châu\nNước giếng trong buôn đã cạn.', 'Hữu Nghĩa', 'Hữu Nghĩa'),
  none('Buôn làng mùa khô\nBài, ảnh: Hữu Nghĩa - TTXVN\nNước giếng trong buôn đã cạn.', 'TTXVN'),
  // The author's name in capitals on the last line, read by the metadata stage: a person too; an agency is not.
  person(
    'Cảng biển đông tàu\nLượng hàng qua cảng tăng trong quý.\nDoanh nghiệp tuyển thêm lái xe.\nGiá cước ổn định.\nTHANH BÌNH',
    'THANH BÌNH', 'THANH BÌNH',
  ),
  none(
    'Cảng biển đông tàu\nLượng hàng qua cảng tăng trong quý.\nDoanh nghiệp tuyển thêm lái xe.\nGiá cước ổn định.\nTTXVN',
    'TTXVN',
  ),
  none(
    'Giá lúa tăng mạnh\nNgười viết: Nguyen Nam - Ngày viết: Chủ Nhật, Tháng Hai 14, 2021\nGiá lúa tăng mạnh.',
    'Tháng Hai',
  ),
  // The author the metadata stage read inside a byline run together, capitals going on after the name: the name alone.
  person(
    'Đê biển Cà Mau được gia cố trước mùa triều cường 21/11/2025 - 07:05 Hoàng Nam Lượt xem: 2.417 (Tin tức) - Sáng nay, tỉnh hoàn thành gia cố 12km đê biển.',
    'Hoàng Nam', 'Hoàng Nam',
  ),
  none(
    'Đê biển Cà Mau được gia cố trước mùa triều cường 21/11/2025 - 07:05 Hoàng Nam Lượt xem: 2.417 (Tin tức) - Sáng nay, tỉnh hoàn thành gia cố 12km đê biển.',
    'Lượt',
  ),
  // A reporters' desk after a title in the byline (`Nhóm PV Thời sự`) is no one; a full name there is the author.
  none('Giá điện tăng từ tháng sau\nThứ Hai, 17/11/2025 - 08:30\nNhóm PV Thời sự\nGiá bán lẻ điện bình quân sẽ tăng thêm 3%.', 'Thời'),
  person('Giá điện tăng từ tháng sau\nThứ Hai, 17/11/2025 - 08:30\nPV Hoàng Lan\nGiá bán lẻ điện bình quân sẽ tăng thêm 3%.', 'Hoàng Lan', 'Hoàng Lan'),
];

/** Places, organizations, streets, titles and everyday words: never a person. */
const NEGATIVES: CorpusExample<'people'>[] = [
  none('Hội nghị diễn ra tại Hà Nội vào tuần trước.', 'Hà Nội'),
  // A name ending in an airline's or a company's English word is the company's.
  none('Tổng giám đốc Hoàng Sơn Airlines cho biết hãng sẽ mở thêm đường bay.', 'Hoàng Sơn Airlines'),
  none('Lãnh đạo Thành Công Group cho biết doanh thu tăng mạnh.', 'Thành Công Group'),
  person('Tổng giám đốc Vũ Minh Hải cho biết hãng sẽ mở thêm đường bay.', 'Vũ Minh Hải', 'Vũ Minh Hải'),
  // A club named by a province and a sponsor's name: the sponsor's words are no person's.
  none('Lâm Đồng Thiên Phúc thắng Hải Dương Bảo Long 3-1 ở vòng 4.', 'Bảo Long'),
  none('Phú Yên Ngọc Lan và Long An Sao Mai hòa nhau 2-2 trên sân nhà.', 'Ngọc Lan'),
  none('Việt Nam đảm nhận vai trò Chủ tịch ASEAN.', 'Việt Nam'),
  none('Đoàn công tác đã đến Cao Bằng để khảo sát.', 'Cao Bằng'),
  none('Lâm Đồng là tỉnh có nhiều đồi chè.', 'Lâm Đồng'),
  none('Người dân Thái Bình chuẩn bị cho vụ mùa.', 'Thái Bình'),
  none('Hà Giang đón hàng nghìn du khách mỗi năm.', 'Hà Giang'),
  none('Giá nhà ở TP Hồ Chí Minh tiếp tục tăng.', 'Hồ Chí Minh'),
  none('Sân bay lớn nhất thành phố Hồ Chí Minh đang quá tải.', 'Hồ Chí Minh'),
  none('Từ Hà Nội, đoàn xe tiếp tục đi lên phía bắc.', 'Từ Hà Nội'),
  none('Cửa hàng nằm trên đường Lê Duẩn, gần ga tàu.', 'Lê Duẩn'),
  none('Tuyến phố Trần Hưng Đạo sẽ cấm xe vào cuối tuần.', 'Trần Hưng Đạo'),
  none('Học sinh trường THPT Lê Quý Đôn đạt nhiều giải thưởng.', 'Lê Quý Đôn'),
  // A specialized school named for a person: `THPT chuyên`, `trường chuyên`.
  none('Em Vũ Minh Châu, học sinh Trường THPT chuyên Trần Đại Nghĩa, giành giải nhì.', 'Trần Đại Nghĩa'),
  none('Cô từng dạy ở trường chuyên Hùng Vương nhiều năm.', 'Hùng Vương'),
  // The student before the school is a person all the same.
  person('Em Vũ Minh Châu, học sinh Trường THPT chuyên Trần Đại Nghĩa, giành giải nhì.', 'Vũ Minh Châu', 'Vũ Minh Châu'),
  none('Nhiều phụ huynh đưa con đến trường Trần Phú từ sớm.', 'Trần Phú'),
  // `số N` before a name is a house number, unless a seed, a rank or a shirt goes before it.
  none('Cửa hàng mới mở tại số 12 Lê Văn Sỹ.', 'Lê Văn Sỹ'),
  person('Tay vợt trẻ đã đánh bại hạt giống số 1 Phạm Văn Khánh sau ba game.', 'Phạm Văn Khánh', 'Phạm Văn Khánh'),
  person('Cầu thủ mặc áo số 10 Trần Quốc Việt ghi bàn duy nhất.', 'Trần Quốc Việt', 'Trần Quốc Việt'),
  none('Bệnh nhân được chuyển lên Bệnh viện Bạch Mai.', 'Bạch Mai'),
  none('Tòa nhà ở số 8 Lê Thánh Tông đã được sửa chữa.', 'Lê Thánh Tông'),
  none('Công ty Hoàng Anh Gia Lai công bố kết quả kinh doanh.', 'Hoàng Anh'),
  // A company called later by the proper name that ends its name, though that name starts with a family name; a
  // person of a title or honorific with the same name is still one.
  none('Công ty Cổ phần Gốm Lý Minh Khang (mã chứng khoán: LMK) vừa xuất lô hàng đầu. Năm nay Lý Minh Khang mở thêm xưởng.', 'Lý Minh Khang mở'),
  none('Tập đoàn Hồ Thanh Vân (HTV) báo lãi. Giới phân tích đánh giá Hồ Thanh Vân là doanh nghiệp ổn định.', 'Hồ Thanh Vân là'),
  person('Công ty Cổ phần Gốm Lý Minh Khang (mã chứng khoán: LMK) vừa xuất lô hàng đầu. Ông Lý Minh Khang, người sáng lập, cho biết.', 'Lý Minh Khang,', 'Lý Minh Khang'),
  person('Trường Tiểu học Trần Quốc Toản khai giảng. Trần Quốc Toản là tấm gương của thiếu nhi.', 'Trần Quốc Toản là', 'Trần Quốc Toản'),
  // `Giáo dục Đại học` a level of education, a department's field: the name after it is its head's; a school's
  // head word before `Đại học` names a school for a person.
  person('Vụ trưởng Vụ Giáo dục Đại học Trần Minh Tuấn trả lời báo chí.', 'Trần Minh Tuấn', 'Trần Minh Tuấn'),
  person('Phó Vụ trưởng Vụ Giáo dục Tiểu học Lê Thị Hồng cho biết sách đã in xong.', 'Lê Thị Hồng', 'Lê Thị Hồng'),
  none('Hiệu trưởng Trường Đại học Lương Thế Vinh trao bằng cho tân khoa.', 'Lương Thế Vinh'),
  none('Cầu Long Biên đã hơn một trăm tuổi.', 'Long Biên'),
  none('Phó Chủ tịch nước đã tiếp đoàn.', 'Phó Chủ'),
  none('Ông Chủ tịch xã đến thăm từng hộ gia đình.', 'Chủ tịch'),
  none('Bà Giám đốc cho biết doanh thu đã tăng.', 'Giám đốc'),
  none('Thí sinh phải làm bài thi tiếng Anh trong 60 phút.', 'Anh'),
  none('Nước Anh và Pháp đã ký thỏa thuận.', 'Anh'),
  none('Anh Quốc là điểm đến của nhiều du học sinh.', 'Anh Quốc'),
  none('Bà con nông dân phấn khởi vì được mùa.', 'Bà con'),
  none('Ông bà ta thường nói: ăn quả nhớ kẻ trồng cây.', 'Ông bà'),
  none('Dịch Covid-19 ảnh hưởng nặng nề đến sản xuất.', 'Covid-19'),
  none('Chủ tịch WG1 và WG2 đã họp trực tuyến.', 'WG1'),
  none('Doanh nghiệp cần thích ứng với công nghiệp 4.0.', '4.0'),
  none('Thông tư 12/2023/TT-BKHCN có hiệu lực từ tháng 6.', '12/2023/TT-BKHCN'),
  none('Cao điểm mùa du lịch bắt đầu từ tháng Sáu.', 'Cao'),
  none('Mai Châu là điểm đến hấp dẫn ở Hòa Bình.', 'Hòa Bình'),
  // A place of three words (a region) is no given name, even right after a family name inside a school's name; a
  // place of two words may be (`Hòa Bình`).
  none('Hiệu trưởng Trường ĐH Nông Lâm Nam Trung Bộ trao bằng cho sinh viên.', 'Nông Lâm'),
  none('Thầy Lâm Văn Tây giảng dạy ở Trường Đại học Nông Lâm Bắc Trung Bộ hơn 20 năm.', 'Lâm Bắc Trung Bộ'),
  person('Thầy Lâm Văn Tây giảng dạy ở Trường Đại học Nông Lâm Bắc Trung Bộ hơn 20 năm.', 'Lâm Văn Tây', 'Lâm Văn Tây'),
  person('Phát biểu tại hội nghị, Nguyễn Hòa Bình nhấn mạnh vai trò của tư pháp.', 'Nguyễn Hòa Bình', 'Nguyễn Hòa Bình'),
  none('Hội nhập quốc tế về TCĐLCL: Biến thách thức thành cơ hội!', 'Biến'),
  none('Đồng Nai thu hút nhiều vốn đầu tư nước ngoài.', 'Đồng Nai'),
  none('Cùng với Nhật Bản, Hàn Quốc là đối tác quan trọng.', 'Hàn Quốc'),
  none('Thành viên đến từ Ninh Bình và Thái Nguyên.', 'Ninh Bình'),
  none('Thành viên đến từ Ninh Bình và Thái Nguyên.', 'Thái Nguyên'),
  none('Trân trọng cảm ơn ông!', 'ông'),
  none('Vậy ông có đánh giá như thế nào về những kết quả này?', 'ông'),
  none('Sáng Chủ Nhật, khu phố tổ chức dọn vệ sinh.', 'Chủ Nhật'),
  none('Tư tưởng của ông được nhiều người nhắc lại.', 'Tư'),
  none('Hội thảo Quốc Tế Về Năng Suất Lao Động Trong Kỷ Nguyên Số', 'Năng Suất'),
  none('Đoàn Thanh niên phát động phong trào tình nguyện.', 'Đoàn Thanh'),
  // A romanized given name keeps its lower-case syllables after the hyphen; a transliterated place is no name.
  person('HLV Kim Sang-sik hài lòng với kết quả trận đấu.', 'Kim Sang-sik', 'Kim Sang-sik'),
  person('Ông Park Hang-seo từng dẫn dắt đội tuyển Việt Nam.', 'Park Hang-seo', 'Park Hang-seo'),
  none('Đoàn khách từ Mát-xcơ-va đến Hà Nội vào sáng nay.', 'Mát-xcơ-va'),
  person('Đại diện ngân hàng, bà Đoàn Thu Hà, cho biết lãi suất ổn định.', 'Đoàn Thu Hà', 'Đoàn Thu Hà'),
  none('Sông Hồng chảy qua nhiều tỉnh phía bắc.', 'Hồng'),
  none('Văn Miếu là điểm tham quan nổi tiếng.', 'Văn Miếu'),
  none('Trong nhiệm kỳ Chủ tịch vừa qua, Việt Nam luôn chủ động.', 'Chủ tịch'),
  none('Giải Trần Văn Ơn được trao cho học sinh giỏi.', 'Trần Văn Ơn'),
  none('Những ý kiến của đại diện Ban thư ký ASEAN đã được ghi nhận.', 'Ban thư ký ASEAN'),
];

/** Names after a post title, its organization or its country: no Vietnamese family name needed. */
const NAMES_AFTER_POSTS: CorpusExample<'people'>[] = [
  person('Quốc vụ khanh Bộ Ngoại giao Ấn Độ Rajesh Kumar sang thăm Hà Nội.', 'Rajesh Kumar', 'Rajesh Kumar'),
  person('Tổng thống Mỹ Joe Biden phát biểu tại hội nghị.', 'Joe Biden', 'Joe Biden'),
  person('Trưởng đại diện UNICEF tại Việt Nam Anna Berg thăm trường học vùng cao.', 'Anna Berg', 'Anna Berg'),
  person('Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu trao quà cho du học sinh.', 'Phạm Quang Hiệu', 'Phạm Quang Hiệu'),
  person('Quốc vụ khanh Bộ Ngoại giao Ấn Độ Rajesh Kumar sang thăm. Ông Kumar gặp doanh nghiệp.', 'Kumar gặp', 'Rajesh Kumar'),
  // A foreign name right before the post set beside it.
  person('Rajesh Kumar, Quốc vụ khanh Bộ Ngoại giao Ấn Độ, đã sang thăm. Ông Kumar gặp doanh nghiệp.', 'Rajesh Kumar', 'Rajesh Kumar'),
  person('Theo Anna Berg, Trưởng đại diện UNICEF tại Việt Nam, trẻ em cần được bảo vệ.', 'Anna Berg', 'Anna Berg'),
  none('Theo Anna Berg, Trưởng đại diện UNICEF tại Việt Nam, trẻ em cần được bảo vệ.', 'Theo'),
  none('Hà Nội, Thủ đô của Việt Nam, đón khách quốc tế.', 'Hà Nội'),
  // `Chủ tịch Hồ Chí Minh` is the person, the city is written with its prefix (`TP Hồ Chí Minh`).
  person('Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn độc lập năm 1945.', 'Hồ Chí Minh', 'Hồ Chí Minh'),
  none('Chủ tịch Hồ Chí Minh từng sống ở đây. Nay TP Hồ Chí Minh là đô thị lớn nhất.', 'TP Hồ Chí Minh'),
  // The country after the title is not part of the name.
  none('Tổng thống Mỹ Joe Biden phát biểu tại hội nghị.', 'Mỹ'),
  // An organization written in title case after a title is no person.
  none('Giám đốc Sở Y Tế Hà Nội đã ký văn bản.', 'Sở Y Tế'),
  none('Thủ tướng Nhật Bản cảm ơn Việt Nam.', 'Nhật Bản'),
  none('Tư lệnh Vùng Cảnh sát biển 1 thăm đơn vị.', 'Vùng Cảnh'),
  // A team (found by a result or a coach) between the post and a foreign name is the post's organization.
  person('Riverside Hawks thắng Coastal Bears 88-80. HLV trưởng Coastal Bears Daniel Moore nhận thua.', 'Daniel Moore', 'Daniel Moore'),
  person('Lake Owls đánh bại Hill Foxes 3-1, khiến HLV Hill Foxes Peter Grant Walsh thất vọng.', 'Peter Grant Walsh', 'Peter Grant Walsh'),
  // `ngoại binh` (a club's foreign player) before a name, like `cầu thủ`.
  person('Ngoại binh Kevin Doyle ghi 30 điểm cho đội chủ nhà.', 'Kevin Doyle', 'Kevin Doyle'),
  person('Đội khách có ngoại binh Marcus Reed chơi nổi bật.', 'Marcus Reed', 'Marcus Reed'),
  none('Đội bóng chưa đăng ký ngoại binh nào cho mùa giải mới.', 'ngoại binh'),
  // A player's place on the pitch before a name, like `cầu thủ`; `người` and a country between say where he is from.
  person('Ở phút 80, tiền vệ Lukas Novak sút xa thành bàn.', 'Lukas Novak', 'Lukas Novak'),
  person('Thủ môn người Cameroon Samuel Eto cản phá hai quả phạt đền.', 'Samuel Eto', 'Samuel Eto'),
  person('Đội bóng đã chia tay hậu vệ người Brazil Rafael Costa vào mùa hè.', 'Rafael Costa', 'Rafael Costa'),
  person('HLV người Bồ Đào Nha Rui Mendes của đội khách không hài lòng.', 'Rui Mendes', 'Rui Mendes'),
  none('Tiền vệ người Brazil ấy đã rời đội từ năm ngoái.', 'Brazil'),
  none('Thủ môn người Senegal Diouf bắt chính trong trận này.', 'Diouf'),
  // A romanized Korean given name, its syllables joined by a hyphen, after `người` and the country.
  person('Đội tuyển có thêm trợ lý người Hàn Quốc Lee Jae-won phụ trách thể lực.', 'Lee Jae-won', 'Lee Jae-won'),
  person('HLV người Hàn Quốc Choi Min-seok đã nhận lời dẫn dắt đội.', 'Choi Min-seok', 'Choi Min-seok'),
  none('HLV người Hàn Quốc Choi Min-seok đã nhận lời dẫn dắt đội.', 'Hàn Quốc'),
  // A Central Highlands name after a post: a man's `Y`, a woman's `H'`, in Vietnamese letters.
  person('Phiên tòa do Thẩm phán Y Phăng Mlô, Phó Chánh án TAND tỉnh, làm chủ tọa.', 'Y Phăng Mlô', 'Y Phăng Mlô'),
  person("Kiểm sát viên H'Ngăm Êban thực hành quyền công tố tại tòa.", "H'Ngăm Êban", "H'Ngăm Êban"),
  none('Giám đốc Trường Đại học Y Dược Tây Nguyên đã phát biểu.', 'Y Dược'),
  none('Giám đốc Sở Y Tế Đắk Lắk đã ký văn bản.', 'Y Tế'),
  none('Chị là người Mỹ Latinh đầu tiên dự giải.', 'Latinh'),
  // A European name with its own letters (`š`, `ü`, `ł`) after a post and its body, or set before a post.
  person('Tại hội nghị, Thứ trưởng Bộ Ngoại giao Ba Lan Paweł Kowalski đã phát biểu.', 'Paweł Kowalski', 'Paweł Kowalski'),
  person('Đại sứ Đức Jürgen Weber cho biết hai nước sẽ ký hiệp định.', 'Jürgen Weber', 'Jürgen Weber'),
  person('Ông Jiří Dvořák, Chủ tịch Phòng Thương mại Séc, dự lễ ký.', 'Jiří Dvořák', 'Jiří Dvořák'),
  // A titled body's place abroad (`tại` a country), then its holder's full name.
  person('Chủ tịch Hội người Việt Nam tại Pháp Đỗ Văn An phát biểu tại buổi lễ.', 'Đỗ Văn An', 'Đỗ Văn An'),
  // No title before the body: the country and the words after it stay one run.
  none('Đoàn đã làm việc tại Pháp Đỗ Văn An cùng đi.', 'Đỗ Văn An'),
  // Letters Vietnamese writes too (`à`, `ê`), with none of its own: no foreign name.
  none('Giám đốc Sở Y Tế Bà Rịa cho biết.', 'Bà Rịa'),
  none('Giám đốc Sở Y Tế Bà Rịa cho biết.', 'Y Tế'),
  // `Đoàn` a family name after a coach's title or a team's name, not a delegation.
  person('HLV Đoàn Quang Vinh hài lòng với các học trò.', 'Đoàn Quang Vinh', 'Đoàn Quang Vinh'),
  person('Tại phiên tòa, bị cáo Đoàn Minh Khang (43 tuổi) thừa nhận hành vi.', 'Đoàn Minh Khang', 'Đoàn Minh Khang'),
  person('Cơ quan điều tra đã triệu tập bị can Đoàn Thị Ngọc Mai để làm rõ.', 'Đoàn Thị Ngọc Mai', 'Đoàn Thị Ngọc Mai'),
  person('HLV trưởng Sông Lam Nghệ An Đoàn Văn Tâm chưa muốn nói về kết quả.', 'Đoàn Văn Tâm', 'Đoàn Văn Tâm'),
  none('HLV trưởng Sông Lam Nghệ An Đoàn Văn Tâm chưa muốn nói về kết quả.', 'Nghệ An'),
  none('Giám đốc Sở Y tế Kiên Giang Trần Văn Hùng cho biết như vậy.', 'Kiên Giang'),
  person('Giám đốc Sở Y tế Kiên Giang Trần Văn Hùng cho biết như vậy.', 'Trần Văn Hùng', 'Trần Văn Hùng'),
  none('HLV trưởng Coastal Bears Daniel Moore nhận thua khi Riverside Hawks thắng Coastal Bears 88-80.', 'Coastal Bears'),
];

/** Places, years and works whose names look like people's. */
const NAMES_THAT_ARE_NOT_PEOPLE: CorpusExample<'people'>[] = [
  // An underground station named like a person (`ga ngầm`), as a station is (`ga`).
  none('Đoàn tàu dừng ở ga ngầm Lê Lợi trước khi về depot.', 'Lê Lợi'),
  person('Kỹ sư Trần Văn Hòa giám sát thi công ga ngầm số 3.', 'Trần Văn Hòa', 'Trần Văn Hòa'),
  // A district the article names with its prefix once is that district everywhere in it.
  none('Huyện Tân Lạc vừa đạt chuẩn nông thôn mới. Năm nay, Tân Lạc có thêm ba xã về đích.', 'Năm nay, Tân Lạc'),
  none('Người dân xã Hà Lâm phấn khởi. Hà Lâm đã có đường nhựa tới từng thôn.', 'Hà Lâm đã'),
  person('Người dân xã Hà Lâm phấn khởi. Ông Hà Văn Lâm là trưởng thôn.', 'Hà Văn Lâm', 'Hà Văn Lâm'),
  // A two-word name the article gives to a festival (or a street) is that thing wherever it stands.
  none('Lễ hội Hoa Ban mở màn tối qua. Cuộc thi Người đẹp Hoa Ban thu hút 30 thí sinh.', 'Người đẹp Hoa Ban'),
  none('Lễ hội Hoa Ban mở màn tối qua.', 'Hoa Ban'),
  // Lunar years: a heavenly stem and an earthly branch.
  none('Tết Giáp Thìn năm nay rơi vào tháng Hai.', 'Giáp Thìn'),
  none('Dịp Tết Quý Mão, nhiều gia đình về quê sum họp.', 'Quý Mão'),
  none('Xuân Canh Tý đến trong lúc dịch bệnh bùng phát.', 'Canh Tý'),
  person('Ông Giáp Văn Thìn là chủ nhiệm hợp tác xã.', 'Giáp Văn Thìn', 'Giáp Văn Thìn'),
  // Common nouns written with capitals that open with a family name: the clergy, a weather phenomenon.
  none('Nhà chùa mở lớp bồi dưỡng cho Tăng Ni trẻ.', 'Tăng Ni'),
  none('Các chuyên gia dự báo La Nina sẽ kéo dài tới mùa xuân.', 'La Nina'),
  none('Thư viện đang số hóa kho tư liệu Hán Nôm của dòng họ.', 'Hán Nôm'),
  none('Sách giải nghĩa hơn 3.000 từ Hán Việt thông dụng.', 'Hán Việt'),
  person('Ông Tăng Văn Ni là chủ nhiệm hợp tác xã.', 'Tăng Văn Ni', 'Tăng Văn Ni'),
  person('Ông Hán Văn Nôm là chủ nhiệm hợp tác xã.', 'Hán Văn Nôm', 'Hán Văn Nôm'),
  // Landmarks after where one walks: `phố đi bộ Hồ Gươm`, `quanh Hồ Tây`.
  none('Du khách dạo phố đi bộ Hồ Gươm vào tối cuối tuần.', 'Hồ Gươm'),
  none('Nhiều người chạy bộ quanh Hồ Tây mỗi sáng.', 'Hồ Tây'),
  // Power plants, dams, stations, regions, craft villages and projects named like people.
  none('Nhà máy thủy điện Hà Tây Thượng xả lũ từ chiều qua.', 'Hà Tây Thượng'),
  none('Khu dân cư vùng Đồng Lau được quy hoạch lại.', 'Đồng Lau'),
  none('Đoàn tàu dừng ở ga Phan Thủy trong 10 phút.', 'Phan Thủy'),
  none('Cụm công nghiệp làng nghề Trần Xá rộng 10 ha.', 'Trần Xá'),
  none('Chủ đầu tư mở bán dự án Minh Lâm Garden tại Long Biên.', 'Lâm Garden'),
  person('Theo dự án, Lê Minh Đức sẽ làm chủ nhiệm đề tài.', 'Lê Minh Đức', 'Lê Minh Đức'),
  // A word longer than any Vietnamese syllable is a foreign word of a building's name, not a given name.
  none('Căn hộ Hoàng Residence có giá 60 triệu đồng một mét vuông.', 'Hoàng Residence'),
  // A capital that opens a noun whose second syllable follows in lower case (`Hồ Thủy điện`): the lake.
  none('Hồ Thủy điện Sông Tranh đang tích nước.', 'Hồ Thủy'),
  person('Ông Hồ Thủy cho biết đê đã được gia cố.', 'Hồ Thủy', 'Hồ Thủy'),
  // Crafts and produce named for their village: no person.
  none('Bộ sưu tập gốm hoa lam Chu Đậu được trưng bày lần đầu.', 'Chu Đậu'),
  none('Du khách mua gốm Chu Đậu làm quà.', 'Chu Đậu'),
  none('Vụ này, cam Hàm Yên được giá hơn năm ngoái.', 'Hàm Yên'),
  none('Mỗi ngày có hàng trăm xe hàng qua cửa khẩu Lào Cai.', 'Lào Cai'),
  // Irrigation works named like people.
  none('Trạm bơm tiêu úng Hòa Bình 2 đã chạy 10 tổ máy từ đêm qua.', 'Hòa Bình'),
  none('Nước được bơm ra sông qua trạm bơm Minh Tân cũ.', 'Minh Tân'),
  none('Công nhân đóng cống Phú Lương để ngăn mặn.', 'Phú Lương'),
  // Any station by its place (a gauge), its head a person.
  none('Lượng mưa tại trạm Hoàng Sa đo được 410mm, mực nước tại trạm Lê Thủy lên nhanh.', 'Lê Thủy'),
  none('Trong 5 ngày, trạm Đồng Tâm (Hà Giang) đo được 600mm.', 'Đồng Tâm'),
  person('Trưởng trạm Lê Văn Hòa cho biết nước đã rút.', 'Lê Văn Hòa', 'Lê Văn Hòa'),
  person('Ông Đỗ Minh Tâm, phó trạm khí tượng, cho biết mưa còn kéo dài.', 'Đỗ Minh Tâm', 'Đỗ Minh Tâm'),
  none('Đoàn khảo sát vào rừng Cúc Phương từ sáng sớm.', 'Cúc Phương'),
  // Parks, zones and dumps of three words or two, named like people; a holder's full name after a zone his title
  // names stays a person.
  none('Xưởng mới đặt ở Khu công nghiệp Hà Lộc, cách tỉnh lỵ 12 km.', 'Hà Lộc'),
  none('Công nhân được bố trí nhà ở tại khu đô thị Lê Hòa.', 'Lê Hòa'),
  none('Đoàn khảo sát vào vườn quốc gia Hoàng Liên từ sáng sớm.', 'Hoàng Liên'),
  none('Xe chở rác không còn vào bãi rác Phạm Xá sau tháng 6.', 'Phạm Xá'),
  person('Trưởng Ban quản lý khu công nghiệp Lê Văn Hòa cho biết đã có 12 nhà đầu tư.', 'Lê Văn Hòa', 'Lê Văn Hòa'),
  person('Bộ trưởng Bộ Công nghiệp Đặng Văn Chi đã ký quyết định.', 'Đặng Văn Chi', 'Đặng Văn Chi'),
  none('Cơ sở sản xuất phân bón Hoàng Phát bị phạt 30 triệu đồng. Sản phẩm của Hoàng Phát không đạt chuẩn.', 'của Hoàng Phát'),
  // a substance named like a person: a word and a single letter after `chất`
  none('Đoàn kiểm tra lấy mẫu măng để tìm chất Vàng O.', 'Vàng O'),
  none('Lô hàng bị trả về vì nhiễm hóa chất Xanh B.', 'Xanh B'),
  person('Lô hàng do ông Trần Văn Chất kiểm tra.', 'Trần Văn Chất', 'Trần Văn Chất'),
  person('Nhà vườn của ông Hoàng Phát có 2 ha cam.', 'Hoàng Phát', 'Hoàng Phát'),
  none('Bảo tàng trưng bày chiếc trống đồng Mai Lĩnh tìm thấy năm 1960.', 'Mai Lĩnh'),
  // An ethnic group's name, and a name that starts with it, is no person.
  none('Lễ hội của người Hà Nhì diễn ra vào tháng 6 âm lịch.', 'Hà Nhì'),
  none('Đội văn nghệ La Chí Bản Phùng biểu diễn tối qua.', 'La Chí Bản Phùng'),
  person('Ông Hà Văn Nhì, Trưởng bản, đón khách.', 'Hà Văn Nhì', 'Hà Văn Nhì'),
  // An area's name, and the names listed after it, are places.
  none('Mô hình được thử trước ở khu vực Cẩm Khê và Lâm Hà, nơi mất trộm nhiều.', 'Lâm Hà'),
  none('Mưa lớn kéo dài trên địa bàn Hạ Hòa, Phù Ninh và Đoan Hùng.', 'Đoan Hùng'),
  // Names joined to a place by a dash, or given after it with `như` as its parts, are places too.
  none('Tàu khách chạy tuyến ga Đà Nẵng – Lê Trạch mỗi ngày hai chuyến.', 'Lê Trạch'),
  none('Rau được thu mua ở ngoại thành Hà Nội như Sóc Sơn, Phan Đông rồi chở vào chợ.', 'Phan Đông'),
  person('Đoàn công tác từ Hà Nội – ông Lê Văn Tám dẫn đầu – đã tới nơi.', 'Lê Văn Tám', 'Lê Văn Tám'),
  // Names given with `như` as examples of the places a plural kind names, and those listed after them, are places.
  none('Lũ quét gây thiệt hại ở các xã miền núi như Hà Tiến, Lâm Sơn.', 'Hà Tiến'),
  none('Lũ quét gây thiệt hại ở các xã miền núi như Tam Lư, Mai Hạ, Lâm Sơn.', 'Lâm Sơn'),
  person('Nhiều cán bộ như Lâm Văn Sơn, Hà Thị Mai đã tham gia.', 'Hà Thị Mai', 'Hà Thị Mai'),
  // A full name with a middle name after a place is a person's.
  person('Buổi làm việc tại Hà Nội và Lê Văn Tám chủ trì đã kết thúc.', 'Lê Văn Tám', 'Lê Văn Tám'),
  // A longer name after the artefact is its maker's or finder's.
  person('Nghệ nhân đúc trống đồng Nguyễn Văn Tuấn giới thiệu khuôn đúc.', 'Nguyễn Văn Tuấn', 'Nguyễn Văn Tuấn'),
  // A plant's variety after `giống`, or in a list of varieties after `giống ... như`: no person.
  none('Hợp tác xã chuyển sang trồng giống Kim Ngân cho năng suất cao.', 'Kim Ngân'),
  none('Xã khuyến khích các giống chè mới như TRI777, Kim Ngân để tăng giá trị.', 'Kim Ngân'),
  none('Bà con gieo các giống lúa thơm như ST25, Đài Thơm, Hồng Hà trên cánh đồng lớn.', 'Hồng Hà'),
  person('Bé gái trông giống như Lê Thu Hà hồi nhỏ.', 'Lê Thu Hà', 'Lê Thu Hà'),
  person('Trại giống có các kỹ sư như Trần Văn Hải, Lê Minh Tú làm việc.', 'Lê Minh Tú', 'Lê Minh Tú'),
  person('Các chuyên gia như Lê Minh, Kim Ngọc đã đến dự hội thảo.', 'Kim Ngọc', 'Kim Ngọc'),
  none('Làng nghề giữ gìn nghề dệt lụa Vạn Phúc hàng trăm năm.', 'Vạn Phúc'),
  person('Nghệ nhân gốm Trần Văn Độ giới thiệu quy trình nung.', 'Trần Văn Độ', 'Trần Văn Độ'),
  // The state's honorary titles (`Ưu tú`, `Nhân dân`) of craftsmen and doctors are no names; the name after them is.
  none('Nghệ nhân Ưu tú Lê Văn Sáu truyền nghề cho lớp trẻ.', 'Ưu tú'),
  person('Nghệ nhân Ưu tú Lê Văn Sáu truyền nghề cho lớp trẻ.', 'Lê Văn Sáu', 'Lê Văn Sáu'),
  // the honorary title in lower case, before a family name the lexicon does not know
  person('Làng mời nghệ nhân ưu tú Đàng Thị Lựu đứng lớp.', 'Đàng Thị Lựu', 'Đàng Thị Lựu'),
  none('Làng mời nghệ nhân ưu tú Đàng Thị Lựu đứng lớp.', 'ưu tú'),
  person('Thầy thuốc nhân dân Lò Văn Pọm khám cho bà con.', 'Lò Văn Pọm', 'Lò Văn Pọm'),
  none('Thầy thuốc Nhân dân Phạm Thị Hoa khám miễn phí cho bà con.', 'Thầy thuốc Nhân dân'),
  person('Đại sứ Nguyễn Văn Hùng dự buổi khai mạc.', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hùng'),
  // Works listed after a noun for them and `như`.
  none('Đoàn diễn các trích đoạn chèo như Lưu Bình Dương Lễ, Xúy Vân giả dại.', 'Lưu Bình Dương Lễ'),
  none('Khán giả nhớ các vở diễn nổi tiếng như Tô Thị Vọng Phu.', 'Tô Thị Vọng Phu'),
  none('Nhà hát dựng lại vở Quan Âm Thị Kính.', 'Quan Âm Thị Kính'),
  // the work's name in quotes after its kind; a person quoted after a word of address stays a person
  none('Đoàn sẽ diễn vở "Lưu Bình Dương Lễ" tại sân đình.', 'Lưu Bình Dương Lễ'),
  none('Rạp chiếu lại bộ phim “Vũ Như Tô” vào tối thứ Bảy.', 'Vũ Như Tô'),
  person('Khán giả gọi ông là "Trần Văn Chèo" của làng.', 'Trần Văn Chèo', 'Trần Văn Chèo'),
  person('Các đại biểu như Nguyễn Văn Thắng đều đồng tình.', 'Nguyễn Văn Thắng', 'Nguyễn Văn Thắng'),
  // Districts, islands and foreign provinces that begin with a family name, and names after `tại` / `ở`.
  none('Dự án nằm tại Hoàng Mai, gần nút giao lớn.', 'Hoàng Mai'),
  none('Dịch bệnh bùng phát ở Vũ Hán rồi lan ra nhiều nơi.', 'Vũ Hán'),
  none('Du khách đổ về Lý Sơn để ngắm biển.', 'Lý Sơn'),
  none('Cửa hàng mới khai trương ở Lương Tài hôm qua.', 'Lương Tài'),
  person('Giải thưởng được trao cho Lý Sơn Hải, sinh viên năm ba.', 'Lý Sơn Hải', 'Lý Sơn Hải'),
  none('Các nước Phương Tây áp đặt lệnh trừng phạt mới.', 'Phương Tây'),
  none('Du khách tham quan Hoàng Thành Thăng Long vào dịp cuối tuần.', 'Hoàng Thành'),
  // Places of a family name the gazetteer may not list: a district, the oceans.
  none('Nhà đầu tư đã chọn Yên Bình để đặt nhà máy thứ hai.', 'Yên Bình'),
  none('Giải đấu khu vực châu Á - Thái Bình Dương diễn ra tại Singapore.', 'Thái Bình Dương'),
  none('Con tàu vượt Đại Tây Dương trong 12 ngày.', 'Đại Tây Dương'),
  // software and sites named like people: `ứng dụng Minh Tâm`
  none('Nông dân chụp ảnh lá bệnh rồi gửi lên ứng dụng Bảo Lâm để được tư vấn.', 'Bảo Lâm'),
  none('Nền tảng Hòa An đã có hơn 10.000 người dùng.', 'Hòa An'),
  person('Kỹ sư Trần Văn Tâm ứng dụng trí tuệ nhân tạo vào canh tác.', 'Trần Văn Tâm', 'Trần Văn Tâm'),
  person('Vận động viên Thái Bá Dương giành huy chương vàng.', 'Thái Bá Dương', 'Thái Bá Dương'),
  // Industrial parks, export zones, clusters and economic zones after their acronyms.
  none('Doanh nghiệp thuê đất tại KCN Lê Minh Xuân từ năm 2020.', 'Lê Minh Xuân'),
  // the park's kind and its acronym in brackets before the name: the bracket stands for the kind
  none('Nhà xưởng nằm trong Khu công nghiệp (KCN) Phan Văn Trị, tỉnh Bình Phước.', 'Phan Văn Trị'),
  none('Doanh nghiệp đặt kho trong Khu kinh tế (KKT) Hồ Sơn Đông từ năm ngoái.', 'Hồ Sơn Đông'),
  // a name of three syllables after a kind of place of three and a word of where is the site's; after a body's
  // title it is the holder's (`Trưởng Ban quản lý khu công nghiệp Lê Văn Hòa`, above)
  none('Cháy lớn tại xưởng gỗ trong khu công nghiệp Đồng Văn Tây, công an vào cuộc.', 'Đồng Văn Tây'),
  none('Nhà đầu tư rót vốn vào khu kinh tế Lê Thủy Bắc từ năm ngoái.', 'Lê Thủy Bắc'),
  // a plant named for its place after what it makes: `nhà máy nước`, `nhà máy điện`
  none('Công nhân vận hành bể lắng tại nhà máy nước Đào Xá.', 'Đào Xá'),
  none('Tổ máy số 2 của nhà máy điện Lạc Hòa đã phát điện.', 'Lạc Hòa'),
  person('Giám đốc nhà máy nước Trần Quốc Vinh cho biết nguồn nước đã ổn định.', 'Trần Quốc Vinh', 'Trần Quốc Vinh'),
  none('Ba dự án mới được cấp phép vào KKT Vũ Lâm.', 'Vũ Lâm'),
  person('Bộ trưởng Bộ Công nghiệp Lê Huy Ngọ dự buổi lễ.', 'Lê Huy Ngọ', 'Lê Huy Ngọ'),
  // A people's name before `kiều` (living abroad).
  none('Đội bổ sung thêm các cầu thủ Việt kiều có chất lượng.', 'Việt'),
  none('Nhiều doanh nhân Hoa kiều về dự hội chợ.', 'Hoa'),
  person('Cầu thủ Việt ghi bàn ở phút cuối.', 'Việt', 'Việt'),
];

/**
 * Roads and junctions named after people: after a kind of road (`đường`, `phố`, `nút giao thông`, `giao lộ`, `ngã
 * tư`, `vòng xoay`), or joined by a dash to a road (`Quốc lộ 1 – Nguyễn Văn Linh`). A word of address before the
 * name keeps it a person, and so does a dash after a person or a town.
 */
const ROAD_NAMES: CorpusExample<'people'>[] = [
  none('Sở GTVT khởi công dự án nút giao thông Quốc lộ 1 – Nguyễn Văn Linh, tổng mức đầu tư hơn 1.200 tỷ đồng.', 'Nguyễn Văn Linh'),
  none('Xe đi trên đường Nguyễn Văn Linh rất đông vào giờ cao điểm.', 'Nguyễn Văn Linh'),
  none('Cửa hàng nằm trên phố Hàng Bài, gần hồ Hoàn Kiếm.', 'Hàng Bài'),
  none('Giao lộ Nguyễn Văn Linh – Nguyễn Hữu Thọ thường xuyên ùn tắc.', 'Nguyễn Văn Linh'),
  none('Giao lộ Nguyễn Văn Linh – Nguyễn Hữu Thọ thường xuyên ùn tắc.', 'Nguyễn Hữu Thọ'),
  none('Nút giao Nguyễn Văn Linh – Quốc lộ 50 đã thông xe.', 'Nguyễn Văn Linh'),
  none('Ngã tư Lê Văn Lương – Tố Hữu thường xuyên ùn tắc.', 'Lê Văn Lương'),
  none('Sau nút giao thông Nguyễn Văn Linh, xe đi tiếp về phía cảng.', 'Nguyễn Văn Linh'),
  none('Vòng xoay Nguyễn Văn Linh được mở rộng từ tháng trước.', 'Nguyễn Văn Linh'),
  none('Xe tải lật trên Quốc lộ 1A sáng nay.', 'Quốc lộ 1A'),
  person('Ông Nguyễn Văn Linh đi trên đường về nhà thì gặp mưa.', 'Nguyễn Văn Linh', 'Nguyễn Văn Linh'),
  person('Ông Nguyễn Văn Linh – Giám đốc Sở GTVT cho biết dự án đúng tiến độ.', 'Nguyễn Văn Linh', 'Nguyễn Văn Linh'),
  person('Về tuyến Quốc lộ 1 – ông Nguyễn Văn Linh cho biết sẽ sửa trong tháng.', 'Nguyễn Văn Linh', 'Nguyễn Văn Linh'),
  // A dash after a person, a town or a body: a list, an apposition, never a road.
  person('Ông Trần Văn Nam – Nguyễn Văn Linh phát biểu sau đó.', 'Nguyễn Văn Linh', 'Nguyễn Văn Linh'),
  person('Chủ tịch UBND thành phố Hà Nội – Trần Sỹ Thanh chỉ đạo khắc phục.', 'Trần Sỹ Thanh', 'Trần Sỹ Thanh'),
  person('Phó Chủ tịch Hội Cầu đường Việt Nam – Nguyễn Văn An phát biểu.', 'Nguyễn Văn An', 'Nguyễn Văn An'),
];

/** A reporter's name that begins with a one-word country (`Đức` is Germany): still a name in the byline. */
const BYLINE_COUNTRY_WORDS: CorpusExample<'people'>[] = [
  person(
    'Xuất khẩu tăng mạnh\nNgười viết: Đức Anh - Ngày viết: 05/06/2023 08:15\nXuất khẩu tăng trong tháng 5.\nDoanh nghiệp lạc quan.',
    'Đức Anh', 'Đức Anh',
  ),
  person(
    'Chợ quê ngày Tết\nPhiên chợ cuối năm rất đông.\nNgười bán kẻ mua tấp nập.\nAi cũng vui.\nNga Phương',
    'Nga Phương', 'Nga Phương',
  ),
];

/**
 * The holder's name after a title and a body of local government with its level but no place (unit-holder-names.ts):
 * three or four syllables, a family name first. Two syllables, a listed place or no title before are the unit's name.
 */
const HOLDERS_AFTER_UNITS: CorpusExample<'people'>[] = [
  person('Chủ tịch UBND tỉnh Nguyễn Đức Trung chủ trì cuộc họp.', 'Nguyễn Đức Trung', 'Nguyễn Đức Trung'),
  person('Phó Chủ tịch UBND huyện Lê Văn An cho biết sẽ triển khai ngay.', 'Lê Văn An', 'Lê Văn An'),
  person('UBND tỉnh Nghệ An họp. Chủ tịch UBND tỉnh Nguyễn Đức Trung đã ký quyết định.', 'Nguyễn Đức Trung', 'Nguyễn Đức Trung'),
  person('Chủ tịch Ủy ban nhân dân thành phố Trần Thị Thu Hà phát biểu.', 'Trần Thị Thu Hà', 'Trần Thị Thu Hà'),
  person('Chủ tịch HĐND xã Phạm Văn Hùng cho biết thêm.', 'Phạm Văn Hùng', 'Phạm Văn Hùng'),
  person('Giám đốc Công an tỉnh Đinh Văn Nơi chỉ đạo phá án.', 'Đinh Văn Nơi', 'Đinh Văn Nơi'),
  // Once read as the chairman, the name is a person elsewhere in the article too.
  person('Chủ tịch UBND tỉnh Nguyễn Đức Trung ký quyết định. Nguyễn Đức Trung yêu cầu khẩn trương.', 'Trung yêu', 'Nguyễn Đức Trung'),
  // The place after the level: two syllables, listed, or with no title before the body.
  none('Chủ tịch UBND huyện Mai Sơn cho biết sẽ hỗ trợ.', 'Mai Sơn'),
  none('Chủ tịch UBND tỉnh Lâm Đồng ký quyết định.', 'Lâm Đồng'),
  none('Chủ tịch UBND huyện Hoàng Su Phì cho biết.', 'Hoàng Su Phì'),
  none('Chủ tịch UBND thành phố Hồ Chí Minh cho biết.', 'Hồ Chí Minh'),
  none('Công an thành phố Hồ Chí Minh vào cuộc điều tra.', 'Hồ Chí Minh'),
  none('UBND huyện Lê Văn Thịnh được thành lập năm ngoái.', 'Lê Văn Thịnh'),
  // Units named for people of history, after their level, are the unit; bare, the person.
  none('Chủ tịch UBND phường Trần Hưng Đạo cho biết.', 'Trần Hưng Đạo'),
  none('Chủ tịch UBND huyện Trần Văn Thời cho biết.', 'Trần Văn Thời'),
  person('Trần Hưng Đạo ba lần đánh thắng quân Nguyên.', 'Trần Hưng Đạo', 'Trần Hưng Đạo'),
  person('Chủ tịch UBND TP Nguyễn Văn Dũng phát biểu.', 'Nguyễn Văn Dũng', 'Nguyễn Văn Dũng'),
  none('Trường THPT Lê Văn Thiêm tỉnh Hà Tĩnh khai giảng.', 'Hà Tĩnh'),
  // Family names of the peoples of the northern mountains start a holder's name too (`Lò`, `Giàng`, `Vàng`), and a
  // district's name of three syllables ends where such a name starts.
  person('Chủ tịch UBND huyện Lò Văn Hùng cho biết huyện sẽ hỗ trợ người dân.', 'Lò Văn Hùng', 'Lò Văn Hùng'),
  person('Chủ tịch UBND xã Giàng A Pao kiểm tra công trình.', 'Giàng A Pao', 'Giàng A Pao'),
  person('Chủ tịch UBND huyện Vàng A Sính cho biết.', 'Vàng A Sính', 'Vàng A Sính'),
  person('Chủ tịch UBND huyện Điện Biên Đông Lò Văn Mừng cho biết.', 'Lò Văn Mừng', 'Lò Văn Mừng'),
  none('Chủ tịch UBND huyện Điện Biên Đông Lò Văn Mừng cho biết.', 'Điện Biên Đông'),
  // `Lô`, a Thái family name as `Lò` is, after a rank and after a unit's name and `và` (where the unit's name ends).
  person('Gia đình Trung úy QNCN Lô Văn Tín nhận nhà mới.', 'Lô Văn Tín', 'Lô Văn Tín'),
  person('Bị cáo gồm Hà Văn Tâm, nguyên Trạm trưởng Trạm Kiểm lâm Pù Mát và Lô Thị Xuyến, nguyên thủ quỹ.', 'Lô Thị Xuyến', 'Lô Thị Xuyến'),
  none('Lô hàng gồm 20 tấn cà phê đã được thông quan.', 'Lô hàng'),
  none('Người dân huyện Sông Lô đang thu hoạch lúa.', 'Sông Lô'),
  none('Người dân huyện Điện Biên Đông đang thu hoạch lúa.', 'Điện Biên Đông'),
  none('UBND huyện Mù Cang Chải tổ chức lễ hội.', 'Mù Cang Chải'),
  none('Mùa lúa chín ở vùng cao đã tới.', 'Mùa lúa'),
  // At a sentence's start a family name that is an everyday word (`Mai`, `Cao`, `Vi`) starts a name when `Văn` or
  // `Thị` follows it and a given name after that; not a place (`Đồng Văn`) nor two words alone.
  person('Mai Văn Chính, Trưởng Ban Tổ chức Trung ương, dự lễ.', 'Mai Văn Chính', 'Mai Văn Chính'),
  person('Cao Văn Lâm cho biết sẽ trồng thêm cà phê.', 'Cao Văn Lâm', 'Cao Văn Lâm'),
  person('Vi Văn Hà, 45 tuổi, trú tại bản Na Hu.', 'Vi Văn Hà', 'Vi Văn Hà'),
  none('Đồng Văn là huyện vùng cao của Hà Giang.', 'Đồng Văn'),
  none('Mai Văn sẽ tới.', 'Mai Văn'),
  // Names of the peoples of the Central Highlands start with a capital and an apostrophe: the syllable is whole.
  person("Bà H'Hen Niê tham gia sự kiện.", "H'Hen Niê", "H'Hen Niê"),
  // Jrai family names written first, with no honorific before them.
  person("Cầu thủ ghi nhiều điểm nhất là Rơ Chăm H'Nga với 98 điểm.", "Rơ Chăm H'Nga", "Rơ Chăm H'Nga"),
  person('Dẫn đầu đoàn là Ksor Văn Thuận cùng hai cán bộ xã.', 'Ksor Văn Thuận', 'Ksor Văn Thuận'),
  // `Nay` (now) opening a sentence starts no name.
  none('Nay Ban Quản lý đã hoàn thành việc kiểm kê.', 'Nay'),
  // the given name after `Y` is the man's short name, and refers back to him; his family name alone does not
  person('Ông Y Blin Niê dẫn đoàn đi thăm rẫy. Theo ông Blin, năm nay mưa muộn.', 'ông Blin', 'Y Blin Niê'),
  // one word after `tên` and a noun of a person is that person's name; after a thing's noun it is the thing's
  person('Tài xế khai nhận được một người đàn ông tên Khải ở Vientiane thuê chở hàng.', 'Khải', 'Khải'),
  person('Theo lời khai, đối tượng tên Tâm đã đưa tiền cho bị cáo.', 'Tâm', 'Tâm'),
  none('Con tàu tên Hòa Bình cập cảng sáng qua.', 'Hòa Bình'),
  none('Ngôi trường mang tên Lê Lợi được xây năm 1990.', 'Lê Lợi'),
  // so does `Y` and the given name without the family name; a man of another given name stays himself
  person('Ông Y Khăm Êban, Trưởng thôn, dẫn đoàn đi thăm rẫy. Ông Y Khăm cho biết năm nay mưa muộn.', 'Y Khăm cho', 'Y Khăm Êban'),
  person('Ông Y Khăm Êban và ông Y Bhin cùng đi thăm rẫy.', 'Y Bhin', 'Y Bhin'),
  // a lake after `Hồ` with a Central Highlands place name is no person; a name with a Kinh given name is
  none('Hồ Ea Súp đã cạn gần hết nước.', 'Hồ Ea Súp'),
  none('Nước trong hồ Đắk Minh xuống thấp.', 'Đắk Minh'),
  person('Hồ Văn Thắng cho biết nước đã cạn.', 'Hồ Văn Thắng', 'Hồ Văn Thắng'),
  // initials alone after an honorific hide a name: no person; a family name before an initial is one
  none('Chị T.M.L. (SN 1990) đã trình báo công an.', 'T.M.L.'),
  none('Theo lời khai, chị L. đã chuyển tiền nhiều lần.', 'L.'),
  person('Đối tượng Trần Văn K. đã bị bắt.', 'Trần Văn K.', 'Trần Văn K.'),
  person("Ông K'Ting, Chủ tịch UBND xã Đạ Tông, cho biết.", "K'Ting", "K'Ting"),
  none("Ông đã về quê ở Hà Nội'S và H'mông.", "H'mông"),
  // After the courts and procuracies with their level, and after a unit of a body (`Phòng ... Công an tỉnh`).
  person('Viện trưởng Viện Kiểm sát nhân dân tỉnh Trần Văn Bình phát biểu.', 'Trần Văn Bình', 'Trần Văn Bình'),
  person('Chánh án Tòa án nhân dân tỉnh Lê Văn Dũng cho biết.', 'Lê Văn Dũng', 'Lê Văn Dũng'),
  person('Trưởng phòng Cảnh sát giao thông Công an tỉnh Nguyễn Văn Tuấn cho biết.', 'Nguyễn Văn Tuấn', 'Nguyễn Văn Tuấn'),
  none('Tòa án nhân dân tỉnh Lê Văn Dũng đã thụ lý.', 'Lê Văn Dũng'),
  // A field ending in a word that is a kind of place (`nông thôn`) makes no place of the name after it.
  person('Giám đốc Sở Nông nghiệp và Phát triển nông thôn Nguyễn Văn Hải cho biết.', 'Nguyễn Văn Hải', 'Nguyễn Văn Hải'),
  none('Người dân thôn Nguyễn Xá đã nhận hỗ trợ.', 'Nguyễn Xá'),
  // After any organization's name ending with a level, a title before it: the holder.
  person('Chủ tịch Hội Nông dân tỉnh Trần Văn Lâm phát biểu.', 'Trần Văn Lâm', 'Trần Văn Lâm'),
  person('Giám đốc Sở Y tế huyện Nguyễn Văn An cho biết.', 'Nguyễn Văn An', 'Nguyễn Văn An'),
  none('Ông Lê Văn Hòa, Chủ tịch Hội Nông dân tỉnh Nghệ An, cho biết.', 'Nghệ An'),
  none('Chủ tịch UBND tỉnh Covid-19 WG1 4.0 theo Thông tư 12/2023/TT-BKHCN.'),
];

/**
 * An abbreviated given name, as crime and court news write a suspect: one capital letter and its period, which
 * belongs to the name even at a sentence's end, or two letters of an initial consonant (`Tr.`). A full given name keeps no period; a toned vowel (`Ý`) is a syllable.
 */
const INITIALED_NAMES: CorpusExample<'people'>[] = [
  person('Công an đã tạm giữ Trần Văn B. (SN 1992, ngụ tại thị trấn) để điều tra.', 'Trần Văn B.', 'Trần Văn B.'),
  person('Người mua hàng là Phạm Thị L., 34 tuổi, làm nghề buôn bán.', 'Phạm Thị L.', 'Phạm Thị L.'),
  person('Tòa tuyên phạt bị cáo Đỗ Minh Đ. mức án 5 năm tù.', 'Đỗ Minh Đ.', 'Đỗ Minh Đ.'),
  person('Người bị bắt giữ trong đêm là Lê Quốc K.', 'Lê Quốc K.', 'Lê Quốc K.'),
  person('Tham dự buổi lễ có Nguyễn Văn Hùng. Sau đó đoàn đi thăm trường.', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hùng'),
  person('Giải nhất thuộc về Hoàng Thị Ý. Cô là học sinh lớp 9.', 'Hoàng Thị Ý', 'Hoàng Thị Ý'),
  none('Tuyến đường đi qua Hà Nội. Sau đó xe rẽ sang quốc lộ.', 'Hà Nội'),
  // Two letters of an initial consonant cluster (`Tr`, `Th`, `Ng`) keep their period too; a full syllable does not.
  person('Hai bị cáo Vũ Thị Kim Tr. (SN 2001) và Lê Văn Th. bị tuyên phạt 3 năm tù.', 'Vũ Thị Kim Tr.', 'Vũ Thị Kim Tr.'),
  person('Hai bị cáo Vũ Thị Kim Tr. (SN 2001) và Lê Văn Th. bị tuyên phạt 3 năm tù.', 'Lê Văn Th.', 'Lê Văn Th.'),
  person('Người dẫn đầu đoàn là Phạm Quang Ng. Sau đó đoàn đi thăm xưởng.', 'Phạm Quang Ng.', 'Phạm Quang Ng.'),
  person('Giải nhì thuộc về Trần Thị Ly. Cô là học sinh lớp 8.', 'Trần Thị Ly', 'Trần Thị Ly'),
  // Given names all abbreviated, each initial with its period: `Lý A. S.`, `Hoàng V. Th.`.
  person('Công an tạm giữ Lý A. S. (30 tuổi) để làm rõ nguồn gốc số hàng.', 'Lý A. S.', 'Lý A. S.'),
  person('Đối tượng cầm đầu là Hoàng V. Th., trú tại xã bên.', 'Hoàng V. Th.', 'Hoàng V. Th.'),
  person('Công an bắt Lê Thị H. Ngay sau đó, bà ta khai nhận.', 'Lê Thị H.', 'Lê Thị H.'),
  person('Người nhận tiền là Phạm Văn K. Sau đó tiền được chuyển đi.', 'Phạm Văn K.', 'Phạm Văn K.'),
];

/**
 * Credits of a photograph or a clip: the photographer named after `Ảnh:` is a person, with or without a family name
 * the lexicon knows (`Ảnh: Thanh Hà (TTXVN)`), even with a family name that is also an everyday word (`Chu`). Not a
 * place nor an organization there.
 */
const CREDITS: CorpusExample<'people'>[] = [
  person('Người dân làm thủ tục tại bộ phận một cửa. Ảnh: Minh Quân (TTXVN) Theo ông Hải, xã đã số hóa hồ sơ.', 'Minh Quân', 'Minh Quân'),
  person('Lực lượng chức năng kiểm tra hàng hóa. Ảnh: Ngọc Lan/VNA', 'Ngọc Lan', 'Ngọc Lan'),
  person('Hội đồng xét xử tuyên án. Ảnh: Chu Văn Khải/TTXVN', 'Chu Văn Khải', 'Chu Văn Khải'),
  person('Nông dân thu hoạch lúa sớm (Ảnh: Bảo Trâm/VNA).', 'Bảo Trâm', 'Bảo Trâm'),
  // The credit's end closes the name too: the line's, a period's, a dash's.
  person('Bà con gặt lúa trên cánh đồng mẫu. Ảnh: Hoài Thương', 'Hoài Thương', 'Hoài Thương'),
  person('Đoàn khách tham quan nhà máy. Ảnh: Bích Ngọc. Sau buổi làm việc, hai bên ký biên bản.', 'Bích Ngọc', 'Bích Ngọc'),
  none('Phố cổ lên đèn lồng dịp rằm. Ảnh: Hội An', 'Hội An'),
  none('Kết quả kiểm tra chất lượng nước. Ảnh: Sở Y tế', 'Sở Y tế'),
  none('Cảnh phố cổ về đêm. Ảnh: Hà Nội (ảnh minh họa)', 'Hà Nội'),
  none('Một số báo cũ được trưng bày. Ảnh: Báo Nhân Dân (tư liệu)', 'Báo Nhân Dân'),
  none('Quang cảnh buổi lễ. Ảnh: BTC (ban tổ chức cung cấp)', 'BTC'),
  // A closing bracket ends the credit; a caption joined to the next sentence ends before that sentence's first word.
  person('Phụ huynh đưa con đến trường ngày khai giảng. (Ảnh: Hồng Nhung)', 'Hồng Nhung', 'Hồng Nhung'),
  none('Xe cứu hỏa tiếp cận đám cháy. (Ảnh minh họa)', 'Ảnh minh họa'),
  person('Công nhân sửa đường dây điện sau bão. Ảnh: Thế Anh Trong ngày hôm qua, điện đã được cấp lại.', 'Thế Anh', 'Thế Anh'),
  none('Công nhân sửa đường dây điện sau bão. Ảnh: Thế Anh Trong ngày hôm qua, điện đã được cấp lại.', 'Trong'),
  // ... or before a name-like syllable that, with the lower-case word after it, opens that sentence.
  person('Toàn cảnh phiên họp. Ảnh: Quốc Huy Trình bày báo cáo, Giám đốc sở cho biết kế hoạch đã xong.', 'Quốc Huy', 'Quốc Huy'),
  none('Toàn cảnh phiên họp. Ảnh: Quốc Huy Trình bày báo cáo, Giám đốc sở cho biết kế hoạch đã xong.', 'Trình bày'),
  // `Kỹ thuật`, `Kỹ năng` opening the next sentence end a credit run into it, after a family name too (`Phương`)
  person('Nông dân thăm ruộng lúa. Ảnh: Bảo Ngọc Kỹ thuật sạ hàng giúp tiết kiệm giống.', 'Bảo Ngọc', 'Bảo Ngọc'),
  none('Nông dân thăm ruộng lúa. Ảnh: Bảo Ngọc Kỹ thuật sạ hàng giúp tiết kiệm giống.', 'Kỹ thuật'),
  person('Học sinh thực hành sơ cứu. Ảnh: Minh Tú Kỹ năng sống được dạy mỗi tuần.', 'Minh Tú', 'Minh Tú'),
  person('Xã viên bơm nước vào ruộng. Ảnh: Phương Thảo Kỹ thuật tưới tiết kiệm được áp dụng từ vụ này.', 'Phương Thảo', 'Phương Thảo'),
  none('Xã viên bơm nước vào ruộng. Ảnh: Phương Thảo Kỹ thuật tưới tiết kiệm được áp dụng từ vụ này.', 'Kỹ thuật'),
  person('Lễ khánh thành cây cầu. Ảnh: Thanh Tâm Phát biểu tại buổi lễ, ông Hải cảm ơn nhà tài trợ.', 'Thanh Tâm', 'Thanh Tâm'),
  none('Lễ khánh thành cây cầu. Ảnh: Thanh Tâm Phát biểu tại buổi lễ, ông Hải cảm ơn nhà tài trợ.', 'Phát biểu'),
  person('Hội đồng xét xử tuyên án. Ảnh: Hoàng Văn Trình (TTXVN)', 'Hoàng Văn Trình', 'Hoàng Văn Trình'),
  person('Đại biểu dự lễ khai mạc. Ảnh: Ngọc Mai Phát biểu khai mạc, ông Hải nêu kết quả năm qua.', 'Ngọc Mai', 'Ngọc Mai'),
  none('Đại biểu dự lễ khai mạc. Ảnh: Ngọc Mai Phát biểu khai mạc, ông Hải nêu kết quả năm qua.', 'Phát biểu'),
  // ... or before the reporter's label opening the next question of an interview collapsed into one line.
  person('Hai bên cắt băng bàn giao thiết bị. Ảnh: Bảo Khánh PV: Xin ông cho biết lô thiết bị gồm những gì?', 'Bảo Khánh', 'Bảo Khánh'),
  person('Hai bên cắt băng bàn giao thiết bị. Ảnh: Bảo Khánh Phóng viên: Xin ông cho biết lô thiết bị gồm những gì?', 'Bảo Khánh', 'Bảo Khánh'),
  none('Hai bên cắt băng bàn giao thiết bị. Ảnh: Bảo Khánh Phóng viên: Xin ông cho biết lô thiết bị gồm những gì?', 'Phóng viên'),
  none('Hai bên cắt băng bàn giao thiết bị. Ảnh: Bảo Khánh PVN cho biết lô thiết bị đã về.', 'Bảo Khánh'),
  // ... or before the reporter's address opening the next question (`Thưa bà`, `Thưa ông`).
  person('Bà Lê Thị Hoa tại xưởng dệt. Ảnh: Minh Châu Thưa bà, xưởng có bao nhiêu thợ?', 'Minh Châu', 'Minh Châu'),
  none('Bà Lê Thị Hoa tại xưởng dệt. Ảnh: Minh Châu Thưa bà, xưởng có bao nhiêu thợ?', 'Thưa bà'),
  person('Ông Trịnh Văn Sơn trên cánh đồng. Ảnh: Hoàng Hà Thưa ông, vụ lúa năm nay ra sao?', 'Hoàng Hà', 'Hoàng Hà'),
  // The photographer in brackets after a caption that opens with `Ảnh:`, the caption one sentence.
  person('Ảnh: Thuyền rồng rước kiệu trên sông. (Thu Trang) Buổi chiều, hội thi đấu vật.', 'Thu Trang', 'Thu Trang'),
  none('Ảnh: Quang cảnh hội trường. Đại biểu dự họp đông đủ. (Thu Trang)', 'Thu Trang'),
  none('Ông trao bằng khen cho các đơn vị. (Thu Trang)', 'Thu Trang'),
];

/** Names after a word that makes them a venue, a street or a vessel, and the people owning or running those. */
const VENUES_STREETS_AND_OWNERS: CorpusExample<'people'>[] = [
  // A short run opening with a family name after a street word is the street's name, not a name inside it.
  none('Cửa hàng mới mở ở số 45 đường Lý Nam Đế, gần chợ.', 'Lý Nam Đế'),
  none('Đoàn xe rẽ vào phố Trần Quang Khải lúc nửa đêm.', 'Trần Quang Khải'),
  person('Anh Lý Văn Hùng sống trên đường Hoàng Hoa Thám từ nhỏ.', 'Lý Văn Hùng', 'Lý Văn Hùng'),
  // Halls, karaoke bars and scenic sites named like people.
  none('Khán giả xếp hàng trước rạp Hồng Phúc từ sớm.', 'Hồng Phúc'),
  none('Quán karaoke Hoàng Long Palace đã bị đình chỉ hoạt động.', 'Hoàng Long Palace'),
  none('Tỉnh đầu tư 50 tỷ đồng tu bổ di tích Lam Kinh.', 'Lam Kinh'),
  none('Hồ sơ đưa danh thắng Hương Sơn vào danh mục đang hoàn thiện.', 'Hương Sơn'),
  person('Chủ rạp Nguyễn Văn Tài cho biết vé đã bán hết.', 'Nguyễn Văn Tài', 'Nguyễn Văn Tài'),
  // `tàu` a ship, but its owner or its driver is a person.
  person('Chủ tàu Lê Văn Hòa khai nhận đã chở quá tải.', 'Lê Văn Hòa', 'Lê Văn Hòa'),
  person('Theo lời lái tàu Phạm Minh Đức, đoàn tàu đã phanh gấp.', 'Phạm Minh Đức', 'Phạm Minh Đức'),
  none('Hành khách đi tàu Hoàng Gia ra đảo Cô Tô.', 'Hoàng Gia'),
  // `Đến` opening a sentence of time after a credit with no period is no given name.
  person('Ảnh: Minh Hà Đến 9h sáng, lực lượng chức năng đã dập tắt đám cháy.', 'Minh Hà', 'Minh Hà'),
  none('Ảnh: Minh Hà Đến 9h sáng, lực lượng chức năng đã dập tắt đám cháy.', 'Đến'),
];

/** Players named by their sport, their nationality or their chess title. */
const PLAYERS: CorpusExample<'people'>[] = [
  person('Kỳ thủ người Ba Lan Tomasz Nowak đã giành ngôi nhì.', 'Tomasz Nowak', 'Tomasz Nowak'),
  person('VĐV người Ethiopia Abebe Tadesse dẫn đầu từ km thứ 30.', 'Abebe Tadesse', 'Abebe Tadesse'),
  person('Tay vợt Daniel Novak giành chiến thắng sau ba set.', 'Daniel Novak', 'Daniel Novak'),
  person('GM Anton Petrov hòa ở ván thứ năm.', 'Anton Petrov', 'Anton Petrov'),
  person('Ván đấu giữa IM Nguyễn Văn Huy và GM Rustam Aliyev kéo dài 4 giờ.', 'Rustam Aliyev', 'Rustam Aliyev'),
  none('Các VĐV Việt Nam giành 5 huy chương vàng.', 'Việt Nam'),
  none('Nhà máy của hãng GM Korea tạm ngừng sản xuất.', 'GM Korea'),
  // The abbreviation in brackets after the title it shortens.
  person('Đại kiện tướng (GM) Ivan Sokolov giành ngôi đầu bảng.', 'Ivan Sokolov', 'Ivan Sokolov'),
  none('Hãng xe (GM) Korea mở thêm nhà máy.', 'Korea'),
];

export const PEOPLE_CORPUS: readonly CorpusExample<'people'>[] = [
  ...INITIALED_NAMES,
  ...CREDITS,
  ...FULL_NAMES,
  ...TITLED_NAMES,
  ...SHORT_REFERENCES,
  ...BYLINES,
  ...BYLINE_COUNTRY_WORDS,
  ...NAMES_AFTER_POSTS,
  ...NAMES_THAT_ARE_NOT_PEOPLE,
  ...ROAD_NAMES,
  ...NEGATIVES,
  ...HOLDERS_AFTER_UNITS,
  ...VENUES_STREETS_AND_OWNERS,
  ...PLAYERS,
];
