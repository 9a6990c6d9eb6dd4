import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Route, Switch } from 'wouter';
// Not useLocation: App would then re-render the whole page on every keystroke that updates the URL.
import { navigate } from 'wouter/use-browser-location';
import { useHotkeys } from '@/lib/hotkeys';
import { undoTriage } from '@/features/recommend/triage';
import { AppHeader } from './app-header';
import { ListPage } from './list-page';
import { downloadBackup } from './transfer-controls';
import { CatalogueLoading } from './catalogue-states';
import { CatalogueActions } from './catalogue-actions';
import { PageBoundary } from './error-boundary';
import { decodePathSegment } from '@/lib/decode-path';

// Routes other than the list load on demand, keeping the first load small.
const PaperRoute = lazy(() =>
  import('./paper-route').then((module) => ({ default: module.PaperRoute })),
);
const ReadingListIntro = lazy(() =>
  import('./reading-list-intro').then((module) => ({ default: module.ReadingListIntro })),
);
// Storage problems are rare: their messages load after the first paint.
const StorageBanner = lazy(() =>
  import('@/features/library/components/storage-banner').then((module) => ({
    default: module.StorageBanner,
  })),
);
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((module) => ({ default: module.ShortcutsDialog })),
);
// Rare screens: the update prompt appears after the service worker finds a new version, a broken link is rare.
const UpdatePrompt = lazy(() =>
  import('./update-prompt').then((module) => ({ default: module.UpdatePrompt })),
);
const MalformedLink = lazy(() =>
  import('./malformed-link').then((module) => ({ default: module.MalformedLink })),
);
const DailyRoute = lazy(() =>
  import('./daily-route').then((module) => ({ default: module.DailyRoute })),
);
const ForYouRoute = lazy(() =>
  import('./for-you-route').then((module) => ({ default: module.ForYouRoute })),
);
const ForYouModelRoute = lazy(() =>
  import('./for-you-model-route').then((module) => ({ default: module.ForYouModelRoute })),
);
// Appears after a "More like this" or "Not interested" press, with its Undo.
const TriageToast = lazy(() =>
  import('@/features/recommend/components/triage-toast').then((module) => ({
    default: module.TriageToast,
  })),
);
const StatsRoute = lazy(() =>
  import('./stats-route').then((module) => ({ default: module.StatsRoute })),
);

export function App() {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const queryClient = useQueryClient();
  useHotkeys({
    '?': () => setShortcutsOpen(true),
    u: undoTriage,
    '/': () => {
      const search = document.querySelector<HTMLInputElement>('input[type="search"]');
      if (search) search.focus();
      else navigate('/');
    },
  });

  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent px-3 py-2 text-accent-ink focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <AppHeader onShowShortcuts={() => setShortcutsOpen(true)} />
      <div className="mx-auto max-w-7xl px-3 sm:px-6">
        <Suspense fallback={null}>
          <StorageBanner onBackup={() => void downloadBackup(queryClient)} />
        </Suspense>
      </div>
      <main id="main" className="mx-auto max-w-7xl px-3 pt-4 pb-16 sm:px-6">
        <PageBoundary>
          <Suspense fallback={<CatalogueLoading />}>
            <Switch>
              <Route path="/paper/:id">
                {(params) => {
                  const id = decodePathSegment(params.id);
                  return id === null ? <MalformedLink raw={params.id} /> : <PaperRoute id={id} />;
                }}
              </Route>
              <Route path="/reading">
                <ListPage scope="library" heading="Reading list" intro={<ReadingListIntro />} />
              </Route>
              <Route path="/daily/week/:week">
                {(params) => <DailyRoute kind="week" value={params.week} />}
              </Route>
              <Route path="/daily/month/:month">
                {(params) => <DailyRoute kind="month" value={params.month} />}
              </Route>
              <Route path="/daily/:date">
                {(params) => <DailyRoute kind="day" value={params.date} />}
              </Route>
              <Route path="/daily">
                <DailyRoute kind="day" />
              </Route>
              <Route path="/for-you">
                <ForYouRoute />
              </Route>
              <Route path="/for-you/model">
                <ForYouModelRoute />
              </Route>
              <Route path="/stats">
                <StatsRoute />
              </Route>
              <Route path="/">
                <ListPage scope="all" heading="Papers" intro={<CatalogueActions />} />
              </Route>
              <Route>
                <NotFound />
              </Route>
            </Switch>
          </Suspense>
        </PageBoundary>
      </main>
      {shortcutsOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={() => setShortcutsOpen(false)} />
        </Suspense>
      )}
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
      <Suspense fallback={null}>
        <TriageToast />
      </Suspense>
    </div>
  );
}

function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-ink-muted">
        <a href="/" className="text-accent underline">
          Back to the papers
        </a>
      </p>
    </div>
  );
}
