import { memo, useId, useState } from 'react';

import type { FacetKey } from '@/features/search/facets/filters';
import type { FacetOption } from '@/features/search/types';
import { paperCount } from '@/lib/paper-count';

type FacetGroupProps = {
  facet: FacetKey;
  title: string;
  options: FacetOption[];
  /** Keep it stable: a group re-renders only when it or its options change. */
  onToggle: (facet: FacetKey, value: string) => void;
  /** Show this many options before "Show all". */
  initialVisible?: number;
  /** Most papers first (names); false keeps the given order (years, statuses). */
  byCount?: boolean;
};

const sameOption = (a: FacetOption, b: FacetOption) =>
  a.value === b.value && a.label === b.label && a.count === b.count && a.selected === b.selected;

/** Every search brings new option objects; a group whose options read the same need not render again. */
function sameProps(before: FacetGroupProps, after: FacetGroupProps): boolean {
  return (
    before.facet === after.facet &&
    before.title === after.title &&
    before.onToggle === after.onToggle &&
    before.initialVisible === after.initialVisible &&
    before.byCount === after.byCount &&
    before.options.length === after.options.length &&
    before.options.every((option, i) => sameOption(option, after.options[i]))
  );
}

/**
 * One facet as a group of checkboxes, each with the number of papers it would give. Options that would give
 * nothing are disabled (selected ones stay enabled so they can be cleared).
 */
export const FacetGroup = memo(function FacetGroup({
  facet,
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
                  onChange={() => onToggle(facet, option.value)}
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
}, sameProps);
