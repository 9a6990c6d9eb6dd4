import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { useSearch } from 'wouter';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ListPage } from '@/app/list-page';
import { CatalogueSearchEngine } from '@/app/catalogue-search-engine';
import { getLibrary, resetLibraryInstance } from '@/features/library/hooks';
import { createSearchClient, type SearchClient } from '@/features/search/worker/client';
import { renderWithApp } from './render';

const dataset = readFileSync('public/papers.json', 'utf8');

beforeEach(() => {
  resetLibraryInstance({ requestPersist: null });
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(
        new Response(dataset, { status: 200, headers: { 'Content-Type': 'application/json' } }),
      ),
    ),
  );
});
afterEach(() => {
  getLibrary().dispose();
  vi.unstubAllGlobals();
});

function renderList(path = '/', urls: string[] = []) {
  return renderWithApp(
    <CatalogueSearchEngine client={createSearchClient({ useWorker: false })}>
      <ListPage scope="all" heading="Papers" />
      <UrlLog urls={urls} />
    </CatalogueSearchEngine>,
    { path },
  );
}

/** Records every query string the page's URL takes. */
function UrlLog({ urls }: { urls: string[] }) {
  const search = useSearch();
  useEffect(() => void urls.push(search), [urls, search]);
  return null;
}

const count = () => screen.getByRole('status');

describe('the list page', () => {
  it('announces the count and narrows it as the user types', async () => {
    const { user, location } = renderList();
    await waitFor(() => expect(count()).toHaveTextContent('40 papers'));
    await user.type(screen.getByRole('searchbox', { name: 'Search papers' }), 'speech');
    await waitFor(() => {
      expect(count().textContent).toMatch(/^\d+ papers?$/);
      expect(count()).not.toHaveTextContent('40 papers');
    });
    await waitFor(() => expect(location.history?.at(-1)).toContain('q=speech'));
  });

  it('writes a typed query to the URL when typing pauses, not at every keystroke', async () => {
    const urls: string[] = [];
    const { user, location } = renderList('/', urls);
    await waitFor(() => expect(count()).toHaveTextContent('40 papers'));
    await user.type(screen.getByRole('searchbox', { name: 'Search papers' }), 'speech');
    await waitFor(() => expect(count()).not.toHaveTextContent('40 papers'));
    await waitFor(() => expect(location.history?.at(-1)).toBe('/?q=speech'));
    expect(urls).toEqual(['', 'q=speech']);
    expect(location.history).toEqual(['/', '/?q=speech']);
  }, 20_000);

  it('writes the typed query as soon as the search box is left', async () => {
    const { user, location } = renderList();
    await waitFor(() => expect(count()).toHaveTextContent('40 papers'));
    await user.type(screen.getByRole('searchbox', { name: 'Search papers' }), 'encoder');
    await user.tab();
    expect(location.history?.at(-1)).toBe('/?q=encoder');
  }, 20_000);

  it('shows each facet option with its count, filters on click and offers a removable chip', async () => {
    const { user, location } = renderList();
    await waitFor(() => expect(count()).toHaveTextContent('40 papers'));
    const filters = screen.getByRole('region', { name: 'Filters' });
    const kyutai = await within(filters).findByRole('checkbox', { name: 'Kyutai' });
    expect(kyutai).toHaveAccessibleDescription('1 paper');
    await user.click(kyutai);
    await waitFor(() => expect(count()).toHaveTextContent('1 paper'));
    expect(location.history?.at(-1)).toContain('org=kyutai');
    // Counts move with the other filters: with Kyutai chosen, "Has code" would give 1.
    expect(within(filters).getByRole('checkbox', { name: 'Has code' })).toHaveAccessibleDescription(
      '1 paper',
    );

    await user.click(screen.getByRole('button', { name: 'Remove filter Organisation: Kyutai' }));
    await waitFor(() => expect(count()).toHaveTextContent('40 papers'));
  });

  it('explains a malformed query instead of failing', async () => {
    const { user } = renderList('/?q=year%3A20x4');
    await waitFor(() =>
      expect(screen.getByRole('searchbox', { name: 'Search papers' })).toHaveAttribute(
        'aria-invalid',
        'true',
      ),
    );
    expect(screen.getByText(/Years look like year:2024/)).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search papers' }));
    await waitFor(() => expect(count()).toHaveTextContent('40 papers'));
  });

  it('disables options that would give no papers', async () => {
    renderList();
    await waitFor(() => expect(count()).toHaveTextContent('40 papers'));
    const filters = await screen.findByRole('region', { name: 'Filters' });
    expect(await within(filters).findByRole('checkbox', { name: 'Reading' })).toBeDisabled();
  });

  it('lists the catalogue, newest first, before the engine has taken it', async () => {
    // The engine's own first page, for comparison.
    const answered = renderList();
    await waitFor(() => expect(count()).toHaveTextContent('40 papers'));
    const engineFirst = (await screen.findAllByRole('article'))[0].textContent;
    answered.unmount();

    // An engine still receiving the catalogue (a worker given 100,000 papers): it holds none and answers nothing.
    const engine = createSearchClient({ useWorker: false });
    const receiving: SearchClient = {
      ...engine,
      load: () => new Promise<void>(() => {}),
      setUserData: () => new Promise<void>(() => {}),
    };
    renderWithApp(
      <CatalogueSearchEngine client={receiving}>
        <ListPage scope="all" heading="Papers" />
      </CatalogueSearchEngine>,
    );
    const articles = await screen.findAllByRole('article');
    expect(articles[0].textContent).toBe(engineFirst);
    expect(count()).toHaveTextContent('40 papers');
  });
});
