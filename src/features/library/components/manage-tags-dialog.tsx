import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useAllTags, useCanEdit } from '@/features/library/hooks';
import { ManageTagRow } from '@/features/library/components/manage-tag-row';

type ManageTagsDialogProps = { open: boolean; onClose: () => void };

/** Every tag in the library with its count, to rename or delete everywhere at once. */
export function ManageTagsDialog({ open, onClose }: ManageTagsDialogProps) {
  const tags = useAllTags();
  const canEdit = useCanEdit();
  const names = tags.map(({ tag }) => tag);
  return (
    <Dialog open={open} onClose={onClose} title="Manage tags">
      {tags.length === 0 ? (
        <p className="text-sm text-ink-muted">No tags yet. Add some on a paper’s page.</p>
      ) : (
        <ul aria-label="All tags" className="divide-y divide-line">
          {tags.map(({ tag, count }) => (
            <ManageTagRow
              key={tag}
              tag={tag}
              count={count}
              existing={names}
              disabled={!canEdit}
              onLeave={onClose}
            />
          ))}
        </ul>
      )}
    </Dialog>
  );
}

/** A "Manage tags" button that opens the dialog. */
export function ManageTagsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Manage tags</Button>
      <ManageTagsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
