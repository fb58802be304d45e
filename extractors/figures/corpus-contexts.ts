// Figure examples where the words around the number decide: a place or a top list before it, `cùng lúc` and ages
// after `lúc`, `năm` after a quantifier (the year), `thứ` before it, days counted (`ngày thứ ba của bệnh`), levels and
// steps as classifiers, people in court news, percentage points; with the readings they must not take. Written for the project; part of FIGURE_EXAMPLES
// (corpus.ts).
import type { CorpusExample, CorpusItems } from '../../tests/corpus/corpus-types.js';

type Example = CorpusExample<'figures'>;
type Expected = NonNullable<Example['expected']>;
type FigureFields = Partial<Pick<CorpusItems['figures'], 'kind' | 'value' | 'min' | 'max' | 'unit' | 'qualifier'>>;

const figure = (text: string, words: string, expected: FigureFields): Example => ({ text, words, expected: expected as Expected });
const count = (text: string, words: string, value: number, unit: string): Example =>
  figure(text, words, { kind: 'count', value, unit, qualifier: null });
const ordinal = (text: string, words: string, value: number): Example => figure(text, words, { kind: 'ordinal', value });
const none = (text: string, words: string): Example => ({ text, words, expected: null });

export const CONTEXT_FIGURE_EXAMPLES: readonly Example[] = [
  // levels, grades and steps count like classifiers, after number words too
  count('Vé được bán với ba mức giá khác nhau.', 'ba mức giá', 3, 'mức giá'),
  count('Chương trình hỗ trợ có hai mức: 50% và 70%.', 'hai mức', 2, 'mức'),
  count('Đội tuyển tăng 3 bậc trên bảng xếp hạng.', '3 bậc', 3, 'bậc'),
  count('Câu lạc bộ tụt 5 hạng sau vòng đấu.', '5 hạng', 5, 'hạng'),
  count('Tòa nhà văn phòng cao 25 tầng.', '25 tầng', 25, 'tầng'),
  none('Trụ sở mới nằm ở tầng 7.', 'tầng 7'),
  none('Nhà máy đạt mức 3 về an toàn lao động.', 'mức 3'),
  // the sites of a school or a library are named by their numbers: no count; sites counted or a sum after stay
  none('Sinh viên năm nhất học tại cơ sở 2 của trường.', 'cơ sở 2'),
  none('Trường mở phân hiệu 1 ở vùng cao.', 'phân hiệu 1'),
  count('Bệnh viện có ba cơ sở khám chữa bệnh.', 'ba cơ sở', 3, 'cơ sở'),
  figure('Mức lương cơ sở 2,34 triệu đồng áp dụng từ tháng 7.', '2,34 triệu đồng', { kind: 'money', value: 2_340_000 }),

  // a room, a team or a fleet told by how many people or vehicles it holds; its number alone, or capitalized inside
  // a sentence, is its name
  count('Ký túc xá còn trống phòng 6 người ở tầng trệt.', '6 người', 6, 'người'),
  count('Phòng 4 người có giá cao hơn.', '4 người', 4, 'người'),
  count('Hợp tác xã có đội 20 xe tải, đủ chở hàng đi xa.', '20 xe tải', 20, 'xe tải'),
  count('Xã lập tổ 3 người trực chốt.', '3 người', 3, 'người'),
  none('Anh ở phòng 305 của khu B.', 'phòng 305'),
  none('Cán bộ Đội 3 Phòng Cảnh sát giao thông có mặt.', '3'),
  // a list's item named by a place that ends in a label's word counts what its number after the colon counts
  count('Số buổi diễn theo tỉnh:\n- Hải Phòng: 12 buổi;\n- Nam Định: 9 buổi.', '12 buổi', 12, 'buổi'),
  none('Khu: 3 nhà văn hóa đã xuống cấp.', 'Khu: 3'),

  // concentrations of what a chimney lets out, per normal cubic metre of gas
  count('Nồng độ bụi sau lọc chỉ 12 mg/Nm3.', '12 mg/Nm3', 12, 'mg/Nm3'),
  count('Dioxin đo được 0,05 ngTEQ/Nm3, dưới ngưỡng cho phép.', '0,05 ngTEQ/Nm3', 0.05, 'ngTEQ/Nm3'),
  count('Bụi mịn PM2.5 lên tới 80 µg/m3.', '80 µg/m3', 80, 'µg/m3'),

  // a place names nothing by a number: the number counts what follows
  count('Đội khách xếp trên Thái Lan 12 bậc.', '12 bậc', 12, 'bậc'),
  count('Đoàn ở lại Đà Nẵng 2 đêm rồi ra Huế.', '2 đêm', 2, 'đêm'),
  none('Bộ khung đã thi đấu ở SEA Games 31 tổ chức tại Hà Nội.', 'SEA Games 31'),
  none('Hội nghị APEC 2017 tổ chức tại Đà Nẵng.', '2017'),

  // a top list holds as many things as it says; alone, `top 10` is a rank
  count('Công ty lọt Top 10 doanh nghiệp công nghệ uy tín.', 'Top 10 doanh nghiệp', 10, 'doanh nghiệp'),
  none('Trường lọt top 10 của bảng xếp hạng châu Á.', 'top 10'),
  count('Nhóm 4 thanh niên bị tạm giữ.', '4 thanh niên', 4, 'thanh niên'),
  none('Nhóm 2 gồm các tỉnh miền núi.', 'Nhóm 2'),
  count('Có 8 tài xế bị phạt vì chở quá tải.', '8 tài xế', 8, 'tài xế'),
  count('Chiều qua, 2 xe tải va chạm trên cao tốc.', '2 xe tải', 2, 'xe tải'),
  count('Đám cháy làm 3 căn nhà bốc cháy.', '3 căn nhà', 3, 'căn nhà'),
  count('Tuần qua xảy ra 4 vụ va chạm giao thông.', '4 vụ va chạm', 4, 'vụ va chạm'),
  count('Thành phố ghi nhận 2 vụ cháy lớn.', '2 vụ cháy', 2, 'vụ cháy'),

  // ages of babies in months, weeks, days; `trên dưới` is about
  figure('Bé gái 8 tháng tuổi đã khỏi bệnh.', '8 tháng tuổi', { kind: 'duration', value: 8, unit: 'tháng tuổi' }),
  figure('Trên dưới 200 hộ dân bị ảnh hưởng.', 'Trên dưới 200 hộ dân', {
    kind: 'count', value: 200, unit: 'hộ dân', qualifier: 'approx',
  }),

  // `cùng lúc`, `một lúc` are "at once"; an age after `lúc`, `hồi` is a figure; a clock time is not
  count('Có người mua cùng lúc 3 lô đất.', '3 lô đất', 3, 'lô đất'),
  count('Anh nhận cùng lúc 2 căn hộ.', '2 căn hộ', 2, 'căn hộ'),
  figure('Lúc 5 tuổi, cậu bé đã biết bơi.', '5 tuổi', { kind: 'duration', value: 5, unit: 'tuổi' }),
  figure('Hồi 12 tuổi, chị theo mẹ vào Nam.', '12 tuổi', { kind: 'duration', value: 12, unit: 'tuổi' }),
  figure('Trẻ tiêm mũi thứ hai vào lúc 18 tháng tuổi.', '18 tháng tuổi', { kind: 'duration', value: 18, unit: 'tháng tuổi' }),
  figure('Lúc 6 tuần tuổi, chó con được tiêm phòng.', '6 tuần tuổi', { kind: 'duration', value: 6, unit: 'tuần tuổi' }),
  none('Đoàn xuất phát lúc 6 giờ.', '6 giờ'),
  none('Cuộc họp kết thúc lúc 18 giờ 30.', '18 giờ 30'),
  // a word of nearness between `lúc` and the hour keeps it a clock time; an age stays a figure
  none('Chuyến xe cuối rời bến lúc gần 22 giờ.', 'gần 22 giờ'),
  none('Buổi tập kết thúc lúc khoảng 20 giờ.', 'khoảng 20 giờ'),
  figure('Lúc gần 4 tuổi, bé mới biết nói.', 'gần 4 tuổi', { kind: 'duration', value: 4, unit: 'tuổi', qualifier: 'approx' }),
  figure('Anh đứng đợi một lúc gần 2 giờ liền.', 'gần 2 giờ', { kind: 'duration', value: 2, unit: 'giờ', qualifier: 'approx' }),
  // the hours a change starts from (`từ 3 giờ xuống 50 phút`) are a length, not a clock time
  figure('Thủ tục được rút từ 3 giờ xuống còn 40 phút.', '3 giờ', { kind: 'duration', value: 3, unit: 'giờ' }),
  figure('Giờ học thêm tăng từ 6 giờ lên 8 giờ mỗi tuần.', '6 giờ', { kind: 'duration', value: 6, unit: 'giờ' }),
  none('Cửa hàng mở từ 7 giờ đến 21 giờ.', '7 giờ'),
  // a unit glued to its number at a sentence's end stays the unit
  count('Cánh đồng mẫu rộng 12ha. Năm nay xã mở rộng thêm.', '12ha', 12, 'ha'),

  // `năm` after a quantifier is the noun "year" (`mỗi năm`, `hằng năm`, `cả năm`), five only where a unit of time
  // follows `cả`, `trong` (`trong năm ngày`) or with no quantifier before it
  none('Mỗi năm bệnh viện tiết kiệm gần 6 tỷ đồng tiền in phim.', 'năm bệnh viện'),
  none('Hằng năm doanh nghiệp phải nộp báo cáo tài chính.', 'năm doanh nghiệp'),
  none('Hàng năm hợp tác xã chia lãi cho xã viên.', 'năm hợp tác xã'),
  none('Nhiều năm trường học thiếu giáo viên.', 'năm trường học'),
  none('Cả năm doanh nghiệp không có đơn hàng nào.', 'năm doanh nghiệp'),
  none('Trong năm doanh nghiệp đã nộp ngân sách 20 tỷ đồng.', 'năm doanh nghiệp'),
  figure('Trong năm ngày qua, tỉnh ghi nhận thêm ca bệnh.', 'năm ngày', { kind: 'duration', value: 5, unit: 'ngày' }),
  count('Đoàn có năm chuyên gia nước ngoài.', 'năm chuyên gia', 5, 'chuyên gia'),
  // after a number the unit did not join (`một năm`, "a year"), `năm` is the year the clause after it is about
  none('Đó là một năm nông dân trồng cà phê trúng mùa.', 'năm nông dân'),
  none('Năm ngoái là một năm người nuôi tôm gặp khó.', 'năm người nuôi'),
  count('Vụ sạt lở làm năm người bị thương.', 'năm người', 5, 'người'),
  count('Mỗi năm có 200 doanh nghiệp thành lập mới.', '200 doanh nghiệp', 200, 'doanh nghiệp'),
  // `năm` before a part counted on a thing or a creature is five, never the year
  count('Chiếc khay sơn mài khắc hình rồng năm móng rất tinh xảo.', 'năm móng', 5, 'móng'),
  count('Bàn tay năm ngón của bức tượng được phục dựng.', 'năm ngón', 5, 'ngón'),
  count('Lá cờ năm màu tung bay trong lễ hội.', 'năm màu', 5, 'màu'),
  none('Năm mới, doanh nghiệp đặt mục tiêu tăng trưởng 10%.', 'Năm mới'),
  none('Năm nay, giá lúa tăng mạnh.', 'Năm nay'),

  // kin named as a pair are counted whole, a number word opening the sentence too
  count('Ba anh em góp vốn mở một quán cà phê nhỏ.', 'Ba anh em', 3, 'anh em'),
  count('Hai chị em cùng đỗ vào trường y.', 'Hai chị em', 2, 'chị em'),
  count('Cả ba bố con đều làm nghề chài lưới.', 'ba bố con', 3, 'bố con'),
  none('Ba tôi làm nghề chài lưới đã ba mươi năm.', 'Ba tôi'),
  none('Anh em trong đội đều cố gắng hết sức.', 'Anh em'),

  // a label word used as a verb (after an aspect word, or closing a verb) counts what follows
  count('Sở đã cấp 200 giấy phép xây dựng.', '200 giấy phép', 200, 'giấy phép'),
  count('Bộ sẽ cung cấp 500 máy tính cho các trường.', '500 máy tính', 500, 'máy tính'),
  count('Đoàn kiểm tra lấy mẫu 30 sản phẩm.', '30 sản phẩm', 30, 'sản phẩm'),
  none('Trụ sở nằm ở tầng 5 tòa nhà.', 'tầng 5'),
  none('Bão mạnh cấp 12 khi vào bờ.', 'cấp 12'),
  // after `trọn` (all-in) `gói` is no label; after a giving verb the label word is who is given
  count('Nhà hảo tâm hỗ trợ trọn gói 12 căn nhà tình nghĩa.', '12 căn nhà', 12, 'căn nhà'),
  count('Hội doanh nhân tặng trường 30 bộ máy tính.', '30 bộ máy tính', 30, 'bộ máy tính'),
  count('Đoàn thiện nguyện biếu xã 200 phần quà.', '200 phần quà', 200, 'phần quà'),
  none('Nhà thầu thi công gói 12 đã chậm tiến độ.', 'gói 12'),
  none('Em học trường 30 gần nhà.', 'trường 30'),

  // `đòn bẩy` is leverage: `bẩy` after `đòn` is no seven
  none('Nhà đầu tư nên hạn chế dùng đòn bẩy tài chính.', 'bẩy tài chính'),
  none('Chính sách thuế là đòn bẩy cho sản xuất.', 'bẩy'),
  count('Tai nạn khiến bẩy người bị thương.', 'bẩy người', 7, 'người'),

  // `vòng 1/8`, `vòng 1/16`: a knockout round, no ratio nor a day
  none('Đội khách dừng bước ở vòng 1/8 tối qua.', '1/8'),
  none('Hai đội gặp nhau ở vòng 1/16 năm ngoái.', '1/16'),
  figure('Chỉ 1/8 số đội giữ sạch lưới.', '1/8 số đội', { kind: 'ratio', value: 1, unit: 'đội' }),

  // people in court news, some named by a word that is a passive elsewhere
  count('Luật sư bảo vệ quyền lợi cho 40 bị hại.', '40 bị hại', 40, 'bị hại'),
  count('Cơ quan điều tra đã khởi tố 7 bị can.', '7 bị can', 7, 'bị can'),
  count('Tòa triệu tập 3 nhân chứng.', '3 nhân chứng', 3, 'nhân chứng'),
  count('Cơ quan điều tra đã triệu tập 12 người.', '12 người', 12, 'người'),
  none('Hàng trăm bị hại đã có mặt tại tòa.', 'Hàng trăm bị hại'),
  none('Hàng chục nghìn người xem trận đấu.', 'Hàng chục nghìn'),

  // percentage points are a difference of percentages, not a percent
  figure('Lãi suất giảm 0,25 – 0,5 điểm phần trăm.', '0,25 – 0,5 điểm phần trăm', {
    kind: 'range', min: 0.25, max: 0.5, unit: 'điểm phần trăm',
  }),
  figure('Tỷ lệ thất nghiệp giảm 1,2 điểm %.', '1,2 điểm %', { kind: 'percent', value: 1.2, unit: 'điểm phần trăm' }),

  // below zero: temperatures and percentages with a minus or `âm`; a hyphen inside a code is no minus
  figure('Đêm qua, Sa Pa xuống -3 độ C.', '-3 độ C', { kind: 'count', value: -3, unit: 'độ C' }),
  figure('Đỉnh núi có lúc âm 2 độ C.', 'âm 2 độ C', { kind: 'count', value: -2, unit: 'độ C' }),
  figure('Xuất khẩu tăng trưởng -4,2% so với cùng kỳ.', '-4,2%', { kind: 'percent', value: -4.2, unit: '%' }),
  count('Cây cầu dài 120 m, rộng 9 m.', '120 m', 120, 'm'),
  count('Bà mua hai cân thịt lợn.', 'hai cân', 2, 'cân'),
  count('Mỗi suất có 3 lạng gạo.', '3 lạng', 3, 'lạng'),
  none('Dịch Covid-19 đã được kiểm soát.', 'Covid-19'),
  // a range below zero, written colder the further or not, with `từ` or without; a minus before no such measure no sign
  figure('Hàng đông lạnh được giữ ở từ -20 đến -30 độ C.', 'từ -20 đến -30 độ C', { kind: 'range', min: -30, max: -20, unit: 'độ C' }),
  figure('Buồng cấp đông chạy từ âm 35 đến âm 40 độ C.', 'từ âm 35 đến âm 40 độ C', { kind: 'range', min: -40, max: -35, unit: 'độ C' }),
  figure('Thùng xe giữ lạnh -15 đến -20°C trên đường.', '-15 đến -20°C', { kind: 'range', min: -20, max: -15, unit: '°C' }),
  figure('Ban đêm trên đỉnh đèo từ -2 đến 4 độ C.', 'từ -2 đến 4 độ C', { kind: 'range', min: -2, max: 4, unit: 'độ C' }),
  figure('Mỗi ca làm việc kéo dài 10-12 giờ.', '10-12 giờ', { kind: 'range', min: 10, max: 12, unit: 'giờ' }),
  none('Lô hàng mã A-18 đến nay vẫn chưa bán hết.', 'A-18'),

  // ten-odd and twenty-odd are amounts nobody can give
  none('Mười mấy người đứng chờ trước cổng.', 'Mười mấy người'),
  none('Anh mới hai mươi mấy tuổi.', 'hai mươi mấy tuổi'),

  // after `thứ` a number is an ordinal or a weekday, never a count; days counted are ordinals
  ordinal('Ngày thứ ba đến ngày thứ năm của đợt điều trị rất quan trọng.', 'thứ ba', 3),
  ordinal('Ngày thứ ba đến ngày thứ năm của đợt điều trị rất quan trọng.', 'thứ năm', 5),
  ordinal('Bệnh nhân hạ sốt vào ngày thứ 4 kể từ khi nhập viện.', 'thứ 4', 4),
  // two days counted in a list before what they count in: `ngày thứ 3, thứ 4 của bệnh`
  ordinal('Nhiều trẻ đến viện vào ngày thứ 3, thứ 4 của bệnh.', 'thứ 3', 3),
  ordinal('Nhiều trẻ đến viện vào ngày thứ 3, thứ 4 của bệnh.', 'thứ 4', 4),
  none('Chợ họp vào ngày thứ 3, thứ 5 hằng tuần.', 'thứ 3'),
  ordinal('Giá vàng giảm ngày thứ ba liên tiếp.', 'thứ ba', 3),
  none('Chợ phiên họp vào ngày thứ bảy hàng tuần.', 'thứ bảy hàng tuần'),
  count('Hội nghị đề ra bảy đầu việc cụ thể.', 'bảy đầu việc', 7, 'đầu việc'),
  count('Tổ công tác gồm bảy thành viên.', 'bảy thành viên', 7, 'thành viên'),
  none('Lớp học mở vào thứ hai hàng tuần.', 'hai hàng tuần'),
  none('Ngày thứ hai tuần tới, đoàn sẽ lên đường.', 'thứ hai'),
  // a lower-case weekday word after `ngày` counts days, but for days in general or a date after it
  ordinal('Tỷ lệ người chơi quay lại vào ngày thứ ba chỉ 15%.', 'thứ ba', 3),
  none('Các ngày thứ bảy, thư viện mở cửa đến 20 giờ.', 'thứ bảy'),
  none('Đoàn sẽ họp vào ngày thứ hai (15/6) tới.', 'thứ hai'),

  // Roman numerals name terms, congresses and centuries: no figures (`quý IV` is a date)
  none('Kỳ họp thứ 6 Quốc hội khóa XV bế mạc.', 'XV'),
  none('Đại hội XIII của Đảng đã thành công.', 'XIII'),
  none('Ngôi chùa được dựng từ thế kỷ XVIII.', 'XVIII'),
  none('Quốc hội khóa 15 có nhiều đại biểu trẻ.', 'khóa 15'),
];
