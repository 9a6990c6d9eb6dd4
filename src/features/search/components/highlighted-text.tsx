import { highlight } from '@/features/search/ranking/highlight';
import type { HighlightTerm } from '@/features/search/types';

/** Text with the words the query matched wrapped in <mark>; always rendered as text nodes. */
export function HighlightedText({
  text,
  terms,
}: {
  text: string;
  terms: readonly HighlightTerm[];
}) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlight(text, terms).map((segment, index) =>
        segment.match ? (
          <mark key={index}>{segment.text}</mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
