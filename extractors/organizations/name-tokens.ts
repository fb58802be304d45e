// The article's tokens as the name stages read them: which ones start with a capital (the only places a head, an
// acronym or an outlet's name can start), what each word is to the name lexicons (word-classes.ts), where a place
// starting at a token ends, and the name runs. Worked out once per token list, each value on first ask and kept
// by token number, and shared by the acronym and organization stages, which read the same `tokens` annotation.
import { mayStartPlaceAtWordKey, placeAt } from '../shared/places.js';
import type { Token } from '../../input/tokens.js';
import { LastValueMemo } from '../shared/last-value-memo.js';
import { WORD_CLASSES } from './word-classes.js';

/** In `known`, beside the class bits (word-classes.ts uses fewer): the token's classes are worked out. */
const CLASSES_KNOWN = 1 << 30;

// The proper tokens of an article are gathered in one array kept from article to article and copied out at their
// exact number, as the tokenizer gathers tokens: pushed one by one, an article's ~130 reallocate the array five times.
const gatheredProper: number[] = [];
const GATHERED_KEPT_UP_TO = 100_000;

export class NameTokens {
  /** Indices of the capitalized and acronym-like tokens, in order. */
  readonly proper: readonly number[];
  /**
   * What is worked out per token, on first ask, in one buffer: at `index` the token's classes (with CLASSES_KNOWN),
   * at `tokens.length + index` one past the last token of the place starting there, plus 2 (0 not yet, 1 none).
   */
  private readonly known: Int32Array;

  constructor(readonly text: string, readonly tokens: readonly Token[]) {
    let count = 0;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token && (token.capitalized || token.acronymLike)) {
        gatheredProper[count] = index;
        count += 1;
      }
    }
    this.proper = gatheredProper.slice(0, count);
    if (gatheredProper.length > GATHERED_KEPT_UP_TO) gatheredProper.length = 0;
    this.known = new Int32Array(2 * tokens.length);
  }

  /** Does the token at `index` have the class (word-classes.ts)? False past the end. */
  is(index: number, wordClass: number): boolean {
    if (index < 0 || index >= this.tokens.length) return false;
    let classes = this.known[index] ?? 0;
    if (classes === 0) {
      classes = CLASSES_KNOWN | (WORD_CLASSES.get(this.tokens[index]?.key ?? '') ?? 0);
      this.known[index] = classes;
    }
    return (classes & wordClass) !== 0;
  }

  /** One past the last token a place starting at `index` covers, or -1. */
  placeEnd(index: number): number {
    if (index < 0 || index >= this.tokens.length) return -1;
    const slot = this.tokens.length + index;
    const known = this.known[slot] ?? 0;
    if (known !== 0) return known - 2;
    const end = this.findPlaceEnd(index);
    this.known[slot] = end + 2;
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
