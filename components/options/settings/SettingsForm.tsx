import { useState } from 'preact/hooks';
import { SITES, TIERS, type Site } from '../../../utils/shared/model';
import type { Settings } from '../../../utils/shared/settings-shape';
import { useOptions } from '../options-state';

const SITE_LABELS: Record<Site, string> = {
  gmail: 'Gmail',
  'google-calendar': 'Google Calendar',
  outlook: 'Outlook on the web',
};
const splitList = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The settings form, once the settings are read. */
export function SettingsSection() {
  const { api, state } = useOptions();
  const settings = state.settings.current.value;
  // Keyed by revision: settings saved elsewhere on the page (the welcome page) start the form again from them.
  return (
    <section>
      {settings && <SettingsForm key={state.settings.revision.value} settings={settings} onSave={api.saveSettings} />}
    </section>
  );
}

export function SettingsForm({ settings, onSave }: { settings: Settings; onSave: (next: Settings) => Promise<void> }) {
  const [draft, setDraft] = useState(settings);
  const [addresses, setAddresses] = useState(settings.selfAddresses.join('\n'));
  const [domains, setDomains] = useState(settings.companyDomains.join('\n'));
  const [neverAutoLog, setNeverAutoLog] = useState(settings.neverAutoLog.join('\n'));
  const [status, setStatus] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await onSave({
        ...draft,
        selfAddresses: splitList(addresses),
        companyDomains: splitList(domains),
        neverAutoLog: splitList(neverAutoLog).map((entry) => entry.toLowerCase()),
      });
      setStatus('Settings saved.');
    } catch (error) {
      setStatus(`Could not save: ${(error as Error).message}`);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="settings-heading" class="settings">
      <h2 id="settings-heading">Settings</h2>
      <label>
        Your own email addresses (never shown as clients)
        <textarea
          rows={2}
          value={addresses}
          onInput={(e) => setAddresses(e.currentTarget.value)}
          data-testid="self-addresses"
        />
      </label>
      <label>
        Your company's domains (colleagues are never shown as clients)
        <textarea
          rows={2}
          value={domains}
          onInput={(e) => setDomains(e.currentTarget.value)}
          data-testid="company-domains"
        />
      </label>
      <fieldset>
        <legend>Sites</legend>
        {SITES.map((site) => (
          <label key={site} class="inline">
            <input
              type="checkbox"
              checked={draft.enabledSites[site]}
              onChange={(e) =>
                setDraft({ ...draft, enabledSites: { ...draft.enabledSites, [site]: e.currentTarget.checked } })
              }
            />
            {SITE_LABELS[site]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Contact cadence (days between contacts)</legend>
        {TIERS.map((tier) => (
          <label key={tier} class="inline">
            {tier}
            <input
              type="number"
              min={1}
              max={365}
              value={draft.cadenceDays[tier]}
              onInput={(e) =>
                setDraft({
                  ...draft,
                  cadenceDays: { ...draft.cadenceDays, [tier]: Math.max(1, Number(e.currentTarget.value) || 1) },
                })
              }
            />
          </label>
        ))}
      </fieldset>
      <label class="inline">
        Theme of this page and the popup
        <select
          value={draft.theme}
          onChange={(e) => setDraft({ ...draft, theme: e.currentTarget.value as Settings['theme'] })}
          data-testid="theme"
        >
          <option value="auto">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <fieldset>
        <legend>Automatic logging</legend>
        <label class="inline">
          <input
            type="checkbox"
            checked={draft.autoLog}
            onChange={(e) => setDraft({ ...draft, autoLog: e.currentTarget.checked })}
            data-testid="auto-log"
          />
          Log client emails automatically when I open them
        </label>
        <p class="muted">
          Each message from or to a client is logged once, when you open it in a thread or reading pane: never internal
          mail, automatic senders (no-reply, notifications, out-of-office replies, calendar responses), the people and
          domains below, or threads you keep private from the sidebar. Mail you do not open is never read.
        </p>
        <label>
          Never log automatically (addresses or domains, one per line)
          <textarea
            rows={2}
            value={neverAutoLog}
            onInput={(e) => setNeverAutoLog(e.currentTarget.value)}
            data-testid="never-auto-log"
          />
        </label>
      </fieldset>
      <label class="inline">
        <input
          type="checkbox"
          checked={draft.privacyMode}
          onChange={(e) => setDraft({ ...draft, privacyMode: e.currentTarget.checked })}
        />
        Privacy mode: blur money and notes, for screen sharing
      </label>
      <div>
        <button type="submit" class="primary">
          Save settings
        </button>{' '}
        <span role="status">{status}</span>
      </div>
    </form>
  );
}
