import { memo, useMemo } from 'react';
import type { FacetKey } from '@/features/search/facets/filters';
import type { Facets } from '@/features/search/types';
import { FacetGroup } from './facet-group';

const GROUPS: Array<{ facet: FacetKey; title: string }> = [
  { facet: 'status', title: 'Reading status' },
  { facet: 'tag', title: 'Tag' },
  { facet: 'topic', title: 'Topic' },
  { facet: 'org', title: 'Organisation' },
  { facet: 'year', title: 'Year' },
];

type FilterPanelProps = {
  facets: Facets;
  onToggle: (facet: FacetKey, value: string) => void;
};

/**
 * The "Filters" region: has-code, then each facet with the count every option would give. With a stable
 * `onToggle`, a new search re-renders only the groups whose counts moved.
 */
export const FilterPanel = memo(function FilterPanel({ facets, onToggle }: FilterPanelProps) {
  const hasCode = useMemo(
    () => facets.hasCode.map((option) => ({ ...option, label: 'Has code' })),
    [facets.hasCode],
  );
  return (
    <section aria-label="Filters" className="space-y-5">
      <FacetGroup facet="hasCode" title="Code" options={hasCode} onToggle={onToggle} />
      {GROUPS.map((group) => (
        <FacetGroup
          key={group.facet}
          facet={group.facet}
          title={group.title}
          options={facets[group.facet]}
          onToggle={onToggle}
          initialVisible={group.facet === 'year' || group.facet === 'status' ? 10 : 6}
          byCount={group.facet !== 'year' && group.facet !== 'status'}
        />
      ))}
    </section>
  );
});
