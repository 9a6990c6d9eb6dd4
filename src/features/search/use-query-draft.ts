import { useState } from 'react';

/** What the box shows while typing, and the URL's query when it was last typed into. */
type Draft = { text: string; seenQ: string };

/**
 * The search box text, echoed and searched at once, while the URL follows when typing pauses (`useViewState`).
 * The URL stays the source of truth: when its query changes for another reason than this draft being written
 * (back, a removed chip), the box shows the URL's query again.
 */
export function useQueryDraft(
  q: string,
  commit: (text: string) => void,
): [string, (text: string) => void] {
  const [draft, setDraft] = useState<Draft | null>(null);
  const current = draft !== null && (q === draft.seenQ || q === draft.text) ? draft : null;

  const change = (text: string) => {
    setDraft({ text, seenQ: q });
    commit(text);
  };
  return [current ? current.text : q, change];
}
