// Businesses named after a lower-case noun, which no organization head opens:
// - a workshop of a craft, named: `cơ sở gốm Minh Long`, `cơ sở mộc Tân Tiến` (the name is the whole phrase, as
//   written); not plural (`các cơ sở gốm Bát Tràng`), not a place (`cơ sở gốm Hà Nội`), not a workshop unnamed
//   (`cơ sở gốm ở làng`);
// - an online marketplace by its coined brand: `sàn thương mại điện tử ShopNhanh`, `sàn Tiki` (the brand is the name,
//   and every other mention of it alone is one); not a stock exchange by its acronym (`sàn HOSE`), not a word of the
//   language (`sàn Nhà`);
// - a studio or publisher by its name: `studio Gió Bấc`, `nhà phát hành Nova Games` (the name is the capitalized words
//   alone, and every other mention of them alone is one); not a place (`nhà phát hành Nhật Bản`), not a name that
//   runs on (`studio Gió Bấc Sài Gòn Mới`), not the words in a name already headed (`Công ty Studio X`);
// - a fund by its foreign name: `quỹ Mekong Ventures`, `quỹ Temasek`, `quỹ X Growth Fund II` (the name is the
//   capitalized words alone, a Roman numeral after its company word numbering one fund of a series); not a
//   fund named in Vietnamese (`quỹ Vì người nghèo`, `quỹ Bảo trì`), which a head names when capitalized;
// - an organization by its foreign name after `của tổ chức` (of the organization): `tiêu chuẩn của tổ chức Verra` (the
//   name alone); not after the verb `tổ chức` (to hold: `tổ chức Festival`), nor a Vietnamese name.
import type { Token } from '../../pipeline/document.js';
import { isPlace } from '../shared/places.js';
import { FOREIGN_COMPANY_WORDS, isVietnameseSyllable } from './name-person-cut.js';
import { anchoredWord, includesAnyWord, type AnchoredWord } from './plain-text.js';

export interface LowerHeadName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** Crafts and trades a workshop (`cơ sở`) is named with, by their tokens' keys, longest first. */
const WORKSHOP_TRADES: readonly (readonly string[])[] = [
  ['gốm', 'sứ'], ['gốm'], ['sứ'], ['mộc'], ['đồ', 'gỗ'], ['dệt'], ['may'], ['rèn'], ['sơn', 'mài'], ['mây', 'tre'],
  ['đúc', 'đồng'], ['gạch'], ['nước', 'mắm'], ['bánh'], ['rượu'], ['chè'], ['nhang'], ['cơ', 'khí'],
];
/** Words before `cơ sở` that make it many workshops, not one named. */
const PLURAL_KEYS: ReadonlySet<string> = new Set(['các', 'những', 'nhiều', 'mấy', 'một', 'số']);
/** `sàn thương mại điện tử` after `sàn`. */
const MARKETPLACE_KIND: readonly string[] = ['thương', 'mại', 'điện', 'tử'];
/**
 * `tổ chức` (an organization), a kind whose name must be foreign, as a fund's, and which `của` (of) must stand before:
 * elsewhere `tổ chức` is most often the verb (to hold: `tổ chức Festival Huế`).
 */
const ORGANIZATION_KIND: readonly string[] = ['tổ', 'chức'];
const OWNER_LINK_KEY = 'của';
/** Kinds of business named by the capitalized words right after them, lower case, by their tokens' keys. */
const BUSINESS_KINDS: readonly (readonly string[])[] = [
  ['studio'], ['nhà', 'phát', 'hành'], ['nhà', 'phát', 'triển', 'game'], ['hãng', 'game'], ['công', 'ty', 'khởi', 'nghiệp'],
  ['quỹ'], ORGANIZATION_KIND,
];
/** Kinds whose name must be foreign (FUND_KIND): a Vietnamese one after them is a fund's purpose, not its name. */
const FUND_KIND_KEY = 'quỹ';

/**
 * The capitalized words from `first` to `end` are a foreign fund's name: its last word a company's word
 * (`Ventures`, `Capital`), or no word of it a Vietnamese syllable (`Temasek`).
 */
function isForeignName(tokens: readonly Token[], first: number, end: number): boolean {
  if (FOREIGN_COMPANY_WORDS.has((tokens[end - 1] as Token).key) || seriesNumeralAt(tokens, end - 1)) return true;
  for (let index = first; index < end; index += 1) if (isVietnameseSyllable((tokens[index] as Token).text)) return false;
  return true;
}
const MAX_NAME_WORDS = 3;
/** Distinct business names kept: an article names a few, and the search for their mentions stays linear. */
const MAX_BUSINESSES = 16;
const HAS_LOWER = /\p{Ll}/u;

function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let index = 0; index < words.length; index += 1) if (tokens[at + index]?.key !== words[index]) return false;
  return true;
}

/** A Roman numeral that numbers one of a series of funds after its company word (`Mekong Industrial Fund II`). */
const SERIES_NUMERAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X)$/u;

/** `tokens[index]` numbers a series of funds: a Roman numeral right after a company's word (`Fund II`, `Capital III`). */
function seriesNumeralAt(tokens: readonly Token[], index: number): boolean {
  const numeral = tokens[index];
  return numeral !== undefined && !numeral.breakBefore && SERIES_NUMERAL.test(numeral.text)
    && FOREIGN_COMPANY_WORDS.has(tokens[index - 1]?.key ?? '');
}

/**
 * The end (exclusive token index) of one to three capitalized words from `first` closed by a lower-case word or mark,
 * a Roman numeral after a company's word with them (`Mekong Industrial Fund II`).
 */
function namedWordsEnd(tokens: readonly Token[], first: number): number {
  let end = first;
  while (end - first < MAX_NAME_WORDS && tokens[end]?.capitalized === true && !tokens[end]?.breakBefore) end += 1;
  if (end > first && seriesNumeralAt(tokens, end)) end += 1;
  const next = tokens[end];
  if (end === first || (next !== undefined && !next.breakBefore && (next.capitalized || next.acronymLike))) return first;
  return end;
}

/** A coined brand: one capitalized word, no Vietnamese syllable, lower-case letters in it (`Tiki`, `ShopNhanh`). */
function isCoinedBrand(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && (token.capitalized || token.acronymLike) && HAS_LOWER.test(token.text)
    && !isVietnameseSyllable(token.text) && !isPlace(token.text);
}

/**
 * Parts of each kind's words that hold rare characters (`dio ` of `studio `, `ãng game ` of `hãng game `): a search is
 * as slow as its pattern's characters are common in the text (2–4 µs for `studio ` over a seed-size article, 0.3 for
 * `dio `). The longer ones are searched by a shorter anchor first (plain-text.ts).
 */
const BUSINESS_WORDS: readonly AnchoredWord[] = [
  anchoredWord('ơ sở ', 'ơ sở '),
  anchoredWord('sàn ', 'sàn '),
  anchoredWord('dio ', 'dio '),
  anchoredWord('phát hành ', 'át hà'),
  anchoredWord('ãng game ', 'ãng game '),
  anchoredWord('ển game ', 'ển ga'),
  anchoredWord('ởi nghiệp ', 'ởi nghiệp '),
  anchoredWord('quỹ ', 'quỹ '),
  anchoredWord('của tổ chức ', 'ủa tổ chức '),
];

/** Whether the text may name such a business at all: native searches spare most articles the pass. */
function mayName(text: string): boolean {
  return includesAnyWord(text, BUSINESS_WORDS);
}

/** Workshops and marketplaces named after their lower-case noun, each mention in order. */
export function findLowerHeadNames(text: string, tokens: readonly Token[]): LowerHeadName[] {
  if (!mayName(text)) return [];
  const found: LowerHeadName[] = [];
  let brands: Set<string> | null = null;
  /** Each business's name as token keys, by its first key, each name once (a hostile text repeats them). */
  let businesses: Map<string, string[][]> | null = null;
  let businessNames: Set<string> | null = null;
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (token.key === 'cơ' && tokens[at + 1]?.key === 'sở' && !PLURAL_KEYS.has(tokens[at - 1]?.key ?? '')) {
      const trade = WORKSHOP_TRADES.find((words) => wordsAt(tokens, at + 2, words));
      if (trade === undefined) continue;
      const first = at + 2 + trade.length;
      const end = namedWordsEnd(tokens, first);
      if (end === first) continue;
      const proper = text.slice((tokens[first] as Token).start, (tokens[end - 1] as Token).end);
      if (isPlace(proper)) continue;
      const last = tokens[end - 1] as Token;
      found.push({ name: text.slice(token.start, last.end), start: token.start, end: last.end });
      at = end - 1;
      continue;
    }
    if (token.lower && (token.key === 'studio' || token.key === 'nhà' || token.key === 'hãng' || token.key === 'công' || token.key === FUND_KIND_KEY
      || (token.key === ORGANIZATION_KIND[0] && tokens[at - 1]?.key === OWNER_LINK_KEY))) {
      const kind = BUSINESS_KINDS.find((words) => wordsAt(tokens, at, words));
      if (kind === undefined) continue;
      const first = at + kind.length;
      const end = namedWordsEnd(tokens, first);
      const foreignOnly = token.key === FUND_KIND_KEY || kind === ORGANIZATION_KIND;
      if (end === first || (foreignOnly && !isForeignName(tokens, first, end))) continue;
      const proper = text.slice((tokens[first] as Token).start, (tokens[end - 1] as Token).end);
      if (isPlace(proper)) continue;
      const keys: string[] = [];
      for (let index = first; index < end; index += 1) keys.push((tokens[index] as Token).key);
      const joined = keys.join(' ');
      if (!(businessNames ??= new Set<string>()).has(joined) && businessNames.size < MAX_BUSINESSES) {
        businessNames.add(joined);
        const byFirst = (businesses ??= new Map<string, string[][]>()).get(keys[0] as string);
        if (byFirst === undefined) businesses.set(keys[0] as string, [keys]);
        else byFirst.push(keys);
      }
      at = end - 1;
      continue;
    }
    if (token.key === 'sàn') {
      const brandAt = wordsAt(tokens, at + 1, MARKETPLACE_KIND) ? at + 1 + MARKETPLACE_KIND.length : at + 1;
      const brand = tokens[brandAt];
      const next = tokens[brandAt + 1];
      if (!isCoinedBrand(brand) || (next !== undefined && !next.breakBefore && (next.capitalized || next.acronymLike))) continue;
      (brands ??= new Set<string>()).add((brand as Token).text);
    }
  }
  if (brands !== null) {
    // Every mention of each brand alone, before and after the one with `sàn`.
    for (let at = 0; at < tokens.length; at += 1) {
      const token = tokens[at] as Token;
      if (!brands.has(token.text)) continue;
      const previous = tokens[at - 1];
      const next = tokens[at + 1];
      if (previous !== undefined && !token.breakBefore && (previous.capitalized || previous.acronymLike)) continue;
      if (next !== undefined && !next.breakBefore && (next.capitalized || next.acronymLike)) continue;
      found.push({ name: token.text, start: token.start, end: token.end });
    }
  }
  if (businesses !== null) {
    // Every mention of each business's name alone, closed on both sides by no other capitalized word.
    for (let at = 0; at < tokens.length; at += 1) {
      const token = tokens[at] as Token;
      if (!token.capitalized) continue;
      const keys = businesses.get(token.key)?.find((words) => wordsAt(tokens, at, words));
      if (keys === undefined) continue;
      const previous = tokens[at - 1];
      const next = tokens[at + keys.length];
      if (previous !== undefined && !token.breakBefore && (previous.capitalized || previous.acronymLike)) continue;
      if (next !== undefined && !next.breakBefore && (next.capitalized || next.acronymLike)) continue;
      const last = tokens[at + keys.length - 1] as Token;
      if (!last.capitalized && !seriesNumeralAt(tokens, at + keys.length - 1)) continue;
      found.push({ name: text.slice(token.start, last.end), start: token.start, end: last.end });
      at += keys.length - 1;
    }
  }
  if (brands !== null || businesses !== null) found.sort((left, right) => left.start - right.start);
  return found;
}
