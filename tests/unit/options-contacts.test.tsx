// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../components/options/api';
import { OptionsApp } from '../../components/options/OptionsApp';
import { readContactForm, contactFormOf } from '../../components/options/contacts/contact-form';
import { accountHref, parseRoute } from '../../components/options/use-hash-route';
import { createHandler } from '../../utils/background/handler';
import { writeRecordSet } from '../../utils/background/db/bulk';
import { syntheticPortfolio } from '../../utils/shared/demo/synthetic';
import { REQUEST_CHANNEL, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import { optionsApiOver, TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from './test-services';

/** The options page against the real background handler (fake IndexedDB), as the page uses it. */
const optionsSender: Runtime.MessageSender = { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}options.html` };
let services: ReturnType<typeof testServices>;
let handle: ReturnType<typeof createHandler>;
let root: HTMLElement;

async function call<K extends RequestType>(type: K, data: RequestMap[K]['data']): Promise<RequestMap[K]['reply']> {
  const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, optionsSender);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as RequestMap[K]['reply'];
}

function apiOverHandler(): OptionsApi {
  return optionsApiOver(call);
}

/** Lets fetches, the search pause and renders finish. */
const settle = async (ms = 240) => {
  for (let i = 0; i < 3; i++) await act(() => new Promise((r) => setTimeout(r, ms / 3)));
};
/** Waits until the page shows what `check` looks for (a lazily loaded part, a list read again). */
async function until(check: () => boolean) {
  for (let i = 0; i < 250 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
  expect(check()).toBe(true);
}
const range = () => root.querySelector('[data-testid=contacts-range]')?.textContent;
const rows = () => [...root.querySelectorAll('[data-testid=contact-row]')];
const names = () => [...root.querySelectorAll('[data-testid=contact-name-cell]')].map((n) => n.textContent);
const byTestId = <T extends Element = HTMLElement>(id: string, within: ParentNode = root) =>
  within.querySelector<T & HTMLElement>(`[data-testid=${id}]`)!;
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
const choose = (el: HTMLSelectElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
const click = (el: HTMLElement) => act(() => el.click());

const NOW = new Date();
const book = syntheticPortfolio(
  { accounts: 12, contacts: 130, touchpoints: 400, tasks: 30, issues: 30, opportunities: 20 },
  NOW,
);

beforeEach(async () => {
  location.hash = '';
  services = testServices();
  handle = createHandler(services);
  await writeRecordSet(await services.db(), book, { replace: true });
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<OptionsApp api={apiOverHandler()} />, root));
  await settle();
});
afterEach(async () => {
  // Unmounted inside act, so no effect is left to run after the test environment is gone.
  await act(() => render(null, root));
  root.remove();
});

describe('the contacts list on the options page', () => {
  it('shows one page of 50 at a time, sorted by name, and pages through all of them', async () => {
    expect(rows()).toHaveLength(50);
    expect(byTestId('contacts-range').textContent).toBe('1–50 of 130');
    const first = names();
    expect(first).toEqual([...first].sort((a, b) => a!.localeCompare(b!, undefined, { sensitivity: 'base' })));
    await click(byTestId('contacts-next'));
    await until(() => range() === '51–100 of 130');
    await click(byTestId('contacts-next'));
    await until(() => range() === '101–130 of 130');
    expect(rows()).toHaveLength(30);
    expect(byTestId<HTMLButtonElement>('contacts-next').disabled).toBe(true);
  });

  it('narrows by search, account and role, and sorts by account', async () => {
    const ana = book.contacts.find((c) => c.name.startsWith('Ana '))!;
    await type(byTestId('contact-search'), ana.emails[0]!);
    await settle();
    expect(names()).toEqual([ana.name]);

    await type(byTestId('contact-search'), '');
    const account = book.accounts[3]!;
    await choose(byTestId('contact-account-filter'), account.id);
    await settle();
    const inAccount = book.contacts.filter((c) => c.accountId === account.id);
    expect(rows()).toHaveLength(inAccount.length);
    expect(rows().every((r) => r.textContent!.includes(account.name))).toBe(true);

    await choose(byTestId('contact-role-filter'), 'billing');
    await settle();
    expect(rows()).toHaveLength(inAccount.filter((c) => c.role === 'billing').length);

    await choose(byTestId('contact-account-filter'), 'all');
    await choose(byTestId('contact-role-filter'), 'all');
    await choose(byTestId('contact-sort'), 'account');
    await settle();
    const accountsShown = rows().map((r) => r.querySelector('a')!.textContent!);
    expect(accountsShown).toEqual(
      [...accountsShown].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })),
    );
  });
});

describe('editing a contact', () => {
  it('shows each problem beside its field and saves nothing until they are fixed', async () => {
    const contact = book.contacts.find((c) => c.name === names()[0])!;
    await click(byTestId('edit-contact', rows()[0]!));
    const form = byTestId('contact-editor');
    await type(byTestId('contact-name', form), '   ');
    await type(byTestId('contact-emails', form), `${contact.emails[0]}\nnot-an-address`);
    await click(byTestId('contact-save', form));
    await settle();
    expect(byTestId('contact-name-error', form).textContent).toBe('Contact name is required.');
    expect(byTestId('contact-emails-error', form).textContent).toBe('"not-an-address" is not an email address.');
    expect(byTestId('contact-name', form).getAttribute('aria-invalid')).toBe('true');
    expect(
      (
        await call('listContacts', {
          filter: { text: contact.emails[0]!, accountId: 'all', role: 'all', sort: 'name' },
          offset: 0,
          limit: 5,
        })
      ).contacts[0]!.name,
    ).toBe(contact.name);

    // Fixed, with a second address and another account: saved, and moved there.
    const other = book.accounts.find((a) => a.id !== contact.accountId)!;
    await type(byTestId('contact-name', form), 'Ana Maria Ruiz');
    await type(byTestId('contact-emails', form), `${contact.emails[0]}\nAna.Private@Example.org`);
    await type(byTestId('contact-title', form), 'Head of Procurement');
    await choose(byTestId('contact-account', form), other.id);
    await click(byTestId('contact-save', form));
    await settle();
    const saved = (await call('getAccount', { id: other.id }))!.contacts.find((c) => c.id === contact.id)!;
    expect(saved).toMatchObject({
      name: 'Ana Maria Ruiz',
      emails: [contact.emails[0], 'ana.private@example.org'],
      title: 'Head of Procurement',
      accountId: other.id,
    });
    // The editor closes once the save's reply is in: wait for that, not for a fixed time (slow under load).
    await vi.waitFor(() => expect(root.querySelector('[data-testid=contact-editor]')).toBeNull());
    expect(byTestId('notice').textContent).toContain('Saved Ana Maria Ruiz');
  });

  it('refuses an address that belongs to another contact, keeping the form open', async () => {
    const [a, b] = book.contacts;
    const checked = readContactForm({ ...contactFormOf(a!), emails: b!.emails[0]! }, a!);
    expect('draft' in checked).toBe(true);
    await type(byTestId('contact-search'), a!.emails[0]!);
    await settle();
    await click(byTestId('edit-contact', rows()[0]!));
    await type(byTestId('contact-emails'), b!.emails[0]!);
    await click(byTestId('contact-save'));
    await settle();
    expect(byTestId('notice').textContent).toContain(`is already the address of ${b!.name}`);
    expect(byTestId('contact-editor')).not.toBeNull();
  });

  it('asks for an account for a new contact', () => {
    const checked = readContactForm({ ...contactFormOf(null), name: 'New Person' }, null);
    expect(checked).toEqual({ errors: { accountId: 'Choose the account this contact belongs to.' } });
  });
});

// Several renders over the real handler: seconds on a loaded machine.
describe('deleting and merging contacts', { timeout: 20_000 }, () => {
  it('deletes with Undo, and merges two chosen contacts into the one kept, with one Undo', async () => {
    const emailOf = (row: Element) => row.querySelector('td.emails')!.textContent!;
    const first = book.contacts.find((c) => c.emails[0] === emailOf(rows()[0]!))!;
    await click(byTestId('delete-contact', rows()[0]!));
    await until(() => range() === '1–50 of 129');
    expect(rows().map(emailOf)).not.toContain(first.emails[0]);
    expect(byTestId('notice').textContent).toContain(`Deleted ${first.name}`);
    await click(byTestId('notice-undo'));
    await until(() => range() === '1–50 of 130');
    expect(emailOf(rows()[0]!)).toBe(first.emails[0]);

    const second = book.contacts.find((c) => c.emails[0] === emailOf(rows()[1]!))!;
    await click(rows()[0]!.querySelector<HTMLInputElement>('[data-testid=contact-select]')!);
    await click(rows()[1]!.querySelector<HTMLInputElement>('[data-testid=contact-select]')!);
    // A third cannot be chosen while two are.
    expect(rows()[2]!.querySelector<HTMLInputElement>('[data-testid=contact-select]')!.disabled).toBe(true);
    const bar = byTestId('merge-contacts');
    await click(bar.querySelectorAll<HTMLInputElement>('[data-testid=merge-keep]')[1]!);
    expect(bar.textContent).toContain(`${first.name}'s addresses, touchpoints and tasks move to ${second.name}`);
    await click(byTestId('merge-contacts-confirm'));
    await until(() => range() === '1–50 of 129');
    const found = (
      await call('listContacts', {
        filter: { text: first.emails[0]!, accountId: 'all', role: 'all', sort: 'name' },
        offset: 0,
        limit: 5,
      })
    ).contacts;
    expect(found.map((c) => [c.id, c.emails])).toEqual([[second.id, [...second.emails, ...first.emails]]]);
    expect((await call('listTrash', null)).map((t) => t.record.id)).toContain(first.id);
    await click(byTestId('notice-undo'));
    await until(() => range() === '1–50 of 130');
    expect((await call('listTrash', null)).map((t) => t.record.id)).not.toContain(first.id);
  });
});

describe('the account page', () => {
  const busiest = () => {
    const counts = new Map<string, number>();
    for (const t of book.touchpoints) counts.set(t.accountId, (counts.get(t.accountId) ?? 0) + 1);
    const id = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    return book.accounts.find((a) => a.id === id)!;
  };

  it('opens from the accounts list and shows the timeline newest first, paged, with issues and contacts', async () => {
    const account = busiest();
    const link = [...root.querySelectorAll<HTMLAnchorElement>('[data-testid=open-account]')].find(
      (a) => a.textContent === account.name,
    )!;
    await act(() => void (location.hash = link.getAttribute('href')!));
    await until(() => root.querySelector('[data-testid=timeline-item]') !== null);
    const page = byTestId('account-page');
    expect(page.querySelector('h2')!.textContent).toBe(account.name);
    expect(byTestId('health', page).getAttribute('aria-label')).toMatch(/^Health \d+ of 100/);

    const theirs = book.touchpoints
      .filter((t) => t.accountId === account.id)
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    const items = () => [...page.querySelectorAll('[data-testid=timeline-item]')];
    expect(items()).toHaveLength(Math.min(50, theirs.length));
    expect(items()[0]!.textContent).toContain(theirs[0]!.summary);
    if (theirs.length > 50) {
      await click(byTestId('timeline-more', page));
      expect(items()).toHaveLength(Math.min(100, theirs.length));
    }
    const contacts = book.contacts.filter((c) => c.accountId === account.id);
    expect(byTestId('account-contacts', page).querySelectorAll('li')).toHaveLength(contacts.length);
    const open = book.issues.filter((i) => i.accountId === account.id && i.status === 'open');
    expect(byTestId('account-open-issues', page).querySelectorAll('[data-testid=issue]')).toHaveLength(open.length);
  });

  it('resolves an issue in place, with Undo, and Back returns to the list', async () => {
    const account = book.accounts.find((a) => book.issues.some((i) => i.accountId === a.id && i.status === 'open'))!;
    await act(() => void (location.hash = `#/accounts/${account.id}`));
    await until(() => root.querySelector('[data-testid=account-open-issues]') !== null);
    const issues = () => [...byTestId('account-open-issues').querySelectorAll('[data-testid=issue]')];
    const before = issues().length;
    const title = issues()[0]!.querySelector('.title')!.textContent!;
    await click(issues()[0]!.querySelector('button')!);
    await until(() => issues().length === before - 1);
    expect(byTestId('resolved-issues').textContent).toContain(title);
    await click(byTestId('notice-undo'));
    await until(() => issues().length === before);

    await click(byTestId('account-back'));
    await until(() => root.querySelector('[data-testid=account-page]') === null);
    expect(rows().length).toBeGreaterThan(0);
    expect(root.querySelector<HTMLElement>('[data-testid=contacts-table]')!.closest('[hidden]')).toBeNull();
  });
});

describe('options page routes', () => {
  it('reads an account id from the address, and anything else as the home page', () => {
    expect(parseRoute(accountHref('a b/c'))).toEqual({ page: 'account', id: 'a b/c' });
    expect(parseRoute('#/accounts/%E0%A4%A')).toEqual({ page: 'home' });
    expect(parseRoute('#/accounts/')).toEqual({ page: 'home' });
    expect(parseRoute('')).toEqual({ page: 'home' });
  });
});
