// The tokens that start with a capital, capitalized words and acronyms alike (`Tổng`, `ASEAN`, `VietQ.vn`): the
// only places a head, an acronym or an outlet's name can start. Found in one pass per token list and shared by
// the acronym and organization stages, which then visit a tenth of the tokens instead of all of them.
import type { Token } from '../../input/tokens.js';

/** Indices of the capitalized and acronym-like tokens, in order. */
export function properTokenIndices(tokens: readonly Token[]): readonly number[] {
  let indices = indicesByTokens.get(tokens);
  if (indices) return indices;
  const found: number[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token && (token.capitalized || token.acronymLike)) found.push(index);
  }
  indicesByTokens.set(tokens, found);
  return found;
}

/** By the token list they were found in (the `tokens` annotation of one article). */
const indicesByTokens = new WeakMap<readonly Token[], readonly number[]>();
