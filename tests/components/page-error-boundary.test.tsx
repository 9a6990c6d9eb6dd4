import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageBoundary } from '@/app/error-boundary';
import { renderWithApp } from './render';

let failing = true;
function Flaky() {
  if (failing) throw new Error('entry.tags is not iterable');
  return <p>The page content</p>;
}

beforeEach(() => {
  failing = true;
  // React reports caught render errors on the console; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('the page error boundary', () => {
  it('says what went wrong, offers a way back, and recovers on Try again', async () => {
    const { user } = renderWithApp(
      <>
        <header>Header stays</header>
        <PageBoundary>
          <Flaky />
        </PageBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This page could not be shown');
    expect(alert).toHaveTextContent('entry.tags is not iterable');
    expect(screen.getByRole('link', { name: 'Back to the papers' })).toHaveAttribute('href', '/');
    expect(screen.getByText('Header stays')).toBeInTheDocument();

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The page content')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('clears the error when the reader moves to another page', () => {
    const { location } = renderWithApp(
      <PageBoundary>
        <Flaky />
      </PageBoundary>,
      { path: '/paper/broken' },
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    failing = false;
    act(() => location.navigate('/reading'));
    expect(screen.getByText('The page content')).toBeInTheDocument();
  });
});
