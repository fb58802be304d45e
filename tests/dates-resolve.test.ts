// The `dates` stage: pending mentions resolved against publishedAt, a time alone on the last date before it, and a
// warning (value kept null) where nothing can resolve a mention.
import { describe, expect, it } from 'vitest';
import { findDateMentions, resolveDateMentions } from '../extractors/dates/index.js';
import { extractText } from '../pipeline/run-article.js';

function resolve(text: string, publishedAt: string | null) {
  const warnings: string[] = [];
  const dates = resolveDateMentions(text, findDateMentions(text), publishedAt, { warn: (message) => warnings.push(message) });
  return { dates, warnings };
}

describe('dates stage: resolution', () => {
  it('keeps a relative date null and warns when publishedAt is unknown', () => {
    const { dates, warnings } = resolve('Năm vừa qua, ngành vượt chỉ tiêu.', null);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ value: null, relative: false });
    expect(dates[0]?.pending).not.toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Năm vừa qua');
  });

  it('resolves against publishedAt and flags relative', () => {
    const { dates, warnings } = resolve('Năm vừa qua, ngành vượt chỉ tiêu.', '2021-02-14T07:28:00+07:00');
    expect(dates[0]).toMatchObject({ value: '2020', relative: true, pending: null });
    expect(warnings).toEqual([]);
  });

  it('gives a time alone the last full date before it, without publishedAt', () => {
    const { dates } = resolve('Ngày 10/12/2020, hội nghị khai mạc. Năm 2021 sẽ khác. Lúc 14 giờ 30, các đoàn thảo luận.', null);
    expect(dates.map((date) => date.value)).toEqual(['2020-12-10', '2021', '2020-12-10T14:30']);
    expect(dates[2]?.relative).toBe(false);
  });

  it('counts `năm trước` from a year named before it in its sentence, without publishedAt and not relative', () => {
    const { dates, warnings } = resolve('Năm 2023, sản lượng tăng 4,6% so với năm trước. Năm trước nữa thì khác.', null);
    expect(dates.map((date) => [date.value, date.relative])).toEqual([['2023', false], ['2022', false]]);
    expect(warnings).toEqual([]);
  });

  it('counts `năm trước` from publishedAt when the year was named in another sentence', () => {
    const { dates } = resolve('Năm 2020 là năm khó khăn. Năm trước, doanh thu giảm.', '2023-06-15T08:00:00+07:00');
    expect(dates.map((date) => [date.value, date.relative])).toEqual([['2020', false], ['2022', true]]);
  });

  it('the dates stage reads the sentences of the article (`TP.HCM` does not end one)', () => {
    const record = extractText('Năm 2023, doanh thu tại TP.HCM tăng 5% so với năm trước.', { publishedAt: '2024-01-05T10:00:00+07:00' });
    expect(record.dates.map((date) => [date.text, date.value, date.relative])).toEqual([['Năm 2023', '2023', false], ['năm trước', '2022', false]]);
  });

  it('keeps the stated start of a range whose end needs publishedAt', () => {
    const { dates, warnings } = resolve('Từ tháng 4/2021 đến nay, tỉnh thu hút nhiều dự án.', null);
    expect(dates[0]).toMatchObject({ value: '2021-04', endValue: null });
    expect(warnings).toHaveLength(1);
  });

  it('warns on a lunar date and gives it no value', () => {
    const { dates, warnings } = resolve('Dịp Tết Nguyên đán, chợ hoa mở cửa.', '2024-02-01T08:00:00+07:00');
    expect(dates[0]).toMatchObject({ value: null, endValue: null });
    expect(warnings[0]).toContain('lunar');
  });

  it('leaves the byline date whole for the metadata stage', () => {
    const text = 'Tiêu đề\nNgười viết: Trần An - Ngày viết: Chủ Nhật, Tháng Hai 14, 2021 | 7:28 - Lượt xem: 12\nNội dung.';
    const mentions = findDateMentions(text);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ value: '2021-02-14T07:28', pending: null });
    expect(text.slice(mentions[0]?.start, mentions[0]?.end)).toBe('Chủ Nhật, Tháng Hai 14, 2021 | 7:28');
  });

  it('the record carries the warning of an unresolved date', () => {
    const record = extractText('Tháng trước, giá thép giảm.');
    expect(record.dates[0]?.value ?? null).toBeNull();
    expect(record.warnings.some((warning) => warning.includes('Tháng trước'))).toBe(true);
  });
});
