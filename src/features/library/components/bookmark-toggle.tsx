import { Button } from '@/components/ui/button';
import { libraryActions, useCanEdit, useStatus } from '@/features/library/hooks';

type BookmarkToggleProps = { paperId: string; title: string };

/** Puts a paper in the reading list as "To read", or takes it out; the name stays constant, the state is aria-pressed. */
export function BookmarkToggle({ paperId, title }: BookmarkToggleProps) {
  const inList = useStatus(paperId) !== null;
  const canEdit = useCanEdit();
  return (
    <Button
      variant={inList ? 'primary' : 'secondary'}
      aria-pressed={inList}
      aria-label={`Bookmark ${title}`}
      disabled={!canEdit}
      onClick={() => libraryActions.toggleBookmark(paperId)}
    >
      <span aria-hidden="true">{inList ? '★' : '☆'}</span>
      <span>Bookmark</span>
    </Button>
  );
}
