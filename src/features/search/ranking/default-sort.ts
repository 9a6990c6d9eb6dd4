import type { ParsedQuery } from '@/features/search/query/parse';
import type { Sort } from '@/features/search/types';

/**
 * The sort a search gets when the user picks none: relevance when there are words to rank by, else newest
 * first. A query made only of fields (`org:kyutai`) or exclusions (`-survey`) has no words to rank by.
 */
export function defaultSort(query: ParsedQuery): Sort {
  return query.terms.length > 0 || query.phrases.length > 0 ? 'relevance' : 'newest';
}
