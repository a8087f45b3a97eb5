// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { createHandler, type BackgroundServices } from '../../utils/background/handler';
import type { DraftInsertion } from '../../utils/protocol/wire';
import type { PageContext } from '../../utils/shared/model';
import { setTemplates } from '../../utils/settings/templates';
import { STARTER_TEMPLATES } from '../../utils/shared/templates/starters';
import { tickingClock } from './helpers';
import { sidebarApiOver, TEST_SENDERS, testServices, typedCallerOf, type TypedCall } from './test-services';

/** The sidebar's templates in a compose, against the real background handler; the page's answer is the test's. */
const NOW = new Date('2026-11-24T12:00:00Z');
const compose: PageContext = {
  site: 'gmail',
  view: 'compose',
  people: [
    { email: 'tom.becker@northwind.com', name: 'Tom Becker', role: 'to' },
    { email: 'ana.ruiz@northwind.com', name: 'Ruiz, Ana', role: 'cc' },
  ],
  subject: '',
  threadId: 'thread-f:9',
  messageId: 'draft:r-77',
};

let services: BackgroundServices;
let asked: Array<{ tabId: number; data: { subject: string; body: string } }>;
let answer: DraftInsertion;
let root: HTMLElement;
let call: TypedCall;

beforeEach(async () => {
  asked = [];
  answer = { body: 'inserted', subject: 'inserted' };
  const listeners: Array<() => void> = [];
  services = testServices({
    clock: tickingClock('2026-11-24T12:00:00.000Z'),
    refreshTabs: () => listeners.forEach((l) => l()),
    askPage: async (tabId, data) => (asked.push({ tabId, data }), answer),
  });
  call = typedCallerOf(createHandler(services));
  await call('loadDemoData', { replace: true }, TEST_SENDERS.options);
  await call('reportPageContext', { context: compose }, TEST_SENDERS.content);
  const api = sidebarApiOver(call, { now: NOW, listeners });
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<SidebarApp api={api} />, root));
  await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="template-choice"]').length).toBeGreaterThan(0));
});

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}
const $ = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
async function click(el: HTMLElement) {
  await act(() => el.click());
  await settle();
}
const choice = (name: string) =>
  [...root.querySelectorAll<HTMLElement>('[data-testid="template-choice"]')].find((b) => b.textContent === name)!;
async function type(input: HTMLInputElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('templates in the sidebar of a compose', () => {
  it('lists the templates, and previews one filled from the account and the people in To', async () => {
    expect([...root.querySelectorAll('[data-testid="template-choice"]')].map((b) => b.textContent)).toEqual(
      STARTER_TEMPLATES.map((t) => t.name),
    );
    await click(choice('Renewal reminder'));
    expect($('template-body')!.textContent).toMatch(/^Hi Tom,\n\nYour contract with us renews on January 4, 2027/);
    expect($('template-subject')!.textContent).toContain('Northwind Traders: your renewal on January 4, 2027');
    expect($('template-missing')).toBeNull();
  });

  it('inserts the filled text into the draft, says so, and logs the email with the template it came from', async () => {
    await click(choice('Renewal reminder'));
    const shown = $('template-body')!.textContent!;
    await click($('template-insert')!);
    expect(asked).toEqual([{ tabId: 3, data: { subject: expect.stringContaining('Northwind Traders'), body: shown } }]);
    expect($('toast')!.textContent).toContain('Inserted "Renewal reminder" into the draft.');
    await click($('log-page')!);
    const bundle = (await call('getTabAccounts', {})).bundles.find((b) => b.account.name === 'Northwind Traders')!;
    const logged = bundle.touchpoints.find((t) => t.sourceKey === 'gmail:draft:r-77')!;
    expect(logged).toMatchObject({
      direction: 'outbound',
      template: { id: 'starter-renewal-reminder', name: 'Renewal reminder' },
    });
  });

  it('flags a variable the records lack, and inserts what the user typed for it', async () => {
    await click(choice('Overdue invoice follow-up'));
    expect($('template-missing')!.textContent).toContain('Overdue invoices');
    expect($('template-insert')!.textContent).toBe('Insert, leaving 1 out');
    await type(root.querySelector('input[data-variable=overdue_invoices]')!, 'INV-9: €1,200');
    // The field stays while it is typed in; the text follows.
    expect(root.querySelector('input[data-variable=overdue_invoices]')).not.toBeNull();
    expect($('template-insert')!.textContent).toBe('Insert');
    await click($('template-insert')!);
    expect(asked[0]!.data.body).toContain('INV-9: €1,200');
    expect(asked[0]!.data.body).not.toMatch(/\{\{|\}\}/);
  });

  it('says so when the draft did not keep the text, and does not count the template as used', async () => {
    answer = { body: 'refused', subject: 'none' };
    // Another draft than the other tests' (the sidebar remembers templates per draft while the page lasts).
    await call('reportPageContext', { context: { ...compose, messageId: 'draft:r-78' } }, TEST_SENDERS.content);
    await settle();
    await click(choice('QBR invitation'));
    await click($('template-insert')!);
    expect($('toast')!.textContent).toContain('The draft did not keep the text');
    // The preview stays, to try again.
    expect($('template-body')).not.toBeNull();
    await click($('log-page')!);
    const bundle = (await call('getTabAccounts', {})).bundles.find((b) => b.account.name === 'Northwind Traders')!;
    expect(bundle.touchpoints.find((t) => t.sourceKey === 'gmail:draft:r-78')!.template).toBeUndefined();
  });

  it('follows the templates edited in another page, and shows hostile names as text', async () => {
    await act(() =>
      setTemplates([{ id: 'x1', name: '<img src=x onerror=alert(1)>', subject: '', body: 'Hi {{first_name}}' }]),
    );
    await vi.waitFor(() => expect(choice('<img src=x onerror=alert(1)>')).toBeDefined());
    expect(root.querySelector('img')).toBeNull();
  });

  it('is not offered outside a compose, and the background refuses an insert there', async () => {
    await call('reportPageContext', { context: { ...compose, view: 'thread' } }, TEST_SENDERS.content);
    await settle();
    expect($('templates')).toBeNull();
    await expect(
      call('insertIntoDraft', { template: { id: 'x1', name: 'X' }, subject: '', body: 'x' }),
    ).rejects.toThrow(/No draft is open/);
    expect(asked).toEqual([]);
  });
});
