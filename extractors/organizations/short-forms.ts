// Short forms that refer back to an organization named before: the head alone (`Tổng cục đã ...`, `Viện cho
// biết`) and the head with an acronym of the rest of the name (`Tổng cục TCĐLCL`, `Bộ KH&CN`). A head after a
// plural or a number (`các Ủy ban chuyên ngành`, `hai Bộ`) is a common noun, not a reference.
import type { AcronymSpan } from '../../pipeline/document.js';
import { foldKey } from '../shared/vietnamese.js';
import type { NameRun } from './name-runs.js';
import type { NameToken } from './name-tokens.js';
import { SHORT_FORM_HEAD_KEYS } from './lexicon.js';

const PLURAL_OR_NUMBER = new Set(['các', 'những', 'mọi', 'mỗi', 'từng', 'nhiều', 'một', 'hai', 'ba', 'bốn', 'năm', 'vài', 'số', 'các']);

/** A bare head that may refer back: capitalized, from the short-form list, not after `các`/`những`/a number. */
export function isReferringHead(run: NameRun, tokens: readonly NameToken[]): boolean {
  if (!run.bare || run.complete || run.kind !== 'organization' || !SHORT_FORM_HEAD_KEYS.has(run.headKey)) return false;
  const before = tokens[run.firstToken - 1];
  if (!before || tokens[run.firstToken]?.breakBefore) return true;
  return !PLURAL_OR_NUMBER.has(before.key) && !/^\d/u.test(before.text);
}

/**
 * The full name a `HEAD ACRONYM` run stands for, when the acronym's long form is the rest of a name:
 * `Tổng cục TCĐLCL` → `tổng cục tiêu chuẩn đo lường chất lượng` (folded), or null.
 */
export function expandHeadAcronym(text: string, run: NameRun, tokens: readonly NameToken[], acronyms: readonly AcronymSpan[]): string | null {
  if (run.bare || run.endToken - run.firstToken < 2) return null;
  const body = tokens.slice(tokens.findIndex((token) => token.start >= run.headEnd), run.endToken);
  const only = body[0];
  if (body.length !== 1 || !only?.acronymLike) return null;
  const definition = acronyms.find((acronym) => acronym.short === only.text);
  if (!definition) return null;
  return foldKey(`${text.slice(run.start, run.headEnd)} ${definition.long}`);
}
