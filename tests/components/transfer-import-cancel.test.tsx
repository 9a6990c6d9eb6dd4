import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from '@/features/transfer/components/import-dialog';
import { readImport } from '@/features/transfer/import/read-import';
import { makeLibrary } from '../fixtures/import/papers';

// A worker stuck in a parser that never returns, as one was on hostile input.
class StuckWorker {
  static started: StuckWorker[] = [];
  terminated = false;
  posted: unknown[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    StuckWorker.started.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

beforeEach(() => {
  StuckWorker.started = [];
  vi.stubGlobal('Worker', StuckWorker);
});
afterEach(() => vi.unstubAllGlobals());

function setup() {
  const user = userEvent.setup();
  const onClose = vi.fn();
  const current = { catalogue: new Map(), library: makeLibrary() };
  const view = render(
    <ImportDialog open onClose={onClose} current={current} onConfirm={vi.fn()} />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Import' });
  return { user, onClose, dialog, view };
}

async function startPreview(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await user.click(within(dialog).getByLabelText('Paste text'));
  await user.paste('@misc{a, title={A}}');
  await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
  expect(within(dialog).getByText('Reading pasted text…')).toBeInTheDocument();
}

describe('a running import', () => {
  it('parses even a small paste in the worker, off the main thread', async () => {
    const { user, dialog } = setup();
    await startPreview(user, dialog);
    expect(StuckWorker.started).toHaveLength(1);
    expect(StuckWorker.started[0].posted).toEqual([{ kind: 'text', text: '@misc{a, title={A}}' }]);
  });

  it('stops the worker on Back and lets the reader edit the text again', async () => {
    const { user, dialog } = setup();
    await startPreview(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(StuckWorker.started[0].terminated).toBe(true);
    expect(within(dialog).getByLabelText('Paste text')).toHaveValue('@misc{a, title={A}}');
  });

  it('stops the worker on Cancel and when the dialog goes away', async () => {
    const { user, dialog, onClose, view } = setup();
    await startPreview(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(StuckWorker.started[0].terminated).toBe(true);

    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    await startPreview(user, dialog);
    view.unmount();
    expect(StuckWorker.started[1].terminated).toBe(true);
  });

  it('rejects with an AbortError once aborted', async () => {
    const controller = new AbortController();
    const reading = readImport({ kind: 'text', text: 'x' }, controller.signal);
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
