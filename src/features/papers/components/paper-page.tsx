import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Paper } from '@/features/papers/schema';
import { AllLinks, ExternalLinks } from './external-links';
import { PaperMeta } from './paper-meta';

type PaperPageProps = {
  paper: Paper;
  backHref: string;
  actions?: ReactNode;
  /** The user's tags and notes, composed by the app. */
  personal?: ReactNode;
  similar?: ReactNode;
};

/** A paper's own page: everything known about it, plus what the user wrote. */
export function PaperPage({ paper, backHref, actions, personal, similar }: PaperPageProps) {
  return (
    <div className="mx-auto max-w-4xl">
      <Link
        href={backHref}
        className="inline-flex min-h-11 items-center gap-1 rounded-md text-sm font-medium text-accent hover:underline sm:min-h-8"
      >
        <span aria-hidden="true">←</span> Back to the list
      </Link>
      <article
        aria-labelledby="paper-title"
        className="mt-3 rounded-xl border border-line bg-surface-raised p-5 sm:p-8"
      >
        <h1
          id="paper-title"
          className="text-2xl leading-tight font-bold [overflow-wrap:anywhere] sm:text-3xl"
        >
          {paper.title}
        </h1>
        <div className="mt-2">
          <PaperMeta paper={paper} />
        </div>
        {actions && <div className="mt-4 flex flex-wrap items-center gap-2">{actions}</div>}
        <dl className="mt-5 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {paper.organization && (
            <Field term="Organisation">
              {paper.organization.name} ({paper.organization.handle})
            </Field>
          )}
          {paper.authors.length > 0 && <Field term="Authors">{paper.authors.join(', ')}</Field>}
          {paper.authors.length === 0 && paper.authorCount !== null && (
            <Field term="Authors">{paper.authorCount}</Field>
          )}
          {paper.arxivId && <Field term="arXiv">{paper.arxivId}</Field>}
          {paper.topics.length > 0 && <Field term="Topics">{paper.topics.join(', ')}</Field>}
        </dl>
        <h2 className="mt-6 text-lg font-semibold">Abstract</h2>
        <p className="mt-2 leading-7 whitespace-pre-line [overflow-wrap:anywhere]">
          {paper.abstract}
        </p>
        <div className="mt-4">
          <ExternalLinks paper={paper} />
        </div>
        {paper.links.length > 0 && (
          <section aria-labelledby="links-heading" className="mt-6">
            <h2 id="links-heading" className="text-lg font-semibold">
              Links in the abstract
            </h2>
            <div className="mt-2 text-sm">
              <AllLinks links={paper.links} />
            </div>
          </section>
        )}
      </article>
      {personal && <div className="mt-6">{personal}</div>}
      {similar && <div className="mt-6">{similar}</div>}
    </div>
  );
}

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-ink-muted">{term}</dt>
      <dd className="[overflow-wrap:anywhere]">{children}</dd>
    </>
  );
}
