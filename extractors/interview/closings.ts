// Closings: the interviewer's thanks that end an interview (`Trân trọng cảm ơn ông!`, `Xin cảm ơn bà!`,
// `PV: Xin cảm ơn!`), possibly with a wish after it (`Chúc ông sức khỏe.`). Short, and asking nothing.
import type { TextSpan } from '../../pipeline/document.js';
import { foldKey } from '../shared/vietnamese.js';
import { ARTICLE_NOTE_OPENERS, CLOSING_CUES, NARRATING_WORDS, REPORTER_SIGNS, SENTENCE_OPENERS } from './lexicon.js';
import { isDashCode, isWhiteSpaceAt } from './pieces.js';
import { isInLexicon, WordLexicon } from './word-lexicon.js';
import { countWords, letterOrMarkLength, SpanWords } from './words.js';

const CLOSING = new RegExp(`^(?:[-–—]\\s*)?(?:${[...CLOSING_CUES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])`, 'u');
const MAX_CLOSING_WORDS = 30;
const MAX_CLOSING_LENGTH = 300;

/** The first words of the closing cues: a line opening on another word is no closing, whatever follows. */
const CUE_FIRST_WORDS = new WordLexicon(CLOSING_CUES.map((cue) => foldKey(cue).split(' ')[0] ?? ''));
/** The longest of them: lower case never shortens a word, so a longer first word opens no cue. */
const LONGEST_CUE_WORD = Math.max(...[...CUE_FIRST_WORDS.entries].map((word) => word.length));

/**
 * True when the first word of `span` (letters and marks, after spaces and a dash: what `^\s*(?:[-–—]\s*)?
 * ([\p{L}\p{M}]+)` finds) opens a closing cue. The text is NFC with modern tone placement already, so a cue's
 * first word folds from its lower case.
 */
function opensWithCueWord(text: string, span: TextSpan): boolean {
  let start = span.start;
  while (start < span.end && isWhiteSpaceAt(text, start)) start += 1;
  if (start < span.end && isDashCode(text.charCodeAt(start))) {
    start += 1;
    while (start < span.end && isWhiteSpaceAt(text, start)) start += 1;
  }
  let end = start;
  for (let length = letterOrMarkLength(text, end, span.end); length > 0 && end < span.end; length = letterOrMarkLength(text, end, span.end)) {
    end += length;
    if (end - start > LONGEST_CUE_WORD) return false;
  }
  return end > start && isInLexicon(CUE_FIRST_WORDS, text, start, end);
}

export function isClosing(text: string, span: TextSpan): boolean {
  if (span.end - span.start > MAX_CLOSING_LENGTH || !opensWithCueWord(text, span)) return false;
  const content = text.slice(span.start, span.end);
  if (content.includes('?') || !CLOSING.test(foldKey(content))) return false;
  return countWords(text, span, MAX_CLOSING_WORDS) <= MAX_CLOSING_WORDS;
}

/** Most words of an editor's note (isEndNote). */
const MAX_NOTE_WORDS = 40;
/** The longest of ARTICLE_NOTE_OPENERS, in words. */
const LONGEST_NOTE_OPENER = 6;
const NOTE_WORDS = new SpanWords();
const LONGEST_SIGN = 4;

const STAR = 0x2a;

/** True when `span` opens with a star and a space (`* ...`): an editor's note, or an item of a starred list. */
function opensWithStar(text: string, span: TextSpan): boolean {
  return span.end - span.start > 2 && text.charCodeAt(span.start) === STAR && isWhiteSpaceAt(text, span.start + 1);
}

/** The longest of SENTENCE_OPENERS, in words. */
const LONGEST_SENTENCE_OPENER = 2;

/**
 * True when a starred line opens as a news sentence does, with its time or place before the subject (SENTENCE_OPENERS:
 * `Tính từ`, `Năm`, `Tại`), and narrates (NARRATING_WORDS: `đã`, `sẽ`): a fact set apart in a box (`* Tính từ năm 1996,
 * phà X đã đưa hơn 40 triệu lượt người qua sông.`), not the editor's note on the article (`* Bài viết có sử dụng số liệu
 * ...`, `* Tên nhân vật đã được thay đổi.`, `* Số liệu tính đến ngày 30/9.`).
 */
function narratesAFact(words: SpanWords): boolean {
  return words.phraseAt(0, SENTENCE_OPENERS, LONGEST_SENTENCE_OPENER) > 0 && words.mentionsInProse(NARRATING_WORDS, 2);
}

/**
 * True when `span`, a whole paragraph after the article's text, closes the article though it thanks nobody: a
 * reporter's sign-off alone (`PV`), a short editor's note on the article itself (`Bài viết thuộc loạt bài ...`,
 * `Bài viết thể hiện quan điểm của người được phỏng vấn.`), or any short note the editor marks with a star (`* Bài
 * viết có sử dụng số liệu do ... cung cấp.`, `* Tên nhân vật đã được thay đổi.`), unless the paragraph `before` it
 * opens with a star too (the last item of a starred list), or it narrates a fact (narratesAFact). The caller checks that only bylines, sources, captions and
 * closings follow it.
 */
export function isEndNote(text: string, span: TextSpan, before?: TextSpan): boolean {
  if (span.end - span.start <= LONGEST_SIGN && REPORTER_SIGNS.has(text.slice(span.start, span.end))) return true;
  const words = NOTE_WORDS.read(text, span, MAX_NOTE_WORDS);
  if (words.count > MAX_NOTE_WORDS) return false;
  if (opensWithStar(text, span)) return (before === undefined || !opensWithStar(text, before)) && !narratesAFact(words);
  return words.phraseAt(0, ARTICLE_NOTE_OPENERS, LONGEST_NOTE_OPENER) > 0;
}
