import type * as Y from 'yjs';
import { LOCAL_FIELDS, type RecordSpec } from '@/features/sync/records';

/**
 * The library as a Yjs document. Every record gets top-level types named after it, never nested ones:
 * two devices that create the same paper's record offline then merge it field by field, where nested
 * maps created concurrently would replace one another whole.
 *
 * - `["entries","p1"]`: a map of the record's single values (status, dates, order, …);
 * - `["entries","p1","note"]`: a text, merged character by character;
 * - `["entries","p1","tags"]`: a map from each tag to its position, so concurrent additions all stay.
 */

/** Origin of the transactions that carry this tab's own edits into the document. */
export const LOCAL_ORIGIN = 'papershelf:local';

export type Fields = Record<string, unknown>;

export type RecordName = { kind: string; id: string; field: string | null };

export const nameOf = (kind: string, id: string, field?: string) =>
  JSON.stringify(field === undefined ? [kind, id] : [kind, id, field]);

/** The record a top-level type belongs to; null for a name this app did not write. */
export function parseName(name: string): RecordName | null {
  if (!name.startsWith('["')) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(name);
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length < 2 || parts.length > 3) return null;
  if (!parts.every((part) => typeof part === 'string')) return null;
  const [kind, id, field] = parts;
  return { kind, id, field: field ?? null };
}

/** The fields that are single values: every schema field that is neither text, a set nor local. */
export function scalarFields(spec: RecordSpec): string[] {
  return Object.keys(spec.schema.shape).filter(
    (field) =>
      !LOCAL_FIELDS.includes(field) && !spec.text.includes(field) && !spec.sets.includes(field),
  );
}

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function membersOf(map: Y.Map<unknown>): string[] {
  const members: [string, number][] = [];
  for (const [member, position] of map.entries()) {
    if (typeof position === 'number') members.push([member, position]);
  }
  members.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return members.map(([member]) => member);
}

/** What the document holds for one record, or null when it holds nothing of it. */
export function readFields(doc: Y.Doc, spec: RecordSpec, id: string): Fields | null {
  const fields: Fields = {};
  let found = false;
  const has = (name: string) => doc.share.has(name);
  if (has(nameOf(spec.kind, id))) {
    for (const [field, value] of doc.getMap<unknown>(nameOf(spec.kind, id)).entries()) {
      fields[field] = value;
      found = true;
    }
  }
  for (const field of spec.text) {
    const name = nameOf(spec.kind, id, field);
    const text = has(name) ? doc.getText(name).toJSON() : '';
    fields[field] = text;
    if (has(name) && doc.getText(name).length > 0) found = true;
  }
  for (const field of spec.sets) {
    const name = nameOf(spec.kind, id, field);
    fields[field] = has(name) ? membersOf(doc.getMap<unknown>(name)) : [];
    if (has(name) && doc.getMap(name).size > 0) found = true;
  }
  return found ? fields : null;
}

/** Ids of every record of a kind the document holds. */
export function idsInDoc(doc: Y.Doc, kind: string): Set<string> {
  const ids = new Set<string>();
  for (const name of doc.share.keys()) {
    const parsed = parseName(name);
    if (parsed?.kind === kind) ids.add(parsed.id);
  }
  return ids;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Lengths of the common start and end of two strings, never splitting a surrogate pair. */
function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let start = 0;
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start += 1;
  if (start > 0 && isHigh(a.charCodeAt(start - 1))) start -= 1;
  let end = 0;
  while (end < max - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end))
    end += 1;
  if (end > 0 && isLow(a.charCodeAt(a.length - end))) end -= 1;
  return [start, end];
}

/** Turns `text` into `next` by one deletion and one insertion at the place they differ. */
export function writeText(text: Y.Text, next: string) {
  const current = text.toJSON();
  if (current === next) return;
  const [start, end] = commonEnds(current, next);
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

/**
 * Adds to `text` what only `local` has, removing nothing: two copies with no common history (a first
 * connection) keep both sides' words. When one extends the other only the extension goes in; when both
 * differ, the local text follows the document's as a paragraph of its own.
 */
export function unionText(text: Y.Text, local: string) {
  const remote = text.toJSON();
  if (remote.includes(local)) return;
  const [start, end] = commonEnds(remote, local);
  const remoteMiddle = remote.slice(start, remote.length - end);
  const localMiddle = local.slice(start, local.length - end);
  if (!remoteMiddle) text.insert(start, localMiddle);
  else text.insert(remote.length, `\n\n${local}`);
}

const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '');

const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function writeSet(map: Y.Map<unknown>, members: readonly string[]) {
  const wanted = new Set(members);
  for (const member of [...map.keys()]) if (!wanted.has(member)) map.delete(member);
  members.forEach((member, position) => {
    if (map.get(member) !== position) map.set(member, position);
  });
}

function writeScalars(map: Y.Map<unknown>, fields: readonly string[], record: Fields) {
  for (const field of fields) {
    const value = record[field];
    if (value === undefined) {
      if (map.has(field)) map.delete(field);
    } else if (!sameValue(map.get(field), value)) {
      map.set(field, value);
    }
  }
}

/** Makes the document hold exactly `record`, writing only the fields that differ (the library wins). */
export function writeRecord(doc: Y.Doc, spec: RecordSpec, id: string, record: Fields) {
  writeScalars(doc.getMap(nameOf(spec.kind, id)), scalarFields(spec), record);
  for (const field of spec.text) {
    writeText(doc.getText(nameOf(spec.kind, id, field)), stringOf(record[field]));
  }
  for (const field of spec.sets) {
    writeSet(doc.getMap(nameOf(spec.kind, id, field)), stringsOf(record[field]));
  }
}

/**
 * Writes one edit: the fields that differ between `before` (or the kind's blank record) and `after`.
 * Fields this edit did not touch stay as the document has them, so a concurrent edit of another field
 * elsewhere survives, and a record created on two devices merges field by field. Set members are
 * added or removed one by one; texts are turned into the new text at the place they differ.
 */
export function writeEdit(
  doc: Y.Doc,
  spec: RecordSpec,
  id: string,
  before: Fields | undefined,
  after: Fields,
) {
  const base: Fields = before ?? spec.blank;
  const changed = scalarFields(spec).filter((field) => !sameValue(base[field], after[field]));
  writeScalars(doc.getMap(nameOf(spec.kind, id)), changed, after);
  for (const field of spec.text) {
    if (base[field] !== after[field])
      writeText(doc.getText(nameOf(spec.kind, id, field)), stringOf(after[field]));
  }
  for (const field of spec.sets) {
    const old = stringsOf(base[field]);
    const next = stringsOf(after[field]);
    if (sameValue(old, next)) continue;
    const map = doc.getMap<unknown>(nameOf(spec.kind, id, field));
    for (const member of old) if (!next.includes(member)) map.delete(member);
    next.forEach((member, position) => {
      if (map.get(member) !== position) map.set(member, position);
    });
  }
}

/**
 * Merges a record that never met the document's copy (this device's library on its first connection):
 * texts and sets keep both sides; single values stay the document's unless only this copy is in use.
 */
export function mergeRecordFirst(
  doc: Y.Doc,
  spec: RecordSpec,
  id: string,
  local: Fields,
  remoteInUse: boolean,
) {
  if (!remoteInUse) writeScalars(doc.getMap(nameOf(spec.kind, id)), scalarFields(spec), local);
  for (const field of spec.text) {
    unionText(doc.getText(nameOf(spec.kind, id, field)), stringOf(local[field]));
  }
  for (const field of spec.sets) {
    const map = doc.getMap<unknown>(nameOf(spec.kind, id, field));
    let next = Math.max(-1, ...[...map.values()].filter((v) => typeof v === 'number')) + 1;
    for (const member of stringsOf(local[field])) {
      if (!map.has(member)) map.set(member, next++);
    }
  }
}

/** Reverse lookup of top-level type names, rebuilt only when the document gains types. */
function createNameLookup(doc: Y.Doc) {
  const names = new Map<unknown, string>();
  let size = -1;
  return (type: unknown): string | undefined => {
    if (doc.share.size !== size || !names.has(type)) {
      names.clear();
      for (const [name, shared] of doc.share) names.set(shared, name);
      size = doc.share.size;
    }
    return names.get(type);
  };
}

/** Calls `onChange` with the records every transaction from elsewhere touched, by kind. */
export function observeRecords(
  doc: Y.Doc,
  onChange: (touched: Map<string, Set<string>>, origin: unknown) => void,
): () => void {
  const lookup = createNameLookup(doc);
  const handler = (transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_ORIGIN) return;
    const touched = new Map<string, Set<string>>();
    for (const type of transaction.changed.keys()) {
      if (type._item !== null) continue;
      const name = lookup(type);
      const parsed = name === undefined ? null : parseName(name);
      if (!parsed) continue;
      const ids = touched.get(parsed.kind) ?? new Set<string>();
      ids.add(parsed.id);
      touched.set(parsed.kind, ids);
    }
    if (touched.size > 0) onChange(touched, transaction.origin);
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}
