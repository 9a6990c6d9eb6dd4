import { CATALOGUE_SORTS, SORT_LABELS, type Sort } from '@/features/search/types';

type SortSelectProps = {
  /** The sort in effect; null selects the view's own default order, offered as `defaultLabel`. */
  value: Sort | null;
  onChange: (sort: Sort | null) => void;
  /** A first option for a view with an order of its own (the reading list's "Your order"). */
  defaultLabel?: string;
  /** The sorts offered: a day of the feed adds Hugging Face's trending order. */
  sorts?: readonly Sort[];
};

export function SortSelect({
  value,
  onChange,
  defaultLabel,
  sorts = CATALOGUE_SORTS,
}: SortSelectProps) {
  return (
    <label className="flex items-center gap-2 text-sm text-ink-muted">
      <span className="whitespace-nowrap">Sort by</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(sorts.find((sort) => sort === event.target.value) ?? null)}
        className="min-h-11 rounded-lg border border-line bg-surface-raised px-2 text-ink sm:min-h-9"
      >
        {defaultLabel && <option value="">{defaultLabel}</option>}
        {sorts.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
    </label>
  );
}
