// The tokens annotation: what each token reads as, and the fast reading (a character-class loop with a cache of
// earlier tokens' strings) agreeing with the reference regex reading, on first sight of a word and from the cache.
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeByRegex, wordShapeOf, type Token } from '../input/tokens.js';

/** Every field of the Token interface, as plain data (the token keeps its yes/no fields behind getters). */
function fieldsOf(token: Token): Token {
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    key: token.key,
    isWord: token.isWord,
    capitalized: token.capitalized,
    acronymLike: token.acronymLike,
    lower: token.lower,
    breakBefore: token.breakBefore,
    joined: token.joined,
    shape: token.shape,
  };
}

const read = (text: string): Token[] => tokenize(text).map(fieldsOf);
const readByRegex = (text: string): Token[] => tokenizeByRegex(text).map(fieldsOf);

describe('tokens', () => {
  it('read words, acronyms, punctuation and line breaks', () => {
    const text = 'Tiêu chuẩn ASEAN (KH&CN)\nVietQ.vn & x';
    const yes = true;
    const no = false;
    const token = (start: number, written: string, key: string, isWord: boolean, capitalized: boolean,
      acronymLike: boolean, lower: boolean, breakBefore: boolean, joined = false): Token =>
      ({ start, end: start + written.length, text: written, key, isWord, capitalized, acronymLike, lower, breakBefore, joined,
        shape: wordShapeOf(key) });
    expect(read(text)).toEqual([
      token(0, 'Tiêu', 'tiêu', yes, yes, no, no, no),
      token(5, 'chuẩn', 'chuẩn', yes, no, no, yes, no),
      token(11, 'ASEAN', 'asean', yes, no, yes, no, no),
      token(17, '(', '(', no, no, no, no, no),
      token(18, 'KH&CN', 'kh&cn', yes, no, yes, no, no, yes),
      token(23, ')', ')', no, no, no, no, no),
      token(25, 'VietQ.vn', 'vietq.vn', yes, no, yes, no, yes, yes),
      token(34, '&', '&', yes, no, no, yes, no),
      token(36, 'x', 'x', yes, no, no, yes, no),
    ]);
  });

  it('give the reference reading on odd text: marks, case pairs, joiners, spaces, text outside the BMP', () => {
    const texts = [
      'Bộ Khoa học và Công nghệ (KH&CN) họp.\nÔng Hà Minh Hiệp, VietQ.vn, Covid-19, x&y, ’t, 12.3.4 -a-',
      'Ａｂ ﬁ İstanbul ǅemal Ǆ ÀÉ\u2028x\u00a0y\r\n\nZ . , ; “ngoặc” – — …',
      'Hoà bình'.normalize('NFD'),
      'Có emoji 😀 và chữ 𝐀𝐁 ở giữa câu.',
      // Lone surrogates, as hostile text may hold them.
      'a\ud800b', '\udc00 Việt', 'Nam \ud83d', '\ude00\ud83d x',
    ];
    for (const text of texts) expect(read(text)).toEqual(readByRegex(text));
  });

  it('give the reference reading when their strings come from the cache of earlier tokens', () => {
    // Words that differ only in case, length or a joiner, so that cached strings must be told apart by their characters.
    const pieces = ['Việt', 'việt', 'VIỆT', 'Việtnam', 'Nam', 'nam', 'NAM', 'A', 'a', 'ab', 'AB', 'Ab', '&', '.', '-',
      '’', 'KH', 'CN', 'TP', 'HCM', '19', 'Covid', 'İ', 'ǅ', 'Đà', 'đà', 'Hoà', 'một-hai-ba-bốn-năm-sáu',
      // The longest cached token (12 characters) and one character more, which is not cached.
      'Thànhphốlớnn', 'thànhphốlớnn', 'Thànhphốlớnnn', ' ', ' ', '\n',
      '  ', ', ', '(', ')', '“', '”'];
    let state = 5;
    const next = (limit: number): number => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % limit;
    };
    for (let round = 0; round < 3_000; round += 1) {
      let text = '';
      for (let piece = next(12); piece > 0; piece -= 1) text += pieces[next(pieces.length)] ?? '';
      const expected = readByRegex(text);
      expect(read(text), JSON.stringify(text)).toEqual(expected);
      expect(read(text), JSON.stringify(text)).toEqual(expected);
    }
  });

  it('give the reference reading when thousands of words differing in one character share the cache slots', () => {
    // ~4,800 words for 8,192 slots: words of one length that differ only in their last character meet in a slot.
    const stem = 'Thànhphốlớnnn';
    const words: string[] = [];
    for (let length = 1; length <= stem.length; length += 1) {
      for (let code = 0x61; code < 0x180; code += 1) {
        const last = String.fromCharCode(code);
        if (!/\p{L}/u.test(last)) continue;
        words.push(stem.slice(0, length - 1) + last, stem.slice(0, length - 1).toLowerCase() + last);
      }
    }
    const text = words.join(' ') + '\n' + [...words].reverse().join(', ');
    const expected = readByRegex(text);
    expect(read(text)).toEqual(expected);
    expect(read(text)).toEqual(expected);
  });

  it('give the reference reading on texts longer than the code-unit buffer kept between articles, and after them', () => {
    const sentence = 'Ông Hà Minh Hiệp (KH&CN) nói: “VietQ.vn, Covid-19 và 12.3.4 -a-.”\n';
    const serialized = (tokens: Token[]): string => JSON.stringify(tokens.map(fieldsOf));
    for (const text of [sentence.repeat(300), sentence.repeat(16_000), sentence, sentence.repeat(400)]) {
      expect(serialized(tokenize(text))).toBe(serialized(tokenizeByRegex(text)));
    }
  });
});
