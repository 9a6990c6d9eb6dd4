import { startTransition, useState } from 'react';

type Draft = { text: string; accepted: ReadonlySet<string> };

/**
 * The search box text, echoed at once, while the URL (and so the search and the list) follows in a transition
 * that never holds up the next keystroke. The URL stays the source of truth: when it changes for another reason
 * (back, a removed chip), the box shows the URL's query again.
 */
export function useQueryDraft(
  q: string,
  commit: (text: string) => void,
): [string, (text: string) => void] {
  const [draft, setDraft] = useState<Draft | null>(null);
  // The draft stands while the URL holds a query of this typing burst (the one before it or any typed since).
  const current = draft !== null && draft.accepted.has(q) ? draft : null;

  const change = (text: string) => {
    setDraft({ text, accepted: new Set([...(current?.accepted ?? []), q, text]) });
    startTransition(() => commit(text));
  };
  return [current ? current.text : q, change];
}
