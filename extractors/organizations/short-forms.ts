// Short forms that refer back to an organization named before: the head alone (`Tổng cục đã ...`, `Viện cho
// biết`) and the head with an acronym of the rest of the name (`Tổng cục TCĐLCL`, `Bộ KH&CN`). A head after a
// plural or a number (`các Ủy ban chuyên ngành`, `hai Bộ`) is a common noun, not a reference.
import type { AcronymSpan } from '../../pipeline/document.js';
import type { NameRun } from './name-runs.js';
import type { Token } from '../../input/tokens.js';
import { SHORT_FORM_HEAD_KEYS } from './lexicon.js';
import { tokenIndexAt, tokenize } from '../../input/tokens.js';
import { nameTokens } from './name-tokens.js';
import { collapseWhitespace, foldDocumentText, startsWithDigit } from './plain-text.js';
import { acronymLetters, matchInitialsForward } from '../acronyms/initials.js';

const PLURAL_OR_NUMBER = new Set(['các', 'những', 'mọi', 'mỗi', 'từng', 'nhiều', 'một', 'hai', 'ba', 'bốn', 'năm', 'vài', 'số', 'các']);

/** A bare head that may refer back: capitalized, from the short-form list, not after `các`/`những`/a number. */
export function isReferringHead(run: NameRun, tokens: readonly Token[]): boolean {
  if (!run.bare || run.complete || run.kind !== 'organization' || !SHORT_FORM_HEAD_KEYS.has(run.headKey)) return false;
  const before = tokens[run.firstToken - 1];
  if (!before || tokens[run.firstToken]?.breakBefore) return true;
  // `Bắc Bộ`, `Nam Bộ`: the last word of another name, not a head standing alone.
  if (before.capitalized || before.acronymLike) return false;
  return !PLURAL_OR_NUMBER.has(before.key) && !startsWithDigit(before.text);
}

export interface HeadAcronym {
  readonly acronym: string;
  /** The place after the acronym, lower case (`Sở GD&ĐT Hà Nội` → `hà nội`), or null. */
  readonly placeKey: string | null;
}

/** The acronym a `HEAD ACRONYM [PLACE]` run is made of (`Tổng cục TCĐLCL`, `Sở GD&ĐT Hà Nội`), or null. */
export function headAcronym(text: string, run: NameRun, tokens: readonly Token[]): HeadAcronym | null {
  if (run.bare || run.kind !== 'organization') return null;
  const bodyStart = tokenIndexAt(tokens, run.headEnd);
  const first = tokens[bodyStart];
  if (!first?.acronymLike) return null;
  if (run.endToken === bodyStart + 1) return { acronym: first.text, placeKey: null };
  const placeFirst = tokens[bodyStart + 1];
  const placeLast = tokens[run.endToken - 1];
  if (!placeFirst || !placeLast || nameTokens(text, tokens).placeEnd(bodyStart + 1) !== run.endToken) return null;
  // The place runs from a word to a word: collapsing its spaces trims nothing.
  return { acronym: first.text, placeKey: collapseWhitespace(text.slice(placeFirst.start, placeLast.end).toLowerCase()) };
}

/**
 * The folded full name a `HEAD ACRONYM [PLACE]` run stands for, among `names` (folded): the head and the acronym's
 * long form (`Tổng cục TCĐLCL` with `TCĐLCL` ← `Tiêu chuẩn Đo lường Chất lượng`), or a name with that head (and
 * place) whose other words have the acronym's initials (`Bộ KH&CN` → `bộ khoa học và công nghệ`, `Sở GD&ĐT Hà Nội`
 * → `sở giáo dục và đào tạo hà nội`), or without a place a name with one, by `namesWithoutPlace` (folded name
 * without its place → the name), whose other words have them (`Sở GTVT` → `sở giao thông vận tải tp.hcm`). Null
 * when none. The folded head, acronym and place are all it reads, so
 * callers may remember the answer.
 */
export function headAcronymReferentByHead(
  head: string,
  acronym: string,
  acronyms: readonly AcronymSpan[],
  names: ReadonlySet<string>,
  placeKey: string | null = null,
  namesWithoutPlace: ReadonlyMap<string, string> = new Map(),
): string | null {
  const place = placeKey === null ? '' : ` ${placeKey}`;
  const definition = acronyms.find((candidate) => candidate.short === acronym);
  if (definition) {
    // The head and place are folded already, the long form is the document's text.
    const expanded = foldDocumentText(`${head} ${definition.long}${place}`);
    if (names.has(expanded)) return expanded;
  }
  const letters = acronymLetters(acronym);
  if (!letters) return null;
  const initialsOf = (name: string): boolean => {
    if (!name.startsWith(`${head} `) || !name.endsWith(place) || name.length <= head.length + 1 + place.length) return false;
    const rest = tokenize(name.slice(head.length + 1, name.length - place.length)).filter((token) => token.isWord);
    return matchInitialsForward(rest, 0, letters) === rest.length;
  };
  for (const name of names) if (initialsOf(name)) return name;
  // Without a place, a name that has one after the words of the initials (`Sở GTVT` → `sở giao thông vận tải tp.hcm`).
  if (placeKey === null) {
    for (const [placeless, name] of namesWithoutPlace) if (initialsOf(placeless)) return name;
  }
  return null;
}
