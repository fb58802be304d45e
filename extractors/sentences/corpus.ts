// Sentence-splitter examples, written for the project: a paragraph and the sentences it must split into, in order.
// Abbreviations, initials, numbers, quotes and ellipses, and the collapsed interview lines of crawled dumps.
export interface SentenceExample {
  /** One paragraph. */
  readonly text: string;
  /** Its sentences, trimmed, in order. */
  readonly sentences: readonly string[];
}

const one = (text: string): SentenceExample => ({ text, sentences: [text] });
const split = (...sentences: string[]): SentenceExample => ({ text: sentences.join(' '), sentences });

export const SENTENCE_EXAMPLES: readonly SentenceExample[] = [
  // plain sentences
  split('Hôm nay trời đẹp.', 'Chúng tôi đi làm sớm.'),
  split('Ông có khỏe không?', 'Tôi vẫn khỏe.'),
  split('Thật tuyệt vời!', 'Cả đội đã chiến thắng.'),
  split('Dự án đã xong.', 'Người dân rất vui.', 'Chính quyền cũng vậy.'),
  one('Một câu không có dấu chấm cuối'),
  one('Câu cuối có dấu chấm.'),
  split('Đây là câu một.', 'Đây là câu hai!', 'Còn đây là câu ba?'),
  split('Giá xăng tăng mạnh.', 'Ở Hà Nội, nhiều người đã chuyển sang đi xe buýt.'),
  // titles and academic abbreviations
  one('TS. Trần Thị Minh Hằng cho biết như vậy.'),
  one('PGS.TS. Nguyễn Văn Bình là người chủ trì đề tài.'),
  one('Theo PGS. TS. Lê Hoàng Nam, kết quả này rất đáng chú ý.'),
  one('ThS. Phạm Thu Trang trình bày báo cáo.'),
  one('GS. Ngô Bảo Châu đã có buổi nói chuyện với sinh viên.'),
  one('GS.TSKH. Đặng Văn Sơn phát biểu khai mạc.'),
  split('Bài viết của TS. Hoàng Anh.', 'Ông là chuyên gia về năng lượng.'),
  one('Hội thảo có sự tham dự của BS. Nguyễn Thị Hoa và KS. Lê Văn Tâm.'),
  one('Ca sĩ NSƯT. Thanh Hoa hát mở màn.'),
  one('Sách do NXB. Trẻ phát hành.'),
  one('(TS. Vũ Minh Khương là chuyên gia kinh tế.)'),
  split('Người trả lời là ThS. Đỗ Hải.', 'Chị làm việc tại viện từ lâu.'),
  one('Mr. John Smith đến Hà Nội tuần trước.'),
  one('LS. Trương Quốc Hùng tư vấn miễn phí cho người dân.'),
  // places and administrative prefixes
  one('Công ty đặt trụ sở tại TP.HCM và Hà Nội.'),
  split('Ông sống ở TP.HCM.', 'Mỗi năm ông về quê hai lần.'),
  one('Trụ sở nằm ở TP. Hồ Chí Minh từ năm 2010.'),
  one('Cửa hàng ở Q.1 luôn đông khách.'),
  one('Nhà tôi ở Q. 3, gần chợ Bàn Cờ.'),
  one('Phòng khám nằm ở P. Bến Nghé, Q. 1, TP. Hồ Chí Minh.'),
  one('Dự án ở TX. Sơn Tây đã khởi công.'),
  one('Tuyến đường chạy qua TT. Đông Anh.'),
  split('Tai nạn xảy ra trên QL.1A.', 'Hai người bị thương.'),
  one('Tp.HCM đang đẩy mạnh chuyển đổi số.'),
  // initials
  one('Nhà văn Nguyễn V. An vừa ra mắt tiểu thuyết mới.'),
  one('Anh H. đã được đưa đi cấp cứu.'),
  one('Bị can Trần V. H. bị tạm giữ để điều tra.'),
  one('Ông A. Nguyễn chia sẻ kinh nghiệm.'),
  one('Bà Đ. Thị Lan là giáo viên.'),
  one('Ông J. Kennedy từng nói như vậy.'),
  // single capitals that are words, not initials
  split('Đội tuyển sẽ dự giải châu Á.', 'Xin cảm ơn ông!'),
  split('Anh từng du học ở Ý.', 'Sau đó anh về nước.'),
  // v.v.
  one('Chúng tôi mua sách, vở, bút v.v. cho các em.'),
  split('Chúng tôi hỗ trợ gạo, mì, nước uống v.v.', 'Mọi thứ đều được chuyển tới tận nơi.'),
  one('Có nhiều loại rau, quả v.v. được bày bán.'),
  one('Những mặt hàng như thép, xi măng, v.v., đều tăng giá.'),
  // numbers
  one('Lượt xem: 1.233'),
  one('Giá trị đơn hàng là 1,5 tỷ đồng.'),
  one('Dân số đạt 2.000.000 người vào năm ngoái.'),
  split('Năm 2020 có nhiều biến động.', '2021 là năm phục hồi.'),
  split('Doanh thu tăng 12,5%.', 'Lợi nhuận giảm nhẹ.'),
  one('Tỷ lệ đạt 99.5% theo cách viết quốc tế.'),
  one('Thông tư số 12/2023/TT-BKHCN có hiệu lực từ tháng 7.'),
  split('Công nghiệp 4.0 đang đến gần.', 'Doanh nghiệp phải chuẩn bị.'),
  one('Phiên bản 2.1.3 được phát hành hôm qua.'),
  one('Cuộc họp bắt đầu lúc 7:30 sáng.'),
  split('Khoảng 1.500 người tham dự.', '300 người trong số đó là sinh viên.'),
  one('Tỷ giá hôm nay là 23.450 đồng/USD.'),
  split('Trận đấu kết thúc với tỉ số 2-1.', 'Đội khách bất ngờ thua.'),
  one('Chỉ số PMI đạt 51,2 điểm trong tháng 5.'),
  split('Dịch Covid-19 đã được kiểm soát.', 'Các trường học mở cửa trở lại.'),
  // list numbers at the start of a paragraph
  one('1. Giới thiệu chung về dự án'),
  one('2. Kết quả đạt được trong năm 2022'),
  one('II. Nhiệm vụ trọng tâm'),
  one('a. Đối tượng áp dụng'),
  split('1. Mục tiêu.', 'Nâng cao chất lượng đào tạo.'),
  // quotes
  split('Ông nói: “Chúng tôi sẽ cố gắng.”', 'Sau đó ông rời cuộc họp.'),
  split('“Tôi rất vui,” chị nói.', 'Chị đã chờ ngày này rất lâu.'),
  one('“Tại sao lại như vậy?” anh hỏi lại.'),
  split('Bà hỏi: “Bao giờ đường mới xong?”', 'Không ai trả lời được.'),
  split('Anh ấy nói "Không sao đâu."', 'Rồi anh cười.'),
  one('Chương trình “Mùa hè xanh” năm nay thu hút nhiều sinh viên.'),
  split('Câu khẩu hiệu là “Tiến lên!”', 'Mọi người cùng hô vang.'),
  one('“Vì sao?”, nhiều người đặt câu hỏi.'),
  split('Ông gọi đó là “cú hích”.', '“Đây là cơ hội lớn,” ông nhấn mạnh.'),
  split('Chị kể: ‘Tôi đã khóc.’', 'Rồi chị im lặng.'),
  split('Cô bé hỏi: «Mẹ đâu?»', 'Không ai đáp.'),
  // ellipses
  split('Anh ấy im lặng...', 'Rồi bỏ đi.'),
  one('Chúng tôi chờ... chờ mãi mà không thấy ai.'),
  split('Mọi thứ vẫn còn dang dở…', 'Ngày mai sẽ khác.'),
  one('Những con số… thật khó tin.'),
  split('Vấn đề là ở chỗ...', '“Không ai chịu trách nhiệm,” ông nói.'),
  split('Ông có nhớ không...?', 'Tôi nhớ rất rõ.'),
  // exclamations and questions
  one('Ôi, đẹp quá! đó là lời cảm thán của nhiều du khách.'),
  split('Trân trọng cảm ơn ông!', 'Theo VietQ'),
  split('Xin cảm ơn bà!', 'Minh Châu'),
  split('Vậy ông có đánh giá như thế nào về kết quả đạt được?', 'Năm vừa qua rất khó khăn.'),
  split('Ông có thể chia sẻ thêm, thưa ông?', 'Chắc chắn rồi.'),
  split('Thật sao?!', 'Tôi không tin.'),
  // brackets
  split('Ông Hiệp (bên trái) trao giấy chứng nhận.', 'Buổi lễ diễn ra trang trọng.'),
  split('Dự án được phê duyệt (năm 2019).', 'Nay đã hoàn thành.'),
  one('Tổ chức Năng suất Châu Á (APO) được thành lập năm 1961.'),
  split('Ảnh minh họa.', '(Ảnh: VGP)'),
  // dashes
  split('Ông có khỏe không?', '- Tôi khỏe, cảm ơn anh.'),
  split('Năm nay thế nào?', '– Năm nay khá hơn năm ngoái.'),
  one('Ông Hà Minh Hiệp – Phó Tổng cục trưởng phát biểu.'),
  // web addresses and codes
  one('Bài viết đăng trên VietQ.vn sáng nay.'),
  split('Xem thêm tại VietQ.vn.', 'Chúc bạn đọc vui vẻ.'),
  one('Email liên hệ là contact@example.vn nhé'),
  one('Tiêu chuẩn ISO 9001:2015 được áp dụng rộng rãi.'),
  split('Nhóm WG1 họp ngày mai.', 'Nhóm WG2 họp tuần sau.'),
  // collapsed interview lines (the shape of crawled dumps)
  split('PV: Thưa ông, năm qua ngành đã làm được những gì?', 'Ông Trần Văn Hải: Ngành đã hoàn thành kế hoạch.', 'PV: Vậy năm nay thì sao?', 'Ông Trần Văn Hải: Chúng tôi sẽ tăng tốc.'),
  split('P.V: Chào mừng các bạn trở về.', 'Cảm xúc của đội lúc này như thế nào?', 'Anh Lê Minh: Rất hạnh phúc.'),
  split('Phóng viên: Ý kiến của ông ra sao?', '- TS Nguyễn Minh Phong: Câu chuyện này cần nhìn rộng hơn.'),
  split('Hỏi: Thủ tục có phức tạp không?', 'Đáp: Không phức tạp.'),
  { text: 'Ông nghĩ sao?Ông Nam: Tôi đồng ý.', sentences: ['Ông nghĩ sao?', 'Ông Nam: Tôi đồng ý.'] },
  split('Xin cảm ơn ông!', 'PV: Xin cảm ơn!'),
  // things that must not split
  one('Ông ấy nói vậy. và mọi người đều im lặng.'),
  one('Kết quả: 3 đạt, 1 không đạt.'),
  one('Giờ mở cửa: 8h-17h.'),
  one('Giải thưởng năm nay dành cho TS. Lê Văn A và ThS. Trần Thị B.'),
  one('Giá cổ phiếu lên 45.000 đồng.'),
  one('Nhiệt độ khoảng 25,5 độ C.'),
  one('Hôm ấy, anh T. vẫn đi làm bình thường.'),
  split('Chuyện xảy ra ở phường 5, Q.10.', 'Không ai bị thương.'),
  split('Tôi nói thật đấy.', '2 năm nữa mọi việc sẽ khác.'),
  one('Ông Nguyễn Văn An, Giám đốc Sở GD&ĐT, cho biết.'),
  split('Hội nghị kết thúc lúc 17 giờ.', 'Các đại biểu ra về.'),
];
