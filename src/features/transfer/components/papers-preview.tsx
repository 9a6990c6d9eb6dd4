import { Button } from '@/components/ui/button';
import type { PapersPlan } from '@/features/transfer/import/plan-import';
import { ImportIssues } from '@/features/transfer/components/import-issues';
import { paperCount } from '@/lib/paper-count';

type PapersPreviewProps = {
  plan: PapersPlan;
  onConfirm: () => void;
  onBack: () => void;
  onCancel: () => void;
};

const LISTED = 8;

/** Counts first (new, merged, unchanged), then the new titles, then any warnings. */
export function PapersPreview({ plan, onConfirm, onBack, onCancel }: PapersPreviewProps) {
  const count = plan.added.length + plan.merged.length;
  const rows: Array<[string, number]> = [
    ['New', plan.added.length],
    ['Merged with papers already here', plan.merged.length],
    ['Already here, unchanged', plan.unchanged.length],
  ];
  if (plan.repeats > 0) rows.push(['Repeated in the input, counted once', plan.repeats]);
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-ink-muted">{label}</dt>
            <dd className="text-right font-medium tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {plan.added.length > 0 && (
        <section aria-label="New papers" className="text-sm">
          <ul className="list-disc pl-5">
            {plan.added.slice(0, LISTED).map((paper) => (
              <li key={paper.id}>{paper.title}</li>
            ))}
          </ul>
          {plan.added.length > LISTED && (
            <p className="text-ink-muted">…and {plan.added.length - LISTED} more.</p>
          )}
        </section>
      )}
      {plan.warnings.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-ink-muted">
            {plan.warnings.length === 1 ? '1 warning' : `${plan.warnings.length} warnings`}
          </summary>
          <ImportIssues issues={plan.warnings} tone="warning" />
        </details>
      )}
      {count === 0 && (
        <p className="text-sm">Nothing new to import: every paper is already here.</p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onBack}>
          Back
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        {count > 0 && (
          <Button variant="primary" onClick={onConfirm}>
            Import {paperCount(count)}
          </Button>
        )}
      </div>
    </div>
  );
}
