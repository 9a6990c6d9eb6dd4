import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManageTagsButton } from '@/features/library/components/manage-tags-dialog';
import { TagInput } from '@/features/library/components/tag-input';
import { TagList } from '@/features/library/components/tag-list';
import { getLibrary, libraryActions, resetLibraryInstance } from '@/features/library/hooks';

beforeEach(() => {
  resetLibraryInstance({ requestPersist: null });
});
afterEach(() => getLibrary().dispose());

const tagsOf = (id: string) => getLibrary().core.store.getState().entries[id]?.tags;

function PaperTags({ id }: { id: string }) {
  return (
    <section aria-label={`Tags of ${id}`}>
      <TagList paperId={id} />
      <TagInput paperId={id} />
    </section>
  );
}

describe('TagInput and TagList', () => {
  it('adds a normalised tag on Enter and removes it', async () => {
    const user = userEvent.setup();
    render(<PaperTags id="p1" />);
    const input = screen.getByRole('textbox', { name: 'Add tag' });
    await user.type(input, '  Diffusion   Models {Enter}');
    expect(input).toHaveValue('');
    expect(screen.getByRole('list', { name: 'Tags' })).toHaveTextContent('diffusion models');
    await user.type(input, 'DIFFUSION models{Enter}');
    expect(tagsOf('p1')).toEqual(['diffusion models']);

    await user.click(screen.getByRole('button', { name: 'Remove tag diffusion models' }));
    expect(screen.queryByRole('list', { name: 'Tags' })).not.toBeInTheDocument();
    expect(tagsOf('p1')).toEqual([]);
  });

  it('offers tags already used elsewhere while typing', async () => {
    libraryActions.addTag('other', 'vision');
    libraryActions.addTag('other', 'video');
    libraryActions.addTag('p1', 'rl');
    const user = userEvent.setup();
    render(<PaperTags id="p1" />);
    await user.type(screen.getByRole('textbox', { name: 'Add tag' }), 'vi');
    const matches = screen.getByRole('group', { name: 'Matching tags' });
    expect(
      within(matches)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['video', 'vision']);

    await user.click(within(matches).getByRole('button', { name: 'vision' }));
    expect(tagsOf('p1')).toEqual(['rl', 'vision']);
    expect(screen.queryByRole('group', { name: 'Matching tags' })).not.toBeInTheDocument();
  });
});

describe('ManageTagsDialog', () => {
  it('renames a tag across the whole library, merging into an existing one', async () => {
    libraryActions.addTag('p1', 'rl');
    libraryActions.addTag('p2', 'rl');
    libraryActions.addTag('p2', 'reinforcement learning');
    const user = userEvent.setup();
    render(
      <>
        <ManageTagsButton />
        <PaperTags id="p1" />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Manage tags' }));
    const dialog = screen.getByRole('dialog', { name: 'Manage tags' });
    expect(within(dialog).getByRole('list', { name: 'All tags' })).toHaveTextContent('rl2 papers');

    await user.click(within(dialog).getByRole('button', { name: 'Rename tag rl' }));
    const name = within(dialog).getByRole('textbox', { name: 'New name for rl' });
    await user.clear(name);
    await user.type(name, 'Reinforcement Learning');
    expect(within(dialog).getByText(/Merges into the existing tag/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(tagsOf('p1')).toEqual(['reinforcement learning']);
    expect(tagsOf('p2')).toEqual(['reinforcement learning']);
    expect(screen.getByRole('list', { name: 'Tags' })).toHaveTextContent('reinforcement learning');
    expect(within(dialog).queryByRole('button', { name: 'Rename tag rl' })).not.toBeInTheDocument();
  });

  it('deletes a tag everywhere only after a confirmation', async () => {
    libraryActions.addTag('p1', 'old');
    libraryActions.addTag('p2', 'old');
    libraryActions.addTag('p2', 'keep');
    const user = userEvent.setup();
    render(<ManageTagsButton />);
    await user.click(screen.getByRole('button', { name: 'Manage tags' }));
    const dialog = screen.getByRole('dialog', { name: 'Manage tags' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete tag old' }));
    expect(tagsOf('p1')).toEqual(['old']);
    expect(within(dialog).getByText('Remove “old” from 2 papers?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(tagsOf('p1')).toEqual([]);
    expect(tagsOf('p2')).toEqual(['keep']);
  });
});
