// Metadata a saved news page states in its markup: Open Graph and article `<meta>` tags, `name="author"`, and
// JSON-LD `NewsArticle` (or `Article`, `ReportageNewsArticle`...). JSON-LD wins where both are present, being the
// most structured; `<title>` is the last resort for the title.

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

const ISO_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/u;
const ISO_DATE_ONLY = /^(\d{4}-\d{2}-\d{2})$/u;

/**
 * ISO 8601 with an offset, as the record wants: an offset the input gives is kept, a missing one is Vietnam's
 * (+07:00), a date with no time starts at midnight. Anything else is not a date we can trust: null.
 */
export function normalizePublishedAt(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const full = ISO_WITH_TIME.exec(trimmed);
  if (full) {
    const [, day, minutes, seconds, offset] = full;
    const zone = offset === undefined ? '+07:00' : offset === 'Z' ? 'Z' : offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
    return `${day}T${minutes}${seconds ?? ':00'}${zone}`;
  }
  const dateOnly = ISO_DATE_ONLY.exec(trimmed);
  return dateOnly ? `${dateOnly[1]}T00:00:00+07:00` : null;
}

export function readHtmlMetadata(document: MetadataDocument): HtmlMetadata {
  const jsonLd = readJsonLd(document);
  const title =
    textOf(jsonLd?.headline) ??
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']) ??
    (document.querySelector('title')?.textContent?.trim() || null);
  const author =
    textOf(jsonLd?.author) ?? metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  const publishedAt = normalizePublishedAt(
    textOf(jsonLd?.datePublished) ??
      metaContent(document, [
        'meta[property="article:published_time"]',
        'meta[name="pubdate"]',
        'meta[itemprop="datePublished"]',
        'meta[name="publishdate"]',
      ]),
  );
  const url =
    textOf(jsonLd?.url) ??
    metaContent(document, ['meta[property="og:url"]']) ??
    (document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null);
  return { title, author, publishedAt, url };
}
