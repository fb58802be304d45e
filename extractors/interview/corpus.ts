// Interview examples, written for the project: short articles and the pairs a careful reader finds in them (the
// question's words, the words of each answer segment in order), with the kinds of some paragraphs. Negatives have
// no pairs. Collapsed dumps have their own fixtures with gold files in tests/fixtures/collapsed/.
import type { MarkupHints } from '../../pipeline/document.js';
import type { ParagraphKind } from '../../output/schema.js';

export interface InterviewExample {
  readonly name: string;
  readonly text: string;
  readonly markup?: MarkupHints;
  readonly pairs: readonly { readonly question: string; readonly answers: readonly string[] }[];
  readonly kinds?: Readonly<Record<number, ParagraphKind>>;
  /** Words no answer may contain: the interviewer's words before a speaker label, a caption run into a line. */
  readonly notInAnswers?: readonly string[];
}

const article = (...lines: string[]): string => lines.join('\n');
const TITLE = 'Trò chuyện đầu năm với người làm nông nghiệp';
const LEAD = 'Nhân dịp đầu năm, phóng viên đã có cuộc trò chuyện với ông Lê Quang Hòa, Giám đốc Hợp tác xã Tân Phú.';

/** Statements that HTML set in bold as the interviewer's questions: no question mark, no label. */
function boldQuestionsExample(): InterviewExample {
  const questions = ['Về chuyện chuyển đổi số trong nông nghiệp.', 'Về chuyện đào tạo nhân lực.'];
  const text = article(
    TITLE, LEAD,
    questions[0] ?? '',
    'Chúng tôi đã dùng phần mềm quản lý vùng trồng.',
    questions[1] ?? '',
    'Hợp tác xã cử người đi học mỗi năm.',
  );
  const boldQuestions = questions.map((question) => ({ start: text.indexOf(question), end: text.indexOf(question) + question.length }));
  return {
    name: 'bold questions from markup',
    text,
    markup: { boldQuestions },
    pairs: [
      { question: 'chuyển đổi số', answers: ['Chúng tôi đã dùng phần mềm'] },
      { question: 'đào tạo nhân lực', answers: ['Hợp tác xã cử người'] },
    ],
    kinds: { 2: 'question', 3: 'answer' },
  };
}

export const INTERVIEW_EXAMPLES: readonly InterviewExample[] = [
  {
    name: 'questions by question mark, answers over several paragraphs, caption and closing',
    text: article(
      TITLE, LEAD,
      'Năm qua hợp tác xã đã làm được những gì, thưa ông?',
      'Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Giám đốc Hợp tác xã Tân Phú Lê Quang Hòa.',
      'Thu nhập của xã viên nhờ đó tăng khá rõ.',
      'Kế hoạch năm nay của hợp tác xã ra sao?',
      'Năm nay chúng tôi tập trung vào khâu chế biến.',
      'Xin cảm ơn ông!',
    ),
    pairs: [
      { question: 'Năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Thu nhập của xã viên'] },
      { question: 'Kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
    kinds: { 0: 'title', 1: 'lead', 2: 'question', 3: 'answer', 4: 'caption', 5: 'answer', 8: 'closing' },
  },
  {
    name: 'PV: labels and speaker labels',
    text: article(
      TITLE, LEAD,
      'PV: Ông đánh giá thế nào về vụ lúa vừa qua?',
      'Ông Hòa: Vụ vừa qua được mùa, được giá.',
      'PV: Còn khó khăn lớn nhất hiện nay là gì?',
      'Ông Hòa: Khó nhất vẫn là đầu ra cho sản phẩm.',
      'Chúng tôi đang tìm thêm đối tác ở thành phố.',
      'PV: Xin cảm ơn ông!',
    ),
    pairs: [
      { question: 'Ông đánh giá thế nào', answers: ['Vụ vừa qua được mùa'] },
      { question: 'Còn khó khăn lớn nhất', answers: ['Khó nhất vẫn là đầu ra', 'Chúng tôi đang tìm thêm'] },
    ],
    kinds: { 2: 'question', 3: 'answer', 7: 'closing' },
  },
  {
    name: 'speaker label with an academic title',
    text: article(
      'Chuyên gia bàn về nước sạch', 'Phóng viên đã trao đổi với TS. Trần Thị Minh Hằng về nước sạch nông thôn.',
      'Phóng viên: Thưa bà, vì sao nhiều xã vẫn thiếu nước sạch?',
      'TS. Trần Thị Minh Hằng: Nguyên nhân chính là thiếu vốn đầu tư.',
      'Phóng viên: Giải pháp nào là khả thi nhất?',
      'TS. Trần Thị Minh Hằng: Cần kết hợp vốn nhà nước và vốn doanh nghiệp.',
    ),
    pairs: [
      { question: 'vì sao nhiều xã vẫn thiếu', answers: ['Nguyên nhân chính là thiếu vốn'] },
      { question: 'Giải pháp nào là khả thi', answers: ['Cần kết hợp vốn'] },
    ],
  },
  {
    name: 'Hỏi: and Đáp: labels',
    text: article(
      'Giải đáp về bảo hiểm y tế', 'Bạn đọc hỏi, chuyên gia trả lời.',
      'Hỏi: Tôi chuyển công tác thì thẻ bảo hiểm có phải đổi không?',
      'Đáp: Không cần đổi, chỉ cần cập nhật nơi khám chữa bệnh ban đầu.',
      'Hỏi: Thủ tục cập nhật làm ở đâu?',
      'Đáp: Người lao động làm tại cơ quan bảo hiểm xã hội nơi cư trú.',
    ),
    pairs: [
      { question: 'thẻ bảo hiểm có phải đổi không', answers: ['Không cần đổi'] },
      { question: 'Thủ tục cập nhật làm ở đâu', answers: ['Người lao động làm tại'] },
    ],
  },
  {
    name: 'dash style: an answer line that ends with a question mark is still an answer',
    text: article(
      'Người giữ nghề gốm', 'Chúng tôi gặp nghệ nhân Đinh Văn Tâm tại xưởng gốm của ông.',
      '- Ông theo nghề gốm từ khi nào?',
      '- Từ năm mười lăm tuổi. Nghề này cha tôi truyền lại, bỏ sao được?',
      '- Nghề gốm bây giờ có còn sống được không, thưa ông?',
      '- Sống được, nếu chịu đổi mới mẫu mã.',
    ),
    pairs: [
      { question: 'Ông theo nghề gốm từ khi nào', answers: ['Từ năm mười lăm tuổi'] },
      { question: 'Nghề gốm bây giờ có còn sống được không', answers: ['Sống được, nếu chịu'] },
    ],
  },
  {
    name: 'dash style collapsed into lines: a turn ending in ? asks, the next turn answers, a question of two sentences',
    text: article(
      'Người thợ làm đàn bầu', 'Ông Trịnh Văn Lộc đã làm đàn bầu hơn 30 năm ở làng Đào Xá. - Vì sao ông chọn nghề làm đàn? - Bố tôi làm đàn, tôi lớn lên giữa tiếng đàn. Học xong lớp 9 là tôi theo bố luôn.',
      '- Làng vừa được công nhận làng nghề. Ông có thể kể thêm về chuyện này? - Năm ngoái tỉnh trao bằng công nhận, mỗi tháng làng bán hơn 200 cây đàn - đó là niềm vui lớn. - Ông mong gì cho làng nghề? - Tôi mong lớp trẻ chịu học nghề.',
    ),
    pairs: [
      { question: 'Vì sao ông chọn nghề làm đàn', answers: ['Bố tôi làm đàn'] },
      { question: 'Làng vừa được công nhận làng nghề. Ông có thể kể thêm', answers: ['Năm ngoái tỉnh trao bằng'] },
      { question: 'Ông mong gì cho làng nghề', answers: ['Tôi mong lớp trẻ'] },
    ],
  },
  {
    name: 'dash style collapsed: the interviewer\'s thanks as the last turn closes the interview, no part of the last answer',
    text: article(
      'Người giữ nghề hát xoan', 'Bà Nguyễn Thị Hạnh dạy hát xoan cho trẻ em trong xã đã mười năm. - Lớp của bà có bao nhiêu học trò? - Năm nay lớp có 40 em, nhỏ nhất mới 7 tuổi. Các em đến học vào tối thứ bảy. - Bà mong điều gì cho làng? - Tôi mong các em giữ được lời cổ. Có người giữ thì xoan còn sống. - Xin cảm ơn bà!',
    ),
    pairs: [
      { question: 'Lớp của bà có bao nhiêu học trò', answers: ['Năm nay lớp có 40 em'] },
      { question: 'Bà mong điều gì cho làng', answers: ['Tôi mong các em giữ'] },
    ],
    notInAnswers: ['Xin cảm ơn bà'],
  },
  {
    name: 'dash style collapsed: a turn of thanks right after a question is its answer',
    text: article(
      'Người giữ nghề hát xoan', 'Bà Nguyễn Thị Hạnh dạy hát xoan cho trẻ em trong xã đã mười năm. - Bà có muốn gửi lời cảm ơn tới ai không? - Cảm ơn các thầy cô đã dạy tôi từ nhỏ. - Lớp của bà có bao nhiêu học trò? - Năm nay lớp có 40 em.',
    ),
    pairs: [
      { question: 'Bà có muốn gửi lời cảm ơn', answers: ['Cảm ơn các thầy cô'] },
      { question: 'Lớp của bà có bao nhiêu học trò', answers: ['Năm nay lớp có 40 em'] },
    ],
  },
  {
    name: 'dash style collapsed: one asking turn in a report is no interview',
    text: article(
      'Chợ phiên vùng cao đông vui', 'Sáng chủ nhật, chợ phiên Bắc Hà đông kín người. - Chị bán gì thế? - Một người bán vải đáp rằng hôm nay chợ đông hơn mọi tuần.',
      'Giá một tấm vải thổ cẩm vào khoảng 300 - 500 nghìn đồng - tùy loại.',
    ),
    pairs: [],
  },
  {
    name: 'dash style collapsed, only the answers dashed: the question is the sentence that asks before each dash',
    text: article(
      'Người giữ rừng đầu nguồn',
      'Xã Tà Xùa có hơn 3.000 ha rừng phòng hộ. Chúng tôi trò chuyện với ông Lò Văn Khánh, Trưởng ban quản lý rừng xã. Thưa ông, năm nay việc giữ rừng có gì khác? - Năm nay xã giao khoán thêm 500 ha cho các hộ. Mỗi hộ nhận được tiền chăm sóc hằng quý. Người dân đã thấy lợi ích từ rừng. Mùa khô tới, ban quản lý chuẩn bị những gì để chống cháy, thưa ông? - Chúng tôi lập 12 tổ xung kích. Các tổ trực suốt mùa khô. Ông mong gì nhất cho rừng xã mình? - Tôi mong lớp trẻ cùng giữ rừng.',
    ),
    pairs: [
      { question: 'năm nay việc giữ rừng có gì khác', answers: ['Năm nay xã giao khoán thêm'] },
      { question: 'Mùa khô tới, ban quản lý chuẩn bị', answers: ['Chúng tôi lập 12 tổ'] },
      { question: 'Ông mong gì nhất', answers: ['Tôi mong lớp trẻ'] },
    ],
    notInAnswers: ['Mùa khô tới', 'Ông mong gì nhất'],
  },
  {
    name: 'dash style collapsed, only the answers dashed: the last answer asking back is still an answer',
    text: article(
      'Mùa vải sớm ở Thanh Hà',
      'Vụ vải năm nay đến sớm hai tuần. Giá vải năm nay ra sao, thưa bà? - Giá vải cao hơn năm ngoái. Bà có lo đầu ra không? - Không lo nữa sao được? Năm nay thương lái đến tận vườn.',
    ),
    pairs: [
      { question: 'Giá vải năm nay ra sao', answers: ['Giá vải cao hơn'] },
      { question: 'Bà có lo đầu ra không', answers: ['Không lo nữa sao được'] },
    ],
  },
  {
    name: 'dash style collapsed, dashes after statements too: turns alternate, each turn ending in ? asks',
    text: article(
      'Người làm muối ở Bạc Liêu',
      'Ông Tư làm muối đã bốn mươi năm. - Năm nay muối được giá không, thưa ông? - Được giá hơn năm ngoái. Nhưng trời mưa sớm. - Ông có định bỏ nghề? - Không, tôi còn làm tới khi nào hết sức.',
    ),
    pairs: [
      { question: 'Năm nay muối được giá không', answers: ['Được giá hơn năm ngoái'] },
      { question: 'Ông có định bỏ nghề', answers: ['Không, tôi còn làm'] },
    ],
  },
  {
    name: 'a question of several sentences whose last one asks',
    text: article(
      TITLE, LEAD,
      'Giá phân bón tăng gần gấp đôi trong hai năm. Nhiều hộ đã bỏ ruộng. Ông nhìn nhận việc này ra sao?',
      'Tôi nghĩ đây là tín hiệu đáng lo.',
      'Theo ông, nhà nước nên hỗ trợ ở khâu nào?',
      'Cần hỗ trợ ngay ở khâu giống và vật tư.',
    ),
    pairs: [
      { question: 'Giá phân bón tăng gần gấp đôi', answers: ['Tôi nghĩ đây là tín hiệu'] },
      { question: 'nhà nước nên hỗ trợ ở khâu nào', answers: ['Cần hỗ trợ ngay'] },
    ],
  },
  {
    name: 'a request stands for a question',
    text: article(
      TITLE, LEAD,
      'Xin ông cho biết về mô hình liên kết của hợp tác xã.',
      'Chúng tôi ký hợp đồng bao tiêu với ba doanh nghiệp.',
      'Ông có thể chia sẻ thêm về kế hoạch xuất khẩu.',
      'Năm nay chúng tôi thử xuất lô gạo đầu tiên sang châu Âu.',
    ),
    pairs: [
      { question: 'Xin ông cho biết về mô hình', answers: ['Chúng tôi ký hợp đồng'] },
      { question: 'Ông có thể chia sẻ thêm', answers: ['Năm nay chúng tôi thử xuất'] },
    ],
  },
  {
    name: 'photo captions with cues are never answers',
    text: article(
      TITLE, LEAD,
      'Ông thấy mùa vụ năm nay thế nào?',
      'Năm nay thời tiết thuận lợi hơn.',
      'Ảnh: Nông dân thu hoạch lúa trên cánh đồng Tân Phú.',
      'Năng suất bình quân đạt khoảng 7 tấn mỗi ha.',
      'Còn giá bán thì sao, thưa ông?',
      'Giá lúa cao hơn năm ngoái.',
      'Cánh đồng lúa chất lượng cao của hợp tác xã. (Ảnh: Minh Châu)',
    ),
    pairs: [
      { question: 'Ông thấy mùa vụ năm nay', answers: ['Năm nay thời tiết', 'Năng suất bình quân'] },
      { question: 'Còn giá bán thì sao', answers: ['Giá lúa cao hơn'] },
    ],
    kinds: { 4: 'caption', 8: 'caption' },
  },
  {
    name: 'a caption that names the person first, then the post',
    text: article(
      TITLE, LEAD,
      'Ông bắt đầu làm hợp tác xã từ bao giờ?',
      'Tôi bắt đầu từ năm 2015 với mười xã viên.',
      'Ông Lê Quang Hòa - Giám đốc Hợp tác xã Tân Phú',
      'Những năm đầu rất vất vả.',
      'Điều gì giúp ông vượt qua những năm đó?',
      'Sự tin tưởng của bà con.',
    ),
    pairs: [
      { question: 'Ông bắt đầu làm hợp tác xã', answers: ['Tôi bắt đầu từ năm 2015', 'Những năm đầu rất vất vả'] },
      { question: 'Điều gì giúp ông vượt qua', answers: ['Sự tin tưởng của bà con'] },
    ],
    kinds: { 4: 'caption' },
  },
  boldQuestionsExample(),
  {
    name: 'collapsed: questions set in markdown stars inside the line, a starred lead that asks nothing stays the lead',
    text: article(
      TITLE,
      '**Hợp tác xã Tân Phú vừa xong vụ lúa hữu cơ đầu tiên.** **Thưa ông, vụ lúa năm nay ra sao?** Năng suất đạt 6 tấn mỗi ha, giá bán cao hơn lúa thường. ' +
        '**Còn đầu ra cho gạo hữu cơ thì sao?** Một công ty ở Cần Thơ đã ký bao tiêu cả vụ. ' +
        '**Kế hoạch của hợp tác xã trong năm tới là gì?** Hợp tác xã mở rộng thêm 30 ha và mở lớp tập huấn cho xã viên.',
      'Xin cảm ơn ông!',
    ),
    pairs: [
      { question: 'Thưa ông, vụ lúa năm nay ra sao?', answers: ['Năng suất đạt 6 tấn'] },
      { question: 'Còn đầu ra cho gạo hữu cơ thì sao?', answers: ['Một công ty ở Cần Thơ'] },
      { question: 'Kế hoạch của hợp tác xã trong năm tới là gì?', answers: ['Hợp tác xã mở rộng thêm 30 ha'] },
    ],
    notInAnswers: ['**', 'vụ lúa hữu cơ đầu tiên'],
  },
  {
    name: 'report: one starred question inside a line is a subheading\'s words, no interview',
    text: article(
      TITLE,
      'Giá lúa vụ này tăng mạnh. **Vì sao giá lúa tăng?** Nhiều nước nhập khẩu tăng mua, trong khi nguồn cung trong khu vực giảm.',
    ),
    pairs: [],
  },
  {
    name: 'collapsed: a caption closed by its credit in brackets runs into a bare question with no full stop; the question starts after the credit',
    text: article(
      TITLE,
      'Hợp tác xã Tân Phú vừa xong vụ lúa hữu cơ đầu tiên. Thưa ông, vụ lúa năm nay ra sao? Chúng tôi được mùa lớn, năng suất tăng. ' +
        'Giá bán cũng cao hơn năm trước. Ảnh: Xã viên thu hoạch lúa trên cánh đồng Tân Phú (Ảnh: Minh An) Nguồn vốn để mở rộng diện tích lấy từ đâu? ' +
        'Hợp tác xã vay ngân hàng 2 tỷ đồng, xã viên góp thêm một phần. Hợp tác xã sẽ làm gì để đỡ cho xã viên, thưa ông? ' +
        'Chúng tôi sẽ mua chung phân bón để được giá tốt hơn.',
    ),
    pairs: [
      { question: 'vụ lúa năm nay ra sao', answers: ['Chúng tôi được mùa lớn'] },
      { question: 'Nguồn vốn để mở rộng diện tích lấy từ đâu?', answers: ['Hợp tác xã vay ngân hàng'] },
      { question: 'Hợp tác xã sẽ làm gì', answers: ['Chúng tôi sẽ mua chung'] },
    ],
    notInAnswers: ['Nguồn vốn để mở rộng'],
  },
  {
    name: 'report: a caption closed by its credit runs into the report\'s own question, no interview',
    text: article(
      TITLE,
      'Hợp tác xã Tân Phú vừa xong vụ lúa hữu cơ đầu tiên, năng suất đạt 6 tấn mỗi ha. Ảnh: Xã viên thu hoạch lúa trên cánh đồng Tân Phú (Ảnh: Minh An) ' +
        'Nguồn vốn để mở rộng diện tích lấy từ đâu? Hợp tác xã vay ngân hàng 2 tỷ đồng, xã viên góp thêm một phần.',
    ),
    pairs: [],
  },
  {
    name: 'collapsed: the interviewer goes on after the question mark until the speaker label',
    text: article(
      TITLE,
      'PV: Ông có lo về giá phân bón không? Nhiều hộ đã phải bỏ ruộng vì lỗ. Ông Lê Quang Hòa: Tôi rất lo, vì giá đã tăng gấp đôi. ' +
        'PV: Hợp tác xã sẽ làm gì để đỡ cho xã viên? Ông Hòa: Chúng tôi sẽ mua chung để được giá tốt hơn.',
    ),
    pairs: [
      { question: 'Nhiều hộ đã phải bỏ ruộng', answers: ['Tôi rất lo'] },
      { question: 'Hợp tác xã sẽ làm gì', answers: ['Chúng tôi sẽ mua chung'] },
    ],
    notInAnswers: ['bỏ ruộng'],
  },
  {
    name: 'collapsed: unlabelled questions, each right before the speaker\'s label, his full name first, then his given name',
    text: article(
      TITLE,
      'Hợp tác xã vừa xong vụ thu hoạch đầu tiên. Thưa ông, vụ lúa năm nay ra sao? Ông Lê Quang Hòa: Chúng tôi được mùa lớn, năng suất tăng. ' +
        'Giá phân bón đã tăng gấp đôi. Hợp tác xã sẽ làm gì để đỡ cho xã viên? Ông Hòa: Chúng tôi sẽ mua chung để được giá tốt hơn. ' +
        'Xin cảm ơn ông!',
    ),
    pairs: [
      { question: 'vụ lúa năm nay ra sao', answers: ['Chúng tôi được mùa lớn'] },
      { question: 'Hợp tác xã sẽ làm gì', answers: ['Chúng tôi sẽ mua chung'] },
    ],
    notInAnswers: ['sẽ làm gì'],
  },
  {
    name: 'collapsed: a known speaker\'s label in mid-sentence, the question before it left with no mark: the sentence up to the label is asked',
    text: article(
      TITLE,
      'Ông Lê Quang Hòa, Giám đốc Hợp tác xã Tân Phú, trao đổi với phóng viên. PV: Vụ lúa năm nay ra sao, thưa ông? Ông Lê Quang Hòa: Chúng tôi được mùa lớn. ' +
        'Giá bán cũng cao hơn năm trước. Về phân bón, nhiều xã viên còn lo giá tăng Ông Hòa: Chúng tôi sẽ mua chung để được giá tốt hơn. ' +
        'Giá bán năm sau ra sao. Ông vừa nói tới kho lạnh, vậy vốn xây kho lấy ở đâu Ông Hòa: Hợp tác xã vay ngân hàng 2 tỷ đồng.',
    ),
    pairs: [
      { question: 'Vụ lúa năm nay ra sao', answers: ['Chúng tôi được mùa lớn'] },
      { question: 'Về phân bón, nhiều xã viên còn lo giá tăng', answers: ['Chúng tôi sẽ mua chung'] },
      { question: 'vậy vốn xây kho lấy ở đâu', answers: ['Hợp tác xã vay ngân hàng'] },
    ],
    notInAnswers: ['nhiều xã viên còn lo', 'vốn xây kho'],
  },
  {
    name: 'collapsed: a known speaker\'s full name in mid-sentence after labels by his given name alone: the sentence up to it is asked',
    text: article(
      TITLE,
      'Ông Lê Quang Hòa, Giám đốc Hợp tác xã Tân Phú, trao đổi với phóng viên. PV: Vụ lúa năm nay ra sao, thưa ông? Ông Hòa: Chúng tôi được mùa lớn. ' +
        'Giá bán cũng cao hơn năm trước. Chuyện vốn là nỗi lo của nhiều xã viên. Hợp tác xã có cho xã viên vay không Ông Lê Quang Hòa: Có, mỗi hộ được vay tới 20 triệu đồng.',
    ),
    pairs: [
      { question: 'Vụ lúa năm nay ra sao', answers: ['Chúng tôi được mùa lớn'] },
      { question: 'Hợp tác xã có cho xã viên vay không', answers: ['Có, mỗi hộ được vay'] },
    ],
    notInAnswers: ['cho xã viên vay không'],
  },
  {
    name: 'collapsed: a known speaker\'s label with a title of two words (Luật sư) in mid-sentence after the interviewer\'s labelled turn',
    text: article(
      'Hỏi chuyện luật sư về hợp đồng thuê đất',
      'Phóng viên trao đổi với ông Trần Minh Đức, Giám đốc Công ty Luật Minh Đức. PV: Hợp đồng thuê đất cần ghi những gì, thưa ông? ' +
        'Luật sư Trần Minh Đức: Hợp đồng phải ghi rõ thời hạn và giá thuê. PV: Nhiều người ngại tốn kém. Thuê luật sư soạn hợp đồng có đắt không, thưa ông Luật sư Đức: ' +
        'Phí soạn một hợp đồng chỉ từ 2 triệu đồng.',
    ),
    pairs: [
      { question: 'Hợp đồng thuê đất cần ghi những gì', answers: ['Hợp đồng phải ghi rõ thời hạn'] },
      { question: 'Thuê luật sư soạn hợp đồng có đắt không', answers: ['Phí soạn một hợp đồng'] },
    ],
    notInAnswers: ['có đắt không'],
  },
  {
    name: 'collapsed: an architect introduced as KTS. answers under KTS. with his full name, his given name or his initials with dots',
    text: article(
      'Quy hoạch ven sông: "Giữ bãi bồi cho người dân"',
      'Đồ án quy hoạch ven sông Lam đang được lấy ý kiến. Chúng tôi trao đổi với KTS. Lê Minh Khang, chủ nhiệm đồ án. PV: Thưa ông, đồ án có gì mới? ' +
        'KTS. Lê Minh Khang: Chúng tôi giữ lại 40ha bãi bồi làm công viên. PV: Ông có lo người dân phản đối không? KTS. Khang: Có, nên chúng tôi đối thoại ở ' +
        'từng khu phố. - Người dân lo nhất là bị giải tỏa. Ông trả lời họ thế nào? KTS. L.M.K: Chúng tôi ưu tiên chỉnh trang thay vì giải tỏa trắng.',
    ),
    pairs: [
      { question: 'đồ án có gì mới', answers: ['Chúng tôi giữ lại 40ha'] },
      { question: 'Ông có lo người dân phản đối không', answers: ['Có, nên chúng tôi đối thoại'] },
      { question: 'Người dân lo nhất là bị giải tỏa', answers: ['Chúng tôi ưu tiên chỉnh trang'] },
    ],
    notInAnswers: ['KTS.', 'Ông trả lời họ'],
  },
  {
    name: 'collapsed: a dash before a post and a name in the answer\'s last sentence opens no turn: the question before the label is the sentence that asks',
    text: article(
      'Quy hoạch ven sông: "Giữ bãi bồi cho người dân"',
      'Đồ án quy hoạch ven sông Lam đang được lấy ý kiến. Chúng tôi trao đổi với KTS. Lê Minh Khang, chủ nhiệm đồ án. PV: Thưa ông, đồ án có gì mới? ' +
        'KTS. Lê Minh Khang: Chúng tôi giữ lại 40ha bãi bồi làm công viên. Phương án đã được báo cáo ông Lê Văn Bình - Giám đốc Sở Xây dựng. ' +
        'Ông có lo người dân phản đối không? KTS. Khang: Có, nên chúng tôi đối thoại ở từng khu phố.',
    ),
    pairs: [
      { question: 'đồ án có gì mới', answers: ['Chúng tôi giữ lại 40ha bãi bồi làm công viên. Phương án đã được báo cáo ông Lê Văn Bình - Giám đốc Sở Xây dựng.'] },
      { question: 'Ông có lo người dân phản đối không', answers: ['Có, nên chúng tôi đối thoại'] },
    ],
  },
  {
    name: 'a doctor introduced by the grade of a specialist (BS.CKII) answers under the initials of his name',
    text: article(
      'Bác sĩ trả lời về tiêm chủng',
      'Sau đợt thiếu vắc xin, tỷ lệ tiêm chủng của huyện đã phục hồi. BS.CKII Đào Văn Lợi, Giám đốc Trung tâm Y tế huyện Hòa Lạc, trao đổi về các giải pháp.',
      'PV: Thưa bác sĩ, còn bệnh sởi thì sao? Tháng trước, một ca bệnh ở xã Tân Lập khiến nhiều phụ huynh lo lắng.',
      'ĐVL: Đó là một ca ở bé gái 3 tuổi chưa tiêm đủ mũi. Chúng tôi đã khoanh vùng ngay trong ngày.',
      'PV: Kế hoạch năm tới của trung tâm là gì?',
      'Ông Lợi: Chúng tôi sẽ tiêm vét cho toàn bộ trẻ trong độ tuổi.',
    ),
    pairs: [
      { question: 'còn bệnh sởi thì sao? Tháng trước, một ca bệnh', answers: ['Đó là một ca ở bé gái'] },
      { question: 'Kế hoạch năm tới', answers: ['Chúng tôi sẽ tiêm vét'] },
    ],
  },
  {
    name: 'collapsed: a photo\'s credit run into the start of the question after it is cut off the question, as off its end',
    text: article(
      TITLE,
      'Ông Lê Quang Hòa, Giám đốc Hợp tác xã Tân Phú, trao đổi với phóng viên. PV: Vụ lúa năm nay ra sao, thưa ông? Ông Lê Quang Hòa: Chúng tôi được mùa lớn. ' +
        'Giá bán cũng cao hơn năm trước. Ông Hòa (giữa) kiểm tra kho lạnh của hợp tác xã. Ảnh: Minh Châu Ông vừa nhắc tới kho lạnh, vậy vốn xây kho lấy ở đâu Ông Hòa: Hợp tác xã vay ngân hàng 2 tỷ đồng.',
    ),
    pairs: [
      { question: 'Vụ lúa năm nay ra sao', answers: ['Chúng tôi được mùa lớn'] },
      { question: 'Ông vừa nhắc tới kho lạnh, vậy vốn xây kho lấy ở đâu', answers: ['Hợp tác xã vay ngân hàng'] },
    ],
    notInAnswers: ['Minh Châu'],
  },
  {
    name: 'collapsed: a title and a name the text never taught, in mid-sentence before a colon, is no label',
    text: article(
      TITLE,
      'Ông Lê Quang Hòa, Giám đốc Hợp tác xã Tân Phú, trao đổi với phóng viên. PV: Vụ lúa năm nay ra sao, thưa ông? Ông Lê Quang Hòa: Chúng tôi được mùa lớn. ' +
        'Xã viên vẫn nhắc lời dặn của Ông Tư: Cứ giữ ruộng thì còn đường sống.',
    ),
    pairs: [{ question: 'Vụ lúa năm nay ra sao', answers: ['Chúng tôi được mùa lớn. Xã viên vẫn nhắc lời dặn của Ông Tư: Cứ giữ ruộng'] }],
  },
  {
    name: 'collapsed: an answer with no first person between two labels of one speaker, the question that ends it the interviewer\'s',
    text: article(
      TITLE,
      'Bà Lê Thu Hà, Phó Giám đốc Bảo hiểm xã hội tỉnh, đã trao đổi với phóng viên về vụ việc. Thưa bà, vụ việc được phát hiện ra sao? Bà Lê Thu Hà: Từ tháng 5, phòng giám định thấy số hồ sơ tăng bất thường. ' +
        'Kết quả kiểm tra cho thấy điều gì, thưa bà? Bà Lê Thu Hà: Đoàn làm việc trong hai tuần. Nhiều hồ sơ được lập cho người không đến khám. ' +
        'Việc thu hồi tiền được tiến hành ra sao, thưa bà? Bà Lê Thu Hà: Đến nay quỹ đã thu hồi được một nửa.',
    ),
    pairs: [
      { question: 'vụ việc được phát hiện ra sao', answers: ['Từ tháng 5, phòng giám định'] },
      { question: 'Kết quả kiểm tra cho thấy điều gì', answers: ['Đoàn làm việc trong hai tuần'] },
      { question: 'Việc thu hồi tiền được tiến hành ra sao', answers: ['Đến nay quỹ đã thu hồi'] },
    ],
    notInAnswers: ['tiến hành ra sao'],
  },
  {
    name: 'collapsed: a speaker\'s own question before another speaker\'s label, addressed to nobody, stays in his answer',
    text: article(
      TITLE,
      'PV: Thưa ông, giá lúa năm nay ra sao? Ông Lê Quang Hòa: Giá tăng nhẹ. Nhưng ai sẽ lo chi phí phân bón? Bà Trần Thu Hà: Chúng tôi đang tính chuyện mua chung.',
    ),
    pairs: [{ question: 'giá lúa năm nay', answers: ['Giá tăng nhẹ. Nhưng ai sẽ lo chi phí phân bón?', 'Chúng tôi đang tính chuyện mua chung'] }],
  },
  {
    name: 'collapsed: with no speaker label, what follows the question is the answer',
    text: article(
      TITLE,
      'PV: Ông nghĩ sao về vụ mùa năm nay? Tôi nghĩ vụ này sẽ được mùa. PV: Còn giá bán thì sao, thưa ông? Tôi mong giá giữ được như năm ngoái.',
    ),
    pairs: [
      { question: 'vụ mùa năm nay', answers: ['Tôi nghĩ vụ này'] },
      { question: 'Còn giá bán thì sao', answers: ['Tôi mong giá giữ'] },
    ],
  },
  {
    name: 'collapsed: a question that says thưa ông takes the sentences after it, in the first person or not',
    text: article(
      TITLE,
      'Thưa ông, vụ mùa năm nay ra sao? Chúng tôi được mùa lớn. Đâu là khó khăn lớn nhất hiện nay, thưa ông? Giá phân bón tăng cao. Nhiều hộ phải vay thêm vốn. Ông kỳ vọng gì trong năm tới? Tôi mong giá lúa ổn định.',
    ),
    pairs: [
      { question: 'vụ mùa năm nay', answers: ['Chúng tôi được mùa'] },
      { question: 'Đâu là khó khăn lớn nhất', answers: ['Giá phân bón tăng cao. Nhiều hộ phải vay'] },
      { question: 'Ông kỳ vọng gì', answers: ['Tôi mong giá lúa'] },
    ],
  },
  {
    name: 'collapsed: past the first question, a question to the interviewee takes the text after it as its answer',
    text: article(
      TITLE,
      LEAD,
      'Thưa ông, vụ lúa năm nay ra sao? Chúng tôi được mùa lớn. Ông có thể nói thêm về đầu ra cho lúa như thế nào? Thương lái thu mua ngay tại ruộng. Giá ổn định hơn năm ngoái.',
      'Trong bối cảnh giá vật tư tăng, hợp tác xã đã chuẩn bị những gì? Xã viên góp vốn mua phân bón chung. Ông kỳ vọng gì trong năm tới? Tôi mong giá lúa giữ ổn định.',
      'Xin cảm ơn ông!',
    ),
    pairs: [
      { question: 'vụ lúa năm nay', answers: ['Chúng tôi được mùa'] },
      { question: 'đầu ra cho lúa', answers: ['Thương lái thu mua'] },
      { question: 'Trong bối cảnh giá vật tư tăng', answers: ['Xã viên góp vốn'] },
      { question: 'Ông kỳ vọng gì', answers: ['Tôi mong giá lúa'] },
    ],
  },
  {
    name: 'collapsed: a setting that opens by calling the interviewee (Thưa giám đốc, ...) belongs to the question after it',
    text: article(
      TITLE,
      'Phóng viên đã trò chuyện với bà Lê Thu Hằng, Giám đốc Trung tâm Xúc tiến thương mại. Thưa giám đốc, hội chợ năm nay thu hút nhiều doanh nghiệp hơn mọi năm. Bà đánh giá thế nào về kết quả này? Chúng tôi rất vui vì lượng khách tăng mạnh. Thưa bà, năm tới trung tâm có kế hoạch gì? Chúng tôi sẽ mở thêm hai hội chợ ở miền Tây.',
    ),
    pairs: [
      { question: 'Thưa giám đốc, hội chợ năm nay thu hút nhiều doanh nghiệp hơn mọi năm. Bà đánh giá', answers: ['Chúng tôi rất vui'] },
      { question: 'Thưa bà, năm tới', answers: ['Chúng tôi sẽ mở thêm'] },
    ],
  },
  {
    name: 'collapsed: a rhetorical question in the lead, before the first question, stays in the lead',
    text: article(
      TITLE,
      'Làm sao để hạt gạo có giá hơn? Phóng viên đã trò chuyện với ông Lê Quang Hòa. Thưa ông, vụ lúa năm nay ra sao? Chúng tôi được mùa lớn. Ông kỳ vọng gì trong năm tới? Tôi mong giá lúa giữ ổn định.',
    ),
    pairs: [
      { question: 'vụ lúa năm nay', answers: ['Chúng tôi được mùa'] },
      { question: 'Ông kỳ vọng gì', answers: ['Tôi mong giá lúa'] },
    ],
  },
  {
    name: 'a caption closed by a bare credit between an answer and the next question, a titled officer\'s photo after the lead',
    text: article(
      'Cảnh giác với chiêu lừa qua điện thoại',
      'Phóng viên đã trao đổi với Trung tá Lê Minh Đức, Đội trưởng Đội Cảnh sát hình sự.',
      'Trung tá Lê Minh Đức trao đổi với phóng viên.',
      'Thủ đoạn phổ biến nhất hiện nay là gì, thưa ông?',
      'Phổ biến nhất là giả danh nhân viên ngân hàng để lấy mã xác thực.',
      'Chúng tôi đã ghi nhận hàng chục vụ như vậy từ đầu năm.',
      'Kẻ gian thường gọi điện vào giờ hành chính. Ảnh minh họa',
      'Khi thấy mình bị lộ mật khẩu, khách hàng nên làm gì?',
      'Khách hàng cần báo ngay cho ngân hàng để khóa tài khoản.',
      'Xin cảm ơn ông!',
    ),
    pairs: [
      { question: 'Thủ đoạn phổ biến nhất', answers: ['Phổ biến nhất là giả danh', 'Chúng tôi đã ghi nhận'] },
      { question: 'Khi thấy mình bị lộ mật khẩu', answers: ['Khách hàng cần báo ngay'] },
    ],
    kinds: { 2: 'caption', 6: 'caption', 7: 'question' },
  },
  {
    name: 'collapsed: the author\'s role note after the closing goes with the byline, not the last answer',
    text: article(
      TITLE,
      'Thưa ông, vụ lúa năm nay ra sao? Chúng tôi được mùa lớn. Ông kỳ vọng gì trong năm tới? Tôi mong giá lúa giữ ổn định. Xin cảm ơn ông! Minh Châu (thực hiện)',
    ),
    pairs: [
      { question: 'vụ lúa năm nay', answers: ['Chúng tôi được mùa'] },
      { question: 'Ông kỳ vọng gì', answers: ['Tôi mong giá lúa giữ ổn định.'] },
    ],
    notInAnswers: ['thực hiện', 'Minh Châu'],
  },
  {
    name: 'collapsed: a whole interview on the title\'s line, after its byline and the outlet\'s tag; a request to the interviewee takes the text after it',
    text:
      'Hợp tác xã vào vụ mới Thứ Hai, 07/10/2024 - 08:00 (NDO) - Phóng viên đã trò chuyện với ông Lê Quang Hòa, Giám đốc Hợp tác xã Tân Phú. ' +
      'Xin ông cho biết kết quả vụ lúa vừa qua? Năng suất bình quân đạt 7 tấn mỗi ha. Giá bán cao hơn năm trước. ' +
      'Thưa ông, có ý kiến lo ngại giá phân bón tăng, ông nói gì về điều này? Đó là thực tế. Hợp tác xã đã mua chung để giảm giá. ' +
      'Xin ông cho biết kế hoạch năm tới? Chúng tôi sẽ mở rộng vùng trồng. Xin cảm ơn ông! Minh Châu (thực hiện)',
    pairs: [
      { question: 'Xin ông cho biết kết quả vụ lúa', answers: ['Năng suất bình quân đạt'] },
      { question: 'có ý kiến lo ngại giá phân bón', answers: ['Đó là thực tế'] },
      { question: 'Xin ông cho biết kế hoạch năm tới', answers: ['Chúng tôi sẽ mở rộng vùng trồng.'] },
    ],
    notInAnswers: ['Phóng viên đã trò chuyện', 'Minh Châu', 'Xin cảm ơn'],
  },
  {
    name: 'collapsed: a request to the interviewee answered in the third person, then another question',
    text: article(
      TITLE,
      LEAD + ' Xin ông cho biết diện tích lúa năm nay? Toàn xã gieo cấy 500 ha. Giá lúa tăng so với năm ngoái. Ông kỳ vọng gì trong năm tới? Tôi mong giá lúa giữ ổn định.',
    ),
    pairs: [
      { question: 'Xin ông cho biết diện tích', answers: ['Toàn xã gieo cấy'] },
      { question: 'Ông kỳ vọng gì', answers: ['Tôi mong giá lúa'] },
    ],
  },
  {
    name: 'collapsed: in a dump with two questions found, a bare question after an answer, answered, is a question too',
    text: article(
      'Ngư dân Phù Mỹ bám biển',
      'Phóng viên đã trao đổi với ông Trần Văn Lộc, Chủ tịch Hội Nghề cá huyện Phù Mỹ. Thưa ông, mùa cá năm nay ra sao? Sản lượng cá ngừ đạt khoảng 900 tấn, cao hơn năm trước. Giá bán ổn định ở mức khá. Những khó khăn lớn nhất mà ngư dân đang gặp phải là gì? Giá dầu tăng làm chi phí mỗi chuyến biển đội lên. Nhiều tàu phải nằm bờ. Ông có lo ngại lớp ngư dân trẻ bỏ nghề? Tôi có lo, nhưng hội đã mở lớp dạy nghề. Sau khi cảng cá mới hoàn thành, việc tiêu thụ sẽ thay đổi ra sao? Cá sẽ được bán ngay tại cảng. Thương lái không còn ép giá. Xin cảm ơn ông!',
    ),
    pairs: [
      { question: 'Thưa ông, mùa cá năm nay ra sao?', answers: ['Sản lượng cá ngừ đạt'] },
      { question: 'Những khó khăn lớn nhất mà ngư dân', answers: ['Giá dầu tăng'] },
      { question: 'Ông có lo ngại lớp ngư dân trẻ', answers: ['Tôi có lo'] },
      { question: 'Sau khi cảng cá mới hoàn thành', answers: ['Cá sẽ được bán ngay tại cảng. Thương lái không còn ép giá.'] },
    ],
    notInAnswers: ['Những khó khăn lớn nhất', 'Sau khi cảng cá mới'],
  },
  {
    name: 'collapsed: one speaker label only, after the first question: the later questions, unlabelled, are cut out of its answer',
    text: article(
      'Hội chợ nông sản dời sang mùa thu',
      'Phóng viên đã trò chuyện với bà Lê Thu Hằng, Giám đốc Trung tâm Xúc tiến thương mại. Thưa bà, vì sao hội chợ năm nay dời sang tháng 10? Bà Lê Thu Hằng: Tháng 10 là mùa thu hoạch của nhiều loại nông sản. Các hợp tác xã có hàng để bán. Quy mô hội chợ năm nay ra sao, thưa bà? Hội chợ có 300 gian hàng của 12 tỉnh. Những mặt hàng nào sẽ được ưu tiên trưng bày tại khu trung tâm của hội chợ? Nông sản có chỉ dẫn địa lý được ưu tiên. Bà mong gì ở các doanh nghiệp bán lẻ? Tôi mong họ ký hợp đồng dài hạn với nông dân. Xin cảm ơn bà!',
    ),
    pairs: [
      { question: 'vì sao hội chợ năm nay dời', answers: ['Tháng 10 là mùa thu hoạch'] },
      { question: 'Quy mô hội chợ năm nay', answers: ['Hội chợ có 300 gian hàng'] },
      { question: 'Những mặt hàng nào sẽ được ưu tiên', answers: ['Nông sản có chỉ dẫn địa lý'] },
      { question: 'Bà mong gì ở các doanh nghiệp', answers: ['Tôi mong họ ký hợp đồng'] },
    ],
    notInAnswers: ['Quy mô hội chợ', 'Những mặt hàng nào', 'Bà mong gì', 'Xin cảm ơn'],
  },
  {
    name: 'collapsed: one speaker label only: the speaker\'s own questions in its answer (Vậy ...?, a short one, one answered by a reason) stay in it',
    text: article(
      'Hội chợ nông sản dời sang mùa thu',
      'Phóng viên đã trò chuyện với bà Lê Thu Hằng, Giám đốc Trung tâm Xúc tiến thương mại. Thưa bà, vì sao hội chợ năm nay dời sang tháng 10? Bà Lê Thu Hằng: Tháng 10 là mùa thu hoạch của nhiều loại nông sản. Vậy làm sao để nông sản của tỉnh đến được với người mua ở xa? Chúng tôi mời thêm các nhà bán lẻ lớn. Giá có cao không? Không cao. Vì sao nhiều hợp tác xã chưa muốn bán hàng qua các sàn thương mại điện tử? Bởi họ chưa quen đóng gói và giao hàng. Bà kỳ vọng gì ở hội chợ năm nay? Tôi mong mỗi hợp tác xã ký được một hợp đồng.',
    ),
    pairs: [
      { question: 'vì sao hội chợ năm nay dời', answers: ['Tháng 10 là mùa thu hoạch của nhiều loại nông sản. Vậy làm sao để nông sản của tỉnh đến được với người mua ở xa? Chúng tôi mời thêm các nhà bán lẻ lớn. Giá có cao không? Không cao. Vì sao nhiều hợp tác xã chưa muốn'] },
      { question: 'Bà kỳ vọng gì ở hội chợ', answers: ['Tôi mong mỗi hợp tác xã'] },
    ],
  },
  {
    name: 'collapsed: a bare question the speaker answers himself with a reason (Bởi ...) stays in his answer',
    text: article(
      'Ngư dân Phù Mỹ bám biển',
      'Phóng viên đã trao đổi với ông Trần Văn Lộc, Chủ tịch Hội Nghề cá huyện Phù Mỹ. Thưa ông, mùa cá năm nay ra sao? Sản lượng cá ngừ đạt khoảng 900 tấn, cao hơn năm trước. Giá bán ổn định ở mức khá. Giá cá xuống thấp trong suốt mấy tháng liền là do đâu? Bởi thương lái ép giá khi tàu về đông. Ông có lo ngại lớp ngư dân trẻ bỏ nghề? Tôi có lo, nhưng hội đã mở lớp dạy nghề.',
    ),
    pairs: [
      { question: 'Thưa ông, mùa cá năm nay ra sao?', answers: ['Giá cá xuống thấp trong suốt mấy tháng liền là do đâu? Bởi thương lái'] },
      { question: 'Ông có lo ngại lớp ngư dân trẻ', answers: ['Tôi có lo'] },
    ],
  },
  {
    name: 'collapsed: a bare question that opens as the speaker musing (Vậy ..., Liệu ...) stays in his answer',
    text: article(
      'Ngư dân Phù Mỹ bám biển',
      'Phóng viên đã trao đổi với ông Trần Văn Lộc, Chủ tịch Hội Nghề cá huyện Phù Mỹ. Thưa ông, mùa cá năm nay ra sao? Sản lượng cá ngừ đạt khoảng 900 tấn, cao hơn năm trước. Giá bán ổn định ở mức khá. Vậy lối ra lâu dài cho nghề cá ở địa phương là gì? Ngư dân phải liên kết thành tổ đội. Ông có lo ngại lớp ngư dân trẻ bỏ nghề? Có. Liệu những con tàu vỏ gỗ cũ có còn trụ được lâu nữa? Hội đang vận động bà con đóng tàu vỏ thép.',
    ),
    pairs: [
      { question: 'Thưa ông, mùa cá năm nay ra sao?', answers: ['Vậy lối ra lâu dài cho nghề cá ở địa phương là gì? Ngư dân phải'] },
      { question: 'Ông có lo ngại lớp ngư dân trẻ', answers: ['Có. Liệu những con tàu vỏ gỗ cũ có còn trụ được lâu nữa? Hội đang'] },
    ],
  },
  {
    name: 'collapsed: a bare why-question after an answer (Vì sao ...?, Tại sao ...?), answered by its cause, is a question too',
    text: article(
      'Cà phê Tây Nguyên vào vụ mới',
      'Phóng viên đã trò chuyện với bà Nguyễn Thị Hạnh, Phó Giám đốc Sở Nông nghiệp tỉnh Đắk Lắk. Thưa bà, vụ cà phê năm nay có được mùa không? Sản lượng toàn tỉnh ước đạt 520.000 tấn, tăng nhẹ so với năm ngoái. Giá cà phê nhân đang ở mức cao. Vì sao nhiều nông hộ vẫn chưa mặn mà với việc trồng tái canh vườn cây già cỗi? Nguyên nhân lớn nhất là chi phí tái canh mỗi héc ta rất cao. Cây giống tốt lại khan hiếm. Tại sao diện tích cà phê có chứng nhận bền vững vẫn còn ít như hiện nay? Phần lớn nông hộ chưa ghi chép nhật ký canh tác. Bà có kiến nghị gì với các ngân hàng? Tôi mong các ngân hàng cho vay dài hạn hơn.',
    ),
    pairs: [
      { question: 'Thưa bà, vụ cà phê năm nay', answers: ['Sản lượng toàn tỉnh ước đạt 520.000 tấn, tăng nhẹ so với năm ngoái. Giá cà phê nhân đang ở mức cao.'] },
      { question: 'Vì sao nhiều nông hộ vẫn chưa mặn mà', answers: ['Nguyên nhân lớn nhất'] },
      { question: 'Tại sao diện tích cà phê có chứng nhận', answers: ['Phần lớn nông hộ chưa ghi chép'] },
      { question: 'Bà có kiến nghị gì', answers: ['Tôi mong các ngân hàng'] },
    ],
    notInAnswers: ['Vì sao nhiều nông hộ', 'Tại sao diện tích'],
  },
  {
    name: 'collapsed: a why-question the speaker answers himself (Tại sao ...? Vì ...), or a short one (Vì sao lại như vậy?), stays in his answer',
    text: article(
      'Cà phê Tây Nguyên vào vụ mới',
      'Phóng viên đã trò chuyện với bà Nguyễn Thị Hạnh, Phó Giám đốc Sở Nông nghiệp tỉnh Đắk Lắk. Thưa bà, vụ cà phê năm nay có được mùa không? Sản lượng toàn tỉnh ước đạt 520.000 tấn. Nhiều thanh niên trong vùng vẫn bỏ vườn đi làm xa. Tại sao lớp trẻ lại rời bỏ những vườn cà phê của cha ông? Vì thu nhập từ vườn chưa đủ sống. Bà có kiến nghị gì với các ngân hàng? Tôi mong các ngân hàng cho vay dài hạn hơn. Giá cà phê lên cao mà nông hộ vẫn thiếu vốn. Vì sao lại như vậy? Phần lớn nông hộ không có tài sản thế chấp.',
    ),
    pairs: [
      { question: 'Thưa bà, vụ cà phê năm nay', answers: ['Tại sao lớp trẻ lại rời bỏ những vườn cà phê của cha ông? Vì thu nhập'] },
      { question: 'Bà có kiến nghị gì', answers: ['Vì sao lại như vậy? Phần lớn nông hộ'] },
    ],
  },
  {
    name: 'collapsed: statements that open a line before a question to the interviewee are the question\'s setting',
    text: article(
      'Cà phê Tây Nguyên vào vụ mới',
      'Phóng viên đã trò chuyện với bà Nguyễn Thị Hạnh, Phó Giám đốc Sở Nông nghiệp tỉnh Đắk Lắk. Thưa bà, vụ cà phê năm nay có được mùa không? Sản lượng toàn tỉnh ước đạt 520.000 tấn. Bà có lo giá sẽ giảm trong năm tới không? Tôi nghĩ giá sẽ còn đứng ở mức cao.',
      'Thị trường Nhật Bản đang siết chặt quy định về dư lượng thuốc trừ sâu. Doanh nghiệp trong tỉnh cần làm gì, thưa bà? Trước hết phải có vùng trồng được cấp mã số.',
      'Nhiều nông hộ đã chuyển sang trồng sầu riêng xen canh. Một số vườn bỏ hẳn cà phê. Xu hướng này có đáng lo không, thưa bà? Tôi cho rằng xen canh hợp lý sẽ giúp nông hộ giảm rủi ro.',
    ),
    pairs: [
      { question: 'Thưa bà, vụ cà phê năm nay', answers: ['Sản lượng toàn tỉnh'] },
      { question: 'Bà có lo giá sẽ giảm', answers: ['Tôi nghĩ giá sẽ còn'] },
      { question: 'Thị trường Nhật Bản đang siết chặt quy định về dư lượng thuốc trừ sâu. Doanh nghiệp trong tỉnh cần làm gì, thưa bà?', answers: ['Trước hết phải có vùng trồng'] },
      { question: 'Nhiều nông hộ đã chuyển sang trồng sầu riêng xen canh. Một số vườn bỏ hẳn cà phê. Xu hướng này', answers: ['Tôi cho rằng xen canh'] },
    ],
    notInAnswers: ['Thị trường Nhật Bản', 'Nhiều nông hộ đã chuyển'],
  },
  {
    name: 'collapsed: a line that opens in the first person, or with three statements, before a question keeps them in the answer',
    text: article(
      'Cà phê Tây Nguyên vào vụ mới',
      'Phóng viên đã trò chuyện với bà Nguyễn Thị Hạnh, Phó Giám đốc Sở Nông nghiệp tỉnh Đắk Lắk. Thưa bà, vụ cà phê năm nay có được mùa không? Sản lượng toàn tỉnh ước đạt 520.000 tấn. Bà có lo giá sẽ giảm trong năm tới không? Tôi nghĩ giá sẽ còn đứng ở mức cao.',
      'Chúng tôi cũng đã làm việc với các nhà rang xay lớn. Doanh nghiệp trong tỉnh cần làm gì, thưa bà? Trước hết phải có vùng trồng được cấp mã số.',
      'Giá phân bón đã giảm. Giá nhân công thì tăng. Mưa đến sớm hơn mọi năm. Nông hộ cần chuẩn bị gì cho vụ tới, thưa bà? Cần tỉa cành và bón phân đúng lúc.',
    ),
    pairs: [
      { question: 'Thưa bà, vụ cà phê năm nay', answers: ['Sản lượng toàn tỉnh'] },
      { question: 'Bà có lo giá sẽ giảm', answers: ['Tôi nghĩ giá sẽ còn', 'Chúng tôi cũng đã làm việc'] },
      { question: 'Doanh nghiệp trong tỉnh cần làm gì, thưa bà?', answers: ['Trước hết phải có vùng trồng', 'Giá phân bón đã giảm. Giá nhân công thì tăng. Mưa đến sớm hơn mọi năm.'] },
      { question: 'Nông hộ cần chuẩn bị gì', answers: ['Cần tỉa cành'] },
    ],
  },
  {
    name: 'collapsed: a quoted question and a question of a few words (Biển giờ ra sao?) stay in the answer',
    text: article(
      'Ngư dân Phù Mỹ bám biển',
      'Phóng viên đã trao đổi với ông Trần Văn Lộc, Chủ tịch Hội Nghề cá huyện Phù Mỹ. Thưa ông, mùa cá năm nay ra sao? Sản lượng cá ngừ đạt khoảng 900 tấn, cao hơn năm trước. Giá bán ổn định ở mức khá. Bà con vẫn hỏi nhau “bao giờ giá cá mới tăng trở lại như những năm trước?”. Chưa ai trả lời được. Ông có lo ngại lớp ngư dân trẻ bỏ nghề? Có. Nhiều thanh niên lên phố làm công nhân. Biển giờ ra sao? Biển vẫn nhiều cá.',
    ),
    pairs: [
      { question: 'Thưa ông, mùa cá năm nay ra sao?', answers: ['Bà con vẫn hỏi nhau “bao giờ giá cá mới tăng trở lại như những năm trước?”. Chưa ai'] },
      { question: 'Ông có lo ngại lớp ngư dân trẻ', answers: ['Nhiều thanh niên lên phố làm công nhân. Biển giờ ra sao? Biển vẫn'] },
    ],
  },
  {
    name: 'collapsed: a report with one bare question and no question to anyone has no pairs',
    text: article(
      'Ngư dân Phù Mỹ bám biển',
      'Mùa cá năm nay, sản lượng cá ngừ của huyện Phù Mỹ đạt khoảng 900 tấn. Những khó khăn lớn nhất mà ngư dân đang gặp phải là gì? Giá dầu tăng làm chi phí mỗi chuyến biển đội lên. Nhiều tàu phải nằm bờ. Hội Nghề cá huyện đang kiến nghị hỗ trợ.',
    ),
    pairs: [],
  },
  {
    name: 'collapsed: a report that quotes a request to an official has no pairs',
    text: article(
      'Cử tri chất vấn về đường liên xã',
      'Tại buổi tiếp xúc, một cử tri nói: “Xin ông cho biết bao giờ đường được sửa?” Đại diện huyện cho biết việc sửa đường sẽ xong trong năm nay. Nhiều hộ dân vẫn chờ.',
    ),
    pairs: [],
  },
  {
    name: 'collapsed: a report quoting a question that says thưa ông has no pairs',
    text: article(
      'Cử tri chất vấn về dự án treo',
      'Tại buổi tiếp xúc, một cử tri hỏi: “Dự án bao giờ xong, thưa ông?” Đại diện huyện cho biết dự án sẽ hoàn thành trong năm nay. Nhiều hộ dân vẫn chưa nhận tiền bồi thường.',
    ),
    pairs: [],
  },
  {
    name: 'collapsed: a caption in the middle of an answer is cut out, the answer goes on around it',
    text: article(
      TITLE,
      'PV: Năm qua hợp tác xã làm được gì, thưa ông? Ông Hòa: Chúng tôi mở rộng thêm 50 ha lúa. Ông Lê Quang Hòa trên cánh đồng Tân Phú. ' +
        'Ảnh: Minh Châu. Thu nhập của xã viên vì thế tăng rõ. PV: Năm nay thì sao? Ông Hòa: Chúng tôi tập trung vào chế biến. ' +
        'Cánh đồng mẫu lớn của hợp tác xã (Ảnh: TTXVN). PV: Xin cảm ơn ông!',
    ),
    pairs: [
      { question: 'Năm qua hợp tác xã làm được gì', answers: ['Chúng tôi mở rộng', 'Thu nhập của xã viên'] },
      { question: 'Năm nay thì sao', answers: ['Chúng tôi tập trung vào chế biến'] },
    ],
    notInAnswers: ['Ảnh', 'trên cánh đồng Tân Phú', 'Cánh đồng mẫu lớn'],
  },
  {
    name: 'collapsed: a caption that places people in the photo, or describes the scene, goes with its credit',
    text: article(
      TITLE,
      'PV: Hợp tác xã liên kết với ai, thưa ông? Ông Hòa: Chúng tôi ký hợp đồng với ba doanh nghiệp. Lãnh đạo xã (giữa) thăm cánh đồng mẫu. ' +
        'Ảnh: Minh Châu. Giá thu mua ổn định trong ba năm. PV: Còn kế hoạch năm nay? Ông Hòa: Chúng tôi mở thêm xưởng sấy. ' +
        'Quang cảnh lễ khởi công xưởng sấy. Ảnh: TTXVN. Xưởng sẽ chạy thử vào tháng 9.',
    ),
    pairs: [
      { question: 'Hợp tác xã liên kết với ai', answers: ['Chúng tôi ký hợp đồng', 'Giá thu mua ổn định'] },
      { question: 'Còn kế hoạch năm nay', answers: ['Chúng tôi mở thêm xưởng sấy', 'Xưởng sẽ chạy thử'] },
    ],
    notInAnswers: ['Ảnh', '(giữa)', 'Quang cảnh'],
  },
  {
    name: 'collapsed: a credit after an answer sentence that names nobody cuts the credit alone',
    text: article(
      TITLE,
      'PV: Năng suất lúa năm nay ra sao, thưa ông? Ông Hòa: Chúng tôi thu hoạch sớm. Năng suất đạt 7 tấn mỗi ha. Ảnh: Minh Châu. ' +
        'PV: Còn giá bán? Ông Hòa: Giá cao hơn năm ngoái.',
    ),
    pairs: [
      { question: 'Năng suất lúa năm nay', answers: ['Năng suất đạt 7 tấn mỗi ha'] },
      { question: 'Còn giá bán', answers: ['Giá cao hơn'] },
    ],
    notInAnswers: ['Ảnh: Minh Châu'],
  },
  {
    name: 'a question over two paragraphs: a context paragraph that speaks to the interviewee, then the question',
    text: article(
      TITLE, LEAD,
      'Hợp tác xã đã làm được những gì trong năm qua?',
      'Chúng tôi mở rộng thêm 50 ha lúa chất lượng cao.',
      'Năm ngoái, ông vừa được giao phụ trách thêm mảng xuất khẩu.',
      'Áp lực lớn nhất lúc này là gì?',
      'Áp lực lớn nhất là giữ được chất lượng đồng đều.',
    ),
    pairs: [
      { question: 'Hợp tác xã đã làm được', answers: ['Chúng tôi mở rộng'] },
      { question: 'Năm ngoái, ông vừa được giao phụ trách thêm mảng xuất khẩu.\nÁp lực lớn nhất lúc này', answers: ['Áp lực lớn nhất là giữ'] },
    ],
    kinds: { 4: 'question', 5: 'question', 6: 'answer' },
  },
  {
    name: 'an answer paragraph that speaks of others, not to the interviewee, stays in the answer before the next question',
    text: article(
      TITLE, LEAD,
      'Vụ lúa năm nay ra sao, thưa ông?',
      'Chúng tôi thu hoạch sớm hơn mọi năm.',
      'Bà con trong xã đều phấn khởi vì được giá.',
      'Ông Nguyễn Văn Bình, trưởng thôn, cũng mở rộng thêm ruộng.',
      'Còn khó khăn thì sao?',
      'Khó nhất vẫn là thiếu nhân công lúc thu hoạch.',
    ),
    pairs: [
      { question: 'Vụ lúa năm nay ra sao', answers: ['Chúng tôi thu hoạch sớm', 'Bà con trong xã', 'Ông Nguyễn Văn Bình'] },
      { question: 'Còn khó khăn thì sao', answers: ['Khó nhất vẫn là'] },
    ],
  },
  {
    name: 'a context paragraph right after the question is its answer, not more of the next question',
    text: article(
      TITLE, LEAD,
      'Hợp tác xã có những thuận lợi gì?',
      'Ông biết đấy, đất ở đây rất tốt.',
      'Vậy còn khó khăn?',
      'Khó nhất là thiếu vốn.',
    ),
    pairs: [
      { question: 'Hợp tác xã có những thuận lợi', answers: ['Ông biết đấy'] },
      { question: 'Vậy còn khó khăn', answers: ['Khó nhất là thiếu vốn'] },
    ],
  },
  {
    name: 'labels: an unlabelled paragraph between PV: and the speaker label is the interviewer\'s',
    text: article(
      TITLE, LEAD,
      'PV: Năm ngoái, hợp tác xã xuất khẩu được 200 tấn gạo.',
      'Năm nay ông đặt mục tiêu bao nhiêu?',
      'Ông Hòa: Chúng tôi đặt mục tiêu 300 tấn.',
      'PV: Thị trường nào được ưu tiên?',
      'Ông Hòa: Châu Âu vẫn là thị trường chính.',
      'Chúng tôi cũng đang thử sang Nhật Bản.',
    ),
    pairs: [
      { question: 'Năm nay ông đặt mục tiêu bao nhiêu', answers: ['Chúng tôi đặt mục tiêu 300 tấn'] },
      { question: 'Thị trường nào được ưu tiên', answers: ['Châu Âu vẫn là', 'Chúng tôi cũng đang thử'] },
    ],
    kinds: { 2: 'question', 3: 'question', 4: 'answer' },
    notInAnswers: ['200 tấn'],
  },
  {
    name: 'labels: a question paragraph with its PV: left out, after an answer and right before the speaker label, is a question',
    text: article(
      TITLE, LEAD,
      'PV: Vụ lúa vừa qua hợp tác xã làm ăn ra sao?',
      'Ông Hòa: Chúng tôi thu được 7 tấn mỗi ha.',
      'Giá bán cũng cao hơn năm ngoái.',
      'Để giữ được giá trong năm tới, hợp tác xã cần làm gì, thưa ông?',
      'Ông Hòa: Chúng tôi sẽ ký hợp đồng bao tiêu với doanh nghiệp.',
    ),
    pairs: [
      { question: 'Vụ lúa vừa qua', answers: ['Chúng tôi thu được 7 tấn', 'Giá bán cũng cao hơn'] },
      { question: 'Để giữ được giá trong năm tới', answers: ['Chúng tôi sẽ ký hợp đồng'] },
    ],
    kinds: { 5: 'question', 6: 'answer' },
    notInAnswers: ['Để giữ được giá'],
  },
  {
    name: 'labels: a question in an answer that the speaker answers himself, no label after it, stays his answer',
    text: article(
      TITLE, LEAD,
      'PV: Vụ lúa vừa qua hợp tác xã làm ăn ra sao?',
      'Ông Hòa: Chúng tôi thu được 7 tấn mỗi ha.',
      'Ông hỏi vì sao năng suất cao như vậy?',
      'Nhờ giống mới và nước tưới đủ.',
      'PV: Năm tới hợp tác xã tính gì?',
      'Ông Hòa: Chúng tôi sẽ ký hợp đồng bao tiêu với doanh nghiệp.',
    ),
    pairs: [
      { question: 'Vụ lúa vừa qua', answers: ['Chúng tôi thu được 7 tấn', 'Ông hỏi vì sao', 'Nhờ giống mới'] },
      { question: 'Năm tới hợp tác xã tính gì', answers: ['Chúng tôi sẽ ký hợp đồng'] },
    ],
  },
  {
    name: 'labels: with no speaker labels, the paragraphs after PV: are the answer',
    text: article(
      TITLE, LEAD,
      'PV: Ông đánh giá thế nào về vụ lúa vừa qua?',
      'Vụ vừa qua được mùa, được giá.',
      'Chúng tôi đã bán hết lúa trong một tuần.',
      'PV: Còn kế hoạch năm nay?',
      'Năm nay chúng tôi tập trung vào chế biến.',
    ),
    pairs: [
      { question: 'Ông đánh giá thế nào', answers: ['Vụ vừa qua được mùa', 'Chúng tôi đã bán hết'] },
      { question: 'Còn kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
  },
  {
    name: 'a news report that quotes one question has no pairs',
    text: article(
      'Người dân chờ nước sạch', 'Nhiều hộ dân ở xã ven biển vẫn phải mua nước ngọt với giá cao.',
      'Bà Lê Thị Năm, một người dân trong xã, nói: “Bao giờ chúng tôi mới có nước máy?”',
      'Chính quyền xã cho biết dự án cấp nước sẽ khởi công trong quý tới.',
      'Theo kế hoạch, khoảng 800 hộ sẽ được dùng nước máy vào cuối năm.',
    ),
    pairs: [],
    kinds: { 1: 'lead', 2: 'body', 3: 'body' },
  },
  {
    name: 'the interviewer named by the outlet asks, the interviewee answers',
    text: article(
      'Đối thoại về giao thông đô thị', 'Ông Phạm Văn Bình, chuyên gia giao thông, trả lời phỏng vấn của báo.',
      'Đô Thị Mới: Thưa ông, vì sao ùn tắc ngày càng nặng?',
      'Ông Bình: Vì số xe cá nhân tăng nhanh hơn đường sá.',
      'Đô Thị Mới: Ông đề xuất giải pháp gì?',
      'Ông Bình: Tôi đề xuất ưu tiên xe buýt và đường sắt đô thị.',
    ),
    pairs: [
      { question: 'vì sao ùn tắc ngày càng nặng', answers: ['Vì số xe cá nhân tăng'] },
      { question: 'Ông đề xuất giải pháp gì', answers: ['Tôi đề xuất ưu tiên'] },
    ],
  },
  {
    name: 'an opinion piece asking its readers two questions has no pairs',
    text: article(
      'Đừng để trẻ em lớn lên cùng màn hình', 'Trẻ em ngày nay dành trung bình 5 giờ mỗi ngày trước màn hình.',
      'Vậy gia đình đang ở đâu trong câu chuyện này?',
      'Nhiều phụ huynh bận rộn đã giao điện thoại cho con như một cách giữ trẻ.',
      'Liệu nhà trường có thể thay thế vai trò ấy?',
      'Các chuyên gia cho rằng cần sự phối hợp của cả gia đình và nhà trường.',
    ),
    pairs: [],
  },
  {
    name: 'a paragraph that is a quoted question is no interviewer question',
    text: article(
      'Chờ đợi dự án treo', 'Dự án khu dân cư bị treo suốt mười năm.',
      '“Bao giờ dự án mới xong?”',
      'Đó là câu hỏi mà người dân đặt ra tại buổi tiếp xúc cử tri.',
      '“Ai sẽ bồi thường cho chúng tôi?”',
      'Đại diện huyện hứa sẽ trả lời bằng văn bản.',
    ),
    pairs: [],
  },
  {
    name: 'a report with one rhetorical question has no pairs',
    text: article(
      'Rác thải nhựa ở bãi biển', 'Lượng rác nhựa trên các bãi biển tăng mạnh sau kỳ nghỉ lễ.',
      'Vậy ai sẽ chịu trách nhiệm dọn dẹp?',
      'Ban quản lý khu du lịch đã huy động 50 công nhân thu gom rác trong ba ngày.',
    ),
    pairs: [],
  },
  {
    name: 'a Theo X, ... line and an author line close the interview without joining the answer',
    text: article(
      TITLE, LEAD,
      'Ông có lời khuyên gì cho người trẻ muốn làm nông?',
      'Hãy bắt đầu nhỏ và học từ những người đi trước.',
      'Ông mong muốn điều gì nhất trong năm nay?',
      'Tôi mong thời tiết thuận lợi để bà con được mùa.',
      'Trân trọng cảm ơn ông!',
      'Minh Châu (thực hiện)',
      'Theo Báo Nông thôn',
    ),
    pairs: [
      { question: 'lời khuyên gì cho người trẻ', answers: ['Hãy bắt đầu nhỏ'] },
      { question: 'mong muốn điều gì nhất', answers: ['Tôi mong thời tiết'] },
    ],
    kinds: { 6: 'closing', 7: 'byline', 8: 'attribution' },
  },
  {
    name: 'a reporter\'s sign-off alone (PV) on the last line before the source closes a report',
    text: article(
      'Hợp tác xã Tân Phú khai trương kho lạnh',
      'Sáng 3/4, Hợp tác xã Tân Phú khai trương kho lạnh đầu tiên của xã, sức chứa 200 tấn rau quả.',
      'Theo ông Lê Quang Hòa, Giám đốc hợp tác xã, kho lạnh giúp bà con giữ rau tươi thêm hai tuần.',
      'PV',
      'Theo Báo Nông thôn',
    ),
    pairs: [],
    kinds: { 3: 'closing', 4: 'attribution' },
  },
  {
    name: 'editor\'s notes on the article (a series, whose view it gives) close it, after the thanks or before the author',
    text: article(
      TITLE, LEAD,
      'Năm qua hợp tác xã đã làm được những gì, thưa ông?',
      'Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Kế hoạch năm nay của hợp tác xã ra sao?',
      'Năm nay chúng tôi tập trung vào khâu chế biến.',
      'Xin cảm ơn ông!',
      '(*) Bài viết thể hiện quan điểm riêng của người được phỏng vấn.',
      '* Bài viết nằm trong loạt bài về kinh tế tập thể ở Tây Nguyên.',
      'Minh Châu',
    ),
    pairs: [
      { question: 'Năm qua hợp tác xã', answers: ['Chúng tôi đã mở rộng'] },
      { question: 'Kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
    kinds: { 6: 'closing', 7: 'closing', 8: 'closing', 9: 'byline' },
  },
  {
    name: 'any short note the editor marks with a star closes a report (* Bài viết có sử dụng số liệu ...), as a note on the article does',
    text: article(
      'Hợp tác xã Tân Phú khai trương kho lạnh',
      'Sáng 3/4, Hợp tác xã Tân Phú khai trương kho lạnh đầu tiên của xã, sức chứa 200 tấn rau quả.',
      'Theo ông Lê Quang Hòa, Giám đốc hợp tác xã, kho lạnh giúp bà con giữ rau tươi thêm hai tuần.',
      '* Bài viết có sử dụng số liệu do Liên minh Hợp tác xã tỉnh cung cấp.',
      'Minh Châu',
    ),
    pairs: [],
    kinds: { 2: 'body', 3: 'closing', 4: 'byline' },
  },
  {
    name: 'not an editor\'s note: a starred fact that opens with its time and narrates, after the thanks',
    text: article(
      TITLE, LEAD,
      'Năm qua hợp tác xã đã làm được những gì, thưa ông?',
      'Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Kế hoạch năm nay của hợp tác xã ra sao?',
      'Năm nay chúng tôi tập trung vào khâu chế biến.',
      'Xin cảm ơn ông!',
      '* Từ năm 2015, hợp tác xã đã bán hơn 3.000 tấn gạo hữu cơ ra thị trường.',
      'Minh Châu',
    ),
    pairs: [
      { question: 'Năm qua hợp tác xã', answers: ['Chúng tôi đã mở rộng'] },
      { question: 'Kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
    kinds: { 6: 'closing', 7: 'body', 8: 'byline' },
  },
  {
    name: 'not an editor\'s note: the last items of a starred list that ends a report',
    text: article(
      'Hợp tác xã Tân Phú khai trương kho lạnh',
      'Sáng 3/4, Hợp tác xã Tân Phú khai trương kho lạnh đầu tiên của xã, sức chứa 200 tấn rau quả. Kho lạnh có ba khu:',
      '* Khu bảo quản rau lá ở nhiệt độ 2 độ C;',
      '* Khu bảo quản củ quả ở nhiệt độ 8 độ C.',
      'Minh Châu',
    ),
    pairs: [],
    kinds: { 2: 'body', 3: 'body', 4: 'byline' },
  },
  {
    name: 'not an editor\'s note: a note on the article with text after it, and a last paragraph about someone\'s post',
    text: article(
      'Hợp tác xã Tân Phú khai trương kho lạnh',
      'Sáng 3/4, Hợp tác xã Tân Phú khai trương kho lạnh đầu tiên của xã, sức chứa 200 tấn rau quả.',
      'Bài viết thuộc chuyên đề do hợp tác xã đặt hàng được đăng trên trang của xã.',
      'Theo ông Lê Quang Hòa, Giám đốc hợp tác xã, kho lạnh giúp bà con giữ rau tươi thêm hai tuần.',
      'Bài viết của ông Hòa trên mạng xã hội về kho lạnh đã nhận hàng nghìn lượt chia sẻ.',
    ),
    pairs: [],
    kinds: { 2: 'body', 4: 'body' },
  },
  {
    name: 'collapsed: a second speaker labelled with a bracket saying who he is answers after the first, a second part',
    text: article(
      TITLE,
      `${LEAD} PV: Vụ lúa năm nay ra sao, thưa ông? Ông Hòa: Chúng tôi được mùa, năng suất tăng khá. `
        + 'Ông Trần Văn Bình (xã viên, chủ 3 ha lúa ở thôn Phú Lộc): Nhà tôi thu được 7 tấn mỗi ha. '
        + 'PV: Hợp tác xã tính gì cho năm tới? Ông Hòa: Chúng tôi sẽ xây thêm một kho lạnh.',
    ),
    pairs: [
      { question: 'Vụ lúa năm nay ra sao', answers: ['Chúng tôi được mùa', 'Nhà tôi thu được'] },
      { question: 'Hợp tác xã tính gì', answers: ['Chúng tôi sẽ xây thêm'] },
    ],
    notInAnswers: ['chủ 3 ha lúa'],
  },
  {
    name: 'collapsed: a bracket after a name whose sentence goes on before its colon is no speaker\'s label',
    text: article(
      TITLE,
      `${LEAD} PV: Vụ lúa năm nay ra sao, thưa ông? Ông Hòa: Chúng tôi được mùa, năng suất tăng khá. `
        + 'Ông Trần Văn Bình (xã viên ở thôn Phú Lộc) kể với tôi: nhà ông thu được 7 tấn mỗi ha. '
        + 'PV: Hợp tác xã tính gì cho năm tới? Ông Hòa: Chúng tôi sẽ xây thêm một kho lạnh.',
    ),
    pairs: [
      { question: 'Vụ lúa năm nay ra sao', answers: ['Chúng tôi được mùa'] },
      { question: 'Hợp tác xã tính gì', answers: ['Chúng tôi sẽ xây thêm'] },
    ],
  },
  {
    name: 'collapsed: an outro on its own line after the thanks that end the last answer is the article\'s closing, no answer',
    text: article(
      TITLE,
      `${LEAD} PV: Vụ lúa năm nay ra sao, thưa ông? Ông Hòa: Chúng tôi được mùa, năng suất tăng khá. `
        + 'PV: Hợp tác xã tính gì cho năm tới? Ông Hòa: Chúng tôi sẽ xây thêm một kho lạnh. Xin cảm ơn ông!',
      'Dự kiến tháng sau, hợp tác xã sẽ khởi công kho lạnh trên diện tích 500 m2.',
      'Theo Báo Nông thôn',
    ),
    pairs: [
      { question: 'Vụ lúa năm nay ra sao', answers: ['Chúng tôi được mùa'] },
      { question: 'Hợp tác xã tính gì', answers: ['Chúng tôi sẽ xây thêm'] },
    ],
    kinds: { 2: 'closing' },
    notInAnswers: ['khởi công kho lạnh', 'Xin cảm ơn ông'],
  },
  {
    name: 'collapsed: with no thanks ending the last answer, the line after it is still the answer\'s',
    text: article(
      TITLE,
      `${LEAD} PV: Vụ lúa năm nay ra sao, thưa ông? Ông Hòa: Chúng tôi được mùa, năng suất tăng khá. `
        + 'PV: Hợp tác xã tính gì cho năm tới? Ông Hòa: Chúng tôi sẽ xây thêm một kho lạnh.',
      'Kho lạnh sẽ giúp bà con giữ rau quả tươi lâu hơn để bán được giá.',
    ),
    pairs: [
      { question: 'Vụ lúa năm nay ra sao', answers: ['Chúng tôi được mùa'] },
      { question: 'Hợp tác xã tính gì', answers: ['Chúng tôi sẽ xây thêm', 'Kho lạnh sẽ giúp bà con'] },
    ],
    kinds: { 2: 'answer' },
  },
  {
    name: 'an author and a Theo X source closing a dump run into one line stay out of the last answer, the cue too',
    text: article(
      TITLE,
      `${LEAD} Thưa ông, vụ lúa năm nay được mùa không? Năng suất đạt khoảng 6,5 tấn mỗi héc-ta, cao hơn năm ngoái. `
        + 'Ông có kiến nghị gì với ngành nông nghiệp tỉnh? Tôi mong có thêm kho lạnh cho bà con gửi nông sản. '
        + 'Xin cảm ơn ông! Minh Châu Theo Báo Nông thôn',
    ),
    pairs: [
      { question: 'vụ lúa năm nay được mùa không', answers: ['Năng suất đạt khoảng'] },
      { question: 'kiến nghị gì với ngành nông nghiệp', answers: ['Tôi mong có thêm kho lạnh'] },
    ],
  },
  {
    name: 'a labelled interview: an unlabelled short question about a body, before the speaker label, is a question',
    text: article(
      TITLE, LEAD,
      'PV: Năm qua hợp tác xã đã làm được những gì, thưa ông?',
      'Ông Lê Quang Hòa: Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Thu nhập của xã viên nhờ đó tăng khá rõ.',
      'Thời gian tới, hợp tác xã cần tỉnh hỗ trợ những gì?',
      'Ông Lê Quang Hòa: Chúng tôi mong có thêm vốn vay để xây kho lạnh.',
      'PV: Xin cảm ơn ông!',
    ),
    pairs: [
      { question: 'Năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Thu nhập của xã viên'] },
      { question: 'cần tỉnh hỗ trợ những gì', answers: ['Chúng tôi mong có thêm vốn vay'] },
    ],
  },
  {
    name: 'a labelled interview: before the speaker label, a question with its mark left out or with context after its question mark is a question',
    text: article(
      TITLE, LEAD,
      'PV: Năm qua hợp tác xã đã làm được những gì, thưa ông?',
      'Ông Lê Quang Hòa: Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Thu nhập của xã viên nhờ đó tăng khá rõ.',
      'Còn chuyện đầu ra thì sao, thưa ông? Nghe nói giá lúa năm nay xuống thấp.',
      'Ông Hòa: Đúng vậy, chúng tôi phải tìm thêm doanh nghiệp bao tiêu.',
      'Giá lúa thấp như vậy, xã viên có muốn bỏ ruộng không. Hay vẫn bám ruộng',
      'Ông Hòa: Phần lớn vẫn bám ruộng, vì đất là vốn liếng.',
      'Nhiều người lo giá phân bón còn tăng. Ông nghĩ sao',
      'Ông Hòa: Lo ngại đó có cơ sở, nên hợp tác xã mua phân theo mùa vụ.',
      'PV: Xin cảm ơn ông!',
    ),
    pairs: [
      { question: 'Năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Thu nhập của xã viên'] },
      { question: 'Còn chuyện đầu ra thì sao', answers: ['Đúng vậy, chúng tôi phải tìm'] },
      { question: 'xã viên có muốn bỏ ruộng không', answers: ['Phần lớn vẫn bám ruộng'] },
      { question: 'Ông nghĩ sao', answers: ['Lo ngại đó có cơ sở'] },
    ],
  },
  {
    name: 'answers labelled by the initials of the speaker the lead names, questions unlabelled and one unpunctuated; a related-article link no answer part',
    text: article(
      TITLE,
      'Nhân dịp đầu năm, phóng viên đã trò chuyện với anh Trần Minh Đức, Giám đốc Hợp tác xã Tân Phú.',
      'Vì sao một kỹ sư cơ khí lại về làm nông? Nhiều người nói nghề nông khó giàu.',
      'Trần Minh Đức: Nhà tôi có 2 ha chè. Tôi muốn làm cho bố mẹ đỡ vất vả.',
      'Máy hái chè của chúng tôi nay đã bán được 300 chiếc.',
      'Khách hàng đánh giá sản phẩm ra sao, thưa anh',
      'TMĐ: Phần lớn hài lòng, nhất là các hộ trồng chè đồi.',
      '>> Xem thêm: Phú Thọ có thêm 12 hợp tác xã chè đạt chuẩn',
      'Kế hoạch năm nay của anh là gì?',
      'TMĐ: Chúng tôi sẽ mở thêm một xưởng lắp ráp.',
      'Xin cảm ơn anh!',
    ),
    pairs: [
      { question: 'Vì sao một kỹ sư cơ khí', answers: ['Nhà tôi có 2 ha chè', 'Máy hái chè'] },
      { question: 'Khách hàng đánh giá sản phẩm ra sao', answers: ['Phần lớn hài lòng'] },
      { question: 'Kế hoạch năm nay', answers: ['Chúng tôi sẽ mở thêm'] },
    ],
    kinds: { 7: 'body' },
  },
  {
    name: 'a labelled interview: a paragraph between answers that addresses the interviewee with its mark left out asks, though the answer after it has no label',
    text: article(
      TITLE, LEAD,
      'PV: Năm qua hợp tác xã đã làm được những gì, thưa ông?',
      'Ông Lê Quang Hòa: Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Thu nhập của xã viên nhờ đó tăng khá rõ.',
      'Nhiều hộ vẫn quen bón phân theo kinh nghiệm. Ông có lời khuyên gì cho bà con',
      'Bón đúng liều theo hướng dẫn của cán bộ khuyến nông là đủ.',
      'PV: Kế hoạch năm nay ra sao?',
      'Ông Lê Quang Hòa: Chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'Năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Thu nhập của xã viên'] },
      { question: 'Ông có lời khuyên gì cho bà con', answers: ['Bón đúng liều'] },
      { question: 'Kế hoạch năm nay', answers: ['Chúng tôi tập trung'] },
    ],
  },
  {
    name: 'a labelled interview: a paragraph between answers that ends as a question does (bằng cách nào, ở đâu) with its mark left out asks, though it addresses no one and the answer after it has no label',
    text: article(
      TITLE, LEAD,
      'PV: Năm qua hợp tác xã đã làm được những gì, thưa ông?',
      'Ông Lê Quang Hòa: Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Thu nhập của xã viên nhờ đó tăng khá rõ.',
      'Vậy xã viên, nhất là các hộ trẻ, sẽ đăng ký dùng máy sấy chung bằng cách nào',
      'Mỗi hộ đăng ký qua tổ trưởng, hợp tác xã xếp lịch sấy theo tuần.',
      'Cả xã mới có hai máy sấy, mỗi máy sấy được 10 tấn một mẻ.',
      'PV: Kế hoạch năm nay ra sao?',
      'Ông Lê Quang Hòa: Chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'Năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Thu nhập của xã viên'] },
      { question: 'sẽ đăng ký dùng máy sấy chung bằng cách nào', answers: ['Mỗi hộ đăng ký', 'Cả xã mới có hai máy sấy'] },
      { question: 'Kế hoạch năm nay', answers: ['Chúng tôi tập trung'] },
    ],
  },
  {
    name: 'not the interviewer\'s: a paragraph in the first person that ends as a question does with no mark, before an answer paragraph with no label, stays the answer',
    text: article(
      TITLE, LEAD,
      'PV: Năm qua hợp tác xã đã làm được những gì, thưa ông?',
      'Ông Lê Quang Hòa: Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Muốn xây thêm kho lạnh thì chúng tôi chưa biết lấy vốn ở đâu',
      'Nhiều hộ đã xây được nhà mới.',
      'PV: Kế hoạch năm nay ra sao?',
      'Ông Lê Quang Hòa: Chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'Năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Muốn xây thêm kho lạnh', 'Nhiều hộ đã xây'] },
      { question: 'Kế hoạch năm nay', answers: ['Chúng tôi tập trung'] },
    ],
  },
  {
    name: 'not the interviewer\'s: a paragraph that lacks its full stop before an answer paragraph with no label, addressing no one, stays the answer',
    text: article(
      TITLE, LEAD,
      'PV: Năm qua hợp tác xã đã làm được những gì, thưa ông?',
      'Ông Lê Quang Hòa: Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Thu nhập của xã viên nhờ đó tăng khá rõ',
      'Nhiều hộ đã xây được nhà mới.',
      'PV: Kế hoạch năm nay ra sao?',
      'Ông Lê Quang Hòa: Chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'Năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Thu nhập của xã viên', 'Nhiều hộ đã xây'] },
      { question: 'Kế hoạch năm nay', answers: ['Chúng tôi tập trung'] },
    ],
  },
  {
    name: 'not the interviewer\'s: a paragraph in the first person before the same speaker\'s label, though it lacks its full stop',
    text: article(
      TITLE, LEAD,
      'PV: Năm qua hợp tác xã đã làm được những gì, thưa ông?',
      'Ông Lê Quang Hòa: Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Tôi nghĩ thu nhập của xã viên sẽ còn tăng',
      'Ông Hòa: Nói thêm, hợp tác xã cũng đã có kho lạnh.',
      'PV: Kế hoạch năm nay ra sao?',
      'Ông Lê Quang Hòa: Chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'Năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Tôi nghĩ thu nhập', 'Nói thêm, hợp tác xã'] },
      { question: 'Kế hoạch năm nay', answers: ['Chúng tôi tập trung'] },
    ],
  },
  {
    name: 'questions opened by a dash, answers not: a dash line between answers, with no question mark, is a question too',
    text: article(
      TITLE, LEAD,
      '- Thưa ông, năm qua hợp tác xã đã làm được những gì?',
      'Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Thu nhập của xã viên nhờ đó tăng khá rõ.',
      '- Kho lạnh của ông xây từ bao giờ và đang giúp bà con thế nào',
      'Kho xây xong năm 2023, chứa được 200 tấn nông sản.',
      '- Kế hoạch năm nay của hợp tác xã ra sao, thưa ông?',
      'Năm nay chúng tôi tập trung vào khâu chế biến.',
      '- Xin cảm ơn ông!',
    ),
    pairs: [
      { question: 'năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Thu nhập của xã viên'] },
      { question: 'Kho lạnh của ông xây từ bao giờ', answers: ['Kho xây xong năm 2023'] },
      { question: 'Kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
  },
  {
    name: 'labelled interview: one dash line between answers that asks is the interviewer\'s follow-up, before an unlabelled answer or a labelled one',
    text: article(
      TITLE, LEAD,
      'PV: Thưa ông, năm qua hợp tác xã đã làm được những gì?',
      'Ông Lê Quang Hòa: Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Thu nhập của xã viên nhờ đó tăng khá rõ.',
      '- Còn giá phân bón? Năm nay xã viên phải mua đắt hơn bao nhiêu',
      'Giá phân tăng khoảng 15%, hợp tác xã mua chung để được chiết khấu.',
      '- Kho lạnh đã giúp bà con những gì, thưa ông?',
      'Ông Hòa: Kho chứa được 200 tấn nông sản, giữ giá cho bà con.',
      'PV: Kế hoạch năm nay của hợp tác xã ra sao?',
      'Ông Hòa: Năm nay chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Thu nhập của xã viên'] },
      { question: 'Còn giá phân bón?', answers: ['Giá phân tăng khoảng 15%'] },
      { question: 'Kho lạnh đã giúp bà con', answers: ['Kho chứa được 200 tấn'] },
      { question: 'Kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
    kinds: { 5: 'question', 7: 'question' },
  },
  {
    name: 'labelled interview: a lone dash or star line between answers that asks about anything, its mark kept, is the interviewer\'s, before an unlabelled answer',
    text: article(
      TITLE, LEAD,
      'PV: Thưa ông, năm qua hợp tác xã đã làm được những gì?',
      'Ông Lê Quang Hòa: Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Thu nhập của xã viên nhờ đó tăng khá rõ.',
      '- Hợp tác xã đã làm gì để giữ giá lúa cho xã viên?',
      'Từ tháng 3, hợp tác xã ký hợp đồng bao tiêu với hai nhà máy xay xát.',
      'Giá thu mua cao hơn giá thương lái khoảng 300 đồng/kg.',
      '* Còn kho chứa lúa cũ thì sao? Bà con rất quan tâm đến việc này.',
      'Kho cũ được sửa lại làm nơi sấy lúa cho cả xã.',
      'PV: Kế hoạch năm nay của hợp tác xã ra sao?',
      'Ông Hòa: Năm nay chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Thu nhập của xã viên'] },
      { question: 'Hợp tác xã đã làm gì để giữ giá lúa', answers: ['Từ tháng 3, hợp tác xã ký', 'Giá thu mua cao hơn'] },
      { question: 'Còn kho chứa lúa cũ thì sao?', answers: ['Kho cũ được sửa lại'] },
      { question: 'Kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
    kinds: { 5: 'question', 8: 'question' },
  },
  {
    name: 'not a question: dash lines of an answer in a labelled interview that ask, one after the other (a list of the questions the speaker put)',
    text: article(
      TITLE, LEAD,
      'PV: Thưa ông, năm qua hợp tác xã đã làm được những gì?',
      'Ông Lê Quang Hòa: Trước khi mở rộng, hội đồng quản trị phải trả lời hai câu hỏi.',
      '- Giống lúa nào hợp với đất phèn của xã?',
      '- Bán lúa cho ai khi được mùa?',
      'Trả lời xong hai câu hỏi đó, hợp tác xã mở rộng thêm 50 ha.',
      'PV: Kế hoạch năm nay của hợp tác xã ra sao?',
      'Ông Hòa: Năm nay chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'năm qua hợp tác xã đã làm được', answers: ['Trước khi mở rộng', 'Giống lúa nào', 'Bán lúa cho ai', 'Trả lời xong'] },
      { question: 'Kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
  },
  {
    name: 'not a question: dash list items of an answer in a labelled interview, one dash line only, none asking',
    text: article(
      TITLE, LEAD,
      'PV: Thưa ông, năm qua hợp tác xã đã làm được những gì?',
      'Ông Lê Quang Hòa: Chúng tôi đã làm được ba việc chính.',
      '- Mở rộng diện tích lúa chất lượng cao thêm 50 ha',
      'PV: Kế hoạch năm nay của hợp tác xã ra sao?',
      'Ông Hòa: Năm nay chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã làm được ba việc', 'Mở rộng diện tích'] },
      { question: 'Kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
  },
  {
    name: 'labelled answers: a paragraph in the first person with no mark right before an answer that opens by agreeing (Đúng vậy.) was put to the speaker',
    text: article(
      TITLE, LEAD,
      'PV: Thưa ông, năm qua hợp tác xã đã làm được những gì?',
      'Ông Lê Quang Hòa: Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Giá phân bón năm nay tăng khoảng 15%. Vì thế chúng ta phải tính đến chuyện mua chung cho cả xã',
      'Ông Hòa: Đúng vậy. Hợp tác xã đã ký hợp đồng mua chung với hai đại lý.',
      'PV: Kế hoạch năm nay của hợp tác xã ra sao?',
      'Ông Hòa: Năm nay chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng'] },
      { question: 'chúng ta phải tính đến chuyện mua chung', answers: ['Đúng vậy. Hợp tác xã đã ký'] },
      { question: 'Kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
    kinds: { 4: 'question' },
  },
  {
    name: 'not a question: a paragraph in the first person with no mark before a labelled answer that does not agree (the speaker going on)',
    text: article(
      TITLE, LEAD,
      'PV: Thưa ông, năm qua hợp tác xã đã làm được những gì?',
      'Ông Lê Quang Hòa: Chúng tôi đã mở rộng diện tích lúa chất lượng cao thêm 50 ha.',
      'Giá phân bón năm nay tăng khoảng 15%. Vì thế chúng tôi phải tính đến chuyện mua chung cho cả xã',
      'Ông Hòa: Hợp tác xã đã ký hợp đồng mua chung với hai đại lý.',
      'PV: Kế hoạch năm nay của hợp tác xã ra sao?',
      'Ông Hòa: Năm nay chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã mở rộng', 'Giá phân bón năm nay', 'Hợp tác xã đã ký'] },
      { question: 'Kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
    kinds: { 4: 'answer' },
  },
  {
    name: 'not a question: a dash line in the first person between answers of a dash-marked interview (a list item of the answer)',
    text: article(
      TITLE, LEAD,
      '- Thưa ông, năm qua hợp tác xã đã làm được những gì?',
      'Chúng tôi đã làm được ba việc chính.',
      '- Chúng tôi mở rộng diện tích lúa chất lượng cao thêm 50 ha',
      '- Kế hoạch năm nay của hợp tác xã ra sao, thưa ông?',
      'Năm nay chúng tôi tập trung vào khâu chế biến.',
    ),
    pairs: [
      { question: 'năm qua hợp tác xã đã làm được', answers: ['Chúng tôi đã làm được ba việc', 'Chúng tôi mở rộng diện tích'] },
      { question: 'Kế hoạch năm nay', answers: ['Năm nay chúng tôi tập trung'] },
    ],
  },
  {
    name: 'collapsed: a caption whose credit the next sentence runs into with no full stop is cut out of the answer at the credit\'s name',
    text: article(
      TITLE,
      `${LEAD} PV: Vụ lúa năm nay ra sao, thưa ông? Ông Lê Quang Hòa: Chúng tôi được mùa, năng suất tăng khá. `
        + 'Ông Hòa (giữa) kiểm tra ruộng lúa của xã viên. Ảnh: Minh Châu Giống lúa mới chịu mặn là thay đổi lớn nhất của hợp tác xã năm nay. '
        + 'PV: Hợp tác xã tính gì cho năm tới? Ông Hòa: Chúng tôi sẽ xây thêm một kho lạnh.',
    ),
    pairs: [
      { question: 'Vụ lúa năm nay ra sao', answers: ['Chúng tôi được mùa', 'Giống lúa mới chịu mặn'] },
      { question: 'Hợp tác xã tính gì', answers: ['Chúng tôi sẽ xây thêm'] },
    ],
    notInAnswers: ['Ảnh: Minh Châu', 'kiểm tra ruộng lúa'],
  },
];

/** One rule on one line: does it fire? Positives and the negatives each rule must not match. */
export interface RuleExample {
  readonly rule: 'caption' | 'closing' | 'speakerLabel' | 'questionParagraph' | 'photoCredit' | 'speaksToInterviewee' | 'callsByThua' | 'opensByVocative';
  readonly text: string;
  readonly expected: boolean;
}

const yes = (rule: RuleExample['rule'], ...texts: string[]): RuleExample[] => texts.map((text) => ({ rule, text, expected: true }));
const no = (rule: RuleExample['rule'], ...texts: string[]): RuleExample[] => texts.map((text) => ({ rule, text, expected: false }));

export const RULE_EXAMPLES: readonly RuleExample[] = [
  ...yes('photoCredit', 'Ảnh: Minh Châu', '(Ảnh: TTXVN)', 'Ảnh minh họa.', 'Ảnh do nhân vật cung cấp.', 'Video: Hải Yến.',
    // a bare cue, then its source after a dash
    'Ảnh minh họa - Nguồn: Sở Công Thương', 'Ảnh tư liệu – TTXVN'),
  ...no('photoCredit',
    'Ảnh - một thời để nhớ của những người lính trẻ năm xưa.',
    'Ảnh hưởng của mưa lũ là rất lớn.',
    'Ảnh của tôi được chọn in trên bìa sách.',
    'Ảnh: Toàn cảnh hội nghị tổng kết công tác năm của ngành nông nghiệp tỉnh với sự tham dự của đông đảo đại biểu.',
  ),
  ...yes('speaksToInterviewee',
    'Năm ngoái, ông vừa được giao thêm mảng xuất khẩu.',
    'Nhiều người cho rằng bà đã quá mạo hiểm khi mở xưởng.',
    'Thưa ông, thị trường đang chững lại.',
    'Là người trong nghề lâu năm, chị hẳn đã thấy nhiều thay đổi.',
  ),
  ...yes('callsByThua',
    'Đâu là khó khăn lớn nhất hiện nay, thưa ông?',
    'Thưa bà, chương trình sẽ kéo dài bao lâu?',
    'Vậy còn kế hoạch năm tới, thưa quý vị?',
  ),
  ...yes('opensByVocative',
    'Thưa đại biểu, dự án luật năm nay nhận được nhiều ý kiến trái chiều.',
    'Thưa Bộ trưởng, giá điện vừa tăng lần thứ hai trong năm.',
    'Thưa bà, chương trình sẽ kéo dài bao lâu?',
    '- Thưa giáo sư, nhiều sinh viên muốn theo ngành này.',
  ),
  ...no('opensByVocative',
    'Thưa các đồng chí, hội nghị xin bắt đầu.',
    'Thưa chuyện với mẹ xong, anh lên đường.',
    'Thưa quý vị, buổi lễ sắp bắt đầu.',
    'Đại biểu cho rằng, dự án cần thêm thời gian.',
    'Thưa đại biểu kỳ họp lần này có nhiều luật quan trọng.',
  ),
  ...no('callsByThua',
    'Ông có thể chia sẻ thêm về kế hoạch này?',
    'Thưa các đồng chí, hội nghị xin bắt đầu.',
    'Thưa chuyện với mẹ xong, anh lên đường.',
    'Chúng tôi đã thưa kiện vụ việc ra tòa.',
  ),
  ...no('speaksToInterviewee',
    'Bà con trong xã rất phấn khởi.',
    'Ông Nguyễn Văn Bình đã ký quyết định.',
    'Ông ấy rất nhiệt tình với công việc.',
    'Học sinh được học tiếng Anh từ lớp 3.',
    'Anh em trong đội đều cố gắng.',
    'Ông bà ta thường nói tích tiểu thành đại.',
    'Giá lúa tăng nhẹ so với năm ngoái.',
  ),
  ...yes('caption',
    'Ảnh: Nông dân thu hoạch lúa.',
    '(Ảnh: TTXVN)',
    'Ảnh minh họa',
    'Ảnh minh họa - Nguồn: Sở Công Thương',
    'Cánh đồng lúa của hợp tác xã. (Ảnh: Minh Châu)',
    'Lãnh đạo tỉnh thăm hỏi người dân - Ảnh: Hải Yến',
    'PGS.TS Lê Văn Thành, Viện trưởng Viện Khoa học Thủy lợi. Ảnh: Thanh Hà',
    'Phó Tổng cục trưởng Tổng cục Hải quan Nguyễn Văn Cẩn.',
    'Ông Lê Quang Hòa - Giám đốc Hợp tác xã Tân Phú',
    'Bà Trần Thị Mai, Chủ tịch Hội Phụ nữ xã Tân Phú.',
    'Video: Toàn cảnh lễ khánh thành.',
    'Cán bộ thuế hướng dẫn người dân kê khai trên ứng dụng. Ảnh minh họa',
    'Một góc chợ đầu mối vào sáng sớm - Ảnh tư liệu.',
    // a credit with its agency in brackets after the photographer's name
    'Đoàn múa lân biểu diễn tại phố đi bộ ven hồ. Ảnh: Minh Châu (TTXVN)',
  ),
  ...no('caption',
    // an item of a list (opened by a dash) names someone in a decision or a roll, no photo
    '- Bà Lê Thị Hoa, Phó Chánh Văn phòng UBND tỉnh, được điều động giữ chức Phó Giám đốc Sở Nội vụ.',
    '+ Ông Trần Văn Nam, Trưởng phòng Tổ chức Cán bộ Sở Y tế.',
    // a line that names someone and ends with a colon opens the list or the quote after it
    'Bà Nguyễn Thị Hạnh, Phó Giám đốc Sở Y tế tỉnh Bình An, lưu ý người dân:',
    'Ông Hà Minh Hiệp – Phó Tổng cục trưởng đã có những chia sẻ với phóng viên về kết quả năm qua.',
    'Tôi là Giám đốc Hợp tác xã Tân Phú.',
    // a bracket after a name with no credit before it is no caption
    'Đoàn múa lân biểu diễn tại phố đi bộ. Ông Minh Châu (TTXVN) ghi nhận.',
    'Chủ tịch UBND tỉnh đã ký quyết định thành lập ban chỉ đạo.',
    'Giám đốc hợp tác xã là người quyết định mọi việc.',
    'Ông Giám đốc có ý kiến gì không?',
    'Năng suất bình quân đạt khoảng 7 tấn mỗi ha.',
    'Ảnh hưởng của dịch bệnh là rất lớn.',
    'Chúng tôi đã in cuốn sách ảnh minh họa',
    'Vì sao người dân vẫn tin lời kẻ gian? Ảnh minh họa',
  ),
  ...yes('closing',
    'Trân trọng cảm ơn ông!',
    'Xin cảm ơn bà!',
    'Xin cảm ơn!',
    'Cảm ơn anh đã dành thời gian cho cuộc trò chuyện.',
    'Xin chân thành cảm ơn ông và chúc ông sức khỏe!',
    '- Xin cảm ơn chị!',
  ),
  ...no('closing',
    'Cảm ơn anh, nhưng tôi nghĩ câu hỏi này cần trả lời kỹ hơn vì nó liên quan đến rất nhiều người, nhiều ngành, nhiều địa phương và cả những chính sách sẽ ban hành trong thời gian tới nữa.',
    'Xin cảm ơn ông, vậy ông có kế hoạch gì cho năm tới?',
    'Người dân rất cảm ơn chính quyền.',
    'Cảm xúc của đội lúc này rất tốt.',
  ),
  ...yes('speakerLabel',
    'Ông Hiệp', 'TS. Trần Thị Minh Hằng', 'TS Nguyễn Minh Phong', 'PGS.TS Lê Văn Thành', 'Bà Lan', 'Nguyễn Văn An',
    'Thứ trưởng Bộ Công Thương Đỗ Thắng Hải', 'Nhà văn Trần Thu Hà', 'Hiệp',
    // the known speaker's initials, with dots or without
    'HMH', 'H.M.H', 'H.M.H.',
  ),
  ...no('speakerLabel',
    'Kết quả', 'Theo tôi', 'Lưu ý', 'Tổng cục TCĐLCL', 'Ông cho biết', 'Một số điểm chính', 'Năm 2020', 'Ông', 'Hội',
    // initials of no known speaker
    'T.M.K', 'U.B.N.D',
  ),
  ...yes('questionParagraph',
    'Vậy ông có đánh giá như thế nào về những kết quả đạt được trong năm vừa qua?',
    'Với vai trò là Chủ tịch, Việt Nam đã làm gì, thưa ông?',
    'Giá phân bón tăng mạnh. Ông nhìn nhận việc này ra sao?',
    'Xin bà cho biết kế hoạch của ngành trong năm tới.',
    'Ông có thể chia sẻ thêm về dự án này.',
    'Kế hoạch năm nay ra sao?',
    'Anh có tin vào thế hệ cầu thủ trẻ không?',
    'Khi thấy mình bị lộ mật khẩu, khách hàng nên làm gì?',
    'Làm thế nào để người cao tuổi tự bảo vệ mình trước các cuộc gọi lạ?',
  ),
  ...no('questionParagraph',
    'Bà Năm hỏi: “Bao giờ chúng tôi mới có nước máy?”',
    '“Ai sẽ bồi thường cho chúng tôi, thưa ông?”',
    'Tôi vẫn tự hỏi: chúng tôi đã làm đủ chưa, hay còn thiếu điều gì mà chính tôi chưa nhận ra trong suốt những năm qua?',
    'Ông cho biết kết quả năm nay rất khả quan.',
    'Năm 2020, ngành đã đạt nhiều thành tựu.',
    'Mình cũng tự hỏi liệu mình có làm được không?',
    'Năm ấy khó quá, nên mình biết làm gì bây giờ?',
  ),
];
