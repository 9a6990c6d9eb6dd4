import { Button } from '@/components/ui/button';
import { selectionActions, useSelectedCount, useSelecting } from './selection';

/** Turns selection on and off, and says how many papers are picked for export. */
export function SelectionBar() {
  const selecting = useSelecting();
  const count = useSelectedCount();
  return (
    <div className="flex items-center gap-2 text-sm">
      <Button
        variant="ghost"
        aria-pressed={selecting}
        onClick={() => selectionActions.toggleSelecting()}
      >
        {selecting ? 'Done selecting' : 'Select papers'}
      </Button>
      {count > 0 && (
        <>
          <span className="text-ink-muted">{count} selected for export</span>
          <Button variant="ghost" onClick={() => selectionActions.clear()}>
            Clear selection
          </Button>
        </>
      )}
    </div>
  );
}
