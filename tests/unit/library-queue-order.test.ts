import { describe, expect, it } from 'vitest';
import { queueIds } from '@/features/library/state/counts';
import { emptyEntry, withStatus } from '@/features/library/state/entry';
import { docsInQueueOrder } from '@/features/library/state/order';
import type { LibraryEntry } from '@/features/library/schema';

const day = (n: number) => Date.UTC(2025, 11, n, 9);
const queued = (order: number, addedDay: number): LibraryEntry => ({
  ...withStatus(emptyEntry(day(addedDay)), 'to-read', day(addedDay)),
  order,
});

// Two tabs bookmarking at once can give papers the same `order`: then the one added first comes first.
const entries: Record<string, LibraryEntry> = {
  late: queued(1, 5),
  early: queued(1, 2),
  first: queued(0, 9),
  b: queued(2, 3),
  a: queued(2, 3),
};

describe('the reading list order', () => {
  it('is the same on screen as in the export, whatever order the engine answered in', () => {
    const engineOrder = ['b', 'late', 'a', 'first', 'early'];
    const docs = Int32Array.from(engineOrder, (_, doc) => doc);
    const shown = Array.from(
      docsInQueueOrder(docs, (doc) => engineOrder[doc], entries),
      (doc) => engineOrder[doc],
    );
    expect(queueIds(entries)).toEqual(['first', 'early', 'late', 'a', 'b']);
    expect(shown).toEqual(queueIds(entries));
  });

  it('puts papers without an entry last, in the order given', () => {
    const ids = ['zz', 'b', 'yy', 'first'];
    const docs = Int32Array.from(ids, (_, doc) => doc);
    const shown = Array.from(
      docsInQueueOrder(docs, (doc) => ids[doc], entries),
      (doc) => ids[doc],
    );
    expect(shown).toEqual(['first', 'b', 'zz', 'yy']);
  });
});
