import { useId } from 'react';
import type { QueryHint } from '@/features/search/types';
import { URL_LIMITS } from '@/features/search/view-state';

type SearchBoxProps = {
  value: string;
  onChange: (value: string) => void;
  /** Leaving the box (click elsewhere, Tab, Esc): a typed query is written to the URL then. */
  onBlur?: () => void;
  hints: QueryHint[];
  /** True while the index is still being built: results come from a slower scan. */
  indexing?: boolean;
};

/** The one search box: words, "phrases", -exclusions and fields such as org:kyutai or year:2022..2023. */
export function SearchBox({ value, onChange, onBlur, hints, indexing = false }: SearchBoxProps) {
  const hintId = useId();
  const helpId = useId();
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={`${hintId}-input`} className="sr-only">
        Search papers
      </label>
      <div className="relative">
        <span
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-ink-muted"
        >
          ⌕
        </span>
        <input
          id={`${hintId}-input`}
          type="search"
          value={value}
          maxLength={URL_LIMITS.queryLength}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          placeholder="Search papers and notes, or try org:kyutai has:code"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${helpId}${hints.length > 0 ? ` ${hintId}` : ''}`}
          aria-invalid={hints.length > 0 ? true : undefined}
          className="min-h-11 w-full rounded-xl border border-line bg-surface-raised py-2 pr-3 pl-9 text-base text-ink placeholder:text-ink-muted focus:border-accent focus:outline-none focus-visible:ring-2 focus-visible:ring-accent"
        />
      </div>
      <p id={helpId} className="sr-only">
        Fields: org:, year:2024 or year:2022..2023, topic:, tag:, status:reading, has:code, -word to
        exclude, quotes for a phrase. Press / to come back here.
      </p>
      {hints.length > 0 && (
        <ul id={hintId} className="mt-1 space-y-0.5 text-sm text-warn">
          {hints.map((hint) => (
            <li key={`${hint.start}-${hint.message}`}>
              <span aria-hidden="true">⚠ </span>
              {hint.message}
            </li>
          ))}
        </ul>
      )}
      {indexing && (
        <p className="mt-1 text-xs text-ink-muted">Indexing… results may take a moment longer.</p>
      )}
    </div>
  );
}
