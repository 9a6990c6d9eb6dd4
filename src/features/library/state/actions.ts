import { whenEditable, type LibraryCore } from '@/features/library/state/store';
import type { LibraryEntry, ReadingStatus } from '@/features/library/schema';
import { createDataActions } from '@/features/library/state/data-actions';
import { createRatingActions } from '@/features/library/state/rating-actions';
import {
  normalizeTag,
  withOrder,
  withStatus,
  withTagAdded,
  withTagRemoved,
  withTagRenamed,
} from '@/features/library/state/entry';
import { ordersForMove } from '@/features/library/state/order';
import { ownValue, withKeys } from '@/lib/keyed-record';

/**
 * The events the interface sends to the library: edits to entries here, whole-library events in
 * data-actions.ts. `getCore` is read on every call so one actions object can serve
 * whichever library instance is current. A read-only tab ignores them all.
 */
export function createLibraryActions(getCore: () => LibraryCore) {
  const editing = <R>(fallback: R, edit: (core: LibraryCore) => R): R =>
    whenEditable(getCore(), fallback, edit);
  const entryOf = (core: LibraryCore, id: string): LibraryEntry | undefined =>
    ownValue(core.store.getState().entries, id);
  const put = (core: LibraryCore, id: string, entry: LibraryEntry) =>
    core.putEntries(new Map([[id, entry]]));

  /** Applies `edit` to every entry it changes, in one store update. */
  function everyEntry(
    core: LibraryCore,
    edit: (entry: LibraryEntry, now: number) => LibraryEntry,
  ): number {
    core.commitDrafts();
    const now = core.now();
    const changes = new Map<string, LibraryEntry>();
    for (const [id, entry] of Object.entries(core.store.getState().entries)) {
      const next = edit(entry, now);
      if (next !== entry) changes.set(id, next);
    }
    core.putEntries(changes);
    return changes.size;
  }

  return {
    /** In the list as "To read" if it was not there; out of the list if it was. */
    toggleBookmark(paperId: string) {
      editing(undefined, (core) => {
        const entry = entryOf(core, paperId);
        put(core, paperId, withStatus(entry, entry?.status ? null : 'to-read', core.now()));
      });
    },
    /** null takes the paper out of the reading list (its tags and note stay). */
    setStatus(paperId: string, status: ReadingStatus | null) {
      editing(undefined, (core) =>
        put(core, paperId, withStatus(entryOf(core, paperId), status, core.now())),
      );
    },
    /** Returns the tag as stored (normalised), or null when there was nothing to add. */
    addTag(paperId: string, rawTag: string): string | null {
      return editing(null, (core) => {
        const tag = normalizeTag(rawTag);
        const entry = entryOf(core, paperId);
        if (!tag || entry?.tags.includes(tag)) return null;
        put(core, paperId, withTagAdded(entry, tag, core.now()));
        return tag;
      });
    },
    removeTag(paperId: string, tag: string) {
      editing(undefined, (core) => {
        const entry = entryOf(core, paperId);
        if (entry) put(core, paperId, withTagRemoved(entry, tag, core.now()));
      });
    },
    /** Renames a tag on every paper; returns how many papers changed. */
    renameTag(from: string, rawTo: string): number {
      const to = normalizeTag(rawTo);
      if (!to) return 0;
      return editing(0, (core) =>
        everyEntry(core, (entry, now) => withTagRenamed(entry, from, to, now)),
      );
    },
    /** Removes a tag from every paper; returns how many papers changed. */
    deleteTag(tag: string): number {
      return editing(0, (core) =>
        everyEntry(core, (entry, now) => withTagRemoved(entry, tag, now)),
      );
    },
    /** Per keystroke: only the draft changes here; the entry is updated when the debounced save runs. */
    setNote(paperId: string, markdown: string) {
      editing(undefined, (core) => {
        const { noteDrafts, entries } = core.store.getState();
        const draft = ownValue(noteDrafts, paperId);
        if (draft === markdown) return;
        if (draft === undefined && (ownValue(entries, paperId)?.note ?? '') === markdown) return;
        core.store.setState({ noteDrafts: withKeys(noteDrafts, [[paperId, markdown]]) });
        core.persistence.changed();
      });
    },
    /** Moves a paper to `toIndex` of the queue as shown (`orderedIds`); usually only its own entry changes. */
    moveEntry(paperId: string, orderedIds: readonly string[], toIndex: number) {
      editing(undefined, (core) => {
        const { entries } = core.store.getState();
        const now = core.now();
        const changes = new Map<string, LibraryEntry>();
        for (const [id, order] of ordersForMove(entries, orderedIds, paperId, toIndex)) {
          const entry = ownValue(entries, id);
          if (entry) changes.set(id, withOrder(entry, order, now));
        }
        core.putEntries(changes);
      });
    },
    ...createDataActions(getCore),
    ...createRatingActions(getCore),
  };
}
