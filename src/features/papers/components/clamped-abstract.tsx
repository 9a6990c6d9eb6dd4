import { useId, useState, type ReactNode } from 'react';

/**
 * The abstract, clamped to a few lines with a "Show more" toggle. `children` renders the text and is told whether
 * all of it shows, so costly decoration (highlighting) can stop where the clamp hides the rest.
 */
export function ClampedAbstract({ children }: { children: (expanded: boolean) => ReactNode }) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  return (
    <div>
      <p
        id={id}
        className={`text-sm leading-6 text-ink-muted [overflow-wrap:anywhere] ${expanded ? '' : 'line-clamp-3'}`}
      >
        {children(expanded)}
      </p>
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={id}
        onClick={() => setExpanded((value) => !value)}
        className="mt-1 min-h-11 rounded-md text-sm font-medium text-accent hover:underline sm:min-h-7"
      >
        {expanded ? 'Show less' : 'Show more'}
      </button>
    </div>
  );
}
