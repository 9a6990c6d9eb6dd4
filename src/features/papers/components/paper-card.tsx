import { useId, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Paper } from '@/features/papers/schema';
import { ClampedAbstract } from './clamped-abstract';
import { ExternalLinks } from './external-links';
import { PaperMeta } from './paper-meta';

type PaperCardProps = {
  paper: Paper;
  /** Where the title links: the paper's own page, with the list's state kept for the way back. */
  href: string;
  /** Renders title and abstract text, e.g. with matched words highlighted. */
  renderText?: (text: string) => ReactNode;
  /** Controls from other features (bookmark, status), composed by the app. */
  actions?: ReactNode;
  /** Extra content under the links (tags, reorder controls). */
  footer?: ReactNode;
  /** A mark before the date line, e.g. "New". */
  marker?: ReactNode;
  current?: boolean;
};

const plain = (text: string) => text;

/** More than three lines of abstract hold at the widest card. */
const CLAMPED_CHARS = 600;
/** Cuts between words, so no word is half highlighted. */
const cutAt = (text: string) => Math.max(text.lastIndexOf(' ', CLAMPED_CHARS), 1);

export function PaperCard({
  paper,
  href,
  renderText = plain,
  actions,
  footer,
  marker,
  current = false,
}: PaperCardProps) {
  const titleId = useId();
  return (
    <article
      aria-labelledby={titleId}
      aria-current={current ? 'true' : undefined}
      className={`rounded-xl border bg-surface-raised p-4 shadow-sm transition-colors sm:p-5 ${
        current ? 'border-accent ring-2 ring-accent' : 'border-line'
      }`}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <h2
          id={titleId}
          className="text-base leading-snug font-semibold [overflow-wrap:anywhere] sm:text-lg"
        >
          <Link href={href} className="rounded-sm text-ink hover:text-accent hover:underline">
            {renderText(paper.title)}
          </Link>
        </h2>
        {actions && <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div>}
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        {marker}
        <PaperMeta paper={paper} />
      </div>
      {paper.topics.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Topics">
          {paper.topics.map((topic) => (
            <li
              key={topic}
              className="rounded-full bg-surface-sunken px-2 py-0.5 text-xs text-ink-muted"
            >
              {topic}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3">
        {/* Keyed by paper: a list row shows another paper when the results change, and its abstract starts clamped. */}
        <ClampedAbstract key={paper.id}>
          {(expanded) =>
            expanded || paper.abstract.length <= CLAMPED_CHARS ? (
              renderText(paper.abstract)
            ) : (
              // Three clamped lines never show more than this: the rest is plain text, not worth decorating.
              <>
                {renderText(paper.abstract.slice(0, cutAt(paper.abstract)))}
                {paper.abstract.slice(cutAt(paper.abstract))}
              </>
            )
          }
        </ClampedAbstract>
      </div>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <ExternalLinks paper={paper} />
        {footer}
      </div>
    </article>
  );
}
