/**
 * Records whose keys come from data (paper ids, tags). A plain `{}` answers `constructor`, `toString` or
 * `__proto__` from Object.prototype, and assigning `__proto__` replaces its prototype instead of storing
 * a value, so a paper or tag with such a name would be misread or dropped. These records have no
 * prototype, and lookups only see own properties, so every key is an ordinary key.
 */
export type KeyedRecord<T> = Record<string, T>;

/** A record with no prototype, filled from `pairs` (later pairs win). */
export function keyedRecord<T>(pairs: Iterable<readonly [string, T]> = []): KeyedRecord<T> {
  const record = Object.create(null) as KeyedRecord<T>;
  for (const [key, value] of pairs) record[key] = value;
  return record;
}

/** The value stored under `key` itself, never one inherited from a prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function hasOwnKey(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** A copy of `record` (without a prototype) with `changes` written over it. */
export function withKeys<T>(
  record: Readonly<Record<string, T>>,
  changes: Iterable<readonly [string, T]> | Readonly<Record<string, T>>,
): KeyedRecord<T> {
  const next = keyedRecord(Object.entries(record));
  const pairs = Symbol.iterator in changes ? changes : Object.entries(changes);
  for (const [key, value] of pairs) next[key] = value;
  return next;
}
