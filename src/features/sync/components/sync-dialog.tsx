import { useId, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { savedServerSettings, turnOffSync, turnOnSync } from '@/features/sync/sync-control';
import { describeStatus, syncStatus } from '@/features/sync/sync-status';

const field =
  'mt-1 w-full rounded-lg border border-line bg-surface px-3 py-2 text-sm text-ink disabled:opacity-60';

/** Server address and token, on and off, and what sync is doing. */
export function SyncDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const status = useStore(syncStatus);
  const [saved] = useState(savedServerSettings);
  const [server, setServer] = useState(saved.server);
  const [token, setToken] = useState(saved.token);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const on = status.state !== 'off';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (on) {
      turnOffSync();
      setProblem(null);
      return;
    }
    setProblem(turnOnSync(server, token));
  };

  return (
    <Dialog open={open} onClose={onClose} title="Sync">
      <form onSubmit={submit} className="flex flex-col gap-4 text-sm">
        <p className="text-ink-muted">
          Keep this library in step with your other devices through a sync server you run (
          <code>npm run sync-server</code>). Your library stays in this browser as well: turning
          sync on merges it with the server’s copy and never replaces either.
        </p>
        <label className="block font-medium">
          Server address
          <input
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="wss://sync.example.org"
            value={server}
            disabled={on}
            onChange={(event) => setServer(event.target.value)}
            aria-describedby={problem ? problemId : undefined}
            className={field}
          />
        </label>
        <label className="block font-medium">
          Token
          <input
            type="password"
            autoComplete="off"
            value={token}
            disabled={on}
            onChange={(event) => setToken(event.target.value)}
            className={field}
          />
        </label>
        {problem && (
          <p id={problemId} role="alert" className="text-danger">
            {problem}
          </p>
        )}
        <div role="status" className="rounded-lg bg-surface-sunken px-3 py-2">
          <p>
            <span className="font-medium">Status:</span> {describeStatus(status)}
          </p>
          {status.message && <p className="mt-1">{status.message}</p>}
          {status.readOnly && (
            <p className="mt-1">
              This token can only read: you see the shared list and cannot change it. Your own
              library is kept on this device and comes back when you turn sync off.
            </p>
          )}
        </div>
        <div className="flex justify-end">
          <Button type="submit" variant={on ? 'secondary' : 'primary'}>
            {on ? 'Turn off sync' : 'Turn on sync'}
          </Button>
        </div>
        <details className="text-ink-muted">
          <summary className="cursor-pointer font-medium text-ink">Share a list read-only</summary>
          <p className="mt-2">
            Whoever runs the server can start it with a read-only token (
            <code>--read-only-token</code>). Give readers the server address and that token, and
            they paste both here: they see the list, statuses, tags and notes, and cannot change
            them. Send the token on its own, never inside a link.
          </p>
        </details>
      </form>
    </Dialog>
  );
}
