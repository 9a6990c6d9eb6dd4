import { SORTS, SORT_LABELS, type Sort } from '@/features/search/types';

type SortSelectProps = {
  /** The sort in effect; null selects the view's own default order, offered as `defaultLabel`. */
  value: Sort | null;
  onChange: (sort: Sort | null) => void;
  /** A first option for a view with an order of its own (the reading list's "Your order"). */
  defaultLabel?: string;
};

export function SortSelect({ value, onChange, defaultLabel }: SortSelectProps) {
  return (
    <label className="flex items-center gap-2 text-sm text-ink-muted">
      <span className="whitespace-nowrap">Sort by</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(SORTS.find((sort) => sort === event.target.value) ?? null)}
        className="min-h-11 rounded-lg border border-line bg-surface-raised px-2 text-ink sm:min-h-9"
      >
        {defaultLabel && <option value="">{defaultLabel}</option>}
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
    </label>
  );
}
