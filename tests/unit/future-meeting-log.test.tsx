// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BriefingApp } from '../../components/briefing/BriefingApp';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { createHandler } from '../../utils/background/handler';
import type { TabAccounts } from '../../utils/background/tab-state';
import { backgroundClient, REQUEST_CHANNEL, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import type { AccountView } from '../../utils/shared/insights/account-view';
import { defaultForm, validateForm, type LogForm } from '../../utils/shared/insights/log-form';
import { meetingNotStarted, notStartedReason, touchpointFromPage } from '../../utils/shared/insights/page-log';
import type { Account, PageContext } from '../../utils/shared/model';
import { getSettings } from '../../utils/settings/settings';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { tickingClock } from './helpers';
import { TEST_EXTENSION_ID, testServices } from './test-services';

/**
 * Issue 14: a meeting that has not started yet cannot be logged as held. Every
 * place that offers "Log this meeting" (the sidebar, the briefing card, the
 * popup's prefilled form) says when it can be logged instead, and offers a
 * prep note (a note, which is internal). Dates are fixed, in local time.
 */

const BEFORE = new Date(2026, 10, 24, 12, 0); // 24 Nov 2026, 12:00 local
const START = new Date(2026, 10, 24, 15, 0); // the meeting: 15:00 the same day
const AFTER = new Date(2026, 10, 24, 15, 5); // five minutes in
const meeting: PageContext = {
  site: 'google-calendar',
  view: 'event-popup',
  people: [{ email: 'tom.becker@northwind.com', name: 'Tom Becker', role: 'guest' }],
  subject: 'Northwind QBR',
  eventId: '3pv8n2c0oneoff7example',
  start: START.toISOString(),
};
const view = {
  id: 'nw',
  people: [{ email: 'tom.becker@northwind.com', name: 'Tom', pageRole: 'guest', contactId: 'c1', reason: 'email' }],
  timeline: [],
} as unknown as AccountView;

describe('logging a meeting from the page', () => {
  it('is not offered as held before the meeting starts, and is once it has', () => {
    expect(meetingNotStarted(meeting, BEFORE)).toEqual(START);
    expect(touchpointFromPage(meeting, view, BEFORE)).toBeNull();
    expect(meetingNotStarted(meeting, AFTER)).toBeUndefined();
    expect(touchpointFromPage(meeting, view, AFTER)).toMatchObject({
      kind: 'meeting',
      occurredAt: START.toISOString(),
      source: { site: 'google-calendar', itemId: '3pv8n2c0oneoff7example' },
    });
    expect(touchpointFromPage(meeting, view, START)).not.toBeNull();
  });

  it('says when it can be logged', () => {
    expect(notStartedReason(START, BEFORE)).toBe('Starts today at 15:00: log it after it ends.');
    const nextWeek = new Date(2026, 11, 1, 9, 30);
    expect(notStartedReason(nextWeek, BEFORE)).toMatch(/^Starts (Dec 1|1 Dec) at 09:30: log it after it ends\.$/);
  });

  it('leaves mail alone: a message is logged at its date', () => {
    const mail: PageContext = {
      site: 'gmail',
      view: 'thread',
      people: [],
      messageId: 'm1',
      start: START.toISOString(),
    };
    expect(meetingNotStarted(mail, BEFORE)).toBeUndefined();
    expect(touchpointFromPage(mail, view, BEFORE)).not.toBeNull();
  });
});

describe("the popup's log form on a meeting", () => {
  const account: Account = {
    id: 'nw',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    name: 'Northwind',
    domains: ['northwind.com'],
    tier: 'key',
    status: 'active',
    objectives: [],
    tags: [],
  };
  const tab = {
    context: meeting,
    resolution: {
      accounts: [
        {
          account,
          reasons: ['email'],
          people: [{ email: 'tom.becker@northwind.com', role: 'guest', reason: 'email', contact: { id: 'c1' } }],
        },
      ],
      unknownDomains: [],
      self: [],
    },
    bundles: [{ account, contacts: [], touchpoints: [], tasks: [], issues: [], opportunities: [] }],
    sidebar: 'expanded',
  } as unknown as TabAccounts;
  const CADENCE = DEFAULT_SETTINGS.cadenceDays;

  it('offers a prep note, not the meeting, before it starts', () => {
    const form = defaultForm(tab, BEFORE, CADENCE);
    expect(form).toMatchObject({
      accountId: 'nw',
      contactIds: ['c1'],
      kind: 'note',
      summary: 'Prep for Northwind QBR: ',
    });
    expect(form.when).toBe('2026-11-24T12:00');
    expect(form.source).toBeUndefined();
    expect(form.notice).toBe(
      'Starts today at 15:00: log it after it ends. Meanwhile, save a prep note: notes are internal and do not count as contact.',
    );
    expect(validateForm(form, BEFORE)).toEqual({});
  });

  it('is the meeting, at its start, once it has started', () => {
    const form = defaultForm(tab, AFTER, CADENCE);
    expect(form).toMatchObject({ kind: 'meeting', when: '2026-11-24T15:00', summary: 'Northwind QBR' });
    expect(form.source).toMatchObject({ itemId: '3pv8n2c0oneoff7example' });
    expect(form.notice).toBeUndefined();
  });

  it('refuses a meeting or a visit dated after now, and still takes a note', () => {
    const ahead: LogForm = { ...defaultForm(null, BEFORE, CADENCE), accountId: 'nw', when: '2026-11-24T15:00' };
    for (const kind of ['meeting', 'visit'] as const)
      expect(validateForm({ ...ahead, kind }, BEFORE)).toEqual({
        when: `That ${kind} has not happened yet: log it after it ends, or save a note to prepare.`,
      });
    expect(validateForm({ ...ahead, kind: 'meeting' }, AFTER)).toEqual({});
    expect(validateForm({ ...ahead, kind: 'note', summary: 'Prep' }, BEFORE)).toEqual({});
  });
});

/** The sidebar and the briefing card over the real background handler and the demo book, as the frames use them. */
describe('the sidebar and the briefing card on a meeting', () => {
  const EXT = TEST_EXTENSION_ID;
  const TAB = 7;
  const senders = {
    options: { id: EXT, url: `chrome-extension://${EXT}/options.html` },
    sidebar: { id: EXT, url: `chrome-extension://${EXT}/sidebar.html`, tab: { id: TAB } as never, frameId: 2 },
    briefing: { id: EXT, url: `chrome-extension://${EXT}/briefing.html`, tab: { id: TAB } as never, frameId: 3 },
    content: {
      id: EXT,
      url: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/24',
      tab: { id: TAB } as never,
      frameId: 0,
    },
  } satisfies Record<string, Runtime.MessageSender>;
  let call: <K extends RequestType>(
    type: K,
    data: RequestMap[K]['data'],
    sender: Runtime.MessageSender,
  ) => Promise<RequestMap[K]['reply']>;

  beforeEach(async () => {
    const handle = createHandler(
      testServices({ clock: tickingClock(BEFORE.toISOString()), activeTabId: async () => TAB }),
    );
    call = async (type, data, sender) => {
      const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, sender);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value as never;
    };
    await call('loadDemoData', { replace: true }, senders.options);
    await call('reportPageContext', { context: meeting }, senders.content);
    await call('setSidebarState', { state: 'expanded' }, senders.sidebar);
  });

  async function mount(frame: 'sidebar' | 'briefing', now: Date): Promise<HTMLElement> {
    const api = {
      background: backgroundClient<typeof frame>((type, data) => call(type, data as never, senders[frame])),
      settings: getSettings,
      onChange: () => () => undefined,
      now: () => now,
    };
    document.body.replaceChildren();
    const root = document.body.appendChild(document.createElement('div'));
    await act(async () =>
      render(frame === 'sidebar' ? <SidebarApp api={api as never} /> : <BriefingApp api={api as never} />, root),
    );
    const name = frame === 'sidebar' ? 'account-name' : 'briefing-account-name';
    await vi.waitFor(() => expect(root.querySelector(`[data-testid="${name}"]`)).not.toBeNull(), {
      timeout: 5000,
      interval: 10,
    });
    return root;
  }
  const $ = (root: HTMLElement, testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

  it('the sidebar offers no "Log this meeting" before it starts, says why, and points to a prep note', async () => {
    const root = await mount('sidebar', BEFORE);
    expect($(root, 'log-page')).toBeNull();
    expect($(root, 'log-later')!.textContent).toBe(
      'Starts today at 15:00: log it after it ends. Meanwhile, Note saves a prep note: notes are internal and do not count as contact.',
    );
    const later = await mount('sidebar', AFTER);
    expect($(later, 'log-page')!.textContent).toBe('Log this meeting');
    expect($(later, 'log-later')).toBeNull();
  });

  it('the briefing card shows "Log after it ends", disabled, with the reason', async () => {
    const root = await mount('briefing', BEFORE);
    expect($(root, 'log-meeting')).toBeNull();
    const button = $(root, 'log-after') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Log after it ends');
    expect(root.querySelector(`#${button.getAttribute('aria-describedby')}`)!.textContent).toBe(
      'Starts today at 15:00: log it after it ends.',
    );
    const later = await mount('briefing', AFTER);
    expect($(later, 'log-after')).toBeNull();
    expect($(later, 'log-meeting')!.textContent).toBe('Log this meeting');
  });
});
