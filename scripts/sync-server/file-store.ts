import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';

/** Keeps each document as one file in `folder`, written atomically: a crash leaves the old or the new file, never half of one. */
export function createFileStore(folder: string) {
  const pathOf = (name: string) => join(folder, `${encodeURIComponent(name)}.ydoc`);

  async function load(name: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(pathOf(name)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /**
   * Writes `state` merged with what the file holds: another process behind the same Redis may have
   * stored a state this one has not seen yet, and an update is never dropped.
   */
  async function store(name: string, state: Uint8Array): Promise<void> {
    const previous = await load(name);
    const merged = previous ? Y.mergeUpdates([previous, state]) : state;
    const path = pathOf(name);
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(merged);
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    const directory = await open(folder, 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  }

  return { prepare: () => mkdir(folder, { recursive: true }), load, store };
}
