import { Component, type ReactNode } from 'react';
import { Link } from 'wouter';

/** What a page that failed to show (a render error, a page's code that did not load) says instead. */
function RouteError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : 'Something went wrong';
  return (
    <main id="main" className="main">
      <h1 tabIndex={-1}>Sorry, there is a problem</h1>
      <p>{message}</p>
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </main>
  );
}

interface Props {
  /** The path shown: the error is forgotten when it changes, so a link away shows its page. */
  path: string;
  children: ReactNode;
}

/** Shows RouteError in place of the page (and its frame) that threw while rendering. */
export class RouteErrorBoundary extends Component<Props, { error: unknown; path: string | null }> {
  override state = { error: null as unknown, path: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Something went wrong') };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; path: string | null }) {
    if (state.error === null) return { path: props.path };
    return state.path === props.path ? null : { error: null, path: props.path };
  }

  override render() {
    return this.state.error === null ? (
      this.props.children
    ) : (
      <RouteError error={this.state.error} />
    );
  }
}
