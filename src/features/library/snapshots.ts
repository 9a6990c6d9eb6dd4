import type { ImportedPaper, LibraryEntry, PaperSnapshot } from '@/features/library/schema';
import { isDeletionMarker } from '@/features/library/state/entry';
import { paperSchema, type Paper } from '@/features/papers/schema';
import { keyedRecord, ownValue } from '@/lib/keyed-record';

/** The fields exports need, known ones only. */
export function snapshotOf(paper: Paper, updatedAt: string): PaperSnapshot {
  return {
    title: paper.title,
    ...(paper.authors.length > 0 && { authors: paper.authors }),
    ...(paper.publishedAt && { publishedAt: paper.publishedAt }),
    ...(paper.arxivId && { arxivId: paper.arxivId }),
    ...(paper.codeUrl && { codeUrl: paper.codeUrl }),
    ...(paper.projectUrl && { projectUrl: paper.projectUrl }),
    updatedAt,
  };
}

/** Equal but for when they were taken. */
export function sameSnapshot(a: PaperSnapshot, b: PaperSnapshot): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

/** Kept: in the reading list, tagged or noted. */
export const isKept = (entry: LibraryEntry) => !isDeletionMarker(entry);

/** A paper rebuilt from its snapshot, for lists and exports when the catalogue lost it; null for an id no paper can have. */
export function snapshotPaper(id: string, snapshot: PaperSnapshot): Paper | null {
  const authors = snapshot.authors ?? [];
  const paper = paperSchema.safeParse({
    id,
    title: snapshot.title,
    abstract: '',
    authorCount: authors.length > 0 ? authors.length : null,
    authors,
    organization: null,
    publishedAt: snapshot.publishedAt ?? null,
    comments: null,
    upvotes: null,
    arxivId: snapshot.arxivId ?? null,
    codeUrl: snapshot.codeUrl ?? null,
    projectUrl: snapshot.projectUrl ?? null,
    links: [],
    topics: [],
  });
  return paper.success ? paper.data : null;
}

/**
 * The snapshots to write so that every kept paper has a current one. `paperFor` gives the paper as
 * the catalogue shows it, `null` when the bundled seed alone holds it (it ships with the app, so
 * needs none), `undefined` when the catalogue does not know it (its snapshot, if any, is kept).
 */
export function snapshotChanges(
  entries: Readonly<Record<string, LibraryEntry>>,
  snapshots: Readonly<Record<string, PaperSnapshot>>,
  paperFor: (id: string) => Paper | null | undefined,
  updatedAt: string,
  ids: Iterable<string> = Object.keys(entries),
): Map<string, PaperSnapshot> {
  const changes = new Map<string, PaperSnapshot>();
  for (const id of ids) {
    const entry = ownValue(entries, id);
    if (!entry || !isKept(entry)) continue;
    const paper = paperFor(id);
    if (!paper) continue;
    const next = snapshotOf(paper, updatedAt);
    const before = ownValue(snapshots, id);
    if (!before || !sameSnapshot(before, next)) changes.set(id, next);
  }
  return changes;
}

/** Version 1 to 2: a snapshot of each kept paper the library itself held (imported papers). */
export function snapshotsOfImported(
  entries: Readonly<Record<string, LibraryEntry>>,
  importedPapers: Readonly<Record<string, ImportedPaper>>,
): Record<string, PaperSnapshot> {
  const snapshots = keyedRecord<PaperSnapshot>();
  for (const [id, record] of Object.entries(importedPapers)) {
    const entry = ownValue(entries, id);
    if (entry && isKept(entry)) snapshots[id] = snapshotOf(record.paper, record.updatedAt);
  }
  return snapshots;
}
