// SpanWords (extractors/interview/words.ts) reads words in one pass over the characters and looks them up in
// lexicons character by character, making no string per word. It must give the words the plain rule gives, a regex
// run of letters, marks, digits and inner dots with trailing dots left out, and the lookups a Set of their
// lower-case keys gives: checked over every interview, metadata and sentence example, the articles, and odd
// characters (astral letters, lone surrogates, letters whose lower case depends on the word or is two units).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTERVIEW_EXAMPLES } from '../extractors/interview/corpus.js';
import { FIRST_PERSON_WORDS, NARRATING_WORDS, SCENE_PHRASES, SPEAKER_TITLES } from '../extractors/interview/lexicon.js';
import { WordLexicon } from '../extractors/interview/word-lexicon.js';
import { countWords, SpanWords } from '../extractors/interview/words.js';
import { METADATA_EXAMPLES } from '../extractors/metadata/corpus.js';
import { SENTENCE_EXAMPLES } from '../extractors/sentences/corpus.js';

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.]*/gu;

interface PlainWord {
  start: number;
  end: number;
  key: string;
  capitalized: boolean;
}

function wordsByRegex(text: string, start: number, end: number): PlainWord[] {
  return [...text.slice(start, end).matchAll(WORD)].map((match) => {
    const raw = match[0].replace(/\.+$/u, '');
    const at = start + match.index;
    return { start: at, end: at + raw.length, key: raw.toLowerCase(), capitalized: /^\p{Lu}/u.test(raw) };
  });
}

function readWords(words: SpanWords): PlainWord[] {
  return Array.from({ length: words.count }, (_, index) => ({
    start: words.start(index),
    end: words.end(index),
    key: words.key(index),
    capitalized: words.isCapitalized(index),
  }));
}

/** How many words from `index` make an entry, longest first: the words' keys joined by spaces, looked up in a Set. */
function phraseByKeys(words: readonly PlainWord[], index: number, entries: ReadonlySet<string>, longest: number): number {
  for (let length = Math.min(longest, words.length - index); length >= 1; length -= 1) {
    if (entries.has(words.slice(index, index + length).map((word) => word.key).join(' '))) return length;
  }
  return 0;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const articles = ['samples', 'tests/fixtures/devset', 'tests/fixtures/collapsed']
  .map((folder) => join(root, folder))
  .filter((folder) => existsSync(folder))
  .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(folder, name), 'utf8')));
const odd = [
  'TS. Nguyễn Văn A... nói: 4.0, v.v. và PGS.TS Lê B.',
  'Chữ 𝐀𝐁 lạ, nửa cặp \ud835 rồi \udc00 và e\u0301 (dấu rời), số ١٢٣ và ½.',
  'ΟΔΟΣ và ὈΔΟΣ, İSTANBUL, TÔI và CHÚNG TÔI, Thưa Ông, ÔNG ẤY, 𐐀𐐁 (Deseret).',
];
const texts = [
  ...INTERVIEW_EXAMPLES.map((example) => example.text),
  ...METADATA_EXAMPLES.map((example) => example.text),
  ...SENTENCE_EXAMPLES.map((example) => example.text),
  ...articles,
  ...odd,
];
const words = new SpanWords();

describe('interview words: one pass over the characters', () => {
  it(`gives the words of the regex rule over ${texts.length} texts, whole and cut at every tenth character`, () => {
    for (const text of texts) {
      expect(readWords(words.read(text, { start: 0, end: text.length }))).toEqual(wordsByRegex(text, 0, text.length));
      for (let cut = 0; cut < text.length; cut += 10) {
        expect(readWords(words.read(text, { start: cut, end: text.length }))).toEqual(wordsByRegex(text, cut, text.length));
        expect(readWords(words.read(text, { start: 0, end: cut }))).toEqual(wordsByRegex(text, 0, cut));
      }
    }
  });

  it('stops past a limit of words with the count countWords gives, the words before it read alike', () => {
    for (const text of texts) {
      const plain = wordsByRegex(text, 0, text.length);
      for (const limit of [0, 1, 3, 12, 30]) {
        const read = readWords(words.read(text, { start: 0, end: text.length }, limit));
        expect(words.count).toBe(Math.min(plain.length, limit + 1));
        expect(words.count).toBe(countWords(text, { start: 0, end: text.length }, limit));
        expect(read.slice(0, limit)).toEqual(plain.slice(0, limit));
      }
    }
  });

  it('finds the phrases a Set of lower-case keys finds, at every word', () => {
    const strange = new WordLexicon(['ὀδος', 'i̇stanbul', 'tôi', '𐐨𐐩', 'e\u0301']);
    const lexicons = [FIRST_PERSON_WORDS, NARRATING_WORDS, SCENE_PHRASES, SPEAKER_TITLES, strange];
    for (const text of texts) {
      const plain = wordsByRegex(text, 0, text.length);
      words.read(text, { start: 0, end: text.length });
      for (const lexicon of lexicons) {
        for (let index = 0; index < plain.length; index += 1) {
          expect(words.phraseAt(index, lexicon, 3)).toBe(phraseByKeys(plain, index, lexicon.entries, 3));
          expect(words.isIn(index, lexicon)).toBe(lexicon.entries.has(plain[index]?.key ?? ''));
        }
      }
    }
  });
});
