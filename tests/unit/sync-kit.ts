import { afterEach } from 'vitest';
import * as Y from 'yjs';
import { bindLibrary, type Binding } from '@/features/sync/library-binding';
import { createMemoryStorage } from '@/lib/storage-memory';
import { openTab } from './library-tab-kit';

const RELAY = 'test:relay';
const bound: Binding[] = [];
afterEach(() => bound.splice(0).forEach((binding) => binding.dispose()));

/** One device: its own library (as a tab has it) bound to its own Yjs document. */
export function openDevice(options: { now?: () => number } = {}) {
  const now = options.now ?? (() => Date.UTC(2025, 11, 9, 9));
  const tab = openTab(createMemoryStorage(), { now });
  const doc = new Y.Doc();
  const invalid: string[] = [];
  let written = 0;
  const binding = bindLibrary(doc, tab.library, {
    now,
    events: {
      onLocalWrite: (count) => (written += count),
      onInvalid: (problems) => invalid.push(...problems),
    },
  });
  bound.push(binding);
  return { ...tab, doc, binding, invalid, written: () => written };
}

export type Device = ReturnType<typeof openDevice>;

/** What a server round trip does: each document receives what it lacks of the other. */
export function exchange(a: Y.Doc, b: Y.Doc) {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, RELAY);
  Y.applyUpdate(a, toA, RELAY);
}

/** Keeps documents connected: every update one makes reaches the others at once. */
export function connect(...docs: Y.Doc[]) {
  for (const a of docs) for (const b of docs) if (a !== b) exchange(a, b);
  const handlers = docs.map((doc) => {
    const handler = (update: Uint8Array, origin: unknown) => {
      if (origin === RELAY) return;
      for (const other of docs) if (other !== doc) Y.applyUpdate(other, update, RELAY);
    };
    doc.on('update', handler);
    return () => doc.off('update', handler);
  });
  return () => handlers.forEach((stop) => stop());
}

/** The parts of an entry that sync (updatedAt is each device's own). */
export const synced = (entry: object | undefined) => {
  if (!entry) return entry;
  const rest: Record<string, unknown> = { ...entry };
  delete rest.updatedAt;
  return rest;
};
