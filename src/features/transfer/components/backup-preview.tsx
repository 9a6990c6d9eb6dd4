import { useId } from 'react';
import { Button } from '@/components/ui/button';
import type { RestoreMode } from '@/features/library/state/restore';
import type { BackupPlan } from '@/features/transfer/import/plan-import';

type BackupPreviewProps = {
  plan: BackupPlan;
  mode: RestoreMode;
  onModeChange: (mode: RestoreMode) => void;
  onConfirm: () => void;
  onBack: () => void;
  onCancel: () => void;
};

const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function mergeText({ merge }: BackupPlan): string {
  const parts = [
    `adds ${n(merge.added, 'paper')} to your library`,
    `updates ${n(merge.updated, 'paper')}`,
  ];
  if (merge.papersAdded > 0) parts.push(`brings back ${n(merge.papersAdded, 'imported paper')}`);
  const notes =
    merge.notesCombined > 0
      ? ` Where notes differ, both are kept (${n(merge.notesCombined, 'note')}).`
      : '';
  return `Keeps everything you have and ${parts.join(', ')}.${notes} Nothing is removed.`;
}

function replaceText({ replace }: BackupPlan): string {
  const parts = [
    `adds ${n(replace.added, 'paper')}`,
    `updates ${n(replace.updated, 'paper')}`,
    `removes ${n(replace.removed, 'paper')}`,
  ];
  return `Makes your library exactly the backup: ${parts.join(', ')}.`;
}

/** A backup: what a merge and what a replace would change, and the choice between them. */
export function BackupPreview({
  plan,
  mode,
  onModeChange,
  onConfirm,
  onBack,
  onCancel,
}: BackupPreviewProps) {
  const name = useId();
  const entries = Object.values(plan.backup.entries).filter(
    (entry) => entry.status !== null || entry.note || entry.tags.length,
  ).length;
  const ratings = Object.values(plan.backup.ratings).filter((r) => r.rating !== null).length;
  const options: Array<{ value: RestoreMode; label: string; text: string; warning?: string }> = [
    { value: 'merge', label: 'Merge', text: mergeText(plan) },
    {
      value: 'replace',
      label: 'Replace',
      text: replaceText(plan),
      ...(plan.replace.notesLost > 0
        ? {
            warning: `${n(plan.replace.notesLost, 'note')} you have now would be lost or overwritten.`,
          }
        : {}),
    },
  ];
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        Backup made on {plan.exportedAt.slice(0, 10)}, with {n(entries, 'paper')} you recorded
        something for, {n(ratings, 'rating')} (More like this, Not interested) and{' '}
        {n(Object.keys(plan.backup.importedPapers).length, 'imported paper')}.
      </p>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">How to restore</legend>
        {options.map((option) => (
          <label
            key={option.value}
            className={`flex gap-3 rounded-lg border p-3 text-sm ${mode === option.value ? 'border-accent bg-accent-soft' : 'border-line'}`}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={mode === option.value}
              onChange={() => onModeChange(option.value)}
              className="mt-1 accent-accent"
            />
            <span className="flex flex-col gap-1">
              <span className="font-medium">{option.label}</span>
              <span className="text-ink-muted">{option.text}</span>
              {option.warning && <span className="text-danger">{option.warning}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onBack}>
          Back
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant={mode === 'replace' ? 'danger' : 'primary'} onClick={onConfirm}>
          Restore
        </Button>
      </div>
    </div>
  );
}
