import { beforeEach, describe, expect, it } from 'vitest';
import { autoLogsSettled } from '../../utils/background/auto-log';
import { createHandler, type BackgroundServices } from '../../utils/background/handler';
import { isAutomaticSender, isAutomaticSubject, neverLogged } from '../../utils/shared/insights/auto-log';
import type { PageContext, Touchpoint } from '../../utils/shared/model';
import { privateThreadsItem } from '../../utils/settings/auto-log';
import { DEFAULT_SETTINGS, settingsItem } from '../../utils/settings/settings';
import { tickingClock } from './helpers';
import { TEST_SENDERS, testServices, typedCallerOf, type TypedCall } from './test-services';

/**
 * Automatic logging through the real background handler: the content script reports a Northwind thread of
 * five messages (two from the client, one from the user, one from a colleague, one from a no-reply sender).
 */
const thread: PageContext = {
  site: 'gmail',
  view: 'thread',
  selfEmail: 'me@mycompany.com',
  people: [
    { email: 'tom.becker@northwind.com', name: 'Tom Becker', role: 'from' },
    { email: 'ana.ruiz@northwind.com', name: 'Ana Ruiz', role: 'from' },
    { email: 'no-reply@northwind.com', name: 'Northwind Portal', role: 'from' },
    { email: 'sam@mycompany.com', name: 'Sam Colleague', role: 'from' },
  ],
  subject: 'Renewal terms for 2027',
  threadId: 'thread-f:42',
  messageId: 'm5',
  messages: [
    { id: 'm1', from: 'tom.becker@northwind.com', sentAt: '2026-11-20T09:00:00.000Z' },
    { id: 'm2', from: 'me@mycompany.com', sentAt: '2026-11-20T10:00:00.000Z' },
    { id: 'm3', from: 'sam@mycompany.com', sentAt: '2026-11-20T11:00:00.000Z' },
    { id: 'm4', from: 'no-reply@northwind.com', sentAt: '2026-11-21T08:00:00.000Z' },
    { id: 'm5', from: 'ana.ruiz@northwind.com', sentAt: '2026-11-22T09:00:00.000Z' },
  ],
};

let services: BackgroundServices;
let call: TypedCall;

beforeEach(async () => {
  services = testServices({
    clock: tickingClock('2026-11-24T12:00:00.000Z'),
    self: async () => ({ addresses: new Set(['me@mycompany.com']), domains: new Set(['mycompany.com']) }),
  });
  call = typedCallerOf(createHandler(services));
  await call('loadDemoData', { replace: true }, TEST_SENDERS.options);
});

/** The content script's report, and automatic logging's run on it ended. */
const report = async (context: PageContext | null) => {
  await call('reportPageContext', { context }, TEST_SENDERS.content);
  await autoLogsSettled();
};
const setAutoLog = (autoLog: boolean, neverAutoLog: string[] = []) =>
  settingsItem.setValue({ ...DEFAULT_SETTINGS, autoLog, neverAutoLog });

/** This thread's entries, the trash included, by message id. */
async function entries(): Promise<Map<string, Touchpoint>> {
  await services.search.settled();
  const all = await (await services.db()).getAll('touchpoints');
  return new Map(all.filter((t) => t.source?.threadId === 'thread-f:42').map((t) => [t.source!.itemId, t]));
}
const live = async () =>
  [...(await entries()).entries()]
    .filter(([, t]) => !t.deletedAt)
    .map(([id]) => id)
    .sort();

describe('automatic logging', () => {
  it('is off by default: opening a client thread logs nothing', async () => {
    await report(thread);
    await autoLogsSettled();
    expect(await live()).toEqual([]);
  });

  it("logs the client messages and the user's, once each, never internal or automatic ones", async () => {
    await setAutoLog(true);
    await report(thread);
    expect(await live()).toEqual(['m1', 'm2', 'm5']);
    const logged = await entries();
    expect(logged.get('m1')).toMatchObject({
      direction: 'inbound',
      automatic: true,
      occurredAt: '2026-11-20T09:00:00.000Z',
    });
    expect(logged.get('m2')).toMatchObject({ direction: 'outbound', automatic: true });
    // The page reported again (a reload, another scan), and after the worker restarted: nothing twice.
    await report(null);
    await report(thread);
    await autoLogsSettled();
    expect(
      (await (await services.db()).getAll('touchpoints')).filter((t) => t.source?.threadId === 'thread-f:42'),
    ).toHaveLength(3);
  });

  it('leaves a message already logged by hand as it is', async () => {
    await setAutoLog(true);
    await report({ ...thread, view: 'list' });
    await autoLogsSettled();
    expect(await live()).toEqual([]);
    const tab = await call('getTabAccounts', {});
    const northwind = tab.bundles[0]!.account.id;
    await call('saveRecord', {
      store: 'touchpoints',
      record: {
        accountId: northwind,
        contactIds: [],
        kind: 'email',
        direction: 'inbound',
        occurredAt: '2026-11-20T09:00:00.000Z',
        summary: 'by hand',
        sentiment: 'neutral',
        source: { site: 'gmail', itemId: 'm1', threadId: 'thread-f:42' },
      },
    });
    await report(thread);
    expect(await live()).toEqual(['m1', 'm2', 'm5']);
    expect((await entries()).get('m1')).toMatchObject({ summary: 'by hand' });
    expect((await entries()).get('m1')!.automatic).toBeUndefined();
  });

  it('skips a thread kept private, and people or domains on the never list', async () => {
    await setAutoLog(true);
    await privateThreadsItem.setValue(['gmail:thread-f:42']);
    await report(thread);
    await autoLogsSettled();
    expect(await live()).toEqual([]);
    await privateThreadsItem.setValue([]);
    await setAutoLog(true, ['ana.ruiz@northwind.com']);
    await report(null);
    await report(thread);
    expect(await live()).toEqual(['m1', 'm2']);
  });

  it('Undo takes the entries back to the trash, and they are not logged automatically again', async () => {
    await setAutoLog(true);
    await report(thread);
    expect(await live()).toEqual(['m1', 'm2', 'm5']);
    const ids = [...(await entries()).values()].map((t) => t.id);
    const { count, undoId } = await call('takeBackAutoLog', { ids });
    expect(count).toBe(3);
    expect(await live()).toEqual([]);
    await report(null);
    await report(thread);
    await autoLogsSettled();
    expect(await live()).toEqual([]);
    // The trash keeps them for 30 days; once emptied, the list of declined messages still says no.
    await (await services.db()).clear('touchpoints');
    await report(null);
    await report(thread);
    await autoLogsSettled();
    expect(await live()).toEqual([]);
    expect(undoId).toEqual(expect.any(String));
  });

  it('refuses to take back an entry logged by hand', async () => {
    await report(thread);
    const tab = await call('getTabAccounts', {});
    const saved = await call('saveRecord', {
      store: 'touchpoints',
      record: {
        accountId: tab.bundles[0]!.account.id,
        contactIds: [],
        kind: 'note',
        direction: 'outbound',
        occurredAt: '2026-11-20T09:00:00.000Z',
        summary: 'mine',
        sentiment: 'neutral',
      },
    });
    await expect(call('takeBackAutoLog', { ids: [saved.record.id] })).rejects.toThrow(/no automatic entry/);
  });
});

describe('sent mail, logged automatically', () => {
  const compose: PageContext = {
    site: 'gmail',
    view: 'compose',
    selfEmail: 'me@mycompany.com',
    people: [{ email: 'tom.becker@northwind.com', name: 'Tom Becker', role: 'to' }],
    subject: 'Re: Renewal terms for 2027',
    threadId: 'thread-f:42',
    messageId: 'draft:r-77',
  };
  /** A clock the test moves: how long after Send the compose leaves, or comes back, is what counts. */
  let now = Date.parse('2026-11-24T12:00:30.000Z');
  const later = (seconds: number) => void (now += seconds * 1000);
  beforeEach(() => {
    now = Date.parse('2026-11-24T12:00:30.000Z');
    services.clock = { now: () => new Date(now) };
  });
  const sendIt = async (context = compose) => {
    const { noted } = await call('reportSent', { context }, TEST_SENDERS.content);
    await autoLogsSettled();
    return noted;
  };
  const sentEntries = async () =>
    (await (await services.db()).getAll('touchpoints')).filter(
      (t) => (t.source?.threadId === 'thread-f:42' || t.source?.itemId.startsWith('sent:')) && !t.deletedAt,
    );

  it('logs a message sent to a client once the compose leaves the page, once, with its template', async () => {
    await setAutoLog(true);
    await report(compose);
    services.askPage = async () => ({ body: 'inserted', subject: 'kept' });
    await call('insertIntoDraft', {
      template: { id: 'starter-renewal-reminder', name: 'Renewal reminder' },
      subject: '',
      body: 'Hi Tom,',
    });
    expect(await sendIt()).toBe(1);
    // A double click, or the shortcut after the click: one send.
    expect(await sendIt()).toBe(0);
    // Nothing is written while the compose is still on the page.
    expect(await sentEntries()).toEqual([]);
    later(1);
    await report({ ...thread, view: 'list', messages: undefined });
    const [entry, ...more] = await sentEntries();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      direction: 'outbound',
      kind: 'email',
      automatic: true,
      occurredAt: '2026-11-24T12:00:30.000Z',
      sourceKey: 'gmail:draft:r-77',
      template: { id: 'starter-renewal-reminder', name: 'Renewal reminder' },
    });
  });

  it('takes the entry back when the send is undone, and logs the send that follows', async () => {
    await setAutoLog(true);
    await report(compose);
    await sendIt();
    // The compose reported once more before it left (a recipient typed just before Send): not sent yet.
    await report({ ...compose, people: [...compose.people, { email: 'ana.ruiz@northwind.com', role: 'cc' }] });
    expect(await sentEntries()).toEqual([]);
    later(1);
    await report(null);
    expect(await sentEntries()).toHaveLength(1);
    // Gmail's Undo: the same draft back in a compose. The entry goes, for good.
    later(5);
    await report(compose);
    expect(await (await services.db()).getAll('touchpoints')).not.toContainEqual(
      expect.objectContaining({ sourceKey: 'gmail:draft:r-77' }),
    );
    // Sent again: logged again.
    later(20);
    await sendIt();
    later(1);
    await report(null);
    expect(await sentEntries()).toHaveLength(1);
  });

  it('logs nothing for a draft discarded, nor for a send the page did not go through with', async () => {
    await setAutoLog(true);
    await report({ ...compose, messageId: 'draft:r-78' });
    await report(null);
    expect(await sentEntries()).toEqual([]);
    // Send, then the page asks something (no subject?) and the user cancels: the compose stays, and is
    // discarded long after.
    await report(compose);
    await sendIt();
    later(30);
    await report(compose);
    await report(null);
    expect(await sentEntries()).toEqual([]);
  });

  it('keeps one entry when the sent message shows in its thread: the entry takes the message id', async () => {
    await setAutoLog(true);
    await report(compose);
    await sendIt();
    later(1);
    await report(null);
    const [sent] = await sentEntries();
    // In another tab, or after a browser restart: found in the records, not in the tab's notes.
    later(120);
    await call(
      'reportPageContext',
      {
        context: {
          ...thread,
          threadId: 'thread-f:42',
          messageId: 'm9',
          messages: [
            { id: 'm1', from: 'tom.becker@northwind.com', sentAt: '2026-11-20T09:00:00.000Z' },
            { id: 'm9', from: 'me@mycompany.com', sentAt: '2026-11-24T12:00:00.000Z' },
          ],
        },
      },
      { ...TEST_SENDERS.content, tab: { id: 8 } as never },
    );
    await autoLogsSettled();
    const entries = await sentEntries();
    expect(entries.map((t) => t.sourceKey).sort()).toEqual(['gmail:m1', 'gmail:m9']);
    expect(entries.find((t) => t.sourceKey === 'gmail:m9')!.id).toBe(sent!.id);
  });

  it('logs nothing while automatic logging is off, nor for a thread kept private', async () => {
    await report(compose);
    expect(await sendIt()).toBe(0);
    await setAutoLog(true);
    await privateThreadsItem.setValue(['gmail:thread-f:42']);
    expect(await sendIt()).toBe(0);
    await report(null);
    expect(await sentEntries()).toEqual([]);
  });
});

describe('what counts as automatic mail', () => {
  it('knows machine senders and automatic subjects, in several languages', () => {
    for (const sender of [
      'no-reply@x.com',
      'noreply@x.com',
      'do-not-reply@x.com',
      'mailer-daemon@x.com',
      'calendar-notification@google.com',
      'notifications+abc@x.com',
    ])
      expect(isAutomaticSender(sender), sender).toBe(true);
    for (const sender of ['anna@x.com', 'replyall@x.com', 'noreen@x.com'])
      expect(isAutomaticSender(sender), sender).toBe(false);
    for (const subject of [
      'Automatic reply: Renewal',
      'Out of Office: back Monday',
      'Abwesenheitsnotiz: Urlaub',
      'Réponse automatique : absent',
      'Respuesta automática: Vacaciones',
      'Invitation: QBR @ Thu',
      'Accepted: QBR',
    ])
      expect(isAutomaticSubject(subject), subject).toBe(true);
    expect(isAutomaticSubject('Re: Renewal terms')).toBe(false);
  });

  it('matches the never list by address, by domain and by subdomain', () => {
    expect(neverLogged('Ana.Ruiz@Northwind.com', ['ana.ruiz@northwind.com'])).toBe(true);
    expect(neverLogged('x@northwind.com', ['@northwind.com'])).toBe(true);
    expect(neverLogged('x@eu.northwind.com', ['northwind.com'])).toBe(true);
    expect(neverLogged('x@northwindy.com', ['northwind.com'])).toBe(false);
  });
});
