import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type {
  ImportedPaper,
  LibraryEntry,
  PaperSnapshot,
  ReadingStatus,
} from '@/features/library/schema';
import { createLibraryActions } from '@/features/library/state/actions';
import { sortedTags, type StatusCounts, type TagCount } from '@/features/library/state/counts';
import {
  saveStateOf,
  type SaveState,
  type StorageHealth,
} from '@/features/library/persistence/health';
import {
  createLibrary,
  type EntryChangeListener,
  type Library,
  type LibraryOptions,
} from '@/features/library/state/store';
import type { LibraryState } from '@/features/library/state/state';
import { ownValue } from '@/lib/keyed-record';

let current: Library | null = null;

/** The app's library, created (and read from storage) on first use. */
export function getLibrary(): Library {
  current ??= createLibrary();
  return current;
}

/** Drops the current library (timers, listeners) and starts another: tests use it for a clean slate. */
export function resetLibraryInstance(options?: LibraryOptions): Library {
  current?.dispose();
  current = createLibrary(options);
  return current;
}

/** Every change the user can make to the library. */
export const libraryActions = createLibraryActions(() => getLibrary().core);

/**
 * Calls `listener` with the ids of entries that changed (an edit here, a merge from another tab, a
 * restore). Notes arrive when their debounced save runs, not per keystroke. Entries are replaced
 * immutably per paper, so diffing `useEntries()` by reference finds the same ids.
 */
export function subscribeToEntryChanges(listener: EntryChangeListener): () => void {
  return getLibrary().subscribeToEntryChanges(listener);
}

/** Every entry by paper id as it is now, for code outside React (the search engine's feed). */
export function readEntries(): Readonly<Record<string, LibraryEntry>> {
  return getLibrary().core.store.getState().entries;
}

function useLibrary<T>(selector: (state: LibraryState) => T): T {
  return useStore(getLibrary().core.store, selector);
}

export function useNote(paperId: string): string {
  return useLibrary(
    (s) => ownValue(s.noteDrafts, paperId) ?? ownValue(s.entries, paperId)?.note ?? '',
  );
}

export function useStatus(paperId: string): ReadingStatus | null {
  return useLibrary((s) => ownValue(s.entries, paperId)?.status ?? null);
}

const NO_TAGS: readonly string[] = [];

export function useTags(paperId: string): readonly string[] {
  return useLibrary((s) => ownValue(s.entries, paperId)?.tags ?? NO_TAGS);
}

/** Every entry by paper id, deletion markers included (status null, no tags, no note). */
export function useEntries(): Readonly<Record<string, LibraryEntry>> {
  return useLibrary((s) => s.entries);
}

export function useImportedPapers(): Readonly<Record<string, ImportedPaper>> {
  return useLibrary((s) => s.importedPapers);
}

export function useSnapshots(): Readonly<Record<string, PaperSnapshot>> {
  return useLibrary((s) => s.snapshots);
}

/** Tags in use with how many papers carry each, most used first. */
export function useAllTags(): TagCount[] {
  return sortedTags(useLibrary((s) => s.tagCounts));
}

export function useStatusCounts(): StatusCounts {
  return useLibrary((s) => s.statusCounts);
}

export function useBackupStatus(): { lastBackupAt: string | null; changesSinceBackup: number } {
  return useLibrary(
    useShallow((s) => ({ lastBackupAt: s.lastBackupAt, changesSinceBackup: s.changesSinceBackup })),
  );
}

export function useStorageHealth(): StorageHealth {
  return useStore(getLibrary().core.persistence.health);
}

export function useSaveState(): SaveState {
  return useStore(getLibrary().core.persistence.health, saveStateOf);
}

/** False in a tab that found data from a newer version: it shows but does not edit. */
export function useCanEdit(): boolean {
  const library = getLibrary();
  return useStore(library.core.persistence.health, () => library.core.canEdit());
}
