// Numbers written in digits the Vietnamese way: `1.233` is 1233, `1,5` is 1.5, `2.000.000`; English grouping where it
// is unambiguous (`1,234.5`). Part of the shared number reader (numbers.ts re-exports it).

/** Regex source: a number in digits, Vietnamese or English grouping (`1.233`, `12,5`, `2.000.000`). Linear. */
export const DIGIT_NUMBER_SOURCE = '\\d+(?:[.,]\\d+)*';

const DIGIT_NUMBER = /^\d+(?:[.,]\d+)*$/u;
const DIGITS_ONLY = /^\d+$/u;
const GROUP_HEAD = /^\d{1,3}$/u;
const GROUP_OF_THREE = /^\d{3}$/u;

/**
 * Parses a number written in digits. Vietnamese grouping: dots group thousands and a comma marks decimals
 * (`1.233` → 1233, `1.234,5` → 1234.5, `12,5` → 12.5); English grouping when it is unambiguous (`1,234.5`,
 * `2,000,000`); a single dot before a group that is not three digits is a decimal point (`1.5`, `4.0`).
 * Returns null for what is no number (`1.2.3`, an empty string).
 */
export function parseDigitNumber(text: string): number | null {
  if (isPlainDigits(text)) return Number(text);
  if (!DIGIT_NUMBER.test(text)) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalMark = lastDot > lastComma ? '.' : ',';
    const groupMark = decimalMark === '.' ? ',' : '.';
    const decimalAt = text.lastIndexOf(decimalMark);
    const integerPart = text.slice(0, decimalAt);
    if (integerPart.includes(decimalMark) || !isGrouped(integerPart, groupMark)) return null;
    return Number(`${integerPart.split(groupMark).join('')}.${text.slice(decimalAt + 1)}`);
  }
  const mark = lastDot >= 0 ? '.' : ',';
  const groups = text.split(mark);
  if (groups.length === 2) {
    // One separator: a dot before three digits groups thousands (`1.233`), a comma is Vietnamese decimals (`1,5`).
    if (mark === '.' && isGrouped(text, '.')) return Number(groups.join(''));
    return Number(`${groups[0]}.${groups[1]}`);
  }
  return isGrouped(text, mark) ? Number(groups.join('')) : null;
}

/** Digits 0-9 only, at least one (the common case, read without a regex). */
function isPlainDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** True when `text` is digits grouped by threes with `mark`: `1.233`, `12.000.000`. */
function isGrouped(text: string, mark: string): boolean {
  const groups = text.split(mark);
  const head = groups[0] ?? '';
  if (groups.length === 1) return DIGITS_ONLY.test(head);
  return GROUP_HEAD.test(head) && groups.slice(1).every((group) => GROUP_OF_THREE.test(group));
}
