import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandler, type BackgroundServices } from '../../utils/background/handler';
import { requests as REQUEST_SCHEMAS } from '../../utils/background/requests';
import type { LensErrorCode } from '../../utils/shared/errors';
import {
  CALLER_KINDS,
  REQUEST_CHANNEL,
  type CallerKind,
  type Reply,
  type RequestType,
} from '../../utils/protocol/messaging';
import { backgroundSnapshot, TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from '../unit/test-services';
import { countFigure } from './figures';
import { HOSTILE_STRINGS } from './hostile-strings';

/**
 * Every request type, with random and malformed data, from every kind of sender the browser could
 * report. The handler must always answer (never throw), refuse with a clear error, and leave the
 * database and extension storage exactly as they were whenever it refuses. And the whole matrix of
 * callers and requests: each caller may send exactly the requests its surface makes, and nothing else.
 */
const EXT = TEST_EXTENSION_ID;
const TAB = { id: 7 } as NonNullable<Runtime.MessageSender['tab']>;
/** Each sender the browser could report, and the caller the background must take it for (null: none at all). */
const SENDERS = {
  'content script': {
    kind: 'content',
    sender: { id: EXT, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', tab: TAB, frameId: 0 },
  },
  'calendar content script': {
    kind: 'content',
    sender: { id: EXT, url: 'https://calendar.google.com/calendar/u/0/r', tab: TAB, frameId: 0 },
  },
  'content script in a subframe': {
    kind: null,
    sender: { id: EXT, url: 'https://mail.google.com/mail/u/0/', tab: TAB, frameId: 5 },
  },
  'outlook page in a subframe': {
    kind: null,
    sender: { id: EXT, url: 'https://outlook.office.com/mail/', tab: TAB, frameId: 2 },
  },
  'sidebar frame': { kind: 'sidebar', sender: { id: EXT, url: `${TEST_BASE_URL}sidebar.html`, tab: TAB, frameId: 3 } },
  'sidebar frame through a dynamic URL': {
    kind: 'sidebar',
    sender: { id: EXT, url: 'chrome-extension://0f1e2d3c-4b5a-6978/sidebar.html', tab: TAB, frameId: 3 },
  },
  'briefing frame': {
    kind: 'briefing',
    sender: { id: EXT, url: `${TEST_BASE_URL}briefing.html`, tab: TAB, frameId: 4 },
  },
  'sidebar page outside a tab': { kind: null, sender: { id: EXT, url: `${TEST_BASE_URL}sidebar.html` } },
  'briefing page outside a tab': { kind: null, sender: { id: EXT, url: `${TEST_BASE_URL}briefing.html` } },
  popup: { kind: 'popup', sender: { id: EXT, url: `${TEST_BASE_URL}popup.html` } },
  'popup opened in a tab': {
    kind: 'popup',
    sender: { id: EXT, url: `${TEST_BASE_URL}popup.html`, tab: TAB, frameId: 0 },
  },
  options: { kind: 'options', sender: { id: EXT, url: `${TEST_BASE_URL}options.html` } },
  'other extension page': { kind: null, sender: { id: EXT, url: `${TEST_BASE_URL}evil.html` } },
  'foreign extension': {
    kind: null,
    sender: { id: 'another-extension', url: 'chrome-extension://another-extension/options.html' },
  },
  "foreign extension's frame named like ours": {
    kind: null,
    sender: { id: 'another-extension', url: 'chrome-extension://another-extension/sidebar.html', tab: TAB, frameId: 3 },
  },
  'web page': { kind: null, sender: { id: EXT, url: 'https://evil.example/', tab: TAB, frameId: 0 } },
  'plain-http mail page': {
    kind: null,
    sender: { id: EXT, url: 'http://mail.google.com/mail/u/0/', tab: TAB, frameId: 0 },
  },
  'offscreen document': {
    kind: 'offscreen',
    sender: { id: EXT, url: `${TEST_BASE_URL}offscreen.html`, frameId: 0 },
  },
  'offscreen page in a tab': {
    kind: null,
    sender: { id: EXT, url: `${TEST_BASE_URL}offscreen.html`, tab: TAB, frameId: 0 },
  },
  'no sender': { kind: null, sender: {} },
} satisfies Record<string, { kind: CallerKind | null; sender: Runtime.MessageSender }>;
type SenderName = keyof typeof SENDERS;

/**
 * The allow-list, written out: what each surface sends (tests/unit/callers.test.ts derives the same from the
 * surfaces' code). A change to a request's callers must be made here too, on purpose.
 */
const EXPECTED_ALLOW_LIST: Record<CallerKind, RequestType[]> = {
  content: ['reportPageContext', 'reportSent'],
  sidebar: [
    'getTabAccounts',
    'setSidebarState',
    'saveRecord',
    'saveRecords',
    'undo',
    'excludeMatch',
    'includeMatch',
    'isBookEmpty',
    'insertIntoDraft',
    'takeBackAutoLog',
  ],
  briefing: ['getTabAccounts', 'setSidebarState', 'setBriefingState', 'saveRecords', 'undo'],
  offscreen: ['scheduledBackupJob', 'scheduledBackupFile'],
  popup: ['getTabAccounts', 'warmSearch', 'search', 'getDue', 'saveRecords', 'undo', 'isBookEmpty'],
  options: [
    'listAccounts',
    'getAccount',
    'listContacts',
    'saveRecord',
    'deleteRecord',
    'undo',
    'mergeAccounts',
    'mergeContacts',
    'getPortfolio',
    'getDetectionReport',
    'excludeMatch',
    'includeMatch',
    'listExclusions',
    'loadDemoData',
    'removeDemoData',
    'exportRecords',
    'stageImport',
    'commitImport',
    'discardImport',
    'listTrash',
    'restoreFromTrash',
    'erasePermanently',
    'getTabSignedIn',
  ],
};
const ERROR_CODES: LensErrorCode[] = ['invalid', 'forbidden', 'not-found', 'conflict', 'duplicate', 'storage'];

/** From the request definitions themselves, so a new request is in the matrix without touching this file. */
function mayFrom(kind: CallerKind | null, type: RequestType): boolean {
  return kind !== null && (REQUEST_SCHEMAS[type].callers as readonly CallerKind[]).includes(kind);
}
function mustForbid(sender: SenderName, type: RequestType): boolean {
  return !mayFrom(SENDERS[sender].kind, type);
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
    SENDERS.options.sender,
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
    reportPageContext: {
      context: {
        site: 'gmail',
        view: 'thread',
        people: [{ email: 'ana@northwind.com', name: 'Ana', role: 'from' }],
        subject: 'Hi',
      },
    },
    getTabAccounts: {},
    insertIntoDraft: { template: { id: 'starter-qbr-invitation', name: 'QBR' }, subject: 'Renewal', body: 'Hi Ana,' },
    reportSent: {
      context: { site: 'gmail', view: 'compose', people: [{ email: 'ana@northwind.com', role: 'to' }], subject: 'Hi' },
    },
    takeBackAutoLog: { ids: [ids.contact] },
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
    isBookEmpty: null,
    getTabSignedIn: { tabId: 7 },
    exportRecords: { store: 'accounts', limit: 10 },
    stageImport: { importId: 'imp-1', seq: 0, store: 'accounts', records: [] },
    commitImport: { importId: 'imp-1', replace: false },
    discardImport: { importId: 'imp-1' },
    listTrash: null,
    restoreFromTrash: { store: 'accounts', id: ids.account },
    erasePermanently: { store: 'contacts', id: ids.contact },
    getPortfolio: null,
    getDue: null,
    getDetectionReport: null,
    scheduledBackupJob: null,
    scheduledBackupFile: { at: '2026-11-24T09:00:00.000Z', url: `blob:${TEST_BASE_URL}file`, bytes: 10, records: 2 },
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
const snapshot = (): Promise<string> => backgroundSnapshot(services);

let fuzzed = 0;
async function sendAndCheck(
  message: unknown,
  sender: SenderName,
  type: RequestType | undefined,
  before: string,
): Promise<{ reply: Reply<unknown>; after: string }> {
  fuzzed++;
  const reply = await handle(message, SENDERS[sender].sender);
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
    expect(await handle({ channel: REQUEST_CHANNEL, type: 'getDue', data: null }, SENDERS.popup.sender)).toMatchObject({
      ok: true,
    });
  });
});

describe('the whole matrix of callers and requests', () => {
  it('each caller is allowed exactly the requests written out above', () => {
    const derived = Object.fromEntries(
      CALLER_KINDS.map((kind) => [kind, REQUEST_TYPES.filter((type) => mayFrom(kind, type)).sort()]),
    );
    const expected = Object.fromEntries(CALLER_KINDS.map((kind) => [kind, [...EXPECTED_ALLOW_LIST[kind]].sort()]));
    expect(derived).toEqual(expected);
    // No request that no surface makes: it would serve tests alone.
    for (const type of REQUEST_TYPES) expect(REQUEST_SCHEMAS[type].callers.length, type).toBeGreaterThan(0);
  });

  it('every sender is told apart as the caller it is, or as none', () => {
    const kinds = new Set(Object.values(SENDERS).map((s) => s.kind));
    for (const kind of [...CALLER_KINDS, null]) expect(kinds.has(kind), String(kind)).toBe(true);
  });

  // Well-formed data, so only the sender decides: every combination not allowed is refused as forbidden with
  // nothing changed, and every one allowed is not refused as forbidden (it may still be refused, e.g. not found).
  it.each(SENDER_NAMES)('%s: refused every request it may not send, and no request it may', async (sender) => {
    let state = await snapshot();
    const refused: RequestType[] = [];
    for (const type of REQUEST_TYPES) {
      const { reply, after } = await sendAndCheck(
        { channel: REQUEST_CHANNEL, type, data: validData(type) },
        sender,
        type,
        state,
      );
      const forbidden = !reply.ok && reply.error.code === 'forbidden';
      if (forbidden) refused.push(type);
      expect(forbidden, `${sender} → ${type}`).toBe(mustForbid(sender, type));
      state = after;
    }
    const { kind } = SENDERS[sender];
    expect(refused).toEqual(REQUEST_TYPES.filter((type) => !(kind && EXPECTED_ALLOW_LIST[kind].includes(type))));
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
      JSON.parse(`{"channel":"${REQUEST_CHANNEL}","type":"getDue","__proto__":{"type":"loadDemoData"}}`),
      Object.create({ channel: REQUEST_CHANNEL, type: 'listAccounts', data: null }),
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
