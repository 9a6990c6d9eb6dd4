import { useEffect, useState } from 'react';
import { applyTheme, readThemeChoice, systemPrefersDark, type ThemeChoice } from '@/lib/theme';

const next: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const labels: Record<ThemeChoice, string> = {
  system: 'System theme',
  light: 'Light theme',
  dark: 'Dark theme',
};
const icons: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** Cycles system -> light -> dark; follows the system while on "system". */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);

  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system' || typeof matchMedia !== 'function') return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => document.documentElement.classList.toggle('dark', systemPrefersDark());
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [choice]);

  return (
    <button
      type="button"
      onClick={() => setChoice(next[choice])}
      aria-label={`Theme: ${labels[choice]}. Switch to ${labels[next[choice]].toLowerCase()}`}
      title={labels[choice]}
      className="inline-flex size-11 items-center justify-center rounded-lg text-lg text-ink-muted hover:bg-surface-sunken sm:size-9"
    >
      <span aria-hidden="true">{icons[choice]}</span>
    </button>
  );
}
