// An author's name written as a line of its own (`Minh Châu`, `Minh Châu (thực hiện)`, `Hải Yến - Minh Đức`,
// `Lan Anh/VOV`, `Thu Hà/VOV.VN`: the agency after the names is no part of the author), usually the last line of an article, sometimes run onto the end of the last line of a dump.
import { foldKey } from '../shared/vietnamese.js';
import type { TextSpan } from '../../pipeline/document.js';
import { AUTHOR_ROLE_NOTES, NOT_NAME_WORDS } from './lexicon.js';

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Lu}?[\p{Ll}\p{M}]*)?$/u;
/** Many sites print the author in capitals: `MINH CHÂU`. */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\p{M}]*$/u;
/** An agency in capitals, maybe with its site's domain: `TTXVN`, `VOV`, `VOV.VN`, `VTV.vn`. */
const AGENCY_WORD = /^\p{Lu}{2,8}(?:\.(?:VN|vn|COM|com|NET|net))?$/u;
const ROLE_NOTE = /\s*\(([^()]{1,40})\)\s*$/u;
/**
 * The same role written without parentheses after the names, the way interviews and notes sign: `Minh Châu thực
 * hiện`, `Ngọc Hân ghi`. Only lower-case role words, so a name's own last syllable is never taken for one.
 */
const ROLE_TAIL = /\s+(?:thực\shiện|ghi|ghi\schép|ghi\slại|tổng\shợp|lược\sdịch|biên\sdịch)\s*\.?\s*$/u;
const MAX_AUTHOR_LINE = 130;
/** Sticky: every name starts with a capital, so a line that does not is refused before it is cut into words. */
const CAPITAL_AT = /\p{Lu}/uy;
const NAME_SEPARATOR = /\s*(?:[-–,/&]|\svà\s)\s*/gu;
const SPACES = /\s+/u;
const SPACE = /\s/u;
const SPACE_OR_DOT = /[\s.]/u;
const THEO = /^theo\s/iu;
/**
 * A group of the outlet's reporters signing together: `Nhóm PV`, `Nhóm P.V`, `Nhóm phóng viên`, maybe with its desk
 * (`Nhóm PV Thời sự`). An author, not an organization.
 */
const REPORTERS_GROUP = /^(?:Nhóm|NHÓM)\s(?:PV|P\.\s?V|[Pp]hóng\sviên|PHÓNG\sVIÊN)(?:\s\p{Lu}[\p{Ll}\p{M}]*(?:\s[\p{Ll}\p{M}]+){0,2})?$/u;

/** True when `part` is a person's name as bylines write it: two to five capitalized syllables. */
function isNameLike(part: string): boolean {
  const words = part.split(SPACES);
  // split leaves an empty word where the part starts or ends with spaces.
  const first = words[0] === '' ? 1 : 0;
  const end = words[words.length - 1] === '' ? words.length - 1 : words.length;
  if (end - first < 2 || end - first > 5) return false;
  if (NOT_NAME_WORDS.has(foldKey(words[first] ?? ''))) return false;
  return allMatch(words, first, end, NAME_WORD) || allMatch(words, first, end, CAPITALS_WORD);
}

function allMatch(words: readonly string[], first: number, end: number, pattern: RegExp): boolean {
  for (let index = first; index < end; index += 1) if (!pattern.test(words[index] ?? '')) return false;
  return true;
}

/**
 * The author named by a line that holds only names (and a role note in parentheses), as a span of `text`; null
 * when the line says anything else.
 */
export function readAuthorLine(text: string, line: TextSpan): TextSpan | null {
  let end = line.end;
  let start = line.start;
  while (start < end && SPACE.test(text[start] ?? '')) start += 1;
  if (end - start > MAX_AUTHOR_LINE) return null;
  CAPITAL_AT.lastIndex = start;
  if (!CAPITAL_AT.test(text)) return null;
  const note = ROLE_NOTE.exec(text.slice(start, end));
  if (note) {
    const said = note[1] ?? '';
    if (!AUTHOR_ROLE_NOTES.has(foldKey(said)) && !THEO.test(said) && !AGENCY_WORD.test(said)) return null;
    end = start + note.index;
  } else {
    const tail = ROLE_TAIL.exec(text.slice(start, end));
    if (tail) end = start + tail.index;
  }
  while (end > start && SPACE_OR_DOT.test(text[end - 1] ?? '')) end -= 1;
  const content = text.slice(start, end);
  if (content.length === 0 || content.length > 80) return null;
  // Parts between separators: names, the first one always, or an agency after a slash (`Lan Anh/VOV`), which the
  // author ends before when it closes the line.
  let namesEnd = 0;
  let from = 0;
  NAME_SEPARATOR.lastIndex = 0;
  for (;;) {
    const separator = NAME_SEPARATOR.exec(content);
    const to = separator === null ? content.length : separator.index;
    const part = content.slice(from, to);
    if (isNameLike(part) || REPORTERS_GROUP.test(part.trim())) namesEnd = to;
    else if (from === 0 || !AGENCY_WORD.test(part)) return null;
    if (separator === null) break;
    from = separator.index + separator[0].length;
    // An empty separator match cannot happen (each needs a character), so the loop advances.
  }
  return { start, end: start + namesEnd };
}
