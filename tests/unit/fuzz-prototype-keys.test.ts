import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAll, sortedTags } from '@/features/library/state/counts';
import { mergeLibraries } from '@/features/library/state/merge';
import { readStoredLibrary, serializeLibrary } from '@/features/library/persistence/migrate';
import { restoreLibrary } from '@/features/library/state/restore';
import type { LibraryData, LibraryEntry } from '@/features/library/schema';
import type { Paper } from '@/features/papers/schema';
import { exportBackup } from '@/features/transfer/export/backup-export';
import { applyImport } from '@/features/transfer/import/apply-import';
import { parseImport } from '@/features/transfer/import/parse-import';
import { planImport } from '@/features/transfer/import/plan-import';
import { readField } from '@/features/search/query/fields';
import { keyedRecord } from '@/lib/keyed-record';
import { createMemoryStorage } from '@/lib/storage-memory';
import { makeEntry, makeLibrary, makePaper } from '../fixtures/import/papers';
import { openTab, stored } from './library-tab-kit';

/**
 * Paper ids, tags and backup keys come from data, so any of them may be named like an Object.prototype
 * member. Each such name must behave like any other key: nothing lost, nothing misread, nothing thrown.
 */

fc.configureGlobal({ seed: 20251209, numRuns: 60 });

// constructor, __proto__, toString, valueOf, hasOwnProperty, isPrototypeOf, __defineGetter__, ...
const NAMES = Object.getOwnPropertyNames(Object.prototype);
const name = fc.constantFrom(...NAMES);
const key = fc.oneof(name, fc.constantFrom('2305.07922', 'plain-id'));

let clock = Date.UTC(2026, 10, 1, 9);
const now = () => (clock += 1000);

/** A record keyed by any name, `__proto__` included, as JSON.parse would build it. */
const recordOf = <T>(pairs: [string, T][]) => keyedRecord(pairs);

async function parsedPapers(text: string): Promise<Paper[]> {
  const result = await parseImport(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  if (result.value.kind !== 'papers') throw new Error('expected papers');
  return result.value.papers;
}

/** Imports papers through the plan a user confirms, then bookmarks, tags and annotates each, and reloads. */
function importBookmarkAndReload(papers: Paper[], tag: string) {
  const storage = createMemoryStorage();
  const tab = openTab(storage, { now });
  const plan = planImport(
    { kind: 'papers', format: 'hf-listing', papers, warnings: [] },
    { catalogue: new Map(), library: tab.actions.getData() },
  );
  if (plan.kind !== 'papers') throw new Error('expected a papers plan');
  expect(plan.added.map((paper) => paper.id)).toEqual(papers.map((paper) => paper.id));
  tab.actions.importPapers(applyImport(plan).importedPapers);
  for (const paper of papers) {
    tab.actions.toggleBookmark(paper.id);
    expect(tab.actions.addTag(paper.id, tag)).toBe(tag.toLowerCase());
    tab.actions.setNote(paper.id, `Note on ${paper.title}`);
  }
  tab.actions.flush();
  tab.library.dispose();
  return { storage, reloaded: openTab(storage, { now }) };
}

function expectKept(reloaded: ReturnType<typeof openTab>, papers: Paper[], tag: string): void {
  const state = reloaded.state();
  for (const paper of papers) {
    expect(Object.hasOwn(state.importedPapers, paper.id), paper.id).toBe(true);
    expect(state.importedPapers[paper.id]?.paper).toEqual(paper);
    const entry = state.entries[paper.id];
    expect(Object.hasOwn(state.entries, paper.id), paper.id).toBe(true);
    expect(entry?.status).toBe('to-read');
    expect(entry?.tags).toEqual([tag.toLowerCase()]);
    expect(entry?.note).toBe(`Note on ${paper.title}`);
  }
  expect(sortedTags(state.tagCounts)).toEqual([{ tag: tag.toLowerCase(), count: papers.length }]);
}

describe('Object.prototype names as paper ids, through every importer', () => {
  it('a listing paper titled "Constructor" can be bookmarked, tagged, annotated and reloaded', async () => {
    const papers = await parsedPapers(
      'Constructor\n\nA paper whose title slugs to the id constructor.\n',
    );
    expect(papers.map((paper) => paper.id)).toEqual(['constructor']);
    const { reloaded } = importBookmarkAndReload(papers, 'constructor');
    expectKept(reloaded, papers, 'constructor');
  });

  it('keeps listing, BibTeX and API papers titled or identified by any such name', async () => {
    await fc.assert(
      fc.asyncProperty(
        name,
        name,
        fc.constantFrom('listing', 'bibtex', 'hf-api'),
        async (title, tag, format) => {
          const text =
            format === 'listing'
              ? `${title}\n\nAn abstract about ${title}.\n`
              : format === 'bibtex'
                ? `@misc{${title}, title = {${title}}, author = {Ada Lovelace}, year = {2024}}\n`
                : JSON.stringify([{ paper: { id: title, title, summary: `About ${title}.` } }]);
          const result = await parseImport(text);
          // An importer may refuse an id it cannot use, with a message; it must never throw or lose the paper.
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            return;
          }
          if (result.value.kind !== 'papers') throw new Error('expected papers');
          const { papers } = result.value;
          expect(papers.map((paper) => paper.title)).toEqual([title]);
          const { reloaded } = importBookmarkAndReload(papers, tag);
          expectKept(reloaded, papers, tag);
        },
      ),
    );
  });
});

type Command =
  | { kind: 'bookmark'; id: string }
  | { kind: 'note'; id: string; text: string }
  | { kind: 'status'; id: string; status: LibraryEntry['status'] }
  | { kind: 'tag'; id: string; tag: string }
  | { kind: 'untag'; id: string; tag: string };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('bookmark' as const), id: key }),
  fc.record({ kind: fc.constant('note' as const), id: key, text: fc.oneof(name, fc.string()) }),
  fc.record({
    kind: fc.constant('status' as const),
    id: key,
    status: fc.constantFrom('to-read', 'reading', 'read', null),
  }),
  fc.record({ kind: fc.constant('tag' as const), id: key, tag: name }),
  fc.record({ kind: fc.constant('untag' as const), id: key, tag: name }),
);

describe('Object.prototype names in the store', () => {
  it('as ids and tags, survive every action, a save and a reload, with correct tag counts', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 25 }), (commands) => {
        const storage = createMemoryStorage();
        const tab = openTab(storage, { now });
        // The model: what each paper should hold, in a Map.
        const model = new Map<string, { status: string | null; tags: string[]; note: string }>();
        const modelOf = (id: string) => model.get(id) ?? { status: null, tags: [], note: '' };
        for (const c of commands) {
          const before = modelOf(c.id);
          if (c.kind === 'bookmark') {
            tab.actions.toggleBookmark(c.id);
            model.set(c.id, { ...before, status: before.status ? null : 'to-read' });
          } else if (c.kind === 'status') {
            tab.actions.setStatus(c.id, c.status);
            model.set(c.id, { ...before, status: c.status });
          } else if (c.kind === 'note') {
            tab.actions.setNote(c.id, c.text);
            model.set(c.id, { ...before, note: c.text });
          } else if (c.kind === 'tag') {
            tab.actions.addTag(c.id, c.tag);
            const tag = c.tag.toLowerCase();
            const tags = before.tags.includes(tag) ? before.tags : [...before.tags, tag];
            model.set(c.id, { ...before, tags });
          } else {
            tab.actions.removeTag(c.id, c.tag);
            model.set(c.id, { ...before, tags: before.tags.filter((t) => t !== c.tag) });
          }
        }
        tab.actions.flush();
        const reloaded = openTab(storage, { now });
        for (const state of [tab.state(), reloaded.state()]) {
          for (const [id, want] of model) {
            const entry = Object.hasOwn(state.entries, id) ? state.entries[id] : undefined;
            expect({
              status: entry?.status ?? null,
              tags: entry?.tags ?? [],
              note: entry?.note ?? '',
            }).toEqual(want);
          }
          const counts = new Map<string, number>();
          for (const { tags } of model.values())
            for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
          expect(
            new Map(sortedTags(state.tagCounts).map(({ tag, count }) => [tag, count])),
          ).toEqual(counts);
        }
      }),
    );
  });

  it('counts tags such as constructor and __proto__ as numbers, including in a full recount', () => {
    const entries = NAMES.map((tag) => makeEntry({ tags: [tag, 'shared'] }));
    const { tagCounts } = countAll(entries);
    for (const tag of NAMES) expect(Object.hasOwn(tagCounts, tag) && tagCounts[tag]).toBe(1);
    expect(sortedTags(tagCounts)).toHaveLength(NAMES.length + 1);
    expect(sortedTags(tagCounts)[0]).toEqual({ tag: 'shared', count: NAMES.length });
  });
});

const backupLibrary = (keys: string[], tag: string, stamp: string): LibraryData =>
  makeLibrary(
    recordOf(
      keys.map((id, i) => [
        id,
        makeEntry({ tags: [tag], note: `From the backup: ${id}`, order: i, updatedAt: stamp }),
      ]),
    ),
    [makePaper({ id: 'toString', arxivId: null, title: 'toString' })],
  );

function expectEveryKey(data: LibraryData, keys: string[], tag: string): void {
  for (const id of keys) {
    expect(Object.hasOwn(data.entries, id), id).toBe(true);
    expect(data.entries[id]?.tags, id).toContain(tag);
  }
  expect(Object.hasOwn(data.importedPapers, 'toString')).toBe(true);
}

describe('Object.prototype names as backup keys', () => {
  const keys = fc.uniqueArray(name, { minLength: 1, maxLength: NAMES.length });

  it('previews, merges and replaces a backup keyed by them without losing an entry', async () => {
    await fc.assert(
      fc.asyncProperty(keys, keys, name, async (backupKeys, currentKeys, tag) => {
        const text = exportBackup(
          backupLibrary(backupKeys, tag, '2026-12-01T00:00:00.000Z'),
        ).content;
        // JSON.parse gives "__proto__" as an own key; the preview must see it like any other.
        const result = await parseImport(text);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expectEveryKey(
          result.value.kind === 'backup' ? result.value.library : makeLibrary(),
          backupKeys,
          tag,
        );
        for (const mode of ['merge', 'replace'] as const) {
          const storage = createMemoryStorage();
          const tab = openTab(storage, { now });
          for (const id of currentKeys) tab.actions.setNote(id, `Mine: ${id}`);
          tab.actions.flush();
          const plan = planImport(result.value, {
            catalogue: new Map(),
            library: tab.actions.getData(),
          });
          if (plan.kind !== 'backup') throw new Error('expected a backup plan');
          const fresh = backupKeys.filter((id) => !currentKeys.includes(id)).length;
          expect(mode === 'merge' ? plan.merge.added : plan.replace.added).toBe(fresh);
          expect(plan.merge.papersAdded).toBe(1);
          const applied = applyImport(plan, mode, now());
          if (!applied.library) throw new Error('expected a library');
          expect(tab.actions.restore(applied.library, mode)).toBe(true);
          const reloaded = openTab(storage, { now });
          for (const data of [tab.actions.getData(), stored(storage), reloaded.actions.getData()]) {
            expectEveryKey(data, backupKeys, tag);
            if (mode === 'merge')
              for (const id of currentKeys) expect(data.entries[id]?.note).toContain(`Mine: ${id}`);
          }
        }
      }),
    );
  });

  it('merge, restore and the stored round trip keep every key', () => {
    fc.assert(
      fc.property(keys, keys, name, (a, b, tag) => {
        const current = backupLibrary(a, tag, '2026-11-01T00:00:00.000Z');
        const backup = backupLibrary(b, tag, '2026-12-01T00:00:00.000Z');
        const merged = mergeLibraries(current, backup);
        expectEveryKey(merged.data, [...a, ...b], tag);
        expect(merged.changedEntryIds.sort()).toEqual([...b].sort());
        for (const mode of ['merge', 'replace'] as const) {
          const { data } = restoreLibrary(current, backup, mode, now());
          expectEveryKey(data, mode === 'merge' ? [...a, ...b] : b, tag);
          const read = readStoredLibrary(serializeLibrary(data));
          expect(read).toEqual({ kind: 'ok', data, from: 'current' });
          if (read.kind === 'ok')
            expect(Object.keys(read.data.entries).sort()).toEqual(Object.keys(data.entries).sort());
        }
      }),
    );
  });
});

describe('a broken backup entry under such a key', () => {
  it('is reported at its key, not dropped without a word', async () => {
    const library = makeLibrary(recordOf([['__proto__', makeEntry()]]));
    const text = exportBackup(library).content.replace('"to-read"', '"someday"');
    const result = await parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContainEqual({
        path: 'library.entries.__proto__.status',
        message: expect.stringContaining('"someday"') as unknown,
      });
  });
});

describe('Object.prototype names as query fields', () => {
  it('are unknown filters with a hint, not a silent empty one', () => {
    for (const field of NAMES) {
      const reading = readField(field, 'x', false);
      expect('hint' in reading && reading.hint).toContain(
        `Unknown filter "${field.toLowerCase()}:"`,
      );
    }
  });
});
