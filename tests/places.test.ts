// The places gazetteer read from the tokens: it finds what `placeAt` finds at every word of the text, left to right,
// though it asks `placeAt` only where the first two words can start a place.
import { describe, expect, it } from 'vitest';
import { organizationExamples } from '../extractors/organizations/corpus.js';
import { COUNTRIES, PROVINCES, REGIONS } from '../extractors/shared/place-names.js';
import { findPlaces, placeAt, type PlaceMatch } from '../extractors/shared/places.js';
import { tokenize } from '../input/tokens.js';

/** The reference reading: `placeAt` tried at every run of letters, marks and digits not inside a place found. */
function placesByScan(text: string): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  let after = 0;
  for (const word of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (word.index < after) continue;
    const match = placeAt(text, word.index);
    if (!match) continue;
    found.push(match);
    after = match.end;
  }
  return found;
}

describe('places read from the tokens', () => {
  const texts = [
    'Đoàn công tác từ Việt Nam-Hàn Quốc đến TP.HCM, Bà Rịa-Vũng Tàu và Timor-Leste.',
    'Người dân huyện Yên Thành-xã Tân Lập, tỉnh Nghệ An và thủ đô Hà Nội đón khách từ châu Á – Thái Bình Dương.',
    'TP. HCM, Tp.Hồ Chí Minh, thành phố Đà Nẵng, Thành phố Huế; Nhật-Hàn Quốc, Á - Âu, Á –Âu, Ấn Độ -- Thái Bình Dương.',
    'Việt\nNam, Việt  Nam, Việt\tNam, việt nam, anh Nam, nước Anh, Anh’s, x&Hà Nội, 2Hà Nội, Hà.Nội, quốc gia Lào.',
    'Có emoji 😀 Hà Nội và chữ 𝐀-Việt Nam ở giữa câu, thị xã Sơn Tây, thị trấn Yên, phường Bến Nghé.',
    ...organizationExamples.map((example) => example.text),
  ];
  it('are the places `placeAt` finds at every word, joined words and odd separators too', () => {
    for (const text of texts) expect(findPlaces(text, tokenize(text))).toEqual(placesByScan(text));
  });

  it('are the same on gazetteer names joined every way', () => {
    const names = [...COUNTRIES, ...PROVINCES, ...REGIONS, 'tỉnh', 'thành phố', 'TP.', 'quốc gia', 'thị xã', 'các', 'Yên'];
    const separators = [' ', '  ', '\t', ' - ', ' – ', '-', '—', '. ', '.', ', ', '\n', ' -- ', '- ', '&'];
    let state = 7;
    const next = (limit: number): number => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % limit;
    };
    for (let round = 0; round < 500; round += 1) {
      let text = '';
      for (let word = 0; word < 6; word += 1) {
        const name = names[next(names.length)] ?? '';
        const cased = next(5) === 0 ? name.toLowerCase() : name;
        text += cased.replaceAll(' ', next(3) === 0 ? (separators[next(separators.length)] ?? ' ') : ' ') + (separators[next(separators.length)] ?? ' ');
      }
      expect(findPlaces(text, tokenize(text))).toEqual(placesByScan(text));
    }
  });
});

describe('local places the gazetteer does not list', () => {
  const nameAt = (text: string, words: string): string | null => {
    const match = placeAt(text, text.indexOf(words));
    return match ? text.slice(match.start, match.end) : null;
  };
  it('take a third syllable (`huyện Điện Biên Đông`, `thành phố Thủ Dầu Một`)', () => {
    expect(nameAt('Người dân huyện Điện Biên Đông thu hoạch lúa.', 'huyện')).toBe('huyện Điện Biên Đông');
    expect(nameAt('UBND huyện Mù Cang Chải tổ chức lễ hội.', 'huyện')).toBe('huyện Mù Cang Chải');
    expect(nameAt('UBND thành phố Thủ Dầu Một họp.', 'thành phố')).toBe('thành phố Thủ Dầu Một');
  });
  it('take the number of a ward named by its town (`phường Bảo Lộc 2`), not a number going on or a count', () => {
    expect(nameAt('Công an phường Bảo Lộc 2 kiểm tra xe tải.', 'phường')).toBe('phường Bảo Lộc 2');
    expect(nameAt('Người dân phường Bảo Lộc 2, phường Bảo Lộc 3 góp ý.', 'phường Bảo Lộc 3')).toBe('phường Bảo Lộc 3');
    expect(nameAt('Tại phường Tân Phú 3 hộ dân bị ngập.', 'phường')).toBe('phường Tân Phú');
    expect(nameAt('Phường Tân Phú 2,5 ha đất bỏ hoang.', 'Phường')).toBe('Phường Tân Phú');
    expect(nameAt('Ngày hội ở phường Tân Phú 2/9 rất đông.', 'phường')).toBe('phường Tân Phú');
    expect(nameAt('Người dân xã Tân Phú 2 năm qua đã trồng rừng.', 'xã')).toBe('xã Tân Phú');
    expect(nameAt('Hơn 300 hộ ở phường Tân Phú 12% chưa có nước sạch.', 'phường')).toBe('phường Tân Phú');
  });
  it('stop before a person named after them, or a listed place', () => {
    expect(nameAt('Chủ tịch UBND xã Tân Phú Nguyễn Văn Cường cho biết.', 'xã')).toBe('xã Tân Phú');
    expect(nameAt('Chủ tịch UBND huyện Điện Biên Đông Lò Văn Mừng cho biết.', 'huyện')).toBe('huyện Điện Biên Đông');
    expect(nameAt('Người dân huyện Gia Lâm Hà Nội nhận hỗ trợ.', 'huyện')).toBe('huyện Gia Lâm');
    expect(nameAt('Thành phố Hồ Chí Minh và tỉnh Bà Rịa – Vũng Tàu.', 'tỉnh')).toBe('tỉnh Bà Rịa – Vũng Tàu');
  });
  it('take no third syllable after a family name: the words may be a person\'s (`tỉnh Nguyễn Đức Trung`)', () => {
    expect(nameAt('Chủ tịch UBND tỉnh Nguyễn Đức Trung ký quyết định.', 'tỉnh')).toBe('tỉnh Nguyễn Đức');
    expect(nameAt('Chủ tịch UBND huyện Lò Văn Hùng cho biết.', 'huyện')).toBe('huyện Lò Văn');
    // Codes after a prefix are never a third syllable.
    expect(nameAt('Tỉnh Covid-19 WG1 4.0 theo Thông tư 12/2023/TT-BKHCN.', 'Tỉnh')).not.toContain('WG1');
    expect(nameAt('Xã Tân Phú WG1 4.0 theo Thông tư 12/2023/TT-BKHCN.', 'Xã')).toBe('Xã Tân Phú');
  });
});

describe('places at the very end of the text', () => {
  // The reading looks past a name for a separator and the next word: at the end of the text there is none.
  const endings: [string, string][] = [
    ['Hà Nội', 'Hà Nội'],
    ['Họ đến Việt Nam -', 'Việt Nam'],
    ['Họ đến Việt Nam.', 'Việt Nam'],
    ['Họ ở tỉnh Bắc Ninh ', 'tỉnh Bắc Ninh'],
    ['Đoàn đến Việt Nam–', 'Việt Nam'],
    ['Họ đến Việt Nam \t', 'Việt Nam'],
  ];
  for (const [text, place] of endings) {
    it(`finds "${place}" in "${text}"`, () => {
      expect(findPlaces(text, tokenize(text)).map((match) => text.slice(match.start, match.end))).toEqual([place]);
    });
  }
});
