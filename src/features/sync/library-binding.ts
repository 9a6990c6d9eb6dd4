import type * as Y from 'yjs';
import { stampAfter } from '@/features/library/state/entry';
import type { Library } from '@/features/library/state/store';
import type { LibraryState, RecordChanges, RecordKind } from '@/features/library/state/state';
import { ownValue } from '@/lib/keyed-record';
import {
  LOCAL_ORIGIN,
  openLibraryDoc,
  type Fields,
  type Touched,
} from '@/features/sync/library-doc';
import { LOCAL_FIELDS, SYNCED_RECORDS, type RecordSpec } from '@/features/sync/records';

/** Note drafts are the text of this field, typed but not yet folded into the entry. */
const DRAFTS = { kind: 'entries', field: 'note' } as const;

export type BindingEvents = {
  /** How many records this tab changed and wrote into the document. */
  onLocalWrite(count: number): void;
  /** Records from the document that are not valid library data, skipped (`entries p1: status`). */
  onInvalid(problems: string[]): void;
};

export type Binding = {
  /**
   * The document met the server before: whatever the library holds that the document does not was
   * edited here meanwhile (before sync loaded, or while it was off), so it goes in as an edit.
   */
  reconcile(): void;
  /**
   * The document has just come from the server for the first time: merge, never replace. Until this
   * runs, nothing flows either way.
   */
  mergeFirst(): void;
  dispose(): void;
};

const specs: readonly RecordSpec[] = SYNCED_RECORDS;
const draftSpec = specs.find((spec) => spec.kind === DRAFTS.kind);

function sameFields(spec: RecordSpec, a: Fields, b: Fields): boolean {
  const fields = Object.keys(spec.schema.shape).filter((field) => !LOCAL_FIELDS.includes(field));
  return fields.every(
    (field) => a[field] === b[field] || JSON.stringify(a[field]) === JSON.stringify(b[field]),
  );
}

/** Keeps a library and its Yjs document in step, both ways, without echoing either side's writes. */
export function bindLibrary(
  doc: Y.Doc,
  library: Library,
  options: { now: () => number; events: BindingEvents },
): Binding {
  const { core } = library;
  const view = openLibraryDoc(doc, specs);
  let following = false;
  const recordsOf = (kind: RecordKind): Readonly<Record<string, Fields>> =>
    core.store.getState()[kind];
  const local = (work: () => void) => doc.transact(work, LOCAL_ORIGIN);

  type Projection = { kind: 'record'; record: Fields } | { kind: 'same' | 'absent' | 'invalid' };

  function project(spec: RecordSpec, id: string, problems: string[]): Projection {
    const current = ownValue(recordsOf(spec.kind), id);
    const fields = view.readFields(spec, id);
    // Text typed for a paper whose record has not arrived yet: it comes with the record.
    if (!fields || (!current && !view.hasValues(spec, id))) return { kind: 'absent' };
    const merged: Fields = { ...spec.blank, ...current, ...fields };
    if (current && sameFields(spec, merged, current)) return { kind: 'same' };
    const previousStamp = typeof current?.updatedAt === 'string' ? current.updatedAt : null;
    const parsed = spec.schema.safeParse({
      ...merged,
      updatedAt: stampAfter(previousStamp, options.now()),
    });
    if (parsed.success) return { kind: 'record', record: parsed.data };
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    problems.push(`${spec.kind} ${id}${where ? `: ${where}` : ''}`);
    return { kind: 'invalid' };
  }

  function applyFromDoc(touched: ReadonlyMap<string, Iterable<string>>) {
    const changes: Partial<Record<RecordKind, Map<string, Fields>>> = {};
    const problems: string[] = [];
    for (const spec of specs) {
      const ids = touched.get(spec.kind);
      if (!ids) continue;
      const records = new Map<string, Fields>();
      for (const id of ids) {
        const projection = project(spec, id, problems);
        if (projection.kind === 'record') records.set(id, projection.record);
      }
      if (records.size > 0) changes[spec.kind] = records;
    }
    // Every record passed its own kind's schema in project().
    if (Object.keys(changes).length > 0) core.applyRemote(changes as RecordChanges);
    if (problems.length > 0) options.events.onInvalid(problems);
  }

  function applyAll() {
    applyFromDoc(new Map(specs.map((spec) => [spec.kind, view.ids(spec)])));
  }

  /** What this tab shows for a text field: the draft being typed, else the saved text. */
  function shownText(spec: RecordSpec, id: string, field: string): string {
    const draft = spec === draftSpec && field === DRAFTS.field;
    const typed = draft ? ownValue(core.store.getState().noteDrafts, id) : undefined;
    const saved = ownValue(recordsOf(spec.kind), id)?.[field];
    return typed ?? (typeof saved === 'string' ? saved : '');
  }

  function applyRemote({ records, replacedTexts }: Touched) {
    // A text created here and elsewhere at once: the other one won the key, so what was typed here
    // goes into it (as an edit of this tab, sent on like any other).
    const repairs = replacedTexts.flatMap(({ kind, id, field }) => {
      const spec = specs.find((candidate) => candidate.kind === kind);
      const mine = spec ? shownText(spec, id, field) : '';
      return spec && mine ? [{ spec, id, field, mine }] : [];
    });
    if (repairs.length > 0)
      local(() => repairs.forEach((r) => view.addText(r.spec, r.id, r.field, r.mine)));
    applyFromDoc(records);
  }

  function writeLocal(state: LibraryState, previous: LibraryState) {
    let count = 0;
    local(() => {
      for (const spec of specs) {
        const records: Readonly<Record<string, Fields>> = state[spec.kind];
        const before: Readonly<Record<string, Fields>> = previous[spec.kind];
        if (records === before) continue;
        for (const id of Object.keys(records)) {
          const previousRecord = ownValue(before, id);
          if (records[id] === previousRecord) continue;
          view.writeEdit(spec, id, previousRecord, records[id]);
          count += 1;
        }
      }
      if (draftSpec && state.noteDrafts !== previous.noteDrafts) {
        for (const [id, text] of Object.entries(state.noteDrafts)) {
          if (ownValue(previous.noteDrafts, id) === text) continue;
          view.writeTextField(draftSpec, id, DRAFTS.field, text);
          count += 1;
        }
      }
    });
    if (count > 0) options.events.onLocalWrite(count);
  }

  /** Ids of the records that differ between two states, by kind (records are replaced, never mutated). */
  function changedIds(state: LibraryState, previous: LibraryState): Map<string, string[]> {
    const touched = new Map<string, string[]>();
    for (const spec of specs) {
      const records: Readonly<Record<string, Fields>> = state[spec.kind];
      const before: Readonly<Record<string, Fields>> = previous[spec.kind];
      if (records === before) continue;
      const ids = Object.keys(records).filter((id) => records[id] !== ownValue(before, id));
      if (ids.length > 0) touched.set(spec.kind, ids);
    }
    return touched;
  }

  const stopStore = library.subscribeToDataChanges((source, state, previous) => {
    if (!following) return;
    if (source === 'local') writeLocal(state, previous);
    // Another tab's save merged by the library's per-paper rule: that tab's document carries its
    // edits, so where the two disagree the engine's merge (this document) decides.
    if (source === 'tab') applyFromDoc(changedIds(state, previous));
  });
  const stopDoc = view.observe((touched) => {
    if (following) applyRemote(touched);
  });

  return {
    reconcile() {
      core.commitDrafts();
      local(() => {
        for (const spec of specs) {
          for (const [id, record] of Object.entries(recordsOf(spec.kind))) {
            view.writeRecord(spec, id, record);
          }
        }
      });
      following = true;
      applyAll();
    },
    mergeFirst() {
      core.commitDrafts();
      local(() => {
        for (const spec of specs) {
          for (const [id, record] of Object.entries(recordsOf(spec.kind))) {
            const remote = view.hasValues(spec, id) ? view.readFields(spec, id) : null;
            const parsed = remote
              ? spec.schema.safeParse({ ...spec.blank, ...record, ...remote })
              : null;
            view.mergeFirst(spec, id, record, parsed?.success === true && spec.inUse(parsed.data));
          }
        }
      });
      following = true;
      applyAll();
    },
    dispose() {
      following = false;
      stopStore();
      stopDoc();
    },
  };
}
