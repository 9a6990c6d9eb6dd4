import { useEffect, useState } from 'react';
import { useSearchEngine } from '@/features/search/engine-context';
import {
  SIGNAL_LABELS,
  type Explanation,
  type SignalContribution,
} from '@/features/recommend/types';

type WhyDisclosureProps = {
  paperId: string;
  /** The tags whose model ranked the list; empty for the overall one. */
  tags: readonly string[];
};

/** Asks the worker why the model scores this paper as it does; again whenever the reader's data changes. */
function useExplanation(paperId: string, tags: readonly string[]): Explanation | null | undefined {
  const { client, userDataVersion } = useSearchEngine();
  const [answer, setAnswer] = useState<{ key: string; explanation: Explanation | null }>();
  const key = `${paperId}\n${tags.join('\n')}\n${userDataVersion}`;
  useEffect(() => {
    let active = true;
    client.recommend({ kind: 'explain', id: paperId, tags: [...tags] }).then(
      (reply) => {
        if (active && reply.kind === 'explain') setAnswer({ key, explanation: reply.explanation });
      },
      () => active && setAnswer({ key, explanation: null }),
    );
    return () => {
      active = false;
    };
  }, [client, paperId, tags, key]);
  return answer?.key === key ? answer.explanation : undefined;
}

const words = (list: Explanation['lifting']) => list.map((w) => w.word).join(', ');

function Signals({ label, signals }: { label: string; signals: SignalContribution[] }) {
  if (signals.length === 0) return null;
  return (
    <p>
      <span className="font-medium">{label}</span>{' '}
      {signals.map((signal, index) => (
        <span key={signal.id}>
          {index > 0 && '; '}“{signal.title}” (
          {signal.kinds.map((kind) => SIGNAL_LABELS[kind]).join(', ')})
        </span>
      ))}
    </p>
  );
}

/** "Why": the words that lifted this paper (and held it down), and the reader's papers it is most like. */
export function WhyDisclosure({ paperId, tags }: WhyDisclosureProps) {
  const explanation = useExplanation(paperId, tags);
  return (
    <details className="w-full text-sm">
      <summary className="min-h-11 cursor-pointer content-center rounded-md font-medium text-accent sm:min-h-8">
        Why
      </summary>
      <div className="mt-1 space-y-1 rounded-lg bg-surface-sunken p-3">
        {explanation === undefined && <p>Working it out…</p>}
        {explanation === null && <p>The model knows too little to say yet.</p>}
        {explanation && (
          <>
            {explanation.lifting.length > 0 && (
              <p>
                <span className="font-medium">Lifted by</span> {words(explanation.lifting)}
              </p>
            )}
            {explanation.holding.length > 0 && (
              <p>
                <span className="font-medium">Held down by</span> {words(explanation.holding)}
              </p>
            )}
            <Signals label="Like" signals={explanation.signals.filter((s) => s.weight > 0)} />
            <Signals label="Unlike" signals={explanation.signals.filter((s) => s.weight < 0)} />
          </>
        )}
      </div>
    </details>
  );
}
