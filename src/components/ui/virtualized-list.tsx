import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export type VirtualListProps = {
  count: number;
  /** Keep it stable (useCallback): a new function makes the list re-measure every row. */
  getKey: (index: number) => string;
  renderItem: (index: number, remeasure: () => void) => ReactNode;
  estimateSize?: number;
  label: string;
  /** Index to keep in view (keyboard navigation). */
  activeIndex?: number;
};

/**
 * A list that renders only the rows near the viewport and lets the window scroll, so 100,000 papers cost
 * the same DOM as 20. Rows are measured after render, so they can have any height.
 */
export function VirtualizedList({
  count,
  getKey,
  renderItem,
  estimateSize = 220,
  label,
  activeIndex,
}: VirtualListProps) {
  const listRef = useRef<HTMLUListElement>(null);
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
    getItemKey: getKey,
  });

  useLayoutEffect(() => {
    if (activeIndex !== undefined && activeIndex >= 0 && activeIndex < count) {
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    }
  }, [activeIndex, count, virtualizer]);

  // Stable, so memoised rows do not re-render for a new callback.
  const remeasure = useCallback(() => virtualizer.measure(), [virtualizer]);
  const items = virtualizer.getVirtualItems();
  return (
    <ul
      ref={listRef}
      aria-label={label}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => (
        <li
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className="absolute top-0 left-0 w-full pb-3"
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          {renderItem(item.index, remeasure)}
        </li>
      ))}
    </ul>
  );
}
