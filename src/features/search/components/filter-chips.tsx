import type { FacetKey } from '@/features/search/facets/filters';
import type { FilterChip } from '@/features/search/view-state';

const FACET_NAMES: Record<FacetKey, string> = {
  org: 'Organisation',
  year: 'Year',
  topic: 'Topic',
  hasCode: 'Code',
  status: 'Status',
  tag: 'Tag',
  dismissed: 'Showing',
  new: 'Showing',
};

type FilterChipsProps = {
  chips: FilterChip[];
  onRemove: (chip: FilterChip) => void;
  onClearAll: () => void;
};

/** The filters in effect, each removable, with "Clear all". */
export function FilterChips({ chips, onRemove, onClearAll }: FilterChipsProps) {
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul className="flex flex-wrap gap-2" aria-label="Active filters">
        {chips.map((chip) => (
          <li key={`${chip.facet}:${chip.value}`}>
            <button
              type="button"
              onClick={() => onRemove(chip)}
              aria-label={`Remove filter ${FACET_NAMES[chip.facet]}: ${chip.label}`}
              className="inline-flex min-h-11 items-center gap-1 rounded-full border border-accent bg-accent-soft px-3 text-sm text-ink hover:opacity-80 sm:min-h-8"
            >
              <span className="text-ink-muted">{FACET_NAMES[chip.facet]}:</span> {chip.label}
              <span aria-hidden="true" className="ml-1">
                ✕
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onClearAll}
        className="min-h-11 rounded-md px-2 text-sm font-medium text-accent hover:underline sm:min-h-8"
      >
        Clear all
      </button>
    </div>
  );
}
