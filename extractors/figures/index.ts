// The figures stage: numbers with kinds, units, qualifiers (find-figures.ts), never inside a date the dates stage
// found (`Ngày 10-11/12/2020`, `7:28`, `năm 2020` are dates only).
import { annotation, defineStage, type DateSpan, type FigureSpan } from '../../pipeline/document.js';
import { findFigures, type FigureDraft } from './find-figures.js';
import { figureTokens } from './tokens.js';

export { findFigures } from './find-figures.js';

export const figuresStage = defineStage({
  name: 'figures',
  requires: ['tokens', 'dates', 'sentences'],
  run: (document) => {
    const { text } = document;
    const figures = findFigures({ text, ...figureTokens(text, annotation(document, 'tokens')), sentences: annotation(document, 'sentences') });
    return withoutDates(figures, annotation(document, 'dates')).sort((a, b) => a.start - b.start || a.end - b.end);
  },
});

/**
 * Figures whose numbers overlap no date (a date may share a unit's word: `2 năm` in `trong 2 năm 2022 - 2023`). Both
 * lists are walked once, in order of start.
 */
function withoutDates(figures: readonly FigureDraft[], dates: readonly DateSpan[]): FigureSpan[] {
  const sortedDates = [...dates].sort((a, b) => a.start - b.start);
  const kept: FigureSpan[] = [];
  let dateIndex = 0;
  let furthestEnd = -1;
  for (const { core, figure } of [...figures].sort((a, b) => a.core.start - b.core.start)) {
    // Dates that start before these numbers end may overlap them; keep the furthest end of those already passed.
    while (dateIndex < sortedDates.length && (sortedDates[dateIndex]?.start ?? Infinity) < core.end) {
      furthestEnd = Math.max(furthestEnd, sortedDates[dateIndex]?.end ?? -1);
      dateIndex += 1;
    }
    if (furthestEnd > core.start) continue;
    kept.push(figure);
  }
  return kept;
}
