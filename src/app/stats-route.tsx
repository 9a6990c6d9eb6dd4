import { useMemo } from 'react';
import { useEntries } from '@/features/library/hooks';
import { StatsView } from '@/features/stats/components/stats-view';
import { computeReadingStats } from '@/features/stats/reading-stats';
import { useCatalogue } from './use-catalogue';

export function StatsRoute() {
  const entries = useEntries();
  const { catalogue } = useCatalogue();
  const stats = useMemo(
    () => computeReadingStats(entries, catalogue?.byId ?? new Map(), new Date()),
    [entries, catalogue],
  );
  return <StatsView stats={stats} />;
}
