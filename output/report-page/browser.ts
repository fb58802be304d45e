/// <reference lib="dom" />
// The script of report.html, written as a function so the compiler checks it; the writer embeds its source
// (`renderReportPage.toString()`), so it may use nothing from outside its own body. It reads the JSON blocks the
// writer streamed into the page, renders the run's summary, and renders articles one page at a time: each
// article's text with its spans highlighted by kind, values on hover or focus, a Q&A outline linked into the text,
// and a filter per kind.

export function renderReportPage(): void {
  type Mark = [start: number, end: number, kind: string, label: string];
  interface ArticleData {
    id: string;
    title: string | null;
    author: string | null;
    publishedAt: string | null;
    source: string | null;
    text: string;
    marks: Mark[];
    qa: [start: number, end: number][];
  }
  interface SummaryData {
    version: string;
    startedAt: string;
    inputs: string[];
    counts: { read: number; extracted: number; failed: number };
    kindCounts: Record<string, number>;
    topOrganizations: [string, number][];
    topPeople: [string, number][];
    errors: { source: string; reason: string }[];
    articlesShown: number;
    articlesLeftOut: number;
  }

  const KINDS: [kind: string, label: string][] = [
    ['dates', 'Dates'], ['figures', 'Figures'], ['organizations', 'Organizations'], ['people', 'People'], ['roles', 'Roles'],
  ];
  const PAGE_SIZE = 20;

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const articles: ArticleData[] = Array.from(document.querySelectorAll('script.article-data')).map(
    (script) => JSON.parse(script.textContent ?? '{}') as ArticleData,
  );
  const summary = JSON.parse(document.getElementById('run-summary')?.textContent ?? '{}') as SummaryData;

  // Summary
  const summaryBox = document.getElementById('summary');
  if (summaryBox) {
    const counts = element('p', {}, `${summary.counts.read} articles read, ${summary.counts.extracted} extracted, ${summary.counts.failed} failed` +
      ` — vnextract ${summary.version}, run of ${summary.startedAt}`);
    summaryBox.append(counts);
    const kinds = element('ul', { class: 'kind-counts' });
    for (const [kind, label] of KINDS) kinds.append(element('li', { class: `swatch hl-${kind}` }, `${label}: ${summary.kindCounts[kind] ?? 0}`));
    summaryBox.append(kinds);
    const tops = element('div', { class: 'tops' });
    for (const [title, list] of [['Top organizations', summary.topOrganizations], ['Top people', summary.topPeople]] as const) {
      const box = element('section');
      box.append(element('h3', {}, title));
      const ol = element('ol');
      for (const [name, count] of list) ol.append(element('li', {}, `${name} (${count})`));
      box.append(ol);
      tops.append(box);
    }
    summaryBox.append(tops);
    if (summary.errors.length > 0) {
      const box = element('details', { class: 'errors' });
      box.append(element('summary', {}, `Errors (${summary.errors.length})`));
      const ul = element('ul');
      for (const error of summary.errors) ul.append(element('li', {}, `${error.source}: ${error.reason}`));
      box.append(ul);
      summaryBox.append(box);
    }
    if (summary.articlesLeftOut > 0) {
      summaryBox.append(element('p', { class: 'note' }, `This page shows the first ${summary.articlesShown} articles; ${summary.articlesLeftOut} more are in the JSONL.`));
    }
  }

  // Filters
  const filters = document.getElementById('filters');
  if (filters) {
    for (const [kind, label] of KINDS) {
      const box = element('label', { class: `filter swatch hl-${kind}` });
      const checkbox = element('input', { type: 'checkbox', 'data-kind': kind });
      checkbox.checked = true;
      checkbox.addEventListener('change', () => document.body.classList.toggle(`hide-${kind}`, !checkbox.checked));
      box.append(checkbox, document.createTextNode(` ${label}`));
      filters.append(box);
    }
  }

  // Tooltip shown on hover or focus of a highlight
  const tooltip = element('div', { id: 'tooltip', role: 'tooltip', hidden: '' });
  document.body.append(tooltip);
  const showTooltip = (target: EventTarget | null) => {
    if (!(target instanceof HTMLElement) || !target.classList.contains('hl')) return;
    tooltip.textContent = target.dataset.value ?? '';
    const box = target.getBoundingClientRect();
    tooltip.style.left = `${window.scrollX + box.left}px`;
    tooltip.style.top = `${window.scrollY + box.bottom + 4}px`;
    tooltip.hidden = false;
  };
  const hideTooltip = () => { tooltip.hidden = true; };
  document.addEventListener('mouseover', (event) => showTooltip(event.target));
  document.addEventListener('focusin', (event) => showTooltip(event.target));
  document.addEventListener('mouseout', hideTooltip);
  document.addEventListener('focusout', hideTooltip);

  /** The article's text with its marks nested by containment (a crossing mark is cut at the boundary). */
  const renderText = (article: ArticleData, articleIndex: number): HTMLElement => {
    const characters = Array.from(article.text); // offsets are code points
    const container = element('div', { class: 'text' });
    const marks = [...article.marks].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    // Anchors for the Q&A outline, at each question's start.
    const anchors = article.qa.map(([start], pairIndex) => [start, pairIndex] as const).sort((a, b) => a[0] - b[0]);
    let nextAnchor = 0;
    const stack: { end: number; node: HTMLElement }[] = [{ end: characters.length, node: container }];
    let position = 0;
    const top = () => stack[stack.length - 1]!;
    const emitTo = (target: number) => {
      while (position < target || (nextAnchor < anchors.length && anchors[nextAnchor]![0] <= position)) {
        while (stack.length > 1 && top().end <= position) stack.pop();
        while (nextAnchor < anchors.length && anchors[nextAnchor]![0] <= position) {
          top().node.append(element('span', { id: `a${articleIndex}-q${anchors[nextAnchor]![1]}`, class: 'qa-anchor' }));
          nextAnchor += 1;
        }
        if (position >= target) break;
        const anchorAt = nextAnchor < anchors.length ? anchors[nextAnchor]![0] : Infinity;
        const until = Math.min(target, top().end, anchorAt);
        top().node.append(document.createTextNode(characters.slice(position, until).join('')));
        position = until;
      }
      while (stack.length > 1 && top().end <= position) stack.pop();
    };
    for (let index = 0; index < marks.length; index += 1) {
      const [start, end, kind, label] = marks[index]!;
      emitTo(start);
      const parent = top();
      const node = element('mark', { class: `hl hl-${kind}`, tabindex: '0', 'data-kind': kind, 'data-value': label });
      parent.node.append(node);
      stack.push({ end: Math.min(end, parent.end), node });
      if (end > parent.end) {
        // The mark crosses its parent's end: its rest becomes a mark of its own, kept in sorted order.
        const rest: Mark = [parent.end, end, kind, label];
        let at = index + 1;
        while (at < marks.length && (marks[at]![0] < rest[0] || (marks[at]![0] === rest[0] && marks[at]![1] >= rest[1]))) at += 1;
        marks.splice(at, 0, rest);
      }
    }
    emitTo(characters.length);
    return container;
  };

  const renderArticle = (article: ArticleData, index: number): HTMLElement => {
    const box = element('article', { class: 'article', id: `article-${index}` });
    box.append(element('h2', {}, article.title ?? article.id));
    box.append(element('p', { class: 'meta' }, [article.id, article.author, article.publishedAt, article.source].filter(Boolean).join(' · ')));
    if (article.qa.length > 0) {
      const outline = element('nav', { class: 'qa-outline' });
      outline.append(element('h3', {}, `Questions (${article.qa.length})`));
      const ol = element('ol');
      article.qa.forEach(([start, end], pairIndex) => {
        const link = element('a', { href: `#a${index}-q${pairIndex}` }, Array.from(article.text).slice(start, end).join(''));
        const li = element('li');
        li.append(link);
        ol.append(li);
      });
      outline.append(ol);
      box.append(outline);
    }
    box.append(renderText(article, index));
    return box;
  };

  // Paging: only the articles of the page shown are rendered.
  const list = document.getElementById('articles');
  const pager = document.getElementById('pager');
  const pageCount = Math.max(1, Math.ceil(articles.length / PAGE_SIZE));
  const showPage = (page: number) => {
    if (!list || !pager) return;
    list.replaceChildren(...articles.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((article, offset) => renderArticle(article, page * PAGE_SIZE + offset)));
    pager.replaceChildren();
    if (pageCount > 1) {
      for (let number = 0; number < pageCount; number += 1) {
        const button = element('button', { type: 'button', class: number === page ? 'current' : '' }, String(number + 1));
        button.addEventListener('click', () => showPage(number));
        pager.append(button);
      }
    }
  };
  showPage(0);
}
