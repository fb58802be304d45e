// A quick refusal before a lexicon lookup asked at every word of an article: the shapes of the lexicon's words (a
// word's length and its first, second and last code units, input/tokens.ts `wordShapeOf`) marked in a table. A word
// whose shape is not marked is in no entry, which most words of a text are not; the lookup itself (a Map with the
// document's string as key) costs several times as much when the document's strings have no hash yet. Asked of the
// honorifics at every token, of the phrases before every run of capitalized words, and of the first words of post
// titles (extractors/roles/lexicon.ts) at every word; a token brings its key's shape (`Token.shape`), worked out once.
import { WORD_SHAPES, wordShapeOf } from '../../input/tokens.js';

export class WordShapes {
  private readonly marks = new Uint8Array(WORD_SHAPES);

  constructor(words: Iterable<string>) {
    for (const word of words) this.marks[wordShapeOf(word)] = 1;
  }

  /** False when `word` is none of the words: it has no word's shape. True says only that it may be one. */
  mayHold(word: string): boolean {
    return this.marks[wordShapeOf(word)] === 1;
  }

  /** `mayHold` of a word whose shape is known: a token's key by its `shape`. */
  mayHoldShape(shape: number): boolean {
    return this.marks[shape] === 1;
  }
}
