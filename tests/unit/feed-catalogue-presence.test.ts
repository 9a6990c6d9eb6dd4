import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  catalogueStoreMayExist,
  forgetCatalogueStorePresence,
} from '@/features/feed/catalogue-presence';
import { CATALOGUE_DB_NAME } from '@/features/feed/catalogue-schema';
import { openCatalogue, putPapers } from '@/features/feed/catalogue-db';
import { blankPaper } from '../fixtures/paper';

const names = async () => (await indexedDB.databases()).map((database) => database.name);

afterEach(async () => {
  forgetCatalogueStorePresence();
  vi.restoreAllMocks();
  await openCatalogue().delete();
});

describe('whether the catalogue store may hold papers', () => {
  it('is no on a first visit, and asking does not create the store', async () => {
    expect(await catalogueStoreMayExist()).toBe(false);
    expect(await names()).not.toContain(CATALOGUE_DB_NAME);
  });

  it('is yes once a paper has been stored', async () => {
    const db = openCatalogue();
    await putPapers(db, [blankPaper('2602.23229', { arxivId: '2602.23229' })], {
      now: '2026-03-06T10:00:00.000Z',
    });
    db.close();
    expect(await catalogueStoreMayExist()).toBe(true);
  });

  it('is yes when the browser cannot list its databases, so the store is read as before', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('not allowed'));
    expect(await catalogueStoreMayExist()).toBe(true);
  });

  it('is asked once per page', async () => {
    const spy = vi.spyOn(indexedDB, 'databases');
    await catalogueStoreMayExist();
    await catalogueStoreMayExist();
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
