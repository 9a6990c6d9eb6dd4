import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { libraryActions, useCanEdit } from '@/features/library/hooks';

type ReorderControlsProps = {
  paperId: string;
  title: string;
  /** The queue as shown, in order; moves are relative to it. */
  orderedIds: readonly string[];
};

/** Keyboard (and touch) reordering: one step up or down, announced to screen readers. */
export function ReorderControls({ paperId, title, orderedIds }: ReorderControlsProps) {
  const canEdit = useCanEdit();
  const [announcement, setAnnouncement] = useState('');
  const index = orderedIds.indexOf(paperId);

  function move(to: number) {
    libraryActions.moveEntry(paperId, orderedIds, to);
    setAnnouncement(`Moved ${title} to position ${to + 1} of ${orderedIds.length}.`);
  }

  return (
    <div role="group" aria-label={`Reorder ${title}`} className="flex gap-1">
      <Button
        variant="ghost"
        aria-label={`Move ${title} up`}
        disabled={!canEdit || index <= 0}
        onClick={() => move(index - 1)}
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        variant="ghost"
        aria-label={`Move ${title} down`}
        disabled={!canEdit || index === -1 || index >= orderedIds.length - 1}
        onClick={() => move(index + 1)}
      >
        <span aria-hidden="true">↓</span>
      </Button>
      <span aria-live="polite" className="sr-only">
        {announcement}
      </span>
    </div>
  );
}
