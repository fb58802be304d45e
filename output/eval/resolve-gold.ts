// Turns a gold file's words into spans of the article's text (code points), failing loudly where a snippet is
// missing from the article or occurs more than once: a gold file that cannot be read exactly scores nothing.
import { normalizeText } from '../../input/normalize.js';
import { WORD_END, WORD_START } from '../../extractors/shared/vietnamese.js';
import { CodePointText } from './code-points.js';
import {
  scoredFields,
  type EvalField,
  type GoldAcronym,
  type GoldDate,
  type GoldFigure,
  type GoldFile,
  type GoldMention,
  type GoldOrganization,
  type GoldPerson,
  type GoldRole,
} from './gold-file.js';

/** A gold file that cannot be resolved against its article. */
export class GoldError extends Error {}

/** A stretch of the article in code points, `end` exclusive, with the words the gold gave for it. */
export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly words: string;
}

export type Located<T> = GoldSpan & { readonly gold: T };

export interface ResolvedMeta {
  readonly title: string | null;
  readonly author: string | null;
  readonly publishedAt: string | null;
  readonly views: number | null;
  readonly attribution: string | null;
}

export interface ResolvedGold {
  /** The article's name: the gold file name without `.gold.json`. */
  readonly name: string;
  readonly id: string | null;
  readonly goldPath: string;
  readonly text: CodePointText;
  readonly fields: ReadonlySet<EvalField>;
  readonly meta: ResolvedMeta;
  readonly qa: readonly { readonly question: GoldSpan; readonly answer: readonly GoldSpan[] }[];
  readonly captions: readonly GoldSpan[];
  readonly closing: readonly GoldSpan[];
  readonly dates: readonly Located<GoldDate>[];
  readonly optionalDates: readonly GoldSpan[];
  readonly figures: readonly Located<GoldFigure>[];
  readonly optionalFigures: readonly GoldSpan[];
  /** Every occurrence of every `notFigures` string. */
  readonly notFigures: readonly GoldSpan[];
  readonly organizations: readonly GoldOrganization[];
  readonly optionalOrganizations: readonly GoldOrganization[];
  readonly people: readonly GoldPerson[];
  readonly optionalPeople: readonly GoldPerson[];
  readonly roles: readonly GoldRole[];
  readonly optionalRoles: readonly GoldRole[];
  readonly acronyms: readonly GoldAcronym[];
  readonly optionalAcronyms: readonly GoldAcronym[];
}

/** UTF-16 indices where `needle` starts in `haystack`, overlapping occurrences included, at most `limit`. */
function occurrences(haystack: string, needle: string, from = 0, to = haystack.length, limit = Infinity): number[] {
  const found: number[] = [];
  let index = haystack.indexOf(needle, from);
  while (index !== -1 && index + needle.length <= to && found.length < limit) {
    found.push(index);
    index = haystack.indexOf(needle, index + 1);
  }
  return found;
}

function quote(words: string): string {
  return JSON.stringify(words.length > 80 ? `${words.slice(0, 77)}...` : words);
}

/** The span of a gold mention: `text` inside the one occurrence of `in`, or the one occurrence of `text`. */
export function resolveSnippet(article: CodePointText, mention: GoldMention, where: string): GoldSpan {
  const text = article.text;
  const words = normalizeText(mention.text);
  let from = 0;
  let to = text.length;
  if (mention.in !== undefined) {
    const snippet = normalizeText(mention.in);
    const found = occurrences(text, snippet, 0, text.length, 2);
    if (found.length === 0) throw new GoldError(`${where}: the snippet ${quote(snippet)} is not in the article`);
    if (found.length > 1) throw new GoldError(`${where}: the snippet ${quote(snippet)} occurs more than once in the article`);
    from = found[0] ?? 0;
    to = from + snippet.length;
    const inside = occurrences(text, words, from, to, 2);
    if (inside.length === 0) throw new GoldError(`${where}: ${quote(words)} is not inside its snippet ${quote(snippet)}`);
    if (inside.length > 1) throw new GoldError(`${where}: ${quote(words)} occurs more than once inside ${quote(snippet)}`);
    const start = inside[0] ?? 0;
    return { start: article.toCodePoint(start), end: article.toCodePoint(start + words.length), words };
  }
  const found = occurrences(text, words, from, to, 2);
  if (found.length === 0) throw new GoldError(`${where}: ${quote(words)} is not in the article`);
  if (found.length > 1) {
    throw new GoldError(`${where}: ${quote(words)} occurs more than once in the article; give an "in" snippet that occurs once`);
  }
  const start = found[0] ?? 0;
  return { start: article.toCodePoint(start), end: article.toCodePoint(start + words.length), words };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Every occurrence of a `notFigures` string that stands as a word of its own (`4.0` in `công nghiệp 4.0`, not in
 * `14.05`), or, where it never does, every occurrence at all. Missing from the article entirely is an error.
 */
export function findAllOccurrences(article: CodePointText, words: string, where: string): GoldSpan[] {
  const needle = normalizeText(words);
  const bounded = new RegExp(`${WORD_START}${escapeRegExp(needle)}${WORD_END}`, 'gu');
  let starts = [...article.text.matchAll(bounded)].map((match) => match.index);
  if (starts.length === 0) starts = occurrences(article.text, needle);
  if (starts.length === 0) throw new GoldError(`${where}: ${quote(needle)} is not in the article`);
  return starts.map((start) => ({
    start: article.toCodePoint(start),
    end: article.toCodePoint(start + needle.length),
    words: needle,
  }));
}

/** Resolves every snippet of a gold file against the article's normalized text. Throws `GoldError`. */
export function resolveGold(gold: GoldFile, text: string, name: string, goldPath: string): ResolvedGold {
  const article = new CodePointText(text);
  const at = (field: string, index: number) => `${goldPath}: ${field}[${index}]`;
  const locate = <T extends GoldMention>(items: readonly T[] | undefined, field: string): Located<T>[] =>
    (items ?? []).map((item, index) => ({ ...resolveSnippet(article, item, at(field, index)), gold: item }));
  const snippets = (items: readonly string[] | undefined, field: string): GoldSpan[] =>
    (items ?? []).map((words, index) => resolveSnippet(article, { text: words }, at(field, index)));

  const optional = gold.optional ?? {};
  const meta = gold.meta ?? {};
  return {
    name,
    id: gold.id ?? null,
    goldPath,
    text: article,
    fields: scoredFields(gold),
    meta: {
      title: meta.title ?? null,
      author: meta.author ?? null,
      publishedAt: meta.publishedAt ?? null,
      views: meta.views ?? null,
      attribution: meta.attribution ?? null,
    },
    qa: (gold.qa ?? []).map((pair, index) => ({
      question: resolveSnippet(article, { text: pair.question }, `${at('qa', index)}.question`),
      answer: pair.answer.map((words, part) =>
        resolveSnippet(article, { text: words }, `${at('qa', index)}.answer[${part}]`)),
    })),
    captions: snippets(gold.captions, 'captions'),
    closing: snippets(gold.closing, 'closing'),
    dates: locate(gold.dates, 'dates'),
    optionalDates: locate(optional.dates, 'optional.dates'),
    figures: locate(gold.figures, 'figures'),
    optionalFigures: locate(optional.figures, 'optional.figures'),
    notFigures: (gold.notFigures ?? []).flatMap((words, index) => findAllOccurrences(article, words, at('notFigures', index))),
    organizations: gold.organizations ?? [],
    optionalOrganizations: optional.organizations ?? [],
    people: gold.people ?? [],
    optionalPeople: optional.people ?? [],
    roles: gold.roles ?? [],
    optionalRoles: optional.roles ?? [],
    acronyms: gold.acronyms ?? [],
    optionalAcronyms: optional.acronyms ?? [],
  };
}
