import { linkLabel, safeHttpUrl } from '@/lib/safe-url';
import type { Paper } from '@/features/papers/schema';

const linkClass =
  'inline-flex min-h-11 items-center gap-1 rounded-md px-2 text-sm font-medium text-accent underline-offset-2 hover:underline sm:min-h-8';

/** Code, project and arXiv links; opened in a new tab without giving it a handle on this one. */
export function ExternalLinks({ paper }: { paper: Paper }) {
  const links = [
    { label: 'Code', href: safeHttpUrl(paper.codeUrl) },
    { label: 'Project page', href: safeHttpUrl(paper.projectUrl) },
    {
      label: 'arXiv',
      href: paper.arxivId ? `https://arxiv.org/abs/${encodeURIComponent(paper.arxivId)}` : null,
    },
  ].filter((link): link is { label: string; href: string } => link.href !== null);
  if (links.length === 0) return null;
  return (
    <ul className="-ml-2 flex flex-wrap gap-1" aria-label="Links">
      {links.map((link) => (
        <li key={link.label}>
          <a href={link.href} target="_blank" rel="noopener noreferrer" className={linkClass}>
            {link.label}
            <span className="sr-only"> (opens in a new tab)</span>
            <span aria-hidden="true">↗</span>
          </a>
        </li>
      ))}
    </ul>
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
