import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useImportedPapers } from '@/features/library/hooks';
import { datasetQueryOptions } from '@/features/papers/query';
import type { Paper } from '@/features/papers/schema';

export type Catalogue = { papers: Paper[]; byId: Map<string, Paper> };

/**
 * The bundled dataset plus the papers the user imported: what search, lists and pages show. An imported paper
 * with a bundled paper's id replaces it (imports carry more: authors, upvotes).
 */
export function useCatalogue() {
  const query = useQuery(datasetQueryOptions());
  const imported = useImportedPapers();
  const catalogue = useMemo<Catalogue | undefined>(() => {
    if (!query.data) return undefined;
    const importedPapers = Object.values(imported).map((record) => record.paper);
    const papers =
      importedPapers.length === 0 ? query.data.papers : [...query.data.papers, ...importedPapers];
    return { papers, byId: new Map(papers.map((paper) => [paper.id, paper])) };
  }, [query.data, imported]);
  return { catalogue, error: query.error, isPending: query.isPending, refetch: query.refetch };
}
