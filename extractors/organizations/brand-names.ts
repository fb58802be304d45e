// A company's brand: the capitalized words that end its name after its field word (`Công ty Cổ phần Cà phê Cao
// Nguyên Xanh` → `Cao Nguyên Xanh`, `Tập đoàn Central Retail` → `Central Retail`), which the article then uses alone
// for the company (`Cao Nguyên Xanh xuất khẩu được ...`). Not a place (`Tập đoàn Điện lực Việt Nam`), not one word
// after a field (`Tổng công ty Giải pháp doanh nghiệp Viettel` is not Viettel), but one coined word that is the
// whole name after the head (`Tập đoàn Masan` → `Masan`), not after an honorific (`ông Nguyễn Kim`).
import type { TextSpan } from '../../pipeline/document.js';
import { isPlace } from '../shared/places.js';
import { COMPANY_HEAD_KEYS, HONORIFIC_KEYS } from './lexicon.js';
import { isVietnameseSyllable } from './name-person-cut.js';
import type { NameRun } from './name-runs.js';
import type { NameTokens } from './name-tokens.js';

/** A brand has two to this many words; a longer run of capitalized words is the whole name, not a brand in it. */
const MAX_BRAND_WORDS = 4;
const MIN_BRAND_WORDS = 2;

/** The brand that ends a company's name run, as written, or null. */
export function companyBrand(words: NameTokens, run: NameRun): string | null {
  if (run.kind !== 'organization' || run.bare || run.gap !== null || !COMPANY_HEAD_KEYS.has(run.headKey)) return null;
  const { tokens } = words;
  let start = run.endToken;
  while (start > run.firstToken && tokens[start - 1]?.capitalized && (tokens[start - 1]?.end ?? Infinity) > run.headEnd) start -= 1;
  const count = run.endToken - start;
  const first = tokens[start];
  const last = tokens[run.endToken - 1];
  if (!first || !last) return null;
  // One word right after the head, no Vietnamese syllable (`Masan`, `Viettel`): a coined brand, the name's all.
  const coined = count === 1 && first.start >= run.headEnd && (tokens[start - 1]?.end ?? Infinity) <= run.headEnd
    && first.capitalized && !isVietnameseSyllable(first.text);
  // The words before the brand are the head's or the field's: a capitalized word there would make it longer.
  if (!coined && (count < MIN_BRAND_WORDS || count > MAX_BRAND_WORDS)) return null;
  const brand = words.text.slice(first.start, last.end);
  return isPlace(brand) || words.placeEnd(start) === run.endToken ? null : brand;
}

export interface BrandMention<Owner> extends TextSpan {
  readonly owner: Owner;
}

/**
 * The brands standing alone after their company was named: the same words, each capitalized as written, between
 * words that are not capitalized, outside every organization's name, not after an honorific. `brands` maps a
 * brand's words joined by one space to its owner and where the full name was first seen. Linear: at each proper
 * word, one lookup per brand length.
 */
export function findBrandMentions<Owner>(
  words: NameTokens,
  runs: readonly NameRun[],
  brands: ReadonlyMap<string, { readonly owner: Owner; readonly after: number }>,
): BrandMention<Owner>[] {
  if (brands.size === 0) return [];
  const { tokens } = words;
  const insideOrganization = runs.filter((run) => run.kind === 'organization' && !run.bare);
  let runIndex = 0;
  const mentions: BrandMention<Owner>[] = [];
  let after = 0;
  for (const index of words.proper) {
    const token = tokens[index];
    if (!token || index < after || !token.capitalized) continue;
    const previous = tokens[index - 1];
    if (previous && !token.breakBefore && (previous.capitalized || previous.acronymLike || HONORIFIC_KEYS.has(previous.key))) continue;
    // From one word (a coined brand, `Masan`) to MAX_BRAND_WORDS, each capitalized.
    let key = '';
    for (let count = 1; count <= MAX_BRAND_WORDS; count += 1) {
      const next = tokens[index + count - 1];
      if (!next || (count > 1 && (next.breakBefore || !next.capitalized))) break;
      key = count === 1 ? next.text : `${key} ${next.text}`;
      const brand = brands.get(key);
      const following = tokens[index + count];
      if (!brand || token.start < brand.after) continue;
      if (following && !following.breakBefore && (following.capitalized || following.acronymLike)) continue;
      while (runIndex < insideOrganization.length && (insideOrganization[runIndex]?.end ?? 0) <= token.start) runIndex += 1;
      const run = insideOrganization[runIndex];
      if (run && run.start <= token.start) break;
      mentions.push({ start: token.start, end: next.end, owner: brand.owner });
      after = index + count;
      break;
    }
  }
  return mentions;
}

/** A plant's head (`Nhà máy`), which a company may name by the goods it makes and its own brand. */
const PLANT_HEAD_KEY = 'nhà máy';

/**
 * The brand a plant is named with after its lower-case goods (`Cửa Lục` of `Nhà máy đóng tàu Cửa Lục`), or null
 * where the run is no plant's or no goods stand before its capitalized words.
 */
export function plantBrand(words: NameTokens, run: NameRun): string | null {
  if (run.kind !== 'organization' || run.bare || run.gap !== null || run.headKey !== PLANT_HEAD_KEY) return null;
  const { tokens } = words;
  let start = run.endToken;
  while (start > run.firstToken && tokens[start - 1]?.capitalized && (tokens[start - 1]?.end ?? Infinity) > run.headEnd) start -= 1;
  const first = tokens[start];
  const last = tokens[run.endToken - 1];
  if (!first || !last || start === run.endToken || !tokens[start - 1]?.lower || (tokens[start - 1]?.end ?? 0) <= run.headEnd) return null;
  return words.text.slice(first.start, last.end);
}

/**
 * The companies of the article by their brand (`Cửa Lục` → `Công ty cổ phần Công nghiệp Tàu thủy Cửa Lục`), the first
 * named with each; null where no plant is named (most articles), so that a plant named with a company's brand, before
 * or after the company, is that company (`Nhà máy đóng tàu Cửa Lục`).
 */
export function companiesByBrandForPlants(words: NameTokens, runs: readonly NameRun[]): ReadonlyMap<string, string> | null {
  if (!runs.some((run) => run.headKey === PLANT_HEAD_KEY)) return null;
  const companies = new Map<string, string>();
  for (const run of runs) {
    const brand = companyBrand(words, run);
    if (brand !== null && !companies.has(brand)) companies.set(brand, words.text.slice(run.start, run.end));
  }
  return companies;
}
