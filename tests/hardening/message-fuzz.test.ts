import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandler, type BackgroundServices } from '../../utils/background/handler';
import { requests as REQUEST_SCHEMAS } from '../../utils/background/requests';
import type { LensErrorCode } from '../../utils/shared/errors';
import { REQUEST_CHANNEL, type Reply, type RequestType } from '../../utils/protocol/messaging';
import { TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from '../unit/test-services';
import { countFigure } from './figures';
import { HOSTILE_STRINGS } from './hostile-strings';

/**
 * Every request type, with random and malformed data, from every kind of sender the browser could
 * report. The handler must always answer (never throw), refuse with a clear error, and leave the
 * database and extension storage exactly as they were whenever it refuses.
 */
const EXT = TEST_EXTENSION_ID;
const TAB = { id: 7 } as NonNullable<Runtime.MessageSender['tab']>;
const SENDERS = {
  'content script': { id: EXT, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', tab: TAB, frameId: 0 },
  'content script in a subframe': { id: EXT, url: 'https://mail.google.com/mail/u/0/', tab: TAB, frameId: 5 },
  'sidebar frame': { id: EXT, url: `${TEST_BASE_URL}sidebar.html`, tab: TAB, frameId: 3 },
  'briefing frame': { id: EXT, url: `${TEST_BASE_URL}briefing.html`, tab: TAB, frameId: 4 },
  'sidebar page outside a tab': { id: EXT, url: `${TEST_BASE_URL}sidebar.html` },
  popup: { id: EXT, url: `${TEST_BASE_URL}popup.html` },
  options: { id: EXT, url: `${TEST_BASE_URL}options.html` },
  'other extension page': { id: EXT, url: `${TEST_BASE_URL}evil.html` },
  'foreign extension': { id: 'another-extension', url: 'chrome-extension://another-extension/options.html' },
  'web page': { id: EXT, url: 'https://evil.example/', tab: TAB, frameId: 0 },
  'plain-http mail page': { id: EXT, url: 'http://mail.google.com/mail/u/0/', tab: TAB, frameId: 0 },
  'no sender': {},
} satisfies Record<string, Runtime.MessageSender>;
type SenderName = keyof typeof SENDERS;

const NEVER_TRUSTED: SenderName[] = [
  'content script in a subframe',
  'sidebar page outside a tab',
  'other extension page',
  'foreign extension',
  'web page',
  'plain-http mail page',
  'no sender',
];
const CONTENT_MAY = new Set<RequestType>(['reportPageContext', 'getTabContext']);
/** Data management stays on the options page: the frames in a mail page and the popup may not ask for it. */
const OPTIONS_ONLY = new Set<RequestType>([
  'loadDemoData',
  'removeDemoData',
  'exportRecords',
  'stageImport',
  'commitImport',
  'discardImport',
  'mergeAccounts',
  'listTrash',
  'restoreFromTrash',
  'erasePermanently',
  'getDetectionReport',
  'listExclusions',
]);
const ERROR_CODES: LensErrorCode[] = ['invalid', 'forbidden', 'not-found', 'conflict', 'duplicate', 'storage'];

function mustForbid(sender: SenderName, type: RequestType): boolean {
  if (NEVER_TRUSTED.includes(sender)) return true;
  if (sender === 'content script') return !CONTENT_MAY.has(type);
  if (sender === 'options') return false;
  return OPTIONS_ONLY.has(type);
}

const REQUEST_TYPES = Object.keys(REQUEST_SCHEMAS) as RequestType[];
let services: BackgroundServices;
let handle: ReturnType<typeof createHandler>;
let ids: { account: string; contact: string; other: string };

beforeEach(async () => {
  services = testServices({ activeTabId: async () => 7 });
  handle = createHandler(services);
  const loaded = await handle(
    { channel: REQUEST_CHANNEL, type: 'loadDemoData', data: { replace: true } },
    SENDERS.options,
  );
  expect(loaded.ok).toBe(true);
  const db = await services.db();
  const [first, second] = await db.getAll('accounts');
  ids = { account: first!.id, other: second!.id, contact: (await db.getAll('contacts'))[0]!.id };
});

/** A well-formed request of each type, the starting point for the malformed ones. */
function validData(type: RequestType): unknown {
  const account = {
    name: 'Quokka',
    domains: ['quokka.example'],
    tier: 'key',
    status: 'active',
    objectives: [],
    tags: [],
  };
  const samples: { [K in RequestType]: unknown } = {
    ping: null,
    reportPageContext: {
      context: {
        site: 'gmail',
        view: 'thread',
        people: [{ email: 'ana@northwind.com', name: 'Ana', role: 'from' }],
        subject: 'Hi',
      },
    },
    getTabContext: { tabId: 7 },
    resolveTabContext: {},
    getTabAccounts: {},
    setSidebarState: { state: 'collapsed' },
    setBriefingState: { state: 'collapsed' },
    excludeMatch: { email: 'ana@northwind.com', accountId: ids.account },
    includeMatch: { name: 'Fischer, Lena', accountId: ids.account },
    listExclusions: null,
    warmSearch: null,
    search: { query: 'north', limit: 5 },
    listAccounts: null,
    listContacts: { filter: { text: 'ana', accountId: 'all', role: 'all', sort: 'name' }, offset: 0, limit: 50 },
    getAccount: { id: ids.account },
    saveRecord: { store: 'accounts', record: account },
    saveRecords: {
      records: [
        { store: 'tasks', record: { accountId: ids.account, title: 'Call back', dueAt: '2026-11-25T09:00:00.000Z' } },
      ],
    },
    deleteRecord: { store: 'contacts', id: ids.contact },
    undo: { undoId: 'no-such-undo' },
    mergeAccounts: { keepId: ids.account, mergeId: ids.other },
    mergeContacts: { keepId: ids.contact, mergeId: ids.contact },
    loadDemoData: { replace: false },
    removeDemoData: null,
    exportRecords: { store: 'accounts', limit: 10 },
    stageImport: { importId: 'imp-1', seq: 0, store: 'accounts', records: [] },
    commitImport: { importId: 'imp-1', replace: false },
    discardImport: { importId: 'imp-1' },
    getStats: null,
    listTrash: null,
    restoreFromTrash: { store: 'accounts', id: ids.account },
    erasePermanently: { store: 'contacts', id: ids.contact },
    getPortfolio: null,
    getDue: null,
    getDetectionReport: null,
  };
  return samples[type];
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});
const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS.map((h) => h.value)),
  fc.string({ unit: 'binary', maxLength: 400 }),
);
const nastyValue = fc.oneof(
  anything,
  hostileText,
  fc.constantFrom(NaN, Infinity, -1, 1e21, -0, '', '__proto__', 'constructor', [], {}, null, undefined, true),
);

/** Every path to a value inside `value`, for mutating one of them. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, v]) => pathsOf(v, [...prefix, key]))];
}
function withChange(value: unknown, path: Array<string | number>, change: (old: unknown) => unknown): unknown {
  if (!path.length) return change(value);
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path;
  copy[head!] = withChange(copy[head!], rest, change);
  return copy;
}

/** Data for one request: wholly random, or a valid request with one part replaced, removed or added to. */
function malformedData(type: RequestType): fc.Arbitrary<unknown> {
  const valid = validData(type);
  const paths = pathsOf(valid);
  const at = fc.nat({ max: paths.length - 1 }).map((i) => paths[i]!);
  return fc.oneof(
    anything,
    fc.tuple(at, nastyValue).map(([path, next]) => withChange(valid, path, () => next)),
    fc
      .tuple(at, fc.string({ minLength: 1, maxLength: 12 }), nastyValue)
      .map(([path, key, extra]) =>
        withChange(valid, path, (old) =>
          typeof old === 'object' && old !== null && !Array.isArray(old) ? { ...old, [key]: extra } : [old, extra],
        ),
      ),
    fc
      .tuple(at)
      .map(([path]) =>
        path.length
          ? withChange(valid, path.slice(0, -1), (parent) =>
              Array.isArray(parent)
                ? parent.slice(1)
                : Object.fromEntries(Object.entries(parent as object).filter(([k]) => k !== path.at(-1))),
            )
          : undefined,
      ),
  );
}

/** Everything the background keeps: every IndexedDB store, and extension storage. */
async function snapshot(): Promise<string> {
  const db = await services.db();
  const stores = await Promise.all([...db.objectStoreNames].map(async (name) => [name, await db.getAll(name)]));
  const [local, session] = await Promise.all([
    fakeBrowser.storage.local.get(null),
    fakeBrowser.storage.session.get(null),
  ]);
  return JSON.stringify({ stores, local, session });
}

let fuzzed = 0;
async function sendAndCheck(
  message: unknown,
  sender: SenderName,
  type: RequestType | undefined,
  before: string,
): Promise<{ reply: Reply<unknown>; after: string }> {
  fuzzed++;
  const reply = await handle(message, SENDERS[sender]);
  expect(typeof reply).toBe('object');
  if (reply.ok) {
    // Only a trusted sender's valid request may succeed.
    expect(type !== undefined && !mustForbid(sender, type)).toBe(true);
    return { reply, after: await snapshot() };
  }
  expect(ERROR_CODES).toContain(reply.error.code);
  expect(reply.error.message.trim().length).toBeGreaterThan(0);
  // A refusal is decided by the checks, never by an operation falling over on data it did not expect.
  expect(reply.error.code, reply.error.message).not.toBe('storage');
  if (type !== undefined && mustForbid(sender, type)) expect(reply.error.code).toBe('forbidden');
  const after = await snapshot();
  expect(after).toBe(before);
  return { reply, after };
}

const SENDER_NAMES = Object.keys(SENDERS) as SenderName[];
const RUNS_PER_TYPE = 150;

describe('every request type, random and malformed data, from every sender', () => {
  it.each(REQUEST_TYPES)('%s', async (type) => {
    let state = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SENDER_NAMES), malformedData(type), async (sender, data) => {
        state = (await sendAndCheck({ channel: REQUEST_CHANNEL, type, data }, sender, type, state)).after;
      }),
      { numRuns: RUNS_PER_TYPE, seed: 20261124 + REQUEST_TYPES.indexOf(type) },
    );
    // Still answering after the barrage.
    expect(await handle({ channel: REQUEST_CHANNEL, type: 'ping', data: null }, SENDERS.popup)).toMatchObject({
      ok: true,
    });
  });

  it('a forbidden sender is refused even with well-formed data', async () => {
    const state = await snapshot();
    for (const type of REQUEST_TYPES) {
      for (const sender of SENDER_NAMES.filter((s) => mustForbid(s, type))) {
        const { reply } = await sendAndCheck(
          { channel: REQUEST_CHANNEL, type, data: validData(type) },
          sender,
          type,
          state,
        );
        expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
  });
});

describe('malformed envelopes', () => {
  const envelope = fc.oneof(
    anything,
    fc.record(
      { channel: fc.oneof(fc.constant(REQUEST_CHANNEL), nastyValue), type: nastyValue, data: anything },
      { requiredKeys: [] },
    ),
    fc.record({ channel: nastyValue, type: fc.constantFrom(...REQUEST_TYPES), data: anything }),
    fc.constantFrom<unknown>(
      { channel: REQUEST_CHANNEL, type: '__proto__', data: null },
      { channel: REQUEST_CHANNEL, type: 'hasOwnProperty', data: null },
      { channel: REQUEST_CHANNEL, type: 'toString', data: null },
      JSON.parse(`{"channel":"${REQUEST_CHANNEL}","type":"ping","__proto__":{"type":"loadDemoData"}}`),
      Object.create({ channel: REQUEST_CHANNEL, type: 'getStats', data: null }),
    ),
  );

  it('get a clear error from every sender, and change nothing', async () => {
    let state = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SENDER_NAMES), envelope, async (sender, message) => {
        const rawType =
          typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
        const known =
          typeof rawType === 'string' &&
          Object.hasOwn(message as object, 'type') &&
          Object.hasOwn(REQUEST_SCHEMAS, rawType);
        const type =
          known && (message as { channel?: unknown }).channel === REQUEST_CHANNEL
            ? (message as { type: RequestType }).type
            : undefined;
        const { reply, after } = await sendAndCheck(message, sender, type, state);
        if (type === undefined) expect(reply.ok).toBe(false);
        state = after;
      }),
      { numRuns: 1000, seed: 20261124 },
    );
  });
});

describe('figures', () => {
  it('counts the messages fuzzed', () => {
    expect(fuzzed).toBeGreaterThan(REQUEST_TYPES.length * RUNS_PER_TYPE);
    countFigure('messages fuzzed', fuzzed);
  });
});
