// An author's name written as a line of its own (`Minh Châu`, `Minh Châu (thực hiện)`, `Hải Yến - Minh Đức`,
// `Lan Anh/VOV`), usually the last line of an article, sometimes run onto the end of the last line of a dump.
import { foldKey } from '../shared/vietnamese.js';
import type { TextSpan } from '../../pipeline/document.js';
import { AUTHOR_ROLE_NOTES, NOT_NAME_WORDS } from './lexicon.js';

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Lu}?[\p{Ll}\p{M}]*)?$/u;
/** Many sites print the author in capitals: `MINH CHÂU`. */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\p{M}]*$/u;
const AGENCY_WORD = /^\p{Lu}{2,8}$/u;
const ROLE_NOTE = /\s*\(([^()]{1,40})\)\s*$/u;
const MAX_AUTHOR_LINE = 130;
const NAME_SEPARATOR = /\s*(?:[-–,/&]|\svà\s)\s*/u;

/** True when `part` is a person's name as bylines write it: two to five capitalized syllables. */
function isNameLike(part: string): boolean {
  const words = part.split(/\s+/u).filter((word) => word !== '');
  if (words.length < 2 || words.length > 5) return false;
  if (NOT_NAME_WORDS.has(foldKey(words[0] ?? ''))) return false;
  return words.every((word) => NAME_WORD.test(word)) || words.every((word) => CAPITALS_WORD.test(word));
}

/**
 * The author named by a line that holds only names (and a role note in parentheses), as a span of `text`; null
 * when the line says anything else.
 */
export function readAuthorLine(text: string, line: TextSpan): TextSpan | null {
  let end = line.end;
  let start = line.start;
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  if (end - start > MAX_AUTHOR_LINE) return null;
  const note = ROLE_NOTE.exec(text.slice(start, end));
  if (note) {
    const said = note[1] ?? '';
    if (!AUTHOR_ROLE_NOTES.has(foldKey(said)) && !/^theo\s/iu.test(said) && !AGENCY_WORD.test(said)) return null;
    end = start + note.index;
  }
  while (end > start && /[\s.]/u.test(text[end - 1] ?? '')) end -= 1;
  const content = text.slice(start, end);
  if (content.length === 0 || content.length > 80) return null;
  const parts = content.split(NAME_SEPARATOR);
  const [first, ...rest] = parts;
  if (first === undefined || !isNameLike(first)) return null;
  // Later parts: more names, or an agency after a slash (`Lan Anh/VOV`).
  if (!rest.every((part) => isNameLike(part) || AGENCY_WORD.test(part))) return null;
  return { start, end };
}
