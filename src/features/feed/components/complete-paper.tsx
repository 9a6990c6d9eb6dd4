import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { applyStoredRecords } from '@/features/feed/catalogue-query';
import { completePaper, describeAdded, needsCompleting } from '@/features/feed/complete';
import { HfApiError } from '@/features/feed/hf-errors';
import type { Paper } from '@/features/papers/schema';

type Status =
  { state: 'idle' } | { state: 'running' } | { state: 'done'; ok: boolean; text: string };

function messageOf(result: Awaited<ReturnType<typeof completePaper>>): string {
  if (result.kind === 'not-found') return 'Hugging Face has no paper with this exact title';
  const added = describeAdded(result.added);
  const text = added
    ? `Completed: ${added} added`
    : 'Completed: Hugging Face knows nothing more about this paper';
  return result.stored
    ? text
    : `${text} (the browser refused to store them: they are shown until the page is reloaded)`;
}

/**
 * "Complete from Hugging Face" for one paper cited by a bare title: a search by its exact title
 * adds the authors and the arXiv id (and with it the arXiv, PDF and Hugging Face links). A failure
 * changes nothing and says why.
 */
export function CompletePaper({ paper }: { paper: Paper }) {
  const client = useQueryClient();
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const lacking = needsCompleting(paper);
  if (!lacking && status.state === 'idle') return null;

  const complete = async () => {
    setStatus({ state: 'running' });
    try {
      const result = await completePaper(paper);
      if (result.kind === 'completed') applyStoredRecords(client, result.records);
      setStatus({ state: 'done', ok: result.kind === 'completed', text: messageOf(result) });
    } catch (error) {
      const text =
        error instanceof HfApiError
          ? error.message
          : `The paper could not be completed: ${error instanceof Error ? error.message : String(error)}`;
      setStatus({ state: 'done', ok: false, text });
    }
  };

  return (
    <>
      {lacking && (
        <Button onClick={() => void complete()} disabled={status.state === 'running'}>
          {status.state === 'running' ? 'Completing…' : 'Complete from Hugging Face'}
        </Button>
      )}
      <p
        role="status"
        className={`basis-full text-sm [overflow-wrap:anywhere] ${status.state === 'done' && !status.ok ? 'text-danger' : 'text-ink-muted'}`}
      >
        {status.state === 'running' && 'Searching Hugging Face for this title…'}
        {status.state === 'done' && status.text}
      </p>
    </>
  );
}
