import { useId } from 'react';
import { linkLabel, safeHttpUrl } from '@/lib/safe-url';
import { paperLinks } from '@/features/papers/paper-links';
import type { Paper } from '@/features/papers/schema';

const linkClass =
  'inline-flex min-h-11 items-center gap-1 rounded-md px-2 text-sm font-medium text-accent underline-offset-2 hover:underline sm:min-h-8';

/**
 * arXiv, PDF, Hugging Face, code and project links, each where known; opened in a new tab without giving it a
 * handle on this one. The names stay exactly the links' names: the new-tab hint is their description.
 */
export function ExternalLinks({ paper }: { paper: Paper }) {
  const hintId = useId();
  const links = paperLinks(paper);
  if (links.length === 0) return null;
  return (
    <>
      <ul className="-ml-2 flex flex-wrap gap-1" aria-label="Links">
        {links.map((link) => (
          <li key={link.label}>
            <a
              href={link.href}
              target="_blank"
              rel="noopener noreferrer"
              aria-describedby={hintId}
              className={linkClass}
            >
              {link.label}
              <span aria-hidden="true">↗</span>
            </a>
          </li>
        ))}
      </ul>
      <span id={hintId} hidden>
        Opens in a new tab
      </span>
    </>
  );
}

/** Every link found in the abstract, as a list; for the paper's own page. */
export function AllLinks({ links }: { links: string[] }) {
  const safe = links.map(safeHttpUrl).filter((href): href is string => href !== null);
  if (safe.length === 0) return null;
  return (
    <ul className="space-y-1">
      {safe.map((href) => (
        <li key={href} className="break-all">
          <a
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            className="text-accent underline-offset-2 hover:underline"
          >
            {linkLabel(href)}
          </a>
        </li>
      ))}
    </ul>
  );
}
