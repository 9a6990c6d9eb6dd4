import { useState, type DragEvent } from 'react';
import { libraryActions } from '@/features/library/hooks';

const DRAG_TYPE = 'application/x-papershelf-paper';

/**
 * Native drag and drop for the queue: spread `itemProps(id)` on each row. Dropping on a row puts
 * the dragged paper in that row's place. Touch and keyboard users have ReorderControls.
 */
export function useDragReorder(orderedIds: readonly string[]) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);

  function reset() {
    setDragging(null);
    setOver(null);
  }

  function itemProps(paperId: string) {
    return {
      draggable: true,
      onDragStart(event: DragEvent) {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData(DRAG_TYPE, paperId);
        setDragging(paperId);
      },
      onDragOver(event: DragEvent) {
        if (dragging === null) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (over !== paperId) setOver(paperId);
      },
      onDrop(event: DragEvent) {
        event.preventDefault();
        const moved = dragging ?? event.dataTransfer.getData(DRAG_TYPE);
        if (moved && moved !== paperId)
          libraryActions.moveEntry(moved, orderedIds, orderedIds.indexOf(paperId));
        reset();
      },
      onDragEnd: reset,
    };
  }

  return { dragging, over, itemProps };
}
