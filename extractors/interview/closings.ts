// Closings: the interviewer's thanks that end an interview (`Trân trọng cảm ơn ông!`, `Xin cảm ơn bà!`,
// `PV: Xin cảm ơn!`), possibly with a wish after it (`Chúc ông sức khỏe.`). Short, and asking nothing.
import type { TextSpan } from '../../pipeline/document.js';
import { foldKey } from '../shared/vietnamese.js';
import { CLOSING_CUES } from './lexicon.js';
import { wordsOf } from './words.js';

const CLOSING = new RegExp(`^(?:[-–—]\\s*)?(?:${[...CLOSING_CUES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])`, 'u');
const MAX_CLOSING_WORDS = 30;
const MAX_CLOSING_LENGTH = 300;

/** The first words of the closing cues: a line opening on another word is no closing, whatever follows. */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set(CLOSING_CUES.map((cue) => foldKey(cue).split(' ')[0] ?? ''));
const FIRST_WORD = /^\s*(?:[-–—]\s*)?([\p{L}\p{M}]+)/u;

export function isClosing(text: string, span: TextSpan): boolean {
  if (span.end - span.start > MAX_CLOSING_LENGTH) return false;
  const content = text.slice(span.start, span.end);
  if (content.includes('?')) return false;
  // The text is NFC with modern tone placement already, so a cue's first word folds from its lower case.
  const first = FIRST_WORD.exec(content);
  if (first === null || !CUE_FIRST_WORDS.has((first[1] ?? '').toLowerCase())) return false;
  if (!CLOSING.test(foldKey(content))) return false;
  return wordsOf(text, span).length <= MAX_CLOSING_WORDS;
}
