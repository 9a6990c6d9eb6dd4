import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageBanner } from '@/features/library/components/storage-banner';
import { getLibrary, libraryActions, resetLibraryInstance } from '@/features/library/hooks';
import { LIBRARY_STORAGE_KEY as KEY } from '@/features/library/state/store';
import { downloadFile } from '@/lib/download';

vi.mock('@/lib/download', () => ({ downloadFile: vi.fn() }));

beforeEach(() => {
  vi.mocked(downloadFile).mockClear();
});
afterEach(() => getLibrary().dispose());

const open = () => resetLibraryInstance({ requestPersist: null });

describe('StorageBanner', () => {
  it('shows nothing when all is well', () => {
    open();
    const { container } = render(<StorageBanner />);
    expect(container).toBeEmptyDOMElement();
  });

  it('offers the unreadable bytes for download, then starts fresh keeping them aside', async () => {
    const raw = '{"version":1,"data":{"entries":{"a":';
    localStorage.setItem(KEY, raw);
    open();
    const user = userEvent.setup();
    render(<StorageBanner />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('could not be read');
    expect(alert).toHaveTextContent('Import');

    await user.click(within(alert).getByRole('button', { name: 'Download the unreadable data' }));
    expect(downloadFile).toHaveBeenCalledWith(
      expect.stringMatching(/^papershelf-unreadable/),
      raw,
      'text/plain',
    );
    expect(localStorage.getItem(KEY)).toBe(raw);

    await user.click(within(alert).getByRole('button', { name: 'Start fresh' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const asideKey = Object.keys(localStorage).find((key) => key.startsWith(`${KEY}:quarantine:`));
    expect(asideKey && localStorage.getItem(asideKey)).toBe(raw);
    expect(localStorage.getItem(KEY)).not.toBe(raw);
  });

  it('makes a tab read-only when the data is from a newer version, with a reload', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 99, data: {} }));
    open();
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    const user = userEvent.setup();
    render(<StorageBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent('newer version');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalled();
  });

  it('says changes are not saved while writes fail, and offers a backup', async () => {
    open();
    const onBackup = vi.fn();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    render(<StorageBanner onBackup={onBackup} />);
    libraryActions.toggleBookmark('p1');
    libraryActions.flush();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not being saved');
    expect(alert).toHaveTextContent('full');
    await user.click(within(alert).getByRole('button', { name: 'Export a JSON backup' }));
    expect(onBackup).toHaveBeenCalled();

    setItem.mockRestore();
    libraryActions.toggleBookmark('p2');
    libraryActions.flush();
    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('warns when storage is nearly full', async () => {
    resetLibraryInstance({ requestPersist: null, nearQuotaChars: 500 });
    render(<StorageBanner />);
    libraryActions.setNote('p1', 'n'.repeat(600));
    libraryActions.flush();
    expect(await screen.findByRole('status')).toHaveTextContent('almost full');
  });

  it('nudges for a backup after enough changes, politely', async () => {
    open();
    const onBackup = vi.fn();
    const user = userEvent.setup();
    render(<StorageBanner onBackup={onBackup} nudgeAfterChanges={3} />);
    libraryActions.toggleBookmark('a');
    libraryActions.toggleBookmark('b');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    libraryActions.toggleBookmark('c');
    const nudge = await screen.findByRole('status');
    expect(nudge).toHaveTextContent('Last backup: never — 3 changes since');
    await user.click(within(nudge).getByRole('button', { name: 'Export a JSON backup' }));
    expect(onBackup).toHaveBeenCalled();
    libraryActions.markBackedUp();
    await vi.waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
  });
});
