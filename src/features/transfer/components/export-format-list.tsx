import { Button } from '@/components/ui/button';
import { LIST_FORMATS, type ListFormat } from '@/features/transfer/export/export-formats';

type ExportFormatListProps = {
  onExport: (format: ListFormat, label: string, action: 'download' | 'copy') => void;
  onBackup: () => void;
};

/** One button per format (named exactly by the format), "Copy" where the clipboard makes sense, then the backup. */
export function ExportFormatList({ onExport, onBackup }: ExportFormatListProps) {
  return (
    <>
      <ul className="flex flex-col gap-1" aria-label="Formats">
        {LIST_FORMATS.map(({ id, label, copy }) => (
          <li key={id}>
            {/* A group per format, so that its "Copy" button is announced with the format's name. */}
            <div role="group" aria-label={label} className="flex gap-1">
              <Button
                variant="ghost"
                className="flex-1 justify-start"
                onClick={() => onExport(id, label, 'download')}
              >
                {label}
              </Button>
              {copy && (
                <Button variant="ghost" onClick={() => onExport(id, label, 'copy')}>
                  Copy
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <div className="border-t border-line pt-2">
        <Button variant="ghost" className="w-full justify-start" onClick={onBackup}>
          JSON backup
        </Button>
        <p className="px-3 text-xs text-ink-muted">
          Everything you created, to restore here or on another device.
        </p>
      </div>
    </>
  );
}
