import { describe, expect, it } from 'vitest';
import {
  snapshotChanges,
  snapshotOf,
  snapshotPaper,
  snapshotsOfImported,
} from '@/features/library/snapshots';
import { exportBibtex } from '@/features/transfer/export/bibtex-export';
import { makeEntry } from '../fixtures/import/papers';
import { blankPaper } from '../fixtures/paper';

const fetched = blankPaper('2305.07922', {
  title: 'CodeT5+: Open Code Large Language Models',
  abstract: 'A long abstract that the snapshot does not need.',
  authors: ['Yue Wang', 'Hung Le'],
  publishedAt: '2023-05-13',
  arxivId: '2305.07922',
  codeUrl: 'https://github.com/salesforce/CodeT5',
  upvotes: 12,
});
const at = '2026-11-01T09:00:00.000Z';

describe('snapshots of kept papers', () => {
  it('hold what exports need, and leave unknown fields out', () => {
    expect(snapshotOf(fetched, at)).toEqual({
      title: 'CodeT5+: Open Code Large Language Models',
      authors: ['Yue Wang', 'Hung Le'],
      publishedAt: '2023-05-13',
      arxivId: '2305.07922',
      codeUrl: 'https://github.com/salesforce/CodeT5',
      updatedAt: at,
    });
    expect(snapshotOf(blankPaper('x'), at)).toEqual({ title: 'Paper x', updatedAt: at });
  });

  it('give back a paper an export can cite with its authors and arXiv id', () => {
    const paper = snapshotPaper(fetched.id, snapshotOf(fetched, at))!;
    expect(paper).toMatchObject({ id: '2305.07922', authors: ['Yue Wang', 'Hung Le'] });
    const bibtex = exportBibtex([{ paper, entry: null }]).content;
    expect(bibtex).toContain('eprint = {2305.07922}');
    expect(bibtex).toContain('Yue Wang and Hung Le');
  });

  it('refuse an id no paper can have', () => {
    expect(snapshotPaper('__proto__', snapshotOf(fetched, at))).toBeNull();
  });

  it('are written for kept papers only, only when they change, and not for bare seed papers', () => {
    const entries = {
      kept: makeEntry({ status: 'to-read' }),
      tagged: makeEntry({ status: null, tags: ['rl'] }),
      dropped: makeEntry({ status: null }),
      seed: makeEntry({ status: 'read' }),
      unknown: makeEntry({ status: 'read' }),
    };
    const papers: Record<string, ReturnType<typeof blankPaper> | null> = {
      kept: { ...fetched, id: 'kept' },
      tagged: blankPaper('tagged'),
      dropped: blankPaper('dropped'),
      seed: null,
    };
    const paperFor = (id: string) => (id in papers ? papers[id] : undefined);
    const first = snapshotChanges(entries, {}, paperFor, at);
    expect([...first.keys()].sort()).toEqual(['kept', 'tagged']);
    const written = Object.fromEntries(first);
    expect(snapshotChanges(entries, written, paperFor, '2026-11-02T00:00:00.000Z').size).toBe(0);
    papers.kept = { ...fetched, id: 'kept', authors: ['Yue Wang', 'Hung Le', 'Akhilesh Gotmare'] };
    const later = snapshotChanges(entries, written, paperFor, '2026-11-02T00:00:00.000Z');
    expect([...later.keys()]).toEqual(['kept']);
    expect(later.get('kept')?.authors).toHaveLength(3);
  });

  it('are made from a version 1 library’s imported papers for the kept ones', () => {
    const imported = {
      [fetched.id]: { paper: fetched, importedAt: at, updatedAt: at },
      other: { paper: blankPaper('other'), importedAt: at, updatedAt: at },
    };
    const snapshots = snapshotsOfImported({ [fetched.id]: makeEntry({}) }, imported);
    expect(Object.keys(snapshots)).toEqual([fetched.id]);
    expect(Object.getPrototypeOf(snapshots)).toBeNull();
  });
});
