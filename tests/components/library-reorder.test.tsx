import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReorderControls } from '@/features/library/components/reorder-controls';
import { useDragReorder } from '@/features/library/components/use-drag-reorder';
import {
  getLibrary,
  libraryActions,
  resetLibraryInstance,
  useEntries,
} from '@/features/library/hooks';
import { queueIds } from '@/features/library/state/counts';

let clock = Date.UTC(2025, 11, 9);

beforeEach(() => {
  resetLibraryInstance({ requestPersist: null, now: () => (clock += 1000) });
  for (const id of ['alpha', 'beta', 'gamma']) libraryActions.toggleBookmark(id);
});
afterEach(() => getLibrary().dispose());

function Queue() {
  const ids = queueIds(useEntries());
  const drag = useDragReorder(ids);
  return (
    <ol aria-label="Queue">
      {ids.map((id) => (
        <li key={id} {...drag.itemProps(id)}>
          <span>{id}</span>
          <ReorderControls paperId={id} title={id} orderedIds={ids} />
        </li>
      ))}
    </ol>
  );
}

const shown = () =>
  screen.getAllByRole('listitem').map((item) => item.querySelector('span')?.textContent);

describe('reordering the queue', () => {
  it('moves a paper with the buttons, by mouse or keyboard', async () => {
    const user = userEvent.setup();
    render(<Queue />);
    expect(shown()).toEqual(['alpha', 'beta', 'gamma']);
    expect(screen.getByRole('button', { name: 'Move alpha up' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Move gamma up' }));
    expect(shown()).toEqual(['alpha', 'gamma', 'beta']);

    screen.getByRole('button', { name: 'Move alpha down' }).focus();
    await user.keyboard('{Enter}');
    expect(shown()).toEqual(['gamma', 'alpha', 'beta']);
    expect(screen.getByText('Moved alpha to position 2 of 3.')).toBeInTheDocument();
  });

  it('moves a paper by dragging it onto another', () => {
    render(<Queue />);
    const [alpha, , gamma] = screen.getAllByRole('listitem');
    const dataTransfer = {
      setData: () => undefined,
      getData: () => '',
      effectAllowed: '',
      dropEffect: '',
    };
    fireEvent.dragStart(gamma, { dataTransfer });
    fireEvent.dragOver(alpha, { dataTransfer });
    fireEvent.drop(alpha, { dataTransfer });
    expect(shown()).toEqual(['gamma', 'alpha', 'beta']);
  });

  it('keeps the order after a reload', () => {
    const ids = ['alpha', 'beta', 'gamma'];
    libraryActions.moveEntry('alpha', ids, 2);
    libraryActions.flush();
    resetLibraryInstance({ requestPersist: null });
    render(<Queue />);
    expect(shown()).toEqual(['beta', 'gamma', 'alpha']);
  });
});
