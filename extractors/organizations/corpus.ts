// Organization examples, written for the project: a sentence, the words inside it, the entity found there
// (`name`, `acronym`), or `null` where no organization may overlap the words. Run by
// tests/corpus/organizations.test.ts.
import type { CorpusExample } from '../../tests/corpus/corpus-types.js';

type OrganizationExample = CorpusExample<'organizations'>;

/** The organization `name` (with `acronym`) found at `words` (default: the name itself). */
const org = (text: string, name: string, acronym: string | null = null, words: string = name): OrganizationExample => ({
  text,
  words,
  expected: { name, acronym },
});

/** No organization may overlap `words`. */
const none = (text: string, words: string): OrganizationExample => ({ text, words, expected: null });

export const organizationExamples: readonly OrganizationExample[] = [
  // Ministries and government bodies, proper-name capitalization.
  org('Bộ Khoa học và Công nghệ vừa công bố kế hoạch mới.', 'Bộ Khoa học và Công nghệ'),
  org('Theo Bộ Tài chính, thu ngân sách tăng mạnh.', 'Bộ Tài chính'),
  // The State Treasury, alone or by its province's office; the common noun `kho bạc` is none.
  org('Theo Kho bạc Nhà nước, vốn đầu tư công giải ngân đạt 61%.', 'Kho bạc Nhà nước'),
  org('Kho bạc Nhà nước Bắc Kạn đã thanh toán cho 40 dự án.', 'Kho bạc Nhà nước Bắc Kạn'),
  org('Kho bạc tỉnh Lạng Sơn chi trả đúng hạn.', 'Kho bạc tỉnh Lạng Sơn'),
  none('Tiền thuế được nộp thẳng vào kho bạc mỗi tháng.', 'kho bạc'),
  org('Bộ Công Thương đã làm việc với các hiệp hội ngành hàng.', 'Bộ Công Thương'),
  org('Đại diện Bộ Tài nguyên và Môi trường phát biểu tại buổi họp.', 'Bộ Tài nguyên và Môi trường'),
  org('Bộ Lao động – Thương binh và Xã hội đề xuất tăng lương tối thiểu.', 'Bộ Lao động – Thương binh và Xã hội'),
  // Two fields of one syllable joined by a dash, then the place: the second (`Lâm`, a family name too) no person's.
  org('Em được nhận vào Trường Trung cấp Nông - Lâm Lào Cai năm 2024.', 'Trường Trung cấp Nông - Lâm Lào Cai'),
  none('Trưởng Khoa Nhi – Lâm Thị Hoa cho biết bệnh nhi đã ổn định.', 'Lâm Thị Hoa'),
  org('Năm nay Bộ Văn hóa, Thể thao và Du lịch tổ chức nhiều hoạt động.', 'Bộ Văn hóa, Thể thao và Du lịch'),
  org('Bộ Giáo dục và Đào tạo giữ ổn định kỳ thi.', 'Bộ Giáo dục và Đào tạo'),
  org('Văn bản được gửi tới Bộ Kế hoạch và Đầu tư để thẩm định.', 'Bộ Kế hoạch và Đầu tư'),
  org('Bộ Y tế khuyến cáo người dân tiêm vắc xin.', 'Bộ Y tế'),
  org('Bộ Ngoại giao cho biết chuyến thăm sẽ diễn ra vào tuần sau.', 'Bộ Ngoại giao'),
  org('Bộ Thông tin và Truyền thông yêu cầu gỡ bỏ tin giả.', 'Bộ Thông tin và Truyền thông'),
  org('Tổng cục Tiêu chuẩn Đo lường Chất lượng chủ trì buổi làm việc.', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng'),
  org('Số liệu do Tổng cục Thống kê công bố sáng nay.', 'Tổng cục Thống kê'),
  org('Tổng cục Hải quan siết chặt kiểm tra hàng nhập khẩu.', 'Tổng cục Hải quan'),
  org('Cục Quản lý thị trường tỉnh Lào Cai đã tịch thu lô hàng.', 'Cục Quản lý thị trường tỉnh Lào Cai'),
  org('Cục Sở hữu trí tuệ tiếp nhận hàng nghìn đơn đăng ký.', 'Cục Sở hữu trí tuệ'),
  org('Vụ Hợp tác quốc tế phối hợp tổ chức đoàn công tác.', 'Vụ Hợp tác quốc tế'),
  org('Chính phủ đã ban hành nghị quyết về phục hồi kinh tế.', 'Chính phủ'),
  org('Quốc hội thông qua luật sửa đổi với đa số phiếu tán thành.', 'Quốc hội'),
  org('Văn phòng Chính phủ thông báo kết luận của Thủ tướng.', 'Văn phòng Chính phủ'),
  org('Ngân hàng Nhà nước Việt Nam giữ nguyên lãi suất điều hành.', 'Ngân hàng Nhà nước Việt Nam'),
  org('Kiểm toán Nhà nước công bố kết quả kiểm toán năm.', 'Kiểm toán Nhà nước'),
  org('Thanh tra Chính phủ đã chuyển hồ sơ sang cơ quan điều tra.', 'Thanh tra Chính phủ'),
  org('Tòa án nhân dân tối cao hướng dẫn áp dụng án lệ.', 'Tòa án nhân dân tối cao'),
  // Local government: lower-case complements and places run on.
  org('UBND tỉnh Quảng Ninh vừa phê duyệt quy hoạch.', 'UBND tỉnh Quảng Ninh'),
  org('Ủy ban nhân dân tỉnh Nghệ An giao chỉ tiêu cho các huyện.', 'Ủy ban nhân dân tỉnh Nghệ An'),
  org('UBND TP.HCM yêu cầu các quận đẩy nhanh giải ngân.', 'UBND TP.HCM'),
  org('Hội đồng nhân dân thành phố Đà Nẵng họp phiên bất thường.', 'Hội đồng nhân dân thành phố Đà Nẵng'),
  org('Sở Y tế Hà Nội ghi nhận thêm nhiều ca bệnh.', 'Sở Y tế Hà Nội'),
  org('Sở Kế hoạch và Đầu tư tỉnh Bình Dương cấp phép cho dự án.', 'Sở Kế hoạch và Đầu tư tỉnh Bình Dương'),
  org('Sở Giáo dục và Đào tạo Cần Thơ công bố điểm chuẩn.', 'Sở Giáo dục và Đào tạo Cần Thơ'),
  org('Công an tỉnh Lạng Sơn triệt phá đường dây buôn lậu.', 'Công an tỉnh Lạng Sơn'),
  // Institutes, schools, centres.
  org('Viện Đo lường Việt Nam hiệu chuẩn thiết bị cho doanh nghiệp.', 'Viện Đo lường Việt Nam'),
  org('Viện Hàn lâm Khoa học và Công nghệ Việt Nam công bố nghiên cứu.', 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam'),
  org('Viện Năng suất Việt Nam tư vấn cho nhiều doanh nghiệp nhỏ.', 'Viện Năng suất Việt Nam'),
  org('Trường Đại học Bách khoa Hà Nội tuyển thêm ngành mới.', 'Trường Đại học Bách khoa Hà Nội'),
  org('Đại học Quốc gia Hà Nội xếp hạng cao trong khu vực.', 'Đại học Quốc gia Hà Nội'),
  org('Sinh viên Trường Đại học Kinh tế Quốc dân đoạt giải.', 'Trường Đại học Kinh tế Quốc dân'),
  org('Học viện Nông nghiệp Việt Nam lai tạo giống lúa mới.', 'Học viện Nông nghiệp Việt Nam'),
  org('Học viện Chính trị quốc gia Hồ Chí Minh khai giảng lớp cao cấp.', 'Học viện Chính trị quốc gia Hồ Chí Minh'),
  org('Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1 thử nghiệm mẫu.', 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng'),
  org('Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo mưa lớn.', 'Trung tâm Dự báo khí tượng thủy văn quốc gia'),
  org('Bệnh viện Bạch Mai tiếp nhận nhiều bệnh nhân nặng.', 'Bệnh viện Bạch Mai'),
  org('Bệnh viện Chợ Rẫy triển khai kỹ thuật ghép tạng.', 'Bệnh viện Chợ Rẫy'),
  // Associations, unions, funds.
  org('Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam kiến nghị giảm thuế.', 'Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam'),
  org('Hiệp hội Dệt may Việt Nam dự báo đơn hàng giảm.', 'Hiệp hội Dệt may Việt Nam'),
  org('Hội Nông dân Việt Nam phát động phong trào thi đua.', 'Hội Nông dân Việt Nam'),
  org('Liên đoàn Bóng đá Việt Nam chốt danh sách cầu thủ.', 'Liên đoàn Bóng đá Việt Nam'),
  org('Tổng Liên đoàn Lao động Việt Nam chăm lo cho công nhân.', 'Tổng Liên đoàn Lao động Việt Nam'),
  org('Liên minh Hợp tác xã Việt Nam góp ý dự thảo.', 'Liên minh Hợp tác xã Việt Nam'),
  org('Quỹ Đổi mới công nghệ quốc gia tài trợ cho đề tài.', 'Quỹ Đổi mới công nghệ quốc gia'),
  org('Phòng Thương mại và Công nghiệp Việt Nam khảo sát doanh nghiệp.', 'Phòng Thương mại và Công nghiệp Việt Nam'),
  org('Mặt trận Tổ quốc Việt Nam kêu gọi ủng hộ đồng bào vùng lũ.', 'Mặt trận Tổ quốc Việt Nam'),
  // Companies and banks.
  org('Tập đoàn Điện lực Việt Nam bảo đảm cung ứng điện mùa khô.', 'Tập đoàn Điện lực Việt Nam'),
  org('Tập đoàn Điện lực Việt Nam bảo đảm cung ứng điện. Lãnh đạo EVN cho biết thêm.', 'Tập đoàn Điện lực Việt Nam', 'EVN', 'EVN'),
  org('Tập đoàn Dầu khí Quốc gia Việt Nam nộp ngân sách vượt kế hoạch.', 'Tập đoàn Dầu khí Quốc gia Việt Nam'),
  org('Tổng công ty Đường sắt Việt Nam tăng chuyến dịp Tết.', 'Tổng công ty Đường sắt Việt Nam'),
  org('Công ty Cổ phần Sữa Việt Nam mở rộng xuất khẩu.', 'Công ty Cổ phần Sữa Việt Nam'),
  org('Công ty TNHH Thép Hòa Phát Dung Quất đạt sản lượng kỷ lục.', 'Công ty TNHH Thép Hòa Phát Dung Quất'),
  org('Ngân hàng TMCP Ngoại thương Việt Nam giảm lãi suất cho vay.', 'Ngân hàng TMCP Ngoại thương Việt Nam'),
  // A joint-stock bank named with and without its kind (`TMCP`) is one bank, under its full name.
  org('Ngân hàng Bắc Sơn báo lãi tăng. Theo báo cáo, Ngân hàng TMCP Bắc Sơn có tổng tài sản tăng 8%.', 'Ngân hàng TMCP Bắc Sơn', null, 'Ngân hàng Bắc Sơn'),
  org('Ngân hàng TMCP Bắc Sơn vừa tăng vốn. Năm nay, Ngân hàng Bắc Sơn mở thêm chi nhánh.', 'Ngân hàng TMCP Bắc Sơn', null, 'Ngân hàng Bắc Sơn mở'),
  // After a body's name of one syllable (a town's) too, `mở` is the verb, no rest of the syllable.
  org('Sở sẽ phối hợp Trường Cao đẳng Huế mở ba lớp bồi dưỡng nghiệp vụ.', 'Trường Cao đẳng Huế'),
  org('Năm học này, Trường Đại học Mở Hà Nội tuyển 5.000 sinh viên.', 'Trường Đại học Mở Hà Nội'),
  org('Ngân hàng Bắc Sơn báo lãi tăng, còn Ngân hàng TMCP Nam Sơn báo lỗ.', 'Ngân hàng Bắc Sơn'),
  org('Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam hỗ trợ nông dân.', 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam'),
  org('Khách hàng của Ngân hàng Thế giới được tư vấn miễn phí.', 'Ngân hàng Thế giới'),
  org('Hợp tác xã Nông nghiệp Thành Công xuất khẩu lô xoài đầu tiên.', 'Hợp tác xã Nông nghiệp Thành Công'),
  // International organizations, by Vietnamese name.
  org('Tổ chức Năng suất Châu Á có trụ sở tại Tokyo.', 'Tổ chức Năng suất Châu Á'),
  org('Tổ chức Y tế Thế giới khuyến nghị đeo khẩu trang.', 'Tổ chức Y tế Thế giới'),
  org('Tổ chức Thương mại Thế giới giải quyết tranh chấp thương mại.', 'Tổ chức Thương mại Thế giới'),
  org('Quỹ Tiền tệ Quốc tế nâng dự báo tăng trưởng.', 'Quỹ Tiền tệ Quốc tế'),
  org('Liên minh châu Âu áp thuế với thép nhập khẩu.', 'Liên minh châu Âu'),
  org('Ủy ban Tư vấn về Tiêu chuẩn và Chất lượng ASEAN họp thường niên.', 'Ủy ban Tư vấn về Tiêu chuẩn và Chất lượng ASEAN'),
  org('Cơ quan Hợp tác Quốc tế Nhật Bản tài trợ dự án cấp nước.', 'Cơ quan Hợp tác Quốc tế Nhật Bản'),
  org('Ban thư ký ASEAN gửi công hàm tới các nước.', 'Ban thư ký ASEAN'),
  // Media outlets.
  org('Báo Nhân Dân đăng tải loạt bài chuyên đề.', 'Báo Nhân Dân'),
  org('Phóng viên Báo Tuổi Trẻ ghi nhận tại hiện trường.', 'Báo Tuổi Trẻ'),
  org('Đài Truyền hình Việt Nam phát sóng trực tiếp sự kiện.', 'Đài Truyền hình Việt Nam'),
  org('Đài Tiếng nói Việt Nam mở thêm kênh phát thanh.', 'Đài Tiếng nói Việt Nam'),
  org('Thông tấn xã Việt Nam đưa tin về cuộc gặp.', 'Thông tấn xã Việt Nam'),
  org('Tạp chí Cộng sản đăng bài viết của Tổng Bí thư.', 'Tạp chí Cộng sản'),
  org('Ông chia sẻ với Tin tức Kinh tế Online (KTO.vn) về kế hoạch.', 'Tin tức Kinh tế Online', 'KTO.vn'),
  org('Ông chia sẻ với Tin tức Kinh tế Online (KTO.vn) về kế hoạch. Theo KTO', 'Tin tức Kinh tế Online', 'KTO.vn', 'Theo KTO'),
  org('Bà trả lời phỏng vấn Nông thôn Ngày nay Online (NTNN.vn) hôm qua.', 'Nông thôn Ngày nay Online', 'NTNN.vn'),
  // The acronym in parentheses after the name, and the acronym alone afterwards.
  org('Tổ chức Năng suất Châu Á (APO) có 21 nền kinh tế thành viên.', 'Tổ chức Năng suất Châu Á', 'APO', 'APO'),
  org('Tổ chức Năng suất Châu Á (APO) thành lập năm 1961. Hiện APO có trụ sở ở Tokyo.', 'Tổ chức Năng suất Châu Á', 'APO', 'Hiện APO'),
  org('Viện Đo lường Việt Nam (VMI) mới đưa vào vận hành phòng thí nghiệm.', 'Viện Đo lường Việt Nam', 'VMI'),
  org('Viện Đo lường Việt Nam (VMI) đã ký thỏa thuận. Theo đại diện VMI, chuẩn quốc gia được duy trì.', 'Viện Đo lường Việt Nam', 'VMI', 'diện VMI'),
  org('Tập đoàn Dệt may Việt Nam (Vinatex) đặt mục tiêu xuất khẩu mới.', 'Tập đoàn Dệt may Việt Nam', 'Vinatex'),
  org('Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP) lo ngại thuế mới.', 'Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam', 'VASEP'),
  org('Ngân hàng Phát triển châu Á (ADB) cho vay ưu đãi.', 'Ngân hàng Phát triển châu Á', 'ADB'),
  // A company's acronym after its unit's name and its own (acronyms/: the company's long form): the run carries it.
  org('Ông Trần Văn Nam, Giám đốc Khối Phân tích Công ty Cổ phần Chứng khoán Hòa Bình (HBS), cho rằng thị trường sẽ giảm.', 'Khối Phân tích Công ty Cổ phần Chứng khoán Hòa Bình', 'HBS'),
  org('Cơ quan Năng lượng Xanh Quốc tế (GEAI) công bố báo cáo.', 'Cơ quan Năng lượng Xanh Quốc tế', 'GEAI'),
  org('Hiệp hội Phần mềm Đông Dương (IDSA) kết nạp hội viên.', 'Hiệp hội Phần mềm Đông Dương', 'IDSA'),
  org('Ngân hàng Nhà nước (NHNN) điều chỉnh tỷ giá trung tâm.', 'Ngân hàng Nhà nước', 'NHNN'),
  org('Phòng Thương mại và Công nghiệp Việt Nam (VCCI) công bố chỉ số.', 'Phòng Thương mại và Công nghiệp Việt Nam', 'VCCI'),
  // A small word inside the name (`trên băng`), the English acronym in brackets confirming it by the country's initial.
  org('Liên đoàn Thể thao trên băng Việt Nam (VISF) vừa bầu ban chấp hành mới.', 'Liên đoàn Thể thao trên băng Việt Nam', 'VISF'),
  none('Hội Doanh nghiệp trong nước Việt Nam (ABC) họp thường niên.', 'trong nước'),
  none('Hiệp hội Sản xuất dưới sự bảo trợ Việt Nam (VPA) ra mắt.', 'dưới sự'),
  org('Hội Tiêu chuẩn Đông Á (HTĐA) họp tại Seoul.', 'Hội Tiêu chuẩn Đông Á', 'HTĐA'),
  // A document named for an organization takes its own acronym (`EUDR` is the union's regulation, not the union).
  org('Quy định mới của Liên minh châu Âu (EU) về rừng. Quy định chống phá rừng của Liên minh châu Âu (EUDR) có hiệu lực. EU cho biết.', 'Liên minh châu Âu', 'EU', 'EU cho'),
  none('Quy định mới của Liên minh châu Âu (EU) về rừng. Quy định chống phá rừng của Liên minh châu Âu (EUDR) có hiệu lực. EUDR yêu cầu truy xuất.', 'EUDR yêu'),
  org('Quy định chống phá rừng của Liên minh châu Âu (EUDR) có hiệu lực. Liên minh châu Âu (EU) cho biết.', 'Liên minh châu Âu', 'EU', 'Liên minh châu Âu (EU)'),
  // An acronym that spells the field after the head (`LĐ-TB&XH` ← `Lao động – Thương binh và Xã hội`) is the
  // field's, not the ministry's; with the head it refers back to the ministry.
  org('Bộ Lao động – Thương binh và Xã hội (LĐ-TB&XH) ban hành thông tư. Lãnh đạo Bộ LĐ-TB&XH cho biết.', 'Bộ Lao động – Thương binh và Xã hội', null, 'Bộ LĐ-TB&XH cho'),
  // An acronym with the name's last words after it is the organization's, and names it alone later.
  org('Đại diện Viện Kiểm sát nhân dân tối cao (VKSND tối cao) phát biểu. Sau đó VKSND tối cao kiến nghị.', 'Viện Kiểm sát nhân dân tối cao', 'VKSND tối cao', 'VKSND tối cao kiến'),
  // Acronym first, long form in parentheses.
  org('APO (Tổ chức Năng suất Châu Á) hỗ trợ đào tạo chuyên gia.', 'Tổ chức Năng suất Châu Á', 'APO', 'APO'),
  org('Đại diện NHTĐ (Ngân hàng Tái thiết Đông Á) phát biểu.', 'Ngân hàng Tái thiết Đông Á', 'NHTĐ', 'NHTĐ'),
  // Well-known acronyms standing alone.
  org('Việt Nam là thành viên tích cực của ASEAN.', 'ASEAN', 'ASEAN'),
  org('Các nước APEC thống nhất tuyên bố chung.', 'APEC', 'APEC'),
  org('Việt Nam gia nhập WTO từ năm 2007.', 'WTO', 'WTO'),
  org('Khuyến nghị của WHO được cập nhật liên tục.', 'WHO', 'WHO'),
  org('Dự án nhận vốn vay từ WB và ADB.', 'WB', 'WB'),
  org('Dự án nhận vốn vay từ WB và ADB.', 'ADB', 'ADB'),
  org('Thị trường EU vẫn là điểm đến lớn của nông sản.', 'EU', 'EU'),
  org('Chuyên gia IMF đánh giá nền kinh tế phục hồi tốt.', 'IMF', 'IMF'),
  org('Chương trình được UNDP tài trợ một phần.', 'UNDP', 'UNDP'),
  org('Theo báo cáo của OECD, năng suất lao động tăng chậm.', 'OECD', 'OECD'),
  org('VCCI vừa gửi kiến nghị lên Chính phủ.', 'VCCI', 'VCCI'),
  org('Sản phẩm được UNESCO ghi danh là di sản.', 'UNESCO', 'UNESCO'),
  // A name and the same name with the country are one organization, under its fuller name; another country's is another.
  org('Ngân hàng Nhà nước tiếp tục giảm lãi suất. Sau đó, Ngân hàng Nhà nước Việt Nam (NHNN) giảm thêm.', 'Ngân hàng Nhà nước Việt Nam', 'NHNN', 'Ngân hàng Nhà nước tiếp'),
  org('Hội Nông dân Việt Nam phát động thi đua. Hội Nông dân cũng kêu gọi ủng hộ.', 'Hội Nông dân Việt Nam', null, 'Hội Nông dân cũng'),
  org('Bộ Y tế Việt Nam và Bộ Y tế Lào ký kết hợp tác.', 'Bộ Y tế Lào'),
  // Short forms that refer back.
  org('Tổng cục Thống kê vừa công bố số liệu. Tổng cục cho biết lạm phát được kiểm soát.', 'Tổng cục Thống kê', null, 'Tổng cục cho'),
  org('Viện Năng suất Việt Nam ký kết hợp tác. Viện sẽ cử chuyên gia hỗ trợ.', 'Viện Năng suất Việt Nam', null, 'Viện sẽ'),
  org('Trung tâm Xúc tiến Thương mại tỉnh mở hội chợ. Trung tâm đã mời 200 doanh nghiệp.', 'Trung tâm Xúc tiến Thương mại tỉnh', null, 'Trung tâm đã'),
  org('Tổng cục Tiêu chuẩn Đo lường Chất lượng có nhiều sáng kiến. Năm nay, Tổng cục TCĐLCL tiếp tục đổi mới.', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng', null, 'Tổng cục TCĐLCL'),
  org('Bộ Khoa học và Công nghệ (Bộ KH&CN) vừa ban hành thông tư. Lãnh đạo Bộ KH&CN cho biết thêm.', 'Bộ Khoa học và Công nghệ', null, 'Bộ KH&CN cho'),
  org('Bộ Khoa học và Công nghệ đã họp. Theo Bộ KH&CN, hồ sơ được xử lý nhanh hơn.', 'Bộ Khoa học và Công nghệ', null, 'Bộ KH&CN,'),
  org('Công ty Cổ phần Sữa Việt Nam báo lãi lớn. Công ty dự kiến chia cổ tức cao.', 'Công ty Cổ phần Sữa Việt Nam', null, 'Công ty dự'),
  org('Ngân hàng Thế giới nâng dự báo. Ngân hàng cũng khuyến nghị cải cách.', 'Ngân hàng Thế giới', null, 'Ngân hàng cũng'),
  org('Hội Bảo vệ người tiêu dùng Hà Nội tiếp nhận phản ánh.', 'Hội Bảo vệ người tiêu dùng Hà Nội'),
  org('Ủy ban Quản lý vốn nhà nước tại doanh nghiệp vào cuộc.', 'Ủy ban Quản lý vốn nhà nước'),
  none('Bộ Công Thương họp. Mưa lớn ở khu vực Bắc Bộ gây ngập.', 'Bắc Bộ'),
  none('Kinh nghiệm ở Đài Bắc cho thấy xe buýt điện cần trạm sạc dày.', 'Đài Bắc'),
  // Coordination: two organizations, not one.
  org('Bộ Tài chính và Bộ Công Thương phối hợp kiểm tra giá.', 'Bộ Tài chính'),
  org('Bộ Tài chính và Bộ Công Thương phối hợp kiểm tra giá.', 'Bộ Công Thương'),
  org('Hội thảo có sự tham gia của Tổng thư ký ASEAN và APO.', 'APO', 'APO'),
  org('Quan hệ giữa ASEAN và APO ngày càng chặt chẽ.', 'ASEAN', 'ASEAN'),
  // The name stops before a person, a title, a verb.
  org('Phó Tổng cục trưởng Tổng cục Thống kê Nguyễn Trung Tiến trả lời báo chí.', 'Tổng cục Thống kê'),
  org('Bộ trưởng Bộ Công Thương Nguyễn Văn Bình và Thứ trưởng Bộ Tài chính cùng dự.', 'Bộ Công Thương'),
  org('Bộ trưởng Bộ Công Thương Nguyễn Văn Bình và Thứ trưởng Bộ Tài chính cùng dự.', 'Bộ Tài chính'),
  org('Giám đốc Sở Tài chính Trần Thị Lan cho biết ngân sách dư.', 'Sở Tài chính'),
  org('Viện Năng suất Việt Nam đã triển khai nhiều dự án.', 'Viện Năng suất Việt Nam'),
  org('Tổng cục Hải quan tại Hà Nội đã họp báo.', 'Tổng cục Hải quan'),
  org('Văn bản của Bộ Y tế gửi các địa phương.', 'Bộ Y tế'),
  org('Chủ tịch Tập đoàn Hòa Phát kiêm Tổng giám đốc công ty con phát biểu.', 'Tập đoàn Hòa Phát'),
  // Events, agreements, places, diseases, standards, titles: not organizations.
  none('Hiệp định Thương mại tự do Việt Nam – Liên minh châu Âu (EVFTA) mở ra cơ hội.', 'Hiệp định Thương mại tự do'),
  none('Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương có hiệu lực.', 'Hiệp định Đối tác Toàn diện'),
  none('Diễn đàn Doanh nghiệp Việt Nam thu hút đông đảo đại biểu.', 'Diễn đàn Doanh nghiệp Việt Nam'),
  none('Hội nghị Thượng đỉnh Kinh tế diễn ra tại Hà Nội.', 'Hội nghị Thượng đỉnh Kinh tế'),
  none('Hội thảo Năng suất Xanh được tổ chức trực tuyến.', 'Hội thảo Năng suất Xanh'),
  none('Chương trình Năng suất Quốc gia giúp doanh nghiệp đổi mới.', 'Chương trình Năng suất Quốc gia'),
  none('Luật Đầu tư sửa đổi có nhiều điểm mới.', 'Luật Đầu tư'),
  none('Giải thưởng Chất lượng Quốc gia được trao cho 30 doanh nghiệp.', 'Giải thưởng Chất lượng Quốc gia'),
  none('Đoàn công tác đã đến Hà Nội và TP Hồ Chí Minh.', 'TP Hồ Chí Minh'),
  // A brand that is no Vietnamese syllable takes no lower-case rest: the verb after it is the clause's.
  org('Tập đoàn Masan đạt lợi nhuận cao trong quý.', 'Tập đoàn Masan'),
  org('Công ty Vinamilk tăng doanh thu xuất khẩu.', 'Công ty Vinamilk'),
  org('Tập đoàn Dầu khí Việt Nam tăng trưởng ổn định.', 'Tập đoàn Dầu khí Việt Nam'),
  // A project board named for the works it builds.
  org('Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Nghệ An đã bàn giao mặt bằng.', 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Nghệ An'),
  org('Ban Quản lý công trình đã nghiệm thu hạng mục cuối.', 'Ban Quản lý công trình'),
  // A coined brand that is the whole name after the head names the company alone later.
  org('Tập đoàn Masan đạt lợi nhuận cao. Năm nay, Masan mở thêm cửa hàng.', 'Tập đoàn Masan', null, 'Masan mở'),
  org('Tập đoàn Viettel đạt doanh thu cao. Viettel cũng đầu tư ra nước ngoài.', 'Tập đoàn Viettel', 'Viettel', 'Viettel cũng'),
  none('Tập đoàn Hòa Phát báo lãi. Ông Hòa đến thăm nhà máy.', 'Hòa đến'),
  // A committee named for the body it serves, one entity with and without it.
  org('Ông Vũ Hồng Thanh, Chủ nhiệm Ủy ban Kinh tế của Quốc hội, phát biểu tại phiên họp.', 'Ủy ban Kinh tế của Quốc hội'),
  org('Hội đồng Dân tộc của Quốc hội họp phiên toàn thể.', 'Hội đồng Dân tộc của Quốc hội'),
  org('Ủy ban Pháp luật của Quốc hội thẩm tra dự án luật.', 'Ủy ban Pháp luật của Quốc hội'),
  org('Ủy ban Kinh tế đề nghị bổ sung. Chủ nhiệm Ủy ban Kinh tế của Quốc hội phát biểu.', 'Ủy ban Kinh tế của Quốc hội', null, 'Ủy ban Kinh tế đề'),
  org('Ủy ban Kinh tế đề nghị bổ sung báo cáo của Chính phủ.', 'Ủy ban Kinh tế'),
  org('Ủy ban Kinh tế đề nghị bổ sung báo cáo của Chính phủ.', 'Chính phủ'),
  none('Các Ủy ban của Quốc hội đã thẩm tra dự án luật.', 'Ủy ban của'),
  org('Bộ Y tế và Bộ Tài chính thống nhất phương án của Chính phủ.', 'Bộ Tài chính'),
  // `Đoàn` heads bodies and is a family name: after an honorific, a person.
  none('Bà Đoàn Thu Hà, Vụ trưởng, cho biết lãi suất ổn định.', 'Đoàn Thu Hà'),
  none('Phóng viên trao đổi với ông Đoàn Văn Khải về dự án.', 'Đoàn Văn Khải'),
  org('Đoàn Luật sư tỉnh Thái Bình tổ chức đại hội.', 'Đoàn Luật sư tỉnh Thái Bình'),
  org('Bà Đoàn Thu Hà, Vụ trưởng Vụ Chính sách tiền tệ, cho biết lãi suất ổn định.', 'Vụ Chính sách tiền tệ'),
  org('Cục Quản lý ngoại hối đã cấp phép cho ba doanh nghiệp.', 'Cục Quản lý ngoại hối'),
  none('Hàng hóa xuất sang Nhật Bản và Hàn Quốc tăng mạnh.', 'Nhật Bản'),
  none('Hàng hóa xuất sang Nhật Bản và Hàn Quốc tăng mạnh.', 'Hàn Quốc'),
  none('Các nền kinh tế châu Á phục hồi nhanh.', 'châu Á'),
  none('Khu vực Đông Nam Á thu hút vốn đầu tư.', 'Đông Nam Á'),
  none('Việt Nam đảm nhận vai trò Chủ tịch năm 2020.', 'Việt Nam'),
  none('Đại dịch Covid-19 gây khó khăn cho sản xuất.', 'Covid-19'),
  none('Doanh nghiệp áp dụng ISO 9001 để nâng chất lượng.', 'ISO 9001'),
  org('Nhóm công tác WG1 họp trực tuyến.', 'Nhóm công tác WG1'),
  none('Chủ tịch WG1 và WG2 điều hành phiên họp.', 'WG1'),
  none('Cách mạng công nghiệp 4.0 tác động đến mọi ngành.', 'công nghiệp 4.0'),
  none('Hội nhập quốc tế về TCĐLCL mang lại nhiều cơ hội.', 'Hội nhập quốc tế về TCĐLCL'),
  none('Phó Tổng cục trưởng trả lời phỏng vấn.', 'Phó Tổng cục trưởng'),
  none('Bộ trưởng đã có buổi làm việc với doanh nghiệp.', 'Bộ trưởng'),
  none('Ban đầu, doanh nghiệp gặp nhiều khó khăn.', 'Ban đầu'),
  none('Trường hợp vi phạm sẽ bị xử lý nghiêm.', 'Trường hợp'),
  none('Báo cáo cho thấy năng suất tăng.', 'Báo cáo'),
  none('Viện dẫn số liệu mới, chuyên gia cho rằng kinh tế phục hồi.', 'Viện dẫn'),
  none('Các ngân hàng thương mại đã giảm lãi suất.', 'ngân hàng thương mại'),
  none('Nhiều công ty nhỏ gặp khó khăn về vốn.', 'công ty nhỏ'),
  none('Đài Loan là đối tác thương mại lớn.', 'Đài Loan'),
  none('Du khách đến Hội An ngày càng đông.', 'Hội An'),
  none('Ông trả lời phỏng vấn sau khi đi khảo sát.', 'trả lời phỏng vấn'),
  none('Tổng cục đã làm việc với các đối tác.', 'Tổng cục'),
  none('Các Ủy ban chuyên ngành được giao nhiệm vụ.', 'Ủy ban'),
  none('Bộ phận kỹ thuật kiểm tra máy móc.', 'Bộ phận'),
  none('Hội viên được hưởng nhiều quyền lợi.', 'Hội viên'),
  none('Sở dĩ giá tăng là do nguồn cung giảm.', 'Sở dĩ'),
  none('Công nghiệp hỗ trợ được đầu tư mạnh mẽ.', 'Công nghiệp hỗ trợ'),
  none('Theo Nghị định 15/2018/NĐ-CP, doanh nghiệp tự công bố sản phẩm.', 'Nghị định 15/2018/NĐ-CP'),
  none('Năm vừa qua, kinh tế tăng trưởng khá.', 'Năm vừa qua'),
  none('Ông Nguyễn Văn An cho biết kế hoạch đã sẵn sàng.', 'Nguyễn Văn An'),
  none('Người dân tỉnh Quảng Ninh đón nhiều du khách.', 'tỉnh Quảng Ninh'),
  none('Thành phố Hồ Chí Minh dẫn đầu về thu hút vốn.', 'Thành phố Hồ Chí Minh'),
  none('Các mục tiêu phát triển bền vững (SDGs) được lồng ghép vào kế hoạch.', 'SDGs'),
  // A name goes on in lower case where a place, an acronym or a proper word closes it a few words on.
  org('Theo Trung tâm Kiểm soát bệnh tật tỉnh Bình Dương, số ca mắc giảm.', 'Trung tâm Kiểm soát bệnh tật tỉnh Bình Dương'),
  org('Học viên tập trung tại Trung tâm Huấn luyện bóng chuyền trẻ VTV từ đầu tháng.', 'Trung tâm Huấn luyện bóng chuyền trẻ VTV'),
  org('Sản phẩm do Tổng công ty Thiết bị điện tử cao cấp Sao Mai phát triển.', 'Tổng công ty Thiết bị điện tử cao cấp Sao Mai'),
  org('Cục Hàng không Việt Nam vừa yêu cầu các hãng bay báo cáo.', 'Cục Hàng không Việt Nam'),
  org('Hội đồng Bảo an Liên hợp quốc đã nhóm họp khẩn cấp.', 'Hội đồng Bảo an Liên hợp quốc'),
  org('Quỹ Dân số Liên hợp quốc hỗ trợ các tỉnh miền núi.', 'Quỹ Dân số Liên hợp quốc'),
  org('Ban Quản lý dự án giao thông tỉnh đã bàn giao mặt bằng.', 'Ban Quản lý dự án giao thông tỉnh'),
  org('Ban Quản lý dự án giao thông tỉnh bạn đã bàn giao mặt bằng.', 'Ban Quản lý dự án giao thông'),
  none('Bộ Y tế khuyến cáo người dân Hà Nội không chủ quan.', 'khuyến cáo người dân Hà Nội'),
  none('Công ty Điện lực kiểm tra trạm biến áp Hòa Bình.', 'kiểm tra trạm biến áp'),
  none('Trường Đại học Y khoa chào đón tân sinh viên Lào.', 'chào đón tân sinh viên'),
  none('Trung tâm Văn hóa chào mừng nghệ sĩ Trần Bình trở về.', 'nghệ sĩ Trần Bình'),
  none('Sở Giao thông vận tải vừa mời Bộ Tài chính góp ý.', 'vừa mời'),
  // A person's name after the organization is no part of it, also where a given name is a country (`Đức`).
  org('Thứ trưởng Bộ Xây dựng Lê Đức Thành phát biểu khai mạc.', 'Bộ Xây dựng'),
  none('Thứ trưởng Bộ Xây dựng Lê Đức Thành phát biểu khai mạc.', 'Lê Đức Thành phát biểu'),
  org('Phó Thủ tướng Chính phủ Lê Minh Tâm chủ trì cuộc họp.', 'Chính phủ'),
  none('Phó Thủ tướng Chính phủ Lê Minh Tâm chủ trì cuộc họp.', 'Lê Minh Tâm'),
  org('Người phát ngôn Bộ Ngoại giao Pháp Anne Claire trả lời báo chí.', 'Bộ Ngoại giao Pháp'),
  none('Người phát ngôn Bộ Ngoại giao Pháp Anne Claire trả lời báo chí.', 'Anne Claire'),
  org('Bộ Văn hóa, Thể thao và Du lịch vừa công bố lễ hội.', 'Bộ Văn hóa, Thể thao và Du lịch'),
  // The holder named before the title (apposition): the capitalized words at the end of the name are its own; a
  // place before the comma is no holder.
  org('Phóng viên trao đổi với bà Trần Thị Thu Hiền, Tổng giám đốc Công ty Cổ phần Cà phê Cao Nguyên Xanh, đơn vị thành viên của tập đoàn.', 'Công ty Cổ phần Cà phê Cao Nguyên Xanh'),
  // Officials listed one after another: the name closing the first post holds none of the next, so a foreign name
  // after the next body is cut off it.
  org('Dự lễ có Giám đốc Sở Công Thương Lê Văn Hòa, Thứ trưởng Bộ Nội vụ Phạm Thị Thanh Trà cùng nhiều doanh nghiệp.', 'Bộ Nội vụ'),
  org('Dự lễ có Giám đốc Sở Công Thương Lê Văn Hòa, Thứ trưởng Bộ Ngoại giao Séc Jiří Kozák cùng nhiều doanh nghiệp.', 'Bộ Ngoại giao Séc'),
  org('Sáng nay, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Khoa đã tiếp đoàn.', 'Bộ Ngoại giao'),
  none('Sáng nay, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Khoa đã tiếp đoàn.', 'Nguyễn Minh Khoa'),
  // A law is named for its subject: an organization's name right after `Luật` names the law. Decrees and
  // resolutions are named for their issuer, which is an organization.
  none('Tòa án sẽ hoàn thành dự thảo Luật Tổ chức Tòa án nhân dân (sửa đổi) để trình Quốc hội.', 'Tổ chức Tòa án nhân dân'),
  none('Theo Luật Ngân hàng Nhà nước Việt Nam, lãi suất do thị trường quyết định.', 'Ngân hàng Nhà nước Việt Nam'),
  org('Theo Nghị quyết Quốc hội về thí điểm, tỉnh được giữ lại nguồn thu.', 'Quốc hội'),
  org('Thông tư 02/2023 của Ngân hàng Nhà nước cho phép cơ cấu lại nợ.', 'Ngân hàng Nhà nước'),
  // Theatres, museums, embassies, courts with their seat after `tại`.
  org('Nhà hát Tuổi trẻ mở màn mùa diễn mới.', 'Nhà hát Tuổi trẻ'),
  org('Bảo tàng Lịch sử Quốc gia trưng bày nhiều hiện vật quý.', 'Bảo tàng Lịch sử Quốc gia'),
  // Historic sites (`di tích`, `danh thắng`), a field a managing board is named for, then its bare level.
  org('Năm tới, Ban Quản lý di tích huyện, đơn vị trực thuộc UBND huyện, sẽ tu bổ ba ngôi đình.', 'Ban Quản lý di tích huyện'),
  org('Ban Quản lý di tích tỉnh đang lập hồ sơ xếp hạng cho chùa Cổ Am.', 'Ban Quản lý di tích tỉnh'),
  org('Du khách được Ban Quản lý di tích Côn Sơn - Kiếp Bạc đón từ sáng sớm.', 'Ban Quản lý di tích Côn Sơn - Kiếp Bạc'),
  none('Nhiều di tích tỉnh, thành phố đang xuống cấp nghiêm trọng.', 'di tích tỉnh'),
  org('Đại sứ quán Việt Nam tại Nhật Bản tổ chức lễ kỷ niệm.', 'Đại sứ quán Việt Nam tại Nhật Bản'),
  org('Vụ án được Tòa án nhân dân cấp cao tại Đà Nẵng thụ lý.', 'Tòa án nhân dân cấp cao tại Đà Nẵng'),
  // A court's acronym defined before its rank and seat: the name runs on through them.
  org('Sáng nay, Tòa án nhân dân (TAND) cấp cao tại Hà Nội mở phiên phúc thẩm.', 'Tòa án nhân dân cấp cao tại Hà Nội', null, 'Tòa án nhân dân (TAND) cấp cao tại Hà Nội'),
  none('Bị cáo kháng cáo lên Tòa án nhân dân (TAND) cấp cao hơn để xin giảm án.', 'cấp cao hơn'),
  // A court or procuracy by its usual acronym, with its level and place or its rank and seat.
  org('Hồ sơ vụ việc đã được chuyển tới TAND huyện Cẩm Giàng để thụ lý.', 'TAND huyện Cẩm Giàng'),
  org('Đại diện VKSND cấp cao tại Hà Nội đề nghị giữ nguyên bản án.', 'VKSND cấp cao tại Hà Nội'),
  org('Viện kiểm sát nhân dân (VKSND) tỉnh Bắc Giang kháng nghị. Sau đó, VKSND tỉnh Bắc Giang rút kháng nghị.', 'Viện kiểm sát nhân dân tỉnh Bắc Giang', null, 'VKSND tỉnh Bắc Giang'),
  none('Luật sư cho rằng vụ việc nên được đưa lên TAND cấp cao hơn.', 'TAND cấp cao hơn'),
  // The Party's organization of a level and place, also inside its congress's name; not the bare word of a slogan.
  org('Tại Đại hội Đảng bộ xã Hòa Bình lần thứ nhất, ông Lò Văn Hải trúng cử Bí thư.', 'Đảng bộ xã Hòa Bình'),
  org('Ông Đinh Văn Tú, Phó Bí thư Đảng bộ Khối cơ quan tỉnh, dự hội nghị.', 'Đảng bộ Khối cơ quan tỉnh'),
  none('Xây dựng Đảng bộ trong sạch, vững mạnh là nhiệm vụ hàng đầu.', 'Đảng bộ'),
  none('Các xã đang chuẩn bị Đại hội Đảng bộ các cấp.', 'Đảng bộ'),
  none('Các TAND đã giải quyết xong phần lớn đơn khởi kiện.', 'TAND'),
  // The supreme court and procuracy by their acronyms and `tối cao`, whole by themselves, as when spelled out.
  org('Tại hội nghị, ông Lò Văn Hải, Phó Chánh án TAND tối cao, phát biểu.', 'TAND tối cao'),
  org('Tỷ lệ án bị hủy thấp hơn mức VKSND tối cao giao cho tỉnh Hòa Bình.', 'VKSND tối cao'),
  org('Viện kiểm sát nhân dân tối cao ban hành chỉ thị. Ông Đinh Văn Tú, Phó Viện trưởng VKSND tối cao, dự.', 'Viện kiểm sát nhân dân tối cao', null, 'VKSND tối cao'),
  // A bracketed short form headed by the head's acronym is the body's acronym, no second body.
  org('Tòa án nhân dân tỉnh Long An (TAND tỉnh Long An) xử sơ thẩm. Tuần sau, TAND tỉnh Long An tuyên án.', 'Tòa án nhân dân tỉnh Long An', 'TAND tỉnh Long An', 'TAND tỉnh Long An tuyên'),
  org('Ủy ban nhân dân thành phố Vinh (UBND thành phố Vinh) họp. Sau đó UBND thành phố Vinh ra quyết định.', 'Ủy ban nhân dân thành phố Vinh', 'UBND thành phố Vinh', 'UBND thành phố Vinh ra'),
  // A body named with and without `tỉnh` before its province is one body, named with the level.
  org('Sở Tài chính Hà Giang họp báo. Theo Sở Tài chính tỉnh Hà Giang, thu ngân sách tăng.', 'Sở Tài chính tỉnh Hà Giang', null, 'Sở Tài chính Hà Giang'),
  org('Công an thành phố Cần Thơ cho biết vụ việc đang được điều tra; Công an Cần Thơ sẽ thông tin sau.', 'Công an thành phố Cần Thơ', null, 'Công an Cần Thơ'),
  org('Sở Tài chính Hà Giang họp với Sở Tài chính tỉnh Hà Nam về hồ sơ.', 'Sở Tài chính Hà Giang'),
  // A body named with its bare level and with the level and its province: one body, when one province is named.
  org('Trung tâm Y tế tỉnh vừa nhận thiết bị. Giám đốc Trung tâm Y tế tỉnh Lai Châu cho biết thêm.', 'Trung tâm Y tế tỉnh Lai Châu', null, 'Trung tâm Y tế tỉnh'),
  org('Trung tâm Y tế tỉnh Lai Châu và Trung tâm Y tế tỉnh Điện Biên phối hợp; Trung tâm Y tế tỉnh cử bác sĩ.', 'Trung tâm Y tế tỉnh Điện Biên', null, 'Trung tâm Y tế tỉnh Điện Biên'),
  // A local council's committee named with the council's acronym and bare level, whatever verb follows.
  org('Báo cáo của Ban Pháp chế HĐND tỉnh do ông Hùng trình bày.', 'Ban Pháp chế HĐND tỉnh'),
  org('Ông Lâm, Trưởng Ban Dân tộc HĐND tỉnh trình bày tờ trình.', 'Ban Dân tộc HĐND tỉnh'),
  none('Ban Pháp chế HĐND tỉnh này chưa họp.', 'tỉnh này'),
  // A managing board and the park it runs are one body, named by the board; `Ban Quản lý` alone refers back to it.
  org('Vườn quốc gia Bạch Mã có nhiều loài quý. Ông Hải, Giám đốc Ban Quản lý Vườn quốc gia Bạch Mã, cho biết vậy.', 'Ban Quản lý Vườn quốc gia Bạch Mã', null, 'Vườn quốc gia Bạch Mã'),
  org('Ban Quản lý Vườn quốc gia Cát Tiên cho biết số voi tăng. Ban Quản lý sẽ lắp thêm bẫy ảnh.', 'Ban Quản lý Vườn quốc gia Cát Tiên', null, 'Ban Quản lý'),
  org('Ban Quản lý Vườn quốc gia Cát Tiên và Ban Quản lý Khu bảo tồn Bình Châu ký kết; Ban Quản lý hai bên sẽ họp.', 'Ban Quản lý Khu bảo tồn Bình Châu'),
  org('Vườn quốc gia Cát Tiên đón khách; Ban Quản lý Khu bảo tồn Bình Châu mở tuyến mới.', 'Vườn quốc gia Cát Tiên'),
  none('Viện Năng suất tổ chức hội thảo tại Hà Nội.', 'tại Hà Nội'),
  // A district or commune the gazetteer does not list, and an acronym in brackets before it.
  org('Công an huyện Quế Phong đã tiếp nhận vụ việc.', 'Công an huyện Quế Phong'),
  org('Ủy ban nhân dân (UBND) xã Tân Phú đã cấp phép.', 'Ủy ban nhân dân xã Tân Phú', null, 'Ủy ban nhân dân (UBND) xã Tân Phú'),
  // The head's acronym in brackets right after it, its letters the head's initials, then the name goes on.
  org('Hợp tác xã (HTX) Dịch vụ Nông nghiệp Phú An vừa ký hợp đồng.', 'Hợp tác xã Dịch vụ Nông nghiệp Phú An', null, 'Hợp tác xã (HTX) Dịch vụ Nông nghiệp Phú An'),
  none('Trung tâm (ABC) Kỹ thuật Đo lường vừa mở cửa.', 'Kỹ thuật Đo lường'),
  none('Hợp tác xã (HTX) đã họp đại hội thành viên.', 'đã họp'),
  org('Ủy ban nhân dân (UBND) xã Tân Phú đã cấp phép. Sau đó, UBND xã Tân Phú thu hồi.', 'Ủy ban nhân dân xã Tân Phú', null, 'UBND xã Tân Phú'),
  // The short form first (a headline), the name spelled out with its acronym after: one body, the spelled-out name.
  org('UBND xã Hòa Bình lo nước sạch. Sáng nay, Ủy ban nhân dân (UBND) xã Hòa Bình khởi công bể chứa.', 'Ủy ban nhân dân xã Hòa Bình', null, 'UBND xã Hòa Bình lo'),
  org('UBND xã Hòa Bình lo nước sạch. Ủy ban nhân dân (UBND) xã An Lạc cũng họp.', 'UBND xã Hòa Bình', null, 'UBND xã Hòa Bình lo'),
  // After the field words too, before a place inside the country; the head and the acronym alone then refer to it.
  org('Sở Giao thông vận tải (GTVT) TP.HCM khởi công nút giao.', 'Sở Giao thông vận tải TP.HCM', null, 'Sở Giao thông vận tải (GTVT) TP.HCM'),
  org('Sở Giao thông vận tải (GTVT) TP.HCM khởi công nút giao. Trong thời gian thi công, Sở GTVT sẽ phân luồng.', 'Sở Giao thông vận tải TP.HCM', null, 'Sở GTVT sẽ'),
  org('Quỹ Nhi đồng Liên hợp quốc (UNICEF) Việt Nam hỗ trợ vắc xin.', 'Quỹ Nhi đồng Liên hợp quốc', 'UNICEF'),
  // A head, an acronym and field words refer back to the name with those words (`QLDA` ← `Quản lý dự án`).
  org('Ông Tường, Giám đốc Ban Quản lý dự án đường sắt (Ban QLDA đường sắt) thuộc Bộ Giao thông vận tải.', 'Ban Quản lý dự án đường sắt', null, 'Ban QLDA đường sắt'),
  // ... and a number, one body of many alike, defined whole: the short form written anywhere is that body.
  org('Bà Lan, Phó Giám đốc Ban Quản lý dự án 7 (Ban QLDA 7), cho biết tiến độ.', 'Ban Quản lý dự án 7', 'Ban QLDA 7'),
  org('Bà Lan, Phó Giám đốc Ban Quản lý dự án 7 (Ban QLDA 7), cho biết tiến độ.', 'Ban Quản lý dự án 7', 'Ban QLDA 7', 'Ban QLDA 7'),
  org('Ban Quản lý dự án 7 (Ban QLDA 7) đã xong. Ban QLDA 7 đề nghị tỉnh hỗ trợ.', 'Ban Quản lý dự án 7', 'Ban QLDA 7', 'Ban QLDA 7 đề'),
  org('Ban QLDA 7 đề nghị tỉnh hỗ trợ thêm mỏ cát.', 'Ban QLDA 7'),
  org('Sở GTVT 3 ca trực đêm nay.', 'Sở GTVT', null, 'Sở GTVT'),
  // A short name of capitalized words in brackets after the full name is the name it goes by; an organization, a
  // place or a person in brackets is not.
  org('Vụ phối hợp với Liên hiệp Hợp tác xã Thương mại TP.HCM (Saigon Co.op) và các siêu thị.', 'Liên hiệp Hợp tác xã Thương mại TP.HCM', 'Saigon Co.op', 'Saigon Co.op'),
  // `và` and a second field close the name before `thuộc` and its parent, or `do` and a passive clause's agent; the
  // second field may be a set phrase whose halves a comma parts, capitalized (`Phòng, chống thiên tai`).
  org('Trung tâm An toàn hóa chất và hạt nhân thuộc Bộ Công Thương đã thẩm định.', 'Trung tâm An toàn hóa chất và hạt nhân'),
  org('Đoàn của Cục Quản lý đê điều và Phòng, chống thiên tai do Cục trưởng Lê Văn Lâm dẫn đầu.', 'Cục Quản lý đê điều và Phòng, chống thiên tai'),
  none('Vụ Khoa học công nghệ và doanh nghiệp trong nước đã trao đổi.', 'doanh nghiệp trong nước'),
  // `Vụ` opening a sentence before a season or a crop is the season, not a ministry's department.
  none('Giá hoa tăng mạnh. Vụ Tết năm nay, nông dân trồng thêm 5 ha.', 'Vụ Tết'),
  none('Vụ lúa hè thu năm nay cho năng suất cao.', 'Vụ lúa'),
  org('Vụ Hợp tác quốc tế đã chuẩn bị hồ sơ.', 'Vụ Hợp tác quốc tế'),
  // A province's newspaper merged with its radio and television: `Báo và Phát thanh, Truyền hình` and the place.
  org('Báo và Phát thanh, Truyền hình Quảng Trị ra mắt giao diện mới.', 'Báo và Phát thanh, Truyền hình Quảng Trị'),
  none('Báo và Phát thanh, truyền hình đều giảm quảng cáo.', 'Phát thanh'),
  // A profession right after an association's head names its members, no person's title.
  org('Hội Nhà báo tỉnh Quảng Trị tổ chức lớp tập huấn.', 'Hội Nhà báo tỉnh Quảng Trị'),
  org('Đoàn Luật sư tỉnh Quảng Trị cử người bào chữa.', 'Đoàn Luật sư tỉnh Quảng Trị'),
  none('Theo Hội Luật sư Nguyễn Văn An, vụ án còn nhiều tình tiết.', 'Nguyễn Văn An'),
  // A short name that keeps the name's own last words, a place's name too, and adds a word of its own.
  org('Công ty Đấu giá hợp danh Quốc gia Nam Á (Nam Á Auction) tổ chức phiên mới. Nam Á Auction cho biết.', 'Công ty Đấu giá hợp danh Quốc gia Nam Á', 'Nam Á Auction', 'Nam Á Auction'),
  none('Công ty Xuất nhập khẩu Nam Á (Nam Á) tổ chức phiên mới.', 'Nam Á)'),
  org('Cục Y tế dự phòng (Bộ Y tế) khuyến cáo phụ huynh.', 'Bộ Y tế'),
  org('Công ty Samsung Electronics (Hàn Quốc) mở rộng nhà máy.', 'Công ty Samsung Electronics', null),
  // A company's brand, the capitalized words that end its name, names it alone afterwards; not a place, not one
  // word, not after an honorific.
  org('Bà Trần Thị Thu Hiền, Tổng giám đốc Công ty Cổ phần Cà phê Cao Nguyên Xanh, cho biết. Năm 2023, Cao Nguyên Xanh xuất khẩu 18.500 tấn.', 'Công ty Cổ phần Cà phê Cao Nguyên Xanh', null, 'Cao Nguyên Xanh xuất'),
  org('Tập đoàn Central Retail mở thêm siêu thị. Năm nay, Central Retail dự kiến tăng hàng Việt.', 'Tập đoàn Central Retail', null, 'Central Retail dự'),
  none('Tập đoàn Điện lực Việt Nam bảo đảm điện. Năm nay, Việt Nam tăng trưởng khá.', 'Việt Nam tăng'),
  org('Tổng công ty Giải pháp doanh nghiệp Viettel triển khai phần mềm. Năm nay, Viettel mở rộng mạng 5G.', 'Viettel', 'Viettel', 'Viettel mở'),
  none('Công ty TNHH Nguyễn Kim mở cửa hàng mới. Theo ông Nguyễn Kim, doanh số tăng.', 'Nguyễn Kim, doanh'),
  // One university with and without `Trường`; acronyms with a place; groups and outlets known by name.
  org('Trường Đại học Mỏ Hà Nội (HUMG) khai giảng. Sinh viên Đại học Mỏ Hà Nội nhập học.', 'Trường Đại học Mỏ Hà Nội', 'HUMG', 'viên Đại học Mỏ Hà Nội'),
  // `ĐH`, `CĐ` after `Trường`: the school's kind written short, one school with its spelled-out name.
  org('Trường ĐH Thủy lợi Miền Nam mở ngành mới. Năm nay, Trường Đại học Thủy lợi Miền Nam (SWU) tuyển 900 sinh viên.', 'Trường Đại học Thủy lợi Miền Nam', 'SWU', 'Trường ĐH Thủy lợi Miền Nam'),
  org('Trường CĐ Nghề Phú Yên khai giảng. Trường Cao đẳng Nghề Phú Yên có 40 giáo viên.', 'Trường Cao đẳng Nghề Phú Yên', null, 'Trường CĐ Nghề Phú Yên'),
  org('Trường ĐH Thủy lợi Miền Nam mở ngành mới. Trường Đại học Thủy lợi Miền Bắc cũng vậy.', 'Trường Đại học Thủy lợi Miền Bắc'),
  org('Trung tâm Kiểm soát bệnh tật TP Cần Thơ (CDC Cần Thơ) cho biết. CDC Cần Thơ khuyến cáo người dân.', 'Trung tâm Kiểm soát bệnh tật TP Cần Thơ', 'CDC Cần Thơ', 'CDC Cần Thơ khuyến'),
  org('Hội nghị thượng đỉnh G20 năm nay bàn về nợ công.', 'G20', 'G20'),
  org('Theo VnExpress, giá điện sẽ điều chỉnh.', 'VnExpress', 'VnExpress'),
  none('Hệ thống được chứng nhận ISO/IEC 27001:2013.', 'ISO/IEC 27001:2013'),
  // Regions by direction, branches, particles after a place, the interviewer's label on a collapsed line.
  org('Cục Hải quan khu vực phía Bắc kiểm tra lô hàng.', 'Cục Hải quan khu vực phía Bắc'),
  org('Viện Vệ sinh dịch tễ khu vực phía Nam cảnh báo dịch bệnh.', 'Viện Vệ sinh dịch tễ khu vực phía Nam'),
  org('Ngân hàng Nhà nước chi nhánh tỉnh Quảng Ninh đã làm việc với các ngân hàng.', 'Ngân hàng Nhà nước chi nhánh tỉnh Quảng Ninh'),
  org('Ủy ban nhân dân thành phố Thủ Dầu Một vừa họp.', 'Ủy ban nhân dân thành phố Thủ Dầu Một'),
  none('Ủy ban nhân dân thành phố Thủ Dầu Một vừa họp.', 'vừa họp'),
  none('Bộ Y tế hỗ trợ tỉnh Nghệ An thêm vắc xin.', 'hỗ trợ tỉnh Nghệ An'),
  org('Ông Lâm, Cục trưởng Cục Đường thủy Việt Nam PV: Thưa ông, kế hoạch năm nay thế nào?', 'Cục Đường thủy Việt Nam'),
  none('Ông Lâm, Cục trưởng Cục Đường thủy Việt Nam PV: Thưa ông, kế hoạch năm nay thế nào?', 'PV'),
  // The lower-case words end at a verb; a capitalized field word after them is an object, not the name's end.
  none('Trường Đại học Ngoại thương tuyển sinh ngành Kinh tế đối ngoại.', 'tuyển sinh ngành Kinh tế'),
  none('Tổng cục Thuế yêu cầu Grab Việt Nam nộp thuế.', 'yêu cầu Grab'),
  org('Theo Trung tâm An ninh mạng Viettel cho biết, số vụ tấn công giảm.', 'Trung tâm An ninh mạng Viettel'),
  org('Ban Chỉ đạo phòng chống thiên tai Trung ương họp khẩn.', 'Ban Chỉ đạo phòng chống thiên tai Trung ương'),
  // Civil defence as the field a command board is named for, its province after it.
  org('Ban Chỉ huy phòng thủ dân sự tỉnh Hà Giang yêu cầu sơ tán dân.', 'Ban Chỉ huy phòng thủ dân sự tỉnh Hà Giang'),
  org('Ban Chỉ huy phòng thủ dân sự huyện Mèo Vạc đã trực ban suốt đêm.', 'Ban Chỉ huy phòng thủ dân sự huyện Mèo Vạc'),
  none('Lực lượng phòng thủ dân sự được huy động.', 'phòng thủ dân sự'),
  // Fields listed with commas and `và`, the acronym in brackets after the last closing the name.
  org('Theo Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07), số vụ cháy giảm.', 'Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'C07'),
  org('Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07) kiểm tra chung cư.', 'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'PC07'),
  none('Cục Cảnh sát phòng cháy, chữa cháy các nơi đều được trang bị xe thang.', 'chữa cháy các'),
  org('Cán bộ Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Hà Nam kiểm tra kho hàng.', 'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Hà Nam'),
  org('Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ, theo báo cáo, đã có mặt.', 'Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ'),
  org('Trung tâm Giám sát, điều hành đô thị thông minh (IOC) của tỉnh vận hành từ tháng 5.', 'Trung tâm Giám sát, điều hành đô thị thông minh', 'IOC'),
  none('Trung tâm Giám sát, điều hành và các sở cùng tham dự.', 'điều hành'),
  // A set phrase whose halves a comma parts (`phòng, chống`, `tìm kiếm, cứu nạn`) is one field of the name:
  // capitalized right after the head, else with its field up to a bracketed acronym or a place closing the name.
  org('Sáng nay, Ban Chỉ đạo Phòng, chống dịch bệnh tỉnh Hà Tĩnh đã họp khẩn.', 'Ban Chỉ đạo Phòng, chống dịch bệnh tỉnh Hà Tĩnh'),
  org('Đội Tìm kiếm, cứu hộ thành phố Đà Nẵng đã xuất phát.', 'Đội Tìm kiếm, cứu hộ thành phố Đà Nẵng'),
  org('Lực lượng của Trung tâm Cứu hộ, cứu nạn đường thủy Việt Nam đã có mặt.', 'Trung tâm Cứu hộ, cứu nạn đường thủy Việt Nam'),
  org('Lực lượng Trung tâm Phối hợp tìm kiếm, cứu nạn hàng không (ARCC) đã được huy động.', 'Trung tâm Phối hợp tìm kiếm, cứu nạn hàng không', 'ARCC'),
  org('Báo cáo gửi Cục Quản lý khám, chữa bệnh (KCB) trước ngày 10.', 'Cục Quản lý khám, chữa bệnh'),
  org('Hồ sơ được chuyển tới Phòng Cảnh sát kinh tế và phòng, chống buôn lậu (PC03B) để xử lý.', 'Phòng Cảnh sát kinh tế và phòng, chống buôn lậu', 'PC03B'),
  org('Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) tỉnh Bình Định yêu cầu dân sơ tán.', 'Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Bình Định', null, 'Ban Chỉ huy Phòng, chống thiên tai'),
  // What `phòng, chống` works against listed capitalized, parted by commas, the last after `và`, up to the clause's end;
  // a list going on in lower case is none of the name.
  org('Theo Liên minh Toàn cầu phòng, chống HIV, Viêm gan và Lao, số ca mới đã giảm.', 'Liên minh Toàn cầu phòng, chống HIV, Viêm gan và Lao'),
  org('Quỹ Quốc tế phòng, chống HIV, Viêm gan và Lao ở trẻ em đã tài trợ.', 'Quỹ Quốc tế'),
  // After `phòng, chống tội phạm`, the crimes' fields that `về` names, up to the acronym closing the name.
  org('Đội Cảnh sát phòng, chống tội phạm về ma túy (ĐCSMT) vừa triệt phá một đường dây.', 'Đội Cảnh sát phòng, chống tội phạm về ma túy', 'ĐCSMT'),
  org('Phòng Cảnh sát phòng, chống tội phạm về môi trường (PC05) lập biên bản ba cơ sở.', 'Phòng Cảnh sát phòng, chống tội phạm về môi trường', 'PC05'),
  none('Công an huyện phòng, chống tội phạm về đêm bằng các tổ tuần tra.', 'tội phạm về đêm'),
  none('Công an tỉnh phòng, chống tội phạm tại huyện Yên Thành rất quyết liệt.', 'phòng, chống'),
  none('Bộ Công an phòng, chống ma túy hiệu quả trong năm qua.', 'chống ma túy'),
  none('Trung tâm Y tế huyện tìm kiếm, cứu nạn người mất tích ở xã Sơn Hà.', 'tìm kiếm, cứu nạn'),
  none('Ủy ban nhân dân tỉnh và phòng, chống thiên tai là việc chung.', 'và phòng, chống'),
  org('Sở Y tế, Sở Tài chính và Sở Nội vụ cùng dự họp.', 'Sở Y tế'),
  org('Sở Y tế, Sở Tài chính và Sở Nội vụ cùng dự họp.', 'Sở Tài chính'),
  // A field compound after the head goes on whole through its lower-case syllables, whatever its words would be
  // alone (`Pháp` a country, `thông tin` a verb), and stops at the verb or small word after it.
  org('Ông Lưu Quang Hải, Phó Vụ trưởng Vụ Thị trường trong nước (Bộ Công Thương), cho biết.', 'Vụ Thị trường trong nước'),
  org('Năm 2023, Vụ Pháp chế đã chủ trì thẩm định 18 thông tư.', 'Vụ Pháp chế'),
  none('Năm 2023, Vụ Pháp chế đã chủ trì thẩm định 18 thông tư.', 'đã chủ trì'),
  org('Đồng thời, Cục Công nghệ thông tin đã ban hành bộ tiêu chuẩn kết nối.', 'Cục Công nghệ thông tin'),
  org('Cục Y tế dự phòng khuyến cáo phụ huynh đưa trẻ đi tiêm.', 'Cục Y tế dự phòng'),
  org('Bà Hà, Viện trưởng Viện Bảo tồn di tích, về bài toán bảo tồn.', 'Viện Bảo tồn di tích'),
  org('Vụ Tổ chức cán bộ trình phương án sắp xếp.', 'Vụ Tổ chức cán bộ'),
  org('Cục Quản lý khám chữa bệnh (Bộ Y tế) yêu cầu các bệnh viện báo cáo.', 'Cục Quản lý khám chữa bệnh'),
  org('Cục Trồng trọt và Bảo vệ thực vật cảnh báo sâu bệnh.', 'Cục Trồng trọt và Bảo vệ thực vật'),
  none('Cục Thuế cho biết số thu tăng.', 'cho biết'),
  none('Sở Y tế đã họp với các bệnh viện.', 'đã họp'),
  none('Bộ Y tế thông tin thêm về số ca mắc.', 'thông tin thêm'),
  org('Bộ Ngoại giao Pháp chủ trì cuộc họp.', 'Bộ Ngoại giao Pháp'),
  // A body named for an activity goes on with `về` and the fields it covers, up to the last of them.
  org('Theo Vụ Giám đốc kiểm tra về hình sự, hành chính, tỷ lệ bản án bị hủy giảm.', 'Vụ Giám đốc kiểm tra về hình sự, hành chính'),
  none('Theo Vụ Giám đốc kiểm tra về hình sự, hành chính, tỷ lệ bản án bị hủy giảm.', 'tỷ lệ'),
  org('Hội đồng Tư vấn về kinh tế và xã hội họp phiên đầu tiên.', 'Hội đồng Tư vấn về kinh tế và xã hội'),
  none('Bộ Tài chính kiểm tra về thuế, phí tại các tỉnh.', 'kiểm tra về thuế'),
  none('Bộ Y tế về đích sớm trong tiêm chủng.', 'về đích'),
  // A head inside the name goes on whole: `xã` of `Hợp tác xã` is no commune.
  org('Năm nay, Vụ phối hợp với Liên hiệp Hợp tác xã Thương mại TP.HCM và các siêu thị.', 'Liên hiệp Hợp tác xã Thương mại TP.HCM'),
  // A head and a level of local government with no place after them refer back to the body of that head and level.
  org('Ủy ban nhân dân (UBND) huyện Bình Chánh đã thu hồi đất. Bà Phượng, Chủ tịch UBND huyện, cho biết thêm.', 'Ủy ban nhân dân huyện Bình Chánh', null, 'UBND huyện,'),
  org('Công an huyện Quế Phong tiếp nhận tin báo. Sau đó, Công an huyện đã xác minh.', 'Công an huyện Quế Phong', null, 'Công an huyện đã'),
  none('Các UBND huyện phải báo cáo trước ngày 15.', 'UBND huyện'),
  none('UBND tỉnh Quảng Ninh họp. Chủ tịch UBND huyện cho biết thêm.', 'UBND huyện'),
  // A head, an acronym and a place refer back to the full name with that place.
  org('Sở Tài nguyên và Môi trường tỉnh Lào Cai đã họp. Sở TN&MT tỉnh Lào Cai sẽ kiểm tra.', 'Sở Tài nguyên và Môi trường tỉnh Lào Cai', null, 'Sở TN&MT tỉnh Lào Cai'),
  org('Sở Giáo dục và Đào tạo Hà Nội họp. Sở GD&ĐT Bắc Ninh cũng họp.', 'Sở GD&ĐT Bắc Ninh'),
  // A dash before a person's name ends the organization's name, the dash no part of it; a dash between name parts
  // or before a place stays inside.
  org('Đại diện Bộ Xây dựng – Nguyễn Văn Sinh phát biểu tại hội nghị.', 'Bộ Xây dựng'),
  none('Đại diện Bộ Xây dựng – Nguyễn Văn Sinh phát biểu tại hội nghị.', '– Nguyễn Văn Sinh'),
  org('Bà Lan, Phó Chủ tịch UBND thành phố Hà Nội – Trần Sỹ Thanh cho biết thêm.', 'UBND thành phố Hà Nội'),
  none('Bà Lan, Phó Chủ tịch UBND thành phố Hà Nội – Trần Sỹ Thanh cho biết thêm.', '– Trần Sỹ Thanh'),
  org('Sở Văn hóa – Thể thao tỉnh Lâm Đồng tổ chức giải chạy.', 'Sở Văn hóa – Thể thao tỉnh Lâm Đồng'),
  org('Công ty Cổ phần Đầu tư – Xây dựng Hà Nội trúng thầu.', 'Công ty Cổ phần Đầu tư – Xây dựng Hà Nội'),
  org('Ngân hàng Thương mại Cổ phần Sài Gòn – Hà Nội tăng vốn.', 'Ngân hàng Thương mại Cổ phần Sài Gòn – Hà Nội'),
  // After a unit of local government, three or four capitalized syllables with a family name first are a person's
  // name (the chairman's), not the unit's: place names there are mostly two syllables, or listed.
  none('Chủ tịch UBND tỉnh Nguyễn Đức Trung đã ký quyết định.', 'Nguyễn Đức Trung'),
  org('UBND tỉnh Nghệ An họp. Chủ tịch UBND tỉnh Nguyễn Đức Trung đã ký quyết định.', 'UBND tỉnh Nghệ An', null, 'UBND tỉnh Nguyễn'),
  none('UBND thành phố Đà Nẵng họp. Chủ tịch UBND thành phố Lê Trung Chinh chỉ đạo.', 'Lê Trung Chinh'),
  org('UBND huyện Mai Sơn đã phê duyệt phương án.', 'UBND huyện Mai Sơn'),
  org('Công an thành phố Hồ Chí Minh triệt phá đường dây.', 'Công an thành phố Hồ Chí Minh'),
  org('UBND huyện Văn Lâm Nguyễn Văn An phát biểu.', 'UBND huyện Văn Lâm'),
  org('Sở Y tế tỉnh Hà Giang cấp phép.', 'Sở Y tế tỉnh Hà Giang'),
  // A district's or town's name may have three syllables, ending where a person's name starts; a family name of the
  // northern mountains (`Lò`, `Giàng`) starts the chairman's name after the level.
  org('Chủ tịch UBND huyện Điện Biên Đông Lò Văn Mừng cho biết.', 'UBND huyện Điện Biên Đông'),
  none('Chủ tịch UBND huyện Điện Biên Đông Lò Văn Mừng cho biết.', 'Lò Văn Mừng'),
  org('UBND huyện Mù Cang Chải tổ chức lễ hội.', 'UBND huyện Mù Cang Chải'),
  org('UBND thành phố Thủ Dầu Một vừa phê duyệt quy hoạch.', 'UBND thành phố Thủ Dầu Một'),
  org('Chủ tịch UBND xã Tân Phú Nguyễn Văn Cường cho biết nước đã rút.', 'UBND xã Tân Phú'),
  none('Chủ tịch UBND xã Tân Phú Nguyễn Văn Cường cho biết nước đã rút.', 'Nguyễn Văn Cường'),
  none('Chủ tịch UBND huyện Lò Văn Hùng cho biết huyện sẽ hỗ trợ.', 'Lò Văn Hùng'),
  none('Chủ tịch UBND xã Giàng A Pao kiểm tra công trình.', 'Giàng A Pao'),
  // Lower-case field words the lexicon lacks go on the name up to where the clause opens (`đã`, `sẽ`, `là`,
  // `cho biết`); not a verb, an adverb or a word of time, not before a comma, not `chuẩn bị`'s `bị`.
  org('Đại diện Viện Khoa học và Công nghệ quân sự đã trình bày kết quả.', 'Viện Khoa học và Công nghệ quân sự'),
  // After a passive's agent marker the lower-case words are what the body did, no field of its name.
  org('Dự toán được Sở Tài chính phê duyệt chỉ là 12 tỷ đồng.', 'Sở Tài chính'),
  org('Hồ sơ bị Cục Hải quan trả lại đã được bổ sung.', 'Cục Hải quan'),
  org('Trung tâm Nghiên cứu phát triển nông nghiệp công nghệ cao đã chuyển giao giống mới.', 'Trung tâm Nghiên cứu phát triển nông nghiệp công nghệ cao'),
  org('Trung tâm Bảo tồn voi sẽ tiếp nhận cá thể mới.', 'Trung tâm Bảo tồn voi'),
  org('Viện Nghiên cứu hải sản cảnh báo về tình trạng khai thác quá mức.', 'Viện Nghiên cứu hải sản'),
  org('Viện Sốt rét – Ký sinh trùng – Côn trùng Trung ương cảnh báo.', 'Viện Sốt rét – Ký sinh trùng – Côn trùng Trung ương'),
  org('Bộ Y tế đẩy mạnh kiểm tra an toàn thực phẩm.', 'Bộ Y tế'),
  none('Bộ Y tế đẩy mạnh kiểm tra an toàn thực phẩm.', 'đẩy mạnh'),
  none('Bộ Tài chính phản hồi, cho biết sẽ xem xét.', 'phản hồi'),
  none('Bộ Y tế siết chặt quản lý.', 'siết chặt'),
  none('Bộ Y tế hiện đang theo dõi sát.', 'hiện đang'),
  none('Sở Tài chính hôm qua đã họp.', 'hôm qua'),
  none('Bộ Y tế tuần qua đã cảnh báo.', 'tuần qua'),
  none('Viện Chiến lược và Phát triển giao thông vận tải chuẩn bị báo cáo.', 'chuẩn bị'),
  none('Bộ Y tế khẩn trương Covid-19 WG1 4.0 theo Thông tư 12/2023/TT-BKHCN.', 'khẩn trương'),
  // `hơn`, `khoảng` before an amount are no rest of the name's last capitalized word.
  // A project's proper name after `dự án` is the project's (`Ban Quản lý dự án Cầu Giẽ`), no verb's object; a person's
  // name is still cut off.
  org('Ban Quản lý dự án Cầu Giẽ vừa nhận thêm vốn.', 'Ban Quản lý dự án Cầu Giẽ'),
  // ... or that repeats the head (or its first words) and the capitalized words ending the name: the name runs whole
  // up to it through its lower-case trade (`Gỗ nội thất`).
  org('Lô hàng của Công ty TNHH Gỗ mỹ nghệ Hưng Long (Công ty Hưng Long) đã được thông quan.', 'Công ty TNHH Gỗ mỹ nghệ Hưng Long'),
  org('Lô hàng của Công ty TNHH Gỗ mỹ nghệ Hưng Long (Công ty Hưng Long) đã được thông quan.', 'Công ty TNHH Gỗ mỹ nghệ Hưng Long', null, 'Công ty Hưng Long'),
  none('Công ty TNHH Gỗ đã mua lại Tân Phát (Công ty Tân Phát) năm ngoái.', 'đã mua lại'),
  // A short form in brackets that repeats the head and spells the words after it (`QLDA` ← `Quản lý dự án`) closes
  // the name, which runs whole up to it, through `các` and its lower-case words; the short form is the same body.
  org('Hồ sơ do Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi thành phố (Ban QLDA Thủy lợi) lập.', 'Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi thành phố'),
  org('Hồ sơ do Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi thành phố (Ban QLDA Thủy lợi) lập.', 'Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi thành phố', null, 'Ban QLDA Thủy lợi'),
  org('Chủ đầu tư là Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp huyện (Ban QLDA huyện) cho biết.', 'Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp huyện'),
  none('Ban Quản lý dự án đã mời các nhà thầu tham gia (Ban QLDA) từ tháng trước.', 'mời các nhà thầu'),
  org('Bà Mai, Giám đốc Ban Quản lý dự án Phù Đổng (Sở Xây dựng), cho biết thêm.', 'Ban Quản lý dự án Phù Đổng'),
  none('Ban Quản lý dự án Trần Văn Hải đã ký.', 'Trần Văn Hải'),
  // Four lower-case field words before the region that closes the name.
  org('Hợp đồng giao cho Công ty TNHH Quản lý vận hành đường bộ Tây Nguyên (TNR) thực hiện.', 'Công ty TNHH Quản lý vận hành đường bộ Tây Nguyên', 'TNR'),
  none('Bộ Y tế khuyến cáo người dân tỉnh Gia Lai đi khám.', 'người dân'),
  // A body numbered after its field words, its short name in brackets ending in the same number.
  org('Gói thầu thuộc về Tổng công ty Xây dựng công trình giao thông 6 (Cienco6) từ đầu năm.', 'Tổng công ty Xây dựng công trình giao thông 6', 'Cienco6'),
  none('Tổng công ty Xây dựng công trình giao thông 6 (Cienco5) trúng thầu.', '6'),
  org('Công ty phải trả cho Ban Quản lý rừng phòng hộ Krông Bông hơn 900 triệu đồng.', 'Ban Quản lý rừng phòng hộ Krông Bông'),
  org('Tỉnh cấp cho Ban Quản lý rừng phòng hộ Sông Hinh khoảng 40 tỷ đồng.', 'Ban Quản lý rừng phòng hộ Sông Hinh'),
  // After the acronym of a zone, a name with a family name's first word is the zone's (`KCN Hoàng Long`), no person's.
  org('Hồ sơ do Công ty cổ phần Đầu tư KCN Trần Đề nộp cuối tuần.', 'Công ty cổ phần Đầu tư KCN Trần Đề'),
  // A full name after a ministry's acronym is still a person's: the ministry ends before it.
  org('Thay mặt Bộ GD&ĐT Nguyễn Văn Phúc trao bằng khen.', 'Bộ GD&ĐT', null, 'Bộ GD&ĐT'),
  // A whole field syllable (`Thuế`) takes no lower-case rest: the verb after it is the clause's.
  org('Cục Thuế truy thu hơn 100 tỷ đồng.', 'Cục Thuế'),
  none('Cục Thuế truy thu hơn 100 tỷ đồng.', 'truy thu'),
  org('Tổng cục Thuế cưỡng chế nợ thuế.', 'Tổng cục Thuế'),
  org('Tập đoàn Than – Khoáng sản Việt Nam báo lãi.', 'Tập đoàn Than – Khoáng sản Việt Nam'),
  // Teams of the police and inspectors are bodies; a team in sport or `Đội ngũ` (staff) is no name.
  org('Đội Cảnh sát giao thông Công an huyện Hòa Vang đã xử phạt 20 trường hợp.', 'Đội Cảnh sát giao thông Công an huyện Hòa Vang'),
  none('Đội tuyển Việt Nam giành chiến thắng.', 'Đội tuyển'),
  none('Đội ngũ y bác sĩ làm việc xuyên đêm.', 'Đội ngũ'),
  none('Đội trưởng Nguyễn Quang Hải ghi bàn.', 'Đội trưởng'),
  // `và` between lower-case field words, where the name plainly ends after the second; companies written out.
  org('Theo Vụ Khoa học công nghệ và môi trường, đề án đã hoàn thành.', 'Vụ Khoa học công nghệ và môi trường'),
  org('Viện Nghiên cứu hải sản và thủy sản đã công bố.', 'Viện Nghiên cứu hải sản và thủy sản'),
  org('Cục Quản lý thị trường và doanh nghiệp trong nước đã họp.', 'Cục Quản lý thị trường'),
  none('Cục Quản lý thị trường và doanh nghiệp trong nước đã họp.', 'doanh nghiệp trong nước'),
  none('Bộ Y tế và doanh nghiệp đã thống nhất.', 'doanh nghiệp'),
  none('Cục Quản lý thị trường và Covid-19 WG1 4.0 theo Thông tư 12/2023/TT-BKHCN.', 'Covid-19'),
  org('Công ty trách nhiệm hữu hạn Thương mại Minh Phát bị xử phạt.', 'Công ty trách nhiệm hữu hạn Thương mại Minh Phát'),
  // Units, schools and hospitals numbered after their name with `số`; a place may follow. Not a ministry, nor a
  // document number, a count or a second number.
  org('Đội Quản lý thị trường số 5 đã kiểm tra cửa hàng.', 'Đội Quản lý thị trường số 5'),
  org('Bệnh viện Đa khoa số 1 tỉnh Lào Cai tiếp nhận bệnh nhân.', 'Bệnh viện Đa khoa số 1 tỉnh Lào Cai'),
  // A conservatory, named for its city.
  org('Học viện phối hợp với Nhạc viện TP. Hồ Chí Minh tổ chức đêm nhạc.', 'Nhạc viện TP. Hồ Chí Minh'),
  none('Cô theo học nhạc viện ba năm trước khi đi diễn.', 'nhạc viện'),
  // A school numbered with `số` and then the locality it serves, the locality's name closing it; not a person's.
  org('Hiệu trưởng Trường THCS số 2 Bắc Yên, cô Lò Thị Hoa, cho biết thêm.', 'Trường THCS số 2 Bắc Yên'),
  org('Hiệu trưởng Trường THCS số 2 Trần Văn Hải phát biểu khai mạc.', 'Trường THCS số 2'),
  none('Hiệu trưởng Trường THCS số 2 Trần Văn Hải phát biểu khai mạc.', 'Trần Văn Hải'),
  // A body numbered after its name, the short name in brackets a capitalized word and the same number: its acronym
  // (acronyms stage, a brand and a number), as devset33's gold lists `Quatest 1`.
  org('Mẫu được gửi tới Trung tâm Kỹ thuật Đo lường Chất lượng 3 (Quatest 3) để thử.', 'Trung tâm Kỹ thuật Đo lường Chất lượng 3', 'Quatest 3'),
  org('Trường Tiểu học số 1 số 2 đã khai giảng.', 'Trường Tiểu học số 1'),
  none('Trường Tiểu học số 1 số 2 đã khai giảng.', 'số 2'),
  none('Bộ Y tế số 3, năm 2023.', 'số 3'),
  none('Bộ Y tế số 12/2023/TT-BYT quy định.', 'số 12/2023'),
  none('Đội Quản lý thị trường số 3 ca vi phạm.', 'số 3 ca'),
  none('Đội Quản lý thị trường số 5 Covid-19 WG1 4.0.', 'Covid-19 WG1 4.0'),
  // A body that gathers others is named for its members after `các`: their head and name, or lower-case words a
  // place or a proper word closes; after an activity too (`Ban Quản lý các khu công nghiệp`). Not after a field, nor
  // where a verb follows or nothing closes the words, nor `Tổ chức` the verb.
  org('Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam vừa tổ chức lễ trao giải.', 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam'),
  none('Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam vừa tổ chức lễ trao giải.', 'vừa tổ chức'),
  org('Theo Liên hiệp các Hội Văn học nghệ thuật Việt Nam, giải sẽ được trao.', 'Liên hiệp các Hội Văn học nghệ thuật Việt Nam'),
  org('Liên đoàn các Tổ chức hữu nghị Việt Nam đón đoàn khách.', 'Liên đoàn các Tổ chức hữu nghị Việt Nam'),
  org('Hiệp hội các nhà đầu tư tài chính Việt Nam tổ chức diễn đàn.', 'Hiệp hội các nhà đầu tư tài chính Việt Nam'),
  // `số` (digital) after a name's field, right before its brand, up to the short name in brackets closing the name.
  org('Giải đấu do Công ty cổ phần Giải trí số Sao Bắc (SaoPlay) tài trợ.', 'Công ty cổ phần Giải trí số Sao Bắc', 'SaoPlay'),
  org('Dự án do Công ty TNHH Thư viện số Hồng Lam (HLD) triển khai.', 'Công ty TNHH Thư viện số Hồng Lam', 'HLD'),
  none('Công ty cổ phần Giải trí số lượng lớn (ABC) đã bán.', 'số lượng'),
  // `cộng đồng` (community) is a field a cooperative or a centre is named for; a holder named before with an
  // honorific (`bà Phu Thị Chừ`, no common family name) leaves the capitalized words after it to the name.
  org('Ông Lý Seo Chứ, Giám đốc Hợp tác xã Du lịch cộng đồng Tả Van, cho biết thêm.', 'Hợp tác xã Du lịch cộng đồng Tả Van'),
  org('Chúng tôi gặp bà Lò Thị Xuân, Chủ nhiệm Hợp tác xã Du lịch cộng đồng Hà Nhì Lao Chải, tại bản.', 'Hợp tác xã Du lịch cộng đồng Hà Nhì Lao Chải'),
  none('Chúng tôi gặp bà Lò Thị Xuân, Chủ nhiệm Hợp tác xã Du lịch cộng đồng Hà Nhì Lao Chải, tại bản.', 'Lò Thị Xuân, Chủ nhiệm'),
  org('Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh cấp phép.', 'Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh'),
  // The members' field words, then the bare level of the body's place before a mark: the province's body.
  org('Ông Lâm, Trưởng Ban Quản lý các khu kinh tế tỉnh, cho biết thêm.', 'Ban Quản lý các khu kinh tế tỉnh'),
  org('Ban Quản lý các khu công nghiệp tỉnh. Sau đó đoàn làm việc tiếp.', 'Ban Quản lý các khu công nghiệp tỉnh'),
  none('Ban Quản lý các khu dân cư tỉnh đã họp.', 'các khu dân cư tỉnh'),
  // ... sites the board manages (`các cảng cá`, `các bến xe`), or members written as an acronym (`các KCN`), then the
  // bare level where the name plainly ends: a verb, a clause, a mark.
  org('Sở Xây dựng cùng Ban Quản lý các bến xe tỉnh tổ chức kiểm tra.', 'Ban Quản lý các bến xe tỉnh'),
  org('Theo ông Hòa, Phó Trưởng Ban Quản lý các chợ huyện, sức mua tăng.', 'Ban Quản lý các chợ huyện'),
  org('Sở Lao động đề nghị Ban Quản lý các KKT tỉnh rà soát nhu cầu lao động.', 'Ban Quản lý các KKT tỉnh'),
  org('Ban Quản lý các khu kinh tế tỉnh đã cấp phép cho ba dự án.', 'Ban Quản lý các khu kinh tế tỉnh'),
  none('Ban Quản lý các bến xe tỉnh này đã họp.', 'các bến xe tỉnh này'),
  // An international body gathers bodies of a kind: after its capitalized scope (`Quốc tế`, `Thế giới`), `các` and
  // the members' capitalized head go on the name, `Tổ chức` too; `Chữ thập đỏ` is one field, red no colour word.
  org('Hàng cứu trợ do Liên đoàn Thế giới các Hội Chữ thập đỏ chuyển tới.', 'Liên đoàn Thế giới các Hội Chữ thập đỏ'),
  org('Đoàn dự hội thảo của Tổ chức Quốc tế các Cơ quan Thống kê Nhà nước tại Hà Nội.', 'Tổ chức Quốc tế các Cơ quan Thống kê Nhà nước'),
  org('Hội Chữ thập đỏ và Hội Trăng lưỡi liềm đỏ cùng quyên góp.', 'Hội Trăng lưỡi liềm đỏ'),
  org('Hội Chữ thập đỏ đã trao 300 suất quà.', 'Hội Chữ thập đỏ'),
  none('Tổ chức Quốc tế các nước thành viên đã họp.', 'các nước thành viên'),
  none('Liên đoàn Quốc tế các đội đã họp.', 'các đội'),
  // After a capitalized field, `các` and field words that a place closes are the field's (`Văn hóa các dân tộc Việt
  // Nam`); not levels (`Sở Y tế các tỉnh`), nor plain nouns (`Bộ Y tế các nước ASEAN` above).
  org('Đoàn đã tới thăm Bảo tàng Văn hóa các dân tộc Việt Nam ở Thái Nguyên.', 'Bảo tàng Văn hóa các dân tộc Việt Nam'),
  org('Nhà hát Nghệ thuật các dân tộc Tây Nguyên biểu diễn tối qua.', 'Nhà hát Nghệ thuật các dân tộc Tây Nguyên'),
  none('Sở Y tế các tỉnh Tây Nguyên đã họp.', 'các tỉnh Tây Nguyên'),
  none('Hội Nông dân các xã Hà Nam đã họp.', 'các xã Hà Nam'),
  none('Ban Quản lý các KKT tỉnh bạn đã sang thăm.', 'các KKT tỉnh bạn'),
  org('Bộ Y tế các nước ASEAN đã họp trực tuyến.', 'Bộ Y tế'),
  none('Bộ Y tế các nước ASEAN đã họp trực tuyến.', 'các nước'),
  none('Hiệp hội các nước đã thống nhất lộ trình.', 'các nước'),
  none('Ủy ban các cấp đã vào cuộc.', 'Ủy ban các cấp'),
  none('Tổ chức các lớp học Tiếng Anh cho trẻ em.', 'Tổ chức các lớp học'),
  none('Hội các nhà khoa học đã họp.', 'Hội các nhà khoa học'),
  none('Liên hiệp các Covid-19 WG1 4.0 theo Thông tư 12/2023/TT-BKHCN.', 'Covid-19 WG1 4.0'),
  // A name (not a bare head) with a level and the holder's name after it keeps the level: the body of that level.
  org('Chủ tịch Hội Nông dân tỉnh Trần Văn Lâm phát biểu.', 'Hội Nông dân tỉnh'),
  none('Chủ tịch Hội Nông dân tỉnh Trần Văn Lâm phát biểu.', 'Trần Văn Lâm'),
  org('Chủ tịch Hội Cựu chiến binh xã Phạm Văn Tư trao quà.', 'Hội Cựu chiến binh xã'),
  org('Ông Lê Văn Hòa, Chủ tịch Hội Nông dân tỉnh Nghệ An, cho biết.', 'Hội Nông dân tỉnh Nghệ An'),
  // A school or hospital after its kind and level is often named for a person: the name is its own, and a number
  // after it too. A person after that name is cut off still; a number that counts or codes is no part.
  org('Học sinh Trường THPT Chu Văn An đạt giải nhất.', 'Trường THPT Chu Văn An'),
  org('Trường Tiểu học Kim Đồng 2 khai giảng sớm.', 'Trường Tiểu học Kim Đồng 2'),
  org('Em bé được đưa vào Bệnh viện Nhi Đồng 1 cấp cứu.', 'Bệnh viện Nhi Đồng 1'),
  // A company's or a plant's lower-case field words after its capitalized opening, then its number, close its name.
  org('Tuyến cáp mới được giao cho Công ty Cấp nước sạch 2 vận hành.', 'Công ty Cấp nước sạch 2'),
  org('Nhà máy Chế biến gỗ 3 đã ngừng sản xuất.', 'Nhà máy Chế biến gỗ 3'),
  none('Công ty Cấp nước sạch 2 năm nay lãi lớn.', '2 năm'),
  none('Công ty Cấp nước sạch 5 tỷ đồng là khoản nợ lớn.', '5 tỷ đồng'),
  org('Bệnh viện Nhi Đồng 2, Bệnh viện Chợ Rẫy cùng tiếp nhận.', 'Bệnh viện Nhi Đồng 2'),
  org('Hiệu trưởng Trường THPT Chu Văn An Nguyễn Văn Bình phát biểu.', 'Trường THPT Chu Văn An'),
  none('Hiệu trưởng Trường THPT Chu Văn An Nguyễn Văn Bình phát biểu.', 'Nguyễn Văn Bình'),
  org('Hiệu trưởng Trường THCS Lê Lợi Nguyễn Văn Hùng cho biết.', 'Trường THCS Lê Lợi'),
  org('Trường THPT Nguyễn Du tuyển sinh lớp 10.', 'Trường THPT Nguyễn Du'),
  // A school's kind in lower case between its level's acronym (or head) and its name: the name goes on past it.
  org('Hai em học Trường THPT chuyên Trần Phú (Hải Phòng) đoạt giải nhì.', 'Trường THPT chuyên Trần Phú'),
  org('Đội tuyển của Trường THCS chuyên Hà Tĩnh về nhất toàn đoàn.', 'Trường THCS chuyên Hà Tĩnh'),
  org('Cô từng dạy ở Trường chuyên Lương Văn Tụy nhiều năm.', 'Trường chuyên Lương Văn Tụy'),
  none('Mỗi Trường THPT chuyên của tỉnh được cấp thêm kinh phí.', 'chuyên của'),
  none('Trường THPT chuyên về đào tạo năng khiếu sẽ tuyển thêm lớp.', 'chuyên về'),
  org('Bệnh viện Nguyễn Tri Phương tiếp nhận bệnh nhân.', 'Bệnh viện Nguyễn Tri Phương'),
  org('Giám đốc Bệnh viện Nhi Trung ương Trần Minh Điển cho biết.', 'Bệnh viện Nhi Trung ương'),
  none('Bệnh viện Chợ Rẫy 3 ca mắc mới được ghi nhận.', '3 ca'),
  none('Bệnh viện Bạch Mai 12/2023/TT-BYT quy định.', '12/2023'),
  none('Bệnh viện Bạch Mai 1.5 tỷ đồng đã chi.', '1.5'),
  none('Trường Tiểu học Kim Đồng 2-3 lớp mới.', '2-3'),
  none('Bộ Y tế 2 lần cảnh báo.', '2 lần'),
  org('Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1 thử nghiệm mẫu.', 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng'),
  none('Ông Chu Văn An là nhà giáo nổi tiếng.', 'Chu Văn An'),
  // Two family names in a row before a three-syllable name: the first ends the organization's name.
  org('Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết.', 'Bệnh viện Bạch Mai'),
  org('Bộ Tài chính Nguyễn Văn Thanh Hải phát biểu.', 'Bộ Tài chính'),
  // `Văn` after a capitalized word that is no family name, one word after it: a place's name goes on, no person's.
  org('Hợp tác xã Quế Văn Yên vừa xuất hàng sang châu Âu.', 'Hợp tác xã Quế Văn Yên'),
  org('Công ty Sông Hồng Văn Thị Mai làm đại diện.', 'Công ty Sông Hồng'),
  org('Bộ Nội vụ Nguyễn Văn Hòa phát biểu.', 'Bộ Nội vụ'),
  org('Bộ Công Thương Trần Mai Anh phát biểu.', 'Bộ Công Thương'),
  // A head, a defined acronym and a place join the full name, the place with or without its level.
  org('Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Hà Nam tổ chức kỳ thi. Phó Giám đốc Sở GD&ĐT Hà Nam Trần Văn Bình cho biết đề thi an toàn.', 'Sở Giáo dục và Đào tạo tỉnh Hà Nam', null, 'Sở GD&ĐT Hà Nam'),
  org('Sở Tài nguyên và Môi trường Lào Cai cấp phép. Sở TN&MT tỉnh Lào Cai cho biết thêm.', 'Sở Tài nguyên và Môi trường Lào Cai', null, 'Sở TN&MT tỉnh Lào Cai'),
  org('Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Hà Nam tổ chức kỳ thi. Sở GD&ĐT Nam Định cũng vậy.', 'Sở GD&ĐT Nam Định'),
  // A head and an acronym whose long form holds the head, written before the definition.
  org('Quỹ VEPF giải ngân 200 tỷ đồng\nSáng nay, Quỹ Bảo vệ môi trường Việt Nam (VEPF) công bố kết quả.', 'Quỹ Bảo vệ môi trường Việt Nam', 'VEPF', 'Quỹ VEPF'),
  // An urban district or ward numbered, not named, is the name's place; a number that counts is not.
  org('Chi cục Thuế Quận 3 đã truy thu hơn 2 tỷ đồng.', 'Chi cục Thuế Quận 3'),
  org('Công an phường 12 tiếp nhận tin báo.', 'Công an phường 12'),
  none('Đoàn kiểm tra làm việc với Công an phường 2 giờ liền.', '2 giờ'),
  // A name without the place of the one named before refers back to it; not when two were so named.
  org('Sở Y tế Thanh Hóa ghi nhận thêm ca bệnh. Theo Sở Y tế, các ca đều nhẹ.', 'Sở Y tế Thanh Hóa', null, 'Sở Y tế,'),
  org('Bệnh viện Đa khoa tỉnh Phú Yên mở khoa mới. Bệnh viện Đa khoa tỉnh hiện có 800 giường.', 'Bệnh viện Đa khoa tỉnh Phú Yên', null, 'Bệnh viện Đa khoa tỉnh hiện'),
  org('Cục Thuế Hà Nội và Cục Thuế Đà Nẵng thu vượt dự toán. Cục Thuế cho biết sẽ kiểm tra thêm.', 'Cục Thuế', null, 'Cục Thuế cho'),
  // A bare head refers to the organization named alone before it, not to names listed as examples.
  org('Bệnh viện Đa khoa tỉnh Nam Định đã cử bác sĩ học tại Bệnh viện Bạch Mai và Bệnh viện Việt Đức. Bệnh viện cho biết kết quả tốt.', 'Bệnh viện Đa khoa tỉnh Nam Định', null, 'Bệnh viện cho'),
  org('Bệnh viện Đa khoa tỉnh Nam Định chuyển bệnh nhân nặng. Sau đó, Bệnh viện Việt Đức tiếp nhận ca bệnh. Bệnh viện cho biết ca mổ thành công.', 'Bệnh viện Việt Đức', null, 'Bệnh viện cho'),
  // Well-known names of two words or more (airlines) standing alone.
  org('Các hãng Vietnam Airlines, Vietjet tăng chuyến bay dịp Tết.', 'Vietnam Airlines', 'Vietnam Airlines'),
  org('Các hãng Vietnam Airlines, Vietjet tăng chuyến bay dịp Tết.', 'Vietjet', 'Vietjet'),
  org('Đường bay Phú Quốc - Busan do hãng Asiana Airlines khai thác từ tháng 3.', 'Asiana Airlines', 'Asiana Airlines'),
  org('Singapore Airlines và Thai Airways tăng tần suất bay đến Hà Nội.', 'Thai Airways', 'Thai Airways'),
  // An aircraft maker by its brand alone; its model after it is no mention of it.
  org('Hãng đã đặt mua thêm 20 tàu bay thân rộng từ Boeing trong năm nay.', 'Boeing', 'Boeing'),
  none('Đội bay gồm 6 chiếc Airbus A350 và 2 chiếc ATR 72.', 'Airbus A350'),
  // A body of one numbered region: the number ends its name.
  org('Tàu tuần tra của Chi cục Kiểm ngư Vùng 2 đã có mặt tại hiện trường.', 'Chi cục Kiểm ngư Vùng 2'),
  org('Cảng vụ Hàng hải Khu vực 4 đã cấp phép cho tàu rời cảng.', 'Cảng vụ Hàng hải Khu vực 4'),
  none('Các tỉnh thuộc Vùng 3 đều có mưa lớn.', 'Vùng 3'),
  // `về Phòng thủ dân sự`: a field after `về`, though its first word is also a head.
  org('Ban Chỉ đạo Quốc gia về Phòng thủ dân sự yêu cầu các tỉnh sẵn sàng sơ tán dân.', 'Ban Chỉ đạo Quốc gia về Phòng thủ dân sự'),
  // After `về`, a set phrase parted by a comma (`phòng, chống`) and the ills it works against, listed with commas.
  org('Hôm qua, Ban Chỉ đạo Quốc gia về phòng, chống tham nhũng, tiêu cực đã họp phiên thường kỳ.', 'Ban Chỉ đạo Quốc gia về phòng, chống tham nhũng, tiêu cực'),
  org('Ban Chỉ đạo Trung ương về phòng, chống lãng phí, hàng giả yêu cầu các bộ báo cáo.', 'Ban Chỉ đạo Trung ương về phòng, chống lãng phí, hàng giả'),
  none('Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí đặc biệt quan tâm tới vụ án.', 'đặc biệt'),
  none('Ban Chỉ đạo Trung ương về phòng, chống thì chưa có ý kiến.', 'về phòng'),
  // Names cut short before: the national programme a body is named for, a historic site a board manages.
  org('Văn phòng Điều phối nông thôn mới Trung ương đã gửi công văn tới các tỉnh.', 'Văn phòng Điều phối nông thôn mới Trung ương'),
  org('Ban Quản lý Khu Di tích lịch sử Côn Sơn mở thêm lối vào.', 'Ban Quản lý Khu Di tích lịch sử Côn Sơn'),
  org('Sở Nông nghiệp và Phát triển nông thôn mới đây đã ban hành hướng dẫn.', 'Sở Nông nghiệp và Phát triển nông thôn'),
  org('Văn phòng Điều phối nông thôn mới tỉnh Nam Định đã tổ chức tập huấn.', 'Văn phòng Điều phối nông thôn mới tỉnh Nam Định'),
  // A central steering committee named for the programmes it steers, the members ending with a field word.
  org('Theo kế hoạch, Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia vừa ban hành hướng dẫn.', 'Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia'),
  org('Đầu năm, Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia.', 'Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia'),
  org('Ban Chỉ đạo Trung ương các tỉnh đã họp sơ kết.', 'Ban Chỉ đạo Trung ương'),
  none('Ban Chỉ đạo Trung ương các tỉnh đã họp sơ kết.', 'các tỉnh'),
  none('Ban Quản lý các dự án sẽ bàn giao công trình.', 'các dự án'),
  // Members written as an acronym, the body's place right after them.
  org('Ông Tâm, Phó Trưởng Ban Quản lý các KCN tỉnh Hải Dương, cho biết thêm.', 'Ban Quản lý các KCN tỉnh Hải Dương'),
  none('Ban Quản lý các KCN đã làm việc với nhà đầu tư.', 'các KCN'),
  // Clubs written `CLB`, their teams numbered in Roman numerals.
  org('Đội nữ CLB Hà Nội II giành chiến thắng trên sân nhà.', 'CLB Hà Nội II'),
  org('CLB Sông Lam Nghệ An chiêu mộ thêm hai tiền vệ.', 'CLB Sông Lam Nghệ An'),
  // A club named for its place or a by-name of two syllables after its sport; a person after a club has three.
  org('Em là học trò của Câu lạc bộ Cờ vua Hà Thành, từng vô địch lứa tuổi.', 'Câu lạc bộ Cờ vua Hà Thành'),
  org('Tay vợt trẻ của CLB Bóng bàn Kinh Bắc giành huy chương đồng.', 'CLB Bóng bàn Kinh Bắc'),
  org('Đội trưởng CLB Hà Nội Nguyễn Văn Quyết ghi bàn ở phút cuối.', 'CLB Hà Nội'),
  none('Đội trưởng CLB Hà Nội Nguyễn Văn Quyết ghi bàn ở phút cuối.', 'Nguyễn Văn Quyết'),
  // A title written short after `của` opens a person: the name ends before `của`; a body's acronym after it goes on.
  org('CLB Quảng Nam của HLV Văn Sỹ Sơn thắng 2-0 trên sân nhà.', 'CLB Quảng Nam'),
  org('Bệnh viện Mắt Sài Gòn của PGS Lê Minh Thông mở thêm cơ sở.', 'Bệnh viện Mắt Sài Gòn'),
  org('Viện Vật lý Tin học của ĐHQG Hà Nội công bố kết quả.', 'Viện Vật lý Tin học của ĐHQG Hà Nội'),
  none('Nhiều CLB nữ châu Á đăng ký tham dự giải.', 'CLB'),
  none('Mục tiêu của CLB là trụ hạng.', 'CLB'),
  // Teams named bare: the side beaten with a score, the winner, the side a score was won against, a coach's club,
  // a player's club in brackets; a province in ordinary news, a result without its score, a trainer of a body are not.
  org('Tối qua, Hải Phòng Xanh thắng Quảng Trị 3-1 trên sân nhà.', 'Quảng Trị'),
  org('Tối qua, Hải Phòng Xanh thắng Quảng Trị 3-1 trên sân nhà.', 'Hải Phòng Xanh'),
  org('Đội khách đã lội ngược dòng đánh bại Ngân Hàng Công Thương với tỷ số 3-2.', 'Ngân Hàng Công Thương'),
  org('Sau chiến thắng 2-0 trước Hưng Yên II, đội lên đầu bảng.', 'Hưng Yên II'),
  // A side whose capitalized words stop inside a head that goes on in lower case is the organization's name, read
  // whole (`Trường Đại học X`), no team `Trường Đại`.
  org('Đội tuyển thắng 3-1 trước Trường Đại học Kiến trúc Hà Nội ở chung kết.', 'Trường Đại học Kiến trúc Hà Nội'),
  // A name right after `môn` (a discipline, a game) is no organization, though a head opens it; nor is the same name
  // elsewhere in the article.
  none('Đội thắng ở chung kết bộ môn Liên Minh Sao Băng tối qua. Đội vô địch Liên Minh Sao Băng sẽ dự giải khu vực.', 'Liên Minh Sao Băng sẽ'),
  none('Giải có ba bộ môn: Liên Minh Sao Băng, Valorant và FC Online.', 'Liên Minh Sao Băng'),
  org('Giáo viên bộ môn Toán của Trường THPT Chu Văn An đạt giải.', 'Trường THPT Chu Văn An'),
  org('HLV Nguyễn Văn Tâm của Mai Linh Đồng Nai không hài lòng.', 'Mai Linh Đồng Nai'),
  org('Tay vợt Trần Thị Hoa (Hà Thành Smash) giành huy chương vàng.', 'Hà Thành Smash'),
  // Outside a sports report (no score, coach, club, player or medal), a bracket after a person is no club.
  none('Bà Trần Thị Hoa (Hà Thành Xanh) trình bày mô hình trồng rau sạch.', 'Hà Thành Xanh'),
  org('Câu lạc bộ (CLB) Sao Biển Nha Trang đã bảo vệ ngôi vương.', 'Sao Biển Nha Trang'),
  none('Tỉnh ủy làm việc với Quảng Trị về dự án cao tốc.', 'Quảng Trị'),
  none('Hôm qua, đội khách đánh bại Quảng Trị ở lượt đi.', 'Quảng Trị'),
  none('Người hâm mộ nhớ trận thắng Indonesia 2-0 năm ngoái.', 'Indonesia'),
  none('Hội nghị do Trần Thị Hoa (Hà Nội) chủ trì.', 'Hà Nội'),
  none('Bà từng là huấn luyện viên của Sơn Tây Xanh trong hai năm.', 'Sơn Tây Xanh'),
  none('Đội chủ nhà thắng Kiên Giang Xanh 3-1.', 'Đội'),
  none('Trần Văn Bình thắng Lê Văn Nam 2-0 ở chung kết đơn nam.', 'Lê Văn Nam'),
  // A team written right before a person's name after a post: the team is the run's first words.
  org('Riverside Hawks thắng Coastal Bears 88-80. HLV trưởng Coastal Bears Daniel Moore nhận thua.', 'Coastal Bears', null, 'Bears Daniel'),
  org('Lake Owls đánh bại Hill Foxes 3-1, ngoại binh Hill Foxes Lê Văn Tín ghi 20 điểm.', 'Hill Foxes', null, 'Foxes Lê'),
  none('Riverside Hawks thắng Coastal Bears 88-80. HLV trưởng Coastal Bears Daniel Moore nhận thua.', 'Daniel Moore'),
  // One word after the team is a longer name of its own (a hall, a club), not a person: nothing is cut.
  none('Riverside Hawks thắng Coastal Bears 88-80 tại nhà thi đấu Coastal Bears Arena.', 'Bears Arena'),
  // Programmes of the United Nations and agencies the gazetteer knows are organizations; a plan is not.
  org('Dự án do Chương trình Phát triển Liên hợp quốc tài trợ đã kết thúc.', 'Chương trình Phát triển Liên hợp quốc'),
  org('Dự án do Chương trình Phát triển Liên hợp quốc tài trợ đã kết thúc.', 'Chương trình Phát triển Liên hợp quốc', null, 'Liên hợp quốc'),
  org('Gạo cứu trợ được Chương trình Lương thực Thế giới vận chuyển tới vùng lũ.', 'Chương trình Lương thực Thế giới'),
  none('Chương trình mục tiêu quốc gia giảm nghèo bền vững được giải ngân chậm.', 'Chương trình mục tiêu quốc gia'),
  none('Chương trình Hành động của Chính phủ về chuyển đổi số đã được ban hành.', 'Chương trình Hành động'),
  // Army units numbered right after their head; the command of a unit is the unit.
  org('Quân khu 7 tổ chức hội thao cho lực lượng dân quân.', 'Quân khu 7'),
  org('Cán bộ, chiến sĩ Sư đoàn 395 và Trung đoàn 50 tham gia diễn tập.', 'Sư đoàn 395'),
  org('Cán bộ, chiến sĩ Sư đoàn 395 và Trung đoàn 50 tham gia diễn tập.', 'Trung đoàn 50'),
  org('Bộ Tư lệnh Quân khu 4 đã khen thưởng đơn vị; Quân khu 4 cũng tặng quà.', 'Bộ Tư lệnh Quân khu 4'),
  org('Bộ Tư lệnh Quân khu 4 đã khen thưởng đơn vị; Quân khu 4 cũng tặng quà.', 'Bộ Tư lệnh Quân khu 4', null, 'Quân khu 4 cũng'),
  none('Trung đoàn 1.200 quân đã về tới nơi tập kết.', 'Trung đoàn'),
  none('Mỗi sư đoàn 12 nghìn quân được điều động.', 'sư đoàn 12'),
  // Banks known by their brand alone, one word or several, spelled as the banks spell them.
  org('Khách gửi tiền tại Techcombank được cộng thêm lãi suất.', 'Techcombank', 'Techcombank'),
  org('Các nhà băng nhỏ như NCB, Bac A Bank giữ lãi suất cao.', 'Bac A Bank', 'Bac A Bank'),
  org('Các nhà băng nhỏ như NCB, Bac A Bank giữ lãi suất cao.', 'NCB', 'NCB'),
  org('Khoản vay được VietinBank giải ngân trong tuần.', 'VietinBank', 'VietinBank'),
  none('Ông Bac nói a bank nào cũng thế.', 'Bac'),
  none('Tệp đính kèm nặng khoảng 20 MB.', 'MB'),
  none('Vietnam là tên tiếng Anh của nước ta.', 'Vietnam'),
  // Lower-case fields joined by `và` (police departments), not into the clause after the name.
  org('Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao cảnh báo người dân.', 'Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao'),
  org('Phòng An ninh mạng và các đơn vị nghiệp vụ đã vào cuộc.', 'Phòng An ninh mạng'),
  none('Phòng An ninh mạng và các đơn vị nghiệp vụ đã vào cuộc.', 'các đơn vị'),
  // Companies numbered after their name with `số`, like the units; `số` is no rest of the word before it.
  org('Tổng công ty Xây dựng số 1 vừa trúng gói thầu cầu cạn.', 'Tổng công ty Xây dựng số 1'),
  org('Công ty Cơ khí số 4 tuyển thêm thợ hàn.', 'Công ty Cơ khí số 4'),
  org('Công ty Cơ khí có số vốn 5 tỷ đồng.', 'Công ty Cơ khí'),
  none('Công ty Cơ khí có số vốn 5 tỷ đồng.', 'số vốn'),
  // A police unit named for the crimes it fights, their fields after `về`.
  org('Phòng Cảnh sát điều tra tội phạm về ma túy đã bắt giữ hai đối tượng.', 'Phòng Cảnh sát điều tra tội phạm về ma túy'),
  org('Cục Cảnh sát phòng chống tội phạm về kinh tế và tham nhũng đã vào cuộc.', 'Cục Cảnh sát phòng chống tội phạm về kinh tế và tham nhũng'),
  org('Phòng Cảnh sát hình sự bắt đối tượng phạm tội về ma túy.', 'Phòng Cảnh sát hình sự'),
  none('Phòng Cảnh sát hình sự bắt đối tượng phạm tội về ma túy.', 'về ma túy'),
  // A field after `về` may start with a head word (`Phòng chống`): the body works on it.
  org('Ủy ban Quốc gia về Phòng chống AIDS họp phiên thường kỳ.', 'Ủy ban Quốc gia về Phòng chống AIDS'),
  org('Sáng nay, Ban Chỉ đạo quốc gia về Phòng chống thiên tai họp khẩn.', 'Ban Chỉ đạo quốc gia về Phòng chống thiên tai'),
  org('Bộ Công Thương về Phòng Thương mại làm việc.', 'Phòng Thương mại'),
  // A ministry named by a list of fields, commas between them.
  org('Cô nhận học bổng của Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản để sang Tokyo.', 'Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản'),
  org('Tập đoàn Vingroup, Masan, Hòa Phát và nhiều doanh nghiệp khác tăng vốn.', 'Tập đoàn Vingroup'),
  none('Tập đoàn Vingroup, Masan, Hòa Phát và nhiều doanh nghiệp khác tăng vốn.', 'Hòa Phát'),
  // The border guard; investment funds with a foreign brand (its company word ends no person's name).
  org('Lực lượng chức năng phối hợp với Bộ đội Biên phòng tỉnh Quảng Trị tuần tra.', 'Bộ đội Biên phòng tỉnh Quảng Trị'),
  org('Cán bộ Bộ đội Biên phòng Việt Nam ra quân.', 'Bộ đội Biên phòng Việt Nam', null, 'Bộ đội Biên phòng'),
  // A department a head's title names runs through a field compound's inner small word (`có`), and through the
  // second half of a set phrase after a comma (`hộ kinh doanh, cá nhân`).
  org('Bà Hạnh, Trưởng phòng Động vật không xương sống, Bảo tàng Thiên nhiên Việt Nam, cho biết.', 'Phòng Động vật không xương sống', null, 'Động vật không xương sống'),
  org('Ông Tú, Trưởng phòng Kiểm tra hộ kinh doanh, cá nhân; bà Hoa, kế toán.', 'Phòng Kiểm tra hộ kinh doanh, cá nhân', null, 'Kiểm tra hộ kinh doanh, cá nhân'),
  org('Ông Hùng, Trưởng phòng Kinh doanh có mặt từ sớm.', 'Phòng Kinh doanh', null, 'Kinh doanh'),
  // A sector's trade union, its field capitalized, then the country or a province with its level; not a bare
  // `Công đoàn` before other words (the movement).
  org('Công đoàn Y tế Việt Nam vừa tổ chức hội nghị.', 'Công đoàn Y tế Việt Nam'),
  org('Bà Mai, Chủ tịch Công đoàn Giáo dục tỉnh Quảng Bình, trao quà.', 'Công đoàn Giáo dục tỉnh Quảng Bình'),
  none('Công đoàn Giáo dục và các hội đoàn thể cùng tham gia.', 'Công đoàn Giáo dục'),
  // An adverb of two words between the subject and its verb completes no syllable of a name (`chính thức`).
  org('Trường Đại học Hòa Bình chính thức khai giảng năm học mới.', 'Trường Đại học Hòa Bình'),
  none('Công ty Minh Phát chính thức niêm yết cổ phiếu.', 'chính thức'),
  // A whole body's head every province has takes its bare level where the name plainly ends (as `Công an tỉnh`); not
  // a level made a place's kind (`tỉnh này`).
  org('Kiểm lâm, Bộ đội Biên phòng tỉnh, dân quân cùng tham gia tuần tra.', 'Bộ đội Biên phòng tỉnh'),
  org('Kho bạc Nhà nước tỉnh đã chi trả đúng hạn.', 'Kho bạc Nhà nước tỉnh'),
  // A tax or customs office with its bare level, then the verb of checking records (`đối chiếu`): the name ends there.
  org('Đoàn sẽ phối hợp Cục Hải quan tỉnh đối chiếu tờ khai của doanh nghiệp.', 'Cục Hải quan tỉnh'),
  org('Sở Tài chính tỉnh đối chiếu số liệu với Kho bạc.', 'Sở Tài chính tỉnh'),
  none('Cán bộ Cục Hải quan đối chiếu tỉnh này với tỉnh bạn.', 'tỉnh này'),
  org('Lực lượng Bộ đội Biên phòng tỉnh này rất mạnh.', 'Bộ đội Biên phòng'),
  none('Các chiến sĩ bộ đội biên phòng tuần tra trên núi.', 'bộ đội biên phòng'),
  org('Sáng nay, Bộ Tư lệnh Vùng Cảnh sát biển 2 tổ chức diễn tập cứu nạn.', 'Bộ Tư lệnh Vùng Cảnh sát biển 2'),
  org('Chuẩn đô đốc C dự lễ tại Bộ Tư lệnh Vùng 3 Hải quân hôm qua.', 'Bộ Tư lệnh Vùng 3 Hải quân'),
  none('Ngư dân ở vùng cảnh sát biển 4 lần ghé qua thấy yên tâm.', 'vùng cảnh sát biển 4'),
  // A numbered region's place after a dash names the region too, where the name ends after it.
  org('Theo Ban Chỉ huy Phòng thủ khu vực 3 - Mai Sơn, mưa lớn gây sạt lở nhiều nơi.', 'Ban Chỉ huy Phòng thủ khu vực 3 - Mai Sơn'),
  org('Cảng vụ Hàng hải khu vực 2 - Nguyễn Văn Hùng cho biết tàu đã cập cảng.', 'Cảng vụ Hàng hải khu vực 2'),
  // Set phrases of a body's activity, capitalized right after its head, parted by a comma: one field of the name.
  org('Ông Lâm, Phó Cục trưởng Cục Quản lý, giám sát bảo hiểm thuộc Bộ Tài chính, cho biết.', 'Cục Quản lý, giám sát bảo hiểm'),
  org('Sở Xây dựng quản lý, giám sát công trình tỉnh Bắc Ninh.', 'Sở Xây dựng'),
  // `về` and the field after an activity up to a bracketed acronym that spells the words before `về`.
  org('Bệnh viện phối hợp với Trung tâm Điều phối quốc gia về bảo tồn cây thuốc quý (TTĐPQG) từ năm 2020.', 'Trung tâm Điều phối quốc gia về bảo tồn cây thuốc quý', 'TTĐPQG'),
  org('Bệnh viện phối hợp với Trung tâm Điều phối quốc gia về bảo tồn cây thuốc quý (WWF) từ năm 2020.', 'Trung tâm Điều phối quốc gia'),
  // A verb of rearranging bodies after a name ends it, though its first syllable would be a capitalized word's rest.
  org('Theo đề án, Khoa Dược hợp nhất vào Trường Đại học Y Dược từ năm sau.', 'Khoa Dược'),
  org('Trung tâm Y tế sáp nhập với Bệnh viện Đa khoa huyện từ tháng 7.', 'Trung tâm Y tế'),
  org('Ngân hàng Hợp nhất vừa công bố kết quả kinh doanh.', 'Ngân hàng Hợp nhất'),
  // A weekday before a comma or a date (a byline's, the title run into it) ends the name; a numbered unit goes on.
  org('Học sinh đoạt giải của Trường Đại học Hòa Bình Thứ Hai, 10/11/2025 08:15 (GMT+7) Năm nay đoàn có 6 em.', 'Trường Đại học Hòa Bình'),
  org('Nông dân được Hội Làm vườn Chủ nhật 9/11 tập huấn.', 'Hội Làm vườn'),
  // A field word's lower-case rest before `và` and the name's second field: the name goes on through them.
  org('Bà Lan, nghiên cứu viên Phòng Nghiên cứu Tài nguyên đất và Môi trường của Viện, cho biết.', 'Phòng Nghiên cứu Tài nguyên đất và Môi trường'),
  org('Trung tâm Vật liệu gốm và Công nghệ nano vừa công bố sản phẩm mới.', 'Trung tâm Vật liệu gốm và Công nghệ nano'),
  org('Sở Y tế mua sắm vật tư và Bệnh viện Bạch Mai đã nhận.', 'Sở Y tế'),
  org('Trường Đại học Bách khoa tuyển sinh và Đào tạo Ngọc Lan.', 'Trường Đại học Bách khoa'),
  org('Ông Hùng, Vụ trưởng Vụ Khoa học công nghệ và môi trường của Bộ Công Thương, cho biết.', 'Vụ Khoa học công nghệ và môi trường'),
  org('Dự có đại diện Bộ Chỉ huy Quân sự tỉnh và Đại tá Lê Văn Hùng.', 'Bộ Chỉ huy Quân sự tỉnh'),
  // After a field word too, `và` then an officer's rank opens the next person listed, no second field of the name.
  org('Ông Lò Văn Hải, Phó Giám đốc Sở Y tế và Thượng tá Hà Minh Tuấn, Trưởng phòng PC08, đã ký kết.', 'Sở Y tế'),
  org('Đại diện Sở Tài chính và Trung tá Đinh Thị Hoa, Phó Trưởng phòng PC03, cùng dự.', 'Sở Tài chính'),
  none('Đại diện Sở Tài chính và Trung tá Đinh Thị Hoa, Phó Trưởng phòng PC03, cùng dự.', 'Đinh Thị Hoa'),
  org('Tàu tuần tra thuộc Hải đội 305 đã kéo tàu cá về bờ.', 'Hải đội 305'),
  // An army or border guard unit named by its branch, then numbered among the branch's units; a count is no number.
  org('Một tổ trinh sát của Lữ đoàn Pháo binh 164 đã có mặt tại hiện trường.', 'Lữ đoàn Pháo binh 164'),
  org('Hải đội Biên phòng 3 điều tàu ra hiện trường ngay trong đêm.', 'Hải đội Biên phòng 3'),
  org('Trung đoàn Bộ binh 88 tổ chức diễn tập.', 'Trung đoàn Bộ binh 88'),
  org('Hải đội Biên phòng điều 2 tàu ra khơi.', 'Hải đội Biên phòng'),
  org('Lữ đoàn Công binh 40 cán bộ đã có mặt.', 'Lữ đoàn Công binh'),
  org('Trung đoàn Bộ binh 30 năm xây dựng và trưởng thành.', 'Trung đoàn Bộ binh'),
  none('Hải đội trưởng cho biết tàu đã về bến.', 'Hải đội'),
  org('Đơn vị phối hợp với Đoàn Trinh sát số 2 tuần tra vùng biển.', 'Đoàn Trinh sát số 2'),
  org('Theo chỉ đạo của Cảnh sát biển Việt Nam, các vùng tăng cường tuần tra.', 'Cảnh sát biển Việt Nam'),
  none('Lực lượng Cảnh sát biển kiểm tra tàu hàng.', 'Cảnh sát biển'),
  org('Cán bộ Thuế cơ sở 3 Quảng Ninh hỗ trợ hộ kinh doanh kê khai.', 'Thuế cơ sở 3 Quảng Ninh'),
  none('Mức thuế cơ sở 3 năm trước vẫn giữ nguyên.', 'thuế cơ sở 3'),
  org('Học viên Trường Sĩ quan Lục quân 1 tham gia diễn tập.', 'Trường Sĩ quan Lục quân 1'),
  org('Năm nay, Trường Sĩ quan Chính trị (Trường Đại học Chính trị) tuyển 600 học viên.', 'Trường Sĩ quan Chính trị', null, 'Trường Đại học Chính trị'),
  org('Trường Đại học Bách khoa 2 năm liền dẫn đầu.', 'Trường Đại học Bách khoa'),
  org('Vòng gọi vốn do Quỹ đầu tư Mekong Lotus Capital dẫn dắt.', 'Quỹ đầu tư Mekong Lotus Capital'),
  org('Bộ Ngoại giao Ấn Độ Rajesh Kumar phát biểu.', 'Bộ Ngoại giao Ấn Độ'),
  none('Bộ Ngoại giao Ấn Độ Rajesh Kumar phát biểu.', 'Rajesh Kumar'),
  none('Quỹ đầu tư mạo hiểm rót vốn vào các công ty trẻ.', 'Quỹ đầu tư'),
  // A crop's variety named with a head word; a byline of reporters.
  none('Lúa Đài Thơm 8 được thương lái mua giá cao.', 'Đài Thơm'),
  none('Giá gạo Đài Thơm tăng nhẹ.', 'Đài Thơm'),
  org('Lúa mới của Viện Lúa Đồng bằng sông Cửu Long cho năng suất cao.', 'Viện Lúa Đồng bằng sông Cửu Long'),
  none('Bài viết về chợ nổi.\n\nNhóm PV', 'Nhóm PV'),
  org('Nhóm G7 họp thượng đỉnh tại Nhật Bản.', 'Nhóm G7'),
  // A company's stock code in brackets is its short name; the national assembly serves no province.
  org('Công ty Cổ phần Thép Hưng Long (mã chứng khoán: HLS) chia cổ tức. Năm nay HLS lãi lớn.', 'Công ty Cổ phần Thép Hưng Long', 'HLS', 'HLS lãi'),
  org('Bà Lê Thị Hoa, đại biểu Quốc hội tỉnh Quảng Ngãi, phát biểu.', 'Quốc hội', null, 'Quốc hội'),
  // A stock code or the acronym of the whole name in brackets keeps words that start with a family name in the
  // company's name; an affiliation in brackets after a person's name does not.
  org('Công ty Cổ phần Nhựa Lê Gia (mã chứng khoán: LGP) báo lãi tăng.', 'Công ty Cổ phần Nhựa Lê Gia', 'LGP'),
  org('Năm nay, Công ty Cổ phần Gạch Phan Thịnh (HOSE: PTG) mở thêm nhà máy.', 'Công ty Cổ phần Gạch Phan Thịnh', 'PTG'),
  org('Tổng công ty Dầu khí Hồ Bắc (TDHB) ký hợp đồng mới.', 'Tổng công ty Dầu khí Hồ Bắc'),
  // A business named with no title before it has no holder after it: its capitalized words are its brand, a family
  // name first or not; after a title they may be the holder's name.
  org('Nhà văn hóa do Công ty cổ phần Gạch Lê Minh tài trợ toàn bộ.', 'Công ty cổ phần Gạch Lê Minh'),
  org('Công ty TNHH Nông sản sạch Đào Sơn Lâm thu mua 40 tấn chè.', 'Công ty TNHH Nông sản sạch Đào Sơn Lâm'),
  org('Công ty Cổ phần Lữ hành Hà Giang Xanh hỗ trợ 200 triệu đồng.', 'Công ty Cổ phần Lữ hành Hà Giang Xanh'),
  // After a title too, two capitalized syllables after a business's brand word are the brand's (a holder's full name
  // has three).
  org('Giám đốc HTX Nông sản Xanh Lâm Hà: "Giá chè đã tăng"', 'HTX Nông sản Xanh Lâm Hà'),
  none('Công ty Cổ phần Lữ hành Ánh Sao Trần Văn Quân làm đại diện.', 'Trần Văn Quân'),
  org('Tổng Giám đốc Công ty Cổ phần Lữ hành Ánh Sao Trần Minh Quân phát biểu.', 'Công ty Cổ phần Lữ hành Ánh Sao'),
  none('Tổng Giám đốc Công ty Cổ phần Lữ hành Ánh Sao Trần Minh Quân phát biểu.', 'Trần Minh Quân'),
  org('Giám đốc Công ty May Tiến Phát Nguyễn Văn Hùng (ĐHQG) phát biểu.', 'Công ty May Tiến Phát'),
  none('Giám đốc Công ty May Tiến Phát Nguyễn Văn Hùng (ĐHQG) phát biểu.', 'Nguyễn Văn Hùng'),
  none('Bà Lê Thị Hoa, đại biểu Quốc hội tỉnh Quảng Ngãi, phát biểu.', 'tỉnh Quảng Ngãi'),
  org('Quốc hội Việt Nam thông qua luật mới.', 'Quốc hội Việt Nam'),
  // Lower-case field words up to the acronym in brackets that closes the name; not over a verb.
  org('Năm ngoái, Viện Nghiên cứu cây ăn quả miền Nam (SOFRI) lai tạo năm giống xoài.', 'Viện Nghiên cứu cây ăn quả miền Nam', 'SOFRI', 'Viện Nghiên cứu cây ăn quả miền Nam'),
  org('Sở Giao thông vận tải yêu cầu nhà xe (NX) niêm yết giá vé.', 'Sở Giao thông vận tải'),
  none('Sở Giao thông vận tải yêu cầu nhà xe (NX) niêm yết giá vé.', 'nhà xe'),
  org('Bà Hà là nghiên cứu viên của Viện Trí tuệ nhân tạo, Đại học Bách khoa Hà Nội.', 'Viện Trí tuệ nhân tạo'),
  // Living things, public services and schools as fields (`sinh vật`, `công cộng`, `trường học`), after a capitalized one.
  org('Sở phối hợp với Viện Di truyền và Tài nguyên sinh vật tổ chức lớp tập huấn.', 'Viện Di truyền và Tài nguyên sinh vật'),
  org('Ông Bảo là giảng viên Khoa Y tế công cộng, Trường Đại học Y Hà Nội.', 'Khoa Y tế công cộng'),
  org('Phòng Y tế trường học của sở đã kiểm tra 40 bếp ăn.', 'Phòng Y tế trường học'),
  none('Bộ Y tế công bố thêm 12 ca bệnh.', 'công bố'),
  // A unit a head's title names, its name cut at a bound on its words: it goes on to the end of the word cut there.
  org('Ông Lực, Trưởng phòng Kiểm soát rừng và Bảo tồn thiên nhiên thuộc Sở Nông nghiệp tỉnh Lạng Sơn, cho biết rừng tăng.',
    'Phòng Kiểm soát rừng và Bảo tồn thiên nhiên', null, 'Kiểm soát rừng và Bảo tồn thiên nhiên'),
  org('Trung tâm Dịch vụ việc làm ngoài nước tuyển 300 lao động.', 'Trung tâm Dịch vụ việc làm ngoài nước'),
  // The kind of body several places have, named by the kind alone, is no one organization.
  none('Người dân đến Trung tâm Phục vụ hành chính công của 3 xã để làm thủ tục.', 'Trung tâm Phục vụ'),
  org('Trung tâm Phục vụ hành chính công tỉnh Hà Nam mở cửa cả thứ Bảy.', 'Trung tâm Phục vụ hành chính công tỉnh Hà Nam'),
  // A bare level after a body's name: the province's (district's) body; not a province qualified (`tỉnh này`).
  org('Năm nay Hội Nông dân tỉnh đã hỗ trợ 200 hộ vay vốn.', 'Hội Nông dân tỉnh'),
  org('Anh Tú làm việc ở Chi cục Kiểm lâm huyện, còn vợ anh dạy học.', 'Chi cục Kiểm lâm huyện'),
  // A verb of going to law (`khởi kiện`, `tố cáo`) after the bare level ends the name there.
  org('Công đoàn ngành cùng Liên đoàn Lao động huyện khởi kiện hai công ty nợ bảo hiểm.', 'Liên đoàn Lao động huyện'),
  org('Hội Nông dân tỉnh tố cáo một công ty bán phân bón giả.', 'Hội Nông dân tỉnh'),
  org('Hội Nông dân khởi kiện Công ty Thành Đạt ra tòa.', 'Hội Nông dân'),
  org('Đoàn công tác của Sở Xây dựng tỉnh này đã kiểm tra công trình.', 'Sở Xây dựng'),
  none('Đoàn công tác của Sở Xây dựng tỉnh này đã kiểm tra công trình.', 'tỉnh này'),
  org('Bệnh viện Đa khoa tỉnh Hà Tĩnh vừa mổ thành công ca khó. Hiện Bệnh viện Đa khoa tỉnh có 900 giường.', 'Bệnh viện Đa khoa tỉnh Hà Tĩnh', null, 'Bệnh viện Đa khoa tỉnh có'),
  // A body of local government named by its level alone, no place named: its own name, the acronym aside.
  org('Ông Hòa, Chánh Thanh tra tỉnh, cho biết đã kiểm tra 40 dự án.', 'Thanh tra tỉnh'),
  none('Vụ việc đã được chuyển cho Công an huyện điều tra.', 'Công an huyện'),
  org('Đề án được trình Hội đồng nhân dân (HĐND) tỉnh thông qua vào tháng tới.', 'Hội đồng nhân dân tỉnh', 'HĐND', 'Hội đồng nhân dân (HĐND) tỉnh'),
  org('Ủy ban nhân dân tỉnh giao chỉ tiêu cho các huyện. UBND tỉnh cũng yêu cầu báo cáo hằng tháng.', 'Ủy ban nhân dân tỉnh', null, 'UBND tỉnh cũng'),
  org('Công an tỉnh Hà Giang triệt phá đường dây buôn lậu. Công an tỉnh cho biết sẽ mở rộng điều tra.', 'Công an tỉnh Hà Giang', null, 'Công an tỉnh cho'),
  org('Sáng qua, UBND thành phố đã họp khẩn về mưa lũ.', 'UBND thành phố'),
  // Port authorities, the post, the party committees, the social insurance agency.
  org('Theo Cảng vụ Hàng hải Quảng Ninh, lượng tàu cập cảng tăng 12%.', 'Cảng vụ Hàng hải Quảng Ninh'),
  org('Sở Tư pháp và Bưu điện tỉnh ký thỏa thuận trả hồ sơ tại nhà.', 'Sở Tư pháp'),
  org('Sở Tư pháp và Bưu điện tỉnh ký thỏa thuận trả hồ sơ tại nhà.', 'Bưu điện tỉnh'),
  org('Ông Tùng, Phó Bí thư Tỉnh ủy, dự hội nghị sơ kết.', 'Tỉnh ủy'),
  org('Thành ủy Hải Phòng ban hành nghị quyết về chuyển đổi số.', 'Thành ủy Hải Phòng'),
  org('Bà Mai, Phó Giám đốc BHXH huyện Quỳnh Lưu, cho biết số người tham gia tăng.', 'BHXH huyện Quỳnh Lưu'),
  none('Người lao động đóng BHXH đầy đủ sẽ được hưởng lương hưu.', 'BHXH'),
  // A head word after a place's or a street's noun starts the place's name; after an academic title, a person's.
  none('Trụ sở mới nằm trên đường Trường Chinh, phường Trường Xuân.', 'Trường Chinh'),
  none('Trụ sở mới nằm trên đường Trường Chinh, phường Trường Xuân.', 'Trường Xuân'),
  org('Học sinh phường Bến Thành học tại Trường Tiểu học Kim Đồng.', 'Trường Tiểu học Kim Đồng'),
  none('PGS.TS Đoàn Văn Hiếu, Viện trưởng, phát biểu khai mạc.', 'Đoàn Văn Hiếu'),
  none('Sau đó, GS. Đoàn Thị Lan trình bày báo cáo.', 'Đoàn Thị Lan'),
  // A party of a criminal case before a head that is a family name: a person (`bị cáo Đoàn ...`); the bar stays.
  none('Tại phiên tòa, bị cáo Đoàn Minh Khang (43 tuổi) thừa nhận hành vi.', 'Đoàn Minh Khang'),
  none('Cơ quan điều tra đã triệu tập bị can Đoàn Thị Ngọc Mai để làm rõ.', 'Đoàn Thị Ngọc Mai'),
  org('Bị cáo được Đoàn Luật sư tỉnh Hải Dương cử người bào chữa.', 'Đoàn Luật sư tỉnh Hải Dương'),
  org('Các bị cáo đều là thành viên Đoàn Thanh niên xã từ nhiều năm.', 'Đoàn Thanh niên xã'),
  // A province's telecom branch, named by the trade and the place; the trade before the country or other words is none.
  org('Sở phối hợp với Viễn thông Hà Nam (VNPT Hà Nam) lắp camera ở các nút giao.', 'Viễn thông Hà Nam', 'VNPT Hà Nam'),
  org('Giám đốc Viễn thông Lâm Đồng cho biết mạng đã phủ tới các thôn.', 'Viễn thông Lâm Đồng'),
  none('Doanh thu ngành Viễn thông Việt Nam tăng đều mỗi năm.', 'Viễn thông Việt Nam'),
  none('Viễn thông Di động là môn học mới của khoa.', 'Viễn thông Di động'),
  org('Tập đoàn Bưu chính Viễn thông Việt Nam mở rộng mạng 5G.', 'Tập đoàn Bưu chính Viễn thông Việt Nam'),
  // Business incubators; a plant nursery is none.
  org('Ba chuyên gia của Vườn ươm Doanh nghiệp Cần Thơ (CTBI) chấm hồ sơ.', 'Vườn ươm Doanh nghiệp Cần Thơ', 'CTBI'),
  none('Vườn ươm Hòa Bình cung cấp cây giống cho cả huyện.', 'Vườn ươm Hòa Bình'),
  // A cooperative by its acronym and the last words of its name, the middle left out: the one named in full.
  org('Hợp tác xã (HTX) Nông nghiệp Tân Phú mở rộng vùng nấm. Giám đốc HTX Tân Phú cho biết giá tăng.', 'Hợp tác xã Nông nghiệp Tân Phú', null, 'HTX Tân Phú'),
  org('Ông Lê Văn Hai, Giám đốc HTX Tân Phú, cho biết giá tăng.', 'HTX Tân Phú'),
  // A `Hội` named with a year's sexagenary name is that year's festival; an association keeps its name.
  none('Hội Gióng Ất Tỵ thu hút hàng vạn người dân trong vùng.', 'Hội Gióng Ất Tỵ'),
  none('Hội Lim Giáp Thìn 2024 đón hơn một trăm nghìn du khách.', 'Hội Lim'),
  org('Hội Nông dân Giáp Bát tổ chức gặp mặt đầu xuân.', 'Hội Nông dân Giáp Bát'),
  org('Hội Nông dân tỉnh Bắc Giang mở hội chợ nông sản Ất Tỵ.', 'Hội Nông dân tỉnh Bắc Giang'),
  // A unit named with the body it belongs to, then without it.
  org('Phòng CSGT Công an tỉnh Hà Tĩnh lập chốt kiểm tra. Người dân có thể gửi phản ánh tới Phòng CSGT.', 'Phòng CSGT Công an tỉnh Hà Tĩnh', null, 'Phòng CSGT.'),
  // Field words of crafts, drugs, nature and the home market; a two-syllable field word read whole (`hàng không`).
  org('Sản phẩm được Hiệp hội Làng nghề thủ công mỹ nghệ Bắc Ninh giới thiệu tại hội chợ.', 'Hiệp hội Làng nghề thủ công mỹ nghệ Bắc Ninh'),
  org('Mẫu thử được gửi tới Viện Kiểm nghiệm thuốc Trung ương để phân tích.', 'Viện Kiểm nghiệm thuốc Trung ương'),
  org('Ông Nam, Vụ trưởng Vụ Phát triển thị trường nước ngoài, cho biết đơn hàng tăng.', 'Vụ Phát triển thị trường nước ngoài'),
  org('Tổng công ty Cảng hàng không Miền Bắc đã mở thêm quầy thủ tục.', 'Tổng công ty Cảng hàng không Miền Bắc'),
  none('Tổng công ty Cảng hàng không Miền Bắc đã mở thêm quầy thủ tục.', 'quầy thủ tục'),
  // Nature reserves, national parks, the forest rangers' district offices; the border guard with its acronym.
  org('Đàn sếu được ghi nhận tại Khu bảo tồn thiên nhiên Pù Mát vào tháng trước.', 'Khu bảo tồn thiên nhiên Pù Mát'),
  org('Vụ việc đã được chuyển cho Hạt Kiểm lâm Tam Đảo xử lý.', 'Hạt Kiểm lâm Tam Đảo'),
  org('Đề tài do Ban quản lý Khu bảo tồn thực hiện trong hai năm.', 'Ban quản lý Khu bảo tồn', null, 'Ban quản lý Khu bảo tồn'),
  none('Đề tài do Ban quản lý Khu bảo tồn thực hiện trong hai năm.', 'thực hiện'),
  org('Đại tá Hùng, Chính ủy Bộ đội Biên phòng (BĐBP), dự buổi lễ.', 'Bộ đội Biên phòng', 'BĐBP'),
  // A steering committee named by what it steers, up to where the name plainly ends; alone it is a short form.
  org('Trường phối hợp với Ban Chỉ đạo vận động hiến máu tình nguyện và Đoàn Thanh niên tổ chức ngày hội.', 'Ban Chỉ đạo vận động hiến máu tình nguyện'),
  // `chính phủ` (government) as a field word after a capitalized syllable (`Liên`), not after a field word it ends.
  org('Nhóm chuyên gia dẫn số liệu của Ban Liên chính phủ về Đa dạng sinh học (IPBES) trong báo cáo.', 'Ban Liên chính phủ về Đa dạng sinh học', 'IPBES'),
  none('Bộ Tài chính phủ nhận thông tin này.', 'phủ nhận'),
  // A foreign body named bare after `của tổ chức` (of the organization), then alone; not after the verb `tổ chức`.
  org('Dự án đạt chuẩn của tổ chức Gold Standard, và Gold Standard sẽ cấp chứng chỉ.', 'Gold Standard'),
  org('Tín chỉ được thẩm định theo quy trình của tổ chức Plan Vivo trước khi bán.', 'Plan Vivo'),
  none('Năm nay thành phố tổ chức Festival Huế vào tháng 6.', 'Festival Huế'),
  none('Hồ sơ phải qua thẩm định của tổ chức Hòa Bình trước khi nộp.', 'Hòa Bình'),
  // A police unit of two fields' acronyms joined by `và`, then the region it serves, named or numbered (`số N`).
  org('Chiều qua, Đội Cảnh sát PCCC và CNCH khu vực Sơn Trà phối hợp với phường tổ chức diễn tập.', 'Đội Cảnh sát PCCC và CNCH khu vực Sơn Trà'),
  org('Thiếu tá Lê Văn Bảo, Đội trưởng Đội Cảnh sát PCCC&CNCH khu vực số 3, cho biết đội đã kiểm tra 200 cơ sở.', 'Đội Cảnh sát PCCC&CNCH khu vực số 3'),
  // A set phrase a comma parts (`cứu nạn, cứu hộ`) after `và` in a unit its head's title names, then the field's
  // acronym in brackets and the parent body; not a half that makes no set phrase (`cứu nạn, cứu trợ`).
  org('Theo Thượng tá Ngô Văn Hải, Trưởng phòng Cảnh sát PCCC và cứu nạn, cứu hộ (CNCH) Công an tỉnh Quảng Nam, số vụ cháy giảm.',
    'Phòng Cảnh sát PCCC và cứu nạn, cứu hộ', null, 'Cảnh sát PCCC và cứu nạn, cứu hộ'),
  none('Ông Tư, Trưởng phòng Kinh doanh và cứu nạn, cứu trợ Công ty X cho biết.', 'cứu nạn, cứu trợ'),
  // What a steering committee steers, up to its bare level, which closes the name where the name plainly ends after it.
  org('Bà Hạnh, Phó Trưởng ban thường trực Ban chỉ đạo công tác dân số huyện, cho biết tỷ lệ sinh giảm.', 'Ban chỉ đạo công tác dân số huyện'),
  org('Ông Quang, Trưởng Ban chỉ đạo phát triển du lịch cộng đồng bền vững thành phố, cho biết lượng khách tăng.',
    'Ban chỉ đạo phát triển du lịch cộng đồng bền vững thành phố'),
  none('Ban chỉ đạo họp tại tỉnh vào sáng nay.', 'họp tại tỉnh'),
  org('Theo Ban Chỉ đạo phòng chống dịch, số ca mắc đã giảm.', 'Ban Chỉ đạo phòng chống dịch'),
  org('Ban Chỉ đạo xây dựng nông thôn mới đã kiểm tra 12 xã.', 'Ban Chỉ đạo xây dựng nông thôn mới'),
  none('Chiều qua, Ban Chỉ đạo họp khẩn.', 'họp khẩn'),
  none('Ban Chỉ đạo đã yêu cầu các xã báo cáo.', 'đã yêu cầu'),
  none('Ban Chỉ đạo cho biết sẽ kiểm tra thêm.', 'cho biết'),
  // `liên Bộ`: several ministries, their fields joined by a dash; the dash joins one ministry's fields elsewhere.
  org('Giá điện do liên Bộ Tài chính - Công Thương điều chỉnh.', 'Bộ Tài chính'),
  none('Giá điện do liên Bộ Tài chính - Công Thương điều chỉnh.', 'Công Thương'),
  org('Đề án do Bộ Lao động - Thương binh và Xã hội soạn thảo.', 'Bộ Lao động - Thương binh và Xã hội'),
  // A short form in brackets with the full name's head and some of its words: the same company.
  org('Vụ việc xảy ra tại Công ty TNHH Dịch vụ Minh An Group (Công ty Minh An), quận Cầu Giấy.', 'Công ty TNHH Dịch vụ Minh An Group', null, 'Công ty Minh An'),
  org('Công ty Cổ phần Thủy sản Bình Minh (Công ty Bình Minh) cho biết, Giám đốc Công ty Bình Minh đã từ chức.', 'Công ty Cổ phần Thủy sản Bình Minh', null, 'Công ty Bình Minh đã'.slice(0, 17)),
  org('Công ty TNHH Hòa Phát (Công ty Minh Long) ký hợp đồng.', 'Công ty Minh Long'),
  // A person's job before a head that is a family name: the person's name.
  none('Kiểm sát viên Đoàn Văn Thịnh, Viện Kiểm sát nhân dân tỉnh, giữ quyền công tố.', 'Đoàn Văn Thịnh'),
  none('Luật sư Đoàn Thị Mai bào chữa cho bị cáo.', 'Đoàn Thị Mai'),
  org('Luật sư Đoàn Luật sư tỉnh Nam Định tham gia phiên tòa.', 'Đoàn Luật sư tỉnh Nam Định'),
  // The state's honorary titles before a person's name, abbreviated or spelled out with the abbreviation bracketed.
  none('Vở diễn do NSND Đoàn Quốc Thắng dàn dựng.', 'Đoàn Quốc Thắng'),
  none('Tối qua, Nghệ sĩ Ưu tú (NSƯT) Đoàn Thanh Hương lên sân khấu.', 'Đoàn Thanh Hương'),
  none('Buổi lễ có Nhà giáo Nhân dân Đoàn Văn Bình dự.', 'Đoàn Văn Bình'),
  org('Vở kịch của Đoàn Kịch nói Quân đội được NSND chấm điểm cao.', 'Đoàn Kịch nói Quân đội'),
  // A team's coach or player before a head that is a family name: the person's name; a lower-case word keeps the body.
  none('Sau trận đấu, HLV Đoàn Thanh Tùng khen các cầu thủ trẻ.', 'Đoàn Thanh Tùng'),
  none('Tiền vệ Đoàn Quốc Huy được gọi lên tuyển.', 'Đoàn Quốc Huy'),
  org('Các HLV Đoàn Thanh niên tỉnh Nghệ An dẫn dắt trại hè.', 'Đoàn Thanh niên tỉnh Nghệ An'),
  // A head that is a family name right after a team's name, a full personal name after it: the coach's name.
  none('HLV trưởng Sông Lam Nghệ An Đoàn Văn Tâm chưa muốn nói về kết quả.', 'Đoàn Văn Tâm'),
  none('Giám đốc Sở Nội vụ Bắc Ninh Đoàn Thị Hoa trả lời chất vấn.', 'Đoàn Thị Hoa'),
  org('Anh Tuấn, Phó Bí thư Đoàn Thanh niên trường, phát biểu.', 'Đoàn Thanh niên', null, 'Đoàn Thanh niên'),
  // A company's head and a country alone say where a company is from: no name. A country after a state body's head,
  // or after the company's own name, stays in the name.
  none('Một tập đoàn lớn tới thăm, Tập đoàn Nhật Bản này muốn xây thêm kho lạnh.', 'Tập đoàn Nhật Bản'),
  none('Công ty Hàn Quốc vừa nhận giấy chứng nhận đầu tư tại Bắc Ninh.', 'Công ty Hàn Quốc'),
  org('Tập đoàn Lotte Hàn Quốc mở thêm trung tâm thương mại ở Hà Nội.', 'Tập đoàn Lotte Hàn Quốc'),
  org('Đại sứ quán Nhật Bản trao học bổng cho sinh viên.', 'Đại sứ quán Nhật Bản'),
  // A managing body's zone and the members after `và các`, closed by the bracket of its short form or by a place.
  org('Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp Khánh Hòa cấp phép cho nhà máy.', 'Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp Khánh Hòa'),
  none('Ban Quản lý Khu kinh tế Vân Phong và các sở ngành (Sở Xây dựng) đã họp.', 'các sở ngành'),
  none('Ban Quản lý Khu kinh tế Vân Phong và các doanh nghiệp đã ký biên bản.', 'các doanh nghiệp'),
  // A hospital's departments, named for a field of medicine, words or two fields joined by a dash.
  org('Bệnh nhân được chuyển đến Khoa Truyền nhiễm của bệnh viện tỉnh.', 'Khoa Truyền nhiễm'),
  org('Ba bệnh nhân đang nằm ở Khoa Hồi sức tích cực - Chống độc của bệnh viện.', 'Khoa Hồi sức tích cực - Chống độc'),
  org('Bà Trần Thu Hà, Trưởng Khoa Huyết học - Truyền máu, nói thêm về ca bệnh.', 'Khoa Huyết học - Truyền máu'),
  org('Khoa Nhiễm với 40 giường đã kê thêm giường gấp.', 'Khoa Nhiễm'),
  none('Khoa học cơ bản cần thêm đầu tư.', 'Khoa học'),
  none('Ông Nguyễn Đăng Khoa Hà Nội đã có mặt từ sớm.', 'Khoa Hà Nội'),
  none('Khoa cho biết bệnh viện đã mở thêm phòng khám.', 'Khoa cho'),
  // A title right after the head, then a field word: the body of those who hold it.
  org('Bà Lan là Ủy viên Hội đồng Giáo sư nhà nước nhiệm kỳ này.', 'Hội đồng Giáo sư nhà nước'),
  org('Hội đồng Giáo sư quốc gia vừa công bố danh sách.', 'Hội đồng Giáo sư quốc gia'),
  none('Bộ Y tế Giáo sư Trần Văn An phát biểu.', 'Giáo sư Trần'),
  // A defined acronym written after the head for the words it stands for: the body named with them spelled out, in
  // full or cut short by the bracket, when a place's level or a body follows; its name is then the one spelled out.
  org('Theo Phòng Cảnh sát kinh tế (CSKT) Công an tỉnh Gia Lai, vụ việc đang được xác minh. Đại diện Phòng CSKT Công an tỉnh Gia Lai cho biết sẽ xử lý nghiêm.', 'Phòng Cảnh sát kinh tế Công an tỉnh Gia Lai', null, 'Phòng CSKT Công an tỉnh Gia Lai'),
  org('Ủy ban Mặt trận Tổ quốc (MTTQ) phường đã trao 20 suất quà. Ủy ban MTTQ phường cũng vận động thêm kinh phí sửa nhà.', 'Ủy ban Mặt trận Tổ quốc phường', null, 'Ủy ban MTTQ phường'),
  org('Ủy ban Mặt trận Tổ quốc (MTTQ) phường đã trao 20 suất quà. Ban Thường trực MTTQ tỉnh Bình Phước cũng gửi thư khen.', 'Ban Thường trực MTTQ tỉnh Bình Phước'),
  org('Phòng Cảnh sát kinh tế (CSKT) đã vào cuộc. Đội CSKT Công an huyện Đức Cơ cũng tham gia điều tra.', 'Đội CSKT Công an huyện Đức Cơ'),
  // An acronym in brackets inside a name, before its place, defined for the words before it: the whole body's.
  org('Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Phú Yên ghi nhận 300 ca bệnh. Theo CDC, số ca tăng mạnh.', 'Trung tâm Kiểm soát bệnh tật tỉnh Phú Yên', 'CDC', 'Theo CDC'),
  org('Trung tâm Y tế (TTYT) huyện Krông Pa đã cấp phát thuốc. Theo TTYT, số ca sốt rét giảm.', 'Trung tâm Y tế huyện Krông Pa', 'TTYT', 'Theo TTYT'),
  none('Trung tâm Kiểm soát bệnh tật (KSBT) tỉnh Phú Yên vừa phun thuốc. Công tác KSBT cần làm thường xuyên.', 'Công tác KSBT'),
  // An activity that is a verb too (`Xúc tiến`, `Hỗ trợ`) takes the fields it works on up to the name's place.
  org('Trung tâm Xúc tiến đầu tư tỉnh Nam Định giới thiệu ba dự án mới.', 'Trung tâm Xúc tiến đầu tư tỉnh Nam Định'),
  org('Quỹ Hỗ trợ khởi nghiệp sáng tạo tỉnh Bình Định (BDSF) vừa giải ngân.', 'Quỹ Hỗ trợ khởi nghiệp sáng tạo tỉnh Bình Định', 'BDSF'),
  org('Trung tâm Xúc tiến kêu gọi đầu tư tỉnh Nam Định vào nông nghiệp.', 'Trung tâm Xúc tiến'),
  org('Bộ Y tế hỗ trợ tỉnh Nghệ An thêm hai xe cứu thương.', 'Bộ Y tế'),
  // People's credit funds, named by their commune after the head in lower case.
  org('Quỹ tín dụng nhân dân phường Tân Định cho vay thêm 5 tỷ đồng.', 'Quỹ tín dụng nhân dân phường Tân Định'),
  // A foreign body's office gives its seat after `tại`; a Vietnamese body's or one meeting somewhere does not.
  org('Phòng Thương mại và Công nghiệp Nhật Bản tại Việt Nam (JCCI) tổ chức hội thảo.', 'Phòng Thương mại và Công nghiệp Nhật Bản tại Việt Nam', 'JCCI'),
  org('Bộ Ngoại giao Việt Nam tại Hà Nội đón đoàn khách.', 'Bộ Ngoại giao Việt Nam'),
  org('Phòng Thương mại Hàn Quốc họp tại Hà Nội sáng nay.', 'Phòng Thương mại Hàn Quốc'),
  // Civil defence names the command board; the city's board is named by its bare level.
  org('Ban Chỉ huy Phòng thủ dân sự thành phố đã sơ tán hai nghìn hộ.', 'Ban Chỉ huy Phòng thủ dân sự thành phố'),
  org('Sở Y tế thành phố này thiếu bác sĩ.', 'Sở Y tế'),
  // The members a managing board covers, by their acronym, before the board's place.
  org('Ban Quản lý Khu kinh tế và các KCN tỉnh Nam Định cấp phép hai dự án.', 'Ban Quản lý Khu kinh tế và các KCN tỉnh Nam Định'),
  org('Ban Quản lý Khu kinh tế và các DN tại tỉnh Nam Định đã họp.', 'Ban Quản lý Khu kinh tế'),
  // After an activity's `về`, the words of what it covers up to the bracket of the name's short form.
  org('Bệnh viện ký thỏa thuận với Trung tâm Điều phối quốc gia về hiến mô tạng người (gọi tắt là Trung tâm) tuần trước.', 'Trung tâm Điều phối quốc gia về hiến mô tạng người'),
  org('Trung tâm Điều phối quốc gia về hiến mô tạng đã nhận thêm hồ sơ.', 'Trung tâm Điều phối quốc gia'),
  org('Trung tâm Điều phối quốc gia về yêu cầu hiến tạng (gọi tắt là TT) đã họp.', 'Trung tâm Điều phối quốc gia'),
  // The tax offices since 2025 are `Thuế` and their level and place; `Thuế` before other words is a tax.
  org('Thuế thành phố Cần Thơ đã thu vượt dự toán năm nay.', 'Thuế thành phố Cần Thơ'),
  org('Sở yêu cầu Thuế tỉnh Quảng Trị rà soát hồ sơ hoàn thuế.', 'Thuế tỉnh Quảng Trị'),
  none('Thuế thu nhập cá nhân của người lao động sẽ giảm.', 'Thuế thu nhập'),
  none('Thuế tăng khiến giá xe nhập khẩu đắt hơn.', 'Thuế tăng'),
  // The airports' operators, named for their city after `Cảng hàng không`.
  org('Cảng hàng không quốc tế Đà Nẵng đã mở thêm hai cửa ra tàu bay.', 'Cảng hàng không quốc tế Đà Nẵng'),
  org('Năm nay Cảng hàng không Điện Biên đón gần 300.000 khách.', 'Cảng hàng không Điện Biên'),
  // A head word ending a place's name begun before it is the place's (`Hải Phòng`), not a department.
  none('Hãng mở lại đường bay Hải Phòng – Đà Lạt từ tháng sau.', 'Phòng – Đà Lạt'),
  none('Chuyến xe Hải Phòng - Quảng Ninh chạy mỗi giờ một lượt.', 'Phòng - Quảng Ninh'),
  org('Phòng Tài chính - Kế hoạch đã trình phương án giá mới.', 'Phòng Tài chính - Kế hoạch'),
  // A whole national body's name before a verb whose first syllable would make a compound with a one-word head.
  org('Bộ đã kiến nghị Chính phủ bố trí thêm vốn cho dự án.', 'Chính phủ'),
  org('Quốc hội bố trí ngân sách cho chương trình này.', 'Quốc hội'),
  none('Ông được bầu làm Tỉnh ủy viên từ năm ngoái.', 'Tỉnh ủy viên'),
  // A province's delegation to the National Assembly.
  org('Đoàn đại biểu Quốc hội tỉnh Hà Giang đã tiếp xúc cử tri hôm qua.', 'Đoàn đại biểu Quốc hội tỉnh Hà Giang'),
  // A delegation's head names the assembly: a bare level after it (past its acronym in brackets) is the province's.
  org('Hôm qua, Đoàn đại biểu Quốc hội tỉnh làm việc với huyện Mường Tè.', 'Đoàn đại biểu Quốc hội tỉnh'),
  org('Ông Lò Văn Mạnh, Trưởng đoàn Đoàn đại biểu Quốc hội (ĐBQH) tỉnh; bà Lê Thị Hà, Phó Bí thư Tỉnh ủy.', 'Đoàn đại biểu Quốc hội tỉnh', null, 'Đoàn đại biểu Quốc hội (ĐBQH) tỉnh'),
  none('Ông Lò Văn Mạnh, Trưởng đoàn Đoàn đại biểu Quốc hội (ĐBQH) tỉnh; bà Lê Thị Hà, Phó Bí thư Tỉnh ủy.', 'Lê Thị Hà'),
  org('Đoàn ĐBQH tỉnh đã tiếp xúc cử tri ở 4 xã.', 'Đoàn ĐBQH tỉnh'),
  org('Đoàn đại biểu Quốc hội tỉnh Kon Tum đã họp. Ông Y Khoa, Phó Trưởng đoàn Đoàn ĐBQH tỉnh, chủ trì.', 'Đoàn đại biểu Quốc hội tỉnh Kon Tum', null, 'Đoàn ĐBQH tỉnh'),
  // A field's acronym in brackets mid-name, then the parent body with its place: one name, the acronym a gap in it.
  org('Phòng Cảnh sát giao thông (CSGT) Công an tỉnh Nghệ An đã xử phạt 200 trường hợp.', 'Phòng Cảnh sát giao thông Công an tỉnh Nghệ An', null, 'Phòng Cảnh sát giao thông (CSGT) Công an tỉnh Nghệ An'),
  org('Cơ quan Cảnh sát điều tra (CSĐT) Công an huyện Đức Thọ đã khởi tố vụ án.', 'Cơ quan Cảnh sát điều tra Công an huyện Đức Thọ', null, 'Cơ quan Cảnh sát điều tra (CSĐT) Công an huyện Đức Thọ'),
  org('Phòng Cảnh sát giao thông (CSGT) đã xử phạt 200 trường hợp.', 'Phòng Cảnh sát giao thông'),
  org('Cơ quan Cảnh sát điều tra (CSĐT) Công an huyện Đức Thọ đã khởi tố vụ án. Cơ quan CSĐT đề nghị bị hại liên hệ.', 'Cơ quan Cảnh sát điều tra Công an huyện Đức Thọ', null, 'Cơ quan CSĐT'),
  // One office serving two local bodies joined by `và`, through their level and place.
  org('Bộ máy gồm Văn phòng HĐND và UBND phường, phòng kinh tế và phòng văn hóa.', 'Văn phòng HĐND và UBND phường'),
  org('Ông Hà Văn Tư, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, được điều động.', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh'),
  org('Bà Lê Thu, Chánh Văn phòng HĐND và UBND huyện Yên Thành, nghỉ hưu.', 'Văn phòng HĐND và UBND huyện Yên Thành'),
  org('Văn phòng UBND và các sở đã họp.', 'Văn phòng UBND'),
  none('Văn phòng UBND và các sở đã họp.', 'các sở'),
  org('Tuần trước, Đoàn ĐBQH TP Cần Thơ giám sát ba bệnh viện.', 'Đoàn ĐBQH TP Cần Thơ'),
  // A quoted name running on in lower case to its closing quote names a model or a programme, not the body.
  none('Xã sẽ nhân rộng mô hình "Câu lạc bộ Nông dân làm giàu" ra các thôn.', 'Câu lạc bộ Nông dân'),
  none('Hội lập thêm mô hình “Câu lạc bộ Phụ nữ tự tin” ở các bản.', 'Câu lạc bộ Phụ nữ'),
  org('Hợp đồng được ký với "Công ty Sao Mai" từ năm ngoái.', 'Công ty Sao Mai'),
  org('"Công ty Sao Mai đã nợ lương ba tháng liền", anh nói.', 'Công ty Sao Mai'),
  // A head and its defined acronym with the level alone name the body named with the level and its place.
  org('Ông là Chủ tịch Hội Cựu chiến binh (CCB) tỉnh Hà Giang. Năm nay Hội CCB tỉnh sẽ mở thêm lớp.', 'Hội Cựu chiến binh tỉnh Hà Giang', null, 'Hội CCB tỉnh'),
  org('Ông là Chủ tịch Hội Cựu chiến binh (CCB) tỉnh Hà Giang. Hội CCB huyện đã họp.', 'Hội CCB huyện'),
  // A name with `cấp` and a level after it, or counted and run on in lower case, is a class of bodies, no one body.
  none('Mỗi Ban Chỉ huy Quân sự cấp xã có ba cán bộ chuyên trách.', 'Ban Chỉ huy Quân sự'),
  none('Huyện đã lập 4 Trung tâm Y tế khu vực cho vùng cao.', 'Trung tâm Y tế'),
  org('Ban Chỉ huy Quân sự tỉnh Hà Giang đã tổ chức diễn tập.', 'Ban Chỉ huy Quân sự tỉnh Hà Giang'),
  org('Hai Bộ Y tế, Tài chính đã thống nhất phương án.', 'Bộ Y tế'),
  // A body named for two fields, a comma between them, the second with its lower-case words; not the one-word short
  // names of several bodies of one head, nor a clause after the comma.
  org('Sở phối hợp với Viện Khảo sát, Xây dựng thủy lợi và Trung tâm Quan trắc tỉnh.', 'Viện Khảo sát, Xây dựng thủy lợi'),
  org('Viện Nghiên cứu, Phát triển cây dược liệu đã chọn được 5 giống mới.', 'Viện Nghiên cứu, Phát triển cây dược liệu'),
  org('Các Sở Tài chính, Xây dựng và Công an tỉnh đã họp bàn.', 'Sở Tài chính'),
  org('Theo Viện Kinh tế, Nhà nước cần giảm thuế.', 'Viện Kinh tế'),
  org('Tháng 3 Bộ Y tế đã ban hành hướng dẫn mới.', 'Bộ Y tế'),
  // A ward named by its town and a number: the number closes the name.
  org('Đội Quản lý thị trường phối hợp Công an phường Bảo Lộc 2 kiểm tra xe tải.', 'Công an phường Bảo Lộc 2'),
  org('UBND phường Tân Phú 3 hộ dân chưa nhận tiền hỗ trợ.', 'UBND phường Tân Phú'),
  // A unit named for a person of history keeps the person's whole name (three syllables) after its level; a name
  // of three syllables the list lacks, starting with a family name, is still the holder's after a title.
  org('Trưởng Công an phường Lê Hồng Phong, Trung tá Vũ Văn Hải, cho biết đã tăng cường tuần tra.', 'Công an phường Lê Hồng Phong'),
  org('UBND xã Phan Bội Châu vừa hoàn thành việc cấp đổi sổ đỏ.', 'UBND xã Phan Bội Châu'),
  none('Chủ tịch UBND phường Trần Minh Khôi phát biểu khai mạc.', 'Minh Khôi'),
  // A body's branch, named by the body after `Chi nhánh`: the head is part of the name; lower case it is a word.
  org('Ông từng làm Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện Gia Lâm nhiều năm.', 'Chi nhánh Văn phòng Đăng ký đất đai huyện Gia Lâm'),
  org('Chi nhánh Ngân hàng Nông nghiệp và Phát triển Nông thôn tỉnh Bắc Kạn đã giải ngân 200 tỷ đồng.', 'Chi nhánh Ngân hàng Nông nghiệp và Phát triển Nông thôn tỉnh Bắc Kạn'),
  none('Chi nhánh này đã mở thêm hai phòng giao dịch.', 'Chi nhánh này'),
  // A branch named by its place alone right after the body's name or acronym: the body's office, no organization apart.
  org('Ngân hàng TMCP Công Thương Việt Nam (VietinBank) Chi nhánh Bắc Giang giải ngân 50 tỷ đồng.', 'Ngân hàng TMCP Công Thương Việt Nam', 'VietinBank'),
  none('Ngân hàng TMCP Công Thương Việt Nam (VietinBank) Chi nhánh Bắc Giang giải ngân 50 tỷ đồng.', 'Chi nhánh Bắc Giang'),
  none('Hồ sơ vay được BIDV Chi nhánh Thái Bình duyệt trong một tuần.', 'Chi nhánh Thái Bình'),
  // A branch named by its tier (a level and its place, a numbered region) after the body's name and its acronym is a
  // body of its own, named with the body's full name; the body with its acronym is found too; so is the branch
  // named after the acronym alone later, or first.
  org('Ngân hàng Phát triển Việt Nam (VDB) chi nhánh tỉnh Yên Bái đã giải ngân 80 tỷ đồng.', 'Ngân hàng Phát triển Việt Nam chi nhánh tỉnh Yên Bái', null, 'chi nhánh tỉnh Yên Bái'),
  org('Ngân hàng Phát triển Việt Nam (VDB) chi nhánh tỉnh Yên Bái đã giải ngân 80 tỷ đồng.', 'Ngân hàng Phát triển Việt Nam', 'VDB', 'Ngân hàng Phát triển Việt Nam'),
  org('Ngân hàng Phát triển Việt Nam (VDB) Chi nhánh TP Hải Phòng đã họp. Năm nay VDB Chi nhánh TP Hải Phòng cho vay thêm.', 'Ngân hàng Phát triển Việt Nam Chi nhánh TP Hải Phòng', null, 'VDB Chi nhánh TP Hải Phòng'),
  org('Ngân hàng Phát triển Việt Nam (VDB) đã họp. Hồ sơ gửi VDB Chi nhánh Khu vực 7 trước tháng 3.', 'VDB Chi nhánh Khu vực 7'),
  none('Ngân hàng Phát triển Việt Nam (VDB) chi nhánh mới ở tỉnh Yên Bái đã khai trương.', 'chi nhánh mới'),
  org('Bà Lan, Giám đốc Chi nhánh Quảng Ninh, cho biết dư nợ tăng 12%.', 'Chi nhánh Quảng Ninh'),
  none('Công ty vừa mở thêm chi nhánh ở miền Trung.', 'chi nhánh'),
  // A known acronym opening a club's name is the sponsor's word in it, the bank alone elsewhere.
  org('SHB Đà Nẵng thắng Hải Phòng 2-1 nhờ bàn thắng phút cuối.', 'SHB Đà Nẵng', null, 'SHB'),
  // A club named by a province and a sponsor's name, the province opening a run a family name also opens.
  org('Ở vòng 5, Lâm Đồng Thiên Phúc thắng Cao Bằng Hải Vân 5-2.', 'Cao Bằng Hải Vân'),
  org('Ở vòng 5, Lâm Đồng Thiên Phúc thắng Cao Bằng Hải Vân 5-2.', 'Lâm Đồng Thiên Phúc'),
  none('Ở chung kết, Cao Văn Hải thắng Lê Minh Quân 2-1.', 'Cao Văn Hải'),
  // The winner of a result after `của`, the beaten side after `trước`.
  org('Trận thắng 3-1 của Bến Tre Hưng Phát trước Gia Lai Đồng Xanh đã khép lại vòng đấu.', 'Bến Tre Hưng Phát'),
  org('Trận thắng 3-1 của Bến Tre Hưng Phát trước Gia Lai Đồng Xanh đã khép lại vòng đấu.', 'Gia Lai Đồng Xanh'),
  none('Chiến thắng 3-1 của Trần Minh Đức trước đối thủ người Thái Lan rất thuyết phục.', 'Trần Minh Đức'),
  // Both sides of a draw before `hòa nhau`.
  org('Vòng này, Phú Yên Ngọc Lan và Long An Sao Mai hòa nhau 2-2.', 'Phú Yên Ngọc Lan'),
  org('Vòng này, Phú Yên Ngọc Lan và Long An Sao Mai hòa nhau 2-2.', 'Long An Sao Mai'),
  none('Ván cờ giữa Lê Quang Liêm và Nguyễn Ngọc Trường hòa nhau 1-1 sau hai lượt.', 'Nguyễn Ngọc Trường'),
  // A draw's sides before `chia điểm`, a province's team and a name of two runs joined by a dash too.
  org('Cuối tuần, Thừa Thiên - Huế và Bình Định chia điểm 2-2 trên sân Quy Nhơn.', 'Thừa Thiên - Huế'),
  org('Cuối tuần, Thừa Thiên - Huế và Bình Định chia điểm 2-2 trên sân Quy Nhơn.', 'Bình Định'),
  none('Hai xã Tân Lập và Tân Hòa chia điểm thi đua cho khối dân vận.', 'Tân Hòa'),
  // The winner of a result written as one acronym-like word; a pronoun before the verb is none.
  org('Tối qua, SLNA-B thắng Kon Tum 2-0 ngay trên sân khách.', 'SLNA-B'),
  none('Họ thắng Kon Tum 2-0 ngay trên sân khách.', 'Họ'),
  // A side after `đội`, `đội chủ nhà`, `đội khách` in a report whose result named teams; elsewhere none.
  org('Đội chủ nhà thắng Bình Phước 2-1 nhờ bàn thắng muộn của đội chủ nhà Tây Ninh.', 'Tây Ninh'),
  org('Phú Thọ Xanh thắng Bình Phước 1-0, đội khách Bình Phước chơi thiếu người.', 'Bình Phước', null, 'Bình Phước chơi'),
  none('Sau bão, đội cứu hộ Tây Ninh đã có mặt tại hiện trường.', 'Tây Ninh'),
  none('Phú Thọ Xanh thắng Bình Phước 1-0 nhờ hai cầu thủ mượn từ đội U21 của câu lạc bộ.', 'U21'),
  none('Năm 2020-2025, đội Tây Ninh dẫn đầu phong trào hiến máu.', 'Tây Ninh'),
  none('Đội chủ nhà thắng Bình Phước 2-1, đội tuyển Thái Lan thì chưa đá.', 'Thái Lan'),
  // A coach's nationality and name before the verb are no winning team.
  none('Đội bóng của HLV người Bồ Đào Nha Carlos Mendes thắng Vĩnh Long Hòa Bình 4-0.', 'Bồ Đào Nha Carlos Mendes'),
  org('Đội bóng của HLV người Bồ Đào Nha Carlos Mendes thắng Vĩnh Long Hòa Bình 4-0.', 'Vĩnh Long Hòa Bình'),
  org('Khách hàng vay vốn tại SHB được giảm lãi suất.', 'SHB', 'SHB'),
  // A club named with `CLB` is read whole by its head, lower-case words and all, wherever a result names it.
  org('Tối qua, CLB Quân đội thắng CLB Đà Nẵng với tỷ số 3-2.', 'CLB Quân đội'),
  org('Đội nữ giành chiến thắng 3-0 trước CLB Công an Nhân dân.', 'CLB Công an Nhân dân'),
  none('Câu lạc bộ (CLB) Cầu lông Hải quân giữ ngôi đầu bảng sau 3-1.', 'Cầu lông'),
  // An app named for the bank that owns it is a product, not the bank; the bank's brand alone elsewhere is the bank.
  none('Người dùng cần cập nhật ứng dụng Vietcombank lên phiên bản mới.', 'Vietcombank'),
  none('Khách hàng tải app Techcombank để mở tài khoản.', 'Techcombank'),
  org('Số khách hàng của Vietcombank tăng mạnh trong quý.', 'Vietcombank', 'Vietcombank'),
  // Arts and crafts in a name: `Mỹ` starts a field there, not the country.
  org('Sinh viên Trường Đại học Mỹ thuật Việt Nam triển lãm tranh sơn dầu.', 'Trường Đại học Mỹ thuật Việt Nam'),
  org('Hội Mỹ thuật Thành phố Hồ Chí Minh phát động cuộc thi vẽ.', 'Hội Mỹ thuật Thành phố Hồ Chí Minh'),
  org('Công ty Mỹ nghệ Sông Hồng tuyển thêm thợ khảm.', 'Công ty Mỹ nghệ Sông Hồng'),
  org('Lãnh đạo Đại sứ quán Mỹ tại Hà Nội tiếp đoàn.', 'Đại sứ quán Mỹ tại Hà Nội'),
  // A centrally run city's council and committee named by the level alone, as a province's are; `TP` and the city's
  // name before, the level alone refers back to them; a district's level alone names none of its many bodies.
  org('Sở Tài chính đã trình UBND thành phố phương án giá mới.', 'UBND thành phố'),
  org('Chúng tôi đã tham mưu Hội đồng nhân dân (HĐND) thành phố ban hành nghị quyết. Sau đó HĐND thành phố đã thông qua.', 'Hội đồng nhân dân thành phố', 'HĐND', 'HĐND thành phố đã'),
  org('UBND TP Hải Phòng vừa họp báo. Đại diện UBND thành phố cho biết cầu sẽ thông xe sớm.', 'UBND TP Hải Phòng', null, 'UBND thành phố cho'),
  none('Sở Tài chính đã trình UBND huyện phương án giá mới.', 'UBND huyện'),
  // A province's body named with its place, then without the level, then by the level alone: one body.
  org('Thanh tra Lâm Đồng vừa công bố kết luận. Thanh tra tỉnh Lâm Đồng đề nghị thu hồi tiền. Ông Hải, Phó Chánh Thanh tra tỉnh, cho biết thêm.', 'Thanh tra tỉnh Lâm Đồng', null, 'Thanh tra tỉnh, cho'),
  // A body every province has takes the bare level before whatever lower-case word follows, not one that makes the
  // level a place's kind.
  org('Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng ứng cứu.', 'Bộ Chỉ huy Quân sự tỉnh'),
  org('Liên đoàn Lao động tỉnh thăm hỏi công nhân.', 'Liên đoàn Lao động tỉnh'),
  org('Bộ Chỉ huy Quân sự tỉnh bạn đã hỗ trợ.', 'Bộ Chỉ huy Quân sự', null, 'Bộ Chỉ huy Quân sự'),
  none('Bộ Chỉ huy Quân sự tỉnh bạn đã hỗ trợ.', 'bạn'),
  // A whole body's regional office, its region numbered in Roman numerals or digits, its acronym in brackets maybe.
  org('Kiểm toán Nhà nước khu vực IX đã kiểm toán 30 đơn vị.', 'Kiểm toán Nhà nước khu vực IX'),
  org('Năm nay, Kiểm toán Nhà nước (KTNN) khu vực IV kiến nghị thu hồi 200 tỷ đồng.', 'Kiểm toán Nhà nước khu vực IV', null, 'khu vực IV'),
  org('Chi cục Hải quan khu vực 3 đã thông quan lô hàng.', 'Chi cục Hải quan khu vực 3'),
  org('Kiểm toán Nhà nước khu vực này có nhiều việc.', 'Kiểm toán Nhà nước', null, 'Kiểm toán Nhà nước'),
  none('Kiểm toán Nhà nước khu vực này có nhiều việc.', 'khu vực'),
  // The outlet a closing `Theo ...` line attributes the article to is a news organization, whatever its words; a
  // `Theo` that cites a source inside a sentence is no attribution.
  org('Giá cà phê tăng mạnh trong tuần qua.\nNông dân phấn khởi.\nTheo Nhịp sống Nông thôn', 'Nhịp sống Nông thôn'),
  none('Giá cà phê tăng mạnh trong tuần qua.\nTheo Nhịp sống Nông thôn mới, nông dân phấn khởi vì giá tốt hơn năm ngoái.', 'Nhịp sống'),
  // Newspapers headed `Thời báo`, `Nhật báo`.
  org('Theo Thời báo Tài chính Việt Nam, giá vàng đã giảm.', 'Thời báo Tài chính Việt Nam'),
  org('Bài phỏng vấn đăng trên Nhật báo Sài Gòn Giải Phóng hôm qua.', 'Nhật báo Sài Gòn Giải Phóng'),
  none('Ông vẫn giữ thói quen đọc nhật báo mỗi sáng.', 'nhật báo'),
  // A craft workshop named after lower-case `cơ sở` and its trade; not many workshops, not one unnamed or at a place.
  org('Cơ sở mộc Tân Tiến vừa nhận thêm đơn hàng từ Nhật Bản.', 'Cơ sở mộc Tân Tiến'),
  org('Ông Lâm, chủ cơ sở nước mắm Hồng Hạnh, cho biết giá cá tăng.', 'cơ sở nước mắm Hồng Hạnh'),
  none('Các cơ sở gốm Bát Tràng tăng ca để kịp đơn hàng.', 'cơ sở gốm'),
  none('Cơ sở gốm ở làng nghề đã ngừng đốt lò than.', 'Cơ sở gốm'),
  none('Cơ sở may Hà Nội tuyển thêm thợ.', 'Cơ sở may'),
  none('Cơ sở vật chất của Trường Tân Tiến được nâng cấp.', 'Cơ sở vật chất'),
  // An online marketplace by its coined brand after `sàn`, and the brand alone elsewhere; not a stock exchange's
  // acronym, not a word of the language.
  org('Người bán trên sàn thương mại điện tử GiaoLiền phải nộp thuế.', 'GiaoLiền'),
  org('Từ tháng sau, sàn Tiki thu thêm phí.', 'Tiki'),
  org('Nhiều người bán cho rằng Tiki tăng phí quá nhanh, dù sàn Tiki giữ mức cũ cho hàng Tết.', 'Tiki'),
  none('Cổ phiếu ngân hàng trên sàn HOSE giảm điểm.', 'HOSE'),
  none('Giá nhà trên sàn Nhà đất tăng mạnh.', 'Nhà'),
  // A studio or publisher named by the capitalized words after its lower-case kind, and those words alone elsewhere;
  // not a place, not a kind with no name after it.
  org('Tựa game mới của studio Gió Bấc đã có mặt trên kho ứng dụng.', 'Gió Bấc', null, 'Gió Bấc'),
  org('Nhóm ký hợp đồng với nhà phát hành Nova Games của Hàn Quốc.', 'Nova Games', null, 'Nova Games'),
  org('Anh làm việc cho studio Gió Bấc từ năm 2021, trước khi Gió Bấc gọi vốn.', 'Gió Bấc', null, 'Gió Bấc'),
  // A fund by its foreign name after lower-case `quỹ` is the name alone; a Vietnamese one is the fund's purpose.
  org('Dự án nhận 2 triệu USD từ quỹ Lotus Ventures trong năm nay.', 'Lotus Ventures', null, 'Lotus Ventures'),
  none('Tiền được trích từ quỹ Phòng chống thiên tai của tỉnh.', 'Phòng chống'),
  // A Roman numeral after a foreign fund's company word numbers one fund of a series: part of its name.
  org('Cổ đông thứ hai là quỹ Asia Growth Fund III với 8% vốn.', 'Asia Growth Fund III'),
  org('Cổ đông lớn thứ hai là quỹ Lotus Capital II nắm 9,7% vốn.', 'Lotus Capital II'),
  // A country's trade office abroad, named by the country and its seat; `thương vụ` is a deal too.
  org('Doanh nghiệp phối hợp với Thương vụ Việt Nam tại Philippines để tìm đối tác.', 'Thương vụ Việt Nam tại Philippines'),
  org('Theo Thương vụ Việt Nam tại Nhật Bản, nhu cầu gạo tăng.', 'Thương vụ Việt Nam tại Nhật Bản'),
  none('Thương vụ Masan – Vincommerce đã hoàn tất trong năm.', 'Thương vụ Masan'),
  none('Thương vụ này mang lại 2 tỷ đồng lợi nhuận.', 'Thương vụ'),
  // Two fields' acronyms joined by `và`, then the whole unit's code in brackets: one unit's name; a second body's
  // acronym after `và` is a second body.
  org('Đoàn của Cục Cảnh sát PCCC và CNCH (C07) Bộ Công an đã kiểm tra 12 cơ sở.', 'Cục Cảnh sát PCCC và CNCH', 'C07'),
  org('Phòng Cảnh sát PCCC và CNCH (PC07) Công an tỉnh Quảng Trị đã kiểm tra 12 cơ sở.', 'Phòng Cảnh sát PCCC và CNCH', 'PC07'),
  none('Cục CSGT và VKSND (VKS) đã họp.', 'VKSND'),
  // A Vietnamese body's office abroad, named by its country and its seat in another (`Việt Nam tại Pháp`); at home
  // the seat is no part of the name.
  org('Triển lãm do Trung tâm Văn hóa Việt Nam tại Lào tổ chức.', 'Trung tâm Văn hóa Việt Nam tại Lào'),
  org('Hội Doanh nhân Việt Nam tại Hàn Quốc trao 500 suất quà.', 'Hội Doanh nhân Việt Nam tại Hàn Quốc'),
  org('Hội Doanh nhân Việt Nam tại Đà Nẵng trao 500 suất quà.', 'Hội Doanh nhân Việt Nam'),
  // The bare head `Công ty` then a full personal name with its middle name: the company named before and its holder.
  none('Bà Hà, Kế toán trưởng, và Trưởng phòng kỹ thuật Công ty Trần Thị Mai đã bị kiểm điểm.', 'Trần Thị Mai'),
  org('Công ty TNHH Lê Văn Thành đã nộp đủ thuế.', 'Công ty TNHH Lê Văn Thành'),
  org('Công ty Hoàng Văn Thụ đã nộp đủ thuế.', 'Công ty Hoàng Văn Thụ'),
  none('Trò chơi do một nhà phát hành Nhật Bản phân phối.', 'Nhật Bản'),
  none('Cả nhóm thuê một studio nhỏ ở quận Ba Đình để thu âm.', 'studio'),
  // A lower-case syllable after a name's capitalized ones is its verb, no rest of a word: an adverb before a verb
  // (`sớm`), or a verb that takes an amount right after a proper name of two syllables or more (`nợ`, `tròn`).
  org('Riêng Công ty Cổ phần Khoáng sản Đồng Tâm Xanh nợ 12,5 tỷ đồng tiền thuế.', 'Công ty Cổ phần Khoáng sản Đồng Tâm Xanh'),
  org('Năm nay Nhà xuất bản Hoa Sen tròn 20 năm thành lập.', 'Nhà xuất bản Hoa Sen'),
  org('Chúng tôi mong Cục Quản lý Dược sớm ban hành hướng dẫn.', 'Cục Quản lý Dược'),
  org('Nhà xuất bản Khoa học tròn 30 năm thành lập.', 'Nhà xuất bản Khoa học'),
  none('Riêng Công ty Cổ phần Khoáng sản Đồng Tâm Xanh nợ 12,5 tỷ đồng tiền thuế.', 'nợ'),
  // A person's title written short opens the person a clause is about, never a proper word closing the name.
  org('Khoa Gây mê do BS Trần Hải phụ trách đã mổ cho bệnh nhân.', 'Khoa Gây mê'),
  none('Khoa Gây mê do BS Trần Hải phụ trách đã mổ cho bệnh nhân.', 'do BS'),
  // A company named with its legal form and without it is one company, named by the fuller form.
  org('Công ty Thép Bình Minh lãi lớn trong quý. Công ty cổ phần Thép Bình Minh vừa họp cổ đông.', 'Công ty cổ phần Thép Bình Minh', null, 'Công ty Thép Bình Minh'),
  // A one-member limited company named again without its three-word form: one company.
  org('Công ty Môi trường Đông Hà tăng phí thu gom. Công ty TNHH MTV Môi trường Đông Hà (DOWACO) lý giải chi phí tăng.', 'Công ty TNHH MTV Môi trường Đông Hà', 'DOWACO', 'Công ty Môi trường Đông Hà'),
  org('Công ty TNHH MTV Xổ số Kiến thiết Bình Phước nộp ngân sách 300 tỷ đồng. Công ty Xổ số Kiến thiết Bình Phước cũng trao thưởng.', 'Công ty TNHH MTV Xổ số Kiến thiết Bình Phước', null, 'Công ty Xổ số Kiến thiết Bình Phước'),
  // A capitalized activity word whose second syllable is a verb alone (`Chứng nhận`) goes on whole with its fields.
  org('Hồ sơ được gửi tới Trung tâm Kiểm định và Chứng nhận chất lượng hàng hóa để thẩm định.', 'Trung tâm Kiểm định và Chứng nhận chất lượng hàng hóa'),
  none('Công ty đã nhận hàng rồi chứng nhận xuất xứ.', 'chứng nhận'),
  // Field words of three syllables, the first alone capitalized (`Ký túc xá`, `Dâu tằm tơ`), go on whole.
  org('Sinh viên đăng ký với Ban Quản lý Ký túc xá từ tuần sau.', 'Ban Quản lý Ký túc xá'),
  org('Hiệp hội Dâu tằm tơ Việt Nam kiến nghị giảm thuế.', 'Hiệp hội Dâu tằm tơ Việt Nam'),
  none('Sinh viên ở ký túc xá của Trường Đại học Cần Thơ.', 'ký túc xá'),
  // Lower-case field words a name runs through (`không gian mạng`, `chuyên ngành`), though `không` alone is a particle.
  org('Theo Cục An ninh không gian mạng, số vụ lừa đảo giảm.', 'Cục An ninh không gian mạng'),
  org('Bà Mai, Phó Trưởng Phòng Quản lý chuyên ngành, Sở Công Thương, cho biết.', 'Phòng Quản lý chuyên ngành'),
  none('Ông Tư không gian dối với ai.', 'không gian'),
  // A former provincial capital closes a body's name, though its first syllable is a family name.
  org('Ông Tâm là Phó Chủ tịch Hội Nước mắm Phan Thiết từ năm 2020.', 'Hội Nước mắm Phan Thiết'),
  // A cooperative (group) is named by its trade in lower case and its own name, a one-syllable rest and all.
  org('Bà đang cùng 9 hộ thành lập Tổ hợp tác nuôi ong Đồng Lâm, mỗi hộ góp tiền.', 'Tổ hợp tác nuôi ong Đồng Lâm'),
  org('Hợp tác xã du lịch cộng đồng Bãi sậy, thành lập năm ngoái, có 20 hộ.', 'Hợp tác xã du lịch cộng đồng Bãi sậy'),
  none('Tổ hợp tác này có 12 thành viên.', 'Tổ hợp tác'),
  none('HTX hỗ trợ nông dân Hà Tĩnh bao tiêu sản phẩm.', 'nông dân'),
  // An academy in brackets after an institute is the body it belongs to, no other name of it.
  org('Viện Hóa học (Viện Hàn lâm Khoa học và Công nghệ Việt Nam) công bố kết quả.', 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam'),
  org('Viện Hóa học (Viện Hàn lâm Khoa học và Công nghệ Việt Nam) công bố kết quả.', 'Viện Hóa học'),
  // A rice variety named with `Đài`, one word and a number, is no broadcaster; `Trung tâm` after a facility's noun is
  // the facility's `central`, no centre.
  none('Vụ này nông dân gieo chủ yếu OM5451, Đài Thơm 8 và ST24.', 'Đài Thơm 8'),
  org('Đài Phát thanh và Truyền hình tỉnh đưa tin.', 'Đài Phát thanh và Truyền hình tỉnh'),
  none('Tỉnh vừa khai trương Bến xe khách Trung tâm Cà Mau tại phường 6.', 'Trung tâm Cà Mau'),
  none('Lễ mít tinh diễn ra tại Quảng trường Trung tâm thành phố Vinh sáng nay.', 'Trung tâm thành phố Vinh'),
  none('Hội chợ được tổ chức ở Công viên Trung tâm tỉnh Bình Dương.', 'Trung tâm tỉnh Bình Dương'),
  org('Ông Hải, Giám đốc Trung tâm Y tế huyện, cho biết.', 'Trung tâm Y tế huyện'),
  // A headline shortens a name by leaving out words after its head: the name in the text is the body's; not a
  // place alone left (`Công an Hà Nội` is no short form of `Công an quận X Hà Nội`).
  org('Nhà hát Chèo Thái Bình lưu diễn châu Âu\nTối qua, Nhà hát Nghệ thuật Chèo Thái Bình diễn đêm cuối.', 'Nhà hát Nghệ thuật Chèo Thái Bình', null, 'Nhà hát Chèo Thái Bình'),
  org('Công an Hà Nội bắt nghi phạm\nCông an quận Ba Đình Hà Nội vừa bắt một người.', 'Công an Hà Nội'),
  // Two words kept after the head are enough when they are a proper name, no place the gazetteer knows.
  org('Bảo tàng Óc Eo đón khách trở lại\nSau một năm cải tạo, Bảo tàng Văn hóa - Khảo cổ Óc Eo đã mở cửa.', 'Bảo tàng Văn hóa - Khảo cổ Óc Eo', null, 'Bảo tàng Óc Eo'),
  org('Công an Quảng Ngãi bắt nghi phạm\nCông an huyện Sơn Tịnh Quảng Ngãi vừa bắt một người.', 'Công an Quảng Ngãi'),
  // A legal form written short (`CP`, `TNHH`, `TMCP`) and in full names one body, by the name it was first given.
  org('Công ty cổ phần Gạch men Hòa Lạc tăng sản lượng. Ông Hải, Giám đốc Công ty CP Gạch men Hòa Lạc, cho biết.', 'Công ty cổ phần Gạch men Hòa Lạc', null, 'CP Gạch men Hòa Lạc'),
  org('Công ty TNHH Bao bì Tân Việt mở xưởng. Công ty trách nhiệm hữu hạn Bao bì Tân Việt tuyển 200 công nhân.', 'Công ty TNHH Bao bì Tân Việt', null, 'trách nhiệm hữu hạn Bao bì Tân Việt'),
  org('Công ty CP Gạch men Hòa Lạc và Công ty TNHH Gạch men Hòa Bình cùng ký hợp đồng.', 'Công ty TNHH Gạch men Hòa Bình'),
  // A field word of three syllables, its first capitalized, goes on whole to the level after it.
  org('Hội Cựu chiến binh tỉnh đã trao quà cho các gia đình chính sách.', 'Hội Cựu chiến binh tỉnh'),
  none('Hội Cựu chiến binh tỉnh đã trao quà cho các gia đình chính sách.', 'gia đình'),
  // A school or hospital named after its field is named for a place or a by-name of two syllables, though it starts
  // with a family name; a person after the name has three.
  org('Năm nay Trường Cao đẳng Y tế Lâm Hà tuyển 500 sinh viên.', 'Trường Cao đẳng Y tế Lâm Hà'),
  org('Công ty ký hợp đồng với Trường Cao đẳng Kinh tế – Kỹ thuật Trần Hưng đào tạo thợ hàn.', 'Trường Cao đẳng Kinh tế – Kỹ thuật Trần Hưng'),
  org('Hiệu trưởng Trường Cao đẳng Du lịch Phạm Văn Hòa cho biết.', 'Trường Cao đẳng Du lịch'),
  none('Hiệu trưởng Trường Cao đẳng Du lịch Phạm Văn Hòa cho biết.', 'Phạm Văn Hòa'),
  // A tea cooperative is named for the Shan tuyết tea it grows, then its place.
  org('Hợp tác xã Chè Shan tuyết Nậm Pồ đã xuất khẩu lô chè đầu tiên.', 'Hợp tác xã Chè Shan tuyết Nậm Pồ'),
  org('Vùng này có Hợp tác xã Chè Shan tuyết với 40 thành viên.', 'Hợp tác xã Chè Shan tuyết'),
  // Lower-case words of the name up to a bare level that ends it: the province's body (an undertaking's words and
  // what it builds, after `dự án`); not a verb's object (`hỗ trợ tỉnh`).
  org('Ông Hải, Giám đốc Trung tâm Dịch vụ đấu giá tài sản tỉnh, cho biết phiên đấu giá thành công.', 'Trung tâm Dịch vụ đấu giá tài sản tỉnh'),
  org('UBND tỉnh giao Ban Quản lý dự án đầu tư xây dựng huyện làm chủ đầu tư.', 'Ban Quản lý dự án đầu tư xây dựng huyện'),
  org('Bà Lan, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh, được điều động.', 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh'),
  org('Sở Tài chính hỗ trợ tỉnh, huyện lập dự toán.', 'Sở Tài chính'),
  none('Sở Tài chính hỗ trợ tỉnh, huyện lập dự toán.', 'hỗ trợ tỉnh'),
  none('Ban Quản lý dự án đầu tư cho các xã vùng cao.', 'các xã'),
  // An undertaking's words run on to the level and place that close the board's name; two kinds of works may be joined
  // by `và` after `các công trình`.
  org('Tỉnh giao Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi tỉnh Hà Tĩnh làm chủ đầu tư.', 'Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi tỉnh Hà Tĩnh'),
  org('Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và hạ tầng huyện Đức Thọ phối hợp với nhà thầu.', 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và hạ tầng huyện Đức Thọ'),
  none('Ban Quản lý dự án cho biết tỉnh Hà Tĩnh đã bố trí đủ vốn.', 'tỉnh Hà Tĩnh'),
  none('Ban Quản lý dự án đầu tư và nhà thầu tỉnh Hà Tĩnh đã ký biên bản.', 'nhà thầu'),
  none('Trung tâm Dịch vụ việc làm toàn tỉnh đã mở 12 phiên giao dịch.', 'toàn tỉnh'),
  // A bare level closes the name before `do` and the agent of a passive clause.
  org('Hồ sơ được lưu tại Trung tâm Lưu trữ tỉnh do Sở Nội vụ quản lý.', 'Trung tâm Lưu trữ tỉnh'),
  none('Bộ Y tế tỉnh do ông Hải phụ trách.', 'tỉnh do'),
  // What a unit's capitalized activity works on, up to the comma before its parent body.
  org('Trung tá Lan, Đội trưởng Đội Cấp phép lái xe, Phòng Cảnh sát giao thông Công an tỉnh, cho biết.', 'Đội Cấp phép lái xe'),
  none('Đội Tuyên truyền hôm nay, Phòng Văn hóa đã ra quân.', 'hôm nay'),
  // A Roman numeral closes a body's name before lower-case words (the clause's verb).
  org('Giống cá do Viện Nghiên cứu Nuôi trồng thủy sản II chuyển giao.', 'Viện Nghiên cứu Nuôi trồng thủy sản II'),
  none('Giống cá do Viện Nghiên cứu Nuôi trồng thủy sản II chuyển giao.', 'chuyển'),
  // A body's office for a region named by its place: `khu vực` and the place go on the name.
  org('Đoàn kiểm tra của Hạt Kiểm lâm khu vực Krông Pa đã lập biên bản.', 'Hạt Kiểm lâm khu vực Krông Pa'),
  org('Năm nay Chi cục Thuế khu vực Tam Kỳ thu vượt dự toán.', 'Chi cục Thuế khu vực Tam Kỳ'),
  org('Chi cục Thuế giao việc cho cán bộ khu vực Đào Văn Hùng phụ trách.', 'Chi cục Thuế'),
  // Creative writing, a field of the arts a fund is named for.
  org('Cuốn sách được Quỹ Hỗ trợ sáng tác của Hội Nhạc sĩ tài trợ.', 'Quỹ Hỗ trợ sáng tác'),
  // A field of one syllable in a listed name (`In`): `và` is no rest of it.
  org('Nhà xuất bản gửi hồ sơ lên Cục Xuất bản, In và Phát hành và chờ phản hồi.', 'Cục Xuất bản, In và Phát hành'),
  none('Nhà xuất bản gửi hồ sơ lên Cục Xuất bản, In và Phát hành và chờ phản hồi.', 'chờ phản hồi'),
  // A microfinance institution, by its legal form and its name.
  org('Tổ chức tài chính vi mô TNHH Một thành viên Hoa Sen giải ngân 20 tỷ đồng.', 'Tổ chức tài chính vi mô TNHH Một thành viên Hoa Sen'),
  none('Các tổ chức tài chính vi mô đã giải ngân 20 tỷ đồng.', 'tổ chức tài chính vi mô'),
  // A small word in a name before its acronym in brackets, field words alone after it.
  org('Ủy ban Quản lý vốn nhà nước tại doanh nghiệp (SCIC) đã phê duyệt đề án.', 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', 'SCIC'),
  none('Sở Y tế làm việc tại doanh nghiệp (DN) này.', 'tại doanh nghiệp'),
  // A hospital numbered by its kind alone, with up to three digits; a steering committee named by the number of the
  // decision that set it up, its level and place after.
  org('Các bác sĩ Bệnh viện Quân y 175 khám cho 300 người dân.', 'Bệnh viện Quân y 175'),
  none('Bệnh viện Quân y 300 giường đã khánh thành.', '300 giường'),
  org('Hội nghị do Ban Chỉ đạo 138 tỉnh Hà Tĩnh tổ chức.', 'Ban Chỉ đạo 138 tỉnh Hà Tĩnh'),
  org('Ông Hùng, Phó Trưởng Ban Chỉ đạo 389 tỉnh, yêu cầu tăng cường kiểm tra.', 'Ban Chỉ đạo 389 tỉnh'),
  // A steering committee's field a comma-parted set phrase names in lower case, up to its bare level where the name
  // plainly ends; a level qualified (`tỉnh nhà`) is no part of it.
  org('Ông Hải, Trưởng Ban Chỉ đạo phòng, chống tội phạm tỉnh, đề nghị các sở rà soát.', 'Ban Chỉ đạo phòng, chống tội phạm tỉnh'),
  org('Bà Lan, Phó Trưởng Ban Chỉ đạo tìm kiếm, cứu nạn huyện, cho biết đã tìm thấy thuyền.', 'Ban Chỉ đạo tìm kiếm, cứu nạn huyện'),
  none('Ban Chỉ đạo phòng, chống tội phạm tỉnh nhà họp.', 'tội phạm tỉnh'),
  // A verb taking an amount of money after the one capitalized syllable after a head is no rest of that syllable.
  none('Tháng này Trường Phát lãi 20 tỷ đồng.', 'lãi'),
  org('Sở Y tế 3 tỉnh đã họp.', 'Sở Y tế'),
  // Border guard posts and customs offices at a gate, by their place or their gate; not a gate alone, nor `hải quan`.
  org('Tổ tuần tra của Đồn Biên phòng Ba Chẽ đã bắt giữ hai đối tượng.', 'Đồn Biên phòng Ba Chẽ'),
  org('Hàng được kiểm tra tại Đồn Biên phòng cửa khẩu quốc tế Cầu Treo trước khi thông quan.', 'Đồn Biên phòng cửa khẩu quốc tế Cầu Treo'),
  org('Hải quan cửa khẩu quốc tế Mộc Bài đã phát hiện lô hàng giả.', 'Hải quan cửa khẩu quốc tế Mộc Bài'),
  org('Từ tháng tới, Hải quan cửa khẩu Cảng Chân Mây áp dụng thủ tục mới.', 'Hải quan cửa khẩu Cảng Chân Mây'),
  none('Xe tải xếp hàng dài ở cửa khẩu quốc tế Mộc Bài.', 'cửa khẩu quốc tế Mộc Bài'),
  none('Cán bộ hải quan cửa khẩu làm việc xuyên Tết.', 'hải quan cửa khẩu'),
  // A station of a service, and a Party committee of a commune; a station in lower case is a site.
  org('Trạm Y tế xã Hòa Phong đã tiêm cho 300 trẻ.', 'Trạm Y tế xã Hòa Phong'),
  org('Ông Hùng được bầu làm Bí thư Đảng ủy xã Tân Lập.', 'Đảng ủy xã Tân Lập'),
  // A consortium of firms, named by its members joined by a spaced dash: one organization; lower case, the word.
  org('Gói thầu XL-02 do Liên danh Vinaconex – Hanshin thi công từ tháng 5.', 'Liên danh Vinaconex – Hanshin'),
  org('Đơn vị tư vấn là Liên danh Tư vấn Trường Sơn – Nippon Koei, đã nộp báo cáo.', 'Liên danh Tư vấn Trường Sơn – Nippon Koei'),
  none('Liên danh các nhà thầu đã ký hợp đồng với chủ đầu tư.', 'Liên danh'),
  none('Nhà thầu cho biết liên danh đã huy động 200 công nhân.', 'liên danh'),
  none('Chỉ số bụi mịn tại trạm Láng vượt ngưỡng.', 'trạm Láng'),
  // Two syllables after a unit's acronym are the place it is named for; three make a person's full name.
  org('Tổ công tác của Trạm CSGT Hà Lam đã phân luồng suốt đêm.', 'Trạm CSGT Hà Lam'),
  // A task force named after its leader's title, through its lower-case words to `của`, a small word or a place; alone
  // (a verb's subject, a patrol of a team) no name of its own.
  org('Bà Vi Thu Hà, Tổ trưởng Tổ công tác rà soát hồ sơ đất đai của huyện, cho biết đã xong 200 hồ sơ.', 'Tổ công tác rà soát hồ sơ đất đai'),
  org('Ông Khổng Minh Tú, Tổ phó Tổ công tác liên ngành về kiểm soát tải trọng xe tỉnh Phú Yên, đã ký biên bản.', 'Tổ công tác liên ngành về kiểm soát tải trọng xe tỉnh Phú Yên'),
  none('Tổ công tác đã làm việc với 12 doanh nghiệp trong tuần.', 'Tổ công tác'),
  // An interagency task force is named without its leader's title too, up to the place it works in; not without one.
  org('Sau ba tháng, Tổ công tác liên ngành kiểm soát tải trọng xe tỉnh Quảng Trị đã lập 80 biên bản.', 'Tổ công tác liên ngành kiểm soát tải trọng xe tỉnh Quảng Trị'),
  none('Tổ công tác liên ngành đã làm việc với 12 doanh nghiệp trong tuần.', 'Tổ công tác'),
  none('Tổ công tác xuống xã Hòa Bình kiểm tra hồ sơ.', 'Tổ công tác'),
  // A school or hospital named inside a faculty's or department's name keeps its own name as it would alone: the
  // person of history it is named for with it, a holder after it cut off.
  org('ThS Lê Minh, giảng viên Khoa Công nghệ thông tin Trường Đại học Lê Quý Đôn, cho biết.', 'Khoa Công nghệ thông tin Trường Đại học Lê Quý Đôn'),
  org('Phòng Đào tạo Trường Cao đẳng Võ Văn Kiệt thông báo tuyển sinh.', 'Phòng Đào tạo Trường Cao đẳng Võ Văn Kiệt'),
  org('Trưởng khoa Khoa Ngữ văn Trường Đại học Sư phạm Nguyễn Văn Bình cho biết.', 'Khoa Ngữ văn Trường Đại học Sư phạm', null, 'Khoa Ngữ văn Trường Đại học Sư phạm'),
  none('Trưởng khoa Khoa Ngữ văn Trường Đại học Sư phạm Nguyễn Văn Bình cho biết.', 'Nguyễn Văn Bình'),
  org('Bác sĩ Khoa Nhi Bệnh viện Bạch Mai Nguyễn Văn Hùng cho biết.', 'Khoa Nhi Bệnh viện Bạch Mai'),
  // Criminal matters, a field forensic institutes are named for, in lower case after the capitalized field.
  org('Mẫu vật được gửi tới Viện Khoa học hình sự (Bộ Công an) để giám định.', 'Viện Khoa học hình sự'),
  org('Theo Viện Khoa học hình sự, mẫu ADN trùng khớp với nghi phạm.', 'Viện Khoa học hình sự'),
  // `số` (digital) after a field word ends the field, where no number nor noun follows it.
  org('TS Trần Hòa, Viện trưởng Viện Kinh tế số, cho biết viện sẽ mở lớp.', 'Viện Kinh tế số'),
  org('Hợp tác có Trung tâm Nông nghiệp số thuộc Sở Nông nghiệp và Môi trường.', 'Trung tâm Nông nghiệp số'),
  org('Công ty Xây dựng số 4 trúng thầu gói thầu.', 'Công ty Xây dựng số 4'),
  org('Theo Bộ Y tế số ca mắc mới đã giảm.', 'Bộ Y tế'),
  none('Phòng CSGT Nguyễn Văn Bình cho biết sẽ xử lý nghiêm.', 'Nguyễn Văn Bình'),
  // A unit of a body every province has, named with the body and its bare level, before a verb: the level goes on.
  org('Hồ sơ được chuyển Cơ quan Cảnh sát điều tra Công an huyện thụ lý.', 'Cơ quan Cảnh sát điều tra Công an huyện'),
  none('Hồ sơ được chuyển Cơ quan Cảnh sát điều tra Công an huyện thụ lý.', 'thụ lý'),
  // A police unit named with its force names the force too; a force's level alone is no other body.
  org('Theo Phòng Cảnh sát kinh tế Công an tỉnh Hà Tĩnh, đường dây đã bị triệt phá.', 'Công an tỉnh Hà Tĩnh'),
  org('Theo Phòng Cảnh sát kinh tế Công an tỉnh Hà Tĩnh, đường dây đã bị triệt phá.', 'Phòng Cảnh sát kinh tế Công an tỉnh Hà Tĩnh'),
  none('Ông Bình, Trưởng Công an xã, cho biết.', 'Trưởng Công an xã'),
  // The Fatherland Front's committee of a province, its acronym in brackets before the country and the level; and
  // written short later, the country left out, the same committee.
  org('Sáng nay, Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh Hà Giang tổng kết năm. Ủy ban MTTQ tỉnh khen thưởng 20 tập thể.',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang', null, 'Ủy ban MTTQ tỉnh'),
  org('Nguồn vận động từ Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh và doanh nghiệp chiếm 58%.', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    null, 'Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh'),
  org('Quỹ Nhi đồng Liên hợp quốc (UNICEF) Việt Nam tài trợ dự án.', 'Quỹ Nhi đồng Liên hợp quốc', 'UNICEF'),
  // The level alone closing a name (`Sở Nội vụ tỉnh`) names the body named before without it; `TP` is `thành phố`.
  org('Sở Nội vụ đã trình đề án. Ông Lê Văn Tâm, Giám đốc Sở Nội vụ tỉnh, cho biết thêm.', 'Sở Nội vụ tỉnh'),
  org('Hội Nông dân TP Cần Thơ ra mắt mô hình. Chủ tịch Hội Nông dân thành phố Cần Thơ phát biểu.', 'Hội Nông dân TP Cần Thơ', null,
    'Hội Nông dân thành phố Cần Thơ'),
  org('Hội Nông dân tỉnh tổ chức hội nghị. Hội Nông dân Việt Nam biểu dương.', 'Hội Nông dân tỉnh'),
  // Notary offices after their lower-case kind, the prisons of the police; the kind alone, or plural, is none.
  org('Bà Hạnh, Trưởng Văn phòng công chứng Bến Thành, cho biết hồ sơ tăng.', 'Văn phòng công chứng Bến Thành'),
  none('Mỗi tháng văn phòng công chứng nhận khoảng 500 hợp đồng.', 'văn phòng công chứng'),
  org('Phạm nhân Trại giam Xuân Lộc được học nghề.', 'Trại giam Xuân Lộc'),
  none('Các trại giam đã rà soát hồ sơ phạm nhân.', 'trại giam'),
  // A business named after its trade, the trade's lower-case word last, then a place or by-name of two syllables
  // (no person's name); a person of three syllables after it is still cut.
  org('Công ty TNHH May mặc Thành Công tuyển 200 lao động.', 'Công ty TNHH May mặc Thành Công'),
  org('Hợp tác xã Rau sạch Lê Xá cung cấp cho trường học.', 'Hợp tác xã Rau sạch Lê Xá'),
  org('Hợp tác xã Chè hữu cơ Tân Cương mở rộng diện tích.', 'Hợp tác xã Chè hữu cơ Tân Cương'),
  org('Tổng công ty Điện lực miền Bắc Trần Đình Nhân phát biểu.', 'Tổng công ty Điện lực miền Bắc'),
  // The crop seasons are no ministry's department; a department named for a field is one.
  none('Vụ Đông Xuân năm nay, nông dân gieo sạ sớm.', 'Vụ Đông Xuân'),
  org('Vụ Trồng trọt khuyến cáo gieo sạ đúng lịch.', 'Vụ Trồng trọt'),
  // The island special zones (`đặc khu`), a commune's level since 2025, name their local bodies as a commune does.
  org('Chủ tịch UBND đặc khu Lý Sơn cho biết tàu khách chạy lại từ mai.', 'UBND đặc khu Lý Sơn'),
  org('Đảng ủy đặc khu Côn Đảo đã họp phiên cuối năm.', 'Đảng ủy đặc khu Côn Đảo'),
  // A department's head in lower case inside its chief's title (`Trưởng phòng`), its capitalized field after: a state
  // body's department where its unit's code follows in brackets; without one the roles stage names it from the title
  // and lists it (extractors/roles/bodies.ts), and a company's department is none.
  org('Trung tá Hà Văn Nam, Trưởng phòng Cảnh sát kinh tế (PC03) Công an tỉnh Hòa Bình, cho biết vụ việc đã rõ.', 'phòng Cảnh sát kinh tế', 'PC03'),
  org('Ông Đỗ Văn Tâm, Phó trưởng phòng Cảnh sát hình sự Công an tỉnh Yên Bái, chủ trì buổi họp.', 'Phòng Cảnh sát hình sự', null, 'Cảnh sát hình sự'),
  none('Ông Tạ Văn Bình, Trưởng phòng Kinh doanh của công ty, cho biết đơn hàng tăng.', 'Kinh doanh'),
  none('Bà Mai Thị Lan, Trưởng phòng Nhân sự Công ty CP Sao Mai, cho biết đã tuyển đủ.', 'Nhân sự'),
  org('Bà Lê Thị Thu, Trưởng phòng Đọc Thư viện tỉnh Cao Bằng, cho biết sách mới đã về.', 'Phòng Đọc', null, 'Đọc'),
  // The statistics offices since 2025, named by their level and place as the tax offices are; the word alone is none.
  org('Theo Thống kê tỉnh Ninh Bình, giá điện tăng 2%.', 'Thống kê tỉnh Ninh Bình'),
  none('Thống kê cho thấy số hộ nghèo giảm mạnh.', 'Thống kê'),
  // The youth union's committees of a province, a city, a district.
  org('Tỉnh đoàn Hà Giang trao 50 suất quà cho học sinh.', 'Tỉnh đoàn Hà Giang'),
  org('Thành đoàn Cần Thơ ra quân chiến dịch tình nguyện.', 'Thành đoàn Cần Thơ'),
  // Nursing homes after their lower-case kind; the kind alone is none.
  org('Giám đốc Viện dưỡng lão Bình An cho biết viện đã kín chỗ.', 'Viện dưỡng lão Bình An'),
  none('Viện dưỡng lão cần thêm người chăm sóc.', 'Viện dưỡng lão'),
  // A bare level ends a province's body's name before a bracket of figures (not before an acronym's bracket).
  org('Dư nợ lớn thứ hai thuộc Hội Nông dân tỉnh (2.100 tỷ đồng), sau Hội Phụ nữ.', 'Hội Nông dân tỉnh'),
  // A company named again by its head and brand alone, its legal form and trade left out: the same company; and one
  // named with its parent group's acronym after a dash, named again without it.
  org('Công ty TNHH Dệt may Hưng Thịnh tuyển 100 công nhân. Công ty Hưng Thịnh trả lương đúng hạn.', 'Công ty TNHH Dệt may Hưng Thịnh', null, 'Công ty Hưng Thịnh'),
  org('Công ty Than Núi Béo – TKV vượt kế hoạch. Năm nay Công ty Than Núi Béo mở thêm lò.', 'Công ty Than Núi Béo – TKV', null, 'Công ty Than Núi Béo mở'),
  // A body named bare first (a headline), then with its one place: the same body, named in full; not where two
  // places are named, nor a foreign country's body after the home one.
  org('Sở Xây dựng cảnh báo mưa lớn. Sáng nay, Sở Xây dựng TP Huế đã họp khẩn.', 'Sở Xây dựng TP Huế', null, 'Sở Xây dựng cảnh'),
  org('Sở Xây dựng họp. Sở Xây dựng Hà Nội và Sở Xây dựng TP.HCM cùng báo cáo.', 'Sở Xây dựng', null, 'Sở Xây dựng họp'),
  org('Bộ Ngoại giao cho biết đã gặp. Bộ Ngoại giao Trung Quốc phản đối.', 'Bộ Ngoại giao', null, 'Bộ Ngoại giao cho'),
  // A sole proprietorship by its legal form, named as a company is; the legal form alone is none.
  org('Bà Hoa, chủ Doanh nghiệp tư nhân Vận tải Phú Quý, cho biết giá cước tăng.', 'Doanh nghiệp tư nhân Vận tải Phú Quý'),
  none('Doanh nghiệp tư nhân đóng góp lớn cho ngân sách.', 'Doanh nghiệp tư nhân'),
  // The fuel price stabilization fund, named for its field in lower case.
  org('Kỳ điều hành này, Quỹ Bình ổn giá xăng dầu không được trích lập.', 'Quỹ Bình ổn giá xăng dầu'),
  // Lower-case words of a name closed by a by-name of two syllables that a family name opens; three are a person's.
  org('Ông Tư, Giám đốc Công ty TNHH Gốm sứ truyền thống Phạm Gia, cho biết đơn hàng tăng.', 'Công ty TNHH Gốm sứ truyền thống Phạm Gia'),
  none('Sản phẩm của Công ty TNHH Gốm sứ truyền thống Phạm Văn Gia đã được trao giải.', 'Phạm Văn Gia'),
  // An emergency service's number (111–115) after its name is the name's, its place after it; the city's level alone
  // (`thành phố`) and the name written with `TP` name one body; a count after the label is no number of a name.
  org('Xe của Trung tâm Cấp cứu 115 Đà Nẵng đã có mặt sau 8 phút.', 'Trung tâm Cấp cứu 115 Đà Nẵng'),
  org('Sở Y tế làm việc với Trung tâm Cấp cứu 115 thành phố. Sau đó Trung tâm Cấp cứu 115 TP Cần Thơ nhận thêm xe.', 'Trung tâm Cấp cứu 115 TP Cần Thơ', null, 'Trung tâm Cấp cứu 115 thành phố'),
  org('Năm qua, Trung tâm Cấp cứu đã cấp cứu 115 ca đột quỵ.', 'Trung tâm Cấp cứu', null, 'Trung tâm Cấp cứu đã'),
  // An establishment (`Cơ sở`) by its kind: its number, place or name after its goods; `cơ sở` alone (a basis, or
  // establishments in general) is none.
  org('Năm nay Cơ sở cai nghiện ma túy số 4 (xã An Phú) nhận thêm 120 học viên.', 'Cơ sở cai nghiện ma túy số 4'),
  org('Giám đốc Cơ sở cai nghiện ma túy tỉnh Lai Châu cho biết số học viên tăng.', 'Cơ sở cai nghiện ma túy tỉnh Lai Châu'),
  org('Đoàn kiểm tra lấy mẫu tại Cơ sở sản xuất phân bón Phạm Gia (xã Tân Hà).', 'Cơ sở sản xuất phân bón Phạm Gia'),
  none('Trên cơ sở đó, Sở Nông nghiệp đề xuất xử phạt 12 cơ sở sản xuất.', 'cơ sở sản xuất'),
  none('Trên Cơ sở đó, đoàn kiểm tra lập biên bản.', 'Cơ sở đó'),
  // A regional body's area after `khu vực`, though a family name opens it, is no person's name.
  org('Trạm y tế xã trực thuộc Trung tâm Y tế khu vực Thạch Thất về chuyên môn.', 'Trung tâm Y tế khu vực Thạch Thất'),
  // The Party's Secretariat: `Bí thư` after `Ban` is no title; a Ban's secretary is none.
  org('Chỉ thị số 12-CT/TW của Ban Bí thư về công tác dân vận được quán triệt.', 'Ban Bí thư'),
  none('Ông Hòa, Bí thư Chi bộ, dự họp cùng Ban Thường vụ.', 'Bí thư Chi bộ'),
  // After a place, three capitalized syllables with a middle name (`Thị`, `Văn`) are a person's, not the name's.
  org('Dự lễ có Bí thư Tỉnh ủy Lạng Sơn Nông Thị Hoa cùng lãnh đạo các sở.', 'Tỉnh ủy Lạng Sơn', null, 'Tỉnh ủy Lạng Sơn'),
  none('Dự lễ có Bí thư Tỉnh ủy Lạng Sơn Nông Thị Hoa cùng lãnh đạo các sở.', 'Nông Thị Hoa'),
  org('Hội Văn học Nghệ thuật tỉnh Bắc Kạn tổ chức trại sáng tác.', 'Hội Văn học Nghệ thuật tỉnh Bắc Kạn'),
  // Field words of food hygiene and inland waterways, and a trade of two words after a whole field syllable (`Mía
  // đường`), go on a name; a verb after a whole field syllable does not.
  org('Mẫu nước mắm được gửi Viện Kiểm nghiệm an toàn vệ sinh thực phẩm quốc gia để phân tích.', 'Viện Kiểm nghiệm an toàn vệ sinh thực phẩm quốc gia'),
  org('Tàu tuần tra của Phòng Cảnh sát đường thủy đã có mặt ở bến.', 'Phòng Cảnh sát đường thủy'),
  org('Ông Lâm, Giám đốc Công ty CP Mía đường Phú Yên, cho biết vụ ép sắp bắt đầu.', 'Công ty CP Mía đường Phú Yên'),
  none('Năm nay Công ty Mía tăng giá thu mua cho nông dân.', 'tăng giá'),
  // A utility's customer service centre, named for its field compound.
  org('Khách hàng gọi Trung tâm Chăm sóc khách hàng Điện lực miền Nam để báo sự cố.', 'Trung tâm Chăm sóc khách hàng Điện lực miền Nam'),
  // An activity's fields closed by an acronym where the name plainly ends; not by an acronym a level goes on from.
  org('Hội viên được vay vốn từ Quỹ Hỗ trợ phát triển HTX với lãi suất thấp.', 'Quỹ Hỗ trợ phát triển HTX'),
  none('Trung tâm Xúc tiến đầu tư UBND tỉnh Hòa Bình đã được sáp nhập.', 'đầu tư'),
  // A plant named by its goods in lower case and its name; a plant doing something is none.
  org('Xe tải chở sắn cho Nhà máy tinh bột sắn Phước Long suốt đêm.', 'Nhà máy tinh bột sắn Phước Long'),
  org('Điện năng của Nhà máy thủy điện Sơn La tăng mạnh.', 'Nhà máy thủy điện Sơn La'),
  none('Nhà máy đang tuyển thêm công nhân cho Công ty Bình Minh.', 'Nhà máy đang'),
  // A body named for the cause it stands for after `Vì`, to where the name plainly ends.
  org('Bà Hoa, Giám đốc Quỹ Vì biển đảo quê hương, cho biết quỹ đã trao 300 suất quà.', 'Quỹ Vì biển đảo quê hương'),
  org('Quỹ Vì người nghèo tỉnh Hà Giang đã tiếp nhận 2 tỷ đồng.', 'Quỹ Vì người nghèo tỉnh Hà Giang'),
  // Places joined by `và` after `khu vực` are one area of one body; after a plain place they are two bodies' places.
  org('Công ty là thành viên Hội đồng Xổ số kiến thiết khu vực Nam Trung Bộ và Tây Nguyên từ năm 2010.', 'Hội đồng Xổ số kiến thiết khu vực Nam Trung Bộ và Tây Nguyên'),
  org('Sở Y tế Hà Nội và Hải Phòng đã ký kết hợp tác.', 'Sở Y tế Hà Nội', null, 'Sở Y tế Hà Nội'),
  // A verb after a bare level ends the name at the level (`tuyên truyền`).
  org('Tổ dân phố phối hợp với Hội Liên hiệp Phụ nữ phường tuyên truyền phân loại rác.', 'Hội Liên hiệp Phụ nữ phường'),
  // A plant named with a company's brand after its goods is that company's, named before or after it.
  org('Tàu kéo được hạ thủy tại Nhà máy đóng tàu Hạ Long Xanh. Công ty cổ phần Công nghiệp Tàu thủy Hạ Long Xanh có 900 công nhân.', 'Công ty cổ phần Công nghiệp Tàu thủy Hạ Long Xanh', null, 'Nhà máy đóng tàu Hạ Long Xanh'),
  // The people's courts named by their numbered region right after the head; a number counting communes is none.
  org('Công ty đã khởi kiện ra Tòa án nhân dân khu vực 7 để đòi nợ.', 'Tòa án nhân dân khu vực 7'),
  none('Tòa án nhân dân khu vực 3 xã biên giới được tăng cường cán bộ.', 'khu vực 3'),
  // A pharmacy by its kind and name; the common noun is none.
  org('Đoàn kiểm tra phát hiện Nhà thuốc Hồng Phúc (phường Tân Định) bán giá cao.', 'Nhà thuốc Hồng Phúc'),
  none('Nhà thuốc phải niêm yết giá bán lẻ từng loại thuốc.', 'Nhà thuốc'),
  // A private clinic, named after its kind of practice in lower case, or after the head alone.
  org('Bảo hiểm xã hội đã tạm dừng thanh toán cho Phòng khám đa khoa Hồng Đức ở phường 5.', 'Phòng khám đa khoa Hồng Đức'),
  org('Bác sĩ Lê Văn Tâm (Giám đốc Phòng khám Tâm An) cho biết đã khắc phục.', 'Phòng khám Tâm An'),
  org('Người dân đưa trẻ tới Phòng khám nha khoa Minh Khai để kiểm tra.', 'Phòng khám nha khoa Minh Khai'),
  none('Phòng khám phải niêm yết giá dịch vụ khám bệnh.', 'Phòng khám'),
  none('Bệnh viện vừa mở thêm phòng khám đa khoa cho người cao tuổi.', 'phòng khám đa khoa'),
  // A science named with `học` goes on whole after its capitalized first syllable.
  org('Các nhà khoa học của Viện Hải dương học đã gắn thẻ cho 40 con rùa.', 'Viện Hải dương học'),
  // A name's field runs on through lower-case words, `các`, commas and one `và` up to the short form in brackets that
  // closes it; a verb right after the name only before a unit's code; not where the acronym spells the last words alone.
  org('Hợp đồng do Ban Quản lý dự án các công trình thủy lợi miền Trung (CPO) ký với nhà thầu.', 'Ban Quản lý dự án các công trình thủy lợi miền Trung', 'CPO'),
  org('Số liệu của Công ty Điều độ hệ thống điện và thị trường điện Quốc gia (GSO) cho thấy phụ tải tăng.', 'Công ty Điều độ hệ thống điện và thị trường điện Quốc gia', 'GSO'),
  org('Cục Cảnh sát quản lý hành chính, giấy tờ tùy thân, con dấu (C06) đã cấp thêm thẻ.', 'Cục Cảnh sát quản lý hành chính, giấy tờ tùy thân, con dấu', 'C06'),
  // An undertaking's board named by the works it builds (`các công trình ... và ...`), closed by its place with no level.
  org('Dự án do Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và hạ tầng đô thị Thái Bình làm chủ đầu tư.', 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và hạ tầng đô thị Thái Bình'),
  org('Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng Nam Định đã mời thầu.', 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng Nam Định'),
  none('Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng Nguyễn Văn An cho biết.', 'Nguyễn Văn An'),
  // A country's national team named in lower case in a report that names a coach; not with no coach, nor a
  // national team with a field in capitals (a school contest's).
  org('HLV trưởng Lê Văn Tú cho biết đội tuyển Thái Lan đã sẵn sàng cho trận bán kết.', 'đội tuyển Thái Lan'),
  org('Trợ lý HLV Phan Văn Tâm nói đội tuyển bóng đá nữ Nhật Bản chơi kiểm soát bóng rất tốt.', 'đội tuyển bóng đá nữ Nhật Bản'),
  none('Năm nay đội tuyển Việt Nam giành 2 huy chương vàng tại kỳ thi Olympic Hóa học quốc tế.', 'đội tuyển Việt Nam'),
  // The place closing such a field, whatever its spelling (`TP.HCM`), right before the bracket; a verb's object
  // with a place before a bracket is still none.
  org('Theo Ban Quản lý các khu kinh tế và cửa khẩu TP.HCM (BKC), hồ sơ đã được duyệt.', 'Ban Quản lý các khu kinh tế và cửa khẩu TP.HCM', 'BKC'),
  org('Ông Lê Văn Hòa, Trưởng ban Ban Quản lý các cụm công nghiệp và làng nghề TP. Hà Nội (CLH), cho biết.', 'Ban Quản lý các cụm công nghiệp và làng nghề TP. Hà Nội', 'CLH'),
  none('Bộ Công an thu giữ ma túy tổng hợp TP.HCM (MDMA) trong đợt cao điểm.', 'ma túy tổng hợp'),
  // One `về` and what the unit's field covers, up to the unit's code in brackets; not a verb's `về`.
  org('Số liệu của Cục Cảnh sát quản lý xuất nhập cảnh về cư trú (A08) cho thấy lượng khách tăng.', 'Cục Cảnh sát quản lý xuất nhập cảnh về cư trú', 'A08'),
  none('Cục Cảnh sát cảnh báo về ma túy đá (K9) đang lan nhanh.', 'ma túy đá'),
  none('Bộ Công an thu giữ ma túy tổng hợp (MDMA) tại cửa khẩu.', 'ma túy tổng hợp'),
  none('Bộ Y tế khuyến cáo người dân (ND) không tự ý dùng thuốc.', 'người dân'),
  none('Sở Tài chính đã ký hợp đồng mua thiết bị (TB) mới.', 'hợp đồng'),
  // A registration code numbers one body of many alike, after its head or its field's lower-case words.
  org('Xe phải xếp hàng ở Trung tâm Đăng kiểm xe cơ giới 29-05V từ sáng sớm.', 'Trung tâm Đăng kiểm xe cơ giới 29-05V'),
  org('Hai đăng kiểm viên được điều từ Trung tâm 50-03S sang hỗ trợ.', 'Trung tâm 50-03S'),
  none('Trung tâm Y tế tiếp nhận 10-15 ca mỗi ngày.', '10-15'),
  // `của` and a place say whose a body is: the place is no word of the name.
  org('Hiện vật của Bảo tàng Cách mạng của Bến Tre được chuyển về kho mới.', 'Bảo tàng Cách mạng', null, 'Bảo tàng Cách mạng'),
  none('Hiện vật của Bảo tàng Cách mạng của Bến Tre được chuyển về kho mới.', 'của Bến Tre'),
  // A name closed by its level and place is whole: `và` joins a second body.
  org('Lực lượng gồm Công an tỉnh Hà Giang và Quản lý thị trường địa bàn đã phối hợp kiểm tra.', 'Công an tỉnh Hà Giang'),
  none('Lực lượng gồm Công an tỉnh Hà Giang và Quản lý thị trường địa bàn đã phối hợp kiểm tra.', 'Quản lý thị trường'),
  org('Sở Nông nghiệp và Môi trường tỉnh Nam Định ra quân.', 'Sở Nông nghiệp và Môi trường tỉnh Nam Định'),
  // Kinds of station and enterprise named after their service in lower case, inland container depots.
  org('Tàu đã liên lạc với Đài thông tin duyên hải Vũng Tàu lúc nửa đêm.', 'Đài thông tin duyên hải Vũng Tàu'),
  org('Ông là nhân viên Trạm quản lý hải đăng Kê Gà nhiều năm.', 'Trạm quản lý hải đăng Kê Gà'),
  org('Xí nghiệp Xây lắp điện Miền Trung trúng thầu gói thầu số 3.', 'Xí nghiệp Xây lắp điện Miền Trung'),
  org('Hàng được đưa lên Cảng cạn Long Bình để thông quan.', 'Cảng cạn Long Bình'),
  // A province's judgment enforcement office by its trade and place, past its acronym; the trade alone is none.
  org('Năm nay Thi hành án dân sự tỉnh Nghệ An thu hồi thêm 300 tỷ đồng.', 'Thi hành án dân sự tỉnh Nghệ An'),
  org('Hệ thống Thi hành án dân sự (THADS) tỉnh Gia Lai đạt chỉ tiêu.', 'Thi hành án dân sự tỉnh Gia Lai', null, 'Thi hành án dân sự (THADS) tỉnh Gia Lai'),
  none('Thi hành án dân sự là khâu cuối của hoạt động tư pháp.', 'Thi hành án dân sự'),
  // A prison numbered after its place's name, one of several there; a count after it is no number of the prison.
  org('Sau 5 năm chấp hành án tại Trại giam Xuyên Mộc 2, anh đã về quê mở xưởng.', 'Trại giam Xuyên Mộc 2'),
  org('Anh đã thụ án ở Trại giam Xuyên Mộc 3 năm trước khi được đặc xá.', 'Trại giam Xuyên Mộc'),
  // A trade union named for the sites whose workers it gathers; a bare union, or all its levels, is no name.
  org('Bà Trần Thu Hà, Chủ tịch Công đoàn các KCN tỉnh Hải Dương, trao quà cho công nhân.', 'Công đoàn các KCN tỉnh Hải Dương'),
  org('Công đoàn các khu công nghiệp tỉnh Đồng Nai mở chợ Tết cho đoàn viên.', 'Công đoàn các khu công nghiệp tỉnh Đồng Nai'),
  none('Công đoàn các cấp trong tỉnh đã chi hơn 20 tỷ đồng hỗ trợ công nhân.', 'Công đoàn các cấp'),
  none('Nhắn tin cho Công đoàn Hải Dương để được giúp đỡ.', 'Công đoàn Hải Dương'),
  // The power company's office in a district, named by the trade and the place; the trade of the country is none.
  org('Xã đã ký thỏa thuận với Điện lực Gia Lâm để bảo đảm cấp điện cho trạm bơm.', 'Điện lực Gia Lâm'),
  org('Điện lực Hưng Yên đã cắt điện để sửa chữa đường dây.', 'Điện lực Hưng Yên'),
  none('Ngành Điện lực Việt Nam đã vượt kế hoạch năm.', 'Điện lực Việt Nam'),
  // An undertaking's own name after `dự án` opens with a capital, a facility's head too, its lower-case rest read as
  // a name's; a person's name there is no part of it.
  org('Ông Tâm, Giám đốc Ban Quản lý dự án Nhiệt điện Quảng Trạch, cho biết tiến độ.', 'Ban Quản lý dự án Nhiệt điện Quảng Trạch'),
  none('Giám đốc Ban Quản lý dự án Trần Văn Minh cho biết tiến độ.', 'Trần Văn Minh'),
  // Forensic medicine and legal aid, fields whose first word is also a country's name (`Pháp`).
  org('Mẫu được gửi tới Trung tâm Pháp y tỉnh Hà Tĩnh để giám định.', 'Trung tâm Pháp y tỉnh Hà Tĩnh'),
  org('Viện Pháp y Quân đội đã nhận hồ sơ.', 'Viện Pháp y Quân đội'),
  // What an activity that takes an object serves (`Bảo trợ`, `Bảo lãnh`, `Dịch vụ`), up to the name's level and
  // place, its parent body after `thuộc` or its short name in brackets; not a verb's clause, nor a field's object.
  org('Bà Lan, Chủ tịch Hội Bảo trợ bệnh nhân nghèo và người cao tuổi tỉnh Quảng Nam, trao quà.', 'Hội Bảo trợ bệnh nhân nghèo và người cao tuổi tỉnh Quảng Nam'),
  org('Quỹ Bảo lãnh tín dụng cho hộ sản xuất tỉnh Nghệ An đã giải ngân.', 'Quỹ Bảo lãnh tín dụng cho hộ sản xuất tỉnh Nghệ An'),
  org('Trung tâm Dịch vụ việc làm thuộc Sở Nội vụ tổ chức phiên giao dịch.', 'Trung tâm Dịch vụ việc làm'),
  org('Năm 2015, Hội lập Trung tâm Chăm sóc trẻ tự kỷ (gọi tắt là Trung tâm) tại xã An Hòa.', 'Trung tâm Chăm sóc trẻ tự kỷ'),
  none('Trung tâm Hỗ trợ nông dân vay vốn tại tỉnh Nam Định.', 'vay vốn'),
  none('Quỹ Hỗ trợ nông dân cho biết tỉnh Nam Định có nhiều hộ.', 'cho biết'),
  none('Sở Y tế cấp phép bệnh viện thuộc Bộ Quốc phòng.', 'cấp phép bệnh viện'),
  // What it serves, two words or more, closed by the clause's verb of stating or its aspect word; or by the bare
  // level of the province, the name plainly ending after it.
  org('Năm nay, Quỹ Bảo trợ văn nghệ sĩ trẻ cam kết trao 200 suất quà.', 'Quỹ Bảo trợ văn nghệ sĩ trẻ'),
  org('Trung tâm Dịch vụ việc làm thanh niên đã tiếp nhận 90 hồ sơ.', 'Trung tâm Dịch vụ việc làm thanh niên'),
  // Not past a field word that is a verb too, the clause's predicate (`xây dựng bản đồ`).
  org('Viện đang phối hợp với Cục Bảo vệ thực vật xây dựng bản đồ số cho vùng chè.', 'Cục Bảo vệ thực vật'),
  // Postharvest technology and storage are fields a unit is named for: `sau` there opens no clause of time.
  org('Ông Lò Văn Hải, Giám đốc Trung tâm Công nghệ sau thu hoạch, cho biết.', 'Trung tâm Công nghệ sau thu hoạch'),
  org('Ông Đinh Văn Tú, Trưởng phòng Bảo quản sau thu hoạch của Viện, cho biết.', 'Phòng Bảo quản sau thu hoạch', null, 'Bảo quản sau thu hoạch'),
  org('Hợp tác xã mời chuyên gia của Trung tâm Cơ khí và Công nghệ sau thu hoạch (CPHT) về hướng dẫn.', 'Trung tâm Cơ khí và Công nghệ sau thu hoạch', 'CPHT'),
  org('Ông Nam, Giám đốc Trung tâm Xúc tiến đầu tư thương mại tỉnh, cho biết.', 'Trung tâm Xúc tiến đầu tư thương mại tỉnh'),
  none('Trung tâm Hỗ trợ nông dân tỉnh này cam kết trao vốn.', 'tỉnh này'),
  // A set phrase's halves parted by a comma, the parent body after `thuộc` closing the name.
  org('Phòng Cảnh sát PCCC và cứu nạn, cứu hộ thuộc Công an tỉnh Gia Lai đã kiểm tra chợ.', 'Phòng Cảnh sát PCCC và cứu nạn, cứu hộ'),
  // A headline shortens a name by leaving out its middle, keeping its first words and its place: one body; a headline
  // name of another place is another.
  org('Quỹ Bảo lãnh tín dụng Nghệ An mở rộng đối tượng\nQuỹ Bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa tỉnh Nghệ An đã cấp bảo lãnh cho 40 doanh nghiệp.', 'Quỹ Bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa tỉnh Nghệ An', null, 'Quỹ Bảo lãnh tín dụng Nghệ An'),
  org('Quỹ Bảo lãnh tín dụng Hà Tĩnh mở rộng đối tượng\nQuỹ Bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa tỉnh Nghệ An đã cấp bảo lãnh cho 40 doanh nghiệp.', 'Quỹ Bảo lãnh tín dụng Hà Tĩnh'),
  // A school's kinds right after its head, capitalized or not, and its acronym in brackets among them, before its
  // levels and its name; the kinds alone are a name too, the clause after them not.
  org('Cô Hoa, Hiệu trưởng Trường Phổ thông dân tộc bán trú (PTDTBT) Tiểu học và THCS Nậm Pồ, cho biết.', 'Trường Phổ thông dân tộc bán trú Tiểu học và THCS Nậm Pồ', null, 'Trường Phổ thông dân tộc bán trú (PTDTBT) Tiểu học và THCS Nậm Pồ'),
  org('Các em học tại Trường Phổ thông Dân tộc bán trú Trung học cơ sở Tả Phìn từ năm lớp 6.', 'Trường Phổ thông Dân tộc bán trú Trung học cơ sở Tả Phìn'),
  none('Trường Phổ thông dân tộc bán trú đã đón 200 học sinh.', 'đã đón'),
  // A headline's short name, the same short name in brackets after the whole name: one body.
  org('HTX Rau sạch Tân Phú mở rộng diện tích\nHợp tác xã Sản xuất và Dịch vụ Rau sạch Tân Phú (HTX Rau sạch Tân Phú) ở xã Tân Phú có 40 thành viên.', 'Hợp tác xã Sản xuất và Dịch vụ Rau sạch Tân Phú', null, 'HTX Rau sạch Tân Phú mở'),
  // `phát động` (to launch) ends a name as other verbs do; `Tổ chức` before an event's head is the verb (to hold).
  org('Cuộc thi do Ban Thường vụ Trung ương Đoàn phát động từ tháng 3.', 'Ban Thường vụ Trung ương Đoàn'),
  none('- Tổ chức Lễ hội Hoa ban Điện Biên lần thứ mười vào tháng 3.', 'Tổ chức'),
  org('Tổ chức Y tế Thế giới khuyến cáo tiêm nhắc lại.', 'Tổ chức Y tế Thế giới'),
  org('Theo Tổ chức Sáng kiến Thương mại bền vững (IDH), giá tăng.', 'Tổ chức Sáng kiến Thương mại bền vững', 'IDH'),
  // A steering committee's second item after a comma, closed by `của` and the level whose committee it is; not a
  // subject after the comma.
  org('Ông Bình, Trưởng Ban Chỉ đạo bảo vệ rừng, PCCC rừng của huyện, chủ trì cuộc họp.', 'Ban Chỉ đạo bảo vệ rừng, PCCC rừng'),
  none('Ban Chỉ đạo vận động hiến máu, ngân sách của tỉnh còn ít.', 'ngân sách'),
  // A name that writes a defined acronym after its head, then its province's name without a level: the body named
  // in full before; with a foreign country after it, another.
  org('Sở Nông nghiệp và Môi trường (NN&MT) tổ chức phiên đấu giá. Ông Lực, Phó Giám đốc Sở NN&MT Quảng Bình, cho biết.', 'Sở Nông nghiệp và Môi trường', null, 'Sở NN&MT Quảng Bình'),
  org('Sở Nông nghiệp và Môi trường (NN&MT) tổ chức phiên đấu giá. Ông Lực, Phó Giám đốc Sở NN&MT Hàn Quốc, cho biết.', 'Sở NN&MT Hàn Quốc'),
  // A field compound's lower-case rest across a dash (`Vật tư - Thiết bị y tế`), managing conservation, and real
  // estate: the fields run whole up to the place or the name's end.
  org('Bà Lan, Trưởng phòng Vật tư - Thiết bị y tế của Bệnh viện Đa khoa tỉnh, cho biết.', 'Phòng Vật tư - Thiết bị y tế', null, 'Vật tư - Thiết bị y tế'),
  org('Sở phối hợp với Trung tâm Quản lý bảo tồn di tích Cổ Loa và các trường học.', 'Trung tâm Quản lý bảo tồn di tích Cổ Loa'),
  org('Theo Hiệp hội Môi giới bất động sản, giao dịch tăng.', 'Hiệp hội Môi giới bất động sản'),
  // Lower-case field words up to a bracket naming the parent body (`thuộc` or a head) end the name there; what a body
  // did before such a bracket is no field of it.
  org('Kết quả của Trung tâm Kiểm định chất lượng công trình xây dựng (Sở Xây dựng) được gửi về huyện.', 'Trung tâm Kiểm định chất lượng công trình xây dựng'),
  org('Mẫu được gửi Trung tâm Kiểm nghiệm thuốc thú y thủy sản (thuộc Cục Chăn nuôi) để phân tích.', 'Trung tâm Kiểm nghiệm thuốc thú y thủy sản'),
  none('Bộ Y tế kiểm tra bếp ăn (Sở Y tế Bình Phước) hôm qua.', 'kiểm tra bếp ăn'),
  // A capitalized field that is a plain noun takes no verb after it: the verb is the clause's.
  org('Tỉnh đề xuất Bộ Nông nghiệp và Môi trường đầu tư vốn cho hồ chứa nước.', 'Bộ Nông nghiệp và Môi trường'),
  org('Năm nay Sở Tài chính hỗ trợ vốn cho 20 hợp tác xã.', 'Sở Tài chính'),
  org('Viện Nghiên cứu phát triển kinh tế Hải Phòng công bố báo cáo.', 'Viện Nghiên cứu phát triển kinh tế Hải Phòng'),
  // A school's or hospital's governing council named by the institution's kind in lower case, no name after it; a
  // named school after `Hội đồng trường` is its own body, and `trường hợp` no school.
  org('Dự buổi lễ có bà Trần Thị Lan, Chủ tịch Hội đồng trường, và đại diện các khoa.', 'Hội đồng trường'),
  org('Ông Bình, Phó Giám đốc, đồng thời là Chủ tịch Hội đồng quản lý bệnh viện, đã ký quyết định.', 'Hội đồng quản lý bệnh viện'),
  org('Ông An, Chủ tịch Hội đồng trường Trường Đại học Nha Trang, phát biểu.', 'Trường Đại học Nha Trang'),
  none('Hội đồng trường hợp này sẽ xem xét lại.', 'trường hợp'),
  // Presiding (`chủ trì`) after a bare level ends a delegation's name there.
  org('Ông Cường, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh chủ trì buổi tiếp xúc cử tri.', 'Đoàn đại biểu Quốc hội tỉnh'),
  // Verbs of two syllables that end a name as `chủ trì` does (tham gia, phối hợp, cho biết, đề xuất: once listed as
  // stop words, which are read one token at a time and never matched them): a bare level before one is the name's.
  org('Trung tâm Y tế huyện tham gia Hội thi sơ cấp cứu năm nay.', 'Trung tâm Y tế huyện'),
  org('Phòng Kinh tế huyện phối hợp với các xã rà soát diện tích.', 'Phòng Kinh tế huyện'),
  org('Ban Quản lý dự án tỉnh cho biết công trình sẽ xong vào tháng 6.', 'Ban Quản lý dự án tỉnh'),
  // The provincial Party committee and the executive committee of the province's Party organization: one body.
  org('Tỉnh ủy Sơn La tổ chức hội nghị. Ban Chấp hành Đảng bộ tỉnh Sơn La đã thảo luận.', 'Tỉnh ủy Sơn La', null, 'Ban Chấp hành Đảng bộ tỉnh Sơn La'),
  // A treaty's secretariat, named by the treaty; the treaty alone is none.
  org('Báo cáo được gửi Ban Thư ký Công ước Đa dạng sinh học trước tháng 6.', 'Ban Thư ký Công ước Đa dạng sinh học'),
  none('Việt Nam tham gia Công ước Ramsar từ năm 1989.', 'Công ước Ramsar'),
  // A holder named before the comma whose name closes another body's post (after its acronym, or the lower-case
  // syllable of its last word) holds none of this one: a person's name after this body is cut off. An academic title
  // or a rank before the name does not close a post.
  org('Phó Tổng giám đốc EVN Trần Văn Tiến, Vụ trưởng Vụ Năng lượng tái tạo Phạm Thị Lan cho biết.', 'Vụ Năng lượng tái tạo', null, 'Vụ Năng lượng tái tạo'),
  none('Phó Tổng giám đốc EVN Trần Văn Tiến, Vụ trưởng Vụ Năng lượng tái tạo Phạm Thị Lan cho biết.', 'Phạm Thị Lan'),
  org('Viện trưởng Viện Khoa học Lâm nghiệp Đỗ Văn Tùng, Giám đốc Trung tâm Quản lý chất lượng Lê Thị Thu phát biểu.', 'Trung tâm Quản lý chất lượng'),
  none('Viện trưởng Viện Khoa học Lâm nghiệp Đỗ Văn Tùng, Giám đốc Trung tâm Quản lý chất lượng Lê Thị Thu phát biểu.', 'Lê Thị Thu'),
  org('Ông nói với PGS.TS Hồ Văn Bình, Tổng giám đốc Công ty Cổ phần Dược Đào Lâm, về kế hoạch.', 'Công ty Cổ phần Dược Đào Lâm'),
  // A school's head right after education's field is the level of schooling a department is named for, no school
  // named inside the name: a person after it is cut off. And `Chánh Thanh tra`, `Chánh án` are titles a name stops at.
  org('Vụ trưởng Vụ Giáo dục Đại học Trịnh Văn Sơn cho biết quy chế sẽ sửa.', 'Vụ Giáo dục Đại học'),
  none('Vụ trưởng Vụ Giáo dục Đại học Trịnh Văn Sơn cho biết quy chế sẽ sửa.', 'Trịnh Văn Sơn'),
  org('Trưởng khoa Khoa Kinh tế Trường Đại học Lê Quý Đôn nhận giải.', 'Khoa Kinh tế Trường Đại học Lê Quý Đôn'),
  org('Vụ trưởng Vụ Tín dụng Đào Thị Mai và Chánh Thanh tra Bộ Hoàng Văn Nam dự họp.', 'Vụ Tín dụng'),
  none('Vụ trưởng Vụ Tín dụng Đào Thị Mai và Chánh Thanh tra Bộ Hoàng Văn Nam dự họp.', 'Đào Thị Mai và'),
  // A head's activity capitalized and parted by a comma, then its field, where the name plainly ends after it.
  org('Ông Tâm, Phó Cục trưởng Cục Quản lý, giám sát bảo hiểm, cho biết thêm.', 'Cục Quản lý, giám sát bảo hiểm'),
  org('Theo Cục Quản lý, giám sát bảo hiểm, doanh thu phí tăng 9%.', 'Cục Quản lý, giám sát bảo hiểm'),
  // An acronym a fund's activity works for, then the bare level the name plainly ends with.
  org('Quỹ Hỗ trợ phát triển HTX tỉnh đã giải ngân 30 tỷ đồng.', 'Quỹ Hỗ trợ phát triển HTX tỉnh'),
  // Passing, opening a course, advancing a payment: verbs a name stops at.
  org('Kế hoạch được Hội đồng quản lý Quỹ thông qua hôm qua.', 'Hội đồng quản lý Quỹ'),
  org('Trường Trung cấp Y tế tỉnh khai giảng năm học mới.', 'Trường Trung cấp Y tế tỉnh'),
  // Sub-institutes, sub-committees, churches, a port's border post; a province's government abroad, only before its
  // level and place (`Chính quyền địa phương` is the local authorities).
  org('Đề tài do Phân viện Cơ điện nông nghiệp miền Nam chủ trì.', 'Phân viện Cơ điện nông nghiệp miền Nam'),
  org('Bà được cử làm Trưởng Phân ban Gia đình Phật tử tỉnh.', 'Phân ban Gia đình Phật tử tỉnh'),
  org('Giáo hội Phật giáo Việt Nam tổ chức lễ Vu lan.', 'Giáo hội Phật giáo Việt Nam'),
  org('Tàu được Đồn Biên phòng cửa khẩu cảng Hòn Gai kiểm tra.', 'Đồn Biên phòng cửa khẩu cảng Hòn Gai'),
  org('Đoàn đã làm việc với Chính quyền tỉnh Savannakhet về thương mại.', 'Chính quyền tỉnh Savannakhet'),
  none('Chính quyền địa phương đã hỗ trợ người dân.', 'Chính quyền'),
  // A country's power utility, named with the country and its acronym in brackets; the trade in the country is none.
  org('Dự án được Điện lực Pháp (EDF) tài trợ.', 'Điện lực Pháp', 'EDF'),
  none('Ngành Điện lực Việt Nam đã đầu tư nhiều lưới điện.', 'Điện lực Việt Nam'),
  // Two countries joined by a dash name a friendship: the place after `tại` is where the school stands.
  org('Tỉnh xây Trường Tiểu học Hữu nghị Việt - Campuchia tại huyện Sê San.', 'Trường Tiểu học Hữu nghị Việt - Campuchia'),
  // A title written short after `và` opens a person's name.
  org('BS Lê An, Trưởng Khoa Hồi sức cấp cứu và ThS.BS Hồ Văn Tú đã mổ.', 'Khoa Hồi sức cấp cứu'),
  // A bare name of a body named first refers to the article's own body, not to the one of a province abroad named
  // after it.
  org('Sở Y tế cho biết đã cử 5 bác sĩ. Giám đốc Sở Y tế tỉnh Champasak cảm ơn tỉnh Quảng Trị.', 'Sở Y tế tỉnh Champasak', null, 'Sở Y tế tỉnh Champasak'),
  org('Sở Y tế cho biết đã cử 5 bác sĩ. Giám đốc Sở Y tế tỉnh Champasak cảm ơn tỉnh Quảng Trị.', 'Sở Y tế'),
  // A board named for the sites it manages, then its bare level, then its short form in brackets.
  org('Ban Quản lý các khu kinh tế tỉnh (BQL KKT) đã cấp phép 12 dự án.', 'Ban Quản lý các khu kinh tế tỉnh', 'BQL KKT'),
  // A head that is a family name right after the bracketed acronym closing a post's body starts the holder's name.
  org('Dự họp có Phó Chủ tịch Hội Doanh nhân trẻ Việt Nam (VYEA) Đoàn Minh Trí, Chủ tịch Hiệp hội.', 'Hội Doanh nhân trẻ Việt Nam', 'VYEA'),
  none('Dự họp có Phó Chủ tịch Hội Doanh nhân trẻ Việt Nam (VYEA) Đoàn Minh Trí, Chủ tịch Hiệp hội.', 'Đoàn Minh Trí'),
  // A marketplace's name after `sàn` that is the acronym of a body named is that body (the exchange).
  org('Sở Giao dịch Chứng khoán Hà Nội (HNX) công bố số liệu. Thanh khoản trên sàn HNX giảm 5%.', 'Sở Giao dịch Chứng khoán Hà Nội', 'HNX', 'HNX giảm'),
  // A body `các cấp` (at every level) is the kind of body, no one organization.
  none('Hội Nông dân các cấp đã vận động hội viên góp vốn.', 'Hội Nông dân'),
  none('Ủy ban MTTQ các cấp đã giám sát việc giải ngân.', 'Ủy ban MTTQ'),
  // Field compounds of hospitals' units: diabetes beside endocrinology, the guidance given to lower hospitals, the care
  // of officials' health.
  org('Khoa Nội tiết - Đái tháo đường của Bệnh viện Đa khoa tỉnh Hòa Bình đã nhận máy mới.', 'Khoa Nội tiết - Đái tháo đường'),
  org('Ông Lê Văn Hải, Giám đốc Trung tâm Đào tạo và Chỉ đạo tuyến của bệnh viện, cho biết.', 'Trung tâm Đào tạo và Chỉ đạo tuyến'),
  org('Bà Lan, Trưởng ban Bảo vệ sức khỏe cán bộ tỉnh, cho biết.', 'Ban Bảo vệ sức khỏe cán bộ tỉnh', null, 'Bảo vệ sức khỏe cán bộ tỉnh'),
  // A head that is an activity too (Thanh tra) between dashes, or before a mark, is one of a unit's listed fields.
  org('Phòng Pháp chế - Thanh tra - Kiểm tra của Sở Xây dựng đã họp.', 'Phòng Pháp chế - Thanh tra - Kiểm tra'),
  org('Bà Lan, Trưởng phòng Tổ chức - Thanh tra, cho biết.', 'Phòng Tổ chức - Thanh tra', null, 'Tổ chức - Thanh tra'),
  // So is a head that opens a field word with its lower-case rest (`Báo chí`, the press): no newspaper there.
  org('Trung tâm phối hợp với Phòng Văn hóa - Báo chí - Xuất bản thuộc Sở Văn hóa để tổ chức.', 'Phòng Văn hóa - Báo chí - Xuất bản'),
  org('Sở Văn hóa - Báo Nhân Dân đã ký kết hợp tác.', 'Báo Nhân Dân'),
  org('Bộ Công an - Thanh tra Chính phủ đã ký quy chế phối hợp.', 'Thanh tra Chính phủ'),
  // A set phrase parted by a comma, capitalized after the name's first field, is a field of the name.
  org('Ông Lâm, Phó Cục trưởng Cục Quản lý Khám, chữa bệnh, cho biết.', 'Cục Quản lý Khám, chữa bệnh'),
  org('Đoàn đã làm việc với Cục Quản lý Khám, chữa bệnh thuộc BYT.', 'Cục Quản lý Khám, chữa bệnh'),
  org('Trung tâm Y tế huyện khám, chữa bệnh cho người dân.', 'Trung tâm Y tế'),
  // A province's border guard and the command that runs it are one body; another province's force is its own.
  org('Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu đã phối hợp. Lực lượng Bộ đội Biên phòng tỉnh đã bắt giữ hai đối tượng.',
    'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu', null, 'Bộ đội Biên phòng tỉnh đã'),
  org('Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu đã họp. Bộ đội Biên phòng tỉnh Điện Biên cũng tham dự.', 'Bộ đội Biên phòng tỉnh Điện Biên'),
  // A court or procuracy named by its numbered region after its bracketed acronym, the place after a dash; the acronym
  // and the region alone later are that court; another region's is its own.
  org('Bà Trần Thị Mai, Chánh án Tòa án nhân dân (TAND) khu vực 2 - Cần Thơ, cho biết năm nay TAND khu vực 2 đã giải quyết 300 vụ.',
    'Tòa án nhân dân khu vực 2 - Cần Thơ', null, 'TAND khu vực 2 đã'),
  org('Viện Kiểm sát nhân dân (VKSND) khu vực 4 đã truy tố hai bị can.', 'Viện Kiểm sát nhân dân khu vực 4', null,
    'Viện Kiểm sát nhân dân (VKSND) khu vực 4'),
  org('Tòa án nhân dân (TAND) khu vực 3 - Hà Nội đã xử hai vụ. TAND khu vực 5 cũng thụ lý một vụ.', 'TAND khu vực 5'),
  // An embassy named with its seat (`tại` and the country), then without it: one body; two seats leave the bare name its own.
  org('Đại sứ quán Hàn Quốc tại Việt Nam đã tài trợ dự án. Đại sứ quán Hàn Quốc cũng cử hai chuyên gia.',
    'Đại sứ quán Hàn Quốc tại Việt Nam', null, 'Đại sứ quán Hàn Quốc cũng'),
  org('Đại sứ quán Hàn Quốc tại Việt Nam và Đại sứ quán Hàn Quốc tại Lào đã tài trợ. Đại sứ quán Hàn Quốc cũng cử chuyên gia.',
    'Đại sứ quán Hàn Quốc', null, 'Đại sứ quán Hàn Quốc cũng'),
  // A province's or a city's youth union named bare, as its Party committee is.
  org('Trong chiến dịch, Tỉnh đoàn đã huy động 500 tình nguyện viên.', 'Tỉnh đoàn'),
  org('Thành đoàn phối hợp với các trường tổ chức ngày hội.', 'Thành đoàn'),
  // A head and the acronym of the words after it (`Ban QLDA`) for the one board whose name opens with those words.
  org('Ban Quản lý dự án Thủy lợi Bắc Hưng Hải đã khởi công hai gói thầu. Ban QLDA cho biết sẽ hoàn thành trong năm 2026.',
    'Ban Quản lý dự án Thủy lợi Bắc Hưng Hải', null, 'Ban QLDA'),
  // The Front's committee named with its acronym, the home country and the level: the province's committee named before.
  org('Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh Hà Giang tổ chức hội nghị. Ủy ban MTTQ Việt Nam tỉnh đã hiệp thương cử 60 vị.',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang', null, 'Ủy ban MTTQ Việt Nam tỉnh đã'),
  // A body followed by `các` and a level: the body of each such place, no one organization.
  none('Theo kế hoạch, Ban CHQS các xã sẽ hoàn thiện hồ sơ trước ngày 25/11.', 'Ban CHQS các xã'),
  none('Sau hội nghị, Hội Nông dân các huyện đã ra quân làm đường.', 'Hội Nông dân các huyện'),
  // A unit's name ends before `và` and a person's full name with a middle name listed after it.
  org('Bị cáo gồm Hà Văn Tùng, nguyên Trạm trưởng Trạm Kiểm lâm Mường Lát và Lò Thị Lan (SN 1991), nguyên kế toán.',
    'Trạm Kiểm lâm Mường Lát'),
  none('Bị cáo gồm Hà Văn Tùng, nguyên Trạm trưởng Trạm Kiểm lâm Mường Lát và Lò Thị Lan (SN 1991), nguyên kế toán.', 'Lò Thị Lan'),
  // The ills a steering committee works against after `phòng, chống`, listed by commas, up to its province.
  org('Vụ án do Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Tĩnh theo dõi, chỉ đạo.',
    'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Tĩnh'),
  none('Ban Chỉ đạo phòng, chống tội phạm, ma túy đã họp.', 'ma túy'),
  // Seeds and breeds a research centre is named for, at a sentence's end too.
  org('Ông Lâm là Giám đốc Trung tâm Nghiên cứu giống cây trồng.', 'Trung tâm Nghiên cứu giống cây trồng'),
  org('Bà Hạnh công tác tại Trung tâm Nghiên cứu giống vật nuôi, cho biết thêm.', 'Trung tâm Nghiên cứu giống vật nuôi'),
  // A plant's workshop named for its work; the common noun none.
  org('Theo ông Tâm, quản đốc Phân xưởng Sửa chữa, Công ty Nhiệt điện Phả Lại, đợt bảo dưỡng kéo dài.', 'Phân xưởng Sửa chữa'),
  none('Phân xưởng này có 40 công nhân.', 'Phân xưởng'),
  // A procuracy's department named for the prosecution and the stage of the case it oversees; the activity alone none.
  org('Kiểm sát viên thuộc Phòng Thực hành quyền công tố và kiểm sát xét xử phúc thẩm án hình sự, VKSND tỉnh Hà Tĩnh.',
    'Phòng Thực hành quyền công tố và kiểm sát xét xử phúc thẩm án hình sự'),
  org('Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự đã phê chuẩn quyết định khởi tố.',
    'Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự'),
  none('Ông Bình thực hành quyền công tố tại phiên tòa.', 'thực hành quyền công tố'),
  // A zone's managing board and the sites after `và các`, its level bare where the name plainly ends; other bodies
  // after `và các` are no part of it.
  org('Ông Hùng đề nghị Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp tỉnh chủ trì rà soát.',
    'Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp tỉnh'),
  org('Ban Quản lý Khu kinh tế Dung Quất và các sở ngành tỉnh đã họp.', 'Ban Quản lý Khu kinh tế Dung Quất'),
];
