import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BookmarkToggle } from '@/features/library/components/bookmark-toggle';
import { QueueSummary } from '@/features/library/components/queue-summary';
import { StatusSelect } from '@/features/library/components/status-select';
import { getLibrary, libraryActions, resetLibraryInstance } from '@/features/library/hooks';

beforeEach(() => {
  resetLibraryInstance({ requestPersist: null });
});
afterEach(() => getLibrary().dispose());

function Card({ id, title }: { id: string; title: string }) {
  return (
    <article aria-label={title}>
      <BookmarkToggle paperId={id} title={title} />
      <StatusSelect paperId={id} title={title} />
    </article>
  );
}

describe('BookmarkToggle and StatusSelect', () => {
  it('bookmarks a paper as "To read" and moves it through the statuses and out again', async () => {
    const user = userEvent.setup();
    render(<Card id="2305.07922" title="CodeT5+" />);
    const bookmark = screen.getByRole('button', { name: /^Bookmark/ });
    const status = screen.getByRole('combobox', { name: 'Reading status' });
    expect(bookmark).toHaveAttribute('aria-pressed', 'false');
    expect(status).toHaveValue('');

    await user.click(bookmark);
    expect(bookmark).toHaveAttribute('aria-pressed', 'true');
    expect(status).toHaveDisplayValue('To read');

    await user.selectOptions(status, 'Reading');
    await user.selectOptions(status, 'Read');
    const entry = getLibrary().core.store.getState().entries['2305.07922'];
    expect(entry).toMatchObject({ status: 'read' });
    expect(entry?.startedAt).not.toBeNull();
    expect(entry?.finishedAt).not.toBeNull();

    await user.selectOptions(status, 'Not in list');
    expect(bookmark).toHaveAttribute('aria-pressed', 'false');
  });

  it('puts a paper in the list straight from the status control, and the bookmark follows', async () => {
    const user = userEvent.setup();
    render(<Card id="p1" title="Paper one" />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reading status' }), 'Reading');
    expect(screen.getByRole('button', { name: 'Bookmark Paper one' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('survives a reload', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Card id="p1" title="Paper one" />);
    await user.click(screen.getByRole('button', { name: /^Bookmark/ }));
    libraryActions.flush();
    unmount();
    resetLibraryInstance({ requestPersist: null });
    render(<Card id="p1" title="Paper one" />);
    expect(screen.getByRole('button', { name: /^Bookmark/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('QueueSummary', () => {
  it('counts the queue by status', () => {
    libraryActions.setStatus('a', 'read');
    libraryActions.setStatus('b', 'reading');
    libraryActions.toggleBookmark('c');
    libraryActions.toggleBookmark('d');
    render(<QueueSummary />);
    expect(screen.getByText('1 of 4 read')).toBeInTheDocument();
    const byStatus = screen.getByRole('list', { name: 'Papers by status' });
    expect(byStatus).toHaveTextContent('To read: 2');
    expect(byStatus).toHaveTextContent('Reading: 1');
  });
});
