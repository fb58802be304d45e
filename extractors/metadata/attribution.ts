// Attribution lines at the end of an article: `Theo VietQ`, `(Theo Báo Đầu tư)`, `Nguồn: Bộ Y tế`. A sentence of
// the body that starts `Theo X, ...` cites a source for one claim and is no attribution: the line must hold the
// source's name and nothing else.
import type { TextSpan } from '../../pipeline/document.js';
import { ATTRIBUTION_CUES } from './lexicon.js';

const CUE_SOURCE = [...ATTRIBUTION_CUES].sort((a, b) => b.length - a.length).join('|');
/** The whole line: optional parenthesis, cue, optional colon, a source name starting with a capital, no clause. */
const ATTRIBUTION_LINE = new RegExp(
  `^\\(?\\s*(?:${CUE_SOURCE})\\s*:?\\s+(\\p{Lu}[^,;:!?()]{0,79}?)\\s*\\.?\\s*\\)?\\s*\\.?$`,
  'iud',
);
const MAX_SOURCE_WORDS = 8;

export interface Attribution {
  /** The whole attribution line or sentence. */
  readonly line: TextSpan;
  /** The source's name inside it. */
  readonly source: TextSpan;
}

/** The attribution a line or sentence makes, or null. */
export function readAttribution(text: string, span: TextSpan): Attribution | null {
  const content = text.slice(span.start, span.end);
  const match = ATTRIBUTION_LINE.exec(content);
  const name = match?.[1];
  const nameAt = match?.indices?.[1];
  if (match === null || name === undefined || nameAt === undefined) return null;
  // The cue itself must be capitalized or in parentheses: `theo` inside a sentence is no attribution line.
  if (!/^\(?\s*\p{Lu}/u.test(content)) return null;
  if (name.split(/\s+/u).length > MAX_SOURCE_WORDS) return null;
  return { line: span, source: { start: span.start + nameAt[0], end: span.start + nameAt[1] } };
}
