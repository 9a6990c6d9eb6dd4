import { useEffect, useState, type ReactNode } from 'react';
import { useSearchEngine } from '@/features/search/engine-context';
import {
  SIGNAL_LABELS,
  type ModelSummary,
  type SignalKind,
  type WordWeight,
} from '@/features/recommend/types';
import { paperCount } from '@/lib/paper-count';

type ModelViewProps = {
  tags: readonly string[];
  /** A suggested paper, drawn by the app (title link and triage toggles). */
  renderPaper: (id: string) => ReactNode;
};

function useSummary(tags: readonly string[]): ModelSummary | null {
  const { client, userDataVersion } = useSearchEngine();
  const [summary, setSummary] = useState<{ key: string; summary: ModelSummary } | null>(null);
  const key = `${tags.join('\n')}\n${userDataVersion}`;
  useEffect(() => {
    let active = true;
    void client.recommend({ kind: 'summary', tags: [...tags] }).then((reply) => {
      if (active && reply.kind === 'summary') setSummary({ key, summary: reply.summary });
    });
    return () => {
      active = false;
    };
  }, [client, tags, key]);
  return summary?.key === key ? summary.summary : (summary?.summary ?? null);
}

function WordList({ title, words }: { title: string; words: WordWeight[] }) {
  const top = Math.max(...words.map((w) => Math.abs(w.weight)), 1e-9);
  return (
    <section aria-label={title} className="min-w-0 flex-1">
      <h2 className="text-lg font-semibold">{title}</h2>
      {words.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">None yet.</p>
      ) : (
        <ol className="mt-2 space-y-1 text-sm">
          {words.map(({ word, weight }) => (
            <li key={word} className="flex items-center gap-2">
              <span className="w-32 shrink-0 truncate font-mono">{word}</span>
              <span
                aria-hidden="true"
                className={`h-2 rounded ${weight > 0 ? 'bg-accent' : 'bg-danger'}`}
                style={{ width: `${Math.round((Math.abs(weight) / top) * 100)}%` }}
              />
              <span className="sr-only">{weight.toFixed(3)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const KINDS: SignalKind[] = ['more', 'read', 'reading', 'to-read', 'tag', 'note', 'less'];

/** The model itself, as arxiv-sanity's "inspect": its strongest words, what it learnt from, what to rate next. */
export function ModelView({ tags, renderPaper }: ModelViewProps) {
  const summary = useSummary(tags);
  if (!summary) return <p className="mt-4 text-ink-muted">Reading your signals…</p>;
  const { info } = summary;
  const kinds = KINDS.filter((kind) => summary.byKind[kind] > 0).map(
    (kind) => `${SIGNAL_LABELS[kind]} ${summary.byKind[kind]}`,
  );
  return (
    <div className="mt-4 space-y-6">
      <section aria-label="What it learnt from" className="space-y-1 text-sm">
        <p>
          Learnt from {paperCount(info.positives)} on the liked side
          {info.state === 'ranked' ? ` and ${paperCount(info.negatives)} on the other` : ''}
          {kinds.length > 0 ? ` (${kinds.join(', ')})` : ''}
          {summary.sampled > 0
            ? `, against ${paperCount(summary.sampled)} you have not rated, sampled as mild negatives`
            : ''}
          .
        </p>
        {info.state === 'too-few' ? (
          <p className="font-medium">
            It knows too little yet: it needs {paperCount(info.needed)} on the liked side, so far{' '}
            {info.positives}. Until then “For you” lists the newest papers first.
          </p>
        ) : (
          summary.trainMs !== null && (
            <p className="text-ink-muted">
              Trained in {Math.max(1, Math.round(summary.trainMs))} ms, in your browser; nothing
              leaves it.
            </p>
          )
        )}
      </section>
      {info.state === 'ranked' && (
        <div className="flex flex-col gap-6 sm:flex-row">
          <WordList title="Words that lift a paper" words={summary.positiveWords} />
          <WordList title="Words that hold a paper down" words={summary.negativeWords} />
        </div>
      )}
      <section aria-labelledby="rate-next">
        <h2 id="rate-next" className="text-lg font-semibold">
          What to rate next
        </h2>
        <p className="mt-1 text-sm text-ink-muted">
          {info.state === 'ranked'
            ? 'The papers the model is least sure about: a rating here teaches it most.'
            : 'Recent papers from different topics: a few ratings cover your range.'}
        </p>
        <ul className="mt-3 space-y-3">
          {summary.suggestions.map((id) => (
            <li key={id}>{renderPaper(id)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
