import type { LibraryData } from '@/features/library/schema';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '@/features/transfer/backup-format';
import {
  exportFilename,
  type ExportFile,
  type ExportOptions,
} from '@/features/transfer/export/export-types';

/**
 * Everything the user created (entries with status, order, tags, notes and timestamps; imported papers),
 * versioned so that a later Papershelf can read it. Restoring it gives back the same LibraryData.
 */
export function exportBackup(
  library: LibraryData,
  options: Pick<ExportOptions, 'now'> = {},
): ExportFile & { exportedAt: string } {
  const now = options.now ?? new Date();
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    library,
  };
  return {
    filename: exportFilename('json', { now }, 'papershelf-backup'),
    mimeType: 'application/json',
    content: `${JSON.stringify(backup, null, 2)}\n`,
    exportedAt: backup.exportedAt,
  };
}
