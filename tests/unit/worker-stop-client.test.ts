import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandler, type BackgroundServices } from '../../utils/background/handler';
import { requests } from '../../utils/background/requests';
import { isRepeatable, request, STOPPED_RETRY_DELAYS_MS } from '../../utils/protocol/client';
import {
  REQUEST_CHANNEL,
  RequestFailed,
  STOPPED_MESSAGE,
  STOPPED_WRITE_MESSAGE,
  type RepeatableRequest,
  type RequestType,
} from '../../utils/protocol/messaging';
import type { CallerKind } from '../../utils/protocol/wire';
import { backgroundSnapshot, TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from './test-services';

/**
 * A request cut off by a worker stop is told apart from a real storage fault: its own code (`stopped`), a read sent
 * again by itself, a write never (the stop may have come after it was saved), and words that say which happened.
 */
type Answer = () => Promise<unknown>;
let answers: Answer[];
let sent: string[];

beforeEach(() => {
  vi.useFakeTimers();
  answers = [];
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    sent.push(message.type);
    const next = answers.shift();
    if (!next) throw new Error('The test gave no answer for this send.');
    return next();
  }) as never);
});
afterEach(() => vi.useRealTimers());

/** The channel closed unanswered, as Chrome reports a worker stopped mid-request. */
const cutOff: Answer = () => Promise.reject(new Error('The message port closed before a response was received.'));
/** No answer at all, which is also what a worker that is restarting gives. */
const nothing: Answer = async () => undefined;
const answer =
  (value: unknown): Answer =>
  async () => ({ ok: true, value });
const storageFault: Answer = async () => ({
  ok: false,
  error: { code: 'storage', message: 'Account Lens could not complete this: the disk went away' },
});

/** Runs a request to the end, retries and their waits included, and returns how it settled. */
async function settle<T>(sending: Promise<T>): Promise<{ value?: T; error?: RequestFailed }> {
  const settled = sending.then(
    (value) => ({ value }),
    (error: RequestFailed) => ({ error }),
  );
  await vi.runAllTimersAsync();
  return settled;
}

describe('a read cut off by a worker stop', () => {
  it.each([
    ['the channel closed', cutOff],
    ['no answer at all', nothing],
  ])('is sent again, and answers (%s)', async (_, stop) => {
    answers = [stop, answer([{ name: 'Northwind Traders' }])];
    expect(await settle(request('listAccounts', null))).toEqual({ value: [{ name: 'Northwind Traders' }] });
    expect(sent).toEqual(['listAccounts', 'listAccounts']);
  });

  it('gives up when the worker keeps stopping: code `stopped`, and it reads as restarting', async () => {
    answers = Array.from({ length: STOPPED_RETRY_DELAYS_MS.length + 1 }, () => cutOff);
    const { error } = await settle(request('getTabAccounts', {}));
    expect(error).toBeInstanceOf(RequestFailed);
    expect(error).toMatchObject({ code: 'stopped', message: 'Account Lens was restarting; try again.' });
    expect(error!.message).toBe(STOPPED_MESSAGE);
    expect(sent).toHaveLength(STOPPED_RETRY_DELAYS_MS.length + 1);
  });
});

describe('a write cut off by a worker stop', () => {
  it('is never sent again, and tells the user to check whether it was saved', async () => {
    answers = [cutOff, answer({ undoId: 'u1', records: [] })];
    const { error } = await settle(
      request('saveRecords', {
        records: [
          { store: 'tasks', record: { accountId: 'a1', title: 'Call back', dueAt: '2026-11-25T09:00:00.000Z' } },
        ],
      }),
    );
    expect(error).toMatchObject({ code: 'stopped', message: STOPPED_WRITE_MESSAGE });
    expect(error!.message).toContain('may or may not have been saved');
    expect(sent).toEqual(['saveRecords']);
  });
});

describe('a real storage fault', () => {
  it.each([
    ['a read', 'listAccounts', null],
    ['a write', 'deleteRecord', { store: 'accounts', id: 'a1' }],
  ] as const)('in %s keeps its own code and words, and is not sent again', async (_, type, data) => {
    answers = [storageFault, answer([])];
    const { error } = await settle(request(type, data as never));
    expect(error).toMatchObject({
      code: 'storage',
      message: 'Account Lens could not complete this: the disk went away',
    });
    expect(error!.message).not.toContain('restarting');
    expect(sent).toEqual([type]);
  });
});

describe('the requests sent again after a stop', () => {
  const types = Object.keys(requests) as RequestType[];
  const marked = types.filter((type) => (requests[type] as { repeatable?: boolean }).repeatable);

  it('are exactly the ones their definitions mark repeatable', () => {
    expect(types.filter(isRepeatable).sort()).toEqual([...marked].sort());
    // A write is never among them.
    for (const write of ['saveRecord', 'saveRecords', 'deleteRecord', 'undo', 'stageImport', 'commitImport'] as const)
      expect(isRepeatable(write), write).toBe(false);
  });

  // Each with well-formed data, over the demo book and a page in tab 7, from the first caller allowed to send it.
  const DATA: Record<RepeatableRequest, unknown> = {
    getTabAccounts: {},
    warmSearch: null,
    search: { query: 'north', limit: 5 },
    listAccounts: null,
    getAccount: { id: 'filled in below' },
    listContacts: { filter: { text: '', accountId: 'all', role: 'all', sort: 'name' }, offset: 0, limit: 50 },
    listExclusions: null,
    exportRecords: { store: 'contacts', limit: 20 },
    listTrash: null,
    getPortfolio: null,
    getDue: null,
    getDetectionReport: null,
    isBookEmpty: null,
    getTabSignedIn: { tabId: 7 },
  };
  const SENDERS: Record<Exclude<CallerKind, 'content'>, Runtime.MessageSender> = {
    sidebar: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}sidebar.html`, tab: { id: 7 } as never, frameId: 3 },
    briefing: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}briefing.html`, tab: { id: 7 } as never, frameId: 4 },
    popup: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}popup.html` },
    options: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}options.html` },
    offscreen: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}offscreen.html`, frameId: 0 },
  };

  it.each(marked as RepeatableRequest[])(
    '%s: sent twice, it leaves the data and storage as sent once',
    async (type) => {
      vi.useRealTimers();
      const services: BackgroundServices = testServices({ activeTabId: async () => 7 });
      const handle = createHandler(services);
      const send = (t: string, data: unknown, sender: Runtime.MessageSender) =>
        handle({ channel: REQUEST_CHANNEL, type: t, data }, sender);
      expect(await send('loadDemoData', { replace: true }, SENDERS.options)).toMatchObject({ ok: true });
      const content = { id: TEST_EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 7 } as never };
      const page = { site: 'gmail', view: 'thread', people: [{ email: 'ana.ruiz@northwind.com', role: 'from' }] };
      expect(await send('reportPageContext', { context: page }, { ...content, frameId: 0 })).toMatchObject({
        ok: true,
      });
      const [account] = await (await services.db()).getAll('accounts');
      const data = type === 'getAccount' ? { id: account!.id } : DATA[type];
      const sender = SENDERS[requests[type].callers[0] as keyof typeof SENDERS];

      const snapshot = () => backgroundSnapshot(services);
      const once = await send(type, data, sender);
      expect(once, JSON.stringify(once)).toMatchObject({ ok: true });
      const afterOnce = await snapshot();
      // The reply may differ (warmSearch's index is built by then); what is stored may not.
      expect(await send(type, data, sender)).toMatchObject({ ok: true });
      expect(await snapshot()).toBe(afterOnce);
    },
  );
});
