import { create } from 'zustand';

type SelectionState = { selecting: boolean; ids: ReadonlySet<string> };

/** Papers picked by hand for "Export: selection". Not persisted: a selection is for the task at hand. */
const useSelectionStore = create<SelectionState>(() => ({ selecting: false, ids: new Set() }));

export const selectionActions = {
  toggleSelecting() {
    useSelectionStore.setState((state) => ({ selecting: !state.selecting }));
  },
  toggle(id: string) {
    useSelectionStore.setState((state) => {
      const ids = new Set(state.ids);
      if (ids.has(id)) ids.delete(id);
      else ids.add(id);
      return { ids };
    });
  },
  clear() {
    useSelectionStore.setState({ ids: new Set(), selecting: false });
  },
  selectedIds(): string[] {
    return [...useSelectionStore.getState().ids];
  },
};

export const useSelecting = () => useSelectionStore((state) => state.selecting);
export const useSelectedCount = () => useSelectionStore((state) => state.ids.size);
export const useIsSelected = (id: string) => useSelectionStore((state) => state.ids.has(id));
