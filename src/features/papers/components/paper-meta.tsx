import { formatDay } from '@/lib/format-date';
import type { Paper } from '@/features/papers/schema';

/** Who and when: organisation (or authors / author count), date, comments, upvotes, GitHub stars. */
export function PaperMeta({ paper }: { paper: Paper }) {
  const day = formatDay(paper.publishedAt);
  const items: string[] = [];
  if (paper.organization) items.push(paper.organization.name);
  else if (paper.authors.length > 0) items.push(authorLine(paper.authors));
  else if (paper.authorCount !== null)
    items.push(`${paper.authorCount} author${paper.authorCount === 1 ? '' : 's'}`);
  if (paper.comments !== null)
    items.push(`${paper.comments} comment${paper.comments === 1 ? '' : 's'}`);
  if (paper.upvotes !== null)
    items.push(`${paper.upvotes} upvote${paper.upvotes === 1 ? '' : 's'}`);
  // Unknown stays unsaid: a paper whose stars were never fetched does not have zero.
  if (paper.githubStars !== undefined)
    items.push(`${paper.githubStars} GitHub star${paper.githubStars === 1 ? '' : 's'}`);

  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-muted [overflow-wrap:anywhere]">
      {day && paper.publishedAt && <time dateTime={paper.publishedAt}>{day}</time>}
      {!day && <span>Date unknown</span>}
      {items.map((item) => (
        <span key={item} className="before:mr-2 before:content-['·']">
          {item}
        </span>
      ))}
    </p>
  );
}

function authorLine(authors: string[]): string {
  if (authors.length <= 3) return authors.join(', ');
  return `${authors.slice(0, 2).join(', ')} and ${authors.length - 2} others`;
}
