import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * The papers that arrived since the reader's previous visit, as the catalogue knows their ids: the
 * "New" mark on cards and the count in the navigation read it; `is:new` in the engine gets the same list.
 */
const newPapers = createStore<{ ids: ReadonlySet<string> }>(() => ({ ids: new Set() }));

export function setNewPaperIds(ids: readonly string[]) {
  const current = newPapers.getState().ids;
  if (ids.length === current.size && ids.every((id) => current.has(id))) return;
  newPapers.setState({ ids: new Set(ids) });
}

export const useIsNewPaper = (id: string) => useStore(newPapers, (state) => state.ids.has(id));

export const useNewPaperCount = () => useStore(newPapers, (state) => state.ids.size);
