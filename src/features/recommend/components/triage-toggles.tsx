import { Button } from '@/components/ui/button';
import { useCanEdit } from '@/features/library/hooks';
import { useRating } from '@/features/library/rating-hooks';
import { toggleRating } from '@/features/recommend/triage';
import { useHotkeys } from '@/lib/hotkeys';

type TriageTogglesProps = { paperId: string; title: string };

/**
 * "More like this" and "Not interested": toggles (aria-pressed) whose names start with those words. Each
 * press can be undone from the toast; "Not interested" hides the paper from lists but the reading list.
 */
export function TriageToggles({ paperId, title }: TriageTogglesProps) {
  const rating = useRating(paperId);
  const canEdit = useCanEdit();
  const toggle = (value: 'more' | 'less', label: string, symbol: string) => (
    <Button
      variant={rating === value ? 'primary' : 'secondary'}
      aria-pressed={rating === value}
      aria-label={`${label}: ${title}`}
      title={`${label} (${symbol})`}
      disabled={!canEdit}
      onClick={() => toggleRating(paperId, title, value)}
    >
      <span aria-hidden="true">{symbol}</span>
      <span className="hidden sm:inline">{label}</span>
    </Button>
  );
  return (
    <>
      {toggle('more', 'More like this', '+')}
      {toggle('less', 'Not interested', '−')}
    </>
  );
}

/** `+` and `-` on a paper's own page, where the paper shown is the current one. */
export function TriageKeys({ paperId, title }: TriageTogglesProps) {
  useHotkeys({
    '+': () => toggleRating(paperId, title, 'more'),
    '=': () => toggleRating(paperId, title, 'more'),
    '-': () => toggleRating(paperId, title, 'less'),
  });
  return null;
}
