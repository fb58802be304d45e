// The roles stage reads titles from the document's tokens (titleAtToken); the people stage still reads them from
// the text (titleAt). Both must find the same title at every place a title can start: a token's start, or a
// position inside a token right after a joiner (`CEO-Founder`, `ông Nam.Giám đốc`). Checked over the roles
// examples, the articles, and odd spacing and punctuation around titles.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../input/normalize.js';
import { tokenize } from '../input/tokens.js';
import { ROLES_CORPUS } from '../extractors/roles/corpus.js';
import { titleAt, titleAtToken, titleKeyOf } from '../extractors/roles/lexicon.js';
import { foldKey } from '../extractors/shared/vietnamese.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const articles = ['samples', 'tests/fixtures/devset', 'tests/fixtures/collapsed']
  .map((folder) => join(root, folder))
  .filter((folder) => existsSync(folder))
  .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(folder, name), 'utf8')));
const odd = [
  'CEO-Founder Nguyễn Văn An nói', 'ông Nam.Giám đốc Sở Y tế', 'Chủ tịch& CEO', 'Chủ tịch&&x', 'X&Chủ tịch nước',
  'Phó\tChủ tịch  Quốc hội', 'Phó Chủ\u00a0tịch', 'Chủ tịch.Ông An', 'Chủ-tịch', 'phó chủ tịch HĐQT thường trực kiêm nhiệm',
  'Giám đốc2 ABC', '19-Giám đốc', 'A1Chủ tịch', "Thứ trưởng'Bộ", 'Tổng Giám đốc’s', 'Chủ tịch,Giám đốc',
  'CEO.CFO-CTO&COO', 'Chữ 𝐀 Chủ tịch 𝐁ộ trưởng', 'Phó\nChủ tịch', 'PHÓ  CHỦ\tTỊCH', 'Thứ Trưởng',
];
const texts = [...ROLES_CORPUS.map((example) => example.text), ...articles, ...odd].map(normalizeText);

const isJoiner = (char: string | undefined): boolean => char !== undefined && "&.'’-".includes(char);

describe('titles read from tokens', () => {
  it(`agree with titles read from the text, and their keys with foldKey over ${texts.length} texts`, () => {
    let titles = 0;
    for (const text of texts) {
      const tokens = tokenize(text);
      tokens.forEach((token, tokenIndex) => {
        for (let start = token.start; start < token.end; start += 1) {
          if (start !== token.start && !isJoiner(text[start - 1])) continue;
          const fromText = titleAt(text, start);
          expect(titleAtToken(text, tokens, tokenIndex, start), `${JSON.stringify(text.slice(start, start + 40))}`).toEqual(fromText);
          if (!fromText) continue;
          titles += 1;
          expect(titleKeyOf(fromText.text)).toBe(foldKey(fromText.text));
          // Fewer words: the title the text holds when cut after them.
          fromText.wordEnds.forEach((wordEnd, words) => {
            const cut = titleAt(text.slice(0, wordEnd), start);
            expect(titleAtToken(text, tokens, tokenIndex, start, words + 1)?.end).toBe(cut?.end);
            if (cut) expect(titleKeyOf(cut.text)).toBe(foldKey(cut.text));
          });
        }
      });
    }
    expect(titles).toBeGreaterThan(250);
  });
});
