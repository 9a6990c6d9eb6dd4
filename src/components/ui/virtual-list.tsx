import { lazy, Suspense } from 'react';
import type { VirtualListProps } from './virtualized-list';

// The virtualizer is not needed to paint the first rows: it loads alongside the first render (started here, at
// module load), and until it arrives the first rows render in plain flow, as they will sit once it takes over.
const loadVirtualized = () =>
  import('./virtualized-list').then((module) => ({ default: module.VirtualizedList }));
const pending = loadVirtualized();
const VirtualizedList = lazy(() => pending);

const FIRST_ROWS = 8;

/**
 * A list that renders only the rows near the viewport and lets the window scroll, so 100,000 papers cost
 * the same DOM as 20.
 */
export function VirtualList(props: VirtualListProps) {
  return (
    <Suspense fallback={<FirstRows {...props} />}>
      <VirtualizedList {...props} />
    </Suspense>
  );
}

function FirstRows({ count, getKey, renderItem, label }: VirtualListProps) {
  const rows = Array.from({ length: Math.min(count, FIRST_ROWS) }, (_, index) => index);
  return (
    <ul aria-label={label}>
      {rows.map((index) => (
        <li key={getKey(index)} className="pb-3">
          {renderItem(index)}
        </li>
      ))}
    </ul>
  );
}
