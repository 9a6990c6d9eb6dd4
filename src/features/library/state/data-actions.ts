import { whenEditable, type LibraryCore } from '@/features/library/state/store';
import { dataOf } from '@/features/library/state/state';
import type { LibraryData, PaperSnapshot } from '@/features/library/schema';
import type { Paper } from '@/features/papers/schema';
import {
  importPaperRecords,
  restoreLibrary,
  type RestoreMode,
} from '@/features/library/state/restore';
import { keyedRecord, withKeys } from '@/lib/keyed-record';

/** Events on the whole library: imports, restores, backups, and recovery from unreadable data. */
export function createDataActions(getCore: () => LibraryCore) {
  const editing = <R>(fallback: R, edit: (core: LibraryCore) => R): R =>
    whenEditable(getCore(), fallback, edit);

  return {
    /** Adds papers to the catalogue (or updates them); returns how many were new and how many changed. */
    importPapers(papers: readonly Paper[]) {
      return editing({ added: 0, updated: 0 }, (core) => {
        const state = core.store.getState();
        const { records, added, updated } = importPaperRecords(
          state.importedPapers,
          papers,
          core.now(),
        );
        if (added + updated > 0) {
          core.store.setState({
            importedPapers: withKeys(state.importedPapers, records),
            changesSinceBackup: state.changesSinceBackup + 1,
          });
          core.persistence.changed();
        }
        return { added, updated };
      });
    },
    /**
     * Restores a backup. 'merge' keeps the newer version of each paper; 'replace' makes the library
     * exactly the backup (entries it lacks become deletion markers). Returns false when nothing could
     * be done: a read-only tab, or unreadable saved data that could not be set aside first.
     */
    restore(data: LibraryData, mode: RestoreMode): boolean {
      return editing(false, (core) => {
        if (!core.persistence.startFresh()) return false;
        core.commitDrafts();
        const current = dataOf(core.store.getState());
        const { data: next, changedIds } = restoreLibrary(current, data, mode, core.now());
        core.replaceData(next, changedIds);
        core.persistence.changed();
        core.persistence.flush();
        return true;
      });
    },
    /** Papers went into the catalogue store (an import): a change a backup would carry. */
    noteCatalogueChange() {
      editing(undefined, (core) => {
        const state = core.store.getState();
        core.store.setState({ changesSinceBackup: state.changesSinceBackup + 1 });
        core.persistence.changed();
      });
    },
    /**
     * Imported papers now safely in the catalogue store leave localStorage. Only the versions that
     * were moved go: one changed since (another tab re-imported it) stays for the next move.
     */
    forgetImportedPapers(moved: ReadonlyMap<string, string>) {
      editing(undefined, (core) => {
        const { importedPapers } = core.store.getState();
        const kept = Object.entries(importedPapers).filter(
          ([id, record]) => moved.get(id) !== record.updatedAt,
        );
        if (kept.length === Object.keys(importedPapers).length) return;
        core.store.setState({ importedPapers: keyedRecord(kept) });
        core.persistence.changed();
      });
    },
    /** Current snapshots of kept papers; not a change the reader made, so no backup nudge. */
    keepSnapshots(snapshots: ReadonlyMap<string, PaperSnapshot>) {
      editing(undefined, (core) => {
        if (snapshots.size === 0) return;
        const state = core.store.getState();
        core.store.setState({ snapshots: withKeys(state.snapshots, snapshots) });
        core.persistence.changed();
      });
    },
    canEdit(): boolean {
      return getCore().canEdit();
    },
    markBackedUp() {
      editing(undefined, (core) => {
        core.store.setState({
          lastBackupAt: new Date(core.now()).toISOString(),
          changesSinceBackup: 0,
        });
        core.persistence.changed();
      });
    },
    /** After unreadable data: keep it aside (or drop it, once downloaded) and save from now on. */
    startFresh(options?: { discardUnreadable?: boolean }): boolean {
      return getCore().persistence.startFresh(options);
    },
    /** The library as it is now, note drafts included: what a backup exports. */
    getData(): LibraryData {
      const core = getCore();
      core.commitDrafts();
      return dataOf(core.store.getState());
    },
    /** Saves pending changes now (e.g. before a programmatic navigation away). */
    flush() {
      getCore().persistence.flush();
    },
  };
}
