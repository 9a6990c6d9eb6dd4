import {
  countPapers,
  getAllRecords,
  getNewestRecords,
  openCatalogue,
  putPapers,
  storeDay,
  storePeriod,
  type CatalogueDb,
  type PutResult,
} from '@/features/feed/catalogue-db';
import { daysOf, periodKey } from '@/features/feed/daily-period';
import { fetchPeriod, type ClientOptions } from '@/features/feed/hf-client';
import type { DailyPeriod } from '@/features/feed/hf-endpoints';
import type { StoreState } from '@/features/feed/catalogue';
import { toRecord, type PaperRecord } from '@/features/feed/paper-record';
import type { Paper } from '@/features/papers/schema';

let db: CatalogueDb | null = null;

/** The app's one connection to the catalogue store. */
export function catalogueDb(): CatalogueDb {
  db ??= openCatalogue();
  return db;
}

// An open that another tab blocks (or a browser that never answers) must not hold the list back.
const OPEN_TIMEOUT_MS = 5000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The connection, once open (or the reason it is not). */
async function openedDb(): Promise<CatalogueDb> {
  const database = catalogueDb();
  await withTimeout(database.open(), OPEN_TIMEOUT_MS, 'The catalogue store did not open in time');
  return database;
}

const reasonOf = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** Every stored paper by stored id, and whether the store could be read (with the reason when not). */
export type StoredPapers = { records: Map<string, PaperRecord>; store: StoreState };

/** Every stored paper by stored id, or an empty store and the reason it could not be read. */
export async function readStoredPapers(): Promise<StoredPapers> {
  try {
    const database = await openedDb();
    // The browser serves one read at a time: the first page's few records must not queue behind all of them.
    await firstPageRead;
    firstPageRead = null;
    const records = await getAllRecords(database);
    return {
      records: new Map(records.map((record) => [record.id, record])),
      store: { available: true },
    };
  } catch (error) {
    return { records: new Map(), store: { available: false, reason: reasonOf(error) } };
  }
}

/** Below this many stored papers the whole store reads fast enough: no first page is read ahead of it. */
const FIRST_PAGE_FROM = 5000;
/** The daily listings a first page reads, back from the newest: enough for a screen even on quiet days. */
const FIRST_PAGE_DAYS = 7;

/**
 * The newest stored papers (the last week of listings, and imports), for the first screen while the whole
 * store is read, with how many papers the store holds; null when the store is small (or cannot be read):
 * it then arrives whole about as soon.
 */
export function readFirstPage(): Promise<FirstPageRecords | null> {
  firstPageRead = readNewest();
  return firstPageRead;
}

type FirstPageRecords = { records: Map<string, PaperRecord>; total: number };

/** The first page being read, if one is: the whole read waits for it. It never rejects. */
let firstPageRead: Promise<FirstPageRecords | null> | null = null;

async function readNewest(): Promise<FirstPageRecords | null> {
  try {
    const database = await openedDb();
    const total = await countPapers(database);
    if (total < FIRST_PAGE_FROM) return null;
    const records = await getNewestRecords(database, FIRST_PAGE_DAYS);
    return { records: new Map(records.map((record) => [record.id, record])), total };
  } catch {
    // The whole read says why, when it fails too.
    return null;
  }
}

/** Keeps imported papers in the store, marked as imported; resolves once the write is committed. */
export async function storeImportedPapers(papers: readonly Paper[], importedAt: string) {
  return putPapers(catalogueDb(), papers, { importedAt, now: importedAt });
}

/** A period as stored: the stored ids of its papers and when it was fetched. */
export type StoredPeriod = { ids: string[]; fetchedAt: string };

/**
 * A stored day, week or month, or null when it must be fetched. A week or month fetched whole is
 * read as such; else it is put together from its days when every day up to `today` is stored.
 */
export async function readPeriod(period: DailyPeriod, today: string): Promise<StoredPeriod | null> {
  const database = catalogueDb();
  if (period.kind !== 'day') {
    const whole = await database.periods.get(periodKey(period));
    if (whole) return { ids: whole.ids, fetchedAt: whole.fetchedAt };
  }
  const wanted = daysOf(period).filter((day) => day <= today);
  if (wanted.length === 0) return null;
  const days = await database.days.bulkGet(wanted);
  if (days.some((day) => day === undefined)) return null;
  const stored = days.flatMap((day) => (day ? [day] : []));
  return {
    ids: [...new Set(stored.flatMap((day) => day.ids))],
    fetchedAt: stored.map((day) => day.fetchedAt).sort()[0] ?? '',
  };
}

export type FetchedPeriod = StoredPeriod & {
  /** The records written, or, when the store could not take them, the papers as records kept in memory only. */
  records: PaperRecord[];
  result: PutResult | null;
};

/**
 * Fetches a day, week or month from the API and stores it with its papers. A failed fetch stores
 * nothing; when the store itself fails (no IndexedDB, quota), the papers still come back to be shown.
 */
export async function fetchAndStorePeriod(
  period: DailyPeriod,
  options: ClientOptions = {},
): Promise<FetchedPeriod> {
  const papers = await fetchPeriod(period, options);
  const fetchedAt = new Date((options.now ?? Date.now)()).toISOString();
  const database = catalogueDb();
  let result: PutResult;
  try {
    result =
      period.kind === 'day'
        ? await storeDay(database, period.date, papers, fetchedAt)
        : await storePeriod(database, periodKey(period), papers, fetchedAt);
  } catch {
    const records = papers.map((paper) => toRecord(paper));
    return { ids: papers.map((paper) => paper.id), fetchedAt, records, result: null };
  }
  return { ids: [...new Set(result.ids)], fetchedAt, records: result.records, result };
}

/** Where a period's trending order is kept, beside the period itself: the order changes, the papers stay. */
const trendingKey = (period: DailyPeriod) => `trending:${period.kind}:${periodKey(period)}`;

/** The trending order last fetched for a period, or null. */
export async function readTrending(period: DailyPeriod): Promise<StoredPeriod | null> {
  const stored = await catalogueDb().periods.get(trendingKey(period));
  return stored ? { ids: stored.ids, fetchedAt: stored.fetchedAt } : null;
}

/**
 * Fetches a period in Hugging Face's trending order (`sort=trending`) and stores its papers (their
 * upvotes change with the ranking) and the order, so the list still opens offline as last seen.
 */
export async function fetchAndStoreTrending(
  period: DailyPeriod,
  options: ClientOptions = {},
): Promise<FetchedPeriod> {
  const papers = await fetchPeriod(period, { ...options, sort: 'trending' });
  const fetchedAt = new Date((options.now ?? Date.now)()).toISOString();
  try {
    const result = await storePeriod(catalogueDb(), trendingKey(period), papers, fetchedAt);
    return { ids: [...new Set(result.ids)], fetchedAt, records: result.records, result };
  } catch {
    const records = papers.map((paper) => toRecord(paper));
    return { ids: papers.map((paper) => paper.id), fetchedAt, records, result: null };
  }
}

/** Fetches one day and stores it: what "Fetch new papers" runs for each day. */
export async function fetchAndStoreDay(day: string, options: ClientOptions = {}) {
  return fetchAndStorePeriod({ kind: 'day', date: day }, options);
}
