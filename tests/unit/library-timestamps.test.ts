import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stampAfter } from '@/features/library/state/entry';
import { readStoredLibrary, serializeLibrary } from '@/features/library/persistence/migrate';
import { entrySchema } from '@/features/library/schema';
import {
  canonicalInstant,
  EARLIEST_INSTANT,
  MAX_YEAR,
  MIN_YEAR,
  parseInstant,
} from '@/features/library/timestamps';
import { exportBackup } from '@/features/transfer/export/backup-export';
import { parseImport } from '@/features/transfer/import/parse-import';
import { makeEntry, makeLibrary } from '../fixtures/import/papers';

fc.configureGlobal({ seed: 20261129, numRuns: 500 });

const ID = '2305.07922';
const MIN_MS = Date.UTC(MIN_YEAR, 0, 1);
const MAX_MS = Date.UTC(MAX_YEAR + 1, 0, 1) - 1;

/** A backup whose one entry has `overrides` spliced in raw, as a hand-edited file would. */
function backupWith(overrides: Record<string, unknown>): string {
  const backup = JSON.parse(exportBackup(makeLibrary({ [ID]: makeEntry() })).content) as {
    library: { entries: Record<string, object> };
  };
  Object.assign(backup.library.entries[ID], overrides);
  return JSON.stringify(backup);
}

describe('timestamps', () => {
  it('refuses strings that are not instants, and instants outside the sane years', () => {
    for (const value of [
      '~~~~~~~~~~',
      '9999-12-31T23:59:59.999Z',
      '+010000-01-01T00:00:00.000Z',
      '1970-01-01T00:00:00.000Z',
      '2025-02-30T00:00:00.000Z',
      '2025-01-02',
      '2025-01-02T03:04:05',
      '2025-01-02T24:00:00Z',
      '2025-01-02 03:04:05Z',
      'Thu, 02 Jan 2025 03:04:05 GMT',
    ])
      expect(parseInstant(value), value).toBeNull();
  });

  it('accepts real instants in any ISO 8601 zone and stores them in one spelling', () => {
    expect(canonicalInstant('2025-01-02T03:04:05Z')).toBe('2025-01-02T03:04:05.000Z');
    expect(canonicalInstant('2025-01-02T03:04:05.5+01:00')).toBe('2025-01-02T02:04:05.500Z');
    expect(canonicalInstant('2024-02-29T00:00:00.000Z')).toBe('2024-02-29T00:00:00.000Z');
    const parsed = entrySchema.parse({ ...makeEntry(), updatedAt: '2025-01-02T04:04:05+01:00' });
    expect(parsed.updatedAt).toBe('2025-01-02T03:04:05.000Z');
  });

  it('never accepts an arbitrary string unless it is a valid instant within the bounds', () => {
    const canonical = fc
      .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2400, 0, 1)) })
      .filter((date) => !Number.isNaN(date.getTime()))
      .map((date) => date.toISOString());
    // Valid stamps with one character changed: the near misses a careless edit makes.
    const mutated = fc
      .tuple(canonical, fc.nat(), fc.constantFrom(...'0123456789-:.TZ+ ~x'))
      .map(
        ([text, at, by]) =>
          text.slice(0, at % text.length) + by + text.slice((at % text.length) + 1),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string(), canonical, mutated), (value) => {
        const ms = parseInstant(value);
        const stored = entrySchema.safeParse({ ...makeEntry(), updatedAt: value });
        expect(stored.success).toBe(ms !== null);
        if (ms === null) {
          // Refused: then it is not a canonical stamp in bounds either.
          const reparsed = Date.parse(value);
          const inBounds = reparsed >= MIN_MS && reparsed <= MAX_MS;
          expect(inBounds && new Date(reparsed).toISOString() === value).toBe(false);
          return;
        }
        expect(ms).toBe(Date.parse(value));
        expect(ms).toBeGreaterThanOrEqual(MIN_MS);
        expect(ms).toBeLessThanOrEqual(MAX_MS);
        expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      }),
    );
  });

  it('round-trips every valid stamp unchanged through the schema', () => {
    const inBounds = fc
      .integer({ min: MIN_MS, max: MAX_MS })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(inBounds, (stamp) => {
        expect(parseInstant(stamp)).toBe(Date.parse(stamp));
        const entry = { ...makeEntry(), addedAt: stamp, updatedAt: stamp };
        expect(entrySchema.parse(entry)).toEqual(entry);
      }),
    );
  });

  it('a later edit never throws, even after an unparsable stamp', () => {
    const now = Date.parse('2026-11-29T12:00:00.000Z');
    expect(stampAfter('~~~~~~~~~~', now)).toBe('2026-11-29T12:00:00.000Z');
  });
});

describe('a backup with a bad timestamp', () => {
  for (const [field, value] of [
    ['updatedAt', '~~~~~~~~~~'],
    ['updatedAt', '9999-12-31T23:59:59.999Z'],
    ['addedAt', 'yesterday!'],
  ] as const) {
    it(`is refused with a message naming the entry and the field (${field}: ${value})`, async () => {
      const result = await parseImport(backupWith({ [field]: value }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0].path).toBe(`library.entries["${ID}"].${field}`);
      expect(result.errors[0].message).toContain('must be a date and time in ISO 8601');
      expect(result.errors[0].message).toContain(JSON.stringify(value));
    });
  }
});

describe('a stored library with a bad timestamp', () => {
  const entry = makeEntry({ status: 'read', note: 'Kept', finishedAt: '2026-11-10T10:00:00.000Z' });
  const storedWith = (overrides: Record<string, unknown>) => {
    const value = JSON.parse(serializeLibrary(makeLibrary({ [ID]: entry }))) as {
      data: { entries: Record<string, object> };
    };
    Object.assign(value.data.entries[ID], overrides);
    return JSON.stringify(value);
  };

  it('keeps the entry, repairs the stamp, and lists the repair', () => {
    const read = readStoredLibrary(
      storedWith({ updatedAt: '~~~~~~~~~~', addedAt: '+010000-01-01T00:00:00.000Z' }),
    );
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.repairs).toEqual([`entries["${ID}"].addedAt`, `entries["${ID}"].updatedAt`]);
    const repaired = read.data.entries[ID];
    expect(repaired).toMatchObject({ status: 'read', note: 'Kept', addedAt: null });
    // The latest valid date of the entry: a real edit anywhere later beats it.
    expect(repaired.updatedAt).toBe('2026-11-10T10:00:00.000Z');
  });

  it('falls back to the earliest instant when the entry has no valid date at all', () => {
    const read = readStoredLibrary(
      storedWith({ updatedAt: '9999-12-31T23:59:59.999Z', addedAt: null, finishedAt: 'x' }),
    );
    expect(read.kind === 'ok' && read.data.entries[ID].updatedAt).toBe(EARLIEST_INSTANT);
  });

  it('reports no repairs for a healthy library', () => {
    const read = readStoredLibrary(storedWith({}));
    expect(read.kind === 'ok' && read.repairs).toBeUndefined();
  });
});
