import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '@/lib/download';
import { ExportMenu } from '@/features/transfer/components/export-menu';
import type { ExportItem, ExportScope } from '@/features/transfer/export/export-types';
import { makeEntry, makeLibrary, makePaper } from '../fixtures/import/papers';

vi.mock('@/lib/download', () => ({ downloadFile: vi.fn() }));

const listed: ExportItem = {
  paper: makePaper(),
  entry: makeEntry({ status: 'reading', note: 'My note' }),
};
const result: ExportItem = {
  paper: makePaper({
    id: 'other',
    arxivId: null,
    title: 'Another Paper',
    authors: ['Ada Lovelace'],
  }),
  entry: null,
};
const items: Record<ExportScope, ExportItem[]> = {
  'reading-list': [listed],
  results: [listed, result],
  selection: [],
};

function setup(props: Partial<Parameters<typeof ExportMenu>[0]> = {}) {
  const user = userEvent.setup();
  const getItems = vi.fn((scope: ExportScope) => items[scope]);
  const onBackedUp = vi.fn();
  render(
    <ExportMenu
      getItems={getItems}
      getLibrary={() => makeLibrary({ x: makeEntry() })}
      onBackedUp={onBackedUp}
      {...props}
    />,
  );
  return {
    user,
    getItems,
    onBackedUp,
    exportButton: screen.getByRole('button', { name: 'Export' }),
  };
}

describe('ExportMenu', () => {
  beforeEach(() => vi.mocked(downloadFile).mockClear());

  it('offers every format and the scopes, the reading list by default', async () => {
    const { user, exportButton } = setup();
    expect(exportButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(exportButton);
    expect(exportButton).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Markdown', 'BibTeX', 'RIS', 'CSL-JSON', 'CSV', 'JSON backup']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('radio', { name: 'Reading list' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Current results' })).not.toBeChecked();
    expect(screen.queryByRole('radio', { name: 'Selection' })).not.toBeInTheDocument();
  });

  it('downloads the chosen scope in the chosen format, then closes and returns focus', async () => {
    const { user, getItems, exportButton } = setup();
    await user.click(exportButton);
    await user.click(screen.getByRole('radio', { name: 'Current results' }));
    await user.click(screen.getByRole('button', { name: 'BibTeX' }));
    expect(getItems).toHaveBeenCalledWith('results');
    await vi.waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(1));
    const [filename, content, mimeType] = vi.mocked(downloadFile).mock.calls[0];
    expect(filename).toMatch(/^papershelf-results-\d{4}-\d{2}-\d{2}\.bib$/);
    expect(content).toContain('@misc{wang2023codet5,');
    expect(content).toContain('@misc{lovelace2023another,');
    expect(mimeType).toBe('application/x-bibtex');
    expect(screen.queryByRole('button', { name: 'BibTeX' })).not.toBeInTheDocument();
    expect(exportButton).toHaveFocus();
  });

  it('copies Markdown to the clipboard', async () => {
    const { user, exportButton } = setup();
    await user.click(exportButton);
    await user.click(
      within(screen.getByRole('group', { name: 'Markdown' })).getByRole('button', { name: 'Copy' }),
    );
    await vi.waitFor(() =>
      expect(screen.getByText('Copied 1 paper as Markdown.')).toBeInTheDocument(),
    );
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('## Reading (1)');
    expect(copied).toContain('  My note');
    expect(downloadFile).not.toHaveBeenCalled();
  });

  it('closes on Escape with focus back on the Export button, and works from the keyboard', async () => {
    const { user, exportButton } = setup();
    exportButton.focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Reading list' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Markdown' })).not.toBeInTheDocument();
    expect(exportButton).toHaveFocus();
  });

  it('saves a JSON backup of the whole library and reports it', async () => {
    const { user, onBackedUp, exportButton } = setup({ hasSelection: true });
    await user.click(exportButton);
    await user.click(screen.getByRole('radio', { name: 'Selection' }));
    await user.click(screen.getByRole('button', { name: 'JSON backup' }));
    await vi.waitFor(() => expect(onBackedUp).toHaveBeenCalledTimes(1));
    const [filename, content] = vi.mocked(downloadFile).mock.calls[0];
    expect(filename).toMatch(/^papershelf-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(content).toContain('"format": "papershelf-backup"');
    expect(onBackedUp.mock.calls[0][0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('says so instead of saving an empty file', async () => {
    const { user, exportButton } = setup({ hasSelection: true });
    await user.click(exportButton);
    await user.click(screen.getByRole('radio', { name: 'Selection' }));
    await user.click(screen.getByRole('button', { name: 'CSV' }));
    expect(await screen.findByText('Nothing to export: selection is empty.')).toBeInTheDocument();
    expect(downloadFile).not.toHaveBeenCalled();
  });
});
