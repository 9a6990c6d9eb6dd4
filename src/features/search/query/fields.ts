import { canonicalFacetValue, type FacetKey } from '@/features/search/facets/filters';

// A Map, not an object literal: the field name is typed by the user, and `constructor:` must be unknown.
const FIELD_ALIASES = new Map<string, FacetKey | 'has'>([
  ['org', 'org'],
  ['organization', 'org'],
  ['organisation', 'org'],
  ['year', 'year'],
  ['topic', 'topic'],
  ['topics', 'topic'],
  ['tag', 'tag'],
  ['tags', 'tag'],
  ['status', 'status'],
  ['is', 'status'],
  ['has', 'has'],
]);

const FIELD_NAMES = 'org:, year:, topic:, tag:, status:, has:code';

const VALUE_HINTS: Record<FacetKey | 'has', string> = {
  org: 'Type an organisation after org:, e.g. org:kyutai',
  year: 'Years look like year:2024 or year:2022..2023',
  topic: 'Type a topic after topic:, e.g. topic:speech or topic:"language models"',
  tag: 'Type a tag after tag:, e.g. tag:rl',
  status: 'Status is one of to-read, reading, read, any, none',
  hasCode: 'Only has:code is supported',
  has: 'Only has:code is supported',
  dismissed: 'Only is:dismissed is supported',
  new: 'Only is:new is supported',
};

/**
 * Reads one `field:value` of the query language: the facet and canonical value it filters
 * on, or the hint to show when the field is unknown, the value malformed, or the field negated.
 */
export function readField(
  field: string,
  rawValue: string,
  negated: boolean,
): { facet: FacetKey; value: string } | { hint: string } {
  const name = field.toLowerCase();
  const kind = FIELD_ALIASES.get(name);
  if (!kind) return { hint: `Unknown filter "${name}:". Try ${FIELD_NAMES}` };
  if (negated) return { hint: 'Filters cannot be excluded; only words can, e.g. -survey' };
  // `is:` reads statuses (is:read) and the papers marked "Not interested" (is:dismissed).
  if (name === 'is' && rawValue.trim().toLowerCase() === 'dismissed')
    return { facet: 'dismissed', value: 'true' };
  // is:new: the papers that arrived since the reader's previous visit.
  if (name === 'is' && rawValue.trim().toLowerCase() === 'new')
    return { facet: 'new', value: 'true' };
  const facet: FacetKey = kind === 'has' ? 'hasCode' : kind;
  const value = rawValue.trim();
  const canonical =
    kind === 'has'
      ? value.toLowerCase() === 'code'
        ? 'true'
        : ''
      : canonicalFacetValue(facet, value);
  return canonical ? { facet, value: canonical } : { hint: VALUE_HINTS[kind] };
}
