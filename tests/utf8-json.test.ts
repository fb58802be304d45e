import { describe, expect, it } from 'vitest';
import { Utf8JsonWriter } from '../pipeline/batch/utf8-json.js';
import { extractText } from '../pipeline/run-article.js';

/** What the writer gives for `value`, as a Buffer. */
function written(writer: Utf8JsonWriter, value: unknown): Buffer {
  writer.reset();
  writer.write(value);
  return Buffer.from(writer.written());
}

/** Compared as Buffers (`equals`: vitest's toEqual walks a large Buffer byte by byte), shown as text when they differ. */
function expectSameBytes(actual: Buffer, expected: Buffer): void {
  if (!actual.equals(expected)) expect(actual.toString('utf8')).toBe(expected.toString('utf8'));
  expect(actual.equals(expected)).toBe(true);
}

function expectStringifyBytes(value: unknown): void {
  expectSameBytes(written(new Utf8JsonWriter(), value), Buffer.from(JSON.stringify(value), 'utf8'));
}

describe('Utf8JsonWriter', () => {
  it('writes the bytes of JSON.stringify for strings: escapes, control characters, surrogates, every UTF-8 length', () => {
    const units: string[] = [];
    for (let code = 0; code < 0x100; code += 1) units.push(String.fromCharCode(code));
    expectStringifyBytes(units.join(''));
    expectStringifyBytes('"quoted" \\ back\\slash \b\f\n\r\t \u007f \u2028\u2029 \u00a0 Đà Nẵng ồ');
    // A pair is one 4-byte character; a lone half (either, anywhere) is escaped.
    expectStringifyBytes('😀 a\ud83d b\ude00 \ude00\ud83d \ud83d\ud83d\ude00 end\ud83d');
    expectStringifyBytes('\ud800');
    expectStringifyBytes('');
    expectStringifyBytes('a'.repeat(70_000) + 'ồ'.repeat(70_000));
  });

  it('writes short and long strings, with escapes anywhere in them, as JSON.stringify does', () => {
    const tricky = ['"', '\\', '\n', '\u0000', '\u001f', '😀', '\ud83d', '\ude00', '\ude00\ud83d', 'ồ', 'Đ', '\u2028'];
    const plain = 'Bộ Khoa học và Công nghệ';
    for (const piece of tricky) {
      expectStringifyBytes(piece);
      expectStringifyBytes(piece + plain);
      expectStringifyBytes(plain + piece);
      expectStringifyBytes(plain + piece + plain);
      expectStringifyBytes(piece + piece + plain + piece);
    }
    expectStringifyBytes(plain.repeat(400));
    expectStringifyBytes(`${plain}\n`.repeat(400));
  });

  it('writes strings of every shape V8 keeps them in (flat, sliced, joined, internalized; one or two bytes) in one writer', () => {
    const article = `Ông Nguyễn Văn An, Bộ trưởng Bộ Khoa học và Công nghệ, nói: "Năm 2024 tăng 12,5%."\n${'x'.repeat(40)}`;
    const ascii = `Ministry of Science and Technology ${'y'.repeat(40)}`;
    const joined = [article.slice(0, 10), ascii.slice(5, 30)].join('') + String(article.length);
    const record: Record<string, string> = { percent: 'percent' };
    record[joined] = joined; // a key made at run time, looked up again: V8 may keep it as a thin string
    const shapes = [
      'percent',
      article,
      ascii,
      article.slice(3, 60),
      ascii.slice(2, 50),
      article.slice(0, 5),
      joined,
      `${article}${ascii}`,
      Object.keys(record)[1] as string,
      Buffer.from(article, 'utf8').toString('utf8'),
    ];
    const writer = new Utf8JsonWriter();
    for (let round = 0; round < 3; round += 1) {
      for (const text of shapes) expectSameBytes(written(writer, text), Buffer.from(JSON.stringify(text), 'utf8'));
      expectSameBytes(written(writer, { [joined]: shapes }), Buffer.from(JSON.stringify({ [joined]: shapes }), 'utf8'));
    }
  });

  it('writes the bytes of JSON.stringify for numbers, literals and nested values', () => {
    expectStringifyBytes([0, -0, 7, 10, 99, 100, 2147483647, 2147483648, -1, -2147483648, -2147483649, 1e21, 1.5, -0.25,
      1e-7, 123456789012345680000, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity, true, false, null]);
    expectStringifyBytes({ a: 1, nested: { list: [[], {}, [{}], { x: null }] }, 'key "with" \n escapes': 'v', 'khóa': 'ồ', 2: 'second', 1: 'first' });
  });

  it('leaves out what JSON.stringify leaves out and calls toJSON as it does', () => {
    const sparse: unknown[] = [1];
    sparse[3] = 4;
    expectStringifyBytes({ gone: undefined, fn: () => 1, [Symbol('s')]: 1, sym: Symbol('t'), kept: 0, list: [undefined, () => 1, Symbol('u')], sparse });
    const withToJson = { toJSON: (key: string) => ({ key }) };
    expectStringifyBytes({ date: new Date(Date.UTC(2021, 1, 14)), custom: withToJson, list: [withToJson], none: { toJSON: () => undefined } });
    expect(() => new Utf8JsonWriter().write(undefined)).toThrow(TypeError);
  });

  it('writes a record as JSON.stringify does, and starts over on reset', () => {
    const writer = new Utf8JsonWriter();
    const record = extractText('Hà Nội, ngày 14/2/2021\n\nÔng Nguyễn Văn A, Giám đốc Sở Y tế, cho biết 1.500 người (chiếm 12,5%) đã được tiêm.\n');
    expectSameBytes(written(writer, record), Buffer.from(JSON.stringify(record), 'utf8'));
    expect(written(writer, { short: 1 }).toString('utf8')).toBe('{"short":1}');
  });

  it('grows past its first capacity and lets a huge buffer go on reset', () => {
    const writer = new Utf8JsonWriter();
    const huge = { text: 'ồ😀'.repeat(1_000_000) };
    expectSameBytes(written(writer, huge), Buffer.from(JSON.stringify(huge), 'utf8'));
    expect(written(writer, [1, 'a']).toString('utf8')).toBe('[1,"a"]');
  });
});
