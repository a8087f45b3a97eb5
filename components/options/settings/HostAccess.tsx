import { useEffect, useState } from 'preact/hooks';

/**
 * Firefox lets users take back a host permission (and may not grant it at
 * install): without it nothing is read on mail and calendar pages. This says
 * so and asks again, from a click, as the browser requires.
 */
export function HostAccess({ check, request }: { check: () => Promise<boolean>; request: () => Promise<boolean> }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => void check().then(setGranted, () => setGranted(true)), []);
  if (granted !== false) return null;
  return (
    <p role="alert" class="host-access" data-testid="host-access">
      Account Lens cannot see your mail and calendar pages: access to Gmail, Google Calendar and Outlook was not
      granted.{' '}
      <button type="button" class="primary" onClick={() => void request().then(setGranted)}>
        Allow access
      </button>
    </p>
  );
}
