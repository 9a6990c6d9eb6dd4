import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Paper } from '@/features/papers/schema';
import { ImportDialog, type ImportDialogProps } from '@/features/transfer/components/import-dialog';
import { exportBackup } from '@/features/transfer/export/backup-export';
import { datasetPapers, fixture, makeEntry, makeLibrary, sample } from '../fixtures/import/papers';

function setup(library = makeLibrary(), papers: Paper[] = datasetPapers()) {
  const user = userEvent.setup();
  const onClose = vi.fn();
  const onConfirm = vi.fn<ImportDialogProps['onConfirm']>();
  const current = { catalogue: new Map(papers.map((paper) => [paper.id, paper])), library };
  render(<ImportDialog open onClose={onClose} current={current} onConfirm={onConfirm} />);
  const dialog = screen.getByRole('dialog', { name: 'Import' });
  return { user, onClose, onConfirm, dialog };
}

const file = (text: string, name: string, type = 'application/json') =>
  new File([text], name, { type });

describe('ImportDialog', () => {
  it('previews pasted API JSON, and imports only once confirmed', async () => {
    const { user, onConfirm, onClose, dialog } = setup();
    await user.click(within(dialog).getByLabelText('Paste text'));
    await user.paste(sample('hf-api-daily-papers-item.json'));
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
    expect(
      await within(dialog).findByText('Hugging Face API JSON, from pasted text.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Preview' })).toHaveFocus();
    expect(within(dialog).getByText('New').nextElementSibling).toHaveTextContent('1');
    expect(within(dialog).getByRole('region', { name: 'New papers' })).toHaveTextContent(
      'Large Multimodal Models as General In-Context Classifiers',
    );
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Import 1 paper' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    const [result] = onConfirm.mock.calls[0];
    expect(result).toMatchObject({
      importedPapers: [{ id: '2602.23229', upvotes: 10, comments: 1 }],
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('counts papers already in the catalogue as merged, not new', async () => {
    const { user, dialog } = setup();
    await user.upload(
      within(dialog).getByLabelText('Choose file'),
      file(fixture('arxiv.bib'), 'arxiv.bib', 'application/x-bibtex'),
    );
    expect(await within(dialog).findByText('BibTeX, from arxiv.bib.')).toBeInTheDocument();
    expect(within(dialog).getByText('New').nextElementSibling).toHaveTextContent('1');
    expect(
      within(dialog).getByText('Merged with papers already here').nextElementSibling,
    ).toHaveTextContent('1');
    expect(within(dialog).getByRole('button', { name: 'Import 2 papers' })).toBeInTheDocument();
  });

  it('changes nothing on Cancel', async () => {
    const { user, onConfirm, onClose, dialog } = setup();
    await user.upload(
      within(dialog).getByLabelText('Choose file'),
      file(fixture('zotero.bib'), 'zotero.bib'),
    );
    await within(dialog).findByRole('button', { name: 'Import 4 papers' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('shows located errors and offers no import for a broken file', async () => {
    const { user, onConfirm, dialog } = setup();
    await user.upload(
      within(dialog).getByLabelText('Choose file'),
      file(fixture('broken.bib'), 'broken.bib'),
    );
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported');
    expect(alert).toHaveTextContent('Entry hopper1952compiler (line 8): a { is never closed');
    expect(within(dialog).queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(within(dialog).getByLabelText('Choose file')).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('shows the line and column of a JSON syntax error', async () => {
    const { user, dialog } = setup();
    await user.upload(
      within(dialog).getByLabelText('Choose file'),
      file(fixture('truncated-api.json'), 'daily.json'),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Line 9, column \d+: JSON syntax error: .*cut short/,
    );
  });

  it('restores a backup by merge or, when chosen, by replace, saying what each changes', async () => {
    const current = makeLibrary({ mine: makeEntry({ note: 'A note only this browser has.' }) });
    const backup = makeLibrary({ theirs: makeEntry({ status: 'read' }) });
    const { user, onConfirm, dialog } = setup(current);
    await user.upload(
      within(dialog).getByLabelText('Choose file'),
      file(exportBackup(backup).content, 'backup.json'),
    );
    const merge = await within(dialog).findByRole('radio', { name: /^Merge/ });
    expect(merge).toBeChecked();
    expect(merge.closest('label')).toHaveTextContent('adds 1 paper to your library');
    const replace = within(dialog).getByRole('radio', { name: /^Replace/ });
    expect(replace.closest('label')).toHaveTextContent('removes 1 paper');
    expect(replace.closest('label')).toHaveTextContent(
      '1 note you have now would be lost or overwritten.',
    );

    await user.click(replace);
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    const [result] = onConfirm.mock.calls[0];
    expect(result).toMatchObject({ mode: 'replace', library: backup, importedPapers: [] });
  });
});
