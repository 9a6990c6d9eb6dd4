import { STATUSES, type ReadingStatus } from '@/features/library/schema';
import type { DocStore, NamedValue } from './doc-store';
import { IMPACT_SCALE, TITLE_WEIGHT } from '@/features/search/ranking/weights';
import type { UserDataUpdate } from '@/features/search/types';
import { fold, slugKey, tokenize } from '@/features/search/text/tokenize';
import type { Rating } from '@/features/recommend/types';

/** Weights of user text on the index's impact scale: a tag counts like a title word, a note like the abstract. */
const TAG_IMPACT = TITLE_WEIGHT * IMPACT_SCALE;
const NOTE_IMPACT = 1.5 * IMPACT_SCALE;

export interface OverlayEntry {
  status: ReadingStatus | null;
  /** Tag numbers (see `UserOverlay.tags`). */
  tags: number[];
  /** Folded term -> impact. */
  terms: Map<string, number>;
  /** Folded tags and note, for phrase checks. */
  text: string;
  /** Whether the note has any text: writing about a paper is a sign of interest. */
  noted: boolean;
  rating: Rating | null;
}

export const NO_STATUS = -1;
export const statusCode = (status: ReadingStatus): number => STATUSES.indexOf(status);

/**
 * What the user wrote about papers (status, tags, notes), kept beside the catalogue index so an
 * edit costs a few map updates instead of a rebuild. Entries are keyed by paper id, so they
 * survive the paper being re-added and wait for papers that are not loaded yet.
 */
export class UserOverlay {
  version = 0;
  private readonly byId = new Map<string, OverlayEntry>();
  readonly tags: NamedValue[] = [];
  private readonly tagByKey = new Map<string, number>();
  /** Live document -> its entry. */
  readonly docs = new Map<number, OverlayEntry>();
  /** Per document: `statusCode`, or `NO_STATUS`. */
  statusOf = new Int8Array(0);
  /** Per document: 1 when its entry has tags, so counting reads the entry map only for those. */
  tagged = new Uint8Array(0);
  /** Per document: 1 when marked "Not interested". */
  dismissedOf = new Uint8Array(0);

  constructor(private readonly store: DocStore) {}

  tagNumber(key: string): number | undefined {
    return this.tagByKey.get(key);
  }

  set(updates: readonly UserDataUpdate[]): void {
    this.fitStatusArray();
    for (const update of updates) {
      const doc = this.store.docById.get(update.id);
      const empty =
        update.status === null &&
        update.tags.length === 0 &&
        update.note.trim() === '' &&
        !update.rating;
      if (empty) this.byId.delete(update.id);
      else this.byId.set(update.id, this.entryOf(update));
      if (doc !== undefined) this.attach(doc, this.byId.get(update.id));
    }
    this.version++;
  }

  /** Re-links entries to documents after papers were added (or re-added under a new number). */
  sync(): void {
    this.fitStatusArray();
    this.docs.clear();
    this.statusOf.fill(NO_STATUS);
    this.tagged.fill(0);
    this.dismissedOf.fill(0);
    for (const [id, entry] of this.byId) {
      const doc = this.store.docById.get(id);
      if (doc !== undefined) this.attach(doc, entry);
    }
    this.version++;
  }

  private attach(doc: number, entry: OverlayEntry | undefined): void {
    if (entry) this.docs.set(doc, entry);
    else this.docs.delete(doc);
    this.statusOf[doc] = entry?.status ? statusCode(entry.status) : NO_STATUS;
    this.tagged[doc] = entry && entry.tags.length > 0 ? 1 : 0;
    this.dismissedOf[doc] = entry?.rating === 'less' ? 1 : 0;
  }

  private fitStatusArray(): void {
    if (this.statusOf.length >= this.store.count) return;
    const size = Math.max(this.store.count, this.statusOf.length * 2);
    const next = new Int8Array(size).fill(NO_STATUS);
    next.set(this.statusOf);
    this.statusOf = next;
    const tagged = new Uint8Array(size);
    tagged.set(this.tagged);
    this.tagged = tagged;
    const dismissed = new Uint8Array(next.length);
    dismissed.set(this.dismissedOf);
    this.dismissedOf = dismissed;
  }

  private entryOf(update: UserDataUpdate): OverlayEntry {
    const terms = new Map<string, number>();
    const tags: number[] = [];
    for (const tag of update.tags) {
      const key = slugKey(tag);
      if (!key) continue;
      let number = this.tagByKey.get(key);
      if (number === undefined) {
        number = this.tags.length;
        this.tags.push({ key, label: tag.trim() });
        this.tagByKey.set(key, number);
      }
      if (!tags.includes(number)) tags.push(number);
      for (const term of tokenize(tag)) terms.set(term, TAG_IMPACT);
    }
    for (const term of tokenize(update.note)) if (!terms.has(term)) terms.set(term, NOTE_IMPACT);
    return {
      status: update.status,
      tags,
      terms,
      text: fold(`${update.tags.join(' \n ')} \n ${update.note}`),
      noted: update.note.trim() !== '',
      rating: update.rating ?? null,
    };
  }
}
