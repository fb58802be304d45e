import { describe, expect, it } from 'vitest';
import { describeCorpus } from './run-corpus.js';
import { organizationExamples } from '../../extractors/organizations/corpus.js';
import { extractAcronyms } from '../../extractors/acronyms/index.js';
import { extractOrganizations } from '../../extractors/organizations/index.js';
import { extractText } from '../../pipeline/run-article.js';
import { tokenizeByRegex, tokenize } from '../../input/tokens.js';
import { expectLinearTime, millisecondsOf, repeatedTo } from '../linear-time.js';

describeCorpus('organizations', organizationExamples);

describe('short forms that keep their head', () => {
  it('give no mention of the head word alone (Ban of Ban QLDA 2), while an acronym with a place is named by its first word', () => {
    const mentionsOf = (text: string): string[] =>
      extractText(text).organizations.flatMap((entity) => entity.mentions.map((mention) => mention.text));
    expect(mentionsOf('Ban Quản lý dự án 2 (Ban QLDA 2) đã khởi công. Ban QLDA 2 cho biết sẽ xong trước năm 2027.')).toEqual([
      'Ban Quản lý dự án 2',
      'Ban QLDA 2',
      'Ban QLDA 2',
    ]);
    expect(mentionsOf('Trung tâm Dịch vụ 2 (Trung tâm DV 2) mở cửa từ sáng nay.')).not.toContain('Trung');
    expect(mentionsOf('Trung tâm Kiểm soát bệnh tật Hà Nội (CDC Hà Nội) khuyến cáo người dân. CDC cũng cho biết số ca giảm.')).toContain('CDC');
  });
});

describe('name tokens', () => {
  it('read text as the reference regex does: marks, case pairs, joiners, spaces, line breaks', () => {
    const texts = [
      'Bộ Khoa học và Công nghệ (KH&CN) họp.\nÔng Hà Minh Hiệp, VietQ.vn, Covid-19, x&y, ’t, 12.3.4 -a-',
      'Ａｂ ﬁ İstanbul ǅemal Ǆ ÀÉ\u2028x\u00a0y\r\n\nZ . , ; “ngoặc” – — …',
      'Hoà bình'.normalize('NFD'),
      'Có emoji 😀 và chữ 𝐀𝐁 ở giữa câu.',
    ];
    for (const text of texts) expect(tokenize(text)).toEqual(tokenizeByRegex(text));
  });
});

describe('organizations and acronyms on hostile text', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['digits, dots, slashes, spaces', '12.3/45 6-7 8,9 '],
    ['one head after another', 'Bộ Y tế '],
    ['lower-case words a proper word closes', 'Trung tâm Kiểm soát bệnh tật Hà Nội '],
    ['brackets before places', 'Ủy ban nhân dân (UBND) huyện Yên Thành '],
    ['acronyms in brackets', 'ABC DEF (GHI) '],
    ['acronyms with places', 'Tòa án nhân dân TP Hồ Chí Minh (TAND TP Hồ Chí Minh) '],
    ['acronyms between a head and last words', 'Ban Quản lý dự án đường sắt (Ban QLDA đường sắt) Viện Kiểm sát nhân dân tối cao (VKSND tối cao) '],
    ['documents named for their owner', 'Quy định chống phá rừng của Liên minh châu Âu (EUDR) của EU (EUDR) '],
    ['items joined by dashes', 'vắc xin bạch hầu – ho gà – uốn ván (DPT) – sởi-rubella (MR) – '],
    ['name parts joined by commas and dashes', 'Bộ Văn hóa, Thể thao – Du lịch, Lao động – Thương binh (VH,TT–DL, LĐ-TB) DBSCL Đồng '],
    ['capitalized words', 'Nguyễn Văn An '],
    ['open brackets', '((((( '],
    ['seats', 'Đại sứ quán Việt Nam tại Ấn Độ tại '],
    ['an acronym of a company defined again and again, written alone', 'Tổng công ty Phát điện Duyên Hải (PĐDH) của PĐDH '],
    ['field compounds', 'Vụ Pháp chế Cục Công nghệ thông tin '],
    ['company brands and their mentions', 'Công ty Cổ phần Cà phê Cao Nguyên Xanh, Cao Nguyên Xanh xuất '],
    ['short names in brackets', 'Liên hiệp Hợp tác xã Thương mại (Saigon Co.op) '],
    ['laws named for a body', 'Luật Tổ chức Tòa án nhân dân '],
    ['fields after an activity', 'Vụ Giám đốc kiểm tra về hình sự, hành chính, '],
    ['heads and levels that refer back', 'UBND huyện Yên Thành. Chủ tịch UBND huyện, Tổng cục Thuế. Tổng cục '],
    ['schools and hospitals named for people and numbered', 'Trường THPT Chu Văn An 2 Bệnh viện Nhi Đồng 1 '],
    ['people after units and dashes', 'UBND tỉnh Nguyễn Đức Trung – Trần Sỹ Thanh Bộ Xây dựng – Lê Văn An '],
    ['numbered districts, names without their place, listed names', 'Chi cục Thuế Quận 1 Sở Y tế Hà Nội. Sở Y tế, Bệnh viện A, Bệnh viện B và Bệnh viện '],
    ['well-known names of words, heads with acronyms and places', 'Vietnam Airlines Vietjet Air Sở GD&ĐT Hà Nam Sở GD&ĐT tỉnh Hà Nam '],
    ['workshops, marketplaces and studios after a lower-case noun', 'cơ sở gốm Minh Long sàn thương mại điện tử ShopNhanh, ShopNhanh sàn studio Gió Bấc nhà phát hành Gió '],
  ];
  // Each stage timed alone, its input made by the stages before it outside the timing.
  for (const [label, unit] of cases) {
    it(`reads a 1 MB line of ${label} in linear time, stage by stage`, () => {
      expectLinearTime((size) => millisecondsOf(() => tokenize(repeatedTo(unit, size))), 'tokens');
      expectLinearTime((size) => {
        const text = repeatedTo(unit, size);
        const tokens = tokenize(text);
        return millisecondsOf(() => extractAcronyms(text, tokens));
      }, 'acronyms');
      expectLinearTime((size) => {
        const text = repeatedTo(unit, size);
        const tokens = tokenize(text);
        const acronyms = extractAcronyms(text, tokens);
        return millisecondsOf(() => extractOrganizations(text, acronyms, tokens));
      }, 'organizations');
    });
  }
});

describe('sports teams beside organizations', () => {
  it('reads no team `Trường Đại` where the beaten side is a university named whole', () => {
    const text = 'Đội tuyển thắng 3-1 trước Trường Đại học Kiến trúc Hà Nội ở chung kết.';
    const tokens = tokenize(text);
    const names = extractOrganizations(text, extractAcronyms(text, tokens), tokens).map((entity) => entity.name);
    expect(names).toEqual(['Trường Đại học Kiến trúc Hà Nội']);
  });
});
