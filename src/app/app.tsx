import { Route, Switch } from 'wouter';
import { AppHeader } from './app-header';
import { CatalogueRoute } from './catalogue-route';
import { PaperRoute } from './paper-route';

export function App() {
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent px-3 py-2 text-accent-ink focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <AppHeader />
      <main id="main" className="mx-auto max-w-7xl px-3 pt-4 pb-16 sm:px-6">
        <Switch>
          <Route path="/paper/:id">{(params) => <PaperRoute id={params.id} />}</Route>
          <Route path="/">
            <CatalogueRoute />
          </Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </main>
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
