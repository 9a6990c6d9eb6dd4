import {
  BACKUP_VERSION,
  backupSchema,
  READABLE_BACKUP_VERSIONS,
} from '@/features/transfer/backup-format';
import { snapshotsOfImported } from '@/features/library/snapshots';
import { schemaIssues } from '@/lib/schema-errors';
import { failure, type ParseResult } from '@/features/transfer/import/import-types';

/** A Papershelf backup, checked in full (version first) before anything can be restored from it. */
export function importBackup(value: Record<string, unknown>): ParseResult {
  const { version } = value;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return failure('backup', {
      path: 'version',
      message: `this backup comes from a newer Papershelf (backup version ${version}; this one reads version ${BACKUP_VERSION}). Reload the page to update Papershelf, then import it again.`,
    });
  }
  if (!READABLE_BACKUP_VERSIONS.some((readable) => readable === version)) {
    return failure('backup', {
      path: 'version',
      message: `expected ${READABLE_BACKUP_VERSIONS.join(' or ')}, found ${JSON.stringify(version) ?? 'nothing'}`,
    });
  }
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) return failure('backup', ...schemaIssues(parsed.error, value, '', 20));
  const { exportedAt } = parsed.data;
  // Before version 3 a backup had no snapshots: they are made from its imported papers.
  const library =
    parsed.data.version < 3
      ? {
          ...parsed.data.library,
          snapshots: snapshotsOfImported(
            parsed.data.library.entries,
            parsed.data.library.importedPapers,
          ),
        }
      : parsed.data.library;
  const misfiled = Object.entries(library.importedPapers).find(
    ([id, record]) => record.paper.id !== id,
  );
  if (misfiled) {
    return failure('backup', {
      path: `library.importedPapers[${JSON.stringify(misfiled[0])}].paper.id`,
      message: `expected ${JSON.stringify(misfiled[0])}, found ${JSON.stringify(misfiled[1].paper.id)}`,
    });
  }
  return { ok: true, value: { kind: 'backup', format: 'backup', exportedAt, library } };
}
