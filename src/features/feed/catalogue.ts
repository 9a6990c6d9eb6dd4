import { toRecord, type PaperRecord } from '@/features/feed/paper-record';
import { arxivKey, isSamePaper, mergePaper, titleKey } from '@/features/feed/paper-merge';
import type { Paper } from '@/features/papers/schema';

/** Whether the catalogue store could be read: when not, the app runs on the seed and localStorage. */
export type StoreState = { available: true } | { available: false; reason: string };

/**
 * What lists, pages and search show: the bundled seed merged with every stored paper, one entry per
 * paper. `byId` also answers the other ids a paper is known by (a stored copy's own id, its aliases),
 * so a bookmark or a day list made under one of them finds the merged paper.
 */
export type Catalogue = {
  papers: Paper[];
  byId: Map<string, Paper>;
  seed: readonly Paper[];
  /** The stored records the catalogue was built from, by stored id. */
  stored: ReadonlyMap<string, PaperRecord>;
  store: StoreState;
  /** Seed papers folded with stored copies, reused while their parts are unchanged. */
  folded: ReadonlyMap<string, { parts: readonly Paper[]; paper: Paper }>;
};

type SeedIndex = { byArxiv: Map<string, Paper>; byTitle: Map<string, Paper> };

const seedIndexes = new WeakMap<readonly Paper[], SeedIndex>();

function seedIndex(seed: readonly Paper[]): SeedIndex {
  let index = seedIndexes.get(seed);
  if (index) return index;
  index = { byArxiv: new Map(), byTitle: new Map() };
  for (const paper of seed) {
    const key = arxivKey(paper);
    if (key) index.byArxiv.set(key, paper);
    const title = titleKey(paper);
    if (title && !index.byTitle.has(title)) index.byTitle.set(title, paper);
  }
  seedIndexes.set(seed, index);
  return index;
}

function seedMatch(index: SeedIndex, record: PaperRecord): Paper | null {
  const byArxiv = record.arxivKey ? index.byArxiv.get(record.arxivKey) : undefined;
  if (byArxiv) return byArxiv;
  const byTitle = record.titleKey ? index.byTitle.get(record.titleKey) : undefined;
  return byTitle && isSamePaper(byTitle, record.paper) ? byTitle : null;
}

/**
 * Merges the seed with the stored records. Stored records are already one per paper among
 * themselves (the store merges on write); a stored copy of a seed paper is folded into it, and the
 * seed's id stays, so what the reader attached to the bundled copy stays attached.
 */
export function buildCatalogue(
  seed: readonly Paper[],
  stored: ReadonlyMap<string, PaperRecord>,
  store: StoreState,
  previous?: Catalogue,
): Catalogue {
  const byId = new Map<string, Paper>();
  const papers: Paper[] = [];
  if (stored.size === 0) {
    for (const paper of seed) byId.set(paper.id, paper);
    return { papers: [...seed], byId, seed, stored, store, folded: new Map() };
  }
  const index = seedIndex(seed);
  const parts = new Map<string, PaperRecord[]>();
  const standalone: PaperRecord[] = [];
  for (const record of stored.values()) {
    const match = seedMatch(index, record);
    if (match) parts.set(match.id, [...(parts.get(match.id) ?? []), record]);
    else standalone.push(record);
  }
  const folded = new Map<string, { parts: readonly Paper[]; paper: Paper }>();
  const aliases: [string, Paper][] = [];
  for (const paper of seed) {
    const records = parts.get(paper.id);
    if (!records) {
      papers.push(paper);
      continue;
    }
    const copies = records.map((record) => record.paper);
    const before = previous?.folded.get(paper.id);
    const merged =
      before && samePapers(before.parts, [paper, ...copies])
        ? before.paper
        : copies.reduce(mergePaper, paper);
    folded.set(paper.id, { parts: [paper, ...copies], paper: merged });
    papers.push(merged);
    for (const record of records)
      aliases.push(...idsOf(record).map((id): [string, Paper] => [id, merged]));
  }
  for (const record of standalone) {
    papers.push(record.paper);
    for (const alias of record.aliases ?? []) aliases.push([alias, record.paper]);
  }
  // Aliases first, so a paper's own id always wins over another paper's alias.
  for (const [id, paper] of aliases) byId.set(id, paper);
  for (const paper of papers) byId.set(paper.id, paper);
  return { papers, byId, seed, stored, store, folded };
}

/** Whether a stored record is a copy of a paper of the bundled seed (same arXiv id, else same title). */
export const isSeedCopy = (catalogue: Catalogue, record: PaperRecord) =>
  seedMatch(seedIndex(catalogue.seed), record) !== null;

const idsOf = (record: PaperRecord) => [record.id, ...(record.aliases ?? [])];

const samePapers = (a: readonly Paper[], b: readonly Paper[]) =>
  a.length === b.length && a.every((paper, i) => paper === b[i]);

const seedSets = new WeakMap<readonly Paper[], Set<Paper>>();

/** True for a paper exactly as the bundled seed has it: it ships with the app, nothing else holds it. */
export function isSeedPaper(catalogue: Catalogue, paper: Paper): boolean {
  let set = seedSets.get(catalogue.seed);
  if (!set) {
    set = new Set(catalogue.seed);
    seedSets.set(catalogue.seed, set);
  }
  return set.has(paper);
}

/** The catalogue with records just written (a fetched day, an import) taken in. */
export function withStoredRecords(
  catalogue: Catalogue,
  records: readonly PaperRecord[],
): Catalogue {
  if (records.length === 0) return catalogue;
  const stored = new Map(catalogue.stored);
  for (const record of records) stored.set(record.id, record);
  return buildCatalogue(catalogue.seed, stored, catalogue.store, catalogue);
}

/** The catalogue with papers the library holds until the store takes them (imports made while it was away). */
export const withWaitingPapers = (catalogue: Catalogue, papers: readonly Paper[]) =>
  withStoredRecords(
    catalogue,
    papers.map((paper) => toRecord(paper)),
  );

/**
 * Papers the library holds itself (imports waiting for the store, snapshots of kept papers) for the
 * ids the catalogue does not know: the reader's papers stay listed and exportable whatever the store lost.
 */
export function withLibraryPapers(catalogue: Catalogue, papers: readonly Paper[]): Catalogue {
  const missing = papers.filter((paper) => !catalogue.byId.has(paper.id));
  if (missing.length === 0) return catalogue;
  const byId = new Map(catalogue.byId);
  for (const paper of missing) byId.set(paper.id, paper);
  return { ...catalogue, papers: [...catalogue.papers, ...missing], byId };
}
