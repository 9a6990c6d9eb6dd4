import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { Button } from '@/components/ui/button';
import { ErrorPanel } from './error-panel';

type Props = { children: ReactNode; resetKey: string };
type State = { error: Error | null; resetKey: string };

/**
 * Catches what a page throws while rendering, so one bad paper or link shows a message under the
 * header instead of a blank tab. It only renders: stored data is never read or written here.
 */
class PageErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  // Moving to another page clears the error: the header's links are a way out.
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A page failed to render', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorPanel
        title="This page could not be shown"
        actions={
          <Button variant="primary" onClick={() => this.setState({ error: null })}>
            Try again
          </Button>
        }
      >
        <p>Something went wrong while showing this page: {error.message}</p>
      </ErrorPanel>
    );
  }
}

export function PageBoundary({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  return <PageErrorBoundary resetKey={path}>{children}</PageErrorBoundary>;
}
