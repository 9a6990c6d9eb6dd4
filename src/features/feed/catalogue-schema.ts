/**
 * The catalogue store's IndexedDB name and schema, in Dexie's notation (primary key first, then the indexes).
 * Apart from Dexie, so the first bundle can ask after the store and tests can create it as the app does.
 */
export const CATALOGUE_DB_NAME = 'papershelf-catalogue';

/** Dexie's schema version; IndexedDB sees it multiplied by ten. */
export const CATALOGUE_VERSION = 1;

export const CATALOGUE_SCHEMA = {
  papers: 'id, arxivKey, titleKey, dailyDate, importedAt',
  days: 'date',
  periods: 'key',
} as const;
