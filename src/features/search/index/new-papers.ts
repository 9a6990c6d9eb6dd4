import type { DocStore } from './doc-store';

/**
 * Which papers arrived since the reader's previous visit, as a flag per document. The app decides what is new
 * (it knows when each paper was first stored and when the reader last came); the engine only filters and
 * counts. Kept by id, so the flags survive a paper being re-added under a new document number.
 */
export class NewPapers {
  private ids = new Set<string>();
  /** Per document: 1 when the paper is new. */
  flags = new Uint8Array(0);

  constructor(private readonly store: DocStore) {}

  set(ids: readonly string[]): void {
    this.ids = new Set(ids);
    this.sync();
  }

  /** Re-links the ids to documents after papers were added. */
  sync(): void {
    this.flags = new Uint8Array(this.store.count);
    for (const id of this.ids) {
      const doc = this.store.docById.get(id);
      if (doc !== undefined) this.flags[doc] = 1;
    }
  }
}
