// Raw items into articles: a text file's bytes decoded and normalized; a JSONL line parsed, its body and hints
// read from the fields (`content`/`body`/`text`, `title`, `author`, `date`/`publishedAt`, `url`, `id`, or the
// names `--field` maps). Pure: the workers call it.
import type { ArticleHints, SourceArticle } from '../pipeline/document.js';
import { checkDecoded, decodeTextBytes, decodeUtf8Line } from './decode.js';
import { normalizeText } from './normalize.js';
import { normalizePublishedAt } from './published-at.js';
import { readHtmlArticle } from './html.js';

export type ArticleField = 'body' | 'title' | 'author' | 'publishedAt' | 'url' | 'id';
export const ARTICLE_FIELDS: readonly ArticleField[] = ['body', 'title', 'author', 'publishedAt', 'url', 'id'];

/** For each field, the JSON keys tried in order. */
export type FieldNames = Readonly<Record<ArticleField, readonly string[]>>;

export const DEFAULT_FIELD_NAMES: FieldNames = {
  body: ['content', 'body', 'text'],
  title: ['title'],
  author: ['author'],
  publishedAt: ['publishedAt', 'date'],
  url: ['url'],
  id: ['id'],
};

/** Applies `--field body=NAME` mappings: a mapped field reads only the name given. */
export function fieldNamesFrom(mappings: readonly string[]): FieldNames {
  const names: Record<ArticleField, readonly string[]> = { ...DEFAULT_FIELD_NAMES };
  for (const mapping of mappings) {
    const equals = mapping.indexOf('=');
    const field = mapping.slice(0, equals) as ArticleField;
    const name = mapping.slice(equals + 1);
    if (equals < 1 || name.length === 0 || !ARTICLE_FIELDS.includes(field)) {
      throw new Error(`--field wants FIELD=NAME with FIELD one of ${ARTICLE_FIELDS.join(', ')}; got "${mapping}"`);
    }
    names[field] = [name];
  }
  return names;
}

export type ArticleOutcome =
  | { readonly ok: true; readonly article: SourceArticle }
  | { readonly ok: false; readonly id: string; readonly reason: string };

/** The id a text file's record gets: its path relative to the input root. */
export function textArticleId(name: string): string {
  return name;
}

/** The id a JSONL line gets when it has no id field of its own. */
export function lineArticleId(name: string, line: number): string {
  return `${name}:${line}`;
}

export function articleFromTextFile(file: string, name: string, bytes: Uint8Array): ArticleOutcome {
  const id = textArticleId(name);
  const decoded = decodeTextBytes(bytes);
  if (!decoded.ok) return { ok: false, id, reason: decoded.reason };
  return {
    ok: true,
    article: { id, source: { file, line: null, url: null }, text: normalizeText(decoded.text), hints: {}, markup: {} },
  };
}

/** A saved web page: decoded like a text file, then read by input/html.ts. */
export function articleFromHtmlFile(file: string, name: string, bytes: Uint8Array): ArticleOutcome {
  const id = textArticleId(name);
  const decoded = decodeTextBytes(bytes);
  if (!decoded.ok) return { ok: false, id, reason: decoded.reason };
  const article = readHtmlArticle(decoded.text, { id, source: { file, line: null, url: null } });
  if (article.text.trim().length === 0) return { ok: false, id, reason: 'no article text found in the page' };
  return { ok: true, article };
}

type JsonObject = Record<string, unknown>;

/** The first of `names` that the object holds as its own property with a usable value. */
function ownValue(object: JsonObject, names: readonly string[]): unknown {
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(object, name)) continue;
    const value = object[name];
    if (value !== null && value !== undefined) return value;
  }
  return undefined;
}

function stringHint(value: unknown): string | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed.length > 0 ? normalizeText(trimmed) : null;
  }
  return null;
}

export function articleFromJsonLine(
  file: string,
  name: string,
  line: number,
  bytes: Uint8Array,
  fields: FieldNames = DEFAULT_FIELD_NAMES,
  bodyIsHtml = false,
): ArticleOutcome {
  const fallbackId = lineArticleId(name, line);
  const decoded = decodeUtf8Line(line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  if (!decoded.ok) return { ok: false, id: fallbackId, reason: decoded.reason };
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded.text);
  } catch (error) {
    return { ok: false, id: fallbackId, reason: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, id: fallbackId, reason: 'not a JSON object' };
  }
  const object = parsed as JsonObject;
  const ownId = ownValue(object, fields.id);
  const id = typeof ownId === 'string' && ownId.trim().length > 0 ? ownId : typeof ownId === 'number' && Number.isFinite(ownId) ? String(ownId) : fallbackId;
  const body = ownValue(object, fields.body);
  if (typeof body !== 'string') {
    const reason = body === undefined ? `no body (looked for ${fields.body.join(', ')})` : `body is not a string (${Array.isArray(body) ? 'array' : typeof body})`;
    return { ok: false, id, reason };
  }
  const checked = checkDecoded(body);
  if (!checked.ok) return { ok: false, id, reason: checked.reason === 'empty text' ? 'empty body' : checked.reason };
  const url = stringHint(ownValue(object, fields.url));
  const publishedRaw = ownValue(object, fields.publishedAt);
  const hints: ArticleHints = {
    title: stringHint(ownValue(object, fields.title)),
    author: stringHint(ownValue(object, fields.author)),
    publishedAt: typeof publishedRaw === 'string' ? normalizePublishedAt(publishedRaw) : null,
    url,
  };
  if (bodyIsHtml) {
    const article = readHtmlArticle(body, { id, source: { file, line, url }, hints });
    return article.text.trim().length > 0 ? { ok: true, article } : { ok: false, id, reason: 'no article text found in the HTML body' };
  }
  return {
    ok: true,
    article: { id, source: { file, line, url }, text: normalizeText(body), hints, markup: {} },
  };
}
