// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OptionsApi } from '../../components/options/api';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createHandler } from '../../utils/background/handler';
import { REQUEST_CHANNEL, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import type { Account } from '../../utils/shared/model';
import { optionsApiOver, TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from './test-services';

/** The options page's "Not this account" list against the real background handler (fake IndexedDB and storage). */
const optionsSender: Runtime.MessageSender = { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}options.html` };
let handle: ReturnType<typeof createHandler>;
let root: HTMLElement;
let northwind: Account;
let contoso: Account;

async function call<K extends RequestType>(type: K, data: RequestMap[K]['data']): Promise<RequestMap[K]['reply']> {
  const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, optionsSender);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as RequestMap[K]['reply'];
}

const api = (): OptionsApi => optionsApiOver(call);

async function until(check: () => boolean) {
  for (let i = 0; i < 250 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
  expect(check()).toBe(true);
}
const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid=${id}]`);
const $$ = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid=${id}]`)];
const shown = () =>
  $$('exclusion').map((row) => [
    row.querySelector('[data-testid=exclusion-person]')!.textContent,
    row.querySelector('[data-testid=exclusion-account]')!.textContent,
  ]);
const listed = async () => (await call('listExclusions', null)).map((e) => e.exclusion);

beforeEach(async () => {
  handle = createHandler(testServices());
  await call('loadDemoData', { replace: true });
  const accounts = await call('listAccounts', null);
  northwind = accounts.find((a) => a.name === 'Northwind Traders')!;
  contoso = accounts.find((a) => a !== northwind)!;
  await call('excludeMatch', { name: 'Fischer, Lena', accountId: northwind.id });
  await call('excludeMatch', { email: 'ops@eu.northwind.com', accountId: contoso.id });
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<OptionsApp api={api()} />, root));
  await until(() => $$('exclusion').length === 2);
});
afterEach(async () => {
  // Unmounted inside act, so no effect is left to run after the test environment is gone.
  await act(() => render(null, root));
  root.remove();
});

describe('"Not this account" on the options page', () => {
  it('lists each exclusion with the person, as text, and the account', async () => {
    expect(shown()).toEqual([
      ['Fischer, Lena', 'Northwind Traders'],
      ['ops@eu.northwind.com', contoso.name],
    ]);
    expect(root.querySelector('[data-testid=exclusions]')!.closest('section')!.querySelector('h2')!.textContent).toBe(
      'Not this account',
    );
  });

  it('removes one (matched again), and Undo puts it back', async () => {
    await act(() => $$('exclusion-remove')[0]!.click());
    await until(() => $$('exclusion').length === 1);
    expect(shown()).toEqual([['ops@eu.northwind.com', contoso.name]]);
    expect($('notice')!.textContent).toContain('Fischer, Lena will match Northwind Traders again.');
    expect(await listed()).toEqual([{ email: 'ops@eu.northwind.com', accountId: contoso.id }]);

    await act(() => $('notice-undo')!.click());
    await until(() => $$('exclusion').length === 2);
    expect($('notice')!.textContent).toContain('Fischer, Lena will no longer match Northwind Traders.');
    expect(await listed()).toContainEqual({ name: 'Fischer, Lena', accountId: northwind.id });
  });

  it('says when there are none, and names an account in the trash', async () => {
    await call('deleteRecord', { store: 'accounts', id: contoso.id });
    await act(() => $$('exclusion-remove')[0]!.click());
    await until(() => $$('exclusion').length === 1);
    expect(shown()).toEqual([['ops@eu.northwind.com', `${contoso.name} (in the trash)`]]);
    await act(() => $$('exclusion-remove')[0]!.click());
    await until(() => $('exclusions-empty') !== null);
    expect(await listed()).toEqual([]);
  });
});
