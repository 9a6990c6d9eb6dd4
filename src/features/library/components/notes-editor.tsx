import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SAVE_STATE_LABELS } from '@/features/library/persistence/health';
import { libraryActions, useCanEdit, useNote, useSaveState } from '@/features/library/hooks';
import { NotePreview } from '@/features/library/components/note-preview';

type NotesEditorProps = { paperId: string };

/** Markdown notes for one paper, saved while typing, with a preview that renders them harmlessly. */
export function NotesEditor({ paperId }: NotesEditorProps) {
  const id = useId();
  const labelId = useId();
  const note = useNote(paperId);
  const saveState = useSaveState();
  const canEdit = useCanEdit();
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [edited, setEdited] = useState(false);
  // Until the user types here, only a problem is worth showing.
  const shownState = edited || saveState === 'not-saved' ? SAVE_STATE_LABELS[saveState] : '';

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label id={labelId} htmlFor={id} className="text-sm font-medium text-ink-muted">
          Notes
        </label>
        <span
          aria-live="polite"
          className={saveState === 'not-saved' ? 'text-sm text-danger' : 'text-sm text-ink-muted'}
        >
          {shownState}
        </span>
        <div role="group" aria-label="Notes view" className="flex gap-1">
          <Button
            variant="ghost"
            className="aria-pressed:bg-accent-soft"
            aria-pressed={mode === 'write'}
            onClick={() => setMode('write')}
          >
            Write
          </Button>
          <Button
            variant="ghost"
            className="aria-pressed:bg-accent-soft"
            aria-pressed={mode === 'preview'}
            onClick={() => setMode('preview')}
          >
            Preview
          </Button>
        </div>
      </div>
      {mode === 'write' ? (
        <textarea
          id={id}
          value={note}
          readOnly={!canEdit}
          rows={8}
          placeholder="Markdown: **bold**, *italic*, [links](https://…), lists…"
          onChange={(event) => {
            setEdited(true);
            libraryActions.setNote(paperId, event.target.value);
          }}
          className="min-h-40 w-full rounded-lg border border-line bg-surface-raised p-3 font-mono text-sm text-ink"
        />
      ) : (
        <NotePreview markdown={note} labelledBy={labelId} />
      )}
    </div>
  );
}
