import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { Providers } from '@/app/providers';

/** Renders UI the way the app does: a fresh QueryClient without retries and an in-memory router. */
export function renderWithApp(ui: ReactElement, { path = '/' }: { path?: string } = {}) {
  const user = userEvent.setup();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const location = memoryLocation({ path, record: true });
  const wrap = (element: ReactElement) => (
    <Providers client={client}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        {element}
      </Router>
    </Providers>
  );
  const result = render(wrap(ui));
  // Renders new props into the same tree, inside the same providers.
  const rerender = (element: ReactElement) => result.rerender(wrap(element));
  return { user, client, location, ...result, rerender };
}
