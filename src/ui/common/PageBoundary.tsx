import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the page shows, for the message: "the chart", "this task". */
  what: string;
  /** Changes when the trainee goes elsewhere: the boundary then tries again. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  resetKey: string;
}

/**
 * One page's safety net: a record that breaks a page shows a readable message where the page was,
 * and the rest of the app (the header, the other pages) goes on working. Going to another page
 * clears it.
 */
export class PageBoundary extends Component<Props, State> {
  override state: State = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: undefined, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the developer tools; the trainee sees the message below.
    console.error(`Record Room could not show ${this.props.what}:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="page" role="alert" aria-labelledby="page-error-title">
        <h1 id="page-error-title">Record Room could not show {this.props.what}</h1>
        <p>Something in the data of this page could not be displayed ({error.message}). Your work is saved; nothing was changed.</p>
        <p>Go back to another page from the menu above. If it happens again, tell your instructor which scenario pack and page it was.</p>
      </section>
    );
  }
}
