import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { Button } from '@/components/ui/button';
import { downloadFile } from '@/lib/download';
import type { LibraryData } from '@/features/library/schema';
import { loadListExporter, type ListFormat } from '@/features/transfer/export/export-formats';
import { saveBackup } from '@/features/transfer/export/save-backup';
import {
  SCOPE_LABELS,
  type ExportItem,
  type ExportScope,
} from '@/features/transfer/export/export-types';
import { ExportFormatList } from '@/features/transfer/components/export-format-list';
import { ExportScopePicker } from '@/features/transfer/components/export-scope-picker';
import { paperCount } from '@/lib/paper-count';

export type ExportMenuProps = {
  /** The papers to export for a scope, in display order; called when the user picks a format. */
  getItems: (scope: ExportScope) => ExportItem[];
  /** The whole library, for the JSON backup. */
  getLibrary: () => LibraryData;
  /** After a backup file was offered: time to record the backup (e.g. `libraryActions.markBackedUp()`). */
  onBackedUp?: (exportedAt: string) => void;
  /** Offers the "Selection" scope. */
  hasSelection?: boolean;
};

/** The "Export" button and its menu of formats. Knows nothing of the store: the caller passes data in. */
export function ExportMenu({
  getItems,
  getLibrary,
  onBackedUp,
  hasSelection = false,
}: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<ExportScope>('reading-list');
  const [message, setMessage] = useState('');
  const buttonId = useId();
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const activeScope = scope === 'selection' && !hasSelection ? 'reading-list' : scope;

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) document.getElementById(buttonId)?.focus();
  };

  async function exportList(format: ListFormat, label: string, action: 'download' | 'copy') {
    const items = getItems(activeScope);
    close(true);
    if (items.length === 0)
      return setMessage(`Nothing to export: ${SCOPE_LABELS[activeScope].toLowerCase()} is empty.`);
    try {
      const file = (await loadListExporter(format))(items, { scope: activeScope });
      if (action === 'copy') {
        await navigator.clipboard.writeText(file.content);
        setMessage(`Copied ${paperCount(items.length)} as ${label}.`);
      } else {
        downloadFile(file.filename, file.content, file.mimeType);
        setMessage(`Saved ${paperCount(items.length)} to ${file.filename}.`);
      }
    } catch (error) {
      setMessage(
        `${label} export failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  async function exportBackup() {
    close(true);
    try {
      const file = await saveBackup(getLibrary());
      setMessage(`Saved a backup to ${file.filename}.`);
      onBackedUp?.(file.exportedAt);
    } catch (error) {
      setMessage(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      document.getElementById(buttonId)?.focus();
    };
    // Safari does not focus a clicked button, so a click elsewhere may never blur the menu.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, buttonId]);

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && !event.currentTarget.contains(event.relatedTarget)) close(false);
  };

  return (
    <div ref={rootRef} className="relative inline-block" onBlur={onBlur}>
      <Button
        id={buttonId}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        Export
      </Button>
      {open && (
        <div
          id={panelId}
          className="absolute right-0 z-30 mt-2 flex w-72 flex-col gap-3 rounded-xl border border-line bg-surface-raised p-3 text-ink shadow-xl"
        >
          <ExportScopePicker scope={activeScope} onChange={setScope} hasSelection={hasSelection} />
          <ExportFormatList
            onExport={(format, label, action) => void exportList(format, label, action)}
            onBackup={() => void exportBackup()}
          />
        </div>
      )}
      <p aria-live="polite" className="sr-only">
        {message}
      </p>
    </div>
  );
}
