import { Link } from 'wouter';
import type { Paper } from '@/features/papers/schema';
import type { SimilarPaper } from '@/features/search/types';

type SimilarPapersProps = {
  similar: SimilarPaper[] | null;
  paperFor: (id: string) => Paper | undefined;
};

/** The closest papers by content, each with the shared words that make it close. */
export function SimilarPapers({ similar, paperFor }: SimilarPapersProps) {
  return (
    <section
      aria-labelledby="similar-heading"
      className="rounded-xl border border-line bg-surface-raised p-5 sm:p-6"
    >
      <h2 id="similar-heading" className="text-lg font-semibold">
        Similar papers
      </h2>
      {similar === null ? (
        <p className="mt-2 text-sm text-ink-muted">Finding similar papers…</p>
      ) : similar.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">
          No paper in the catalogue shares enough words with this one.
        </p>
      ) : (
        <ol className="mt-3 space-y-3">
          {similar.map((item) => {
            const paper = paperFor(item.id);
            if (!paper) return null;
            return (
              <li key={item.id}>
                <Link
                  href={`/paper/${encodeURIComponent(item.id)}`}
                  className="font-medium text-accent hover:underline"
                >
                  {paper.title}
                </Link>
                <p className="text-sm text-ink-muted">
                  {Math.round(item.score * 100)}% similar · shares{' '}
                  {item.sharedTerms.map((term, index) => (
                    <span key={term}>
                      {index > 0 && ', '}
                      <span className="rounded bg-surface-sunken px-1 font-mono text-xs text-ink">
                        {term}
                      </span>
                    </span>
                  ))}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
