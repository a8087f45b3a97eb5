import { useEffect, useRef, useState } from 'preact/hooks';
import type { MailTab, SignedIn } from '../../../utils/pages/mail-tabs';
import { useOptions } from '../options-state';

const SITE_NAMES: Array<[RegExp, string]> = [
  [/^mail\.google\.com$/, 'Gmail'],
  [/^calendar\.google\.com$/, 'Google Calendar'],
  [/^outlook\./, 'Outlook'],
];
const siteName = (host: string) => SITE_NAMES.find(([pattern]) => pattern.test(host))?.[1] ?? host;
const lines = (text: string) => text.split(/[\s,;]+/).filter(Boolean);
/** Adds each of `more` not already in the text, one per line, each once. */
const withAdded = (text: string, more: string[]) => [...new Set([...lines(text), ...more])].join('\n');

/**
 * Who "you" are: the user's own addresses and company domains, never shown as clients. Prefilled with the
 * signed-in address of each open mail or calendar tab (and its company domain, unless it is free mail),
 * also when one is opened while this page is open (`refresh`: access was just given, look again).
 */
export function YouStep({ refresh }: { refresh: number }) {
  const { api, state } = useOptions();
  const settings = state.settings.current.value;
  const [addresses, setAddresses] = useState<string | null>(null);
  const [domains, setDomains] = useState('');
  const [found, setFound] = useState<SignedIn[]>([]);
  const [unread, setUnread] = useState<MailTab[]>([]);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  useEffect(() => {
    if (!settings || addresses !== null) return;
    setAddresses(settings.selfAddresses.join('\n'));
    setDomains(settings.companyDomains.join('\n'));
  }, [settings]);

  // Each address once, however many tabs show it (Gmail, Calendar and Outlook may all be open).
  const add = (who: SignedIn[]) =>
    setFound((before) => [...new Map([...before, ...who].map((w) => [w.email, w])).values()]);
  useEffect(() => {
    const look = () =>
      void api.mailTabs().then((tabs) => {
        add(tabs.flatMap((tab) => (tab.signedIn ? [tab.signedIn] : [])));
        setUnread(tabs.filter((tab) => !tab.read));
      });
    look();
    const onVisible = () => document.visibilityState === 'visible' && look();
    document.addEventListener('visibilitychange', onVisible);
    const stop = api.watchSignedIn((who) => (add([who]), look()));
    return () => (document.removeEventListener('visibilitychange', onVisible), stop());
  }, [refresh]);
  // Each address found goes into the fields once, when they hold the saved settings; what the user typed or
  // removed since stays as it is.
  const merged = useRef(new Set<string>());
  useEffect(() => {
    const fresh = found.filter((f) => !merged.current.has(f.email));
    if (addresses === null || !fresh.length) return;
    fresh.forEach((f) => merged.current.add(f.email));
    setAddresses(
      withAdded(
        addresses,
        fresh.map((f) => f.email),
      ),
    );
    setDomains(
      withAdded(
        domains,
        fresh.flatMap((f) => (f.companyDomain ? [f.companyDomain] : [])),
      ),
    );
  }, [found, addresses === null]);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      // Read again: the settings form may have saved other settings since this page opened.
      const stored = await api.settings();
      await state.settings.save({ ...stored, selfAddresses: lines(addresses ?? ''), companyDomains: lines(domains) });
      setStatus({ text: 'Saved. These addresses and domains are yours: never shown as clients.' });
    } catch (error) {
      setStatus({ text: `Could not save: ${(error as Error).message}`, error: true });
    }
  };

  return (
    <form
      class="welcome-step step-you settings"
      aria-labelledby="you-heading"
      onSubmit={save}
      data-testid="welcome-you"
    >
      <h2 id="you-heading">Who you are</h2>
      <p class="muted">
        Your own addresses and your company's domains are never shown as clients, so your colleagues on a thread are not
        taken for accounts.
      </p>
      {found.length > 0 && (
        <p class="muted" data-testid="signed-in-found">
          Read from your open mail and calendar tabs: {found.map((f) => f.email).join(', ')}.
        </p>
      )}
      {unread.map((tab) => (
        <p key={tab.tabId} class="muted" data-testid="unread-tab">
          {siteName(tab.host)} is open in a tab Account Lens has not read yet (it may have been open before Account Lens
          was installed).{' '}
          <button type="button" onClick={() => void api.reloadTab(tab.tabId)}>
            Reload it
          </button>
        </p>
      ))}
      <label>
        Your email addresses, one per line
        <textarea
          rows={2}
          value={addresses ?? ''}
          onInput={(e) => setAddresses(e.currentTarget.value)}
          placeholder="you@yourcompany.com"
          data-testid="welcome-self-addresses"
        />
      </label>
      <label>
        Your company's domains, one per line
        <textarea
          rows={2}
          value={domains}
          onInput={(e) => setDomains(e.currentTarget.value)}
          placeholder="yourcompany.com"
          data-testid="welcome-company-domains"
        />
      </label>
      <button type="submit" class="primary" disabled={!settings} data-testid="welcome-save-you">
        Save
      </button>{' '}
      {status && (
        <span
          role={status.error ? 'alert' : 'status'}
          class={status.error ? 'error' : ''}
          data-testid="welcome-you-saved"
        >
          {status.text}
        </span>
      )}
    </form>
  );
}
