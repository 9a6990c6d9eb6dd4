import { useId, useState } from 'react';

import type { FacetOption } from '@/features/search/types';
import { paperCount } from '@/lib/paper-count';

type FacetGroupProps = {
  title: string;
  options: FacetOption[];
  onToggle: (value: string, selected: boolean) => void;
  /** Show this many options before "Show all". */
  initialVisible?: number;
  /** Most papers first (names); false keeps the given order (years, statuses). */
  byCount?: boolean;
};

/**
 * One facet as a group of checkboxes, each with the number of papers it would give. Options that would give
 * nothing are disabled (selected ones stay enabled so they can be cleared).
 */
export function FacetGroup({
  title,
  options,
  onToggle,
  initialVisible = 6,
  byCount = true,
}: FacetGroupProps) {
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  if (options.length === 0) return null;
  const ranked = byCount
    ? [...options].sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count)
    : options;
  const visible = showAll ? ranked : ranked.slice(0, initialVisible);
  return (
    <fieldset className="min-w-0">
      <legend id={headingId} className="mb-1 text-sm font-semibold">
        {title}
      </legend>
      <ul className="space-y-0.5">
        {visible.map((option, index) => {
          const disabled = option.count === 0 && !option.selected;
          return (
            <li
              key={option.value}
              className="flex items-center gap-2 rounded-md px-1 hover:bg-surface-sunken"
            >
              <label
                className={`flex min-h-11 min-w-0 flex-1 cursor-pointer items-center gap-2 text-sm sm:min-h-8 ${
                  disabled ? 'cursor-not-allowed text-ink-muted' : ''
                }`}
              >
                <input
                  type="checkbox"
                  className="size-4 accent-accent"
                  checked={option.selected}
                  disabled={disabled}
                  aria-describedby={`${headingId}-${index}`}
                  onChange={(event) => onToggle(option.value, event.target.checked)}
                />
                <span className="min-w-0 flex-1 truncate">{option.label}</span>
              </label>
              <span aria-hidden="true" className="text-xs text-ink-muted tabular-nums">
                {option.count}
              </span>
              <span id={`${headingId}-${index}`} className="sr-only">
                {paperCount(option.count)}
              </span>
            </li>
          );
        })}
      </ul>
      {ranked.length > initialVisible && (
        <button
          type="button"
          onClick={() => setShowAll((value) => !value)}
          aria-expanded={showAll}
          className="mt-1 min-h-11 text-sm font-medium text-accent hover:underline sm:min-h-8"
        >
          {showAll ? 'Show fewer' : `Show all ${ranked.length}`}
        </button>
      )}
    </fieldset>
  );
}
