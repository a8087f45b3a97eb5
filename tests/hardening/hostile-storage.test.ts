// @vitest-environment jsdom
import Papa from 'papaparse';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandler } from '../../utils/background/handler';
import { optionsDataActions } from '../../utils/pages/options-data';
import { REQUEST_CHANNEL, type Reply, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import type { Account, Contact, PageContext, Touchpoint } from '../../utils/shared/model';
import { personNameKey } from '../../utils/shared/match/normalize';
import { PAGE_TEXT_MAX } from '../../utils/shared/schemas-limits';
import { MAX_TEXT } from '../../utils/shared/schemas';
import { TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from '../unit/test-services';
import { countFigure } from './figures';
import { HOSTILE_ADDRESSES, HOSTILE_STRINGS } from './hostile-strings';

/**
 * Storage, matching and CSV export with every hostile string as an account and contact name, a
 * note, a touchpoint summary and a subject, saved through the background's message handler as the
 * extension pages save them, and read back. What the data layer does to text, and nothing else:
 * names are trimmed and limited to 2,000 characters (longer ones are refused with a clear message),
 * notes and summaries to 100,000; addresses are normalized (lowercase, NFC, the domain in ASCII).
 */
const EXT = TEST_EXTENSION_ID;
const SENDERS = {
  options: { id: EXT, url: `${TEST_BASE_URL}options.html` },
  sidebar: { id: EXT, url: `${TEST_BASE_URL}sidebar.html`, tab: { id: 5 } as never, frameId: 1 },
  content: { id: EXT, url: 'https://mail.google.com/mail/u/0/#inbox/x', tab: { id: 5 } as never, frameId: 0 },
} satisfies Record<string, Runtime.MessageSender>;
const NAME_MAX = 2_000;

let handle: ReturnType<typeof createHandler>;
beforeEach(() => {
  handle = createHandler(testServices({ activeTabId: async () => 5 }));
});

function send<K extends RequestType>(
  type: K,
  data: RequestMap[K]['data'],
  sender: Runtime.MessageSender = SENDERS.options,
): Promise<Reply<RequestMap[K]['reply']>> {
  return handle({ channel: REQUEST_CHANNEL, type, data }, sender) as Promise<Reply<RequestMap[K]['reply']>>;
}
async function ok<K extends RequestType>(
  type: K,
  data: RequestMap[K]['data'],
  sender?: Runtime.MessageSender,
): Promise<RequestMap[K]['reply']> {
  const reply = await send(type, data, sender);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.value;
}

/** A name the data layer keeps: trimmed; null when it must be refused (empty, or over the limit). */
function keptName(value: string): string | null {
  const trimmed = value.trim();
  return trimmed && trimmed.length <= NAME_MAX ? trimmed : null;
}

/** Saves one hostile string everywhere it can go; returns what was saved, or the refusal. */
async function saveEverywhere(value: string, i: number) {
  const name = keptName(value);
  const accountReply = await send('saveRecord', {
    store: 'accounts',
    record: {
      name: name === null ? value : value,
      domains: [`h${i}.example`],
      tier: 'key',
      status: 'active',
      objectives: [],
      tags: [value.slice(0, 200)],
      notes: value,
      owner: value.slice(0, NAME_MAX),
    },
  });
  if (name === null) {
    // Refused as a whole, with a message a person can read, and nothing written.
    expect(accountReply).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!accountReply.ok)
      expect(accountReply.error.message).toMatch(/Account name is (required|longer than 2000 characters)/);
    return null;
  }
  if (!accountReply.ok) throw new Error(`account ${JSON.stringify(value.slice(0, 40))}: ${accountReply.error.message}`);
  const account = accountReply.value.record as Account;
  const contact = (
    await ok('saveRecord', {
      store: 'contacts',
      record: {
        accountId: account.id,
        name: value,
        emails: [`p${i}@h${i}.example`],
        role: 'champion',
        title: value.slice(0, NAME_MAX),
        notes: value,
      },
    })
  ).record as Contact;
  const touchpoint = (
    await ok('saveRecord', {
      store: 'touchpoints',
      record: {
        accountId: account.id,
        contactIds: [contact.id],
        kind: 'email',
        direction: 'inbound',
        occurredAt: '2026-11-20T10:00:00.000Z',
        summary: value,
        sentiment: 'neutral',
        source: { site: 'gmail', itemId: `m${i}`, subject: value.slice(0, PAGE_TEXT_MAX) },
      },
    })
  ).record as Touchpoint;
  return { account, contact, touchpoint };
}

let checks = 0;

describe('storage keeps hostile text exactly', () => {
  it('as names, notes, tags, summaries and subjects, read back byte for byte', async () => {
    const saved = [];
    for (const [i, { value }] of HOSTILE_STRINGS.entries()) {
      const result = await saveEverywhere(value, i);
      checks++;
      if (!result) continue;
      const bundle = (await ok('getAccount', { id: result.account.id }))!;
      expect(bundle.account.name).toBe(keptName(value));
      expect(bundle.account.notes).toBe(value);
      expect(bundle.account.tags).toEqual([value.slice(0, 200)]);
      expect(bundle.account.owner).toBe(value.slice(0, NAME_MAX));
      expect(bundle.contacts[0]).toMatchObject({
        name: keptName(value),
        title: value.slice(0, NAME_MAX),
        notes: value,
      });
      expect(bundle.touchpoints[0]).toMatchObject({
        summary: value,
        source: { subject: value.slice(0, PAGE_TEXT_MAX) },
      });
      saved.push(result);
    }
    // Every string short enough to be a name is stored (the rest are refused, above).
    expect(saved.length).toBe(HOSTILE_STRINGS.filter((h) => keptName(h.value) !== null).length);
    expect(saved.length).toBeGreaterThan(300);
  });

  it('a note longer than 100,000 characters is refused with a clear message, and nothing is written', async () => {
    const reply = await send('saveRecord', {
      store: 'accounts',
      record: {
        name: 'Long',
        domains: [],
        tier: 'key',
        status: 'active',
        objectives: [],
        tags: [],
        notes: 'A'.repeat(MAX_TEXT + 1),
      },
    });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('longer than 100000') },
    });
    expect(await ok('listAccounts', null)).toEqual([]);
  });

  it('hostile addresses are stored normalized, or refused naming the address', async () => {
    const account = (
      await ok('saveRecord', {
        store: 'accounts',
        record: {
          name: 'Northwind',
          domains: ['northwind.com'],
          tier: 'key',
          status: 'active',
          objectives: [],
          tags: [],
        },
      })
    ).record;
    for (const [i, { value, stored }] of HOSTILE_ADDRESSES.entries()) {
      const reply = await send('saveRecord', {
        store: 'contacts',
        record: { accountId: account.id, name: `Person ${i}`, emails: [value], role: 'user' },
      });
      checks++;
      if (stored === null) {
        expect(reply, value).toMatchObject({ ok: false, error: { code: 'invalid' } });
        continue;
      }
      // Two spellings of one address are one contact: the second is refused as a clash, naming the first.
      if (!reply.ok) {
        expect(reply.error.code, value).toBe('conflict');
        continue;
      }
      expect((reply.value.record as Contact).emails, value).toEqual([stored]);
    }
  });
});

describe('matching with hostile names', () => {
  it('a page person is matched by address with the name carried exactly, and by name alone when the name is unique', async () => {
    const names = new Map<string, number>();
    for (const { value } of HOSTILE_STRINGS) names.set(value.trim(), (names.get(value.trim()) ?? 0) + 1);
    let matched = 0;
    for (const [i, { value }] of HOSTILE_STRINGS.entries()) {
      const result = await saveEverywhere(value, i);
      if (!result) continue;
      // What an adapter would report: page text is collapsed and clipped.
      const shown = value.replace(/\s+/g, ' ').trim().slice(0, PAGE_TEXT_MAX);
      const context: PageContext = {
        site: 'gmail',
        view: 'thread',
        people: [{ email: `P${i}@H${i}.example`, ...(shown ? { name: shown } : {}), role: 'from' }],
        subject: shown || undefined,
      };
      await ok('reportPageContext', { context }, SENDERS.content);
      const { resolution } = await ok('getTabAccounts', {}, SENDERS.sidebar);
      expect(resolution!.accounts.map((a) => a.account.name)).toEqual([keptName(value)]);
      expect(resolution!.accounts[0]!.people[0]).toMatchObject({
        reason: 'email',
        contact: { name: keptName(value) },
        ...(shown ? { name: shown } : {}),
      });
      checks++;
      matched++;
    }
    expect(matched).toBeGreaterThan(300);
  });

  it('a person shown by name only matches the contact with that name key, or each as a candidate when several share it', async () => {
    const account = (
      await ok('saveRecord', {
        store: 'accounts',
        record: { name: 'Fabrikam', domains: ['fabrikam.io'], tier: 'key', status: 'active', objectives: [], tags: [] },
      })
    ).record;
    const pick = HOSTILE_STRINGS.filter(
      (h) =>
        /[<>"'\u202E\u200B\u0000]/.test(h.value) &&
        h.value.length < 200 &&
        h.value.trim() === h.value &&
        !/\s{2}|[\t\n\r]/.test(h.value),
    ).slice(0, 40);
    expect(pick.length).toBe(40);
    for (const [i, { value }] of pick.entries()) {
      await ok('saveRecord', {
        store: 'contacts',
        record: { accountId: account.id, name: value, emails: [`n${i}@fabrikam.io`], role: 'user' },
      });
    }
    for (const { value } of pick) {
      await ok(
        'reportPageContext',
        { context: { site: 'outlook', view: 'reading-pane', people: [{ name: value, role: 'to' }] } },
        { ...SENDERS.content, url: 'https://outlook.office.com/mail/' },
      );
      const { resolution } = await ok('getTabAccounts', {}, SENDERS.sidebar);
      // Names match by key (case, accents, punctuation around words, titles): strings alike but for those share one.
      const key = personNameKey(value);
      const sameKey = pick.filter((h) => key && personNameKey(h.value) === key).map((h) => h.value);
      const people = resolution!.accounts[0]?.people ?? [];
      expect(people.map((p) => p.contact!.name).sort(), value).toEqual([...sameKey].sort());
      const ambiguous = sameKey.length > 1 ? sameKey.length : undefined;
      for (const person of people) {
        expect(person).toMatchObject({ name: value, reason: 'name' });
        expect(person.ambiguous).toBe(ambiguous);
      }
      checks++;
    }
  });
});

describe('CSV export', () => {
  /** A CSV file is UTF-8 text, which has no lone surrogates: each becomes U+FFFD, as in any saved text file. */
  const asUtf8 = (text: string) =>
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  /** The documented formula guard: a cell starting with =, +, -, @, a tab or a carriage return gets a leading '. */
  const asExported = (text: string) => asUtf8(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

  it('gives back every stored name and note when parsed, except the formula guard', async () => {
    fakeBrowser.runtime.onMessage.addListener(((
      message: unknown,
      _sender: unknown,
      sendResponse: (r: unknown) => void,
    ) => {
      void handle(message, SENDERS.options).then(sendResponse);
      return true;
    }) as never);
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (files.push(blob as Blob), 'blob:export'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const accounts: Account[] = [];
    for (const [i, { value }] of HOSTILE_STRINGS.entries()) {
      const result = await saveEverywhere(value, i);
      if (result) accounts.push(result.account);
    }
    const actions = optionsDataActions(() => undefined);
    await actions.exportCsv('accounts');
    await actions.exportCsv('touchpoints');
    expect(files).toHaveLength(2);

    const parse = async (blob: Blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // A UTF-8 byte-order mark first, for spreadsheet apps; decoding drops it.
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), {
        header: true,
        delimiter: ',',
        skipEmptyLines: 'greedy',
      });
      expect(parsed.errors).toEqual([]);
      return new Map(parsed.data.map((row) => [row.id!, row]));
    };
    const accountRows = await parse(files[0]!);
    const touchpointRows = await parse(files[1]!);
    expect(accountRows.size).toBe(accounts.length);
    const failures: string[] = [];
    for (const account of accounts) {
      const row = accountRows.get(account.id);
      if (row?.name !== asExported(account.name) || row.notes !== asExported(account.notes!))
        failures.push(`account ${JSON.stringify(account.name.slice(0, 40))}`);
      checks++;
    }
    for (const touchpoint of (await ok('exportRecords', { store: 'touchpoints', limit: 5000 }))
      .records as Touchpoint[]) {
      if (touchpointRows.get(touchpoint.id)?.summary !== asExported(touchpoint.summary))
        failures.push(`summary ${JSON.stringify(touchpoint.summary.slice(0, 40))}`);
    }
    expect(failures).toEqual([]);
  });
});

it('counts these surfaces', () => {
  expect(checks).toBeGreaterThan(1000);
  countFigure('hostile string × surface checks', checks);
  // storage, matching, CSV export
  countFigure('surfaces', 3);
});
