import { Dialog } from '@/components/ui/dialog';

export const SHORTCUTS: Array<{ keys: string[]; action: string }> = [
  { keys: ['j', 'k'], action: 'Next / previous paper' },
  { keys: ['o', 'Enter'], action: 'Open the current paper' },
  { keys: ['b'], action: 'Bookmark or remove the current paper' },
  { keys: ['1', '2', '3'], action: 'Set To read / Reading / Read' },
  { keys: ['+', '-'], action: 'More like this / Not interested (press again to take it back)' },
  { keys: ['u'], action: 'Undo the last More like this / Not interested' },
  { keys: ['t'], action: 'Add a tag to the current paper' },
  { keys: ['n'], action: 'Edit the note of the current paper' },
  { keys: ['/'], action: 'Search' },
  { keys: ['Esc'], action: 'Leave a field or close a dialog' },
  { keys: ['?'], action: 'Show these shortcuts' },
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <table className="w-full text-sm">
        <caption className="sr-only">Keys and what they do</caption>
        <thead>
          <tr className="text-left text-ink-muted">
            <th scope="col" className="pb-2 font-medium">
              Key
            </th>
            <th scope="col" className="pb-2 font-medium">
              Action
            </th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action} className="border-t border-line">
              <td className="py-2 pr-4 whitespace-nowrap">
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && <span className="px-1 text-ink-muted">or</span>}
                    <kbd className="rounded border border-line bg-surface-sunken px-1.5 py-0.5 font-mono text-xs">
                      {key}
                    </kbd>
                  </span>
                ))}
              </td>
              <td className="py-2">{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-ink-muted">
        Shortcuts never fire while you are typing in a field.
      </p>
    </Dialog>
  );
}
