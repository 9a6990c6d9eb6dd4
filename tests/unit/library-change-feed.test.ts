import { describe, expect, it, vi } from 'vitest';
import { LIBRARY_STORAGE_KEY as KEY } from '@/features/library/state/store';
import type { ChangeSource } from '@/features/library/state/store';
import { createMemoryStorage } from '@/lib/storage-memory';
import { blankPaper } from '../fixtures/paper';
import { openTab, stored } from './library-tab-kit';

const clock = Date.UTC(2025, 11, 9, 9);

function recordSources(tab: ReturnType<typeof openTab>) {
  const sources: ChangeSource[] = [];
  tab.library.subscribeToDataChanges((source) => sources.push(source));
  return sources;
}

describe('the library change feed a sync engine follows', () => {
  it("tells this tab's edits from another tab's save", () => {
    const storage = createMemoryStorage();
    const a = openTab(storage, { now: () => clock });
    const b = openTab(storage, { now: () => clock, target: window });
    const sources = recordSources(b);

    b.actions.toggleBookmark('p1');
    b.actions.setNote('p1', 'typing');
    a.actions.addTag('p2', 'rl');
    a.actions.flush();
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));

    expect(b.entry('p2')?.tags).toEqual(['rl']);
    expect(sources).toEqual(['local', 'local', 'tab']);
  });

  it('writes remote records in, with their counts, saves them and reports them as remote', () => {
    const storage = createMemoryStorage();
    const tab = openTab(storage, { now: () => clock });
    const sources = recordSources(tab);
    const ids = vi.fn();
    tab.library.subscribeToEntryChanges(ids);
    tab.actions.toggleBookmark('p1');
    const entry = { ...tab.entry('p1'), status: 'read' as const, tags: ['agents'] };

    tab.library.core.applyRemote({ entries: new Map([['p1', entry]]) });

    expect(sources).toEqual(['local', 'remote']);
    expect(ids).toHaveBeenLastCalledWith(['p1']);
    expect(tab.state().statusCounts.read).toBe(1);
    expect(tab.state().tagCounts).toEqual({ agents: 1 });
    tab.actions.flush();
    expect(stored(storage).entries.p1).toMatchObject({ status: 'read', tags: ['agents'] });
  });

  it('lets a merged note replace the draft it was merged from, and keeps a draft when only other fields change', () => {
    const tab = openTab(createMemoryStorage(), { now: () => clock });
    tab.actions.setNote('p1', 'mine');
    tab.actions.setNote('p2', 'also mine');
    tab.actions.flush();
    tab.actions.setNote('p1', 'mine, more');
    tab.actions.setNote('p2', 'also mine, more');
    const p1 = { ...tab.entry('p1'), note: 'theirs mine, more' };
    const p2 = { ...tab.entry('p2'), status: 'reading' as const };

    tab.library.core.applyRemote({
      entries: new Map([
        ['p1', p1],
        ['p2', p2],
      ]),
    });

    expect(tab.state().noteDrafts).toEqual({ p2: 'also mine, more' });
    tab.actions.flush();
    expect(tab.entry('p1')?.note).toBe('theirs mine, more');
    expect(tab.entry('p2')).toMatchObject({ status: 'reading', note: 'also mine, more' });
  });

  it('writes in remote imported papers and ignores records it already holds', () => {
    const tab = openTab(createMemoryStorage(), { now: () => clock });
    const sources = recordSources(tab);
    const record = {
      paper: blankPaper('imported-1'),
      importedAt: '2025-12-01T00:00:00.000Z',
      updatedAt: '2025-12-01T00:00:00.000Z',
    };
    tab.library.core.applyRemote({ importedPapers: new Map([[record.paper.id, record]]) });
    tab.library.core.applyRemote({ importedPapers: new Map([[record.paper.id, record]]) });
    expect(tab.state().importedPapers[record.paper.id]).toBe(record);
    expect(sources).toEqual(['remote']);
  });
});
