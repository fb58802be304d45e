// Words of interviews: interviewer labels, speaker titles, pronouns of address and of the first person, request
// verbs, closing formulas, caption cues and the words of posts that captions name. Keys are folded (foldKey).
import { ARMY_AND_POLICE_RANKS } from '../shared/ranks.js';
import { foldKey } from '../shared/vietnamese.js';
import { WordLexicon } from './word-lexicon.js';

const folded = (words: readonly string[]): WordLexicon => new WordLexicon(words.map(foldKey));

/** Labels of the interviewer's turn: `PV:`, `P.V:`, `Phóng viên:`, `Hỏi:`. Matched case-sensitively as written. */
export const QUESTION_LABELS: readonly string[] = [
  'PV', 'P.V', 'P/V', 'Phóng viên', 'PHÓNG VIÊN', 'PV hỏi', 'Phóng viên hỏi', 'Hỏi', 'HỎI', 'Câu hỏi', 'Báo chí', 'Nhà báo',
];

/** Labels of the interviewee's turn that name nobody: `Đáp:`, `Trả lời:`. */
export const ANSWER_LABELS: readonly string[] = ['Đáp', 'ĐÁP', 'Trả lời', 'TRẢ LỜI', 'TL'];

/** Titles and honorifics that may open a speaker label (`TS. Trần Thị Minh Hằng:`, `Thứ trưởng Lê Văn A:`). */
export const SPEAKER_TITLES: WordLexicon = folded([
  'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'thầy', 'em', 'cụ', 'đồng chí', 'ngài',
  'ts', 'ts.', 'pgs', 'pgs.', 'pgs.ts', 'pgs.ts.', 'pgs. ts.', 'gs', 'gs.', 'gs.ts', 'gs.ts.', 'gs.tskh', 'ths', 'ths.',
  'bs', 'bs.', 'ls', 'ls.', 'ks', 'ks.', 'kts', 'kts.',
  // a degree joined to the doctor's title: `TS.BS Nguyễn Văn A`, `ThS.BS`, `BS.CKII`
  'ts.bs', 'ths.bs', 'pgs.ts.bs', 'gs.ts.bs', 'bs.cki', 'bs.ckii', 'bscki', 'bsckii', 'nsnd', 'nsưt', 'tiến sĩ', 'thạc sĩ', 'giáo sư', 'phó giáo sư', 'bác sĩ',
  'luật sư', 'kỹ sư', 'nhà văn', 'nhà thơ', 'nhà báo', 'nhà nghiên cứu', 'nghệ sĩ', 'ca sĩ', 'đạo diễn', 'họa sĩ',
  'kiến trúc sư', 'chuyên gia', 'hlv', 'huấn luyện viên', 'thủ tướng', 'phó thủ tướng', 'bộ trưởng', 'thứ trưởng',
  'cục trưởng', 'phó cục trưởng', 'vụ trưởng', 'viện trưởng', 'chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc',
  'tổng giám đốc', 'tổng cục trưởng', 'phó tổng cục trưởng', 'bí thư', 'hiệu trưởng', 'đại sứ', 'đại biểu', 'trưởng ban',
  // Ranks of the army and the police, which name an officer as a title does: `Thượng tá Hoàng Văn Tuấn`.
  ...ARMY_AND_POLICE_RANKS,
]);

/** Words by which an interviewer addresses the interviewee. */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'thầy', 'ngài', 'bạn', 'quý vị', 'thưa', 'em', 'các bạn', 'đồng chí',
].map(foldKey));

/**
 * What an interviewer calls one interviewee after `Thưa` opening a sentence (`Thưa đại biểu, ...`, `Thưa Bộ trưởng,
 * ...`, `Thưa bà, ...`): a pronoun of address or a title. A plural (`Thưa các đồng chí`, `Thưa quý vị`) speaks to an
 * audience, not to one interviewee.
 */
export const VOCATIVE_HEADS: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'thầy', 'ngài', 'bạn', 'em', 'đồng chí', 'đại biểu', 'bộ trưởng',
  'thứ trưởng', 'chủ tịch', 'phó chủ tịch', 'giám đốc', 'tổng giám đốc', 'giáo sư', 'phó giáo sư', 'tiến sĩ', 'bác sĩ',
  'luật sư', 'nghệ sĩ', 'nhà văn', 'đại sứ', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tướng', 'trung tướng',
  'viện trưởng', 'hiệu trưởng', 'cục trưởng', 'vụ trưởng', 'bí thư', 'chuyên gia', 'thạc sĩ', 'nhà báo', 'đạo diễn',
];

/** Words by which an interviewee speaks of themselves. */
export const FIRST_PERSON_WORDS: WordLexicon = folded([
  'tôi', 'chúng tôi', 'chúng ta', 'mình', 'chúng mình', 'tớ', 'chúng em', 'bản thân tôi', 'cá nhân tôi',
]);

/** Verbs of a request that stands for a question: `Xin ông cho biết ...`, `Ông có thể chia sẻ ...`. */
export const REQUEST_VERBS: readonly string[] = [
  'cho biết', 'chia sẻ', 'nói rõ', 'giải thích', 'đánh giá', 'nhận định', 'bình luận', 'kể', 'giới thiệu', 'phân tích',
  'nêu', 'làm rõ', 'cho ý kiến', 'cho độc giả biết', 'cho bạn đọc biết',
];

/** Formulas that open a closing: `Trân trọng cảm ơn ông!`, `Xin cảm ơn bà!`. */
export const CLOSING_CUES: readonly string[] = [
  'xin cảm ơn', 'xin cám ơn', 'trân trọng cảm ơn', 'xin trân trọng cảm ơn', 'chân thành cảm ơn',
  'xin chân thành cảm ơn', 'cảm ơn', 'cám ơn', 'rất cảm ơn', 'một lần nữa xin cảm ơn', 'một lần nữa cảm ơn',
];

/**
 * What opens an editor's note on the article itself, closing it after its text (`* Bài viết thuộc loạt bài về ...`,
 * `Bài viết thể hiện quan điểm của người được phỏng vấn.`): the article named as the subject of a verb that places it
 * in a series or says whose view it gives.
 */
export const ARTICLE_NOTE_OPENERS: WordLexicon = folded([
  'bài viết thuộc', 'bài viết nằm trong', 'bài viết thể hiện', 'bài viết chỉ thể hiện', 'bài viết phản ánh',
  'bài viết được thực hiện', 'bài viết mang tính', 'bài viết là quan điểm', 'nội dung bài viết thể hiện',
  'bài báo thuộc', 'bài báo nằm trong', 'bài báo thể hiện', 'bài báo được thực hiện', 'loạt bài được thực hiện',
]);

/** A reporter's sign-off standing alone on the article's last line: `PV`, `P.V`. Matched as written. */
export const REPORTER_SIGNS: ReadonlySet<string> = new Set(['PV', 'PV.', 'P.V', 'P.V.']);

/** Cues that open or close a photo caption: `Ảnh: ...`, `(Ảnh: ...)`, `Ảnh minh họa`. */
export const CAPTION_CUES: readonly string[] = [
  'Ảnh', 'ẢNH', 'Ảnh minh họa', 'Ảnh tư liệu', 'Ảnh chụp màn hình', 'Nguồn ảnh', 'Video', 'Clip', 'Đồ họa', 'Infographic',
];

/** Cues that credit a photo with no name after them, so they may close a caption bare: `... người dân. Ảnh minh họa`. */
export const BARE_CAPTION_CUES: readonly string[] = ['Ảnh minh họa', 'Ảnh tư liệu', 'Ảnh chụp màn hình', 'Ảnh internet', 'Ảnh Internet'];

/** Words and word pairs of posts that a caption names beside a person (`Phó Tổng cục trưởng ... Hà Minh Hiệp`). */
export const POST_WORDS: WordLexicon = folded([
  'trưởng', 'giám đốc', 'chủ tịch', 'bí thư', 'thư ký', 'chủ nhiệm', 'chuyên gia', 'tiến sĩ', 'giáo sư', 'thạc sĩ',
  'nhà văn', 'nhà thơ', 'nhà báo', 'đại sứ', 'ủy viên', 'đại biểu', 'phát ngôn', 'biên tập', 'luật sư', 'bác sĩ',
  'ceo', 'sáng lập', 'nghệ sĩ', 'ca sĩ', 'kỹ sư', 'kiến trúc sư', 'đạo diễn', 'huấn luyện viên', 'hlv', 'thủ tướng',
  'nhà nghiên cứu', 'phó', 'ts', 'ts.', 'pgs.ts', 'pgs.ts.', 'gs.ts', 'ths.', 'ths',
]);

/** Words by which a lead announces an interview (folded). */
export const INTERVIEW_CUES: readonly string[] = [
  'phỏng vấn', 'trao đổi với', 'cuộc trao đổi', 'trò chuyện với', 'cuộc trò chuyện', 'chia sẻ với', 'trả lời',
  'đối thoại', 'giải đáp', 'bạn đọc hỏi', 'hỏi đáp',
].map(foldKey);

/** Groups a photo caption may show doing something (`Thí sinh làm thủ tục dự thi`, `Các đại biểu tham quan ...`). */
export const CAPTION_GROUPS: WordLexicon = folded([
  'thí sinh', 'các thí sinh', 'học sinh', 'các em học sinh', 'sinh viên', 'đại biểu', 'các đại biểu', 'người dân',
  'bà con', 'du khách', 'khách tham quan', 'bệnh nhân', 'bệnh nhi', 'bác sĩ', 'các bác sĩ', 'y bác sĩ', 'nhân viên',
  'công nhân', 'nông dân', 'lực lượng chức năng', 'cán bộ', 'chiến sĩ', 'cán bộ chiến sĩ', 'đoàn công tác', 'lãnh đạo',
  'các đồng chí', 'vận động viên', 'cầu thủ', 'các cầu thủ', 'giáo viên', 'nghệ nhân', 'các nghệ sĩ', 'diễn viên',
  'tình nguyện viên', 'đoàn viên', 'thanh niên',
]);

/** What a photo shows a person doing, and the scene it is taken at (`phát biểu tại`, `thăm khám`, `tại buổi`). */
export const SCENE_PHRASES: WordLexicon = folded([
  'phát biểu', 'trao đổi với', 'trò chuyện với', 'thăm khám', 'khám cho', 'khám mắt', 'khám bệnh', 'kiểm tra', 'thăm', 'thăm hỏi', 'tặng quà',
  'trao quà', 'trao tặng', 'trao giải', 'trao giấy', 'trao bằng', 'trao quyết định', 'trao học bổng', 'tại buổi',
  'trong buổi', 'tại lễ', 'tại hội nghị', 'tại hội thảo', 'tại sự kiện', 'tại chương trình', 'tại phiên', 'tại kỳ họp',
  'bên lề', 'tham quan', 'chụp ảnh', 'làm thủ tục', 'dự thi', 'làm bài thi', 'tập luyện', 'biểu diễn', 'hướng dẫn',
  'tư vấn cho', 'bắt tay', 'chứng kiến', 'cắt băng', 'dâng hương', 'tiếp đón', 'tiếp xúc cử tri', 'làm việc với',
  'khảo sát', 'thị sát', 'chủ trì', 'tham dự', 'dự lễ', 'giới thiệu', 'thu hoạch', 'trải nghiệm', 'tại hiện trường',
]);

/**
 * Verbs of saying and deciding that report a news paragraph and seldom describe a photo: `nói`, `chia sẻ`, `yêu
 * cầu`, `thông báo`. Read in a news article only: an interview's captions often show someone `phát biểu`.
 */
export const SAYING_WORDS: WordLexicon = folded([
  'nói', 'chia sẻ', 'thông tin', 'trả lời', 'yêu cầu', 'đề nghị', 'chỉ đạo', 'kết luận', 'thông báo', 'công bố',
  'tuyên bố', 'xác nhận', 'ghi nhận', 'dự báo', 'quyết định', 'kiến nghị', 'đề xuất', 'cảnh báo',
]);

/**
 * Words that state, plan or link events rather than show a scene: a copula (`là`), a plan (`dự kiến`), a span of time
 * (`kể từ`), a clause of before and after (`sau khi`), an event taking place (`diễn ra`), a rule (`theo quy định`),
 * what is owned or attended (`có`, `tham dự`), an inquiry and its cause (`làm rõ`, `nguyên nhân`), money (`tỷ đồng`,
 * `kinh phí`). A caption told by its layout alone (isBareSceneCaption) never holds one: `Thời hạn ... là 5 năm.`,
 * `Giải ... dự kiến diễn ra tại Hà Nội vào giữa năm 2026.`, `Tham dự hội nghị có ...` are news.
 */
const STATING = [
  'là', 'có', 'dự kiến', 'kể từ', 'sau khi', 'trước khi', 'tiếp tục', 'diễn ra', 'theo quy định', 'làm rõ', 'xác minh',
  'nguyên nhân', 'tham dự', 'kinh phí', 'tổng vốn', 'tổng mức', 'tỷ đồng', 'triệu đồng', 'nghìn đồng',
];
export const STATING_WORDS: WordLexicon = folded(STATING);

/**
 * STATING_WORDS but the clauses of before and after (`trước khi`, `sau khi`), which, after a group shown at its work,
 * tell the moment of the photo as a date at its end does (`Công nhân đóng gói vải thiều trước khi xuất khẩu.`).
 */
export const STATING_WORDS_BUT_MOMENTS: WordLexicon = folded(STATING.filter((word) => word !== 'trước khi' && word !== 'sau khi'));

/**
 * Words that open a sentence with something other than its subject: a time or place (`Sáng 9/3`, `Tại hội nghị`), a
 * source (`Theo ...`), a link to what came before (`Riêng`, `Ngoài ra`, `Dịp này`). A caption opens with what the
 * photo shows.
 */
export const SENTENCE_OPENERS: WordLexicon = folded([
  'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hôm', 'ngày', 'tại', 'trong', 'nhân', 'bên', 'theo', 'riêng', 'tuy nhiên',
  'ngoài ra', 'bên cạnh', 'đến', 'từ', 'trước', 'sau', 'năm', 'tháng', 'tuần', 'hiện nay', 'hiện tại', 'tính đến',
  'tính chung', 'tính từ', 'dịp', 'khi', 'với', 'về', 'qua', 'cùng', 'đồng thời', 'mặt khác', 'do', 'để', 'nếu', 'ngoài',
]);

/**
 * Words a caption does without and a narrating sentence needs: tense and modality (`đã`, `sẽ`, `cần`), words that
 * point back to what was said before (`này`, `đó`, `cũng`), links between clauses (`nhưng`, `vì`, `nếu`), negation
 * and reported speech (`cho biết`, `nhấn mạnh`). A paragraph with one of them goes on with the answer.
 */
export const NARRATING_WORDS: WordLexicon = folded([
  'đã', 'sẽ', 'cũng', 'vẫn', 'này', 'đó', 'ấy', 'vậy', 'thì', 'nhưng', 'tuy', 'nếu', 'vì', 'bởi', 'nên', 'rằng', 'cần',
  'phải', 'hãy', 'có thể', 'không', 'chưa', 'chẳng', 'cho biết', 'cho rằng', 'cho hay', 'khẳng định', 'nhấn mạnh',
  'đánh giá', 'nhận định', 'mong', 'muốn', 'hy vọng', 'hi vọng',
]);

/**
 * Words that open a question the speaker puts to himself inside his answer (`Vậy đâu là lối ra cho ngành này?`,
 * `Liệu doanh nghiệp có chịu nổi?`, `Phải chăng ...?`): a question that addresses nobody and opens so is no
 * interviewer's. Lower case, as read. Not `tại sao`, `vì sao`: the interviewer asks why as often (`Vì sao giá ... vẫn
 * thấp?`); the speaker's own why-question is short (`Vì sao lại như vậy?`) or answered by a reason (SELF_ANSWER_OPENERS).
 */
export const BARE_QUESTION_RHETORICAL_OPENERS: WordLexicon = new WordLexicon([
  'vậy', 'vậy thì', 'thế', 'thế thì', 'liệu', 'phải chăng', 'chẳng lẽ', 'lẽ nào', 'há', 'hỏi', 'thử hỏi', 'nhưng',
  'song', 'mà', 'và', 'rồi', 'sao', 'làm sao', 'bởi sao', 'thì', 'nên',
]);

/** Words that open a reason given right after a question (`... vì sao? Vì ...`): the speaker answering himself. */
export const SELF_ANSWER_OPENERS: WordLexicon = new WordLexicon(['vì', 'bởi', 'bởi vì', 'tại vì', 'do', 'là do', 'lý do', 'câu trả lời']);
