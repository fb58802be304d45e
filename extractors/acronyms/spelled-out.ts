// Acronyms the text uses without defining them, whose long form it spells out elsewhere: `TCĐLCL` with `Tiêu
// chuẩn Đo lường Chất lượng` in `Tổng cục Tiêu chuẩn Đo lường Chất lượng`, or a known English acronym with its
// Vietnamese long form written somewhere (`GDP` and `tổng sản phẩm quốc nội`). A capitalized long form may be as
// short as three letters; a lower-case one needs four, where chance spellings grow rare.
import type { AcronymSpan } from '../../pipeline/document.js';
import type { Token } from '../../input/tokens.js';
import { foldKey } from '../shared/vietnamese.js';
import { isCuttingFamilyName } from '../shared/family-names.js';
import { isFamilyName } from '../people/lexicon.js';
import { LastValueMemo } from '../shared/last-value-memo.js';
import { KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS, NAME_STOP_WORD_KEYS, ORGANIZATION_HEAD_PHRASES } from '../organizations/lexicon.js';
import { nameTokens } from '../organizations/name-tokens.js';
import { isTitleFusedHead } from '../organizations/name-run-words.js';
import { KNOWN_ACRONYM } from '../organizations/word-classes.js';
import { acronymLetters, initialIndexOf, matchInitialsForward, syllableInitialIndex } from './initials.js';
import { INITIALS_SKIPPED_WORD_KEYS, KNOWN_ACRONYM_LONG_FORMS } from './lexicon.js';
import { isAcronymCandidate, longFormKeys } from './parenthesized.js';

/** At most this many distinct undefined acronyms are looked for in one article (hostile input stays linear). */
const MAX_ACRONYMS_LOOKED_UP = 64;

/** Start token of the first occurrence of `keys` as consecutive words among `starts` (where the first word is), or -1. */
function findWords(tokens: readonly Token[], keys: readonly string[], starts: readonly number[]): number {
  outer: for (const index of starts) {
    for (let offset = 1; offset < keys.length; offset += 1) {
      if (tokens[index + offset]?.key !== keys[offset]) continue outer;
    }
    return index;
  }
  return -1;
}

/** Words that cannot make a long form: a stop word (`của`, `là`) or an acronym among them. */
function holdsStopWordOrAcronym(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index += 1) {
    const token = tokens[index];
    if (!token || NAME_STOP_WORD_KEYS.has(token.key) || token.acronymLike) return true;
  }
  return false;
}

/** Single capitals with dots between them (`N.V.H`, `L.H.P.`): how the press writes a person's initials. */
const DOTTED_INITIALS = /^\p{Lu}(?:\.\p{Lu})+\.?$/u;

/**
 * A person's initials and their name (`L.H.P` and `Lê Hoàng Phúc` in the byline): dotted single capitals spelled out by
 * words that open with a family name. A person's initials are no acronym of theirs.
 */
function isPersonsInitials(short: string, first: Token | undefined): boolean {
  // (Any family name the people stage knows: `N.T.H` and `Nông Thị Huyền`, whose `Nông` cuts no other name.)
  return first !== undefined && DOTTED_INITIALS.test(short) && (isCuttingFamilyName(first.key) || isFamilyName(first.key));
}

/**
 * An interview's speaker labelled by their initials (`PQB: Năm đầu tiên ...`, the answer's label opening its line):
 * letters spelled out by words that open with a family name are the speaker's, no acronym of theirs. The first use
 * only is read: a label is how such letters first appear.
 */
function isSpeakersInitials(tokens: readonly Token[], index: number, first: Token | undefined): boolean {
  const label = tokens[index];
  const colon = tokens[index + 1];
  if (!label || !first || colon?.text !== ':' || colon.start !== label.end) return false;
  const before = tokens[index - 1];
  const opensLine = label.breakBefore || (before !== undefined && before.breakBefore && before.text.startsWith('*') && before.end === label.start);
  return opensLine && (isCuttingFamilyName(first.key) || isFamilyName(first.key));
}

/** Proper-name style capitalizes the first syllable of each word: the first word, and half the others at least. */
function writtenAsName(tokens: readonly Token[], first: number, end: number): boolean {
  if (!tokens[first]?.capitalized) return false;
  let content = 0;
  let capitalized = 0;
  for (let index = first; index < end; index += 1) {
    const token = tokens[index];
    if (!token || INITIALS_SKIPPED_WORD_KEYS.has(token.key)) continue;
    content += 1;
    if (token.capitalized) capitalized += 1;
  }
  return capitalized * 2 >= content;
}

/** Most tokens between an open bracket and an acronym inside it (`(Ban QLDA 8)`, `(Sở GTVT Hà Nội)`). */
const MAX_TOKENS_AFTER_BRACKET = 3;

/**
 * The acronym at `index` stands in a bracket with a head before it (`(Ban QLDA Hà Tĩnh)`): a short name that no
 * definition matched, so its letters are no word spelled as a head's field elsewhere.
 */
function inBracketedShortName(tokens: readonly Token[], index: number): boolean {
  for (let before = index - 1; before >= 0 && index - before <= MAX_TOKENS_AFTER_BRACKET; before -= 1) {
    const token = tokens[before];
    if (!token || token.text === ')' || tokens[before + 1]?.breakBefore) return false;
    if (token.text === '(') return true;
  }
  return false;
}

/** Most words of an organization's head before a field it is named for (`Bộ Chỉ huy`, `Cục`). */
const MAX_HEAD_WORDS_BEFORE_FIELD = 3;

/**
 * `Hợp tác xã` (for `HTX`), `Cảnh sát giao thông` of `Cục Cảnh sát giao thông` or `Trưởng phòng Cảnh sát giao thông`
 * (for `CSGT`): words written as a head or a field after one are, the first syllable capitalized and the rest in lower
 * case; either an organization's head whole, or right after one.
 */
function writtenAsHeadOrField(tokens: readonly Token[], first: number, end: number): boolean {
  if (!tokens[first]?.capitalized) return false;
  const keys: string[] = [];
  for (let index = first; index < end; index += 1) {
    const token = tokens[index];
    if (!token || (index > first && (!token.lower || token.breakBefore))) return false;
    keys.push(token.key);
  }
  if (ORGANIZATION_HEAD_PHRASES.has(keys.join(' ')) || ABBREVIATED_SITE_HEADS.has(keys.join(' '))) return true;
  // `Ban tổ chức` (for `BTC`): a head, then the field it is named for in lower case, spelled whole.
  for (let headWords = 1; headWords < keys.length - 1; headWords += 1) {
    if (ORGANIZATION_HEAD_PHRASES.has(keys.slice(0, headWords).join(' '))) return true;
  }
  const headKeys: string[] = [];
  for (let index = first - 1; index >= 0 && first - index <= MAX_HEAD_WORDS_BEFORE_FIELD; index -= 1) {
    const token = tokens[index];
    if (!token || token.breakBefore || !(token.capitalized || token.lower) || tokens[index + 1]?.breakBefore) return false;
    // `Trưởng phòng Cảnh sát giao thông`: the head in lower case inside its chief's title.
    if (index === first - 1 && isTitleFusedHead(tokens, index)) return true;
    headKeys.unshift(token.key);
    if (token.capitalized && ORGANIZATION_HEAD_PHRASES.has(headKeys.join(' '))) return true;
  }
  return false;
}

/**
 * The kinds of site the press writes as a head before a name and shortens by their initials (`Khu công nghiệp dệt may
 * X` ... `các KCN`, `Cụm công nghiệp Y` ... `CCN`, `Vườn quốc gia Z` ... `VQG`): written as a head, they spell their
 * acronym as an organization's head does.
 */
const ABBREVIATED_SITE_HEADS: ReadonlySet<string> = new Set(
  ['khu công nghiệp', 'cụm công nghiệp', 'khu kinh tế', 'khu chế xuất', 'khu công nghệ cao', 'khu đô thị', 'vườn quốc gia',
    'khu bảo tồn thiên nhiên', 'khu du lịch', 'khu dân cư'].map(foldKey),
);

const TITLE_HALF_KEY = foldKey('trưởng');

/**
 * The capitalized words end on a head that `trưởng` makes a title of (`Phó Viện | trưởng`, `Cục | trưởng`): a post
 * written after a person's name, which no name ends inside (`Ngọc Hà, Phó Viện trưởng ...` spells no `HPV`).
 */
function endsInsideTitle(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return next !== undefined && next.key === TITLE_HALF_KEY && !next.breakBefore;
}

/** Every word from `first` to `end` in lower case; a comma inside (`phòng cháy, chữa cháy`) is the matcher's to allow. */
function writtenInLowerCase(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index += 1) {
    const token = tokens[index];
    if (!token?.lower && !(token?.text === ',' && index > first && index < end - 1)) return false;
  }
  return true;
}

/** Token indices of possible starts, by the number of their initial (`syllableInitialIndex`). */
type StartsByInitial = (number[] | undefined)[];

const INITIAL_D = initialIndexOf('D');
const INITIAL_Đ = initialIndexOf('Đ');

/** The `D` and `Đ` starts of a list, merged once per article. */
const mergedDStarts = new LastValueMemo<StartsByInitial, readonly number[]>();

/** The starts for an acronym's first letter: `D` also starts words with `Đ` (`DBSCL` ← `Đồng bằng sông Cửu Long`). */
function startsFor(starts: StartsByInitial, initial: number): readonly number[] {
  const own = starts[initial] ?? [];
  const withBar = initial === INITIAL_D ? starts[INITIAL_Đ] : undefined;
  if (withBar === undefined || withBar.length === 0) return own;
  let merged = mergedDStarts.get(starts);
  if (merged === undefined) {
    merged = [...own, ...withBar].sort((a, b) => a - b);
    mergedDStarts.set(starts, merged);
  }
  return merged;
}

/**
 * Where a spelled-out long form may start: a word with the acronym's first letter (by the number of its initial),
 * capitalized for a name (among the proper tokens), in lower case otherwise (all tokens, read on the first ask).
 */
class LongFormStarts {
  private lower: StartsByInitial | null = null;

  /** `capitalized` has a list (empty or not) for each initial an acronym asks about. */
  constructor(private readonly tokens: readonly Token[], private readonly capitalized: StartsByInitial) {}

  capitalizedFor(initial: number): readonly number[] {
    return startsFor(this.capitalized, initial);
  }

  lowerFor(initial: number): readonly number[] {
    if (this.lower === null) {
      const { tokens } = this;
      const starts: StartsByInitial = [];
      for (let wanted = 0; wanted < this.capitalized.length; wanted += 1) if (this.capitalized[wanted]) starts[wanted] = [];
      for (let index = 0; index < tokens.length; index += 1) {
        const token = tokens[index];
        if (token?.lower) starts[syllableInitialIndex(token.text)]?.push(index);
      }
      this.lower = starts;
    }
    return startsFor(this.lower, initial);
  }
}

/**
 * The best spelled-out long form: the first one written as a name (from the capitalized starts), else the first one
 * in lower case (four letters up, from the lower-case starts, asked only then).
 */
function spelledOutLongForm(
  tokens: readonly Token[],
  starts: LongFormStarts,
  initial: number,
  letters: readonly string[],
  headOrFieldAllowed: boolean,
): { first: number; end: number } | null {
  const capitalizedStarts = starts.capitalizedFor(initial);
  for (let position = 0; position < capitalizedStarts.length; position += 1) {
    const first = capitalizedStarts[position] as number;
    const end = matchInitialsForward(tokens, first, letters);
    if (end >= 0 && !holdsStopWordOrAcronym(tokens, first, end) && (writtenAsName(tokens, first, end) || (headOrFieldAllowed && writtenAsHeadOrField(tokens, first, end)))) {
      if (endsInsideTitle(tokens, end)) continue;
      return { first, end };
    }
  }
  if (letters.length < 4) return null;
  const lowerStarts = starts.lowerFor(initial);
  for (let position = 0; position < lowerStarts.length; position += 1) {
    const first = lowerStarts[position] as number;
    const end = matchInitialsForward(tokens, first, letters);
    if (end >= 0 && !holdsStopWordOrAcronym(tokens, first, end) && writtenInLowerCase(tokens, first, end)) return { first, end };
  }
  return null;
}

/** An acronym the text uses without defining it: its first mention and the letters it spells (null: none to spell). */
interface UndefinedAcronym {
  readonly mention: Token;
  /** The mention's token index. */
  readonly index: number;
  readonly letters: readonly string[] | null;
}

const NO_LONG_FORMS: readonly string[] = [];

/** Where the first of `knownLongForms` that the text writes starts and ends (its first and last tokens), or null. */
function knownLongFormWritten(
  tokens: readonly Token[],
  knownLongForms: readonly string[],
  firstWords: readonly string[],
  startsByFirstWord: readonly (readonly number[])[],
): { first: number; last: number } | null {
  for (let position = 0; position < knownLongForms.length; position += 1) {
    const keys = longFormKeys(knownLongForms[position] as string);
    const at = findWords(tokens, keys, startsByFirstWord[firstWords.indexOf(keys[0] ?? '')] ?? []);
    if (at >= 0) return { first: at, last: at + keys.length - 1 };
  }
  return null;
}

/** Sticky: the rest of an outlet's tag after its name: the closing bracket, a dash between blanks (`) - `, `) – `). */
const TAG_CLOSE = /\)[ \t]?[-–—][ \t]/uy;

/**
 * True when `token` stands alone in the brackets of an outlet's tag that opens a lead (`(NNVN) - Giá lúa ...`, or
 * after a run-on byline's time: `... 07:30 (NDO) - `): the outlet's own name, which no words of the article spell
 * out, however their initials fall (`Ngân hàng Nhà nước Việt Nam` is no long form of `NNVN`).
 */
function isOutletTag(text: string, token: Token): boolean {
  if (text[token.start - 1] !== '(') return false;
  TAG_CLOSE.lastIndex = token.end;
  if (!TAG_CLOSE.test(text)) return false;
  let before = token.start - 2;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before -= 1;
  if (before < 0 || text[before] === '\n') return true;
  // After a byline run onto the title's line: its time or date closes just before the tag.
  return before < token.start - 2 && /\d/u.test(text[before] ?? '');
}

/**
 * True when the token at `index` is a stock code, named by the word before it (`cổ phiếu HPG`, `mã HPG`, `mã chứng
 * khoán HPG`): a code the exchange gave, not the initials of words, however the words after it fall (`cổ phiếu HPG
 * của Tập đoàn Hòa Phát giảm` spells no `Hòa Phát giảm`).
 */
function isStockCode(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.key;
  if (previous === 'mã') return true;
  const twoBack = tokens[index - 2]?.key;
  return (previous === 'phiếu' && twoBack === 'cổ') || (previous === 'khoán' && twoBack === 'chứng' && tokens[index - 3]?.key === 'mã')
    || isMessageKeyword(previous, twoBack);
}

/**
 * True when the words before a code name it a text message's keyword (`soạn tin UH gửi 1406`, `nhắn tin`, `cú pháp`,
 * `soạn`): letters a message is typed with, which spell no words, however the text's words fall (`soạn tin CTD` is
 * no `Chữ thập đỏ` written without its marks).
 */
function isMessageKeyword(previous: string | undefined, twoBack: string | undefined): boolean {
  return previous === 'soạn' || (previous === 'tin' && (twoBack === 'soạn' || twoBack === 'nhắn')) || (previous === 'pháp' && twoBack === 'cú');
}

/** Most tokens read back through a number code from an acronym glued to it (`01-1:2024/BYT`, `12/2023/TT-BKHCN`). */
const MAX_CODE_TOKENS_BEFORE = 8;
const HAS_DIGIT = /\d/u;

/**
 * True when the acronym at `index` ends a document's or a standard's number, glued after a `/` or `-` to tokens
 * that hold digits (`QCVN 01-1:2024/BYT`, `Thông tư 12/2023/TT-BKHCN`): the issuer's letters in a code, no mention.
 */
function isInsideNumberCode(tokens: readonly Token[], index: number): boolean {
  const joiner = tokens[index - 1];
  const token = tokens[index];
  if (!joiner || !token || joiner.end !== token.start || (joiner.text !== '/' && joiner.text !== '-')) return false;
  for (let at = index - 2; at >= 0 && index - at <= MAX_CODE_TOKENS_BEFORE; at -= 1) {
    const before = tokens[at];
    const after = tokens[at + 1];
    if (!before || !after || before.end !== after.start) return false;
    if (HAS_DIGIT.test(before.text)) return true;
  }
  return false;
}

/** The token at `index` has an all-capital word right before or after it on its line (`AVAC ASF LIVE`). */
function isAmongCapitals(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const token = tokens[index];
  return (before !== undefined && before.acronymLike && !token?.breakBefore) || (after !== undefined && after.acronymLike && !after.breakBefore);
}

export function findSpelledOutAcronyms(text: string, tokens: readonly Token[], defined: ReadonlySet<string>): AcronymSpan[] {
  const words = nameTokens(text, tokens);
  const properTokens = words.proper;
  // Made on the first acronym-like word (many articles have none).
  let firstMentions: Map<string, UndefinedAcronym> | null = null;
  let refused: Set<string> | null = null;
  for (let position = 0; position < properTokens.length; position += 1) {
    const index = properTokens[position] as number;
    const token = tokens[index];
    if (firstMentions !== null && firstMentions.size >= MAX_ACRONYMS_LOOKED_UP) break;
    if (!token?.acronymLike || defined.has(token.text) || firstMentions?.has(token.text) || refused?.has(token.text)) continue;
    // `QCVN 01-1:2024/BYT`, `12/2023/TT-BKHCN`: the issuer's letters inside a number define nothing.
    if (isInsideNumberCode(tokens, index)) continue;
    const known = words.is(index, KNOWN_ACRONYM) && KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS.has(token.text);
    if (known || !isAcronymCandidate(token) || isOutletTag(text, token) || isStockCode(tokens, index)) {
      refused ??= new Set<string>();
      refused.add(token.text);
      continue;
    }
    firstMentions ??= new Map<string, UndefinedAcronym>();
    firstMentions.set(token.text, { mention: token, index, letters: acronymLetters(token.text) });
  }
  if (firstMentions === null) return [];

  // Where the known long forms may start: their first words (few, compared directly), in one pass when any.
  const firstWords: string[] = [];
  for (const short of firstMentions.keys()) {
    const knownLongForms = KNOWN_ACRONYM_LONG_FORMS.get(short) ?? NO_LONG_FORMS;
    for (let position = 0; position < knownLongForms.length; position += 1) {
      const first = longFormKeys(knownLongForms[position] as string)[0];
      if (first !== undefined && !firstWords.includes(first)) firstWords.push(first);
    }
  }
  const startsByFirstWord: number[][] = [];
  for (let word = 0; word < firstWords.length; word += 1) startsByFirstWord.push([]);
  if (firstWords.length > 0) {
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (!token?.isWord) continue;
      for (let word = 0; word < firstWords.length; word += 1) {
        if (token.key === firstWords[word]) startsByFirstWord[word]?.push(index);
      }
    }
  }

  // Capitalized starts for the initials the acronyms begin with.
  const capitalizedStarts: StartsByInitial = [];
  for (const { letters } of firstMentions.values()) {
    if (!letters || letters.length < 3) continue;
    const initial = initialIndexOf(letters[0] ?? '');
    capitalizedStarts[initial] = [];
    if (initial === INITIAL_D) capitalizedStarts[INITIAL_Đ] = [];
  }
  for (let position = 0; position < properTokens.length; position += 1) {
    const index = properTokens[position] as number;
    const token = tokens[index];
    if (token?.capitalized) capitalizedStarts[syllableInitialIndex(token.text)]?.push(index);
  }
  const starts = new LongFormStarts(tokens, capitalizedStarts);

  const found: AcronymSpan[] = [];
  for (const [short, { mention, index, letters }] of firstMentions) {
    const knownLongForm = knownLongFormWritten(tokens, KNOWN_ACRONYM_LONG_FORMS.get(short) ?? NO_LONG_FORMS, firstWords, startsByFirstWord);
    // `vắc xin AVAC ASF LIVE`: an acronym among capitals is a word of a product's name, no use of its own.
    if (knownLongForm && isAmongCapitals(tokens, index)) continue;
    if (knownLongForm) {
      const long = text.slice(tokens[knownLongForm.first]?.start ?? 0, tokens[knownLongForm.last]?.end ?? 0);
      found.push({ start: mention.start, end: mention.end, short, long, rule: 'known-long-form-elsewhere' });
      continue;
    }
    // A known acronym whose long forms the text does not write spells no other words: `TNHH` of `Công ty TNHH X`
    // is no `tai nạn hàng hải` written elsewhere.
    if (KNOWN_ACRONYM_LONG_FORMS.has(short)) continue;
    if (!letters || letters.length < 3) continue;
    const long = spelledOutLongForm(tokens, starts, initialIndexOf(letters[0] ?? ''), letters, !inBracketedShortName(tokens, index));
    if (!long || isPersonsInitials(short, tokens[long.first]) || isSpeakersInitials(tokens, index, tokens[long.first])) continue;
    const longText = text.slice(tokens[long.first]?.start ?? 0, tokens[long.end - 1]?.end ?? 0);
    found.push({ start: mention.start, end: mention.end, short, long: longText, rule: 'spelled-out' });
  }
  return found;
}
