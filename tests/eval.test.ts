import { describe, expect, it } from 'vitest';
import { evaluate, type EvalReport } from '../output/eval/evaluate.js';
import { GoldError } from '../output/eval/resolve-gold.js';
import { parseGoldFile } from '../output/eval/load-gold.js';
import { formatEvalReport } from '../output/eval/table.js';
import { parseBar, scoreForBar } from '../pipeline/commands/eval.js';
import { checkRecord } from '../output/validate.js';
import type { GoldFile, EvalField } from '../output/eval/gold-file.js';
import { ARTICLE, GOLD, goldEntry, perfectRecord, spanOf } from './eval-fixture.js';
import { isBareSpeakerLabel } from '../output/eval/score-structure.js';

const figureDefaults = { value: null, min: null, max: null, of: null, unit: null, qualifier: null, qa: null };

function counts(report: EvalReport, field: EvalField) {
  return report.fields[field]?.counts;
}

describe('eval: the fixture', () => {
  it('builds a prediction that validate accepts', () => {
    expect(checkRecord(perfectRecord()).violations).toEqual([]);
  });
});

describe('eval scoring', () => {
  it('scores a perfect prediction 1.0 in every field and in total', () => {
    const report = evaluate([goldEntry()], [perfectRecord()]);
    for (const [field, total] of Object.entries(report.fields)) {
      expect({ field, ...total.scores }).toEqual({ field, precision: 1, recall: 1, f1: 1 });
    }
    expect(report.fields.dates?.spanScores?.f1).toBe(1);
    expect(report.total.scores.f1).toBe(1);
    expect(report.total.counts).toEqual({ tp: 16, fp: 0, fn: 0 });
  });

  it('counts a missing date against recall only', () => {
    const record = perfectRecord();
    record.dates = record.dates.filter((date) => date.value !== '2021');
    const report = evaluate([goldEntry()], [record]);
    expect(counts(report, 'dates')).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(report.fields.dates?.scores.precision).toBe(1);
    expect(report.fields.dates?.scores.recall).toBeCloseTo(2 / 3);
  });

  it('counts an extra figure against precision only', () => {
    const record = perfectRecord();
    record.figures.push({ ...figureDefaults, ...spanOf('15/08'), kind: 'number', value: 15 });
    const report = evaluate([goldEntry()], [record]);
    expect(counts(report, 'figures')).toEqual({ tp: 3, fp: 1, fn: 0 });
    expect(report.fields.figures?.scores.recall).toBe(1);
  });

  it('counts a wrong value against both, while the span-only score still counts it', () => {
    const record = perfectRecord();
    record.dates[1] = { ...record.dates[1]!, value: '2022' };
    const report = evaluate([goldEntry()], [record]);
    expect(counts(report, 'dates')).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(report.fields.dates?.spanCounts).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(report.articles[0]?.fields.dates?.findings).toEqual([
      expect.objectContaining({ kind: 'wrong', detail: expect.stringContaining('gold 2021') }),
    ]);
  });

  it('matches a date by overlap, not by exact span', () => {
    const record = perfectRecord();
    record.dates[2] = { ...record.dates[2]!, ...spanOf('Trong năm 2023') };
    expect(counts(evaluate([goldEntry()], [record]), 'dates')).toEqual({ tp: 3, fp: 0, fn: 0 });
  });

  it('lets a unit agree when one contains the other, and not otherwise', () => {
    const containing = perfectRecord();
    containing.figures[0] = { ...containing.figures[0]!, unit: 'doanh nghiệp vượt qua' };
    expect(counts(evaluate([goldEntry()], [containing]), 'figures')).toEqual({ tp: 3, fp: 0, fn: 0 });
    const contained = perfectRecord();
    contained.figures[2] = { ...contained.figures[2]!, unit: 'Người' };
    expect(counts(evaluate([goldEntry()], [contained]), 'figures')).toEqual({ tp: 3, fp: 0, fn: 0 });
    const different = perfectRecord();
    different.figures[2] = { ...different.figures[2]!, unit: 'kỹ sư' };
    expect(counts(evaluate([goldEntry()], [different]), 'figures')).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it('compares only the numbers a figure kind uses', () => {
    const record = perfectRecord();
    record.figures[1] = { ...record.figures[1]!, kind: 'count' };
    expect(counts(evaluate([goldEntry()], [record]), 'figures')).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it('neither rewards nor penalizes an optional item', () => {
    const record = perfectRecord();
    record.dates.push({ ...spanOf('hiện nay'), value: null, endValue: null, mod: null, relative: false, qa: 0 });
    record.organizations.push({ id: 'org-2', name: 'báo  Đầu tư', acronym: null, mentions: [] });
    const report = evaluate([goldEntry()], [record]);
    expect(counts(report, 'dates')).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(counts(report, 'organizations')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a figure inside a notFigures string as a false positive', () => {
    const record = perfectRecord();
    record.figures.push({ ...figureDefaults, ...spanOf('19', 'Covid-19'), kind: 'number', value: 19 });
    const report = evaluate([goldEntry()], [record]);
    expect(counts(report, 'figures')).toEqual({ tp: 3, fp: 1, fn: 0 });
    expect(report.articles[0]?.fields.figures?.findings[0]?.detail).toContain('notFigures');
  });

  it('scores an article with no record as all misses', () => {
    const report = evaluate([goldEntry()], []);
    expect(report.articles[0]?.recordId).toBeNull();
    expect(report.total.counts.tp).toBe(0);
    expect(report.total.counts.fn).toBe(16);
    expect(report.fields.meta?.counts).toEqual({ tp: 0, fp: 0, fn: 3 });
    expect(formatEvalReport(report)).toContain('no record: all misses');
  });

  it('matches records by source file name, or by id', () => {
    const byId = { ...perfectRecord(), id: 'vinasme', source: { file: null, line: null, url: null } };
    expect(evaluate([goldEntry()], [byId]).articles[0]?.recordId).toBe('vinasme');
    const other = { ...perfectRecord(), id: 'other', source: { file: 'x/other.txt', line: null, url: null } };
    const report = evaluate([goldEntry()], [other]);
    expect(report.articles[0]?.recordId).toBeNull();
    expect(report.unmatchedRecords).toEqual(['other']);
  });

  it('shows a field whose extractor predicted nothing as 0, marked', () => {
    const record = perfectRecord();
    record.roles = [];
    const report = evaluate([goldEntry()], [record]);
    expect(report.fields.roles?.scores).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(formatEvalReport(report)).toMatch(/roles .*nothing predicted/u);
  });

  it('scores only the fields a gold file lists under score', () => {
    const gold: GoldFile = { ...GOLD, score: ['qa', 'meta'] };
    const report = evaluate([goldEntry(gold)], [perfectRecord()]);
    expect(Object.keys(report.fields)).toEqual(['meta', 'qa']);
  });
});

describe('eval: question/answer pairs and paragraphs', () => {
  it('needs as many answer parts as the gold gives', () => {
    const record = perfectRecord();
    record.qa[0]!.answer.segments = record.qa[0]!.answer.segments.slice(0, 1);
    expect(counts(evaluate([goldEntry()], [record]), 'qa')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('uses answer paragraphs where there are no segments, and ignores a bare speaker label', () => {
    const record = perfectRecord();
    record.qa[0]!.answer.segments = [];
    expect(counts(evaluate([goldEntry()], [record]), 'qa')).toEqual({ tp: 1, fp: 0, fn: 0 });
    const labelled = perfectRecord();
    const label = spanOf('Ông Trần Văn Long:');
    labelled.qa[0]!.answer.segments = [{ start: label.start, end: label.end }, ...labelled.qa[0]!.answer.segments];
    expect(counts(evaluate([goldEntry()], [labelled]), 'qa')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('tells a bare speaker label from a short answer line opened by a dash before a list', () => {
    expect(isBareSpeakerLabel('Ông Trần Văn Long:')).toBe(true);
    expect(isBareSpeakerLabel('- Chúng tôi có hai đề xuất:')).toBe(false);
    expect(isBareSpeakerLabel('– Có ba việc cần làm:')).toBe(false);
  });

  it('tells a bare speaker label from the lead-in of a list that an answer opens with', () => {
    expect(isBareSpeakerLabel('Du khách có thể chọn:', '- chèo thuyền kayak trên hồ;')).toBe(false);
    expect(isBareSpeakerLabel('Quy trình gồm ba bước:', '1. tiếp nhận hồ sơ;')).toBe(false);
    expect(isBareSpeakerLabel('Ông Trần Văn Long:', 'Chúng tôi đã làm ba việc.')).toBe(true);
    expect(isBareSpeakerLabel('Bà Lê Thu Hằng:')).toBe(true);
  });

  it('gives a news article with no interview a perfect qa score only for no pairs', () => {
    const gold: GoldFile = { ...GOLD, qa: [] };
    const none = { ...perfectRecord(), qa: [] };
    expect(evaluate([goldEntry(gold)], [none]).fields.qa?.scores.f1).toBe(1);
    expect(evaluate([goldEntry(gold)], [perfectRecord()]).fields.qa?.counts).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('needs each caption and closing paragraph to carry its kind', () => {
    const record = perfectRecord();
    record.paragraphs[5] = { ...record.paragraphs[5]!, kind: 'answer' };
    record.paragraphs[8] = { ...record.paragraphs[8]!, kind: 'closing' };
    expect(counts(evaluate([goldEntry()], [record]), 'paragraphs')).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('eval: names', () => {
  it('counts a value where the gold has null against precision', () => {
    const record = perfectRecord();
    record.meta = { ...record.meta, author: 'Trần Văn Long' };
    expect(counts(evaluate([goldEntry()], [record]), 'meta')).toEqual({ tp: 3, fp: 1, fn: 0 });
  });

  it('matches organizations by acronym and roles by the acronym of their organization', () => {
    const record = perfectRecord();
    record.organizations[0] = { ...record.organizations[0]!, name: 'VINASME', acronym: null };
    record.roles[0] = { ...record.roles[0]!, organization: { ref: null, name: 'Vinasme' }, title: 'chủ tịch' };
    const report = evaluate([goldEntry()], [record]);
    expect(counts(report, 'organizations')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts(report, 'roles')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('lets null agree only with null in a role', () => {
    const record = perfectRecord();
    record.roles[0] = { ...record.roles[0]!, holder: { kind: null, ref: null, name: null } };
    expect(counts(evaluate([goldEntry()], [record]), 'roles')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('lets a long form be at most one word longer than the other', () => {
    const record = perfectRecord();
    record.acronyms[0] = { ...record.acronyms[0]!, long: 'các Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam' };
    expect(counts(evaluate([goldEntry()], [record]), 'acronyms')).toEqual({ tp: 1, fp: 0, fn: 0 });
    record.acronyms[0] = { ...record.acronyms[0]!, long: 'của các Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam' };
    expect(counts(evaluate([goldEntry()], [record]), 'acronyms')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('eval: gold snippets', () => {
  it('fails loudly on a snippet that occurs more than once', () => {
    const gold: GoldFile = { ...GOLD, dates: [{ text: 'doanh nghiệp', value: '2021' }] };
    expect(() => evaluate([goldEntry(gold)], [])).toThrow(GoldError);
    expect(() => evaluate([goldEntry(gold)], [])).toThrow(/dates\[0\]: "doanh nghiệp" occurs more than once/u);
  });

  it('fails loudly on a snippet that is not in the article, or words not inside their snippet', () => {
    const missing: GoldFile = { ...GOLD, captions: ['Ảnh: Nguyễn Văn A'] };
    expect(() => evaluate([goldEntry(missing)], [])).toThrow(/captions\[0\]: "Ảnh: Nguyễn Văn A" is not in the article/u);
    const outside: GoldFile = { ...GOLD, figures: [{ text: '5.000 người', in: 'hơn 300', kind: 'count', value: 5000 }] };
    expect(() => evaluate([goldEntry(outside)], [])).toThrow(/is not inside its snippet/u);
  });

  it('resolves words inside an "in" snippet, in old-style tone placement too', () => {
    const gold: GoldFile = { ...GOLD, dates: [{ text: 'năm 2023', in: 'Trong năm 2023, chúng tôi', value: '2023' }], captions: ['Ảnh: Ông Trần Văn Long'] };
    expect(() => evaluate([goldEntry(gold)], [])).not.toThrow();
    const text = `${ARTICLE}\nKinh tế phục hồi khỏe mạnh.`;
    const oldStyle: GoldFile = { ...GOLD, closing: ['Kinh tế phục hồi kho\u1EBB mạnh.'.normalize('NFD')] };
    expect(() => evaluate([goldEntry(oldStyle, text)], [])).not.toThrow();
  });

  it('refuses a gold file with a misspelt key', () => {
    expect(() => parseGoldFile(JSON.stringify({ optinal: {} }), 'x.gold.json')).toThrow(/x\.gold\.json: not a gold file/u);
  });

  it('counts every occurrence of a notFigures string', () => {
    const text = `${ARTICLE}\nSau Covid-19, chúng tôi thay đổi.`;
    const gold: GoldFile = { ...GOLD, notFigures: ['Covid-19'] };
    const record = { ...perfectRecord(), text };
    const at = text.lastIndexOf('19');
    record.figures = [...record.figures, { ...figureDefaults, start: at, end: at + 2, text: '19', kind: 'number', value: 19 }];
    expect(counts(evaluate([goldEntry(gold, text)], [record]), 'figures')).toEqual({ tp: 3, fp: 1, fn: 0 });
  });
});

describe('eval: bars', () => {
  it('parses --min FIELD=X and reads the F1 it names', () => {
    const report = evaluate([goldEntry()], [{ ...perfectRecord(), roles: [] }]);
    expect(scoreForBar(report, parseBar('roles=0.5'))).toBe(0);
    expect(scoreForBar(report, parseBar('dates.span=1'))).toBe(1);
    expect(scoreForBar(report, parseBar('total=0.9'))).toBeLessThan(1);
    expect(() => parseBar('rolez=0.5')).toThrow(/FIELD=X/u);
    expect(() => parseBar('roles=1.5')).toThrow(/between 0 and 1/u);
  });
});

describe('eval: facts stated twice', () => {
  it('scores a role triple or an acronym pair found at two places once', () => {
    const record = perfectRecord();
    const caption = spanOf('Trần Văn Long, Chủ tịch Vinasme');
    record.roles = [{ ...record.roles[0]!, ...spanOf('Ông Trần Văn Long') }, { ...record.roles[0]!, ...caption }];
    record.acronyms = [record.acronyms[0]!, { ...record.acronyms[0]!, long: 'Hiệp hội  doanh nghiệp nhỏ và vừa Việt Nam' }];
    const report = evaluate([goldEntry()], [record]);
    expect(counts(report, 'roles')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts(report, 'acronyms')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('still counts a second organization entity for the same name against precision', () => {
    const record = perfectRecord();
    record.organizations.push({ ...record.organizations[0]!, id: 'org-2', mentions: [] });
    expect(counts(evaluate([goldEntry()], [record]), 'organizations')).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});
