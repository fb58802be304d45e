// Photo captions with no cue (`Ảnh:`) that stand as paragraphs of their own in a paragraphed interview, between two
// answer paragraphs or right after the lead: `Bộ trưởng Lê Minh Châu kiểm tra công tác chuẩn bị thi tại Trường THPT
// Lý Thường Kiệt, sáng 9/3.`, `Thí sinh làm thủ tục dự thi tại điểm thi.` A news caption is one short sentence in
// the third person, opened by a person with a title or honorific and a name, or by a group (`Các đại biểu`), shown
// doing something (`phát biểu`, `thăm khám`, `tại buổi`; a group only where the scene is placed), or dated at its
// end; it never says `tôi`, asks, quotes, narrates (`đã`, `cũng`, `cho biết`) or points back to the sentence before
// (`cách làm này`). A paragraph right after the question is the answer's first, and one after a paragraph that does
// not end its sentence goes on with it. In a news article (no question), one sentence between two paragraphs of the
// text is a caption only when opened by its person or group and dated at its end or placed in the photo, with no
// verb of saying: `Người dân đeo khẩu trang trên phố Huế sáng 3/1.`; or, whatever it shows (a thing, a place, a
// player), when its shape and layout tell it: one short sentence opened by its subject, that narrates, states and
// says nothing and dates only at its end, set apart between longer paragraphs (`Xe container chở sầu riêng xếp hàng
// dài tại bãi chờ cửa khẩu chiều 2/12.`). A quoted name of a work is no quoted speech.
import type { DateSpan, ParagraphSpan, TextSpan } from '../../pipeline/document.js';
import { hasDigitBetween } from '../shared/digit-numbers.js';
import { isPhotoCredit, PLACE_IN_PHOTO } from './captions.js';
import { isEndNote } from './closings.js';
import {
  CAPTION_GROUPS,
  FIRST_PERSON_WORDS,
  NARRATING_WORDS,
  SAYING_WORDS,
  SCENE_PHRASES,
  SENTENCE_OPENERS,
  SPEAKER_TITLES,
  STATING_WORDS,
  STATING_WORDS_BUT_MOMENTS,
} from './lexicon.js';
import { isQuestionPiece, isTextPiece, isWhiteSpaceAt, isWholeParagraph, withRole, type ParagraphSentences, type Piece } from './pieces.js';
import { WordLexicon } from './word-lexicon.js';
import { countWords, isCapitalized, SpanWords } from './words.js';

const MAX_SCENE_WORDS = 30;
/**
 * Most words of a scene's caption between an interview's answers that opens with a titled person and joins a second
 * one to him (titledCompanion): two people named with their posts take many words (`PGS.TS A, Phó Viện trưởng Viện X,
 * cùng ThS B, Trưởng khoa Y, kiểm tra ...`).
 */
const MAX_TITLED_SCENE_WORDS = 45;
const MIN_SCENE_WORDS = 4;
const MAX_SCENE_LENGTH = 240;
/** Words that open a time or place before the subject: `Sáng 9/3, Bộ trưởng ...`, `Tại hội nghị, các đại biểu ...`. */
const OPENER_WORDS = new WordLexicon(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hôm', 'ngày', 'tại', 'trong', 'nhân', 'bên']);
const MAX_OPENER_LENGTH = 60;
/** How many words after a title the name may start at: `Bộ trưởng Bộ Y tế Đào Hồng Lan`. */
const NAME_WINDOW = 8;
const NOT_IN_CAPTIONS = /[?!“”"«»:;…]/u;
/**
 * The quoted name of a work after the word for it, which a caption may hold where it holds no quoted speech:
 * `vở "Tiếng trống Mê Linh"`, `phim “Mùa lúa chín”`; a performance's item with its genre between (`tiết mục hát ví,
 * giặm "Ru con mùa gặt"`). Short, with nothing inside that ends or splits a sentence.
 */
const QUOTED_WORK =
  /(?<![\p{L}\p{M}])(?:(?:vở|vở diễn|vở kịch|phim|bộ phim|chương trình|cuốn sách|tác phẩm|bài hát|ca khúc|triển lãm|đêm nhạc|album|tiểu thuyết|tập thơ|vở tuồng|vở chèo) |tiết mục (?:[^"“”?!:;.…\n]{1,30} )?)["“][^"“”?!:;.…]{1,60}["”]/giu;
const CAPTION_END = /[.)\p{L}\p{N}]$/u;
/** What ends a sentence, at the end of a paragraph: `[.!?…”"»)]$`. */
const SENTENCE_ENDS: ReadonlySet<number> = new Set([...'.!?…”"»)'].map((char) => char.charCodeAt(0)));

/** True when `span` ends with what ends a sentence. */
function endsSentence(text: string, span: TextSpan): boolean {
  return span.end > span.start && SENTENCE_ENDS.has(text.charCodeAt(span.end - 1));
}
/** Where a scene is: `tại điểm thi`, `ở xã Hải An`, `bên lề kỳ họp`, `trong buổi khai mạc`. */
const PLACED = /(?<![\p{L}\p{M}])(?:tại|ở|bên|trong buổi|trong chuyến|trong lễ)(?![\p{L}\p{M}])/iu;

/** The words of the paragraph isSceneCaption reads. */
const WORDS = new SpanWords();

/** The first word of the subject: after an opening time or place and its comma, or the first word. */
function subjectStart(content: string, words: SpanWords, offset: number): number {
  if (words.count === 0 || !words.isIn(0, OPENER_WORDS)) return 0;
  const comma = content.indexOf(',');
  if (comma < 0 || comma > MAX_OPENER_LENGTH) return 0;
  for (let index = 0; index < words.count; index += 1) if (words.start(index) > offset + comma) return index;
  return 0;
}

/** Words of place that may follow a name with no verb between: `Ông Lê Văn An tại xưởng sản xuất.` */
const PLACE_AFTER_NAME = new WordLexicon(['tại', 'bên', 'trong']);

/**
 * A title or honorific and its name, then a word of place with no verb between (`Bà Trần Thị Mai tại cửa hàng của
 * mình`, `Ông Lê Văn An bên lò sấy`): a verbless sentence that only shows someone somewhere, as a caption does.
 */
function personPlacedWithoutVerb(words: SpanWords, start: number): boolean {
  const title = words.phraseAt(start, SPEAKER_TITLES, 3);
  if (title === 0) return false;
  let index = start + title;
  let run = 0;
  while (index < words.count && run < NAME_WINDOW && words.isCapitalized(index)) {
    index += 1;
    run += 1;
  }
  return run >= 2 && index < words.count && words.isIn(index, PLACE_AFTER_NAME);
}

/** A title or honorific, then a name (two capitalized words in a row) among the next words. */
function titledPerson(words: SpanWords, start: number): boolean {
  const title = words.phraseAt(start, SPEAKER_TITLES, 3);
  if (title === 0) return false;
  let run = 0;
  for (let index = start + title; index < Math.min(words.count, start + title + NAME_WINDOW); index += 1) {
    run = words.isCapitalized(index) ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

/** Words that join a second person to the first in a caption: `A, Phó Viện trưởng ..., cùng ThS B, Trưởng khoa ...`. */
const COMPANION_WORDS = new WordLexicon(['cùng', 'và', 'với']);

/** True when a second titled person (titledPerson) is joined to the first by COMPANION_WORDS after `start`. */
function titledCompanion(words: SpanWords, start: number): boolean {
  for (let index = start + 2; index + 1 < words.count; index += 1) if (words.isIn(index, COMPANION_WORDS) && titledPerson(words, index + 1)) return true;
  return false;
}

/** `từng`: once (`từng là`, `từng tu nghiệp`) after its subject; each (`từng hộ`) after a verb. */
const ONCE = new WordLexicon(['từng']);

/**
 * True when `words` tell what their person once did or was, `từng` right after the subject's name or a mark that
 * closes a note on him (`Ông A (sinh năm 1979) từng là ...`, `BS A, 44 tuổi, ..., từng tu nghiệp tại ... năm 2017.`): a
 * profile, its date at the end the past it tells, not the moment of a photo. `từng` after a verb is `each` (`luồn từng
 * hạt cườm`).
 */
function tellsWhatOnceWas(text: string, words: SpanWords): boolean {
  for (let index = 1; index < words.count; index += 1) {
    if (!words.isIn(index, ONCE)) continue;
    if (words.isCapitalized(index - 1)) return true;
    for (let at = words.end(index - 1); at < words.start(index); at += 1) {
      const code = text.charCodeAt(at);
      if (code === COMMA || code === 0x29) return true; // , )
    }
  }
  return false;
}

function endsWithDate(text: string, span: TextSpan, dates: readonly DateSpan[]): boolean {
  for (const date of dates) {
    if (date.start >= span.start && date.end <= span.end && /^[\s.)]*$/u.test(text.slice(date.end, span.end))) return true;
  }
  return false;
}

/**
 * A speech shown by its kind, after `phát biểu`: `phát biểu chỉ đạo hội nghị`, `phát biểu kết luận`. The photo shows the
 * speaker at it, as `phát biểu` alone does (SCENE_PHRASES); the kind is no report of what was said (SAYING_WORDS). So
 * is a decision handed over or received (`trao quyết định`, `nhận quyết định`): the paper, a scene, no deciding.
 */
const SPEECH_SCENES = new WordLexicon(['phát biểu chỉ đạo', 'phát biểu kết luận', 'trao quyết định', 'nhận quyết định']);

/** True when `words` hold a word of saying (SAYING_WORDS) outside a speech shown by its kind (SPEECH_SCENES). */
function saysBesidesSpeech(words: SpanWords): boolean {
  for (let index = 0; index < words.count; index += 1) {
    const speech = words.phraseAt(index, SPEECH_SCENES, 4);
    if (speech > 0) index += speech - 1;
    else if (words.phraseAt(index, SAYING_WORDS, 2) > 0) return true;
  }
  return false;
}

/** True when `content` holds what a caption never does; the quoted name of a work (QUOTED_WORK) aside. */
function holdsWhatCaptionsDoNot(content: string): boolean {
  if (!NOT_IN_CAPTIONS.test(content)) return false;
  return NOT_IN_CAPTIONS.test(content.replace(QUOTED_WORK, 'vở X'));
}

/**
 * True when `span`, one paragraph of `sentenceCount` sentences, reads as the caption of a photo. `strict` (in a news
 * article, where short one-sentence paragraphs are many): only a scene placed in the photo or dated at its end.
 */
export function isSceneCaption(
  text: string,
  span: TextSpan,
  sentenceCount: number,
  dates: readonly DateSpan[],
  strict = false,
  photosShown = false,
): boolean {
  if (span.end - span.start > MAX_SCENE_LENGTH || sentenceCount !== 1) return false;
  const content = text.slice(span.start, span.end);
  if (holdsWhatCaptionsDoNot(content) || !CAPTION_END.test(content) || !isCapitalized(content)) return false;
  const words = WORDS.read(text, span, MAX_TITLED_SCENE_WORDS);
  if (words.count < MIN_SCENE_WORDS || words.count > MAX_TITLED_SCENE_WORDS) return false;
  // Longer than a scene's caption: only people named with their posts between an interview's answers may be.
  if (words.count > MAX_SCENE_WORDS && strict) return false;
  if (words.mentions(FIRST_PERSON_WORDS, 2) || words.mentionsInProse(NARRATING_WORDS, 2)) return false;
  const start = subjectStart(content, words, span.start);
  // A news paragraph opens with its time or place (`Sáng 21/12, ...`) and reports what was said; a caption does not.
  if (strict && (start !== 0 || (words.mentions(SAYING_WORDS, 2) && saysBesidesSpeech(words)))) return false;
  const person = titledPerson(words, start);
  if (words.count > MAX_SCENE_WORDS && !(person && titledCompanion(words, start))) return false;
  if (!person && words.phraseAt(start, CAPTION_GROUPS, 4) === 0) return false;
  if (PLACE_IN_PHOTO.test(content) || (endsWithDate(text, span, dates) && !(person && tellsWhatOnceWas(text, words)))) return true;
  if (person && personPlacedWithoutVerb(words, start)) return true;
  // In a news article whose photos are credited elsewhere, a scene placed is a caption too (not strictly read).
  if (strict && !photosShown) return false;
  // A group doing something (`Cán bộ xã hướng dẫn bà con ...`) is a caption only where the scene is placed.
  return words.mentions(SCENE_PHRASES, 3) && (person || PLACED.test(content));
}

const MIN_BARE_SCENE_WORDS = 6;
const MAX_BARE_SCENE_WORDS = 25;
const MAX_BARE_SCENE_COMMAS = 1;
const DOT = 0x2e;
const COMMA = 0x2c;

/** True when nothing but spaces, dots and closing brackets stands in `text` from `from` to `to`. */
function onlyClosingMarks(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== DOT && code !== 0x29 && code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/**
 * True when every date inside `span` ends it (`... cửa khẩu Tân Thanh chiều 2/12.`), or it holds none. The dates are
 * in text order (dateMentions): the first one at or after the span's start is found by binary search, so a text of
 * many such paragraphs is not read date by date for each.
 */
function datedAtItsEndOnly(text: string, span: TextSpan, dates: readonly DateSpan[]): boolean {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((dates[middle] as DateSpan).start < span.start) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < dates.length; index += 1) {
    const date = dates[index] as DateSpan;
    if (date.start >= span.end) break;
    if (date.end <= span.end && !onlyClosingMarks(text, date.end, span.end)) return false;
  }
  return true;
}

/** How many commas `content` holds, counted up to `limit + 1`. */
function commasIn(content: string, limit: number): number {
  let count = 0;
  for (let index = 0; index < content.length && count <= limit; index += 1) if (content.charCodeAt(index) === COMMA) count += 1;
  return count;
}

/**
 * True when `span`, one paragraph of `sentenceCount` sentences, may be a caption told by its shape alone, whatever it
 * shows (a thing, a place, a player): one short sentence that ends with its dot and opens with its subject (no time,
 * place, source or link before it), with at most one comma, no quote, colon or question, and no word of what a
 * caption never does: the first person, saying (unless someone is placed in the photo: `Tiền đạo X (áo vàng) ăn mừng
 * bàn thắng quyết định`), narrating (`đã`, `sẽ`, `cần`, `không`) or stating (`là`, `có`, `dự kiến`, `tỷ đồng`); a date
 * only at its end (`Khu vực chờ khám ... sáng 28/9.`), none inside (`Vụ án được khởi tố từ tháng 4/2021 ...`).
 * markNewsCaptions asks the paragraphs around it too.
 */
export function isBareSceneCaption(
  text: string,
  span: TextSpan,
  sentenceCount: number,
  dates: readonly DateSpan[],
  stating: WordLexicon = STATING_WORDS,
): boolean {
  if (span.end - span.start > MAX_SCENE_LENGTH || sentenceCount !== 1) return false;
  const content = text.slice(span.start, span.end);
  const last = content.length - 1;
  if (content.charCodeAt(last) !== DOT || content.charCodeAt(last - 1) === DOT || !isCapitalized(content)) return false;
  if (holdsWhatCaptionsDoNot(content) || commasIn(content, MAX_BARE_SCENE_COMMAS) > MAX_BARE_SCENE_COMMAS) return false;
  const words = WORDS.read(text, span, MAX_BARE_SCENE_WORDS);
  if (words.count < MIN_BARE_SCENE_WORDS || words.count > MAX_BARE_SCENE_WORDS) return false;
  if (words.phraseAt(0, SENTENCE_OPENERS, 2) > 0 || words.mentions(FIRST_PERSON_WORDS, 2)) return false;
  if (words.mentionsInProse(NARRATING_WORDS, 2) || words.mentionsInProse(stating, 3)) return false;
  if (words.mentionsInProse(SAYING_WORDS, 2) && !PLACE_IN_PHOTO.test(content)) return false;
  return datedAtItsEndOnly(text, span, dates);
}

/**
 * True when `current`, a paragraph of two sentences, is a caption told by its shape with a note on the scene: each
 * sentence a caption by its shape alone (isBareSceneCaption: opened by its subject, narrating, stating and saying
 * nothing), both together no longer than one such caption (`Xe cứu nạn của lực lượng PCCC và CNCH tiếp cận hiện
 * trường. Nhiều đoạn đường dẫn vào bản bị sạt lở nghiêm trọng.`): `maxWords`, MAX_BARE_SCENE_WORDS in a news article,
 * and between an interview's answers as many as one scene caption there may hold (MAX_SCENE_WORDS).
 */
function isBareSceneCaptionWithNote(
  text: string,
  current: Piece,
  sentences: ParagraphSentences,
  dates: readonly DateSpan[],
  maxWords = MAX_BARE_SCENE_WORDS,
): boolean {
  const pair = sentencePair(current, sentences);
  if (pair === null || countWords(text, current, maxWords) > maxWords) return false;
  return isBareSceneCaption(text, pair.first, 1, dates) && isBareSceneCaption(text, pair.note, 1, dates);
}

/**
 * True when `current`, a paragraph of two sentences in a news article, is a caption with a note on the scene whose
 * first sentence shows a group at its work (CAPTION_GROUPS: `Công nhân`, `Nông dân`), perhaps with the moment of the
 * photo in a clause of before or after (`trước khi xuất khẩu`), each sentence otherwise told by its shape
 * (isBareSceneCaption), both together as long as one scene caption (MAX_SCENE_WORDS): `Nông dân phơi lúa trên sân
 * hợp tác xã trước khi nhập kho. Mỗi bao nặng 50kg.`; where the article's photos are credited (`photosShown`), the
 * note a short fact on the scene that may state (isFactNote: `Các đại biểu bỏ phiếu bầu Ban Chấp hành khóa mới. Đại hội
 * có 100% đại biểu triệu tập có mặt.`).
 */
function isGroupSceneWithNote(
  text: string,
  current: Piece,
  sentences: ParagraphSentences,
  dates: readonly DateSpan[],
  photosShown = false,
): boolean {
  const pair = sentencePair(current, sentences);
  if (pair === null || countWords(text, current, MAX_SCENE_WORDS) > MAX_SCENE_WORDS) return false;
  if (WORDS.read(text, pair.first, MAX_BARE_SCENE_WORDS).phraseAt(0, CAPTION_GROUPS, 4) === 0) return false;
  if (!isBareSceneCaption(text, pair.first, 1, dates, STATING_WORDS_BUT_MOMENTS)) return false;
  // Where the article's photos are credited, the note may state a fact on the scene, as between an interview's answers.
  return isBareSceneCaption(text, pair.note, 1, dates) || (photosShown && isFactNote(text, pair.note));
}

/**
 * True when `note`, the second sentence of a caption, is a short note of fact on the scene (`Mỗi ngày trạm tiếp nhận
 * khoảng 80 lượt khám.`, `Đại hội có 100% đại biểu triệu tập có mặt.`): MIN_FACT_NOTE_WORDS to MAX_NOTE_WORDS words,
 * never narrating (but `cần` before an amount), saying `tôi`, asking or quoting.
 */
function isFactNote(text: string, note: TextSpan): boolean {
  const words = WORDS.read(text, note, MAX_NOTE_WORDS);
  if (words.count < MIN_FACT_NOTE_WORDS || words.count > MAX_NOTE_WORDS || words.mentions(FIRST_PERSON_WORDS, 2)) return false;
  return !narratesBesidesNeed(text, words) && !holdsWhatCaptionsDoNot(text.slice(note.start, note.end));
}

/** The two sentences of `current`'s paragraph when it holds exactly two, else null. */
function sentencePair(current: Piece, sentences: ParagraphSentences): { first: TextSpan; note: TextSpan } | null {
  if (sentences.count(current.paragraph) !== 2) return null;
  const first = sentences.all[sentences.first(current.paragraph)];
  const note = sentences.all[sentences.first(current.paragraph) + 1];
  return first === undefined || note === undefined ? null : { first, note };
}

/** How many times as many words as a caption told by its shape each paragraph around it holds, at least. */
const NEIGHBOUR_SHARE = 1.5;

/**
 * True when the paragraphs `previous` and `next` around `current` set it apart as a photo's caption does: each holds
 * half as many words again as it, or more, and one of them two sentences or more (a caption among one-sentence
 * paragraphs is not set apart).
 */
function setApart(text: string, current: Piece, previous: Piece, next: Piece, sentences: ParagraphSentences): boolean {
  const least = Math.ceil(countWords(text, current, MAX_BARE_SCENE_WORDS) * NEIGHBOUR_SHARE);
  if (countWords(text, previous, least) < least || countWords(text, next, least) < least) return false;
  return sentences.count(previous.paragraph) >= 2 || sentences.count(next.paragraph) >= 2;
}

// Module-level, not a closure per article: V8 keeps a closure's optimized code only weakly.
/** True when `piece` ends its paragraph. */
function endsParagraph(piece: Piece, paragraphs: readonly ParagraphSpan[]): boolean {
  return paragraphs[piece.paragraph]?.end === piece.end;
}

/**
 * Text paragraphs of a paragraphed interview that are captions: between an answer paragraph (or the lead) and the
 * next paragraph of the interview. An interview is paragraphed when two questions or more end their paragraphs; in
 * one collapsed (`- Hỏi? - Đáp ...` on one line), only the paragraph between the lead and the first question.
 */
export function markSceneCaptions(
  text: string,
  pieces: readonly Piece[],
  paragraphs: readonly ParagraphSpan[],
  sentences: ParagraphSentences,
  dates: readonly DateSpan[],
): readonly Piece[] {
  let questions = 0;
  for (const piece of pieces) if (piece.role === 'question' && endsParagraph(piece, paragraphs)) questions += 1;
  // A collapsed interview (its questions run on with their answers) still has the caption after its lead. An article
  // that asks nothing is news, though lines of it read as labelled turns (`- Trần Văn A: 12 năm tù;` in a verdict).
  if (questions < 2 && !pieces.some(isQuestionPiece)) return markNewsCaptions(text, pieces, paragraphs, sentences, dates);
  const leadOnly = questions < 2;
  const lead = pieces.findIndex(isTextPiece);
  let asked = false;
  // Copied at the first caption: most interviews have none.
  let marked: Piece[] | null = null;
  for (let index = 0; index < pieces.length; index += 1) {
    const current = pieces[index] as Piece;
    if (current.role === 'question') asked = true;
    if (leadOnly && asked) break;
    if (current.role !== 'text' || !isWholeParagraph(current, paragraphs)) continue;
    const previous = pieces[index - 1];
    const next = pieces[index + 1];
    const afterAnswer = asked && (previous?.role === 'text' || previous?.role === 'answer');
    const afterLead = !asked && index - 1 === lead;
    if (previous === undefined || !(afterAnswer || afterLead) || !endsParagraph(previous, paragraphs)) continue;
    if (!endsSentence(text, previous)) continue;
    if (next === undefined || next.paragraph !== current.paragraph + 1) continue;
    if (next.role !== 'text' && next.role !== 'answer' && next.role !== 'question') continue;
    if (!isSceneCaption(text, current, sentences.count(current.paragraph), dates) && !isSceneCaptionWithNote(text, current, sentences, dates)) {
      // Or two sentences told by their shape, a scene and a note on it (`Lễ khánh thành trạm bơm tại xã X. Nhiều hộ
      // dân ven sông lần đầu có nước tưới.`), as between the paragraphs of a news article.
      // Or a scene caption and a short note of fact on it (`Người dân làm thủ tục tại Trạm Y tế xã X. Mỗi ngày trạm
      // tiếp nhận khoảng 80 lượt khám.`).
      if (!isPlacedSceneWithNote(text, current, sentences, dates) && !isSceneCaptionWithFactNote(text, current, sentences, dates)) continue;
    }
    marked ??= pieces.slice();
    marked[index] = withRole(current, 'caption');
  }
  return marked ?? pieces;
}

/**
 * True when `current`, a paragraph of two sentences between an interview's answers, is a caption told by its shape
 * with a note on the scene (isBareSceneCaptionWithNote, as long as one scene caption there may be), the scene placed
 * (`tại`, `ở`, `bên`) and counting nothing (no digit): `Lễ khánh thành trạm bơm tại xã Tân Lập. Nhiều hộ ven sông lần
 * đầu có nước tưới.`, not two short facts of an answer (`Trạm phục vụ hơn 5.000 người dân ở ba thôn. Nhiều thôn cách
 * trạm tới 15 km.`).
 */
function isPlacedSceneWithNote(text: string, current: Piece, sentences: ParagraphSentences, dates: readonly DateSpan[]): boolean {
  const pair = sentencePair(current, sentences);
  if (pair === null || !PLACED.test(text.slice(pair.first.start, pair.first.end)) || hasDigitBetween(text, pair.first.start, pair.first.end)) return false;
  return isBareSceneCaptionWithNote(text, current, sentences, dates, MAX_SCENE_WORDS);
}

/** Words that open a note on what a photo shows, pointing at it: `Đây là tòa nhà từng bị nhắc nhở nhiều lần.` */
const PHOTO_POINTERS = new WordLexicon(['đây là', 'đây cũng là', 'đây từng là', 'đây vốn là']);
const MAX_NOTE_WORDS = 20;

/**
 * True when `current`, a paragraph of two sentences, is a scene's caption with a note after it: the first sentence a
 * caption (isSceneCaption, or isBareSceneCaption by its shape), the second short and pointing at what the photo
 * shows (`Lực lượng chức năng kiểm tra hệ thống báo cháy tại một chung cư ở phường X. Đây là tòa nhà từng bị nhắc
 * nhở nhiều lần.`), asking, quoting and saying `tôi` nothing. Between an interview's answers; in a news article, set
 * apart by longer paragraphs (markNewsCaptions).
 */
function isSceneCaptionWithNote(text: string, current: Piece, sentences: ParagraphSentences, dates: readonly DateSpan[]): boolean {
  const pair = sentencePair(current, sentences);
  if (pair === null) return false;
  const { first, note } = pair;
  // The note first: a few words read, where the caption's checks read the whole first sentence, and few paragraphs'
  // second sentences open by pointing at a photo.
  const words = WORDS.read(text, note, MAX_NOTE_WORDS);
  if (words.count > MAX_NOTE_WORDS || words.phraseAt(0, PHOTO_POINTERS, 2) === 0 || words.mentions(FIRST_PERSON_WORDS, 2)) return false;
  if (holdsWhatCaptionsDoNot(text.slice(note.start, note.end))) return false;
  // The note points at the photo: the scene before it may be told by its shape alone (isBareSceneCaption), a group
  // shown at any work (`Cán bộ, chiến sĩ Hải đội X lai dắt tàu cá gặp nạn vào bờ.`).
  return isSceneCaption(text, first, 1, dates) || isBareSceneCaption(text, first, 1, dates);
}

const MIN_FACT_NOTE_WORDS = 4;

/**
 * True when `current`, a paragraph of two sentences between an interview's answers, is a scene's caption with a
 * short note of fact after it: the first sentence a caption by itself (isSceneCaption: a titled person or a group
 * shown at a scene and placed, `Người dân làm thủ tục tại Trạm Y tế xã Tân Lập, huyện Hòa Lạc.`), the second short
 * (MAX_NOTE_WORDS) and stating a fact on it (`Mỗi ngày trạm tiếp nhận khoảng 80 lượt khám.`), never narrating
 * (`đã`, `sẽ`, `cũng`, `cần`), saying `tôi`, asking or quoting: a speaker's paragraph about others narrates or speaks
 * for himself.
 */
function isSceneCaptionWithFactNote(text: string, current: Piece, sentences: ParagraphSentences, dates: readonly DateSpan[]): boolean {
  const pair = sentencePair(current, sentences);
  if (pair === null) return false;
  const { first, note } = pair;
  // The note first, a few words read: most second sentences of an answer are longer or narrate.
  return isFactNote(text, note) && isSceneCaption(text, first, 1, dates);
}

/** `cần` (need, should) and the words that may open an amount after it: `cần từ 120 đến 150 đơn vị máu`. */
const NEED_WORD = new WordLexicon(['cần']);
const AMOUNT_OPENERS = new WordLexicon(['từ', 'khoảng', 'gần', 'hơn', 'trên', 'chừng', 'tới']);

/**
 * True when `words` (a note's, read by WORDS) hold a narrating word (NARRATING_WORDS) other than `cần` right before an
 * amount in digits, maybe after its opener (`Mỗi ngày bệnh viện cần từ 120 đến 150 đơn vị máu.`, `Mỗi ca mổ cần 3
 * đơn vị máu.`): the verb of need stating how much, a fact, where `cần` before a verb tells what should be done (`Mỗi
 * hộ cần ghi nhật ký`).
 */
function narratesBesidesNeed(text: string, words: SpanWords): boolean {
  for (let index = words.firstInProse(NARRATING_WORDS, 2, 0); index >= 0; index = words.firstInProse(NARRATING_WORDS, 2, index + 1)) {
    if (!words.isIn(index, NEED_WORD) || words.phraseAt(index, NARRATING_WORDS, 2) !== 1) return true;
    const amount = words.isIn(index + 1, AMOUNT_OPENERS) ? index + 2 : index + 1;
    const code = amount < words.count ? text.charCodeAt(words.start(amount)) : 0;
    if (code < 0x30 || code > 0x39) return true;
  }
  return false;
}

/** True when `piece` is a caption (a photo credited with its cue, `Ảnh: ...`). */
function isCaptionPiece(piece: Piece): boolean {
  return piece.role === 'caption';
}

/**
 * The text piece that stands above `pieces[index]` in a news article: the piece right before it; or, past a line that
 * only credits a photo (`Ảnh minh họa`, `Ảnh: X`), the text before that line when it does not describe the photo
 * (describesCreditedPhoto): the credit then stands above its caption (`Ảnh minh họa`, then `Ban chấp hành khóa mới ra
 * mắt. Ông A (thứ hai từ trái sang) nhận hoa chúc mừng.`). Null when neither is text.
 */
function paragraphAbove(
  text: string,
  pieces: readonly Piece[],
  index: number,
  paragraphs: readonly ParagraphSpan[],
  sentences: ParagraphSentences,
): Piece | null {
  const previous = pieces[index - 1] as Piece;
  if (previous.role === 'text') return previous;
  // The role first: most pieces before a text are text, and few captions are credit lines.
  if (previous.role !== 'caption' || index < 2 || !isCreditLine(text, previous, paragraphs)) return null;
  const above = pieces[index - 2] as Piece;
  if (above.role !== 'text' || above.paragraph !== previous.paragraph - 1) return null;
  const first = sentences.all[sentences.first(above.paragraph)];
  if (first !== undefined && describesCreditedPhoto(text, above, first, sentences.count(above.paragraph))) return null;
  return above;
}

/**
 * Text paragraphs of a news article (no question in it) that are captions whose credit was lost, or set above them:
 * one sentence between two paragraphs of the text (or after a credit line that follows one, paragraphAbove), the
 * first of them ending its sentence, that reads as a caption strictly (a person or a group, then the scene placed in
 * the photo or dated at its end: `Người dân đeo khẩu trang trên đường Giải Phóng sáng 21/12.`), or by its shape alone
 * and set apart by longer paragraphs around it (isBareSceneCaption, setApart: `Máy phát điện chạy bằng khí biogas tại
 * trang trại của ông X.`).
 */
function markNewsCaptions(
  text: string,
  pieces: readonly Piece[],
  paragraphs: readonly ParagraphSpan[],
  sentences: ParagraphSentences,
  dates: readonly DateSpan[],
): readonly Piece[] {
  let marked: Piece[] | null = null;
  const photosShown = pieces.some(isCaptionPiece);
  for (let index = 1; index + 1 < pieces.length; index += 1) {
    const current = pieces[index] as Piece;
    if (current.role !== 'text' || !isWholeParagraph(current, paragraphs)) continue;
    const previous = paragraphAbove(text, pieces, index, paragraphs, sentences);
    const next = pieces[index + 1] as Piece;
    if (previous === null || !endsParagraph(previous, paragraphs) || !endsSentence(text, previous)) continue;
    if (next.role !== 'text' || next.paragraph !== current.paragraph + 1) continue;
    const sentenceCount = sentences.count(current.paragraph);
    if (!isSceneCaption(text, current, sentenceCount, dates, true, photosShown)) {
      // A caption of a thing or a place (no person, no group), told by its shape and the longer paragraphs around it;
      // perhaps with a second sentence of the same shape on the scene (isBareSceneCaptionWithNote), or one pointing at
      // what the scene shows, which may state (isSceneCaptionWithNote: `Quang cảnh buổi ký kết tại hội trường UBND
      // tỉnh X. Đây là biên bản hợp tác thứ hai giữa hai tỉnh.`).
      const bare =
        isBareSceneCaption(text, current, sentenceCount, dates) ||
        isBareSceneCaptionWithNote(text, current, sentences, dates) ||
        isGroupSceneWithNote(text, current, sentences, dates, photosShown) ||
        isSceneCaptionWithNote(text, current, sentences, dates);
      // The last photo's caption may end the article's text, an editor's note after it (`* Bài viết ...`): the
      // paragraph before sets it apart on both sides.
      const after = isEndNote(text, next, current) ? previous : next;
      if (!bare || !setApart(text, current, previous, after, sentences)) continue;
    }
    marked ??= pieces.slice();
    marked[index] = withRole(current, 'caption');
  }
  return marked ?? pieces;
}

const MAX_CREDITED_WORDS = 45;
/**
 * Most words of a photo's description above its credit whose first sentence places someone in the photo (`(giữa)`,
 * `(bìa phải)`): the page's own mark of a caption, which may then go on with a longer note on the scene.
 */
const MAX_PLACED_CREDITED_WORDS = 60;
const MAX_CREDITED_LENGTH = 320;
const MAX_CREDITED_SENTENCES = 2;

/**
 * True when `piece`, a whole paragraph, is a photo's credit alone: with its name (`Ảnh: Quốc Huy`, `(Ảnh: TTXVN)`) or
 * bare (`Ảnh minh họa`, `Ảnh tư liệu`).
 */
function isCreditLine(text: string, piece: Piece, paragraphs: readonly ParagraphSpan[]): boolean {
  return piece.role === 'caption' && isWholeParagraph(piece, paragraphs) && isPhotoCredit(text, piece);
}

/**
 * True when `span`, a paragraph of `sentenceCount` sentences right above a photo's credit, describes the photo:
 * one or two short sentences, no question, quote or first person, the first opened by its subject (no time, place,
 * source or link before it) and neither narrating (`đã`, `cũng`, `cho biết`) nor saying (`Thành viên hợp tác xã thu
 * hoạch lúa trên ruộng nuôi tôm. Năng suất vụ này đạt 5 tấn/ha.`), a speech or a decision shown as a scene aside
 * (SPEECH_SCENES: `Phó Chủ tịch tỉnh A trao quyết định cho ...`). Longer where the first sentence places someone in
 * the photo (`BS.CKII A (giữa) cùng ê kíp phẫu thuật ... . Ca mổ kéo dài gần 4 tiếng, ...`).
 */
function describesCreditedPhoto(text: string, span: TextSpan, first: TextSpan, sentenceCount: number): boolean {
  if (span.end - span.start > MAX_CREDITED_LENGTH || sentenceCount < 1 || sentenceCount > MAX_CREDITED_SENTENCES) return false;
  const content = text.slice(span.start, span.end);
  if (holdsWhatCaptionsDoNot(content) || !isCapitalized(content)) return false;
  const words = WORDS.read(text, span, MAX_PLACED_CREDITED_WORDS);
  if (words.count < MIN_SCENE_WORDS || words.mentions(FIRST_PERSON_WORDS, 2)) return false;
  // Longer only where the first sentence places someone in the photo (`BS A (giữa) cùng ê kíp ...`).
  if (words.count > MAX_CREDITED_WORDS && (words.count > MAX_PLACED_CREDITED_WORDS || !PLACE_IN_PHOTO.test(text.slice(first.start, first.end)))) return false;
  const opening = WORDS.read(text, first, MAX_CREDITED_WORDS);
  if (opening.phraseAt(0, SENTENCE_OPENERS, 2) > 0) return false;
  // A view of the whole scene describes a photo whatever event it names (`Toàn cảnh hội nghị công bố quyết định ...`).
  if (opening.phraseAt(0, VIEW_OPENERS, 2) > 0) return true;
  return !opening.mentionsInProse(NARRATING_WORDS, 2) && !(opening.mentionsInProse(SAYING_WORDS, 2) && saysBesidesSpeech(opening));
}

/** Words that open a photo's view of a whole scene: `Toàn cảnh hội nghị ...`, `Quang cảnh buổi lễ ...`. */
const VIEW_OPENERS = new WordLexicon(['toàn cảnh', 'quang cảnh', 'cận cảnh']);

/**
 * Paragraphs of text or answer right above a paragraph that only credits a photo (`Ảnh: Quốc Huy`, `Ảnh minh họa`): the
 * photo's description, its caption, when it reads as one (describesCreditedPhoto); in a news article, a paragraph past
 * the lead that ends with its own credit (closesWithOwnCredit), and among an interview's answers one that ends with its
 * own credit in brackets (`(Ảnh: X)`). `pieces` itself when there is none.
 */
export function markCreditedCaptions(
  text: string,
  pieces: readonly Piece[],
  paragraphs: readonly ParagraphSpan[],
  sentences: ParagraphSentences,
): readonly Piece[] {
  let marked: Piece[] | null = null;
  // A news article has no question; in an interview, what stands before the first question is no answer either.
  const firstQuestion = pieces.findIndex(isQuestionPiece);
  const beforeAnswers = firstQuestion < 0 ? pieces.length : firstQuestion;
  const lead = pieces.findIndex(isTextPiece);
  for (let index = 0; index < pieces.length; index += 1) {
    const current = pieces[index] as Piece;
    if ((current.role !== 'text' && current.role !== 'answer') || !isWholeParagraph(current, paragraphs)) continue;
    if (index < beforeAnswers && index > lead && current.role === 'text' && closesWithOwnCredit(text, current, sentences)) {
      marked ??= pieces.slice();
      marked[index] = withRole(current, 'caption');
      continue;
    }
    // Among the answers, a credit in brackets closing the paragraph (`... chân tường. (Ảnh: Thế Bình)`): the page's
    // own mark of a photo's caption, which an answer running on to a photo it speaks of never writes.
    if (
      index > beforeAnswers &&
      closesWithBracketedCredit(text, current, paragraphs) &&
      closesWithOwnCredit(text, current, sentences) &&
      !noteTellsStory(text, current, sentences)
    ) {
      marked ??= pieces.slice();
      marked[index] = withRole(current, 'caption');
      continue;
    }
    const next = pieces[index + 1];
    if (next === undefined || next.paragraph !== current.paragraph + 1 || !isCreditLine(text, next, paragraphs)) continue;
    const first = sentences.all[sentences.first(current.paragraph)];
    if (first === undefined || !describesCreditedPhoto(text, current, first, sentences.count(current.paragraph))) continue;
    marked ??= pieces.slice();
    marked[index] = withRole(current, 'caption');
  }
  return marked ?? pieces;
}

/** Words of tense and aspect by which a speaker tells his story: `đã`, `sẽ`, `cũng`, `vẫn`. */
const STORY_WORDS = new WordLexicon(['đã', 'sẽ', 'cũng', 'vẫn']);
const NOTE_WORDS = new SpanWords();

/**
 * True when a sentence between the first of `current`'s paragraph and its credit (the note on the scene) tells a story
 * as a speaker does (STORY_WORDS: `Nhà trạm cũng đã được sửa lại từ năm ngoái.`): the answer's, running on to its
 * photo; a note of fact on the scene (`Mỗi hộ được kẻ ô kinh doanh không quá 1,2m.`) is the caption's.
 */
function noteTellsStory(text: string, current: Piece, sentences: ParagraphSentences): boolean {
  const first = sentences.first(current.paragraph);
  const count = sentences.count(current.paragraph);
  for (let index = first + 1; index < first + count - 1; index += 1) {
    const note = sentences.all[index];
    if (note !== undefined && NOTE_WORDS.read(text, note, MAX_CREDITED_WORDS).mentionsInProse(STORY_WORDS, 1)) return true;
  }
  return false;
}

/** True when the paragraph of `current` ends with a closing bracket: `... (Ảnh: Thế Bình)`, `... [Ảnh: TTXVN]`. */
function closesWithBracketedCredit(text: string, current: Piece, paragraphs: readonly ParagraphSpan[]): boolean {
  let end = (paragraphs[current.paragraph] as ParagraphSpan).end;
  while (end > current.start && isWhiteSpaceAt(text, end - 1)) end -= 1;
  const code = text.charCodeAt(end - 1);
  return code === 0x29 || code === 0x5d; // ) ]
}

/**
 * True when `current`, a whole paragraph of a news article past its lead, ends with a sentence that only credits a
 * photo (`(Ảnh: Phan Hậu)`) and the one or two sentences before it describe the photo as a paragraph above a credit
 * line does (describesCreditedPhoto: short, the first opened by its subject, neither narrating nor saying), a note
 * after the scene free to narrate (`Hội viên CLB thi đấu giao hữu bên lề lễ khai mạc. Người cao tuổi nhất CLB năm nay đã
 * 91 tuổi. (Ảnh: Phan Hậu)`): a reporter's paragraph never credits a photo. Not in an interview's answers, which may
 * run on to the photo they speak of (before its first question, past the lead, it may: `Anh A kiểm tra bẫy tại vườn.
 * Bẫy chụp ảnh 4 lần mỗi ngày. Ảnh: Minh Châu`), unless the credit stands in brackets (closesWithBracketedCredit), nor
 * the lead, which may carry the article's first photo's credit.
 */
function closesWithOwnCredit(text: string, current: Piece, sentences: ParagraphSentences): boolean {
  const count = sentences.count(current.paragraph);
  if (count < 2 || count > MAX_CREDITED_SENTENCES + 1) return false;
  const credit = sentences.last(current.paragraph);
  const first = sentences.all[sentences.first(current.paragraph)];
  if (credit === undefined || first === undefined || credit.end !== current.end || !isPhotoCredit(text, credit)) return false;
  return describesCreditedPhoto(text, { start: current.start, end: credit.start }, first, count - 1);
}
