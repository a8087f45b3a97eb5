import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandler } from '../../utils/background/handler';
import { getAccountBundle } from '../../utils/background/db/reads';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import { filterContacts, NO_CONTACT_FILTER } from '../../utils/shared/insights/contact-filter';
import { REQUEST_CHANNEL, type Reply, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import type { Contact } from '../../utils/shared/model';
import { TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from './test-services';

const NOW = new Date('2026-11-24T12:00:00Z');
const portfolio = buildDemoPortfolio(NOW);
const accountNames = new Map(portfolio.accounts.map((a) => [a.id, a.name]));
const northwind = portfolio.accounts.find((a) => a.name === 'Northwind Traders')!;
const options: Runtime.MessageSender = { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}options.html` };
/** The popup's search is where a merged contact must be found. */
const popup: Runtime.MessageSender = { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}popup.html` };
const sidebar: Runtime.MessageSender = {
  id: TEST_EXTENSION_ID,
  url: `${TEST_BASE_URL}sidebar.html`,
  tab: { id: 7 } as never,
  frameId: 3,
};

let handle: ReturnType<typeof createHandler>;
let services: ReturnType<typeof testServices>;
beforeEach(() => {
  services = testServices();
  handle = createHandler(services);
});
const bundle = async () => getAccountBundle(await services.db(), northwind.id, 10_000);
function send<K extends RequestType>(type: K, data: RequestMap[K]['data'], sender = options) {
  return handle({ channel: REQUEST_CHANNEL, type, data }, sender) as Promise<Reply<RequestMap[K]['reply']>>;
}
async function ok<K extends RequestType>(type: K, data: RequestMap[K]['data'], sender = options) {
  const reply = await send(type, data, sender);
  if (!reply.ok) throw new Error(`${type} failed: ${reply.error.message}`);
  return reply.value;
}
const loadDemo = () => ok('loadDemoData', { replace: true });

describe('filtering and sorting contacts', () => {
  const names = (contacts: Contact[]) => contacts.map((c) => c.name);

  it('finds contacts by name, address, title or account name, every word having to match', () => {
    const byAccount = filterContacts(portfolio.contacts, accountNames, { ...NO_CONTACT_FILTER, text: 'northwind' });
    expect(byAccount.length).toBeGreaterThan(0);
    expect(byAccount.every((c) => c.accountId === northwind.id)).toBe(true);
    const first = byAccount[0]!;
    expect(
      names(
        filterContacts(portfolio.contacts, accountNames, {
          ...NO_CONTACT_FILTER,
          text: first.emails[0]!.toUpperCase(),
        }),
      ),
    ).toEqual([first.name]);
    const titled = portfolio.contacts.find((c) => c.title)!;
    expect(
      filterContacts(portfolio.contacts, accountNames, { ...NO_CONTACT_FILTER, text: titled.title! }),
    ).toContainEqual(titled);
    expect(
      filterContacts(portfolio.contacts, accountNames, {
        ...NO_CONTACT_FILTER,
        text: `northwind ${first.name.split(' ').at(-1)}`,
      }),
    ).toContainEqual(first);
    expect(filterContacts(portfolio.contacts, accountNames, { ...NO_CONTACT_FILTER, text: 'northwind zzzz' })).toEqual(
      [],
    );
  });

  it('filters by account and role, and sorts by name, account, or last change', () => {
    const champions = filterContacts(portfolio.contacts, accountNames, { ...NO_CONTACT_FILTER, role: 'champion' });
    expect(champions.length).toBeGreaterThan(1);
    expect(champions.every((c) => c.role === 'champion')).toBe(true);
    expect(names(champions)).toEqual([...names(champions)].sort((a, b) => a.localeCompare(b)));
    const atNorthwind = filterContacts(portfolio.contacts, accountNames, {
      ...NO_CONTACT_FILTER,
      accountId: northwind.id,
    });
    expect(atNorthwind.map((c) => c.id).sort()).toEqual(
      portfolio.contacts
        .filter((c) => c.accountId === northwind.id)
        .map((c) => c.id)
        .sort(),
    );

    const byAccount = filterContacts(portfolio.contacts, accountNames, { ...NO_CONTACT_FILTER, sort: 'account' }).map(
      (c) => accountNames.get(c.accountId)!,
    );
    expect(byAccount).toEqual([...byAccount].sort((a, b) => a.localeCompare(b)));
    const edited = { ...portfolio.contacts.at(-1)!, updatedAt: '2026-11-24T11:00:00.000Z' };
    const recent = filterContacts([...portfolio.contacts.slice(0, -1), edited], accountNames, {
      ...NO_CONTACT_FILTER,
      sort: 'updated',
    });
    expect(recent[0]!.id).toBe(edited.id);
  });
});

describe('listing contacts from the options page', () => {
  it('answers one page at a time with the total, and only to the options page', async () => {
    await loadDemo();
    const first = await ok('listContacts', { filter: NO_CONTACT_FILTER, offset: 0, limit: 5 });
    const second = await ok('listContacts', { filter: NO_CONTACT_FILTER, offset: 5, limit: 5 });
    expect(first.total).toBe(portfolio.contacts.length);
    expect(first.contacts).toHaveLength(5);
    expect(second.contacts.map((c) => c.id)).not.toContain(first.contacts[0]!.id);
    expect(await send('listContacts', { filter: NO_CONTACT_FILTER, offset: 0, limit: 5 }, sidebar)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await send('listContacts', { filter: { ...NO_CONTACT_FILTER, role: 'boss' as never }, offset: 0, limit: 5 }),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await send('listContacts', { filter: NO_CONTACT_FILTER, offset: 0, limit: 20_000 })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});

describe('the contacts list after changes', () => {
  it('shows a contact added, edited, deleted or restored at once (the list kept between requests is dropped on every change)', async () => {
    await loadDemo();
    const find = async (text: string) =>
      (await ok('listContacts', { filter: { ...NO_CONTACT_FILTER, text }, offset: 0, limit: 10 })).contacts.map(
        (c) => c.name,
      );
    expect(await find('zoe')).toEqual([]);
    const { record } = await ok('saveRecord', {
      store: 'contacts',
      record: { accountId: northwind.id, name: 'Zoe Quinn', emails: ['zoe@northwind.com'], role: 'user' },
    });
    expect(await find('zoe')).toEqual(['Zoe Quinn']);
    await ok('saveRecord', { store: 'accounts', record: { ...northwind, name: 'Northwind Holdings' } });
    expect(await find('holdings zoe')).toEqual(['Zoe Quinn']);
    await ok('deleteRecord', { store: 'contacts', id: record.id });
    expect(await find('zoe')).toEqual([]);
    await ok('restoreFromTrash', { store: 'contacts', id: record.id });
    expect(await find('zoe')).toEqual(['Zoe Quinn']);
  });
});

describe('merging duplicate contacts', () => {
  it('joins the addresses, moves touchpoints and tasks to the contact kept, trashes the duplicate, and one undo restores everything', async () => {
    await loadDemo();
    const before = await bundle();
    const [keep, duplicate] = before!.contacts;
    const named = before!.touchpoints.filter((t) => t.contactIds.includes(duplicate!.id));
    expect(named.length).toBeGreaterThan(0);
    // A task promised to the duplicate, to see it move.
    const task = await ok('saveRecord', {
      store: 'tasks',
      record: {
        accountId: northwind.id,
        contactId: duplicate!.id,
        title: 'Send the SOC 2 report',
        dueAt: '2026-12-01T09:00:00.000Z',
      },
    });
    const saved = await bundle();

    const { undoId, moved } = await ok('mergeContacts', { keepId: keep!.id, mergeId: duplicate!.id });
    const promised = saved!.tasks.filter((t) => t.contactId === duplicate!.id);
    expect(promised.map((t) => t.id)).toContain(task.record.id);
    expect(moved).toBe(named.length + promised.length);
    const after = await bundle();
    const kept = after!.contacts.find((c) => c.id === keep!.id)!;
    expect(kept.emails).toEqual([...keep!.emails, ...duplicate!.emails]);
    expect(after!.contacts.map((c) => c.id)).not.toContain(duplicate!.id);
    expect(after!.touchpoints.some((t) => t.contactIds.includes(duplicate!.id))).toBe(false);
    for (const t of named) expect(after!.touchpoints.find((x) => x.id === t.id)!.contactIds).toContain(keep!.id);
    for (const t of promised) expect(after!.tasks.find((x) => x.id === t.id)!.contactId).toBe(keep!.id);
    expect((await ok('listTrash', null)).map((t) => t.record.id)).toContain(duplicate!.id);
    // The kept contact is found by the duplicate's address.
    expect(
      (await ok('search', { query: duplicate!.emails[0]! }, popup)).map((hit) =>
        hit.kind === 'contact' ? hit.id : undefined,
      ),
    ).toContain(keep!.id);

    await ok('undo', { undoId });
    expect(await bundle()).toEqual(saved);
    expect((await ok('listTrash', null)).map((t) => t.record.id)).not.toContain(duplicate!.id);
  });

  it('refuses the same contact twice, a contact in the trash, and callers other than the options page', async () => {
    await loadDemo();
    const [a, b] = portfolio.contacts;
    expect(await send('mergeContacts', { keepId: a!.id, mergeId: a!.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    await ok('deleteRecord', { store: 'contacts', id: b!.id });
    expect(await send('mergeContacts', { keepId: a!.id, mergeId: b!.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await send('mergeContacts', { keepId: a!.id, mergeId: portfolio.contacts[2]!.id }, sidebar)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
