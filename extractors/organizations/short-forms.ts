// Short forms that refer back to an organization named before: the head alone (`Tổng cục đã ...`, `Viện cho
// biết`) and the head with an acronym of the rest of the name (`Tổng cục TCĐLCL`, `Bộ KH&CN`). A head after a
// plural or a number (`các Ủy ban chuyên ngành`, `hai Bộ`) is a common noun, not a reference.
import type { AcronymSpan } from '../../pipeline/document.js';
import { foldKey } from '../shared/vietnamese.js';
import type { NameRun } from './name-runs.js';
import type { NameToken } from './name-tokens.js';
import { SHORT_FORM_HEAD_KEYS } from './lexicon.js';
import { tokenIndexAt, tokenizeForNames } from './name-tokens.js';
import { acronymLetters, matchInitialsForward } from '../acronyms/initials.js';

const PLURAL_OR_NUMBER = new Set(['các', 'những', 'mọi', 'mỗi', 'từng', 'nhiều', 'một', 'hai', 'ba', 'bốn', 'năm', 'vài', 'số', 'các']);

/** A bare head that may refer back: capitalized, from the short-form list, not after `các`/`những`/a number. */
export function isReferringHead(run: NameRun, tokens: readonly NameToken[]): boolean {
  if (!run.bare || run.complete || run.kind !== 'organization' || !SHORT_FORM_HEAD_KEYS.has(run.headKey)) return false;
  const before = tokens[run.firstToken - 1];
  if (!before || tokens[run.firstToken]?.breakBefore) return true;
  // `Bắc Bộ`, `Nam Bộ`: the last word of another name, not a head standing alone.
  if (before.capitalized || before.acronymLike) return false;
  return !PLURAL_OR_NUMBER.has(before.key) && !/^\d/u.test(before.text);
}

/** The acronym a `HEAD ACRONYM` run is made of (`Tổng cục TCĐLCL` → `TCĐLCL`), or null. */
export function headAcronym(run: NameRun, tokens: readonly NameToken[]): string | null {
  if (run.bare || run.kind !== 'organization') return null;
  const body = tokens.slice(tokenIndexAt(tokens, run.headEnd), run.endToken);
  const only = body[0];
  return body.length === 1 && only?.acronymLike ? only.text : null;
}

/**
 * The folded full name a `HEAD ACRONYM` run stands for, among `names` (folded): the head and the acronym's long
 * form (`Tổng cục TCĐLCL` with `TCĐLCL` ← `Tiêu chuẩn Đo lường Chất lượng`), or a name with that head whose other
 * words have the acronym's initials (`Bộ KH&CN` → `bộ khoa học và công nghệ`). Null when none.
 */
export function headAcronymReferent(
  text: string,
  run: NameRun,
  acronym: string,
  acronyms: readonly AcronymSpan[],
  names: ReadonlySet<string>,
): string | null {
  const head = foldKey(text.slice(run.start, run.headEnd));
  return headAcronymReferentByHead(head, acronym, acronyms, names);
}

/** The same, for a folded head: the pair (head, acronym) is all that matters, so callers may remember it. */
export function headAcronymReferentByHead(
  head: string,
  acronym: string,
  acronyms: readonly AcronymSpan[],
  names: ReadonlySet<string>,
): string | null {
  const definition = acronyms.find((candidate) => candidate.short === acronym);
  if (definition) {
    const expanded = foldKey(`${head} ${definition.long}`);
    if (names.has(expanded)) return expanded;
  }
  const letters = acronymLetters(acronym);
  if (!letters) return null;
  for (const name of names) {
    if (!name.startsWith(`${head} `)) continue;
    const rest = tokenizeForNames(name.slice(head.length + 1)).filter((token) => token.isWord);
    if (matchInitialsForward(rest, 0, letters) === rest.length) return name;
  }
  return null;
}
