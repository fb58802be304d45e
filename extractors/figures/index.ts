// The figures stage: numbers with kinds, units, qualifiers (find-figures.ts), never inside a date the dates stage
// found (`Ngày 10-11/12/2020`, `7:28`, `năm 2020` are dates only), but the length of time in `cách đây 5 năm`.
import { annotation, defineStage, type DateSpan, type FigureSpan, type TextSpan } from '../../pipeline/document.js';
import { AGO_RULE } from '../dates/relative.js';
import { findFigures } from './find-figures.js';
import { figureTokens } from './tokens.js';

export { findFigures } from './find-figures.js';

export const figuresStage = defineStage({
  name: 'figures',
  requires: ['tokens', 'dates', 'sentences'],
  run: (document) => {
    const { text } = document;
    const { tokens, count, flags, lexicons } = figureTokens(text, annotation(document, 'tokens'));
    const context = { text, tokens, count, flags, lexicons, sentences: annotation(document, 'sentences') };
    const figures = findFigures(context, withoutLengths(inOrderOfStart(annotation(document, 'dates'))));
    return isInOrder(figures) ? figures : figures.sort((a, b) => a.start - b.start || a.end - b.end);
  },
});

/** The dates in order of start: as they are, most often, else a sorted copy. */
function inOrderOfStart(dates: readonly DateSpan[]): readonly DateSpan[] {
  for (let index = 1; index < dates.length; index += 1) {
    if ((dates[index] as DateSpan).start < (dates[index - 1] as DateSpan).start) return [...dates].sort((a, b) => a.start - b.start);
  }
  return dates;
}

/**
 * The dates whose numbers no figure may hold: all but those counted back from publication by a length of time
 * (`cách đây 5 năm`), whose length stays a figure (`5 năm`, a duration). The same list when there is none.
 */
function withoutLengths(dates: readonly DateSpan[]): readonly DateSpan[] {
  for (let index = 0; index < dates.length; index += 1) {
    if ((dates[index] as DateSpan).rule === AGO_RULE) return dates.filter((date) => date.rule !== AGO_RULE);
  }
  return dates;
}

/**
 * Whether the figures are in order of start, then end. Found in order of their numbers, they are, unless a qualifier
 * reaches back before an earlier figure.
 */
function isInOrder(figures: readonly FigureSpan[]): boolean {
  for (let index = 1; index < figures.length; index += 1) {
    const before = figures[index - 1] as FigureSpan;
    const figure = figures[index] as FigureSpan;
    if (figure.start < before.start || (figure.start === before.start && figure.end < before.end)) return false;
  }
  return true;
}
