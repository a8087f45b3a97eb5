import { useEffect, useState } from 'preact/hooks';
import { useOptions } from '../options-state';

/**
 * Where the user grants host access (Firefox MV3), nothing is read on the mail and calendar pages until they
 * do: this comes first, asks from a click as browsers require, then checks that access was really given.
 * Where access came with the install (Chrome), it shows nothing.
 */
export function AccessStep({ onGranted }: { onGranted: () => void }) {
  const { api } = useOptions();
  const [state, setState] = useState<'checking' | 'granted' | 'missing' | 'given' | 'refused'>('checking');
  useEffect(
    () =>
      void api.hostAccess().then(
        (granted) => setState(granted ? 'granted' : 'missing'),
        () => setState('granted'),
      ),
    [],
  );
  const ask = async () => {
    await api.requestHostAccess().catch(() => false);
    // The browser's answer to the prompt is not the last word: check what was actually granted.
    const granted = await api.hostAccess().catch(() => false);
    setState(granted ? 'given' : 'refused');
    if (granted) onGranted();
  };
  if (state === 'checking' || state === 'granted') return null;
  return (
    <section class="welcome-step step-access" aria-labelledby="access-heading" data-testid="welcome-access">
      <h2 id="access-heading">First, allow access to your mail and calendar</h2>
      {state === 'given' ? (
        <p role="status" data-testid="access-given">
          ✓ Access given: Account Lens can now read who is on your Gmail, Google Calendar and Outlook pages.
        </p>
      ) : (
        <>
          <p>
            Your browser lets you decide which sites an extension can read. Until you allow Gmail, Google Calendar and
            Outlook on the web, Account Lens cannot see the mail page you have open, so it cannot show you the account
            of the person you are writing to. It reads no other site.
          </p>
          {state === 'refused' && (
            <p role="alert" class="error" data-testid="access-refused">
              Access was not given, so Account Lens still cannot see your mail and calendar pages.
            </p>
          )}
          <button type="button" class="primary" onClick={() => void ask()} data-testid="allow-access">
            Allow access
          </button>
        </>
      )}
    </section>
  );
}
