/** What the browser and `npm run sync-server` agree on. */

/** The name of the one library document a server process holds. */
export const LIBRARY_DOCUMENT = 'papershelf-library';

/** Why a server refused a connection, as its `permission-denied` reason. */
export const REFUSALS = {
  token: 'token-rejected',
  document: 'unknown-library',
} as const;
