import { describe, expect, it } from 'vitest';
import { renderNoteHtml, secureNoteHtml } from '@/features/library/notes/html';

/** Renders and inspects the result in a detached document, where nothing runs. */
async function render(markdown: string) {
  const html = await renderNoteHtml(markdown);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { html, doc };
}

describe('renderNoteHtml', () => {
  it('renders markdown', async () => {
    const { doc } = await render('# Idea\n\n*Check* `loss` and **eq. 3**');
    expect(doc.querySelector('h1')?.textContent).toBe('Idea');
    expect(doc.querySelector('em')?.textContent).toBe('Check');
    expect(doc.querySelector('code')?.textContent).toBe('loss');
  });

  it('shows raw HTML as text instead of creating elements', async () => {
    const { doc } = await render('<img src=x onerror=alert(1)> and <script>alert(2)</script>');
    expect(doc.querySelector('img, script')).toBeNull();
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('keeps the text of a javascript: link but not the link', async () => {
    const { doc, html } = await render(
      '[x](javascript:alert(1)) [y](  JaVaScRiPt:alert(1)) [z](data:text/html,hi)',
    );
    expect(doc.querySelector('a')).toBeNull();
    expect(html).not.toMatch(/javascript|data:/i);
    expect(doc.body.textContent).toContain('x');
  });

  it('opens http(s) and mailto links in a new tab without access to this one', async () => {
    const { doc } = await render(
      '[code](https://github.com/a/b) <mailto:me@example.org> [rel](/papers/1)',
    );
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://github.com/a/b',
      'mailto:me@example.org',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('shows http(s) images as links to them, so nothing loads from elsewhere', async () => {
    const { doc } = await render(
      '![fig 1](https://example.org/f.png) ![](https://cdn.example.net/x.gif) ![bad](javascript:alert(1))',
    );
    expect(doc.querySelector('img')).toBeNull();
    const links = [...doc.querySelectorAll('a')].map((link) => [link.textContent, link.href]);
    expect(links).toEqual([
      ['Image: fig 1', 'https://example.org/f.png'],
      ['Image: cdn.example.net', 'https://cdn.example.net/x.gif'],
    ]);
    for (const link of doc.querySelectorAll('a')) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(doc.body.textContent).toContain('bad');
  });

  it('keeps an image inside a link as its alt text, without nesting links', async () => {
    const { doc } = await render('[![badge](https://img.example/b.svg)](https://example.org/repo)');
    expect(doc.querySelector('img, a a')).toBeNull();
    expect(doc.querySelector('a')?.textContent).toBe('badge');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://example.org/repo');
  });
});

describe('secureNoteHtml', () => {
  it('drops elements and attributes markdown never makes, even if they get through', () => {
    const html = secureNoteHtml(
      '<p onclick="alert(1)">hi<iframe src="https://evil.test"></iframe></p><a href="https://ok.test" onmouseover="x()">ok</a>',
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('iframe, [onclick], [onmouseover]')).toBeNull();
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://ok.test');
  });
});
