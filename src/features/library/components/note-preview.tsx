import { useEffect, useState } from 'react';
import { renderNoteHtml } from '@/features/library/notes/html';

type NotePreviewProps = { markdown: string; labelledBy: string };

/** Classes for what markdown produces; the theme has no typography plugin. */
const prose =
  'space-y-3 break-words text-sm leading-relaxed text-ink [&_a]:text-accent [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-line [&_blockquote]:pl-3 [&_blockquote]:text-ink-muted [&_code]:rounded [&_code]:bg-surface-sunken [&_code]:px-1 [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_img]:max-w-full [&_ol]:list-decimal [&_ol]:pl-6 [&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-surface-sunken [&_pre]:p-3 [&_ul]:list-disc [&_ul]:pl-6';

/** The note rendered; the renderer arrives with the first preview, not with the app. */
export function NotePreview({ markdown, labelledBy }: NotePreviewProps) {
  const [rendered, setRendered] = useState<{ source: string; html: string } | null>(null);

  useEffect(() => {
    let current = true;
    // A newer note or leaving the preview stops the render that is under way.
    const controller = new AbortController();
    renderNoteHtml(markdown, controller.signal).then(
      (html) => current && setRendered({ source: markdown, html }),
      () => current && setRendered({ source: markdown, html: '' }),
    );
    return () => {
      current = false;
      controller.abort();
    };
  }, [markdown]);

  const frame = 'min-h-40 rounded-lg border border-line bg-surface-raised p-3';
  if (!markdown.trim()) {
    return (
      <div role="region" aria-labelledby={labelledBy} className={`${frame} text-sm text-ink-muted`}>
        Nothing to preview yet.
      </div>
    );
  }
  if (rendered?.source !== markdown) {
    return (
      <div
        role="region"
        aria-labelledby={labelledBy}
        aria-busy="true"
        className={`${frame} text-sm text-ink-muted`}
      >
        Rendering…
      </div>
    );
  }
  return (
    <div
      role="region"
      aria-labelledby={labelledBy}
      className={`${frame} ${prose}`}
      // Safe to insert: micromark escapes raw HTML, and secureNoteHtml keeps only markdown's own
      // tags and http(s)/mailto links (see notes/html.ts and its tests).
      dangerouslySetInnerHTML={{ __html: rendered.html }}
    />
  );
}
