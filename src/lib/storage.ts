/** The part of the Web Storage API the app relies on, so tests and fallbacks can supply their own. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Why a storage call failed, in the terms the interface explains to the user. */
export type StorageFailureKind = 'quota' | 'unavailable' | 'unknown';

export type StorageFailure = { kind: StorageFailureKind; message: string };

export type StorageResult<T> = { ok: true; value: T } | { ok: false; failure: StorageFailure };

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Browsers disagree on names and codes for the same failure; map them to three kinds. */
export function classifyStorageError(error: unknown): StorageFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message =
    error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (
    QUOTA_NAMES.has(name) ||
    (error instanceof DOMException && (error.code === 22 || error.code === 1014))
  ) {
    return { kind: 'quota', message };
  }
  // SecurityError: storage disabled by the user or a privacy mode; the getter itself may throw it.
  if (name === 'SecurityError' || name === 'InvalidAccessError')
    return { kind: 'unavailable', message };
  return { kind: 'unknown', message };
}

/** Reads a key without letting a storage error escape; `getStorage` is called inside the guard. */
export function readStorageKey(
  getStorage: () => StorageLike,
  key: string,
): StorageResult<string | null> {
  try {
    return { ok: true, value: getStorage().getItem(key) };
  } catch (error) {
    return { ok: false, failure: classifyStorageError(error) };
  }
}

/** Writes a key without letting a storage error escape. */
export function writeStorageKey(
  getStorage: () => StorageLike,
  key: string,
  value: string,
): StorageResult<null> {
  try {
    getStorage().setItem(key, value);
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, failure: classifyStorageError(error) };
  }
}

/** The page's localStorage; merely touching `window.localStorage` throws when storage is disabled. */
export function browserLocalStorage(): StorageLike {
  return window.localStorage;
}
