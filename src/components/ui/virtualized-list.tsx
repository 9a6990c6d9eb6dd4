import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export type VirtualListProps = {
  count: number;
  /** A key per row, for the first rows rendered in plain flow before the virtualizer arrives. */
  getKey: (index: number) => string;
  renderItem: (index: number) => ReactNode;
  estimateSize?: number;
  label: string;
  /** Index to keep in view (keyboard navigation). */
  activeIndex?: number;
};

/**
 * A list that renders only the rows near the viewport and lets the window scroll, so 100,000 papers cost
 * the same DOM as 20. Rows can have any height: each is watched by a ResizeObserver.
 *
 * Rows are keyed by position, not by paper: when the results change under a keystroke, the rows in view keep
 * their elements and only their content changes, so nothing is mounted, and no row is measured in the middle of
 * React's commit (a forced layout per new row). Their sizes arrive from the ResizeObserver before paint, and
 * the virtualizer moves the rows below them itself, without another render. State that belongs to one paper
 * (an expanded abstract) is keyed by that paper inside the row.
 */
export function VirtualizedList({
  count,
  renderItem,
  estimateSize = 220,
  label,
  activeIndex,
}: VirtualListProps) {
  const listRef = useRef<HTMLUListElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, []);

  const estimate = useCallback(() => estimateSize, [estimateSize]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: estimate,
    overscan: 4,
    scrollMargin,
    // Row heights and positions are written to the elements directly; React renders only when the range moves.
    directDomUpdates: true,
  });
  const { containerRef } = virtualizer;
  const setList = useCallback(
    (node: HTMLUListElement | null) => {
      listRef.current = node;
      containerRef(node);
    },
    [containerRef],
  );

  useLayoutEffect(() => {
    if (activeIndex !== undefined && activeIndex >= 0 && activeIndex < count) {
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    }
  }, [activeIndex, count, virtualizer]);

  const items = virtualizer.getVirtualItems();
  return (
    <ul ref={setList} aria-label={label} className="relative">
      {items.map((item) => (
        <li
          key={item.index}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className="absolute top-0 left-0 w-full pb-3"
        >
          {renderItem(item.index)}
        </li>
      ))}
    </ul>
  );
}
