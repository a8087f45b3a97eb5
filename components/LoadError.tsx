import { t } from '../utils/shared/i18n/ui';

/** A frame whose data could not be loaded: what went wrong, and a way to try again (it also retries when the page changes). */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="error" role="alert" data-testid="load-error">
      <p>{message}</p>
      <button type="button" onClick={onRetry} data-testid="retry-load">
        {t('common.tryAgain')}
      </button>
    </div>
  );
}

/**
 * What a frame says when its load failed. A worker stop (code `stopped`, the load already sent again) reads as
 * Account Lens restarting; anything else, a storage fault among them, says it could not load, and why.
 */
export function loadErrorText(failure: unknown): string {
  const { code, message } = (failure ?? {}) as { code?: unknown; message?: unknown };
  const why = typeof message === 'string' && message ? message : String(failure);
  return code === 'stopped' ? why : t('common.couldNotLoad', { why });
}
