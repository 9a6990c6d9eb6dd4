import { Link, useLocation } from 'wouter';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import { useNewPaperCount } from '@/features/feed/new-papers';
import { paperCount } from '@/lib/paper-count';
import { SyncButton } from '@/features/sync/components/sync-button';
import { TransferControls } from './transfer-controls';

const linkClass =
  'inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-ink-muted hover:bg-surface-sunken aria-[current=page]:bg-accent-soft aria-[current=page]:text-ink sm:min-h-9';

const navItems = [
  { href: '/', label: 'Papers' },
  { href: '/reading', label: 'Reading list' },
  { href: '/daily', label: 'Daily' },
  { href: '/for-you', label: 'For you' },
  { href: '/stats', label: 'Stats' },
];

export function AppHeader({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const [location] = useLocation();
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/95 backdrop-blur">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 rounded-md font-bold text-ink"
          aria-label="Papershelf, all papers"
        >
          <img src="/icon.svg" alt="" className="size-7" />
          <span className="hidden md:inline">Papershelf</span>
        </Link>
        <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
          <ul className="flex flex-wrap gap-1">
            {navItems.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={location === item.href ? 'page' : undefined}
                  className={linkClass}
                >
                  {item.label}
                </Link>
              </li>
            ))}
            <NewPapersItem />
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          <TransferControls />
          <SyncButton />
          <button
            type="button"
            onClick={onShowShortcuts}
            aria-label="Keyboard shortcuts"
            aria-haspopup="dialog"
            className="hidden size-9 items-center justify-center rounded-lg text-ink-muted hover:bg-surface-sunken sm:inline-flex"
          >
            <span aria-hidden="true">?</span>
          </button>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

/** Papers that arrived since the previous visit, when there are any: a link to them with their count. */
function NewPapersItem() {
  const count = useNewPaperCount();
  if (count === 0) return null;
  return (
    <li>
      <Link
        href="/?new=1"
        className={`${linkClass} gap-1.5`}
        aria-label={`New, ${paperCount(count)}`}
      >
        New
        <span className="rounded-full bg-accent px-1.5 text-xs font-semibold text-accent-ink tabular-nums">
          {count.toLocaleString('en')}
        </span>
      </Link>
    </li>
  );
}
