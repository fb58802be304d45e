// The article's tokens as the name stages read them: which ones start with a capital (the only places a head, an
// acronym or an outlet's name can start), what each word is to the name lexicons (word-classes.ts), where a place
// starting at a token ends, and the name runs. Worked out once per token list, each value on first ask and kept
// by token number, and shared by the acronym and organization stages, which read the same `tokens` annotation.
import { mayStartPlaceAtWordKey, placeAt } from '../shared/places.js';
import type { Token } from '../../input/tokens.js';
import { LastValueMemo } from '../shared/last-value-memo.js';
import { WORD_CLASSES } from './word-classes.js';

/** In `classes`, beside the class bits (word-classes.ts uses fewer): the token's classes are worked out. */
const CLASSES_KNOWN = 1 << 30;
const PLACE_END_UNKNOWN = -2;

export class NameTokens {
  /** Indices of the capitalized and acronym-like tokens, in order. */
  readonly proper: readonly number[];
  private readonly classes: Uint32Array;
  private readonly placeEnds: Int32Array;

  constructor(readonly text: string, readonly tokens: readonly Token[]) {
    const proper: number[] = [];
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token && (token.capitalized || token.acronymLike)) proper.push(index);
    }
    this.proper = proper;
    this.classes = new Uint32Array(tokens.length);
    this.placeEnds = new Int32Array(tokens.length).fill(PLACE_END_UNKNOWN);
  }

  /** Does the token at `index` have the class (word-classes.ts)? False past the end. */
  is(index: number, wordClass: number): boolean {
    let classes = this.classes[index];
    if (classes === undefined) return false;
    if (classes === 0) {
      classes = CLASSES_KNOWN | (WORD_CLASSES.get(this.tokens[index]?.key ?? '') ?? 0);
      this.classes[index] = classes;
    }
    return (classes & wordClass) !== 0;
  }

  /** One past the last token a place starting at `index` covers, or -1. */
  placeEnd(index: number): number {
    const known = this.placeEnds[index];
    if (known === undefined) return -1;
    if (known !== PLACE_END_UNKNOWN) return known;
    const end = this.findPlaceEnd(index);
    this.placeEnds[index] = end;
    return end;
  }

  private findPlaceEnd(index: number): number {
    const { tokens } = this;
    const token = tokens[index];
    if (!token || !token.isWord || !mayStartPlaceAtWordKey(token.key)) return -1;
    const place = placeAt(this.text, token.start);
    if (!place) return -1;
    // A lower-case prefix alone (`tỉnh` before a lower-case word) is no place; the name part must be proper.
    let end = index;
    while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= place.end) end += 1;
    return end > index && tokens[end - 1]?.end === place.end ? end : -1;
  }
}

/** The name tokens of a token list (one text each), made on first ask. */
export function nameTokens(text: string, tokens: readonly Token[]): NameTokens {
  let words = nameTokensByTokens.get(tokens);
  if (!words) {
    words = new NameTokens(text, tokens);
    nameTokensByTokens.set(tokens, words);
  }
  return words;
}

/** The name tokens of the last token list (one article's): made once, read by the acronym and organization stages. */
const nameTokensByTokens = new LastValueMemo<readonly Token[], NameTokens>();
