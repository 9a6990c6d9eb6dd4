import { describe, expect, it } from 'vitest';
import { emptyLibrary, type LibraryData } from '@/features/library/schema';
import { restoreLibrary } from '@/features/library/state/restore';
import { exportBackup } from '@/features/transfer/export/backup-export';
import { applyImport } from '@/features/transfer/import/apply-import';
import { parseImport } from '@/features/transfer/import/parse-import';
import { planImport, type BackupPlan } from '@/features/transfer/import/plan-import';
import { makeEntry, makeLibrary, makePaper } from '../fixtures/import/papers';

const NOW = Date.parse('2026-11-29T12:00:00.000Z');

const userLibrary = (): LibraryData => ({
  ...makeLibrary(
    {
      '2305.07922': makeEntry({
        status: 'reading',
        tags: ['code', 'llm'],
        note: 'Ünïcode, "quotes" and\n\n- a list',
        startedAt: '2026-11-03T10:00:00.000Z',
        order: 2.5,
      }),
      'arc-encoder': makeEntry({
        status: 'read',
        finishedAt: '2026-11-10T10:00:00.000Z',
        order: 1,
      }),
      'dropped-paper': makeEntry({ status: null, addedAt: null, order: 3 }),
    },
    [
      makePaper({
        id: '2602.23229',
        arxivId: '2602.23229',
        title: 'Large Multimodal Models as General In-Context Classifiers',
      }),
    ],
  ),
  lastBackupAt: '2026-11-20T08:00:00.000Z',
  changesSinceBackup: 4,
});

async function backupPlan(backup: LibraryData, current: LibraryData): Promise<BackupPlan> {
  const result = await parseImport(
    exportBackup(backup, { now: new Date('2026-11-21T09:00:00.000Z') }).content,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const plan = planImport(result.value, { catalogue: new Map(), library: current });
  if (plan.kind !== 'backup') throw new Error('expected a backup plan');
  return plan;
}

describe('JSON backup round trip', () => {
  it('gives back the same LibraryData: export, parse, restore into an empty library', async () => {
    const library = userLibrary();
    const file = exportBackup(library, { now: new Date('2026-11-21T09:00:00.000Z') });
    expect(file.filename).toMatch(/^papershelf-backup-2026-11-2\d\.json$/);
    const parsed = await parseImport(file.content);
    expect(parsed).toEqual({
      ok: true,
      value: { kind: 'backup', format: 'backup', exportedAt: '2026-11-21T09:00:00.000Z', library },
    });

    const plan = await backupPlan(library, emptyLibrary());
    for (const mode of ['merge', 'replace'] as const) {
      const result = applyImport(plan, mode, NOW);
      expect(result.mode).toBe(mode);
      expect(restoreLibrary(emptyLibrary(), result.library!, mode, NOW).data.entries).toEqual(
        library.entries,
      );
    }
    expect(
      restoreLibrary(emptyLibrary(), applyImport(plan, 'replace', NOW).library!, 'replace', NOW)
        .data,
    ).toEqual(library);
  });
});

describe('restoring a backup over an existing library', () => {
  const current = makeLibrary({
    shared: makeEntry({
      status: 'reading',
      tags: ['mine'],
      note: 'Written after the backup.',
      updatedAt: '2026-11-25T10:00:00.000Z',
    }),
    'only-here': makeEntry({ status: 'to-read', note: 'Not in the backup.' }),
    'removed-since': makeEntry({
      status: null,
      addedAt: null,
      updatedAt: '2026-11-24T10:00:00.000Z',
    }),
  });
  const backup = makeLibrary({
    shared: makeEntry({
      status: 'to-read',
      tags: ['old', 'mine'],
      note: 'Written before.',
      updatedAt: '2026-11-15T10:00:00.000Z',
    }),
    'only-in-backup': makeEntry({ status: 'read' }),
    'removed-since': makeEntry({
      status: 'to-read',
      note: 'Still wanted it then.',
      updatedAt: '2026-11-15T10:00:00.000Z',
    }),
  });

  it('previews what a merge and a replace would change', async () => {
    const plan = await backupPlan(backup, current);
    expect(plan.merge).toMatchObject({ added: 2, updated: 1, notesCombined: 1, papersAdded: 0 });
    expect(plan.replace).toEqual({
      added: 2,
      updated: 1,
      removed: 1,
      notesLost: 2,
      papersAdded: 0,
    });
  });

  it('merges without losing notes, tags or status, and the library keeps the merged entries', async () => {
    const plan = await backupPlan(backup, current);
    const result = applyImport(plan, 'merge', NOW);
    const { data } = restoreLibrary(current, result.library!, 'merge', NOW);
    const shared = data.entries.shared;
    expect(shared.status).toBe('reading');
    expect(shared.tags).toEqual(['mine', 'old']);
    expect(shared.note).toContain('Written after the backup.');
    expect(shared.note).toContain('Written before.');
    expect(shared.updatedAt > '2026-11-25T10:00:00.000Z').toBe(true);
    expect(data.entries['only-here']).toEqual(current.entries['only-here']);
    expect(data.entries['only-in-backup']).toEqual(backup.entries['only-in-backup']);
    expect(data.entries['removed-since']).toMatchObject({
      status: 'to-read',
      note: 'Still wanted it then.',
    });
  });

  it('replaces: the library becomes the backup, entries it lacks leave the reading list', async () => {
    const plan = await backupPlan(backup, current);
    const result = applyImport(plan, 'replace', NOW);
    expect(result.library).toEqual(backup);
    const { data } = restoreLibrary(current, result.library!, 'replace', NOW);
    expect(data.entries.shared).toMatchObject({ status: 'to-read', note: 'Written before.' });
    expect(data.entries['only-here']).toMatchObject({ status: null, note: '' });
  });
});
