// The figures extractor and the shared number parser stay linear on hostile text: a 1 MB line of digits, dots,
// commas, slashes and spaces (and of number words) is read well under a second.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../extractors/figures/find-figures.js';
import { figureTokens } from '../extractors/figures/tokens.js';
import { tokenize } from '../input/tokens.js';
import { parseVietnameseNumber, readVietnameseNumberAt } from '../extractors/shared/numbers.js';

const MEGABYTE = 1 << 20;

function hostileLine(pieces: readonly string[]): string {
  let line = '';
  let index = 0;
  while (line.length < MEGABYTE) {
    line += pieces[index % pieces.length];
    index += 1;
  }
  return line;
}

function figuresIn(text: string): number {
  return findFigures({ text, ...figureTokens(text, tokenize(text)), sentences: [{ start: 0, end: text.length }] }).length;
}

/** CPU milliseconds the process spent in `run`: steadier than wall time when other work shares the machine. */
function timed(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

// About 0.6 s of CPU on the project's machine; the budget is generous enough not to flake, while a quadratic scan
// of 1 MB takes minutes.
const BUDGET_MS = 1500;

describe('figures on hostile text', () => {
  it.each([
    ['digits, dots, commas, slashes and spaces', ['1', '.', '2', ',', '3', '/', '4', ' ', '5', '6', '.', '7', '8', '9']],
    ['one long grouped number', ['1.', '234', '.']],
    ['numbers and dashes', ['12 ', '– ', '15 ', '- ', '7/', '8/', '2020 ', ': ']],
    ['number words', ['hai ', 'mươi ', 'mốt ', 'trăm ', 'linh ', 'năm ', 'nghìn ', 'triệu ', 'tỷ ', 'rưỡi ']],
    ['counts and ratios', ['8 trên 10 nước ', '2/3 số ', 'từ 5 đến ', '7 người ', 'thứ ', 'khoảng ']],
    ['days counted, places and minus signs', ['ngày ', 'thứ ', 'ba ', 'đến ', 'Hà ', 'Nội ', '-', '5 ', 'bậc ', 'mấy ']],
  ])('%s', (_name, pieces) => {
    const line = hostileLine(pieces);
    expect(line.length).toBeGreaterThanOrEqual(MEGABYTE);
    let found = 0;
    const elapsed = timed(() => {
      found = figuresIn(line);
    });
    expect(found).toBeGreaterThanOrEqual(0);
    expect(elapsed).toBeLessThan(BUDGET_MS);
  });

  it('parses a 1 MB run of digits and separators as one token, quickly', () => {
    const line = hostileLine(['1', '2', '3', '.', '4', '5', '6', ',', '7']);
    const elapsed = timed(() => {
      parseVietnameseNumber(line);
      readVietnameseNumberAt(line, 0);
    });
    expect(elapsed).toBeLessThan(BUDGET_MS);
  });
});
