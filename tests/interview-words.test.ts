// wordsOf (extractors/interview/words.ts) reads words in one pass over the characters. It must give the words the
// plain rule gives, a regex run of letters, marks, digits and inner dots with trailing dots left out: checked over
// every interview, metadata and sentence example, the articles, and odd characters (astral letters, lone surrogates).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTERVIEW_EXAMPLES } from '../extractors/interview/corpus.js';
import { wordsOf, type Word } from '../extractors/interview/words.js';
import { METADATA_EXAMPLES } from '../extractors/metadata/corpus.js';
import { SENTENCE_EXAMPLES } from '../extractors/sentences/corpus.js';

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.]*/gu;

function wordsByRegex(text: string, start: number, end: number): Word[] {
  return [...text.slice(start, end).matchAll(WORD)].map((match) => {
    const raw = match[0].replace(/\.+$/u, '');
    const at = start + match.index;
    return { start: at, end: at + raw.length, text: raw, key: raw.toLowerCase() };
  });
}

const root = fileURLToPath(new URL('..', import.meta.url));
const articles = ['samples', 'tests/fixtures/devset', 'tests/fixtures/collapsed']
  .map((folder) => join(root, folder))
  .filter((folder) => existsSync(folder))
  .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(folder, name), 'utf8')));
const texts = [
  ...INTERVIEW_EXAMPLES.map((example) => example.text),
  ...METADATA_EXAMPLES.map((example) => example.text),
  ...SENTENCE_EXAMPLES.map((example) => example.text),
  ...articles,
  'TS. Nguyễn Văn A... nói: 4.0, v.v. và PGS.TS Lê B.',
  'Chữ 𝐀𝐁 lạ, nửa cặp \ud835 rồi \udc00 và e\u0301 (dấu rời), số ١٢٣ và ½.',
];

describe('interview words: one pass over the characters', () => {
  it(`gives the words of the regex rule over ${texts.length} texts, whole and cut at every tenth character`, () => {
    for (const text of texts) {
      expect(wordsOf(text, { start: 0, end: text.length })).toEqual(wordsByRegex(text, 0, text.length));
      for (let cut = 0; cut < text.length; cut += 10) {
        expect(wordsOf(text, { start: cut, end: text.length })).toEqual(wordsByRegex(text, cut, text.length));
        expect(wordsOf(text, { start: 0, end: cut })).toEqual(wordsByRegex(text, 0, cut));
      }
    }
  });
});
