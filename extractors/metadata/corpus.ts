// Metadata examples, written for the project: a short article (title line, byline lines, body, closing lines),
// optional container hints, the metadata expected and the kinds expected of some lines (by paragraph index).
import type { ArticleHints } from '../../pipeline/document.js';
import type { ArticleMeta, ParagraphKind } from '../../output/schema.js';

export interface MetadataExample {
  readonly name: string;
  readonly text: string;
  readonly hints?: ArticleHints;
  readonly expected: Partial<ArticleMeta>;
  readonly kinds?: Readonly<Record<number, ParagraphKind>>;
}

const BODY = 'Sáng nay, hội nghị tổng kết năm của ngành được tổ chức tại Hà Nội với sự tham dự của nhiều đại biểu.';
const article = (...lines: string[]): string => lines.join('\n');
/** Blocks separated by blank lines, the first wrapped over the lines given. */
const blocks = (first: readonly string[], ...rest: string[]): string => [first.join('\n'), ...rest].join('\n\n');

export const METADATA_EXAMPLES: readonly MetadataExample[] = [
  {
    name: 'labelled byline: author, date with weekday and month word, views with dotted thousands',
    text: article('Ngành điện chuẩn bị cho mùa khô', 'Người viết: Trần Minh - Ngày viết: Thứ Hai, Tháng Ba 6, 2023 | 9:05 - Lượt xem: 2.450', BODY),
    expected: { title: 'Ngành điện chuẩn bị cho mùa khô', author: 'Trần Minh', views: 2450, publishedAt: '2023-03-06T09:05:00+07:00' },
    kinds: { 0: 'title', 1: 'byline' },
  },
  {
    name: 'date line with weekday and GMT+7',
    text: article('Giá lúa tăng mạnh', 'Thứ Ba, 14/03/2023 09:15 (GMT+7)', BODY),
    expected: { publishedAt: '2023-03-14T09:15:00+07:00', author: null, views: null },
    kinds: { 1: 'byline' },
  },
  {
    name: 'date line day - time',
    text: article('Khai giảng năm học mới', '15/08/2022 - 07:45', BODY),
    expected: { publishedAt: '2022-08-15T07:45:00+07:00' },
    kinds: { 1: 'byline' },
  },
  {
    name: 'Cập nhật: time ngày day',
    text: article('Mưa lớn ở miền Trung', 'Cập nhật: 08:30 ngày 05/06/2023', BODY),
    expected: { publishedAt: '2023-06-05T08:30:00+07:00' },
    kinds: { 1: 'byline' },
  },
  {
    name: 'a stated offset other than Vietnam',
    text: article('Hội chợ thương mại ở Singapore', 'Thứ Tư, 01/02/2023 10:00 (GMT+8)', BODY),
    expected: { publishedAt: '2023-02-01T10:00:00+08:00' },
  },
  {
    name: 'author name and date on one line',
    text: article('Nông dân vào vụ mới', 'Minh Châu | 15/08/2022 - 07:45', BODY),
    expected: { author: 'Minh Châu', publishedAt: '2022-08-15T07:45:00+07:00' },
    kinds: { 1: 'byline' },
  },
  {
    name: "the site's section before the date, the author and the views on the next lines",
    text: article('Giá xăng giảm phiên thứ ba', 'Kinh tế | 02/03/2024 - 08:00', 'Hoài Nam', 'Lượt xem: 1.506', BODY),
    expected: { author: 'Hoài Nam', publishedAt: '2024-03-02T08:00:00+07:00', views: 1506 },
    kinds: { 1: 'byline', 2: 'byline', 3: 'byline' },
  },
  {
    name: "the site's section after the author and before the date",
    text: article('Trường làng vào năm học mới', 'Thu Hằng · Giáo dục · 05/09/2023 07:10', BODY),
    expected: { author: 'Thu Hằng', publishedAt: '2023-09-05T07:10:00+07:00' },
    kinds: { 1: 'byline' },
  },
  {
    name: 'a section name alone on the line under the title is no byline',
    text: article('Đội tuyển trẻ lên đường', 'Thể thao', BODY),
    expected: { author: null, publishedAt: null },
  },
  {
    name: 'a section name in a sentence with a date is no byline',
    text: article('Lịch thi đấu tuần này', 'Thể thao học đường khởi tranh | 12/04/2024', BODY),
    expected: { author: null, publishedAt: null },
  },
  {
    name: 'date and views on one line',
    text: article('Học sinh đi học trở lại', '20/09/2021 - 06:30 | 1.233 lượt xem', BODY),
    expected: { views: 1233, publishedAt: '2021-09-20T06:30:00+07:00' },
  },
  {
    name: 'weekday, day - time, then labelled views; no author',
    text: article('Hàng Tết dồi dào', 'Thứ Năm, 11/01/2024 - 10:15 | Lượt xem: 4.120', BODY),
    expected: { publishedAt: '2024-01-11T10:15:00+07:00', views: 4120, author: null },
    kinds: { 1: 'byline', 2: 'lead' },
  },
  {
    name: 'Cập nhật lúc time ngày day, then labelled views',
    text: article('Bệnh án điện tử', 'Cập nhật lúc 14:05 ngày 12/01/2024 | Lượt xem: 3.582', BODY),
    expected: { publishedAt: '2024-01-12T14:05:00+07:00', views: 3582, author: null },
    kinds: { 1: 'byline' },
  },
  {
    name: 'Chủ nhật in lower case, an en dash, a middle dot and Lượt đọc',
    text: article('Phiên chợ cuối năm', 'Chủ nhật, 14/01/2024 – 08:00 · Lượt đọc: 1.200', BODY),
    expected: { publishedAt: '2024-01-14T08:00:00+07:00', views: 1200 },
    kinds: { 1: 'byline' },
  },
  {
    name: 'Ngày đăng: day, the time apart after a middle dot',
    text: article('Giá vàng đi ngang', 'Ngày đăng: 12/01/2024 · 14:05', BODY),
    expected: { publishedAt: '2024-01-12T14:05:00+07:00' },
    kinds: { 1: 'byline' },
  },
  {
    name: 'the time apart before the day',
    text: article('Giá vàng đi ngang', '14:05 · 12/01/2024', BODY),
    expected: { publishedAt: '2024-01-12T14:05:00+07:00' },
  },
  {
    name: 'Đăng lúc time day',
    text: article('Cầu mới thông xe', 'Đăng lúc 09:00 12/01/2024', BODY),
    expected: { publishedAt: '2024-01-12T09:00:00+07:00' },
    kinds: { 1: 'byline' },
  },
  {
    name: 'Xuất bản: day - time GMT+7',
    text: article('Cầu mới thông xe', 'Xuất bản: 12/01/2024 - 14:05 GMT+7', BODY),
    expected: { publishedAt: '2024-01-12T14:05:00+07:00' },
    kinds: { 1: 'byline' },
  },
  {
    name: 'date, author, views in that order',
    text: article('Mùa lúa mới', 'Thứ Hai, 15/01/2024 - 07:00 | Minh Châu | Lượt xem: 45', BODY),
    expected: { publishedAt: '2024-01-15T07:00:00+07:00', author: 'Minh Châu', views: 45 },
    kinds: { 1: 'byline' },
  },
  {
    name: 'author before the date, a middle dot between',
    text: article('Mùa lúa mới', 'Minh Châu · Thứ Hai, 15/01/2024 - 07:00', BODY),
    expected: { publishedAt: '2024-01-15T07:00:00+07:00', author: 'Minh Châu' },
  },
  {
    name: 'labelled author and date, each with a dash inside',
    text: article('Đình làng xứ Bắc', 'Người viết: Hải Yến - Minh Đức | Ngày đăng: 02/11/2023 - 16:20 | Lượt xem: 987', BODY),
    expected: { author: 'Hải Yến - Minh Đức', publishedAt: '2023-11-02T16:20:00+07:00', views: 987 },
  },
  {
    name: 'a desk after an author label, then the date',
    text: article('Đình làng xứ Bắc', 'Thực hiện: Nhóm PV Thời sự · 15/01/2024 08:00', BODY),
    expected: { author: 'Nhóm PV Thời sự', publishedAt: '2024-01-15T08:00:00+07:00' },
  },
  {
    name: 'month word with the day, time in 9h05, views without a colon',
    text: article('Mùa hoa ban', 'Tháng Mười Hai 5, 2023 | 9h05 | Lượt xem 1.024', BODY),
    expected: { publishedAt: '2023-12-05T09:05:00+07:00', views: 1024 },
  },
  {
    name: 'views in English after the date',
    text: article('Mùa hoa ban', '05/12/2023 09:05 | 1024 views', BODY),
    expected: { publishedAt: '2023-12-05T09:05:00+07:00', views: 1024 },
  },
  {
    name: 'a city beside the date is a dateline, no author',
    text: article('Mùa hoa ban', 'Hà Nội | 11/01/2024', BODY),
    expected: { author: null, publishedAt: '2024-01-11T00:00:00+07:00' },
    kinds: { 1: 'byline' },
  },
  {
    name: 'a city alone above the date line is no author',
    text: article('Mùa hoa ban', 'Đà Nẵng', '11/01/2024 - 10:15', BODY),
    expected: { author: null, publishedAt: '2024-01-11T10:15:00+07:00' },
  },
  {
    name: 'views with comma thousands are a whole count',
    text: article('Mùa hoa ban', '11/01/2024 | 1,233 lượt xem', BODY),
    expected: { views: 1233 },
  },
  {
    name: 'a labelled view count with comma thousands',
    text: article('Mùa hoa ban', 'Lượt xem: 4,120 | 11/01/2024', BODY),
    expected: { views: 4120, publishedAt: '2024-01-11T00:00:00+07:00' },
  },
  {
    name: 'a time with PM is an afternoon time',
    text: article('Mùa hoa ban', 'Thứ Năm, ngày 11/01/2024 - 10:15 PM', BODY),
    expected: { publishedAt: '2024-01-11T22:15:00+07:00' },
  },
  {
    name: 'twelve AM is midnight',
    text: article('Mùa hoa ban', '11/01/2024 12:30 AM', BODY),
    expected: { publishedAt: '2024-01-11T00:30:00+07:00' },
  },
  {
    name: 'an agency beside the name: the name is the author',
    text: article('Mùa hoa ban', 'Hoàng Yến - TTXVN | 11/01/2024', BODY),
    expected: { author: 'Hoàng Yến', publishedAt: '2024-01-11T00:00:00+07:00' },
  },
  {
    name: 'an agency alone beside the date is the author',
    text: article('Mùa hoa ban', 'TTXVN | 11/01/2024 09:00', BODY),
    expected: { author: 'TTXVN', publishedAt: '2024-01-11T09:00:00+07:00' },
  },
  {
    name: 'not a byline: a word in capitals that is no agency beside a date',
    text: article('Mùa hoa ban', 'VIDEO | 11/01/2024', BODY),
    expected: { author: null, publishedAt: null },
    kinds: { 1: 'lead' },
  },
  {
    name: 'not a byline: a sentence of the article that opens with a date',
    text: article('Số ca mắc giảm', 'Ngày 11/01/2024, Bộ Y tế công bố số ca mắc mới trong tuần.', BODY),
    expected: { publishedAt: null, views: null, author: null },
    kinds: { 1: 'lead' },
  },
  {
    name: 'not a byline: a date and time, then a clause',
    text: article('Số ca mắc giảm', 'Ngày 11/01/2024 - 10:15, Bộ Y tế công bố số ca mắc mới.', BODY),
    expected: { publishedAt: null },
    kinds: { 1: 'lead' },
  },
  {
    name: 'not a byline: a date, a bar, then a sentence',
    text: article('Số ca mắc giảm', 'Thứ Năm, 11/01/2024 - 10:15 | Bộ Y tế công bố số liệu', BODY),
    expected: { publishedAt: null },
    kinds: { 1: 'lead' },
  },
  {
    name: 'not a byline: a caption with a date and a photo credit',
    text: article('Hội nghị tổng kết', 'Toàn cảnh hội nghị ngày 11/01/2024 - Ảnh: TTXVN', BODY),
    expected: { publishedAt: null, author: null },
  },
  {
    name: 'not a byline: a photo credit beside a date',
    text: article('Hội nghị tổng kết', 'Ảnh: Minh Châu | 11/01/2024', BODY),
    expected: { publishedAt: null, author: null },
  },
  {
    name: 'not a byline: a heading that names a year',
    text: article('Nhìn lại một năm', 'Năm 2024', BODY),
    expected: { publishedAt: null },
    kinds: { 1: 'lead' },
  },
  {
    name: 'not a byline: a heading that names a month',
    text: article('Nhìn lại một năm', 'Tháng 6/2024', BODY),
    expected: { publishedAt: null },
  },
  {
    name: 'not a byline: a date label before a clause',
    text: article('Giá vàng', 'Cập nhật: giá vàng hôm nay tăng mạnh', BODY),
    expected: { publishedAt: null },
    kinds: { 1: 'lead' },
  },
  {
    name: 'not a byline: an author label before a clause',
    text: article('Sách mới', 'Tác giả: nhà văn Nguyễn Nhật Ánh cho biết sách sẽ ra mắt', BODY),
    expected: { author: null },
    kinds: { 1: 'lead' },
  },
  {
    name: 'not a byline: a views label without a number',
    text: article('Sách mới', 'Lượt xem: nhiều', BODY),
    expected: { views: null },
    kinds: { 1: 'lead' },
  },
  {
    name: 'Tin, ảnh label on a closing line before the source',
    text: article('Chợ phiên vùng cao', BODY, BODY, 'Tin, ảnh: Lan Anh', 'Theo TTXVN'),
    expected: { author: 'Lan Anh', attribution: 'TTXVN' },
  },
  {
    name: 'a sentence opening with Tin is no labelled author',
    text: article('Chợ phiên vùng cao', BODY, BODY, 'Tin vui: bà con được mùa lớn'),
    expected: { author: null },
  },
  {
    name: 'Bài và ảnh label',
    text: article('Mùa nước nổi', 'Bài và ảnh: Hoàng Long', BODY),
    expected: { author: 'Hoàng Long' },
    kinds: { 1: 'byline' },
  },
  {
    name: 'author and date on the line under the title, in the same block',
    text: blocks(['Giá cà phê lập đỉnh mới', 'Thu Hằng | 03/02/2025, 07:30'], BODY, BODY),
    expected: { title: 'Giá cà phê lập đỉnh mới', author: 'Thu Hằng', publishedAt: '2025-02-03T07:30:00+07:00' },
    kinds: { 0: 'title', 1: 'lead' },
  },
  {
    name: 'day - time on the line under the title, in the same block',
    text: blocks(['Nhà máy nước mới đi vào hoạt động', '09/03/2025 - 16:20'], BODY, BODY),
    expected: { title: 'Nhà máy nước mới đi vào hoạt động', publishedAt: '2025-03-09T16:20:00+07:00', author: null },
    kinds: { 0: 'title' },
  },
  {
    name: 'an author alone and a date line under the title, in the same block',
    text: blocks(['Làng nghề vào vụ Tết', 'Minh Châu', 'Thứ Hai, 20/01/2025 - 08:10'], BODY, BODY),
    expected: { title: 'Làng nghề vào vụ Tết', author: 'Minh Châu', publishedAt: '2025-01-20T08:10:00+07:00' },
  },
  {
    name: 'not a byline: a title wrapped over two lines of its block',
    text: blocks(['Giá cà phê lập đỉnh mới,', 'nông dân phấn khởi'], BODY, BODY),
    expected: { title: 'Giá cà phê lập đỉnh mới,\nnông dân phấn khởi', author: null, publishedAt: null },
  },
  {
    name: 'not a byline: a sentence with a date under the title, in the same block',
    text: blocks(['Số ca mắc giảm', 'Ngày 11/01/2024, Bộ Y tế công bố số ca mắc mới trong tuần.'], BODY, BODY),
    expected: { publishedAt: null, author: null },
  },
  {
    name: 'a byline run onto the title, the lead after it',
    text: article(`Mùa gặt trên cánh đồng ven biển 05/10/2024 07:30 | Lượt xem: 2.310 ${BODY}`, BODY),
    expected: { title: 'Mùa gặt trên cánh đồng ven biển', publishedAt: '2024-10-05T07:30:00+07:00', views: 2310 },
  },
  {
    name: 'a run-on byline with a weekday, the lead after it',
    text: article(`Chợ nổi vào mùa nước lên Thứ Bảy, 12/10/2024 - 08:15 ${BODY}`),
    expected: { title: 'Chợ nổi vào mùa nước lên', publishedAt: '2024-10-12T08:15:00+07:00' },
  },
  {
    name: 'a run-on byline that ends the line with its author',
    text: article('Đường ven sông được mở rộng 12/10/2024 08:15 | Hoài Nam', BODY),
    expected: { title: 'Đường ven sông được mở rộng', publishedAt: '2024-10-12T08:15:00+07:00', author: 'Hoài Nam' },
  },
  {
    name: 'a run-on byline with a weekday, the outlet\'s tag in brackets opening the lead',
    text: article(`Cầu mới nối đôi bờ sông Thứ Sáu, 04/10/2024 - 09:20 (Dân trí) - ${BODY}`),
    expected: { title: 'Cầu mới nối đôi bờ sông', publishedAt: '2024-10-04T09:20:00+07:00', attribution: null },
  },
  {
    name: 'a run-on byline, an outlet\'s tag with a domain and an en dash opening the lead',
    text: article(`Phiên họp thường kỳ tháng Mười 04/10/2024 10:05 (Chinhphu.vn) – ${BODY}`, BODY),
    expected: { title: 'Phiên họp thường kỳ tháng Mười', publishedAt: '2024-10-04T10:05:00+07:00', attribution: null },
  },
  {
    name: 'a whole article on the title\'s line: the author closes it, after the closing thanks',
    text: article(`Mùa gặt bên sông Hồng Thứ Ba, 08/10/2024 - 06:45 (NDO) - ${BODY} Xin ông cho biết kế hoạch năm tới? Hợp tác xã sẽ mở rộng vùng trồng. Xin cảm ơn ông! Minh Châu (thực hiện)`),
    expected: { title: 'Mùa gặt bên sông Hồng', publishedAt: '2024-10-08T06:45:00+07:00', author: 'Minh Châu' },
  },
  {
    name: 'a run-on byline after a bar: the bar is the byline\'s, not the title\'s',
    text: article(`Cảng cá vào mùa bội thu | Thứ Tư, 16/10/2024, 06:40 ${BODY}`),
    expected: { title: 'Cảng cá vào mùa bội thu', publishedAt: '2024-10-16T06:40:00+07:00' },
  },
  {
    name: 'a run-on byline after a dash, no weekday',
    text: article(`Làng chài đón mùa cá mới - 16/10/2024 06:40 | Lượt xem: 812 ${BODY}`),
    expected: { title: 'Làng chài đón mùa cá mới', publishedAt: '2024-10-16T06:40:00+07:00', views: 812 },
  },
  {
    name: 'a title with a bar at its end, the byline on the next line of its block',
    text: blocks(['Hồ thủy điện tích nước |', 'Thu Hằng | 03/02/2025, 07:30'], BODY, BODY),
    expected: { title: 'Hồ thủy điện tích nước', author: 'Thu Hằng' },
  },
  {
    name: 'a dash inside the title stays in it',
    text: article(`Hà Nội - Hải Phòng thêm tuyến xe buýt | Thứ Tư, 16/10/2024, 06:40 ${BODY}`),
    expected: { title: 'Hà Nội - Hải Phòng thêm tuyến xe buýt' },
  },
  {
    name: 'not a run-on byline: a bracket after the time that opens no lead (no dash)',
    text: article(`Lịch thi đấu vòng bảng 12/10/2024 19:30 (Mỹ Đình) và ${BODY}`),
    expected: { publishedAt: null },
  },
  {
    name: 'not a run-on byline: a bracket in lower case after the time',
    text: article(`Báo cáo quý công bố 22/07/2024 09:45 (bản sửa đổi) - ${BODY}`),
    expected: { publishedAt: null },
  },
  {
    name: 'not a run-on byline: a date the sentence governs (sáng)',
    text: article(`Hội nghị tổng kết diễn ra sáng 11/01/2024 - 09:00 ${BODY}`),
    expected: { publishedAt: null },
  },
  {
    name: 'not a run-on byline: a title that ends with a bare date',
    text: article('Giá vàng hôm nay 22/07/2024', BODY),
    expected: { title: 'Giá vàng hôm nay 22/07/2024', publishedAt: null },
  },
  {
    name: 'not a run-on byline: a date and time followed by lower case',
    text: article('Báo cáo quý được công bố 22/07/2024 09:45 cho thấy xuất khẩu tăng', BODY),
    expected: { publishedAt: null },
  },
  {
    name: 'views under the article, the author above them',
    text: article('Bệnh viện tỉnh mở khoa mới', '15/07/2024 - 08:05', BODY, 'Hoài Nam', 'Lượt xem: 1.250'),
    expected: { author: 'Hoài Nam', views: 1250, publishedAt: '2024-07-15T08:05:00+07:00' },
    kinds: { 3: 'byline', 4: 'byline' },
  },
  {
    name: 'a view count alone under the article',
    text: article('Bệnh viện tỉnh mở khoa mới', BODY, '3.020 lượt xem'),
    expected: { views: 3020, author: null },
    kinds: { 2: 'byline' },
  },
  {
    name: 'not views: a last sentence that counts views',
    text: article('Video gây sốt mạng xã hội', BODY, 'Đoạn video đã đạt 2.954 lượt xem.'),
    expected: { views: null },
    kinds: { 2: 'body' },
  },
  {
    name: 'author alone on the last line',
    text: article('Chợ quê ngày Tết', BODY, 'Minh Châu'),
    expected: { author: 'Minh Châu', attribution: null },
    kinds: { 2: 'byline' },
  },
  {
    name: 'a group of reporters signing the last line is the author',
    text: article('Người trẻ về quê lập nghiệp', BODY, 'Nhóm PV'),
    expected: { author: 'Nhóm PV', attribution: null },
    kinds: { 2: 'byline' },
  },
  {
    name: 'a group of reporters spelled out, with its desk, on the last line',
    text: article('Phố đi bộ ngày cuối tuần', BODY, 'Nhóm phóng viên Xã hội'),
    expected: { author: 'Nhóm phóng viên Xã hội' },
  },
  {
    name: 'a group of reporters with a dotted abbreviation and a role note',
    text: article('Làng hoa vào vụ Tết', BODY, 'Nhóm P.V (thực hiện)'),
    expected: { author: 'Nhóm P.V' },
  },
  {
    name: 'not an author: a group that is no reporters\' group',
    text: article('Làng hoa vào vụ Tết', BODY, 'Nhóm tình nguyện viên'),
    expected: { author: null },
  },
  {
    name: 'not an author: a sentence about a group of reporters',
    text: article('Làng hoa vào vụ Tết', BODY, 'Nhóm PV đã có mặt tại hiện trường.'),
    expected: { author: null },
  },
  {
    name: 'author with a role note',
    text: article('Trò chuyện với nhà giáo', BODY, 'Minh Châu (thực hiện)'),
    expected: { author: 'Minh Châu' },
    kinds: { 2: 'byline' },
  },
  {
    name: 'an interview\'s author line under the date, its role word without parentheses',
    text: article('Nghề gốm giữ lửa', 'Thứ Năm, 12/09/2024 - 08:20', 'Thanh Tâm thực hiện', BODY),
    expected: { publishedAt: '2024-09-12T08:20:00+07:00', author: 'Thanh Tâm' },
  },
  {
    name: 'an author line closing the article with a bare role word',
    text: article('Mùa nước nổi về sớm', BODY, 'Bảo Ngọc ghi'),
    expected: { author: 'Bảo Ngọc' },
  },
  {
    name: 'a sentence whose subject does the work is no author line',
    text: article('Xây cầu dân sinh', BODY, 'Người dân tự thực hiện'),
    expected: { author: null },
  },
  {
    name: 'the time before the date',
    text: article('Giá xăng giảm nhẹ', '14:05 | 10/10/2023', BODY),
    expected: { publishedAt: '2023-10-10T14:05:00+07:00' },
  },
  {
    name: 'a date with no time is taken at midnight',
    text: article('Giá xăng giảm nhẹ', '06/03/2023', BODY),
    expected: { publishedAt: '2023-03-06T00:00:00+07:00' },
  },
  {
    name: 'the author in capitals',
    text: article('Mùa hoa ban', BODY, 'MINH CHÂU'),
    expected: { author: 'MINH CHÂU' },
  },
  {
    name: 'the author with the agency in parentheses',
    text: article('Mùa hoa ban', BODY, 'Hoàng Anh (TTXVN)'),
    expected: { author: 'Hoàng Anh', attribution: 'TTXVN' },
  },
  {
    name: 'a wire agency\'s tag after the closing author is the source',
    text: article('Lúa hè thu được mùa', BODY, 'Ngọc Hân (TTXVN)'),
    expected: { author: 'Ngọc Hân', attribution: 'TTXVN' },
  },
  {
    name: 'an outlet\'s own tag after the closing author is no source',
    text: article('Lúa hè thu được mùa', BODY, 'Ngọc Hân (VOV)'),
    expected: { author: 'Ngọc Hân', attribution: null },
  },
  {
    name: 'a role note after the closing author is no source',
    text: article('Lúa hè thu được mùa', BODY, 'Ngọc Hân (thực hiện)'),
    expected: { author: 'Ngọc Hân', attribution: null },
  },
  {
    name: 'the author with the agency and its domain after a slash',
    text: article('Mùa hoa ban', BODY, 'Thu Hằng/VOV.VN'),
    expected: { author: 'Thu Hằng' },
    kinds: { 2: 'byline' },
  },
  {
    name: 'the author with the agency after a slash',
    text: article('Mùa hoa ban', BODY, 'Lan Anh/VOV'),
    expected: { author: 'Lan Anh' },
  },
  {
    name: 'not an author: two places after a slash',
    text: article('Mùa hoa ban', BODY, 'Hà Nội/TP.HCM'),
    expected: { author: null },
  },
  {
    name: 'two authors',
    text: article('Đường về bản xa', BODY, 'Hải Yến - Minh Đức'),
    expected: { author: 'Hải Yến - Minh Đức' },
  },
  {
    name: 'attribution line',
    text: article('Chất lượng hàng hóa', BODY, 'Theo VietQ'),
    expected: { attribution: 'VietQ', author: null },
    kinds: { 2: 'attribution' },
  },
  {
    name: 'attribution in parentheses',
    text: article('Vốn ngoại đổ vào', BODY, '(Theo Báo Đầu tư)'),
    expected: { attribution: 'Báo Đầu tư' },
    kinds: { 2: 'attribution' },
  },
  {
    name: 'Nguồn: label',
    text: article('Số ca mắc giảm', BODY, 'Nguồn: Bộ Y tế'),
    expected: { attribution: 'Bộ Y tế' },
    kinds: { 2: 'attribution' },
  },
  {
    name: 'author then attribution',
    text: article('Lễ hội mùa xuân', BODY, 'Lan Hương', 'Theo Báo Lao Động'),
    expected: { author: 'Lan Hương', attribution: 'Báo Lao Động' },
    kinds: { 2: 'byline', 3: 'attribution' },
  },
  {
    name: 'a Theo X, ... sentence of the body is no attribution',
    text: article('Số ca mắc giảm', BODY, 'Theo Bộ Y tế, số ca mắc trong tuần đã giảm một nửa.'),
    expected: { attribution: null },
    kinds: { 2: 'body' },
  },
  {
    name: 'Theo tôi is no attribution',
    text: article('Ý kiến chuyên gia', BODY, 'Theo tôi, đây là hướng đi đúng.'),
    expected: { attribution: null, author: null },
  },
  {
    name: 'a labelled author closing the article, above the view count',
    text: article('Mùa giải mới khởi tranh', BODY, BODY, 'Bài: Thanh Tùng', 'Lượt xem: 1.058'),
    expected: { author: 'Thanh Tùng', views: 1058 },
    kinds: { 3: 'byline', 4: 'byline' },
  },
  {
    name: 'a labelled author as the last line',
    text: article('Làng gốm bên sông', BODY, BODY, 'Bài và ảnh: Ngọc Mai'),
    expected: { author: 'Ngọc Mai' },
    kinds: { 3: 'byline' },
  },
  {
    name: 'a labelled clause closing the article is no author',
    text: article('Làng gốm bên sông', BODY, BODY, 'Bài học: làng nghề phải giữ được thợ giỏi'),
    expected: { author: null },
    kinds: { 3: 'body' },
  },
  {
    name: 'a closing is no author',
    text: article('Trò chuyện đầu xuân', BODY, 'Xin cảm ơn bà!'),
    expected: { author: null },
  },
  {
    name: 'a caption naming a person is no author',
    text: article('Người giữ rừng', BODY, 'Ông Nguyễn Văn An.'),
    expected: { author: null },
  },
  {
    name: 'author run onto the end of a collapsed last line',
    text: article('Cảng biển vào mùa cao điểm', `${BODY} Xin cảm ơn ông! Minh Châu`),
    expected: { author: 'Minh Châu' },
  },
  {
    name: 'attribution run onto the end of a collapsed last line',
    text: article('Cảng biển vào mùa cao điểm', `${BODY} Xin cảm ơn ông! (Theo VietQ)`),
    expected: { attribution: 'VietQ' },
  },
  {
    name: 'a whole article on one line: a `Cập nhật:` label, the author and the views after the time',
    text: article(`Lũ dâng cao ở đồng bằng Cập nhật: 14/09/2024 07:10 | Thanh Hà - Lượt xem: 2.318 ${BODY} Thanh Hà`),
    expected: { title: 'Lũ dâng cao ở đồng bằng', publishedAt: '2024-09-14T07:10:00+07:00', author: 'Thanh Hà', views: 2318 },
  },
  {
    name: 'a whole article on one line: the author, a bar, a time before the date and the views after the title',
    text: article(`Làng gốm ven sông vào mùa đốt lò Bảo Ngọc | 09h15 ngày 18/03/2025 | Lượt xem: 1.276 ${BODY} ${BODY}`),
    expected: { title: 'Làng gốm ven sông vào mùa đốt lò', author: 'Bảo Ngọc', publishedAt: '2025-03-18T09:15:00+07:00', views: 1276 },
  },
  {
    name: 'a whole article on one line: the author and the byline with no separator, a time before the date',
    text: article(`Cảng cá miền Trung tấp nập sau mùa mưa Quốc Hưng 07h40 ngày 2/10/2025 Lượt xem: 968 ${BODY}`),
    expected: { title: 'Cảng cá miền Trung tấp nập sau mùa mưa', author: 'Quốc Hưng', publishedAt: '2025-10-02T07:40:00+07:00', views: 968 },
  },
  {
    name: 'a whole interview on one line: a title closed by a quote whose last word would govern a date, then time, date and views',
    text: article(`Người giữ rừng Cúc Phương: "Mùa chim di cư đang tới" 8h20 ngày 3/10/2025 Lượt xem: 645 ${BODY} Xin cảm ơn ông! Hải Yến`),
    expected: { title: 'Người giữ rừng Cúc Phương: "Mùa chim di cư đang tới"', author: 'Hải Yến', publishedAt: '2025-10-03T08:20:00+07:00', views: 645 },
  },
  {
    name: 'a whole article on one line: a title closed by a year its last word governs, then the date and time, the author closing the line',
    text: article(`Nghệ An hoàn thành xóa nhà tạm cho hộ nghèo trong năm 2025 18/11/2025 - 09:20 Chiều thứ Hai (17/11), tỉnh tổ chức lễ tổng kết. ${BODY} Minh Khôi`),
    expected: { title: 'Nghệ An hoàn thành xóa nhà tạm cho hộ nghèo trong năm 2025', author: 'Minh Khôi', publishedAt: '2025-11-18T09:20:00+07:00' },
  },
  {
    name: 'a title closed by a period of years, then the date and time',
    text: article(`Đồng Nai đặt mục tiêu trồng mới 5.000 ha rừng giai đoạn 2026-2030 03/12/2025 08:45 Theo kế hoạch, tỉnh sẽ trồng rừng ven sông. ${BODY}`),
    expected: { title: 'Đồng Nai đặt mục tiêu trồng mới 5.000 ha rừng giai đoạn 2026-2030', publishedAt: '2025-12-03T08:45:00+07:00' },
  },
  {
    name: 'not a run-on byline: a range of days whose first day a governing word asks for, then a time',
    text: article(`Hội chợ nông sản sạch diễn ra từ 19 - 20/11/2025 08:00 Khách tham quan được vào miễn phí. ${BODY}`),
    expected: { publishedAt: null },
  },
  {
    name: 'a whole interview on one line: a title closed by a quote asks for no name after it, the author before a dash and the weekday',
    text: article(`Nghệ nhân làng gốm Bát Tràng: "Đất phải được ủ đủ ba tháng" Hải Yến - Thứ Tư, 12/11/2025 10:05 (GMT+7) ${BODY}`),
    expected: { title: 'Nghệ nhân làng gốm Bát Tràng: "Đất phải được ủ đủ ba tháng"', author: 'Hải Yến', publishedAt: '2025-11-12T10:05:00+07:00' },
  },
  {
    name: 'a whole interview on one line: a title closed by a quote, an author whose last word would govern a date in lower case (mai), then the date and time',
    text: article(`Giám đốc Sở Nông nghiệp: "Nông dân cần giống tốt và nước tưới" Tuyết Mai 12/10/2025 - 09:15 Chiều thứ Hai (11/10), sở tổ chức hội nghị. ${BODY} Theo Báo Hà Tĩnh`),
    expected: { title: 'Giám đốc Sở Nông nghiệp: "Nông dân cần giống tốt và nước tưới"', author: 'Tuyết Mai', publishedAt: '2025-10-12T09:15:00+07:00', attribution: 'Báo Hà Tĩnh' },
  },
  {
    name: 'not an author: a capitalized word of time after a place closing the title, before a date and time',
    text: article(`Khai trương chợ đêm ở phố cổ Hội An Sáng 12/10/2025 - 19:00 Hàng trăm du khách đã đến. ${BODY}`),
    expected: { author: null },
  },
  {
    name: 'a title closed by a question mark, the author before a dash and the weekday',
    text: article(`Vì sao giá lúa giảm mạnh? Minh Khôi - Thứ Ba, 11/11/2025 08:30 (GMT+7) ${BODY}`),
    expected: { title: 'Vì sao giá lúa giảm mạnh?', author: 'Minh Khôi', publishedAt: '2025-11-11T08:30:00+07:00' },
  },
  {
    name: 'no author: a place after a title closed by a quote',
    text: article(`Ngư dân miền Trung: "Biển đã lặng" Quảng Ngãi - Thứ Ba, 11/11/2025 08:30 (GMT+7) ${BODY}`),
    expected: { author: null, publishedAt: '2025-11-11T08:30:00+07:00' },
  },
  {
    name: 'a title closed by a question mark, its last word no longer governing the time and date after it',
    text: article(`Bao giờ lũ rút, mùa mới tới? 07h15 ngày 6/11/2025 Lượt xem: 1.032 ${BODY}`),
    expected: { title: 'Bao giờ lũ rút, mùa mới tới?', publishedAt: '2025-11-06T07:15:00+07:00', views: 1032 },
  },
  {
    name: 'a whole article on one line: the author, a weekday, the date and a view count closing the byline, the lead in bold',
    text: article(`Hồ chứa nước miền Trung tích đầy trước mùa lũ Thanh Bình Thứ Hai, 10/11/2025 07:45 (GMT+7) | 2.416 lượt xem **Chiều qua, các hồ lớn đã xả điều tiết.** ${BODY}`),
    expected: { title: 'Hồ chứa nước miền Trung tích đầy trước mùa lũ', author: 'Thanh Bình', publishedAt: '2025-11-10T07:45:00+07:00', views: 2416 },
  },
  {
    name: 'a whole article on one line: a view count with its words closing the byline before the lead\'s capital',
    text: article(`Chợ hoa xuân mở cửa sớm 20/01/2025 - 06:30 | 1.058 lượt đọc Những ngày này, ${BODY}`),
    expected: { title: 'Chợ hoa xuân mở cửa sớm', publishedAt: '2025-01-20T06:30:00+07:00', views: 1058 },
  },
  {
    name: 'not a run-on byline: a view count in a sentence after a date, the date governed by nothing but no byline part',
    text: article(`Triển lãm ảnh di sản 20/11/2025 thu hút 5.000 lượt xem Ban tổ chức cho biết sẽ kéo dài. ${BODY}`),
    expected: { publishedAt: null, views: null },
  },
  {
    name: 'a whole article on one line: the author run into the lead after the date, the lead opening with a capital before lower case',
    text: article(`Nông dân Sóc Trăng trúng mùa lúa thơm 08h10 ngày 5/11/2025 Minh Khôi Gần một tháng qua, ${BODY}`),
    expected: { title: 'Nông dân Sóc Trăng trúng mùa lúa thơm', author: 'Minh Khôi', publishedAt: '2025-11-05T08:10:00+07:00' },
  },
  {
    name: 'a whole article on one line: a full name run into the lead after the date, the lead opening with a word never a name\'s',
    text: article(`Bệnh viện tỉnh đưa máy chạy thận mới vào hoạt động 16:05, 12/11/2025 Trần Thu Hà Theo Sở Y tế, ${BODY}`),
    expected: { title: 'Bệnh viện tỉnh đưa máy chạy thận mới vào hoạt động', author: 'Trần Thu Hà', publishedAt: '2025-11-12T16:05:00+07:00' },
  },
  {
    name: 'a dump that ran the lead onto the date line below the title: the author after the time, run into the lead',
    text: article('Cảng cá tấp nập ngày đầu vụ', `12/11/2025 08:15 Bảo Anh Những chuyến tàu đầu tiên đã cập bến. ${BODY}`),
    expected: { author: 'Bảo Anh', publishedAt: '2025-11-12T08:15:00+07:00' },
    kinds: { 1: 'lead' },
  },
  {
    name: 'a whole article on one line: the author after the view count, run into a lead opening with a body\'s name',
    text: article(`Giá phân bón tăng mạnh trước mùa vụ mới Thứ Ba, 18/11/2025 - 10:05 | Lượt xem: 1.764 Khánh Linh Sở Nông nghiệp và Môi trường tỉnh vừa có báo cáo gửi UBND tỉnh. ${BODY}`),
    expected: { title: 'Giá phân bón tăng mạnh trước mùa vụ mới', author: 'Khánh Linh', publishedAt: '2025-11-18T10:05:00+07:00', views: 1764 },
  },
  {
    name: 'a whole article on one line: a full name after the date ending on a given name that heads bodies too, before the lead\'s capital',
    text: article(`Nông dân Sóc Trăng trúng mùa lúa thơm 08h10 ngày 5/11/2025 Lê Quốc Trung Gần một tháng qua, ${BODY}`),
    expected: { title: 'Nông dân Sóc Trăng trúng mùa lúa thơm', author: 'Lê Quốc Trung', publishedAt: '2025-11-05T08:10:00+07:00' },
  },
  {
    name: 'not an author: a body\'s name opening the lead after a run-on byline\'s view count',
    text: article(`Giá phân bón tăng mạnh trước mùa vụ mới Thứ Ba, 18/11/2025 - 10:05 | Lượt xem: 1.764 Sở Nông nghiệp và Môi trường tỉnh vừa có báo cáo. ${BODY}`),
    expected: { author: null, publishedAt: '2025-11-18T10:05:00+07:00', views: 1764 },
  },
  {
    name: 'not an author: a place opening the lead after a run-on byline\'s date',
    text: article(`Nông dân Sóc Trăng trúng mùa lúa thơm 08h10 ngày 5/11/2025 Cần Thơ Hiện có hơn 2.000 hộ trồng lúa thơm. ${BODY}`),
    expected: { author: null, publishedAt: '2025-11-05T08:10:00+07:00' },
  },
  {
    name: 'not an author: a person addressed as Anh opening the lead after a run-on byline\'s date',
    text: article(`Nông dân Sóc Trăng trúng mùa lúa thơm 08h10 ngày 5/11/2025 Anh Lê Văn Tâm cho biết lúa năm nay được giá. ${BODY}`),
    expected: { author: null, publishedAt: '2025-11-05T08:10:00+07:00' },
  },
  {
    name: 'a whole article on one line: the author run into a lead that opens with a part of the day and a date',
    text: article(`Hội Nông dân tỉnh trao thưởng cho 50 hộ sản xuất giỏi 09h30 ngày 5/11/2025 Trần Minh Chiều 4/11, tại nhà văn hóa tỉnh, Hội tổ chức lễ trao thưởng. ${BODY}`),
    expected: { title: 'Hội Nông dân tỉnh trao thưởng cho 50 hộ sản xuất giỏi', author: 'Trần Minh', publishedAt: '2025-11-05T09:30:00+07:00' },
  },
  {
    name: 'no author run into the lead: two capitalized words before a date, a name that may end in a part of the day',
    text: article(`Hội Nông dân tỉnh trao thưởng cho 50 hộ sản xuất giỏi 09h30 ngày 5/11/2025 Minh Sáng 4/11 là ngày hội của nông dân. ${BODY}`),
    expected: { author: null, publishedAt: '2025-11-05T09:30:00+07:00' },
  },
  {
    name: 'not a run-on byline: a quoted name inside the sentence, a word governing the time and date after it',
    text: article(`Triển lãm "Sắc màu Tây Nguyên" mở cửa từ 8h00 ngày 12/10/2025 Khách tham quan được vào miễn phí. ${BODY}`),
    expected: { publishedAt: null, views: null },
  },
  {
    name: 'a whole article on one line: the author run onto the time after the date, the views label after the name',
    text: article(`Đê biển Cà Mau được gia cố trước mùa triều cường 21/11/2025 - 07:05 Hoàng Nam Lượt xem: 2.417 (Tin tức) - ${BODY}`),
    expected: { title: 'Đê biển Cà Mau được gia cố trước mùa triều cường', author: 'Hoàng Nam', publishedAt: '2025-11-21T07:05:00+07:00', views: 2417 },
  },
  {
    name: 'not an author: a dateline\'s city run onto the time after the date',
    text: article(`Đê biển Cà Mau được gia cố trước mùa triều cường 21/11/2025 - 07:05 Cà Mau Lượt xem: 2.417 (Tin tức) - ${BODY}`),
    expected: { author: null, publishedAt: '2025-11-21T07:05:00+07:00', views: 2417 },
  },
  {
    name: 'a run-on byline: the author after a bar, then a bare date',
    text: article(`Mùa hoa tam giác mạch nở rộ | Đức Toàn | 21/11/2025 ${BODY}`),
    expected: { title: 'Mùa hoa tam giác mạch nở rộ', author: 'Đức Toàn', publishedAt: '2025-11-21T00:00:00+07:00' },
  },
  {
    name: 'a run-on byline with a full name of three words before the time',
    text: article(`Nông dân miền Tây trúng mùa xoài Trần Minh Khoa | 06:50, 14/05/2025 ${BODY}`),
    expected: { title: 'Nông dân miền Tây trúng mùa xoài', author: 'Trần Minh Khoa', publishedAt: '2025-05-14T06:50:00+07:00' },
  },
  {
    name: 'a place leading the capitals before the byline is the title\'s, the name after it the author',
    text: article(`Tuyến xe buýt điện mới khai trương tại Đà Nẵng Minh Hà | 08h00 ngày 5/09/2025 ${BODY}`),
    expected: { title: 'Tuyến xe buýt điện mới khai trương tại Đà Nẵng', author: 'Minh Hà', publishedAt: '2025-09-05T08:00:00+07:00' },
  },
  {
    name: 'a run of capitals whose first word is no family name: the title keeps it, the author is the name from its family name',
    text: article(`Đội bóng chuyền nữ Long An giành giải Ba Trần Hải 12/10/2025 - 08:30 ${BODY}`),
    expected: { title: 'Đội bóng chuyền nữ Long An giành giải Ba', author: 'Trần Hải', publishedAt: '2025-10-12T08:30:00+07:00' },
  },
  {
    name: 'a place a preposition governs closing the title, no family name in the run of capitals: the author the last two words, a pen name',
    text: article(`Xét xử vụ tham ô tiền bảo vệ rừng ở Quế Phong Thu Hiền 05/11/2025 - 09:10 Lượt xem: 1.318 ${BODY}`),
    expected: { title: 'Xét xử vụ tham ô tiền bảo vệ rừng ở Quế Phong', author: 'Thu Hiền', publishedAt: '2025-11-05T09:10:00+07:00', views: 1318 },
  },
  {
    name: 'a place the noun before it asks for closing the title, the author from a family name after it',
    text: article(`Khởi công đường ven biển qua tỉnh Bình Định Đặng Khoa 05/10/2025 - 07:20 ${BODY}`),
    expected: { title: 'Khởi công đường ven biển qua tỉnh Bình Định', author: 'Đặng Khoa', publishedAt: '2025-10-05T07:20:00+07:00' },
  },
  {
    name: 'a bank\'s name after its acronym closing the title, a dash before the byline: the author the last two words',
    text: article(`Cổ đông thông qua kế hoạch tăng vốn của Ngân hàng TMCP Sông Hồng Thu Hà - 09h15 ngày 3/10/2025 ${BODY}`),
    expected: { title: 'Cổ đông thông qua kế hoạch tăng vốn của Ngân hàng TMCP Sông Hồng', author: 'Thu Hà', publishedAt: '2025-10-03T09:15:00+07:00' },
  },
  {
    name: 'a body\'s acronym a preposition governs closing the title, the author run into a weekday and the date after it',
    text: article(`Cổ phiếu ngành thép tăng trần trên HNX Minh Khang Thứ Ba, 09/12/2025 14:15 (GMT+7) ${BODY}`),
    expected: { title: 'Cổ phiếu ngành thép tăng trần trên HNX', author: 'Minh Khang', publishedAt: '2025-12-09T14:15:00+07:00' },
  },
  {
    name: 'a body\'s acronym after `của` closing the title, the author before a time and the date',
    text: article(`Dịch sởi lan rộng ở nhiều nước theo cảnh báo của WHO Hải Yến 08h30 ngày 4/12/2025 ${BODY}`),
    expected: { title: 'Dịch sởi lan rộng ở nhiều nước theo cảnh báo của WHO', author: 'Hải Yến', publishedAt: '2025-12-04T08:30:00+07:00' },
  },
  {
    name: 'a term\'s acronym closing the title, a name from a family name after it the author before a time and the date',
    text: article(`Doanh nghiệp xuất khẩu chờ hoàn thuế VAT Phạm Thu 07h30 ngày 4/11/2025 Lượt xem: 1.204 ${BODY}`),
    expected: { title: 'Doanh nghiệp xuất khẩu chờ hoàn thuế VAT', author: 'Phạm Thu', publishedAt: '2025-11-04T07:30:00+07:00', views: 1204 },
  },
  {
    name: 'not an author: a company\'s name after its legal form\'s acronym, a family name opening it',
    text: article(`Khởi công nhà máy mới của Công ty TNHH Lê Phát 8h05 ngày 7/11/2025 ${BODY}`),
    expected: { title: 'Khởi công nhà máy mới của Công ty TNHH Lê Phát', author: null },
  },
  {
    name: 'not an author: two words after a term\'s acronym that no family name opens',
    text: article(`Kỳ vọng mới từ chương trình vốn ODA Minh Khang 8h05 ngày 7/11/2025 ${BODY}`),
    expected: { author: null },
  },
  {
    name: 'not an author: a name after an abbreviated title that a preposition governs',
    text: article(`Đội tuyển bóng đá nữ chia tay với HLV Mai Chung Thứ Ba, 09/12/2025 14:15 ${BODY}`),
    expected: { title: 'Đội tuyển bóng đá nữ chia tay với HLV Mai Chung', author: null },
  },
  {
    name: 'not an author: a bank\'s name after its legal form, no separator before the weekday',
    text: article(`Cổ đông thông qua kế hoạch của Ngân hàng TMCP Sông Hồng Thứ Ba, 09/12/2025 14:15 ${BODY}`),
    expected: { title: 'Cổ đông thông qua kế hoạch của Ngân hàng TMCP Sông Hồng', author: null },
  },
  {
    name: 'not an author: a full name the noun before it asks for, no family name inside it to cut at',
    text: article(`Khán giả tiễn biệt nghệ sĩ Lê Thanh Hoa 10h05 ngày 3/04/2025 ${BODY}`),
    expected: { title: 'Khán giả tiễn biệt nghệ sĩ Lê Thanh Hoa', author: null },
  },
  {
    name: 'not an author: a street named for a person, a family name that is also a word inside it',
    text: article(`Thông xe cầu vượt trên đường Hoàng Văn Thụ 15:20, 27/06/2025 ${BODY}`),
    expected: { title: 'Thông xe cầu vượt trên đường Hoàng Văn Thụ', author: null },
  },
  {
    name: 'not an author: a country closing the title before a run-on byline',
    text: article(`Đội tuyển bóng chuyền nữ thắng Thái Lan | 20h30 ngày 12/08/2025 ${BODY}`),
    expected: { title: 'Đội tuyển bóng chuyền nữ thắng Thái Lan', author: null, publishedAt: '2025-08-12T20:30:00+07:00' },
  },
  {
    name: 'not an author: a name the noun before it asks for (an artist) closing the title',
    text: article(`Khán giả xúc động tiễn biệt nghệ sĩ Thanh Hoa 10h05 ngày 3/04/2025 ${BODY}`),
    expected: { title: 'Khán giả xúc động tiễn biệt nghệ sĩ Thanh Hoa', author: null, publishedAt: '2025-04-03T10:05:00+07:00' },
  },
  {
    name: 'not an author: a bridge\'s name closing the title, before a run-on byline',
    text: article(`Thông xe kỹ thuật cầu Mỹ Lợi | 15:20, 27/06/2025 ${BODY}`),
    expected: { title: 'Thông xe kỹ thuật cầu Mỹ Lợi', author: null },
  },
  {
    name: 'not an author: a run of five capitals before the byline cannot be told apart',
    text: article(`Khai mạc Lễ Hội Hoa Ban Điện Biên | 19h00 ngày 7/03/2025 ${BODY}`),
    expected: { author: null },
  },
  {
    name: 'not a run-on byline: a time and a date the sentence governs, after a name',
    text: article(`Ông Trần Văn Hòa cho biết hội nghị bắt đầu lúc 8h00 ngày 12/10/2025 tại Hà Nội. ${BODY}`),
    expected: { publishedAt: null, author: null },
  },
  {
    name: 'not a run-on byline: a name before a time and a date followed by lower case',
    text: article(`Đoàn công tác của tỉnh gặp ông Lê Minh Sơn 9h30 ngày 12/10/2025 tại trụ sở. ${BODY}`),
    expected: { publishedAt: null, author: null },
  },
  {
    name: 'a byline line of its own with no separator: the author run into the time and the date, then the views',
    text: article('Cảng cá tấp nập ngày đầu vụ', 'Quốc Hưng 07h40 ngày 2/10/2025 Lượt xem: 968', BODY),
    expected: { title: 'Cảng cá tấp nập ngày đầu vụ', author: 'Quốc Hưng', publishedAt: '2025-10-02T07:40:00+07:00', views: 968 },
    kinds: { 1: 'byline' },
  },
  {
    name: 'a byline line of its own: the author run into a weekday and the date',
    text: article('Cảng cá tấp nập ngày đầu vụ', 'Quốc Hưng Thứ Năm, 2/10/2025 - 07:40', BODY),
    expected: { author: 'Quốc Hưng', publishedAt: '2025-10-02T07:40:00+07:00' },
    kinds: { 1: 'byline' },
  },
  {
    name: 'a whole article on one line: the author run into the date, the time after it',
    text: article(`Cảng cá miền Trung tấp nập sau mùa mưa Quốc Hưng 02/10/2025 07:40 ${BODY}`),
    expected: { title: 'Cảng cá miền Trung tấp nập sau mùa mưa', author: 'Quốc Hưng', publishedAt: '2025-10-02T07:40:00+07:00' },
  },
  {
    name: 'a dump that ran the lead onto the byline line below the title: the author opens it, run into the date',
    text: article('Cảng cá tấp nập ngày đầu vụ', `Quốc Hưng 02/10/2025 07:40 Những chuyến tàu đầu tiên đã cập bến. ${BODY}`),
    expected: { title: 'Cảng cá tấp nập ngày đầu vụ', author: 'Quốc Hưng', publishedAt: '2025-10-02T07:40:00+07:00' },
    kinds: { 1: 'lead' },
  },
  {
    name: 'a byline line of its own: the date and time, then the author with no separator',
    text: article('Cảng cá tấp nập ngày đầu vụ', '02/10/2025 07:40 Quốc Hưng', BODY),
    expected: { author: 'Quốc Hưng', publishedAt: '2025-10-02T07:40:00+07:00' },
    kinds: { 1: 'byline' },
  },
  {
    name: 'not a byline line: a date and time, then a person addressed by title in a sentence',
    text: article('Cảng cá tấp nập ngày đầu vụ', '02/10/2025 07:40 Ông Nguyễn Văn An ký quyết định giao đất.', BODY),
    expected: { author: null },
  },
  {
    name: 'not a byline line: a person addressed by title, run into a time and date, in a sentence',
    text: article('Cảng cá tấp nập ngày đầu vụ', 'Ông Nguyễn Văn An 14h20 ngày 3/11/2025 đã ký quyết định giao đất.', BODY),
    expected: { author: null, publishedAt: null },
  },
  {
    name: 'not an author: a place run into the date on the line below the title',
    text: article('Cảng cá tấp nập ngày đầu vụ', 'Hà Nội 02/10/2025 07:40', BODY),
    expected: { author: null, publishedAt: '2025-10-02T07:40:00+07:00' },
  },
  {
    name: 'a run-on byline with `Cập nhật lúc` time and day',
    text: article(`Chợ nổi vào mùa nước nổi Cập nhật lúc 06:20 ngày 21/09/2024 | Lượt xem: 845 ${BODY}`),
    expected: { title: 'Chợ nổi vào mùa nước nổi', publishedAt: '2024-09-21T06:20:00+07:00', views: 845 },
  },
  {
    name: 'not a run-on byline: `cập nhật` in lower case is the title\'s own, with its date',
    text: article('Bảng giá đất được cập nhật 01/01/2025', BODY),
    expected: { title: 'Bảng giá đất được cập nhật 01/01/2025', publishedAt: null },
  },
  {
    name: 'a dump that ran the lead onto the date line below the title: the date and time open the line',
    text: article('Cầu mới nối đôi bờ sông', `03/02/2025 | 16:40 Sau hai năm thi công, cây cầu đã hợp long. ${BODY}`),
    expected: { title: 'Cầu mới nối đôi bờ sông', publishedAt: '2025-02-03T16:40:00+07:00' },
  },
  {
    name: 'a date line run onto the lead, with a weekday',
    text: article('Mùa gặt ở vùng cao', `Thứ Tư, 09/10/2024 07:05 Những thửa ruộng bậc thang đã chín vàng. ${BODY}`),
    expected: { publishedAt: '2024-10-09T07:05:00+07:00' },
  },
  {
    name: 'not a run-on date line: a sentence that opens with a full date, lower case after it',
    text: article('Kỷ niệm ngày thành lập', `03/02/2025 là ngày trường tròn 50 tuổi. ${BODY}`),
    expected: { publishedAt: null },
  },
  {
    name: 'the author and the source run together closing a collapsed dump',
    text: article('Cầu mới nối đôi bờ sông', `03/02/2025 | 16:40 Sau hai năm thi công, cây cầu đã hợp long. ${BODY} Xin cảm ơn bà! Thu Hằng Theo Báo Giao thông`),
    expected: { author: 'Thu Hằng', attribution: 'Báo Giao thông' },
  },
  {
    name: 'the author, a dash and the source on the article\'s last line',
    text: article('Mùa mận hậu Mộc Châu', BODY, 'Lan Phương - Theo Báo Sơn La'),
    expected: { author: 'Lan Phương', attribution: 'Báo Sơn La' },
  },
  {
    name: 'the author with the source in brackets on the last line',
    text: article('Mùa mận hậu Mộc Châu', BODY, 'Lan Phương (Theo Báo Sơn La)'),
    expected: { author: 'Lan Phương', attribution: 'Báo Sơn La' },
  },
  {
    name: 'a last line that names a source after a clause is no author nor source',
    text: article('Mùa mận hậu Mộc Châu', BODY, 'Giá mận tăng - Theo Sở Công Thương, sản lượng giảm'),
    expected: { author: null, attribution: null },
  },
  {
    name: 'a capitalized Theo inside a closing sentence that is no author is no source',
    text: article('Cầu mới nối đôi bờ sông', `${BODY} Xin cảm ơn bà! Giá cước sẽ tăng Theo Bộ Tài chính`),
    expected: { author: null, attribution: null },
  },
  {
    name: 'a news agency\'s tag opening the lead is the source',
    text: article('Xuất khẩu gạo tăng mạnh', '12/08/2024 | 09:30', `(TTXVN) - ${BODY}`),
    expected: { attribution: 'TTXVN', publishedAt: '2024-08-12T09:30:00+07:00' },
  },
  {
    name: 'a news agency\'s tag after a dateline opening the lead',
    text: article('Hội nghị khu vực khai mạc', '05/11/2024 14:00', `Viêng Chăn, 5/11 (TTXVN) - ${BODY}`),
    expected: { attribution: 'TTXVN' },
  },
  {
    name: 'a news agency\'s tag alone opening the lead, with no dash, before a capital',
    text: article('Giá cà phê lập đỉnh mới', '12/08/2024 | 09:30', `(TTXVN) ${BODY}`),
    expected: { attribution: 'TTXVN' },
  },
  {
    name: 'a wire agency\'s tag with no dash opening the lead, a photo credit of another agency elsewhere',
    text: article('Giá cà phê lập đỉnh mới', '12/08/2024 | 09:30', `(Reuters) ${BODY}`, 'Nông dân thu hoạch cà phê tại Đắk Lắk. Ảnh: TTXVN phát', BODY),
    expected: { attribution: 'Reuters' },
  },
  {
    name: 'a news agency\'s bracket with no dash before a lower-case word is no tag',
    text: article('Giá cà phê lập đỉnh mới', '12/08/2024 | 09:30', `(TTXVN) cho biết ${BODY}`),
    expected: { attribution: null },
  },
  {
    name: 'an outlet\'s own tag with no dash opening the lead is no source',
    text: article('Giá cà phê lập đỉnh mới', '12/08/2024 | 09:30', `(Dân trí) ${BODY}`),
    expected: { attribution: null },
  },
  {
    name: 'a photo credit of a news agency alone is no source',
    text: article('Giá cà phê lập đỉnh mới', '12/08/2024 | 09:30', BODY, 'Nông dân thu hoạch cà phê tại Đắk Lắk. Ảnh: TTXVN phát', BODY),
    expected: { attribution: null },
  },
  {
    name: 'an outlet\'s own tag opening the lead is no source',
    text: article('Xuất khẩu gạo tăng mạnh', '12/08/2024 | 09:30', `(Dân trí) - ${BODY}`),
    expected: { attribution: null },
  },
  {
    name: 'a bracketed agency inside the lead is no tag',
    text: article('Xuất khẩu gạo tăng mạnh', '12/08/2024 | 09:30', `Phóng viên Thông tấn xã Việt Nam (TTXVN) cho biết ${BODY}`),
    expected: { attribution: null },
  },
  {
    name: 'a byline printed above the title: the line under it is the title',
    text: article('Hải Yến | 12/11/2025 - 09:40 | Lượt xem: 1.208', 'Giá cà phê lập đỉnh mới, nông dân Đắk Lắk phấn khởi', BODY),
    expected: { title: 'Giá cà phê lập đỉnh mới, nông dân Đắk Lắk phấn khởi', author: 'Hải Yến', publishedAt: '2025-11-12T09:40:00+07:00', views: 1208 },
    kinds: { 0: 'byline', 1: 'title', 2: 'lead' },
  },
  {
    name: 'a byline opening the article with the lead under it: no title',
    text: article('Hải Yến | 12/11/2025 - 09:40', BODY, 'Các đại biểu đã thảo luận sôi nổi.'),
    expected: { title: null, author: 'Hải Yến', publishedAt: '2025-11-12T09:40:00+07:00' },
    kinds: { 0: 'byline' },
  },
  {
    name: 'no byline: only the title',
    text: article('Tin vắn trong ngày', BODY, 'Các đại biểu đã thảo luận sôi nổi.'),
    expected: { title: 'Tin vắn trong ngày', author: null, publishedAt: null, views: null, attribution: null },
    kinds: { 0: 'title', 1: 'lead', 2: 'body' },
  },
  {
    name: 'container hints win',
    text: article('Tiêu đề trong văn bản', 'Người viết: Trần Minh', BODY),
    hints: { title: 'Tiêu đề của trang', author: 'Ban Biên tập', publishedAt: '2023-05-01T08:00:00Z' },
    expected: { title: 'Tiêu đề của trang', author: 'Ban Biên tập', publishedAt: '2023-05-01T08:00:00Z' },
  },
  {
    name: 'a hint without offset gets Vietnam time and seconds',
    text: article('Tiêu đề', BODY),
    hints: { publishedAt: '2022-11-03T14:20' },
    expected: { publishedAt: '2022-11-03T14:20:00+07:00' },
  },
  {
    name: 'a body that starts without a title hint keeps the title line',
    text: article('Tiêu đề bài', BODY),
    hints: { title: 'Tiêu đề bài' },
    expected: { title: 'Tiêu đề bài' },
    kinds: { 0: 'title' },
  },
];
