import { Component, type ErrorInfo, type ReactNode } from 'react';

/** A screen that fails to render shows what went wrong instead of a blank page; the shell stays usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | undefined }> {
  override state: { error: Error | undefined } = { error: undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('The screen failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="state error" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>{this.state.error.message}</p>
        <button type="button" className="secondary" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>
      </div>
    );
  }
}
