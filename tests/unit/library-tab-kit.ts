import { afterEach } from 'vitest';
import { createLibraryActions } from '@/features/library/state/actions';
import { readStoredLibrary } from '@/features/library/persistence/migrate';
import {
  createLibrary,
  LIBRARY_STORAGE_KEY,
  type Library,
  type LibraryOptions,
} from '@/features/library/state/store';
import type { MemoryStorage } from '@/lib/storage-memory';

const opened: Library[] = [];
afterEach(() => opened.splice(0).forEach((library) => library.dispose()));

/** A library as one browser tab has it, over a storage the test controls; disposed after each test. */
export function openTab(storage: MemoryStorage, options: LibraryOptions = {}) {
  const library = createLibrary({
    getStorage: () => storage,
    target: null,
    requestPersist: null,
    ...options,
  });
  opened.push(library);
  return {
    library,
    actions: createLibraryActions(() => library.core),
    state: () => library.core.store.getState(),
    health: () => library.core.persistence.health.getState(),
    entry: (id: string) => library.core.store.getState().entries[id],
  };
}

/** The library data as stored now; fails the test if the stored value is not readable. */
export function stored(storage: MemoryStorage) {
  const read = readStoredLibrary(storage.getItem(LIBRARY_STORAGE_KEY));
  if (read.kind !== 'ok') throw new Error(`stored value is ${read.kind}`);
  return read.data;
}
