import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  migrateStoredLibrary,
  readStoredLibrary,
  serializeLibrary,
  type StoredRead,
} from '@/features/library/persistence/migrate';
import { libraryDataSchema, STATUSES } from '@/features/library/schema';
import { datasetPapers, makeEntry, makeLibrary } from '../fixtures/import/papers';

/** Reading the stored library never throws and never hands the app a library that is not valid. */

fc.configureGlobal({ seed: 20251209, numRuns: 200 });

const papers = datasetPapers();
const real = makeLibrary(
  {
    [papers[0].id]: makeEntry({ tags: ['speech'], note: 'Read §3 😀\u200f' }),
    [papers[1].id]: makeEntry({ status: 'reading', startedAt: '2026-11-02T08:00:00.000Z' }),
    [papers[2].id]: makeEntry({ status: null, order: -0.5 }),
  },
  papers.slice(3, 5),
);
const stored = serializeLibrary(real);
const stockStored = JSON.stringify({ version: 0, state: { ...real, hydrated: true } });

function expectValid(read: StoredRead): void {
  expect(['absent', 'ok', 'unreadable', 'future']).toContain(read.kind);
  if (read.kind === 'ok') expect(libraryDataSchema.safeParse(read.data).success).toBe(true);
  if (read.kind === 'unreadable') expect(read.reason.trim()).not.toBe('');
  if (read.kind === 'future') expect(Number.isFinite(read.version)).toBe(true);
}

// Keys that are also Object.prototype members: a record parser must keep them as plain data.
const key = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '2305.07922'),
);
const isoTime = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
// Mostly well-formed, sometimes not: a library of only broken entries would never be accepted.
const date = fc.oneof(
  { weight: 20, arbitrary: isoTime },
  { weight: 1, arbitrary: fc.constantFrom('2026-11-01', '', 'not a date') },
);
const sometimesAny = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
  );
const entryLike = fc.record({
  status: sometimesAny(fc.constantFrom(...STATUSES, null)),
  tags: sometimesAny(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 })),
  note: sometimesAny(fc.string({ unit: 'grapheme', maxLength: 40 })),
  addedAt: fc.option(date),
  startedAt: fc.option(date),
  finishedAt: fc.option(date),
  order: sometimesAny(fc.double({ noNaN: true, noDefaultInfinity: true })),
  updatedAt: date,
});
const libraryLike = fc.record(
  {
    entries: fc.dictionary(key, entryLike, { maxKeys: 4 }),
    importedPapers: fc.dictionary(
      key,
      fc.record({
        paper: fc.constantFrom(...papers.slice(0, 3)),
        importedAt: date,
        updatedAt: date,
      }),
      { maxKeys: 2 },
    ),
    snapshots: fc.dictionary(
      key,
      fc.record(
        {
          title: sometimesAny(fc.string({ minLength: 1, maxLength: 20 })),
          authors: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
          arxivId: fc.constantFrom('2305.07922', '2305.07922v2', 'javascript:alert(1)'),
          updatedAt: date,
        },
        { requiredKeys: ['title', 'updatedAt'] },
      ),
      { maxKeys: 2 },
    ),
    lastBackupAt: fc.option(date),
    changesSinceBackup: sometimesAny(fc.nat()),
  },
  { requiredKeys: ['entries', 'importedPapers'] },
);
const version = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(1, 2, 3) },
  { weight: 1, arbitrary: fc.constantFrom(0, 4, -1, 1.5, 1e308) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 0 }) },
);
const storedValue = fc.oneof(
  { weight: 1, arbitrary: fc.jsonValue() },
  { weight: 3, arbitrary: fc.record({ version, data: sometimesAny(libraryLike) }) },
  { weight: 2, arbitrary: fc.record({ version, state: sometimesAny(libraryLike) }) },
);

/** Replaces (or with `undefined`, drops) one value inside a JSON value. */
function replaceAt(value: unknown, path: readonly number[], by: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return by;
  const [step, ...rest] = path;
  const keys = Object.keys(value);
  if (keys.length === 0) return by;
  const chosen = keys[step % keys.length];
  const copy: Record<string, unknown> = Array.isArray(value) ? { ...value } : { ...value };
  copy[chosen] = replaceAt(Reflect.get(value, chosen), rest, by);
  return Array.isArray(value) ? Object.values(copy) : copy;
}
const mutatedStored = fc
  .tuple(
    fc.constantFrom(stored, stockStored),
    fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
    fc.nat(),
    fc.oneof(fc.constant(''), fc.constantFrom('\u0000', '\u200b', '"', '}', '😀'), fc.string()),
  )
  .map(([text, path, by, cut, insert]) => {
    const value = JSON.stringify(replaceAt(JSON.parse(text), path, by)) ?? '';
    const at = cut % (value.length + 1);
    // Half the time the JSON stays whole and only a value changed; else the text is cut or spliced too.
    return cut % 2 === 0 ? value : value.slice(0, at) + insert;
  });

describe('reading the stored library', () => {
  it('reads the real stored value and its stock-persist form back to the same library', () => {
    expect(readStoredLibrary(stored)).toEqual({ kind: 'ok', data: real, from: 'current' });
    expect(readStoredLibrary(stockStored)).toEqual({
      kind: 'ok',
      data: real,
      from: 'stock-envelope',
    });
  });

  it('never throws and never returns an invalid library, for any stored string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), mutatedStored), (raw) =>
        expectValid(readStoredLibrary(raw)),
      ),
    );
  });

  it('never throws and never returns an invalid library, for any parsed value', () => {
    fc.assert(fc.property(storedValue, (value) => expectValid(migrateStoredLibrary(value))));
  });

  it('keeps every entry it accepts: what it returns is written back and read again unchanged', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          storedValue,
          mutatedStored.map((text) => safeParse(text)),
        ),
        (value) => {
          const read = migrateStoredLibrary(value);
          if (read.kind !== 'ok') return;
          const source = read.from === 'stock-envelope' ? stateOf(value) : dataOf(value);
          // Every key is kept, "__proto__" included, in records without a prototype to collide with.
          const kept = Object.keys(source.entries);
          expect(Object.keys(read.data.entries).sort()).toEqual(kept.sort());
          expect(Object.getPrototypeOf(read.data.entries)).toBe(null);
          expect(Object.getPrototypeOf(read.data.importedPapers)).toBe(null);
          expect(readStoredLibrary(serializeLibrary(read.data))).toEqual({
            kind: 'ok',
            data: read.data,
            from: 'current',
          });
        },
      ),
    );
  });
});

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const field = (value: unknown, name: string): Record<string, unknown> => {
  const inner = isObject(value) ? value[name] : undefined;
  return isObject(inner) ? inner : {};
};
const dataOf = (value: unknown) => ({ entries: field(field(value, 'data'), 'entries') });
const stateOf = (value: unknown) => ({ entries: field(field(value, 'state'), 'entries') });
