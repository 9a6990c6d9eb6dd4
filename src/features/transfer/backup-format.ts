import { z } from 'zod/mini';
import { libraryDataSchema } from '@/features/library/schema';

export const BACKUP_FORMAT = 'papershelf-backup';
/** Raise when the backup's shape changes, and teach the importer to read the older versions. */
export const BACKUP_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  library: libraryDataSchema,
});

export type Backup = z.infer<typeof backupSchema>;
