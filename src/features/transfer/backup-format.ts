import { z } from 'zod/mini';
import { libraryDataSchema } from '@/features/library/schema';

export const BACKUP_FORMAT = 'papershelf-backup';
/** Raise when the backup's shape changes, and teach the importer to read the older versions. */
export const BACKUP_VERSION = 3;
/**
 * Versions the importer reads: 1 had no ratings (its library reads as having none); 1 and 2 had no
 * paper snapshots (they are made from the backup's imported papers).
 */
export const READABLE_BACKUP_VERSIONS = [1, 2, 3] as const;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(READABLE_BACKUP_VERSIONS),
  exportedAt: z.string(),
  library: libraryDataSchema,
});

export type Backup = z.infer<typeof backupSchema>;
