// Numbers written in digits the Vietnamese way: `1.233` is 1233, `1,5` is 1.5, `2.000.000`; English grouping where it
// is unambiguous (`1,234.5`). Part of the shared number reader (numbers.ts re-exports it).

/** Regex source: a number in digits, Vietnamese or English grouping (`1.233`, `12,5`, `2.000.000`). Linear. */
export const DIGIT_NUMBER_SOURCE = '\\d+(?:[.,]\\d+)*';

const DOT = 46;
const COMMA = 44;

/**
 * Parses a number written in digits. Vietnamese grouping: dots group thousands and a comma marks decimals
 * (`1.233` → 1233, `1.234,5` → 1234.5, `12,5` → 12.5); English grouping when it is unambiguous (`1,234.5`,
 * `2,000,000`); a single dot before a group that is not three digits is a decimal point (`1.5`, `4.0`).
 * Returns null for what is no number (`1.2.3`, an empty string). Read in one pass over the characters, with no
 * regex: digits, and single dots or commas between digits.
 */
export function parseDigitNumber(text: string): number | null {
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (isDigit(code)) continue;
    // A mark stands between two digits: after a digit, and never last (a mark after it has no digit before it).
    if ((code !== DOT && code !== COMMA) || at === text.length - 1 || !isDigit(text.charCodeAt(at - 1))) return null;
    if (code === DOT) {
      dots += 1;
      lastDot = at;
    } else {
      commas += 1;
      lastComma = at;
    }
  }
  if (text.length === 0) return null;
  if (dots === 0 && commas === 0) return Number(text);
  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, used once; the other groups the integer part by threes.
    const decimalIsDot = lastDot > lastComma;
    const decimalAt = decimalIsDot ? lastDot : lastComma;
    const groupMark = decimalIsDot ? ',' : '.';
    if ((decimalIsDot ? dots : commas) > 1 || !isGrouped(text, decimalAt, groupMark.charCodeAt(0))) return null;
    return Number(`${text.slice(0, decimalAt).replaceAll(groupMark, '')}.${text.slice(decimalAt + 1)}`);
  }
  const mark = dots > 0 ? '.' : ',';
  if (dots + commas === 1) {
    // One separator: a dot before three digits groups thousands (`1.233`), a comma is Vietnamese decimals (`1,5`).
    if (dots === 1 && isGrouped(text, text.length, DOT)) return Number(text.replace(mark, ''));
    const at = dots > 0 ? lastDot : lastComma;
    return Number(`${text.slice(0, at)}.${text.slice(at + 1)}`);
  }
  return isGrouped(text, text.length, mark.charCodeAt(0)) ? Number(text.replaceAll(mark, '')) : null;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * True when `text` up to `end`, digits and `mark`s only, is digits grouped by threes with `mark` (`1.233`,
 * `12.000.000`) or digits alone.
 */
function isGrouped(text: string, end: number, mark: number): boolean {
  let groupStart = 0;
  for (let at = 0; at < end; at += 1) {
    if (text.charCodeAt(at) !== mark) continue;
    const length = at - groupStart;
    if (groupStart === 0 ? length < 1 || length > 3 : length !== 3) return false;
    groupStart = at + 1;
  }
  return groupStart === 0 ? end > 0 : end - groupStart === 3;
}

/** True when `text` holds an ASCII digit between `start` and `end`. */
export function hasDigitBetween(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}
