// Metadata a saved news page states in its markup: Open Graph and article `<meta>` tags, `name="author"`, and
// JSON-LD `NewsArticle` (or `Article`, `ReportageNewsArticle`...). JSON-LD wins where both are present, being the
// most structured; `<title>` is the last resort for the title.
import { normalizePublishedAt } from './published-at.js';

/** The minimal DOM surface read here. */
interface MetadataDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

export interface HtmlMetadata {
  readonly title: string | null;
  readonly author: string | null;
  readonly publishedAt: string | null;
  readonly url: string | null;
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background)?(?:News)?Article$|^BlogPosting$/u;

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: JsonValue | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(textOf).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (isObject(value)) return textOf(value.name);
  return null;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === 'string');
  return [];
}

/** The first object of an article type in a JSON-LD value (top level, an array or an `@graph`). */
function findArticleNode(value: JsonValue): JsonObject | null {
  if (Array.isArray(value)) {
    for (const entry of value) {
      const found = findArticleNode(entry);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(value)) return null;
  if (typesOf(value).some((type) => ARTICLE_TYPES.test(type))) return value;
  const graph = value['@graph'];
  return graph === undefined ? null : findArticleNode(graph);
}

function readJsonLd(document: MetadataDocument): JsonObject | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findArticleNode(JSON.parse(script.textContent ?? '') as JsonValue);
      if (found) return found;
    } catch {
      // A broken JSON-LD block is ignored: the page's other metadata still counts.
    }
  }
  return null;
}

function metaContent(document: MetadataDocument, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const content = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

export function readHtmlMetadata(document: MetadataDocument): HtmlMetadata {
  const jsonLd = readJsonLd(document);
  const title =
    textOf(jsonLd?.headline) ??
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']) ??
    (document.querySelector('title')?.textContent?.trim() || null);
  const author =
    textOf(jsonLd?.author) ?? metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  const publishedRaw =
    textOf(jsonLd?.datePublished) ??
      metaContent(document, [
        'meta[property="article:published_time"]',
        'meta[name="pubdate"]',
        'meta[itemprop="datePublished"]',
        'meta[name="publishdate"]',
      ]);
  const publishedAt = publishedRaw === null ? null : normalizePublishedAt(publishedRaw);
  const url =
    textOf(jsonLd?.url) ??
    metaContent(document, ['meta[property="og:url"]']) ??
    (document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null);
  return { title, author, publishedAt, url };
}
