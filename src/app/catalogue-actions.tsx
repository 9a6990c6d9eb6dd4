import { lazy, Suspense } from 'react';
import { Button } from '@/components/ui/button';

// The panel and its run load right after the first paint, behind a placeholder button.
const FetchNewPapers = lazy(() =>
  import('@/features/feed/components/fetch-new-papers').then((module) => ({
    default: module.FetchNewPapers,
  })),
);

const CompletePapers = lazy(() =>
  import('@/features/feed/components/complete-papers').then((module) => ({
    default: module.CompletePapers,
  })),
);

/** What the reader can do to the catalogue itself: bring in the new days of the feed, and complete
 * the papers cited by a bare title from Hugging Face. */
export function CatalogueActions() {
  return (
    <div className="mb-3 flex flex-wrap items-start gap-3">
      <Suspense
        fallback={
          <Button variant="primary" disabled>
            Fetch new papers
          </Button>
        }
      >
        <FetchNewPapers />
      </Suspense>
      <Suspense fallback={<Button disabled>Complete missing details</Button>}>
        <CompletePapers />
      </Suspense>
    </div>
  );
}
