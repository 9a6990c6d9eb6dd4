import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotesEditor } from '@/features/library/components/notes-editor';
import { getLibrary, libraryActions, resetLibraryInstance } from '@/features/library/hooks';
import { readStoredLibrary } from '@/features/library/persistence/migrate';
import { LIBRARY_STORAGE_KEY } from '@/features/library/state/store';

beforeEach(() => {
  resetLibraryInstance({ requestPersist: null });
});
afterEach(() => getLibrary().dispose());

const storedNote = (id: string) => {
  const read = readStoredLibrary(localStorage.getItem(LIBRARY_STORAGE_KEY));
  return read.kind === 'ok' ? read.data.entries[id]?.note : undefined;
};

describe('NotesEditor', () => {
  it('autosaves while typing and shows the saved state', async () => {
    const user = userEvent.setup();
    render(<NotesEditor paperId="p1" />);
    await user.type(
      screen.getByRole('textbox', { name: 'Notes' }),
      'Key idea: **sparse** attention',
    );
    expect(screen.getByText('Saving…')).toBeInTheDocument();
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(storedNote('p1')).toBe('Key idea: **sparse** attention');
  });

  it('says "Not saved" when the browser refuses to store it, and recovers', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    render(<NotesEditor paperId="p1" />);
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'x');
    expect(await screen.findByText('Not saved')).toBeInTheDocument();
    expect(notes).toHaveValue('x');

    setItem.mockRestore();
    await user.type(notes, 'y');
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(storedNote('p1')).toBe('xy');
  });

  it('previews a hostile note without running or linking anything', async () => {
    libraryActions.setNote(
      'p1',
      'Look: <img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) and [code](https://github.com/a/b)',
    );
    const user = userEvent.setup();
    const { container } = render(<NotesEditor paperId="p1" />);
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const preview = await screen.findByRole('region', { name: 'Notes' });
    expect(await screen.findByText(/Look:/)).toBeInTheDocument();
    expect(preview).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img, [onerror]')).toBeNull();
    expect(screen.queryByRole('link', { name: 'x' })).not.toBeInTheDocument();
    const safe = screen.getByRole('link', { name: 'code' });
    expect(safe).toHaveAttribute('href', 'https://github.com/a/b');
    expect(safe).toHaveAttribute('target', '_blank');
    expect(safe).toHaveAttribute('rel', 'noopener noreferrer');

    await user.click(screen.getByRole('button', { name: 'Write' }));
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      'Look: <img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) and [code](https://github.com/a/b)',
    );
  });
});
