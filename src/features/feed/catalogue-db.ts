import { Dexie, type EntityTable } from 'dexie';
import {
  CATALOGUE_DB_NAME,
  CATALOGUE_SCHEMA,
  CATALOGUE_VERSION,
} from '@/features/feed/catalogue-schema';
import {
  arxivKey,
  isSamePaper,
  mergePaper,
  sameContent,
  titleKey,
} from '@/features/feed/paper-merge';
import { toRecord, type PaperRecord, type RecordMeta } from '@/features/feed/paper-record';
import { shortHash } from '@/features/papers/paper-id';
import type { Paper } from '@/features/papers/schema';

export type DayRecord = { date: string; fetchedAt: string; ids: string[] };

/** A week (`2026-W10`) or month (`2026-03`) fetched whole, with the stored ids of its papers. */
export type PeriodRecord = { key: string; fetchedAt: string; ids: string[] };

export type CatalogueDb = Dexie & {
  papers: EntityTable<PaperRecord, 'id'>;
  days: EntityTable<DayRecord, 'date'>;
  periods: EntityTable<PeriodRecord, 'key'>;
};

/** The catalogue of every paper seen: large, rebuildable, so IndexedDB rather than localStorage. */
export function openCatalogue(name = CATALOGUE_DB_NAME): CatalogueDb {
  const db = new Dexie(name) as CatalogueDb;
  db.version(CATALOGUE_VERSION).stores(CATALOGUE_SCHEMA);
  return db;
}

const sameMeta = (a: RecordMeta, b: RecordMeta) =>
  a.importedAt === b.importedAt && (a.aliases ?? []).join('\n') === (b.aliases ?? []).join('\n');

export type PutOptions = {
  /** The papers come from the reader's import: the records are marked so backups carry them. */
  importedAt?: string;
  /** The time of this write (ISO): a paper stored for the first time keeps it as `storedAt`. */
  now?: string;
};

export type PutResult = {
  added: number;
  updated: number;
  unchanged: number;
  /** The stored id of each incoming paper, in order: an existing record keeps its own id. */
  ids: string[];
  /** The records written (added or changed), as stored. */
  records: PaperRecord[];
  /** The stored ids of the papers this write added (not there before). */
  addedIds: string[];
};

/**
 * Stores papers, one record per paper: an incoming paper is merged into the record with the same
 * arXiv id (version ignored), else the same normalised title, and that record keeps its id.
 */
export async function putPapers(
  db: CatalogueDb,
  papers: readonly Paper[],
  options: PutOptions = {},
): Promise<PutResult> {
  return db.transaction('rw', db.papers, async () => {
    const arxivKeys = [...new Set(papers.flatMap((paper) => arxivKey(paper) ?? []))];
    const titleKeys = [...new Set(papers.map(titleKey).filter(Boolean))];
    const found = [
      ...(await db.papers.where('arxivKey').anyOf(arxivKeys).toArray()),
      ...(await db.papers.where('titleKey').anyOf(titleKeys).toArray()),
      ...(await db.papers.bulkGet(papers.map((paper) => paper.id))).flatMap((r) => r ?? []),
    ];
    const before = new Map(found.map((record) => [record.id, record]));
    const working = new WorkingSet([...before.values()].map((record) => record.paper));
    const aliases = new Map<string, Set<string>>();
    const ids = papers.map((paper) => {
      const id = working.merge(paper);
      if (id !== paper.id) aliases.set(id, (aliases.get(id) ?? new Set()).add(paper.id));
      return id;
    });

    const result: PutResult = {
      added: 0,
      updated: 0,
      unchanged: 0,
      ids,
      records: [],
      addedIds: [],
    };
    const now = options.now ?? new Date().toISOString();
    for (const id of new Set(ids)) {
      const paper = working.get(id);
      const old = before.get(id);
      const meta: RecordMeta = {
        aliases: [...new Set([...(old?.aliases ?? []), ...(aliases.get(id) ?? [])])],
        importedAt: old?.importedAt ?? options.importedAt,
        // A record from before this field stays without it: it is not new to the reader.
        storedAt: old ? old.storedAt : now,
      };
      const contentSame = old !== undefined && sameContent(old.paper, paper);
      if (old && contentSame && sameMeta(old, meta)) {
        result.unchanged += 1;
        continue;
      }
      if (!contentSame) result[old ? 'updated' : 'added'] += 1;
      if (!old) result.addedIds.push(id);
      else result.unchanged += 1;
      result.records.push(toRecord(paper, meta));
    }
    await db.papers.bulkPut(result.records);
    return result;
  });
}

/** The papers a batch touches, found by id, arXiv id and title as merges change them. */
class WorkingSet {
  private readonly byId = new Map<string, Paper>();
  private readonly byArxiv = new Map<string, string>();
  private readonly byTitle = new Map<string, string>();

  constructor(papers: Iterable<Paper>) {
    for (const paper of papers) this.set(paper);
  }

  get(id: string): Paper {
    const paper = this.byId.get(id);
    if (!paper) throw new Error(`No paper ${id} in this batch`);
    return paper;
  }

  /** Merges `paper` into the record it is, or adds it; returns the stored id. */
  merge(paper: Paper): string {
    const match = this.match(paper);
    if (match) {
      this.set(mergePaper(match, paper));
      return match.id;
    }
    // A different paper already holds this id (two titles, one slug): this one gets its own.
    const id = this.byId.has(paper.id) ? `${paper.id}-${shortHash(paper.title)}` : paper.id;
    this.set({ ...paper, id });
    return id;
  }

  private match(paper: Paper): Paper | null {
    const key = arxivKey(paper);
    const byArxiv = key ? this.byArxiv.get(key) : undefined;
    if (byArxiv) return this.get(byArxiv);
    const byTitle = this.byTitle.get(titleKey(paper));
    const candidate = byTitle ? this.get(byTitle) : this.byId.get(paper.id);
    return candidate && isSamePaper(candidate, paper) ? candidate : null;
  }

  private set(paper: Paper) {
    this.byId.set(paper.id, paper);
    const key = arxivKey(paper);
    if (key) this.byArxiv.set(key, paper.id);
    const title = titleKey(paper);
    if (title && !this.byTitle.has(title)) this.byTitle.set(title, paper.id);
  }
}

export async function getAllPapers(db: CatalogueDb): Promise<Paper[]> {
  return (await db.papers.toArray()).map((record) => record.paper);
}

export const getAllRecords = (db: CatalogueDb): Promise<PaperRecord[]> => db.papers.toArray();

/** The papers the reader imported (backups carry them; fetched papers can be fetched again). */
export const getImportedRecords = (db: CatalogueDb): Promise<PaperRecord[]> =>
  db.papers.where('importedAt').above('').toArray();

export const countPapers = (db: CatalogueDb) => db.papers.count();

/**
 * The papers of the newest stored daily listings, from `days` days before the newest one, and every imported
 * paper: read through their indexes, a few hundred records however large the store. A paper is on a daily
 * listing on or after its publication day, so these hold the newest papers the store has.
 */
export async function getNewestRecords(db: CatalogueDb, days: number): Promise<PaperRecord[]> {
  return db.transaction('r', db.papers, async () => {
    const newest = await db.papers.orderBy('dailyDate').last();
    const recent = newest?.dailyDate
      ? db.papers.where('dailyDate').aboveOrEqual(daysBefore(newest.dailyDate, days)).toArray()
      : Promise.resolve([]);
    const [fed, imported] = await Promise.all([recent, getImportedRecords(db)]);
    const seen = new Set(fed.map((record) => record.id));
    return [...fed, ...imported.filter((record) => !seen.has(record.id))];
  });
}

/** The day `days` before an ISO day (YYYY-MM-DD). */
const daysBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** Records a fetched day with the stored ids of its papers. */
export async function putDay(db: CatalogueDb, day: DayRecord): Promise<void> {
  await db.days.put(day);
}

/** A stored day and its papers, or null when the day was never fetched. */
export async function getDay(
  db: CatalogueDb,
  date: string,
): Promise<{ day: DayRecord; papers: Paper[] } | null> {
  return db.transaction('r', db.days, db.papers, async () => {
    const day = await db.days.get(date);
    if (!day) return null;
    const records = await db.papers.bulkGet(day.ids);
    return { day, papers: records.flatMap((record) => (record ? [record.paper] : [])) };
  });
}

/** The newest day fetched, or null on a fresh catalogue. */
export async function newestStoredDay(db: CatalogueDb): Promise<string | null> {
  const last = await db.days.orderBy('date').last();
  return last?.date ?? null;
}

/** Stores a fetched day's papers and the day itself in one transaction: both or neither. */
export async function storeDay(
  db: CatalogueDb,
  date: string,
  papers: readonly Paper[],
  fetchedAt: string,
): Promise<PutResult> {
  return db.transaction('rw', db.papers, db.days, async () => {
    const result = await putPapers(db, papers, { now: fetchedAt });
    await putDay(db, { date, fetchedAt, ids: [...new Set(result.ids)] });
    return result;
  });
}

/** Stores a fetched week or month and its papers in one transaction: both or neither. */
export async function storePeriod(
  db: CatalogueDb,
  key: string,
  papers: readonly Paper[],
  fetchedAt: string,
): Promise<PutResult> {
  return db.transaction('rw', db.papers, db.periods, async () => {
    const result = await putPapers(db, papers, { now: fetchedAt });
    await db.periods.put({ key, fetchedAt, ids: [...new Set(result.ids)] });
    return result;
  });
}
