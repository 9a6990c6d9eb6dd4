import { Link, useLocation } from 'wouter';

const navItems = [
  { href: '/', label: 'Papers' },
  { href: '/reading', label: 'Reading list' },
  { href: '/stats', label: 'Stats' },
];

export function AppHeader() {
  const [location] = useLocation();
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/90 backdrop-blur">
      <div className="mx-auto flex max-w-7xl items-center gap-3 px-3 py-2 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded-md font-bold text-ink">
          <img src="/icon.svg" alt="" className="size-7" />
          <span className="hidden sm:inline">Papershelf</span>
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex gap-1">
            {navItems.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={location === item.href ? 'page' : undefined}
                  className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-ink-muted hover:bg-surface-sunken aria-[current=page]:bg-accent-soft aria-[current=page]:text-ink sm:min-h-9"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
