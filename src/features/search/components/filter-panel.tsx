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

/** The "Filters" region: has-code, then each facet with the count every option would give. */
export function FilterPanel({ facets, onToggle }: FilterPanelProps) {
  return (
    <section aria-label="Filters" className="space-y-5">
      <FacetGroup
        title="Code"
        options={facets.hasCode.map((option) => ({ ...option, label: 'Has code' }))}
        onToggle={(value) => onToggle('hasCode', value)}
      />
      {GROUPS.map((group) => (
        <FacetGroup
          key={group.facet}
          title={group.title}
          options={facets[group.facet]}
          onToggle={(value) => onToggle(group.facet, value)}
          initialVisible={group.facet === 'year' || group.facet === 'status' ? 10 : 6}
          byCount={group.facet !== 'year' && group.facet !== 'status'}
        />
      ))}
    </section>
  );
}
