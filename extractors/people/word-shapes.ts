// A quick refusal before a lexicon lookup asked at every word of an article: the shapes of the lexicon's words (a
// word's length and its first, second and last code units) hashed into a table of marks. A word whose shape is not
// marked is in no entry, which most words of a text are not; the lookup itself (a Map with the document's string as
// key) costs several times as much when the document's strings have no hash yet. Asked of the honorifics at every
// token, of the phrases before every run of capitalized words, and of the first words of post titles
// (extractors/roles/lexicon.ts) at every word.

const TABLE_SIZE = 8192;

function shapeOf(word: string): number {
  const second = word.length > 1 ? word.charCodeAt(1) : 0;
  return (((word.charCodeAt(0) * 31 + second) * 31 + word.charCodeAt(word.length - 1)) * 8 + word.length) & (TABLE_SIZE - 1);
}

export class WordShapes {
  private readonly marks = new Uint8Array(TABLE_SIZE);

  constructor(words: Iterable<string>) {
    for (const word of words) this.marks[shapeOf(word)] = 1;
  }

  /** False when `word` is none of the words: it has no word's shape. True says only that it may be one. */
  mayHold(word: string): boolean {
    return this.marks[shapeOf(word)] === 1;
  }
}
