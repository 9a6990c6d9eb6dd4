import { describe, expect, it } from 'vitest';
import { renderNoteHtml, secureNoteHtml } from '@/features/library/note-html';

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

  it('keeps only http(s) images, lazily and without a referrer', async () => {
    const { doc } = await render('![fig](https://example.org/f.png) ![bad](javascript:alert(1))');
    const images = [...doc.querySelectorAll('img')];
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(doc.body.textContent).toContain('bad');
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
