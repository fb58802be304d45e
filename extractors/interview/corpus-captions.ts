// Captions with no cue in paragraphed interviews (scene-captions.ts), written for the project: whole interviews where
// a caption stands between answer paragraphs or after the lead, and as many short answer paragraphs in the third
// person that must stay answers; then the rule one line at a time, captions and answers alike.
import type { InterviewExample } from './corpus.js';

const article = (...lines: string[]): string => lines.join('\n');
const TITLE = 'Giữ vững chất lượng khám chữa bệnh ở tuyến huyện';
const LEAD = 'Phóng viên đã trao đổi với bác sĩ Đặng Minh Quân, Giám đốc Trung tâm Y tế huyện Hòa Lạc, về công tác khám chữa bệnh.';
const Q1 = 'Năm qua, trung tâm đã làm gì để giữ chân người bệnh, thưa ông?';
const Q2 = 'Ông có kiến nghị gì với ngành y tế tỉnh?';

export const SCENE_CAPTION_EXAMPLES: readonly InterviewExample[] = [
  {
    name: 'scene caption: a doctor examining eyes, between the dash answers of a paragraphed dash interview',
    text: article(
      TITLE, LEAD, Q1,
      '- Chúng tôi đưa phòng khám lưu động về các xã vùng cao mỗi tháng một lần.',
      '- Bên cạnh đó, trung tâm cấp kính miễn phí cho học sinh nghèo.',
      'BS.CKII Đặng Minh Quân khám mắt cho học sinh Trường Tiểu học Tân Lập.',
      Q2,
      '- Tôi mong tỉnh sớm bổ sung biên chế cho các trạm y tế xã.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi đưa phòng khám', 'Bên cạnh đó, trung tâm'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh'] },
    ],
    kinds: { 5: 'caption' },
    notInAnswers: ['khám mắt cho học sinh'],
  },
  {
    name: 'scene caption: a titled person doing something, dated, between two answer paragraphs',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ và đưa bác sĩ xuống trạm y tế xã hai buổi mỗi tuần.',
      'Bác sĩ Đặng Minh Quân thăm khám cho người bệnh tại Trạm Y tế xã Tân Lập, sáng 9/3.',
      'Nhờ vậy, số lượt khám tăng gần một phần ba so với năm trước.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế cho các trạm y tế xã.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi mở thêm phòng khám', 'Nhờ vậy, số lượt khám'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh'] },
    ],
    kinds: { 4: 'caption', 5: 'answer' },
    notInAnswers: ['thăm khám cho người bệnh'],
  },
  {
    name: 'scene caption: a group shown at an event, before the next question',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi tổ chức khám sàng lọc miễn phí cho người cao tuổi ở tất cả các xã.',
      'Các đại biểu tham quan khu điều trị mới trong buổi khánh thành.',
      Q2,
      'Tôi đề nghị tỉnh hỗ trợ kinh phí mua thêm máy siêu âm.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['khám sàng lọc miễn phí'] },
      { question: 'kiến nghị gì', answers: ['Tôi đề nghị tỉnh'] },
    ],
    kinds: { 4: 'caption' },
  },
  {
    name: 'scene caption: right after the lead, opened by a time',
    text: article(
      TITLE, LEAD,
      'Sáng 12/5, Phó Chủ tịch UBND tỉnh Hoàng Văn Tâm kiểm tra khu cách ly của trung tâm.',
      Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ cho người lao động.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['phòng khám ngoài giờ'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh'] },
    ],
    kinds: { 1: 'lead', 2: 'caption' },
  },
  {
    name: 'scene caption right after the lead of a collapsed interview (dashed turns run on one line)',
    text: article(
      TITLE, LEAD,
      'Chị Lê Thu Trang kiểm tra đàn bò tại chuồng trại ở xã Tân Lập.',
      '- Chị bắt đầu nuôi bò từ khi nào? - Tôi nuôi từ năm 2018, lúc đầu chỉ có năm con. - Thu nhập của chị ra sao? - Mỗi năm gia đình lãi khoảng 300 triệu đồng.',
    ),
    pairs: [
      { question: 'bắt đầu nuôi bò', answers: ['Tôi nuôi từ năm 2018'] },
      { question: 'Thu nhập của chị', answers: ['Mỗi năm gia đình lãi'] },
    ],
    kinds: { 1: 'lead', 2: 'caption' },
  },
  {
    name: 'scene caption opened by a doctor\'s joined title (TS.BS) right after the lead',
    text: article(
      TITLE, LEAD,
      'TS.BS Đặng Minh Quân khám cho người bệnh tại trạm y tế xã.',
      Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ cho người lao động.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['phòng khám ngoài giờ'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh'] },
    ],
    kinds: { 1: 'lead', 2: 'caption' },
  },
  {
    name: 'not a caption: a lead of two sentences with its photo\'s credit run onto its end',
    text: article(
      TITLE,
      'Bác sĩ Đặng Minh Quân, Giám đốc Trung tâm Y tế huyện Hòa Lạc, trao đổi với phóng viên về công tác khám chữa bệnh ở tuyến huyện. Bác sĩ Đặng Minh Quân tại phòng làm việc. Ảnh: Thu Hà',
      Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ cho người lao động.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['phòng khám ngoài giờ'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh'] },
    ],
    kinds: { 1: 'lead' },
  },
  {
    name: 'caption: a person and post with the credit closing the line, between the lead and the first question',
    text: article(
      TITLE, LEAD,
      'Bác sĩ Đặng Minh Quân, Giám đốc Trung tâm Y tế huyện Hòa Lạc. Ảnh: Thu Hà',
      Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ cho người lao động.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['phòng khám ngoài giờ'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh'] },
    ],
    kinds: { 1: 'lead', 2: 'caption' },
  },
  {
    name: 'caption: in an interview, a scene and a note with its own credit closing the paragraph, between the lead and the first question',
    text: article(
      TITLE, LEAD,
      'Bác sĩ Đặng Minh Quân khám cho bệnh nhân tại phòng khám ngoài giờ. Phòng khám mở đến 21h mỗi ngày. Ảnh: Thu Hà',
      Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ cho người lao động.',
      'Bệnh nhân được khám ngay tại phòng khám mới. Phòng khám mở đến 21h mỗi ngày. Ảnh: Thu Hà',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế.',
    ),
    // The answer's paragraph that runs on to its photo's credit stays the answer's.
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['phòng khám ngoài giờ', 'Bệnh nhân được khám ngay'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh'] },
    ],
    kinds: { 1: 'lead', 2: 'caption', 5: 'answer' },
  },
  {
    name: 'not a caption: a second lead paragraph of a collapsed interview that narrates',
    text: article(
      TITLE, LEAD,
      'Anh Nguyễn Văn Hùng đã nuôi tôm ở xã Tân Lập suốt mười năm.',
      '- Anh bắt đầu nuôi tôm từ khi nào? - Tôi nuôi từ năm 2015. - Lãi bao nhiêu? - Khoảng 500 triệu đồng mỗi năm.',
    ),
    pairs: [
      { question: 'bắt đầu nuôi tôm', answers: ['Tôi nuôi từ năm 2015'] },
      { question: 'Lãi bao nhiêu', answers: ['Khoảng 500 triệu đồng'] },
    ],
    kinds: { 1: 'lead', 2: 'lead' },
  },
  {
    name: 'not a caption: a short answer paragraph about a titled person that goes on with the answer (cũng, này)',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi đưa bác sĩ xuống trạm y tế xã hai buổi mỗi tuần.',
      'Giám đốc Sở Y tế Nguyễn Thanh Bình trong buổi kiểm tra hôm 18/2 cũng đánh giá cao cách làm này.',
      'Năm nay, trung tâm sẽ mở rộng mô hình ra toàn huyện.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi đưa bác sĩ', 'cũng đánh giá cao', 'sẽ mở rộng mô hình'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh'] },
    ],
    kinds: { 4: 'answer' },
  },
  {
    name: 'not a caption: a paragraph right after the question is the first of its answer',
    text: article(
      TITLE, LEAD, Q1,
      'Bác sĩ Trần Văn Hải thăm khám cho bệnh nhân vùng cao, sáng 9/3.',
      'Đó là việc chúng tôi làm đều đặn mỗi tuần.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Bác sĩ Trần Văn Hải', 'Đó là việc chúng tôi'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh'] },
    ],
    kinds: { 3: 'answer' },
  },
  {
    name: 'not a caption: a paragraph after one that ends on a colon continues it',
    text: article(
      TITLE, LEAD, Q1,
      'Tôi xin kể một ví dụ cụ thể:',
      'Bác sĩ Trần Văn Hải thăm khám cho bệnh nhân vùng cao mỗi tuần.',
      'Người dân không còn phải xuống huyện như trước.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['một ví dụ cụ thể', 'Bác sĩ Trần Văn Hải', 'Người dân không còn'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh'] },
    ],
  },
  {
    name: 'not a caption: a short group sentence that says what must be done (cần), between answer paragraphs',
    text: article(
      'Mùa thi tốt nghiệp năm nay có gì mới',
      'Phóng viên trao đổi với ông Lý Văn Phúc, Giám đốc Sở Giáo dục tỉnh, về kỳ thi sắp tới.',
      'Ông có lưu ý gì cho thí sinh trước ngày thi?',
      'Các em nên ôn tập theo đề minh họa và giữ sức khỏe.',
      'Thí sinh cần có mặt tại điểm thi trước 7 giờ sáng 27/6 để làm thủ tục.',
      'Mọi thắc mắc có thể gửi về đường dây nóng của Sở.',
      'Sở đã chuẩn bị lực lượng hỗ trợ ra sao, thưa ông?',
      'Chúng tôi bố trí hơn 300 tình nguyện viên ở các điểm thi.',
    ),
    pairs: [
      { question: 'lưu ý gì cho thí sinh', answers: ['ôn tập theo đề', 'Thí sinh cần có mặt', 'đường dây nóng'] },
      { question: 'lực lượng hỗ trợ', answers: ['300 tình nguyện viên'] },
    ],
    kinds: { 4: 'answer' },
  },
  {
    name: 'news caption: a group on a street, dated at its end, between two paragraphs of a report',
    text: article(
      'Nắng nóng gay gắt ở Nghệ An kéo dài đến cuối tuần',
      'Nhiệt độ cao nhất tại nhiều huyện phía tây Nghệ An lên tới 40 độ C trong ba ngày qua.',
      'Công nhân vệ sinh môi trường làm việc dưới trời nắng trên đại lộ Lê Nin trưa 14/6.',
      'Theo đài khí tượng tỉnh, đợt nắng nóng chưa có dấu hiệu giảm trong vài ngày tới.',
      'Ngành y tế khuyến cáo người dân hạn chế ra đường vào buổi trưa.',
    ),
    pairs: [],
    kinds: { 1: 'lead', 2: 'caption', 3: 'body' },
  },
  {
    name: 'news caption in an article that asks nothing, though a verdict\'s list reads as labelled turns (- Lâm Văn Tùng: 18 năm tù;)',
    text: article(
      'Tòa tuyên án nhóm lừa đảo bán đất nền ở Bình Thuận',
      'Sau hai ngày xét xử, TAND tỉnh Bình Thuận tuyên phạt Lâm Văn Tùng 18 năm tù về tội lừa đảo chiếm đoạt tài sản. Hai đồng phạm nhận tổng cộng 15 năm tù.',
      'Theo cáo trạng, từ năm 2020 đến năm 2022, nhóm bị cáo rao bán 120 lô đất nền không có thật. Số tiền chiếm đoạt hơn 40 tỷ đồng của 95 người.',
      'Bị cáo Lâm Văn Tùng tại phiên tòa sáng 4/12.',
      'Nhiều bị hại có mặt tại tòa mong lấy lại tiền. Tòa yêu cầu các bị cáo bồi thường toàn bộ số tiền còn lại và tuyên:',
      '- Lâm Văn Tùng: 18 năm tù;',
      '- Đỗ Thị Hạnh: 9 năm tù;',
      '- Phan Văn Lộc: 6 năm tù.',
    ),
    pairs: [],
    kinds: { 1: 'lead', 2: 'body', 3: 'caption', 4: 'body' },
  },
  {
    name: 'not a news caption: one-sentence paragraphs that open with their time, report or narrate',
    text: article(
      'Hà Tĩnh sửa chữa cầu Hộ Độ trước mùa mưa bão',
      'Tỉnh Hà Tĩnh vừa khởi công sửa chữa cầu Hộ Độ với tổng vốn 30 tỷ đồng.',
      'Sáng 14/6, Phó Chủ tịch UBND tỉnh Trần Văn Hưng kiểm tra công trường tại xã Hộ Độ.',
      'Người dân đã được thông báo đi đường tránh từ sáng 15/6.',
      'Giám đốc Sở Giao thông Lê Văn Tài yêu cầu nhà thầu hoàn thành trước ngày 30/8.',
      'Hội nghị giao ban diễn ra chiều 16/6.',
      'Cầu Hộ Độ được xây dựng từ năm 1998 và đã xuống cấp nghiêm trọng.',
    ),
    pairs: [],
    kinds: { 1: 'lead', 2: 'body', 3: 'body', 4: 'body', 5: 'body' },
  },
  {
    name: 'scene caption with the quoted name of a play, right after the lead of an interview',
    text: article(
      'Đưa sân khấu chèo đến gần khán giả trẻ',
      'Phóng viên trò chuyện với NSND Trần Thị Mai, Giám đốc Nhà hát Chèo tỉnh, về mùa diễn mới.',
      'NSND Trần Thị Mai trong buổi tập vở "Quan Âm Thị Kính" tại sân khấu nhà hát chiều 3/9.',
      'Mùa diễn năm nay nhà hát có gì mới, thưa bà?',
      'Chúng tôi dựng lại hai vở kinh điển và mở thêm suất diễn cuối tuần.',
      'Bà kỳ vọng gì ở khán giả trẻ?',
      'Tôi mong các em đến rạp ít nhất một lần để cảm nhận chèo.',
    ),
    pairs: [
      { question: 'Mùa diễn năm nay', answers: ['dựng lại hai vở'] },
      { question: 'kỳ vọng gì', answers: ['Tôi mong các em'] },
    ],
    kinds: { 1: 'lead', 2: 'caption' },
  },
  {
    name: 'news caption of a thing, told by its shape: one short sentence set apart between paragraphs of several sentences',
    text: article(
      'Đà Nẵng đưa nhà máy xử lý rác phía nam vào vận hành',
      'Sau hai năm xây dựng, nhà máy xử lý chất thải rắn phía nam TP Đà Nẵng đã chính thức vận hành. Mỗi ngày nhà máy tiếp nhận khoảng 600 tấn rác sinh hoạt của bốn quận.',
      'Rác được phân loại bằng máy trước khi đưa vào lò đốt. Phần tro xỉ sau đốt được tận dụng để sản xuất gạch không nung, giảm lượng chất thải phải chôn lấp.',
      'Hệ thống băng chuyền phân loại rác tại khu tiếp nhận của nhà máy sáng 14/10.',
      'Theo Sở Xây dựng, khi vận hành hết công suất, nhà máy sẽ giúp thành phố đóng cửa bãi rác Khánh Sơn trước năm 2027. Người dân sống quanh bãi rác đã nhiều năm phản ánh mùi hôi và nước rỉ rác.',
    ),
    pairs: [],
    kinds: { 1: 'lead', 2: 'body', 3: 'caption', 4: 'body' },
  },
  {
    name: 'news caption of two sentences told by their shape, a scene and a note on it, set apart between longer paragraphs',
    text: article(
      'Sạt lở chia cắt ba bản vùng cao Mường Lát',
      'Mưa lớn kéo dài từ đêm 3/11 gây sạt lở nhiều đoạn quốc lộ 15C qua huyện Mường Lát. Ba bản với hơn 200 hộ dân bị chia cắt hoàn toàn.',
      'Lực lượng công binh đã huy động 4 máy xúc mở đường tạm vào bản. Người dân được hướng dẫn không đi qua khu vực nguy hiểm.',
      'Máy xúc của Ban Chỉ huy Quân sự huyện thông tuyến vào bản Pù Quăn. Nhiều đoạn taluy dương vẫn tiếp tục sụt xuống mặt đường.',
      'Theo UBND huyện, thiệt hại ban đầu ước khoảng 6 tỷ đồng, chủ yếu là đường giao thông và công trình thủy lợi. Huyện đề nghị tỉnh hỗ trợ kinh phí khắc phục trước mùa mưa năm sau.',
      'Đá lăn chắn ngang mặt đường dẫn vào trung tâm xã Trung Lý. Nhiều cột điện bên đường bị quật đổ.',
      'Ngành điện lực cho biết sẽ khôi phục điện cho xã Trung Lý trong hai ngày tới. Các trạm y tế xã đã được cấp thêm thuốc dự phòng và hóa chất xử lý nước sinh hoạt.',
    ),
    pairs: [],
    kinds: { 1: 'lead', 2: 'body', 3: 'body', 4: 'body', 5: 'caption', 6: 'body' },
  },
  {
    name: 'news caption of two sentences told by their shape that ends the text, an editor\'s note after it: the paragraph before sets it apart',
    text: article(
      'Sạt lở chia cắt ba bản vùng cao Mường Lát',
      'Mưa lớn kéo dài từ đêm 3/11 gây sạt lở nhiều đoạn quốc lộ 15C qua huyện Mường Lát. Ba bản với hơn 200 hộ dân bị chia cắt hoàn toàn.',
      'Ngành điện lực cho biết sẽ khôi phục điện cho xã Trung Lý trong hai ngày tới. Các trạm y tế xã đã được cấp thêm thuốc dự phòng và hóa chất xử lý nước sinh hoạt.',
      'Đá lăn chắn ngang mặt đường dẫn vào trung tâm xã Trung Lý. Nhiều cột điện bên đường bị quật đổ.',
      '* Bài viết có sử dụng số liệu của UBND huyện Mường Lát.',
      'Theo Báo Thanh Hóa',
    ),
    pairs: [],
    kinds: { 1: 'lead', 2: 'body', 3: 'caption', 4: 'closing' },
  },
  {
    name: 'not a news caption: a short paragraph that ends the text after a paragraph of one sentence, an editor\'s note after it',
    text: article(
      'Sạt lở chia cắt ba bản vùng cao Mường Lát',
      'Mưa lớn kéo dài từ đêm 3/11 gây sạt lở nhiều đoạn quốc lộ 15C qua huyện Mường Lát. Ba bản với hơn 200 hộ dân bị chia cắt hoàn toàn.',
      'Ngành điện lực cho biết sẽ khôi phục điện cho xã Trung Lý và các bản lân cận trong hai ngày tới, trước khi mưa lớn quay trở lại.',
      'Đá lăn chắn ngang mặt đường dẫn vào trung tâm xã Trung Lý. Nhiều cột điện bên đường bị quật đổ.',
      '* Bài viết có sử dụng số liệu của UBND huyện Mường Lát.',
    ),
    pairs: [],
    kinds: { 3: 'body', 4: 'closing' },
  },
  {
    name: 'news caption of two sentences, a group at its work at a moment (trước khi) and a note, set apart',
    text: article(
      'Hợp tác xã vải thiều Thanh Hà xuất lô hàng đầu tiên sang Nhật Bản',
      'Sáng 2/6, Hợp tác xã Nông nghiệp Thanh Xá đã xuất 12 tấn vải thiều tươi sang Nhật Bản bằng đường hàng không. Đây là lô hàng đầu tiên của hợp tác xã đạt chuẩn của thị trường này.',
      'Nông dân xã Thanh Xá phân loại vải thiều trước khi đóng thùng. Mỗi thùng nặng 5kg, in mã vùng trồng VN-HD-0125.',
      'Theo ông Phạm Văn Thịnh, Giám đốc hợp tác xã, giá bán cao gấp đôi so với bán tại vườn. Hợp tác xã đã mất gần hai năm chuẩn bị hồ sơ vùng trồng và nhật ký canh tác.',
      'Người dân được hướng dẫn thu hái trước khi trời nắng gắt. Mỗi hộ cần ghi nhật ký thu hái mỗi ngày.',
      'Năm nay, huyện Thanh Hà có khoảng 4.500 ha vải thiều, sản lượng ước đạt 35.000 tấn. Huyện đặt mục tiêu xuất khẩu 30% sản lượng sang các thị trường khó tính.',
    ),
    // The second short paragraph stays body: its note tells what must be done (`cần`), as a news paragraph does.
    pairs: [],
    kinds: { 1: 'lead', 2: 'caption', 3: 'body', 4: 'body', 5: 'body' },
  },
  {
    name: 'news caption of two sentences, a scene\'s opening word (Quang cảnh) and a note pointing at it that states (Đây là), set apart',
    text: article(
      'Quảng Bình và Khăm Muồn ký kết hợp tác giáo dục, y tế',
      'Chiều 5/3, UBND tỉnh Quảng Bình và chính quyền tỉnh Khăm Muồn (Lào) ký biên bản hợp tác về giáo dục và y tế giai đoạn 2026-2030. Hai bên thống nhất trao đổi đoàn công tác mỗi năm một lần.',
      'Theo biên bản, tỉnh Quảng Bình tiếp nhận 40 lưu học sinh Khăm Muồn mỗi năm và cử bác sĩ sang hỗ trợ bệnh viện tỉnh bạn. Phía bạn tạo điều kiện cho doanh nghiệp Quảng Bình mở văn phòng đại diện tại Thà Khẹc.',
      'Quang cảnh buổi ký kết tại hội trường UBND tỉnh Quảng Bình. Đây là biên bản hợp tác thứ hai giữa hai tỉnh trong năm nay.',
      'Trước đó, đoàn công tác tỉnh Khăm Muồn đã thăm Trường Đại học Quảng Bình và Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới. Hai bên hẹn sơ kết việc thực hiện biên bản vào cuối năm.',
      'Tỉnh đã cấp 30 suất học bổng cho sinh viên nước bạn. Đây là năm thứ năm liên tiếp tỉnh dành học bổng này.',
      'Ngoài học bổng, tỉnh Quảng Bình còn hỗ trợ chỗ ở và sinh hoạt phí cho lưu học sinh trong năm đầu học tiếng Việt. Nhiều em sau khi tốt nghiệp đã về làm việc tại các sở, ngành của tỉnh bạn.',
    ),
    // The second short paragraph stays body: no scene before its note (a fact told, `đã cấp`).
    pairs: [],
    kinds: { 1: 'lead', 2: 'body', 3: 'caption', 4: 'body', 5: 'body', 6: 'body' },
  },
  {
    name: 'not a news caption: a scene with a note pointing at it (Đây là) among short paragraphs, not set apart',
    text: article(
      'Quảng Bình và Khăm Muồn ký kết hợp tác giáo dục, y tế',
      'Chiều 5/3, UBND tỉnh Quảng Bình và chính quyền tỉnh Khăm Muồn (Lào) ký biên bản hợp tác về giáo dục và y tế.',
      'Hai bên thống nhất trao đổi đoàn công tác mỗi năm một lần.',
      'Quang cảnh buổi ký kết tại hội trường UBND tỉnh Quảng Bình. Đây là biên bản hợp tác thứ hai giữa hai tỉnh trong năm nay.',
      'Hai bên hẹn sơ kết vào cuối năm.',
      'Đoàn công tác tỉnh bạn rời Quảng Bình chiều cùng ngày.',
    ),
    pairs: [],
    kinds: { 3: 'body' },
  },
  {
    name: 'news caption set below its bare credit line (Ảnh minh họa): a scene and someone placed in the photo, set apart',
    text: article(
      'Hội Nông dân xã Mường Lói đại hội nhiệm kỳ 2025-2030',
      'Ngày 20/9, Hội Nông dân xã Mường Lói tổ chức đại hội đại biểu nhiệm kỳ 2025-2030 với 120 đại biểu tham dự.',
      'Nhiệm kỳ qua, hội đã vận động hội viên chuyển đổi 150 ha lúa kém hiệu quả sang trồng cây ăn quả. Thu nhập bình quân của hội viên tăng gần gấp đôi so với đầu nhiệm kỳ. Hội cũng phối hợp với ngân hàng cho 300 hộ vay vốn sản xuất.',
      'Ảnh minh họa',
      'Ban chấp hành khóa mới ra mắt đại hội. Ông Lò Văn Thắng (thứ hai từ trái sang) nhận hoa chúc mừng.',
      'Phát biểu tại đại hội, ông Lò Văn Thắng cho biết hội sẽ tập trung xây dựng mô hình liên kết tiêu thụ nông sản. Hội đặt mục tiêu mỗi năm có thêm 20 hộ đạt danh hiệu sản xuất kinh doanh giỏi.',
    ),
    pairs: [],
    kinds: { 1: 'lead', 2: 'body', 3: 'caption', 4: 'caption', 5: 'body' },
  },
  {
    name: 'not a news caption: a short paragraph below a credit line whose photo the paragraph above describes',
    text: article(
      'Hội Nông dân xã Mường Lói đại hội nhiệm kỳ 2025-2030',
      'Ngày 20/9, Hội Nông dân xã Mường Lói tổ chức đại hội đại biểu nhiệm kỳ 2025-2030 với 120 đại biểu tham dự.',
      'Các đại biểu bỏ phiếu bầu Ban chấp hành Hội Nông dân xã nhiệm kỳ 2025-2030 tại hội trường UBND xã Mường Lói. Mỗi đại biểu nhận một phiếu bầu có đóng dấu của ban tổ chức đại hội.',
      'Ảnh: Minh Hà',
      'Ban chấp hành khóa mới ra mắt đại hội. Ông Lò Văn Thắng (thứ hai từ trái sang) nhận hoa chúc mừng.',
      'Phát biểu tại đại hội, ông Lò Văn Thắng cho biết hội sẽ tập trung xây dựng mô hình liên kết tiêu thụ nông sản. Hội đặt mục tiêu mỗi năm có thêm 20 hộ đạt danh hiệu sản xuất kinh doanh giỏi.',
    ),
    pairs: [],
    kinds: { 2: 'caption', 3: 'caption', 4: 'body' },
  },
  {
    name: 'news caption of a player placed by the colour of his shirt, with a word of deciding in it (bàn thắng quyết định)',
    text: article(
      'Câu lạc bộ Bình Phước thắng sát nút trên sân nhà',
      'Trận đấu diễn ra dưới mưa lớn nên hai đội chơi thận trọng trong hiệp một. Đội khách có nhiều cơ hội hơn nhưng không tận dụng được.',
      'Sang hiệp hai, Bình Phước đẩy cao đội hình tấn công. Phút 78, từ đường chuyền của Lê Văn Khánh, tiền đạo Phan Quốc Việt đánh đầu ghi bàn duy nhất của trận đấu.',
      'Tiền đạo Phan Quốc Việt (áo đỏ) ăn mừng bàn thắng quyết định cùng đồng đội.',
      'Với chiến thắng này, Bình Phước vươn lên thứ tư trên bảng xếp hạng. Vòng tới, đội sẽ làm khách trên sân của Huế.',
    ),
    pairs: [],
    kinds: { 1: 'lead', 3: 'caption', 4: 'body' },
  },
  {
    name: 'not a news caption: one short sentence between long paragraphs that states (có, tỷ đồng, dự kiến) or says',
    text: article(
      'Quảng Ngãi khởi công kè chống sạt lở bờ biển Sa Huỳnh',
      'Sáng 12/10, UBND tỉnh Quảng Ngãi khởi công dự án kè chống sạt lở bờ biển xã Sa Huỳnh. Đây là công trình cấp bách sau mùa mưa bão năm trước.',
      'Dự án có tổng mức đầu tư hơn 120 tỷ đồng từ ngân sách trung ương.',
      'Tuyến kè dài 1,8 km, bảo vệ hơn 400 hộ dân sống ven biển. Nhiều đoạn bờ biển ở đây đã bị sóng đánh lùi vào đất liền hơn 20 m.',
      'Công trình dự kiến hoàn thành vào tháng 6/2026.',
      'Người dân trong vùng phấn khởi khi dự án được khởi công. Nhiều hộ đã tự nguyện di dời tường rào để nhà thầu thi công.',
      'Chủ tịch UBND tỉnh yêu cầu nhà thầu bảo đảm chất lượng công trình trước mùa mưa 2026.',
      'Trước đó, tỉnh đã bố trí vốn để di dời 35 hộ ở khu vực nguy hiểm nhất. Các hộ được cấp đất tái định cư ở thôn Thạnh Đức.',
    ),
    pairs: [],
    kinds: { 1: 'lead', 2: 'body', 4: 'body', 6: 'body' },
  },
  {
    name: 'not a news caption: a short sentence among one-sentence paragraphs is not set apart',
    text: article(
      'Cảng cá Sa Huỳnh đón tàu về tránh bão',
      'Hơn 300 tàu cá đã về neo đậu tại cảng cá Sa Huỳnh trong ngày 6/9.',
      'Lực lượng biên phòng hướng dẫn tàu vào vị trí neo đậu an toàn.',
      'Tàu thuyền neo đậu kín mặt nước tại cảng Sa Huỳnh.',
      'Các chủ tàu được yêu cầu không để người ở lại trên tàu.',
    ),
    pairs: [],
    kinds: { 1: 'lead', 2: 'body', 3: 'body', 4: 'body' },
  },
  {
    name: 'caption: a speaker\'s quote under her photo, its credit closing the line, between an answer and the next question',
    text: article(
      'Chợ đầu mối Bình Điền vào mùa cao điểm Tết',
      'Phóng viên trao đổi với bà Trần Thị Mai, Giám đốc Công ty Quản lý chợ đầu mối Bình Điền, về nguồn hàng dịp Tết.',
      'Lượng hàng về chợ dịp Tết năm nay ra sao, thưa bà?',
      '- Mỗi đêm chợ tiếp nhận khoảng 2.000 tấn rau, củ, quả, tăng 15% so với ngày thường.',
      'Chúng tôi đã ký cam kết bảo đảm nguồn cung với 12 hợp tác xã ở Lâm Đồng và Tiền Giang.',
      'Bà Trần Thị Mai: "Chợ sẽ không để thiếu hàng, sốt giá dịp Tết". Ảnh: Thu Hà',
      'Chợ kiểm soát an toàn thực phẩm thế nào?',
      '- Chúng tôi đặt một phòng kiểm nghiệm nhanh ngay tại chợ, hoạt động suốt đêm.',
    ),
    pairs: [
      { question: 'Lượng hàng về chợ', answers: ['Mỗi đêm chợ tiếp nhận', 'ký cam kết'] },
      { question: 'an toàn thực phẩm', answers: ['phòng kiểm nghiệm nhanh'] },
    ],
    kinds: { 5: 'caption' },
    notInAnswers: ['sốt giá dịp Tết'],
  },
  {
    name: 'credited caption: one or two short sentences right above a line that only credits the photo by name',
    text: article(
      'Hợp tác xã Tân Phú khai trương kho lạnh',
      'Sáng 3/4, Hợp tác xã Tân Phú khai trương kho lạnh đầu tiên của xã, sức chứa 200 tấn rau quả, với tổng vốn 4 tỷ đồng.',
      'Xã viên xếp rau vào kho lạnh mới của hợp tác xã.',
      'Ảnh: Minh An',
      'Theo ông Lê Quang Hòa, Giám đốc hợp tác xã, kho lạnh giúp bà con giữ rau tươi thêm hai tuần và bán được giá cao hơn.',
      'Nông dân Tân Phú thu hoạch cải bẹ xanh trên cánh đồng rau an toàn. Mỗi vụ rau kéo dài 40 ngày.',
      '(Ảnh: TTXVN)',
      'Hợp tác xã dự kiến mở thêm một kho lạnh ở xã bên cạnh vào năm sau.',
    ),
    pairs: [],
    kinds: { 2: 'caption', 3: 'caption', 5: 'caption', 6: 'caption', 7: 'body' },
  },
  {
    name: 'credited caption: a short sentence right above a line that credits the photo bare (Ảnh minh họa), after a list',
    text: article(
      'Hội Chữ thập đỏ huyện Sơn Tịnh hỗ trợ người dân sau lũ',
      'Hội Chữ thập đỏ huyện Sơn Tịnh đã trao 800 suất quà cho các hộ bị thiệt hại sau trận lũ cuối tháng 10.',
      'Các nhà hảo tâm cũng góp sức:',
      '- Công ty Thực phẩm Sơn Tịnh tặng 500 thùng mì;',
      '- Trường Tiểu học Tịnh Hà quyên góp 300 bộ sách vở.',
      'Một lớp học ở thôn Phú Lộc bị nước cuốn trôi bàn ghế.',
      'Ảnh minh họa',
      'Hội sẽ tiếp tục nhận ủng hộ đến hết tháng 11 để giúp các gia đình sửa lại nhà cửa.',
    ),
    pairs: [],
    kinds: { 4: 'body', 5: 'caption', 6: 'caption', 7: 'body' },
  },
  {
    name: 'not a credited caption: above a bare credit (Ảnh tư liệu), a paragraph that narrates or opens with its time',
    text: article(
      'Hội Chữ thập đỏ huyện Sơn Tịnh hỗ trợ người dân sau lũ',
      'Hội Chữ thập đỏ huyện Sơn Tịnh đã trao 800 suất quà cho các hộ bị thiệt hại sau trận lũ cuối tháng 10.',
      'Nhiều lớp học ở thôn Phú Lộc đã bị nước cuốn trôi bàn ghế.',
      'Ảnh tư liệu',
      'Chiều 2/11, đoàn công tác trao quà cho các hộ ở thôn Phú Lộc.',
      'Ảnh minh họa',
      'Hội sẽ tiếp tục nhận ủng hộ đến hết tháng 11 để giúp các gia đình sửa lại nhà cửa.',
    ),
    pairs: [],
    kinds: { 2: 'body', 3: 'caption', 4: 'body', 5: 'caption', 6: 'body' },
  },
  {
    name: 'not a credited caption: above a credit, a paragraph that reports what was said, opens with its time, or runs on',
    text: article(
      'Hợp tác xã Tân Phú khai trương kho lạnh',
      'Hợp tác xã Tân Phú vừa khai trương kho lạnh đầu tiên của xã, sức chứa 200 tấn rau quả, với tổng vốn 4 tỷ đồng.',
      'Ông Lê Quang Hòa cho biết kho lạnh giúp bà con giữ rau tươi thêm hai tuần.',
      'Ảnh: Minh An',
      'Sáng 3/4, xã viên xếp những thùng rau đầu tiên vào kho lạnh.',
      'Ảnh: Minh An',
      'Kho lạnh rộng 300 m2. Hệ thống làm lạnh nhập từ Nhật Bản. Điện mặt trời trên mái cấp một nửa lượng điện.',
      'Ảnh: Minh An',
      'Hợp tác xã dự kiến mở thêm một kho lạnh ở xã bên cạnh vào năm sau.',
    ),
    pairs: [],
    kinds: { 2: 'body', 3: 'caption', 4: 'body', 5: 'caption', 6: 'body', 7: 'caption' },
  },
  {
    name: 'scene caption with a note pointing at what the photo shows (Đây là ...), between two answer paragraphs',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ và đưa bác sĩ xuống trạm y tế xã hai buổi mỗi tuần.',
      'Các bác sĩ thăm khám cho người bệnh tại Trạm Y tế xã Tân Lập. Đây là trạm y tế đầu tiên của huyện đạt chuẩn.',
      'Nhờ vậy, số lượt khám tăng gần một phần ba so với năm trước.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế cho các trạm y tế xã.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi mở thêm', 'Nhờ vậy, số lượt khám'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh'] },
    ],
    kinds: { 4: 'caption' },
    notInAnswers: ['trạm y tế đầu tiên'],
  },
  {
    name: 'scene caption told by its shape with a note pointing at it (Đây là ...): a thing shown at its work, between answer paragraphs',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ và đưa bác sĩ xuống trạm y tế xã hai buổi mỗi tuần.',
      'Xe cứu thương của trung tâm chở bệnh nhân vượt lũ về tuyến tỉnh. Đây là chiếc xe duy nhất của huyện.',
      'Nhờ vậy, số lượt khám tăng gần một phần ba so với năm trước.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế cho các trạm y tế xã.',
      'Huyện có hai xe cứu thương cho 12 xã. Đây là con số quá ít.',
      'Tỉnh cũng cần có chính sách thu hút bác sĩ trẻ về công tác ở vùng cao.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi mở thêm', 'Nhờ vậy, số lượt khám'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh', 'Huyện có hai xe', 'Tỉnh cũng cần'] },
    ],
    kinds: { 4: 'caption', 8: 'answer' },
    notInAnswers: ['chiếc xe duy nhất'],
  },
  {
    name: 'not a scene caption with a note: the note in the first person, or a first sentence that is no scene',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ và đưa bác sĩ xuống trạm y tế xã hai buổi mỗi tuần.',
      'Các bác sĩ thăm khám cho người bệnh tại Trạm Y tế xã Tân Lập. Đây là việc chúng tôi làm hằng tháng.',
      'Nhờ vậy, số lượt khám tăng gần một phần ba so với năm trước.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế cho các trạm y tế xã.',
      'Nhiều trạm y tế xã vẫn thiếu bác sĩ có chuyên môn sâu. Đây là khó khăn lớn nhất của huyện.',
      'Tỉnh cũng cần có chính sách thu hút bác sĩ trẻ về công tác ở vùng cao.',
    ),
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi mở thêm', 'Các bác sĩ thăm khám', 'Nhờ vậy, số lượt khám'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh', 'Nhiều trạm y tế xã vẫn thiếu', 'Tỉnh cũng cần'] },
    ],
    kinds: { 4: 'answer', 8: 'answer' },
  },
  {
    name: 'caption of two sentences told by their shape, a placed scene and a note, between answer paragraphs',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi tổ chức khám sàng lọc miễn phí cho người cao tuổi ở tất cả các xã.',
      'Nhờ vậy, số lượt khám tăng gần một phần ba so với năm trước.',
      'Buổi khám sàng lọc cho người cao tuổi tại Trạm Y tế xã Tân Lập. Nhiều cụ ông, cụ bà ở các thôn xa lần đầu được đo điện tim.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế cho các trạm y tế xã.',
      'Trạm Y tế xã Tân Lập phục vụ hơn 5.000 người dân ở ba thôn. Nhiều thôn cách trạm tới 15 km.',
      'Trạm mới sửa tại trung tâm xã. Nhiều thôn vùng cao cách trạm cả buổi đi bộ đường rừng.',
    ),
    // The last two stay answers: two short facts, one counting (no scene is placed with figures), the other placed
    // but after the answer's last paragraph before the article's end, where no caption stands between paragraphs.
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi tổ chức khám', 'Nhờ vậy, số lượt khám'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh', 'Trạm Y tế xã Tân Lập phục vụ', 'Trạm mới sửa'] },
    ],
    kinds: { 5: 'caption', 8: 'answer', 9: 'answer' },
    notInAnswers: ['đo điện tim'],
  },
  {
    name: 'scene caption with a short note of fact (a group shown at a scene, placed; a note opened by its time that states), before the next question',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ và đưa bác sĩ xuống trạm y tế xã hai buổi mỗi tuần.',
      'Người dân làm thủ tục khám bệnh tại Trạm Y tế xã Tân Lập, huyện Hòa Lạc. Năm nay, trạm có thêm hai bác sĩ trẻ.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế cho các trạm y tế xã.',
      'Người dân làm thủ tục khám bệnh tại trạm y tế xã. Năm nay, trạm vẫn phải chờ thêm bác sĩ trẻ.',
      'Người dân làm thủ tục khám bệnh tại trạm y tế xã. Năm nay, chúng tôi có thêm hai bác sĩ trẻ.',
      'Trạm Y tế xã Tân Lập có 5 bác sĩ và 7 điều dưỡng. Năm nay, trạm có thêm hai bác sĩ trẻ.',
      'Tỉnh cũng cần có chính sách thu hút bác sĩ trẻ về công tác ở vùng cao.',
    ),
    // The note opens with its time and states (`Năm nay, trạm có ...`), so the scene's note told by its shape
    // (isPlacedSceneWithNote) does not hold it. The last three stay answers: a note that narrates (`vẫn phải`), one in
    // the first person, and two facts with no scene shown before them.
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi mở thêm'] },
      {
        question: 'kiến nghị gì',
        answers: ['Tôi mong tỉnh', 'trạm vẫn phải chờ', 'chúng tôi có thêm', 'Trạm Y tế xã Tân Lập có 5 bác sĩ', 'Tỉnh cũng cần'],
      },
    ],
    kinds: { 4: 'caption', 7: 'answer', 8: 'answer', 9: 'answer' },
    notInAnswers: ['huyện Hòa Lạc. Năm nay'],
  },
  {
    name: 'scene caption with a short note of fact whose verb of need states an amount (cần từ A đến B), between answers',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ và đưa bác sĩ xuống trạm y tế xã hai buổi mỗi tuần.',
      'Ông Lò Văn Hải, Phó Giám đốc phụ trách Trung tâm Y tế huyện Hòa Lạc, kiểm tra tủ bảo quản vắc xin. Mỗi tháng trung tâm cần từ 300 đến 400 liều vắc xin.',
      'Nhờ vậy, số lượt khám tăng gần một phần ba so với năm trước.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế cho các trạm y tế xã.',
      'Ông Lò Văn Hải kiểm tra tủ bảo quản vắc xin tại trạm. Mỗi trạm cần bố trí thêm 2 tủ lạnh.',
      'Tỉnh cũng cần có chính sách thu hút bác sĩ trẻ về công tác ở vùng cao.',
    ),
    // `cần` before an amount states how much is needed, a fact on the scene; before a verb (`cần bố trí`) it tells what
    // should be done, as a speaker does: the last two stay answers.
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi mở thêm', 'Nhờ vậy, số lượt khám'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh', 'Mỗi trạm cần bố trí', 'Tỉnh cũng cần'] },
    ],
    kinds: { 4: 'caption', 5: 'answer', 8: 'answer' },
    notInAnswers: ['từ 300 đến 400 liều'],
  },
  {
    name: 'credited caption of two sentences: someone placed in the photo, a short note on it, then the credit',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi lắp đặt máy đo đường huyết cho các trạm y tế xã vùng cao.',
      'Điều dưỡng Hà Thị Loan (bên trái) hướng dẫn người bệnh dùng máy đo tại nhà. Máy được đặt ngay cạnh giường bệnh. (Ảnh: Thu Trang)',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế cho các trạm y tế xã.',
      'Ông Lê Văn Hòa (giữa) trao đổi với đoàn công tác tại trạm. Nhà trạm cũng đã được sửa lại từ năm ngoái. (Ảnh: NVCC)',
    ),
    // The second: a note that narrates (`cũng đã`) is the answer's, and so is the sentence before it; the credit alone
    // is cut out.
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi lắp đặt máy đo'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh', 'Ông Lê Văn Hòa (giữa) trao đổi với đoàn công tác tại trạm. Nhà trạm cũng đã'] },
    ],
    kinds: { 4: 'caption', 7: 'answer' },
    notInAnswers: ['ngay cạnh giường bệnh', 'Ảnh: NVCC'],
  },
  {
    name: 'credited caption above a credit line: a long description whose first sentence places someone in the photo (giữa), a note on the scene after it',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi mở thêm phòng khám ngoài giờ và đưa bác sĩ xuống trạm y tế xã hai buổi mỗi tuần.',
      'BS.CKI Lò Văn Hải (giữa) cùng ê kíp gây mê hồi sức chuẩn bị ca mổ nội soi cho một bệnh nhân bị sỏi mật tại phòng mổ số 2. ' +
        'Ca mổ kéo dài gần 3 tiếng, bệnh nhân 67 tuổi được xuất viện sau năm ngày điều trị theo dõi tại khoa ngoại tổng hợp.',
      'Ảnh: Trung tâm cung cấp',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế cho các trạm y tế xã.',
      'Các bác sĩ của trung tâm cùng ê kíp gây mê hồi sức chuẩn bị ca mổ nội soi cho một bệnh nhân bị sỏi mật tại phòng mổ số 2. ' +
        'Ca mổ kéo dài gần 3 tiếng, bệnh nhân 67 tuổi được xuất viện sau năm ngày điều trị theo dõi tại khoa ngoại tổng hợp.',
      'Ảnh: Trung tâm cung cấp',
    ),
    // The second, as long, places no one in the photo: too long for a description, it stays the answer's.
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi mở thêm'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh', 'Các bác sĩ của trung tâm'] },
    ],
    kinds: { 4: 'caption', 5: 'caption', 8: 'answer' },
  },
  {
    name: 'credited caption between answers: a scene and a note of fact on it, its own credit in brackets closing the paragraph',
    text: article(
      TITLE, LEAD, Q1,
      'Chúng tôi sắp xếp lại khu khám bệnh để người dân không phải chờ lâu.',
      'Hàng ghế chờ mới được đặt dọc hành lang khoa khám bệnh. Mỗi dãy ghế không quá 12 chỗ ngồi. (Ảnh: Quang Vinh)',
      'Trung tâm cũng mở thêm hai phòng khám vào buổi chiều.',
      Q2,
      'Tôi mong tỉnh sớm bổ sung biên chế cho các trạm y tế xã.',
      'Xe cứu thương của trạm đỗ trước cổng. Xe cũng đã được thay lốp mới từ tháng trước. (Ảnh: Quang Vinh)',
    ),
    // The second: a note that tells the speaker's story (`cũng đã`) keeps the paragraph the answer's.
    pairs: [
      { question: 'giữ chân người bệnh', answers: ['Chúng tôi sắp xếp lại', 'Trung tâm cũng mở thêm'] },
      { question: 'kiến nghị gì', answers: ['Tôi mong tỉnh', 'Xe cứu thương của trạm'] },
    ],
    kinds: { 4: 'caption', 5: 'answer', 8: 'answer' },
    notInAnswers: ['Mỗi dãy ghế'],
  },
  {
    name: 'credited caption in a news article: a view of the whole scene above a credit line, whatever event it names (công bố quyết định)',
    text: article(
      'Công bố quyết định thành lập Khu bảo tồn Pà Cò',
      'Sáng 12/3, UBND tỉnh Hòa Bình tổ chức hội nghị công bố quyết định thành lập Khu bảo tồn thiên nhiên Pà Cò rộng hơn 5.000 ha.',
      'Theo quyết định, khu bảo tồn do Sở Nông nghiệp và Môi trường quản lý, có nhiệm vụ bảo vệ rừng nguyên sinh và các loài động vật quý hiếm.',
      'Toàn cảnh hội nghị công bố quyết định thành lập khu bảo tồn.',
      '(Ảnh: Minh Hải)',
      'Phát biểu tại hội nghị, lãnh đạo tỉnh yêu cầu các ngành phối hợp chặt chẽ để giữ rừng, không để xảy ra cháy rừng trong mùa khô.',
      'Hội nghị công bố quyết định thành lập khu bảo tồn kéo dài hai giờ.',
      '(Ảnh: Minh Hải)',
      'Khu bảo tồn dự kiến đón những đoàn khách tham quan đầu tiên vào cuối năm nay, sau khi hoàn thành hệ thống đường mòn.',
    ),
    pairs: [],
    // The second reports the event (`công bố`), not a view of it: the article's.
    kinds: { 3: 'caption', 4: 'caption', 6: 'body' },
  },
  {
    name: 'credited caption in a news article: a decision handed over (trao quyết định) is a scene above a credit line, deciding (quyết định + a verb) is news',
    text: article(
      'Sở Nông nghiệp tỉnh Hòa An có tân Giám đốc',
      'Chiều 3/12, UBND tỉnh Hòa An tổ chức hội nghị công bố quyết định về công tác cán bộ tại Sở Nông nghiệp và Môi trường.',
      'Phó Chủ tịch UBND tỉnh Lò Văn Hải trao quyết định và tặng hoa chúc mừng các cán bộ được bổ nhiệm. Hội nghị diễn ra tại trụ sở Sở.',
      'Ảnh: Minh Hải',
      'Phát biểu giao nhiệm vụ, ông Lò Văn Hải đề nghị tập thể lãnh đạo Sở đoàn kết, sớm hoàn thành việc sắp xếp bộ máy theo hướng tinh gọn.',
      'Chủ tịch UBND tỉnh Hà Văn Dũng quyết định giao Sở thêm nhiệm vụ quản lý rừng phòng hộ.',
      'Ảnh: Minh Hải',
      'Sở hiện có 12 phòng chuyên môn và 6 đơn vị trực thuộc, với tổng số hơn 400 cán bộ, công chức, viên chức và người lao động.',
    ),
    pairs: [],
    kinds: { 2: 'caption', 3: 'caption', 5: 'body' },
  },
  {
    name: 'credited caption in a news article: a performance\'s item named in quotes after its genre (tiết mục hát xoan "..."), its own credit closing the paragraph',
    text: article(
      'Bế mạc Liên hoan Hát xoan tỉnh Hòa An',
      'Tối 9/11, tại Quảng trường tỉnh, Sở Văn hóa tỉnh Hòa An tổ chức lễ bế mạc và trao giải Liên hoan Hát xoan năm 2025.',
      'Liên hoan diễn ra trong ba ngày với sự tham gia của 9 câu lạc bộ, gồm hơn 200 nghệ nhân và diễn viên, mang đến 40 tiết mục.',
      'Tiết mục hát xoan, hát ghẹo "Mời trầu" của câu lạc bộ xã Kim Đức giành giải A. Nghệ nhân cao tuổi nhất năm nay 88 tuổi. Ảnh: Minh Hải',
      'Theo Ban Tổ chức, liên hoan lần sau dự kiến diễn ra vào năm 2027, với nhiều câu lạc bộ của các tỉnh lân cận tham gia.',
    ),
    pairs: [],
    kinds: { 3: 'caption', 4: 'body' },
  },
  {
    name: 'news caption where the article\'s photos are credited: a group at its work, then a short note of fact that states (Đại hội có ...), set apart',
    text: article(
      'Hội Nông dân tỉnh Hòa An bầu Ban Chấp hành khóa mới',
      'Trong hai ngày 5-6/11, Hội Nông dân tỉnh Hòa An tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2025-2030, với 300 đại biểu dự.',
      'Ông Lò Văn Hải, Chủ tịch Hội Nông dân tỉnh, phát biểu khai mạc Đại hội. (Ảnh: Minh Hải)',
      'Báo cáo tại Đại hội nêu rõ, nhiệm kỳ qua các cấp hội đã vận động hội viên góp hơn 12 tỷ đồng làm đường giao thông nông thôn. Hội cũng xây 85 nhà cho hội viên nghèo.',
      'Các đại biểu bỏ phiếu bầu Ban Chấp hành khóa mới. Đại hội có 100% đại biểu triệu tập có mặt.',
      'Đại hội đã bầu Ban Chấp hành gồm 31 đồng chí, trong đó có 5 nữ; ông Lò Văn Hải tiếp tục được bầu giữ chức Chủ tịch Hội Nông dân tỉnh nhiệm kỳ 2025-2030.',
    ),
    pairs: [],
    kinds: { 4: 'caption' },
  },
  {
    name: 'not a caption: a group at its work and a note that states, in a news article with no photo credited',
    text: article(
      'Hội Nông dân tỉnh Hòa An bầu Ban Chấp hành khóa mới',
      'Trong hai ngày 5-6/11, Hội Nông dân tỉnh Hòa An tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2025-2030, với 300 đại biểu dự.',
      'Báo cáo tại Đại hội nêu rõ, nhiệm kỳ qua các cấp hội đã vận động hội viên góp hơn 12 tỷ đồng làm đường giao thông nông thôn. Hội cũng xây 85 nhà cho hội viên nghèo.',
      'Các đại biểu bỏ phiếu bầu Ban Chấp hành khóa mới. Đại hội có 100% đại biểu triệu tập có mặt.',
      'Đại hội đã bầu Ban Chấp hành gồm 31 đồng chí, trong đó có 5 nữ; ông Lò Văn Hải tiếp tục được bầu giữ chức Chủ tịch Hội Nông dân tỉnh nhiệm kỳ 2025-2030.',
    ),
    pairs: [],
    kinds: { 3: 'body' },
  },
  {
    name: 'credited caption in a news article: a scene and a note that may narrate, its own credit closing the paragraph',
    text: article(
      'Hợp tác xã Tân Phú khai trương kho lạnh',
      'Hợp tác xã Tân Phú khai trương kho lạnh đầu tiên của xã. Kho có sức chứa 200 tấn rau quả. (Ảnh: Minh An)',
      'Theo ông Lê Quang Hòa, Giám đốc hợp tác xã, kho lạnh giúp bà con giữ rau tươi thêm hai tuần và bán được giá cao hơn trước.',
      'Xã viên xếp rau vào kho lạnh mới. Kho đã được lắp điện mặt trời trên mái. (Ảnh: Minh An)',
      'Hợp tác xã dự kiến mở thêm một kho lạnh ở xã bên cạnh vào năm sau, với tổng vốn khoảng 5 tỷ đồng.',
      'Dãy nhà kho cũ của hợp tác xã. (Ảnh: TTXVN)',
      'Sáng 4/4, xã viên bắt đầu đưa những thùng rau đầu tiên vào kho. Mỗi thùng nặng 20 kg. (Ảnh: Minh An)',
      'Ông Hòa cho biết kho lạnh đã nhận hàng của 40 hộ. Mỗi hộ gửi vài tạ rau. (Ảnh: Minh An)',
      'Kho lạnh rộng 300 m2. Hệ thống làm lạnh nhập từ Nhật Bản. Điện mặt trời trên mái cấp một nửa lượng điện. (Ảnh: Minh An)',
    ),
    pairs: [],
    // The lead keeps its photo's credit; a paragraph opened by its time, one that reports what was said and one of
    // three sentences before the credit are the article's.
    kinds: { 1: 'lead', 3: 'caption', 5: 'caption', 6: 'body', 7: 'body', 8: 'body' },
  },
];

/** One paragraph: is it a photo caption by scene-captions.ts? Captions, then short answer paragraphs that are not. */
export const SCENE_CAPTION_LINES: readonly { readonly text: string; readonly caption: boolean }[] = [
  ...[
    'TS. Nguyễn Thị Lan phát biểu tại hội thảo về an toàn thực phẩm ở Hà Nội.',
    'Ông Trần Quốc Bảo (giữa) trao đổi với phóng viên bên lề kỳ họp.',
    'Bộ trưởng Lê Minh Châu kiểm tra công tác chuẩn bị thi tại Trường THPT Lý Thường Kiệt, sáng 9/3.',
    'Thí sinh làm thủ tục dự thi tại điểm thi Trường THCS Cầu Giấy.',
    'Các đại biểu tham quan khu trưng bày sản phẩm trong buổi khai mạc hội chợ.',
    'Bác sĩ Bệnh viện Nhi tỉnh thăm khám cho bệnh nhi, chiều 12/7.',
    'Sáng 5/10, Phó Chủ tịch tỉnh Hoàng Văn Tâm thăm mô hình nuôi tôm công nghệ cao ở xã Hải An.',
    'Bà Đỗ Thu Hằng, Giám đốc Sở Du lịch, tại lễ đón những vị khách quốc tế đầu tiên.',
    'Nghệ sĩ Ưu tú Phạm Văn Quang biểu diễn trong đêm nhạc gây quỹ, tối 20/11.',
    'Ông Vũ Đình Khoa ở xã Tân Lập bên ruộng lúa mới gieo, ngày 15/4.',
    'Trung tá Lê Minh Đức trao đổi với phóng viên tại trụ sở.',
    'Thiếu tướng Phạm Quang Vinh kiểm tra công tác trực tại chốt, chiều 3/2.',
    'NSƯT Lê Văn Thành trong buổi tổng duyệt vở "Đêm trắng" tại nhà hát tối 12/9.',
    'NSND Nguyễn Quang Minh tại buổi ra mắt phim “Mùa nước nổi” ở TP Huế, tối 2/4.',
    // A narrating word inside a name (`Cần` of `Cần Thơ`) or a place in the photo (`(phải)`) narrates nothing.
    'Bác sĩ Trần Văn Lộc thăm khám cho người bệnh tại TP Cần Thơ, sáng 8/5.',
    'Ông Hồ Văn Khải (phải) bên lò gạch của gia đình ở xã Mỹ An, chiều 17/3.',
    // A titled person then a place with no verb between: someone shown somewhere.
    'Bà Trần Thị Mai tại cửa hàng gạo của gia đình ở xã Phú An.',
    'Ông Lê Văn Toàn bên dây chuyền đóng gói mới của công ty.',
    // a doctor examining someone's eyes, the scene of a clinic's photo
    'ThS.BS Lê Thu Trang khám mắt cho trẻ em tại xã Phước Sơn.',
    'BS.CKII Phạm Văn Hòa khám mắt cho người cao tuổi của Trường THCS Tân An.',
    // two people named with their posts: longer than a scene's caption, still one
    'TS Nguyễn Minh Tâm, Phó Viện trưởng Viện Dinh dưỡng Quốc gia, cùng ThS Lê Thị Hồng Nhung, Trưởng khoa Vi chất của Viện, kiểm tra mẫu sữa tại phòng thí nghiệm của trung tâm.',
    // `từng` after a verb is `each`: the date still dates the photo
    'Nghệ nhân Lò Thị Mai, 71 tuổi, luồn từng hạt cườm vào sợi chỉ tại nhà, sáng 3/5.',
  ].map((text) => ({ text, caption: true })),
  ...[
    'Bộ trưởng Nguyễn Văn Hùng cũng đã yêu cầu kiểm tra toàn bộ các cơ sở trên địa bàn.',
    'Ông Trần Văn Bình, Giám đốc Sở Y tế, nhận định tình hình dịch đang được kiểm soát tại các huyện.',
    'Các đại biểu thống nhất sẽ họp lại vào tháng sau để thông qua đề án.',
    'TS. Lê Minh Cường cho biết kết quả nghiên cứu được công bố tại hội thảo tháng 6.',
    'Thí sinh cần có mặt tại điểm thi trước 7 giờ sáng 27/6 để làm thủ tục.',
    'Bà Phạm Thị Hoa, Phó Chủ tịch huyện, trong buổi làm việc hôm 12/5 đánh giá cao cách làm này.',
    'Chúng tôi kiểm tra thực tế tại 20 xã trong tháng 3 và thấy kết quả rất khả quan.',
    'Ông Nguyễn Văn Dũng trao đổi với tôi về dự án từ đầu năm.',
    'Năm 2024, huyện tổ chức 12 buổi tập huấn cho nông dân tại các xã.',
    'Người dân phấn khởi vì giá lúa tăng cao trong vụ này.',
    'Các bác sĩ làm việc liên tục suốt ba ngày. Nhiều người không về nhà.',
    'Ông Lê Văn Tám (giữa) hỏi thăm bà con: “Năm nay lúa thế nào?”',
    'Học sinh được nghỉ học từ thứ Hai tuần tới theo quyết định của tỉnh.',
    'Giám đốc Nguyễn Thanh Sơn tham dự hội nghị với tư cách khách mời, nhưng không phát biểu.',
    'Cán bộ xã hướng dẫn bà con làm hồ sơ vay vốn.',
    'Đại tá Lê Minh Đức cho biết lực lượng đã kiểm tra 40 cơ sở.',
    'Trung tá Lê Minh Đức đã trao đổi với phóng viên về vụ việc này.',
    'NSƯT Lê Văn Thành nói "vở diễn này là tâm huyết của cả đoàn" tại buổi tổng duyệt tối 12/9.',
    'NSƯT Lê Văn Thành trong buổi tổng duyệt vở "Đêm trắng: phần hai" tại nhà hát tối 12/9.',
    // The same words in the prose still narrate.
    'Bác sĩ Trần Văn Lộc cần thêm thuốc cho người bệnh tại TP Cần Thơ, sáng 8/5.',
    'Ông Hồ Văn Khải phải đóng cửa lò gạch của gia đình ở xã Mỹ An, chiều 17/3.',
    // A verb after the name and its place narrates.
    'Ông Lê Văn Toàn tại buổi làm việc đã đề nghị tỉnh hỗ trợ thêm vốn.',
    'Bác sĩ Lê Thu Trang đã khám mắt cho hơn 300 em trong năm qua.',
    'Bà Trần Thị Mai ở xã Phú An nuôi tôm từ nhiều năm nay.',
    // what a titled person once did or was (`từng` after the name or a note on him), dated at its end: a profile
    'Ông Lò Văn Hải (sinh năm 1975) từng là cán bộ khuyến nông xã trước khi thành lập hợp tác xã vào ngày 12/3/2019.',
    'BS Hà Thị Lan, 41 tuổi, có 15 năm làm nghề, từng tu nghiệp tại Bệnh viện Bạch Mai năm 2016.',
    'Kỹ sư Lê Minh Tuấn từng làm việc tại nhà máy xi măng Bút Sơn năm 2010.',
    // as long, one titled person alone, dated at its end or at work with his team: a profile, an answer's sentence
    'TS. Lê Văn An sinh năm 1975, từng có 15 năm công tác tại Viện Nghiên cứu Hải sản trước khi được bổ nhiệm Giám đốc Trung tâm Khuyến nông tỉnh vào tháng 3/2021.',
    'Anh Trần Minh Quang - Trưởng phòng Kỹ thuật của hợp tác xã cùng anh em trong tổ trực tiếp xuống từng ruộng để hướng dẫn bà con bón phân đúng liều lượng và đúng thời điểm.',
    // as long, with no titled person opening it: an answer's sentence
    'Các cán bộ của viện cùng nhân viên trạm y tế các xã vùng cao kiểm tra mẫu sữa của những hộ gia đình có trẻ suy dinh dưỡng tại phòng thí nghiệm của trung tâm ở thành phố.',
  ].map((text) => ({ text, caption: false })),
];

/**
 * One paragraph of a news article (no interview): is it a caption by the strict reading (isSceneCaption's `strict`)?
 * Only a person or a group, then the scene dated at its end or placed in the photo; no opening time, no saying.
 */
export const NEWS_CAPTION_LINES: readonly { readonly text: string; readonly caption: boolean; readonly photosShown?: boolean }[] = [
  ...[
    'Người dân đeo khẩu trang khi đi qua cầu Chương Dương sáng 3/1.',
    'Du khách tham quan phố cổ Hội An tối 14/2.',
    'Ông Nguyễn Văn Tư (trái) bên vườn cam của gia đình ở xã Yên Lập.',
    'Lực lượng chức năng kiểm tra xe chở hàng tại cửa khẩu Tân Thanh chiều 20/5.',
  ].map((text) => ({ text, caption: true })),
  ...[
    'Sáng 3/1, Bộ trưởng Lê Minh Châu kiểm tra công trình tại xã Yên Lập.',
    'Hội nghị diễn ra sáng 21/12.',
    'Ông Nam cho biết thêm như vậy.',
    'Người dân đã được hướng dẫn đeo khẩu trang từ sáng 3/1.',
    'Bộ trưởng Lê Minh Châu nói tại buổi họp báo chiều 20/5.',
    'Giám đốc Sở Y tế Trần Văn Bình yêu cầu các bệnh viện tăng cường trực từ ngày 3/1.',
    'Cán bộ xã hướng dẫn bà con làm hồ sơ vay vốn tại trụ sở.',
  ].map((text) => ({ text, caption: false })),
  // In an article whose photos are credited elsewhere (`Ảnh: ...`), a group or person doing something, placed, is one.
  { text: 'Du khách trải nghiệm chèo thuyền trên hồ sen ở xã Phước An.', caption: true, photosShown: true },
  { text: 'Người dân thu hoạch lúa trên cánh đồng ở xã Tân Hòa.', caption: true, photosShown: true },
  { text: 'Du khách trải nghiệm chèo thuyền trên hồ sen ở xã Phước An.', caption: false },
  { text: 'Du khách đã tăng gấp đôi so với năm trước ở xã Phước An.', caption: false, photosShown: true },
  { text: 'Bộ trưởng Lê Minh Châu yêu cầu kiểm tra tại xã Phước An.', caption: false, photosShown: true },
  // A speech shown by its kind (`phát biểu chỉ đạo`, `phát biểu kết luận`) is a scene, not a report of what was said;
  // saying besides it (`đề nghị`) is news.
  { text: 'Ông Lò Văn Hải phát biểu chỉ đạo hội nghị.', caption: true, photosShown: true },
  { text: 'Bà Hà Thị Lan phát biểu kết luận buổi làm việc.', caption: true, photosShown: true },
  { text: 'Ông Lò Văn Hải phát biểu chỉ đạo hội nghị.', caption: false },
  { text: 'Ông Lò Văn Hải phát biểu chỉ đạo, đề nghị các xã rà soát hộ nghèo.', caption: false, photosShown: true },
  { text: 'Ông Lò Văn Hải chỉ đạo các xã rà soát hộ nghèo.', caption: false, photosShown: true },
];

/**
 * One paragraph of a news article: may it be a caption told by its shape alone (isBareSceneCaption), whatever it shows?
 * Captions of things, places and players; then short sentences that open with a time or link, narrate, state, say,
 * quote, list or date something inside.
 */
export const BARE_SCENE_CAPTION_LINES: readonly { readonly text: string; readonly caption: boolean }[] = [
  ...[
    'Hệ thống băng chuyền phân loại rác tại nhà máy xử lý chất thải phía nam thành phố.',
    'Khu vực tiếp nhận hồ sơ của Trung tâm Phục vụ hành chính công tỉnh chiều 14/10.',
    'Tàu cá neo đậu tránh trú bão tại cảng Sa Huỳnh sáng 6/9.',
    'Kho lạnh bảo quản vắc xin của Trung tâm Kiểm soát bệnh tật tỉnh.',
    'Công nhân lắp đặt tấm pin mặt trời trên mái nhà xưởng.',
    'Thủ môn Trần Văn Hậu (áo xanh) cản phá cú sút quyết định của đối phương.',
    'Lò sấy cà phê của hợp tác xã, Khu công nghiệp Tâm Thắng.',
  ].map((text) => ({ text, caption: true })),
  ...[
    'Vụ việc đang được cơ quan chức năng xác minh làm rõ.',
    'Tham dự hội nghị có đại diện lãnh đạo các sở, ngành.',
    'Dự án có tổng mức đầu tư hơn 120 tỷ đồng.',
    'Công trình dự kiến hoàn thành vào tháng 6/2026.',
    'Cầu được xây dựng từ năm 1998 sau khi tuyến đường cũ bị sạt lở.',
    'Cây cầu được xây dựng năm 1998 bằng vốn của tỉnh.',
    'Sáng 14/10, đoàn kiểm tra làm việc tại cảng Sa Huỳnh.',
    'Theo Sở Xây dựng, nhà máy vận hành ổn định.',
    'Người dân cần hỗ trợ có thể gọi đường dây nóng của Sở.',
    'Nguồn nước sinh hoạt của các hộ dân không bị ảnh hưởng.',
    'Mức phạt này cao nhất từ trước đến nay tại địa phương.',
    'Chủ tịch UBND tỉnh yêu cầu các sở hoàn thành báo cáo trước ngày 20/10.',
    'Đơn vị thi công: Công ty Cổ phần Xây dựng Số 4.',
    'Giải đấu quy tụ 16 đội bóng mạnh nhất khu vực',
    '- Hỗ trợ mỗi hộ bị thiệt hại nặng một bộ giống lúa.',
    'Tàu cá, thuyền thúng, lồng bè neo đậu tại cảng, âu thuyền và cửa sông.',
    'Nhà máy "xanh" đầu tiên của tỉnh tại Khu công nghiệp Tâm Thắng.',
    'Tôi kiểm tra lò sấy cà phê của hợp tác xã mỗi sáng.',
    'Kho lạnh vắc xin.',
  ].map((text) => ({ text, caption: false })),
];

/**
 * One line: is it a speaker's quote under their photo, its credit closing the line (isQuotedCaption)? Then lines
 * with no credit, no quote, a question, no titled speaker or two quotes.
 */
export const QUOTED_CAPTION_LINES: readonly { readonly text: string; readonly caption: boolean }[] = [
  ...[
    'Bà Trần Thị Mai: "Chợ sẽ không để thiếu hàng dịp Tết". Ảnh: Thu Hà',
    'Giám đốc Lê Văn Hùng: “Mỗi lô hàng đều phải có tem truy xuất” (Ảnh: Minh An)',
    'TS. Nguyễn Văn An: "Nông dân cần liên kết để giữ giá". Ảnh: NVCC',
  ].map((text) => ({ text, caption: true })),
  ...[
    'Bà Trần Thị Mai: "Chợ sẽ không để thiếu hàng dịp Tết".',
    'Bà Trần Thị Mai: Chúng tôi đã chuẩn bị đủ hàng. Ảnh: Thu Hà',
    'Bà Trần Thị Mai: "Chợ có đủ hàng cho Tết không?". Ảnh: Thu Hà',
    'Tôi nói với bà con: "Phải giữ chữ tín". Ảnh: Thu Hà',
    'Bà Trần Thị Mai: "Chợ sẽ đủ hàng", rồi bà nói thêm "giá sẽ ổn định". Ảnh: Thu Hà',
  ].map((text) => ({ text, caption: false })),
];
