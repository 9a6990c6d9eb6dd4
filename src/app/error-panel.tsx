import type { ReactNode } from 'react';

/** What a page shows in place of its content when it cannot be shown; the header stays usable. */
export function ErrorPanel({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div
      role="alert"
      className="mx-auto mt-8 max-w-xl rounded-xl border border-danger bg-danger-soft p-5 text-ink"
    >
      <h1 className="text-lg font-semibold">{title}</h1>
      <div className="mt-2 space-y-2 text-sm [overflow-wrap:anywhere]">{children}</div>
      <p className="mt-2 text-sm text-ink-muted">
        Your reading list, tags and notes are untouched.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {actions}
        {/* A full page load: it also recovers from a part of the app that failed to download. */}
        <a href="/" className="text-sm font-medium text-accent underline">
          Back to the papers
        </a>
      </div>
    </div>
  );
}
