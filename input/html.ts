// HTML articles: the body found as reader modes do (@mozilla/readability on linkedom's DOM), metadata from
// `<meta>` tags and JSON-LD `NewsArticle`, and the structure the markup shows: paragraph blocks, questions set in
// bold, figure captions. Scripts, styles, navigation, ads and related-article boxes never reach the text.
//
// The text is the title line followed by one line per block, each normalized (input/normalize.ts) before the
// offsets of the blocks, bold questions and captions are taken, so the spans refer to the text the record holds.
import { createRequire } from 'node:module';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { ArticleHints, SourceArticle, TextSpan } from '../pipeline/document.js';
import type { ArticleSource } from '../output/schema.js';
import { normalizeText } from './normalize.js';
import { readHtmlMetadata } from './html-metadata.js';
import { normalizePublishedAt } from './published-at.js';

/** Elements whose text is never article text. */
const DROPPED_ELEMENTS = 'script, style, noscript, template, iframe, form, button, nav, footer, aside, svg, canvas, select';
/** Class or id words of boxes that are not the article: ads, related articles, sharing, comments, menus. */
const BOILERPLATE_NAMES =
  /(?:^|[\s_-])(?:ads?|advert\w*|banner|sponsor\w*|quang-?cao|related|lien-?quan|tin-?khac|read-?more|share|social|comments?|binh-?luan|breadcrumbs?|menu|navbar|sidebar|tags?|footer|header|popup|newsletter|subscribe)(?:$|[\s_-])/iu;

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, th, dt, dd';

interface HtmlBlock {
  readonly text: string;
  readonly bold: boolean;
  readonly caption: boolean;
}

/** The minimal DOM surface used here, satisfied by linkedom's elements. */
interface DomElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/gu, ' ').trim();
}

function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style);
}

function isBoilerplate(element: DomElement): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return BOILERPLATE_NAMES.test(names.toLowerCase());
}

function removeNonArticle(root: DomElement): void {
  for (const element of Array.from(root.querySelectorAll(DROPPED_ELEMENTS))) element.remove();
  for (const element of Array.from(root.querySelectorAll('[class], [id], [hidden], [style], [aria-hidden]'))) {
    if (element.tagName === 'BODY' || element.tagName === 'HTML' || element.tagName === 'ARTICLE') continue;
    if (isHidden(element) || isBoilerplate(element)) element.remove();
  }
}

/** Text of an element with `<br>` as line breaks; the characters inside bold elements counted apart. */
function readInline(element: DomElement): { lines: string[]; boldChars: number; allChars: number } {
  let current = '';
  const lines: string[] = [];
  let boldChars = 0;
  let allChars = 0;
  const visit = (node: DomNode, bold: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      current += text;
      const visible = text.replace(/\s+/gu, '').length;
      allChars += visible;
      if (bold) boldChars += visible;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      lines.push(current);
      current = '';
      return;
    }
    const isBold = bold || name === 'STRONG' || name === 'B';
    for (const child of Array.from((node as unknown as DomElement).childNodes)) visit(child, isBold);
  };
  for (const child of Array.from(element.childNodes)) visit(child, false);
  lines.push(current);
  return { lines: lines.map(collapseWhitespace).filter((line) => line.length > 0), boldChars, allChars };
}

function collectBlocks(root: DomElement): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  for (const element of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    // A block inside another block (a <p> in an <li>, say) is read with its container.
    const parentBlock = element.parentElement?.closest(BLOCK_SELECTOR);
    if (parentBlock && root !== parentBlock && rootContains(root, parentBlock)) continue;
    const caption =
      element.tagName === 'FIGCAPTION' ||
      element.closest('figcaption') !== null ||
      /(?:^|[\s_-])(?:caption|image-?desc\w*|photo-?desc\w*)(?:$|[\s_-])/iu.test(element.getAttribute('class') ?? '');
    const { lines, boldChars, allChars } = readInline(element);
    const bold = allChars > 0 && boldChars / allChars >= 0.9;
    for (const text of lines) blocks.push({ text, bold, caption });
  }
  return blocks;
}

function rootContains(root: DomElement, element: DomElement): boolean {
  for (let node: DomElement | null = element; node; node = node.parentElement) if (node === root) return true;
  return false;
}

export interface HtmlArticleOptions {
  readonly id: string;
  readonly source: ArticleSource;
  /** Hints from a container (a JSONL record's fields) that win over the page's own. */
  readonly hints?: ArticleHints;
}

interface HtmlLibraries {
  readonly parseHTML: typeof ParseHtml;
  readonly Readability: typeof ReadabilityClass;
}

let htmlLibraries: HtmlLibraries | null = null;

/**
 * linkedom and Readability, loaded on the first page read: together they add ~25 MB to every thread that loads
 * them, and most runs (text and JSONL dumps) never read a page. Loaded synchronously (their CommonJS builds), so
 * reading a page stays a plain function call.
 */
function loadHtmlLibraries(): HtmlLibraries {
  if (htmlLibraries === null) {
    const require = createRequire(import.meta.url);
    const { parseHTML } = require('linkedom') as { parseHTML: typeof ParseHtml };
    const { Readability } = require('@mozilla/readability') as { Readability: typeof ReadabilityClass };
    htmlLibraries = { parseHTML, Readability };
  }
  return htmlLibraries;
}

/** Reads a saved news page into a SourceArticle. */
export function readHtmlArticle(html: string, options: HtmlArticleOptions): SourceArticle {
  const { parseHTML, Readability } = loadHtmlLibraries();
  const { document } = parseHTML(html);
  const pageHints = readHtmlMetadata(document as unknown as Parameters<typeof readHtmlMetadata>[0]);
  const body = document.body as unknown as DomElement | null;
  if (body) removeNonArticle(body);

  let content: DomElement | null = null;
  try {
    const reader = new Readability(document as unknown as Document, {
      serializer: (node: Node) => node,
      keepClasses: true,
      charThreshold: 200,
    });
    const parsed = reader.parse() as { content: unknown } | null;
    content = (parsed?.content as DomElement | undefined) ?? null;
  } catch {
    content = null;
  }
  // Readability gives up on short pages: fall back to the <article> or the whole body.
  const root = content ?? (document.querySelector('article') as unknown as DomElement | null) ?? body;
  const blocks = root ? collectBlocks(root) : [];

  const title = collapseWhitespace(options.hints?.title ?? pageHints.title ?? '');
  const lines: { text: string; bold: boolean; caption: boolean }[] = [];
  if (title) lines.push({ text: title, bold: false, caption: false });
  for (const block of blocks) {
    // The page repeats its title as an <h1> inside the article: keep it once.
    if (lines.length === 1 && lines[0]?.text === block.text) continue;
    lines.push(block);
  }

  let text = '';
  const spans: TextSpan[] = [];
  const boldQuestions: TextSpan[] = [];
  const captions: TextSpan[] = [];
  for (const line of lines) {
    if (text.length > 0) text += '\n';
    const normalized = normalizeText(line.text);
    const span = { start: text.length, end: text.length + normalized.length };
    text += normalized;
    spans.push(span);
    if (line.caption) captions.push(span);
    else if (line.bold && spans.length > 1) boldQuestions.push(span);
  }

  return {
    id: options.id,
    source: { ...options.source, url: options.source.url ?? options.hints?.url ?? pageHints.url ?? null },
    text,
    hints: {
      title: options.hints?.title ?? (title || null),
      author: options.hints?.author ?? pageHints.author,
      publishedAt: options.hints?.publishedAt ? normalizePublishedAt(options.hints.publishedAt) : pageHints.publishedAt,
      url: options.hints?.url ?? pageHints.url,
    },
    markup: { blocks: spans, boldQuestions, captions },
  };
}
