// `một` as one item of a list of counted things. `một` is mostly the article "a" (`là một doanh nghiệp lớn`); in a list
// whose other items open with a number it counts its noun as they do: `đầu tư 2 lò sấy và một dây chuyền`, `gồm một
// hệ thống chụp cắt lớp, hai máy siêu âm`, `thiếu hai giáo viên tiếng Anh và một nhân viên y tế`, `xử phạt 9 trường
// hợp ..., chuyển công an một vụ`. The neighbour item is looked for a few tokens either side, in the same clause.
import type { FigureSpan } from '../../pipeline/document.js';
import { lowerCased } from './characters.js';
import { MEASURE_UNITS } from './lexicon.js';
import { isNumberWordAt, type FigureNumber } from './numbers-at.js';
import { DIGITS, isGlued, isLowerWordAt, isWordAt, kindAt, LINE_BREAK, type FigureContext, type FigureToken } from './tokens.js';

/** How many tokens may lie between the figure of the item before and `một` (`2 lò sấy lá và một`: two). */
const REACH_BACK = 6;
/** How many tokens the item of `một` may run on after its noun before the separator of the next item. */
const REACH_AHEAD = 20;

/** Marks that end the clause a list lies in. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ';', ':', '?', '!', '…']);

/**
 * Words before `một` that make it the article of a description, an owner or a place (`là một doanh nghiệp`, `như một
 * người thầy`, `sân của một trường`, `giá một căn hộ`, `hiếm thấy ở một giải nữ`, `trong một năm`).
 */
const DESCRIBING_BEFORE: ReadonlySet<string> = new Set([
  'là', 'thành', 'như', 'tựa', 'của', 'giá', 'ở', 'tại', 'trong', 'với', 'về', 'từ', 'trên', 'dưới', 'vào', 'qua',
]);

/**
 * Words that open a clause of its own rather than a list's next item (`7,5 triệu đồng, trong khi giá một căn hộ`,
 * `9 cầu thủ, nhưng một người`): between the item before and `một`, they end the list.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'trong', 'khi', 'nhưng', 'còn', 'song', 'nếu', 'vì', 'do', 'để', 'mà', 'tuy', 'dù', 'nên', 'thì', 'nhờ', 'bởi',
  // `nay` (now), set against a time told before: `thuê trọ 8 năm với giá 2,5 triệu đồng/tháng, nay mong mua một căn hộ`
  'nay',
]);

/** Number words that open no item of a list here: `năm` (year), `ba` (father), `tư` (private), `không` (not), `một`. */
const WEAK_OPENERS: ReadonlySet<string> = new Set(['một', 'năm', 'ba', 'tư', 'không']);

/** Whether the token at `index` separates two items of a list: a comma or `và`. */
function separatesItems(context: FigureContext, index: number): boolean {
  const token = context.tokens[index];
  return token !== undefined && (token.text === ',' || (token.key === 'và' && isWordAt(context, index)));
}

/** Whether the token at `index` ends the clause (a stop, a colon, a semicolon, a line break). */
function endsClause(context: FigureContext, index: number): boolean {
  const token = context.tokens[index];
  return token === undefined || kindAt(context, index) === LINE_BREAK || CLAUSE_ENDS.has(token.text);
}

/**
 * `một` at `number` (a single number word) counts the noun before `unitNext` as an item of a list of counted things:
 * the item before it ends with the figure found last (`previous`, see followsListedFigure), or the item after it
 * opens with a number (see precedesListedNumber). Never after a word of description (`là một`, `của một`).
 */
export function isListedWithCount(context: FigureContext, number: FigureNumber, unitNext: number, previous: FigureSpan | null): boolean {
  const before = context.tokens[number.first - 1];
  if (before && isWordAt(context, number.first - 1) && DESCRIBING_BEFORE.has(before.key)) return false;
  return followsListedFigure(context, number.first, previous) || precedesListedNumber(context, unitNext) ||
    breaksDownCount(context, number, previous) || continuesCountAfterSemicolon(context, number, unitNext, previous);
}

/** How many tokens may lie between the count of the clause before and the semicolon ending that clause. */
const SEMICOLON_CLAUSE_REACH = 24;

/**
 * `một` + a noun right after a semicolon, the noun the unit of the count in the clause before it (`đoàn phát hiện 3
 * nhà máy chưa nghiệm thu phòng cháy, chữa cháy; một nhà máy có 12% số tấm pin suy giảm`): the next item of a list
 * told clause by clause, one of those things. The count (`previous`) lies in the clause the semicolon closes, no stop,
 * colon or semicolon between, commas allowed.
 */
function continuesCountAfterSemicolon(context: FigureContext, number: FigureNumber, unitNext: number, previous: FigureSpan | null): boolean {
  const { tokens } = context;
  if (previous === null || previous.kind !== 'count' || previous.unit === null || tokens[number.first - 1]?.text !== ';') return false;
  const unit = lowerCased(previous.unit);
  let at = number.next;
  let offset = 0;
  for (; at < unitNext && offset < unit.length; at += 1) {
    const key = (tokens[at] as FigureToken).key;
    const end = offset + key.length;
    if (!unit.startsWith(key, offset) || (end < unit.length && unit.charCodeAt(end) !== 0x20)) return false;
    offset += key.length + 1;
  }
  if (offset < unit.length) return false;
  for (let back = number.first - 2; back >= 0 && number.first - 2 - back <= SEMICOLON_CLAUSE_REACH; back -= 1) {
    if ((tokens[back] as FigureToken).start < previous.end) return true;
    if (endsClause(context, back)) return false;
  }
  return false;
}

/** How many words may stand between `chỉ` and `một`: the verb that takes the thing counted (`chỉ ghi tên một`). */
const MOST_VERB_WORDS = 2;
/** Words after `chỉ` that make it no "only" but a syllable of a word: `chỉ đạo`, `chỉ số`, `chỉ tiêu`, `chỉ ra`. */
const NOT_ONLY_AFTER: ReadonlySet<string> = new Set(['đạo', 'số', 'tiêu', 'thị', 'định', 'huy', 'dẫn', 'ra', 'rõ', 'vào', 'trỏ', 'điểm', 'mặt', 'tay']);

/**
 * `một` after `chỉ` (only) and the verb that takes the thing counted, one or two lower-case words (`chỉ ghi tên một
 * người`, `chỉ nhận một hồ sơ`): one and no more, a count, as `chỉ một người` is. Not where a word of description
 * stands between (`chỉ là một`, `chỉ như một`), nor `chỉ` as a syllable of another word (`chỉ đạo một`, `địa chỉ`).
 */
export function followsOnlyAndVerb(context: FigureContext, first: number): boolean {
  const { tokens } = context;
  for (let at = first - 1; at >= 0 && first - at <= MOST_VERB_WORDS + 1; at -= 1) {
    const token = tokens[at];
    if (token === undefined || !isLowerWordAt(context, at) || isGlued(context, at + 1)) return false;
    if (token.key === 'chỉ') {
      const previous = tokens[at - 1];
      return at < first - 1 && !NOT_ONLY_AFTER.has(tokens[at + 1]?.key ?? '') && !(previous !== undefined && previous.key === 'địa' && isWordAt(context, at - 1));
    }
    if (DESCRIBING_BEFORE.has(token.key)) return false;
  }
  return false;
}

/** How many tokens may lie between the count broken down and `một` (`hai tổ công tác được lập ngay trong đêm: một`). */
const BREAKDOWN_REACH = 16;

/**
 * `một` + a noun as one part of a count of that noun said just before, in the same sentence: `hai tổ công tác
 * được lập: một tổ trực tại xã và một tổ đi kiểm tra`, `ba đoàn về thăm, một đoàn lên bản`. The figure before
 * (`previous`) counts things whose unit opens with the noun after `một`; between them, only the colon, comma or `và`
 * right before `một` separates anything (`4 bài thi gồm Toán, Ngữ văn và một bài thi` lists other items: no part).
 * The count before names the noun, so one the lexicon does not know is counted too (`hai tổ công tác: một tổ`).
 */
export function breaksDownCount(context: FigureContext, number: FigureNumber, previous: FigureSpan | null): boolean {
  if (previous === null || previous.kind !== 'count' || previous.unit === null) return false;
  const { tokens } = context;
  const noun = tokens[number.next];
  if (noun === undefined || !isLowerWordAt(context, number.next)) return false;
  const unit = previous.unit;
  if (!unit.startsWith(noun.key) || (unit.length !== noun.key.length && unit.charCodeAt(noun.key.length) !== 0x20)) return false;
  const separator = number.first - 1;
  const mark = tokens[separator];
  if (mark === undefined || !(mark.text === ':' || mark.text === ',' || (mark.key === 'và' && isWordAt(context, separator)))) return false;
  for (let at = separator - 1; at >= 0 && separator - at <= BREAKDOWN_REACH; at -= 1) {
    const token = tokens[at] as FigureToken;
    if (token.start < previous.end) return true;
    if (endsClause(context, at) || separatesItems(context, at)) return false;
  }
  return false;
}

/**
 * The figure before (`previous`) ends at most REACH_BACK tokens before `một` at `first`, with a comma or `và` between,
 * nothing ending the clause and no word opening a clause of its own after the separator. It counts things (a count
 * of no measure: `2 lò sấy lá và một`), or sums money as an item of its own, with words between the separator and
 * `một` (`63 triệu đồng, chuyển công an một vụ`), never right after a comma, where `một` renames the sum (`1,3 triệu
 * USD, một khoản rất lớn`).
 */
function followsListedFigure(context: FigureContext, first: number, previous: FigureSpan | null): boolean {
  if (previous === null) return false;
  const counts = previous.kind === 'count' && !(previous.unit !== null && MEASURE_UNITS.has(lowerCased(previous.unit)));
  if (!counts && previous.kind !== 'money') return false;
  let separator = -1;
  for (let at = first - 1; at >= 0 && first - at <= REACH_BACK + 1; at -= 1) {
    const token = context.tokens[at] as FigureToken;
    if (token.start < previous.end) return separator >= 0 && (counts || separator < first - 1);
    if (endsClause(context, at) || token.text === '(' || token.text === ')') return false;
    if (separator < 0 && isWordAt(context, at) && CLAUSE_OPENERS.has(token.key)) return false;
    if (separator < 0 && separatesItems(context, at)) separator = at;
  }
  return false;
}

/**
 * The item after `một`: past the first comma or `và` after its noun (whose next token is `unitNext`), within
 * REACH_AHEAD tokens and the clause, the next item opens with a number in digits or a number word (not one of
 * WEAK_OPENERS) followed by a lower-case word other than `tuổi` (`một hệ thống chụp cắt lớp ..., hai máy siêu âm`).
 */
function precedesListedNumber(context: FigureContext, unitNext: number): boolean {
  const { tokens } = context;
  for (let at = unitNext; at < context.count && at - unitNext <= REACH_AHEAD; at += 1) {
    if (endsClause(context, at)) return false;
    if (!separatesItems(context, at)) continue;
    let item = at + 1;
    if (tokens[at]?.text === ',' && tokens[item]?.key === 'và' && isWordAt(context, item)) item += 1;
    const opening = tokens[item];
    if (!opening) return false;
    const isNumber = kindAt(context, item) === DIGITS || (isNumberWordAt(context, item) && !WEAK_OPENERS.has(opening.key));
    // `chọn một kỹ sư trẻ, 32 tuổi`: an age after a comma describes the one named, no item of a list
    return isNumber && isLowerWordAt(context, item + 1) && !isGlued(context, item + 1) && tokens[item + 1]?.key !== 'tuổi';
  }
  return false;
}
