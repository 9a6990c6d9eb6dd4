import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { datasetQueryOptions } from '@/features/papers/papers-query';
import type { Paper } from '@/features/papers/paper-schema';

export type Catalogue = { papers: Paper[]; byId: Map<string, Paper> };

/** The bundled dataset plus the papers the user imported: what search, lists and pages show. */
export function useCatalogue() {
  const query = useQuery(datasetQueryOptions());
  const catalogue = useMemo<Catalogue | undefined>(() => {
    if (!query.data) return undefined;
    const papers = query.data.papers;
    return { papers, byId: new Map(papers.map((paper) => [paper.id, paper])) };
  }, [query.data]);
  return { catalogue, error: query.error, isPending: query.isPending, refetch: query.refetch };
}
