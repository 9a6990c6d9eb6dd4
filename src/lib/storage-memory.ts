import type { StorageLike } from '@/lib/storage';

export type MemoryStorage = StorageLike & {
  readonly length: number;
  key(index: number): string | null;
  clear(): void;
};

/** An in-memory Web Storage: for tests (two "tabs" can share one) and environments without localStorage. */
export function createMemoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const values = new Map(Object.entries(initial));
  return {
    get length() {
      return values.size;
    },
    key: (index) => [...values.keys()][index] ?? null,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      values.set(key, String(value));
    },
    removeItem: (key) => {
      values.delete(key);
    },
    clear: () => values.clear(),
  };
}
