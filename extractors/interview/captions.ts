// Photo captions: lines opened or closed by a caption cue (`Ảnh: ...`, `(Ảnh: TTXVN)`, `Ảnh minh họa`), and short
// lines that only name a person and their post, in either order (`Phó Tổng cục trưởng ... Hà Minh Hiệp.`,
// `Ông Nguyễn Văn An - Cục trưởng Cục Hàng hải`), as they stand between answer paragraphs or run into a dump.
import type { TextSpan } from '../../pipeline/document.js';
import { CAPTION_CUES, FIRST_PERSON_WORDS, POST_WORDS, SPEAKER_TITLES } from './lexicon.js';
import { isCapitalized, mentionsAny, wordsOf, type Word } from './words.js';

const CUE_SOURCE = [...CAPTION_CUES].sort((a, b) => b.length - a.length).join('|');
const OPENS_WITH_CUE = new RegExp(`^[(\\[]?\\s*(?:${CUE_SOURCE})(?:\\s*[:/]|\\s*$|\\s+(?:do|của|từ|theo|nguồn)\\s)`, 'u');
/** A cue at the end: `... (Ảnh: TTXVN)`, `... - Ảnh: Thanh Hà`, `... Viện trưởng. Ảnh: Thanh Hà`. */
const CLOSES_WITH_CUE = new RegExp(
  `(?:[(\\[]\\s*(?:${CUE_SOURCE})[^()\\[\\]]{0,60}[)\\]]|(?:[\\-–—]|[.!])\\s*(?:${CUE_SOURCE})\\s*:[^()\\[\\]]{1,60})\\.?$`,
  'u',
);
const MAX_CUED_WORDS = 60;
const MAX_CAPTION_LENGTH = 600;
const MAX_NAMING_WORDS = 30;
const MAX_NAMING_LENGTH = 220;
const MIN_CAPITALIZED_SHARE = 0.5;

function trailingName(words: readonly Word[]): number {
  let count = 0;
  for (let index = words.length - 1; index >= 0 && isCapitalized(words[index]?.text ?? ''); index -= 1) count += 1;
  return count;
}

function leadingTitledName(words: readonly Word[]): boolean {
  const first = words[0];
  if (first === undefined || !SPEAKER_TITLES.has(first.key)) return false;
  let names = 0;
  for (let index = 1; index < words.length && isCapitalized(words[index]?.text ?? ''); index += 1) names += 1;
  return names >= 2;
}

/** True when `span` (a line, or a piece of a collapsed line) is a photo caption. */
export function isCaption(text: string, span: TextSpan): boolean {
  if (span.end - span.start > MAX_CAPTION_LENGTH) return false;
  const content = text.slice(span.start, span.end).trim();
  if (content === '' || content.includes('?')) return false;
  const words = wordsOf(text, span);
  if (words.length <= MAX_CUED_WORDS && (OPENS_WITH_CUE.test(content) || CLOSES_WITH_CUE.test(content))) return true;
  if (words.length < 3 || words.length > MAX_NAMING_WORDS || content.length > MAX_NAMING_LENGTH) return false;
  if (/[“”"!;]/u.test(content) || /[.!]\s+\p{Lu}/u.test(content)) return false; // quotes or several sentences
  if (mentionsAny(words, FIRST_PERSON_WORDS) || !mentionsAny(words, POST_WORDS)) return false;
  const capitalized = words.filter((word) => isCapitalized(word.text)).length;
  if (capitalized / words.length < MIN_CAPITALIZED_SHARE) return false;
  return trailingName(words) >= 2 || leadingTitledName(words);
}
