// The dates corpus: phrases and sentences written for this project, each with the date expected at its words, and
// negatives where no date may be found. Run by tests/corpus/dates.test.ts, one test per example. Relative examples
// carry the article's publishedAt: Thursday 15 June 2023 (ISO week 24) unless they say otherwise.
import type { CorpusExample } from '../../tests/corpus/corpus-types.js';

type Expected = NonNullable<CorpusExample<'dates'>['expected']>;

const PUBLISHED = '2023-06-15T08:00:00+07:00';
const PUBLISHED_JANUARY = '2024-01-05T10:00:00+07:00';
const PUBLISHED_NOVEMBER = '2023-11-20T09:00:00+07:00';
const PUBLISHED_DECEMBER = '2023-12-15T10:00:00+07:00';

/** A phrase that is one date as a whole. */
function date(text: string, value: string | null, more: Expected = {}): CorpusExample<'dates'> {
  return { text, expected: { text, value, endValue: null, mod: null, relative: false, ...more } };
}

/** A sentence holding a date at `words`. */
function inside(text: string, words: string, value: string | null, more: Expected = {}): CorpusExample<'dates'> {
  return { text, words, expected: { text: words, value, endValue: null, mod: null, relative: false, ...more } };
}

/** A relative date, resolved against the publication day. */
function relative(text: string, words: string, value: string, more: Expected = {}, publishedAt = PUBLISHED): CorpusExample<'dates'> {
  return { text, words, publishedAt, expected: { text: words, value, endValue: null, mod: null, relative: true, ...more } };
}

/**
 * A date counted from a period the sentence names before it (`năm 2023 … so với năm trước`), not from publication:
 * `relative` is false, its value owing nothing to publishedAt, which the example still gives.
 */
function counted(text: string, words: string, value: string, publishedAt = PUBLISHED_JANUARY): CorpusExample<'dates'> {
  return { text, words, publishedAt, expected: { text: words, value, endValue: null, mod: null, relative: false } };
}

/** Words where no date may be found. */
function none(text: string, words?: string): CorpusExample<'dates'> {
  return words === undefined ? { text, expected: null } : { text, words, expected: null };
}

const bylines: CorpusExample<'dates'>[] = [
  inside('Người viết: Trần An - Ngày viết: Chủ Nhật, Tháng Hai 14, 2021 | 7:28 - Lượt xem: 50', 'Chủ Nhật, Tháng Hai 14, 2021 | 7:28', '2021-02-14T07:28'),
  date('Thứ Ba, 14/03/2023 09:15 (GMT+7)', '2023-03-14T09:15'),
  date('15/08/2022 - 07:45', '2022-08-15T07:45'),
  inside('Cập nhật: 08:30 ngày 05/06/2023', '08:30 ngày 05/06/2023', '2023-06-05T08:30'),
  date('Thứ Hai, ngày 5/6/2023', '2023-06-05'),
  date('Thứ sáu, 02/12/2022, 16:20', '2022-12-02T16:20'),
  // a time, then the weekday and the date: the time of that date
  inside('Cập nhật lúc 16:20, Thứ Sáu, 02/12/2022', 'lúc 16:20, Thứ Sáu, 02/12/2022', '2022-12-02T16:20'),
  date('09:05, Chủ nhật, 14/05/2023', '2023-05-14T09:05'),
  date('Thứ Năm, Tháng Mười Một 3, 2022 | 21:05', '2022-11-03T21:05'),
  date('14 Tháng Hai, 2021', '2021-02-14'),
  date('Chủ nhật, 07/05/2023 - 06:00', '2023-05-07T06:00'),
  inside('Đăng lúc 10:12 ngày 20/10/2022', 'lúc 10:12 ngày 20/10/2022', '2022-10-20T10:12'),
  date('2023-03-14 09:15', '2023-03-14T09:15'),
  date('2023-03-14T09:15', '2023-03-14T09:15'),
  date('Thứ Tư, 01/11/2023 | 14:00 GMT+7', '2023-11-01T14:00'),
  inside('Ngày đăng: 21/11/2024', '21/11/2024', '2024-11-21'),
  date('Tháng 2 14, 2021', '2021-02-14'),
  date('14:05 | 10/10/2023', '2023-10-10T14:05'),
  inside('Lan Hương | 08:15 | 03/04/2023', '08:15 | 03/04/2023', '2023-04-03T08:15'),
];

const digitDates: CorpusExample<'dates'>[] = [
  date('14/03/2023', '2023-03-14'),
  date('05.03.2023', '2023-03-05'),
  date('14-3-2023', '2023-03-14'),
  date('1/1/2024', '2024-01-01'),
  date('ngày 29/02/2024', '2024-02-29'),
  date('2023-06-01', '2023-06-01'),
  inside('Luật có hiệu lực từ ngày 01/07/2024.', 'ngày 01/07/2024', '2024-07-01'),
  inside('Hội thảo được tổ chức vào ngày 12/9/2022 tại Đà Nẵng.', 'ngày 12/9/2022', '2022-09-12'),
  inside('Sáng 21/11/2024, đoàn công tác đến thăm nhà máy.', 'Sáng 21/11/2024', '2024-11-21'),
  inside('Chiều ngày 3/4/2023, hội đồng họp phiên cuối.', 'Chiều ngày 3/4/2023', '2023-04-03'),
  inside('Hạn nộp hồ sơ là 30.9.2023, sau đó không nhận thêm.', '30.9.2023', '2023-09-30'),
  inside('Văn bản ký ngày 15/5/2019 vẫn còn hiệu lực.', 'ngày 15/5/2019', '2019-05-15'),
  inside('Tối 31/12/2022, thành phố bắn pháo hoa.', 'Tối 31/12/2022', '2022-12-31'),
  inside('Hôm 8/3/2023, các nữ cán bộ được tặng hoa.', 'Hôm 8/3/2023', '2023-03-08'),
  inside('Đến 31/12/2025, dự án phải hoàn thành.', '31/12/2025', '2025-12-31'),
  inside('Bản tin ngày 2/9/1945 được lưu trữ cẩn thận.', 'ngày 2/9/1945', '1945-09-02'),
  inside('Từ 6/2024, quy định mới được áp dụng.', '6/2024', '2024-06'),
  inside('Số liệu tính đến 12/2023 cho thấy mức tăng rõ.', '12/2023', '2023-12'),
  inside('Ngày 15/8 năm 2022, nhà máy khánh thành.', 'Ngày 15/8 năm 2022', '2022-08-15'),
  none('ngày 31/02/2023'),
  none('ngày 32/1/2023'),
  none('13/13/2023'),
];

const documentNumbers: CorpusExample<'dates'>[] = [
  none('Thông tư 24/2013/TT-BKHCN quy định về đo lường.', '24/2013/TT-BKHCN'),
  none('Nghị định 15/2018/NĐ-CP hướng dẫn Luật An toàn thực phẩm.', '15/2018/NĐ-CP'),
  none('Số 12/2023/QĐ-UBND', '12/2023/QĐ-UBND'),
  none('Theo Quyết định số 10/2021, đơn vị được giao nhiệm vụ.', '10/2021'),
  none('Thông tư 07/2019/TT-BKHCN đã sửa đổi nhiều điều.', '07/2019/TT-BKHCN'),
  none('Nghị quyết 01/NQ-CP năm nay đặt nhiều mục tiêu.', '01/NQ-CP'),
  // a grade's number before `năm nay` counts no years: this year
  relative('Mỗi bộ sách lớp 6 năm nay giá khoảng 250.000 đồng.', 'năm nay', '2023'),
  none('Chị đã dạy 6 năm nay ở trường làng.', 'năm nay'),
  none('Công văn 123/BC-UBND gửi các sở.', '123/BC-UBND'),
  none('Tiêu chuẩn TCVN 5699-1:2010 được áp dụng.', 'TCVN 5699-1:2010'),
  none('Doanh nghiệp đạt chứng nhận ISO 9001:2015.', 'ISO 9001:2015'),
  none('Phòng thí nghiệm theo ISO/IEC 17025:2017 được công nhận.', '17025:2017'),
  none('Hotline 1900.1234 hoạt động cả ngày.', '1900.1234'),
  none('Liên hệ số 0912.345.678 để biết thêm.', '0912.345.678'),
  none('Gọi 024.3791.1234 trong giờ hành chính.', '024.3791.1234'),
  none('Quyết định 1234/QĐ-TĐC ngày 5/6/2023 đã ban hành.', '1234/QĐ-TĐC'),
  inside('Quyết định 1234/QĐ-TĐC ngày 5/6/2023 đã ban hành.', 'ngày 5/6/2023', '2023-06-05'),
  inside('Thông tư 24/2013/TT-BKHCN ban hành ngày 30/9/2013.', 'ngày 30/9/2013', '2013-09-30'),
  none('Mã số 2020-0045 được cấp cho hồ sơ.', '2020-0045'),
];

const fractionsAndCodes: CorpusExample<'dates'>[] = [
  none('Khoảng 2/3 số doanh nghiệp đã chuyển đổi số.', '2/3'),
  none('Đội tuyển đạt 8/10 điểm trong bài thi.', '8/10'),
  none('Có 3/5 thành viên tán thành.', '3/5'),
  none('Tỷ lệ 1/2000 được dùng cho bản đồ.', '1/2000'),
  none('Ngành đang bước vào cuộc cách mạng công nghiệp 4.0.', '4.0'),
  none('Dịch Covid-19 ảnh hưởng nặng nề.', 'Covid-19'),
  none('Nhóm công tác WG1 họp định kỳ.', 'WG1'),
  none('Phiên bản 2.1 có thêm tính năng.', '2.1'),
  none('Xe chạy với tốc độ 60 km/h.', '60 km/h'),
  none('Điểm trung bình là 7.5 trên thang 10.', '7.5'),
  none('Mạng 4G phủ sóng toàn tỉnh.', '4G'),
  none('Nhà máy số 2 đi vào hoạt động.', 'số 2'),
  none('Kết quả là 3:1 nghiêng về đội chủ nhà.', '3:1'),
  none('Giá bán lẻ 1.250.000 đồng một bộ.', '1.250.000'),
  none('Tỷ số 2/3 được ghi nhận trong báo cáo.', '2/3'),
  // `qua` and a word after a bare day and month says "through": round the clock, no past day
  none('Người dân phản ánh 24/7 qua tổng đài của thành phố.', '24/7'),
  relative('Đợt mưa lớn hôm 15/3 qua đã gây ngập nhiều tuyến phố.', 'hôm 15/3', '2023-03-15'),
  relative('Kết quả công bố 20/4 vừa qua cho thấy nhiều tiến bộ.', '20/4 vừa qua', '2023-04-20'),
  // a share of places, bodies or tasks after a context word: `tại 6/9 huyện` counts six of nine districts
  none('Nguy cơ sạt lở vẫn cao tại 6/9 huyện, thị xã trong tỉnh.', '6/9'),
  none('Trong 3/5 xã được khảo sát, nước sạch đã về tới từng nhà.', '3/5'),
  none('Đến nay đã có 4/11 tiêu chí được hoàn thành.', '4/11'),
  none('Mô hình được nhân rộng tại 2/8 phường của thị xã.', '2/8'),
  // still dates: a day word, a follower, a year, a name after the noun, a day after the month
  relative('Sáng 6/9 huyện tổ chức lễ ra quân.', 'Sáng 6/9', '2023-09-06'),
  relative('Ngày 3/5 xã đón đoàn kiểm tra.', 'Ngày 3/5', '2023-05-03'),
  relative('Từ 1/10 xã Phú Lâm áp dụng giờ làm việc mới.', '1/10', '2023-10-01'),
  relative('Dự kiến đến 6/9 tới xã mới hoàn thành.', '6/9', '2023-09-06'),
  inside('Kế hoạch thực hiện đến 4/11/2025 tại các xã.', '4/11/2025', '2025-11-04'),
  relative('Từ 25/10 tỉnh sẽ siết chặt kiểm tra.', '25/10', '2023-10-25'),
];

const durations: CorpusExample<'dates'>[] = [
  none('Thời gian xử lý hồ sơ giảm từ 4 giờ xuống còn 30 phút.', '4 giờ'),
  none('Ca trực tăng từ 8 giờ lên 12 giờ mỗi ngày.', '8 giờ'),
  none('Tổ chức chuẩn bị kỷ niệm 60 năm thành lập.', '60 năm'),
  none('Khóa học kéo dài 3 tháng.', '3 tháng'),
  none('Dự án được triển khai trong 5 năm tới.', '5 năm tới'),
  none('Những năm qua, ngành đã có nhiều đổi mới.', 'Những năm qua'),
  none('10 năm qua, doanh nghiệp tăng trưởng đều.', '10 năm qua'),
  none('Trong nhiều năm qua, công ty giữ vững thị trường.', 'nhiều năm qua'),
  none('Mười năm qua là chặng đường đáng nhớ.', 'Mười năm qua'),
  // `cách đây` (ago) and a count of units: the year, month, week or day that long before publication
  relative('Giá thuê nhà nay gấp đôi so với cách đây 3 năm.', 'cách đây 3 năm', '2020'),
  relative('Cách đây hai tháng, xã khánh thành cây cầu mới.', 'Cách đây hai tháng', '2023-04'),
  relative('Con đê bị sạt lở cách đây 4 ngày.', 'cách đây 4 ngày', '2023-06-11'),
  relative('Cách đây mười lăm năm, vùng này còn là bãi bồi.', 'Cách đây mười lăm năm', '2008'),
  // a distance, a count that is none, a count not whole: no date
  none('Trạm y tế nằm cách đây 5 km.', 'cách đây 5 km'),
  none('Cách đây vài năm, con đường còn lầy lội.', 'Cách đây vài năm'),
  none('Cách đây hơn 10 năm, xã chưa có điện.', 'hơn 10 năm'),
  none('Ngôi trường được xây cách đây 2 năm rưỡi.', 'cách đây 2 năm'),
  // `N năm trước` closing its clause: as `cách đây N năm`; a word after it makes `trước` "before", a rounded count none
  relative('Sản lượng nay gấp ba so với 4 năm trước.', '4 năm trước', '2019'),
  relative('3 tháng trước đây, con đường còn lầy lội.', '3 tháng trước đây', '2023-03'),
  none('Ông nhận quyết định 2 năm trước khi nghỉ hưu.', '2 năm trước'),
  none('Hàng về chợ 3 ngày trước Tết.', '3 ngày trước'),
  none('Giá đất tăng mạnh so với hơn 5 năm trước.', '5 năm trước'),
  none('Doanh thu bằng tổng của cả 3 năm trước.', '3 năm trước'),
  none('Tỷ lệ tăng 1,5 năm trước.', '5 năm trước'),
  none('Các tháng tới sẽ có nhiều thay đổi.', 'Các tháng tới'),
  none('Mỗi tháng hai lần, đoàn kiểm tra đến xưởng.', 'tháng hai'),
  none('Công nhân làm việc 8 giờ mỗi ngày.', '8 giờ'),
  // a start with no year takes the end's, or the year before when it would start after the end is over
  inside('Mùa khô kéo dài từ tháng 11 đến hết quý I/2024.', 'từ tháng 11 đến hết quý I/2024', '2023-11', { endValue: '2024-Q1' }),
  inside('Dự án thi công từ tháng 2 đến quý III/2024.', 'từ tháng 2 đến quý III/2024', '2024-02', { endValue: '2024-Q3' }),
  // hours counted in each day or night, a range of lengths: no clock time at its upper end
  none('Ngày 3/3/2023, người dân phải bơm nước từ 3 đến 4 giờ mỗi đêm.', '4 giờ'),
  none('Ngày 3/3/2023, xưởng chạy máy từ 10 đến 12 giờ một ngày.', '12 giờ'),
  inside('Ngày 3/3/2023, quầy mở từ 7 đến 9 giờ sáng mỗi ngày.', '9 giờ sáng', '2023-03-03T09:00'),
  none('Ngày 3/3/2023, trạm bơm chỉ chạy vào giờ cao điểm, mỗi đêm từ 3 đến 5 giờ.', '5 giờ'),
  inside('Ngày 3/3/2023, mỗi ngày từ 7 đến 9 giờ sáng quầy mở cửa.', '9 giờ sáng', '2023-03-03T09:00'),
  none('Mất khoảng 2 giờ để hoàn thành bài kiểm tra.', '2 giờ'),
  none('Máy chạy 8h mỗi ngày.', '8h'),
  none('Sau 6 tháng, kết quả đã rõ.', '6 tháng'),
  none('Trẻ dưới 5 tuổi được tiêm miễn phí.', '5 tuổi'),
  none('Hằng năm, hội chợ thu hút nhiều khách.', 'Hằng năm'),
  none('Trong thời gian tới, ngành sẽ ưu tiên đào tạo.', 'thời gian tới'),
  none('Năm sau đó, ông chuyển công tác.', 'Năm sau đó'),
  none('Ngày nay, người tiêu dùng mua sắm trực tuyến nhiều hơn.', 'Ngày nay'),
  // A clock hour after a duration word, bounding words between them, is a length of time (a figure), no time of day.
  none('Có hôm ùn ứ kéo dài tới 3 giờ.', '3 giờ'),
  none('Thủ tục mất đến 2 giờ.', '2 giờ'),
  none('Hội thảo diễn ra trong 3 giờ.', '3 giờ'),
  none('Việc kiểm tra kéo dài trong vòng khoảng 4 giờ.', '4 giờ'),
  none('Đợt mưa kéo dài lên tới gần 5 giờ.', '5 giờ'),
  none('Ngày 5/6/2023, cuộc họp kéo dài tới 3 giờ.', '3 giờ'),
  // `chưa đến`, `chưa đầy` N giờ: less than N hours; no clock time is "not yet reached"
  none('Đội cứu hộ dập tắt đám cháy sau chưa đến 3 giờ.', '3 giờ'),
  none('Ngày 2/4/2023, việc di dời hoàn tất trong chưa đến 6 giờ.', '6 giờ'),
  none('Chuyến bay thẳng chỉ mất chưa đầy 2 giờ.', '2 giờ'),
  none('Chuyến bay mất 2 tiếng.', '2 tiếng'),
  none('Cả hai năm qua, doanh nghiệp đều lỗ.', 'hai năm qua'),
  none('Cả 3 năm qua, doanh nghiệp đều lỗ.', '3 năm qua'),
  none('Giá tăng suốt cả năm.', 'cả năm'),
];

const ranges: CorpusExample<'dates'>[] = [
  inside('Ngày 10-11/12/2020, sự kiện chính thức diễn ra.', 'Ngày 10-11/12/2020', '2020-12-10', { endValue: '2020-12-11' }),
  date('21 - 22/11/2024', '2024-11-21', { endValue: '2024-11-22' }),
  relative('Hội chợ mở cửa từ ngày 1 đến ngày 5/6.', 'từ ngày 1 đến ngày 5/6', '2023-06-01', { endValue: '2023-06-05' }),
  // a night written by its evening's day and the next day's dawn is the range of both days, and may run on to an end
  relative('Đêm 3 rạng sáng 4/8, mưa lớn làm ngập nhiều tuyến phố.', 'Đêm 3 rạng sáng 4/8', '2023-08-03', { endValue: '2023-08-04' }),
  inside('Trận động đất xảy ra đêm 20 rạng sáng 21/3/2022 tại tỉnh.', 'đêm 20 rạng sáng 21/3/2022', '2022-03-20', { endValue: '2022-03-21' }),
  inside('Từ đêm 10 rạng sáng 11/9 đến hết ngày 14/9/2022, các tỉnh miền Trung có mưa to.', 'Từ đêm 10 rạng sáng 11/9 đến hết ngày 14/9/2022',
    '2022-09-10', { endValue: '2022-09-14' }),
  inside('Lũ lên nhanh vào sáng 9, đến rạng sáng 10/9/2022 thì đạt đỉnh.', 'rạng sáng 10/9/2022', '2022-09-10'),
  inside('Kế hoạch giai đoạn 2021 - 2025 đã được phê duyệt.', 'giai đoạn 2021 - 2025', '2021', { endValue: '2025' }),
  inside('Chiến lược 2021–2025 tập trung vào năng suất.', '2021–2025', '2021', { endValue: '2025' }),
  // a stated year alone before `đến nay` stays that year; a month or a relative year runs to now
  inside('Từ năm 2021 đến nay, tỉnh đã thu hút nhiều dự án.', 'năm 2021', '2021'),
  inside('Giá phân bón từ năm 2019 tới nay tăng gần gấp đôi.', 'năm 2019', '2019'),
  relative('Từ tháng 4/2022 đến nay, xã đã làm thêm 3 km đường.', 'Từ tháng 4/2022 đến nay', '2022-04', { endValue: '2023-06' }),
  relative('Từ năm ngoái đến nay, hợp tác xã mở thêm hai cửa hàng.', 'Từ năm ngoái đến nay', '2022', { endValue: '2023' }),
  inside('Từ năm 2016 đến năm 2020, sản lượng tăng gấp đôi.', 'Từ năm 2016 đến năm 2020', '2016', { endValue: '2020' }),
  inside('Trong nhiệm kỳ 2020-2025, hội đã kết nạp thêm hội viên.', 'nhiệm kỳ 2020-2025', '2020', { endValue: '2025' }),
  inside('Năm học 2023-2024 có nhiều đổi mới.', 'Năm học 2023-2024', '2023', { endValue: '2024' }),
  inside('Đợt kiểm tra kéo dài từ 30/11-2/12/2023.', '30/11-2/12/2023', '2023-11-30', { endValue: '2023-12-02' }),
  inside('Tháng 6-8/2024 là cao điểm du lịch.', 'Tháng 6-8/2024', '2024-06', { endValue: '2024-08' }),
  inside('Từ tháng 3 đến tháng 5 năm 2023, đơn vị đã kiểm tra 40 cơ sở.', 'Từ tháng 3 đến tháng 5 năm 2023', '2023-03', { endValue: '2023-05' }),
  // two spans of years (crop seasons, school years) joined by `từ … đến` are one range, first year to last
  inside('Nhà máy bao tiêu mía từ vụ 2024 – 2025 đến vụ 2026 – 2027 cho các hộ.', 'từ vụ 2024 – 2025 đến vụ 2026 – 2027', '2024', { endValue: '2027' }),
  // a season of one year, then one across two, by their names: from the first's year to the second's last
  inside('Trạm thử giống từ Thu Đông 2022 đến Đông Xuân 2023-2024 tại hai xã.', 'từ Thu Đông 2022 đến Đông Xuân 2023-2024', '2022', { endValue: '2024' }),
  inside('Hợp tác xã liên kết từ vụ Hè Thu 2021 đến vụ Đông Xuân 2022 – 2023.', 'từ vụ Hè Thu 2021 đến vụ Đông Xuân 2022 – 2023', '2021', { endValue: '2023' }),
  inside('Học phí không đổi từ năm học 2022-2023 đến năm học 2024-2025.', 'từ năm học 2022-2023 đến năm học 2024-2025', '2022', { endValue: '2025' }),
  inside('Quy hoạch 2021-2030 đến 2031-2050 vẫn giữ nguyên.', '2021-2030', '2021', { endValue: '2030' }),
  // a part of a month at either end is no mod of the whole span
  inside('Đợt cao điểm kéo dài từ cuối tháng 9 đến hết tháng 12/2024.', 'từ cuối tháng 9 đến hết tháng 12/2024', '2024-09', { endValue: '2024-12' }),
  inside('Từ đầu tháng 3 đến giữa tháng 5/2022, giá lúa tăng.', 'Từ đầu tháng 3 đến giữa tháng 5/2022', '2022-03', { endValue: '2022-05' }),
  inside('Từ 1/7 đến 5/8/2023, chương trình giảm giá được áp dụng.', 'Từ 1/7 đến 5/8/2023', '2023-07-01', { endValue: '2023-08-05' }),
  inside('Ngày 3 đến 5/7/2023, đoàn làm việc tại tỉnh.', 'Ngày 3 đến 5/7/2023', '2023-07-03', { endValue: '2023-07-05' }),
  inside('Từ 8h đến 17h ngày 5/6/2023, khu vực tạm dừng cấp điện.', 'Từ 8h đến 17h ngày 5/6/2023', '2023-06-05T08:00', { endValue: '2023-06-05T17:00' }),
  // a start with its day and hour, an end whose hour comes before its day (joined first, then the range)
  inside('Từ 22 giờ ngày 9/3 đến 4 giờ sáng 10/3/2022, đường hầm đóng cửa.', 'Từ 22 giờ ngày 9/3 đến 4 giờ sáng 10/3/2022', '2022-03-09T22:00', { endValue: '2022-03-10T04:00' }),
  relative('Từ 21 giờ ngày 14/6 đến 3 giờ sáng nay, mưa trút xuống thành phố.', 'Từ 21 giờ ngày 14/6 đến 3 giờ sáng nay', '2023-06-14T21:00', { endValue: '2023-06-15T03:00' }),
  relative('Từ ngày 12/6 đến 8 giờ sáng mai, cầu phao ngừng hoạt động.', 'Từ ngày 12/6 đến 8 giờ sáng mai', '2023-06-12', { endValue: '2023-06-16T08:00' }),
  inside('Từ 20 giờ ngày 2/5/2022 đến 6 giờ, xe tải không được vào phố.', '20 giờ ngày 2/5/2022', '2022-05-02T20:00'),
  // a relative year closing a range of months is both ends' year; two months alone are put in order
  relative('Doanh thu từ tháng 1 đến tháng 8 năm nay tăng 12%.', 'từ tháng 1 đến tháng 8 năm nay', '2023-01', { endValue: '2023-08' }, PUBLISHED_NOVEMBER),
  relative('Từ tháng 2 đến tháng 4 năm ngoái, giá lúa giảm.', 'Từ tháng 2 đến tháng 4 năm ngoái', '2022-02', { endValue: '2022-04' }),
  relative('Từ tháng 2 đến tháng 8, xã trồng thêm 40 ha rừng.', 'Từ tháng 2 đến tháng 8', '2023-02', { endValue: '2023-08' }, PUBLISHED_NOVEMBER),
  relative('Từ tháng 10 đến tháng 2, vùng này ít mưa.', 'Từ tháng 10 đến tháng 2', '2023-10', { endValue: '2024-02' }),
  inside('Từ tháng 11/2022 đến tháng 2/2023, giá điện giữ nguyên.', 'Từ tháng 11/2022 đến tháng 2/2023', '2022-11', { endValue: '2023-02' }),
  inside('Giai đoạn 1986-2000 đánh dấu nhiều đổi thay.', 'Giai đoạn 1986-2000', '1986', { endValue: '2000' }),
  inside('Những năm 1990 là thời kỳ mở cửa.', 'Những năm 1990', '1990', { endValue: '1999' }),
  inside('Từ năm 2010 tới năm 2015, ngành tăng trưởng nhanh.', 'Từ năm 2010 tới năm 2015', '2010', { endValue: '2015' }),
  inside('Hội nghị diễn ra 21-22/11/2024 tại Huế.', '21-22/11/2024', '2024-11-21', { endValue: '2024-11-22' }),
  inside('Từ ngày 1/7/2023 đến ngày 31/12/2023, chương trình được áp dụng.', 'Từ ngày 1/7/2023 đến ngày 31/12/2023', '2023-07-01', { endValue: '2023-12-31' }),
  inside('Thập niên 90 là giai đoạn khó khăn.', 'Thập niên 90', '1990', { endValue: '1999' }),
  relative('Kể từ tháng 3 đến nay, giá đã tăng ba lần.', 'Kể từ tháng 3 đến nay', '2023-03', { endValue: '2023-06' }),
  relative('Từ tháng 9 đến nay, hồ chứa luôn thiếu nước.', 'Từ tháng 9 đến nay', '2022-09', { endValue: '2023-06' }),
  relative('Từ đầu tháng 5 đến nay, giá lợn hơi tăng liên tục.', 'đầu tháng 5', '2023-05', { mod: 'START' }),
  inside('Từ cuối năm 2021 đến nay, xưởng chưa nhận đơn hàng mới.', 'cuối năm 2021', '2021', { mod: 'END' }),
  // a bare `đầu năm` before `đến` and a day with no year: two dates, the year's start and the day; with the day's
  // year stated, one range
  relative('Từ đầu năm đến ngày 20/5, tỉnh ghi nhận 320 ca sốt rét.', 'đầu năm', '2023', { mod: 'START' }),
  relative('Từ đầu năm đến ngày 20/5, tỉnh ghi nhận 320 ca sốt rét.', 'ngày 20/5', '2023-05-20'),
  relative('Từ đầu năm đến ngày 20/5/2023, tỉnh ghi nhận 320 ca sốt rét.', 'Từ đầu năm đến ngày 20/5/2023', '2023', { endValue: '2023-05-20' }),
  relative('Từ đầu năm 2023 đến ngày 20/5, tỉnh ghi nhận 320 ca sốt rét.', 'Từ đầu năm 2023 đến ngày 20/5', '2023', { endValue: '2023-05-20' }),
  none('Dự án cần thêm 2-3 năm tới mới hoàn thành.', '2-3 năm tới'),
  none('Đoàn có 2000-3000 người tham gia.', '2000-3000'),
  none('Từ 5 đến 7 người tham gia mỗi lớp.', '5 đến 7'),
];

const months: CorpusExample<'dates'>[] = [
  date('tháng 6/2024', '2024-06'),
  date('tháng Sáu năm 2024', '2024-06'),
  date('tháng 06/2024', '2024-06'),
  date('tháng 6 năm 2024', '2024-06'),
  date('tháng 12-2022', '2022-12'),
  date('tháng Mười Hai năm 2021', '2021-12'),
  date('tháng Mười Một năm 2022', '2022-11'),
  date('tháng Ba năm 2020', '2020-03'),
  inside('Tháng 6/2024, nhà máy mở rộng sản xuất.', 'Tháng 6/2024', '2024-06'),
  inside('Vào tháng 10 năm 2019, hội nghị lần đầu được tổ chức.', 'tháng 10 năm 2019', '2019-10'),
  relative('Tháng 6 này, đoàn sẽ sang Nhật Bản.', 'Tháng 6', '2023-06'),
  relative('Trong tháng 3, giá xăng giảm hai lần.', 'tháng 3', '2023-03'),
  relative('Tháng 12 vừa qua, đơn vị đã nghiệm thu.', 'Tháng 12 vừa qua', '2022-12'),
  relative('Tháng 9 tới, trường khai giảng năm học mới.', 'Tháng 9', '2023-09'),
  relative('Tháng Tám tới, công trình sẽ khánh thành.', 'Tháng Tám', '2023-08'),
  relative('Tháng 6 năm ngoái, công ty mở chi nhánh.', 'Tháng 6 năm ngoái', '2022-06'),
  relative('Tháng 2 năm nay, xuất khẩu tăng.', 'Tháng 2 năm nay', '2023-02'),
  // a school year counted from publication: its two years, the one under way from August
  relative('Thưa thầy, năm học này trường có bao nhiêu lớp?', 'năm học này', '2022', { endValue: '2023' }),
  relative('Thưa thầy, năm học này trường có bao nhiêu lớp?', 'năm học này', '2023', { endValue: '2024' }, PUBLISHED_NOVEMBER),
  relative('Năm học vừa qua, 98% học sinh lớp 12 đỗ tốt nghiệp.', 'Năm học vừa qua', '2022', { endValue: '2023' }, PUBLISHED_NOVEMBER),
  relative('Học phí tăng 5% so với năm học trước.', 'năm học trước', '2021', { endValue: '2022' }),
  // counted from a year named before it in the sentence: the school year before the one that begins in that year
  relative('Số suất học bổng năm nay tăng 20% so với năm học trước.', 'năm học trước', '2022', { endValue: '2023' }, PUBLISHED_NOVEMBER),
  {
    text: 'Năm 2023 trường tuyển 300 em, nhiều hơn năm học trước.', words: 'năm học trước', publishedAt: PUBLISHED_JANUARY,
    expected: { text: 'năm học trước', value: '2022', endValue: '2023', mod: null, relative: false },
  },
  none('Trong 3 năm học qua, trường xây thêm 12 phòng.', 'năm học qua'),
  none('Năm 2019 trường mở thêm lớp; so với năm học trước đó, số học sinh tăng 10%.', 'năm học trước đó'),
  relative('Tháng 11 năm tới, hội nghị sẽ diễn ra tại Hà Nội.', 'Tháng 11 năm tới', '2024-11'),
  relative('Số liệu tháng 12 được công bố sớm.', 'tháng 12', '2023-12', {}, PUBLISHED_JANUARY),
  relative('Vụ việc xảy ra hồi tháng 11.', 'tháng 11', '2023-11', {}, PUBLISHED_JANUARY),
  relative('Công trình được khởi công hồi tháng 11, nay đã xong phần móng.', 'tháng 11', '2022-11'),
  relative('Hồi đầu tháng 12, giá gạo tăng mạnh.', 'đầu tháng 12', '2022-12', { mod: 'START' }),
  relative('Cây cầu được thông xe hồi 20/11.', '20/11', '2022-11-20'),
  relative('Trong tháng 11, tỉnh sẽ tổ chức hội chợ.', 'tháng 11', '2023-11'),
  none('Mỗi tháng một lần, tổ kiểm tra họp.', 'tháng một'),
  none('Khoảng 3 tháng nữa dự án mới xong.', '3 tháng'),
];

const dayMonths: CorpusExample<'dates'>[] = [
  date('ngày 15 tháng 8 năm 2022', '2022-08-15'),
  date('ngày 2 tháng 9 năm 1945', '1945-09-02'),
  date('15 tháng 8 năm 2022', '2022-08-15'),
  date('ngày mồng 3 tháng 3 năm 2021', '2021-03-03'),
  date('mùng 1 tháng 6 năm 2023', '2023-06-01'),
  date('ngày hai mươi mốt tháng tám năm 2021', '2021-08-21'),
  date('ngày mười lăm tháng Ba năm 2020', '2020-03-15'),
  relative('Ngày mồng 3 tháng 3, làng mở hội.', 'Ngày mồng 3 tháng 3', '2023-03-03'),
  relative('Sáng 21/11, đoàn công tác đến tỉnh.', 'Sáng 21/11', '2023-11-21'),
  relative('Hội nghị khai mạc ngày 1/7.', 'ngày 1/7', '2023-07-01'),
  // a day and month after the name of the day they date
  relative('Nhân Ngày Quốc tế Phụ nữ 8/3, hội tặng quà hội viên.', '8/3', '2023-03-08'),
  relative('Trường chào mừng ngày Nhà giáo Việt Nam 20/11 bằng hội diễn.', '20/11', '2023-11-20'),
  none('Ngày Hội kết thúc, xã đạt 3/5 tiêu chí.', '3/5'),
  // an event's day named by the event: `ngày khai mạc 12/6`, `khởi công 2/6`
  relative('Trong ngày khai mạc 12/6, khán đài kín chỗ.', '12/6', '2023-06-12'),
  relative('Cây cầu khởi công 2/6 sẽ hoàn thành sau hai năm.', '2/6', '2023-06-02'),
  relative('Dự kiến lễ khánh thành 28/6 có nhiều khách mời.', '28/6', '2023-06-28'),
  none('Sau lễ khai mạc, 2/3 số gian hàng đã kín khách.', '2/3'),
  none('Buổi khai mạc 3/5 đại biểu vắng mặt.', '3/5 đại biểu'),
  relative('Từ 1/7, nhiều chính sách mới có hiệu lực.', '1/7', '2023-07-01'),
  relative('Trước 30/6, các đơn vị phải nộp báo cáo.', '30/6', '2023-06-30'),
  relative('Chiều 14/6, hội đồng nghiệm thu đề tài.', 'Chiều 14/6', '2023-06-14'),
  relative('Tối ngày 10/6, buổi hòa nhạc diễn ra.', 'Tối ngày 10/6', '2023-06-10'),
  relative('Hôm 2/6, nhà máy gặp sự cố.', 'Hôm 2/6', '2023-06-02'),
  // a trading session's day
  relative('Cổ phiếu ngân hàng giảm sàn trong phiên 12/6.', '12/6', '2023-06-12'),
  relative('Kết thúc phiên giao dịch 9/6, chỉ số chứng khoán tăng nhẹ.', '9/6', '2023-06-09'),
  none('Phiên bản 2/3 của phần mềm đã cũ.', '2/3'),
  relative('Ngày 15/3 vừa qua, hội nghị đã tổng kết.', 'Ngày 15/3 vừa qua', '2023-03-15'),
  relative('Ngày 20/12 tới, hội nghị sẽ tổng kết năm.', 'Ngày 20/12', '2023-12-20'),
  relative('Ngày 28/12, công ty tổ chức tất niên.', 'Ngày 28/12', '2023-12-28', {}, PUBLISHED_JANUARY),
  relative('Ngày 20/1, tỉnh tổ chức hội chợ.', 'Ngày 20/1', '2024-01-20', {}, PUBLISHED_JANUARY),
  relative('Ngày 5 tháng 6 năm ngoái, nhà máy khởi công.', 'Ngày 5 tháng 6 năm ngoái', '2022-06-05'),
  relative('ngày 2.9 là Quốc khánh.', 'ngày 2.9', '2023-09-02'),
  relative('Ngày 20-5, UBND tỉnh tổ chức hội nghị.', 'Ngày 20-5', '2023-05-20'),
  relative('Sáng 5-6, đoàn công tác đến thăm nhà máy.', 'Sáng 5-6', '2023-06-05'),
  relative('Giá vàng sáng nay (15/6) tăng mạnh.', 'sáng nay (15/6)', '2023-06-15'),
  relative('Chiều qua (14/6), đoàn đã về nước.', 'Chiều qua (14/6)', '2023-06-14'),
  // a relative week, then its days in brackets: one date, the days' value
  relative('Lượng khách tuần trước (5–11/6) tăng mạnh.', 'tuần trước (5–11/6)', '2023-06-05', { endValue: '2023-06-11' }),
  relative('Tuần này (12-18/6), giá lúa đi ngang.', 'Tuần này (12-18/6)', '2023-06-12', { endValue: '2023-06-18' }),
  none('Giá cả (5–11/6) không đổi.', '5–11/6'),
  relative('Kỳ nghỉ lễ 30/4 - 1/5 năm nay kéo dài năm ngày.', '30/4 - 1/5', '2023-04-30', { endValue: '2023-05-01' }),
  relative('Nhân dịp 2/9, thành phố treo cờ.', '2/9', '2023-09-02'),
  // a year word after the day and month is the date's and names its year, which never moves (`năm nay` in December
  // is this year's March, though next March is nearer)
  relative('Từ ngày 5/3 năm nay, giá vé giảm một nửa.', 'ngày 5/3 năm nay', '2023-03-05', {}, PUBLISHED_DECEMBER),
  relative('Dịp lễ 2/9 năm ngoái, khách tăng mạnh.', '2/9 năm ngoái', '2022-09-02'),
  relative('Luật có hiệu lực từ 1/7 năm sau.', '1/7 năm sau', '2024-07-01'),
  relative('Ngày 20/11 năm qua, trường đón nhận huân chương.', 'Ngày 20/11 năm qua', '2022-11-20'),
  none('Tỷ lệ đạt 7/10 năm qua là cao nhất.', '7/10'),
  relative('Các ngày 9/3 và 12/3 năm nay có mưa lớn.', '12/3 năm nay', '2023-03-12', {}, PUBLISHED_DECEMBER),
  none('Tỷ lệ (2/3) là mức cao nhất.', '2/3'),
  // a day and month listed after one a day word opens
  relative('Giá điện được điều chỉnh vào các ngày 2/6 và 12/6.', '12/6', '2023-06-12'),
  relative('Đoàn kiểm tra làm việc sáng 3/5, 7/5 và 12/5 tại xã.', '7/5', '2023-05-07'),
  none('Ngày 3/5, tổ 1 đạt 2/3 và tổ 2 đạt 3/4 chỉ tiêu.', '3/4'),
  none('Ngày 3/5 và 4/5 số hộ đã nhận tiền hỗ trợ.', '4/5 số hộ'),
  // a dateline: a place, a comma, the day and month, the agency's tag opening the lead
  relative('Đà Nẵng, 14/6 (TTXVN) - Lễ hội pháo hoa khai mạc tối qua.', '14/6', '2023-06-14'),
  relative('Viêng Chăn, 12/5 (TTXVN) – Hai nước ký biên bản hợp tác.', '12/5', '2023-05-12'),
  none('Đội nhà thắng 3/9 (33%) - một tỷ lệ thấp.', '3/9'),
  none('Đội nhà chỉ thắng 4/9 trận, 3/9 (Tỷ lệ 33%) - mức thấp.', '3/9'),
  none('Khoảng 1/2 - 2/3 số hộ đã có điện.', '1/2 - 2/3'),
  none('Tỷ số 5-6 là kết quả chung cuộc.', '5-6'),
  none('3 tháng 6 ngày là thời hạn thử việc.', '3 tháng 6'),
];

const quartersAndHalves: CorpusExample<'dates'>[] = [
  date('quý IV/2022', '2022-Q4'),
  date('quý 4/2022', '2022-Q4'),
  date('quý I năm 2023', '2023-Q1'),
  date('quý II-2021', '2021-Q2'),
  inside('Trong quý III/2023, doanh thu tăng 12%.', 'quý III/2023', '2023-Q3'),
  relative('Trong quý III, doanh thu tăng mạnh.', 'quý III', '2023-Q3'),
  relative('Quý I năm nay, xuất khẩu tăng.', 'Quý I năm nay', '2023-Q1'),
  relative('Quý IV năm ngoái, sản lượng đạt kỷ lục.', 'Quý IV năm ngoái', '2022-Q4'),
  relative('Quý tới, công ty sẽ mở thêm chi nhánh.', 'Quý tới', '2023-Q3'),
  relative('Quý trước, lợi nhuận giảm nhẹ.', 'Quý trước', '2023-Q1'),
  relative('Quý này, đơn hàng tăng trở lại.', 'Quý này', '2023-Q2'),
  relative('Trong quý IV vừa qua, doanh thu tăng 8%.', 'quý IV vừa qua', '2023-Q4', {}, PUBLISHED_JANUARY),
  relative('Quý IV, công ty sẽ mở thêm hai cửa hàng.', 'Quý IV', '2024-Q4', {}, PUBLISHED_JANUARY),
  relative('Dự án sẽ khởi công trong quý I tới.', 'quý I', '2024-Q1', {}, '2023-11-20T08:00:00+07:00'),
  relative('Quý II vừa qua, xuất khẩu phục hồi.', 'Quý II vừa qua', '2023-Q2', {}, '2023-08-01T08:00:00+07:00'),
  date('6 tháng đầu năm 2022', '2022-H1'),
  date('sáu tháng cuối năm 2021', '2021-H2'),
  relative('6 tháng đầu năm, kim ngạch tăng 10%.', '6 tháng đầu năm', '2023-H1'),
  relative('Trong 6 tháng cuối năm, ngành sẽ tăng tốc.', '6 tháng cuối năm', '2023-H2'),
  relative('Nửa đầu năm nay, lượng khách tăng.', 'Nửa đầu năm nay', '2023-H1'),
  inside('Nửa cuối năm 2020, dịch bệnh lan rộng.', 'Nửa cuối năm 2020', '2020-H2'),
  // the first N months of a year (N from 2 to 11, six being the half): January to the N-th month
  date('10 tháng đầu năm 2022', '2022-01', { endValue: '2022-10' }),
  date('11 tháng đầu năm 2021', '2021-01', { endValue: '2021-11' }),
  inside('Trong 4 tháng đầu năm 2024, giá gạo tăng đều.', '4 tháng đầu năm 2024', '2024-01', { endValue: '2024-04' }),
  inside('Tám tháng đầu năm 2020, ngành du lịch lao đao.', 'Tám tháng đầu năm 2020', '2020-01', { endValue: '2020-08' }),
  inside('Lũy kế mười một tháng đầu năm 2019, doanh thu vượt kế hoạch.', 'mười một tháng đầu năm 2019', '2019-01', { endValue: '2019-11' }),
  inside('Kim ngạch 7 tháng đầu năm/2018 đạt kỷ lục.', '7 tháng đầu năm/2018', '2018-01', { endValue: '2018-07' }),
  // without a written year: the article's year
  relative('Trong 10 tháng đầu năm, tỉnh thu ngân sách vượt dự toán.', '10 tháng đầu năm', '2023-01', { endValue: '2023-10' }),
  relative('Kết quả 9 tháng đầu năm cho thấy đà phục hồi.', '9 tháng đầu năm', '2023-01', { endValue: '2023-09' }),
  // with `nay`, `ngoái`: the months of the year the word names
  relative('Ba tháng đầu năm nay, lượng khách quốc tế tăng.', 'Ba tháng đầu năm nay', '2023-01', { endValue: '2023-03' }),
  relative('Chín tháng đầu năm ngoái, đơn hàng giảm sâu.', 'Chín tháng đầu năm ngoái', '2022-01', { endValue: '2022-09' }),
  relative('Doanh thu 10 tháng đầu năm nay đạt 40 tỷ đồng.', '10 tháng đầu năm nay', '2023-01', { endValue: '2023-10' }),
  // a school or fiscal year is no calendar year
  none('Kết quả 9 tháng đầu năm học được báo cáo lên sở.', '9 tháng đầu năm học'),
  none('Lợi nhuận 9 tháng đầu năm tài chính giảm.', '9 tháng đầu năm tài chính'),
  // not the first months: without `đầu`, the year named; a month or the whole year is no range
  inside('Kết quả 9 tháng năm 2022 cho thấy đà phục hồi.', 'năm 2022', '2022'),
  inside('Riêng 1 tháng đầu năm 2022, xuất khẩu giảm.', 'năm 2022', '2022'),
  inside('Cả 12 tháng đầu năm 2021 đều mưa nhiều.', 'năm 2021', '2021'),
  none('Ông Nguyễn Văn Quý tham dự buổi họp.', 'Quý'),
  none('Đây là tài sản quý của dân tộc.', 'quý'),
];

const years: CorpusExample<'dates'>[] = [
  date('năm 1961', '1961'),
  date('Năm 2020', '2020'),
  inside('năm 2020 có thể nói là một năm bận rộn.', 'năm 2020', '2020'),
  inside('Tổ chức được thành lập năm 1961 tại Tokyo.', 'năm 1961', '1961'),
  inside('Bước sang năm 2021, ngành có nhiều thuận lợi.', 'năm 2021', '2021'),
  inside('2020 là năm đặc biệt với ngành y tế.', '2020', '2020'),
  inside('Từ 2019, công ty đã xuất khẩu sang châu Âu.', '2019', '2019'),
  inside('Trước 2030, tỉnh phấn đấu trở thành thành phố trực thuộc Trung ương.', '2030', '2030'),
  inside('Kế hoạch đến 2025, tầm nhìn đến 2030 đã được phê duyệt.', '2030', '2030'),
  inside('Kế hoạch đến 2025, tầm nhìn đến 2030 đã được phê duyệt.', '2025', '2025'),
  inside('Sản lượng năm 2022 và 2023 đều tăng.', '2023', '2023'),
  inside('Năm 2019, 2020 và 2021 là ba năm khó khăn.', '2020', '2020'),
  inside('Doanh thu các năm 2018 và 2019 đều giảm.', 'năm 2018', '2018'),
  inside('Doanh thu các năm 2018 và 2019 đều giảm.', '2019', '2019'),
  inside('Lượng mưa những năm 2015, 2016 trong khu vực đều thấp.', '2016', '2016'),
  inside('Những năm 1980 và 1990 chứng kiến nhiều đổi thay.', 'Những năm 1980', '1980', { endValue: '1989' }),
  inside('Những năm 1980 và 1990 chứng kiến nhiều đổi thay.', '1990', '1990'),
  inside('Đến cuối 2024, mạng lưới phủ khắp cả nước.', 'cuối 2024', '2024', { mod: 'END' }),
  inside('Kết quả thu được trong 2022 rất khả quan.', '2022', '2022'),
  inside('Đây là mốc quan trọng của năm 2000.', 'năm 2000', '2000'),
  none('Có 2020 người tham dự hội nghị.', '2020'),
  none('Hội chợ thu hút 1999 doanh nghiệp.', '1999'),
  none('Doanh thu đạt 2050 tỷ đồng.', '2050'),
  none('Diễn đàn Năng suất 2024 thu hút nhiều đại biểu.', '2024'),
  none('Giải thưởng Chất lượng Quốc gia 2023 đã được trao.', '2023'),
  // a crop season's year, its name capitalized or not: the year
  inside('Vụ Đông 2024, hợp tác xã trồng 40 ha ngô.', '2024', '2024'),
  inside('Giống lúa mới sẽ được gieo cấy từ vụ Hè Thu 2025 tại ba tỉnh.', '2025', '2025'),
  inside('Nông dân chuẩn bị giống cho vụ mùa 2024 từ sớm.', '2024', '2024'),
  none('Lễ hội Mùa Xuân 2026 khai mạc ở công viên.', '2026'),
  // a season of two words dates its year without `vụ` too (one word alone stays a name's: `Hội Xuân 2024`)
  inside('Giống lúa ĐH-12 cho năng suất cao nhất ở Đông Xuân 2024.', '2024', '2024'),
  none('Hội Xuân 2024 thu hút đông du khách.', '2024'),
  // an acronym of a common noun inside a phrase in lower case keeps the year a date; a name's does not
  inside('Gần một triệu học sinh bước vào kỳ thi tuyển sinh THPT 2025', '2025', '2025'),
  inside('Kỳ thi THCS 2023.', '2023', '2023'),
  none('Đoàn đại biểu lên đường dự Hội nghị COP 2023.', '2023'),
  // an acronym opening a bracket before the year is a name's short form
  none('Tàu phải tuân thủ Công ước quốc tế về an toàn sinh mạng trên biển (SOLAS 1974).', '1974'),
  none('Việt Nam đã gia nhập Công ước về quản lý nước dằn tàu (BWM 2004) từ năm 2014.', '2004'),
  inside('Đối tượng Trần Văn Bình (SN 1990) bị bắt tại nhà.', '1990', '1990'),
  // a name's year before a colon on the first line heads the story: the year it is set in
  inside('Liên hoan Phim Ngắn 2024: "Những thước phim trẻ"\nNội dung bài viết.', '2024', '2024'),
  none('Bài viết\nHội nghị Thượng đỉnh 2017: nhìn lại một chặng đường.', '2017'),
  none('Ban tổ chức công bố Giải Báo chí Quốc gia VTV 2023.', '2023'),
  none('Kho hàng chứa 2021 sản phẩm mẫu.', '2021'),
  none('Tổng cộng 1980 hồ sơ đã được xử lý.', '1980'),
  none('Mã bưu chính 1000 thuộc khu vực trung tâm.', '1000'),
  none('Dự án có tổng vốn 3000 tỷ đồng.', '3000'),
];

const modifiers: CorpusExample<'dates'>[] = [
  inside('Ngay từ đầu năm 2020, Tổng cục đã chủ trì hội nghị trù bị.', 'đầu năm 2020', '2020', { mod: 'START' }),
  inside('Đến cuối năm 2023, dự án hoàn thành.', 'cuối năm 2023', '2023', { mod: 'END' }),
  inside('Giữa năm 2022, công ty đổi tên.', 'Giữa năm 2022', '2022', { mod: 'MID' }),
  inside('Khoảng năm 2000, làng nghề bắt đầu phát triển.', 'Khoảng năm 2000', '2000', { mod: 'APPROX' }),
  inside('Đầu tháng 3/2023, đoàn sang làm việc.', 'Đầu tháng 3/2023', '2023-03', { mod: 'START' }),
  inside('Cuối quý IV/2022, nhà máy chạy thử.', 'Cuối quý IV/2022', '2022-Q4', { mod: 'END' }),
  inside('Tính đến hết tháng 6/2022, cả nước có thêm nhiều tài khoản.', 'hết tháng 6/2022', '2022-06', { mod: 'END' }),
  inside('Trong 10 tháng đầu năm 2023, số vụ ngộ độc giảm.', '10 tháng đầu năm 2023', '2023-01', { endValue: '2023-10' }),
  inside('Ba tháng cuối năm 2022, giá phân bón tăng mạnh.', 'năm 2022', '2022'),
  inside('Doanh nghiệp dồn sức cho những tháng cuối năm 2024.', 'cuối năm 2024', '2024', { mod: 'END' }),
  inside('Các tuần đầu tháng 9/2023, mưa kéo dài.', 'đầu tháng 9/2023', '2023-09', { mod: 'START' }),
  relative('Sản lượng những tháng đầu năm nay tăng khá.', 'đầu năm nay', '2023', { mod: 'START' }),
  inside('Trong 4 tháng cuối năm 2021, giá thép giảm.', 'năm 2021', '2021'),
  // a plural word with no number before the unit: the early, late days of the month, not a counted period
  inside('Những ngày đầu tháng 4/2021, vải thiều chín sớm.', 'đầu tháng 4/2021', '2021-04', { mod: 'START' }),
  inside('Các tuần cuối tháng 10 năm 2022, đường phố ngập nước.', 'cuối tháng 10 năm 2022', '2022-10', { mod: 'END' }),
  relative('Mấy ngày giữa tháng 5, nắng nóng gay gắt.', 'giữa tháng 5', '2023-05', { mod: 'MID' }),
  // a unit standing bare before the part: the first, the last week of the month is its start, its end
  relative('Danh sách trúng tuyển được niêm yết vào tuần đầu tháng 8.', 'đầu tháng 8', '2023-08', { mod: 'START' }),
  inside('Tuần cuối tháng 11/2022, hàng hóa về cảng dồn dập.', 'cuối tháng 11/2022', '2022-11', { mod: 'END' }),
  // ... but not a unit counted by a number in words, nor one taken each time
  inside('Hai tuần đầu tháng 4/2022, giá heo hơi đi ngang.', 'tháng 4/2022', '2022-04'),
  relative('Mỗi tuần đầu tháng 7, đội kiểm tra kho hàng.', 'tháng 7', '2023-07'),
  inside('Trong 12 ngày đầu tháng 9/2022, cảng đón 40 chuyến tàu.', 'tháng 9/2022', '2022-09'),
  inside('Hai tuần cuối tháng 3/2021, giá thép giảm.', 'tháng 3/2021', '2021-03'),
  inside('Thượng tuần tháng 7/2023, hội nghị được tổ chức.', 'Thượng tuần tháng 7/2023', '2023-07', { mod: 'START' }),
  inside('Hạ tuần tháng 5/2023, lúa chín rộ.', 'Hạ tuần tháng 5/2023', '2023-05', { mod: 'END' }),
  inside('Trung tuần tháng 8 năm 2021, mưa lớn kéo dài.', 'Trung tuần tháng 8 năm 2021', '2021-08', { mod: 'MID' }),
  relative('Giữa tháng 6, giá lúa tăng.', 'Giữa tháng 6', '2023-06', { mod: 'MID' }),
  relative('Cuối năm nay, cầu sẽ thông xe.', 'Cuối năm nay', '2023', { mod: 'END' }),
  relative('Đầu năm nay, lượng khách tăng mạnh.', 'Đầu năm nay', '2023', { mod: 'START' }),
  relative('Cuối năm ngoái, công ty mở rộng nhà xưởng.', 'Cuối năm ngoái', '2022', { mod: 'END' }),
  relative('Cuối tháng trước, đoàn đã về nước.', 'Cuối tháng trước', '2023-05', { mod: 'END' }),
  relative('Dự kiến cuối năm, dự án sẽ xong.', 'cuối năm', '2023', { mod: 'END' }),
  relative('Từ đầu năm, tỉnh đã thu hút 20 dự án.', 'đầu năm', '2023', { mod: 'START' }),
  relative('Cuối tháng, công ty trả lương.', 'Cuối tháng', '2023-06', { mod: 'END' }),
  // `hồi` puts the part in the past: the end of a year (from October) or month (from the 21st) not yet come is the last
  relative('Hồi cuối năm, xưởng đã nhận một đơn hàng lớn.', 'cuối năm', '2022', { mod: 'END' }),
  relative('Hồi đầu năm, giá phân bón giảm mạnh.', 'đầu năm', '2023', { mod: 'START' }),
  relative('Hồi giữa năm, hai bên đã gặp nhau.', 'giữa năm', '2022', { mod: 'MID' }, '2023-03-10T08:00:00+07:00'),
  relative('Hồi cuối năm, trời rét đậm.', 'cuối năm', '2023', { mod: 'END' }, '2023-12-20T08:00:00+07:00'),
  relative('Hồi cuối tháng, kho đã đầy hàng.', 'cuối tháng', '2023-05', { mod: 'END' }),
  relative('Hồi giữa tháng, mưa lớn kéo dài.', 'giữa tháng', '2023-06', { mod: 'MID' }),
  relative('Từ hồi cuối năm, giá vàng tăng liên tục.', 'cuối năm', '2022', { mod: 'END' }),
  relative('Khoảng 9h sáng nay, đám cháy đã được dập tắt.', 'Khoảng 9h sáng nay', '2023-06-15T09:00', { mod: 'APPROX' }),
  // `hàng` after a word is the noun "goods" (`giao hàng cuối năm`), not "every" as in `hàng năm`.
  relative('Các xưởng tăng ca để kịp giao hàng cuối năm.', 'cuối năm', '2023', { mod: 'END' }),
  relative('Cửa hàng giảm giá mặt hàng đầu năm.', 'đầu năm', '2023', { mod: 'START' }),
  none('Hàng cuối năm, các chi bộ đều họp tổng kết.', 'cuối năm'),
  none('Đây là doanh nghiệp hàng đầu cả nước.', 'hàng đầu'),
  none('Báo cáo cuối năm học được gửi lên sở.', 'cuối năm học'),
];

const relativeDates: CorpusExample<'dates'>[] = [
  relative('Thành tựu hội nhập quốc tế năm qua rất đáng ghi nhận.', 'năm qua', '2022'),
  relative('Kết quả đạt được trong năm vừa qua rất khả quan.', 'năm vừa qua', '2022'),
  relative('Năm vừa qua, ngành vượt mọi chỉ tiêu.', 'Năm vừa qua', '2022'),
  relative('Năm ngoái, tỉnh đón 2 triệu lượt khách.', 'Năm ngoái', '2022'),
  relative('Năm nay, tỉnh đặt mục tiêu tăng trưởng 7%.', 'Năm nay', '2023'),
  relative('Năm tới, công ty sẽ niêm yết.', 'Năm tới', '2024'),
  relative('Năm sau, trường sẽ tuyển thêm chỉ tiêu.', 'Năm sau', '2024'),
  relative('Năm trước, sản lượng chỉ đạt một nửa.', 'Năm trước', '2022'),
  relative('Tháng trước, giá thép giảm.', 'Tháng trước', '2023-05'),
  relative('Tháng này, công ty tăng ca.', 'Tháng này', '2023-06'),
  relative('Tháng tới, hội nghị sẽ được tổ chức.', 'Tháng tới', '2023-07'),
  relative('Trong tháng qua, thị trường biến động mạnh.', 'tháng qua', '2023-05'),
  relative('Tháng sau, nhà máy đi vào hoạt động.', 'Tháng sau', '2023-07'),
  relative('Tuần tới, đoàn kiểm tra sẽ làm việc.', 'Tuần tới', '2023-W25'),
  relative('Tuần trước, ông đã ký kết hợp đồng.', 'Tuần trước', '2023-W23'),
  relative('Tuần này, giá vàng tăng nhẹ.', 'Tuần này', '2023-W24'),
  relative('Tuần qua, thời tiết nắng nóng.', 'Tuần qua', '2023-W23'),
  relative('Hôm qua, hội đồng đã họp.', 'Hôm qua', '2023-06-14'),
  relative('Hôm nay, kết quả được công bố.', 'Hôm nay', '2023-06-15'),
  relative('Ngày mai, đoàn sẽ lên đường.', 'Ngày mai', '2023-06-16'),
  relative('Ngày hôm qua, trời mưa lớn.', 'Ngày hôm qua', '2023-06-14'),
  relative('Hôm kia, cửa hàng khai trương.', 'Hôm kia', '2023-06-13'),
  relative('Sáng nay, Bộ trưởng đã làm việc với tỉnh.', 'Sáng nay', '2023-06-15'),
  relative('Tối qua, cơn bão đã vào bờ.', 'Tối qua', '2023-06-14'),
  relative('Chiều mai, lễ ký kết sẽ diễn ra.', 'Chiều mai', '2023-06-16'),
  relative('Đêm qua, nhiệt độ xuống thấp.', 'Đêm qua', '2023-06-14'),
  relative('Trong năm qua, tỉnh có nhiều đổi mới.', 'năm qua', '2023', {}, PUBLISHED_JANUARY),
  relative('Đầu tuần này, cảng đón tàu lớn.', 'Đầu tuần này', '2023-W24', { mod: 'START' }),
  relative('Đợt mưa lớn có thể kéo dài đến cuối tuần.', 'cuối tuần', '2023-W24', { mod: 'END' }),
  relative('Giá rau còn neo cao từ nay tới cuối tuần.', 'cuối tuần', '2023-W24', { mod: 'END' }),
  none('Nhiều gia đình đưa con đi dã ngoại vào cuối tuần.', 'cuối tuần'),
  none('Chợ đêm mở cửa từ thứ Sáu đến cuối tuần.', 'cuối tuần'),
  none('Các đợt rét thường kéo dài đến cuối tuần mới dịu.', 'cuối tuần'),
  none('Khách sạn kín phòng vào những ngày cuối tuần.', 'cuối tuần'),
  // a bare `đầu tuần`: the start of this week; of any week after a habitual word
  relative('Lượng nước về hồ gấp đôi mức đầu tuần.', 'đầu tuần', '2023-W24', { mod: 'START' }),
  relative('Từ đầu tuần, giá rau đã tăng 20%.', 'đầu tuần', '2023-W24', { mod: 'START' }),
  none('Chợ thường vắng khách vào các ngày đầu tuần.', 'đầu tuần'),
  none('Giá cá thường giảm vào đầu tuần hằng tuần.', 'đầu tuần'),
  relative('Năm qua là năm thành công.', 'Năm qua', '2023', {}, PUBLISHED_JANUARY),
  // written in December, the year gone by is the one now ending (`năm ngoái`, `năm trước` stay the year before)
  relative('Năm qua, lực lượng kiểm lâm phát hiện 120 vụ vi phạm.', 'Năm qua', '2023', {}, PUBLISHED_DECEMBER),
  relative('Kết quả hợp tác xã đạt được trong năm vừa qua rất khả quan.', 'năm vừa qua', '2023', {}, PUBLISHED_DECEMBER),
  relative('Năm ngoái, hợp tác xã chỉ bán được nửa sản lượng.', 'Năm ngoái', '2022', {}, PUBLISHED_DECEMBER),
  relative('Sản lượng tăng 8% so với năm trước.', 'năm trước', '2022', {}, PUBLISHED_DECEMBER),
  relative('Năm học vừa qua, 98% học sinh lớp 12 đỗ tốt nghiệp.', 'Năm học vừa qua', '2022', { endValue: '2023' }, PUBLISHED_DECEMBER),
  relative('Tháng trước, giá thịt tăng.', 'Tháng trước', '2023-12', {}, PUBLISHED_JANUARY),
  relative('Tuần trước, ông đã ký kết.', 'Tuần trước', '2023-W52', {}, PUBLISHED_JANUARY),
  relative('Đội nhà từng thua đối thủ này 1-2 năm ngoái.', 'năm ngoái', '2022'),
  relative('Câu lạc bộ thắng 2-0 tháng trước ngay trên sân khách.', 'tháng trước', '2023-05'),
  relative('Lượng vé bán ra gấp đôi so với vòng ba năm ngoái.', 'năm ngoái', '2022'),
  relative('Khách đến hội chợ đông hơn mùa hai năm ngoái.', 'năm ngoái', '2022'),
  none('Giá nhà đã tăng gấp đôi trong hai năm nay.', 'năm nay'),
  // the spoken `năm rồi`: last year, unless a count or a span word makes it a time gone by (`rồi`: already)
  relative('Vụ lúa này trúng hơn hẳn năm rồi, bà con rất mừng.', 'năm rồi', '2022'),
  relative('Năm rồi, hợp tác xã chỉ bán được nửa sản lượng.', 'Năm rồi', '2022'),
  none('Chị bán hàng ở chợ này đã 5 năm rồi.', 'năm rồi'),
  none('Ba năm rồi anh chưa về thăm quê.', 'năm rồi'),
  none('Cả năm rồi trời không có một trận mưa lớn.', 'năm rồi'),
  none('Đợi sang năm rồi tính chuyện mở rộng.', 'năm rồi'),
  none('Tháng rồi cửa hàng vắng khách.', 'Tháng rồi'),
  // a unit after a rate's slash is no date: `sau`, `tới` after it open the next words
  none('Ngân hàng cho vay với lãi suất 9%/năm sau sáu tháng cố định.', 'năm sau'),
  none('Gói cước 150.000 đồng/tháng sau khi hết khuyến mãi.', 'tháng sau'),
  none('Xe buýt chạy 4 chuyến/tuần tới các xã vùng cao.', 'tuần tới'),
  relative('Năm sau, lãi suất có thể giảm.', 'Năm sau', '2024'),
];

const weekdays: CorpusExample<'dates'>[] = [
  none('Nhân viên ngân hàng phải trực cả thứ Bảy, Chủ nhật để giải ngân.', 'thứ Bảy'),
  none('Nhân viên ngân hàng phải trực cả thứ Bảy, Chủ nhật để giải ngân.', 'Chủ nhật'),
  none('Chợ phiên chỉ họp vào các ngày thứ Năm và Chủ nhật.', 'Chủ nhật'),
  none('Mỗi sáng thứ Hai, học sinh chào cờ dưới sân trường.', 'thứ Hai'),
  relative('Đội bóng phải tập cả thứ Bảy tuần này để chuẩn bị.', 'thứ Bảy tuần này', '2023-06-17'),
  // a weekday, a comma and a day and month: that date
  relative('Trận chung kết diễn ra vào tối thứ Bảy, 24/6 tại sân Mỹ Đình.', 'tối thứ Bảy, 24/6', '2023-06-24'),
  relative('Hội chợ khai mạc Chủ nhật, 18/6 ở công viên.', 'Chủ nhật, 18/6', '2023-06-18'),
  none('Đội bạn đứng thứ năm, 7/10 điểm sau lượt đi.', '7/10'),
  // a weekday then `hằng tuần`, `hàng tuần`, `mỗi tuần`: every such day, no date (a week named after it makes one)
  none('Bảo tàng mở cửa miễn phí vào chiều thứ Năm hằng tuần.', 'chiều thứ Năm'),
  none('Câu lạc bộ sinh hoạt vào Chủ nhật hàng tuần tại nhà văn hóa.', 'Chủ nhật'),
  none('Lớp học diễn ra tối thứ Ba mỗi tuần.', 'tối thứ Ba'),
  relative('Chợ quê họp vào sáng thứ Bảy tuần này, như mọi tuần.', 'sáng thứ Bảy tuần này', '2023-06-17'),
  relative('Sáng thứ Hai, hằng tuần mới bắt đầu bằng lễ chào cờ.', 'Sáng thứ Hai', '2023-06-12'),
  relative('Thứ Ba, hội đồng đã họp.', 'Thứ Ba', '2023-06-13'),
  // ... and `tuần khác`: that day of some other week, no date
  none('Công nhân nghỉ ngày lễ rồi làm bù vào Chủ nhật tuần khác.', 'Chủ nhật'),
  none('Học sinh nghỉ thứ Sáu và học bù vào thứ Bảy tuần khác trong tháng.', 'thứ Bảy'),
  relative('Chủ Nhật, lễ hội sẽ kết thúc.', 'Chủ Nhật', '2023-06-18'),
  relative('Sáng thứ Hai, cơ quan chào cờ.', 'Sáng thứ Hai', '2023-06-12'),
  relative('Thứ Sáu tuần trước, công ty họp cổ đông.', 'Thứ Sáu tuần trước', '2023-06-09'),
  relative('Thứ Hai tuần tới, học sinh nhập học.', 'Thứ Hai tuần tới', '2023-06-19'),
  relative('Thứ Tư vừa qua, mưa lớn gây ngập.', 'Thứ Tư vừa qua', '2023-06-14'),
  relative('Thứ Bảy tới, chợ phiên mở cửa.', 'Thứ Bảy tới', '2023-06-17'),
  relative('Hôm thứ năm, giá xăng tăng.', 'Hôm thứ năm', '2023-06-15'),
  relative('Vào chủ nhật tuần này, đoàn thanh niên dọn rác.', 'chủ nhật tuần này', '2023-06-18'),
  relative('Chiều thứ 7 tuần trước, hội chợ khai mạc.', 'Chiều thứ 7 tuần trước', '2023-06-10'),
  inside('Thứ Tư, 01/11/2023, hội nghị khai mạc.', 'Thứ Tư, 01/11/2023', '2023-11-01'),
  inside('Thứ hai, ngày 14/03/2023, trường khai giảng.', 'Thứ hai, ngày 14/03/2023', '2023-03-14'),
  none('Thứ hai, chúng ta cần đầu tư vào con người.', 'Thứ hai'),
  none('Đây là lần thứ hai giải đấu được tổ chức.', 'thứ hai'),
  none('Nhà máy thứ tư đã đi vào hoạt động.', 'thứ tư'),
  none('Ông về thứ ba trong cuộc thi.', 'thứ ba'),
  none('Người thứ 5 nhận giải khuyến khích.', 'thứ 5'),
  relative('Hồi thứ Sáu, cửa hàng đóng cửa sớm.', 'thứ Sáu', '2023-06-09'),
  relative('Chiều thứ Bảy (10/6), đoàn đã về đến Hà Nội.', 'Chiều thứ Bảy (10/6)', '2023-06-10'),
  relative('Sáng thứ hai (12/6), học sinh thi môn đầu tiên.', 'Sáng thứ hai (12/6)', '2023-06-12'),
  inside('Thứ Năm (5/1/2023), hội nghị khai mạc.', 'Thứ Năm (5/1/2023)', '2023-01-05'),
  relative('Vào ngày Thứ Bảy, bảo tàng mở cửa miễn phí.', 'ngày Thứ Bảy', '2023-06-17'),
  inside('Ngày thứ năm, 15/6/2023, hội nghị bế mạc.', 'Ngày thứ năm, 15/6/2023', '2023-06-15'),
  // a weekday opening a quoted name is a campaign's name, no date
  none('Hội Phụ nữ phát động phong trào “Chủ nhật xanh” tại các khu dân cư.', 'Chủ nhật'),
  none('Đoàn viên tham gia "Thứ Bảy tình nguyện" ở các xã vùng cao.', 'Thứ Bảy'),
  relative('Sáng Chủ nhật, đoàn ra quân dọn rác ở bãi biển.', 'Sáng Chủ nhật', '2023-06-18'),
  none('Ngày thứ hai của khóa tập huấn dành cho thực hành.', 'Ngày thứ hai'),
  none('Bệnh nhân sốt cao đến ngày thứ năm thì hạ nhiệt.', 'ngày thứ năm'),
  none('Từ ngày thứ ba đến ngày thứ sáu của đợt điều trị, bệnh nhân được theo dõi sát.', 'ngày thứ sáu'),
];

const times: CorpusExample<'dates'>[] = [
  inside('Ngày 5/6/2023, lúc 8h30, hội nghị khai mạc.', 'Ngày 5/6/2023, lúc 8h30', '2023-06-05T08:30'),
  inside('Ngày 10/12/2020, hội nghị khai mạc. Lúc 14 giờ 30, các đại biểu thảo luận.', 'Lúc 14 giờ 30', '2020-12-10T14:30'),
  inside('Sáng 21/11/2024, đoàn đến thăm. Lúc 9h, buổi làm việc bắt đầu.', 'Lúc 9h', '2024-11-21T09:00'),
  inside('Ngày 3/3/2023, buổi lễ bắt đầu lúc 7:30 sáng.', 'lúc 7:30 sáng', '2023-03-03T07:30'),
  inside('Ngày 3/3/2023, buổi tiệc bắt đầu lúc 7 giờ tối.', 'lúc 7 giờ tối', '2023-03-03T19:00'),
  inside('Ngày 3/3/2023, đoàn xuất phát lúc 3 giờ chiều.', 'lúc 3 giờ chiều', '2023-03-03T15:00'),
  // `cùng ngày`, `hôm đó` after the hour: a clock time of the day named before
  inside('Đê bị vỡ sáng 8/9/2023; đến trước 17 giờ cùng ngày, nước đã rút.', '17 giờ', '2023-09-08T17:00'),
  inside('Ngày 12/4/2022, đoàn xe rời thị trấn, 9 giờ hôm đó thì tới bản.', '9 giờ', '2022-04-12T09:00'),
  // a part of the day before `cùng ngày`: that day, told before; after a clock time the part is the time's
  inside('Sáng 6/3/2024, đoàn khảo sát bờ kè. Chiều cùng ngày, đoàn làm việc với huyện.', 'Chiều cùng ngày', '2024-03-06'),
  inside('Hội nghị khai mạc ngày 18/9/2023. Theo chương trình, tối cùng ngày có buổi giao lưu.', 'tối cùng ngày', '2023-09-18'),
  inside('Đê vỡ sáng 8/9/2023; lúc 15h chiều cùng ngày, nước đã rút.', 'lúc 15h chiều', '2023-09-08T15:00'),
  relative('Rạng sáng cùng ngày, lực lượng cứu hộ có mặt.', 'Rạng sáng cùng ngày', '2023-06-15'),
  none('Ở trận đấu cùng ngày, đội khách thắng 2-1.'),
  inside('Vào lúc 10 giờ đêm ngày 4/4/2022, vụ cháy xảy ra.', 'Vào lúc 10 giờ đêm ngày 4/4/2022', '2022-04-04T22:00'),
  inside('9h sáng 21/11/2023, lễ khai mạc diễn ra.', '9h sáng 21/11/2023', '2023-11-21T09:00'),
  inside('3h chiều 12/5/2023, tàu cập cảng.', '3h chiều 12/5/2023', '2023-05-12T15:00'),
  inside('14 giờ 30 ngày 10/12/2023, phiên họp bắt đầu.', '14 giờ 30 ngày 10/12/2023', '2023-12-10T14:30'),
  inside('14g30 ngày 1/10/2022, đoàn đến nơi.', '14g30 ngày 1/10/2022', '2022-10-01T14:30'),
  inside('Ngày 1/6/2023 lúc 16:45, tàu rời cảng.', 'Ngày 1/6/2023 lúc 16:45', '2023-06-01T16:45'),
  inside('Khoảng 2 giờ đêm 9/9/2022, mưa lớn đổ xuống.', 'Khoảng 2 giờ đêm 9/9/2022', '2022-09-09T02:00', { mod: 'APPROX' }),
  relative('Lúc 8h30, buổi họp bắt đầu.', 'Lúc 8h30', '2023-06-15T08:30'),
  relative('8h sáng nay, đoàn công tác lên đường.', '8h sáng nay', '2023-06-15T08:00'),
  relative('Khoảng 21h tối qua, vụ va chạm xảy ra.', 'Khoảng 21h tối qua', '2023-06-14T21:00', { mod: 'APPROX' }),
  relative('Sáng 14/6, lúc 9h30, hội nghị khai mạc.', 'Sáng 14/6, lúc 9h30', '2023-06-14T09:30'),
  // a span of days names no one day a later time falls on: a day named before it stays, else the span's first day
  inside('Chiều 12/5/2023, giải đấu vào ngày thứ ba. Giải kéo dài từ ngày 10 đến 14/5/2023. Trận chung kết đơn nam bắt đầu lúc 16 giờ.', 'lúc 16 giờ', '2023-05-12T16:00'),
  inside('Hội chợ mở từ ngày 12 đến 18/6/2023. Lễ khai mạc diễn ra lúc 9h30.', 'lúc 9h30', '2023-06-12T09:30'),
  inside('Hội chợ mở ngày 12/6/2023. Lễ cắt băng diễn ra lúc 9h30.', 'lúc 9h30', '2023-06-12T09:30'),
  // nor does a deadline, nor a background day before it (a state's start `từ ngày X`, a document's `ban hành ngày X`):
  // the day told of before stays; a start after it moves the story on
  inside('Sáng 4/10/2024, hội đồng họp. Cầu sẽ hoàn thành trước ngày 20/12/2024. Cuộc họp kết thúc lúc 11h15.', 'lúc 11h15', '2024-10-04T11:15'),
  inside('Ngày 9/5/2022, tàu cập cảng; tuyến này đã khai thác từ ngày 2/1/2019. Lễ đón tàu diễn ra lúc 7h45 cùng ngày.', 'lúc 7h45', '2022-05-09T07:45'),
  inside('Cầu sẽ hoàn thành trước ngày 20/12/2024, lễ thông xe dự kiến lúc 9h.', 'lúc 9h', '2024-12-20T09:00'),
  inside('Tuyến xe buýt chạy từ ngày 2/1/2019. Chuyến đầu tiên xuất bến lúc 5h30.', 'lúc 5h30', '2019-01-02T05:30'),
  inside('Sáng 13/6/2023, cầu Hòa Bình thông xe. Quyết định thông xe do Sở Giao thông ban hành ngày 2/6/2023. Lễ cắt băng diễn ra lúc 9h cùng ngày.', 'lúc 9h', '2023-06-13T09:00'),
  inside('Sáng 9/11/2023, tỉnh họp khẩn; cấm biển từ 12 giờ ngày 10/11/2023, sơ tán dân trước 18 giờ cùng ngày.', '18 giờ', '2023-11-10T18:00'),
  // `lúc`, `vào` or a part of the day make the hour a time of day, a duration word before it or not.
  relative('Hội nghị khai mạc lúc 3 giờ.', 'lúc 3 giờ', '2023-06-15T03:00'),
  inside('Vào 15 giờ ngày 5/6/2023, đoàn đến nơi.', '15 giờ ngày 5/6/2023', '2023-06-05T15:00'),
  relative('Vào 15 giờ ngày 5/6, đoàn đến nơi.', '15 giờ ngày 5/6', '2023-06-05T15:00'),
  inside('Ngày 5/6/2023, cuộc họp kéo dài đến 10 giờ đêm.', '10 giờ đêm', '2023-06-05T22:00'),
  inside('Ngày 5/6/2023, hội nghị kéo dài từ 8 giờ đến 17 giờ.', 'từ 8 giờ đến 17 giờ', '2023-06-05T08:00', { endValue: '2023-06-05T17:00' }),
  inside('Ngày 5/6/2023, công nhân làm việc đến 17 giờ.', '17 giờ', '2023-06-05T17:00'),
  // nearness words after `tới`, `đến` ("until"): an hour on the clock, unless a duration word stands before them
  inside('Ngày 5/6/2023, đội cứu hộ làm việc tới gần 23 giờ mới xong.', '23 giờ', '2023-06-05T23:00'),
  none('Ngày 5/6/2023, buổi chiếu kéo dài tới gần 3 giờ.', '3 giờ'),
  // the second of two clock times parted by a comma
  inside('Ngày 5/6/2023, xe đón học sinh lúc 6 giờ sáng, 16 giờ trả về nhà.', '16 giờ', '2023-06-05T16:00'),
  none('Ngày 5/6/2023, đoàn xuất phát lúc 6 giờ sáng, 3 giờ sau thì tới nơi.', '3 giờ'),
  none('Hành trình mất 14 giờ 30 phút.', '14 giờ 30 phút'),
  none('Anh ấy ngủ 7 giờ mỗi đêm.', '7 giờ'),
];

const weeksAndCenturies: CorpusExample<'dates'>[] = [
  inside('Số ca mắc trong tuần thứ 22 năm 2023 giảm mạnh.', 'tuần thứ 22 năm 2023', '2023-W22'),
  inside('Báo cáo tuần 35/2022 ghi nhận mưa lớn.', 'tuần 35/2022', '2022-W35'),
  relative('Tuần thứ 20 của năm nay, giá cá tra tăng.', 'Tuần thứ 20 của năm nay', '2023-W20'),
  relative('Đến tuần thứ 8 trong năm, tỉnh đã tiêm xong mũi một.', 'tuần thứ 8 trong năm', '2023-W08'),
  none('Giá xăng tăng tuần thứ 3 liên tiếp.', 'tuần thứ 3'),
  none('Học sinh bước vào tuần thứ 5 trong năm học mới.', 'tuần thứ 5'),
  relative('Tuần 23 (từ ngày 5 đến 11/6), thành phố ghi nhận 120 ca sởi.', 'Tuần 23', '2023-W23'),
  relative('Số ca tay chân miệng giảm 15% so với tuần 22.', 'tuần 22', '2023-W22'),
  relative('Giá lúa tuần 21 tăng nhẹ ở các tỉnh miền Tây.', 'tuần 21', '2023-W21'),
  none('Thai phụ nên siêu âm ở tuần 12 - 14 của thai kỳ.', 'tuần 12'),
  none('Lớp học diễn ra mỗi tuần 2 buổi vào buổi tối.', 'tuần 2'),
  none('Đội bóng tập luyện tuần 5 ngày liền.', 'tuần 5'),
  inside('Nghệ thuật ca trù phát triển mạnh ở thế kỷ 19.', 'thế kỷ 19', '1800', { endValue: '1899' }),
  inside('Thế kỷ XXI mở ra nhiều cơ hội cho kinh tế số.', 'Thế kỷ XXI', '2000', { endValue: '2099' }),
  inside('Ngôi đình được dựng từ đầu thế kỷ thứ 18.', 'đầu thế kỷ thứ 18', '1700', { endValue: '1799', mod: 'START' }),
  inside('Kiến trúc những năm 60 của thế kỷ 20 vẫn còn nhiều dấu tích.', 'thế kỷ 20', '1900', { endValue: '1999' }),
  inside('Kiến trúc thập niên 60 của thế kỷ 20 vẫn còn nhiều dấu tích.', 'thập niên 60', '1960', { endValue: '1969' }),
  none('Ngôi chùa đã tồn tại hơn một thế kỷ.', 'một thế kỷ'),
];

const dayLists: CorpusExample<'dates'>[] = [
  relative('Hội chợ diễn ra trong hai ngày 24 và 25/6.', 'ngày 24 và 25/6', '2023-06-24', { endValue: '2023-06-25' }),
  relative('Hai đợt tiêm được tổ chức vào ngày 4 và ngày 5/8.', 'ngày 4', '2023-08-04'),
  relative('Hai đợt tiêm được tổ chức vào ngày 4 và ngày 5/8.', 'ngày 5/8', '2023-08-05'),
  relative('Cửa hàng đóng cửa ngày 12, ngày 19 và ngày 26/9.', 'ngày 19', '2023-09-19'),
  none('Mỗi hộ nhận 5 và ngày 6/8 thì nhận thêm.', '5'),
  relative('Các nhà nghỉ kín phòng vào cuối tuần 12-13/8.', '12-13/8', '2023-08-12', { endValue: '2023-08-13' }),
  relative('Chợ phiên họp vào dịp 2-3/9 hằng năm.', '2-3/9', '2023-09-02', { endValue: '2023-09-03' }),
  none('Đội tuyển đã thắng 5-6/7 trận gần nhất.'),
  none('Học sinh đạt 8-9/10 điểm ở môn toán.'),
  inside('Các ngày 3, 4 và 5/10/2022, đoàn làm việc tại tỉnh.', 'ngày 3, 4 và 5/10/2022', '2022-10-03', { endValue: '2022-10-05' }),
  inside('Phiên tòa mở vào ngày 6 và 20/3/2023.', 'ngày 6', '2023-03-06'),
  inside('Phiên tòa mở vào ngày 6 và 20/3/2023.', '20/3/2023', '2023-03-20'),
  relative('Sáng 3, 5 và 7/8, xe buýt đổi lộ trình.', '5', '2023-08-05'),
  none('Lớp có 5 và 6/10 học sinh đạt giỏi.', '6/10'),
  none('Ngày 9 và 8/9 là hai ngày không theo thứ tự.', '8/9'),
];

const lunar: CorpusExample<'dates'>[] = [
  inside('Dịp Tết Nguyên đán, lượng khách tăng mạnh.', 'Tết Nguyên đán', null),
  inside('Rằm tháng Giêng, người dân đi lễ chùa.', 'Rằm tháng Giêng', null),
  inside('Ngày 15/8 âm lịch là Tết Trung thu.', 'Ngày 15/8 âm lịch', null),
  inside('Mùng 1 Tết, gia đình quây quần.', 'Mùng 1 Tết', null),
  inside('Tết Giáp Thìn 2024 đến sớm.', 'Tết Giáp Thìn 2024', null),
  // a year after the lunar year's name is that year, though capitalized words stand before it; a name's year is none
  inside('Chợ hoa Ất Tỵ 2025: Nhiều loài hoa lạ xuống phố', '2025', '2025'),
  inside('Người dân đón xuân Quý Mão 2023.', '2023', '2023'),
  // a name's year before a colon on the first line heads the story (years.ts labelsHeadline): the year it is set in
  inside('Giải chạy Sông Hồng 2024: Hơn 5.000 vận động viên', '2024', '2024'),
  none('Tin thể thao\nGiải chạy Sông Hồng 2024 thu hút 5.000 vận động viên.', '2024'),
  inside('Cuối tháng Chạp, chợ hoa mở cửa.', 'Cuối tháng Chạp', null, { mod: 'END' }),
  inside('Tết Dương lịch 2024, người lao động được nghỉ.', 'Tết Dương lịch 2024', '2024-01-01'),
  inside('Tết Trung thu là dịp vui của thiếu nhi.', 'Tết Trung thu', null),
  // a bare lower-case `tết` after `lễ` is the holidays in general, no date; a Tết of its own stays one
  none('Công ty chi quà lễ tết cho người lao động.', 'tết'),
  none('Khoản tiền được dùng để biếu xén dịp lễ, tết.', 'tết'),
  inside('Nhiều gia đình sắm lễ Tết Nguyên đán từ sớm.', 'Tết Nguyên đán', null),
  inside('Sau kỳ nghỉ lễ, Tết đến rất nhanh với người buôn bán.', 'Tết', null),
];

const inSentences: CorpusExample<'dates'>[] = [
  // a day and month alone in brackets after the day or event they date; a share in brackets is none
  relative('Hội thi lần thứ 3 (25/3) thu hút đông học sinh.', '25/3', '2023-03-25'),
  relative('Lễ kỷ niệm Quốc khánh (2/9) được tổ chức trang trọng.', '2/9', '2023-09-02'),
  // a holiday named without `ngày` before its day and month: that day
  relative('Lực lượng chức năng tăng cường tuần tra dịp nghỉ lễ Quốc khánh 2/9.', '2/9', '2023-09-02'),
  relative('Các tuyến phố treo cờ chào mừng Quốc tế Lao động 1/5.', '1/5', '2024-05-01', {}, PUBLISHED_JANUARY),
  none('Dịp Quốc khánh, 2/3 số hộ dân trong xã treo cờ.', '2/3'),
  none('Xã đã đạt 7 tiêu chí (7/9) trong năm.', '7/9'),
  // a standard numbered with its year, and a range of lengths of hours, are no dates
  none('Dầu ăn phải đạt tiêu chuẩn Codex Stan 19-1981 mới được xuất khẩu.', '19-1981'),
  none('Nhờ radar mới, bản tin ra sớm hơn từ 2 đến 4 giờ so với trước.', '4 giờ'),
  none('Mỗi ca mổ mất từ 3 đến 5 giờ.', '5 giờ'),
  // a limit (`chỉ từ N đến M giờ`, only N to M hours) and a length that may be reached (`có thể tới 24 giờ`)
  none('Ngày 3/3/2023, mẫu máu chỉ từ 2 đến 3 giờ là phải xét nghiệm.', '3 giờ'),
  none('Ngày 3/3/2023, thời gian chờ có thể tới 18 giờ.', '18 giờ'),
  none('Ngày 3/3/2023, việc sửa chữa có thể kéo dài tới 10 giờ.', '10 giờ'),
  // a school grade's year, a budget year: no part of this year
  none('Các em thường chọn ngành vào cuối năm lớp 9.', 'cuối năm'),
  none('Tỉnh được giao vốn ngay từ đầu năm ngân sách.', 'đầu năm'),
  none('Huyện chưa giải ngân trong 9 tháng đầu năm ngân sách.', '9 tháng đầu năm'),
  inside('Đặc biệt, trong năm 2021, chúng ta hướng đến kỷ niệm 60 năm thành lập tổ chức.', 'năm 2021', '2021'),
  none('Đặc biệt, trong năm 2021, chúng ta hướng đến kỷ niệm 60 năm thành lập tổ chức.', '60 năm'),
  inside('Theo báo cáo ngày 20/5/2023, có 2/3 số doanh nghiệp đã đổi mới công nghệ.', 'ngày 20/5/2023', '2023-05-20'),
  none('Theo báo cáo ngày 20/5/2023, có 2/3 số doanh nghiệp đã đổi mới công nghệ.', '2/3 số'),
  inside('Thông tư 24/2013/TT-BKHCN có hiệu lực từ năm 2014.', 'năm 2014', '2014'),
  inside('Năm 2022, có 1.233 lượt doanh nghiệp tham gia chương trình.', 'Năm 2022', '2022'),
  none('Năm 2022, có 1.233 lượt doanh nghiệp tham gia chương trình.', '1.233'),
  inside('Công ty đạt chứng nhận ISO 9001:2015 vào tháng 5/2021.', 'tháng 5/2021', '2021-05'),
  none('Công ty đạt chứng nhận ISO 9001:2015 vào tháng 5/2021.', '9001:2015'),
  inside('Dịch Covid-19 bùng phát từ cuối năm 2019.', 'cuối năm 2019', '2019', { mod: 'END' }),
  inside('Hội nghị APEC 2017 được tổ chức tại Đà Nẵng vào tháng 11/2017.', 'tháng 11/2017', '2017-11'),
  inside('Ngày 10/12/2020, hai tổ chức ký biên bản hợp tác.', 'Ngày 10/12/2020', '2020-12-10'),
  inside('Trong năm 2021, cần tiếp tục có những phương án đào tạo năng suất.', 'năm 2021', '2021'),
  inside('Doanh thu quý II/2023 đạt 500 tỷ đồng.', 'quý II/2023', '2023-Q2'),
  none('Doanh thu quý II/2023 đạt 500 tỷ đồng.', '500 tỷ'),
  inside('Theo kế hoạch, ngày 30/4/2025, cao tốc sẽ thông xe.', 'ngày 30/4/2025', '2025-04-30'),
  inside('Ông sinh năm 1975 tại Nghệ An.', 'năm 1975', '1975'),
  inside('Số liệu đến hết ngày 31/5/2023 cho thấy 8 trên 10 tỉnh đạt chỉ tiêu.', 'hết ngày 31/5/2023', '2023-05-31', { mod: 'END' }),
  none('Số liệu đến hết ngày 31/5/2023 cho thấy 8 trên 10 tỉnh đạt chỉ tiêu.', '8 trên 10'),
  inside('Năm 2020-2021 là hai năm khó khăn do dịch bệnh.', 'Năm 2020-2021', '2020', { endValue: '2021' }),
  inside('Nghị định 15/2018/NĐ-CP được ban hành ngày 2/2/2018.', 'ngày 2/2/2018', '2018-02-02'),
  none('Có 5 – 7 người tham gia mỗi khóa.', '5 – 7'),
  inside('Sự kiện dự kiến diễn ra vào quý IV năm 2024.', 'quý IV năm 2024', '2024-Q4'),
  inside('Đề án được phê duyệt năm 2019, triển khai năm 2020.', 'năm 2020', '2020'),
  inside('Năm 1945, nước Việt Nam Dân chủ Cộng hòa ra đời.', 'Năm 1945', '1945'),
  relative('Chủ trương này đã được nêu từ tháng trước.', 'tháng trước', '2023-05'),
  // `cả` ("the whole of") takes one period, it counts none.
  relative('Mục tiêu cả năm nay được giữ ở mức 14%.', 'năm nay', '2023'),
  relative('Trong cả tháng này, giá giảm.', 'tháng này', '2023-06'),
  relative('Trong cả tháng 6, giá giảm.', 'tháng 6', '2023-06'),
  relative('Cả năm qua, doanh nghiệp đều lỗ.', 'năm qua', '2022'),
  inside('Sản lượng cả năm 2023 đạt 5 triệu tấn.', 'năm 2023', '2023'),
];

/** `năm trước`, `tháng sau`, `quý trước` count from the period named before them in their sentence (anchors.ts). */
const countedFromNamedPeriods: CorpusExample<'dates'>[] = [
  counted('Sản lượng thịt lợn cả năm 2023 đạt gần 5 triệu tấn, tăng 4,6% so với năm trước.', 'năm trước', '2022'),
  counted('CPI tháng 12/2023 tăng 0,19% so với tháng trước.', 'tháng trước', '2023-11'),
  counted('Quý III/2023, GDP tăng 5,3% so với quý trước.', 'quý trước', '2023-Q2'),
  counted('Năm 2022, lượng khách tăng gấp đôi so với cùng kỳ năm trước.', 'năm trước', '2021'),
  counted('Năm 2023 giá lúa cao, tháng 10 năm trước giá còn thấp.', 'tháng 10 năm trước', '2022-10'),
  counted('Năm 2023 xuất khẩu tăng, dự kiến quý I năm sau tiếp tục tăng.', 'quý I năm sau', '2024-Q1'),
  counted('Tháng 3/2020, dịch bùng phát, tháng sau các nhà máy đóng cửa.', 'tháng sau', '2020-04'),
  inside('Năm 2020 dự án khởi công, năm sau hoàn thành.', 'năm sau', '2021'),
  // a base of comparison (`so với tháng 12/2022`) is no period the sentence tells of: `năm trước` counts from the one told of
  counted('CPI tháng 11/2023 tăng 0,3% so với tháng 12/2022 và tăng 3,5% so với cùng kỳ năm trước.', 'năm trước', '2022', PUBLISHED),
  counted('Năm 2023, số ca mắc tăng so với năm 2021 nhưng giảm so với năm trước.', 'năm trước', '2022', PUBLISHED),
  // A period named by a relative date anchors too; the value then still owes to publishedAt.
  relative('Tháng 3 vừa qua, xuất khẩu tăng 5% so với tháng trước.', 'tháng trước', '2023-02'),
  // Near misses, counted from publication: words that count from now (`năm ngoái`), another sentence, a period too
  // coarse for the unit (a year for `tháng trước`), a range, or no period named before.
  relative('Năm 2023, doanh thu tăng 10% so với năm ngoái.', 'năm ngoái', '2022'),
  relative('Năm 2020 là năm khó khăn. Năm trước, doanh thu đã giảm.', 'Năm trước', '2022'),
  relative('Năm 2022, giá thép tăng mạnh, nhưng tháng trước giá đã giảm.', 'tháng trước', '2023-05'),
  relative('Từ năm 2020 đến 2022, tín dụng tăng 13% mỗi năm, còn năm trước chỉ tăng 10%.', 'năm trước', '2022'),
  relative('Chỉ riêng tháng trước, lực lượng chức năng xử lý 300 trường hợp.', 'tháng trước', '2023-05'),
  relative('Doanh thu năm trước tăng so với năm 2021.', 'năm trước', '2022'),
  // A year that ends an event's name (`Giải … năm 2025`, `Lễ hội … 2025`) labels it: `năm sau` counts from publication.
  relative('Giải bóng bàn các trường đại học năm 2024 sẽ khai mạc vào quý III năm sau.', 'quý III năm sau', '2024-Q3', {}, PUBLISHED),
  relative('Lễ hội trà xanh 2024 dự kiến tổ chức trong tháng 5 năm sau.', 'tháng 5 năm sau', '2024-05', {}, PUBLISHED),
  counted('Đội đoạt giải năm 2019, năm sau tiếp tục giữ ngôi đầu.', 'năm sau', '2020'),
  // past a semicolon, a clause that sets a plan or a goal counts `năm sau` from now; one that tells on, from the year
  relative('Năm 2022, hợp tác xã bán được 300 tấn chè; chúng tôi đặt mục tiêu vượt 1.400 tấn vào năm sau.', 'năm sau', '2024'),
  relative('Năm 2021, xã trồng 50 ha quế; xã dự kiến trồng thêm 20 ha vào năm sau.', 'năm sau', '2024'),
  counted('Năm 2020, dự án khởi công; năm sau hoàn thành giai đoạn 1.', 'năm sau', '2021'),
  // `năm trước đó`, `năm sau đó` count from the year the sentence named before them; with none named they refer back
  // past the sentence, no date
  counted('Năm 2020 dự án khởi công, năm sau đó hoàn thành.', 'năm sau đó', '2021'),
  counted('Năm 2022, tỉnh đón 2 triệu lượt khách, tăng 30% so với năm trước đó.', 'năm trước đó', '2021'),
  none('Năm trước đó, ông chuyển về quê làm nông.', 'Năm trước đó'),
  none('Gia đình bà chuyển vào Nam, và tháng sau đó thì mở quán.', 'tháng sau đó'),
  // a month or a day without its year takes the year the sentence named before it, when that is the publication's
  // year or the next; a year gone by leaves it the reading nearest publication
  counted('Vụ lúa năm 2023 gieo sạ từ tháng 1 và thu hoạch vào tháng 5.', 'tháng 1', '2023-01', PUBLISHED_NOVEMBER),
  counted('Buổi lễ bắt đầu lúc 8 giờ sáng 1/3/2024 và kết thúc vào chiều 2/3.', 'chiều 2/3', '2024-03-02', PUBLISHED),
  relative('Công trình khởi công tháng 3/2022, đến cuối tháng 5 đã xong phần móng.', 'cuối tháng 5', '2023-05', { mod: 'END' }),
  relative('Ông sinh năm 1975, tháng 4 vừa rồi được nghỉ hưu.', 'tháng 4 vừa rồi', '2023-04'),
  // past a semicolon the clause tells another item: its month is the reading nearest publication
  relative('Nhà thầu phải bàn giao trạm bơm trước mùa mưa năm 2024, chậm nhất là ngày 30/4/2024; các phường hoàn tất giải phóng mặt bằng trong tháng 12.', 'tháng 12', '2023-12', {}, PUBLISHED_NOVEMBER),
  counted('Vụ lúa năm 2024 gieo sạ từ tháng 1; thu hoạch vụ lúa năm 2024 vào tháng 5.', 'tháng 5', '2024-05', PUBLISHED_NOVEMBER),
  none('Năm 2020 dự án khởi công, hai năm sau hoàn thành.', 'hai năm sau'),
  // a day without its year after a day written with its year (the publication's or the next), in a later sentence
  // too, is of that year when it lies within a quarter of that day and nearer it than the reading nearest publication
  // lies to the publication day; not after a deadline, and not a month alone
  counted('Giải chạy khai mạc sáng 6/7/2024 tại sân vận động tỉnh. Chiều 8/7, ban tổ chức trao giải.', 'Chiều 8/7', '2024-07-08', PUBLISHED_NOVEMBER),
  {
    text: 'Hồ sơ nhận đến 17h ngày 15/5/2024. Từ ngày 20/5 đến ngày 25/5, hội đồng chấm điểm.',
    words: 'Từ ngày 20/5 đến ngày 25/5',
    publishedAt: PUBLISHED_NOVEMBER,
    expected: { text: 'Từ ngày 20/5 đến ngày 25/5', value: '2024-05-20', endValue: '2024-05-25', mod: null, relative: false },
  },
  relative('Cầu dự kiến thông xe ngày 30/6/2024. Ngày 18/11, đoàn kiểm tra đến công trường.', 'Ngày 18/11', '2023-11-18', {}, PUBLISHED_NOVEMBER),
  relative('Nhà máy khởi công ngày 2/1/2024. Sáng 12/10, tỉnh tổ chức hội nghị xúc tiến.', 'Sáng 12/10', '2023-10-12', {}, PUBLISHED_NOVEMBER),
  relative('Các trạm phải dừng phát trước ngày 15/10/2024. Ngày 20/9, đoàn kiểm tra làm việc tại huyện.', 'Ngày 20/9', '2023-09-20', {}, PUBLISHED_NOVEMBER),
  relative('Lễ hội diễn ra ngày 6/7/2024. Giữa tháng 9, huyện tổng kết mùa du lịch.', 'Giữa tháng 9', '2023-09', { mod: 'MID' }, PUBLISHED_NOVEMBER),
  // a deadline (`trước ngày …`, `chậm nhất là …`) bounds a task, no period told of: `năm sau` counts from publication;
  // a day the sentence tells of still anchors it
  relative('Nhà thầu phải xong trước ngày 30/4/2024, trước khi vào mùa mưa năm sau.', 'năm sau', '2024'),
  relative('Hồ sơ nộp chậm nhất là tháng 3/2024 để kịp xét trong năm sau.', 'năm sau', '2024'),
  counted('Ngày 5/3/2020 dự án khởi công, năm sau hoàn thành.', 'năm sau', '2021'),
  // two years stated in one sentence (what is reviewed, what is planned) leave a day after them the reading nearest
  // publication; one year stated gives it its year
  relative('Hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024 diễn ra sáng 13/12 tại hội trường tỉnh.', 'sáng 13/12', '2023-12-13', {}, PUBLISHED_DECEMBER),
  counted('Chương trình năm 2024 sẽ khởi động từ sáng 10/12 tại thành phố.', 'sáng 10/12', '2024-12-10', PUBLISHED_DECEMBER),
  relative('Như đã đưa tin hôm qua, giá xăng tăng.', 'hôm qua', '2023-06-14'),
  // a part of the day before: `tối hôm trước`, `chiều hôm trước`; a bare `hôm trước` ("the other day") and one referring
  // back (`hôm trước đó`) give no date
  relative('Cột đèn đã bị xe tải húc đổ từ tối hôm trước.', 'tối hôm trước', '2023-06-14'),
  relative('Chiều hôm trước, đoàn đã kiểm tra hiện trường.', 'Chiều hôm trước', '2023-06-14'),
  none('Hôm trước tôi có ghé qua cửa hàng của chị.', 'Hôm trước'),
  none('Ngày 3/6 mưa lớn, nước đã dâng từ tối hôm trước đó.', 'tối hôm trước đó'),
];

/**
 * A year opening a sentence, a comma after it, sets the time of its paragraph: a quarter, a half or a part of the
 * year without a year is that year's (anchors.ts), not the publication year's.
 */
const paragraphYears: CorpusExample<'dates'>[] = [
  counted('Năm 2022, ngành dệt may gặp khó. Từ quý III, đơn hàng giảm mạnh.', 'quý III', '2022-Q3'),
  {
    text: '“Năm 2022, chúng tôi mất nhiều khách. Đến cuối năm, xưởng phải cho công nhân nghỉ luân phiên”, ông nói.',
    words: 'cuối năm',
    publishedAt: PUBLISHED_JANUARY,
    expected: { text: 'cuối năm', value: '2022', endValue: null, mod: 'END', relative: false },
  },
  counted('Trong năm 2021, giá phân bón tăng. Sáu tháng cuối năm, nông dân thu hẹp diện tích.', 'Sáu tháng cuối năm', '2021-H2'),
  // ... not in the next paragraph, nor after a year in the middle of a sentence, nor for words that count from now
  relative('Năm 2022, ngành dệt may gặp khó.\nTừ quý III, đơn hàng tăng trở lại.', 'quý III', '2023-Q3'),
  relative('Doanh thu tăng so với năm 2021, lợi nhuận cũng tăng. Quý II, công ty mở thêm chi nhánh.', 'Quý II', '2023-Q2'),
  relative('Năm 2022, giá thép tăng. Quý II vừa qua, giá đã giảm.', 'Quý II vừa qua', '2023-Q2'),
  relative('Năm 2022, giá thép tăng. Cuối năm nay, giá sẽ giảm.', 'Cuối năm nay', '2023', { mod: 'END' }),
  // ... nor after a year that bounds (`Đến năm 2030,`), nor three sentences on
  relative('Đến năm 2030, thành phố sẽ có tàu điện. Công trình đầu tiên khởi công trong quý IV.', 'quý IV', '2023-Q4'),
  relative('Năm 2022, ngành gặp khó. Nhiều xưởng đóng cửa. Công nhân nghỉ việc. Khách hàng cũng ít. Quý II, đơn hàng tăng.', 'Quý II', '2023-Q2'),
  counted('Sang năm 2021, tình hình khá hơn. Quý II, đơn hàng tăng.', 'Quý II', '2021-Q2'),
  // ... nor for a part of the year counted from now (`từ nay đến cuối năm`)
  relative('Năm 2024, công ty đặt mục tiêu lớn. Muốn vậy, từ nay đến cuối năm phải hoàn thành nhà xưởng.', 'cuối năm', '2023', { mod: 'END' }),
  // ... nor for a part of the year run to now (`Từ đầu năm đến nay`)
  relative('Năm 2021, giá lợn hơi từng đạt 70.000 đồng/kg. Từ đầu năm đến nay, giá đã giảm một nửa.', 'đầu năm', '2023', { mod: 'START' }),
  relative('Năm 2021, giá lợn hơi từng đạt 70.000 đồng/kg. “Tính từ đầu năm đến giờ, trại đã bán 300 con”, ông nói.', 'đầu năm', '2023', { mod: 'START' }),
  {
    text: 'Năm 2021, giá lợn hơi từng đạt 70.000 đồng/kg. Đến cuối năm, giá giảm một nửa.',
    words: 'cuối năm',
    publishedAt: PUBLISHED_JANUARY,
    expected: { text: 'cuối năm', value: '2021', endValue: null, mod: 'END', relative: false },
  },
  // ... nor for a month or a day, which keep the reading nearest the publication
  relative('Năm 2020, dự án khởi công. Tháng 5, nhà thầu đã bàn giao.', 'Tháng 5', '2023-05'),
  // ... nor once a period counted from now in another year has brought the text back to now
  relative('Năm 2022, doanh thu đạt 10 tỷ đồng; riêng 6 tháng đầu năm nay đạt 7 tỷ đồng. Dự kiến quý IV, doanh thu tăng mạnh.', 'quý IV', '2023-Q4'),
  counted('Năm 2022, doanh thu đạt 10 tỷ đồng; riêng 6 tháng đầu năm đó đạt 4 tỷ đồng. Quý IV, doanh thu tăng mạnh.', 'Quý IV', '2022-Q4'),
];

/**
 * A month without its year is the article's year's, unless the year before's or after's lies within a quarter of the
 * publication, across the turn of the year.
 */
const monthsOfTheYear: CorpusExample<'dates'>[] = [
  relative('Công tác chuẩn bị hội thi được tiến hành từ tháng 3, với hơn 200 tình nguyện viên.', 'tháng 3', '2023-03', {}, PUBLISHED_NOVEMBER),
  relative('Tháng 4, xã đã hoàn thành đường liên thôn.', 'Tháng 4', '2023-04', {}, PUBLISHED_NOVEMBER),
  relative('Tháng 1, các trường sẽ cho học sinh nghỉ Tết.', 'Tháng 1', '2024-01', {}, PUBLISHED_NOVEMBER),
  relative('Tháng 12, lượng khách quốc tế đạt kỷ lục.', 'Tháng 12', '2023-12', {}, PUBLISHED_JANUARY),
];

/**
 * A month or a day without its year in a clause that says `sẽ` (will) is one to come: written in November, next
 * year's March; `đã` nearer the date, or another clause, keeps the reading nearest publication.
 */
const futureClauses: CorpusExample<'dates'>[] = [
  relative('Kết quả xét tuyển sẽ được công bố vào đầu tháng 3.', 'đầu tháng 3', '2024-03', { mod: 'START' }, PUBLISHED_NOVEMBER),
  relative('Lễ trao giải sẽ diễn ra ngày 15/4 tại Hà Nội.', 'ngày 15/4', '2024-04-15', {}, PUBLISHED_NOVEMBER),
  relative('Công trình sẽ được nghiệm thu, dù đã khởi công từ tháng 3.', 'tháng 3', '2023-03', {}, PUBLISHED_NOVEMBER),
  relative('Năm nay trường sẽ tuyển thêm giáo viên, như đã thông báo vào tháng 3.', 'tháng 3', '2023-03', {}, PUBLISHED_NOVEMBER),
];

/** `vừa qua`, `vừa rồi`, `sắp tới` after a date without its year belong to it. */
/**
 * Periods of one kind coordinated before a year word (`quý I và quý II năm sau`): the year word closes the list and is
 * every item's, unless the list runs into the next year (`quý IV và quý I/2024`), where it is the last item's alone.
 */
const coordinatedPeriods: CorpusExample<'dates'>[] = [
  relative('Hàng giao làm hai đợt trong quý I và quý II năm sau.', 'quý I', '2024-Q1', {}, PUBLISHED_DECEMBER),
  relative('Hàng giao làm hai đợt trong quý I và quý II năm sau.', 'quý II năm sau', '2024-Q2', {}, PUBLISHED_DECEMBER),
  relative('Mưa kéo dài trong tháng 1, tháng 2 năm sau.', 'tháng 2 năm sau', '2024-02', {}, PUBLISHED_DECEMBER),
  counted('Dự án khởi công trong quý I hoặc quý II/2024.', 'quý I', '2024-Q1', PUBLISHED_DECEMBER),
  relative('Kho sẽ kiểm tra trong quý IV và quý I/2024.', 'quý IV', '2023-Q4', {}, PUBLISHED_DECEMBER),
  relative('Doanh thu quý I tăng, còn quý II năm sau dự kiến giảm.', 'quý I', '2023-Q1', {}, PUBLISHED_DECEMBER),
  // a part of a month (its start, middle or end) shares the year word the list closes on, as the month does
  {
    text: 'Hai kỳ thi dự kiến vào đầu tháng 4 và giữa tháng 6/2024.', words: 'đầu tháng 4', publishedAt: PUBLISHED_DECEMBER,
    expected: { text: 'đầu tháng 4', value: '2024-04', endValue: null, mod: 'START', relative: false },
  },
];

const directionWords: CorpusExample<'dates'>[] = [
  relative('Tháng 5 vừa rồi, anh chỉ đi làm 15 ngày.', 'Tháng 5 vừa rồi', '2023-05'),
  relative('Ngày 20/5 vừa rồi, đoàn đã về nước.', 'Ngày 20/5 vừa rồi', '2023-05-20'),
  relative('Tháng 9 sắp tới, trường sẽ khai giảng.', 'Tháng 9 sắp tới', '2023-09'),
  inside('Tháng 5/2023 vừa qua là tháng nóng kỷ lục.', 'Tháng 5/2023', '2023-05'),
];

export const DATES_CORPUS: readonly CorpusExample<'dates'>[] = [
  ...bylines,
  ...digitDates,
  ...documentNumbers,
  ...fractionsAndCodes,
  ...durations,
  ...ranges,
  ...months,
  ...dayMonths,
  ...quartersAndHalves,
  ...years,
  ...modifiers,
  ...relativeDates,
  ...coordinatedPeriods,
  ...weekdays,
  ...times,
  ...dayLists,
  ...weeksAndCenturies,
  ...lunar,
  ...inSentences,
  ...countedFromNamedPeriods,
  ...paragraphYears,
  ...directionWords,
  ...monthsOfTheYear,
  ...futureClauses,
];
