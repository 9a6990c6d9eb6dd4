import { useId } from 'react';
import {
  EXPORT_SCOPES,
  SCOPE_LABELS,
  type ExportScope,
} from '@/features/transfer/export/export-types';

type ExportScopePickerProps = {
  scope: ExportScope;
  onChange: (scope: ExportScope) => void;
  hasSelection: boolean;
};

/** Which papers an export holds; the backup always holds the whole library. */
export function ExportScopePicker({ scope, onChange, hasSelection }: ExportScopePickerProps) {
  const name = useId();
  const scopes = EXPORT_SCOPES.filter((option) => option !== 'selection' || hasSelection);
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-semibold tracking-wide text-ink-muted uppercase">
        Papers
      </legend>
      {scopes.map((option) => (
        <label
          key={option}
          className="flex min-h-11 items-center gap-2 rounded-lg px-2 text-sm hover:bg-surface-sunken sm:min-h-9"
        >
          <input
            type="radio"
            name={name}
            value={option}
            checked={scope === option}
            onChange={() => onChange(option)}
            className="accent-accent"
          />
          {SCOPE_LABELS[option]}
        </label>
      ))}
    </fieldset>
  );
}
