// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BriefingApp } from '../../components/briefing/BriefingApp';
import { createHandler } from '../../utils/background/handler';
import { backgroundClient } from '../../utils/protocol/messaging';
import type { PageContext } from '../../utils/shared/model';
import { getSettings } from '../../utils/settings/settings';
import { tickingClock } from './helpers';
import { callerOf, TEST_EXTENSION_ID, TEST_SENDERS, testServices } from './test-services';

/**
 * The briefing card is in every calendar event, so its size tells the page nothing: it says when no guest is
 * a client, and the user may fold it to one line, which keeps the accounts' names and open issues in view.
 */

const NOW = new Date(2026, 10, 24, 12, 0);
const event = (email: string): PageContext => ({
  site: 'google-calendar',
  view: 'event-popup',
  people: [{ email, name: 'Tom Becker', role: 'guest' }],
  subject: 'Quarterly review',
  eventId: 'e1',
  start: new Date(2026, 10, 24, 15, 0).toISOString(),
});
const briefingSender: Runtime.MessageSender = {
  id: TEST_EXTENSION_ID,
  url: TEST_SENDERS.sidebar.url!.replace('sidebar.html', 'briefing.html'),
  tab: TEST_SENDERS.content.tab,
  frameId: 4,
};
const calendarSender = { ...TEST_SENDERS.content, url: 'https://calendar.google.com/calendar/u/0/r' };

let call: ReturnType<typeof callerOf>;
let root: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  call = callerOf(createHandler(testServices({ clock: tickingClock(NOW.toISOString()) })));
  await call('loadDemoData', { replace: true }, TEST_SENDERS.options);
  document.body.replaceChildren();
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(async () => act(() => render(null, root)));

async function mount(): Promise<void> {
  const api = {
    background: backgroundClient<'briefing'>((type, data) => call(type, data, briefingSender)),
    settings: getSettings,
    onChange: () => () => undefined,
    now: () => NOW,
  };
  await act(async () => render(<BriefingApp api={api as never} />, root));
}
const $ = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

describe('the briefing card', () => {
  it('says so when no guest is a client', async () => {
    await call('reportPageContext', { context: event('tom.becker.private@gmail.com') }, calendarSender);
    await mount();
    await vi.waitFor(() => expect($('briefing-no-client')?.textContent).toBe('No client among the guests.'));
    expect($('briefing-account-name')).toBeNull();
  });

  it('folds to one line with the accounts and their open issues, and unfolds on a click', async () => {
    await call('reportPageContext', { context: event('tom.becker@northwind.com') }, calendarSender);
    await call('setBriefingState', { state: 'collapsed' }, briefingSender);
    await mount();
    await vi.waitFor(() => expect($('briefing-collapsed')).not.toBeNull());
    expect($('briefing-collapsed')!.textContent).toMatch(/Northwind Traders \(\d+ open issues?\)/);
    expect($('briefing-account-name')).toBeNull();
    await act(async () => $('briefing-collapsed')!.querySelector('button')!.click());
    await vi.waitFor(async () =>
      expect(((await call('getTabAccounts', {}, briefingSender)) as { briefing: string }).briefing).toBe('expanded'),
    );
  });

  it('collapses from its header, remembered for the site', async () => {
    await call('reportPageContext', { context: event('tom.becker@northwind.com') }, calendarSender);
    await mount();
    await vi.waitFor(() => expect($('briefing-account-name')).not.toBeNull());
    await act(async () => $('collapse-briefing')!.click());
    await vi.waitFor(async () =>
      expect(((await call('getTabAccounts', {}, briefingSender)) as { briefing: string }).briefing).toBe('collapsed'),
    );
    await call('reportPageContext', { context: { ...event('x@y.example'), eventId: 'e2' } }, calendarSender);
    expect(((await call('getTabAccounts', {}, briefingSender)) as { briefing: string }).briefing).toBe('collapsed');
  });
});
