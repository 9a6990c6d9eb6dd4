import type { LibraryData } from '@/features/library/schema';
import { stampAfter } from '@/features/library/state/entry';
import type { RestoreMode } from '@/features/library/state/restore';
import type { Paper } from '@/features/papers/schema';
import type { ImportPlan } from '@/features/transfer/import/plan-import';
import { ownValue, withKeys } from '@/lib/keyed-record';

export type ImportResult = {
  /** For `libraryActions.importPapers`: new papers, and existing ones (same id) with new details. */
  importedPapers: Paper[];
  /** For `libraryActions.restore(library, mode)`, after a backup. */
  library?: LibraryData;
  mode?: RestoreMode;
};

/**
 * What confirming a plan hands to the library. Pure. After a merge, `library` already holds the merged
 * entries, stamped later than both copies so that the library's newest-wins merge keeps them; a replace
 * passes the backup through unchanged.
 */
export function applyImport(
  plan: ImportPlan,
  mode: RestoreMode = 'merge',
  nowMs = Date.now(),
): ImportResult {
  if (plan.kind === 'papers') {
    return { importedPapers: [...plan.added, ...plan.merged.map(({ paper }) => paper)] };
  }
  if (mode === 'replace') return { importedPapers: [], library: plan.backup, mode };
  const entries = withKeys(plan.current.entries, []);
  for (const [id, entry] of Object.entries(plan.merge.changed)) {
    const existing = ownValue(plan.current.entries, id);
    entries[id] = existing
      ? {
          ...entry,
          updatedAt: stampAfter(
            entry.updatedAt > existing.updatedAt ? entry.updatedAt : existing.updatedAt,
            nowMs,
          ),
        }
      : entry;
  }
  return {
    importedPapers: [],
    library: { ...plan.backup, entries },
    mode,
  };
}
