// Figure examples, written for the project: a phrase, or a sentence and the words inside it, with the figure expected
// there; `none` examples must yield no figure overlapping the words (codes, names, dates, number words used otherwise).
// Run by tests/corpus/figures.test.ts, one test each.
import type { CorpusExample, CorpusItems } from '../../tests/corpus/corpus-types.js';
import { CONTEXT_FIGURE_EXAMPLES } from './corpus-contexts.js';
import { NEVER_FIGURE_EXAMPLES } from './corpus-never-figures.js';

type Example = CorpusExample<'figures'>;
type Expected = NonNullable<Example['expected']>;
type FigureFields = Partial<Pick<CorpusItems['figures'], 'kind' | 'value' | 'min' | 'max' | 'of' | 'unit' | 'qualifier'>>;

const figure = (text: string, expected: FigureFields, words?: string): Example =>
  words === undefined ? { text, expected: expected as Expected } : { text, words, expected: expected as Expected };

const count = (text: string, value: number, unit: string, words?: string): Example =>
  figure(text, { kind: 'count', value, unit, qualifier: null }, words);
const money = (text: string, value: number, unit: string, words?: string): Example =>
  figure(text, { kind: 'money', value, unit }, words);
const percent = (text: string, value: number, words?: string): Example =>
  figure(text, { kind: 'percent', value, unit: '%' }, words);
const duration = (text: string, value: number, unit: string, words?: string): Example =>
  figure(text, { kind: 'duration', value, unit }, words);
/** No figure may overlap `words`. */
const none = (text: string, words: string): Example => ({ text, words, expected: null });
const ordinal = (text: string, value: number, words?: string): Example => figure(text, { kind: 'ordinal', value }, words);
const number = (text: string, value: number, words?: string): Example => figure(text, { kind: 'number', value, unit: null }, words);
const range = (text: string, min: number, max: number, unit: string | null, words?: string): Example =>
  figure(text, { kind: 'range', min, max, unit }, words);
const ratio = (text: string, value: number, of: number, unit: string | null, words?: string): Example =>
  figure(text, { kind: 'ratio', value, of, unit }, words);
const qualified = (
  text: string,
  kind: FigureFields['kind'],
  value: number,
  unit: string,
  qualifier: FigureFields['qualifier'],
  words?: string,
): Example => figure(text, { kind, value, unit, qualifier }, words);

export const FIGURE_EXAMPLES: readonly Example[] = [
  // digits, Vietnamese grouping and decimals
  // the emergency numbers after their service's name, and alone again in a text that named them so
  none('Trung tâm Cấp cứu 115 thành phố đưa thêm 5 xe vào hoạt động.', '115'),
  none('Kíp trực Cấp cứu 115 có mặt sau 10 phút. Mạng lưới 115 đã phủ khắp các quận.', 'Mạng lưới 115'),
  none('Người dân gọi 114 khi phát hiện cháy.', '114'),
  count('Năm qua, bệnh viện đã cấp cứu 115 ca đột quỵ.', 115, 'ca', '115 ca'),
  number('Mã hồ sơ không đổi, tổng điểm là 113.', 113, '113'),
  number('Lượt xem: 1233', 1233, '1233'),
  number('Lượt xem: 15.420', 15420, '15.420'),
  number('Con số cuối cùng được công bố là 2.350.', 2350, '2.350'),
  number('Mã hồ sơ không quan trọng, tổng điểm đạt 87,5.', 87.5, '87,5'),
  count('Tổng cộng có 1.233 người đăng ký tham dự.', 1233, 'người', '1.233 người'),
  count('Chương trình thu hút 2.000.000 lượt truy cập.', 2_000_000, 'lượt truy cập', '2.000.000 lượt truy cập'),
  count('Chỉ số hài lòng tăng thêm 1,5 điểm so với năm trước.', 1.5, 'điểm', '1,5 điểm'),
  count('Vùng trồng rộng 1.200 ha ở ven biển.', 1200, 'ha', '1.200 ha'),
  count('Đỉnh núi cao 3.143 mét so với mực nước biển.', 3143, 'mét', '3.143 mét'),
  count('Nhà máy xử lý 450 tấn rác mỗi ngày.', 450, 'tấn', '450 tấn'),
  count('Tuyến đường dài 12,5 km đã thông xe.', 12.5, 'km', '12,5 km'),
  count('Mỗi thùng nặng 25kg.', 25, 'kg', '25kg'),
  money('Mỗi suất quà trị giá 2 000 000 đồng.', 2_000_000, 'đồng', '2 000 000 đồng'),
  count('Giải chạy có 15 500 vận động viên.', 15_500, 'vận động viên', '15 500 vận động viên'),
  count('Chính phủ xuất cấp 5.000 tấn gạo cho vùng lũ.', 5000, 'tấn', '5.000 tấn'),
  count('Điện thoại có màn hình 6,2 inch.', 6.2, 'inch', '6,2 inch'),
  count('Viên pin dung lượng 4.000 mAh.', 4000, 'mAh', '4.000 mAh'),
  count('Công suất đạt 600 MW khi vận hành đủ.', 600, 'MW', '600 MW'),
  count('Hồ chứa được 20 triệu m3 nước.', 20_000_000, 'm3', '20 triệu m3'),
  count('Có 12 thành viên trong ban soạn thảo.', 12, 'thành viên', '12 thành viên'),
  count('Đã có 150 doanh nghiệp nộp hồ sơ.', 150, 'doanh nghiệp', '150 doanh nghiệp'),
  // a head that runs on into the noun after it, though its first syllable is a verb elsewhere (`dự`, `học`)
  count('Vụ đã góp ý cho 45 dự thảo văn bản của các bộ, ngành.', 45, 'dự thảo văn bản', '45 dự thảo văn bản'),
  count('Quốc hội xem xét 3 dự thảo luật trong kỳ họp.', 3, 'dự thảo luật', '3 dự thảo luật'),
  count('Nhà trường trao 20 học bổng cho sinh viên.', 20, 'học bổng', '20 học bổng'),
  count('Hội nghị có 300 đại biểu tham dự.', 300, 'đại biểu', '300 đại biểu'),
  count('Đoàn kiểm tra đã lấy 36 mẫu thử.', 36, 'mẫu thử', '36 mẫu thử'),
  count('Năm nay có 63 tỉnh, thành phố tham gia.', 63, 'tỉnh, thành phố', '63 tỉnh, thành phố'),
  count('Cả nước có 1.500 phòng thí nghiệm được công nhận.', 1500, 'phòng thí nghiệm', '1.500 phòng thí nghiệm'),
  count('Viện đã kiểm định 3 loại phương tiện đo mới.', 3, 'loại phương tiện đo', '3 loại phương tiện đo'),
  count('Tổng cục quản lý 4.000 phương tiện đo nhóm 2.', 4000, 'phương tiện đo', '4.000 phương tiện đo'),
  count('Bộ đã ban hành 12 tiêu chuẩn quốc gia.', 12, 'tiêu chuẩn quốc gia', '12 tiêu chuẩn quốc gia'),
  count('Trường mở thêm 5 lớp học buổi tối.', 5, 'lớp học', '5 lớp học'),
  count('Công ty mua 2 chiếc xe tải.', 2, 'chiếc xe tải', '2 chiếc xe tải'),
  count('Trung tâm mở mười hai lớp tập huấn.', 12, 'lớp tập huấn', 'mười hai lớp tập huấn'),
  count('Khu bảo tồn ghi nhận 45 loài chim quý hiếm.', 45, 'loài', '45 loài'),
  count('Dự án có 7 hạng mục chính.', 7, 'hạng mục', '7 hạng mục'),
  count('Đã tiêm 3.000 liều vắc xin cho người dân.', 3000, 'liều vắc xin', '3.000 liều vắc xin'),
  count('Ghi nhận 27 ca mắc mới trong ngày.', 27, 'ca mắc', '27 ca mắc'),
  count('Đơn vị tiếp nhận 820 hồ sơ trực tuyến.', 820, 'hồ sơ', '820 hồ sơ'),
  count('Hội chợ có 250 gian hàng của các tỉnh.', 250, 'gian hàng', '250 gian hàng'),
  count('Nhóm nghiên cứu công bố 14 bài báo quốc tế.', 14, 'bài báo', '14 bài báo'),
  count('Tỉnh có 9 khu công nghiệp đang hoạt động.', 9, 'khu công nghiệp', '9 khu công nghiệp'),
  count('Thành phố xây 4 cây cầu mới.', 4, 'cây cầu', '4 cây cầu'),
  count('Đã có 18 nước thành viên phê chuẩn hiệp định.', 18, 'nước thành viên', '18 nước thành viên'),
  count('Sản lượng tăng gấp 3 lần.', 3, 'lần', '3 lần'),
  count('Mạng lưới gồm 21 nền kinh tế thành viên.', 21, 'nền kinh tế thành viên', '21 nền kinh tế thành viên'),
  count('Xã có 1.024 hộ dân sống ven sông.', 1024, 'hộ dân', '1.024 hộ dân'),
  count('Thành phố huy động 2.500 cộng tác viên.', 2500, 'cộng tác viên', '2.500 cộng tác viên'),
  count('Bệnh viện có 20 máy thở và 500 giường bệnh.', 20, 'máy thở', '20 máy thở'),
  count('Bệnh viện có 20 máy thở và 500 giường bệnh.', 500, 'giường bệnh', '500 giường bệnh'),
  count('Đã chuẩn bị 1.000 túi dịch truyền.', 1000, 'túi dịch truyền', '1.000 túi dịch truyền'),
  count('Dịch xuất hiện ở 30 quận, huyện.', 30, 'quận, huyện', '30 quận, huyện'),
  count('Chương trình có 12 vận động viên tham dự.', 12, 'vận động viên', '12 vận động viên'),
  count('Lớp học có 35 học sinh giỏi.', 35, 'học sinh', '35 học sinh'),
  money('Giá điện được làm tròn, chênh lệch dưới một đồng mỗi kWh.', 1, 'đồng', 'một đồng'),
  // departments counted as units, capitalized as names are: `chi cục`, `tổng cục`; a department's number is no count
  count('Cục Hải quan giao 12 Chi cục Hải quan cửa khẩu kiểm tra hàng.', 12, 'Chi cục', '12 Chi cục'),
  count('Bộ sẽ giảm từ 5 tổng cục xuống còn 2.', 5, 'tổng cục', '5 tổng cục'),
  // `yêu cầu` is a verb, its `cầu` no bridge's label: the number after it counts (`cầu 3` stays a bridge's name)
  count('Sở Y tế yêu cầu 15 bệnh viện báo cáo hằng ngày.', 15, 'bệnh viện', '15 bệnh viện'),
  count('Cục Thuế yêu cầu 9 Chi cục Thuế khu vực rà soát.', 9, 'Chi cục', '9 Chi cục'),
  none('Xe tải qua cầu 3 phải giảm tốc độ.', 'cầu 3'),
  none('Hồ sơ nộp tại Chi cục Thuế số 4 của quận.', 'Chi cục'),
  count('Dự kiến 40 nghìn lượt khách ghé thăm.', 40_000, 'lượt khách', '40 nghìn lượt khách'),

  // number words
  count('hai tổ chức', 2, 'tổ chức'),
  count('Hai tổ chức đã ký biên bản ghi nhớ.', 2, 'tổ chức', 'Hai tổ chức'),
  count('Lãnh đạo hai tổ chức đã gặp nhau.', 2, 'tổ chức', 'hai tổ chức'),
  count('ba nước', 3, 'nước'),
  count('Đoàn gồm bốn chuyên gia đến từ Nhật Bản.', 4, 'chuyên gia', 'bốn chuyên gia'),
  count('năm người', 5, 'người'),
  count('Có sáu xã bị ảnh hưởng.', 6, 'xã', 'sáu xã'),
  count('bảy đơn vị', 7, 'đơn vị'),
  count('Tám doanh nghiệp được khen thưởng.', 8, 'doanh nghiệp', 'Tám doanh nghiệp'),
  count('chín học sinh', 9, 'học sinh'),
  count('mười sáng kiến', 10, 'sáng kiến'),
  count('mười lăm chuyên gia', 15, 'chuyên gia'),
  count('mười nhăm người', 15, 'người'),
  count('hai mươi mốt tỉnh', 21, 'tỉnh'),
  count('Có hai mươi lăm sinh viên nhận học bổng.', 25, 'sinh viên', 'hai mươi lăm sinh viên'),
  count('ba mươi tư nước', 34, 'nước'),
  count('bốn mươi lăm hội viên', 45, 'hội viên'),
  count('năm mươi người', 50, 'người'),
  count('một trăm linh năm doanh nghiệp', 105, 'doanh nghiệp'),
  count('một trăm lẻ tám cán bộ', 108, 'cán bộ'),
  // numbers going on a list opened by `số` name more of its things (`ao số 7, 8 và 11`), no figure
  none('Cá ở các lồng số 3, 5 và 12 bắt đầu nổi đầu.', '5'),
  none('Cá ở các lồng số 3, 5 và 12 bắt đầu nổi đầu.', '12'),
  count('Cá ở các lồng số 3, 5 và 12 bắt đầu nổi đầu, mỗi lồng thả 2.000 con.', 2000, 'con', '2.000 con'),
  // `hai bờ`, `hai đầu cầu`: the two sides of a place, no count; `hai đầu máy` (locomotives) counts
  none('Cây cầu mới nối liền người dân hai bờ sông Tiền.', 'hai bờ'),
  none('Cảnh sát giao thông phân luồng ở hai đầu cầu Rạch Miễu.', 'hai đầu'),
  figure('Ngành đường sắt thuê thêm hai đầu máy kéo tàu hàng.', { kind: 'count', value: 2 }, 'hai đầu máy'),
  // `nửa` before a scale word is half of it; before anything else a part, no number
  qualified('Mỗi năm hợp tác xã bán ra hơn nửa triệu bó hoa.', 'count', 500_000, 'bó hoa', 'over', 'hơn nửa triệu bó hoa'),
  money('Gia đình vay nửa tỷ đồng để mở xưởng.', 500_000_000, 'đồng', 'nửa tỷ đồng'),
  none('Công trình chậm nửa tháng so với kế hoạch.', 'nửa tháng'),
  count('hai trăm ba mươi hộ', 230, 'hộ'),
  count('chín trăm người', 900, 'người'),
  count('ba nghìn người', 3000, 'người'),
  count('ba ngàn người', 3000, 'người'),
  count('hai triệu rưỡi người dân', 2_500_000, 'người dân'),
  count('Đội chỉ có một người dự bị.', 1, 'người', 'một người'),
  count('Sổ cũ chỉ ghi tên một người, nay được ghi thêm tên vợ.', 1, 'người', 'một người'),
  count('Mỗi đợt trường chỉ tuyển một giáo viên tiếng Anh.', 1, 'giáo viên', 'một giáo viên'),
  none('Ông Lò Văn Hải chỉ đạo một tổ công tác xuống xã.', 'một tổ'),
  none('Hợp tác xã chỉ như một người anh cả của bà con.', 'một người'),
  count('Đây là một doanh nghiệp duy nhất đạt giải.', 1, 'doanh nghiệp', 'một doanh nghiệp'),
  count('Chỉ một người vắng mặt.', 1, 'người', 'một người'),
  count('Trường tuyển thêm 12 cô giáo cho năm học mới.', 12, 'cô giáo', '12 cô giáo'),
  count('Xã có 5 thầy giáo tình nguyện lên bản.', 5, 'thầy giáo', '5 thầy giáo'),
  count('hai chục người', 20, 'người'),
  count('Chúng tôi cử mười hai cán bộ sang học tập.', 12, 'cán bộ', 'mười hai cán bộ'),
  count('Cả hai tổ chức đều có chung mục tiêu.', 2, 'tổ chức', 'hai tổ chức'),
  count('Ba bộ, ngành đã có ý kiến.', 3, 'bộ, ngành', 'Ba bộ, ngành'),
  count('Ông có ba người con.', 3, 'người con', 'ba người con'),
  count('một nghìn không trăm linh năm người', 1005, 'người'),

  // scales and money
  count('1,5 triệu người', 1_500_000, 'người'),
  money('1,5 tỷ đồng', 1_500_000_000, 'đồng'),
  money('2.350 tỷ đồng', 2_350_000_000_000, 'đồng'),
  money('200 USD', 200, 'USD'),
  money('Kim ngạch đạt 10 tỷ USD trong năm.', 10_000_000_000, 'USD', '10 tỷ USD'),
  money('Giá vé là 50.000 đồng.', 50_000, 'đồng', '50.000 đồng'),
  money('Ly cà phê giá 35.000đ.', 35_000, 'đồng', '35.000đ'),
  money('Phí dịch vụ 10.000 VNĐ mỗi tháng.', 10_000, 'VNĐ', '10.000 VNĐ'),
  money('Khoản vay 5 triệu euro đã được giải ngân.', 5_000_000, 'euro', '5 triệu euro'),
  money('Gói hỗ trợ trị giá 20 nghìn tỷ đồng.', 20_000_000_000_000, 'đồng', '20 nghìn tỷ đồng'),
  money('Tổng vốn 1 tỷ 200 triệu đồng.', 1_200_000_000, 'đồng', '1 tỷ 200 triệu đồng'),
  money('Mỗi hộ nhận hai triệu đồng.', 2_000_000, 'đồng', 'hai triệu đồng'),
  money('ba trăm nghìn đồng', 300_000, 'đồng'),
  money('Lương khởi điểm 8tr đồng.', 8_000_000, 'đồng', '8tr đồng'),
  money('1,2 triệu USD', 1_200_000, 'USD'),
  money('Sàn bị đóng băng hơn 4 triệu USDT của người chơi.', 4_000_000, 'USDT', '4 triệu USDT'),
  money('Nhóm lừa đảo nhận 120.000 USDC qua ví điện tử.', 120_000, 'USDC', '120.000 USDC'),
  money('Vé máy bay chỉ $200.', 200, 'USD', '$200'),
  money('Khoản tài trợ 300.000 đô la Mỹ.', 300_000, 'đô la mỹ', '300.000 đô la Mỹ'),
  money('Dự án vốn 15 triệu yên.', 15_000_000, 'yên', '15 triệu yên'),
  money('Doanh thu đạt 3.500.000.000 đồng.', 3_500_000_000, 'đồng', '3.500.000.000 đồng'),
  money('Chi phí 2,5 tỉ đồng.', 2_500_000_000, 'đồng', '2,5 tỉ đồng'),
  number('Dân số vùng này hơn 2 triệu.', 2_000_000, '2 triệu'),

  money('Giá xăng giảm 500 đồng/lít.', 500, 'đồng/lít', '500 đồng/lít'),
  money('Giá gạo xuất khẩu đạt 652 USD/tấn.', 652, 'USD/tấn', '652 USD/tấn'),
  qualified('Kim ngạch ước đạt 18,5 tỷ USD.', 'money', 18_500_000_000, 'USD', 'approx', '18,5 tỷ USD'),

  // percentages
  percent('20%', 20),
  percent('20 phần trăm', 20),
  percent('Tỷ lệ tăng 12,5%.', 12.5, '12,5%'),
  percent('Doanh nghiệp nhỏ chiếm 45,6% tổng số.', 45.6, '45,6%'),
  figure('Lạm phát tăng 3 điểm phần trăm.', { kind: 'percent', value: 3, unit: 'điểm phần trăm' }, '3 điểm phần trăm'),
  percent('Tỷ lệ hộ nghèo còn 2 %.', 2, '2 %'),
  percent('Kết quả: 97% người được hỏi hài lòng.', 97, '97%'),
  percent('Tăng trưởng đạt 6.5% trong quý.', 6.5, '6.5%'),

  // qualifiers
  qualified('khoảng 200 người', 'count', 200, 'người', 'approx'),
  qualified('Gần 100 doanh nghiệp đã đăng ký.', 'count', 100, 'doanh nghiệp', 'approx', '100 doanh nghiệp'),
  qualified('chừng 50 người', 'count', 50, 'người', 'approx'),
  qualified('xấp xỉ 1.000 tấn', 'count', 1000, 'tấn', 'approx'),
  qualified('Hơn 300 doanh nghiệp đã tham gia.', 'count', 300, 'doanh nghiệp', 'over', '300 doanh nghiệp'),
  qualified('trên 300 doanh nghiệp', 'count', 300, 'doanh nghiệp', 'over'),
  qualified('Ngoài 2 tổ chức trên, còn có các hiệp hội.', 'count', 2, 'tổ chức', 'over', '2 tổ chức'),
  qualified('ít nhất 3 chuyên gia', 'count', 3, 'chuyên gia', 'over'),
  qualified('Các đơn vị có 50 người trở lên phải báo cáo.', 'count', 50, 'người', 'over', '50 người'),
  qualified('trẻ dưới 5 tuổi', 'duration', 5, 'tuổi', 'under', '5 tuổi'),
  qualified('chưa đến 10 ngày', 'duration', 10, 'ngày', 'under'),
  qualified('Hồ sơ được xử lý trong không quá 5 ngày.', 'duration', 5, 'ngày', 'under', '5 ngày'),
  qualified('tối đa 20 học viên', 'count', 20, 'học viên', 'under'),
  qualified('Chưa tới 5% số hộ có máy tính.', 'percent', 5, '%', 'under', '5%'),
  qualified('khoảng 30%', 'percent', 30, '%', 'approx'),
  qualified('hơn 50%', 'percent', 50, '%', 'over'),
  qualified('dưới 10%', 'percent', 10, '%', 'under'),
  qualified('Dự án cần khoảng 2 tỷ đồng.', 'money', 2_000_000_000, 'đồng', 'approx', '2 tỷ đồng'),
  qualified('gần hai trăm người', 'count', 200, 'người', 'approx'),
  qualified('hơn ba nghìn người', 'count', 3000, 'người', 'over'),

  // pay and work reckoned in units of time are amounts, counted
  count('Nhân viên được thưởng 2,5 tháng lương vào dịp Tết.', 2.5, 'tháng lương', '2,5 tháng lương'),
  count('Công trình cần 300 ngày công để hoàn thành.', 300, 'ngày công', '300 ngày công'),
  count('Đội tàu kiểm ngư thực hiện 150 ngày tàu trên biển trong năm.', 150, 'ngày tàu', '150 ngày tàu'),
  duration('Tàu cá bám biển 15 ngày rồi mới về bến.', 15, 'ngày', '15 ngày'),
  // a number ending a hamlet's name (`thôn Tân Lập 2`) before `giờ` ("now"): no hours
  none('Bà cụ ở thôn Tân Lập 2 giờ đã biết dùng điện thoại thông minh.', '2 giờ'),
  duration('Ở thôn này, nước rút sau 3 giờ.', 3, 'giờ', '3 giờ'),
  // markets counted in words, vehicles in a batch
  count('Nhật Bản, Hàn Quốc và Úc là ba thị trường chính của hợp tác xã.', 3, 'thị trường', 'ba thị trường'),
  count('Lô 40 xe buýt điện đầu tiên đã về tới bến.', 40, 'xe buýt điện', '40 xe buýt điện'),
  duration('Chị nghỉ 3 tháng rồi mới đi làm lại.', 3, 'tháng', '3 tháng'),
  duration('Ca mổ kéo dài 6 giờ cùng ê-kíp bác sĩ.', 6, 'giờ', '6 giờ'),
  // a range after `độ tuổi`, `lứa tuổi` with no unit is one of ages
  range('Người lao động trong độ tuổi từ 18 đến 60 được tham gia.', 18, 60, 'tuổi', 'từ 18 đến 60'),
  range('Trẻ thuộc lứa tuổi 6 – 11 được tiêm miễn phí.', 6, 11, 'tuổi', '6 – 11'),
  range('Nhóm khách từ 25 đến 40 chiếm đa số.', 25, 40, null, 'từ 25 đến 40'),
  // a device called by its technique's acronym: the number counts a part of it
  count('Bệnh viện vừa đưa vào dùng máy CT 256 lát cắt.', 256, 'lát cắt', '256 lát cắt'),
  // `cắt lớp` (tomography) is no class's label: the number after it counts slices
  count('Trung tâm y tế lắp máy chụp cắt lớp 64 lát cắt mới.', 64, 'lát cắt', '64 lát cắt'),
  none('Trường tổ chức ôn thi cho học sinh lớp 12 tại hội trường.', 'lớp 12'),
  // a technique written as a digit and capitals (`3D`, `5G`) before a count of the noun after it
  count('Nhà văn hóa mới có một rạp chiếu 3D 85 chỗ ngồi.', 85, 'chỗ ngồi', '85 chỗ ngồi'),
  count('Khu vui chơi mới có một phòng chiếu 5D 24 ghế.', 24, 'ghế', '24 ghế'),
  none('Mạng 5G 2025 sẽ phủ sóng toàn tỉnh.', '2025'),
  // a word in title case after a number (a line run into the next) is no unit
  number('Lượt xem: 2.317 Năm nay ngành du lịch khởi sắc.', 2317, '2.317'),

  // ratios
  ratio('8 trên 10 nước thành viên', 8, 10, 'nước thành viên'),
  ratio('Có 9 trên 10 người tiêu dùng chọn hàng Việt.', 9, 10, 'người tiêu dùng', '9 trên 10 người tiêu dùng'),
  // a whole of millions after `trên` keeps its scale word: one in a million
  ratio('Biến chứng này rất hiếm, chỉ 2 trên 1 triệu bệnh nhân.', 2, 1e6, 'bệnh nhân', '2 trên 1 triệu bệnh nhân'),
  ratio('Tỷ lệ tử vong là 3 trên 100 nghìn dân.', 3, 1e5, 'dân', '3 trên 100 nghìn dân'),
  ratio('3 trong số 10 người', 3, 10, 'người'),
  ratio('7 trong 10 doanh nghiệp', 7, 10, 'doanh nghiệp'),
  // ... but `một trong N` is "one of N": the N a count of its own
  count('Thành phố là một trong 5 địa phương được chọn làm điểm.', 5, 'địa phương', '5 địa phương'),
  count('Anh là một trong số 12 học viên tốt nghiệp loại giỏi.', 12, 'học viên', '12 học viên'),
  ratio('Cứ 1 trên 4 người trưởng thành mắc bệnh.', 1, 4, 'người', '1 trên 4 người'),
  // a counted noun stops before a product named by its parts (`vắc xin 6 trong 1`); without it, the noun runs on
  count('Tỉnh nhận thêm 20.000 liều vắc xin 6 trong 1 trong tháng.', 20000, 'liều', '20.000 liều'),
  count('Tỉnh nhận thêm 20.000 liều vắc xin sởi trong tháng.', 20000, 'liều vắc xin', '20.000 liều vắc xin'),
  // a change `từ 4 xuống còn 2 mũi`: the first number takes the unit of the one it changes to
  count('Lịch tiêm rút từ 4 xuống còn 2 mũi cho mỗi người.', 4, 'mũi', '4'),
  // nouns that open with a word ending other nouns (`công bố` the verb, `hiện` "now"): publications, artefacts
  count('Nhóm nghiên cứu có 15 công bố trên tạp chí quốc tế.', 15, 'công bố', '15 công bố'),
  count('Bảo tàng trưng bày 140 hiện vật thời Lý.', 140, 'hiện vật', '140 hiện vật'),
  none('Hai doanh nghiệp công bố kết quả kinh doanh quý 3.', 'công bố'),
  // `N trong 1` after no product's noun stays what it was: a ratio needs more than one, `3 trong 10` is one
  ratio('Có 3 trong 10 loại thuốc bị thu hồi.', 3, 10, 'loại thuốc', '3 trong 10 loại thuốc'),
  // `trong tổng số`, `trên tổng số`: the whole the share is taken of; with a noun after the first number, two counts
  ratio('Có 15 trong tổng số 40 hộ đã lắp đồng hồ nước.', 15, 40, 'hộ', '15 trong tổng số 40 hộ'),
  ratio('Mới có 1.200 trên tổng số 3.000 hộ đấu nối.', 1200, 3000, 'hộ', '1.200 trên tổng số 3.000 hộ'),
  count('Đội đã trồng 12 cây trong tổng số 40 cây được giao.', 12, 'cây', '12 cây'),
  // after `chiếm` a share with no noun: no day and month
  ratio('Trong kim ngạch, hàng rau quả chiếm khoảng 1/4.', 1, 4, null, '1/4'),
  ratio('Lao động nữ chiếm 2/3 trong tổng số.', 2, 3, null, '2/3'),
  ratio('Năm nay, hàng rau quả chiếm khoảng 1/5.\nTheo TTXVN', 1, 5, null, '1/5'),
  ratio('Số xã đạt chuẩn là 12/40.\nCác xã còn lại đang hoàn thiện hồ sơ.', 12, 40, null, '12/40'),
  // a rate's value after `đạt`, `là`, `bằng`, with `tỷ lệ` named before in the sentence: a share, no day
  ratio('Tỷ lệ vốn tự có của dự án bằng 1/5.', 1, 5, null, '1/5'),
  // `năm` after `một trong` counts a noun the lexicon knows (one of five); `trong năm` before other words is the year
  count('Đây là một trong năm dự án trọng điểm của tỉnh.', 5, 'dự án', 'năm dự án'),
  count('Hội An là một trong năm thành phố được khảo sát.', 5, 'thành phố', 'năm thành phố'),
  none('Trong năm doanh nghiệp nộp thuế đầy đủ.', 'năm doanh nghiệp'),
  // a fraction after `trong đó` is a part of what was counted
  ratio('Xã có 240 hộ chăn nuôi, trong đó 1/3 nuôi bò sinh sản.', 1, 3, null, '1/3'),
  none('Trong đó ngày 1/3 là ngày khai mạc.', '1/3'),
  ratio('Tỷ lệ học sinh đỗ đại học năm nay đạt 2/3.', 2, 3, null, '2/3'),
  ratio('Ở huyện này, tỉ lệ nữ trong cấp ủy là 1/4.', 1, 4, null, '1/4'),
  none('Sản lượng tôm của hợp tác xã đạt 1/3 trước khi mưa.', '1/3'),
  none('Tỷ lệ tiêm chủng cao. Đợt tiêm kết thúc là 1/3 năm sau.', '1/3'),
  none('Ban tổ chức dời lịch thi đấu sang 1/5.', '1/5'),
  ratio('2/3 số doanh nghiệp', 2, 3, 'doanh nghiệp'),
  // a drawing's scale after `tỷ lệ`, no share; a share after it stays one
  none('Các xã lập quy hoạch chi tiết tỷ lệ 1/500 trong năm nay.', '1/500'),
  ratio('Tỷ lệ 1/4 số hộ có nước sạch là quá thấp.', 1, 4, 'hộ', '1/4 số hộ'),
  ratio('Khoảng 3/4 số tỉnh đã hoàn thành.', 3, 4, 'tỉnh', '3/4 số tỉnh'),
  ratio('Đã có 45/63 tỉnh, thành phố triển khai.', 45, 63, 'tỉnh, thành phố', '45/63 tỉnh, thành phố'),
  ratio('một phần ba', 1, 3, null),
  ratio('hai phần ba số đại biểu', 2, 3, 'đại biểu'),
  ratio('Một nửa số học sinh đi xe buýt.', 1, 2, 'học sinh', 'Một nửa số học sinh'),
  ratio('ba phần tư', 3, 4, null),
  ratio('Tỷ lệ 18/20 đơn vị đạt chuẩn.', 18, 20, 'đơn vị', '18/20 đơn vị'),
  // a share after a word that could open a date (`tại`, `trong`): the noun after it makes it a share, no day
  ratio('Nắng nóng gay gắt tại 6/9 huyện, thị xã của tỉnh.', 6, 9, 'huyện, thị xã', '6/9 huyện, thị xã'),
  ratio('Trong 3/5 xã đã có trạm y tế đạt chuẩn.', 3, 5, 'xã', '3/5 xã'),

  // ranges
  range('5 – 7 người', 5, 7, 'người'),
  range('5-7 người', 5, 7, 'người'),
  range('từ 20 đến 25 chuyên gia', 20, 25, 'chuyên gia'),
  range('từ 5% đến 15%', 5, 15, '%'),
  range('10 – 15%', 10, 15, '%'),
  range('Giá dao động 2 – 3 triệu đồng.', 2_000_000, 3_000_000, 'đồng', '2 – 3 triệu đồng'),
  range('từ 3 đến 5 năm', 3, 5, 'năm'),
  range('100 - 200 USD', 100, 200, 'USD'),
  range('từ 10 tới 12 tỉnh', 10, 12, 'tỉnh'),
  range('30 đến 40 phút', 30, 40, 'phút'),
  range('hai đến ba ngày', 2, 3, 'ngày'),
  range('Nhiều doanh nghiệp chỉ có năm, bảy lao động.', 5, 7, 'lao động', 'năm, bảy lao động'),
  range('Việc này mất hai, ba ngày.', 2, 3, 'ngày', 'hai, ba ngày'),
  range('từ 1.000 đến 2.000 tấn', 1000, 2000, 'tấn'),
  range('Mỗi lớp có 25-30 học viên.', 25, 30, 'học viên', '25-30 học viên'),
  range('Tăng trưởng dự kiến 6,5 – 7%.', 6.5, 7, '%', '6,5 – 7%'),
  range('từ 5 triệu đến 10 triệu đồng', 5_000_000, 10_000_000, 'đồng'),
  range('Thời gian chờ từ 15 đến 20 ngày.', 15, 20, 'ngày', 'từ 15 đến 20 ngày'),

  // changes: `từ A lên B`, `từ A xuống B` are two figures, A with the unit (and scale) of B
  count('Năng lực thông qua tăng từ 24 lên 30 đôi tàu mỗi ngày.', 24, 'đôi tàu', '24'),
  count('Năng lực thông qua tăng từ 24 lên 30 đôi tàu mỗi ngày.', 30, 'đôi tàu', '30 đôi tàu'),
  // a one-word qualifier of the number changed to stays its own
  count('Quy mô tăng từ 2.300 lên khoảng 3 nghìn học viên vào năm 2030.', 2300, 'học viên', '2.300'),
  count('Đàn trâu giảm từ 900 xuống gần 600 con.', 900, 'con', '900'),
  // the number that `số` and its noun come to counts that noun
  count('Tính đến cuối tháng, số ca mắc đã lên tới 1.240.', 1240, 'ca mắc', '1.240'),
  count('Bệnh viện mở thêm khoa mới, nâng tổng số giường lên 450.', 450, 'giường', '450'),
  count('Từ đầu năm, số hộ đã vượt 3.000.', 3000, 'hộ', '3.000'),
  // the number a change of `số` and its noun starts from, an acronym's too, and then the number it changes to
  count('Trong hai năm, số hộ tăng từ 80 lên 120.', 80, 'hộ', '80'),
  count('Số DNNVV tăng từ 340 lên 415, trong đó 60 doanh nghiệp xuất khẩu.', 340, 'DNNVV', '340'),
  count('Số DNNVV tăng từ 340 lên 415, trong đó 60 doanh nghiệp xuất khẩu.', 415, 'DNNVV', '415'),
  number('Doanh thu của DNNVV tăng từ 340 lên 415, theo báo cáo.', 340, '340'),
  // a noun the lexicon does not know whole, or no word of coming to between: left a plain number
  number('Sân bay mở rộng, nâng tổng số vị trí đỗ tàu bay lên 30.', 30, '30'),
  number('Trong số hộ nghèo, 120 đã thoát nghèo.', 120, '120'),
  // and the other way round: the number changed to takes the unit said after the number changed from
  count('Sau sắp xếp, bệnh viện giảm từ 9 khoa xuống còn 6.', 6, 'khoa', '6'),
  count('Quốc lộ được mở rộng từ 2 làn lên 4, đoạn qua thị trấn.', 4, 'làn', '4'),
  duration('Thời gian cấp phép rút từ 15 ngày xuống 10.', 10, 'ngày', '10'),
  // a sum's scale is not carried, and a number that moves the other way is no such change
  number('Mức hỗ trợ tăng từ 5 triệu đồng lên 7, tùy hộ.', 7, '7'),
  number('Nhóm giảm từ 12 người xuống còn 15 là không thể.', 15, '15'),
  percent('Lãi suất giảm từ 8 xuống 6%.', 8, '8'),
  money('Giá tăng từ 1,5 lên 2 triệu đồng.', 1_500_000, 'đồng', '1,5'),
  count('Số ca tăng từ năm lên bảy người.', 5, 'người', 'năm'),
  count('Đàn bò tăng từ năm lên chín con.', 5, 'con', 'năm'),
  none('Cháu bị sốt nặng từ năm lên 2 tuổi.', 'năm'),
  none('Em mất thị lực từ năm lên 4 tuổi.', 'năm'),
  figure('Nhiệt độ giảm từ -2 xuống -5 độ C.', { kind: 'count', value: -2, unit: 'độ C' }, '-2'),
  number('Chỉ số tăng từ 24 lên 26.', 24, '24'),

  // ordinals
  ordinal('lần thứ 5', 5),
  ordinal('lần thứ ba', 3),
  ordinal('nhà máy thứ tư', 4, 'thứ tư'),
  ordinal('Kỳ họp thứ 6 bế mạc hôm nay.', 6, 'thứ 6'),
  ordinal('Việt Nam đứng thứ 3 trong khu vực.', 3, 'thứ 3'),
  ordinal('Thứ nhất, cần hoàn thiện thể chế.', 1, 'Thứ nhất'),
  ordinal('Thứ hai, phải đào tạo nguồn nhân lực.', 2, 'Thứ hai'),
  ordinal('Đây là lần đầu tiên hai bên hợp tác.', 1, 'lần đầu tiên'),
  ordinal('Ông là người thứ 10 nhận giải.', 10, 'thứ 10'),
  ordinal('Giải được tổ chức lần thứ hai mươi.', 20, 'lần thứ hai mươi'),
  ordinal('Dự án thứ hai sẽ khởi công sau.', 2, 'thứ hai'),

  // durations and ages
  duration('60 năm', 60, 'năm'),
  duration('kỷ niệm 60 năm thành lập', 60, 'năm', '60 năm'),
  duration('3 tháng', 3, 'tháng'),
  duration('Khóa học kéo dài 2 tuần.', 2, 'tuần', '2 tuần'),
  duration('Hàng hóa được thông quan trong 15 ngày.', 15, 'ngày', '15 ngày'),
  duration('Trực 24 giờ mỗi ngày.', 24, 'giờ', '24 giờ'),
  duration('Cuộc họp kéo dài 45 phút.', 45, 'phút', '45 phút'),
  duration('hai thập kỷ', 2, 'thập kỷ'),
  duration('ba năm', 3, 'năm'),
  duration('Sau năm năm xây dựng, nhà máy hoàn thành.', 5, 'năm', 'năm năm'),
  duration('mười năm', 10, 'năm'),
  duration('Cụ bà năm nay 90 tuổi.', 90, 'tuổi', '90 tuổi'),
  duration('Ông có 30 năm kinh nghiệm.', 30, 'năm', '30 năm'),
  // the length of time in a date counted back from publication stays a figure
  duration('Cách đây 4 năm, hợp tác xã chỉ có 9 thành viên.', 4, 'năm', '4 năm'),
  // a demonstrative closes the subject, so the label word after it is a verb (`cấp`, issued); a verb of giving
  // before a label word makes it the receiver (`đặt hàng Trường`)
  count('Riêng tháng 5, bệnh viện này cấp 812 giấy, gấp đôi tháng trước.', 812, 'giấy', '812 giấy'),
  count('Sở sẽ đặt hàng Trường 3 đề tài cấp tỉnh trong năm tới.', 3, 'đề tài', '3 đề tài'),
  count('Huyện đã bàn giao trường 4 lớp học mới.', 4, 'lớp học', '4 lớp học'),
  none('Trường 2 của huyện nằm gần chợ.', 'Trường 2'),
  // members counted, capitalized too; individuals and collectives counted, `năm` among them five
  count('Hội đồng miễn nhiệm ba Ủy viên.', 3, 'Ủy viên', 'ba Ủy viên'),
  // a body's directors, the peoples of a land, teams set up, the axes of a plan, counted in words too
  count('Sở Nội vụ công bố quyết định bổ nhiệm hai Phó Giám đốc.', 2, 'Phó Giám đốc', 'hai Phó Giám đốc'),
  count('Huyện có năm dân tộc cùng sinh sống.', 5, 'dân tộc', 'năm dân tộc'),
  count('Xã thành lập ba tổ tuần tra ban đêm.', 3, 'tổ', 'ba tổ'),
  count('Quy hoạch xác định ba trục phát triển chính.', 3, 'trục', 'ba trục'),
  none('Ngày 5/3, Giám đốc Sở làm việc với huyện.', 'Giám đốc'),
  count('Đoàn đề nghị kiểm điểm ba tập thể và năm cá nhân có liên quan.', 5, 'cá nhân', 'năm cá nhân'),
  count('Đoàn đề nghị kiểm điểm ba tập thể và năm cá nhân có liên quan.', 3, 'tập thể', 'ba tập thể'),
  duration('Chương trình thí điểm trong 6 tháng.', 6, 'tháng', '6 tháng'),
  duration('Chuyến bay mất 2 tiếng.', 2, 'tiếng', '2 tiếng'),
  duration('một năm', 1, 'năm'),
  none('Ngành chè bước ra sau một năm 2023 nhiều biến động.', 'một năm'),
  // `là một năm …`: "a year" the clause describes; `… đồng một tháng`: a sum's rate; neither a length of time
  none('Năm nay được coi là một năm bản lề của ngành thủy sản.', 'một năm'),
  none('Mỗi hộ đóng khoảng 200.000 đồng một tháng tiền rác.', 'một tháng'),
  none('Nếu mỗi hộ bớt 2 m3 một tháng, nhà máy đỡ được nhiều.', 'một tháng'),
  none('Mỗi con bò cho 15 lít sữa một ngày.', 'một ngày'),
  duration('Việc cấp lại giấy tờ mất gần một tháng.', 1, 'tháng', 'một tháng'),
  // `một lần` counted after `đúng`, `chỉ` (exactly, only once); else "once upon a time", "again"
  count('Người dân chỉ phải đến bộ phận một cửa đúng một lần.', 1, 'lần', 'một lần'),
  none('Một lần, tôi gặp ông ở chợ huyện.', 'Một lần'),
  none('Dư luận một lần nữa lên tiếng.', 'một lần'),
  duration('Công trình thi công hai năm rưỡi.', 2.5, 'năm', 'hai năm rưỡi'),
  duration('Chuyến bay mất một tiếng rưỡi.', 1.5, 'tiếng', 'một tiếng rưỡi'),
  duration('năm năm', 5, 'năm'),
  duration('hai mươi năm', 20, 'năm'),
  duration('một trăm năm', 100, 'năm'),

  // in-sentence: several figures, the one asked for
  count('Đoàn gồm 12 thành viên, trong đó có 3 chuyên gia quốc tế.', 3, 'chuyên gia', '3 chuyên gia'),
  count('Đoàn gồm 12 thành viên, trong đó có 3 chuyên gia quốc tế.', 12, 'thành viên', '12 thành viên'),
  percent('Có 40 doanh nghiệp, chiếm 25% tổng số.', 25, '25%'),
  count('Có 40 doanh nghiệp, chiếm 25% tổng số.', 40, 'doanh nghiệp', '40 doanh nghiệp'),
  count('Năm 2020, Tổng cục đã tổ chức 15 hội nghị quốc tế.', 15, 'hội nghị', '15 hội nghị'),
  range('Thay vì 1 người, chúng ta đã cử được 5 – 7 người tham gia.', 5, 7, 'người', '5 – 7 người'),
  count('Thay vì 1 người, chúng ta đã cử được 5 – 7 người tham gia.', 1, 'người', '1 người'),
  duration('Trong năm 2021, chúng ta kỷ niệm 60 năm thành lập hiệp hội.', 60, 'năm', '60 năm'),
  count('Ngày 15/8/2022, 200 cán bộ đã tham gia tập huấn.', 200, 'cán bộ', '200 cán bộ'),
  money('Tháng 6/2024, doanh nghiệp đầu tư 3 tỷ đồng vào dây chuyền.', 3_000_000_000, 'đồng', '3 tỷ đồng'),
  count('Theo Nghị định 15/2018/NĐ-CP, 12 nhóm sản phẩm phải kiểm tra.', 12, 'nhóm sản phẩm', '12 nhóm sản phẩm'),
  count('Chuẩn ISO 9001:2015 đã được 500 doanh nghiệp áp dụng.', 500, 'doanh nghiệp', '500 doanh nghiệp'),
  count('Nhà máy số 2 tuyển thêm 80 công nhân.', 80, 'công nhân', '80 công nhân'),
  count('Trong đại dịch Covid-19, 30 bệnh viện đã quá tải.', 30, 'bệnh viện', '30 bệnh viện'),


  // in-sentence: figures beside codes, names and dates
  duration('Trong 2 năm 2022 - 2023, ngành tăng trưởng tốt.', 2, 'năm', '2 năm'),
  // After a label, a span of as many years as the number says: the length of the period.
  duration('Kế hoạch giai đoạn 5 năm 2021-2025 đã hoàn thành.', 5, 'năm', '5 năm'),
  duration('Chương trình giai đoạn 3 năm 2023 - 2025 được phê duyệt.', 3, 'năm', '3 năm'),
  count('Mỗi năm 5 triệu người đến thăm.', 5_000_000, 'người', '5 triệu người'),
  count('Năm 2023, Tổng cục công bố 845 TCVN.', 845, 'TCVN', '845 TCVN'),
  count('05 cán bộ được cử đi học.', 5, 'cán bộ', '05 cán bộ'),
  percent('Lãi suất chỉ 0,5% mỗi tháng.', 0.5, '0,5%'),
  count('Năm người bị thương nhẹ.', 5, 'người', 'Năm người'),
  percent('Tỷ lệ đạt hai mươi phần trăm.', 20, 'hai mươi phần trăm'),
  count('Có nơi nhiệt độ lên 39°C.', 39, '°C', '39°C'),
  count('Nhiệt độ cao nhất 38 độ C.', 38, 'độ C', '38 độ C'),
  count('Xe chạy với tốc độ 100 km/h.', 100, 'km/h', '100 km/h'),
  range('Lãi suất ở mức 6-7%/năm.', 6, 7, '%/năm', '6-7%/năm'),
  money('Thanh khoản đạt 18.000 tỷ đồng/phiên.', 18_000_000_000_000, 'đồng/phiên', '18.000 tỷ đồng/phiên'),
  figure('Khối ngoại bán ròng hơn 2.000 tỷ.', { kind: 'number', value: 2_000_000_000_000, qualifier: 'over' }, '2.000 tỷ'),
  count('VN-Index tăng 12,5 điểm lên 1.250 điểm.', 1250, 'điểm', '1.250 điểm'),
  percent('Thu ngân sách vượt 10% dự toán.', 10, '10%'),
  ordinal('Việt Nam xếp thứ 46/132 quốc gia.', 46, 'thứ 46'),
  ratio('Hơn 1/3 dân số sống ở đô thị.', 1, 3, 'dân số', '1/3 dân số'),
  count('Chúng tôi cử hai đoàn sang Nhật Bản.', 2, 'đoàn', 'hai đoàn'),
  // an ordinal after `và` (a weekday only after a weekday: `thứ 3 và thứ 5`)
  ordinal('Cà phê đứng thứ 2 về kim ngạch và thứ 4 về sản lượng.', 4, 'thứ 4'),
  none('Lớp học mở vào thứ 3 và thứ 5 hằng tuần.', 'thứ 5'),
  none('Văn phòng tiếp dân từ thứ hai đến thứ sáu.', 'thứ sáu'),
  // a place in a ranking after `xếp hạng`, `đứng hạng`; `hạng 1` alone is a class
  ordinal('Đội bóng hiện xếp hạng 15 trên bảng tổng sắp.', 15, 'hạng 15'),
  ordinal('Trường đại học đứng hạng 8 trong nước.', 8, 'hạng 8'),
  none('Bệnh viện tỉnh được công nhận hạng 1 từ năm ngoái.', 'hạng 1'),
  // an age after `tuổi`
  duration('Chị lập gia đình ở tuổi 25.', 25, 'tuổi', 'tuổi 25'),
  duration('Dịch Covid-19 khiến nhiều người ngoài tuổi 60 phải nhập viện.', 60, 'tuổi', 'tuổi 60'),
  none('Dịch Covid-19 khiến nhiều người ngoài tuổi 60 phải nhập viện.', 'Covid-19'),
  // with a qualifier between the word and the number
  qualified('Phần lớn lao động ở độ tuổi dưới 35 có việc làm ổn định.', 'duration', 35, 'tuổi', 'under', 'dưới 35'),
  qualified('Người ở độ tuổi trên 60 được tiêm trước.', 'duration', 60, 'tuổi', 'over', 'trên 60'),
  qualified('Trẻ trong độ tuổi dưới 6 tháng được bú mẹ hoàn toàn.', 'duration', 6, 'tháng', 'under', 'dưới 6 tháng'),
  // a number in words after a label counts a noun the lexicon knows (`sân hai` names no field)
  count('Ban huấn luyện tung vào sân ba cầu thủ dự bị.', 3, 'cầu thủ', 'ba cầu thủ'),
  none('Sang hiệp hai, đội khách gỡ hòa.', 'hiệp hai'),
  none('Đội tuyển U23 tung vào sân 2 tân binh.', 'U23'),
  // a range whose upper bound is left out (`đến dưới`)
  range('Tiền gửi kỳ hạn từ 3 tháng đến dưới 12 tháng có lãi suất thấp hơn.', 3, 12, 'tháng', 'từ 3 tháng đến dưới 12 tháng'),
  // less than so many hours: a duration, no clock time
  qualified('Việc sơ tán hoàn tất sau chưa đến 3 giờ kể từ khi có lệnh.', 'duration', 3, 'giờ', 'under', 'chưa đến 3 giờ'),
  // a school grade, a list of so many things
  count('Trường có 420 học sinh khối 11 tham gia.', 420, 'học sinh', '420 học sinh'),
  none('Trường có 420 học sinh khối 11 tham gia.', 'khối 11'),
  none('Thông tư 12/2023/TT-BKHCN áp dụng cho học sinh khối 12.', 'khối 12'),
  count('Bộ phê duyệt danh mục 15 dự án cần kêu gọi đầu tư.', 15, 'dự án', '15 dự án'),
  // round the clock, no ratio, unless a noun is counted
  none('Đường dây nóng hoạt động 24/7 để hỗ trợ người dân.', '24/7'),
  none('Lực lượng chức năng trực 24/24 giờ trong dịp lễ.', '24/24'),
  ratio('Đã có 24/24 huyện hoàn thành chỉ tiêu.', 24, 24, 'huyện', '24/24 huyện'),
  none('Doanh nghiệp cần chuẩn bị cho công nghiệp 4.0 và phục vụ khách 24/7.', '4.0'),
  // a scale word that opens a noun (`tỷ lệ`, `tỷ giá`, `tỷ trọng`, `triệu phú`) multiplies nothing
  count('Báo cáo so sánh hai tỷ lệ tiêm chủng.', 2, 'tỷ lệ', 'hai tỷ lệ'),
  count('Ngân hàng niêm yết bốn tỷ giá khác nhau.', 4, 'tỷ giá', 'bốn tỷ giá'),
  count('Ngành có 2 tỷ trọng cần điều chỉnh.', 2, 'tỷ trọng', '2 tỷ trọng'),
  count('Làng có sáu triệu phú trồng cà phê.', 6, 'triệu phú', 'sáu triệu phú'),
  money('Dự án cần hai tỷ đồng để hoàn thành.', 2_000_000_000, 'đồng', 'hai tỷ đồng'),
  figure('Lợi nhuận đạt 3 tỷ, tỷ lệ tăng 20%.', { kind: 'number', value: 3_000_000_000 }, '3 tỷ'),
  // an all-caps word of things after a number counts them; a currency code is money, letters glued make a code
  count('Trung tâm dữ liệu lắp thêm 64 GPU.', 64, 'GPU', '64 GPU'),
  count('Máy chủ có 4 CPU chạy song song.', 4, 'CPU', '4 CPU'),
  count('Ngân hàng đặt 150 ATM ở vùng sâu.', 150, 'ATM', '150 ATM'),
  money('Mỗi vé giá 12 USD.', 12, 'USD', '12 USD'),
  none('Từ năm 2019 EVN đã đầu tư thêm lưới điện.', '2019 EVN'),
  // an all-caps noun closing a title line
  count('Đoàn thể thao tỉnh giành 5 HCB\nThứ Hai', 5, 'HCB', '5 HCB'),
  // sport's acronyms of people and medals count like their words (a lexicon: any capital run with `Đ` is not one)
  count('Đoàn chủ nhà giành 6 HCĐ ở nội dung tiếp sức.', 6, 'HCĐ', '6 HCĐ'),
  count('Giải quy tụ 350 VĐV trẻ.', 350, 'VĐV', '350 VĐV'),
  range('Mỗi tỉnh cử từ 10 đến 12 VĐV dự giải.', 10, 12, 'VĐV', 'từ 10 đến 12 VĐV'),
  count('Giải đấu có 16 CLB tham dự.', 16, 'CLB', '16 CLB'),
  none('Nhà mạng phủ sóng 5G ở 20 tỉnh.', '5G'),
  none('Hội nghị G7 năm nay bàn về thương mại.', 'G7'),
  none('Theo Thông tư 08/2024/TT-BGDĐT, trường phải công khai học phí.', '08/2024/TT-BGDĐT'),
  none('Số ca Covid-19 giảm mạnh trong tuần.', 'Covid-19'),
  // a label word that is the last syllable of an adjective (`khẩn cấp`, `cao cấp`) names nothing by the number after it
  count('Chính quyền di dời khẩn cấp 40 hộ dân khỏi bờ sông.', 40, 'hộ dân', '40 hộ dân'),
  none('Các cơ sở đào tạo cấp 3 chứng chỉ mỗi năm.', 'cấp 3 chứng chỉ'),
  // a dwelling described by its rooms or floors counts them; alone its number is its name
  count('Khách mua chủ yếu chọn căn hộ 3 phòng ngủ ở ngoại thành.', 3, 'phòng ngủ', '3 phòng ngủ'),
  count('Gia đình xây nhà 4 tầng trên mảnh đất nhỏ.', 4, 'tầng', '4 tầng'),
  none('Ông sống ở căn hộ 12 tòa B.', '12'),
  // a building called by its use after `nhà` counts its floors as a dwelling does
  count('Nhà điều hành 3 tầng được xây cạnh bể chứa.', 3, 'tầng', '3 tầng'),
  none('Ông trực ở nhà trạm 2 từ năm ngoái.', '2'),
  // a piece of writing told by its length counts its words or pages; alone its number is a lesson's name
  count('Mỗi tuần em viết một bài 600 chữ về cuốn sách vừa đọc.', 600, 'chữ', '600 chữ'),
  count('Hợp đồng có 2 chữ ký của hai bên.', 2, 'chữ ký', '2 chữ ký'),
  none('Học sinh làm bài 3 trong sách giáo khoa.', '3'),
  // times a day after a name count the times, as `lần` alone does
  count('Đài phát bản tin tiếng Khmer 3 lần/ngày trong mùa lũ.', 3, 'lần/ngày', '3 lần/ngày'),
  // a product's grade after `loại` names a class, no quantity, unless a unit follows; before it, the number counts kinds
  none('Thương lái mua gạo loại 1 với giá cao hơn.', '1'),
  count('Chợ bán 4 loại gạo và 2 loại nếp.', 4, 'loại gạo', '4 loại gạo'),
  count('Hãng giảm giá dòng xe loại 7 chỗ trong tháng này.', 7, 'chỗ', '7 chỗ'),
  // a word that numbers a range's ends before it is its unit: grades, floors, weeks of a pregnancy
  range('Thai phụ nên siêu âm hình thái ở tuần 20 - 22.\nSau đó', 20, 22, 'tuần', 'tuần 20 - 22'),
  range('Chương trình dành cho học sinh các lớp từ 6 đến 9.', 6, 9, 'lớp', 'từ 6 đến 9'),
  range('Cửa hàng thuê mặt bằng tầng 2 - 4 của tòa nhà.', 2, 4, 'tầng', 'tầng 2 - 4'),
  none('Doanh số tuần tới dự kiến tăng mạnh.', 'tuần tới'),
  // a full stop then a line break ends a range or an all-caps unit, as it ends a sentence (no code's dot)
  count('Đội tuyển kết thúc giải với 3 HCV.\nBình luận', 3, 'HCV', '3 HCV'),
  range('Giá cá tra dao động 28 - 30 nghìn đồng.\nTại An Giang', 28_000, 30_000, 'đồng', '28 - 30 nghìn đồng'),
  // a number word before a known classifier counts it: `ba quả`
  count('Hậu vệ ghi liền hai quả phạt đền trong hiệp một.', 2, 'quả', 'hai quả'),
  count('Mỗi hộp có năm quả trứng vịt.', 5, 'quả', 'năm quả'),
  // after `mỗi`, a day or label word is a noun of its own and the number counts what follows
  count('Vận động viên tập mỗi ngày 3 buổi trong tháng cao điểm.', 3, 'buổi', '3 buổi'),
  count('Đội bóng tập 5 buổi mỗi tuần trước giải.', 5, 'buổi', '5 buổi'),
  none('Chương trình phát sóng tập 6 vào tối nay.', '6'),
  count('Trung tâm mở lớp, mỗi khóa 30 học viên.', 30, 'học viên', '30 học viên'),
  none('Lễ hội diễn ra vào mỗi tháng 3 hằng năm.', '3'),
  // a game's score is no range
  none('Anh thắng với tỷ số 21-19, 17-21, 21-16.', '17-21'),
  none('Đội khách vươn lên dẫn 9-7 ở set cuối.', '9-7'),
  none('Từ chỗ bị dẫn 18-20, đội chủ nhà lội ngược dòng.', '18-20'),
  duration('Trận chung kết kéo dài 3 giờ 5 phút.', 185, 'phút', '3 giờ 5 phút'),
  duration('Chuyến bay mất 1 giờ 40 phút.', 100, 'phút', '1 giờ 40 phút'),
  none('Phiên họp khai mạc lúc 8 giờ 15 phút.', '8 giờ'),
  none('Đội khách để thua 1-2 ở phút cuối.', '1-2'),
  range('Đội bóng thắng 4-6 trận mỗi mùa.', 4, 6, 'trận', '4-6 trận'),
  // the sets' scores in brackets after a match's score are scores too, however long the list
  none('Cô thắng 3-1 (11-6, 9-11, 11-8, 11-7) ở bán kết.', '9-11'),
  none('Đội nhà thắng với tỷ số 3-2 (25-20, 22-25, 25-23, 21-25, 15-12).', '21-25'),
  none('Anh giành chiến thắng 4-3 (11-8, 5-11, 11-9, 7-11, 12-10, 6-11, 11-4).', '6-11'),
  range('Khóa học kéo dài 2-4 (6-8) tuần tùy trình độ.', 6, 8, null, '6-8'),
  // a round numbered after `đợt` is its place in order; a spell counted after it is no round
  ordinal('Nông dân đang tưới vườn cà phê đợt 2 trong mùa khô.', 2, 'đợt 2'),
  ordinal('Xã tổ chức tiêm bù đợt 3 cho trẻ chưa tiêm đủ.', 3, 'đợt 3'),
  duration('Vùng này vừa trải qua một đợt 10 ngày nắng nóng.', 10, 'ngày', '10 ngày'),
  // a batch's label and the count of its pieces; a lot's number alone names it
  count('Xưởng vừa xuất một lô 1.200 chiếc bình hoa.', 1200, 'chiếc bình hoa', '1.200 chiếc'),
  count('Cảng nhận thêm lô 35 tấn phân bón.', 35, 'tấn', '35 tấn'),
  none('Hàng hóa được tập kết tại lô 5 khu công nghiệp.', 'lô 5'),
  // `năm` after a quantifier is the year, never a ratio's five; a ratio of number words stays one
  duration('Quỹ tặng 2 tỷ đồng mỗi năm trong 3 năm liền.', 3, 'năm', '3 năm'),
  none('Quỹ tặng 2 tỷ đồng mỗi năm trong 3 năm liền.', 'mỗi năm'),
  ratio('Có năm trong mười hộ đã trả xong nợ.', 5, 10, 'hộ', 'năm trong mười hộ'),
  // a year called pivotal or decisive is no five of anything
  none('Ngành xác định năm 2026 là năm bản lề của cả giai đoạn.', 'năm bản lề'),
  none('Đây là năm then chốt để hoàn thành kế hoạch.', 'năm then chốt'),
  count('Tỉnh đã xử lý 12 trọng điểm buôn lậu.', 12, 'trọng điểm', '12 trọng điểm'),
  // a slogan's number in quotes names it; a quoted sum keeps its unit
  none('Xã thực hiện tốt phương châm "4 tại chỗ" trong mùa mưa.', '4'),
  none('Chiến dịch “5 không” được phát động ở các trường.', '5'),
  money('Anh gọi đó là "10 triệu đồng" đáng giá nhất.', 10_000_000, 'đồng', '10 triệu đồng'),
  // a name's last number before its acronym with the same digits
  none('Công ty cổ phần xây lắp điện 3 (Pecc3) trúng thầu gói này.', '3'),
  number('Mức độ rủi ro được chấm 4 (theo thang 10).', 4, '4'),
  range('Giá tăng 3-5% so với tháng trước.', 3, 5, '%', '3-5%'),
  // a gold purity grade is no figure
  none('Giá vàng nhẫn 9999 tăng mạnh sáng nay.', '9999'),
  none('Nhiều người mua vàng 999.9 để tích trữ.', '999.9'),
  none('Giá vàng trang sức 24K tăng 300.000 đồng mỗi chỉ.', '24K'),
  none('Nhẫn vàng 18K được bán 9,5 triệu đồng/chỉ.', '18K'),
  money('Ông vay thêm 18K USD để mở tiệm.', 18000, 'USD', '18K USD'),
  // nouns a spelled-out `ba` counts only when the lexicon knows them (`ba` is also "dad")
  count('Công an xã chuyển về ba trụ sở mới.', 3, 'trụ sở', 'ba trụ sở'),
  count('Mỗi tháng câu lạc bộ sinh hoạt ba buổi.', 3, 'buổi', 'ba buổi'),
  count('Xe giường nằm có ba hàng giường hai tầng.', 3, 'hàng giường', 'ba hàng giường'),
  count('Khán đài mới thêm hai hàng ghế sát sân.', 2, 'hàng ghế', 'hai hàng ghế'),
  none('Ba tôi làm việc ở trụ sở xã.', 'Ba tôi'),
  // `y, bác sĩ` and `y bác sĩ` (y sĩ and bác sĩ) counted whole
  count('Trạm y tế có 6 y, bác sĩ trực Tết.', 6, 'y, bác sĩ', '6 y, bác sĩ'),
  count('Đoàn gồm 15 y bác sĩ tình nguyện.', 15, 'y bác sĩ', '15 y bác sĩ'),
  count('Khoa có 4 bác sĩ và 9 điều dưỡng.', 4, 'bác sĩ', '4 bác sĩ'),
  // generations and school subjects counted in words
  count('Nhà ông có bốn đời theo nghề đúc đồng.', 4, 'đời', 'bốn đời'),
  count('Xưởng gốm này truyền qua ba đời con cháu.', 3, 'đời', 'ba đời'),
  count('Thí sinh phải thi ba môn bắt buộc.', 3, 'môn', 'ba môn'),
  count('Em đạt điểm 10 ở sáu môn học.', 6, 'môn học', 'sáu môn học'),
  count('Chương trình thạc sĩ kéo dài 3 học kỳ, kể cả luận văn.', 3, 'học kỳ', '3 học kỳ'),
  count('Khung đào tạo gồm 42 học phần bắt buộc và tự chọn.', 42, 'học phần', '42 học phần'),
  count('Người học phải tích lũy đủ 150 tín chỉ.', 150, 'tín chỉ', '150 tín chỉ'),
  none('Lịch thi học kỳ 2 của khối 12 đã được công bố.', 'học kỳ 2'),
  none('Điểm tổng kết học kỳ I năm học 2023-2024 được gửi về.', 'học kỳ I'),
  // a level given as an amount of a counted noun is that amount; `mức 2` alone names the level
  count('Điểm chuẩn hai ngành đều ở mức 21 điểm.', 21, 'điểm', '21 điểm'),
  count('Giờ làm thêm được giữ ở mức 40 giờ công mỗi tháng.', 40, 'giờ công', '40 giờ công'),
  none('Tỉnh nâng cảnh báo lên mức 2 từ chiều nay.', 'mức 2'),
  // `trên` before a percentage is "over", no ratio's link: `chín` there is "ripe"
  qualified('Ngô đã chín trên 70% diện tích gieo trồng.', 'percent', 70, '%', 'over', 'trên 70%'),
  none('Ngô đã chín trên 70% diện tích gieo trồng.', 'chín'),
  qualified('Số hộ dùng nước sạch đạt trên 95 phần trăm.', 'percent', 95, '%', 'over', 'trên 95 phần trăm'),
  ratio('Cứ 7 trên 10 hộ có ô tô.', 7, 10, 'hộ', '7 trên 10 hộ'),
  // the whole first, after `cứ` (every) or `trong` (among), and the part after `thì có`: a share, with the whole's noun
  ratio('Khảo sát cho thấy cứ 10 hộ thì có 6 hộ dùng nước máy.', 6, 10, 'hộ', '10 hộ thì có 6 hộ'),
  ratio('Ở vùng này, cứ 5 trẻ có 1 em bị thấp còi.', 1, 5, 'trẻ', '5 trẻ có 1 em'),
  ratio('Trong 20 mẫu thì có 3 mẫu nhiễm khuẩn.', 3, 20, 'mẫu', '20 mẫu thì có 3 mẫu'),
  count('Trong 12 hộ nghèo có 4 hộ đã thoát nghèo.', 12, 'hộ nghèo', '12 hộ nghèo'),
  // `chín` is "ripe", "mature" before these; nine of a noun stays a count
  none('Nhãn lồng đã vào độ chín rộ.', 'chín rộ'),
  none('Điều kiện để mở ngành mới đã chín muồi.', 'chín muồi'),
  none('Cô bé ăn nói chín chắn như người lớn.', 'chín chắn'),
  count('Lớp có chín học sinh đạt giải.', 9, 'học sinh', 'chín học sinh'),
  none('Giống nhãn này chín sớm hơn nhãn lồng.', 'chín sớm'),
  none('Cam ở vùng cao thường chín muộn.', 'chín muộn'),
  count('Xã có chín hợp tác xã trồng nhãn.', 9, 'hợp tác xã', 'chín hợp tác xã'),
  // after a fruit noun `chín` is "ripe": a count writes its number before the noun
  none('Người hái phải chọn từng quả chín mất nhiều thời gian.', 'chín'),
  none('Vườn có nhiều trái chín đỏ cây.', 'chín'),
  count('Mỗi cành còn chín quả bưởi.', 9, 'quả', 'chín quả'),
  // ways of doing a thing are counted in number words too; what a thing costs follows its counted noun
  count('Nhà máy thử nghiệm ba phương pháp sấy khác nhau.', 3, 'phương pháp', 'ba phương pháp'),
  count('Xã đã áp dụng hai biện pháp chống hạn.', 2, 'biện pháp', 'hai biện pháp'),
  count('Sửa một căn nhà 4 tầng hết khoảng 500 triệu đồng.', 4, 'tầng', '4 tầng'),
  count('Mỗi năm 3 chiếc máy bơm tốn thêm tiền điện.', 3, 'chiếc máy bơm', '3 chiếc máy bơm'),
  // two small numbers in digits with a comma before one noun are a rough range, as number words are (`năm, bảy`)
  range('Anh phải chờ 2, 3 ngày mới có kết quả.', 2, 3, 'ngày', '2, 3 ngày'),
  range('Nhiều gia đình gửi hồ sơ tới 4, 5 trường.', 4, 5, 'trường', '4, 5 trường'),
  number('Học sinh lớp 3, 4 được học bơi miễn phí.', 4, '4'),
  // two-digit neighbours the same (`15, 16 tuổi`); not numbers far apart, a label's list or a decimal
  range('Nhiều em mới 15, 16 tuổi đã phải đi làm thuê.', 15, 16, 'tuổi', '15, 16 tuổi'),
  range('Mỗi lứa nuôi chừng 40, 42 con lợn.', 40, 42, 'con lợn', '40, 42 con lợn'),
  duration('Các em 12, 17 tuổi được tiêm trước.', 17, 'tuổi', '17 tuổi'),
  number('Học viên khóa 31, 32 được cấp bằng cùng đợt.', 32, '32'),
  duration('Cháu bé mới 14,5 tháng đã biết đi.', 14.5, 'tháng', '14,5 tháng'),
  count('Các phường 1, 2, 3 người dân đều đồng thuận.', 3, 'người dân', '3 người dân'),
  // the dead counted; the seasons of the year counted, where `mùa` alone is a length of time
  count('Nhà tang lễ có tủ lạnh bảo quản 8 thi thể.', 8, 'thi thể', '8 thi thể'),
  count('Câu lạc bộ đã dạy bơi qua 3 mùa hè.', 3, 'mùa hè', '3 mùa hè'),
  count('Hồ chứa đã vượt qua hai mùa lũ lớn.', 2, 'mùa lũ', 'hai mùa lũ'),
  // doses of radiation
  count('Quả được chiếu xạ ở liều 250 Gy trước khi xuất khẩu.', 250, 'Gy', '250 Gy'),
  // `năm đầu` is "the first year"; five of a noun after `năm` stay counts
  none('Lợi nhuận năm đầu của quán chỉ đủ trả lương.', 'năm đầu'),
  none('Đây là năm đầu tiên trường tuyển sinh ngành này.', 'năm đầu'),
  count('Năm người được khen thưởng.', 5, 'người', 'Năm người'),
  count('Tỉnh giao năm đầu việc trọng tâm.', 5, 'đầu việc', 'năm đầu việc'),
  // a day of a lunar month named by its word is a date's part, no length of time
  none('Chợ phiên họp từ mùng 5 đến 8 tháng Giêng.', '8 tháng'),
  none('Nhà nhà tiễn ông Táo vào 23 tháng Chạp.', '23 tháng'),
  duration('Công trình thi công trong 8 tháng.', 8, 'tháng', '8 tháng'),
  // a number after a code of an acronym, a hyphen and a capitalized word names a variety or a model; a known unit counts
  none('Trạm khuyến nông phát giống lúa OM-Thơm 07 cho nông dân.', '07'),
  none('Mẫu máy cày KB-Nhật 12 được bán nhiều.', '12'),
  count('Chỉ số VN-Index 1.280 điểm là đỉnh của năm.', 1280, 'điểm', '1.280 điểm'),
  none('Dịch Covid-19 đã lùi xa.', '19'),
  none('Hãng giới thiệu Model 3 bản nâng cấp.', '3'),
  none('Nhiều người xếp hàng mua iPhone 15 từ sáng sớm.', '15'),
  // one to five stars rate what the name before them names; `sao lại` asks why
  count('Hợp tác xã có hai sản phẩm đạt chuẩn OCOP 3 sao.', 3, 'sao', '3 sao'),
  count('Đoàn khách nghỉ tại khách sạn Hòa Bình 5 sao.', 5, 'sao', '5 sao'),
  // a kind of hotel right after the noun is no count of stars
  none('Anh từng làm bếp phó cho một khách sạn 5 sao ở Dubai.', '5 sao'),
  none('Thành phố có thêm ba khách sạn 4 sao ven biển.', '4 sao'),
  none('Mẫu Model 3 sao lại rẻ hơn năm ngoái?', '3 sao'),
  // hundredths of a dollar, the price of power
  money('Giá mua điện gió là 8,5 US cent/kWh.', 8.5, 'US cent/kWh', '8,5 US cent/kWh'),
  money('Mỗi cổ phiếu trả cổ tức 12 cent.', 12, 'cent', '12 cent'),
  // a race's time (minutes, seconds, hundredths: one length in seconds) and a jump's length (metres and centimetres)
  duration('Chị về nhất với thời gian 2 phút 05 giây 33, phá kỷ lục.', 125.33, 'giây', '2 phút 05 giây 33'),
  duration('Anh cán đích sau 14 phút 20 giây.', 860, 'giây', '14 phút 20 giây'),
  count('Anh giành HCV nhảy xa với thành tích 7 m 05.', 7.05, 'm', '7 m 05'),
  count('Cú ném đẩy tạ đạt 15 m 80, kỷ lục mới.', 15.8, 'm', '15 m 80'),
  count('Bức tường cao 3 m 20 cm.', 3, 'm', '3 m'),
  count('Bức tường cao 3 m 20 cm.', 20, 'cm', '20 cm'),
  count('Con đường rộng 5 m.', 5, 'm', '5 m'),
  count('Mương sâu 2 m 15 hộ đã góp tiền nạo vét.', 15, 'hộ', '15 hộ'),
  // a name after a word of comparison takes no number: the gap between the two counts (`kém X 3 điểm`)
  count('Đội khách kém Hải Phòng Xanh 2 điểm sau vòng đấu.', 2, 'điểm', '2 điểm'),
  count('Câu lạc bộ đứng sau, kém đội đầu bảng là Long An Sao Mai 5 điểm.', 5, 'điểm', '5 điểm'),
  count('Chỉ số năm nay hơn Thái Lan 4 bậc.', 4, 'bậc', '4 bậc'),
  // a name's parts joined by a hyphen, compared
  count('Sau vòng 5, đội bóng thua SHB-Đà Nẵng 3 điểm.', 3, 'điểm', '3 điểm'),
  none('Giống lúa ST-Thơm 08 vừa được công nhận.', 'ST-Thơm 08'),
  // `đầu bảng`, `cuối bảng` (the top or the foot of a table) and `trung cấp`, `sơ cấp` (levels of training) end with a
  // label word that labels nothing: the number after them counts
  count('Câu lạc bộ kém nhóm đầu bảng 4 điểm.', 4, 'điểm', '4 điểm'),
  count('Đội chủ nhà hơn đội cuối bảng 6 điểm.', 6, 'điểm', '6 điểm'),
  count('Năm nay hệ trung cấp 640 sinh viên, hệ sơ cấp 315 học viên.', 640, 'sinh viên', '640 sinh viên'),
  count('Năm nay hệ trung cấp 640 sinh viên, hệ sơ cấp 315 học viên.', 315, 'học viên', '315 học viên'),
  none('Bảng 3 gồm các đội miền Trung.', 'Bảng 3'),
  none('Học sinh cấp 3 được nghỉ học chiều nay.', 'cấp 3'),
  // a number before `lần` after a name counts the times (`tham dự SEA Games 12 lần`); `lần đầu`, `lần này` name one
  count('Đoàn đã dự Olympic Hóa học 19 lần.', 19, 'lần', '19 lần'),
  count('Cô từng vô địch Giải Cờ Nhanh Châu Á 3 lần, lần gần nhất năm ngoái.', 3, 'lần', '3 lần'),
  none('Chiếc Galaxy S25 lần đầu có camera 200 MP.', 'S25 lần đầu'),
  none('Máy bay Boeing 787 lần này chở 250 khách.', '787 lần này'),
  // `luân phiên` (to rotate) is a verb: the number after it counts
  count('Bệnh viện đã luân phiên 40 điều dưỡng xuống các trạm y tế.', 40, 'điều dưỡng', '40 điều dưỡng'),
  // a model's number written with spaces around the dash, or with a unit, is a range
  range('Mỗi chặng bay của ATR dài 72-600 km.', 72, 600, 'km'),
  // four digits with a thousands dot count
  number('Kết quả: năm nay đạt 4.521, cao hơn năm trước.', 4521, '4.521'),
  // players and sports titles counted as people: `kỳ thủ` is never a term `kỳ`; the titles are written capitalized
  count('Vòng loại quy tụ 64 kỳ thủ trẻ.', 64, 'kỳ thủ', '64 kỳ thủ'),
  qualified('Năm sau giải dự kiến mời khoảng 300 kỳ thủ.', 'count', 300, 'kỳ thủ', 'approx', 'khoảng 300 kỳ thủ'),
  count('Bảng A có 7 Đại kiện tướng góp mặt.', 7, 'Đại kiện tướng', '7 Đại kiện tướng'),
  count('Cậu đánh bại liền hai Kiện tướng quốc tế.', 2, 'Kiện tướng quốc tế', 'hai Kiện tướng quốc tế'),
  duration('Ông giữ chức chủ tịch hội 2 kỳ liên tiếp.', 2, 'kỳ', '2 kỳ'),
  // issues and sittings of an event held again and again are counted: an event named after `kỳ`, or a period
  count('Mỗi năm trường tổ chức 3 kỳ thi tuyển.', 3, 'kỳ', '3 kỳ'),
  count('Phòng khám mở 2 kỳ kiểm tra sức khỏe mỗi quý.', 2, 'kỳ', '2 kỳ'),
  count('Tờ tuần san này ra 2 kỳ mỗi tuần.', 2, 'kỳ', '2 kỳ'),
  count('Bản tin tăng từ 1 kỳ lên 2 kỳ một tháng.', 1, 'kỳ', '1 kỳ'),
  count('Bản tin tăng từ 1 kỳ lên 2 kỳ một tháng.', 2, 'kỳ', '2 kỳ'),
  duration('Bà làm hiệu trưởng 3 kỳ liền.', 3, 'kỳ', '3 kỳ'),
  duration('Đội bóng đứng đầu bảng 2 kỳ trước đó.', 2, 'kỳ', '2 kỳ'),
  // the parties to a deal or a dispute
  count('Biên bản được gửi cho cả ba bên cùng ký.', 3, 'bên', 'ba bên'),
  // the levels of vocational training counted: `hai trình độ cao đẳng và trung cấp`
  count('Trường mở lớp ở hai trình độ trung cấp và sơ cấp.', 2, 'trình độ', 'hai trình độ'),
  count('Đề án đào tạo ở 3 trình độ đào tạo nghề.', 3, 'trình độ đào tạo', '3 trình độ đào tạo'),
  count('Hợp đồng ràng buộc trách nhiệm của hai bên.', 2, 'bên', 'hai bên'),
  // digits grouped by thousands after a name are what the name has, no name's number
  number('Anh đang giữ hệ số Elo 2.347, cao nhất đoàn.', 2347, '2.347'),
  number('Theo bảng xếp hạng, điểm FIFA 1.198 đưa đội lên hạng 114.', 1198, '1.198'),
  none('Nhà máy được cấp chứng nhận ISO 14001 năm ngoái.', '14001'),
  none('Dòng điện thoại iPhone 16 bán chạy.', '16'),
  // `thu hồi`, `phục hồi` are verbs: the sum or the measure after them counts (`hồi 9 giờ` is a time)
  money('Cơ quan thuế thu hồi 3,4 tỷ đồng về ngân sách.', 3_400_000_000, 'đồng', '3,4 tỷ đồng'),
  count('Dự án phục hồi 120 ha rừng ngập mặn.', 120, 'ha', '120 ha'),
  none('Đoàn xe xuất phát hồi 9 giờ sáng qua.', '9 giờ'),
  // `thắp sáng`, `chiếu sáng` are "light up": the length after them counts (`sáng 15/6` is a morning)
  count('Đoàn viên thắp sáng 12km đường làng bằng đèn năng lượng mặt trời.', 12, 'km', '12km'),
  count('Huyện chiếu sáng 8 tuyến phố trước dịp lễ.', 8, 'tuyến phố', '8 tuyến phố'),
  none('Đoàn làm việc với tỉnh sáng 15/6.', '15/6'),
  // a noun that opens with `đồng` (the currency's word) and runs past it is no money: a clock, a colleague, a city
  count('Công ty lắp mới 3.400 đồng hồ đo điện cho các hộ.', 3400, 'đồng hồ', '3.400 đồng hồ'),
  count('Tôi cùng hai đồng nghiệp trực đêm qua.', 2, 'đồng nghiệp', 'hai đồng nghiệp'),
  count('Gã khai đã cùng 4 đồng bọn đột nhập kho hàng.', 4, 'đồng bọn', '4 đồng bọn'),
  // after `tỷ` the word is the currency whatever follows
  money('Quỹ dành 3 tỷ đồng cấp học bổng cho sinh viên.', 3e9, 'đồng', '3 tỷ đồng'),
  money('Tỉnh chi 1,2 tỉ đồng đội mũ bảo hiểm cho học sinh.', 1.2e9, 'đồng', '1,2 tỉ đồng'),
  count('Bộ trưởng tiếp 3 đồng cấp của các nước láng giềng.', 3, 'đồng cấp', '3 đồng cấp'),
  count('Ông Tư gặp lại 3 đồng ngũ sau năm mươi năm.', 3, 'đồng ngũ', '3 đồng ngũ'),
  count('Bị can cùng 5 đồng phạm lừa đảo nhiều người.', 5, 'đồng phạm', '5 đồng phạm'),
  money('Giá mới chỉ 4 đồng một cổ phiếu vào phiên sáng.', 4, 'đồng', '4 đồng'),
  money('Rau cải lên 9 đồng/kg ở chợ đầu mối.', 9, 'đồng/kg', '9 đồng/kg'),
  count('Vùng này có 4 đô thị loại II.', 4, 'đô thị', '4 đô thị'),
  money('Mỗi cuốn vở giá 8.000 đồng, học sinh được miễn phí.', 8000, 'đồng', '8.000 đồng'),
  money('Vé vào cửa 30.000 đồng hôm nay tăng lên.', 30_000, 'đồng', '30.000 đồng'),
  // the parts a match is played in, options put forward, people by their academic title
  count('Đội khách thắng ba set liên tiếp.', 3, 'set', 'ba set'),
  count('Kỳ thủ trẻ thắng cả hai ván cờ nhanh.', 2, 'ván cờ', 'hai ván cờ'),
  count('Tư vấn trình bày hai phương án tuyến.', 2, 'phương án', 'hai phương án'),
  count('Khoa có 6 PGS.TS và 20 thạc sĩ.', 6, 'PGS.TS', '6 PGS.TS'),
  count('Trường có 14 ThS đang làm nghiên cứu sinh.', 14, 'ThS', '14 ThS'),
  // a noun whose last syllable is a label word takes a count after it (`trường` is no school, `tập` no episode)
  count('Hãng tung ra thị trường 4 sản phẩm mới.', 4, 'sản phẩm', '4 sản phẩm'),
  count('Bảo tàng trưng bày bộ sưu tập 120 hiện vật gốm.', 120, 'hiện vật', '120 hiện vật'),
  none('Học sinh trường 2 đi tham quan.', '2'),
  // after `cả` ("the whole") a label word is a noun, and the number counts a noun the lexicon knows
  count('Cả nhà 5 người sống trong căn nhà tạm.', 5, 'người', '5 người'),
  count('Cả đội 14 cầu thủ đều có mặt.', 14, 'cầu thủ', '14 cầu thủ'),
  none('Cả phòng 203 mất điện.', '203'),
  // a shirt's number names a player
  none('Tiền vệ mang số áo 8 ghi bàn duy nhất.', '8'),
  // a minus apart from the word before gives a level below a datum in metres
  figure('Luồng tàu được nạo vét tới cao độ -4,2 m.', { kind: 'count', value: -4.2, unit: 'm' }, '-4,2 m'),
  none('Tuyến ống nối đoạn A-3 m dài thêm.', 'A-3'),
  // (after a number the dash is a range's, no minus)
  count('Mực nước dâng 2 -3 m so với ngày thường.', 3, 'm', '3 m'),
  // seasons picked out by a superlative are counted; a season as a length stays a duration
  count('Vùng biển có hai mùa đánh bắt tốt nhất.', 2, 'mùa', 'hai mùa'),
  duration('Anh ghi 20 bàn trong một mùa.', 1, 'mùa', 'một mùa'),
  // a league's seasons are counted, no length of time
  count('Nhà tài trợ cam kết đồng hành cùng đội bóng thêm 2 mùa giải.', 2, 'mùa giải', '2 mùa giải'),
  // the local tax office, named by a capitalized noun, counted as `Chi cục` is
  count('Sau khi sắp xếp, tỉnh còn 8 Thuế cơ sở trực thuộc.', 8, 'Thuế cơ sở', '8 Thuế cơ sở'),
  // peak watts of solar panels
  count('Trang trại lắp pin mặt trời 1,5 MWp trên mái chuồng.', 1.5, 'MWp', '1,5 MWp'),
  count('Hệ thống 500kWp đã hòa lưới điện.', 500, 'kWp', '500kWp'),
  // digits past a month's days after a time-of-day word are no date's part; a day after one stays the date's
  money('Công nhân làm ca đêm được thêm 150.000 đồng.', 150_000, 'đồng', '150.000 đồng'),
  none('Đêm 30 Tết, phố phường rực rỡ ánh đèn.', '30'),
  // a verb ending in the label word `ý` takes a count
  count('Hội đồng đã góp ý 14 dự thảo trong năm.', 14, 'dự thảo', '14 dự thảo'),
  // `năm` before an acronym is the year (a count of an acronym's things is written in digits)
  none('Năm 2024 là năm DN trong ngành gặp nhiều khó khăn.', 'năm DN'),
  count('Xã có 5 HTX đạt chuẩn kiểu mới.', 5, 'HTX', '5 HTX'),
  // a distance before the kind of race names the event; a distance alone is measured
  none('Cô giành huy chương vàng nội dung 100m rào nữ.', '100m'),
  none('Đội tuyển phá kỷ lục quốc gia ở nội dung 800m tự do.', '800m'),
  count('Mỗi sáng ông chạy bộ 800m quanh hồ.', 800, 'm', '800m'),
  // a numbered region and a steering committee, capitalized inside a name, take the number as their name's
  none('Hồ sơ được gửi NHNN Chi nhánh Khu vực 8 để thẩm định.', '8'),
  none('Ban Chỉ đạo 138 huyện họp sơ kết quý.', '138'),
  count('Dự án đi qua khu vực 4 xã miền núi.', 4, 'xã', '4 xã'),
  count('Ông chỉ đạo 3 đơn vị phối hợp xử lý.', 3, 'đơn vị', '3 đơn vị'),
  // a Roman numeral after `thứ` is an ordinal; a place after `hạng` in a lower-case word; a Roman numeral after
  // `hạng`, the grade a body or a road is classed in, a class's name
  ordinal('Liên hoan phim lần thứ XII khai mạc tối nay.', 12, 'lần thứ XII'),
  ordinal('Cuộc chiến tranh thế giới thứ II kết thúc năm 1945.', 2, 'thứ II'),
  ordinal('Hai đội đồng hạng ba nhận huy chương đồng.', 3, 'hạng ba'),
  none('Bệnh viện được xếp hạng I từ năm ngoái.', 'hạng I'),
  none('Định mức là 1,7 đối với trường hạng II ở miền núi.', 'hạng II'),
  none('Tuyến đường hạng III dài 12 km được nâng cấp.', 'hạng III'),
  none('Câu lạc bộ thi đấu ở giải hạng Nhất mùa này.', 'hạng Nhất'),
  // `đối với` (as for) ends what a number counts: no `đối` counted
  number('Định mức là 1,7 đối với trường hạng II ở miền núi.', 1.7, '1,7'),
  count('Trường đã rà soát 2 đối tượng được miễn học phí.', 2, 'đối tượng', '2 đối tượng'),
  // a disease's or a product's type is its name: `tiểu đường type 2`, `tuýp 1`
  none('Bà Lan mắc tiểu đường type 2 đã 10 năm.', 'type 2'),
  none('Trẻ mắc tiểu đường tuýp 1 cần tiêm insulin hằng ngày.', 'tuýp 1'),
  count('Trẻ mắc tiểu đường tuýp 1 phải tiêm insulin 4 lần mỗi ngày.', 4, 'lần', '4 lần'),
  // a teacher's load after `đứng lớp` (to teach) and a norm (`định mức`): lessons counted, no class or level named
  count('Mỗi tuần thầy Hùng đứng lớp 21 tiết, vượt định mức 3 tiết.', 21, 'tiết', '21 tiết'),
  count('Mỗi tuần thầy Hùng đứng lớp 21 tiết, vượt định mức 3 tiết.', 3, 'tiết', '3 tiết'),
  none('Em Minh học lớp 8 tại trường làng.', 'lớp 8'),
  // proposals and requests right after a number are counted; after a subject they are its verb
  count('Viện đã nhận 37 đề nghị cấp dữ liệu từ các trường.', 37, 'đề nghị', '37 đề nghị'),
  count('Hội đồng xét 15 đề xuất của doanh nghiệp.', 15, 'đề xuất', '15 đề xuất'),
  count('Có 3 hộ dân đề nghị hỗ trợ di dời.', 3, 'hộ dân', '3 hộ dân'),
  none('Khu vực IV-A đã được quy hoạch.', 'IV-A'),
  // machines named with `cần` (an arm), which alone is the modal `need`
  count('Cảng lắp thêm 2 cần trục bánh lốp để bốc xếp container.', 2, 'cần trục', '2 cần trục'),
  count('Địa phương đã lắp 12 cần chắn tự động tại các đường ngang.', 12, 'cần chắn', '12 cần chắn'),
  count('Có 5 người cần hỗ trợ khẩn cấp.', 5, 'người', '5 người'),
  // tasks and reasons a speaker lists, counted in words
  count('Năm nay, trường tập trung làm ba việc chính.', 3, 'việc', 'ba việc'),
  // a conjunction after a name's number is no noun counted; `đầu` before a season or a period is its start
  number('Điểm chuẩn ngành này là 27 tuy có giảm nhẹ so với năm ngoái.', 27, '27'),
  none('Cam loại 2 đầu mùa bán 30.000 đồng/kg.', 'loại 2'),
  count('Trang trại nuôi 1.200 đầu lợn thịt.', 1200, 'đầu', '1.200 đầu'),
  // a number in words after the capitalized word that opens a quoted title is the title's
  none('Đội văn nghệ xã biểu diễn bài "Lý mười thương" trong lễ hội.', 'mười thương'),
  none('Tiết mục “Chèo ba đò” được khán giả yêu thích.', 'ba đò'),
  duration('Giám đốc nhắc: “Chậm một năm là mất thêm nhiều tư liệu quý”.', 1, 'năm', 'một năm'),
  count('Có hai lý do khiến giá tăng.', 2, 'lý do', 'hai lý do'),
  count('Giá lúa tăng nhờ ba yếu tố chính.', 3, 'yếu tố', 'ba yếu tố'),
  count('Học viện khai giảng khóa mới với 40 học tăng, ni sinh.', 40, 'học tăng, ni sinh', '40 học tăng, ni sinh'),
  count('Thanh khoản trên cả ba sàn giảm mạnh.', 3, 'sàn', 'ba sàn'),
  // a number in words before `đồng tiền` counts currencies or coins; a sum in digits stays money
  count('Quỹ đầu tư vào rổ năm đồng tiền mạnh nhất thế giới.', 5, 'đồng tiền', 'năm đồng tiền'),
  money('Mỗi chuyến, anh tốn 80.000 đồng tiền xăng.', 80000, 'đồng', '80.000 đồng'),
  count('Đoàn kiểm tra chỉ ra ba nguyên nhân chính.', 3, 'nguyên nhân', 'ba nguyên nhân'),
  none('Đó là một việc khó.', 'một việc'),
  // `N trong M` is no ratio after a label's `số`, nor before a time unit (`trong 30 ngày`, within 30 days)
  duration('Cửa xả số 3 bị tạm dừng trong 30 ngày.', 30, 'ngày', '30 ngày'),
  none('Tổ máy số 2 trong 30 ngày qua chạy ổn định.', 'số 2'),
  duration('Tổ máy số 2 trong 30 ngày qua chạy ổn định.', 30, 'ngày', '30 ngày'),
  ratio('Có 3 trong 10 tỉnh đạt chỉ tiêu.', 3, 10, 'tỉnh', '3 trong 10 tỉnh'),
  // numbers naming a residential group or a military hospital
  none('Bà sống ở tổ dân phố 7, phường Trần Phú.', '7'),
  none('Bệnh nhân được chuyển lên Bệnh viện Quân y 103 điều trị.', '103'),
  count('Tổ dân phố có 7 hộ nghèo.', 7, 'hộ nghèo', '7 hộ nghèo'),
  none('Ông Tư (70 tuổi, khóm 3, phường Tân Thành) kể lại.', '3'),
  count('Phường sáp nhập 2 khóm thành một.', 2, 'khóm', '2 khóm'),
  // the apparent power of transformers, a unit of measure
  count('Điện lực thay máy biến áp 250 kVA bằng máy mới.', 250, 'kVA', '250 kVA'),
  count('Trạm 110 kV được nâng công suất lên 2 x 63 MVA.', 63, 'MVA', '63 MVA'),
  count('Công ty lắp thêm 18.400 kVA công suất trạm.', 18400, 'kVA', '18.400 kVA'),
  // a project told by the works it builds counts them; a project's own number before no counted noun names it
  count('Dự án 4 tuyến xe buýt nhanh được thành phố phê duyệt.', 4, 'tuyến', '4 tuyến'),
  count('Tỉnh khởi công dự án 2 nhà máy xử lý nước thải.', 2, 'nhà máy', '2 nhà máy'),
  none('Ban quản lý dự án 2 chậm giải ngân vốn.', '2'),
  none('Đề án 06 của Chính phủ triển khai ở 63 địa phương.', '06'),
  // cultural institutions are counted, in words too
  count('Sau sáp nhập, ba bảo tàng cũ về chung một đầu mối.', 3, 'bảo tàng', 'ba bảo tàng'),
  count('Thành phố có hai thư viện mở cửa ban đêm.', 2, 'thư viện', 'hai thư viện'),
  // after a magnitude word `năm` is the unit counted (years), no five
  none('Rừng thông hàng trăm năm tuổi được bảo vệ.', 'năm tuổi'),
  none('Nghề làm gốm đã có mấy chục năm nay.', 'năm'),
  duration('Cậu bé năm tuổi đã biết bơi.', 5, 'tuổi', 'năm tuổi'),
  // a verb of running or holding after a name's number or a purity grade: no counted noun
  none('Công trình được giao cho Đội 2 quản lý.', '2 quản lý'),
  none('Giá vàng nhẫn 9999 dao động quanh mức cũ.', '9999'),
  // a number with no unit ends a body's name after its capitalized head
  none('Tuyến đường dây được bàn giao cho Công ty Lưới điện 3 vận hành.', '3'),
  count('Công ty Cấp nước tuyển thêm 3 kỹ sư.', 3, 'kỹ sư', '3 kỹ sư'),
  // loudness in decibels, a unit of measure
  count('Máy đo ghi được độ ồn 82 dBA ở đầu hẻm.', 82, 'dBA', '82 dBA'),
  count('Tiếng khoan vượt 70 dB vào giờ nghỉ trưa.', 70, 'dB', '70 dB'),
  number('Điểm trung bình của lớp 12A là 68.', 68, '68'),
  // a compound or an aspect word whose last syllable is a label word: the number after it counts
  count('Công ty đã kỷ luật 5 nhân viên vì sai phạm.', 5, 'nhân viên', '5 nhân viên'),
  count('Nhà hát phát trực tuyến 4 buổi hòa nhạc.', 4, 'buổi', '4 buổi'),
  count('Buổi lễ diễn ra trong khán phòng 500 chỗ ngồi.', 500, 'chỗ ngồi', '500 chỗ ngồi'),
  // ... but a hall written with a capital inside a sentence is named by its number
  none('Hội nghị diễn ra tại Hội trường 3 của Nhà văn hóa tỉnh.', '3'),
  none('Buổi hòa nhạc được tổ chức ở Khán phòng 1 từ 20 giờ.', '1'),
  count('Hội trường 400 chỗ ngồi đã kín khách.', 400, 'chỗ ngồi', '400 chỗ ngồi'),
  count('Hội trường 800 chỗ đã kín khách.', 800, 'chỗ', '800 chỗ'),
  count('Năm nay tỉnh mới cấp 12 giấy phép khai thác.', 12, 'giấy phép', '12 giấy phép'),
  none('Đội tuyển thi đấu ở sân 2 vào buổi chiều.', '2'),
  none('Học sinh cấp 3 được miễn học phí.', '3'),
  // `kêu gọi`, `mời gọi` (to call on, to invite) are no dialling: the number after them counts
  count('Đồn biên phòng đã kêu gọi 320 phương tiện vào bờ.', 320, 'phương tiện', '320 phương tiện'),
  count('Tỉnh mời gọi 15 dự án đầu tư vào khu kinh tế.', 15, 'dự án', '15 dự án'),
  none('Khi có hỏa hoạn, người dân gọi 114.', '114'),
  // the fire service's number after its name or an urgent call: `Báo cháy 114`, `gọi ngay 114`; a count after a verb stays
  none('Chủ nhà cài ứng dụng Báo cháy 114 trên điện thoại.', '114'),
  none('Thấy khói, bà gọi ngay 114 rồi đưa các cháu ra ngoài.', '114'),
  count('Năm qua, lực lượng chức năng đã chữa cháy 114 vụ.', 114, 'vụ', '114 vụ'),
  count('Tổng đài đã gọi ngay 12 hộ dân để báo tin.', 12, 'hộ dân', '12 hộ dân'),
  // a flood's alert levels and steel grades are names, no figures
  none('Mực nước sông Hồng đã vượt báo động 2 vào chiều qua.', '2'),
  none('Bồn chứa làm bằng inox 316 chống gỉ.', '316'),
  count('Còi báo động 3 lần liên tiếp.', 3, 'lần', '3 lần'),
  // feasts held are counted; the days a feast lasts are a length of time
  count('Các trường tổ chức 12 ngày hội thể thao.', 12, 'ngày hội', '12 ngày hội'),
  duration('Trong 4 ngày lễ hội, thành phố đón nhiều khách.', 4, 'ngày', '4 ngày'),
  duration('Lễ hội kéo dài 3 ngày.', 3, 'ngày', '3 ngày'),
  // publications
  count('Nhà xuất bản phát hành 1.200 xuất bản phẩm mỗi năm.', 1200, 'xuất bản phẩm', '1.200 xuất bản phẩm'),
  count('Thư viện nhận thêm 300 ấn phẩm.', 300, 'ấn phẩm', '300 ấn phẩm'),
  // a number of places an area covers counts them; a numbered region is a name
  count('Đồng bào vùng 3 tỉnh biên giới đón Tết sớm.', 3, 'tỉnh', '3 tỉnh'),
  none('Bộ Tư lệnh Vùng 2 Hải quân tổ chức diễn tập.', '2'),
  none('Trạm quan trắc ở vùng 5 ghi nhận mưa lớn.', '5'),
  // a label word that is a verb's last syllable, digits grouped by thousands after a label, the clergy counted
  count('Trạm thú y tiêm phòng 3 đợt cho đàn gia súc.', 3, 'đợt', '3 đợt'),
  count('Nhóm tình nguyện ấp 1.250 tổ trứng rùa mỗi mùa.', 1250, 'tổ trứng', '1.250 tổ trứng'),
  none('Hồ sơ lưu ở phòng 1205 của tòa nhà.', '1205'),
  count('Buổi lễ có 500 tăng ni tham dự.', 500, 'tăng ni', '500 tăng ni'),
  // after `hằng`/`hàng` (every) the day word is a noun of its own, as after `mỗi`
  money('Người giữ rừng được hỗ trợ hằng tháng 1,5 triệu đồng.', 1_500_000, 'đồng', '1,5 triệu đồng'),
  count('Đoàn kiểm tra hàng tháng 2 lần ở mỗi chợ.', 2, 'lần', '2 lần'),
  // `năm` before a noun and a year's digits is the year the noun calls it, no five
  none('Doanh nghiệp phải giảm 20% phát thải so với năm cơ sở 2018.', 'năm cơ sở'),
  none('Lợi nhuận năm tài chính 2024 đạt kỷ lục.', 'năm tài chính'),
  count('Tỉnh có năm cơ sở đào tạo nghề.', 5, 'cơ sở', 'năm cơ sở'),
  // a coordinate in degrees and minutes is no figure; degrees alone are a measure
  none("Tàu bị phát hiện tại tọa độ 9°15'N – 105°40'E.", "9°15'N"),
  none("Tàu bị phát hiện tại tọa độ 9°15'N – 105°40'E.", "105°40'E"),
  count('Nhiệt độ ngoài trời lên tới 39° vào buổi trưa.', 39, '°', '39°'),
  // a unit or a school numbered after its branch: the number is the name's
  none('Bộ Tư lệnh Vùng Cảnh sát biển 3 ra quân tuần tra vùng biển phía nam.', '3'),
  none('Vùng Cảnh sát biển 1 bắt giữ tàu chở than lậu.', '1'),
  none('Thí sinh nộp hồ sơ vào Trường Sĩ quan Lục quân 1 đông hơn mọi năm.', '1'),
  count('Lực lượng Hải quân 3 tàu đã có mặt ở khu vực.', 3, 'tàu', '3 tàu'),
  count('Sĩ quan 3 đơn vị cùng dự lễ.', 3, 'đơn vị', '3 đơn vị'),
  count('Lũ cô lập khu vực 4 xã vùng cao.', 4, 'xã', '4 xã'),
  count('Khu vực 3 xã ven biển bị ngập sâu.', 3, 'xã', '3 xã'),
  none('Vụ án được Tòa án nhân dân khu vực 2 thụ lý.', '2'),
  // artists counted by their state titles
  count('Đoàn nghệ thuật có 2 NSND và 9 NSƯT.', 9, 'NSƯT', '9 NSƯT'),
  // a noun coined in quotes after a number is counted
  count('Thành phố lắp thêm 20 “cây nước nghĩa tình” cho người lao động.', 20, 'cây nước nghĩa tình', '20'),
  count('Tỉnh đã tháo gỡ 3 "điểm nghẽn" về hạ tầng.', 3, 'điểm nghẽn', '3'),
  none('Khẩu hiệu "5 không" được dán khắp nơi.', '5'),
  // ... and a programme's name for the things, in sentence case, opening with a noun counted; a title stays none
  count('Huyện đoàn trao 12 "Nhà nhân ái" cho hộ nghèo.', 12, 'Nhà nhân ái', '12'),
  count('Công đoàn xây 9 “Mái ấm tình thương” cho giáo viên.', 9, 'Mái ấm tình thương', '9'),
  count('Công an xã lập 58 "Tổ an ninh xung kích" ở các thôn.', 58, 'Tổ an ninh xung kích', '58'),
  count('Công an huyện duy trì 12 “Địa chỉ an toàn” cho phụ nữ.', 12, 'Địa chỉ an toàn', '12'),
  count('Xã đã làm xong 6 mái ấm cho người già neo đơn.', 6, 'mái ấm', '6 mái ấm'),
  number('Đoàn phim giành 2 “Cánh diều vàng” năm nay.', 2, '2'),
  number('Ban nhạc phát hành 3 "Bài ca người lính biển đảo" trong năm.', 3, '3'),
  number('Nhà hát có 3 "Nhà Hát Lớn" trên áp phích.', 3, '3'),
  // a short name in brackets whose number repeats the name's: part of the name
  none('Mẫu được gửi tới Trung tâm Kỹ thuật 3 (Quatest 3) kiểm định.', 'Quatest 3'),
  number('Anh thắng đối thủ nặng ký (Elo 2.410) ở ván cuối.', 2410, '2.410'),
  // a noun numbered by an ordinal from one number to a higher one of the same noun is a range of it
  range('Thai phụ được tiêm từ tuần thứ 20 đến tuần 32 của thai kỳ.', 20, 32, 'tuần', 'từ tuần thứ 20 đến tuần 32'),
  range('Học sinh từ lớp thứ 3 đến lớp thứ 5 được miễn phí.', 3, 5, 'lớp', 'từ lớp thứ 3 đến lớp thứ 5'),
  ordinal('Đội giữ vị trí thứ 3 đến hết mùa giải.', 3, 'thứ 3'),
  // a range of lengths of hours after a comparison or a cost (the dates stage reads no clock time there)
  range('Nhờ radar mới, bản tin ra sớm hơn từ 2 đến 4 giờ so với trước.', 2, 4, 'giờ', 'từ 2 đến 4 giờ'),
  range('Mỗi ca mổ mất từ 3 đến 5 giờ.', 3, 5, 'giờ', 'từ 3 đến 5 giờ'),
  // hours counted in each day or night are a length of time
  range('Máy bơm phải chạy từ 6 đến 8 giờ mỗi ngày.', 6, 8, 'giờ', 'từ 6 đến 8 giờ'),
  range('Ông thức từ 2 đến 3 giờ mỗi đêm để canh lò.', 2, 3, 'giờ', 'từ 2 đến 3 giờ'),
  range('Trạm bơm chỉ chạy vào giờ cao điểm, mỗi đêm từ 3 đến 5 giờ.', 3, 5, 'giờ', 'từ 3 đến 5 giờ'),
  duration('Các em học thêm 2 giờ mỗi ngày.', 2, 'giờ', '2 giờ'),
  // energies of particle beams; per mille
  range('Máy phát chùm electron từ 4 đến 20 MeV.', 4, 20, 'MeV', 'từ 4 đến 20 MeV'),
  count('Ống tia X hoạt động ở 120 keV.', 120, 'keV', '120 keV'),
  range('Nước ao nên giữ độ mặn 15–25‰ cho tôm.', 15, 25, '‰', '15–25‰'),
  count('Tỷ suất chết thô của tỉnh là 6‰.', 6, '‰', '6‰'),
  // flowers and pots counted in a batch
  count('Hợp tác xã vừa giao lô 12.000 cành hồng cho siêu thị.', 12000, 'cành hồng', '12.000 cành hồng'),
  count('Nhà vườn xuất đợt 3.000 chậu lan đầu tiên.', 3000, 'chậu lan', '3.000 chậu lan'),
  // `lần thứ N` is an ordinal, whatever date follows in brackets
  ordinal('Hội thi lần thứ 5 (12/6) thu hút đông học sinh.', 5, 'lần thứ 5'),
  // nouns counted after a number in words: gains listed, tours sold, a school's grade years, a committee's secretaries
  count('Bà Hạnh chỉ ra hai lợi ích lớn của việc sáp nhập.', 2, 'lợi ích', 'hai lợi ích'),
  count('Công ty mở thêm năm tour khám phá hang động.', 5, 'tour', 'năm tour'),
  count('Môn học này dạy cho cả ba khối lớp của trường.', 3, 'khối lớp', 'ba khối lớp'),
  count('Đại hội bầu hai Phó Bí thư Huyện ủy.', 2, 'Phó Bí thư', 'hai Phó Bí thư'),
  // the parts a whole is made of, counted in words: themes, annexes, components; an annex's number still names it
  count('Phòng trưng bày được chia thành bốn chủ đề.', 4, 'chủ đề', 'bốn chủ đề'),
  count('Hồ sơ mời thầu gồm năm phụ lục kỹ thuật.', 5, 'phụ lục', 'năm phụ lục'),
  count('Bộ lọc nước gồm ba thành phần chính.', 3, 'thành phần', 'ba thành phần'),
  none('Mức phí được nêu tại phụ lục 3 của quyết định.', 'phụ lục 3'),
  // a milligram spelled out, per litre of breath
  count('Tài xế có nồng độ cồn 0,32 miligam/lít khí thở.', 0.32, 'miligam/lít', '0,32 miligam/lít'),
  count('Có 12 trường hợp vượt mức 0,4 miligam/lít khí thở.', 0.4, 'miligam/lít', '0,4 miligam/lít'),
  none('Học sinh khối 12 ôn thi từ tháng 2.', 'khối 12'),
  // portions given out: `suất` runs on into what is portioned
  count('Quỹ trao 45 suất học bổng cho sinh viên nghèo.', 45, 'suất học bổng', '45 suất học bổng'),
  count('Hội phát 300 suất ăn mỗi trưa.', 300, 'suất ăn', '300 suất ăn'),
  // after `mỗi tháng` a number in words counts the noun the lexicon knows after it; else it may name the month
  count('Câu lạc bộ sinh hoạt mỗi tháng hai buổi vào cuối tuần.', 2, 'buổi', 'hai buổi'),
  count('Đội tuần tra mỗi tuần ba lượt.', 3, 'lượt', 'ba lượt'),
  none('Lễ hội diễn ra mỗi tháng hai âm lịch.', 'hai'),
  // a label word right after a body's bracketed short name is its verb when a counted noun follows the number
  count('Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) cấp 20 suất học bổng thạc sĩ.', 20, 'suất học bổng', '20 suất học bổng'),
  none('Phòng khám Đa khoa (cơ sở 2) phòng 5 tầng 3.', 'phòng 5'),
  // a quoted noun that opens with a word ending nouns elsewhere (`dự` attend) but that the lexicon counts
  count('Nhóm lừa đảo dựng lên 4 "dự án" nghỉ dưỡng.', 4, 'dự án', '4'),
  // `là năm ...` in a clause whose subject is a year: the noun year, never five
  none('Năm 2024 được coi là năm doanh nghiệp có lãi cao nhất.', 'năm doanh nghiệp'),
  none('Năm nay là năm nông dân trúng mùa lớn.', 'năm nông dân'),
  count('Số người bị thương là năm người.', 5, 'người', 'năm người'),
  count('Trong vụ việc năm 2023, số nhà bị cháy là năm căn.', 5, 'căn', 'năm căn'),
  // a league named by initials, a dot and a word, and its number (`J.League 1`): a name, no rank nor number
  none('Câu lạc bộ đặt mục tiêu lên hạng J.League 1 vào mùa tới.', 'hạng J.League 1'),
  none('Anh từng thi đấu ở K.League 2 trước khi về nước.', 'K.League 2'),
  // (`hạng V` before a sentence's full stop, the grade a body is classed in: a class's name, no rank)
  none('Trạm y tế xã được công nhận hạng V.', 'hạng V'),
  // `năm` after `đầu`, `cuối` is a year's start or end (`cuối năm lớp 9`: a grade's year), no five
  none('Các em thường chọn ngành vào cuối năm lớp 9.', 'năm lớp'),
  none('Từ đầu năm bệnh viện đã tiếp nhận nhiều ca.', 'năm bệnh viện'),
  // a round or a floor numbered in words after its lower-case label: an ordinal; the number before it counts them
  ordinal('Cơ quan thuế sẽ kiểm tra đợt hai vào tháng sau.', 2, 'đợt hai'),
  ordinal('Phòng đọc mới đặt tại tầng ba của thư viện.', 3, 'tầng ba'),
  count('Trường xây thêm khu nhà hai tầng.', 2, 'tầng', 'hai tầng'),
  none('Chương trình đợt năm nay thu hút đông người dân.', 'đợt năm'),
  // `một` after a least number, a change's size or a rate's period is one, counted; an amount (`một lượng`) none
  qualified('Mỗi xã phải có ít nhất một trạm y tế.', 'count', 1, 'trạm y tế', 'over', 'một trạm y tế'),
  count('Năm nay số giải nhất giảm một giải so với năm trước.', 1, 'giải', 'một giải'),
  count('Đoàn kiểm tra lấy mẫu nước mỗi tháng một lần.', 1, 'lần', 'một lần'),
  none('Nhà máy chỉ xả một lượng nhỏ nước thải đã xử lý.', 'một lượng'),
  none('Giá xăng giảm một phần nhờ thuế thấp hơn.', 'một phần'),
  none('Ông từng một lần đến thăm làng.', 'một lần'),
  none('Theo mức mới, mỗi tháng một người tham gia chỉ phải đóng 150.000 đồng.', 'một người'),
  none('Các trạm đo cứ 15 phút cập nhật số liệu một lần.', 'một lần'),
  // `một` as an item of a list whose other items open with a number counts its noun as they do; a suspect's record
  // (`tiền án`, `tiền sự`) is always counted; `một` after `là`, `của`, `giá`, after a clause's opener, renaming a sum or
  // after a measure stays the article
  count('Xưởng mua 3 máy dệt và một dây chuyền nhuộm mới.', 1, 'dây chuyền', 'một dây chuyền'),
  count('Phòng khám còn thiếu ba bác sĩ nhi và một y tá.', 1, 'y tá', 'một y tá'),
  figure('Gói tài trợ gồm một hệ thống lọc nước công suất 500 lít, hai tủ lạnh y tế và bộ sơ cứu.', { kind: 'count', value: 1 }, 'một hệ thống'),
  count('Đội kiểm tra lập biên bản 12 trường hợp với số tiền phạt 40 triệu đồng, chuyển cơ quan điều tra một vụ làm giả nhãn hàng.', 1, 'vụ', 'một vụ'),
  count('Người này có một tiền án về tội trộm cắp.', 1, 'tiền án', 'một tiền án'),
  none('Hợp tác xã có 120 thành viên, là một mô hình hiệu quả.', 'một mô hình'),
  // a thing sent `cho` a receiver named by a label word: the number after the label counts it (a grade stays a name)
  count('Công an tỉnh đã chuyển cho bệnh viện 96 tin báo sớm về tai nạn.', 96, 'tin báo', '96 tin báo'),
  count('Sở Giáo dục giao cho trường 30 máy tính để bàn.', 30, 'máy tính', '30 máy tính'),
  none('Quỹ khuyến học cấp cho lớp 9 học bổng toàn phần.', '9 học bổng'),
  none('Đoàn trao quà tại bệnh viện 108 của quân đội.', '108'),
  none('Nhà tài trợ trao 2 tỷ đồng, một khoản hỗ trợ lớn.', 'một khoản'),
  none('Đội có 18 cầu thủ, phải thuê sân của một trường tiểu học.', 'một trường'),
  none('Thu nhập khoảng 6 triệu đồng, trong khi giá một căn nhà nhỏ cũng vài trăm triệu đồng.', 'một căn nhà'),
  none('Khu nhà xưởng rộng 3ha và một hệ thống xử lý nước thải riêng.', 'một hệ thống'),
  none('Ông mua của một công ty ở Bình Dương với giá cao, không qua đấu thầu.', 'một công ty'),
  none('Trận chung kết thu hút 4.200 khán giả, con số hiếm thấy ở một giải trẻ.', 'một giải'),
  // `cứ N X (words qualifying it) thì có M X`: one share, its part after its whole
  ratio('Ở Nhật, cứ 10 người được khảo sát thì có 6 người ủng hộ.', 6, 10, 'người', '10 người được khảo sát'),
  // ... `chỉ` (only) before `có` too; a measure is no whole: `cứ 3km có một trạm` a distance and a count
  ratio('Ở làng gốm, cứ 8 thợ thì chỉ có 1 người dưới 25 tuổi.', 1, 8, 'thợ', '8 thợ thì chỉ có 1 người'),
  // ... and `mới` (only, as few as), past words that qualify the whole
  ratio('Ở xã vùng cao, cứ 10 giáo viên tiểu học thì mới có 2 người dạy được tiếng Mông.', 2, 10, 'giáo viên', '10 giáo viên tiểu học thì mới có 2 người'),
  count('Dọc tuyến đê, cứ 3km có 1 trạm bơm dã chiến.', 3, 'km', '3km'),
  figure('Dọc tuyến đê, cứ 3km có 1 trạm bơm dã chiến.', { kind: 'count', value: 1 }, '1 trạm'),
  // `một` + a noun as one part of a count of that noun said just before in the sentence; an age after a comma
  // describes the one named, no next item
  count('Tỉnh thành lập hai đội phản ứng nhanh: một đội trực tại cảng và một đội tuần tra ven biển.', 1, 'đội', 'một đội'),
  count('Xã cử ba đoàn đi cơ sở, một đoàn lên bản vùng cao.', 1, 'đoàn', 'một đoàn'),
  count('Huyện lập hai tổ công tác: một tổ trực tại xã và một tổ đi kiểm tra các bản.', 1, 'tổ', 'một tổ'),
  // ... or the next item, after a semicolon, of the things the clause before counted; `trong đó có một` one of a whole
  // just told of
  count('Đoàn kiểm tra phát hiện 4 cửa hàng bán thuốc hết hạn, không rõ nguồn gốc; một cửa hàng không có giấy phép.', 1, 'cửa hàng', 'một cửa hàng'),
  none('Đoàn kiểm tra phát hiện 4 cửa hàng bán thuốc hết hạn. Một cửa hàng khác ở chợ đã đóng cửa.', 'Một cửa hàng'),
  none('Xã có 4 cửa hàng vật tư; một người dân cho biết giá phân bón tăng.', 'một người'),
  count('Huyện dành 12 tỷ đồng cho y tế, trong đó có một xe cứu thương mới.', 1, 'xe cứu thương', 'một xe cứu thương'),
  none('Toàn tỉnh bị lừa hơn 20 tỷ đồng, trong đó một nạn nhân mất 900 triệu đồng.', 'một nạn nhân'),
  // `nay` (now) opens a clause set against a time told before: `một` after it is the article
  none('Chị làm công nhân 10 năm với lương 7 triệu đồng, nay mong mở một tiệm may nhỏ.', 'một tiệm'),
  none('Học viên làm 3 bài kiểm tra gồm Lý thuyết, Thực hành và một bài kiểm tra tổng hợp.', 'một bài'),
  none('Đội có 12 thành viên, phải mượn xe của một người quen.', 'một người'),
  none('Hội đồng chọn một kỹ sư trẻ, 32 tuổi, vào vị trí trưởng phòng.', 'một kỹ sư'),
  // a sieve size grades beans, a name's number; a quantity sifted keeps its unit
  none('Tỷ lệ hạt cà phê đạt chuẩn sàng 16 tăng lên 80%.', 'sàng 16'),
  count('Mỗi mẻ sàng 200 kg hạt.', 200, 'kg', '200 kg'),
  // a label's value on a collapsed line: the title-case noun after it opens the next sentence, no unit
  number('Lượt xem: 4.125 Huyện Đông Anh vừa khởi công cầu mới.', 4125, '4.125'),
  count('Kết quả từng nơi: 28 suất quà đã được trao.', 28, 'suất quà', '28 suất quà'),
  // `hai chiều` after a flow or a road is two-way; after other words it counts directions
  none('Kim ngạch thương mại hai chiều giữa hai nước tăng mạnh.', 'hai chiều'),
  none('Tuyến phố được tổ chức giao thông hai chiều từ tháng tới.', 'hai chiều'),
  count('Đoạn đường bị ùn tắc theo cả hai chiều.', 2, 'chiều', 'hai chiều'),
  // a slash pair after an approximating qualifier is a share, with no noun after it too
  ratio('Xã có 120 hộ nuôi tôm, trong đó khoảng 1/4 đã chuyển sang nuôi sạch.', 1, 4, null, 'khoảng 1/4'),
  ratio('Riêng nhóm hàng nông sản đóng góp gần 1/5.', 1, 5, null, 'gần 1/5'),
  none('Cầu dự kiến thông xe vào ngày 1/5.', '1/5'),
  // the words qualifying the whole may name a place; a part written with no `thì có` is a count of its own
  ratio('Cứ 10 chiếc xe bán ra ở Hà Nội thì có 4 chiếc là xe điện.', 4, 10, 'chiếc xe', '10 chiếc xe'),
  count('Theo phương án, cứ 20 cổ phiếu cũ được đổi lấy 13 cổ phiếu mới.', 13, 'cổ phiếu', '13 cổ phiếu'),
  count('Cứ 10 phút, xe buýt chở thêm 40 người.', 40, 'người', '40 người'),
  ...CONTEXT_FIGURE_EXAMPLES,
  ...NEVER_FIGURE_EXAMPLES,
];
