import { describe, expect, it } from 'vitest';
import { extractText } from '../pipeline/run-article.js';
import { CodePointOffsets } from '../pipeline/record.js';

describe('pipeline', () => {
  it('runs every stage and returns a record that holds every field', () => {
    const record = extractText('Tiêu đề\nĐoạn một.\nĐoạn hai.');
    expect(record.schemaVersion).toBe(1);
    expect(record.paragraphs.map((paragraph) => paragraph.start)).toEqual([0, 8, 18]);
    for (const field of ['qa', 'dates', 'figures', 'organizations', 'people', 'roles', 'acronyms', 'warnings'] as const) {
      expect(Array.isArray(record[field])).toBe(true);
    }
  });

  it('converts UTF-16 offsets to code points after astral characters', () => {
    const offsets = new CodePointOffsets('a😀b');
    expect([0, 1, 3, 4].map((offset) => offsets.at(offset))).toEqual([0, 1, 2, 3]);
    expect(new CodePointOffsets('ab').at(2)).toBe(2);
  });
});
