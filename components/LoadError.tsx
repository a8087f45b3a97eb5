/** A frame whose data could not be loaded: what went wrong, and a way to try again (it also retries when the page changes). */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="error" role="alert" data-testid="load-error">
      <p>Account Lens could not load: {message}</p>
      <button type="button" onClick={onRetry} data-testid="retry-load">
        Try again
      </button>
    </div>
  );
}
