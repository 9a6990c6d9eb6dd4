import * as Y from 'yjs';
import { LOCAL_FIELDS, type RecordSpec } from '@/features/sync/records';

/**
 * The library as a Yjs document: one top-level map per kind of record (`entries`, …), flat, so that
 * two devices that create the same paper's record offline merge it field by field (nested maps
 * created concurrently would replace one another whole), and so that encoding stays linear (Yjs
 * looks up a top-level type's name for every item written under it).
 *
 * - `["p1","status"]` → a single value (the later write wins, in the engine's order);
 * - `["p1","tags","rl"]` → a set member and its position (concurrent additions all stay);
 * - `["p1","note"]` → a Y.Text, merged character by character. Two devices that create the same
 *   paper's text at once both write this key and one text wins; the other device then adds what it
 *   had typed into the winner (see `replacedTexts`), so nothing typed is lost.
 */

/** Origin of the transactions that carry this tab's own edits into the document. */
export const LOCAL_ORIGIN = 'papershelf:local';

export type Fields = Record<string, unknown>;

type Key = { id: string; field: string; member: string | null };

const keyOf = (id: string, field: string, member?: string) =>
  JSON.stringify(member === undefined ? [id, field] : [id, field, member]);

/** The record and field a key belongs to; null for a key this app did not write. */
export function parseKey(key: string): Key | null {
  if (!key.startsWith('["')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length < 2 || parsed.length > 3) return null;
  const parts: unknown[] = parsed;
  const [id, field, member] = parts;
  if (typeof id !== 'string' || typeof field !== 'string') return null;
  if (member !== undefined && typeof member !== 'string') return null;
  return { id, field, member: member ?? null };
}

/** The fields that are single values: every schema field that is neither text, a set nor local. */
export function scalarFields(spec: RecordSpec): string[] {
  return Object.keys(spec.schema.shape).filter(
    (field) =>
      !LOCAL_FIELDS.includes(field) && !spec.text.includes(field) && !spec.sets.includes(field),
  );
}

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

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
 * connection, two texts created at once) keep both sides' words. When one extends the other only the
 * extension goes in; when both differ, the local text follows the document's as a paragraph of its own.
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

export type Touched = {
  /** Records each kind had changed, by id. */
  records: Map<string, Set<string>>;
  /** Texts whose key was written by another device: possibly a text created here at the same time. */
  replacedTexts: { kind: string; id: string; field: string }[];
};

/** Reads and writes library records in `doc`, keeping an index of set members up to date. */
export function openLibraryDoc(doc: Y.Doc, specs: readonly RecordSpec[]) {
  const mapOf = (spec: RecordSpec) => doc.getMap<unknown>(spec.kind);
  // Set members by kind and `["id","field"]`, built on first use and kept up to date after.
  const members = new Map<string, Map<string, Set<string>>>();

  function membersOf(spec: RecordSpec): Map<string, Set<string>> {
    let index = members.get(spec.kind);
    if (index) return index;
    index = new Map();
    for (const key of mapOf(spec).keys()) addMember(index, key);
    members.set(spec.kind, index);
    return index;
  }
  function addMember(index: Map<string, Set<string>>, key: string) {
    const parsed = parseKey(key);
    if (parsed?.member == null) return;
    const owner = keyOf(parsed.id, parsed.field);
    const set = index.get(owner) ?? new Set<string>();
    set.add(parsed.member);
    index.set(owner, set);
  }
  function trackMembers(spec: RecordSpec, map: Y.Map<unknown>, keys: Iterable<string | null>) {
    const index = members.get(spec.kind);
    if (!index) return;
    for (const key of keys) {
      if (key === null) continue;
      const parsed = parseKey(key);
      if (parsed?.member == null) continue;
      if (map.has(key)) addMember(index, key);
      else index.get(keyOf(parsed.id, parsed.field))?.delete(parsed.member);
    }
  }

  function textOf(spec: RecordSpec, id: string, field: string): Y.Text | null {
    const value = mapOf(spec).get(keyOf(id, field));
    return value instanceof Y.Text ? value : null;
  }
  /** The text of a field, created (inside the caller's transaction) when missing. */
  function ensureText(spec: RecordSpec, id: string, field: string): Y.Text {
    const existing = textOf(spec, id, field);
    if (existing) return existing;
    const text = new Y.Text();
    mapOf(spec).set(keyOf(id, field), text);
    return text;
  }

  function readSet(spec: RecordSpec, id: string, field: string): string[] {
    const map = mapOf(spec);
    const ranked: [string, number][] = [];
    for (const member of membersOf(spec).get(keyOf(id, field)) ?? []) {
      const position = map.get(keyOf(id, field, member));
      if (typeof position === 'number') ranked.push([member, position]);
    }
    ranked.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return ranked.map(([member]) => member);
  }

  function writeSet(
    spec: RecordSpec,
    id: string,
    field: string,
    before: string[],
    after: string[],
  ) {
    const map = mapOf(spec);
    for (const member of before) if (!after.includes(member)) map.delete(keyOf(id, field, member));
    after.forEach((member, position) => {
      if (map.get(keyOf(id, field, member)) !== position)
        map.set(keyOf(id, field, member), position);
    });
  }

  function writeScalars(spec: RecordSpec, id: string, fields: readonly string[], record: Fields) {
    const map = mapOf(spec);
    for (const field of fields) {
      const key = keyOf(id, field);
      const value = record[field];
      if (value === undefined) {
        if (map.has(key)) map.delete(key);
      } else if (!sameValue(map.get(key), value)) {
        map.set(key, value);
      }
    }
  }

  return {
    /** True when the document holds any single value of the record. */
    hasValues(spec: RecordSpec, id: string): boolean {
      const map = mapOf(spec);
      return scalarFields(spec).some((field) => map.has(keyOf(id, field)));
    },

    /** What the document holds for one record (texts and sets empty when absent), or null when nothing. */
    readFields(spec: RecordSpec, id: string): Fields | null {
      const map = mapOf(spec);
      const fields: Fields = {};
      let found = false;
      for (const field of scalarFields(spec)) {
        const key = keyOf(id, field);
        if (!map.has(key)) continue;
        fields[field] = map.get(key);
        found = true;
      }
      for (const field of spec.text) {
        const text = textOf(spec, id, field);
        fields[field] = text ? text.toJSON() : '';
        if (text && text.length > 0) found = true;
      }
      for (const field of spec.sets) {
        fields[field] = readSet(spec, id, field);
        if (stringsOf(fields[field]).length > 0) found = true;
      }
      return found ? fields : null;
    },

    /** Ids of every record of a kind the document holds. */
    ids(spec: RecordSpec): Set<string> {
      const ids = new Set<string>();
      for (const key of mapOf(spec).keys()) {
        const parsed = parseKey(key);
        if (parsed) ids.add(parsed.id);
      }
      return ids;
    },

    /** Makes the document hold exactly `record`, writing only the fields that differ (the library wins). */
    writeRecord(spec: RecordSpec, id: string, record: Fields) {
      writeScalars(spec, id, scalarFields(spec), record);
      for (const field of spec.text) {
        const next = stringOf(record[field]);
        const text = textOf(spec, id, field);
        if (text) writeText(text, next);
        else if (next) ensureText(spec, id, field).insert(0, next);
      }
      for (const field of spec.sets) {
        writeSet(spec, id, field, readSet(spec, id, field), stringsOf(record[field]));
      }
    },

    /**
     * Writes one edit: the fields that differ between `before` (or the kind's blank record) and
     * `after`. Fields this edit did not touch stay as the document has them, so a concurrent edit of
     * another field elsewhere survives. Set members are added or removed one by one; a text is
     * turned into the new text at the place they differ.
     */
    writeEdit(spec: RecordSpec, id: string, before: Fields | undefined, after: Fields) {
      const base: Fields = before ?? spec.blank;
      const changed = scalarFields(spec).filter((field) => !sameValue(base[field], after[field]));
      writeScalars(spec, id, changed, after);
      for (const field of spec.text) {
        if (base[field] !== after[field])
          this.writeTextField(spec, id, field, stringOf(after[field]));
      }
      for (const field of spec.sets) {
        const old = stringsOf(base[field]);
        const next = stringsOf(after[field]);
        if (!sameValue(old, next)) writeSet(spec, id, field, old, next);
      }
    },

    /** One text field as typed (a note draft): the document's text becomes it. */
    writeTextField(spec: RecordSpec, id: string, field: string, next: string) {
      const text = textOf(spec, id, field);
      if (text) writeText(text, next);
      else if (next) ensureText(spec, id, field).insert(0, next);
    },

    /**
     * Merges a record that never met the document's copy (this device's library on its first
     * connection): texts and sets keep both sides; single values stay the document's unless only
     * this copy is in use.
     */
    mergeFirst(spec: RecordSpec, id: string, local: Fields, remoteInUse: boolean) {
      if (!remoteInUse) writeScalars(spec, id, scalarFields(spec), local);
      for (const field of spec.text) this.addText(spec, id, field, stringOf(local[field]));
      const map = mapOf(spec);
      for (const field of spec.sets) {
        const present = readSet(spec, id, field);
        let next = present.length;
        for (const member of stringsOf(local[field])) {
          if (!present.includes(member)) map.set(keyOf(id, field, member), next++);
        }
      }
    },

    /** Adds what only `local` has to a text field (see unionText). */
    addText(spec: RecordSpec, id: string, field: string, local: string) {
      if (!local) return;
      const text = textOf(spec, id, field);
      if (text) unionText(text, local);
      else ensureText(spec, id, field).insert(0, local);
    },

    /** Calls `onChange` with what every transaction from elsewhere touched. */
    observe(onChange: (touched: Touched, origin: unknown) => void): () => void {
      const handler = (transaction: Y.Transaction) => {
        const touched: Touched = { records: new Map(), replacedTexts: [] };
        for (const spec of specs) {
          const map = mapOf(spec);
          const ids = new Set<string>();
          const mapType: unknown = map;
          let keys: Set<string | null> | undefined;
          for (const [type, changedKeys] of transaction.changed)
            if (type === mapType) keys = changedKeys;
          if (keys) trackMembers(spec, map, keys);
          if (transaction.origin === LOCAL_ORIGIN) continue;
          for (const key of keys ?? []) {
            const parsed = key === null ? null : parseKey(key);
            if (!parsed) continue;
            ids.add(parsed.id);
            if (parsed.member === null && spec.text.includes(parsed.field))
              touched.replacedTexts.push({ kind: spec.kind, id: parsed.id, field: parsed.field });
          }
          for (const type of transaction.changed.keys()) {
            const item = type._item;
            if (!item || item.parent !== map || typeof item.parentSub !== 'string') continue;
            const parsed = parseKey(item.parentSub);
            if (parsed) ids.add(parsed.id);
          }
          if (ids.size > 0) touched.records.set(spec.kind, ids);
        }
        if (touched.records.size > 0) onChange(touched, transaction.origin);
      };
      doc.on('afterTransaction', handler);
      return () => doc.off('afterTransaction', handler);
    },
  };
}
