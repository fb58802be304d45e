// The figures extractor and the shared number parser stay linear on hostile text: a 1 MB line of digits, dots,
// commas, slashes and spaces (and of number words) takes about four times as long as a quarter of it
// (tests/linear-time.ts).
import { describe, expect, it } from 'vitest';
import { findFigures } from '../extractors/figures/find-figures.js';
import { figureTokens } from '../extractors/figures/tokens.js';
import { tokenize } from '../input/tokens.js';
import { parseVietnameseNumber, readVietnameseNumberAt } from '../extractors/shared/numbers.js';
import { expectLinearTime, millisecondsOf } from './linear-time.js';

function hostileLine(pieces: readonly string[], size: number): string {
  let line = '';
  let index = 0;
  while (line.length < size) {
    line += pieces[index % pieces.length];
    index += 1;
  }
  return line;
}

function figuresIn(text: string): number {
  return findFigures({ text, ...figureTokens(text, tokenize(text)), sentences: [{ start: 0, end: text.length }] }).length;
}

describe('figures on hostile text', () => {
  it.each([
    ['digits, dots, commas, slashes and spaces', ['1', '.', '2', ',', '3', '/', '4', ' ', '5', '6', '.', '7', '8', '9']],
    ['one long grouped number', ['1.', '234', '.']],
    ['numbers and dashes', ['12 ', '– ', '15 ', '- ', '7/', '8/', '2020 ', ': ']],
    ['number words', ['hai ', 'mươi ', 'mốt ', 'trăm ', 'linh ', 'năm ', 'nghìn ', 'triệu ', 'tỷ ', 'rưỡi ']],
    ['counts and ratios', ['8 trên 10 nước ', '2/3 số ', 'từ 5 đến ', '7 người ', 'thứ ', 'khoảng ']],
    ['days counted, places and minus signs', ['ngày ', 'thứ ', 'ba ', 'đến ', 'Hà ', 'Nội ', '-', '5 ', 'bậc ', 'mấy ']],
  ])('%s', (_name, pieces) => {
    expectLinearTime((size) => {
      const line = hostileLine(pieces, size);
      return millisecondsOf(() => figuresIn(line));
    }, 'figures');
  });

  it('parses a 1 MB run of digits and separators as one token in linear time', () => {
    expectLinearTime((size) => {
      const line = hostileLine(['1', '2', '3', '.', '4', '5', '6', ',', '7'], size);
      return millisecondsOf(() => {
        parseVietnameseNumber(line);
        readVietnameseNumberAt(line, 0);
      });
    }, 'numbers');
  });
});
