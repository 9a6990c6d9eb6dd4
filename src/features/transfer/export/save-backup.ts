import type { LibraryData } from '@/features/library/schema';
import type { ExportFile } from '@/features/transfer/export/export-types';
import { downloadFile } from '@/lib/download';

/**
 * Offers the library as a JSON backup download and returns the file, so the caller can record the backup and
 * say where it went. The one way a backup is saved: from the Export menu and from the storage banner. The
 * exporter loads on first use, keeping it (and every other format) out of the first load.
 */
export async function saveBackup(
  library: LibraryData,
): Promise<ExportFile & { exportedAt: string }> {
  const { exportBackup } = await import('@/features/transfer/export/backup-export');
  const file = exportBackup(library);
  downloadFile(file.filename, file.content, file.mimeType);
  return file;
}
