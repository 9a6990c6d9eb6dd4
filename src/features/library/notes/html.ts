/**
 * What micromark produces from markdown without extensions, images aside (they become links
 * first); anything else is dropped to its text.
 */
const ALLOWED_TAGS = new Set(
  'p a em strong code pre h1 h2 h3 h4 h5 h6 ul ol li blockquote hr br'.toUpperCase().split(' '),
);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'start', 'target', 'rel']);

/**
 * A note's markdown as HTML that is safe to insert. micromark escapes raw HTML and blanks unsafe
 * URLs; it runs in a worker when the browser has one (else it is loaded on demand, out of the first
 * bundle), and aborting `signal` stops it.
 */
export async function renderNoteHtml(markdown: string, signal?: AbortSignal): Promise<string> {
  return secureNoteHtml(await markdownHtml(markdown, signal));
}

async function inPlace(markdown: string): Promise<string> {
  const [{ micromark }, { boundedMarkdownHtml }] = await Promise.all([
    import('micromark'),
    import('@/features/library/notes/markdown'),
  ]);
  return boundedMarkdownHtml(markdown, micromark);
}

function markdownHtml(markdown: string, signal?: AbortSignal): Promise<string> {
  if (typeof Worker === 'undefined') return inPlace(markdown);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./render.worker.ts', import.meta.url), {
      type: 'module',
    });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('The preview was replaced.', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    const done = () => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<string>) => {
      done();
      resolve(event.data);
    };
    // A worker that cannot start must not leave the preview empty.
    worker.onerror = () => {
      done();
      resolve(inPlace(markdown));
    };
    worker.postMessage(markdown);
  });
}

/**
 * Second line of defence over micromark's output: only http(s) and mailto links survive (opening
 * in a new tab without access to this one), only the tags markdown makes. Images never load:
 * a remote one would tell a third party each time a (perhaps restored, perhaps hostile) note is
 * shown, and the Content Security Policy (`img-src 'self' data:`) blocks them anyway. Each
 * http(s) image becomes a link to it instead, any other image its alt text.
 */
export function secureNoteHtml(html: string): string {
  // A DOMParser document is inert: nothing in it loads or runs while it is inspected.
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const image of [...doc.body.querySelectorAll('img')]) image.replaceWith(imageAsLink(image));
  for (const element of [...doc.body.querySelectorAll('*')]) {
    if (!ALLOWED_TAGS.has(element.tagName)) {
      element.replaceWith(doc.createTextNode(element.textContent ?? ''));
      continue;
    }
    for (const name of element.getAttributeNames()) {
      if (!ALLOWED_ATTRIBUTES.has(name)) element.removeAttribute(name);
    }
  }
  for (const link of doc.body.querySelectorAll('a')) {
    if (!hasProtocol(link.getAttribute('href'), ['http:', 'https:', 'mailto:'])) {
      link.replaceWith(...link.childNodes);
      continue;
    }
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  return doc.body.innerHTML;
}

/** `Image: alt` linking to the picture; plain text inside a link (links cannot nest) or for other schemes. */
function imageAsLink(image: HTMLImageElement): Node {
  const doc = image.ownerDocument;
  const src = image.getAttribute('src');
  const alt = image.getAttribute('alt')?.trim() ?? '';
  if (!hasProtocol(src, ['http:', 'https:']) || image.closest('a')) return doc.createTextNode(alt);
  const link = doc.createElement('a');
  link.setAttribute('href', src ?? '');
  link.textContent = `Image: ${alt || new URL(src ?? '').hostname}`;
  return link;
}

/** Parsed as the browser would (stray spaces and control characters removed); relative URLs fail. */
function hasProtocol(value: string | null, protocols: readonly string[]): boolean {
  if (!value) return false;
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
