// Titles of posts as Vietnamese news writes them, with their `Phó` (deputy), `Tổng` (general) and `-trưởng` (head)
// forms, and the words that introduce a post held by an organization or a country (`vai trò`, `cương vị`).
// Lookups go by the folded first word into a Map, then by the folded words that follow: never a scan of the list.
import type { Token } from '../../pipeline/document.js';
import { foldKey, initialsOf } from '../shared/vietnamese.js';
import { WordShapes } from '../people/word-shapes.js';

/** Posts that take a deputy form `Phó ...`. */
const POSTS_WITH_DEPUTY = [
  'Chủ tịch', 'Chủ tịch nước', 'Chủ tịch Quốc hội', 'Chủ tịch Hội đồng quản trị', 'Chủ tịch HĐQT',
  'Chủ tịch Hội đồng thành viên', 'Chủ tịch HĐTV', 'Tổng thư ký', 'Tổng cục trưởng', 'Cục trưởng', 'Chi cục trưởng', 'Vụ trưởng', 'Viện trưởng',
  'Hiệu trưởng', 'Trưởng ban', 'Trưởng phòng', 'Trưởng văn phòng', 'Trưởng khoa', 'Trưởng đoàn', 'Trưởng đại diện', 'Trưởng bộ môn',
  'Giám đốc', 'Tổng giám đốc', 'Giám đốc điều hành', 'Thủ tướng', 'Thủ tướng Chính phủ',
  'Chánh văn phòng', 'Chánh án', 'Chánh thanh tra', 'Chủ nhiệm', 'Chủ nhiệm Văn phòng', 'Tổng biên tập',
  'Thống đốc', 'Tổng Kiểm toán Nhà nước', 'Bí thư', 'Tổng Thanh tra',
  'Viện trưởng Viện Kiểm sát', 'Trưởng Ban Tuyên giáo', 'Trưởng Ban Tổ chức', 'Tư lệnh', 'Tổng Tham mưu trưởng',
  'Chính ủy', 'Giám đốc Công an', 'Đại sứ', 'Tổng lãnh sự', 'Lãnh sự', 'Tổng thống', 'Thủ trưởng', 'Chủ nhiệm Ủy ban',
  'Trưởng Ban chỉ đạo', 'Tổng Giám đốc', 'Giám đốc tài chính', 'Giám đốc kinh doanh',
  'Giám đốc công nghệ', 'Giám đốc nhân sự', 'Giám đốc marketing', 'Trưởng đại diện thường trú',
  // A company's head of business development: `Giám đốc phát triển kinh doanh khu vực châu Á của Công ty X`.
  'Giám đốc phát triển kinh doanh',
  // Commanders of army units and of a province's military command: `Sư đoàn trưởng Sư đoàn 395`, `Chỉ huy trưởng
  // Bộ Chỉ huy Quân sự tỉnh`.
  // The board of a joint-stock company: `Trưởng Ban kiểm soát`, `Phó Trưởng Ban kiểm soát`.
  'Trưởng Ban kiểm soát',
  // ... and its short form, as a shareholders' meeting reports it: `được bầu làm Trưởng BKS`.
  'Trưởng BKS',
  // The chair of a university's council, whose title names the council (`Chủ tịch Hội đồng trường Trường Đại học
  // X`), and the head of a forest rangers' district office (`Hạt trưởng Hạt Kiểm lâm huyện X`).
  'Chủ tịch Hội đồng trường', 'Hạt trưởng',
  'Sư đoàn trưởng', 'Trung đoàn trưởng', 'Lữ đoàn trưởng', 'Tiểu đoàn trưởng', 'Chỉ huy trưởng', 'Tham mưu trưởng',
  // A contractor's site commander: `Chỉ huy trưởng công trường của Công ty X`.
  'Chỉ huy trưởng công trường',
  // The state audit office: its head (`Tổng Kiểm toán Nhà nước`, short `Tổng Kiểm toán`) and the heads of its
  // regional and specialized units (`Kiểm toán trưởng Kiểm toán Nhà nước khu vực X`, `Phó Kiểm toán trưởng`).
  'Tổng Kiểm toán', 'Kiểm toán trưởng',
  // The head of a delegation named by what it does: `trưởng đoàn thanh tra`, `Phó trưởng đoàn kiểm tra`.
  'Trưởng đoàn thanh tra', 'Trưởng đoàn kiểm tra', 'Trưởng đoàn kiểm toán', 'Trưởng đoàn giám sát', 'Trưởng đoàn công tác',
  // The head of a prison (`Giám thị Trại giam X`, `Phó Giám thị`), of a border post (`Đồn trưởng Đồn Biên phòng X`),
  // of a railway station (`Trưởng ga Y`), and a city's mayor (`Phó Thị trưởng thành phố Z`).
  'Giám thị', 'Đồn trưởng', 'Trưởng ga', 'Thị trưởng',
  // The head of a commune's or a ward's police and the deputy: `Phó Trưởng Công an xã X`.
  'Trưởng công an',
  // The head of a station (a commune's health station, a rescue station) and the deputy: `Trạm trưởng Trạm Y tế xã
  // X`, `Trưởng Trạm Cứu hộ động vật Y`, `Phó Trạm trưởng`.
  'Trạm trưởng', 'Trưởng trạm',
  // The leader of a task force and the deputy: `Tổ trưởng Tổ công tác liên ngành về X`, `Phó Tổ trưởng`
  // (capitalized only: CAPITALIZED_ONLY_TITLES).
  'Tổ trưởng',
  // The abbot of a pagoda or a monastery and the deputy, in lower case as news writes it: `trụ trì chùa X`.
  'Trụ trì',
  // The head of a unit or a section named in lower case after the title, of the body after `của`: `Trưởng đơn vị
  // điều phối hiến tạng của Bệnh viện X`, `Trưởng bộ phận kỹ thuật của Công ty Y`.
  'Trưởng đơn vị', 'Trưởng bộ phận',
  // The head of an embassy's trade office and the deputy: `Trưởng Thương vụ Việt Nam tại X` (the office's name runs
  // on from the title's last word, as `Trưởng Công an xã X` does).
  'Trưởng Thương vụ',
  // A unit's political commissar in the army and the border guard, and the deputy: `Chính trị viên Đồn Biên phòng
  // X`, `Phó Chính trị viên Đồn`.
  'Chính trị viên',
  // The Buddhist Sangha's posts: its patriarch (`Phó Pháp chủ Hội đồng Chứng minh`), the chief secretary of its
  // executive board (`Chánh Thư ký Ban Trị sự`) and the head of a sub-board (`Trưởng Phân ban Ni giới`).
  'Pháp chủ', 'Chánh Thư ký', 'Trưởng Phân ban',
] as const;

/** Posts with no deputy form in use. */
const POSTS_WITHOUT_DEPUTY = [
  'Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng Thường trực', 'Tổng Bí thư', 'CEO', 'CFO', 'COO', 'CTO', 'Ủy viên', 'Ủy viên Bộ Chính trị',
  'Ủy viên Trung ương Đảng', 'Thư ký', 'Người phát ngôn', 'Kế toán trưởng', 'Thành viên Hội đồng quản trị',
  'Đại biểu Quốc hội', 'Nhà sáng lập', 'Đồng sáng lập', 'Người sáng lập', 'Trưởng nhóm', 'Trưởng nhóm nghiên cứu', 'Điều phối viên',
  'Quốc vương', 'Thống đốc bang', 'Trưởng Đại diện', 'Đặc phái viên', 'Trợ lý',
  'Chuyên viên', 'Cố vấn', 'Tổng Lãnh sự', 'Đại sứ đặc mệnh toàn quyền',
  // A research post at an institute: `nghiên cứu viên Viện Lúa Đồng bằng sông Cửu Long`.
  'Nghiên cứu viên', 'Nghiên cứu viên chính',
  // A forensic examiner at the institute or centre named after the post: `giám định viên Viện Khoa học Hình sự`.
  'Giám định viên',
  // A teaching post at a university, by its grade: `giảng viên Khoa Hóa học, Trường Đại học X`.
  'Giảng viên', 'Giảng viên chính', 'Giảng viên cao cấp',
  // Foreign and international posts: a minister of state, a foreign minister, an economist and a chief economist (of
  // a bank, an institute), members of a legislature, a country director of a lender.
  'Quốc vụ khanh', 'Ngoại trưởng', 'Phó Tổng thống', 'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Nghị sĩ',
  'Chuyên gia kinh tế', 'Chuyên gia kinh tế trưởng', 'Kinh tế trưởng', 'Giám đốc quốc gia', 'Tham tán', 'Tham tán Thương mại',
  // A counsellor of an embassy named by the field they serve: `Tham tán Văn hóa Đại sứ quán Việt Nam tại X`.
  'Tham tán Văn hóa', 'Tham tán Chính trị', 'Tham tán Kinh tế', 'Tham tán Công sứ', 'Tham tán Quốc phòng',
  'Tham tán Giáo dục', 'Tham tán Khoa học và Công nghệ', 'Tham tán Báo chí',
  'Phát ngôn viên',
  // Posts in sport and at court: a coach, a lawyer (of a bar association), a judge, a prosecutor; a judge's and a
  // prosecutor's rank after the post (`Kiểm sát viên cao cấp`).
  'Huấn luyện viên', 'Huấn luyện viên trưởng', 'Trợ lý huấn luyện viên', 'Đội trưởng', 'Đội phó', 'Thủ quân',
  'Luật sư', 'Thẩm phán', 'Kiểm sát viên', 'Kiểm sát viên cao cấp', 'Kiểm sát viên trung cấp', 'Kiểm sát viên sơ cấp',
  'Thẩm phán cao cấp', 'Thẩm phán trung cấp', 'Thẩm phán sơ cấp', 'Thư ký phiên tòa', 'Thư ký phiên toà', 'HLV', 'HLV trưởng', 'Trợ lý HLV',
  // Members of a company's board and its supervisory board: `Thành viên HĐQT độc lập`.
  'Thành viên HĐQT', 'Thành viên HĐQT độc lập', 'Thành viên Hội đồng quản trị độc lập', 'Thành viên Ban kiểm soát', 'Thành viên BKS',
  // An auditor of an audit firm, named after the post: `kiểm toán viên Công ty TNHH Kiểm toán X`.
  'Kiểm toán viên',
  // A foreign minister named by the field: `Bộ trưởng Ngoại giao Mỹ`.
  'Bộ trưởng Ngoại giao', 'Bộ trưởng Quốc phòng',
  // Heads of units and of villages: `Trưởng khoa Cấp cứu`, `Trưởng thôn`.
  'Chủ nhiệm khoa', 'Trưởng thôn', 'Trưởng bản', 'Trưởng ấp',
  // A unit's deputy political commissar, the deputy word after the title as the army writes it: `Chính trị viên phó
  // Đồn Biên phòng X` (`Phó Chính trị viên` the same post).
  'Chính trị viên phó',
  // A plant's or a workshop's chief engineer, a post where the bare `kỹ sư` is a degree: `kỹ sư trưởng Phân xưởng
  // Sửa chữa, Công ty Thủy điện X`.
  'Kỹ sư trưởng',
  // A seat on a party committee written as one word, held at the committee the article names (`Tỉnh ủy viên`: the
  // province's `Tỉnh ủy`): `bà X, Tỉnh ủy viên, Chủ tịch Hội Y`.
  'Tỉnh ủy viên', 'Thành ủy viên', 'Huyện ủy viên', 'Quận ủy viên', 'Thị ủy viên', 'Đảng ủy viên',
] as const;

/**
 * Titles that end in the lower-case noun of what is headed, a research project or topic with none named after it
 * (`ông X, chủ nhiệm dự án, cho biết`): only written so, in lower case after the first word; `Chủ nhiệm Dự án X`
 * names the project, the title then `Chủ nhiệm`.
 */
const TITLES_ENDING_IN_LOWER_NOUN = ['Chủ nhiệm dự án', 'Chủ nhiệm đề tài'] as const;

/**
 * Titles only written capitalized (`Tổ trưởng Tổ công tác X`, a task force's leader): in lower case they are the
 * heads of a neighbourhood's or a work team's group (`tổ trưởng tổ dân phố`), whose posts the sets leave out.
 */
const CAPITALIZED_ONLY_TITLES: ReadonlySet<string> = new Set(['tổ trưởng', 'phó tổ trưởng']);

/** Words that qualify a post after it: `Phó Chủ tịch Thường trực`, `Bộ trưởng đương nhiệm`. */
const POST_QUALIFIERS = ['Thường trực', 'thường trực', 'kiêm nhiệm'] as const;

function allTitles(): string[] {
  const titles = new Set<string>();
  for (const post of POSTS_WITH_DEPUTY) {
    titles.add(post);
    titles.add(`Phó ${post}`);
  }
  for (const post of POSTS_WITHOUT_DEPUTY) titles.add(post);
  for (const title of [...titles]) for (const qualifier of POST_QUALIFIERS) titles.add(`${title} ${qualifier}`);
  return [...titles];
}

/** A word of a title in the lexicon's word tree: the titles it goes on to, by their next folded word. */
interface TitleWord {
  /** True when the words up to this one are a whole title (`Phó Chủ tịch`, not `Phó Chủ`). */
  endsTitle: boolean;
  /** True when the words up to this one are a whole title written in lower case after its first word (TITLES_ENDING_IN_LOWER_NOUN). */
  endsLowerCaseTitle: boolean;
  /** True when the words up to this one are a whole title written with a capital first (CAPITALIZED_ONLY_TITLES). */
  endsCapitalizedTitle: boolean;
  readonly next: Map<string, TitleWord>;
}

/** Every title, word by word from its folded first word: a lookup per word, the longest title wins. */
const TITLE_WORDS = new Map<string, TitleWord>();
/** Every word of every title, lower case: a quick refusal for a word that cannot be part of a title. */
const WORDS_IN_TITLES = new Set<string>();
for (const title of [...allTitles(), ...TITLES_ENDING_IN_LOWER_NOUN]) {
  let words = TITLE_WORDS;
  let word: TitleWord | undefined;
  for (const key of foldKey(title).split(' ')) {
    WORDS_IN_TITLES.add(key);
    word = words.get(key);
    if (!word) {
      word = { endsTitle: false, endsLowerCaseTitle: false, endsCapitalizedTitle: false, next: new Map() };
      words.set(key, word);
    }
    words = word.next;
  }
  if (word && (TITLES_ENDING_IN_LOWER_NOUN as readonly string[]).includes(title)) word.endsLowerCaseTitle = true;
  else if (word && CAPITALIZED_ONLY_TITLES.has(foldKey(title))) word.endsCapitalizedTitle = true;
  else if (word) word.endsTitle = true;
}

/** True when no capital stands between `from` and `to`: a title's words after its first written in lower case. */
function isLowerCaseBetween(text: string, from: number, to: number): boolean {
  const rest = text.slice(from, to);
  return rest === rest.toLowerCase();
}

/** A capital after spaces or tabs: the name of what is headed follows (`chủ nhiệm dự án Phát triển ...`). */
const CAPITAL_AFTER = /[ \t]+\p{Lu}/uy;

/**
 * Whether the title word `word`, its title running from `firstWordEnd` to `end` in `text`, ends a whole title: a
 * lower-case one (TITLES_ENDING_IN_LOWER_NOUN) only with no capital inside it nor a name after it.
 */
function endsTitleAt(word: TitleWord, text: string, start: number, firstWordEnd: number, end: number): boolean {
  if (word.endsTitle) return true;
  if (word.endsCapitalizedTitle) return isCapitalAt(text, start);
  if (!word.endsLowerCaseTitle || !isLowerCaseBetween(text, firstWordEnd, end)) return false;
  CAPITAL_AFTER.lastIndex = end;
  return !CAPITAL_AFTER.test(text);
}

/** The letter at `index` is a capital. */
function isCapitalAt(text: string, index: number): boolean {
  const letter = text.charAt(index);
  return letter !== letter.toLowerCase();
}

const WORD = /[\p{L}\p{M}\p{N}&]+/uy;
const SPACE = /[ \t]+/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export interface TitleMatch {
  readonly start: number;
  readonly end: number;
  /** The title as written in the text. */
  readonly text: string;
  /** Where each word of the title ends, so that a caller can stop after fewer words. */
  readonly wordEnds: readonly number[];
}

/**
 * The longest title starting at `index` (a word start), or null. Case is folded: `phó chủ tịch` matches too. The
 * text is the document's, already normalized, so lower case is its folded key. A title's words are runs of
 * letters, digits and `&` with spaces or tabs between them.
 */
export function titleAt(text: string, index: number): TitleMatch | null {
  if (index > 0 && WORD_CHAR.test(text[index - 1] ?? '')) return null;
  WORD.lastIndex = index;
  const firstWord = WORD.exec(text);
  if (!firstWord) return null;
  let word = TITLE_WORDS.get(firstWord[0].toLowerCase());
  if (!word) return null;
  let position = index + firstWord[0].length;
  const ends: number[] = [position];
  const firstWordEnd = position;
  let titleWords = word.endsTitle ? 1 : 0;
  for (;;) {
    SPACE.lastIndex = position;
    const space = SPACE.exec(text);
    if (!space) break;
    WORD.lastIndex = position + space[0].length;
    const next = WORD.exec(text);
    if (!next) break;
    word = word.next.get(next[0].toLowerCase());
    if (!word) break;
    position = next.index + next[0].length;
    ends.push(position);
    if (endsTitleAt(word, text, index, firstWordEnd, position)) titleWords = ends.length;
  }
  return titleMatch(text, index, ends, titleWords);
}

function titleMatch(text: string, start: number, wordEnds: number[], titleWords: number): TitleMatch | null {
  if (titleWords === 0) return null;
  const end = wordEnds[titleWords - 1] ?? start;
  wordEnds.length = titleWords;
  return { start, end, text: text.slice(start, end), wordEnds };
}

const AMPERSAND = 0x26;

/** True for the characters that join a token's parts but end a title's word there: `.`, `'`, `’`, `-`. */
function endsWordInToken(code: number): boolean {
  return code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** True when only spaces and tabs, at least one, lie between `from` and `to`. */
function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/**
 * `titleAt` read from the document's tokens: the longest title of at most `maxWords` words starting at `start`,
 * which is the start of token `tokenIndex` or a position inside it right after one of its joiners (`CEO-Founder`,
 * `ông Nam.Giám đốc`). A title's word is a token, or the part of one before a `.`, `'`, `’` or `-` (where the
 * title then ends); a word running on into `&` (`Chủ tịch&`) is none.
 */
export function titleAtToken(
  text: string,
  tokens: readonly Token[],
  tokenIndex: number,
  start: number,
  maxWords = Infinity,
): TitleMatch | null {
  let words = TITLE_WORDS;
  let wordStart = start;
  let wordCount = 0;
  let titleWords = 0;
  let titleEnd = start;
  for (let index = tokenIndex; wordCount < maxWords; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (index > tokenIndex) {
      if (!onlySpacesBetween(text, tokens[index - 1]?.end ?? token.start, token.start)) break;
      wordStart = token.start;
    }
    // The whole token (no lexicon word holds a joiner), else its part up to a joiner.
    let wordEnd = token.end;
    let word = wordStart === token.start ? words.get(token.key) : undefined;
    if (!word) {
      wordEnd = wordStart;
      while (wordEnd < token.end && !endsWordInToken(text.charCodeAt(wordEnd))) wordEnd += 1;
      if (wordStart === token.start && wordEnd === token.end) break;
      word = words.get(text.slice(wordStart, wordEnd).toLowerCase());
      if (!word) break;
    }
    if (wordEnd === token.end && text.charCodeAt(wordEnd) === AMPERSAND) break;
    wordCount += 1;
    if (endsTitleAt(word, text, start, tokens[tokenIndex]?.end ?? wordEnd, wordEnd)) {
      titleWords = wordCount;
      titleEnd = wordEnd;
    }
    if (wordEnd !== token.end) break;
    words = word.next;
  }
  if (titleWords === 0) return null;
  // A joiner ends a title, so every word before its last is a whole token.
  const wordEnds: number[] = [];
  for (let word = 0; word < titleWords - 1; word += 1) wordEnds.push(tokens[tokenIndex + word]?.end ?? titleEnd);
  wordEnds.push(titleEnd);
  return { start, end: titleEnd, text: text.slice(start, titleEnd), wordEnds };
}

/** The longest title of the word tree read from `words` (the title's folded words so far) on through `keys`; its word count, or 0. */
function longestTitleThrough(words: readonly string[], keys: readonly string[]): number {
  let node = TITLE_WORDS.get(words[0] ?? '');
  let longest = 0;
  const all = words.concat(keys);
  for (let index = 1; node !== undefined && index <= all.length; index += 1) {
    if (node.endsTitle) longest = index;
    node = index < all.length ? node.next.get(all[index] ?? '') : undefined;
  }
  return longest;
}

/** Words read after the bracket for a title going on: `trưởng` of `Huấn luyện viên (HLV) trưởng`. */
const MAX_WORDS_AFTER_ABBREVIATION = 3;

/**
 * `Huấn luyện viên (HLV) trưởng`: a title (`match`, whole tokens from `tokenIndex`) with the abbreviation of its
 * words in brackets, then the words that make a longer title of it (`Huấn luyện viên trưởng`). That title, its
 * words as written joined by spaces, spanning the brackets; null where the brackets hold no such abbreviation or no
 * longer title goes on after them.
 */
export function titleAcrossAbbreviation(text: string, tokens: readonly Token[], tokenIndex: number, match: TitleMatch): TitleMatch | null {
  const titleWords = match.wordEnds.length;
  const open = tokenIndex + titleWords;
  if (tokens[open - 1]?.end !== match.end) return null;
  const [opening, abbreviation, closing] = [tokens[open], tokens[open + 1], tokens[open + 2]];
  if (opening?.text !== '(' || !onlySpacesBetween(text, match.end, opening.start)) return null;
  if (abbreviation === undefined || !abbreviation.acronymLike || abbreviation.start !== opening.end) return null;
  if (closing?.text !== ')' || closing.start !== abbreviation.end) return null;
  const written: string[] = [];
  for (let word = 0; word < titleWords; word += 1) written.push(tokens[tokenIndex + word]?.text ?? '');
  if (initialsOf(written) !== abbreviation.text) return null;
  const after: Token[] = [];
  let previousEnd = closing.end;
  for (let index = open + 3; after.length < MAX_WORDS_AFTER_ABBREVIATION; index += 1) {
    const token = tokens[index];
    if (token === undefined || !token.isWord || token.joined || !onlySpacesBetween(text, previousEnd, token.start)) break;
    after.push(token);
    previousEnd = token.end;
  }
  const keys = after.map((token) => token.key);
  const longest = longestTitleThrough(written.map((word) => word.toLowerCase()), keys);
  if (longest <= titleWords) return null;
  const goingOn = after.slice(0, longest - titleWords);
  const last = goingOn[goingOn.length - 1];
  if (last === undefined) return null;
  const wordEnds = [...match.wordEnds, ...goingOn.map((token) => token.end)];
  return { start: match.start, end: last.end, text: [match.text, ...goingOn.map((token) => token.text)].join(' '), wordEnds };
}

const SPACES = /[ \t]+/gu;

/**
 * The folded key (`foldKey`) of a title found in the text, at a fraction of its cost: the title's words are the
 * lexicon's, which are folded already but for case, and spaces or tabs stand between them.
 */
export function titleKeyOf(title: string): string {
  const lower = title.toLowerCase();
  return lower.includes('\t') || lower.includes('  ') ? lower.replace(SPACES, ' ') : lower;
}

/** A quick refusal before the Map, asked at every word of an article: most words start no title. */
const FIRST_WORD_SHAPES = new WordShapes(TITLE_WORDS.keys());

/** Could a title start with this word (a token's key, lower case)? */
export function isTitleFirstWord(key: string): boolean {
  return FIRST_WORD_SHAPES.mayHold(key) && TITLE_WORDS.has(key);
}

/** `isTitleFirstWord` of a token's key, refused by the shape the token brings. */
export function isTitleFirstToken(token: Token): boolean {
  return FIRST_WORD_SHAPES.mayHoldShape(token.shape) && TITLE_WORDS.has(token.key);
}

/** Could this word of the (normalized) document text be part of a title? */
export function mayBeInTitle(word: string): boolean {
  return WORDS_IN_TITLES.has(word.toLowerCase());
}

/**
 * Words before a title that make the subject of the clause its holder: `Việt Nam đảm nhận vai trò Chủ tịch ...`,
 * `Tổng cục ... thực hiện tốt vai trò là Chủ tịch của APO`, `trên cương vị Tổng thư ký`. Regex source.
 */
export const HOLDING_CUE =
  '(?:vai trò|cương vị|trọng trách|chức vụ|chức danh|ghế|nhiệm vụ|vị trí|tư cách)(?:[ \\t]+(?:là|của|làm|mới))?';

/**
 * Verbs by which an organization or a country right before them takes a post: `Việt Nam là Chủ tịch ASEAN`,
 * `Thái Lan sẽ tiếp nhận chức Chủ tịch`, `Tổng cục tiếp tục là Chủ tịch của APO`. Regex source, anchored at the
 * title by the caller.
 */
export const SUBJECT_TAKES_POST =
  '(?:(?:đã|sẽ|đang|vẫn|tiếp tục|chính thức|hiện|cũng|đồng thời|lần đầu|được bầu)[ \\t]+)*(?:là|làm|giữ|đảm nhận|đảm nhiệm|tiếp nhận|trở thành|được bầu làm|kế nhiệm)(?:[ \\t]+(?:chức|ghế|vị trí|vai trò))?';

/**
 * When the post is held: `hiện`, `tiếp tục` (still, again: `X tiếp tục được hiệp thương giữ chức Chủ tịch`), `nay` (now: `X, nguyên Chủ tịch UBND huyện A, nay là Phó Giám đốc Sở B`), `nguyên` (former), `trước đây` (before), `cựu`, `tân` (new), `người từng` (who once), `Quyền` (acting,
 * written with a capital as part of the title: `X, Quyền Chánh Thanh tra tỉnh`). Regex source.
 */
const POST_TIME =
  '(?:người[ \\t]+)?(?:(?:hiện nay|hiện|nay|vốn|đương kim|nguyên|cựu|tân|đang|từng|vừa|mới|khi đó|lúc đó|trước đây|trước đó|cũng|còn|đồng thời|đã|tiếp tục|[Qq]uyền)[ \\t]+){0,2}';
/**
 * How the post is held: `là`, `giữ chức`, `được bổ nhiệm giữ chức`, `đảm nhiệm`; two acts of appointment in a row
 * (`được điều động, bổ nhiệm giữ chức`, `được điều động, chỉ định giữ chức`), a choice by consultation, the Fatherland
 * Front's way of filling its posts (`được hiệp thương cử giữ chức`, `được hiệp thương giữ chức`), a Buddhist board's election and veneration (`được suy cử làm`, `được suy tôn làm`), or
 * a delegation (`được hiệp thương cử giữ chức`, `được cử làm`), a transfer back to a post (`về giữ
 * chức`, `về làm`), a post handed to the holder (`được giao`, `được giao phụ trách`). Regex source.
 */
const APPOINTING = '(?:bổ nhiệm|bầu|điều động|chỉ định|luân chuyển|(?:hiệp[ \\t]+thương[ \\t]+|suy[ \\t]+)?cử|hiệp[ \\t]+thương|suy[ \\t]+tôn)';
const POST_VERB =
  `(?:(?:được[ \\t]+)?${APPOINTING}(?:[ \\t]*,[ \\t]*${APPOINTING})?(?:[ \\t]+(?:về[ \\t]+)?(?:làm|giữ chức vụ|giữ chức|vào vị trí|vào ghế))?|được[ \\t]+giao(?:[ \\t]+(?:làm|giữ chức vụ|giữ chức|phụ trách))?|về[ \\t]+(?:làm|giữ chức vụ|giữ chức)|là|làm|giữ chức vụ|giữ chức|giữ cương vị|giữ vị trí|đảm nhiệm chức|đảm nhiệm|đảm nhận)`;

/**
 * Words between a holder and its title that keep them together: `X, hiện là Giám đốc`, `X – nguyên Bộ trưởng`,
 * `X hiện giữ chức Thứ trưởng`, `X, người từng giữ chức Bộ trưởng`, `X được bổ nhiệm giữ chức Phó Giám đốc`; an
 * acting post after the verb (`X được bổ nhiệm làm Quyền Giám đốc`, `X, người được giao Quyền Trưởng Thương vụ`).
 */
export const TITLE_PREFIX_WORDS = `(?:${POST_TIME}(?:${POST_VERB}[ \\t]+(?:[Qq]uyền[ \\t]+)?)?)`;
