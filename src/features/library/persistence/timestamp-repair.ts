import { canonicalInstant, EARLIEST_INSTANT } from '@/features/library/timestamps';

/**
 * Stored data written before timestamps were checked may hold stamps that are not instants
 * (`~~~~~~~~~~`, `+010000-…`). Refusing the whole library for one such stamp would hide every
 * entry, so the stamps are repaired instead and each repair is listed for the user:
 * - a required stamp (`updatedAt`, `importedAt`; snapshots' `updatedAt` too) becomes the latest valid date of the same record,
 *   else the earliest accepted instant, so any real edit elsewhere beats it;
 * - an optional date (`addedAt`, `startedAt`, `finishedAt`, `lastBackupAt`) becomes null.
 * Pure and deterministic: two tabs reading the same bytes repair them the same way.
 */
export function repairTimestamps(data: unknown): { data: unknown; repairs: string[] } {
  if (!isObject(data)) return { data, repairs: [] };
  const repairs: string[] = [];
  const out: Record<string, unknown> = { ...data };
  const entries = repairRecords(
    data.entries,
    'entries',
    ['addedAt', 'startedAt', 'finishedAt'],
    repairs,
  );
  const papers = repairRecords(data.importedPapers, 'importedPapers', [], repairs, 'importedAt');
  const snapshots = repairRecords(data.snapshots, 'snapshots', [], repairs);
  if (entries !== data.entries) out.entries = entries;
  if (papers !== data.importedPapers) out.importedPapers = papers;
  if (snapshots !== data.snapshots) out.snapshots = snapshots;
  if (
    Object.hasOwn(data, 'lastBackupAt') &&
    data.lastBackupAt !== null &&
    !valid(data.lastBackupAt)
  ) {
    out.lastBackupAt = null;
    repairs.push('lastBackupAt');
  }
  return repairs.length === 0 ? { data, repairs } : { data: out, repairs };
}

function repairRecords(
  records: unknown,
  where: string,
  optional: readonly string[],
  repairs: string[],
  requiredSibling?: string,
): unknown {
  if (!isObject(records)) return records;
  let changed = false;
  // fromEntries defines own properties, so ids like `__proto__` stay data.
  const out = Object.fromEntries(
    Object.entries(records).map(([id, record]) => {
      if (!isObject(record)) return [id, record];
      const fixed = repairRecord(record, optional, requiredSibling);
      for (const field of fixed.fields) repairs.push(`${where}[${JSON.stringify(id)}].${field}`);
      if (fixed.fields.length > 0) changed = true;
      return [id, fixed.record];
    }),
  );
  return changed ? out : records;
}

function repairRecord(
  record: Record<string, unknown>,
  optional: readonly string[],
  requiredSibling?: string,
): { record: Record<string, unknown>; fields: string[] } {
  const fields: string[] = [];
  const out: Record<string, unknown> = { ...record };
  for (const field of optional) {
    if (Object.hasOwn(record, field) && record[field] !== null && !valid(record[field])) {
      out[field] = null;
      fields.push(field);
    }
  }
  const known = [...optional, requiredSibling, 'updatedAt']
    .map((field) => (field === undefined ? null : valid(out[field])))
    .filter((value): value is string => value !== null)
    .sort();
  const fallback = known.at(-1) ?? EARLIEST_INSTANT;
  for (const field of [requiredSibling, 'updatedAt']) {
    if (field !== undefined && Object.hasOwn(record, field) && !valid(record[field])) {
      out[field] = fallback;
      fields.push(field);
    }
  }
  return { record: out, fields };
}

/** The canonical spelling of a valid stamp, else null. */
function valid(value: unknown): string | null {
  return typeof value === 'string' ? canonicalInstant(value) : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
