// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { AccountsTable, ACCOUNT_PAGE_SIZE } from '../../components/options/accounts/AccountsTable';
import type { Account } from '../../utils/shared/model';

const accounts: Account[] = Array.from({ length: 120 }, (_, i) => ({
  id: `a${i}`,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  name: `Account ${String(i + 1).padStart(3, '0')}`,
  domains: [`a${i}.example`],
  tier: 'standard',
  status: 'active',
  objectives: [],
  tags: [],
}));
const actions = { save: async () => true, remove: () => undefined, merge: () => undefined };
let root: HTMLElement;
const draw = (list: Account[], pageKey: unknown) =>
  act(() =>
    render(<AccountsTable accounts={list} today="2026-11-24" health={{}} actions={actions} pageKey={pageKey} />, root),
  );
const names = () => [...root.querySelectorAll('[data-testid="account-row"] strong')].map((e) => e.textContent);
const range = () => root.querySelector('[data-testid="accounts-range"]')?.textContent;
const click = (testId: string) =>
  act(() => root.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!.click());

beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

describe('the accounts list, a page at a time', () => {
  it('draws 50 rows, pages forward and back, and starts again at the first page when the filters change', async () => {
    await draw(accounts, 'all');
    expect(names()).toHaveLength(ACCOUNT_PAGE_SIZE);
    expect(range()).toBe('1–50 of 120');
    await click('accounts-next');
    await click('accounts-next');
    expect(range()).toBe('101–120 of 120');
    expect(names().at(-1)).toBe('Account 120');
    expect(root.querySelector<HTMLButtonElement>('[data-testid="accounts-next"]')!.disabled).toBe(true);
    await click('accounts-prev');
    expect(names()[0]).toBe('Account 051');
    await draw(accounts.slice(0, 80), 'tier=key');
    expect(range()).toBe('1–50 of 80');
  });

  it('shows no pager for a short list, and goes back to the start when the page it was on is gone', async () => {
    await draw(accounts, 'all');
    await click('accounts-next');
    await draw(accounts.slice(0, 40), 'all');
    expect(names()).toHaveLength(40);
    expect(range()).toBeUndefined();
  });
});
