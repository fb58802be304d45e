import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../input/html.js';
import { normalizePublishedAt } from '../input/published-at.js';

const source = { file: 'page.html', line: null, url: null };

function page(head: string, body: string): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

const LONG = 'Đây là một đoạn văn đủ dài để trình đọc bài nhận ra nội dung chính của trang tin tức này. '.repeat(3);

describe('HTML input', () => {
  it('reads meta tags, and JSON-LD NewsArticle wins over them', () => {
    const html = page(
      `<meta property="og:title" content="Tiêu đề OG"><meta property="article:published_time" content="2023-03-14T09:15:00+07:00">
       <meta name="author" content="Minh Châu">
       <script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"Tiêu đề LD","author":{"@type":"Person","name":"Lan Anh"},"datePublished":"2023-03-15T10:00:00Z"}]}</script>`,
      `<article><p>${LONG}</p></article>`,
    );
    const article = readHtmlArticle(html, { id: 'a', source });
    expect(article.hints).toMatchObject({ title: 'Tiêu đề LD', author: 'Lan Anh', publishedAt: '2023-03-15T10:00:00Z' });
    expect(article.text.split('\n')[0]).toBe('Tiêu đề LD');
  });

  it('falls back to meta tags without JSON-LD, and ignores a broken JSON-LD block', () => {
    const html = page(
      `<meta property="og:title" content="Tiêu đề OG"><meta property="article:published_time" content="2023-03-14T09:15:00">
       <meta name="author" content="Minh Châu"><script type="application/ld+json">{broken</script>`,
      `<article><p>${LONG}</p></article>`,
    );
    expect(readHtmlArticle(html, { id: 'a', source }).hints).toMatchObject({
      title: 'Tiêu đề OG', author: 'Minh Châu', publishedAt: '2023-03-14T09:15:00+07:00',
    });
  });

  it('keeps scripts, styles, navigation, ads and related boxes out of the text, and decodes entities', () => {
    const html = page(
      '<title>T</title><style>p{color:red}</style>',
      `<nav>Trang chủ Thời sự</nav><div class="ads-top">Quảng cáo xe hơi</div>
       <article><h1>T</h1><p>${LONG}</p><p>Doanh thu tăng 12,5%&nbsp;nhờ Bộ Khoa học &amp; Công nghệ.</p>
       <script>document.write("mã độc")</script><div class="box-related"><p>Tin liên quan: bài khác</p></div></article>
       <footer>Bản quyền</footer>`,
    );
    const { text } = readHtmlArticle(html, { id: 'a', source });
    expect(text).toContain('Doanh thu tăng 12,5% nhờ Bộ Khoa học & Công nghệ.');
    for (const junk of ['Trang chủ', 'Quảng cáo', 'mã độc', 'Tin liên quan', 'Bản quyền', 'color:red']) {
      expect(text).not.toContain(junk);
    }
  });

  it('marks bold paragraphs as questions and figcaptions as captions, with offsets into the normalized text', () => {
    const html = page(
      '<title>Phỏng vấn</title>',
      `<article><p>${LONG}</p><p><strong>Xin ông cho biết kế hoạch năm nay</strong></p><p>${LONG}</p>
       <figure><img src="a.jpg"><figcaption>Ông Trần Văn Bình – Giám đốc Sở.</figcaption></figure><p>Hoà hợp.</p></article>`,
    );
    const article = readHtmlArticle(html, { id: 'a', source });
    const slice = (span: { start: number; end: number }) => article.text.slice(span.start, span.end);
    expect(article.markup.boldQuestions?.map(slice)).toEqual(['Xin ông cho biết kế hoạch năm nay']);
    expect(article.markup.captions?.map(slice)).toEqual(['Ông Trần Văn Bình – Giám đốc Sở.']);
    expect(article.markup.blocks?.map(slice).at(-1)).toBe('Hòa hợp.');
  });

  it('normalizes publication times to ISO 8601 with an offset', () => {
    expect(normalizePublishedAt('2023-03-14 09:15')).toBe('2023-03-14T09:15:00+07:00');
    expect(normalizePublishedAt('2023-03-14T09:15:00+0700')).toBe('2023-03-14T09:15:00+07:00');
    expect(normalizePublishedAt('2023-03-14')).toBe('2023-03-14T00:00:00+07:00');
    expect(normalizePublishedAt('14/03/2023')).toBe('2023-03-14T00:00:00+07:00');
    expect(normalizePublishedAt('hôm qua')).toBeNull();
  });
});
