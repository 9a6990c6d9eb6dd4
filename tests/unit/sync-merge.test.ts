import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindLibrary } from '@/features/sync/library-binding';
import { connect, exchange, openDevice, synced, type Device } from './sync-kit';

/** Two devices that have synced once (A's library reached the server first) and are still connected. */
function pairedDevices(options: { nowA?: () => number; nowB?: () => number } = {}) {
  const a = openDevice({ now: options.nowA });
  const b = openDevice({ now: options.nowB });
  a.binding.mergeFirst();
  exchange(a.doc, b.doc);
  b.binding.mergeFirst();
  return { a, b, disconnect: connect(a.doc, b.doc) };
}

const sameLibraries = (a: Device, b: Device) => {
  const strip = (device: Device) =>
    Object.fromEntries(Object.entries(device.state().entries).map(([id, e]) => [id, synced(e)]));
  expect(strip(a)).toEqual(strip(b));
};

describe('sync between devices through the engine', () => {
  it('carries "More like this" and "Not interested", and taking one back', () => {
    const { a, b, disconnect } = pairedDevices();
    a.actions.rate('p1', 'more');
    a.actions.rate('p2', 'less');
    expect(b.state().ratings.p1?.rating).toBe('more');
    expect(b.state().ratings.p2?.rating).toBe('less');
    disconnect();
    b.actions.rate('p2', null);
    a.actions.rate('p3', 'less');
    exchange(a.doc, b.doc);
    for (const device of [a, b]) {
      expect(device.state().ratings.p2?.rating).toBeNull();
      expect(device.state().ratings.p3?.rating).toBe('less');
    }
  });

  it("shows A's bookmark, tag and note on B at once", () => {
    const { a, b } = pairedDevices();
    a.actions.toggleBookmark('p1');
    a.actions.addTag('p1', 'agents');
    a.actions.setNote('p1', 'Read section 3');
    expect(b.entry('p1')).toMatchObject({ status: 'to-read', tags: ['agents'] });
    // The note travels while it is typed, before A's save folds the draft into the entry.
    expect(b.entry('p1')?.note).toBe('Read section 3');
    a.actions.flush();
    sameLibraries(a, b);
    expect(b.state().statusCounts['to-read']).toBe(1);
  });

  it('keeps every edit made offline on both devices: different fields and the same note', () => {
    const { a, b, disconnect } = pairedDevices();
    a.actions.toggleBookmark('p1');
    a.actions.setNote('p1', 'Method is neat.');
    a.actions.flush();
    disconnect();

    a.actions.setStatus('p1', 'reading');
    a.actions.setNote('p1', 'Method is neat. Check the ablations.');
    a.actions.flush();
    b.actions.addTag('p1', 'rl');
    b.actions.setNote('p1', 'Intro: Method is neat.');
    b.actions.flush();
    exchange(a.doc, b.doc);

    sameLibraries(a, b);
    expect(a.entry('p1')).toMatchObject({ status: 'reading', tags: ['rl'] });
    expect(a.entry('p1')?.note).toBe('Intro: Method is neat. Check the ablations.');
  });

  it('keeps tags added on both devices at the same time, and a removal on one', () => {
    const { a, b, disconnect } = pairedDevices();
    a.actions.addTag('p1', 'old');
    a.actions.addTag('p1', 'shared');
    disconnect();
    a.actions.addTag('p1', 'from-a');
    a.actions.removeTag('p1', 'old');
    b.actions.addTag('p1', 'from-b');
    exchange(a.doc, b.doc);
    sameLibraries(a, b);
    expect(new Set(a.entry('p1')?.tags)).toEqual(new Set(['shared', 'from-a', 'from-b']));
  });

  it('never lets a removal on one device discard a note written on the other', () => {
    const { a, b, disconnect } = pairedDevices();
    a.actions.toggleBookmark('p1');
    a.actions.setNote('p1', 'draft');
    a.actions.flush();
    disconnect();
    // A takes the paper out of the list and clears what it wrote; B meanwhile writes more.
    a.actions.toggleBookmark('p1');
    a.actions.setNote('p1', '');
    a.actions.flush();
    b.actions.setNote('p1', 'draft, and what B thinks of it');
    b.actions.flush();
    exchange(a.doc, b.doc);
    sameLibraries(a, b);
    expect(a.entry('p1')?.status).toBeNull();
    expect(a.entry('p1')?.note).toBe(', and what B thinks of it');
  });

  it('orders edits by what each device had seen, not by its clock', () => {
    // A's clock runs ten years ahead; B edits after seeing A's edit, so B's edit is the later one.
    const { a, b } = pairedDevices({
      nowA: () => Date.UTC(2035, 0, 1),
      nowB: () => Date.UTC(2025, 0, 1),
    });
    a.actions.setStatus('p1', 'reading');
    expect(b.entry('p1')?.status).toBe('reading');
    b.actions.setStatus('p1', 'read');
    expect(a.entry('p1')?.status).toBe('read');
    sameLibraries(a, b);
  });

  it('merges a paper both devices created offline, field by field, keeping both notes', () => {
    const { a, b, disconnect } = pairedDevices();
    disconnect();
    a.actions.toggleBookmark('p7');
    a.actions.setNote('p7', 'A: strong baseline.');
    a.actions.flush();
    b.actions.addTag('p7', 'vision');
    b.actions.setNote('p7', 'B: weak eval.');
    b.actions.flush();
    // Both created the note's text: one wins, and the other device adds its words to it.
    connect(a.doc, b.doc);
    sameLibraries(a, b);
    const entry = a.entry('p7');
    expect(entry?.status).toBe('to-read');
    expect(entry?.tags).toEqual(['vision']);
    expect(entry?.note).toContain('A: strong baseline.');
    expect(entry?.note).toContain('B: weak eval.');
  });

  it('syncs papers whose ids and tags are named like Object.prototype members', () => {
    const { a, b } = pairedDevices();
    for (const id of ['__proto__', 'constructor', 'toString']) {
      a.actions.toggleBookmark(id);
      a.actions.addTag(id, '__proto__');
    }
    a.actions.flush();
    for (const id of ['__proto__', 'constructor', 'toString']) {
      expect(Object.hasOwn(b.state().entries, id)).toBe(true);
      expect(b.state().entries[id]?.tags).toEqual(['__proto__']);
    }
    expect(Object.getPrototypeOf(b.state().entries)).toBeNull();
  });

  it('skips and reports records from the server that are not valid library data', () => {
    const { a, b } = pairedDevices();
    a.actions.toggleBookmark('p1');
    a.actions.flush();
    const before = b.entry('p1');
    a.doc.transact(() => a.doc.getMap('entries').set('["p1","status"]', 'finished?'));
    expect(b.entry('p1')).toBe(before);
    expect(b.invalid).toEqual(['entries p1: status']);
  });

  it('syncs imported papers', () => {
    const { a, b } = pairedDevices();
    a.actions.importPapers([
      {
        id: 'imported-1',
        title: 'An imported paper',
        abstract: 'Text',
        authorCount: null,
        authors: ['Ada'],
        organization: null,
        publishedAt: '2025-01-02',
        comments: null,
        upvotes: null,
        arxivId: '2501.00001',
        codeUrl: null,
        projectUrl: null,
        links: [],
        topics: [],
      },
    ]);
    expect(b.state().importedPapers['imported-1']?.paper.title).toBe('An imported paper');
  });
});

describe('the first connection merges, never replaces', () => {
  it('keeps both libraries when two devices that never synced connect', () => {
    const a = openDevice();
    const b = openDevice();
    a.actions.setStatus('shared', 'read');
    a.actions.addTag('shared', 'from-a');
    a.actions.setNote('shared', 'Notes from the laptop.');
    a.actions.toggleBookmark('only-a');
    b.actions.toggleBookmark('shared');
    b.actions.addTag('shared', 'from-b');
    b.actions.setNote('shared', 'Notes from the phone.');
    b.actions.toggleBookmark('only-b');
    a.actions.flush();
    b.actions.flush();

    a.binding.mergeFirst();
    exchange(a.doc, b.doc);
    b.binding.mergeFirst();
    exchange(a.doc, b.doc);

    sameLibraries(a, b);
    const shared = a.entry('shared');
    // The library that reached the server first keeps its status; tags and notes keep both sides.
    expect(shared?.status).toBe('read');
    expect(shared?.tags).toEqual(['from-a', 'from-b']);
    expect(shared?.note).toBe('Notes from the laptop.\n\nNotes from the phone.');
    expect(a.entry('only-b')?.status).toBe('to-read');
    expect(b.entry('only-a')?.status).toBe('to-read');
  });

  it('takes the status of a copy that is in the list over one that is not', () => {
    const a = openDevice();
    const b = openDevice();
    a.actions.addTag('p1', 'tagged-only');
    b.actions.setStatus('p1', 'reading');
    a.binding.mergeFirst();
    exchange(a.doc, b.doc);
    b.binding.mergeFirst();
    exchange(a.doc, b.doc);
    expect(a.entry('p1')).toMatchObject({ status: 'reading', tags: ['tagged-only'] });
    sameLibraries(a, b);
  });

  it('changes nothing either way before the first merge', () => {
    const a = openDevice();
    const b = openDevice();
    a.actions.toggleBookmark('p1');
    a.binding.mergeFirst();
    b.actions.setNote('p1', 'mine');
    exchange(a.doc, b.doc);
    expect(b.entry('p1')?.status).toBeUndefined();
    expect(b.doc.getMap('entries').get('["p1","note"]')).toBeUndefined();
    b.binding.mergeFirst();
    expect(b.entry('p1')).toMatchObject({ status: 'to-read', note: 'mine' });
  });
});

describe('a device whose document met the server before', () => {
  it('sends what was edited while sync was not running as edits, and takes in the rest', () => {
    const { a, b, disconnect } = pairedDevices();
    a.actions.toggleBookmark('p1');
    a.actions.setNote('p1', 'first');
    a.actions.flush();
    disconnect();
    a.binding.dispose();
    a.actions.setNote('p1', 'first, then offline');
    a.actions.flush();
    b.actions.setStatus('p1', 'read');

    // A reload: the same library, its document as it was stored.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(a.doc));
    const binding = bindLibrary(doc, a.library, {
      now: () => Date.UTC(2025, 11, 10),
      events: { onLocalWrite: () => {}, onInvalid: () => {} },
    });
    binding.reconcile();
    exchange(doc, b.doc);
    expect(b.entry('p1')?.note).toBe('first, then offline');
    expect(a.entry('p1')?.status).toBe('read');
    binding.dispose();
  });
});
