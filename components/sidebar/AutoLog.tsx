import { useEffect, useState } from 'preact/hooks';
import type { PageContext, Touchpoint } from '../../utils/shared/model';
import type { PrivateThreads } from '../../utils/pages/private-threads';

/** The quiet mark on an account whose messages on this page were logged automatically, with its Undo. */
export function AutoLoggedMark({ entries, onUndo }: { entries: Touchpoint[]; onUndo: () => void }) {
  if (!entries.length) return null;
  return (
    <p class="auto-logged muted" role="status" data-testid="auto-logged">
      Logged automatically: {entries.length === 1 ? 'this message' : `${entries.length} messages`}.{' '}
      <button type="button" class="link" onClick={onUndo} data-testid="auto-logged-undo">
        Undo
      </button>
    </p>
  );
}

/**
 * With automatic logging on, a thread the user opens can be kept private: it is then never logged
 * automatically (logging by hand still works). Kept in extension storage, where the background reads it.
 */
export function PrivateThreadToggle({ context, threads }: { context: PageContext; threads: PrivateThreads }) {
  const key = context.threadId ? `${context.site}:${context.threadId}` : undefined;
  const [isPrivate, setPrivate] = useState(false);
  useEffect(() => {
    if (!key) return;
    const read = () => void threads.has(key).then(setPrivate);
    read();
    return threads.watch(read);
  }, [key]);
  if (!key) return null;
  return (
    <p class="private-thread muted" data-testid="private-thread">
      {isPrivate
        ? 'This thread is private: it is never logged automatically. '
        : 'Client messages here are logged automatically. '}
      <button
        type="button"
        class="link"
        onClick={() => void threads.set(key, !isPrivate)}
        data-testid="private-thread-toggle"
      >
        {isPrivate ? 'Log it automatically again' : 'Keep this thread private'}
      </button>
    </p>
  );
}
